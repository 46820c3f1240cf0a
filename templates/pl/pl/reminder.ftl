## Przypomnienia, prawo polskie: brzmienie polskie.

title = Przypomnienie o płatności { $level }
heading = { $level ->
    [1] Przypomnienie o płatności
    [2] Ponowne przypomnienie o zaległej płatności
   *[3] Ostateczne przypomnienie przed podjęciem kroków prawnych
}
friendly-one = uprzejmie przypominamy, że faktura nr { $invoice } z dnia { $issued } r. na kwotę { $amount }, wystawiona na podstawie { $contract }, była płatna w dniu { $due } r. Według naszej ewidencji nie została dotychczas zapłacona w całości.
friendly-many = uprzejmie przypominamy, że upłynęły terminy płatności faktur wymienionych w zestawieniu poniżej, wystawionych na podstawie { $contract }. Według naszej ewidencji nie zostały dotychczas zapłacone w całości.
friendly-overlooked = { $form ->
    [person] { $gender ->
        [female] Zapewne płatność po prostu umknęła Pani uwadze. Będziemy wdzięczni za zapłatę kwoty **{ $principal }** do dnia **{ $pay_by } r.**
        [male] Zapewne płatność po prostu umknęła Pana uwadze. Będziemy wdzięczni za zapłatę kwoty **{ $principal }** do dnia **{ $pay_by } r.**
       *[other] Zapewne płatność po prostu umknęła Państwa uwadze. Będziemy wdzięczni za zapłatę kwoty **{ $principal }** do dnia **{ $pay_by } r.**
    }
   *[other] Zapewne płatność po prostu umknęła Państwa uwadze. Będziemy wdzięczni za zapłatę kwoty **{ $principal }** do dnia **{ $pay_by } r.**
}
firm-intro = { $invoice_count ->
    [1] pomimo naszego przypomnienia poniższa należność wynikająca z { $contract } pozostaje niezapłacona. Termin jej zapłaty już upłynął.
   *[other] pomimo naszego przypomnienia poniższe należności wynikające z { $contract } pozostają niezapłacone. Termin ich zapłaty już upłynął.
}
final-intro = { $reminders ->
    [0] należność wskazana poniżej, wynikająca z { $contract }, pozostaje niezapłacona. Niniejsze pismo jest ostatnim przypomnieniem przed podjęciem kroków prawnych w celu jej odzyskania.
   *[other] pomimo naszych wcześniejszych przypomnień należność wskazana poniżej, wynikająca z { $contract }, pozostaje niezapłacona. Niniejsze pismo jest ostatnim przypomnieniem przed podjęciem kroków prawnych w celu jej odzyskania.
}
payments-received = { $count ->
    [one] Uwzględniliśmy otrzymaną wpłatę: { $payments }
   *[other] Uwzględniliśmy otrzymane wpłaty: { $payments }
}
interest-running = Od dnia następującego po dniu wymagalności każdej z należności do dnia zapłaty przysługują nam { $basis }; odsetki narastają nadal.
compensation-claimed = Przysługuje nam również rekompensata za koszty odzyskiwania należności (art. 10 ust. 1 { -act-2013 }), ujęta w zestawieniu.
please-pay = Prosimy o zapłatę kwoty **{ $total }** do dnia **{ $pay_by } r.**
friendly-close = { $form ->
    [person] { $gender ->
        [female] Jeżeli płatność została już dokonana, prosimy potraktować niniejsze pismo jako nieaktualne. Jeśli ma Pani zastrzeżenia do faktury lub wykonanych prac, prosimy o kontakt{ $contact } – wspólnie wyjaśnimy sprawę.
        [male] Jeżeli płatność została już dokonana, prosimy potraktować niniejsze pismo jako nieaktualne. Jeśli ma Pan zastrzeżenia do faktury lub wykonanych prac, prosimy o kontakt{ $contact } – wspólnie wyjaśnimy sprawę.
       *[other] Jeżeli płatność została już dokonana, prosimy potraktować niniejsze pismo jako nieaktualne. Jeśli mają Państwo zastrzeżenia do faktury lub wykonanych prac, prosimy o kontakt{ $contact } – wspólnie wyjaśnimy sprawę.
    }
   *[other] Jeżeli płatność została już dokonana, prosimy potraktować niniejsze pismo jako nieaktualne. Jeśli mają Państwo zastrzeżenia do faktury lub wykonanych prac, prosimy o kontakt{ $contact } – wspólnie wyjaśnimy sprawę.
}
firm-close = { $form ->
    [person] { $gender ->
        [female] Jeżeli ma Pani trudności z terminową zapłatą, prosimy o kontakt przed upływem tego terminu{ $contact }: jesteśmy gotowi rozważyć rozłożenie należności na raty. W braku zapłaty lub kontaktu z Pani strony podejmiemy dalsze działania w celu odzyskania należności.
        [male] Jeżeli ma Pan trudności z terminową zapłatą, prosimy o kontakt przed upływem tego terminu{ $contact }: jesteśmy gotowi rozważyć rozłożenie należności na raty. W braku zapłaty lub kontaktu z Pana strony podejmiemy dalsze działania w celu odzyskania należności.
       *[other] Jeżeli mają Państwo trudności z terminową zapłatą, prosimy o kontakt przed upływem tego terminu{ $contact }: jesteśmy gotowi rozważyć rozłożenie należności na raty. W braku zapłaty lub kontaktu z Państwa strony podejmiemy dalsze działania w celu odzyskania należności.
    }
   *[other] Jeżeli mają Państwo trudności z terminową zapłatą, prosimy o kontakt przed upływem tego terminu{ $contact }: jesteśmy gotowi rozważyć rozłożenie należności na raty. W braku zapłaty lub kontaktu z Państwa strony podejmiemy dalsze działania w celu odzyskania należności.
}
final-next-step = { $form ->
    [person] { $gender ->
        [female] Jeżeli pełna kwota nie wpłynie na nasz rachunek do dnia { $pay_by } r., od dnia **{ $steps_from } r.** skierujemy do Pani przedsądowe wezwanie do zapłaty, a następnie wystąpimy z powództwem do sądu. Postępowanie sądowe narazi Panią na dodatkowe koszty: { $proxy_kind ->
            [yes] zwrot opłaty sądowej i kosztów zastępstwa procesowego
           *[other] zwrot opłaty sądowej (a w razie ustanowienia przez nas pełnomocnika – także kosztów zastępstwa procesowego)
        } oraz dalsze odsetki.
        [male] Jeżeli pełna kwota nie wpłynie na nasz rachunek do dnia { $pay_by } r., od dnia **{ $steps_from } r.** skierujemy do Pana przedsądowe wezwanie do zapłaty, a następnie wystąpimy z powództwem do sądu. Postępowanie sądowe narazi Pana na dodatkowe koszty: { $proxy_kind ->
            [yes] zwrot opłaty sądowej i kosztów zastępstwa procesowego
           *[other] zwrot opłaty sądowej (a w razie ustanowienia przez nas pełnomocnika – także kosztów zastępstwa procesowego)
        } oraz dalsze odsetki.
       *[other] Jeżeli pełna kwota nie wpłynie na nasz rachunek do dnia { $pay_by } r., od dnia **{ $steps_from } r.** skierujemy do Państwa przedsądowe wezwanie do zapłaty, a następnie wystąpimy z powództwem do sądu. Postępowanie sądowe narazi Państwa na dodatkowe koszty: { $proxy_kind ->
            [yes] zwrot opłaty sądowej i kosztów zastępstwa procesowego
           *[other] zwrot opłaty sądowej (a w razie ustanowienia przez nas pełnomocnika – także kosztów zastępstwa procesowego)
        } oraz dalsze odsetki.
    }
   *[other] Jeżeli pełna kwota nie wpłynie na nasz rachunek do dnia { $pay_by } r., od dnia **{ $steps_from } r.** skierujemy do Państwa przedsądowe wezwanie do zapłaty, a następnie wystąpimy z powództwem do sądu. Postępowanie sądowe narazi Państwa na dodatkowe koszty: { $proxy_kind ->
            [yes] zwrot opłaty sądowej i kosztów zastępstwa procesowego
           *[other] zwrot opłaty sądowej (a w razie ustanowienia przez nas pełnomocnika – także kosztów zastępstwa procesowego)
        } oraz dalsze odsetki.
}
final-close = { $form ->
    [person] { $gender ->
        [female] Jeżeli nie jest Pani w stanie zapłacić całej kwoty, lecz chce uregulować zadłużenie, prosimy o kontakt przed upływem tego terminu{ $contact } w celu uzgodnienia planu spłaty.
        [male] Jeżeli nie jest Pan w stanie zapłacić całej kwoty, lecz chce uregulować zadłużenie, prosimy o kontakt przed upływem tego terminu{ $contact } w celu uzgodnienia planu spłaty.
       *[other] Jeżeli nie są Państwo w stanie zapłacić całej kwoty, lecz chcą uregulować zadłużenie, prosimy o kontakt przed upływem tego terminu{ $contact } w celu uzgodnienia planu spłaty.
    }
   *[other] Jeżeli nie są Państwo w stanie zapłacić całej kwoty, lecz chcą uregulować zadłużenie, prosimy o kontakt przed upływem tego terminu{ $contact } w celu uzgodnienia planu spłaty.
}
