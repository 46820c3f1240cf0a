## Porozumienie o spłacie długu w ratach, Izrael: tekst polski.

title = Porozumienie o spłacie długu w ratach
heading = Porozumienie o spłacie długu w ratach
translation-note = Tłumaczenie do wiadomości. Wiążący jest tekst hebrajski; w razie rozbieżności rozstrzyga tekst hebrajski.
made-on = Zawarte i podpisane dnia { $date }
party-label = { $role ->
    [creditor] Między:
   *[debtor] a:
}
through = reprezentowanym przez { $person }
trading-under = { $gender ->
    [female] prowadząca działalność pod nazwą „{ $name }”
   *[other] prowadzący działalność pod nazwą „{ $name }”
}
hereinafter = { $role ->
    [creditor] („Wierzyciel”)
   *[debtor] („Dłużnik”)
}
one-side = z jednej strony;
other-side = z drugiej strony;
whereas-contract = { $number ->
    [none] **Zważywszy**, że strony zawarły umowę z { $date } dotyczącą { $subject } („Umowa”);
   *[other] **Zważywszy**, że strony zawarły umowę nr { $number } z { $date } dotyczącą { $subject } („Umowa”);
}
whereas-unpaid = **zważywszy**, że Dłużnik nie zapłacił Wierzycielowi w terminie wszystkich kwot należnych z Umowy;
whereas-request = **zważywszy**, że Dłużnik wniósł o rozłożenie długu na raty, a Wierzyciel wyraził na to zgodę na warunkach niniejszego porozumienia;
therefore = **strony postanawiają, oświadczają i uzgadniają, co następuje:**
h-ack = Uznanie długu
ack = Dłużnik uznaje i potwierdza, że na dzień { $date } jest winien Wierzycielowi z tytułu Umowy **{ $total }**, na co składają się („Dług”):
row-interest = Odsetki naliczone do dnia podpisania
## The acknowledgement of a debt (Limitation Law s.9) names a debt, not a demand (IL review N7).
label-debt-total = Łączna kwota długu
ack-undisputed = Dłużnik oświadcza, że Dług nie jest sporny i że nie przysługują mu wobec Wierzyciela żadne roszczenia, żądania ani wierzytelności do potrącenia w związku z nim.
ack-limitation = Niniejsze uznanie jest pisemnym uznaniem długu w rozumieniu art. 9 { -limitation-law } i pozostaje w mocy także w razie rozwiązania lub naruszenia niniejszego porozumienia.
ack-interest-by-law = Kwota długu nie obejmuje różnic waloryzacyjnych i odsetek ustawowych, których nie wyliczono. Wierzyciel zrzeka się różnic waloryzacyjnych i odsetek narosłych do dnia podpisania niniejszej umowy pod warunkiem dotrzymania przez Dłużnika harmonogramu spłat. Jeżeli umowa zostanie naruszona, a pozostała kwota postawiona w stan natychmiastowej wymagalności zgodnie z punktem { $section } poniżej, zrzeczenie traci moc, a Dłużnik zapłaci także różnice waloryzacyjne i odsetki ustawowe od każdej zaległej kwoty od pierwotnego terminu jej zapłaty, po odliczeniu kwot zapłaconych.
h-schedule = Harmonogram spłat
schedule = Dłużnik spłaci Dług Wierzycielowi w ratach, w kwotach i terminach podanych w tabeli poniżej:
label-number = Nr
schedule-business-days = Terminy rat wyznaczono na dni robocze; termin przypadający na dzień odpoczynku lub święto przesuwa się na następny dzień roboczy.
schedule-no-more = Dopóki Dłużnik przestrzega harmonogramu, do Długu nie dolicza się dalszych odsetek ani opłat za opóźnienie.
schedule-early = Dłużnik może w każdej chwili spłacić resztę Długu w całości lub w części przed terminem, bez żadnych dopłat. Wcześniejsza wpłata zalicza się na najbliższe raty według kolejności ich terminów.
h-payment = Sposób zapłaty
payment-to = { $account ->
    [none] Każda rata jest płatna przelewem na rachunek Wierzyciela, odbiorca { $holder }, z tytułem { $reference }.
   *[other] Każda rata jest płatna przelewem na rachunek Wierzyciela: { $account }, odbiorca { $holder }, z tytułem { $reference }.
}
payment-credited = Wpłata jest dokonana w dniu uznania rachunku Wierzyciela pełną kwotą. Wpłaty zalicza się według kolejności harmonogramu.
h-security = Zabezpieczenia
security = Na zabezpieczenie swoich zobowiązań Dłużnik przekaże Wierzycielowi przy podpisaniu porozumienia zabezpieczenia zaznaczone poniżej:
security-cheques = czeki z odroczoną datą na rzecz Wierzyciela, po jednym na każdą ratę, na kwoty i daty z harmonogramu;
security-guarantee = poręczenie osobiste wykonania porozumienia, podpisane przez poręczyciela: imię i nazwisko __________________ numer dowodu ______________;
security-consent = pisemną zgodę Dłużnika na wydanie przeciwko niemu wyroku na resztę Długu, którą Wierzyciel może złożyć w sądzie tylko wtedy, gdy reszta stanie się natychmiast wymagalna zgodnie z postanowieniem o natychmiastowej wymagalności poniżej.
security-use = Wierzyciel nie zrealizuje czeku ani zabezpieczenia przed terminem raty, którą zabezpiecza, i zwróci zabezpieczenia Dłużnikowi po spłacie całego Długu.
h-default = Natychmiastowa wymagalność
default = Jeżeli którakolwiek rata nie zostanie zapłacona w całości lub w części w ciągu { $grace } dni od jej terminu, cała niespłacona reszta Długu staje się natychmiast wymagalna, bez dodatkowego wezwania lub ostrzeżenia.
default-steps-contractual = W takim przypadku Wierzyciel może niezwłocznie podjąć wszelkie kroki w celu odzyskania reszty, zrealizować zabezpieczenia i żądać dodatkowo od reszty odsetek umownych według stopy z Umowy, a ewentualnie różnic waloryzacyjnych i odsetek ustawowych, od dnia natychmiastowej wymagalności do dnia zapłaty. Kwoty zapłacone do tego czasu zalicza się na poczet Długu.
default-steps-law = W takim przypadku Wierzyciel może niezwłocznie podjąć wszelkie kroki w celu odzyskania reszty, zrealizować zabezpieczenia i żądać dodatkowo od reszty różnic waloryzacyjnych i odsetek ustawowych, od dnia natychmiastowej wymagalności do dnia zapłaty. Kwoty zapłacone do tego czasu zalicza się na poczet Długu.
## With clause { $section } (the waiver revoked): interest by law once, not again on the balance (IL third review n5).
default-steps-law-revived = W takim przypadku Wierzyciel może niezwłocznie podjąć wszelkie kroki w celu odzyskania reszty, zrealizować zabezpieczenia i żądać dodatkowo różnic waloryzacyjnych i odsetek ustawowych, o których mowa w punkcie { $section } powyżej, do dnia zapłaty; niniejszy punkt nie powoduje podwójnego naliczenia różnic waloryzacyjnych i odsetek od tej samej kwoty za ten sam okres. Kwoty zapłacone do tego czasu zalicza się na poczet Długu.
h-creditor = Zobowiązanie Wierzyciela
creditor-no-steps = Dopóki Dłużnik wykonuje swoje zobowiązania z niniejszego porozumienia, Wierzyciel nie wszczyna przeciwko niemu postępowania sądowego w celu odzyskania Długu.
creditor-settled = Z chwilą zapłaty całego Długu zgodnie z niniejszym porozumieniem wszelkie roszczenia Wierzyciela wobec Dłużnika związane z Długiem zostają zaspokojone.
h-general = Postanowienia ogólne
general-waiver = Niniejsze porozumienie nie uchybia prawom Wierzyciela z Umowy, chyba że wyraźnie stanowi inaczej. Zrzeczenie się, rabat lub odroczenie udzielone Dłużnikowi nie stanowią zrzeczenia się prawa, jeżeli nie zostały udzielone na piśmie i podpisane przez Wierzyciela.
general-changes = Wszelkie zmiany niniejszego porozumienia wymagają formy pisemnej i podpisu obu stron.
general-law-courts = Niniejsze porozumienie podlega prawu izraelskiemu. Spory z niego rozstrzyga sąd właściwy według prawa.
general-law-venue = Niniejsze porozumienie podlega prawu izraelskiemu. Wyłączna właściwość miejscowa w sporach z niego przysługuje właściwym sądom miasta { $city }, z zastrzeżeniem przepisów o właściwości rzeczowej i przepisu 2 { -small-claims-regs }.
in-witness = Na dowód czego strony złożyły podpisy:
label-creditor = Wierzyciel
label-debtor = Dłużnik
signature-line = { $signer_form ->
    [organisation] Podpis i pieczęć osób uprawnionych
   *[other] Podpis
}
date-line = Data
