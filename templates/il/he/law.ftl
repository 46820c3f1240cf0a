## ישראל: שמות חוקים, תוויות ומונחים המשותפים לכל מסמכי ישראל.

-remedies-law = חוק החוזים (תרופות בשל הפרת חוזה), התשל"א-1970
-interest-law = חוק פסיקת ריבית והצמדה, התשכ"א-1961
-consumer-law = חוק הגנת הצרכן, התשמ"א-1981
-limitation-law = חוק ההתיישנות, התשי"ח-1958
-execution-law = חוק ההוצאה לפועל, התשכ"ז-1967
-courts-law = חוק בתי המשפט [נוסח משולב], התשמ"ד-1984
-small-claims-regs = תקנות שיפוט בתביעות קטנות (סדרי דין), התשל"ז-1976
-arbitration-law = חוק הבוררות, התשכ"ח-1968
-contracts-general-law = חוק החוזים (חלק כללי), התשל"ג-1973
-small-claims-order = צו בתי המשפט (שינוי סכום התביעה בתביעות קטנות), התשס"ח-2008
-court-fees-regs = תקנות בתי המשפט (אגרות), התשס"ז-2007
-execution-regs = תקנות ההוצאה לפועל, התש"ם-1979
-payment-ethics-law = חוק מוסר תשלומים לספקים, התשע"ז-2017

label-to-late-fees = לדמי איחור
label-component = רכיב
label-id = מס' זהות
label-address = כתובת
label-bank-account = { $account_kind ->
    [iban] חשבון בנק (IBAN)
   *[other] חשבון בנק
}
signature-company = חתימה וחותמת מורשי החתימה
attention = לידי { $person }
role = { $role ->
    [ceo] מנכ"ל
    [director] דירקטור
    [board_member] חבר דירקטוריון
    [president] נשיא
    [owner] בעלים
    [proxy] מיופה כוח
    [manager] מנהל
    [partner] שותף
   *[other] מורשה חתימה
}
bank-il = { $name ->
    [none] בנק מס' { $bank_code }, סניף { $branch }, חשבון מס' { $account }
   *[other] { $name } (בנק מס' { $bank_code }), סניף { $branch }, חשבון מס' { $account }
}
bank-il-iban = { $name ->
    [none] בנק מס' { $bank_code }, סניף { $branch }, חשבון מס' { $account } ({ $iban })
   *[other] { $name } (בנק מס' { $bank_code }), סניף { $branch }, חשבון מס' { $account } ({ $iban })
}
bank-iban = { $iban }{ $bic ->
    [none] {""}
   *[other] , BIC { $bic }
}{ $name ->
    [none] {""}
   *[other] , { $name }
}
bank-text = { $name ->
    [none] חשבון מס' { $account }
   *[other] חשבון מס' { $account }, { $name }
}
id-key = { $key ->
    [osek_murshe] עוסק מורשה
    [osek_patur] עוסק פטור
    [company] ח.פ.
    [amuta] מס' עמותה
   *[id] ת.ז.
}
sent-by = { $by ->
    [email] בדואר אלקטרוני
    [letter] בדואר
    [registered_letter] בדואר רשום
    [courier] באמצעות שליח
    [hand] במסירה אישית
   *[other] במסירה אלקטרונית
}
