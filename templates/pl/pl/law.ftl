## Prawo polskie: nazwy i zwroty wspólne dla dokumentów polskiej jurysdykcji (po polsku).
## Po każdej dacie "r.".

-kc = Kodeksu cywilnego
-kpc = Kodeksu postępowania cywilnego
-act-2013 = ustawy z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych

contract-ref = { $number ->
    [none] umowy z dnia { $date } r. ({ $subject })
   *[other] umowy nr { $number } z dnia { $date } r. ({ $subject })
}
payment-details = { $bank ->
    [none] Dane do przelewu: rachunek nr { $account }, odbiorca: { $holder }, tytuł przelewu: { $title }.
   *[other] Dane do przelewu: rachunek nr { $account } ({ $bank }), odbiorca: { $holder }, tytuł przelewu: { $title }.
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
    [email] pocztą elektroniczną
    [letter] listem zwykłym
    [registered_letter] listem poleconym
    [courier] przesyłką kurierską
    [hand] do rąk własnych
    [e_delivery] na adres do doręczeń elektronicznych
    [ksef] w Krajowym Systemie e-Faktur
    [portal] przez portal
   *[other] {""}
}
payment-item = { $amount } w dniu { $date } r.
interest-basis = { $basis_kind ->
    [odsetki_w_transakcjach_handlowych] odsetki ustawowe za opóźnienie w transakcjach handlowych (art. 7 ust. 1 w zw. z art. 4 pkt 3 { -act-2013 })
    [odsetki_ustawowe_za_opoznienie] odsetki ustawowe za opóźnienie (art. 481 § 1 i 2 { -kc })
    [contractual] odsetki umowne za opóźnienie w wysokości { $rate } w stosunku rocznym, nie wyższe niż odsetki maksymalne za opóźnienie (art. 481 § 1 i § 2¹ { -kc })
   *[other] odsetki
}
interest-capped = Stopa odsetek umownych przewyższa w części okresu odsetki maksymalne za opóźnienie (dwukrotność odsetek ustawowych za opóźnienie, art. 481 § 2¹ { -kc }); za ten okres naliczono odsetki maksymalne (art. 481 § 2² { -kc }).
compensation-item = faktura nr { $invoice }: wartość świadczenia { $value } { $low ->
    [none] nie przekracza { $high }
   *[other] { $high ->
        [none] jest równa lub wyższa niż { $low }
       *[other] jest wyższa niż { $low } i niższa niż { $high }
    }
}, więc rekompensata wynosi { $eur }; świadczenie stało się wymagalne w dniu { $due } r., a średni kurs euro ogłoszony przez NBP ostatniego dnia roboczego poprzedniego miesiąca ({ $rate_date } r., tabela nr { $table }) wynosił { $rate } zł; rekompensata wynosi zatem { $amount }.
sole-trader-name = { $gender ->
    [female] { $name }, prowadząca działalność gospodarczą pod firmą { $trading }
    [male] { $name }, prowadzący działalność gospodarczą pod firmą { $trading }
   *[other] { $name }, przedsiębiorca prowadzący działalność gospodarczą pod firmą { $trading }
}
letter-date = { $city ->
    [none] { $date } r.
   *[other] { $city }, { $date } r.
}
ref-line = Nasz znak: { $case }{ $contract ->
    [none] {""}
   *[other] ; umowa nr { $contract } z dnia { $contract_date } r.
}{ $invoices ->
    [none] {""}
   *[other] { $invoice_count ->
        [1] ; faktura: { $invoices }
       *[other] ; faktury: { $invoices }
    }
}
reminder-item = { $how ->
    [none] { $date } r.
   *[other] { $date } r. ({ $how })
}
interest-with = { $basis_kind ->
    [odsetki_w_transakcjach_handlowych] odsetkami ustawowymi za opóźnienie w transakcjach handlowych
    [odsetki_ustawowe_za_opoznienie] odsetkami ustawowymi za opóźnienie
    [contractual] odsetkami umownymi za opóźnienie w wysokości { $rate } w stosunku rocznym, nie wyższymi niż odsetki maksymalne za opóźnienie
   *[other] odsetkami
}
