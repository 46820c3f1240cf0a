## Instalment agreement, Polish law: English wording.

title = Agreement on payment of the debt by instalments
heading = Agreement on payment of the debt by instalments
made-on = made on { $date } between the Creditor and the Debtor, namely:
represented-by = { $role ->
    [none] represented by: { $name }
   *[other] represented by: { $name } ({ $role })
}
called = { $role_kind ->
    [creditor] the "Creditor"
   *[other] the "Debtor"
}
together = together the "Parties".
h-acknowledgement = § 1. Acknowledgement of debt
acknowledgement = The Debtor acknowledges its debt to the Creditor under { $contract } and the invoices issued under it, and declares that as at { $as_of } it owes the Creditor **{ $total }** (in words: { $words }).
composition-intro = The amount in paragraph 1 consists of:
part-principal = principal: { $amount }
part-interest = interest accrued to { $as_of }: { $amount }
part-compensation = compensation for recovery costs (art. 10(1) of { -act-2013 }): { $amount }
list-sep = ;
list-end = .
no-defences = The Debtor declares that it has no defences against the Creditor and no claims it could set off against the amount in paragraph 1.
limitation = The acknowledgement interrupts the limitation period of the Creditor's claims covered by this agreement; the period starts again on the day of this agreement (art. 123 §1 point 2 and art. 124 §1 of { -kc }).
h-schedule = § 2. Schedule
schedule-intro = The Creditor agrees that the amount in § 1(1) may be paid in instalments, on the dates and in the amounts in the schedule:
label-instalment = Instalment
schedule-sum = The instalments add up to the total debt, { $total } (in words: { $words }).
early-payment = The Debtor may pay the debt or part of it early; an early payment counts towards the next instalments.
standstill = As long as the Debtor pays the instalments as agreed, the Creditor charges no interest on the amount covered by this agreement for the period after { $as_of }, does not bring court proceedings against the Debtor and does not report the debt to a credit information bureau; on timely payment of the last instalment it waives that interest.
h-payment = § 3. Payment
pay-to = Instalments are paid by bank transfer to the Creditor's account{ $account ->
    [none] {""}
   *[other] { $bank ->
        [none] {" "}No. { $account }
       *[other] {" "}No. { $account } ({ $bank })
    }
}, with the transfer title "{ $title } – instalment No. …".
payment-day = The day of payment is the day the Creditor's bank account is credited.
oldest-first = Payments go first to the instalment that fell due earliest.
h-acceleration = § 4. Acceleration
acceleration = If the Debtor is more than { $days } days late with any instalment, the Creditor may, by written notice to the Debtor, declare the whole unpaid balance immediately due on the day the notice is delivered.
acceleration-effect = In that case § 2(4) ceases to apply, and the Creditor may claim the whole unpaid amount with interest on the unpaid principal: on the part falling in the unpaid instalment from the day after that instalment was due, and on the rest from the day after the notice under para. 1 is delivered, until payment; this is { $basis }.
paid-stays = Payments already made remain credited against the debt.
h-final = § 5. Final provisions
final-law = This agreement is governed by Polish law.{ $forum_kind ->
    [creditor_seat] { $creditor_form ->
        [sole_trader] {" "}Disputes under it are decided by the common court with local jurisdiction for the place where the Creditor carries on business (art. 46 §1 of { -kpc }).
       *[other] {" "}Disputes under it are decided by the common court with local jurisdiction for the Creditor's seat (art. 46 §1 of { -kpc }).
    }
    [mediation] {" "}The contract's mediation clause applies to disputes under it.
   *[other] {""}
}
no-novation = Matters not governed by this agreement are subject to the contract{ $number ->
    [none] {""}
   *[other] {" "}No. { $number }
}; this agreement is not a novation.
form = Amendments to this agreement must be made in writing to be valid.
copies = This agreement is made in two identical copies, one for each Party.
signs-for = { $role_kind ->
    [creditor] For the Creditor:
   *[other] For the Debtor:
}
name-role-line = name and position: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
krs-representation = { $krs ->
    [none] signed as its representation recorded in the register requires
   *[other] signed as its representation recorded in the KRS (No. { $krs }) requires
}
note-krs = **Note (not part of the agreement).** An acknowledgement of debt on behalf of a company binds it only if signed by the persons entitled to represent it under its current KRS extract (in a limited liability company, the management board members as its articles provide, art. 205 §1 of the Commercial Companies Code) or by an attorney under a power of attorney. Check the KRS extract before signing; where two persons must act together, both sign.
