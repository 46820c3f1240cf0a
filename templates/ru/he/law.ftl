## הפדרציה הרוסית: נוסחים המשותפים לכל המסמכים (עברית).

ru-invoice-no = מס' { $invoice }
ru-label-to-interest = על חשבון ריבית
ru-label-to-penalty = על חשבון פיצוי מוסכם
ru-label-rate = { $per_day ->
    [true] שיעור, % ליום
   *[other] שיעור, % לשנה
}
ru-label-interest = { $basis_kind ->
    [gk_395] ריבית (סעיף 395 לקוד האזרחי)
    [penalty_per_day] פיצוי מוסכם יומי (פני)
   *[other] ריבית
}
ru-label-fees = קנס חוזי (פיצוי מוסכם)
ru-label-daily = { $basis_kind ->
    [penalty_per_day] פיצוי מוסכם לכל יום נוסף
   *[other] ריבית לכל יום נוסף
}
ru-moratorium-note = \* 0%: תקופת ההקפאה (מורטוריום) על פתיחת הליכי פשיטת רגל שהונהגה בהחלטת ממשלת הפדרציה הרוסית מס' 497 מיום 28.03.2022 (מ־01.04.2022 עד 01.10.2022): על התחייבויות שנוצרו לפני תחילתה לא נצברים בתקופה זו לא ריבית לפי סעיף 395 לקוד האזרחי ולא פיצוי מוסכם (סעיף 9.1(3) וסעיף 63(1) פסקה עשירית לחוק הפדרלי "על חדלות פירעון (פשיטת רגל)"; סעיף 7 להחלטת מליאת בית המשפט העליון של הפדרציה הרוסית מס' 44 מיום 24.12.2020).
ru-per-day-note = הפיצוי המוסכם מחושב לכל יום איחור: החוב × השיעור היומי × מספר הימים.
ru-day-basis-note = הריבית מחושבת לפי מספר הימים בפועל בשנה (365 או 366).

ru-requisites-heading = פרטים לתשלום:
ru-req-payee = המוטב: { $payee }
ru-req-account = חשבון סליקה: { $account }
ru-req-bank = בנק: { $bank }
ru-req-bik = קוד בנק (BIK): { $bik }
ru-req-corr = חשבון קורספונדנטי: { $corr }
ru-req-purpose = מטרת התשלום: "תשלום { $count ->
    [one] חשבונית
   *[other] חשבוניות
} מס' { $invoices } לפי { $contract ->
    [none] ההסכם מיום { $contract_date }
   *[other] הסכם מס' { $contract } מיום { $contract_date }
}"

ru-sign-line = { $role ->
    [ceo] מנכ"ל
    [director] מנהל
    [manager] מנהל עסקים
    [president] נשיא
    [board_member] חבר הנהלה
    [owner] עוסק יחיד
    [partner] שותף
    [proxy] מיופה כוח
   *[other] { $position ->
        [none] נציג
       *[other] { $position }
    }
} { $name }

ru-contract-ref = { $number ->
    [none] ההסכם מיום { $date }
   *[other] הסכם מס' { $number } מיום { $date }
}{ $case ->
   *[other] {""}
}

ru-primary-item = { $kind ->
    [upd] מסמך העברה אוניברסלי (UPD)
    [torg12] תעודת משלוח (TORG-12)
    [act] אישור ביצוע (акт)
    [acceptance_protocol] פרוטוקול קבלה
    [delivery_note] תעודת משלוח
    [timesheet] דוח שעות
   *[other] מסמך
}{ $number ->
    [none] {""}
   *[other] {" "}מס' { $number }
}{ $date ->
    [none] {""}
   *[other] {" "}מיום { $date }
}{ $description ->
    [none] {""}
   *[other] {" "}({ $description })
}

ru-in-person-of = באמצעות { $role ->
    [ceo] המנכ"ל { $name }
    [director] המנהל { $name }
    [manager] מנהל העסקים { $name }
    [president] הנשיא { $name }
    [proxy] מיופה הכוח { $name }
   *[other] { $position ->
        [none] הנציג { $name }
       *[other] { $name } ({ $position })
    }
}{ $basis ->
    [charter] , { $gender ->
        [female] הפועלת
       *[other] הפועל
    } מכוח תקנון החברה
    [power_of_attorney] , { $gender ->
        [female] הפועלת
       *[other] הפועל
    } מכוח ייפוי כוח{ $poa ->
        [none] {""}
       *[other] {" "}מס' { $poa }
    }{ $poa_date ->
        [none] {""}
       *[other] {" "}מיום { $poa_date }
    }
    [other] , { $gender ->
        [female] הפועלת
       *[other] הפועל
    } מכוח: { $basis_text }
   *[none] {""}
}

ru-rep-line = { $role ->
    [ceo] מנכ"ל
    [director] מנהל
    [manager] מנהל עסקים
    [president] נשיא
    [proxy] מיופה כוח
   *[other] { $position ->
        [none] נציג
       *[other] { $position }
    }
} { $name }{ $basis ->
    [charter] , { $gender ->
        [female] פועלת
       *[other] פועל
    } מכוח תקנון החברה
    [power_of_attorney] , { $gender ->
        [female] פועלת
       *[other] פועל
    } מכוח ייפוי כוח{ $poa ->
        [none] {""}
       *[other] {" "}מס' { $poa }
    }{ $poa_date ->
        [none] {""}
       *[other] {" "}מיום { $poa_date }
    }
    [other] , מכוח: { $basis_text }
   *[none] {""}
}

