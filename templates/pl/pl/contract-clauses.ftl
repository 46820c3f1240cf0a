## Postanowienia umowne, prawo polskie: brzmienie polskie.

title = Postanowienia umowne dotyczące płatności i rozwiązywania sporów
heading = Postanowienia umowne dotyczące płatności i rozwiązywania sporów
preamble = Postanowienia do { $contract }, zawieranej pomiędzy Wykonawcą: { $creditor } (dalej: „Wykonawca”) a Zamawiającym: { $debtor } (dalej: „Zamawiający”). Numerację paragrafów należy dostosować do umowy.
h-price = { $prepayment_kind ->
    [yes] § { $n }. Wynagrodzenie i zaliczka
   *[other] § { $n }. Wynagrodzenie
}
price = Z tytułu wykonania przedmiotu Umowy Zamawiający zapłaci Wykonawcy wynagrodzenie w wysokości { $price } (słownie: { $words }).
prepayment = Zamawiający zapłaci Wykonawcy zaliczkę w wysokości { $percent } wynagrodzenia{ $amount ->
    [none] {""}
   *[other] , tj. { $amount } (słownie: { $words })
}, w terminie { $days } dni od dnia zawarcia Umowy, na podstawie faktury zaliczkowej.
prepayment-start = Wykonawca przystąpi do realizacji Umowy z dniem uznania jego rachunku bankowego kwotą zaliczki; od tego dnia biegną terminy wykonania Umowy.
acceptance = { $consumer_kind ->
    [yes] Wykonanie każdego etapu Strony potwierdzają protokołem odbioru. Faktura za etap zostanie wystawiona po jego odbiorze.
   *[other] Wykonanie każdego etapu Strony potwierdzają protokołem odbioru podpisanym przez Zamawiającego. Zamawiający przystąpi do odbioru w terminie siedmiu dni od zgłoszenia gotowości; jeżeli w tym terminie nie zgłosi na piśmie istotnych wad, etap uważa się za odebrany. Faktura za etap zostanie wystawiona po jego odbiorze.
}
suspension = W razie opóźnienia Zamawiającego w zapłacie { $prepayment_kind ->
    [yes] zaliczki lub wynagrodzenia za którykolwiek etap
   *[other] wynagrodzenia lub jego części
} Wykonawca może wstrzymać dalsze prace do dnia zapłaty, po uprzednim zawiadomieniu Zamawiającego w formie dokumentowej. Terminy wykonania Umowy ulegają przedłużeniu o czas wstrzymania prac.
h-terms = § { $n }. Terminy i sposób płatności
terms = { $reserve_par ->
    [none] Każda faktura
   *[other] Z zastrzeżeniem § { $reserve_par } ust. { $reserve_ust } (faktura zaliczkowa), każda faktura
} jest płatna w terminie { $days } dni od dnia jej otrzymania przez Zamawiającego{ $b2b_kind ->
    [yes] ; fakturę ustrukturyzowaną uważa się za otrzymaną w dniu przydzielenia jej numeru identyfikującego w Krajowym Systemie e-Faktur (art. 106na ust. 3 ustawy z dnia 11 marca 2004 r. o podatku od towarów i usług).
   *[other] .
}
transfer = { $account ->
    [none] Płatności dokonuje się przelewem na rachunek bankowy Wykonawcy wskazany na fakturze.
   *[other] { $bank ->
        [none] Płatności dokonuje się przelewem na rachunek bankowy Wykonawcy nr { $account }.
       *[other] Płatności dokonuje się przelewem na rachunek bankowy Wykonawcy nr { $account } ({ $bank }).
    }
} W tytule przelewu Zamawiający wskazuje numer faktury.
payment-day = Za dzień zapłaty uważa się dzień uznania rachunku bankowego Wykonawcy.
weekend = Jeżeli ostatni dzień terminu płatności przypada na sobotę lub dzień ustawowo wolny od pracy, termin upływa następnego dnia, który nie jest sobotą ani dniem ustawowo wolnym od pracy (art. 115 { -kc }).
h-late = § { $n }. Opóźnienie w płatności
interest-contractual = W razie opóźnienia w zapłacie Wykonawcy przysługują od Zamawiającego, bez wezwania, odsetki umowne za opóźnienie w wysokości { $rate } w stosunku rocznym, nie wyższe jednak niż odsetki maksymalne za opóźnienie (art. 481 § 2¹ { -kc }), od dnia następującego po dniu, w którym płatność stała się wymagalna, do dnia zapłaty.
interest-statutory = W razie opóźnienia w zapłacie Wykonawcy przysługują od Zamawiającego, bez wezwania, { $basis }, od dnia następującego po dniu, w którym płatność stała się wymagalna, do dnia zapłaty.{ $rate ->
    [none] {""}
   *[other] {" "}W dniu zawarcia Umowy odsetki te wynoszą { $rate } w stosunku rocznym.
}
compensation = Od dnia nabycia uprawnienia do odsetek Wykonawcy przysługuje od Zamawiającego, bez wezwania, rekompensata za koszty odzyskiwania należności (art. 10 ust. 1 { -act-2013 }), stanowiąca równowartość podanej niżej kwoty w euro, przeliczonej na złote według średniego kursu euro ogłoszonego przez Narodowy Bank Polski ostatniego dnia roboczego miesiąca poprzedzającego miesiąc, w którym świadczenie stało się wymagalne:
compensation-tier = { $amount } – gdy wartość świadczenia pieniężnego { $low ->
    [none] nie przekracza { $high }
   *[other] { $high ->
        [none] jest równa lub wyższa niż { $low }
       *[other] jest wyższa niż { $low }, ale niższa niż { $high }
    }
}{ $end_kind ->
    [last] .
   *[other] ;
}
compensation-costs = Wykonawca może ponadto żądać zwrotu uzasadnionych, udokumentowanych kosztów odzyskiwania należności w części przewyższającej kwotę rekompensaty (art. 10 ust. 2 { -act-2013 }). Strony nie zastrzegają innych opłat za opóźnienie: kara umowna nie może zabezpieczać zobowiązania pieniężnego (art. 483 § 1 { -kc }).
late-none = Strony nie zastrzegają odsetek umownych; w razie opóźnienia stosuje się przepisy ustawy.
h-disputes = § { $n }. Rozwiązywanie sporów
negotiation = Strony będą dążyć do polubownego rozwiązania sporów wynikających z Umowy w drodze negocjacji. Strona zgłaszająca spór przekaże drugiej Stronie pisemne wezwanie do negocjacji, wskazując przedmiot sporu i swoje stanowisko.
negotiation-term = Jeżeli spór nie zostanie rozwiązany w terminie { $days } dni od dnia doręczenia wezwania do negocjacji, każda ze Stron może skorzystać z trybu określonego w ust. { $next }.
mediation = { $mediator ->
    [none] Spór zostanie poddany mediacji prowadzonej przez mediatora wybranego wspólnie przez Strony; jeżeli Strony nie wybiorą mediatora w terminie czternastu dni od zgłoszenia wniosku o mediację, mediatora wskaże ośrodek mediacyjny działający przy właściwym sądzie okręgowym.
   *[other] Spór zostanie poddany mediacji, którą przeprowadzi { $mediator } (art. 183¹ § 3 { -kpc }).
} Mediator jest osobą fizyczną (art. 183² § 1 { -kpc }). Jeżeli mediacja nie doprowadzi do zawarcia ugody w terminie sześćdziesięciu dni od jej wszczęcia, spór rozstrzygnie sąd powszechny właściwy według przepisów ogólnych.
arbitration = Spór zostanie rozstrzygnięty przez sąd polubowny{ $venue ->
    [none] {""}
   *[other] : { $venue },
} zgodnie z jego regulaminem obowiązującym w dniu wszczęcia postępowania (zapis na sąd polubowny, art. 1161 § 1 { -kpc }).
arbitration-consumer = Spór może zostać poddany rozstrzygnięciu przez sąd polubowny wyłącznie na podstawie zapisu na sąd polubowny sporządzonego po powstaniu sporu (art. 1164¹ { -kpc }); w pozostałym zakresie spór rozstrzygnie sąd powszechny właściwy według przepisów ogólnych.
court-consumer = Spór rozstrzygnie sąd powszechny właściwy według przepisów ogólnych.
court = { $venue ->
    [none] Spory wynikające z Umowy rozstrzyga sąd powszechny właściwy miejscowo dla siedziby (miejsca wykonywania działalności gospodarczej) Wykonawcy (umowa o właściwość, art. 46 § 1 { -kpc }).
   *[other] Spory wynikające z Umowy rozstrzyga { $venue } (umowa o właściwość, art. 46 § 1 { -kpc }).
}
no-suspension = Wszczęcie negocjacji lub mediacji nie wstrzymuje biegu terminów płatności ani naliczania odsetek.
h-law = § { $n }. Prawo właściwe
governing-law = Umowa podlega prawu polskiemu.
other-law = { $b2b_kind ->
    [yes] W sprawach nieuregulowanych Umową stosuje się przepisy { -kc } oraz { -act-2013 }.
   *[other] W sprawach nieuregulowanych Umową stosuje się przepisy { -kc }.
}
note-named-court = **Uwaga dla Stron (nie wchodzi w treść Umowy).** Umowa o właściwość może zmienić tylko właściwość miejscową sądu. Sąd rejonowy wskazany z nazwy przestaje być właściwy, gdy wartość przedmiotu sporu przekroczy sto tysięcy złotych (wtedy właściwy jest sąd okręgowy, art. 17 pkt 4 { -kpc }). Bezpieczniejsze jest wskazanie „sądu właściwego dla siedziby Wykonawcy”.
