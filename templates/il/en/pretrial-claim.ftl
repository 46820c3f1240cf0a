## Warning letter before legal proceedings, Israel: English wording.

title = Warning letter before legal proceedings
heading = Warning letter before legal proceedings
contract = { $number ->
    [none] A contract was made between us on { $date } for { $subject } (the "Contract"). Under the Contract we issued to you the invoices listed in the table below; their due dates have passed.
   *[other] On { $date } we and you made contract no. { $number } for { $subject } (the "Contract"). Under the Contract we issued to you the invoices listed in the table below; their due dates have passed.
}
payment-item = { $amount } on { $date }
payments = We received from you, on account of the debt, { $count ->
    [one] the following payment
   *[other] the following payments
}: { $payments }. The payments were applied as shown in the table below; the balance has not been paid.
no-payments = Up to the date of this letter you have paid nothing towards the debt.
reminder-item = { $by ->
    [none] on { $date }
   *[other] on { $date } ({ sent-by })
}
reminders = We wrote to you about this in { $count ->
    [one] a payment reminder
   *[other] payment reminders
}: { $reminders }. The debt has not been paid.
reminders-consumer = On { $notice } we sent you a debt notice under section 13B2 of { -consumer-law }; more than 14 days have passed since{ $reminders ->
    [none] . The debt has not been paid.
   *[other] . We then wrote to you about this in { $count ->
        [one] a reminder
       *[other] reminders
    }: { $reminders }. The debt has not been paid.
}
debt-now = At the date of this letter your debt to us is as follows:
interest-contractual = Contractual interest at { $rate } a year, as agreed in the Contract, accrues on the debt from the day after each due date until payment. The interest in the table is computed to the date of this letter and continues to accrue. In the alternative, should the contractual interest be held not to apply, we are entitled to linkage differences and interest as by law under { -interest-law }, from the breach until payment.
interest-by-law = We are entitled to linkage differences and interest as by law on the debt under { -interest-law }, from the breach until payment (section 11(b) of { -remedies-law }). Their amount is not computed in this letter; they will be claimed in addition to the amount in the table.
fees-contract = The late fees in the table are charged under the late-payment terms of the Contract.
demand = Accordingly, and without prejudice to any of our rights or claims, you are required to pay us the whole debt of **{ $total }** within { $days } days of the date of this letter, that is by **{ $pay_by }** at the latest.
pay-to = Payment is to be made to the account: { $account }, in the name of { $holder }, quoting the reference { $reference }.
next-step = If the amount is not paid in full by { $pay_by }, from **{ $steps_from }** we will, without further notice, file a claim against you { $court ->
    [small] in the small claims court
   *[other] in the competent Magistrates' Court
}, in which we will also claim interest until payment, the court fee and the costs of the proceedings{ $court ->
    [small] .
   *[other] , including lawyers' fees.
}
instalments = If you wish to settle the debt in instalments, contact us{ $contact } before that date. Such a request does not extend the time for payment unless we agree to it in writing.
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
reservation = Nothing said or left unsaid in this letter derogates from any right, claim or remedy we have under the Contract or any law; all our rights are reserved.