ru-sent-by = { $how ->
    [registered_letter] בדואר רשום
    [letter] בדואר
    [email] בדואר אלקטרוני
    [courier] באמצעות שליח
    [hand] במסירה ידנית
    [e_delivery] במסירה אלקטרונית
    [edo] במערכת החלפת מסמכים אלקטרונית
   *[other] {""}
}{ $number ->
    [none] {""}
   *[other] {" "}(מספר מעקב דואר { $number })
}{ $address ->
    [none] {""}
   *[other] {" "}לכתובת: { $address }
}{ $proof ->
   *[other] {""}
}

ru-allocation = התשלומים שהתקבלו נזקפו לחשבון החוב העיקרי: לפי ההסכם אין הוצאות של הנושה לקבלת הביצוע ואין ריבית המהווה מחיר השימוש בכסף, שסעיף 319 לקוד האזרחי של הפדרציה הרוסית מסלק לפני החוב העיקרי, ואילו ריבית לפי סעיף 395 לקוד האזרחי{ $penalty ->
    [true] {" "}ופיצוי מוסכם מסולקים
   *[other] {" "}מסולקת
} אחרי החוב העיקרי (סעיף 37 להחלטת מליאת בית המשפט העליון של הפדרציה הרוסית מס' 7 מיום 24.03.2016).

ru-interest-395 = מהיום שלאחר היום האחרון לתשלום נצברת על החוב ריבית בעד שימוש בכספי הזולת בשיעור הריבית המרכזית של הבנק של רוסיה שהייתה בתוקף בכל תקופה (סעיף 395(1) לקוד האזרחי של הפדרציה הרוסית), עד יום התשלום בפועל (סעיף 395(3); סעיף 48 להחלטת מליאת בית המשפט העליון מס' 7 מיום 24.03.2016).
ru-interest-penalty = ההסכם קובע פיצוי מוסכם יומי (פני) בשיעור { $rate } מהסכום שלא שולם במועד לכל יום איחור (סעיף 330 לקוד האזרחי); הוא נצבר מהיום שלאחר היום האחרון לתשלום ועד יום התשלום בפועל. מאחר שההסכם קובע פיצוי מוסכם, לא נצברת ריבית לפי סעיף 395 לקוד האזרחי בעד אותה תקופה (סעיף 395(4); סעיף 42 להחלטת מליאת בית המשפט העליון מס' 7 מיום 24.03.2016).
ru-interest-contractual = מהיום שלאחר היום האחרון לתשלום ועד יום התשלום בפועל נצברת על החוב ריבית בשיעור { $rate } לשנה שנקבע בהסכם (סעיף 395(1) לקוד האזרחי).
ru-fee-330 = הקנס בשל איחור בתשלום חויב לפי ההסכם (סעיף 330 לקוד האזרחי).
ru-no-333 = { $debtor_kind ->
    [business] אין עילה להפחתת הפיצוי המוסכם לפי סעיף 333 לקוד האזרחי: שיעורו סוכם בין הצדדים בעת כריתת ההסכם (סעיף 421), ופיצוי מוסכם שחב בו מי שעוסק בפעילות עסקית ניתן להפחתה רק במקרים חריגים, לבקשת החייב, אם יוכיח שאינו עומד באופן בולט ביחס לתוצאות ההפרה ומקנה לנושה טובת הנאה בלתי מוצדקת (סעיף 333(1) ו־(2); סעיפים 73–75 להחלטת מליאת בית המשפט העליון מס' 7 מיום 24.03.2016).
   *[other] אין עילה להפחתת הפיצוי המוסכם לפי סעיף 333 לקוד האזרחי: שיעורו סוכם בעת כריתת ההסכם והוא סביר ביחס לתוצאות ההפרה; נטל ההוכחה לחוסר סבירות מוטל על החייב (סעיף 333(1); סעיפים 73–75 להחלטת מליאת בית המשפט העליון מס' 7 מיום 24.03.2016).
}
ru-edition = { $edition ->
    [fz667] {" "}בנוסחו לפי החוק הפדרלי מס' 667-FZ מיום 25.12.2023
   *[other] {""}
}
ru-to-org = { $org }{ $role ->
   *[other] {""}
}{ $position ->
   *[other] {""}
}
ru-to-person = { $person_form ->
    [representative] לידי { $name }, { $role ->
        [ceo] מנכ"ל
        [director] מנהל
        [manager] מנהל עסקים
        [president] נשיא
        [board_member] חבר הנהלה
        [proxy] מיופה כוח
       *[other] { $position ->
            [none] נציג
           *[other] { $position }
        }
    }
   *[other] { $name }
}
ru-ref-line = סימוכין יוצא: מס' { $number } מיום { $date }

ru-contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}בטלפון { $phone }
    }
   *[other] { $phone ->
        [none] {" "}בדואר אלקטרוני { $email }
       *[other] {" "}בדואר אלקטרוני { $email } או בטלפון { $phone }
    }
}

label-address-line = כתובת: { $address }
