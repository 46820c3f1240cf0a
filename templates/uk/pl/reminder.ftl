## Przypomnienia, Anglia i Walia: brzmienie polskie.

title = Przypomnienie o płatności { $level }
heading = { $level ->
    [1] Przypomnienie o płatności
    [2] Ponowne przypomnienie o zaległej płatności
   *[3] Ostateczne przypomnienie przed podjęciem kroków prawnych
}
friendly-one = uprzejmie przypominamy, że faktura nr { $invoice } z dnia { $issued } na kwotę { $amount }, wystawiona na podstawie { $contract }, była płatna w dniu { $due }. Według naszej ewidencji nie została dotychczas zapłacona w całości.
friendly-many = uprzejmie przypominamy, że upłynęły terminy płatności faktur wymienionych w zestawieniu poniżej, wystawionych na podstawie { $contract }. Według naszej ewidencji nie zostały dotychczas zapłacone w całości.
friendly-overlooked = Zapewne płatność po prostu umknęła Państwa uwadze. Będziemy wdzięczni za zapłatę kwoty **{ $total }** do dnia **{ $pay_by }**.
firm-intro = pomimo naszego przypomnienia poniższe należności wynikające z { $contract } pozostają niezapłacone. Termin ich zapłaty już upłynął.
final-intro = { $reminders ->
    [0] należność wskazana poniżej, wynikająca z { $contract }, pozostaje niezapłacona. Niniejsze pismo jest ostatnim przypomnieniem przed podjęciem kroków prawnych w celu jej odzyskania.
   *[other] przypominaliśmy już Państwu o należności wskazanej poniżej, wynikającej z { $contract }. Niniejsze pismo jest ostatnim przypomnieniem przed podjęciem kroków prawnych w celu jej odzyskania.
}
payments-received = { $count ->
    [one] Uwzględniliśmy otrzymaną wpłatę: { $payments }.
   *[other] Uwzględniliśmy otrzymane wpłaty: { $payments }.
}
interest-s69 = Jeżeli będziemy zmuszeni wystąpić na drogę sądową, wniesiemy o zasądzenie odsetek na podstawie art. 69 ustawy o sądach hrabstw z 1984 r. (County Courts Act 1984) od dnia następującego po dniu wymagalności każdej należności do dnia zapłaty.
interest-lpcda = Od dnia następującego po dniu wymagalności każdej należności do dnia zapłaty przysługują nam odsetki ustawowe na podstawie ustawy o opóźnieniach w płatnościach długów handlowych (odsetki) z 1998 r. (Late Payment of Commercial Debts (Interest) Act 1998), w wysokości stopy bazowej Banku Anglii (Bank Rate) powiększonej o 8 punktów procentowych; odsetki narastają nadal.
interest-contractual = Od dnia następującego po dniu wymagalności każdej należności do dnia zapłaty przysługują nam odsetki umowne w wysokości { $rate } w stosunku rocznym; odsetki narastają nadal.
compensation-s5a = Przysługuje nam również zryczałtowane odszkodowanie na podstawie sekcji 5A ustawy Late Payment of Commercial Debts (Interest) Act 1998.
please-pay = Prosimy o zapłatę kwoty **{ $total }** do dnia **{ $pay_by }**.
payment-details = { $bank ->
    [none] Dane do przelewu: rachunek nr { $account }, odbiorca: { $holder }, tytuł przelewu: { $reference }.
   *[other] Dane do przelewu: rachunek nr { $account } ({ $bank }), odbiorca: { $holder }, tytuł przelewu: { $reference }.
}
friendly-close = Jeżeli płatność została już dokonana, prosimy potraktować niniejsze pismo jako nieaktualne. Jeśli mają Państwo zastrzeżenia do faktury lub wykonanych prac, prosimy o kontakt{ $contact } – wspólnie wyjaśnimy sprawę.
firm-close = Jeżeli mają Państwo trudności z terminową zapłatą, prosimy o kontakt przed upływem tego terminu{ $contact }: jesteśmy gotowi rozważyć plan spłaty. W braku zapłaty lub kontaktu z Państwa strony podejmiemy kolejne kroki w celu odzyskania należności.
final-next-step-protocol = Jeżeli pełna kwota nie wpłynie do dnia { $pay_by }, od dnia **{ $steps_from }** prześlemy Państwu formalne wezwanie (Letter of Claim) zgodnie z protokołem przedprocesowym w sprawach o zapłatę (Pre-Action Protocol for Debt Claims). Postępowanie sądowe zwiększy Państwa zadłużenie o opłaty sądowe i dalsze odsetki.
final-next-step-business = Jeżeli pełna kwota nie wpłynie do dnia { $pay_by }, od dnia **{ $steps_from }** prześlemy Państwu formalne wezwanie przedprocesowe (letter before claim), a następnie wniesiemy pozew do sądu hrabstwa (County Court). Postępowanie sądowe zwiększy Państwa zadłużenie o opłaty sądowe i dalsze odsetki.
final-close = Jeżeli nie są Państwo w stanie zapłacić całej kwoty, lecz chcą uregulować zadłużenie, prosimy o kontakt przed upływem tego terminu{ $contact } w celu uzgodnienia planu spłaty.
