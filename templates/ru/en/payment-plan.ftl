## Payment plan agreement, Russian Federation: English wording.

title = Agreement to pay a debt in instalments
heading = Agreement to pay a debt in instalments
to-contract = to { $contract }
address-bit = address: { $address }
in-person-blank = represented by ______________________, acting under ______________________
person-birth-bit = date and place of birth: { $date }{ $place ->
    [none] {""}
   *[other] , { $place }
}
person-inn-bit = INN { $value }
person-passport-bit = passport: series ________ No. ____________
parties = { $creditor } (the "Creditor") and { $debtor } (the "Debtor"), together the "Parties", have concluded this agreement (the "Agreement") as follows.
s1 = 1. Acknowledgement of the debt
ack = The Debtor acknowledges that as at { $date } it owes the Creditor under { $contract } (the "Contract"; subject of the Contract: "{ $subject }") **{ $total }** ({ $words }), made up of:
part-principal = principal — { $amount }{ $end_form ->
    [true] .
   *[other] ;
}
part-interest = { $basis_kind ->
    [gk_395] interest for the use of another's money (Civil Code of the Russian Federation, Article 395)
    [penalty_per_day] contractual penalty (peni)
   *[other] contractual interest for late payment
} — { $amount }{ $end_form ->
    [true] .
   *[other] ;
}
part-fees = contractual fine — { $amount }.
not-disputed = The Debtor confirms that it does not dispute the grounds or the amount of the debt.
ack-effect = Signature of this Agreement by a person authorised to act for the Debtor is an act acknowledging the debt in that amount: the limitation period is interrupted and starts to run again (Civil Code, Article 203; Resolution of the Plenum of the Supreme Court No. 43 of 29 September 2015, points 20 and 22).
ack-authority-note = *Fill in who signs the Agreement for the Debtor and on what authority: an acknowledgement by a person without authority to act for the Debtor does not interrupt limitation (Resolution of the Plenum of the Supreme Court No. 43 of 29 September 2015, point 22).*
s2 = 2. Payment schedule
schedule-intro = The Debtor undertakes to pay the debt stated in clause 1.1 in instalments according to the following schedule:
col-no = No.
col-due = Due (at the latest)
schedule-total = The instalments add up to { $total } ({ $words }), equal to the debt stated in clause 1.1.
early = The Debtor may pay early in full or in part; early payments count towards the next instalments.
no-interest = While the Debtor keeps to the schedule, the Creditor charges no { $basis_kind ->
    [penalty_per_day] penalty
   *[other] interest
}{ $fees ->
    [true] {" "}or fines
   *[other] {""}
} on the debt for the instalment period and does not go to court to recover it.
s3 = 3. Payment
pay-to = Payments are made to { $account ->
    [none] the Creditor's settlement account stated in the Contract
   *[other] the Creditor's settlement account No. { $account }{ $bank ->
        [none] {""}
       *[other] {" "}at { $bank }
    }{ $bik ->
        [none] {""}
       *[other] , BIC (BIK) { $bik }
    }{ $corr ->
        [none] {""}
       *[other] , correspondent account { $corr }
    }
}. The payment reference reads: "Repayment of the debt under the agreement of { $date } to { $contract }".
paid-when = A payment is made on the day the money is credited to the Creditor's account.
roll = If the last day for a payment is a non-working day, the period ends on the next working day (Civil Code, Article 193).
s4 = 4. Acceleration
accel = If any instalment is not received in full within { $days } calendar { $count ->
    [one] day
   *[other] days
} after its due date, the instalment arrangement ends and the whole remaining debt falls due at once; clause 2.4 no longer applies from then.
accel-interest = In that case { $basis_kind ->
    [gk_395] interest under Article 395 of the Civil Code at the Bank of Russia key rate{ $rate ->
       *[other] {""}
    }
    [penalty_per_day] the contractual penalty of { $rate } for each day of delay
   *[other] interest at the contractual rate of { $rate } a year
} accrues on the remaining principal from the day after the missed instalment was due until the day of actual payment.
## Clause 4.3 names what accrues on late payment: a penalty case claims неустойка, not проценты (third review, Minor 2).
accel-late = { $basis_kind ->
    [penalty_per_day] the contractual penalty (peni)
   *[other] interest
}
accel-court = { $court ->
    [arbitration] On acceleration the Creditor may bring a claim before the arbitral tribunal under the Parties' arbitration agreement for the whole remaining debt, { $late } and costs; the Parties accept that the pre-trial procedure for the debt stated in clause 1.1 has been complied with.
    [arbitrazh] On acceleration the Creditor may go to court for the whole remaining debt, { $late } and court costs without a further pre-trial claim: the Parties accept that the pre-trial procedure for the debt stated in clause 1.1 has been complied with (Arbitrazh Procedure Code, Article 4(5)).
   *[other] On acceleration the Creditor may go to court for the whole remaining debt, { $late } and court costs without a further pre-trial claim: the Parties accept that the pre-trial procedure for the debt stated in clause 1.1 has been complied with.
} Payments made until then count towards the debt.
s5 = 5. Governing law and disputes
law = The Agreement is governed by the law of the Russian Federation.
disputes = Disputes about the Agreement are resolved as provided in the Contract{ $venue ->
    [none] .
   *[other] {" "}({ $venue }).
}
s6 = 6. Final provisions
in-force = The Agreement takes effect when signed by both Parties and remains in force until the Debtor has performed it in full.
no-novation = The Agreement changes only the time for payment and is not a novation (Civil Code, Article 414); otherwise the Contract continues to govern the Parties' relations.
no-waiver = Granting time or accepting a late or partial payment does not waive any of the Creditor's rights under the Agreement or the Contract.
copies = The Agreement is made in two copies of equal force, one for each Party.
signatures = Signatures of the Parties
sig-role = { $role_kind ->
    [creditor] Creditor
   *[other] Debtor
}
