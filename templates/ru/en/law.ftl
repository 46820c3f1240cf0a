## Russian Federation: wording shared by every document (English).

ru-invoice-no = No. { $invoice }
ru-label-to-interest = To interest
ru-label-to-penalty = To penalty
ru-label-rate = { $per_day ->
    [true] Rate, % per day
   *[other] Rate, % a year
}
ru-label-interest = { $basis_kind ->
    [gk_395] Interest (Civil Code art. 395)
    [penalty_per_day] Contractual penalty (peni)
   *[other] Interest
}
ru-label-fees = Contractual fine (penalty)
ru-label-daily = { $basis_kind ->
    [penalty_per_day] Penalty for each further day
   *[other] Interest for each further day
}
ru-moratorium-note = \* 0%: the moratorium on bankruptcy filings introduced by Resolution of the Government of the Russian Federation No. 497 of 28 March 2022 (1 April 2022 to 1 October 2022): on obligations that arose before it, neither interest under Article 395 of the Civil Code nor a contractual penalty accrues for that period (Federal Law "On Insolvency (Bankruptcy)", Article 9.1(3) and Article 63(1), paragraph 10; Resolution of the Plenum of the Supreme Court No. 44 of 24 December 2020, point 7).
ru-per-day-note = The penalty is computed for each day of delay: debt × daily penalty rate × number of days.
ru-day-basis-note = Interest is computed on the actual number of days in the year (365 or 366).

ru-requisites-heading = Payment details:
ru-req-payee = Payee: { $payee }
ru-req-account = Settlement account: { $account }
ru-req-bank = Bank: { $bank }
ru-req-bik = BIC (BIK): { $bik }
ru-req-corr = Correspondent account: { $corr }
ru-req-purpose = Payment reference: "Payment of { $count ->
    [one] invoice
   *[other] invoices
} No. { $invoices } under { $contract ->
    [none] the contract of { $contract_date }
   *[other] contract No. { $contract } of { $contract_date }
}"

ru-sign-line = { $role ->
    [ceo] General Director
    [director] Director
    [manager] Managing Director
    [president] President
    [board_member] Member of the Management Board
    [owner] Sole trader
    [partner] Partner
    [proxy] Attorney under a power of attorney
   *[other] { $position ->
        [none] Representative
       *[other] { $position }
    }
} { $name }

ru-contract-ref = { $number ->
    [none] the contract of { $date }
   *[other] contract No. { $number } of { $date }
}

ru-primary-item = { $kind ->
    [upd] universal transfer document (UPD)
    [torg12] consignment note (TORG-12)
    [act] certificate of completion (akt)
    [acceptance_protocol] acceptance certificate
    [delivery_note] delivery note
    [timesheet] timesheet
   *[other] document
}{ $number ->
    [none] {""}
   *[other] {" "}No. { $number }
}{ $date ->
    [none] {""}
   *[other] {" "}of { $date }
}{ $description ->
    [none] {""}
   *[other] {" "}({ $description })
}

ru-in-person-of = represented by { $role ->
    [ceo] its General Director { $name }
    [director] its Director { $name }
    [manager] its Managing Director { $name }
    [president] its President { $name }
    [proxy] its attorney { $name }
   *[other] { $position ->
        [none] its representative { $name }
       *[other] { $name } ({ $position })
    }
}{ $basis ->
    [charter] , acting under the company's charter
    [power_of_attorney] , acting under power of attorney{ $poa ->
        [none] {""}
       *[other] {" "}No. { $poa }
    }{ $poa_date ->
        [none] {""}
       *[other] {" "}of { $poa_date }
    }
    [other] , acting under: { $basis_text }
   *[none] {""}
}{ $gender ->
   *[other] {""}
}

ru-sent-by = { $how ->
    [registered_letter] by registered letter
    [letter] by post
    [email] by e-mail
    [courier] by courier
    [hand] by hand
    [e_delivery] by electronic delivery
    [edo] through the electronic document exchange system
   *[other] {""}
}{ $number ->
    [none] {""}
   *[other] {" "}(postal tracking number (ShPI) { $number })
}{ $address ->
    [none] {""}
   *[other] {" "}to the address { $address }
}{ $proof ->
   *[other] {""}
}

