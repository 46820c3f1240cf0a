## Przypomnienia o płatności, Federacja Rosyjska: tekst polski.

title = Przypomnienie o płatności { $level }
heading = { $level ->
    [1] Przypomnienie o płatności
    [2] Ponowne przypomnienie: płatność po terminie
   *[3] Ostatnie przypomnienie przed wezwaniem przedsądowym
}
friendly-one = Przypominamy, że na podstawie { $contract } nadszedł termin zapłaty faktury nr { $invoice } z dnia { $issued } na kwotę { $amount } (ostatni dzień zapłaty: { $due }). Według naszych danych faktura nie została zapłacona w całości.
friendly-many = Przypominamy, że na podstawie { $contract } nadeszły terminy zapłaty faktur wymienionych poniżej. Według naszych danych nie zostały one zapłacone w całości.
friendly-overlooked = Być może płatność po prostu umknęła uwadze. Prosimy o zapłatę **{ $total }** do dnia **{ $pay_by }**.
firm-intro = Mimo wcześniejszego przypomnienia poniższe kwoty z { $contract } pozostają niezapłacone. Termin płatności minął.
final-intro = { $reminders ->
    [0] Poniższy dług z { $contract } pozostaje niezapłacony. To ostatnie przypomnienie przed wysłaniem wezwania przedsądowego.
   *[other] Przypominaliśmy już o poniższym długu z { $contract }, ale nie został on spłacony. To ostatnie przypomnienie przed wysłaniem wezwania przedsądowego.
}
payment-item = { $amount } ({ $date })
payments-received = { $count ->
    [one] Uwzględniliśmy otrzymaną wpłatę: { $payments }.
   *[other] Uwzględniliśmy otrzymane wpłaty: { $payments }.
}
interest-395 = Od dnia następującego po ostatnim dniu terminu płatności do dnia zapłaty od długu należą się odsetki z art. 395 Kodeksu cywilnego Federacji Rosyjskiej w wysokości stopy kluczowej Banku Rosji; odsetki nadal narastają.
interest-penalty = Od dnia następującego po ostatnim dniu terminu płatności do dnia zapłaty od długu należy się kara umowna (peni) w wysokości { $rate } za każdy dzień opóźnienia (art. 330 Kodeksu cywilnego FR); kara nadal narasta.
interest-contractual = Od dnia następującego po ostatnim dniu terminu płatności do dnia zapłaty od długu należą się odsetki umowne w wysokości { $rate } rocznie; odsetki nadal narastają.
please-pay = Prosimy o zapłatę **{ $total }** do dnia **{ $pay_by }**.
friendly-close = Jeżeli płatność została już dokonana, prosimy zignorować to pismo. W razie pytań dotyczących faktury lub dostawy prosimy o kontakt{ $contact } — wspólnie wszystko wyjaśnimy.
firm-close = W razie trudności z zapłatą prosimy o kontakt{ $contact } przed tym terminem: jesteśmy gotowi omówić harmonogram spłaty. Jeżeli nie otrzymamy ani zapłaty, ani odpowiedzi, przejdziemy do kolejnego etapu dochodzenia należności.
final-next-step = Jeżeli cała kwota nie wpłynie do dnia { $pay_by }, od dnia **{ $steps_from }** wyślemy { $form ->
    [organisation] Państwu
   *[other] { $gender ->
        [female] Pani
        [male] Panu
       *[other] Państwu
    }
} przedsądowe wezwanie do zapłaty (pretienzija), a następnie wystąpimy { $court ->
    [arbitrazh] do sądu arbitrażowego (art. 4 ust. 5 Kodeksu postępowania arbitrażowego FR)
    [arbitration] do sądu polubownego na podstawie zapisu na sąd polubowny
   *[other] do sądu
}. Do długu zostaną wówczas doliczone koszty sądowe, w tym opłata skarbowa, oraz dalsze odsetki.
final-close = Jeżeli { $form ->
    [organisation] nie mogą Państwo
   *[other] { $gender ->
        [female] nie może Pani
        [male] nie może Pan
       *[other] nie mogą Państwo
    }
} spłacić długu jednorazowo, prosimy o kontakt{ $contact } przed tym terminem w celu uzgodnienia rat.
