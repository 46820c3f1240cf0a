## Polish law: names and phrases shared by the documents of the Polish jurisdiction (English).

-kc = the Polish Civil Code (Kodeks cywilny)
-kpc = the Polish Code of Civil Procedure (Kodeks postępowania cywilnego)
-act-2013 = the Act of 8 March 2013 on Counteracting Excessive Delays in Commercial Transactions (ustawa o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych)

contract-ref = { $number ->
    [none] the contract of { $date } ({ $subject })
   *[other] contract No. { $number } of { $date } ({ $subject })
}
payment-details = { $bank ->
    [none] Payment details: account { $account }, account holder { $holder }, transfer title: { $title }.
   *[other] Payment details: account { $account } at { $bank }, account holder { $holder }, transfer title: { $title }.
}
contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}(tel. { $phone })
    }
   *[other] { $phone ->
        [none] {" "}(e-mail: { $email })
       *[other] {" "}(e-mail: { $email }, tel. { $phone })
    }
}
sent-by = { $sent_kind ->
    [email] by e-mail
    [letter] by post
    [registered_letter] by registered post
    [courier] by courier
    [hand] by hand
    [e_delivery] to the electronic delivery address
    [ksef] through the National e-Invoice System (KSeF)
    [portal] through the portal
   *[other] {""}
}
payment-item = { $amount } on { $date }
reminder-item = { $how ->
    [none] { $date }
   *[other] { $date } ({ $how })
}
interest-basis = { $basis_kind ->
    [odsetki_w_transakcjach_handlowych] statutory interest for delay in commercial transactions (art. 7(1) with art. 4 point 3 of { -act-2013 })
    [odsetki_ustawowe_za_opoznienie] statutory interest for delay (art. 481 §1 and §2 of { -kc })
    [contractual] contractual interest for delay at { $rate } a year, not above the maximum interest for delay (art. 481 §1 and §2¹ of { -kc })
   *[other] interest
}
interest-with = { $basis_kind ->
    [odsetki_w_transakcjach_handlowych] statutory interest for delay in commercial transactions
    [odsetki_ustawowe_za_opoznienie] statutory interest for delay
    [contractual] contractual interest for delay at { $rate } a year, not above the maximum interest for delay
   *[other] interest
}
interest-capped = For part of the period the contractual rate exceeds the maximum interest for delay (twice the statutory interest for delay, art. 481 §2¹ of { -kc }); for that period the maximum interest has been charged (art. 481 §2² of { -kc }).
compensation-item = invoice { $invoice }: the value of the money performance, { $value }, { $low ->
    [none] does not exceed { $high }
   *[other] { $high ->
        [none] is { $low } or more
       *[other] is more than { $low } and less than { $high }
    }
}, so the compensation is { $eur }; the payment fell due on { $due }, and the average EUR rate published by the National Bank of Poland (NBP) on the last business day of the previous month ({ $rate_date }, table No. { $table }) was PLN { $rate }; the compensation is therefore { $amount }.
sole-trader-name = { $name }, sole trader trading as { $trading }
letter-date = { $city ->
    [none] { $date }
   *[other] { $city }, { $date }
}
ref-line = Our ref.: { $case }{ $contract ->
    [none] {""}
   *[other] ; contract No. { $contract } of { $contract_date }
}{ $invoices ->
    [none] {""}
   *[other] { $invoice_count ->
        [1] ; invoice: { $invoices }
       *[other] ; invoices: { $invoices }
    }
}
