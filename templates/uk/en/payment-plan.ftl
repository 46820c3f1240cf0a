## Instalment agreement, England and Wales: English wording.

title = Instalment agreement
heading = Instalment agreement
made-on = { $city ->
    [none] This agreement is made on { $date } between:
   *[other] This agreement is made on { $date } in { $city } between:
}
represented-by = { $role ->
    [none] represented by { $name }
   *[other] represented by { $name }, { $role }
}
the-creditor = the “Creditor”
the-debtor = the “Debtor”
and = and
background = **Background.** Under { $contract } (the “Contract”), the Creditor carried out the work and supply described in the Contract, for which the Debtor has not paid in full. { $asked ->
    [true] The Debtor has asked for time to pay.
   *[false] The parties have agreed that the Debt may be paid by instalments.
    } In return for the Debtor's acknowledgement and promises below, the Creditor agrees to accept payment by instalments on the terms of this agreement.
s1 = 1. Acknowledgement of the debt
s1-1 = { $part ->
    [true] **1.1** The Debtor acknowledges that, at the end of { $date }, the Debtor owes the Creditor under the Contract **{ $total }** (the “Debt”), the part of the sum due that the Debtor has not disputed, made up as follows:
   *[other] **1.1** The Debtor acknowledges that, at the end of { $date }, the Debtor owes the Creditor under the Contract **{ $total }** (the “Debt”), made up as follows:
}
row-interest = { $basis ->
    [lpcda_1998] Statutory interest (Late Payment of Commercial Debts (Interest) Act 1998) to that date
   *[other] Contractual interest to that date
}
s1-2-consumer = **1.2** The Debtor confirms that the Debt is due and payable. Nothing in this agreement takes away any right the Debtor has as a consumer, including under the Consumer Rights Act 2015.
s1-2-business = **1.2** The Debtor confirms that the Debt is due and payable and that the Debtor has no defence, set-off or counterclaim against it.
s1-3 = **1.3** The parties intend this clause to be a written and signed acknowledgement of the Debt for the purposes of sections 29 and 30 of the Limitation Act 1980.
do-not-sign = { $reason ->
    [unknown] DO NOT SIGN. A dispute recorded by the Debtor has no amount, so the part of the debt the Debtor disputes is not known and the Debtor could acknowledge what the Debtor disputes. Record the disputed amount or answer the complaint in writing first, then build again.
   *[nothing-left] DO NOT SIGN. The Debtor disputes the whole sum due, so nothing undisputed is left to pay by instalments. Answer the complaint in writing first.
}
label-disputed = { $extras ->
    [both] Less the part the Debtor disputes, with the interest on it and the fixed-sum compensation, or the part of it, that depends on it (not acknowledged)
    [interest] Less the part the Debtor disputes, with the interest on it (not acknowledged)
   *[other] Less the part the Debtor disputes (not acknowledged)
}
s1-4-dispute = **1.{ $number }** The Debtor's complaint of { $date } about { $disputed }{ $amount ->
    [none] {""}
   *[other] {" "}({ $amount })
} is not settled by this agreement, and the Debtor acknowledges nothing about it: the Creditor will answer it in writing, and this agreement does not affect it.
s2 = 2. Instalments
s2-1 = **2.1** The Debtor shall pay the Debt in monthly instalments, as follows:
col-no = No.
col-due = Due date
s2-2 = **2.2** Each instalment must be received in the Creditor's account by its due date. The Debtor may pay any instalment early, or pay off the whole outstanding balance at any time, without penalty.
s2-3 = **2.3** As long as the Debtor pays the instalments in accordance with this agreement, the Creditor will not charge interest, fees or any other charges on the Debt for the period after the date of this agreement, and will not start court proceedings to recover it. When the last instalment has been paid, the Creditor waives that interest and those charges.
s2-4-credit = { $exempt ->
    [true] **2.4** No interest or other charge is payable for the time given to pay, and the Debt is repayable in no more than 12 payments within 12 months of the date of this agreement, so this agreement is an exempt agreement under article 60F(2) of the Financial Services and Markets Act 2000 (Regulated Activities) Order 2001 and is not regulated by the Consumer Credit Act 1974.
   *[other] **2.4** Warning: this schedule has more than 12 payments or runs beyond 12 months from the date of this agreement, so it is outside the exemption in article 60F(2) of the Financial Services and Markets Act 2000 (Regulated Activities) Order 2001 and may be a credit agreement regulated by the Consumer Credit Act 1974. Do not sign it before taking advice; use at most 12 instalments within 12 months.
}
s3 = 3. How to pay
s3-1 = { $account ->
    [none] **3.1** The Debtor shall pay by bank transfer to the account the Creditor notifies in writing, account holder { $holder }, quoting the reference { $reference }. A payment is made when it is credited to that account. Payments are applied to the instalments in the order of their due dates.
   *[other] { $bank ->
        [none] **3.1** The Debtor shall pay by bank transfer to the Creditor's account { $account }, account holder { $holder }, quoting the reference { $reference }. A payment is made when it is credited to that account. Payments are applied to the instalments in the order of their due dates.
       *[other] **3.1** The Debtor shall pay by bank transfer to the Creditor's account { $account } at { $bank }, account holder { $holder }, quoting the reference { $reference }. A payment is made when it is credited to that account. Payments are applied to the instalments in the order of their due dates.
    }
}
s4 = 4. Missed instalment
s4-1-notice = **4.1** If an instalment is not received in full within { $grace } days after its due date, the Creditor may give the Debtor written notice of the arrears. If the arrears are not paid within 14 days after the notice is given, the whole remaining balance of the Debt becomes due and payable, and clause 2.3 ceases to apply.
s4-1-business = **4.1** If an instalment is not received in full within { $grace } days after its due date, the whole remaining balance of the Debt becomes due and payable at once, without further notice, and clause 2.3 ceases to apply.
s4-2-s69 = **4.2** The Creditor may then ask the court to award interest on the unpaid balance under section 69 of the County Courts Act 1984, which the court may award at its discretion.
s4-2-interest = { $basis ->
    [lpcda_1998] **4.2** Statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 then runs again on the unpaid part of the principal from the day after the due date of the missed instalment until payment.
   *[other] **4.2** Contractual interest at the rate agreed in the Contract then runs again on the unpaid part of the principal from the day after the due date of the missed instalment until payment.
}
s4-2-none = **4.2** No interest is added to the unpaid balance.
s4-3-protocol = **4.3** The Creditor may then start court proceedings to recover the remaining balance, after following the Pre-Action Protocol for Debt Claims where it applies.
s4-3-business = **4.3** The Creditor may then start court proceedings to recover the remaining balance, interest and costs.
s4-4 = **4.4** Payments already made remain credited against the Debt.
s5 = 5. No waiver
s5-1 = **5.1** No delay or indulgence by the Creditor in enforcing this agreement, and no acceptance of a late or partial payment, waives any of the Creditor's rights. This agreement does not replace the Contract or create a new debt: the Contract remains in force, varied only as to the time for payment of the Debt.
s5-2-consumer = **5.2** The Debtor is a consumer. If the Debtor's circumstances change and an instalment cannot be paid, the Debtor should tell the Creditor as soon as possible; free debt advice is available, for example from National Debtline (nationaldebtline.org), StepChange Debt Charity (stepchange.org) and Citizens Advice (citizensadvice.org.uk).
s6 = 6. Governing law, changes and counterparts
s6-1 = **6.1** This agreement is governed by the law of England and Wales, and the courts of England and Wales have jurisdiction over any dispute arising out of or in connection with it.
s6-2 = **6.2** Any change to this agreement must be made in writing and signed by both parties.
s6-3 = **6.3** This agreement may be signed in any number of counterparts, each of which is an original and all of which together are one agreement. A signed copy sent by e-mail as a PDF counts as a signed counterpart.
for-creditor = For the Creditor:
for-debtor = For the Debtor:
signature-line = Signature: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
date-line = Date: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
