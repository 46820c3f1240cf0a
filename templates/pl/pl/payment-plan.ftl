## Porozumienie o spłacie w ratach, prawo polskie: brzmienie polskie.

title = Porozumienie w sprawie spłaty zadłużenia w ratach
heading = Porozumienie w sprawie spłaty zadłużenia w ratach
made-on = zawarte w dniu { $date } r. pomiędzy Wierzycielem a Dłużnikiem, tj.:
represented-by = { $role ->
    [none] osoba reprezentująca: { $name }
   *[other] osoba reprezentująca: { $name } ({ $role })
}
called = { $role_kind ->
    [creditor] dalej jako „Wierzyciel”
   *[other] dalej jako „Dłużnik”
}
together = dalej łącznie jako „Strony”.
h-acknowledgement = § 1. Uznanie długu
acknowledgement = Dłużnik oświadcza, że uznaje dług wobec Wierzyciela wynikający z { $contract } oraz z wystawionych na jej podstawie faktur i że według stanu na dzień { $as_of } r. jest zobowiązany do zapłaty na rzecz Wierzyciela kwoty **{ $total }** (słownie: { $words }).
composition-intro = Na kwotę, o której mowa w ust. 1, składają się:
part-principal = należność główna: { $amount }
part-interest = odsetki naliczone do dnia { $as_of } r.: { $amount }
part-compensation = rekompensata za koszty odzyskiwania należności (art. 10 ust. 1 { -act-2013 }): { $amount }
list-sep = ;
list-end = .
no-defences = Dłużnik oświadcza, że nie przysługują mu wobec Wierzyciela żadne zarzuty ani wierzytelności, które mógłby przedstawić do potrącenia z kwotą, o której mowa w ust. 1.
limitation = Uznanie długu przerywa bieg przedawnienia roszczeń Wierzyciela objętych niniejszym porozumieniem; przedawnienie biegnie na nowo od dnia jego zawarcia (art. 123 § 1 pkt 2 i art. 124 § 1 { -kc }).
h-schedule = § 2. Harmonogram spłaty
schedule-intro = Wierzyciel wyraża zgodę na spłatę kwoty, o której mowa w § 1 ust. 1, w ratach, w terminach i kwotach określonych w harmonogramie:
label-instalment = Nr raty
schedule-sum = Suma rat odpowiada łącznej kwocie zadłużenia, tj. { $total } (słownie: { $words }).
early-payment = Dłużnik może spłacić zadłużenie lub jego część przed terminem; wpłata przedterminowa zalicza się na najbliższe raty.
standstill = Dopóki Dłużnik płaci raty zgodnie z porozumieniem, Wierzyciel nie nalicza od kwoty objętej porozumieniem odsetek za okres po dniu { $as_of } r. i nie wystąpi przeciwko Dłużnikowi na drogę sądową ani nie przekaże danych o zadłużeniu do biura informacji gospodarczej; z chwilą terminowej zapłaty ostatniej raty zrzeka się tych odsetek.
h-payment = § 3. Sposób zapłaty
pay-to = Raty należy wpłacać przelewem na rachunek bankowy Wierzyciela{ $account ->
    [none] {""}
   *[other] { $bank ->
        [none] {" "}nr { $account }
       *[other] {" "}nr { $account } ({ $bank })
    }
}, w tytule przelewu wskazując: „{ $title } – rata nr …”.
payment-day = Za dzień zapłaty uważa się dzień uznania rachunku bankowego Wierzyciela.
oldest-first = Wpłaty zalicza się w pierwszej kolejności na najdawniej wymagalną ratę.
h-acceleration = § 4. Natychmiastowa wymagalność
acceleration = Jeżeli Dłużnik opóźni się z zapłatą którejkolwiek raty o więcej niż { $days } dni, Wierzyciel może, zawiadamiając Dłużnika na piśmie, postawić całą niespłaconą część zadłużenia w stan natychmiastowej wymagalności z dniem doręczenia zawiadomienia.
acceleration-effect = W takim przypadku postanowienie § 2 ust. 4 przestaje obowiązywać, a Wierzyciel może dochodzić zapłaty całej niespłaconej kwoty wraz z odsetkami od niespłaconej części należności głównej: w części przypadającej na niezapłaconą ratę – od dnia następującego po terminie jej płatności, a w pozostałej części – od dnia następującego po dniu doręczenia zawiadomienia, o którym mowa w ust. 1, do dnia zapłaty; są to { $basis }.
paid-stays = Dokonane już wpłaty pozostają zaliczone na poczet zadłużenia.
h-final = § 5. Postanowienia końcowe
final-law = Porozumienie podlega prawu polskiemu.{ $forum_kind ->
    [creditor_seat] { $creditor_form ->
        [sole_trader] {" "}Spory wynikające z porozumienia rozstrzyga sąd powszechny właściwy miejscowo dla miejsca wykonywania działalności gospodarczej Wierzyciela (art. 46 § 1 { -kpc }).
       *[other] {" "}Spory wynikające z porozumienia rozstrzyga sąd powszechny właściwy miejscowo dla siedziby Wierzyciela (art. 46 § 1 { -kpc }).
    }
    [mediation] {" "}Do sporów wynikających z porozumienia stosuje się postanowienia umowy o mediacji.
   *[other] {""}
}
no-novation = W sprawach nieuregulowanych porozumieniem stosuje się postanowienia umowy{ $number ->
    [none] {""}
   *[other] {" "}nr { $number }
}; porozumienie nie stanowi odnowienia zobowiązania.
form = Zmiany porozumienia wymagają formy pisemnej pod rygorem nieważności.
copies = Porozumienie sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.
signs-for = { $role_kind ->
    [creditor] Za Wierzyciela:
   *[other] Za Dłużnika:
}
name-role-line = imię, nazwisko i funkcja: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
krs-representation = { $krs ->
    [none] podpis zgodnie ze sposobem reprezentacji ujawnionym w rejestrze
   *[other] podpis zgodnie ze sposobem reprezentacji ujawnionym w KRS (nr { $krs })
}
note-krs = **Uwaga (nie wchodzi w treść porozumienia).** Uznanie długu w imieniu spółki wiąże ją tylko wtedy, gdy podpisują je osoby uprawnione do jej reprezentacji według aktualnego odpisu z KRS (np. w spółce z o.o. – członkowie zarządu w sposób określony w umowie spółki, art. 205 § 1 Kodeksu spółek handlowych) albo pełnomocnik na podstawie pełnomocnictwa. Przed podpisaniem sprawdź odpis z KRS; jeżeli wymagane jest współdziałanie dwóch osób, porozumienie podpisują obie.
