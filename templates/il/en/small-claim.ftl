## Statement of claim to the small claims court (Form 1), Israel: English wording.
## The claim is filed in Hebrew; this version is for reading and preparation.

title = Statement of claim
heading = Statement of claim (Form 1, regulation 3 of { -small-claims-regs })
translation-note = Translation for information. Only the Hebrew text is filed with the court; where they differ, the Hebrew text prevails.
warning-label = Warning:
warning-company = The claimant is a corporation, and a corporation may not file a claim in the small claims court.
warning-limit = The amount claimed exceeds the small claims limit.
warning-read = Before filing, read the section "Court fee and amount check" below.
to-court = Court:
case-number = Small claim no.
label-claimant = Claimant
label-defendant = Defendant
trading-as = Business name: { $name }
through = represented by { $person }
against = - v. -
label-nature = Nature of the claim:
nature = A money claim for payment of a debt under a contract.
label-amount-claimed = Amount claimed:
label-venue = Venue:
venue = The defendant's place of business or residence: { $address } (regulation 2 of { -small-claims-regs }).
h-facts = The facts of the claim
exhibit-one = exhibit { $number }
exhibit-range = exhibits { $first }–{ $last }
fact-contract = { $number ->
    [none] On { $date } the claimant and the defendant made a contract for { $subject } (the "Contract"). A copy of the Contract is attached ({ $exhibit }).
   *[other] On { $date } the claimant and the defendant made contract no. { $number } for { $subject } (the "Contract"). A copy of the Contract is attached ({ $exhibit }).
}
fact-invoices = Under the Contract the claimant issued to the defendant the invoices below ({ $exhibits }):
payment-item = { $amount } on { $date }
fact-payments = The defendant paid on account of the invoices { $count ->
    [one] the following amount
   *[other] the following amounts
}: { $payments }{ $exhibit ->
    [none] {""}
   *[other] {" "}({ $exhibit })
}. The payments were applied as shown in the calculation below.
fact-no-payments = The defendant has paid nothing on account of the invoices.
## Contracts (General Part) Law s.50 (fridmanwork.com/ADVX-lawyer108310 quoting it): the debtor
## may designate the obligation a payment goes to; if not, the creditor may (IL third review n1).
## $designated: the payment records the invoice it was paid on (then only the obligations of that invoice).
fact-payments-to-fees = When paying, the defendant did not state { $designated ->
    [yes] to which of the obligations under the invoice paid the amount was to be applied
   *[other] to which obligation the amount was to be applied
}, so the claimant applied it, as section 50 of { -contracts-general-law } entitles the claimant to, first to the late fees ({ $items }), then to the interest and finally to the principal.
## A pleading states what the defendant did, with the exhibit that shows it (IL review N5).
## $dates: the acceptance records' dates ("none": the records give none).
fact-acceptance = { $dates ->
    [none] The defendant confirmed the receipt of the work ({ $exhibits }).
   *[other] { $count ->
        [one] On { $dates } the defendant confirmed the receipt of the work ({ $exhibits }).
       *[other] The defendant confirmed the receipt of the work on { $dates } ({ $exhibits }).
    }
}
fact-debt-notice = On { $sent } a debt notice under section 13B2 of { -consumer-law } was sent to the defendant ({ $exhibit }). The collection steps below were taken after 14 days had passed from the day it was sent, and no late fee was charged before then.
fact-debt-notice-late = On { $sent } a debt notice was sent to the defendant ({ $exhibit }).{ $fees ->
    [yes] {""}
   *[other] {" "}The claimant does not claim collection expenses or late fees in this claim.
}
sent-item = { $by ->
    [none] on { $date }
   *[other] on { $date } ({ sent-by })
}
fact-demands = As the debt was not paid, the claimant demanded payment from the defendant: in { $count ->
    [one] a payment reminder
   *[other] payment reminders
} ({ $reminders }; { $reminders_exhibits }), and finally in a warning letter before legal proceedings ({ $pretrial }; { $pretrial_exhibit }).
fact-reminders = As the debt was not paid, the claimant sent the defendant { $count ->
    [one] a payment reminder
   *[other] payment reminders
} ({ $reminders }; { $reminders_exhibits }).
fact-pretrial = As the debt was not paid, the claimant sent the defendant a warning letter before legal proceedings ({ $pretrial }; { $pretrial_exhibit }).
fact-unpaid = Up to the filing of the claim the balance of the debt has not been paid.{ $correspondence ->
    [none] {""}
   *[other] {" "}The correspondence between the parties about the debt is attached ({ $correspondence }).
} The calculation of the debt on { $date } is set out below ({ $statement }).
h-law = Cause of action
law-breach = The defendant breached the Contract by not paying the price on the dates it set. Under section 2 of { -remedies-law } the claimant is entitled to enforcement of the Contract, that is payment of the amounts due under it, and to compensation for the breach.
law-interest-contractual = Under the Contract, contractual interest at { $rate } a year accrues on any amount not paid when due, from the day after the due date until payment; the interest is computed period by period to { $date }, as shown in the calculation below. In the alternative, should the contractual interest be held not to apply, the claimant is entitled to linkage differences and interest as by law under { -interest-law }, from the breach until payment (section 11(b) of { -remedies-law }).
law-interest-by-law = Under section 11(b) of { -remedies-law } the claimant is entitled, without proof of damage, to linkage differences and interest as by law under { -interest-law } on the overdue amount, from the breach, that is the date each amount was due, until payment.
## The late fee's basis (IL third review n2): the contract's term and s.15(א) of the Remedies
## Law (agreed compensation, no proof of damage: fridmanwork.com/ADVX-lawyers119577 quoting it).
law-fees = Under the Contract ({ $exhibit }), for an invoice not paid on time the defendant owes a late fee of { $amount }{ $per ->
    [month] {" "}for each month of delay or part of one
   *[other] {""}
}, as agreed compensation (section 15 of { -remedies-law }){ $consumer ->
    [yes] , once 14 days have passed from the sending of the debt notice (section 13B2 of { -consumer-law })
   *[other] {""}
}.
law-payment-ethics = Alternatively, if { -payment-ethics-law } applies to the contract, the claimant is entitled to linkage differences and interest, and once 30 days have passed from the payment date it sets, also to default interest (ריבית פיגורים), as that law provides; these are not calculated in this document.
h-relief = Relief sought
relief-intro = The Honourable Court is asked to order the defendant to pay the claimant:
relief-total = **{ $total }**, being the principal of the debt{ $interest ->
    [yes] { $fees ->
        [yes] , the interest accrued to { $date } and the late fees
       *[other] {" "}and the interest accrued to { $date }
    }
   *[other] { $fees ->
        [yes] {" "}and the late fees
       *[other] {""}
    }
}, as shown in the calculation below;
relief-interest-contractual = contractual interest at { $rate } a year on the principal ({ $principal }) from { $start } until payment, or in the alternative linkage differences and interest as by law under { -interest-law } from the breach until payment;
relief-interest-by-law = linkage differences and interest as by law under { -interest-law } on each overdue amount, as it stood from time to time, from the breach, the date the amount was due as shown in the calculation, until payment;
relief-costs = the court fee and the costs of the proceedings, as the Court awards.
date-label = Date
claimant-signature = Claimant's signature
h-calculation = Calculation of the amount claimed
calculation-intro = The calculation is made as at { $date }: the invoices, the application of payments, the interest period by period and the amount claimed.
calculation-by-law = The linkage differences and interest as by law are not computed in this document: the consumer price index and the interest rates under { -interest-law } are not in our data tables. They are claimed "as by law", and the court will award them under the law.
h-exhibits = List of exhibits
ex-contract = { $number ->
    [none] Copy of the contract of { $date }.
   *[other] Copy of contract no. { $number } of { $date }.
}
ex-invoice = Copy of invoice no. { $number } of { $date }.
ex-reminder = { $notice ->
    [yes] Copy of the debt notice under section 13B2 of { -consumer-law }
   *[other] Copy of the { $level ->
        [1] first payment reminder
        [2] second payment reminder
       *[other] final payment reminder
    }
}{ $by ->
    [none] {""}
   *[other] , sent { sent-by }
} on { $date }{ proof-item }.
ex-pretrial = Copy of the warning letter before legal proceedings{ $by ->
    [none] {""}
   *[other] , sent { sent-by }
} on { $date }{ proof-item }.
proof-item = { $proof ->
    [registered_mail] , and the registered-post receipt{ $proof_number ->
        [none] {""}
       *[other] {" "}(No. { $proof_number })
    }
    [tracking] , and the proof of posting{ $proof_number ->
        [none] {""}
       *[other] {" "}(tracking No. { $proof_number })
    }
    [e_delivery] , and the electronic delivery confirmation{ $proof_number ->
        [none] {""}
       *[other] {" "}(No. { $proof_number })
    }
    [email] , and a copy of the e-mail by which it was sent{ $proof_number ->
        [none] {""}
       *[other] {" "}(No. { $proof_number })
    }
    [courier] , and the courier's confirmation{ $proof_number ->
        [none] {""}
       *[other] {" "}(No. { $proof_number })
    }
    [hand] , and the confirmation of hand delivery
   *[none] {""}
}
ex-acceptance = { $kind ->
    [other] { $description ->
        [none] Copy of the record of acceptance of the work
       *[other] Copy of: “{ $description }”
    }
   *[any] Copy of the acceptance document for the work{ $number ->
        [none] {""}
       *[other] {" "}No. { $number }
    }{ $signed ->
        [yes] , signed by the defendant
       *[other] {""}
    }
}{ $date ->
    [none] .
   *[other] {" "}of { $date }.
}
ex-correspondence = Correspondence between the parties and notes of calls about the debt.
ex-payments = Records of the payments received (bank statements).
ex-statement = Statement of the debt as at { $date }.
h-fee = Court fee and amount check
fee-total = Amount claimed: { $total }.
fee-value = Amount on which the fee is charged: { $value }.
fee-amount = Court fee: **{ $fee }** (one per cent of the amount claimed, not less than the minimum fee, rounded up; { $source }).
fee-limit = Small claims limit on the date of filing: { $limit } (section 60(a)(1) of { -courts-law } and { -small-claims-order }, index-linked).
fee-magistrates = The fee in the Magistrates' Court is set by { -court-fees-regs } and is not the small claims fee; this document does not calculate it.
route-company = **The claimant is a corporation.** Only an individual may file a claim in the small claims court; a corporation (company, registered partnership, association) may not. Do not file this statement of claim in the small claims court: file the claim in the competent Magistrates' Court, preferably with a lawyer's advice.
route-within = The amount claimed does not exceed the limit, so the claim may be filed in the small claims court. A licensed dealer ({ "\u2068" }עוסק מורשה{ "\u2069" }) who is an individual may sue there, but a claimant may not file more than { $per_year } claims a year in the small claims court: before filing, make sure this claim is not beyond that number; if it is, file the claim in the Magistrates' Court.
route-over = **The amount claimed exceeds the limit.** The small claims court has no jurisdiction over a claim of this amount. Choose one of two ways: file the whole claim in the Magistrates' Court, preferably with a lawyer's advice; or reduce the claim to the limit and expressly waive the difference. Splitting the claim into several claims is not allowed.
route-execution = **Alternative: a fixed-sum claim at the Execution Office.** The debt arises from a written contract, is not disputed on the records, and does not exceed { $limit }; it may therefore be filed directly at the Execution Office as a fixed-sum claim (section 81A1 of { -execution-law }), without a prior judgment; if the debtor files an objection in time, the claim goes to the court for a hearing. The route is open to a corporation too. Before filing, a warning of the intention to file the claim for execution must be delivered to the debtor by registered post with delivery confirmation (section 81A1(b1); regulation 109A of { -execution-regs }), in the form the regulations prescribe, and the request filed only 30 days after it is sent (that period comes from a 2013 source and was not verified in the current text of the law: check it); this document does not include that warning, and its wording and the time for objection must be checked before it is sent.
h-checklist = Checklist before filing
check-filing = Filing: online on the Judiciary's website, or at the registry of the competent court for the defendant's place of business or residence, or another place under regulation 2; a jurisdiction clause in the contract does not override that regulation.
check-count = Number of claims: a claimant may not file more than { $per_year } claims a year in the small claims court; before filing this claim, count every small claim the claimant has filed this year, in any court.
check-copies = Copies: when filing on paper, file the statement of claim and exhibits in one copy for the court and one more for the defendant.
check-exhibits = Exhibits: attach all the exhibits in the list and mark each with its number.
check-fee = Fee: pay the fee of { $fee } on filing.
check-appear = Appearance: appear in person at the hearing. A party is not represented by a lawyer in the small claims court except with the court's leave (section 63 of { -courts-law }), so no lawyers' fees are claimed. Bring the original documents to the hearing.
check-consumer = Consumer: attach the debt notice and the proof of the date it was sent; the burden of proving it was sent lies on the business.
## Said once, also when the notice's proof is missing (IL third review n6).
check-consumer-content = Consumer: the content the law requires in a debt notice (section 13B2(d)) was not checked by this document: make sure the notice sent met it.
check-date = Date: set the claim's date to the filing day; the calculation and the ceiling follow from it.
## The claim's date against a newer ceiling (IL third review NB1): a note to the claimant in
## the checklist, never in the pleading. $start: the day the newer ceiling is in force from.
check-ceiling = Ceiling: this claim, dated { $date }, was checked against the ceiling in force that day ({ $limit_then }); from { $start } the ceiling is { $limit_now }. If the claim is filed on or after { $start }, set its date to the filing day and produce the document again: the calculation, the fee and the ceiling follow from it.
## The consumer's debt notice without a recorded proof of sending (IL review N3).
check-notice-proof = Debt notice: the case records no proof that it was sent. The burden of proving it was sent lies on the business; find the proof (e.g. the registered-mail receipt) and attach it before filing.
## Form 1 asks for the parties' ID numbers; the claim leaves a blank line (IL third review n7).
check-ids = ID number: fill in the claimant's ID number{ $defendant ->
    [yes] {" "}(and the defendant's, if known)
   *[other] {""}
} before filing; a licensed dealer (עוסק מורשה) number is not necessarily the ID number.
## The claim's calculation table: the amount claimed (IL third review n8).
label-claim-sum = Amount claimed
check-keep = Keep a copy of everything filed, the filing confirmation and the fee receipt.
