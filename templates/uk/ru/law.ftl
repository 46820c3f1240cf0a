## England and Wales: shared names and phrases (ru).

# В дательном падеже: каждое сообщение ставит ссылку на договор после «по».
contract-ref = { $number ->
    [none] договору от { $date } ({ $subject })
   *[other] договору № { $number } от { $date } ({ $subject })
}
payment-item = { $amount } от { $date }
contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}по телефону { $phone }
    }
   *[other] { $phone ->
        [none] {" "}по электронной почте { $email }
       *[other] {" "}по электронной почте { $email } или по телефону { $phone }
    }
}
uk-label-compensation = Фиксированная компенсация (LPCDA 1998, ст. 5A)
uk-label-due-now = Сумма к оплате сейчас
uk-label-s69-interest = Проценты, которые суд может присудить (County Courts Act 1984, ст. 69), ещё не подлежащие уплате
uk-label-with-s69 = Итого, если суд присудит эти проценты
sent-by = { $how ->
    [email] По электронной почте
    [registered_letter] Почтой с уведомлением о вручении (recorded delivery)
    [courier] Курьером
    [hand] Вручено лично
    [e_delivery] Электронной доставкой
   *[other] Почтой
}{ $attention ->
    [none] {""}
   *[other] ; вниманию { $attention }
}
for-attention = Вниманию { $attention }
# Индивидуальный предприниматель: имя, затем название, под которым он ведёт дело.
trading-as = { $name }, ведущий деятельность под наименованием { $trading }
uk-role = { $role ->
    [ceo] Генеральный директор
    [director] Директор (Director)
    [board_member] Член совета директоров
    [president] Президент
    [owner] Владелец
    [proxy] Представитель по доверенности
    [manager] Управляющий
   *[partner] Партнёр
}
uk-bank = { $kind ->
    [uk] с кодом банка (sort code) { $sort_code } и номером { $account }{ $bank ->
        [none] {""}
       *[other] {" "}в { $bank }
    }
    [iban] IBAN { $account }{ $bic ->
        [none] {""}
       *[other] {" "}(BIC { $bic })
    }{ $bank ->
        [none] {""}
       *[other] {" "}в { $bank }
    }
   *[text] { $account }{ $bank ->
        [none] {""}
       *[other] {" "}в { $bank }
    }
}
# Документ о приёмке, записанный в деле (invoices[].acceptance), как доказательство.
dispute-evidence-item = { $description ->
    [none] { $kind ->
        [acceptance_protocol] подписанный акт приёмки
        [act] акт о завершении работ
        [delivery_note] накладная
        [timesheet] табель учёта рабочего времени
       *[other] документ о приёмке
    }
   *[other] { $description }
}{ $date ->
    [none] {""}
   *[other] {" "}от { $date }
}
uk-registered = Компания зарегистрирована в { $place }, номер компании { $number }. Зарегистрированный офис (registered office): { $office }.
