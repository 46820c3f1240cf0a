## Reklamacja przedsądowa (pretienzija), Federacja Rosyjska: tekst polski.

title = Przedsądowe wezwanie do zapłaty
heading = Przedsądowe wezwanie do zapłaty (pretienzija)
intro = { $creditor } (dalej: Wierzyciel) i { $debtor } (dalej: Dłużnik) zawarli { $contract } (dalej: Umowa); przedmiot Umowy: „{ $subject }”.
performance = { $contract_kind ->
    [supply] Wierzyciel należycie wykonał swoje zobowiązania z Umowy: towar został dostarczony Dłużnikowi.
    [supply_work] Wierzyciel należycie wykonał swoje zobowiązania z Umowy: towar został dostarczony Dłużnikowi, a prace zostały wykonane.
   *[other] Wierzyciel należycie wykonał swoje zobowiązania z Umowy: prace (usługi) zostały wykonane.
}
performance-proved = { $contract_kind ->
    [supply] Wierzyciel należycie wykonał swoje zobowiązania z Umowy: towar został dostarczony Dłużnikowi, co potwierdzają podpisane przez Dłużnika dokumenty: { $documents }.
    [supply_work] Wierzyciel należycie wykonał swoje zobowiązania z Umowy: towar został dostarczony Dłużnikowi, a prace zostały wykonane, co potwierdzają podpisane przez Dłużnika dokumenty: { $documents }.
   *[other] Wierzyciel należycie wykonał swoje zobowiązania z Umowy, co potwierdzają podpisane przez Dłużnika dokumenty: { $documents }.
}
invoice-item = faktura nr { $invoice } z dnia { $issued } na kwotę { $amount } (termin płatności: { $due })
not-paid = Dłużnik nie zapłacił w terminie ustalonym w Umowie, naruszając art. 309 i 310 Kodeksu cywilnego Federacji Rosyjskiej. { $count ->
    [one] Nie została zapłacona w całości
   *[other] Nie zostały zapłacone w całości
}: { $invoices }.
payment-item = { $kind ->
    [advance] przedpłata (zaliczka) { $amount } na fakturę nr { $invoice } ({ $date })
    [full] zapłata { $amount } faktury nr { $invoice } ({ $date })
    [part] częściowa zapłata { $amount } faktury nr { $invoice } ({ $date })
   *[other] { $amount } ({ $date })
}
part-payments = { $count ->
    [one] Na poczet zadłużenia wpłynęła wpłata
   *[other] Na poczet zadłużenia wpłynęły wpłaty
}: { $payments }.
reminded = { $count ->
    [one] Wierzyciel przypominał Dłużnikowi o długu
   *[other] Wierzyciel wielokrotnie przypominał Dłużnikowi o długu
} ({ $dates }); dług nie został dotąd spłacony.
calc-heading = Wyliczenie zadłużenia
calc-intro = Na dzień { $date } zadłużenie Dłużnika wynosi:
demand-heading = Żądanie
demand = Na tej podstawie, powołując się na art. 309, 310 i { $basis_kind ->
    [penalty_per_day] 330
    [contractual] 395
    [gk_395] 395
   *[other] 314
} Kodeksu cywilnego Federacji Rosyjskiej{ $court ->
    [arbitrazh] {" "}oraz art. 4 ust. 5 Kodeksu postępowania arbitrażowego FR
   *[other] {""}
}, wzywamy do zapłaty Wierzycielowi w terminie { $days } { $count ->
    [one] dnia kalendarzowego
   *[other] dni kalendarzowych
} od dnia wysłania niniejszego wezwania, tj. najpóźniej do **{ $pay_by }**, kwoty **{ $total }** (słownie: { $words }), na którą składają się:
item-principal = należność główna — { $amount }{ $end_form ->
    [true] .
   *[other] ;
}
item-interest = { $basis_kind ->
    [penalty_per_day] kara umowna (peni)
    [gk_395] odsetki z art. 395 Kodeksu cywilnego FR
   *[other] odsetki
} do dnia { $date } — { $amount }{ $end_form ->
    [true] .
   *[other] ;
}
item-fees = kara umowna (grzywna) — { $amount }.
further-interest = Ponadto należne są { $basis_kind ->
    [penalty_per_day] kary umowne naliczane
   *[other] odsetki naliczane
} od należności głównej od dnia następującego po { $date } do dnia faktycznej zapłaty.
consequences-heading = Skutki niezapłacenia
pretrial-apk = Niniejsze wezwanie jest wysyłane w trybie przedsądowym przewidzianym w art. 4 ust. 5 Kodeksu postępowania arbitrażowego FR{ $negotiation ->
    [true] {" "}i w Umowie
   *[other] {""}
}.
pretrial-general = Niniejsze wezwanie jest wysyłane w celu polubownego rozwiązania sporu przed skierowaniem sprawy do sądu{ $negotiation ->
    [true] {" "}w trybie przewidzianym w Umowie
   *[other] {""}
}.
pretrial-arbitration = Niniejsze wezwanie jest wysyłane w celu polubownego rozwiązania sporu{ $negotiation ->
    [true] {" "}w trybie przewidzianym w Umowie
   *[other] {""}
}; spory z Umowy rozstrzyga sąd polubowny na podstawie zapisu na sąd polubowny.
next-court = W razie niespełnienia żądania w terminie, od dnia **{ $steps_from }** Wierzyciel wystąpi { $court ->
    [arbitrazh] do sądu arbitrażowego (państwowego sądu gospodarczego)
   *[other] do sądu powszechnego
} { $route ->
    [order] z wnioskiem o wydanie nakazu sądowego (sudiebnyj prikaz)
   *[other] z pozwem
} o zapłatę długu{ $basis_kind ->
    [none] {""}
   *[other] , { $basis_kind ->
        [penalty_per_day] kary umownej
       *[other] odsetek
    } do dnia faktycznej zapłaty
}, a także kosztów sądowych, w tym opłaty skarbowej (gosposzlina) i kosztów zastępstwa ({ $court ->
    [arbitrazh] art. 101, 106 i 110 Kodeksu postępowania arbitrażowego FR
   *[other] art. 88, 94, 98 i 100 Kodeksu postępowania cywilnego FR
}).
next-arbitration = W razie niespełnienia żądania w terminie, od dnia **{ $steps_from }** Wierzyciel wniesie pozew do sądu polubownego{ $venue ->
    [none] {" "}przewidzianego w zapisie na sąd polubowny
   *[other] {" "}({ $venue })
} o zapłatę długu i zwrot kosztów postępowania arbitrażowego, zgodnie z ustawą federalną nr 382-FZ z 29.12.2015 „O arbitrażu (postępowaniu przed sądem polubownym) w Federacji Rosyjskiej” i regulaminem arbitrażu.
reply-request = Prosimy o rozpatrzenie wezwania i pisemną odpowiedź w tym terminie. W sprawie spłaty { $form ->
    [organisation] mogą Państwo
   *[other] { $gender ->
        [female] może Pani
        [male] może Pan
       *[other] mogą Państwo
    }
} skontaktować się z nami{ $contact }.
enclosures-heading = Załączniki
encl-contract = Kopia { $contract }
encl-invoices = { $count ->
    [one] Kopia faktury
   *[other] Kopie faktur
} nr { $invoices }
encl-primary = Kopie dokumentów źródłowych: { $documents }
encl-reminders = { $count ->
    [one] Kopia przypomnienia o zapłacie
   *[other] Kopie przypomnień o zapłacie
}
encl-poa = Kopia pełnomocnictwa osoby podpisującej wezwanie
