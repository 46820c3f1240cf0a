## England and Wales: shared names and phrases (he).

contract-ref = { $number ->
    [none] ההסכם בינינו מיום { $date } ({ $subject })
   *[other] ההסכם בינינו מס' { $number } מיום { $date } ({ $subject })
}
payment-item = { $amount } ביום { $date }
contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}בטלפון { $phone }
    }
   *[other] { $phone ->
        [none] {" "}בדוא"ל { $email }
       *[other] {" "}בדוא"ל { $email } או בטלפון { $phone }
    }
}
uk-label-compensation = פיצוי בסכום קבוע (LPCDA 1998, סעיף 5A)
uk-label-due-now = הסכום לתשלום כעת
uk-label-s69-interest = ריבית שבית המשפט רשאי לפסוק (County Courts Act 1984, סעיף 69), טרם הגיעה לפירעון
uk-label-with-s69 = סך הכול אם בית המשפט יפסוק ריבית זו
sent-by = { $how ->
    [email] בדואר אלקטרוני
    [registered_letter] בדואר עם אישור מסירה (recorded delivery)
    [courier] באמצעות שליח
    [hand] במסירה ידנית
    [e_delivery] במסירה אלקטרונית
   *[other] בדואר
}{ $attention ->
    [none] {""}
   *[other] ; לידי { $attention }
}
for-attention = לידי { $attention }
# עוסק יחיד: שם האדם, ואחריו השם העסקי.
trading-as = { $name }, העוסק בשם העסקי { $trading }
uk-role = { $role ->
    [ceo] מנכ"ל
    [director] דירקטור (Director)
    [board_member] חבר דירקטוריון
    [president] נשיא
    [owner] בעלים
    [proxy] מיופה כוח
    [manager] מנהל
   *[partner] שותף
}
uk-bank = { $kind ->
    [uk] עם קוד סניף (sort code) { $sort_code } ומספר חשבון { $account }{ $bank ->
        [none] {""}
       *[other] {" "}ב-{ $bank }
    }
    [iban] IBAN { $account }{ $bic ->
        [none] {""}
       *[other] {" "}(BIC { $bic })
    }{ $bank ->
        [none] {""}
       *[other] {" "}ב-{ $bank }
    }
   *[text] { $account }{ $bank ->
        [none] {""}
       *[other] {" "}ב-{ $bank }
    }
}
# מסמך קבלה הרשום בתיק (invoices[].acceptance), כראיה.
dispute-evidence-item = { $description ->
    [none] { $kind ->
        [acceptance_protocol] פרוטוקול קבלה חתום
        [act] תעודת השלמת עבודה
        [delivery_note] תעודת משלוח
        [timesheet] דוח שעות
       *[other] מסמך קבלה
    }
   *[other] { $description }
}{ $date ->
    [none] {""}
   *[other] {" "}מיום { $date }
}
uk-registered = חברה רשומה ב-{ $place }, מספר חברה { $number }. משרד רשום (registered office): { $office }.
