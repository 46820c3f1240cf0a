## Payment and dispute-resolution clauses, Israel: English wording.

title = Payment and dispute-resolution clauses
heading = Payment and dispute-resolution clauses
intro = { $number ->
    [none] Clauses for the contract of { $date } for { $subject }, between the following parties:
   *[other] Clauses for contract no. { $number } of { $date } for { $subject }, between the following parties:
}
label-supplier = The Supplier
label-client = The Client
numbering = The numbering of the clauses is to be adapted to that of the contract.
h-price = { $prepayment ->
    [yes] Price, advance payment and payment by stages
   *[other] Price and payment by stages
}
price = In consideration of the Supplier's performance under this contract the Client shall pay the Supplier { $price } (the "Price").
prepayment-amount = The Client shall pay the Supplier an advance of { $percent } of the Price, that is { $amount }, within { $days } days of the signing of this contract, against an invoice issued by the Supplier.
prepayment = The Client shall pay the Supplier an advance of { $percent } of the Price within { $days } days of the signing of this contract, against an invoice issued by the Supplier.
prepayment-start = The Supplier shall start the work only after the advance has been credited in full to its account. All dates for performance are postponed by the time the advance is late.
stages = { $prepayment ->
    [yes] The balance of the Price
   *[other] The Price
} shall be paid in stages, on completion and delivery of each stage of the work to the Client, as set out in the timetable of the contract. On completing each stage the Supplier shall give the Client an invoice for it.
suspension = If any amount under this contract is not paid when due, the Supplier may, after written notice to the Client, suspend the work, in whole or in part, and the delivery of its results until the overdue amount is paid in full. The dates for performance are extended accordingly, and such a suspension is not a breach of the contract by the Supplier.
h-terms = Payment terms
terms-days = { $prepayment ->
    [yes] Each invoice, other than the advance invoice, shall be paid within { $days } days of its date of issue.
   *[other] Each invoice shall be paid within { $days } days of its date of issue.
}
terms-invoice = { $prepayment ->
    [yes] Each invoice, other than the advance invoice, shall be paid by the due date stated on it.
   *[other] Each invoice shall be paid by the due date stated on it.
}
transfer = { $account ->
    [none] Payment shall be made by bank transfer to the Supplier's account, quoting the invoice number. A payment counts as made on the day the amount is credited in full to the Supplier's account.
   *[other] Payment shall be made by bank transfer to the Supplier's account: { $account }, quoting the invoice number. A payment counts as made on the day the amount is credited in full to the Supplier's account.
}
objection = An objection to an invoice shall be given to the Supplier in writing, with particulars, as soon as the invoice is received. The Client shall pay the undisputed part when due.
h-late = Late payment
interest-contractual = Contractual interest at { $rate } a year is added to any amount not paid when due, from the day after the due date until payment. This does not derogate from the Supplier's right, in the alternative, to linkage differences and interest as by law under { -interest-law }.
interest-by-law = Linkage differences and interest as by law under { -interest-law } are added to any amount not paid when due, from the breach until payment (section 11(b) of { -remedies-law }).
interest-payment-ethics = If { -payment-ethics-law } applies to this contract, nothing here limits the Supplier's right to linkage differences, interest and default interest under that law, and the payment date shall not be later than the date it sets.
fee = In addition, for each invoice not paid when due, the Client shall pay a late fee of { $amount }{ $per ->
    [month] {" "}for each month or part of a month of delay
   *[other] {""}
}, as agreed compensation under section 15 of { -remedies-law }.
fee-capped = In addition, for each invoice not paid when due, the Client shall pay a late fee of { $amount }{ $per ->
    [month] {" "}for each month or part of a month of delay
   *[other] {""}
}, as agreed compensation under section 15 of { -remedies-law }, provided that the late fees for one invoice do not exceed { $cap }.
fee-consumer = The late fee is a collection expense: it is charged only after the Supplier has sent the Client a debt notice and 14 days have passed from the day it was sent (section 13B2 of { -consumer-law }).
other-remedies = Nothing in this clause derogates from any other remedy of the Supplier under this contract or by law, including its right to suspend the work under clause { $section } above.
h-disputes = Resolution of disputes
negotiation-days = Any dispute arising from or in connection with this contract shall first be negotiated in good faith between the parties for { $days } days from a written notice by one party to the other describing the dispute.
negotiation = Any dispute arising from or in connection with this contract shall first be negotiated in good faith between the parties.
mediation = If the dispute is not resolved by negotiation, the parties shall go to mediation and take part in it in good faith. If no agreement is reached in mediation, either party may bring the dispute before the competent court under clause { $next } below.
mediation-carveout = Notwithstanding the above, the Supplier may sue for payment of an invoice to which no written objection was made under clause { $section } above without mediation.
arbitration = If the dispute is not resolved by negotiation, it shall be decided by arbitration under { -arbitration-law }. The award shall be final and binding on the parties.
arbitration-carveout = Notwithstanding the above, the Supplier may sue in court for payment of an invoice to which no written objection was made under clause { $section } above without arbitration.
court = If the dispute is not resolved by negotiation, either party may bring it before the competent court under clause { $next } below. This does not prevent the parties from agreeing to mediation.
h-law = Governing law and jurisdiction
governing-law = This contract, its interpretation and performance are governed by Israeli law.
jurisdiction-city = Exclusive territorial jurisdiction over any dispute arising from or in connection with this contract lies with the competent courts of the city of { $city }, according to the rules of subject-matter jurisdiction. A claim in the small claims court is filed according to the venue rules of regulation 2 of { -small-claims-regs }.
jurisdiction-by-law = Any dispute arising from or in connection with this contract is within the jurisdiction of the court competent by law.
