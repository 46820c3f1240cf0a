## Labels shared by every document: table headings, letterhead and reference line.

label-daily = Проценты за каждый последующий день
label-payment = Платёж
label-to-costs = В счёт расходов
label-to-interest = В счёт процентов
label-to-principal = В счёт долга
label-account = Расчётный счёт
label-bank = Банк
label-ref = Исх.
label-case = Дело
label-contract = Договор
label-invoices = Счета
label-of = от
label-no = №
label-invoice = Счёт
label-issued = Дата выставления
label-due = Срок оплаты
label-amount = Сумма
label-paid = Погашено (долг)
label-outstanding = Остаток долга
label-period = Период
label-from = С
label-to = По
label-days = Дней
label-principal = Сумма долга
label-rate = Ставка, % годовых
label-interest = Проценты
label-total = Итого
label-interest-total = Проценты
label-fees = Штрафы за просрочку
label-compensation = Компенсация расходов на взыскание
label-claim-total = Общая сумма требований
label-signature = подпись
label-email = Эл. почта
label-phone = Тел.
label-principal-total = Основной долг
label-basis = Основание
label-note = Примечание

## Обращение и подпись письма. $form: person | representative | organisation;
## $gender: female | male | unknown; $name_*: части имени («none», если их нет).

salutation = { $form ->
    [organisation] Уважаемые господа!
   *[other] { $name_patronymic ->
        [none] { $gender ->
            [female] Уважаемая госпожа { $name_surname }!
            [male] Уважаемый господин { $name_surname }!
           *[other] Добрый день, { $name_full }!
        }
       *[other] { $gender ->
            [female] Уважаемая { $name_given } { $name_patronymic }!
           *[other] Уважаемый { $name_given } { $name_patronymic }!
        }
    }
}
salutation-friendly = { $form ->
    [organisation] Добрый день!
   *[other] { $name_patronymic ->
        [none] Добрый день, { $name_full }!
       *[other] Добрый день, { $name_given } { $name_patronymic }!
    }
}
closing = С уважением,
closing-friendly = С уважением,

# В начале повторно сформированной версии документа, который дело отмечает как
# отправленный, подписанный или поданный (дата и сроки прежние: это запись, не письмо).
reissue-notice = { $kind ->
    [signed] **Сформировано повторно { $reissued }; не подписывалось.** Это текст соглашения от { $date }, подписанного { $gone }, в нынешней редакции генератора, сохранённый для учёта. Это не новый документ: не подписывайте и не направляйте его. Стороны подписали подписанную версию.
    [filed] **Сформировано повторно { $reissued }; не подавалось.** Это текст документа от { $date }, поданного { $gone }, в нынешней редакции генератора, сохранённый для учёта. Это не новый документ: не подписывайте и не подавайте его. Суд получил поданную версию.
   *[sent] **Сформировано повторно { $reissued }; не отправлялось.** Это текст документа от { $date }, отправленного { $gone }, в нынешней редакции генератора, сохранённый для учёта. Это не новое письмо: не подписывайте и не отправляйте его. Должник получил отправленную версию.
}

# После отметки: повторная версия строится по нынешним данным дела, а не по прежним.
reissue-notice-data = Реквизиты сторон и суммы приведены по данным дела на { $reissued } и могут отличаться от указанных в первоначальной версии.
