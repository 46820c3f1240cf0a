## Federacja Rosyjska: sformułowania wspólne dla wszystkich dokumentów (polski).

ru-invoice-no = nr { $invoice }
ru-label-to-interest = Na odsetki
ru-label-to-penalty = Na karę umowną
ru-label-rate = { $per_day ->
    [true] Stawka, % dziennie
   *[other] Stawka, % rocznie
}
ru-label-interest = { $basis_kind ->
    [gk_395] Odsetki (art. 395 KC FR)
    [penalty_per_day] Kara umowna (peni)
   *[other] Odsetki
}
ru-label-fees = Kara umowna (grzywna umowna)
ru-label-daily = { $basis_kind ->
    [penalty_per_day] Kara za każdy kolejny dzień
   *[other] Odsetki za każdy kolejny dzień
}
ru-moratorium-note = \* 0%: okres moratorium na wszczynanie postępowań upadłościowych wprowadzonego uchwałą Rządu Federacji Rosyjskiej nr 497 z 28.03.2022 (od 01.04.2022 do 01.10.2022): od zobowiązań powstałych przed jego wprowadzeniem w tym okresie nie nalicza się ani odsetek z art. 395 Kodeksu cywilnego FR, ani kary umownej (art. 9.1 ust. 3 i art. 63 ust. 1 akapit dziesiąty ustawy federalnej „O niewypłacalności (upadłości)”; pkt 7 uchwały Plenum Sądu Najwyższego FR nr 44 z 24.12.2020).
ru-per-day-note = Kara umowna jest liczona za każdy dzień opóźnienia: dług × stawka dzienna × liczba dni.
ru-day-basis-note = Odsetki liczone według rzeczywistej liczby dni w roku (365 lub 366).

ru-requisites-heading = Dane do przelewu:
ru-req-payee = Odbiorca: { $payee }
ru-req-account = Rachunek rozliczeniowy: { $account }
ru-req-bank = Bank: { $bank }
ru-req-bik = BIK: { $bik }
ru-req-corr = Rachunek korespondencyjny: { $corr }
ru-req-purpose = Tytuł przelewu: „Zapłata { $count ->
    [one] faktury
   *[other] faktur
} nr { $invoices } na podstawie { $contract ->
    [none] umowy z dnia { $contract_date }
   *[other] umowy nr { $contract } z dnia { $contract_date }
}”

ru-sign-line = { $role ->
    [ceo] Dyrektor generalny
    [director] Dyrektor
    [manager] Zarządzający
    [president] Prezes
    [board_member] Członek zarządu
    [owner] Przedsiębiorca
    [partner] Wspólnik
    [proxy] Pełnomocnik
   *[other] { $position ->
        [none] Przedstawiciel
       *[other] { $position }
    }
} { $name }

ru-contract-ref = { $case ->
    [gen] { $number ->
        [none] umowy z dnia { $date }
       *[other] umowy nr { $number } z dnia { $date }
    }
    [dat] { $number ->
        [none] umowy z dnia { $date }
       *[other] umowy nr { $number } z dnia { $date }
    }
   *[other] { $number ->
        [none] umowę z dnia { $date }
       *[other] umowę nr { $number } z dnia { $date }
    }
}

ru-primary-item = { $kind ->
    [upd] uniwersalny dokument przekazania (UPD)
    [torg12] list przewozowy (TORG-12)
    [act] protokół wykonania (akt)
    [acceptance_protocol] protokół odbioru
    [delivery_note] dowód dostawy
    [timesheet] ewidencja czasu pracy
   *[other] dokument
}{ $number ->
    [none] {""}
   *[other] {" "}nr { $number }
}{ $date ->
    [none] {""}
   *[other] {" "}z dnia { $date }
}{ $description ->
    [none] {""}
   *[other] {" "}({ $description })
}

ru-in-person-of = reprezentowana przez { $role ->
    [ceo] dyrektora generalnego { $name }
    [director] dyrektora { $name }
    [manager] zarządzającego { $name }
    [president] prezesa { $name }
    [proxy] pełnomocnika { $name }
   *[other] { $position ->
        [none] przedstawiciela { $name }
       *[other] { $name } ({ $position })
    }
}{ $basis ->
    [charter] , { $gender ->
        [female] działającą
       *[other] działającego
    } na podstawie statutu (umowy spółki)
    [power_of_attorney] , { $gender ->
        [female] działającą
       *[other] działającego
    } na podstawie pełnomocnictwa{ $poa ->
        [none] {""}
       *[other] {" "}nr { $poa }
    }{ $poa_date ->
        [none] {""}
       *[other] {" "}z dnia { $poa_date }
    }
    [other] , { $gender ->
        [female] działającą
       *[other] działającego
    } na podstawie: { $basis_text }
   *[none] {""}
}

ru-rep-line = { $role ->
    [ceo] Dyrektor generalny
    [director] Dyrektor
    [manager] Zarządzający
    [president] Prezes
    [proxy] Pełnomocnik
   *[other] { $position ->
        [none] Przedstawiciel
       *[other] { $position }
    }
} { $name }{ $basis ->
    [charter] , działa na podstawie statutu (umowy spółki)
    [power_of_attorney] , działa na podstawie pełnomocnictwa{ $poa ->
        [none] {""}
       *[other] {" "}nr { $poa }
    }{ $poa_date ->
        [none] {""}
       *[other] {" "}z dnia { $poa_date }
    }
    [other] , działa na podstawie: { $basis_text }
   *[none] {""}
}{ $gender ->
   *[other] {""}
}

