## Przypomnienia, Izrael: tekst polski. Konsumentowi pierwsze przypomnienie jest
## zawiadomieniem o długu z art. 13B2 ustawy o ochronie konsumentów.

title = { $level ->
    [1] Przypomnienie o płatności
    [2] Drugie przypomnienie
   *[3] Ostatnie przypomnienie
}
heading = { $kind ->
    [notice] Zawiadomienie o długu z art. 13B2 { -consumer-law }
   *[other] { $level ->
        [1] Przyjazne przypomnienie o płatności
        [2] Drugie przypomnienie: płatność po terminie
       *[3] Ostatnie przypomnienie przed wszczęciem postępowania sądowego
    }
}
contract-ref = { $number ->
    [none] naszej umowy z { $date } ({ $subject })
   *[other] naszej umowy nr { $number } z { $date } ({ $subject })
}
notice-intro = Niniejsze pismo jest zawiadomieniem o długu z art. 13B2 { -consumer-law }. Według naszych zapisów poniższe kwoty, należne nam na podstawie { $contract }, nie zostały zapłacone w terminie.
friendly-one = Uprzejmie przypominamy, że termin zapłaty faktury nr { $invoice } z { $issued } na kwotę { $amount }, wystawionej na podstawie { $contract }, upłynął { $due }. Według naszych zapisów nie została ona jeszcze zapłacona w całości.
friendly-many = Uprzejmie przypominamy, że upłynął termin zapłaty poniższych faktur wystawionych na podstawie { $contract }. Według naszych zapisów nie zostały one jeszcze zapłacone w całości.
firm-intro = Mimo naszego przypomnienia poniższe kwoty, należne nam na podstawie { $contract }, pozostają niezapłacone. Termin zapłaty upłynął.
final-intro = { $reminders ->
    [0] Poniższy dług z tytułu { $contract } pozostaje niezapłacony. To nasze ostatnie przypomnienie przed podjęciem kroków w celu jego odzyskania.
   *[other] Pisaliśmy już w sprawie poniższego długu z tytułu { $contract }, bez skutku. To nasze ostatnie przypomnienie przed podjęciem kroków w celu jego odzyskania.
}
payment-item = { $amount } z { $date }
payments-received = { $count ->
    [one] Uwzględniliśmy otrzymaną wpłatę: { $payments }.
   *[other] Uwzględniliśmy otrzymane wpłaty: { $payments }.
}
interest-contractual = Od dnia następującego po terminie zapłaty każdej kwoty do dnia zapłaty należą się nam odsetki umowne w wysokości { $rate } w skali roku, zgodnie z umową; odsetki nadal narastają.
interest-by-law = Od zaległej kwoty należą się nam różnice waloryzacyjne i odsetki ustawowe na podstawie { -interest-law }, od dnia naruszenia do dnia zapłaty (art. 11(b) { -remedies-law }). Ich kwoty nie obliczono w tym piśmie.
notice-no-steps = Przed { $collection_from } nie podejmiemy żadnych czynności windykacyjnych.
notice-no-fees = Jeżeli dług nie zostanie zapłacony do { $last_day }, od { $collection_from } możemy naliczyć opłatę za opóźnienie przewidzianą w umowie ({ $fee }); do tego czasu nie zostaną naliczone żadne koszty windykacji.
fees-contract = Opłaty za opóźnienie w tabeli naliczono zgodnie z postanowieniami umowy o opóźnieniu w płatności.
friendly-pay = Będziemy wdzięczni za zapłatę **{ $total }** do **{ $pay_by }**.
please-pay = Wzywamy do zapłaty **{ $total }** do **{ $pay_by }**.
payment-details = Dane do przelewu: { $account }, odbiorca { $holder }; prosimy podać w tytule { $reference }.
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
friendly-close = Jeżeli zapłata została już dokonana, prosimy zignorować to pismo. Jeżeli są zastrzeżenia do faktury lub pracy, prosimy o informację{ $contact } — wspólnie wyjaśnimy sprawę.
firm-close = W razie trudności z zapłatą prosimy o kontakt{ $contact } przed tym terminem: rozważymy plan spłaty. Jeżeli nie otrzymamy ani zapłaty, ani odpowiedzi, podejmiemy kolejny krok w celu odzyskania długu.
final-next-step = Jeżeli cała kwota nie wpłynie do { $pay_by }, od **{ $steps_from }** wyślemy ostrzeżenie przed wszczęciem postępowania sądowego, a następnie wniesiemy pozew do właściwego sądu. W pozwie zażądamy także zwrotu opłaty sądowej i kosztów postępowania.
final-close = Jeżeli nie mogą Państwo zapłacić całej kwoty, ale chcą uregulować dług, prosimy o kontakt{ $contact } przed tym terminem w celu uzgodnienia planu spłaty.
