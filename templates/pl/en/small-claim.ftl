## Statement of claim, Polish law: English wording (a working translation; the claim is filed in Polish).

title = Statement of claim
heading = Statement of claim for payment (pozew o zapłatę){ $route_kind ->
    [nakazowe] {" "}in writ-of-payment (summary documentary) proceedings (postępowanie nakazowe)
   *[other] { $simplified_kind ->
        [yes] {" "}in simplified proceedings (postępowanie uproszczone)
       *[other] {""}
    }
}
place-date = { $city ->
    [none] { $date }
   *[other] { $city }, { $date }
}
label-court = To
division = { $commercial_kind ->
    [yes] Commercial Division (Wydział Gospodarczy)
   *[other] Civil Division (Wydział Cywilny)
}
label-claimant = Claimant
label-defendant = Defendant
label-value = Value of the claim
label-fee = Court fee
commercial-case = { $simplified_kind ->
    [yes] **Commercial case** (art. 458¹ §1 of { -kpc }), to be heard in simplified proceedings (art. 505¹ §1 of { -kpc }).
   *[other] **Commercial case** (art. 458¹ §1 of { -kpc }).
}
simplified-case = The case is to be heard in simplified proceedings (art. 505¹ §1 of { -kpc }).
h-demands = Relief sought
demands-intro = The claimant asks the court:
demand-total = to order the defendant to pay the claimant **{ $total }** (in words: { $words }), made up of:
demand-principal = { $amount } of principal under invoice { $invoice }, due since { $due }{ $interest_kind ->
    [none] {""}
   *[other] , with { $basis } from the day after { $as_of } until payment
};
demand-interest = { $amount } of capitalised interest for delay accrued to { $as_of } and due on that day, with statutory interest for delay from the day the claim is filed until payment (art. 482 §1 of { -kc });
demand-compensation = { $amount } of compensation for recovery costs under invoice { $invoice } (art. 10(1) of { -act-2013 }), due since { $from };
demand-costs = to order the defendant to pay the claimant the costs of the proceedings{ $proxy_kind ->
    [yes] , including legal representation costs at the statutory rates,
   *[other] {" "}at the statutory rates
} with statutory interest for delay from the day the decision awarding them becomes final until payment (art. 98 §1¹ of { -kpc });
demand-order = { $route_kind ->
    [nakazowe] to issue an order for payment in writ-of-payment (summary documentary) proceedings (postępowanie nakazowe, art. 485 §2a of { -kpc });
   *[other] to issue an order for payment in order-for-payment proceedings (postępowanie upominawcze, art. 498 §1 of { -kpc });
}
demand-evidence = to take evidence from the documents named in the grounds and in the list of exhibits, on the facts stated there;
demand-absence = to hold the hearing also in the claimant's absence.
h-grounds = Grounds
ground-contract = On { $date } the claimant and the defendant concluded a contract{ $number ->
    [none] {""}
   *[other] {" "}No. { $number }
}, whose subject was: { $subject }.{ $b2b_kind ->
    [yes] {" "}Both parties are businesses and concluded the contract in the course of their business; it is a commercial transaction within art. 4 point 1 of { -act-2013 }.
   *[other] {""}
} *Evidence: the contract.*
ground-jurisdiction = { $venue_kind ->
    [named] The court's jurisdiction follows from the jurisdiction clause in the contract (art. 46 §1 of { -kpc }). *Evidence: the contract.*
   *[other] The court's local jurisdiction follows from the jurisdiction clause in the contract, which submits disputes to the court for the { $claimant_kind ->
        [sole_trader] claimant's place of business
       *[other] claimant's seat
    } (art. 46 §1 of { -kpc }). *Evidence: the contract.*
}
ground-performance = { $accepted_kind ->
    [yes] The claimant performed, and the defendant accepted the performance:
   *[other] The claimant performed:
}
ground-performance-item = { $accepted_kind ->
    [none] the work covered by invoice { $invoice } was performed. *Evidence: { $correspondence_kind ->
        [yes] the parties' correspondence, hearing of the parties
       *[other] hearing of the parties
    }.*
   *[other] the defendant accepted the work covered by invoice { $invoice } without reservations, as it confirmed by signing { $accepted_kind ->
        [acceptance_protocol] the acceptance protocol
       *[other] the acceptance document
    }{ $accepted_no ->
        [none] {""}
       *[other] {" "}No. { $accepted_no }
    }{ $accepted_date ->
        [none] {""}
       *[other] {" "}of { $accepted_date }
    }. *Evidence: { $accepted_kind ->
        [acceptance_protocol] the acceptance protocol
       *[other] the acceptance document
    }.*
}
dispute-doc = { $kind ->
    [acceptance_protocol] the acceptance protocol
   *[other] the acceptance document
}{ $no ->
    [none] {""}
   *[other] {" "}No. { $no }
}{ $date ->
    [none] {""}
   *[other] {" "}of { $date }
} (invoice { $invoice })
ground-dispute = On { $date } the defendant disputed the debt{ $disputed ->
    [none] .
   *[other] {" "}(objections: { $disputed }).
} The claimant's position is that the debt is due{ $docs ->
    [none] : [THE CLAIMANT'S ANSWER TO THE OBJECTION AND ITS EVIDENCE – TO BE COMPLETED BEFORE FILING]
   *[other] : the defendant accepted the work by signing { $docs }{ $after ->
        [yes] , and raised its objections only after acceptance
       *[other] {""}
    }. *Evidence: { $docs }.*
}
ground-invoices = { $invoice_count ->
    [1] The claimant issued the defendant an invoice, and its payment term has passed:
   *[other] The claimant issued the defendant invoices, and the payment term of each has passed:
}
due-term = { $term_kind ->
    [prepayment] the term for paying the prepayment, { $terms } days from the conclusion of the contract, ended on { $due }
    [delivery] the payment term of { $terms } days from delivery of the invoice ended on { $due }
    [printed] the payment term stated on the invoice, longer than the contractual term of { $terms } days from delivery of the invoice, ended on { $due }
   *[other] the payment term ended on { $due }
}
due-roll = { $roll_kind ->
    [saturday] {" "}(the term's end, { $end }, fell on a Saturday – art. 115 of { -kc }).
    [sunday] {" "}(the term's end, { $end }, fell on a Sunday, a statutory public holiday – art. 115 of { -kc }).
    [holiday] {" "}(the term's end, { $end }, fell on a statutory public holiday – art. 115 of { -kc }).
   *[none] .
}
ground-invoice-item = invoice { $invoice } of { $issued } for { $amount }{ $delivered ->
    [none] ; { $term } *Evidence: invoice { $invoice }.*
   *[other] , delivered to the defendant on { $delivered }{ $delivered_kind ->
        [email] {" "}by e-mail
        [letter] {" "}by post
        [hand] {" "}by hand
        [ksef] {" "}through the National e-Invoice System (KSeF)
        [portal] {" "}through the portal
       *[other] {""}
        }; { $term } *Evidence: invoice { $invoice } with proof of its delivery.*
}
ground-payments = { $count ->
    [one] The defendant made a payment: { $payments }. Under art. 451 §1 of { -kc } the claimant applied the payment on the debt first to overdue interest and the rest to the principal. Principal of { $principal } remains due. *Evidence: proof of payment.*
   *[other] The defendant made payments: { $payments }. Under art. 451 §1 of { -kc } the claimant applied each payment on the debt first to overdue interest and the rest to the principal. Principal of { $principal } remains due. *Evidence: proofs of payment.*
}
ground-no-payment = The defendant has paid none of the amounts. Principal of { $principal } remains due.
ground-interest = From the day after each amount fell due the claimant is entitled to { $basis }. The claimant capitalises the interest accrued to { $as_of }, { $interest } (calculated period by period and rate by rate in the attached statement), and claims interest on it from the day the claim is filed (art. 482 §1 of { -kc }); on the principal it claims further interest until payment.
ground-compensation = Under art. 10(1) of { -act-2013 } the claimant is entitled, without any demand and from the day it became entitled to interest, to compensation for recovery costs, for each invoice separately (the NBP table A average rates are published at nbp.pl):
ground-demands = { $reminders ->
    [none] {""}
   *[other] The claimant asked the defendant to pay by reminders sent on { $reminders }.{" "}
}{ $pretrial ->
    [none] {""}
   *[other] On { $pretrial }{ $pretrial_how ->
        [none] {""}
       *[other] {" "}({ $pretrial_how })
    } the claimant sent the defendant a pre-action demand for payment.{" "}
}The defendant has not paid the amount claimed. *Evidence: { $pretrial ->
    [none] the reminders
   *[other] { $reminders ->
        [none] the pre-action demand
       *[other] the reminders and the pre-action demand
    }
}{ $proof_kind ->
    [all] {" "}with proof of sending
    [some] {" "}(with the proof of sending listed among the exhibits)
   *[other] {""}
}.*
ground-nakazowe = The claimant attaches the contract, the documents confirming its performance and { $invoice_count ->
    [1] proof that the invoice was delivered
   *[other] proof that the invoices were delivered
} to the defendant, which justifies an order for payment in writ-of-payment (summary documentary) proceedings (art. 485 §2a of { -kpc }).
h-mediation = Attempts at amicable resolution (art. 187 §1 point 3 of { -kpc })
mediation-clause = The parties' contract provides for mediation before a dispute is brought to court. { $pretrial ->
    [none] No mediation has taken place.
   *[other] In the pre-action demand of { $pretrial } the claimant proposed mediation to the defendant; no mediation had taken place by the filing of this claim.
} The claimant consents to the parties being referred to mediation (art. 202¹ of { -kpc }) and remains open to a settlement.
mediation-none = The parties have not attempted mediation or any other out-of-court resolution.{ $pretrial ->
    [none] { $reminders_count ->
        [0] {""}
       *[other] {" "}Before filing, the claimant asked the defendant to pay.
    }
   *[other] {" "}Before filing, the claimant asked the defendant to pay and, in the pre-action demand of { $pretrial }, proposed an amicable resolution, including payment by instalments or mediation.
}{ $contacts_count ->
    [0] {""}
   *[other] {" "}The parties were in contact about payment:
}
h-statement = Exhibit { $number } – Calculation of the claim as at { $as_of }
statement-note = Interest is calculated for each day of delay on a { $days }-day year.
h-exhibits = List of exhibits
exhibit-contract = { $ref ->
    [none] Contract of { $date }.
   *[other] Contract No. { $ref } of { $date }.
}
exhibit-invoice = Invoice { $ref } of { $date }.
exhibit-reminder = { $level ->
    [1] Payment reminder
    [2] Second payment reminder
   *[other] Final reminder before legal action
} of { $date }{ $how ->
    [none] {""}
   *[other] {" "}({ $how })
}{ $proof_kind ->
    [yes] {" "}with proof of sending
   *[other] {""}
}.
exhibit-pretrial_claim = Pre-action demand for payment of { $date }{ $how ->
    [none] {""}
   *[other] {" "}({ $how })
}{ $proof_kind ->
    [yes] {" "}with proof of sending
   *[other] {""}
}.
exhibit-correspondence = The parties' correspondence and the claimant's notes of contacts with the defendant: { $contacts }.
exhibit-payment_record = Proofs of payment (bank statements).
exhibit-statement = Calculation of the claim as at { $date }.
exhibit-acceptance = { $doc_kind ->
    [acceptance_protocol] Acceptance protocol
   *[other] Acceptance document
}{ $number ->
    [none] {""}
   *[other] {" "}No. { $number }
}{ $date ->
    [none] {""}
   *[other] {" "}of { $date }
} (invoice { $invoice }).
exhibit-delivery = Proof of delivery of invoice { $invoice } on { $date }{ $delivered_kind ->
    [email] {" "}(e-mail)
    [ksef] {" "}(National e-Invoice System)
   *[other] {""}
}.
exhibit-register = { $register_kind ->
    [ceidg] Printout from the Central Register and Information on Economic Activity (CEIDG) concerning the claimant.
    [krs] Extract from the National Court Register (KRS) concerning the claimant.
   *[other] The claimant's identity document for inspection (PESEL number in the claim).
}
exhibit-fee = Proof of payment of the court fee.
exhibit-copy = A copy of the claim with exhibits for the defendant.
h-info = Notes for the claimant – not to be filed
h-procedure = Choice of procedure and fee
info-route = { $route_kind ->
    [nakazowe] **Writ-of-payment (summary documentary) proceedings (postępowanie nakazowe, art. 485 §2a of { -kpc }).** The claim arises from a commercial transaction, and the case file holds the contract, proof of performance (an acceptance document signed by the defendant) and proof that each invoice was delivered. The claim therefore asks for an order for payment in these proceedings: the fee is a quarter of the fee, { $fee } instead of { $full_fee } (art. 19(2) point 1 of the Act on Court Costs in Civil Cases; value of the claim { $value }); a defendant who lodges objections pays the other three quarters (art. 19(4)). On issue the order is a title for securing the claim (art. 492 §1 of { -kpc }), so the claim can be secured at once, e.g. by attaching a bank account.
   *[other] **Claim for payment asking for an order for payment in order-for-payment proceedings (postępowanie upominawcze, art. 498 §1 of { -kpc }); { $simplified_kind ->
        [yes] after an objection the case is heard in simplified proceedings.**
       *[other] after an objection the case continues in ordinary proceedings.**
    } Fee: { $fee } on a value of { $value } (art. 13({ $band_kind ->
        [fixed] 1
       *[other] 2
    }) of the Act on Court Costs in Civil Cases).{ $quarter ->
        [none] {""}
       *[other] {" "}In writ-of-payment (summary documentary) proceedings (postępowanie nakazowe) the fee would be { $quarter }, but the case file lacks documents those proceedings need (below).
    }
}
info-nakazowe-closed = Writ-of-payment (summary documentary) proceedings under art. 485 §2a of { -kpc } are not available: the claim does not arise from a commercial transaction, because { $consumer_kind ->
    [yes] the defendant is a consumer.
   *[other] the parties are not both businesses.
}
info-nakazowe-missing = For writ-of-payment (summary documentary) proceedings (postępowanie nakazowe, art. 485 §2a of { -kpc }) the case file lacks:{ $contract_kind ->
    [yes] {" "}the contract;
   *[other] {""}
}{ $performance_kind ->
    [yes] {" "}proof of performance (an acceptance document signed by the defendant; in the case: `invoices[].acceptance`);
   *[other] {""}
}{ $delivery_kind ->
    [yes] {" "}proof of delivery of the invoice (in the case: `invoices[].delivered`);
   *[other] {""}
}{" "}once they are added, the claim will take that route.
info-simplified = **Simplified proceedings.** The value does not exceed { $limit } and the claim arises from a contract: if the defendant objects, the case will be heard in simplified proceedings (art. 505¹ §1 of { -kpc }). Since 7 November 2019 no official form is required for such a claim.
info-not-simplified = **Outside simplified proceedings.** The value exceeds { $limit }; after an objection the case proceeds under the ordinary rules, and the fee is proportional.
info-epu = **Electronic order-for-payment proceedings (elektroniczne postępowanie upominawcze, e-Sąd, District Court Lublin-Zachód in Lublin, e-sad.gov.pl).** Fee: { $quarter } (a quarter of the fee, art. 19(2) point 2 of the Act on Court Costs). The claim is filed only electronically, without exhibits (evidence is only named); after an objection the order lapses and the e-court sends the case to the court of general jurisdiction, that of the defendant's domicile or seat{ $place ->
    [none] {""}
   *[other] {" "}({ $place })
}, before which the claimant must complete the claim (art. 505³⁶–505³⁷ of { -kpc }; art. 27 §1 and art. 30 of { -kpc }), which takes longer.{ $prorogation_kind ->
    [yes] {" "}Filing in EPU lifts the exclusivity of the court chosen in the jurisdiction clause (art. 46 §1 of { -kpc }): the case will not go to the court the contract names.
   *[other] {""}
} EPU pays off for a claim the defendant is unlikely to dispute.
h-warnings = Points to check before filing
warn-over-price = **The invoices exceed the contract price:** { $invoiced } invoiced against a contract price of { $price } (excess { $excess }). Before filing, establish the basis of the excess (an annex, extra work) and attach the evidence; otherwise the defendant will dispute that part.
warn-capped = **Contractual interest limited to the maximum:** for part of the period the contractual rate of { $rate } exceeds the maximum interest for delay (art. 481 §2¹ of { -kc }); for that period the calculation uses the maximum interest (art. 481 §2² of { -kc }). Do not claim interest above that level.
warn-no-acceptance = { $b2b_kind ->
    [yes] **No proof of acceptance of the work:** the case file holds no acceptance document signed by the defendant for every invoice. The contract makes payment due after acceptance, and interest in commercial transactions is due once the creditor has performed (art. 7(1) point 1 of the Act of 8 March 2013): attach the acceptance protocol or other proof of performance.
   *[other] **No proof of acceptance of the work:** the case file holds no acceptance document signed by the defendant for every invoice. The contract makes payment due after acceptance, and the claimant bears the burden of proving the work was done (art. 6 of { -kc }): attach the acceptance protocol or other proof of performance.
}
warn-no-delivery = **No proof of delivery of the invoice:** the payment term runs from delivery of the invoice; the case file does not give the delivery date of every invoice. Attach proof of delivery (acknowledgement of receipt, e-mail, KSeF), otherwise the defendant may dispute when payment fell due and when interest started.
warn-mediation = **Mediation agreement:** if mediation has not taken place before filing, the court will refer the parties to mediation on the defendant's objection raised before it pleads to the merits (art. 202¹ of { -kpc }). Consider starting mediation before filing (a request to the mediator named in the contract, art. 183⁶ §1 of { -kpc }).
warn-division = **Court division:** give the court's full name with its seat and the number of the division (e.g. "Sąd Rejonowy dla m.st. Warszawy w Warszawie, VIII Wydział Gospodarczy"); check on the court's website which division covers the district or municipality.
check-competence = Check the court's jurisdiction: subject-matter (the district court; for property claims above one hundred thousand zloty the regional court, art. 17 point 4 of { -kpc }) and local (art. 27 §1, art. 30, art. 34 or a jurisdiction clause under art. 46 §1 of { -kpc }); the claim is filed in Polish.
check-parties = Complete the parties' particulars: the PESEL or NIP number of a claimant who is a natural person, the KRS or NIP number (art. 126 §2 point 2 of { -kpc }).{ $sole_trader_kind ->
    [yes] {" "}Name a sole trader by first name and surname with "prowadzący (prowadząca) działalność gospodarczą pod firmą …" (trading as …); a sole trader is registered in CEIDG, not in the KRS.
   *[other] {""}
}
check-sign-fee = Sign the claim (by hand, or electronically when filing through the Information Portal) and pay the fee of { $fee } to the court's account; attach proof of payment.
check-copy = Attach a copy of the claim with exhibits for the defendant (art. 128 §1 of { -kpc }); the court serves it. The duty to serve copies directly on the other side (art. 132 §1 of { -kpc }) applies to pleadings during the case, not to the claim.
check-demand = Before filing, send the defendant a pre-action demand for payment: without it the court may take this into account in deciding costs (art. 101 of { -kpc }).
check-evidence = In a commercial case, state all assertions and evidence in the claim, or they may be disregarded (art. 458⁵ §1 of { -kpc }); the claim names the evidence for each assertion.
check-limitation = Check limitation. { $contract_kind ->
    [work] Claims under a contract for a specific work are time-barred two years after the work was delivered, whatever the invoice's payment term (art. 646 of { -kc }); { $delivered ->
        [none] the case does not record the day the work was delivered: establish it (in the case: `contract.work_delivered`).
       *[other] according to the case, the work (a part of it) was delivered on { $delivered }.
    }
    [sale] { $creditor_kind ->
        [business] Claims from a sale made in the course of the seller's business are time-barred after two years (art. 554 of { -kc }), counted from the day they fell due (art. 120 §1 of { -kc }).
       *[other] The general period is six years, ending on the last day of a calendar year (art. 118 of { -kc }).
    }
    [services] { $creditor_kind ->
        [business] Claims for fees for services performed by persons who perform such services regularly or in the course of their business are time-barred after two years (art. 751 point 1 with art. 750 of { -kc }).
       *[other] The general period is six years, ending on the last day of a calendar year (art. 118 of { -kc }).
    }
    [mandate] { $creditor_kind ->
        [business] Claims for fees for services performed by persons who perform such services regularly or in the course of their business are time-barred after two years (art. 751 point 1 of { -kc }).
       *[other] The general period is six years, ending on the last day of a calendar year (art. 118 of { -kc }).
    }
    [other] { $creditor_kind ->
        [business] Claims connected with running a business are time-barred after three years, the period ending on the last day of a calendar year (art. 118 of { -kc }).
       *[other] The general period is six years, ending on the last day of a calendar year (art. 118 of { -kc }).
    }
   *[unknown] The general period for claims connected with running a business is three years, ending on the last day of a calendar year (art. 118 of { -kc }), unless a special provision is shorter: claims under a contract for a specific work are time-barred two years after delivery of the work (art. 646 of { -kc }), claims from sales in the course of the seller's business after two years (art. 554 of { -kc }), claims for fees for services performed professionally after two years (art. 751 point 1 of { -kc }). Establish the kind of contract (in the case: `contract.type`) and, for a work, the day it was delivered.
}{ $law ->
    [none] { $last ->
        [none] {""}
       *[other] {" "}On the dates the case records, the period ends at the end of { $last }{ $assumed_kind ->
            [yes] {" "}(counted conservatively, on the assumptions `python -m generator status` shows).
           *[other] .
        }
    }
   *[other] {" "}Counting cautiously, file the claim by { $last } at the latest (under art. 112 of { -kc } the period ends at the end of { $law }{ $law_day_kind ->
        [saturday] , a Saturday
        [sunday] , a Sunday
        [holiday] , a public holiday
       *[other] {""}
    }; whether art. 115 of { -kc } moves the end of a limitation period is disputed).{ $assumed_kind ->
        [yes] {" "}The dates rest on the assumptions `python -m generator status` shows.
       *[other] {""}
    }
}{ $special_kind ->
    [yes] {" "}Whether a special two-year period ends on the last day of a calendar year (art. 118, second sentence, of { -kc }) is disputed: count without moving it to the end of the year.
   *[other] {""}
}
check-attorney = If the claimant is represented by a lawyer: attach the power of attorney and proof of payment of the stamp duty.

