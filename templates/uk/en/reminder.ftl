## Reminders, England and Wales: English wording.

title = Payment reminder { $level }
heading = { $level ->
    [1] Friendly payment reminder
    [2] Second reminder: payment overdue
   *[3] Final reminder before legal action
}
friendly-one = We hope all is well. This is a friendly reminder that invoice { $invoice } of { $issued } for { $amount } was due on { $due } under { $contract }. According to our records it has not yet been paid in full.
friendly-many = We hope all is well. This is a friendly reminder that the invoices listed below were due for payment under { $contract }. According to our records they have not yet been paid in full.
friendly-overlooked = It may simply have been overlooked. We would be grateful if you could pay **{ $total }** by **{ $pay_by }**.
firm-intro = Despite our reminder, the following amounts under { $contract } remain unpaid. Payment is now overdue.
final-intro = { $reminders ->
    [0] The debt below under { $contract } remains unpaid. This is our final reminder before we take legal steps to recover it.
   *[other] We have already reminded you of the debt below under { $contract }. This is our final reminder before we take legal steps to recover it.
}
payments-received = { $count ->
    [one] We have taken into account the payment received: { $payments }.
   *[other] We have taken into account the payments received: { $payments }.
}
interest-s69 = If we have to issue proceedings, we will ask the court to award interest under section 69 of the County Courts Act 1984, at its discretion, from the day after each due date until payment.
interest-lpcda = We are entitled to statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 (8% over Bank Rate) from the day after each due date until payment; it continues to accrue.
interest-contractual = We are entitled to contractual interest at { $rate } a year under the contract from the day after each due date until payment; it continues to accrue.
compensation-s5a = We also claim fixed-sum compensation under section 5A of the Late Payment of Commercial Debts (Interest) Act 1998.
please-pay = Please pay **{ $total }** by **{ $pay_by }**.
payment-details = { $bank ->
    [none] Payment details: account { $account }, account holder { $holder }, reference { $reference }.
   *[other] Payment details: account { $account } at { $bank }, account holder { $holder }, reference { $reference }.
}
friendly-close = If you have already paid, please disregard this letter. If there is a problem with the invoice or the work, just let us know{ $contact } and we will sort it out together.
firm-close = If you are having difficulty paying, please contact us{ $contact } before that date: we are willing to discuss a payment plan. If we neither receive payment nor hear from you, we will take the next step to recover the debt.
final-next-step-protocol = If the full amount is not received by { $pay_by }, from **{ $steps_from }** we will send you a formal Letter of Claim under the Pre-Action Protocol for Debt Claims. Court proceedings would add court fees and further interest to the amount you owe.
final-next-step-business = If the full amount is not received by { $pay_by }, from **{ $steps_from }** we will send you a formal letter before claim and then issue a claim in the County Court. Court proceedings would add court fees and further interest to the amount you owe.
final-close = If you cannot pay in full but wish to settle, contact us{ $contact } before that date to agree a payment plan.
