## Klauzule płatności i rozwiązywania sporów, Anglia i Walia: polski przekład.

title = Klauzule płatności i rozwiązywania sporów
heading = Klauzule dotyczące płatności i rozwiązywania sporów
contract-name = { $number ->
    [none] umowy z dnia { $date }
   *[other] umowy nr { $number } z dnia { $date }
}
intro = Niniejsze klauzule stanowią część { $contract } („Umowa”) zawartej między **{ $supplier }** („Wykonawca”) a **{ $client }** („Klient”), której przedmiotem jest: { $subject }. W razie rozbieżności z innymi postanowieniami Umowy pierwszeństwo mają niniejsze klauzule.
h-price = Cena i zaliczka
price = Cena za wszystkie prace i dostawy na podstawie Umowy wynosi { $price } („Cena”).
advance = { $amount ->
    [none] Klient zapłaci zaliczkę w wysokości { $percent } Ceny („Zaliczka”) w terminie { $days } dni od daty Umowy, na podstawie faktury Wykonawcy.
   *[other] Klient zapłaci zaliczkę w wysokości { $percent } Ceny, tj. { $amount } („Zaliczka”), w terminie { $days } dni od daty Umowy, na podstawie faktury Wykonawcy.
}
advance-start = Wykonawca rozpocznie prace po otrzymaniu całej Zaliczki. Wszelkie terminy wykonania biegną od dnia otrzymania Zaliczki i ulegają przedłużeniu o czas opóźnienia w jej zapłacie.
stages = Pozostała część Ceny jest płatna etapami. Wykonawca wystawi fakturę za każdy etap po jego zakończeniu, zgodnie z Umową, a każda faktura jest płatna zgodnie z punktem { $clause }.
suspend = { $consumer ->
    [true] Jeżeli niekwestionowana faktura{ $advance ->
        [true] , w tym faktura zaliczkowa,
       *[other] {""}
    } nie zostanie zapłacona w terminie, Wykonawca może, po pisemnym zawiadomieniu Klienta i wyznaczeniu co najmniej 7 dni na zapłatę, wstrzymać prace do czasu zapłaty. Termin wykonania ulega przedłużeniu o okres wstrzymania.
   *[other] Jeżeli którakolwiek faktura{ $advance ->
        [true] , w tym faktura zaliczkowa,
       *[other] {""}
    } nie zostanie zapłacona w całości w terminie, Wykonawca może, w drodze pisemnego zawiadomienia Klienta, wstrzymać prace do czasu zapłaty wszystkich zaległych kwot. Termin wykonania ulega przedłużeniu o okres wstrzymania, a Wykonawca nie odpowiada za wynikłe z tego opóźnienie lub szkodę.
}
title-passes = Własność dostarczonych towarów i prawa do rezultatów prac wykonanych w ramach etapu przechodzą na Klienta z chwilą zapłaty za ten etap w całości, w zakresie dozwolonym przez prawo.
h-payment = Warunki płatności
terms-days = Każda faktura jest płatna w terminie { $days } dni od daty jej wystawienia.
terms-invoice = Każda faktura jest płatna w terminie na niej wskazanym.
pay-how = { $account ->
    [none] Klient płaci przelewem na rachunek wskazany na piśmie przez Wykonawcę, podając numer faktury. Zapłata następuje z chwilą uznania rachunku Wykonawcy.
   *[other] { $bank ->
        [none] Klient płaci przelewem na rachunek Wykonawcy { $account } lub inny rachunek wskazany na piśmie przez Wykonawcę, podając numer faktury. Zapłata następuje z chwilą uznania rachunku Wykonawcy.
       *[other] Klient płaci przelewem na rachunek Wykonawcy { $account } w { $bank } lub inny rachunek wskazany na piśmie przez Wykonawcę, podając numer faktury. Zapłata następuje z chwilą uznania rachunku Wykonawcy.
    }
}
consumer-rights = Jeżeli Klient uważa, że faktura jest błędna albo że towary, treści cyfrowe lub usługi są niezgodne z Umową, powinien jak najszybciej poinformować o tym Wykonawcę, aby można było to naprawić. Żadne postanowienie Umowy nie narusza ustawowych uprawnień Klienta jako konsumenta, w tym środków ochrony przewidzianych w Consumer Rights Act 2015.
objection-business = Klient zgłasza zastrzeżenia do faktury na piśmie, z uzasadnieniem, przed terminem jej płatności. Zastrzeżenie do części faktury nie uprawnia Klienta do wstrzymania zapłaty pozostałej części. Klient płaci bez potrąceń i odliczeń, chyba że Wykonawca wyrazi na piśmie zgodę na inne rozwiązanie.
h-late = Opóźnienie w płatności
interest-lpcda = { $rate ->
    [none] W razie niezapłacenia jakiejkolwiek kwoty w terminie Klient zapłaci od niej odsetki ustawowe na podstawie Late Payment of Commercial Debts (Interest) Act 1998 od dnia następującego po terminie płatności do dnia zapłaty, w wysokości 8 punktów procentowych ponad Bank Rate obowiązującą w dniu 31 grudnia (dla odsetek biegnących od stycznia do czerwca) lub 30 czerwca (dla odsetek biegnących od lipca do grudnia), która to stopa obowiązuje przez cały czas trwania długu (Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002, art. 4).
   *[other] W razie niezapłacenia jakiejkolwiek kwoty w terminie Klient zapłaci od niej odsetki ustawowe na podstawie Late Payment of Commercial Debts (Interest) Act 1998 od dnia następującego po terminie płatności do dnia zapłaty, w wysokości 8 punktów procentowych ponad Bank Rate obowiązującą w dniu 31 grudnia (dla odsetek biegnących od stycznia do czerwca) lub 30 czerwca (dla odsetek biegnących od lipca do grudnia), która to stopa obowiązuje przez cały czas trwania długu (Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002, art. 4). W dniu zawarcia Umowy stopa ta wynosi { $rate } w skali roku.
}
interest-s69 = W razie niezapłacenia jakiejkolwiek kwoty w terminie Wykonawca może wnieść o zasądzenie od niej odsetek na podstawie sekcji 69 County Courts Act 1984, według stopy i za okres, które sąd uzna za właściwe.
interest-contractual = W razie niezapłacenia jakiejkolwiek kwoty w terminie Klient zapłaci od zaległej kwoty odsetki w wysokości { $rate } w skali roku od dnia następującego po terminie płatności do dnia zapłaty.
late-fee = { $per ->
    [month] Ponadto za każdą fakturę niezapłaconą w terminie Klient zapłaci stałą opłatę za opóźnienie w wysokości { $amount } za każdy rozpoczęty miesiąc opóźnienia{ $cap ->
        [none] {""}
       *[other] , nie więcej niż { $cap } od jednej faktury
    }. Strony uzgadniają, że opłata chroni uzasadniony interes Wykonawcy w terminowej zapłacie i odzwierciedla jego koszty obsługi opóźnień.
   *[other] Ponadto za każdą fakturę niezapłaconą w terminie Klient zapłaci stałą opłatę za opóźnienie w wysokości { $amount }{ $cap ->
        [none] {""}
       *[other] , nie więcej niż { $cap } od jednej faktury
    }. Strony uzgadniają, że opłata chroni uzasadniony interes Wykonawcy w terminowej zapłacie i odzwierciedla jego koszty obsługi opóźnień.
}
compensation-intro = Jeżeli od zaległego długu biegną odsetki ustawowe, Wykonawcy przysługuje również kwota zryczałtowana na podstawie sekcji 5A Late Payment of Commercial Debts (Interest) Act 1998 w wysokości:
compensation-tier = { $low ->
    [none] { $amount }, gdy dług jest niższy niż { $high }{ $last ->
        [true] .
       *[other] ;
    }
   *[other] { $high ->
        [none] { $amount }, gdy dług wynosi { $low } lub więcej{ $last ->
            [true] .
           *[other] ;
        }
       *[other] { $amount }, gdy dług wynosi { $low } lub więcej, lecz mniej niż { $high }{ $last ->
            [true] .
           *[other] ;
        }
    }
}
compensation-costs = Wykonawca może również dochodzić uzasadnionych kosztów odzyskania długu przewyższających tę kwotę (sekcja 5A(2A) tej ustawy).
h-notices = Zawiadomienia
notices = Faktury, przypomnienia, wezwania do zapłaty i inne zawiadomienia na podstawie Umowy doręcza się na piśmie na adresy stron wskazane w Umowie{ $supplier_email ->
    [none] { $client_email ->
        [none] {""}
       *[other] {""} lub e-mailem do Klienta na adres { $client_email }
    }
   *[other] { $client_email ->
        [none] {""} lub e-mailem do Wykonawcy na adres { $supplier_email }
       *[other] {""} lub e-mailem do Wykonawcy na adres { $supplier_email } i do Klienta na adres { $client_email }
    }
}. Każda strona zawiadamia drugą na piśmie o zmianie adresu; do tego czasu zawiadomienie wysłane na ostatni wskazany adres uważa się za skutecznie doręczone.
h-disputes = Rozwiązywanie sporów
negotiation = Strony w pierwszej kolejności w dobrej wierze podejmą próbę rozwiązania w drodze negocjacji każdego sporu wynikającego z Umowy lub z nią związanego, wszczętych pisemnym zawiadomieniem jednej ze stron opisującym spór. Jeżeli spór nie zostanie rozwiązany w ciągu { $days } dni od tego zawiadomienia, każda strona może postąpić zgodnie z punktem { $next }. Niniejszy punkt nie dotyczy roszczenia o kwotę zafakturowaną na podstawie Umowy, której Klient nie zakwestionował na piśmie z uzasadnieniem: takie roszczenie, a także przypomnienia i wezwania do zapłaty, nie muszą czekać na upływ tego terminu.
arbitration = { $venue ->
    [none] Każdy spór wynikający z Umowy lub z nią związany, w tym dotyczący jej istnienia, ważności lub rozwiązania, zostanie ostatecznie rozstrzygnięty w drodze arbitrażu. Miejscem arbitrażu jest Anglia i zastosowanie ma Arbitration Act 1996.
   *[other] Każdy spór wynikający z Umowy lub z nią związany, w tym dotyczący jej istnienia, ważności lub rozwiązania, zostanie ostatecznie rozstrzygnięty w drodze arbitrażu prowadzonego przez { $venue } zgodnie z jego regulaminem. Miejscem arbitrażu jest Anglia i zastosowanie ma Arbitration Act 1996.
}{ $consumer ->
    [true] {" "}Jeżeli Klient jest konsumentem, niniejszy punkt wiąże go tylko wtedy, gdy wyrazi na niego zgodę po powstaniu sporu; w przeciwnym razie Klient może wytoczyć powództwo lub bronić się przed sądem.
   *[other] {""}
}
mediation = { $venue ->
    [none] Każdy spór wynikający z Umowy lub z nią związany, którego strony nie rozwiążą w drodze negocjacji, zostanie skierowany do mediacji. Jeżeli mediacja nie doprowadzi do ugody lub strona odmówi udziału w niej, każda strona może wnieść spór do sądów Anglii i Walii.
   *[other] Każdy spór wynikający z Umowy lub z nią związany, którego strony nie rozwiążą w drodze negocjacji, zostanie skierowany do mediacji w { $venue }. Jeżeli mediacja nie doprowadzi do ugody lub strona odmówi udziału w niej, każda strona może wnieść spór do sądów Anglii i Walii.
}
courts = { $consumer ->
    [true] Sądy Anglii i Walii są właściwe do rozstrzygania sporów wynikających z Umowy lub z nią związanych. Jeżeli Klient mieszka w Szkocji lub Irlandii Północnej, może również wytoczyć powództwo przed tamtejszym sądem.
   *[other] Sądy Anglii i Walii są wyłącznie właściwe do rozstrzygania sporów wynikających z Umowy lub z nią związanych.
}
interim-relief = Żadne postanowienie niniejszego punktu nie uniemożliwia stronie wystąpienia do sądu o pilne zabezpieczenie.
h-law = Prawo właściwe
governing-law = Umowa oraz wszelkie spory i roszczenia wynikające z niej lub z nią związane (w tym pozaumowne) podlegają prawu Anglii i Walii.
