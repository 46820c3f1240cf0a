## England and Wales: shared names and phrases (pl).

contract-ref = { $number ->
    [none] łączącej nas umowy z dnia { $date } ({ $subject })
   *[other] łączącej nas umowy nr { $number } z dnia { $date } ({ $subject })
}
payment-item = { $amount } w dniu { $date }
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
uk-label-compensation = Zryczałtowane odszkodowanie (LPCDA 1998, sekcja 5A)
uk-label-due-now = Kwota wymagalna obecnie
uk-label-s69-interest = Odsetki, które sąd może zasądzić (County Courts Act 1984, sekcja 69), jeszcze niewymagalne
uk-label-with-s69 = Razem, jeżeli sąd zasądzi te odsetki
sent-by = { $how ->
    [email] Pocztą elektroniczną
    [registered_letter] Przesyłką za potwierdzeniem odbioru (recorded delivery)
    [courier] Przez kuriera
    [hand] Doręczenie osobiste
    [e_delivery] Doręczenie elektroniczne
   *[other] Pocztą
}{ $attention ->
    [none] {""}
   *[other] ; do rąk { $attention }
}
for-attention = Do rąk { $attention }
# Przedsiębiorca jednoosobowy: imię i nazwisko, potem nazwa firmy.
trading-as = { $name }, prowadzący działalność pod nazwą { $trading }
uk-role = { $role ->
    [ceo] Prezes
    [director] Dyrektor (Director)
    [board_member] Członek zarządu
    [president] Prezes
    [owner] Właściciel
    [proxy] Pełnomocnik
    [manager] Kierownik
   *[partner] Wspólnik
}
uk-bank = { $kind ->
    [uk] o numerze rozliczeniowym (sort code) { $sort_code } i numerze rachunku { $account }{ $bank ->
        [none] {""}
       *[other] {" "}w { $bank }
    }
    [iban] IBAN { $account }{ $bic ->
        [none] {""}
       *[other] {" "}(BIC { $bic })
    }{ $bank ->
        [none] {""}
       *[other] {" "}w { $bank }
    }
   *[text] { $account }{ $bank ->
        [none] {""}
       *[other] {" "}w { $bank }
    }
}
# Dokument odbioru zapisany w sprawie (invoices[].acceptance), jako dowód.
dispute-evidence-item = { $description ->
    [none] { $kind ->
        [acceptance_protocol] podpisany protokół odbioru
        [act] protokół zakończenia prac
        [delivery_note] dowód dostawy
        [timesheet] zestawienie godzin pracy
       *[other] dokument odbioru
    }
   *[other] { $description }
}{ $date ->
    [none] {""}
   *[other] {" "}z dnia { $date }
}
uk-registered = Spółka zarejestrowana w { $place }, numer spółki { $number }. Siedziba statutowa (registered office): { $office }.
