## England and Wales: shared names and phrases (ru).

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
