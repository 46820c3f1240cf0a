## Польское право: названия и обороты, общие для документов польской юрисдикции (по-русски).

-kc = Гражданского кодекса Польши (Kodeks cywilny)
-kpc = Гражданского процессуального кодекса Польши (Kodeks postępowania cywilnego)
-act-2013 = Закона Польши от 8 марта 2013 г. о противодействии чрезмерным задержкам в коммерческих сделках (ustawa o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych)

contract-ref = { $number ->
    [none] договора от { $date } ({ $subject })
   *[other] договора № { $number } от { $date } ({ $subject })
}
payment-details = { $bank ->
    [none] Реквизиты для оплаты: счёт { $account }, получатель: { $holder }, назначение платежа: { $title }.
   *[other] Реквизиты для оплаты: счёт { $account } ({ $bank }), получатель: { $holder }, назначение платежа: { $title }.
}
contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}(тел. { $phone })
    }
   *[other] { $phone ->
        [none] {" "}(e-mail: { $email })
       *[other] {" "}(e-mail: { $email }, тел. { $phone })
    }
}
sent-by = { $sent_kind ->
    [email] по электронной почте
    [letter] простым письмом
    [registered_letter] заказным письмом
    [courier] курьером
    [hand] лично в руки
    [e_delivery] на адрес для электронных доставок
    [ksef] через Национальную систему электронных счетов (KSeF)
    [portal] через портал
   *[other] {""}
}
payment-item = { $amount } от { $date }
reminder-item = { $how ->
    [none] { $date }
   *[other] { $date } ({ $how })
}
interest-basis = { $basis_kind ->
    [odsetki_w_transakcjach_handlowych] законные проценты за просрочку в коммерческих сделках (ст. 7 п. 1 во взаимосвязи со ст. 4 п. 3 { -act-2013 })
    [odsetki_ustawowe_za_opoznienie] законные проценты за просрочку (ст. 481 § 1 и 2 { -kc })
    [contractual] договорные проценты за просрочку в размере { $rate } годовых, не выше максимальных процентов за просрочку (ст. 481 § 1 и § 2¹ { -kc })
   *[other] проценты
}
interest-with = { $basis_kind ->
    [odsetki_w_transakcjach_handlowych] законными процентами за просрочку в коммерческих сделках
    [odsetki_ustawowe_za_opoznienie] законными процентами за просрочку
    [contractual] договорными процентами за просрочку в размере { $rate } годовых, не выше максимальных процентов за просрочку
   *[other] процентами
}
interest-capped = В части периода договорная ставка превышает максимальные проценты за просрочку (двукратный размер законных процентов за просрочку, ст. 481 § 2¹ { -kc }); за этот период начислены максимальные проценты (ст. 481 § 2² { -kc }).
compensation-item = счёт-фактура { $invoice }: стоимость денежного исполнения { $value } { $low ->
    [none] не превышает { $high }
   *[other] { $high ->
        [none] равна { $low } или выше
       *[other] выше { $low } и ниже { $high }
    }
}, поэтому компенсация составляет { $eur }; срок платежа наступил { $due }, а средний курс евро, объявленный Национальным банком Польши (NBP) в последний рабочий день предыдущего месяца ({ $rate_date }, таблица № { $table }), составлял { $rate } зл.; компенсация составляет, таким образом, { $amount }.
sole-trader-name = { $name }, индивидуальный предприниматель, ведущий деятельность под фирменным наименованием { $trading }
letter-date = { $city ->
    [none] { $date }
   *[other] { $city }, { $date }
}
ref-line = Наш исх.: { $case }{ $contract ->
    [none] {""}
   *[other] ; договор № { $contract } от { $contract_date }
}{ $invoices ->
    [none] {""}
   *[other] { $invoice_count ->
        [1] ; счёт-фактура: { $invoices }
       *[other] ; счета-фактуры: { $invoices }
    }
}
