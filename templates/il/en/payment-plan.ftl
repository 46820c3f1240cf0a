## Debt instalment agreement, Israel: English wording.

title = Debt instalment agreement
heading = Debt instalment agreement
translation-note = Translation for information. The binding text is the Hebrew text; where they differ, the Hebrew text prevails.
made-on = Made and signed on { $date }
party-label = { $role ->
    [creditor] Between:
   *[debtor] And:
}
through = represented by { $person }
trading-under = trading as "{ $name }"
hereinafter = { $role ->
    [creditor] (the "Creditor")
   *[debtor] (the "Debtor")
}
one-side = of the one part;
other-side = of the other part;
whereas-contract = { $number ->
    [none] **Whereas** the parties made a contract on { $date } for { $subject } (the "Contract");
   *[other] **Whereas** the parties made contract no. { $number } of { $date } for { $subject } (the "Contract");
}
whereas-unpaid = **Whereas** the Debtor has not paid the Creditor in time all the amounts due under the Contract;
whereas-request = **Whereas** the Debtor has asked to pay the debt in instalments and the Creditor has agreed on the terms of this agreement;
therefore = **Now therefore the parties agree, declare and stipulate as follows:**
h-ack = Acknowledgement of the debt
ack = The Debtor acknowledges and confirms that on { $date } it owes the Creditor, under the Contract, **{ $total }**, made up as follows (the "Debt"):
row-interest = Interest accrued to the date of signing
## The acknowledgement of a debt (Limitation Law s.9) names a debt, not a demand (IL review N7).
label-debt-total = Total debt
ack-undisputed = The Debtor declares that the Debt is not in dispute and that it has no claim, demand or set-off against the Creditor in respect of it.
ack-limitation = This is a written acknowledgement of the debt within the meaning of section 9 of { -limitation-law }, and it stands even if this agreement is cancelled or breached.
ack-interest-by-law = The Debt does not include linkage differences and interest by law, which were not calculated. The Creditor waives the linkage differences and interest accrued up to the day this agreement is signed, on condition that the Debtor keeps to the payment schedule. If the agreement is breached and the balance is called in under section { $section } below, the waiver lapses, and the Debtor also pays the linkage differences and interest by law on every overdue amount from its original due date, less the sums paid.
h-schedule = Schedule of instalments
schedule = The Debtor shall pay the Debt to the Creditor in the instalments, amounts and dates in the table below:
label-number = No.
schedule-business-days = The instalment dates are set on business days; a date falling on a day of rest or a holiday moves to the next business day.
schedule-no-more = As long as the Debtor keeps to the schedule, no further interest is added to the Debt and no further late fees are charged.
schedule-early = The Debtor may pay the balance, in whole or in part, at any time before it falls due, without any addition. An early payment is credited to the next instalments in the order of their dates.
h-payment = Method of payment
payment-to = { $account ->
    [none] Each instalment shall be paid by bank transfer to the Creditor's account, in the name of { $holder }, quoting the reference { $reference }.
   *[other] Each instalment shall be paid by bank transfer to the Creditor's account: { $account }, in the name of { $holder }, quoting the reference { $reference }.
}
payment-credited = A payment counts as made on the day it is credited in full to the Creditor's account. Payments are applied in the order of the schedule.
h-security = Security
security = To secure its obligations, the Debtor shall give the Creditor, on signing this agreement, the security ticked below:
security-cheques = post-dated cheques to the order of the Creditor, one for each instalment, in the amounts and dates of the schedule;
security-guarantee = a personal guarantee of this agreement, signed by a guarantor: name __________________ ID number ______________;
security-consent = the Debtor's written consent to judgment against it for the balance of the Debt, which the Creditor may file with the court only if the balance is accelerated under the acceleration clause below.
security-use = The Creditor shall not deposit a cheque or enforce a security before the date of the instalment it secures, and shall return the securities to the Debtor when the Debt is paid in full.
h-default = Acceleration
default = If any instalment, in whole or in part, is not paid within { $grace } days of its date, the whole unpaid balance of the Debt falls due at once, without further notice or warning.
default-steps-contractual = In that case the Creditor may at once take any step to recover the balance, enforce the securities, and claim in addition, on the balance, contractual interest at the rate set in the Contract, or in the alternative linkage differences and interest as by law, from the day the balance fell due until payment. Amounts paid until then are credited to the Debt.
default-steps-law = In that case the Creditor may at once take any step to recover the balance, enforce the securities, and claim in addition, on the balance, linkage differences and interest as by law, from the day the balance fell due until payment. Amounts paid until then are credited to the Debt.
## With clause { $section } (the waiver revoked): interest by law once, not again on the balance (IL third review n5).
default-steps-law-revived = In that case the Creditor may at once take any step to recover the balance, enforce the securities, and claim in addition the linkage differences and interest as by law set out in clause { $section } above, until payment; nothing in this clause charges linkage differences and interest twice for the same amount and period. Amounts paid until then are credited to the Debt.
h-creditor = The Creditor's undertaking
creditor-no-steps = As long as the Debtor performs its obligations under this agreement, the Creditor will not take legal proceedings against it to recover the Debt.
creditor-settled = On payment of the whole Debt under this agreement, all the Creditor's claims against the Debtor in respect of the Debt are settled.
h-general = General
general-waiver = This agreement does not derogate from the Creditor's rights under the Contract except as it expressly provides. A waiver, discount or extension given to the Debtor is not a waiver of any right unless made in writing and signed by the Creditor.
general-changes = Any change to this agreement shall be made in writing and signed by both parties.
general-law-courts = This agreement is governed by Israeli law. Any dispute arising from it is within the jurisdiction of the court competent by law.
general-law-venue = This agreement is governed by Israeli law. Exclusive territorial jurisdiction over any dispute arising from it lies with the competent courts of the city of { $city }, subject to the law on subject-matter jurisdiction and to regulation 2 of { -small-claims-regs }.
in-witness = In witness whereof the parties have signed:
label-creditor = The Creditor
label-debtor = The Debtor
signature-line = { $signer_form ->
    [organisation] Signature and stamp of the authorised signatories
   *[other] Signature
}
date-line = Date
