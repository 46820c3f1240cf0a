## Postanowienia umowy o płatnościach i sporach, Federacja Rosyjska: tekst polski.
## $contract_kind: supply (Dostawca/Kupujący) | work (Wykonawca/Zamawiający).

title = Postanowienia umowy o płatnościach i rozstrzyganiu sporów
heading = Postanowienia umowy o płatnościach i rozstrzyganiu sporów
intro = Poniższe postanowienia przygotowano do { $contract } ({ $subject }) między { $creditor } (dalej: { $contract_kind ->
    [supply] „Dostawca”
   *[other] „Wykonawca”
}) a { $debtor } (dalej: { $contract_kind ->
    [supply] „Kupujący”
   *[other] „Zamawiający”
}). Przy włączaniu do umowy należy dostosować numerację do jej struktury.
s1 = 1. Cena i rozliczenia
price = Cena Umowy wynosi { $price } (słownie: { $words }).
prepayment = { $contract_kind ->
    [supply] Kupujący
   *[other] Zamawiający
} wpłaca zaliczkę w wysokości { $percent } ceny Umowy{ $amount ->
    [none] {""}
   *[other] , tj. { $amount }
}, w terminie { $days } { $count ->
    [one] dnia kalendarzowego
   *[other] dni kalendarzowych
} od zawarcia Umowy, na podstawie faktury.
prepayment-start = { $contract_kind ->
    [supply] Dostawca wydaje towar po otrzymaniu zaliczki; termin dostawy przedłuża się o okres opóźnienia w jej wpłacie.
   *[other] Wykonawca przystępuje do prac (usług) po otrzymaniu zaliczki; terminy wykonania przedłużają się o okres opóźnienia w jej wpłacie.
}
invoicing = { $contract_kind ->
    [supply] { $prepaid ->
        [true] Pozostała część ceny jest płatna
       *[other] Towar jest płatny
    } na podstawie faktury Dostawcy oraz podpisanego przez Strony { $debtor_kind ->
        [consumer] protokołu przekazania i odbioru towaru
       *[other] uniwersalnego dokumentu przekazania (UPD) lub listu przewozowego (TORG-12)
    }{ $terms ->
        [none] .
       *[other] {" "}w terminie { $terms } { $count ->
            [one] dnia kalendarzowego
           *[other] dni kalendarzowych
        } od daty wystawienia faktury.
    }
   *[other] { $prepaid ->
        [true] Pozostała część ceny jest płatna
       *[other] Cena jest płatna
    } na podstawie faktury Wykonawcy oraz podpisanego przez Strony protokołu odbioru{ $terms ->
        [none] .
       *[other] {" "}w terminie { $terms } { $count ->
            [one] dnia kalendarzowego
           *[other] dni kalendarzowych
        } od daty wystawienia faktury.
    }
} Podpisany przez Strony dokument źródłowy potwierdza wykonanie i wysokość zobowiązania pieniężnego.
suspension = Jeżeli zapłata nie nastąpi w terminie, { $contract_kind ->
    [supply] Dostawca może wstrzymać wydawanie towaru
   *[other] Wykonawca może wstrzymać wykonywanie prac (usług)
} do czasu zapłaty w całości, zawiadamiając o tym drugą Stronę na piśmie (art. 328 Kodeksu cywilnego FR); terminy wykonania przedłużają się o okres wstrzymania.
paid-when = Zobowiązanie do zapłaty uważa się za wykonane w dniu uznania rachunku rozliczeniowego { $contract_kind ->
    [supply] Dostawcy
   *[other] Wykonawcy
} wskazanego w Umowie.
s2 = 2. Odpowiedzialność za opóźnienie w zapłacie
interest-395 = W razie opóźnienia w zapłacie { $contract_kind ->
    [supply] Kupujący płaci Dostawcy
   *[other] Zamawiający płaci Wykonawcy
} odsetki za korzystanie z cudzych środków pieniężnych w wysokości stopy kluczowej Banku Rosji obowiązującej w poszczególnych okresach{ $rate ->
    [none] {""}
   *[other] {" "}(w dniu zawarcia Umowy: { $rate } rocznie)
}, od dnia następującego po ostatnim dniu terminu płatności do dnia faktycznej zapłaty (art. 395 Kodeksu cywilnego FR).
penalty-per-day = W razie opóźnienia w zapłacie { $contract_kind ->
    [supply] Kupujący płaci Dostawcy
   *[other] Zamawiający płaci Wykonawcy
} karę umowną (peni) w wysokości { $rate } nieuiszczonej w terminie kwoty za każdy dzień opóźnienia, od dnia następującego po ostatnim dniu terminu płatności do dnia faktycznej zapłaty (art. 330 Kodeksu cywilnego FR). Odsetek z art. 395 Kodeksu cywilnego FR od tej samej kwoty za ten sam okres nie nalicza się (art. 395 ust. 4).
interest-contractual = W razie opóźnienia w zapłacie { $contract_kind ->
    [supply] Kupujący płaci Dostawcy
   *[other] Zamawiający płaci Wykonawcy
} odsetki w wysokości { $rate } rocznie od nieuiszczonej w terminie kwoty, od dnia następującego po ostatnim dniu terminu płatności do dnia faktycznej zapłaty (art. 395 ust. 1 Kodeksu cywilnego FR).
fee = { $contract_kind ->
    [supply] Kupujący
   *[other] Zamawiający
} płaci karę umowną w wysokości { $amount } { $per_kind ->
    [once] za każdy przypadek opóźnienia w zapłacie faktury
   *[other] za każdy rozpoczęty miesiąc opóźnienia w zapłacie każdej faktury
}{ $cap ->
    [none] {""}
   *[other] , nie więcej niż { $cap } za jedną fakturę
} (art. 330 Kodeksu cywilnego FR).
no-release = Zapłata { $basis_kind ->
    [gk_395] odsetek
    [contractual] odsetek
   *[other] kary umownej
} nie zwalnia { $contract_kind ->
    [supply] Kupującego
   *[other] Zamawiającego
} z obowiązku zapłaty.
penalty-agreed = Strony, działające w ramach prowadzonej działalności gospodarczej, uznają wysokość kary umownej za współmierną do skutków naruszenia zobowiązania (art. 330 i 421 Kodeksu cywilnego FR).
s3 = 3. Rozstrzyganie sporów
claim-procedure = Strony rozwiązują spory w drodze negocjacji. Przed skierowaniem sprawy { $arbitration ->
    [true] do sądu polubownego
   *[other] do sądu
} obowiązkowe jest postępowanie reklamacyjne (przedsądowe){ $days ->
    [none] {""}
   *[other] ; termin odpowiedzi na reklamację wynosi { $days } { $count ->
        [one] dzień kalendarzowy
       *[other] dni kalendarzowych
    } od dnia jej wysłania
}{ $b2b ->
    [true] {" "}(art. 4 ust. 5 Kodeksu postępowania arbitrażowego FR)
   *[other] {""}
}.
claim-procedure-consumer = Strony dążą do rozwiązania sporów w drodze negocjacji. Przed skierowaniem sprawy do sądu { $contract_kind ->
    [supply] Dostawca wysyła Kupującemu
   *[other] Wykonawca wysyła Zamawiającemu
} wezwanie przedsądowe{ $days ->
    [none] {""}
   *[other] {" "}i wyznacza termin na odpowiedź { $days } { $count ->
        [one] dnia kalendarzowego
       *[other] dni kalendarzowych
    } od dnia jego wysłania
}.
notices = Reklamacje i zawiadomienia wysyła się listem poleconym za potwierdzeniem odbioru lub listem wartościowym ze spisem zawartości { $debtor_kind ->
    [consumer] { $contract_kind ->
        [supply] Dostawcy — na adres wpisany do państwowego rejestru (EGRUL/EGRIP), Kupującemu — na adres jego zameldowania (miejsce zamieszkania lub pobytu) albo na adres wskazany przez niego w Umowie,
       *[other] Wykonawcy — na adres wpisany do państwowego rejestru (EGRUL/EGRIP), Zamawiającemu — na adres jego zameldowania (miejsce zamieszkania lub pobytu) albo na adres wskazany przez niego w Umowie,
    }
   *[other] na adres Strony wpisany do państwowego rejestru osób prawnych (EGRUL/EGRIP){ $contract_kind ->
       *[other] {""}
    }
} albo na adres e-mail wskazany w Umowie. Wiadomość uważa się za doręczoną także wtedy, gdy dotarła na ten adres, lecz nie została doręczona z przyczyn leżących po stronie adresata (art. 165.1 Kodeksu cywilnego FR; pkt 63 uchwały Plenum Sądu Najwyższego FR nr 25 z 23.06.2015).
mediation = Jeżeli spór nie zostanie rozwiązany w postępowaniu reklamacyjnym, przed skierowaniem sprawy do sądu Strony poddają go mediacji{ $venue ->
    [none] {""}
   *[other] {" "}({ $venue })
} zgodnie z ustawą federalną nr 193-FZ z 27.07.2010 o mediacji; w razie niezawarcia ugody spór rozpoznaje sąd właściwy.
arbitration = Spory nierozwiązane w postępowaniu reklamacyjnym podlegają ostatecznemu rozstrzygnięciu przez sąd polubowny administrowany przez stałą instytucję arbitrażową{ $venue ->
    [none] {""}
   *[other] {" "}({ $venue })
}, zgodnie z jej regulaminem i ustawą federalną nr 382-FZ z 29.12.2015 „O arbitrażu (postępowaniu przed sądem polubownym) w Federacji Rosyjskiej”.
court = Spory nierozwiązane w postępowaniu reklamacyjnym rozpoznaje { $venue ->
    [none] { $b2b ->
        [true] sąd arbitrażowy właściwy dla siedziby pozwanego (art. 35 Kodeksu postępowania arbitrażowego FR)
       *[other] sąd właściwy dla miejsca zamieszkania lub siedziby pozwanego (art. 28 Kodeksu postępowania cywilnego FR), o ile ustawa nie stanowi inaczej
    }
   *[other] { $venue_tr_form ->
        [none] sąd: { $venue }
       *[other] { $venue_tr_form } ({ $venue })
    } ({ $b2b ->
        [true] art. 37 Kodeksu postępowania arbitrażowego FR
       *[other] art. 32 Kodeksu postępowania cywilnego FR
    })
}.{ $venue_prep_form ->
   *[other] {""}
}
consumer = Postanowienia niniejszego działu nie ograniczają praw { $contract_kind ->
    [supply] Kupującego
   *[other] Zamawiającego
} jako konsumenta, w tym prawa wniesienia pozwu według miejsca zamieszkania (art. 17 ust. 2 ustawy FR „O ochronie praw konsumentów”).
s4 = 4. Prawo właściwe
law = Umowa podlega prawu Federacji Rosyjskiej.
