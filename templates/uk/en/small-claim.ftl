## Small claim filing packet, England and Wales: English wording.

title = Small claim filing packet
heading = Small claim filing packet
parties-line = { $claimant } v { $defendant }
court-line = Court: County Court, { $court }
prepared-on = Prepared on { $date }
contents = Contents: A. Particulars of claim (with a Money Claim Online version); B. Calculation of the claim; C. List of exhibits; D. Court fee and small claims track; E. Filing checklist.
warning-plan-running = DO NOT ISSUE THIS CLAIM. An instalment agreement signed on { $signed } is running: { $paid } of { $count } instalments have been paid and none has been missed; the last falls due on { $last_due }. The Creditor agreed not to start court proceedings while the instalments are paid.
warning-plan-broken = The instalment agreement signed on { $signed } was broken: instalment { $missed } due on { $missed_due } was not paid within { $grace } days. { $consumer ->
    [true] Before issuing, check that the written notice the agreement requires was given and that the 14 days it allows to pay the arrears have passed.
   *[other] Check the agreement's terms before issuing.
}
warning-nothing-due = Nothing is due at the date of this packet: do not issue a claim.
warning-over-limit = The claim exceeds the small claims track limit and would not normally be allocated to that track. See Part D before issuing.
warning-no-letter-of-claim = No Letter of Claim under the Pre-Action Protocol for Debt Claims is recorded as sent. Send one and wait for the reply period before issuing.
part-a = A. Particulars of claim
court-heading = IN THE COUNTY COURT, { $court }
claim-no = Claim No.: to be given by the court
between = BETWEEN
claimant = Claimant
and = and
defendant = Defendant
particulars = PARTICULARS OF CLAIM
contract-formal = { $number ->
    [none] a written contract dated { $date } (subject: { $subject })
   *[other] a written contract No. { $number } dated { $date } (subject: { $subject })
}
p-claimant = { $form ->
    [sole_trader] The Claimant, { $claimant }, is an individual carrying on business as a sole trader.
    [individual] The Claimant is { $claimant }.
   *[organisation] The Claimant, { $claimant }, carries on business.
}
p-defendant = { $form ->
    [sole_trader] The Defendant, { $defendant }, is an individual carrying on business as a sole trader.
    [consumer] The Defendant, { $defendant }, is an individual who contracted as a consumer.
   *[organisation] The Defendant is { $defendant }.
}
p-contract = By { $contract } (the “Contract”), the Claimant agreed to carry out for the Defendant the work and supply described in it, and the Defendant agreed to pay the price.
p-terms = { $advance ->
    [none] Each invoice was payable within { $days } days of its date, on the due dates shown below.
   *[other] The advance invoice was payable within { $advance } days of the date of the Contract and each other invoice within { $days } days of its date, on the due dates shown below.
}
p-contract-copy = A copy of the Contract is served with these Particulars of Claim.
p-lpcda-business = The Contract is a contract for the supply of goods or services where the Claimant and the Defendant were each acting in the course of a business, within section 2(1) of the Late Payment of Commercial Debts (Interest) Act 1998 (the “1998 Act”).
p-invoices = The Claimant performed the Contract and rendered the following invoices, each payable by the due date shown:
p-paid = { $count ->
    [0] The Defendant has made no payment. The principal of { $principal } is due and unpaid.
   *[other] The Defendant paid { $payments }. The principal of { $principal } remains due and unpaid.
}
p-interest-lpcda = The Claimant claims simple interest under section 4 of the 1998 Act at 8% a year over Bank Rate on the reference date (the Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002, article 4), as follows:
p-interest-s69 = The Claimant claims interest under section 69 of the County Courts Act 1984 at such rate and for such period as the court thinks fit; the Claimant asks for simple interest at 8% a year, calculated as follows:
p-interest-contract = The Claimant claims simple interest under the Contract at the agreed rate, as follows:
p-interest-line = on invoice { $invoice } (principal now outstanding { $principal }), at { $rate } a year{ $reference ->
    [none] {""}
   *[other] {" "}({ $reference })
}, from { $start } to { $end } (the date of these particulars): { $amount }; daily rate after that date { $daily }.
p-interest-reference = Bank Rate { $bank_rate } on { $reference_day }
p-interest-total = Interest to { $end }: { $interest }. The Claimant claims further interest at { $daily } a day from the next day until judgment or earlier payment. The calculation, period by period, is in Part B (schedule).
compensation-item = { $amount } on invoice { $invoice }
p-compensation = The Claimant claims fixed sums under section 5A of the 1998 Act: { $items }; in total { $amount }.
p-fees = The Claimant claims the late-payment fees due under the Contract: { $amount }.
and-claims = AND THE CLAIMANT CLAIMS:
claim-principal = { $amount }, the principal outstanding;
claim-interest = { $discretionary ->
    [true] interest under section 69 of the County Courts Act 1984 of { $amount } to { $end }, and further interest at { $daily } a day, or such interest as the court thinks fit;
   *[other] interest of { $amount } to { $end }, and further interest at { $daily } a day until judgment or earlier payment;
}
claim-compensation = fixed sums under section 5A of the 1998 Act of { $amount };
claim-fees = late-payment fees of { $amount };
claim-costs = costs, including the court fee.
total-claimed = Total claimed to { $end }: **{ $total }**.
statement-of-truth-heading = Statement of truth.
statement-of-truth = { $form ->
    [person] I believe that the facts stated in these particulars of claim are true. I understand that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.
   *[organisation] The Claimant believes that the facts stated in these particulars of claim are true. The Claimant understands that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth. I am duly authorised by the Claimant to sign this statement.
}
dated = Dated { $date }
mcol-heading = Particulars for Money Claim Online
mcol-intro = Money Claim Online accepts particulars of at most { $limit } characters, spaces included. This text has { $length }; paste it as it stands (it is in English, as filed).
part-b = B. Calculation of the claim as at { $date } (schedule to the particulars)
calc-interest = { $basis ->
    [lpcda_1998] Statutory interest under the 1998 Act: simple interest, on 365 days a year, at 8% over Bank Rate on 31 December (where interest starts to run between 1 January and 30 June) or 30 June (where it starts to run between 1 July and 31 December), fixed for each debt; from the day after each due date to { $end }.
    [county_courts_act_s69] Interest under section 69 of the County Courts Act 1984, at the court's discretion: shown at 8% a year simple, on 365 days a year, from the day after each due date to { $end }.
   *[other] Contractual interest: simple interest, on 365 days a year, from the day after each due date to { $end }.
}
calc-allocation = Payments were applied to the invoices to which the Defendant designated them, and otherwise to the oldest debt first.
part-c = C. List of exhibits
ex-contract = { $number ->
    [none] The Contract of { $date } (a copy to be served with the particulars)
   *[other] Contract No. { $number } of { $date } (a copy to be served with the particulars)
}
ex-invoice = Invoice { $number } of { $date }
ex-reminder = { $level ->
    [1] Friendly payment reminder
    [2] Second payment reminder
   *[3] Final reminder before legal action
} sent on { $date }{ $how ->
    [email] {" "}by e-mail
    [letter] {" "}by post
    [none] {""}
   *[other] {""}
}
ex-pretrial = { $protocol ->
    [true] Letter of Claim under the Pre-Action Protocol for Debt Claims
   *[other] Letter before claim
} sent on { $date }{ $how ->
    [email] {" "}by e-mail
    [letter] {" "}by post
    [none] {""}
   *[other] {""}
}
ex-correspondence = Correspondence with the Defendant (e-mails and notes of telephone calls)
ex-payments = Bank statements showing the payments received
ex-statement = Calculation of the claim as at { $date } (Part B)
part-d = D. Court fee and small claims track
d-fee-value = Value of the claim for the issue fee
d-fee = Issue fee
d-limit = Small claims track limit
d-within = Within the limit
yes-no = { $value ->
    [true] yes
   *[other] **no**
}
d-no-fee = No sum is claimed, so no issue fee is payable and no claim should be issued.
d-fee-basis = The issue fee is fee 1.1 of Schedule 1 to the Civil Proceedings Fees Order 2008, charged on the amount claimed including interest (5% of the claim, to the penny, above £10,000). A hearing fee is payable later if the claim is defended and listed for a hearing.
d-track = The small claims track is the normal track for claims of not more than £10,000 (CPR 26.9); in valuing the claim for allocation, interest and costs are disregarded.
d-mediation = If the claim is defended, it is referred automatically to the free Small Claims Mediation Service once both parties have filed their directions questionnaires (CPR 26.6 as modified by Practice Direction 51ZE, which on its terms runs from 22 May 2024 to 21 May 2026: check on justice.gov.uk whether it has been extended or replaced). It does not apply to claims started in Online Civil Money Claims. Where it applies, both parties are expected to attend the one-hour telephone appointment, and the court may consider a sanction against a party who does not.
d-costs = On the small claims track the costs a party can recover are limited (CPR 27.14): the court fee and fixed sums, not the cost of legal representation.
d-over-limit = **The claim exceeds the small claims track limit** and would normally be allocated to the fast track or another track, where the losing party usually pays the other side's legal costs. Take legal advice before issuing. You may instead limit the claim to the small claims limit, but the excess is then given up for good.
part-e = E. Filing checklist
e-plan-running = Do not issue while the instalment agreement is kept (see the warning above).
e-pretrial-sent = { $protocol ->
    [true] Pre-action: the Letter of Claim under the Pre-Action Protocol for Debt Claims was sent on { $date }. Check that the 30 days for reply have passed; if a Reply Form came back, consider it; if the Defendant said they were getting debt advice, allow them the time the Protocol requires; if no agreement was reached, give at least 14 days' written notice before issuing.
   *[other] Pre-action: the letter before claim was sent on { $date }. Check that a reasonable time for a response has passed and that alternative dispute resolution was considered.
}
e-pretrial-missing = { $protocol ->
    [true] Not yet done: send the Letter of Claim under the Pre-Action Protocol for Debt Claims, with its annexes, and wait for the reply period before issuing.
   *[other] Not yet done: send a letter before claim and wait for a reasonable time for a response before issuing.
}
e-dispute = { $consumer ->
    [true] The Defendant raised a complaint (see Part A). Make sure it was answered in writing, with the information about alternative dispute resolution that a trader must give a consumer ({ $regime ->
        [dmcca_2024] Digital Markets, Competition and Consumers Act 2024, Part 4, Chapter 4; before 6 April 2026, SI 2015/542 reg 19
       *[adr_2015] SI 2015/542 reg 19; from 6 April 2026, Digital Markets, Competition and Consumers Act 2024, Part 4, Chapter 4
    }), and expect the claim to be defended: the court will consider the consumer's remedies under the Consumer Rights Act 2015.
   *[other] The Defendant raised a complaint (see Part A). Make sure it was answered in writing, and expect the claim to be defended.
}
e-dispute-promise = The Letter of Claim sent on { $date } told the Defendant that no claim including the { $disputed } in dispute would be issued until the Claimant had answered their reply in writing, and that at least 14 days' written notice would be given before proceedings. Before issuing the claim, make sure the answer and the notice were sent and the 14 days have passed. Claim the whole debt in one claim: a claim now for the undisputed part and another later for the rest would split one cause of action.
e-where = Issue the claim online (gov.uk/make-court-claim-for-money says which online service takes a claim of this value), or send form N1 with the particulars to the Civil National Business Centre, St Katharine's House, 21-27 St Katharine's Street, Northampton NN1 2LH. Claims made out to the old County Court Money Claims Centre are returned unissued.
e-contract-copy = Attach a copy of the written Contract to the particulars of claim or serve it with them (Practice Direction 16, paragraph 7.3), with the invoices.
e-name-defendant = Name the Defendant correctly: an individual by full name and title (Mr, Mrs, Miss, Ms or other), with “trading as” and the business name where they trade under one, a company by its registered name at its registered office.
e-fee = Pay the issue fee of { $fee }.
e-statement-of-truth = The statement of truth must be signed by the Claimant or a person authorised to sign for it.
e-response = After service of the particulars, the Defendant has 14 days to respond, or 28 days if they acknowledge service. If they do not respond, request judgment in default: interest is then added only because Part A states it as CPR 16.4(2)(b) requires (CPR 12.6).
e-defended = If the claim is defended: return the directions questionnaire, attend the mediation appointment, pay the hearing fee when asked, and bring the exhibits in Part C to the hearing.
p-dispute = On { $date } the Defendant disputed the claim{ $amount ->
    [none] {""}
   *[other] {" "}as to { $amount }
}{ $invoice ->
    [none] {""}
   *[other] {" "}under invoice { $invoice }
}: “{ $disputed }”.{ $evidence ->
    [none] {""}
   *[other] {" "}The Claimant relies on { $evidence }.
}{ $answered ->
    [none] {""}
   *[other] {" "}In its Letter of Claim dated { $answered } the Claimant stated that the sum claimed is due.
} The Claimant's case is that the sum claimed is due.
p-void-rate = The Contract provides for interest on late payment at { $rate } a year. That is not a substantial remedy for late payment within section 9(1) of the 1998 Act; the term is void under section 8(4)(a), and the debt carries statutory interest under section 4 of the 1998 Act.
e-online-particulars = If you issue online with the short particulars and serve the full particulars above, state in the online claim form that particulars of claim will follow, serve them with the copy of the Contract within 14 days after service of the claim form (CPR 7.4(1)(b)) and file a certificate of service.
e-annex-1-contradicted = The case records the official Annex 1 forms as enclosed with the Letter of Claim sent on { $date }, but the letter as sent (its record) carried the Claimant's own information page and Reply Form. Confirm that the official Information Sheet and Reply Form really went in the envelope before issuing; if they did not, send a new Letter of Claim with them (a follow-up case file for the same debt: README, “Sent is sent”) and allow the Defendant 30 days to reply (Pre-Action Protocol for Debt Claims, paragraph 3.1; Practice Direction – Pre-Action Conduct and Protocols, paragraphs 13 to 16).
e-annex-1-missing = The Letter of Claim sent on { $date } is not recorded as enclosing the official Information Sheet and Reply Form of Annex 1 to the Pre-Action Protocol for Debt Claims (paragraph 3.1); the annexes it carried were the Claimant's own. Before issuing, send a new Letter of Claim, dated on the day it is posted, with the official Annex 1 forms (a follow-up case file for the same debt, dated today: README, “Sent is sent”), and allow the Defendant 30 days to reply. Otherwise the court may stay the claim or reduce the interest or costs awarded (Practice Direction – Pre-Action Conduct and Protocols, paragraphs 13 to 16).
