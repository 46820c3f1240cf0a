## Payment reminders, Russian Federation: English wording.

title = Payment reminder { $level }
heading = { $level ->
    [1] Payment reminder
    [2] Second reminder: payment overdue
   *[3] Final reminder before a pre-trial claim
}
friendly-one = This is a reminder that under { $contract } invoice No. { $invoice } of { $issued } for { $amount } was due for payment (last day for payment: { $due }). According to our records it has not been paid in full.
friendly-many = This is a reminder that under { $contract } the invoices listed below were due for payment. According to our records they have not been paid in full.
friendly-overlooked = It may simply have been overlooked. Please pay **{ $total }** by **{ $pay_by }**.
firm-intro = Despite our earlier reminder, the amounts below under { $contract } remain unpaid. Payment is overdue.
final-intro = { $reminders ->
    [0] The debt below under { $contract } remains unpaid. This is our last reminder before we send a formal pre-trial claim.
   *[other] We have already reminded you of the debt below under { $contract }, but it remains unpaid. This is our last reminder before we send a formal pre-trial claim.
}
payment-item = { $amount } ({ $date })
payments-received = { $count ->
    [one] We have taken into account the payment received: { $payments }.
   *[other] We have taken into account the payments received: { $payments }.
}
interest-395 = From the day after the last day for payment until payment, interest under Article 395 of the Civil Code of the Russian Federation accrues on the debt at the Bank of Russia key rate; it continues to accrue.
interest-penalty = From the day after the last day for payment until payment, the contractual penalty (peni) of { $rate } for each day of delay accrues on the debt (Civil Code, Article 330); it continues to accrue.
interest-contractual = From the day after the last day for payment until payment, interest at the contractual rate of { $rate } a year accrues on the debt; it continues to accrue.
please-pay = Please pay **{ $total }** by **{ $pay_by }**.
friendly-close = If you have already paid, please disregard this letter. If you have any question about the invoice or the delivery, let us know{ $contact } and we will sort it out together.
firm-close = If you are having difficulty paying, please contact us{ $contact } before that date: we are willing to discuss a payment schedule. If we neither receive payment nor hear from you, we will take the next step to recover the debt.
final-next-step = If the full amount is not received by { $pay_by }, from **{ $steps_from }** we will send you a formal pre-trial claim and then apply to { $court ->
    [arbitrazh] the arbitrazh court (Arbitrazh Procedure Code, Article 4(5))
    [arbitration] the arbitral tribunal under the arbitration agreement
   *[other] the court
}. Court costs, including the state duty, and further interest would then be added to the debt.
final-close = If you cannot pay the debt at once, please contact us{ $contact } before that date to agree instalments.
