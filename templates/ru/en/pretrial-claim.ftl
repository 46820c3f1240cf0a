## Pre-trial claim (pretenziya), Russian Federation: English wording.

title = Pre-trial claim
heading = Pre-trial claim for payment of a debt (pretenziya)
intro = { $creditor } (the "Creditor") and { $debtor } (the "Debtor") concluded { $contract } (the "Contract"); subject of the Contract: "{ $subject }".
performance = { $contract_kind ->
    [supply] The Creditor duly performed its obligations under the Contract: the goods were delivered to the Debtor.
    [supply_work] The Creditor duly performed its obligations under the Contract: the goods were delivered to the Debtor and the works were completed.
   *[other] The Creditor duly performed its obligations under the Contract: the work (services) was completed.
}
performance-proved = { $contract_kind ->
    [supply] The Creditor duly performed its obligations under the Contract: the goods were delivered to the Debtor, as shown by the following documents signed by the Debtor: { $documents }.
    [supply_work] The Creditor duly performed its obligations under the Contract: the goods were delivered to the Debtor and the works were completed, as shown by the following documents signed by the Debtor: { $documents }.
   *[other] The Creditor duly performed its obligations under the Contract, as shown by the following documents signed by the Debtor: { $documents }.
}
invoice-item = invoice No. { $invoice } of { $issued } for { $amount } (due { $due })
not-paid = The Debtor has not paid within the time set by the Contract, in breach of Articles 309 and 310 of the Civil Code of the Russian Federation. { $count ->
    [one] Not paid in full
   *[other] Not paid in full
}: { $invoices }.
payment-item = { $kind ->
    [advance] prepayment (advance) of { $amount } on invoice No. { $invoice } ({ $date })
    [full] payment of { $amount } on invoice No. { $invoice } ({ $date })
    [part] part payment of { $amount } on invoice No. { $invoice } ({ $date })
   *[other] { $amount } ({ $date })
}
part-payments = { $count ->
    [one] A payment has been received towards the debt
   *[other] Payments have been received towards the debt
}: { $payments }.
reminded = { $count ->
    [one] The Creditor reminded the Debtor of the debt
   *[other] The Creditor reminded the Debtor of the debt several times
} ({ $dates }); the debt remains unpaid.
calc-heading = Calculation of the debt
calc-intro = As at { $date } the Debtor owes:
demand-heading = Demand
demand = On these grounds, under Articles 309, 310 and { $basis_kind ->
    [penalty_per_day] 330
    [contractual] 395
    [gk_395] 395
   *[other] 314
} of the Civil Code of the Russian Federation{ $court ->
    [arbitrazh] {" "}and Article 4(5) of the Arbitrazh Procedure Code
   *[other] {""}
}, we demand that within { $days } calendar { $count ->
    [one] day
   *[other] days
} of the day this claim is sent, that is by **{ $pay_by }** at the latest, the Debtor pay the Creditor **{ $total }** ({ $words }), made up as follows:
item-principal = principal — { $amount }{ $end_form ->
    [true] .
   *[other] ;
}
item-interest = { $basis_kind ->
    [penalty_per_day] contractual penalty (peni)
    [gk_395] interest under Article 395 of the Civil Code
   *[other] interest
} to { $date } — { $amount }{ $end_form ->
    [true] .
   *[other] ;
}
item-fees = contractual fine — { $amount }.
further-interest = In addition, { $basis_kind ->
    [penalty_per_day] the penalty accruing
   *[other] interest accruing
} on the principal from the day after { $date } until the day of actual payment is payable.
consequences-heading = Consequences of non-payment
pretrial-apk = This claim is sent under the pre-trial procedure of Article 4(5) of the Arbitrazh Procedure Code of the Russian Federation{ $negotiation ->
    [true] {" "}and of the Contract
   *[other] {""}
}.
pretrial-general = This claim is sent to settle the dispute before going to court{ $negotiation ->
    [true] {" "}under the procedure set by the Contract
   *[other] {""}
}.
pretrial-arbitration = This claim is sent to settle the dispute before arbitration{ $negotiation ->
    [true] {" "}under the procedure set by the Contract
   *[other] {""}
}; disputes under the Contract are to be resolved by arbitration under the parties' arbitration agreement.
next-court = If the demand is not met in time, from **{ $steps_from }** the Creditor will apply to { $court ->
    [arbitrazh] the arbitrazh (state commercial) court
   *[other] a court of general jurisdiction
} { $route ->
    [order] for a court order (sudebny prikaz)
   *[other] with a statement of claim
} to recover the debt{ $basis_kind ->
    [none] {""}
   *[other] , { $basis_kind ->
        [penalty_per_day] the penalty
       *[other] interest
    } to the day of actual payment
}, and court costs, including the state duty and the cost of legal representation ({ $court ->
    [arbitrazh] Articles 101, 106 and 110 of the Arbitrazh Procedure Code
   *[other] Articles 88, 94, 98 and 100 of the Civil Procedure Code
}).
next-arbitration = If the demand is not met in time, from **{ $steps_from }** the Creditor will bring a claim before the arbitral tribunal{ $venue ->
    [none] {" "}provided for in the parties' arbitration agreement
   *[other] {" "}({ $venue })
} to recover the debt and the costs of the arbitration, under Federal Law No. 382-FZ of 29 December 2015 "On Arbitration (Arbitral Proceedings) in the Russian Federation" and the arbitration rules.
reply-request = Please consider this claim and let us know the outcome in writing within that time. To discuss payment you can contact us{ $contact }.
enclosures-heading = Enclosures
encl-contract = Copy of { $contract }
encl-invoices = { $count ->
    [one] Copy of invoice
   *[other] Copies of invoices
} No. { $invoices }
encl-primary = Copies of the primary documents: { $documents }
encl-reminders = { $count ->
    [one] Copy of the payment reminder
   *[other] Copies of the payment reminders
}
encl-poa = Copy of the power of attorney of the signatory
