## הדין הפולני: שמות וביטויים המשותפים למסמכים של השיפוט הפולני (עברית).

-kc = הקוד האזרחי הפולני (⁨Kodeks cywilny⁩)
-kpc = קוד סדר הדין האזרחי הפולני (⁨Kodeks postępowania cywilnego⁩)
-act-2013 = החוק הפולני מיום 8 במרץ 2013 בדבר מניעת איחורים מופרזים בעסקאות מסחריות (⁨ustawa o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych⁩)

contract-ref = { $number ->
    [none] ההסכם מיום { $date } ({ $subject })
   *[other] הסכם מס' { $number } מיום { $date } ({ $subject })
}
payment-details = { $bank ->
    [none] פרטי תשלום: חשבון { $account }, המוטב: { $holder }, כותרת ההעברה: { $title }.
   *[other] פרטי תשלום: חשבון { $account } ({ $bank }), המוטב: { $holder }, כותרת ההעברה: { $title }.
}
contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}(טל' { $phone })
    }
   *[other] { $phone ->
        [none] {" "}(דוא"ל: { $email })
       *[other] {" "}(דוא"ל: { $email }, טל' { $phone })
    }
}
sent-by = { $sent_kind ->
    [email] בדואר אלקטרוני
    [letter] בדואר רגיל
    [registered_letter] בדואר רשום
    [courier] בשליח
    [hand] במסירה אישית
    [e_delivery] לכתובת למסירה אלקטרונית
    [ksef] במערכת החשבוניות האלקטרוניות הלאומית (⁨KSeF⁩)
    [portal] דרך הפורטל
   *[other] {""}
}
payment-item = { $amount } ביום { $date }
reminder-item = { $how ->
    [none] { $date }
   *[other] { $date } ({ $how })
}
interest-basis = { $basis_kind ->
    [odsetki_w_transakcjach_handlowych] ריבית פיגורים סטטוטורית בעסקאות מסחריות (סעיף 7(1) יחד עם סעיף 4 פסקה 3 ל{ -act-2013 })
    [odsetki_ustawowe_za_opoznienie] ריבית פיגורים סטטוטורית (סעיף 481 §1 ו-§2 ל{ -kc })
    [contractual] ריבית פיגורים חוזית בשיעור { $rate } לשנה, שאינה עולה על ריבית הפיגורים המרבית (סעיף 481 §1 ו-§2¹ ל{ -kc })
   *[other] ריבית
}
interest-with = { $basis_kind ->
    [odsetki_w_transakcjach_handlowych] ריבית פיגורים סטטוטורית בעסקאות מסחריות
    [odsetki_ustawowe_za_opoznienie] ריבית פיגורים סטטוטורית
    [contractual] ריבית פיגורים חוזית בשיעור { $rate } לשנה, שאינה עולה על ריבית הפיגורים המרבית
   *[other] ריבית
}
interest-capped = בחלק מהתקופה שיעור הריבית החוזית עולה על ריבית הפיגורים המרבית (פי שניים מריבית הפיגורים הסטטוטורית, סעיף 481 §2¹ ל{ -kc }); לגבי תקופה זו חושבה הריבית המרבית (סעיף 481 §2² ל{ -kc }).
compensation-item = חשבונית { $invoice }: שווי החיוב הכספי, { $value }, { $low ->
    [none] אינו עולה על { $high }
   *[other] { $high ->
        [none] הוא { $low } או יותר
       *[other] גבוה מ-{ $low } ונמוך מ-{ $high }
    }
}, ולכן הפיצוי הוא { $eur }; מועד התשלום חל ביום { $due }, ושער היורו הממוצע שפרסם הבנק הלאומי של פולין (⁨NBP⁩) ביום העסקים האחרון של החודש הקודם ({ $rate_date }, טבלה מס' { $table }) היה { $rate } זלוטי; לפיכך הפיצוי הוא { $amount }.
sole-trader-name = { $name }, עוסק יחיד הפועל תחת השם המסחרי { $trading }
letter-date = { $city ->
    [none] { $date }
   *[other] { $city }, { $date }
}
ref-line = סימוכין: { $case }{ $contract ->
    [none] {""}
   *[other] ; הסכם מס' { $contract } מיום { $contract_date }
}{ $invoices ->
    [none] {""}
   *[other] { $invoice_count ->
        [1] ; חשבונית: { $invoices }
       *[other] ; חשבוניות: { $invoices }
    }
}