consumer-case = { $simplified_kind ->
    [yes] Claim by a business against a consumer (art. 458¹⁴ §1 of { -kpc }), to be heard in simplified proceedings (art. 505¹ §1 of { -kpc }).
   *[other] Claim by a business against a consumer (art. 458¹⁴ §1 of { -kpc }).
}
contact-item = { $date }{ $channel_kind ->
    [phone] {" "}(by telephone)
    [email] {" "}(e-mail)
    [letter] {" "}(letter)
    [meeting] {" "}(meeting)
    [message] {" "}(message)
   *[other] {""}
}: { $event_kind ->
    [promise] the defendant gave assurance of payment{ $amount ->
        [none] {""}
       *[other] {" "}of { $amount }
    }{ $by ->
        [none] .
       *[other] {" "}by { $by }.
    }
    [time_request] the defendant asked for more time to pay{ $by ->
        [none] .
       *[other] {" "}until { $by }.
    }
    [acknowledgement] the defendant acknowledged the debt{ $amount ->
        [none] {""}
       *[other] {" "}of { $amount }
    }.
    [dispute] the defendant disputed the debt{ $disputed ->
        [none] {""}
       *[other] : { $disputed }
    }.
   *[other] { $summary }
}
mediation-settle = By the day of filing the defendant had not paid the amount claimed. The claimant does not rule out a settlement, including one before a mediator.
contact-when = { $date }{ $channel_kind ->
    [phone] {" "}(telephone call)
    [email] {" "}(e-mail)
    [letter] {" "}(letter)
    [meeting] {" "}(meeting)
    [message] {" "}(message)
   *[other] {""}
}
info-not-filed = **These pages are not part of the claim.** Before filing, separate them and do not attach them to the claim or to the copy for the defendant.
warn-dispute = **The defendant disputes the debt** (record of { $date }: { $disputed }). Answer this objection in the claim and name the evidence { $commercial_kind ->
    [yes] – assertions and evidence raised later are disregarded (art. 458⁵ §1 of { -kpc })
    [consumer] – assertions and evidence raised later are disregarded (art. 458¹⁵ §§1, 4 of { -kpc })
   *[other] in the claim itself
}; do not assert that the defendant accepted the work without reservations unless the case records it.
check-evidence-consumer = Case with a consumer: state all assertions and evidence in the claim; those raised later are disregarded unless you show they could not have been raised in the claim or that the need to raise them arose later (art. 458¹⁵ §§1, 4 of { -kpc }).
check-consumer-costs = Try to settle the dispute before filing: if the business did not attempt an amicable resolution, avoided it or took part in it in bad faith, the court may order it to pay the costs whatever the outcome, even up to double (art. 458¹⁶ of { -kpc }).
check-limitation-consumer = Once the limitation period has passed, satisfaction of a claim against a consumer cannot be demanded; the court takes limitation into account of its own motion (art. 117 §2¹ of { -kc }), and the claimant should show that the claim is not time-barred.
info-nakazowe-refusal = **If the court does not issue the order in writ-of-payment proceedings.** An order for payment is issued only for the whole claim (art. 480² §1 of { -kpc }).{ $compensation_kind ->
    [yes] {" "}Art. 485 §2a of { -kpc } also covers the compensation under art. 10(1) of { -act-2013 }.
   *[other] {""}
}{ $email_kind ->
    [yes] {" "}Whether an e-mail proves delivery of the invoice is for the court to assess.
   *[other] {""}
} If the court finds that the documents attached do not meet art. 485 §2a of { -kpc }, it will not issue the order in these proceedings and will call on the claimant to pay the rest of the fee, up to the full { $full_fee } (a further { $rest }), within one week, or the claim is returned (resolution of seven judges of the Supreme Court of 26 October 2016, III CZP 44/16). Have that sum ready.
attempt-item = An attempt to contact the defendant on { $date }{ $channel_kind ->
    [phone] {" "}(by telephone)
    [email] {" "}(by e-mail)
    [letter] {" "}(by letter)
    [meeting] {" "}(to arrange a meeting)
    [message] {" "}(by message)
   *[other] {""}
} went unanswered.
attempt-when = { $date }{ $channel_kind ->
    [phone] {" "}(unsuccessful attempt to telephone)
   *[other] {" "}(attempt at contact, unanswered)
}
warn-notes = **Notes not pleaded:** the entries of { $dates } are notes (`kind: note`) and the claim does not quote them. If a note records a contact with the defendant, give it a kind (`promise`, `time_request`, `acknowledgement`, `dispute`, or `no_response` where there was no answer), and the claim will state it as an allegation.
note-when = { $date }
