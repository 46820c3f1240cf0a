## Payment and dispute resolution clauses, England and Wales: English wording.

title = Payment and dispute resolution clauses
heading = Payment and dispute resolution clauses
contract-name = { $number ->
    [none] the contract of { $date }
   *[other] Contract No. { $number } of { $date }
}
intro = These clauses form part of { $contract } (the “Contract”) between **{ $supplier }** (the “Supplier”) and **{ $client }** (the “Client”), the subject of which is: { $subject }. Where they differ from other terms of the Contract, these clauses prevail.
h-price = Price and advance payment
price = The price for all work and supplies under the Contract is { $price } (the “Price”).
advance = { $amount ->
    [none] The Client shall pay an advance of { $percent } of the Price (the “Advance”) within { $days } days of the date of the Contract, against the Supplier's invoice.
   *[other] The Client shall pay an advance of { $percent } of the Price, that is { $amount } (the “Advance”), within { $days } days of the date of the Contract, against the Supplier's invoice.
}
advance-start = The Supplier shall begin work once the Advance has been received in full. Every time limit for the Supplier's performance runs from the day the Advance is received, and is extended by any delay in its payment.
stages = The balance of the Price is payable in stages. The Supplier shall invoice each stage on its completion, as set out in the Contract, and each invoice is payable in accordance with clause { $clause }.
suspend = { $consumer ->
    [true] If an invoice{ $advance ->
        [true] , including the invoice for the Advance,
       *[other] {""}
    } that is not disputed is not paid when due, the Supplier may, after giving the Client written notice and at least 7 days to pay, suspend work until it is paid. The time for the Supplier's performance is extended by the period of the suspension.
   *[other] If any invoice{ $advance ->
        [true] , including the invoice for the Advance,
       *[other] {""}
    } is not paid in full when due, the Supplier may, by written notice to the Client, stop work on the Contract until all overdue amounts have been paid. The time for the Supplier's performance is extended by the period of the suspension, and the Supplier is not liable for any delay or loss caused by it.
}
title-passes = Title to goods supplied, and the rights in the results of work performed, under a stage pass to the Client when that stage has been paid for in full, to the extent the law allows.
h-payment = Payment terms
terms-days = Each invoice is payable within { $days } days of its date of issue.
terms-invoice = Each invoice is payable by the due date stated on it.
pay-how = { $account ->
    [none] The Client shall pay by bank transfer to the account the Supplier notifies in writing, quoting the invoice number. A payment is made when the amount is credited to the Supplier's account.
   *[other] { $bank ->
        [none] The Client shall pay by bank transfer to the Supplier's account { $account }, or to any other account the Supplier notifies in writing, quoting the invoice number. A payment is made when the amount is credited to the Supplier's account.
       *[other] The Client shall pay by bank transfer to the Supplier's account { $account } at { $bank }, or to any other account the Supplier notifies in writing, quoting the invoice number. A payment is made when the amount is credited to the Supplier's account.
    }
}
consumer-rights = If the Client considers that an invoice is wrong, or that the goods, digital content or services do not conform to the Contract, the Client should tell the Supplier as soon as possible, so that it can be put right. Nothing in the Contract affects the Client's statutory rights as a consumer, including the remedies under the Consumer Rights Act 2015.
objection-business = The Client shall raise any objection to an invoice in writing, with reasons, before its due date. An objection to part of an invoice does not entitle the Client to withhold the rest. The Client shall pay without set-off or deduction, unless the Supplier agrees otherwise in writing.
h-late = Late payment
interest-lpcda = { $rate ->
    [none] If the Client fails to pay any amount when due, the Client shall pay statutory interest on it under the Late Payment of Commercial Debts (Interest) Act 1998 from the day after the due date until the day of payment, at 8% a year above Bank Rate in force on 31 December (for interest that starts to run between January and June) or on 30 June (for interest that starts to run between July and December), which rate then applies for the life of the debt (Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002, article 4).
   *[other] If the Client fails to pay any amount when due, the Client shall pay statutory interest on it under the Late Payment of Commercial Debts (Interest) Act 1998 from the day after the due date until the day of payment, at 8% a year above Bank Rate in force on 31 December (for interest that starts to run between January and June) or on 30 June (for interest that starts to run between July and December), which rate then applies for the life of the debt (Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002, article 4). On the date of the Contract that rate is { $rate } a year.
}
interest-s69 = If the Client fails to pay any amount when due, the Supplier may ask the court to award interest on it under section 69 of the County Courts Act 1984, at the rate and for the period the court thinks fit.
interest-contractual = If the Client fails to pay any amount when due, the Client shall pay interest at { $rate } a year on the overdue amount from the day after the due date until the day of payment.
late-fee = { $per ->
    [month] In addition, for each invoice not paid when due, the Client shall pay a fixed late-payment fee of { $amount } for each month or part of a month of delay{ $cap ->
        [none] {""}
       *[other] , up to { $cap } for any one invoice
    }. The parties agree that the fee protects the Supplier's legitimate interest in prompt payment and reflects its costs of handling late payment.
   *[other] In addition, for each invoice not paid when due, the Client shall pay a fixed late-payment fee of { $amount }{ $cap ->
        [none] {""}
       *[other] , up to { $cap } for any one invoice
    }. The parties agree that the fee protects the Supplier's legitimate interest in prompt payment and reflects its costs of handling late payment.
}
compensation-intro = Where statutory interest runs on an overdue debt, the Supplier is also entitled to a fixed sum under section 5A of the Late Payment of Commercial Debts (Interest) Act 1998 of:
compensation-tier = { $low ->
    [none] { $amount } where the debt is less than { $high }{ $last ->
        [true] .
       *[other] ;
    }
   *[other] { $high ->
        [none] { $amount } where the debt is { $low } or more{ $last ->
            [true] .
           *[other] ;
        }
       *[other] { $amount } where the debt is { $low } or more but less than { $high }{ $last ->
            [true] .
           *[other] ;
        }
    }
}
compensation-costs = The Supplier may also claim its reasonable costs of recovering the debt in excess of that sum (section 5A(2A) of that Act).
h-notices = Notices
notices = Invoices, reminders, demands for payment and other notices under the Contract are given in writing to the addresses of the parties stated in the Contract{ $supplier_email ->
    [none] { $client_email ->
        [none] {""}
       *[other] , or by e-mail to the Client at { $client_email }
    }
   *[other] { $client_email ->
        [none] , or by e-mail to the Supplier at { $supplier_email }
       *[other] , or by e-mail to the Supplier at { $supplier_email } and to the Client at { $client_email }
    }
}. Each party shall notify the other in writing of any change of address; until then, a notice sent to the last notified address is validly given.
h-disputes = Dispute resolution
negotiation = The parties shall first try in good faith to settle any dispute arising out of or in connection with the Contract by negotiation, begun by a written notice from either party describing the dispute. If the dispute is not settled within { $days } days of that notice, either party may proceed under clause { $next }. This clause does not apply to a claim for an amount invoiced under the Contract that the Client has not disputed in writing with reasons: such a claim, and reminders and demands for payment, need not wait for the end of that period.
arbitration = { $venue ->
    [none] Any dispute arising out of or in connection with the Contract, including any question about its existence, validity or termination, shall be finally resolved by arbitration. The seat of the arbitration is England, and the Arbitration Act 1996 applies.
   *[other] Any dispute arising out of or in connection with the Contract, including any question about its existence, validity or termination, shall be finally resolved by arbitration administered by { $venue } under its rules. The seat of the arbitration is England, and the Arbitration Act 1996 applies.
}{ $consumer ->
    [true] {" "}Where the Client is a consumer, this clause binds the Client only if the Client agrees to it after the dispute has arisen; otherwise the Client may bring or defend proceedings in court.
   *[other] {""}
}
mediation = { $venue ->
    [none] Any dispute arising out of or in connection with the Contract that the parties do not settle by negotiation shall be referred to mediation. If mediation does not lead to a settlement, or a party declines to take part in it, either party may bring the dispute before the courts of England and Wales.
   *[other] Any dispute arising out of or in connection with the Contract that the parties do not settle by negotiation shall be referred to mediation at { $venue }. If mediation does not lead to a settlement, or a party declines to take part in it, either party may bring the dispute before the courts of England and Wales.
}
courts = { $consumer ->
    [true] The courts of England and Wales have jurisdiction over any dispute arising out of or in connection with the Contract. If the Client lives in Scotland or Northern Ireland, the Client may also bring proceedings there.
   *[other] The courts of England and Wales have exclusive jurisdiction over any dispute arising out of or in connection with the Contract.
}
interim-relief = Nothing in this clause prevents a party from applying to a court for urgent interim relief.
h-law = Governing law
governing-law = The Contract, and any dispute or claim arising out of or in connection with it (including non-contractual disputes or claims), is governed by the law of England and Wales.
