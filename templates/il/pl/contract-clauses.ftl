## Postanowienia o płatnościach i rozstrzyganiu sporów, Izrael: tekst polski.

title = Postanowienia o płatnościach i rozstrzyganiu sporów
heading = Postanowienia o płatnościach i rozstrzyganiu sporów
intro = { $number ->
    [none] Postanowienia do umowy z { $date } dotyczącej { $subject }, między następującymi stronami:
   *[other] Postanowienia do umowy nr { $number } z { $date } dotyczącej { $subject }, między następującymi stronami:
}
label-supplier = Wykonawca
label-client = Zamawiający
numbering = Numerację postanowień należy dostosować do numeracji umowy.
h-price = { $prepayment ->
    [yes] Wynagrodzenie, zaliczka i płatność etapami
   *[other] Wynagrodzenie i płatność etapami
}
price = W zamian za wykonanie zobowiązań Wykonawcy z niniejszej umowy Zamawiający zapłaci Wykonawcy { $price } („Wynagrodzenie”).
prepayment-amount = Zamawiający zapłaci Wykonawcy zaliczkę w wysokości { $percent } Wynagrodzenia, tj. { $amount }, w terminie { $days } dni od podpisania niniejszej umowy, na podstawie faktury Wykonawcy.
prepayment = Zamawiający zapłaci Wykonawcy zaliczkę w wysokości { $percent } Wynagrodzenia w terminie { $days } dni od podpisania niniejszej umowy, na podstawie faktury Wykonawcy.
prepayment-start = Wykonawca rozpocznie pracę dopiero po uznaniu jego rachunku pełną kwotą zaliczki. Wszystkie terminy wykonania przesuwają się o czas opóźnienia zaliczki.
stages = { $prepayment ->
    [yes] Reszta Wynagrodzenia
   *[other] Wynagrodzenie
} jest płatna etapami, po ukończeniu i przekazaniu Zamawiającemu każdego etapu prac, zgodnie z harmonogramem umowy. Po ukończeniu każdego etapu Wykonawca wystawi Zamawiającemu fakturę za ten etap.
suspension = Jeżeli jakakolwiek kwota z niniejszej umowy nie zostanie zapłacona w terminie, Wykonawca może, po pisemnym zawiadomieniu Zamawiającego, wstrzymać prace w całości lub w części oraz wydanie ich wyników do czasu zapłaty całej zaległej kwoty. Terminy wykonania ulegają odpowiedniemu przedłużeniu, a takie wstrzymanie nie stanowi naruszenia umowy przez Wykonawcę.
h-terms = Warunki płatności
terms-days = { $prepayment ->
    [yes] Każda faktura, z wyjątkiem faktury zaliczkowej, jest płatna w terminie { $days } dni od daty jej wystawienia.
   *[other] Każda faktura jest płatna w terminie { $days } dni od daty jej wystawienia.
}
terms-invoice = { $prepayment ->
    [yes] Każda faktura, z wyjątkiem faktury zaliczkowej, jest płatna w terminie na niej wskazanym.
   *[other] Każda faktura jest płatna w terminie na niej wskazanym.
}
transfer = { $account ->
    [none] Zapłata następuje przelewem na rachunek Wykonawcy, z podaniem numeru faktury. Zapłata jest dokonana w dniu uznania rachunku Wykonawcy pełną kwotą.
   *[other] Zapłata następuje przelewem na rachunek Wykonawcy: { $account }, z podaniem numeru faktury. Zapłata jest dokonana w dniu uznania rachunku Wykonawcy pełną kwotą.
}
objection = Zastrzeżenia do faktury Zamawiający zgłasza Wykonawcy na piśmie, z uzasadnieniem, niezwłocznie po jej otrzymaniu. Część niesporną Zamawiający płaci w terminie.
h-late = Opóźnienie w płatności
interest-contractual = Od każdej kwoty niezapłaconej w terminie naliczane są odsetki umowne w wysokości { $rate } w skali roku, od dnia następującego po terminie zapłaty do dnia zapłaty. Nie uchybia to prawu Wykonawcy, ewentualnie, do różnic waloryzacyjnych i odsetek ustawowych na podstawie { -interest-law }.
interest-by-law = Od każdej kwoty niezapłaconej w terminie należą się różnice waloryzacyjne i odsetki ustawowe na podstawie { -interest-law }, od dnia naruszenia do dnia zapłaty (art. 11(b) { -remedies-law }).
interest-payment-ethics = Jeżeli do niniejszej umowy ma zastosowanie { -payment-ethics-law }, nie ogranicza to prawa Wykonawcy do różnic waloryzacyjnych, odsetek i odsetek za zwłokę na podstawie tej ustawy, a termin płatności nie może być późniejszy niż w niej określony.
fee = Ponadto za każdą fakturę niezapłaconą w terminie Zamawiający zapłaci opłatę za opóźnienie w kwocie { $amount }{ $per ->
    [month] {" "}za każdy rozpoczęty miesiąc opóźnienia
   *[other] {""}
} jako odszkodowanie umowne z art. 15 { -remedies-law }.
fee-capped = Ponadto za każdą fakturę niezapłaconą w terminie Zamawiający zapłaci opłatę za opóźnienie w kwocie { $amount }{ $per ->
    [month] {" "}za każdy rozpoczęty miesiąc opóźnienia
   *[other] {""}
} jako odszkodowanie umowne z art. 15 { -remedies-law }, nie więcej jednak niż { $cap } za jedną fakturę.
fee-consumer = Opłata za opóźnienie jest kosztem windykacji: pobiera się ją dopiero po wysłaniu Zamawiającemu zawiadomienia o długu i upływie 14 dni od dnia jego wysłania (art. 13B2 { -consumer-law }).
other-remedies = Niniejszy punkt nie uchybia innym środkom ochrony Wykonawcy z niniejszej umowy lub z prawa, w tym prawu do wstrzymania prac zgodnie z punktem { $section } powyżej.
h-disputes = Rozstrzyganie sporów
negotiation-days = Każdy spór wynikający z niniejszej umowy lub z nią związany strony najpierw starają się rozwiązać w drodze negocjacji w dobrej wierze przez { $days } dni od pisemnego zawiadomienia jednej strony przez drugą, opisującego spór.
negotiation = Każdy spór wynikający z niniejszej umowy lub z nią związany strony najpierw starają się rozwiązać w drodze negocjacji w dobrej wierze.
mediation = Jeżeli spór nie zostanie rozwiązany w drodze negocjacji, strony skierują go do mediacji i wezmą w niej udział w dobrej wierze. Jeżeli w mediacji nie dojdzie do porozumienia, każda ze stron może wnieść spór do właściwego sądu zgodnie z punktem { $next } poniżej.
mediation-carveout = Niezależnie od powyższego Wykonawca może bez mediacji dochodzić w sądzie zapłaty faktury, do której nie zgłoszono pisemnych zastrzeżeń zgodnie z punktem { $section } powyżej.
arbitration = Jeżeli spór nie zostanie rozwiązany w drodze negocjacji, rozstrzyga go arbitraż zgodnie z { -arbitration-law }. Wyrok arbitrażowy jest ostateczny i wiąże strony.
arbitration-carveout = Niezależnie od powyższego Wykonawca może bez arbitrażu dochodzić w sądzie zapłaty faktury, do której nie zgłoszono pisemnych zastrzeżeń zgodnie z punktem { $section } powyżej.
court = Jeżeli spór nie zostanie rozwiązany w drodze negocjacji, każda ze stron może wnieść go do właściwego sądu zgodnie z punktem { $next } poniżej. Nie wyklucza to skierowania sporu za zgodą stron do mediacji.
h-law = Prawo właściwe i jurysdykcja
governing-law = Niniejsza umowa, jej wykładnia i wykonanie podlegają prawu izraelskiemu.
jurisdiction-city = Wyłączna właściwość miejscowa w sporach wynikających z niniejszej umowy lub z nią związanych przysługuje właściwym sądom miasta { $city }, według zasad właściwości rzeczowej. Pozew do sądu do spraw drobnych roszczeń wnosi się według zasad właściwości miejscowej z przepisu 2 { -small-claims-regs }.
jurisdiction-by-law = Spory wynikające z niniejszej umowy lub z nią związane rozstrzyga sąd właściwy według prawa.