ru-allocation = The payments received were applied to the principal: under the Contract there are neither creditor's costs of obtaining performance nor interest that is the price of using money, which Article 319 of the Civil Code would settle before the principal, and interest under Article 395 of the Civil Code{ $penalty ->
    [true] {" "}and contractual penalties are
   *[other] {" "}is
} settled after the principal (Resolution of the Plenum of the Supreme Court of the Russian Federation No. 7 of 24 March 2016, point 37).

ru-interest-395 = From the day after the last day for payment, interest for the use of another's money accrues on the debt at the Bank of Russia key rate in force in each period (Civil Code of the Russian Federation, Article 395(1)) until the day the debt is actually paid (Article 395(3); Resolution of the Plenum of the Supreme Court No. 7 of 24 March 2016, point 48).
ru-interest-penalty = The Contract provides for a penalty (peni) of { $rate } of the overdue amount for each day of delay (Civil Code, Article 330); it accrues from the day after the last day for payment until the day of actual payment. Because the Contract provides for a penalty, no interest under Article 395 of the Civil Code accrues for the same period (Article 395(4); Resolution of the Plenum of the Supreme Court No. 7 of 24 March 2016, point 42).
ru-interest-contractual = From the day after the last day for payment until the day of actual payment, interest accrues on the debt at the rate of { $rate } a year set by the Contract (Civil Code, Article 395(1)).
ru-fee-330 = The fine for late payment is charged under the Contract (Civil Code, Article 330).
ru-no-333 = { $debtor_kind ->
    [business] There are no grounds to reduce the penalty under Article 333 of the Civil Code: its amount was agreed by the parties when they concluded the Contract (Article 421), and a penalty owed by a person carrying on business may be reduced only in exceptional cases, on the debtor's application, if it proves that the penalty is clearly disproportionate to the consequences of the breach and would give the creditor an unjustified benefit (Article 333(1) and (2); Resolution of the Plenum of the Supreme Court No. 7 of 24 March 2016, points 73-75).
   *[other] There are no grounds to reduce the penalty under Article 333 of the Civil Code: its amount was agreed when the Contract was concluded and is proportionate to the consequences of the breach; the burden of proving disproportion lies on the debtor (Article 333(1); Resolution of the Plenum of the Supreme Court No. 7 of 24 March 2016, points 73-75).
}
ru-edition = { $edition ->
    [fz667] {" "}as amended by Federal Law No. 667-FZ of 25 December 2023
   *[other] {""}
}
ru-to-org = { $org }{ $role ->
   *[other] {""}
}{ $position ->
   *[other] {""}
}
ru-to-person = { $person_form ->
    [representative] For the attention of { $name }, { $role ->
        [ceo] General Director
        [director] Director
        [manager] Managing Director
        [president] President
        [board_member] Member of the Management Board
        [proxy] Attorney under a power of attorney
       *[other] { $position ->
            [none] Representative
           *[other] { $position }
        }
    }
   *[other] { $name }
}
ru-ref-line = Our ref. No. { $number } of { $date }

ru-contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}by telephone on { $phone }
    }
   *[other] { $phone ->
        [none] {" "}by e-mail at { $email }
       *[other] {" "}by e-mail at { $email } or by telephone on { $phone }
    }
}

label-address-line = Address: { $address }

ru-rep-line = { $role ->
    [ceo] General Director
    [director] Director
    [manager] Managing Director
    [president] President
    [proxy] Attorney
   *[other] { $position ->
        [none] Representative
       *[other] { $position }
    }
} { $name }{ $basis ->
    [charter] , acting under the charter
    [power_of_attorney] , acting under power of attorney{ $poa ->
        [none] {""}
       *[other] {" "}No. { $poa }
    }{ $poa_date ->
        [none] {""}
       *[other] {" "}of { $poa_date }
    }
    [other] , acting under: { $basis_text }
   *[none] {""}
}{ $gender ->
   *[other] {""}
}
