## Израиль: названия законов, подписи и термины, общие для всех израильских документов.

-remedies-law = Закона о договорах (средства защиты при нарушении договора) 5731-1970
-interest-law = Закона о присуждении процентов и индексации 5721-1961
-consumer-law = Закона о защите прав потребителей 5741-1981
-limitation-law = Закона об исковой давности 5718-1958
-execution-law = Закона об исполнительном производстве 5727-1967
-courts-law = Закона о судах [сводная редакция] 5744-1984
-small-claims-regs = Правил судопроизводства по мелким искам 5737-1976
-arbitration-law = Закона об арбитраже 5728-1968
-contracts-general-law = Закона о договорах (общая часть) 5733-1973
-small-claims-order = Приказа о судах (изменение суммы иска по мелким искам) 5768-2008
-court-fees-regs = Правилами о судах (сборы) 5767-2007
-execution-regs = Правил исполнительного производства 5740-1979
-payment-ethics-law = Закон о платёжной дисциплине перед поставщиками 5777-2017

label-to-late-fees = В счёт платы за просрочку
label-component = Статья
label-id = Номер удостоверения личности
label-address = Адрес
label-bank-account = { $account_kind ->
    [iban] Банковский счёт (IBAN)
   *[other] Банковский счёт
}
signature-company = Подпись и печать уполномоченных лиц
attention = Вниманию: { $person }
role = { $role ->
    [ceo] генеральный директор
    [director] директор
    [board_member] член совета директоров
    [president] президент
    [owner] владелец
    [proxy] представитель по доверенности
    [manager] управляющий
    [partner] партнёр
   *[other] уполномоченное лицо
}
bank-il = { $name ->
    [none] банк № { $bank_code }, отделение { $branch }, счёт № { $account }
   *[other] { $name } (банк № { $bank_code }), отделение { $branch }, счёт № { $account }
}
bank-il-iban = { $name ->
    [none] банк № { $bank_code }, отделение { $branch }, счёт № { $account } ({ $iban })
   *[other] { $name } (банк № { $bank_code }), отделение { $branch }, счёт № { $account } ({ $iban })
}
bank-iban = { $iban }{ $bic ->
    [none] {""}
   *[other] , BIC { $bic }
}{ $name ->
    [none] {""}
   *[other] , { $name }
}
bank-text = { $name ->
    [none] счёт № { $account }
   *[other] счёт № { $account }, { $name }
}
id-key = { $key ->
    [osek_murshe] Номер зарегистрированного предпринимателя ({ "\u2068" }עוסק מורשה{ "\u2069" })
    [osek_patur] Номер освобождённого предпринимателя ({ "\u2068" }עוסק פטור{ "\u2069" })
    [company] Регистрационный номер компании ({ "\u2068" }ח.פ.{ "\u2069" })
    [amuta] Номер общества
   *[id] Номер удостоверения личности
}
sent-by = { $by ->
    [email] по электронной почте
    [letter] почтой
    [registered_letter] заказным письмом
    [courier] курьером
    [hand] лично
   *[other] электронной доставкой
}
