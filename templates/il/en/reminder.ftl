## Reminders, Israel: English wording. To a consumer the first reminder is the debt
## notice under section 13B2 of the Consumer Protection Law.

title = { $level ->
    [1] Payment reminder
    [2] Second reminder
   *[3] Final reminder
}
heading = { $kind ->
    [notice] Debt notice under section 13B2 of { -consumer-law }
   *[other] { $level ->
        [1] Friendly payment reminder
        [2] Second reminder: payment overdue
       *[3] Final reminder before legal proceedings
    }
}
contract-ref = { $number ->
    [none] our contract of { $date } ({ $subject })
   *[other] our contract no. { $number } of { $date } ({ $subject })
}
notice-intro = This is a debt notice under section 13B2 of { -consumer-law }. According to our records, the amounts below, due to us under { $contract }, were not paid by the date set for payment.
friendly-one = This is a friendly reminder that invoice no. { $invoice } of { $issued } for { $amount }, under { $contract }, was due on { $due }. According to our records it has not yet been paid in full.
friendly-many = This is a friendly reminder that the invoices below, under { $contract }, have fallen due. According to our records they have not yet been paid in full.
firm-intro = Despite our earlier reminder, the amounts below, due to us under { $contract }, remain unpaid. The due date has passed and payment is overdue.
final-intro = { $reminders ->
    [0] The debt below under { $contract } remains unpaid. This is our final reminder before we take steps to recover it.
   *[other] We have already written to you about the debt below under { $contract }, without result. This is our final reminder before we take steps to recover it.
}
payment-item = { $amount } on { $date }
payments-received = { $count ->
    [one] We have taken into account the payment received: { $payments }.
   *[other] We have taken into account the payments received: { $payments }.
}
interest-contractual = From the day after each due date until payment we are entitled to contractual interest at { $rate } a year, as agreed in the contract; interest continues to accrue.
interest-by-law = On the overdue amount we are entitled to linkage differences and interest as by law under { -interest-law }, from the breach until payment (section 11(b) of { -remedies-law }). Their amount is not computed in this letter.
notice-no-steps = We will take no step to collect the debt before { $collection_from }.
notice-no-fees = If the debt is not paid by { $last_day }, from { $collection_from } we may charge the late fee under the contract ({ $fee }); until then no collection expenses of any kind will be charged.
fees-contract = The late fees in the table are charged under the late-payment terms of the contract.
friendly-pay = We would be grateful if you paid **{ $total }** by **{ $pay_by }**.
please-pay = You are required to pay **{ $total }** by **{ $pay_by }**.
payment-details = Payment details: { $account }, in the name of { $holder }; please quote the reference { $reference }.
contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}by telephone on { $phone }
    }
   *[other] { $phone ->
        [none] {" "}by e-mail at { $email }
       *[other] {" "}by e-mail at { $email } or by telephone on { $phone }
    }
}
friendly-close = If you have already paid, please disregard this letter. If there is any problem with the invoice or the work, please let us know{ $contact } and we will sort it out together.
firm-close = If you have difficulty paying, please contact us{ $contact } before that date: we are willing to consider a payment plan. If we receive neither payment nor a reply, we will take the next step to recover the debt.
final-next-step = If the full amount is not received by { $pay_by }, from **{ $steps_from }** we will send you a warning letter before legal proceedings and then file a claim against you in the competent court. In that claim we will also claim the court fee and the costs of the proceedings.
final-close = If you cannot pay the full amount but wish to settle the debt, contact us{ $contact } before that date to agree a payment plan.
