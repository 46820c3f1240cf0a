## Contract clauses, Polish law: English wording.

title = Contract clauses on payment and disputes
heading = Contract clauses on payment and dispute resolution
preamble = Clauses for { $contract }, to be concluded between the Contractor: { $creditor } (the "Contractor") and the Client: { $debtor } (the "Client"). Adjust the numbering of the sections to the contract.
h-price = { $prepayment_kind ->
    [yes] § { $n }. Price and advance payment
   *[other] § { $n }. Price
}
price = For the performance of the Contract the Client shall pay the Contractor a price of { $price } (in words: { $words }).
prepayment = The Client shall pay the Contractor an advance of { $percent } of the price{ $amount ->
    [none] {""}
   *[other] , that is { $amount } (in words: { $words })
}, within { $days } days of the conclusion of the Contract, against an advance invoice.
prepayment-start = The Contractor shall start work on the day its bank account is credited with the advance; the Contract's time limits run from that day.
acceptance = { $consumer_kind ->
    [yes] The Parties confirm the completion of each stage by an acceptance protocol. The invoice for a stage is issued after its acceptance.
   *[other] The Parties confirm the completion of each stage by an acceptance protocol signed by the Client. The Client shall carry out the acceptance within seven days of notice that the stage is ready; if within that time it does not notify material defects in writing, the stage is deemed accepted. The invoice for a stage is issued after its acceptance.
}
suspension = If the Client is late in paying { $prepayment_kind ->
    [yes] the advance or the price for any stage
   *[other] the price or any part of it
}, the Contractor may suspend further work until payment, after notifying the Client in documentary form. The Contract's time limits are extended by the period of suspension.
h-terms = § { $n }. Payment terms
terms = { $reserve_par ->
    [none] Each invoice
   *[other] Subject to § { $reserve_par }({ $reserve_ust }) (the prepayment invoice), each invoice
} is payable within { $days } days of its receipt by the Client{ $b2b_kind ->
    [yes] ; a structured invoice is deemed received on the day the National e-Invoice System (KSeF) assigns its identification number (art. 106na(3) of the Polish VAT Act of 11 March 2004).
   *[other] .
}
transfer = { $account ->
    [none] Payments are made by bank transfer to the Contractor's account stated on the invoice.
   *[other] { $bank ->
        [none] Payments are made by bank transfer to the Contractor's account No. { $account }.
       *[other] Payments are made by bank transfer to the Contractor's account No. { $account } ({ $bank }).
    }
} The Client states the invoice number as the transfer title.
payment-day = The day of payment is the day the Contractor's bank account is credited.
weekend = If the last day of a payment term falls on a Saturday or a public holiday, the term ends on the next day that is neither a Saturday nor a public holiday (art. 115 of { -kc }).
h-late = § { $n }. Late payment
interest-contractual = If the Client is late in paying, the Contractor is entitled, without any demand, to contractual interest for delay at { $rate } a year, but not more than the maximum interest for delay (art. 481 §2¹ of { -kc }), from the day after payment fell due until payment.
interest-statutory = If the Client is late in paying, the Contractor is entitled, without any demand, to { $basis }, from the day after payment fell due until payment.{ $rate ->
    [none] {""}
   *[other] {" "}On the date of the Contract this interest is { $rate } a year.
}
compensation = From the day it becomes entitled to interest, the Contractor is entitled, without any demand, to compensation for recovery costs (art. 10(1) of { -act-2013 }) equal to the amount in euro below, converted into zloty at the average EUR rate published by the National Bank of Poland on the last business day of the month before the month in which the payment fell due:
compensation-tier = { $amount } – where the value of the money performance { $low ->
    [none] does not exceed { $high }
   *[other] { $high ->
        [none] is { $low } or more
       *[other] is more than { $low } but less than { $high }
    }
}{ $end_kind ->
    [last] .
   *[other] ;
}
compensation-costs = The Contractor may also claim reasonable, documented recovery costs exceeding the compensation (art. 10(2) of { -act-2013 }). The Parties stipulate no other late-payment charges: a contractual penalty cannot secure a money obligation (art. 483 §1 of { -kc }).
late-none = The Parties stipulate no contractual interest; the statutory rules apply to late payment.
h-disputes = § { $n }. Disputes
negotiation = The Parties shall seek to settle disputes under the Contract amicably by negotiation. A Party raising a dispute shall send the other Party a written request to negotiate, stating the subject of the dispute and its position.
negotiation-term = If the dispute is not resolved within { $days } days of delivery of the request to negotiate, either Party may use the procedure in paragraph { $next }.
mediation = { $mediator ->
    [none] The dispute shall be referred to mediation by a mediator chosen by the Parties together; if the Parties do not agree on a mediator within fourteen days of the request for mediation, the mediator shall be a permanent mediator chosen by the requesting Party from the list kept by the president of the regional court for the Contractor's seat.
   *[other] The dispute shall be referred to mediation conducted by { $mediator } (art. 183¹ §3 of { -kpc }).
} The mediator is a natural person (art. 183² §1 of { -kpc }). If mediation does not lead to a settlement within sixty days of its start, the dispute shall be decided by the common court competent under the general rules.
arbitration = The dispute shall be resolved by arbitration{ $venue ->
    [none] {""}
   *[other] : { $venue },
} under its rules in force on the day the proceedings start (arbitration agreement, art. 1161 §1 of { -kpc }).
arbitration-consumer = The dispute may be referred to arbitration only under an arbitration agreement made after the dispute has arisen (art. 1164¹ of { -kpc }); otherwise the dispute shall be decided by the common court competent under the general rules.
court-consumer = The dispute shall be decided by the common court competent under the general rules.
court = { $venue ->
    [none] Disputes under the Contract are decided by the common court with local jurisdiction for the Contractor's seat (place of business) (jurisdiction agreement, art. 46 §1 of { -kpc }).
   *[other] Disputes under the Contract are decided by { $venue } (jurisdiction agreement, art. 46 §1 of { -kpc }).
}
no-suspension = Starting negotiation or mediation does not suspend payment terms or the accrual of interest.
h-law = § { $n }. Governing law
governing-law = The Contract is governed by Polish law.
other-law = { $b2b_kind ->
    [yes] Matters not governed by the Contract are subject to { -kc } and { -act-2013 }.
   *[other] Matters not governed by the Contract are subject to { -kc }.
}
note-named-court = **Note for the Parties (not part of the Contract).** A jurisdiction agreement can change only the court's local jurisdiction. A district court named in the clause ceases to be competent where the value of the claim exceeds one hundred thousand zloty (the regional court is then competent, art. 17 point 4 of { -kpc }). It is safer to name "the court for the Contractor's seat".
