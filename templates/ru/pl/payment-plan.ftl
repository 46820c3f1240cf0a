## Porozumienie o spłacie w ratach, Federacja Rosyjska: tekst polski.

title = Porozumienie o spłacie zadłużenia w ratach
heading = Porozumienie o spłacie zadłużenia w ratach
to-contract = do { $contract }
address-bit = adres: { $address }
in-person-blank = reprezentowana przez ______________________, działającego na podstawie ______________________
person-birth-bit = data i miejsce urodzenia: { $date }{ $place ->
    [none] {""}
   *[other] , { $place }
}
person-inn-bit = INN { $value }
person-passport-bit = paszport: seria ________ nr ____________
parties = { $creditor } (dalej: „Wierzyciel”) oraz { $debtor } (dalej: „Dłużnik”), łącznie „Strony”, zawarli niniejsze porozumienie (dalej: „Porozumienie”) o następującej treści.
s1 = 1. Uznanie długu
ack = Dłużnik uznaje, że na dzień { $date } jego zadłużenie wobec Wierzyciela z { $contract } (dalej: „Umowa”; przedmiot Umowy: „{ $subject }”) wynosi **{ $total }** (słownie: { $words }), w tym:
part-principal = należność główna — { $amount }{ $end_form ->
    [true] .
   *[other] ;
}
part-interest = { $basis_kind ->
    [gk_395] odsetki za korzystanie z cudzych środków pieniężnych (art. 395 Kodeksu cywilnego FR)
    [penalty_per_day] kara umowna (peni)
   *[other] odsetki umowne za opóźnienie
} — { $amount }{ $end_form ->
    [true] .
   *[other] ;
}
part-fees = kara umowna (grzywna) — { $amount }.
not-disputed = Dłużnik potwierdza, że nie kwestionuje podstawy ani wysokości zadłużenia.
ack-effect = Podpisanie Porozumienia przez osobę umocowaną do działania w imieniu Dłużnika jest czynnością świadczącą o uznaniu długu w tej wysokości: bieg przedawnienia zostaje przerwany i biegnie na nowo (art. 203 Kodeksu cywilnego FR; pkt 20 i 22 uchwały Plenum Sądu Najwyższego FR nr 43 z 29.09.2015).
ack-authority-note = *Proszę wpisać, kto i na jakiej podstawie podpisuje Porozumienie w imieniu Dłużnika: uznanie długu przez osobę bez umocowania nie przerywa biegu przedawnienia (pkt 22 uchwały Plenum Sądu Najwyższego FR nr 43 z 29.09.2015).*
s2 = 2. Harmonogram spłat
schedule-intro = Dłużnik zobowiązuje się spłacić zadłużenie wskazane w pkt 1.1 w ratach według następującego harmonogramu:
col-no = Nr
col-due = Termin płatności (najpóźniej)
schedule-total = Suma rat wynosi { $total } (słownie: { $words }) i jest równa zadłużeniu wskazanemu w pkt 1.1.
early = Dłużnik może spłacić zadłużenie przed terminem w całości lub w części; wpłaty przedterminowe zalicza się na najbliższe raty.
no-interest = Dopóki Dłużnik przestrzega harmonogramu, Wierzyciel nie nalicza od zadłużenia { $basis_kind ->
    [penalty_per_day] kar umownych
   *[other] odsetek
}{ $fees ->
    [true] {" "}ani grzywien
   *[other] {""}
} za okres rozłożenia na raty i nie wnosi sprawy do sądu.
s3 = 3. Sposób zapłaty
pay-to = Raty wpłaca się na { $account ->
    [none] rachunek rozliczeniowy Wierzyciela wskazany w Umowie
   *[other] rachunek rozliczeniowy Wierzyciela nr { $account }{ $bank ->
        [none] {""}
       *[other] {" "}w { $bank }
    }{ $bik ->
        [none] {""}
       *[other] , BIK { $bik }
    }{ $corr ->
        [none] {""}
       *[other] , rachunek korespondencyjny { $corr }
    }
}. W tytule przelewu podaje się: „Spłata zadłużenia według porozumienia z dnia { $date } do { $contract }”.
paid-when = Ratę uważa się za zapłaconą w dniu uznania rachunku Wierzyciela.
roll = Jeżeli ostatni dzień terminu płatności przypada na dzień wolny od pracy, termin upływa w najbliższym dniu roboczym (art. 193 Kodeksu cywilnego FR).
s4 = 4. Natychmiastowa wymagalność
accel = Jeżeli którakolwiek rata nie wpłynie w całości w ciągu { $days } { $count ->
    [one] dnia kalendarzowego
   *[other] dni kalendarzowych
} od terminu jej płatności, rozłożenie na raty ustaje, a całe pozostałe zadłużenie staje się natychmiast wymagalne; od tej chwili pkt 2.4 nie ma zastosowania.
accel-interest = W takim przypadku od pozostałej należności głównej od dnia następującego po terminie zaległej raty do dnia faktycznej zapłaty naliczane są { $basis_kind ->
    [gk_395] odsetki z art. 395 Kodeksu cywilnego FR w wysokości stopy kluczowej Banku Rosji{ $rate ->
       *[other] {""}
    }
    [penalty_per_day] kary umowne w wysokości { $rate } za każdy dzień opóźnienia
   *[other] odsetki według umownej stopy { $rate } rocznie
}.
## Clause 4.3 names what accrues on late payment: a penalty case claims неустойка, not проценты (third review, Minor 2).
accel-late = { $basis_kind ->
    [penalty_per_day] karę umowną (peni)
   *[other] odsetki
}
accel-court = { $court ->
    [arbitration] W razie natychmiastowej wymagalności Wierzyciel może wnieść pozew do sądu polubownego na podstawie zapisu Stron o całe pozostałe zadłużenie, { $late } i koszty; Strony uznają, że tryb przedsądowy co do zadłużenia wskazanego w pkt 1.1 został zachowany.
    [arbitrazh] W razie natychmiastowej wymagalności Wierzyciel może wystąpić do sądu o całe pozostałe zadłużenie, { $late } i koszty sądowe bez ponownego wezwania przedsądowego: Strony uznają, że tryb przedsądowy co do zadłużenia wskazanego w pkt 1.1 został zachowany (art. 4 ust. 5 Kodeksu postępowania arbitrażowego FR).
   *[other] W razie natychmiastowej wymagalności Wierzyciel może wystąpić do sądu o całe pozostałe zadłużenie, { $late } i koszty sądowe bez ponownego wezwania przedsądowego: Strony uznają, że tryb przedsądowy co do zadłużenia wskazanego w pkt 1.1 został zachowany.
} Wpłaty dokonane do tej chwili zalicza się na poczet zadłużenia.
s5 = 5. Prawo właściwe i spory
law = Porozumienie podlega prawu Federacji Rosyjskiej.
disputes = Spory dotyczące Porozumienia rozstrzyga się w trybie przewidzianym w Umowie{ $venue ->
    [none] .
   *[other] {" "}({ $venue }).
}
s6 = 6. Postanowienia końcowe
in-force = Porozumienie wchodzi w życie z chwilą podpisania przez Strony i obowiązuje do pełnego wykonania go przez Dłużnika.
no-novation = Porozumienie zmienia jedynie termin zapłaty i nie stanowi nowacji (art. 414 Kodeksu cywilnego FR); w pozostałym zakresie stosunki Stron reguluje Umowa.
no-waiver = Udzielenie zwłoki ani przyjęcie spóźnionej lub niepełnej wpłaty nie oznacza zrzeczenia się przez Wierzyciela praw z Porozumienia i Umowy.
copies = Porozumienie sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.
signatures = Podpisy Stron
sig-role = { $role_kind ->
    [creditor] Wierzyciel
   *[other] Dłużnik
}