ru-sent-by = { $how ->
    [registered_letter] listem poleconym
    [letter] pocztą
    [email] pocztą elektroniczną
    [courier] przesyłką kurierską
    [hand] przez posłańca
    [e_delivery] za pośrednictwem doręczenia elektronicznego
    [edo] za pośrednictwem systemu elektronicznego obiegu dokumentów
   *[other] {""}
}{ $number ->
    [none] {""}
   *[other] {" "}(numer nadania (ШПИ) { $number })
}{ $address ->
    [none] {""}
   *[other] {" "}na adres: { $address }
}{ $proof ->
   *[other] {""}
}

ru-allocation = Otrzymane wpłaty zaliczono na należność główną: umowa nie przewiduje ani kosztów wierzyciela związanych z uzyskaniem świadczenia, ani odsetek stanowiących cenę korzystania z pieniędzy, które według art. 319 Kodeksu cywilnego FR pokrywa się przed należnością główną, a odsetki z art. 395 Kodeksu cywilnego FR{ $penalty ->
    [true] {" "}i kary umowne pokrywa się
   *[other] {" "}pokrywa się
} po należności głównej (pkt 37 uchwały Plenum Sądu Najwyższego FR nr 7 z 24.03.2016).

ru-interest-395 = Od dnia następującego po ostatnim dniu terminu płatności od długu należą się odsetki za korzystanie z cudzych środków pieniężnych w wysokości stopy kluczowej Banku Rosji obowiązującej w poszczególnych okresach (art. 395 ust. 1 Kodeksu cywilnego FR), do dnia faktycznej zapłaty (art. 395 ust. 3; pkt 48 uchwały Plenum Sądu Najwyższego FR nr 7 z 24.03.2016).
ru-interest-penalty = Umowa przewiduje karę umowną (peni) w wysokości { $rate } nieuiszczonej w terminie kwoty za każdy dzień opóźnienia (art. 330 Kodeksu cywilnego FR); nalicza się ją od dnia następującego po ostatnim dniu terminu płatności do dnia faktycznej zapłaty. Ponieważ umowa przewiduje karę umowną, odsetki z art. 395 Kodeksu cywilnego FR za ten sam okres nie są naliczane (art. 395 ust. 4; pkt 42 uchwały Plenum Sądu Najwyższego FR nr 7 z 24.03.2016).
ru-interest-contractual = Od dnia następującego po ostatnim dniu terminu płatności do dnia faktycznej zapłaty od długu należą się odsetki według stopy { $rate } rocznie ustalonej w umowie (art. 395 ust. 1 Kodeksu cywilnego FR).
ru-fee-330 = Kara za opóźnienie w zapłacie naliczona zgodnie z umową (art. 330 Kodeksu cywilnego FR).
ru-no-333 = { $debtor_kind ->
    [business] Brak podstaw do miarkowania kary umownej na podstawie art. 333 Kodeksu cywilnego FR: jej wysokość strony uzgodniły przy zawarciu umowy (art. 421), a karę należną od osoby prowadzącej działalność gospodarczą można obniżyć tylko w wyjątkowych przypadkach, na wniosek dłużnika, jeżeli wykaże on jej rażącą niewspółmierność do skutków naruszenia i uzyskanie przez wierzyciela nieuzasadnionej korzyści (art. 333 ust. 1 i 2; pkt 73–75 uchwały Plenum Sądu Najwyższego FR nr 7 z 24.03.2016).
   *[other] Brak podstaw do miarkowania kary umownej na podstawie art. 333 Kodeksu cywilnego FR: jej wysokość uzgodniono przy zawarciu umowy i jest współmierna do skutków naruszenia; ciężar dowodu niewspółmierności spoczywa na dłużniku (art. 333 ust. 1; pkt 73–75 uchwały Plenum Sądu Najwyższego FR nr 7 z 24.03.2016).
}
ru-edition = { $edition ->
    [fz667] {" "}w brzmieniu ustawy federalnej nr 667-FZ z 25.12.2023
   *[other] {""}
}
ru-to-org = { $org }{ $role ->
   *[other] {""}
}{ $position ->
   *[other] {""}
}
ru-to-person = { $person_form ->
    [representative] Do wiadomości: { $name }, { $role ->
        [ceo] Dyrektor generalny
        [director] Dyrektor
        [manager] Zarządzający
        [president] Prezes
        [board_member] Członek zarządu
        [proxy] Pełnomocnik
       *[other] { $position ->
            [none] Przedstawiciel
           *[other] { $position }
        }
    }
   *[other] { $name }
}
ru-ref-line = Nasz znak: nr { $number } z dnia { $date }

ru-contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}telefonicznie pod numerem { $phone }
    }
   *[other] { $phone ->
        [none] {" "}e-mailem na adres { $email }
       *[other] {" "}e-mailem na adres { $email } lub telefonicznie pod numerem { $phone }
    }
}

label-address-line = Adres: { $address }
