## Przedsądowe wezwanie do zapłaty, prawo polskie: brzmienie polskie.

title = Przedsądowe wezwanie do zapłaty
heading = Przedsądowe wezwanie do zapłaty
delivery-mode = { $sent_kind ->
    [email] Pocztą elektroniczną
    [e_delivery] Na adres do doręczeń elektronicznych
    [hand] Do rąk własnych
    [courier] Przesyłką kurierską
    [letter] Listem zwykłym
   *[other] Listem poleconym
}
intro = { $form ->
    [person] { $gender ->
        [female] { $invoice_count ->
        [1] na podstawie { $contract } wykonaliśmy nasze świadczenie i wystawiliśmy Pani fakturę:
       *[other] na podstawie { $contract } wykonaliśmy nasze świadczenie i wystawiliśmy Pani następujące faktury:
    }
        [male] { $invoice_count ->
        [1] na podstawie { $contract } wykonaliśmy nasze świadczenie i wystawiliśmy Panu fakturę:
       *[other] na podstawie { $contract } wykonaliśmy nasze świadczenie i wystawiliśmy Panu następujące faktury:
    }
       *[other] { $invoice_count ->
        [1] na podstawie { $contract } wykonaliśmy nasze świadczenie i wystawiliśmy Państwu fakturę:
       *[other] na podstawie { $contract } wykonaliśmy nasze świadczenie i wystawiliśmy Państwu następujące faktury:
    }
    }
   *[other] { $invoice_count ->
        [1] na podstawie { $contract } wykonaliśmy nasze świadczenie i wystawiliśmy Państwu fakturę:
       *[other] na podstawie { $contract } wykonaliśmy nasze świadczenie i wystawiliśmy Państwu następujące faktury:
    }
}
invoice-item = faktura nr { $invoice } z dnia { $issued } r. na kwotę { $amount }{ $delivered ->
    [none] {""}
   *[other] , doręczona w dniu { $delivered } r.
}, z terminem płatności upływającym w dniu { $due } r.{ $accepted_kind ->
    [none] {""}
    [acceptance_protocol] ; prace odebrano protokołem odbioru{ $accepted_no ->
        [none] {""}
       *[other] {" "}nr { $accepted_no }
    }{ $accepted_date ->
        [none] {""}
       *[other] {" "}z dnia { $accepted_date } r.
    }, podpisanym przez { $form ->
        [person] { $gender ->
            [female] Panią
            [male] Pana
           *[other] Państwa
        }
       *[other] Państwa
    }.
   *[other] ; odbiór potwierdzono dokumentem{ $accepted_no ->
        [none] {""}
       *[other] {" "}nr { $accepted_no }
    }{ $accepted_date ->
        [none] {""}
       *[other] {" "}z dnia { $accepted_date } r.
    }, podpisanym przez { $form ->
        [person] { $gender ->
            [female] Panią
            [male] Pana
           *[other] Państwa
        }
       *[other] Państwa
    }.
}
unpaid-after-reminders = { $invoice_count ->
    [1] { $count ->
        [one] Pomimo upływu terminu płatności oraz naszego przypomnienia wysłanego w dniu { $reminders } należność ta nie została zapłacona w całości.
       *[other] Pomimo upływu terminu płatności oraz naszych przypomnień wysłanych w dniach: { $reminders } należność ta nie została zapłacona w całości.
    }
   *[other] { $count ->
        [one] Pomimo upływu terminów płatności oraz naszego przypomnienia wysłanego w dniu { $reminders } należności te nie zostały zapłacone w całości.
       *[other] Pomimo upływu terminów płatności oraz naszych przypomnień wysłanych w dniach: { $reminders } należności te nie zostały zapłacone w całości.
    }
}
unpaid = { $invoice_count ->
    [1] Pomimo upływu terminu płatności należność ta nie została zapłacona w całości.
   *[other] Pomimo upływu terminów płatności należności te nie zostały zapłacone w całości.
}
demand = { $form ->
    [person] { $gender ->
        [female] W związku z powyższym **wzywamy Panią do zapłaty kwoty { $total }** (słownie: { $words }) w terminie { $days } dni od daty niniejszego wezwania, tj. najpóźniej do dnia **{ $pay_by } r.**
        [male] W związku z powyższym **wzywamy Pana do zapłaty kwoty { $total }** (słownie: { $words }) w terminie { $days } dni od daty niniejszego wezwania, tj. najpóźniej do dnia **{ $pay_by } r.**
       *[other] W związku z powyższym **wzywamy Państwa do zapłaty kwoty { $total }** (słownie: { $words }) w terminie { $days } dni od daty niniejszego wezwania, tj. najpóźniej do dnia **{ $pay_by } r.**
    }
   *[other] W związku z powyższym **wzywamy Państwa do zapłaty kwoty { $total }** (słownie: { $words }) w terminie { $days } dni od daty niniejszego wezwania, tj. najpóźniej do dnia **{ $pay_by } r.**
}
composition = Na dochodzoną kwotę składają się: należność główna { $principal }{ $interest ->
    [none] {""}
   *[other] , odsetki naliczone do dnia { $as_of } r. { $interest }
}{ $compensation ->
    [none] {""}
   *[other] , rekompensata za koszty odzyskiwania należności { $compensation }
}. Szczegółowe wyliczenie przedstawia poniższe zestawienie.
payments-applied = { $form ->
    [person] { $gender ->
        [female] { $count ->
        [one] Przy wyliczeniu uwzględniliśmy Pani wpłatę: { $payments } Zgodnie z art. 451 § 1 { -kc } wpłatę na poczet długu zaliczyliśmy najpierw na zaległe odsetki, a w pozostałej części na należność główną.
       *[other] Przy wyliczeniu uwzględniliśmy Pani wpłaty: { $payments } Zgodnie z art. 451 § 1 { -kc } każdą wpłatę na poczet długu zaliczyliśmy najpierw na zaległe odsetki, a w pozostałej części na należność główną.
    }
        [male] { $count ->
        [one] Przy wyliczeniu uwzględniliśmy Pana wpłatę: { $payments } Zgodnie z art. 451 § 1 { -kc } wpłatę na poczet długu zaliczyliśmy najpierw na zaległe odsetki, a w pozostałej części na należność główną.
       *[other] Przy wyliczeniu uwzględniliśmy Pana wpłaty: { $payments } Zgodnie z art. 451 § 1 { -kc } każdą wpłatę na poczet długu zaliczyliśmy najpierw na zaległe odsetki, a w pozostałej części na należność główną.
    }
       *[other] { $count ->
        [one] Przy wyliczeniu uwzględniliśmy Państwa wpłatę: { $payments } Zgodnie z art. 451 § 1 { -kc } wpłatę na poczet długu zaliczyliśmy najpierw na zaległe odsetki, a w pozostałej części na należność główną.
       *[other] Przy wyliczeniu uwzględniliśmy Państwa wpłaty: { $payments } Zgodnie z art. 451 § 1 { -kc } każdą wpłatę na poczet długu zaliczyliśmy najpierw na zaległe odsetki, a w pozostałej części na należność główną.
    }
    }
   *[other] { $count ->
        [one] Przy wyliczeniu uwzględniliśmy Państwa wpłatę: { $payments } Zgodnie z art. 451 § 1 { -kc } wpłatę na poczet długu zaliczyliśmy najpierw na zaległe odsetki, a w pozostałej części na należność główną.
       *[other] Przy wyliczeniu uwzględniliśmy Państwa wpłaty: { $payments } Zgodnie z art. 451 § 1 { -kc } każdą wpłatę na poczet długu zaliczyliśmy najpierw na zaległe odsetki, a w pozostałej części na należność główną.
    }
}
interest-running = Od dnia następującego po dniu wymagalności każdej z należności przysługują nam { $basis }. Odsetki narastają nadal, aż do dnia zapłaty.
compensation-basis = { $count ->
    [one] Przysługuje nam również, bez wezwania, rekompensata za koszty odzyskiwania należności (art. 10 ust. 1 { -act-2013 }):
   *[other] Przysługują nam również, bez wezwania, rekompensaty za koszty odzyskiwania należności (art. 10 ust. 1 { -act-2013 }), za każdą fakturę odrębnie:
}
compensation-costs = Zastrzegamy prawo dochodzenia zwrotu uzasadnionych kosztów odzyskiwania należności w części przewyższającej rekompensatę (art. 10 ust. 2 { -act-2013 }).
register-warning = { $consumer_kind ->
    [consumer] { $form ->
        [person] { $gender ->
            [female] **Ostrzeżenie o zamiarze przekazania danych do biura informacji gospodarczej.** Na podstawie art. 14 ust. 1 ustawy z dnia 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych ostrzegamy, że w razie braku zapłaty zamierzamy przekazać informacje o Pani zobowiązaniu do biura informacji gospodarczej **{ $register }** (adres siedziby: { $address }). Informacje zostaną przekazane nie wcześniej niż po upływie miesiąca od dnia wysłania niniejszego wezwania listem poleconym albo jego doręczenia do rąk własnych na wskazany przez Panią adres do korespondencji, a w jego braku – na adres zamieszkania, jeżeli łączna kwota wymagalnych zobowiązań wyniesie co najmniej dwieście złotych i spełnione będą pozostałe przesłanki art. 14 ust. 1 tej ustawy.
            [male] **Ostrzeżenie o zamiarze przekazania danych do biura informacji gospodarczej.** Na podstawie art. 14 ust. 1 ustawy z dnia 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych ostrzegamy, że w razie braku zapłaty zamierzamy przekazać informacje o Pana zobowiązaniu do biura informacji gospodarczej **{ $register }** (adres siedziby: { $address }). Informacje zostaną przekazane nie wcześniej niż po upływie miesiąca od dnia wysłania niniejszego wezwania listem poleconym albo jego doręczenia do rąk własnych na wskazany przez Pana adres do korespondencji, a w jego braku – na adres zamieszkania, jeżeli łączna kwota wymagalnych zobowiązań wyniesie co najmniej dwieście złotych i spełnione będą pozostałe przesłanki art. 14 ust. 1 tej ustawy.
           *[other] **Ostrzeżenie o zamiarze przekazania danych do biura informacji gospodarczej.** Na podstawie art. 14 ust. 1 ustawy z dnia 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych ostrzegamy, że w razie braku zapłaty zamierzamy przekazać informacje o Państwa zobowiązaniu do biura informacji gospodarczej **{ $register }** (adres siedziby: { $address }). Informacje zostaną przekazane nie wcześniej niż po upływie miesiąca od dnia wysłania niniejszego wezwania listem poleconym albo jego doręczenia do rąk własnych na wskazany przez Państwa adres do korespondencji, a w jego braku – na adres zamieszkania, jeżeli łączna kwota wymagalnych zobowiązań wyniesie co najmniej dwieście złotych i spełnione będą pozostałe przesłanki art. 14 ust. 1 tej ustawy.
        }
       *[other] **Ostrzeżenie o zamiarze przekazania danych do biura informacji gospodarczej.** Na podstawie art. 14 ust. 1 ustawy z dnia 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych ostrzegamy, że w razie braku zapłaty zamierzamy przekazać informacje o Państwa zobowiązaniu do biura informacji gospodarczej **{ $register }** (adres siedziby: { $address }). Informacje zostaną przekazane nie wcześniej niż po upływie miesiąca od dnia wysłania niniejszego wezwania listem poleconym albo jego doręczenia do rąk własnych na wskazany przez Państwa adres do korespondencji, a w jego braku – na adres zamieszkania, jeżeli łączna kwota wymagalnych zobowiązań wyniesie co najmniej dwieście złotych i spełnione będą pozostałe przesłanki art. 14 ust. 1 tej ustawy.
    }
   *[other] { $form ->
        [person] { $gender ->
            [female] **Ostrzeżenie o zamiarze przekazania danych do biura informacji gospodarczej.** Na podstawie art. 15 ust. 1 ustawy z dnia 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych ostrzegamy, że w razie braku zapłaty zamierzamy przekazać informacje o Pani zobowiązaniu do biura informacji gospodarczej **{ $register }** (adres siedziby: { $address }). Informacje zostaną przekazane nie wcześniej niż po upływie miesiąca od dnia wysłania niniejszego wezwania listem poleconym albo jego doręczenia do rąk własnych lub na adres do doręczeń elektronicznych, jeżeli zobowiązanie wynika ze stosunku prawnego związanego z wykonywaną przez Panią działalnością gospodarczą, łączna kwota wymagalnych zobowiązań wyniesie co najmniej pięćset złotych, a świadczenia będą wymagalne od co najmniej trzydziestu dni.
            [male] **Ostrzeżenie o zamiarze przekazania danych do biura informacji gospodarczej.** Na podstawie art. 15 ust. 1 ustawy z dnia 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych ostrzegamy, że w razie braku zapłaty zamierzamy przekazać informacje o Pana zobowiązaniu do biura informacji gospodarczej **{ $register }** (adres siedziby: { $address }). Informacje zostaną przekazane nie wcześniej niż po upływie miesiąca od dnia wysłania niniejszego wezwania listem poleconym albo jego doręczenia do rąk własnych lub na adres do doręczeń elektronicznych, jeżeli zobowiązanie wynika ze stosunku prawnego związanego z wykonywaną przez Pana działalnością gospodarczą, łączna kwota wymagalnych zobowiązań wyniesie co najmniej pięćset złotych, a świadczenia będą wymagalne od co najmniej trzydziestu dni.
           *[other] **Ostrzeżenie o zamiarze przekazania danych do biura informacji gospodarczej.** Na podstawie art. 15 ust. 1 ustawy z dnia 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych ostrzegamy, że w razie braku zapłaty zamierzamy przekazać informacje o Państwa zobowiązaniu do biura informacji gospodarczej **{ $register }** (adres siedziby: { $address }). Informacje zostaną przekazane nie wcześniej niż po upływie miesiąca od dnia wysłania niniejszego wezwania listem poleconym albo jego doręczenia do rąk własnych lub na adres do doręczeń elektronicznych, jeżeli zobowiązanie wynika ze stosunku prawnego związanego z wykonywaną przez Państwa działalnością gospodarczą, łączna kwota wymagalnych zobowiązań wyniesie co najmniej pięćset złotych, a świadczenia będą wymagalne od co najmniej trzydziestu dni.
        }
       *[other] **Ostrzeżenie o zamiarze przekazania danych do biura informacji gospodarczej.** Na podstawie art. 15 ust. 1 ustawy z dnia 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych ostrzegamy, że w razie braku zapłaty zamierzamy przekazać informacje o Państwa zobowiązaniu do biura informacji gospodarczej **{ $register }** (adres siedziby: { $address }). Informacje zostaną przekazane nie wcześniej niż po upływie miesiąca od dnia wysłania niniejszego wezwania listem poleconym albo jego doręczenia do rąk własnych lub na adres do doręczeń elektronicznych, jeżeli zobowiązanie wynika ze stosunku prawnego związanego z wykonywaną przez Państwa działalnością gospodarczą, łączna kwota wymagalnych zobowiązań wyniesie co najmniej pięćset złotych, a świadczenia będą wymagalne od co najmniej trzydziestu dni.
    }
}
court-step = { $form ->
    [person] { $gender ->
        [female] Jeżeli w wyznaczonym terminie nie otrzymamy zapłaty, od dnia **{ $steps_from } r.** wystąpimy przeciwko Pani z powództwem o zapłatę do właściwego sądu powszechnego, bez dalszego wezwania. Będziemy wówczas dochodzić od Pani również zwrotu kosztów postępowania, w tym opłaty sądowej{ $proxy_kind ->
            [yes] {" "}i kosztów zastępstwa procesowego
           *[other] {""}, a w razie ustanowienia przez nas pełnomocnika – także kosztów zastępstwa procesowego
        }, a następnie kosztów postępowania egzekucyjnego.
        [male] Jeżeli w wyznaczonym terminie nie otrzymamy zapłaty, od dnia **{ $steps_from } r.** wystąpimy przeciwko Panu z powództwem o zapłatę do właściwego sądu powszechnego, bez dalszego wezwania. Będziemy wówczas dochodzić od Pana również zwrotu kosztów postępowania, w tym opłaty sądowej{ $proxy_kind ->
            [yes] {" "}i kosztów zastępstwa procesowego
           *[other] {""}, a w razie ustanowienia przez nas pełnomocnika – także kosztów zastępstwa procesowego
        }, a następnie kosztów postępowania egzekucyjnego.
       *[other] Jeżeli w wyznaczonym terminie nie otrzymamy zapłaty, od dnia **{ $steps_from } r.** wystąpimy przeciwko Państwu z powództwem o zapłatę do właściwego sądu powszechnego, bez dalszego wezwania. Będziemy wówczas dochodzić od Państwa również zwrotu kosztów postępowania, w tym opłaty sądowej{ $proxy_kind ->
            [yes] {" "}i kosztów zastępstwa procesowego
           *[other] {""}, a w razie ustanowienia przez nas pełnomocnika – także kosztów zastępstwa procesowego
        }, a następnie kosztów postępowania egzekucyjnego.
    }
   *[other] Jeżeli w wyznaczonym terminie nie otrzymamy zapłaty, od dnia **{ $steps_from } r.** wystąpimy przeciwko Państwu z powództwem o zapłatę do właściwego sądu powszechnego, bez dalszego wezwania. Będziemy wówczas dochodzić od Państwa również zwrotu kosztów postępowania, w tym opłaty sądowej{ $proxy_kind ->
            [yes] {" "}i kosztów zastępstwa procesowego
           *[other] {""}, a w razie ustanowienia przez nas pełnomocnika – także kosztów zastępstwa procesowego
        }, a następnie kosztów postępowania egzekucyjnego.
}
amicable = Jesteśmy otwarci na polubowne rozwiązanie sprawy, w tym na rozłożenie należności na raty lub mediację. W tym celu prosimy o kontakt przed upływem wyznaczonego terminu{ $contact }.
enclosures = **Załączniki:** { $enclosures }.
