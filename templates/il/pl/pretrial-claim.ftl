## Ostrzeżenie przed wszczęciem postępowania sądowego, Izrael: tekst polski.

title = Ostrzeżenie przed wszczęciem postępowania sądowego
heading = Ostrzeżenie przed wszczęciem postępowania sądowego
contract = { $number ->
    [none] Zawarliśmy umowę z { $date } dotyczącą { $subject } („Umowa”). Na jej podstawie wystawiliśmy faktury wymienione w tabeli poniżej; terminy ich zapłaty upłynęły.
   *[other] W dniu { $date } zawarliśmy umowę nr { $number } dotyczącą { $subject } („Umowa”). Na jej podstawie wystawiliśmy faktury wymienione w tabeli poniżej; terminy ich zapłaty upłynęły.
}
payment-item = { $amount } z { $date }
payments = Na poczet długu otrzymaliśmy { $count ->
    [one] następującą wpłatę
   *[other] następujące wpłaty
}: { $payments }. Wpłaty zaliczono jak w tabeli poniżej; reszta długu nie została zapłacona.
no-payments = Do dnia tego pisma nie zapłacono niczego na poczet długu.
reminder-item = { $by ->
    [none] { $date }
   *[other] { $date } ({ sent-by })
}
reminders = W tej sprawie { $count ->
    [one] wysłaliśmy przypomnienie o płatności
   *[other] wysłaliśmy przypomnienia o płatności
}: { $reminders }. Dług nie został zapłacony.
reminders-consumer = W dniu { $notice } wysłaliśmy zawiadomienie o długu z art. 13B2 { -consumer-law }; od tego czasu minęło ponad 14 dni{ $reminders ->
    [none] . Dług nie został zapłacony.
   *[other] . Następnie przypominaliśmy o nim: { $reminders }. Dług nie został zapłacony.
}
debt-now = Na dzień tego pisma dług wobec nas wynosi:
interest-contractual = Od długu narastają odsetki umowne w wysokości { $rate } w skali roku, zgodnie z Umową, od dnia następującego po terminie zapłaty każdej kwoty do dnia zapłaty. Odsetki w tabeli obliczono na dzień tego pisma i nadal narastają. Ewentualnie, gdyby uznano, że odsetki umowne nie mają zastosowania, należą się nam różnice waloryzacyjne i odsetki ustawowe na podstawie { -interest-law }, od dnia naruszenia do dnia zapłaty.
interest-by-law = Od długu należą się nam różnice waloryzacyjne i odsetki ustawowe na podstawie { -interest-law }, od dnia naruszenia do dnia zapłaty (art. 11(b) { -remedies-law }). Ich kwoty nie obliczono w tym piśmie; zostaną dochodzone ponad kwotę z tabeli.
fees-contract = Opłaty za opóźnienie w tabeli naliczono zgodnie z postanowieniami Umowy o opóźnieniu w płatności.
demand = W związku z tym, bez uszczerbku dla naszych praw i roszczeń, wzywamy do zapłaty całego długu w kwocie **{ $total }** w terminie { $days } dni od daty tego pisma, tj. najpóźniej do **{ $pay_by }**.
pay-to = Wpłaty należy dokonać na rachunek: { $account }, odbiorca { $holder }, z tytułem { $reference }.
next-step = Jeżeli kwota nie zostanie zapłacona w całości do { $pay_by }, od **{ $steps_from }** bez dalszego wezwania wniesiemy pozew { $court ->
    [small] do sądu do spraw drobnych roszczeń
   *[other] do właściwego sądu pokoju (magistrackiego)
}, w którym zażądamy także odsetek do dnia zapłaty, opłaty sądowej i kosztów postępowania{ $court ->
    [small] .
   *[other] , w tym wynagrodzenia adwokata.
}
instalments = Jeżeli chcą Państwo spłacić dług w ratach, prosimy o kontakt{ $contact } przed tym terminem. Taka prośba nie przedłuża terminu zapłaty, chyba że zgodzimy się na to na piśmie.
contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}telefonicznie pod numerem { $phone }
    }
   *[other] { $phone ->
        [none] {" "}e-mailem na adres { $email }
       *[other] {" "}e-mailem na adres { $email } lub telefonicznie pod numerem { $phone }
    }
}
reservation = Nic, co zostało lub nie zostało powiedziane w tym piśmie, nie uchybia naszym prawom, roszczeniom i środkom ochrony wynikającym z Umowy lub z prawa; zastrzegamy wszystkie nasze prawa.
