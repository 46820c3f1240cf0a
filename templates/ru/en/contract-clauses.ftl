## Payment and dispute clauses, Russian Federation: English wording.
## $contract_kind: supply (Supplier/Buyer) | work (Contractor/Customer).

title = Contract clauses on payment and disputes
heading = Contract clauses on payment and disputes
intro = The clauses below are drafted for { $contract } ({ $subject }) between { $creditor } (the { $contract_kind ->
    [supply] "Supplier"
   *[other] "Contractor"
}) and { $debtor } (the { $contract_kind ->
    [supply] "Buyer"
   *[other] "Customer"
}). When inserting them, renumber them to fit the contract.
s1 = 1. Price and payment
price = The Contract price is { $price } ({ $words }).
prepayment = The { $contract_kind ->
    [supply] Buyer
   *[other] Customer
} pays an advance of { $percent } of the Contract price{ $amount ->
    [none] {""}
   *[other] , that is { $amount }
}, within { $days } calendar { $count ->
    [one] day
   *[other] days
} of the conclusion of the Contract, against an invoice.
prepayment-start = { $contract_kind ->
    [supply] The Supplier ships the goods after the advance is received; the delivery time is extended by any delay in paying it.
   *[other] The Contractor starts the work (services) after the advance is received; the time for performance is extended by any delay in paying it.
}
invoicing = { $contract_kind ->
    [supply] { $prepaid ->
        [true] The balance of the price is paid
       *[other] The goods are paid for
    } against the Supplier's invoice and { $debtor_kind ->
        [consumer] a goods acceptance certificate (акт приёма-передачи товара)
       *[other] a universal transfer document (UPD) or consignment note (TORG-12)
    } signed by both parties{ $terms ->
        [none] .
       *[other] {" "}within { $terms } calendar { $count ->
            [one] day
           *[other] days
        } of the date of the invoice.
    }
   *[other] { $prepaid ->
        [true] The balance of the price is paid
       *[other] The price is paid
    } against the Contractor's invoice and a certificate of completion signed by both parties{ $terms ->
        [none] .
       *[other] {" "}within { $terms } calendar { $count ->
            [one] day
           *[other] days
        } of the date of the invoice.
    }
} The primary document signed by both parties evidences performance and the amount of the money obligation.
suspension = If payment is not received on time, the { $contract_kind ->
    [supply] Supplier may suspend shipments
   *[other] Contractor may suspend the work (services)
} until payment is received in full, giving the other party written notice (Civil Code of the Russian Federation, Article 328); time for performance is extended by the period of suspension.
paid-when = The payment obligation is performed on the day the money is credited to the { $contract_kind ->
    [supply] Supplier's
   *[other] Contractor's
} settlement account stated in the Contract.
s2 = 2. Liability for late payment
interest-395 = If payment is late, the { $contract_kind ->
    [supply] Buyer pays the Supplier
   *[other] Customer pays the Contractor
} interest for the use of another's money at the Bank of Russia key rate in force in each period{ $rate ->
    [none] {""}
   *[other] {" "}(on the date of the Contract: { $rate } a year)
}, from the day after the last day for payment until the day of actual payment (Civil Code, Article 395).
penalty-per-day = If payment is late, the { $contract_kind ->
    [supply] Buyer pays the Supplier
   *[other] Customer pays the Contractor
} a penalty (peni) of { $rate } of the overdue amount for each day of delay, from the day after the last day for payment until the day of actual payment (Civil Code, Article 330). No interest under Article 395 of the Civil Code accrues on the same amount for the same period (Article 395(4)).
interest-contractual = If payment is late, the { $contract_kind ->
    [supply] Buyer pays the Supplier
   *[other] Customer pays the Contractor
} interest at { $rate } a year on the overdue amount from the day after the last day for payment until the day of actual payment (Civil Code, Article 395(1)).
fee = The { $contract_kind ->
    [supply] Buyer
   *[other] Customer
} pays a fine of { $amount } { $per_kind ->
    [once] for each late payment of an invoice
   *[other] for each month of delay begun, per invoice
}{ $cap ->
    [none] {""}
   *[other] , up to { $cap } per invoice
} (Civil Code, Article 330).
no-release = Payment of { $basis_kind ->
    [gk_395] interest
    [contractual] interest
   *[other] the penalty
} does not release the { $contract_kind ->
    [supply] Buyer
   *[other] Customer
} from the obligation to pay.
penalty-agreed = The parties, acting in the course of business, accept that the penalty is proportionate to the consequences of a breach (Civil Code, Articles 330 and 421).
s3 = 3. Disputes
claim-procedure = The parties settle disputes by negotiation. A pre-trial claim is mandatory before going to { $arbitration ->
    [true] arbitration
   *[other] court
}{ $days ->
    [none] {""}
   *[other] ; the time to reply to a claim is { $days } calendar { $count ->
        [one] day
       *[other] days
    } from the day it is sent
}{ $b2b ->
    [true] {" "}(Arbitrazh Procedure Code, Article 4(5))
   *[other] {""}
}.
claim-procedure-consumer = The parties seek to settle disputes by negotiation. Before going to court { $contract_kind ->
    [supply] the Supplier sends the Buyer
   *[other] the Contractor sends the Customer
} a pre-trial claim{ $days ->
    [none] {""}
   *[other] {" "}and allows { $days } calendar { $count ->
        [one] day
       *[other] days
    } from the day it is sent for a reply
}.
notices = Claims and notices are sent by registered letter with acknowledgement of receipt or by declared-value letter with a list of contents { $debtor_kind ->
    [consumer] { $contract_kind ->
        [supply] to the Supplier at its address in the state register (EGRUL/EGRIP) and to the Buyer at the address of the Buyer's registered residence (or stay) or the address the Buyer gave in the Contract,
       *[other] to the Contractor at its address in the state register (EGRUL/EGRIP) and to the Customer at the address of the Customer's registered residence (or stay) or the address the Customer gave in the Contract,
    }
   *[other] to the party's address in the state register of legal entities (EGRUL/EGRIP),{ $contract_kind ->
       *[other] {""}
    }
} or to the e-mail address stated in the Contract. A message also counts as delivered where it reached that address but was not handed over for reasons within the addressee's control (Civil Code, Article 165.1; Resolution of the Plenum of the Supreme Court No. 25 of 23 June 2015, point 63).
mediation = If a dispute is not settled through the claim procedure, before going to court the parties refer it to mediation{ $venue ->
    [none] {""}
   *[other] {" "}({ $venue })
} under Federal Law No. 193-FZ of 27 July 2010 on mediation; if no mediation agreement is reached, the dispute goes to the competent court.
arbitration = Disputes not settled through the claim procedure are finally resolved by arbitration administered by a permanent arbitral institution{ $venue ->
    [none] {""}
   *[other] {" "}({ $venue })
}, under its rules and Federal Law No. 382-FZ of 29 December 2015 "On Arbitration (Arbitral Proceedings) in the Russian Federation".
court = Disputes not settled through the claim procedure are heard { $venue ->
    [none] { $b2b ->
        [true] by the arbitrazh court of the defendant's location (Arbitrazh Procedure Code, Article 35)
       *[other] by the court of the defendant's place of residence or location (Civil Procedure Code, Article 28), unless the law provides otherwise
    }
   *[other] { $venue_tr_form ->
        [none] by the court: { $venue }
       *[other] by the { $venue_tr_form } ({ $venue })
    } ({ $b2b ->
        [true] Arbitrazh Procedure Code, Article 37
       *[other] Civil Procedure Code, Article 32
    })
}.{ $venue_prep_form ->
   *[other] {""}
}
consumer = This section does not limit the rights of the { $contract_kind ->
    [supply] Buyer
   *[other] Customer
} as a consumer, including the right to sue at its place of residence (Law of the Russian Federation "On Protection of Consumer Rights", Article 17(2)).
s4 = 4. Governing law
law = The Contract is governed by the law of the Russian Federation.
