## Reminders, Polish law: English wording.

title = Payment reminder { $level }
heading = { $level ->
    [1] Payment reminder
    [2] Second reminder: payment overdue
   *[3] Final reminder before legal action
}
friendly-one = This is a friendly reminder that invoice { $invoice } of { $issued } for { $amount }, issued under { $contract }, was due for payment on { $due }. According to our records it has not yet been paid in full.
friendly-many = This is a friendly reminder that the invoices listed below, issued under { $contract }, have passed their payment dates. According to our records they have not yet been paid in full.
friendly-overlooked = It may simply have been overlooked. We would be grateful if you could pay **{ $principal }** by **{ $pay_by }**.
firm-intro = { $invoice_count ->
    [1] Despite our reminder, the amount below under { $contract } remains unpaid. Its payment date has passed.
   *[other] Despite our reminder, the amounts below under { $contract } remain unpaid. Their payment dates have passed.
}
final-intro = { $reminders ->
    [0] The amount below under { $contract } remains unpaid. This letter is our final reminder before we take legal steps to recover it.
   *[other] Despite our earlier reminders, the amount below under { $contract } remains unpaid. This letter is our final reminder before we take legal steps to recover it.
}
payments-received = { $count ->
    [one] We have taken into account the payment received: { $payments }.
   *[other] We have taken into account the payments received: { $payments }.
}
interest-running = From the day after each amount fell due until payment we are entitled to { $basis }; the interest continues to accrue.
compensation-claimed = We are also entitled to compensation for recovery costs (art. 10(1) of { -act-2013 }), included in the statement.
please-pay = Please pay **{ $total }** by **{ $pay_by }**.
friendly-close = If you have already paid, please disregard this letter. If you have any concerns about the invoice or the work, please contact us{ $contact } and we will sort it out together.
firm-close = If you are having difficulty paying on time, please contact us before that date{ $contact }: we are willing to consider payment by instalments. If we neither receive payment nor hear from you, we will take further steps to recover the debt.
final-next-step = If the full amount has not reached our account by { $pay_by }, from **{ $steps_from }** we will send you a formal pre-action demand for payment (przedsądowe wezwanie do zapłaty) and then bring a claim in court. Court proceedings would expose you to further costs: { $proxy_kind ->
    [yes] reimbursement of the court fee and of legal representation costs
   *[other] reimbursement of the court fee and, if we appoint a lawyer, of legal representation costs
}, and further interest.
final-close = If you cannot pay the full amount but wish to settle the debt, please contact us before that date{ $contact } to agree a payment plan.
