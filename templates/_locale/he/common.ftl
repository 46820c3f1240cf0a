## Labels shared by every document: table headings, letterhead and reference line.

label-daily = ריבית לכל יום נוסף
label-payment = תשלום
label-to-costs = להוצאות
label-to-interest = לריבית
label-to-principal = לקרן
label-account = חשבון בנק
label-bank = בנק
label-ref = סימוכין
label-case = תיק
label-contract = הסכם
label-invoices = חשבוניות
label-of = מיום
label-no = מס'
label-invoice = חשבונית
label-issued = תאריך הוצאה
label-due = מועד תשלום
label-amount = סכום
label-paid = שולם (קרן)
label-outstanding = יתרה לתשלום
label-period = תקופה
label-from = מ-
label-to = עד
label-days = ימים
label-principal = קרן
label-rate = שיעור שנתי
label-interest = ריבית
label-total = סה"כ
label-interest-total = ריבית
label-fees = דמי איחור
label-compensation = פיצוי קבוע
label-claim-total = סך כל הדרישה
label-signature = חתימה
label-email = דוא"ל
label-phone = טל'
label-principal-total = יתרת קרן
label-basis = בסיס
label-note = הערה

## פנייה וסיום של מכתב. $form: person | representative | organisation;
## $gender: female | male | unknown.

## A letter to an organisation, "לידי" its representative, opens "א.ג.נ.," and its body is
## in the plural: the addressee is the organisation.
salutation = { $form ->
    [organisation] א.ג.נ.,
    [representative] א.ג.נ.,
   *[other] { $gender ->
        [female] גברתי הנכבדה,
        [male] אדוני הנכבד,
       *[other] א.ג.נ.,
    }
}
salutation-friendly = שלום רב,
closing = בכבוד רב,
closing-friendly = בברכה,

# בראש נוסח שהופק מחדש של מסמך שהתיק רושם כנשלח, נחתם או הוגש (התאריך והמועדים
# נשארים: זהו תיעוד, לא מכתב).
reissue-notice = { $kind ->
    [signed] **הופק מחדש ביום { $reissued }; לא נחתם.** זהו נוסח ההסכם מיום { $date }, שנחתם ביום { $gone }, כפי שהמחולל מנסח אותו כיום, ונשמר לתיעוד. אין זה מסמך חדש: אין לחתום עליו ואין לשלוח אותו. הצדדים חתמו על הנוסח שנחתם.
    [filed] **הופק מחדש ביום { $reissued }; לא הוגש.** זהו נוסח המסמך מיום { $date }, שהוגש ביום { $gone }, כפי שהמחולל מנסח אותו כיום, ונשמר לתיעוד. אין זה מסמך חדש: אין לחתום עליו ואין להגיש אותו. בית המשפט קיבל את הנוסח שהוגש.
   *[sent] **הופק מחדש ביום { $reissued }; לא נשלח.** זהו נוסח המסמך מיום { $date }, שנשלח ביום { $gone }, כפי שהמחולל מנסח אותו כיום, ונשמר לתיעוד. אין זה מכתב חדש: אין לחתום עליו ואין לשלוח אותו. החייב קיבל את הנוסח שנשלח.
}

# אחרי ההודעה: הנוסח החוזר נבנה מנתוני התיק כיום, לא מנתוניו אז.
reissue-notice-data = פרטי הצדדים והסכומים הם כפי שהם רשומים בתיק ביום { $reissued }, ועשויים להיות שונים מאלה שבנוסח המקורי.
