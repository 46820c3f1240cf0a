## Porozumienie o spłacie w ratach, Anglia i Walia: polski przekład.

title = Porozumienie o spłacie w ratach
heading = Porozumienie o spłacie zadłużenia w ratach
made-on = { $city ->
    [none] Niniejsze porozumienie zostaje zawarte dnia { $date } pomiędzy:
   *[other] Niniejsze porozumienie zostaje zawarte dnia { $date } w { $city } pomiędzy:
}
represented-by = { $role ->
    [none] reprezentowanym przez { $name }
   *[other] reprezentowanym przez { $name }, { $role }
}
the-creditor = „Wierzyciel”
the-debtor = „Dłużnik”
and = oraz
background = **Wprowadzenie.** Na podstawie { $contract } („Umowa”) Wierzyciel wykonał opisane w Umowie prace i dostawy, za które Dłużnik nie zapłacił w całości. { $asked ->
    [true] Dłużnik zwrócił się o odroczenie terminu zapłaty.
   *[false] Strony uzgodniły, że Dług może zostać zapłacony w ratach.
    } W zamian za uznanie długu i zobowiązania Dłużnika określone poniżej Wierzyciel zgadza się przyjąć zapłatę w ratach na warunkach niniejszego porozumienia.
s1 = 1. Uznanie długu
s1-1 = { $part ->
    [true] **1.1** Dłużnik uznaje, że na koniec dnia { $date } jest winien Wierzycielowi z tytułu Umowy **{ $total }** („Dług”), tj. tę część należnej kwoty, której Dłużnik nie kwestionuje, na co składają się:
   *[other] **1.1** Dłużnik uznaje, że na koniec dnia { $date } jest winien Wierzycielowi z tytułu Umowy **{ $total }** („Dług”), na co składają się:
}
row-interest = { $basis ->
    [lpcda_1998] Odsetki ustawowe (Late Payment of Commercial Debts (Interest) Act 1998) do tego dnia
   *[other] Odsetki umowne do tego dnia
}
s1-2-consumer = **1.2** Dłużnik potwierdza, że Dług jest wymagalny. Żadne postanowienie niniejszego porozumienia nie uchyla uprawnień Dłużnika jako konsumenta, w tym wynikających z Consumer Rights Act 2015.
s1-2-business = **1.2** Dłużnik potwierdza, że Dług jest wymagalny i że nie przysługują mu wobec niego żadne zarzuty, potrącenia ani roszczenia wzajemne.
s1-3 = **1.3** Strony zamierzają, aby niniejszy punkt stanowił pisemne i podpisane uznanie Długu w rozumieniu sekcji 29 i 30 Limitation Act 1980.
do-not-sign = { $reason ->
    [unknown] NIE PODPISYWAĆ. Spór zgłoszony przez Dłużnika nie ma określonej kwoty, więc nie wiadomo, jaką część długu Dłużnik kwestionuje, i Dłużnik mógłby uznać to, co kwestionuje. Najpierw należy odnotować kwestionowaną kwotę albo odpowiedzieć na reklamację na piśmie, a następnie ponownie wygenerować dokument.
   *[nothing-left] NIE PODPISYWAĆ. Dłużnik kwestionuje całą należną kwotę, więc nie pozostaje żadna niekwestionowana część do spłaty w ratach. Najpierw należy odpowiedzieć na reklamację na piśmie.
}
label-disputed = { $extras ->
    [both] Minus część kwestionowana przez Dłużnika wraz z odsetkami od niej i zryczałtowanym odszkodowaniem lub jego częścią, które od niej zależą (nieuznana)
    [interest] Minus część kwestionowana przez Dłużnika wraz z odsetkami od niej (nieuznana)
   *[other] Minus część kwestionowana przez Dłużnika (nieuznana)
}
s1-4-dispute = **1.{ $number }** Reklamacja Dłużnika z dnia { $date } dotycząca: { $disputed }{ $amount ->
    [none] {""}
   *[other] {" "}({ $amount })
} nie zostaje rozstrzygnięta niniejszą umową, a Dłużnik niczego w jej zakresie nie uznaje: Wierzyciel odpowie na nią na piśmie, a niniejsza umowa jej nie dotyczy.
s2 = 2. Raty
s2-1 = **2.1** Dłużnik zapłaci Dług w miesięcznych ratach, jak następuje:
col-no = Nr
col-due = Termin płatności
s2-2 = **2.2** Każda rata musi wpłynąć na rachunek Wierzyciela w terminie płatności. Dłużnik może zapłacić każdą ratę wcześniej albo w każdej chwili spłacić całe pozostałe saldo bez żadnych opłat.
s2-3 = **2.3** Dopóki Dłużnik płaci raty zgodnie z niniejszym porozumieniem, Wierzyciel nie będzie naliczał od Długu odsetek, opłat ani innych należności za okres po dniu zawarcia niniejszego porozumienia i nie wszczynie postępowania sądowego o jego zapłatę. Po zapłacie ostatniej raty Wierzyciel zrzeka się tych odsetek i należności.
s2-4-credit = { $exempt ->
    [true] **2.4** Za odroczenie terminu zapłaty nie są należne odsetki ani inne opłaty, a Dług podlega spłacie w nie więcej niż 12 ratach w ciągu 12 miesięcy od dnia zawarcia niniejszego porozumienia, wobec czego porozumienie jest umową zwolnioną na podstawie art. 60F(2) Financial Services and Markets Act 2000 (Regulated Activities) Order 2001 i nie podlega Consumer Credit Act 1974.
   *[other] **2.4** Ostrzeżenie: harmonogram obejmuje więcej niż 12 rat albo wykracza poza 12 miesięcy od dnia zawarcia porozumienia, wobec czego nie korzysta ze zwolnienia z art. 60F(2) Financial Services and Markets Act 2000 (Regulated Activities) Order 2001 i może stanowić umowę kredytu podlegającą Consumer Credit Act 1974. Nie należy go podpisywać bez porady prawnej; należy przewidzieć najwyżej 12 rat w ciągu 12 miesięcy.
}
s3 = 3. Sposób zapłaty
s3-1 = { $account ->
    [none] **3.1** Dłużnik będzie płacił przelewem na rachunek wskazany na piśmie przez Wierzyciela, posiadacz rachunku { $holder }, z tytułem { $reference }. Zapłata następuje z chwilą uznania tego rachunku. Wpłaty zalicza się na raty według kolejności terminów płatności.
   *[other] { $bank ->
        [none] **3.1** Dłużnik będzie płacił przelewem na rachunek Wierzyciela { $account }, posiadacz rachunku { $holder }, z tytułem { $reference }. Zapłata następuje z chwilą uznania tego rachunku. Wpłaty zalicza się na raty według kolejności terminów płatności.
       *[other] **3.1** Dłużnik będzie płacił przelewem na rachunek Wierzyciela { $account } w { $bank }, posiadacz rachunku { $holder }, z tytułem { $reference }. Zapłata następuje z chwilą uznania tego rachunku. Wpłaty zalicza się na raty według kolejności terminów płatności.
    }
}
s4 = 4. Niezapłacenie raty
s4-1-notice = **4.1** Jeżeli rata nie wpłynie w całości w ciągu { $grace } dni od terminu płatności, Wierzyciel może zawiadomić Dłużnika na piśmie o zaległości. Jeżeli zaległość nie zostanie zapłacona w ciągu 14 dni od doręczenia zawiadomienia, całe pozostałe saldo Długu staje się wymagalne, a punkt 2.3 przestaje obowiązywać.
s4-1-business = **4.1** Jeżeli rata nie wpłynie w całości w ciągu { $grace } dni od terminu płatności, całe pozostałe saldo Długu staje się natychmiast wymagalne bez dodatkowego wezwania, a punkt 2.3 przestaje obowiązywać.
s4-2-s69 = **4.2** Wierzyciel może wówczas wnieść o zasądzenie odsetek od niezapłaconego salda na podstawie sekcji 69 County Courts Act 1984, które sąd przyznaje według swego uznania.
s4-2-interest = { $basis ->
    [lpcda_1998] **4.2** Od niezapłaconej części należności głównej ponownie biegną wówczas odsetki ustawowe na podstawie Late Payment of Commercial Debts (Interest) Act 1998, od dnia następującego po terminie płatności niezapłaconej raty do dnia zapłaty.
   *[other] **4.2** Od niezapłaconej części należności głównej ponownie biegną wówczas odsetki umowne według stopy określonej w Umowie, od dnia następującego po terminie płatności niezapłaconej raty do dnia zapłaty.
}
s4-2-none = **4.2** Od niezapłaconego salda nie nalicza się odsetek.
s4-3-protocol = **4.3** Wierzyciel może wówczas wszcząć postępowanie sądowe o zapłatę pozostałego salda, po zastosowaniu Pre-Action Protocol for Debt Claims, jeżeli ma on zastosowanie.
s4-3-business = **4.3** Wierzyciel może wówczas wszcząć postępowanie sądowe o zapłatę pozostałego salda, odsetek i kosztów.
s4-4 = **4.4** Dokonane już wpłaty pozostają zaliczone na poczet Długu.
s5 = 5. Brak zrzeczenia się praw
s5-1 = **5.1** Żadna zwłoka ani pobłażliwość Wierzyciela w egzekwowaniu niniejszego porozumienia ani przyjęcie spóźnionej lub częściowej wpłaty nie oznacza zrzeczenia się jego praw. Niniejsze porozumienie nie zastępuje Umowy ani nie tworzy nowego długu: Umowa pozostaje w mocy, zmieniona jedynie co do terminu zapłaty Długu.
s5-2-consumer = **5.2** Dłużnik jest konsumentem. Jeżeli sytuacja Dłużnika się zmieni i nie będzie on mógł zapłacić raty, powinien jak najszybciej poinformować o tym Wierzyciela; bezpłatne doradztwo w sprawie zadłużenia oferują m.in. National Debtline (nationaldebtline.org), StepChange Debt Charity (stepchange.org) i Citizens Advice (citizensadvice.org.uk).
s6 = 6. Prawo właściwe, zmiany i egzemplarze
s6-1 = **6.1** Niniejsze porozumienie podlega prawu Anglii i Walii, a sądy Anglii i Walii są właściwe do rozstrzygania sporów z niego wynikających lub z nim związanych.
s6-2 = **6.2** Wszelkie zmiany niniejszego porozumienia wymagają formy pisemnej i podpisu obu stron.
s6-3 = **6.3** Niniejsze porozumienie może zostać podpisane w dowolnej liczbie egzemplarzy (counterparts), z których każdy jest oryginałem, a wszystkie razem stanowią jedno porozumienie. Podpisana kopia przesłana e-mailem w formacie PDF jest podpisanym egzemplarzem.
for-creditor = Za Wierzyciela:
for-debtor = Za Dłużnika:
signature-line = Podpis: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
date-line = Data: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
