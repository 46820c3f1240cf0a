## כתב תביעה לבית המשפט לתביעות קטנות (טופס 1), ישראל: נוסח עברי.
## $claimant_gender / $defendant_gender: female | male (תאגיד: female — "התובעת", "הנתבעת").

title = כתב תביעה
heading = כתב תביעה (טופס 1, תקנה 3 ל{ -small-claims-regs })
translation-note = כתב התביעה מוגש לבית המשפט בנוסחו העברי בלבד; תרגום שלו לשפה אחרת הוא לידיעה, ובכל סתירה גובר הנוסח העברי.
warning-label = אזהרה:
warning-company = { $claimant_gender ->
    [female] התובעת היא תאגיד, ותאגיד אינו רשאי להגיש תביעה לבית המשפט לתביעות קטנות.
    [male] התובע הוא תאגיד, ותאגיד אינו רשאי להגיש תביעה לבית המשפט לתביעות קטנות.
   *[other] התובע/ת הוא/היא תאגיד, ותאגיד אינו רשאי להגיש תביעה לבית המשפט לתביעות קטנות.
}
warning-limit = סכום התביעה עולה על תקרת הסכום לתביעה קטנה.
warning-read = לפני ההגשה קראו את פרק "אגרה ובדיקת סכום התביעה" להלן.
to-court = בית המשפט:
case-number = ת"ק
label-claimant = { $claimant_gender ->
    [female] התובעת
    [male] התובע
   *[other] התובע/ת
}
label-defendant = { $defendant_gender ->
    [female] הנתבעת
    [male] הנתבע
   *[other] הנתבע/ת
}
trading-as = שם העסק: { $name }
through = באמצעות { $person }
against = - נגד -
label-nature = מהות התביעה:
nature = תביעה כספית לתשלום חוב לפי הסכם.
label-amount-claimed = סכום התביעה:
label-venue = מקום השיפוט:
venue = { $defendant_gender ->
    [female] מקום עסקה או מגוריה של הנתבעת: { $address } (תקנה 2 ל{ -small-claims-regs }).
    [male] מקום עסקו או מגוריו של הנתבע: { $address } (תקנה 2 ל{ -small-claims-regs }).
   *[other] מקום עסקו/ה או מגוריו/ה של הנתבע/ת: { $address } (תקנה 2 ל{ -small-claims-regs }).
}
h-facts = פרשת התביעה ונסיבותיה
exhibit-one = נספח { $number }
exhibit-range = נספחים { $first }–{ $last }
fact-contract = { $number ->
    [none] ביום { $date } נכרת בין { $claimant_gender ->
        [female] התובעת
        [male] התובע
       *[other] התובע/ת
    } לבין { $defendant_gender ->
        [female] הנתבעת
        [male] הנתבע
       *[other] הנתבע/ת
    } הסכם שעניינו { $subject } (להלן: "ההסכם"). העתק ההסכם מצורף ({ $exhibit }).
   *[other] ביום { $date } נכרת בין { $claimant_gender ->
        [female] התובעת
        [male] התובע
       *[other] התובע/ת
    } לבין { $defendant_gender ->
        [female] הנתבעת
        [male] הנתבע
       *[other] הנתבע/ת
    } הסכם מס' { $number } שעניינו { $subject } (להלן: "ההסכם"). העתק ההסכם מצורף ({ $exhibit }).
}
fact-invoices = { $claimant_gender ->
    [female] בהתאם להסכם הוציאה התובעת
    [male] בהתאם להסכם הוציא התובע
   *[other] בהתאם להסכם הוציא/ה התובע/ת
} { $defendant_gender ->
    [female] לנתבעת
    [male] לנתבע
   *[other] לנתבע/ת
} את החשבוניות המפורטות להלן ({ $exhibits }):
payment-item = { $amount } ביום { $date }
fact-payments = { $defendant_gender ->
    [female] הנתבעת שילמה
    [male] הנתבע שילם
   *[other] הנתבע/ת שילם/ה
} על חשבון החשבוניות { $count ->
    [one] את הסכום הבא
   *[other] את הסכומים הבאים
}: { $payments }{ $exhibit ->
    [none] {""}
   *[other] {" "}({ $exhibit })
}. התשלומים נזקפו כמפורט בחישוב שלהלן.
fact-no-payments = { $defendant_gender ->
    [female] הנתבעת לא שילמה
    [male] הנתבע לא שילם
   *[other] הנתבע/ת לא שילם/ה
} דבר על חשבון החשבוניות.
## Contracts (General Part) Law s.50 (fridmanwork.com/ADVX-lawyer108310 quoting it): the debtor
## may designate the obligation a payment goes to; if not, the creditor may (IL third review n1).
## $designated: the payment records the invoice it was paid on (then only the obligations of that invoice).
fact-payments-to-fees = { $defendant_gender ->
    [female] הנתבעת לא ציינה
    [male] הנתבע לא ציין
   *[other] הנתבע/ת לא ציין/ה
} בעת התשלום { $designated ->
    [yes] לחשבון איזה מן החיובים בגין החשבונית ששולמה ייזקף הסכום
   *[other] לחשבון איזה חיוב ייזקף הסכום
}, ולכן { $claimant_gender ->
    [female] זקפה אותו התובעת, כזכותה
    [male] זקף אותו התובע, כזכותו
   *[other] זקף/ה אותו התובע/ת, כזכותו/ה
} לפי סעיף 50 ל{ -contracts-general-law }, תחילה על חשבון דמי האיחור ({ $items }), לאחר מכן על חשבון הריבית ולבסוף על חשבון הקרן.
## A pleading states what the defendant did, with the exhibit that shows it (IL review N5).
## $dates: the acceptance records' dates ("none": the records give none).
fact-acceptance = { $dates ->
    [none] { $defendant_gender ->
        [female] הנתבעת אישרה
        [male] הנתבע אישר
       *[other] הנתבע/ת אישר/ה
    } את קבלת העבודה ({ $exhibits }).
   *[other] { $count ->
        [one] ביום { $dates } { $defendant_gender ->
            [female] אישרה הנתבעת
            [male] אישר הנתבע
           *[other] אישר/ה הנתבע/ת
        } את קבלת העבודה ({ $exhibits }).
       *[other] { $defendant_gender ->
            [female] הנתבעת אישרה
            [male] הנתבע אישר
           *[other] הנתבע/ת אישר/ה
        } את קבלת העבודה בימים { $dates } ({ $exhibits }).
    }
}
fact-debt-notice = ביום { $sent } נשלחה { $defendant_gender ->
    [female] לנתבעת
    [male] לנתבע
   *[other] לנתבע/ת
} הודעת חוב לפי סעיף 13ב2 ל{ -consumer-law } ({ $exhibit }). פעולות הגבייה שלהלן ננקטו לאחר שחלפו 14 ימים מיום שליחתה, ודמי האיחור לא נדרשו לפני כן.
fact-debt-notice-late = ביום { $sent } נשלחה { $defendant_gender ->
    [female] לנתבעת
    [male] לנתבע
   *[other] לנתבע/ת
} הודעת חוב ({ $exhibit }).{ $fees ->
    [yes] {""}
   *[other] {" "}{ $claimant_gender ->
        [female] התובעת אינה תובעת
        [male] התובע אינו תובע
       *[other] התובע/ת אינו/ה תובע/ת
    } בתביעה זו הוצאות גבייה או דמי איחור.
}
sent-item = { $by ->
    [none] ביום { $date }
   *[other] ביום { $date } ({ sent-by })
}
fact-demands = משלא שולם החוב, { $claimant_gender ->
    [female] פנתה התובעת
    [male] פנה התובע
   *[other] פנה/תה התובע/ת
} { $defendant_gender ->
    [female] לנתבעת
    [male] לנתבע
   *[other] לנתבע/ת
} בדרישות לתשלום: { $count ->
    [one] בתזכורת תשלום
   *[other] בתזכורות תשלום
} ({ $reminders }; { $reminders_exhibits }), ולבסוף במכתב התראה לפני נקיטת הליכים משפטיים ({ $pretrial }; { $pretrial_exhibit }).
fact-reminders = משלא שולם החוב, { $claimant_gender ->
    [female] פנתה התובעת
    [male] פנה התובע
   *[other] פנה/תה התובע/ת
} { $defendant_gender ->
    [female] לנתבעת
    [male] לנתבע
   *[other] לנתבע/ת
} { $count ->
    [one] בתזכורת תשלום
   *[other] בתזכורות תשלום
} ({ $reminders }; { $reminders_exhibits }).
fact-pretrial = משלא שולם החוב, { $claimant_gender ->
    [female] פנתה התובעת
    [male] פנה התובע
   *[other] פנה/תה התובע/ת
} { $defendant_gender ->
    [female] לנתבעת
    [male] לנתבע
   *[other] לנתבע/ת
} במכתב התראה לפני נקיטת הליכים משפטיים ({ $pretrial }; { $pretrial_exhibit }).
fact-unpaid = עד למועד הגשת התביעה לא שולמה יתרת החוב.{ $correspondence ->
    [none] {""}
   *[other] {" "}ההתכתבות בין הצדדים בעניין החוב מצורפת ({ $correspondence }).
} חישוב החוב נכון ליום { $date } מפורט להלן ({ $statement }).
h-law = העילה המשפטית
law-breach = { $defendant_gender ->
    [female] הנתבעת הפרה את ההסכם בכך שלא שילמה
    [male] הנתבע הפר את ההסכם בכך שלא שילם
   *[other] הנתבע/ת הפר/ה את ההסכם בכך שלא שילם/ה
} את התמורה במועדים שנקבעו בו. לפי סעיף 2 ל{ -remedies-law }, { $claimant_gender ->
    [female] התובעת זכאית
    [male] התובע זכאי
   *[other] התובע/ת זכאי/ת
} לאכיפת ההסכם, דהיינו לתשלום הסכומים המגיעים לפיו, וכן לפיצויים בשל ההפרה.
law-interest-contractual = לפי ההסכם, על סכום שלא שולם במועדו נצברת ריבית חוזית בשיעור { $rate } לשנה, מהיום שלאחר מועד התשלום ועד לתשלום בפועל; הריבית חושבה לפי תקופות עד ליום { $date }, כמפורט בחישוב שלהלן. לחלופין, ככל שייקבע שהריבית החוזית אינה חלה, { $claimant_gender ->
    [female] זכאית התובעת
    [male] זכאי התובע
   *[other] זכאי/ת התובע/ת
} להפרשי הצמדה וריבית כחוק לפי { -interest-law }, מיום ההפרה ועד לתשלום בפועל (סעיף 11(ב) ל{ -remedies-law }).
law-interest-by-law = לפי סעיף 11(ב) ל{ -remedies-law }, { $claimant_gender ->
    [female] זכאית התובעת
    [male] זכאי התובע
   *[other] זכאי/ת התובע/ת
}, ללא הוכחת נזק, להפרשי הצמדה וריבית כחוק לפי { -interest-law } על הסכום שבפיגור, מיום ההפרה, הוא המועד שבו היה כל סכום לתשלום, ועד לתשלום בפועל.
## The late fee's basis (IL third review n2): the contract's term and s.15(א) of the Remedies
## Law (agreed compensation, no proof of damage: fridmanwork.com/ADVX-lawyers119577 quoting it).
law-fees = לפי ההסכם ({ $exhibit }), בגין חשבונית שלא שולמה במועדה { $defendant_gender ->
    [female] חייבת הנתבעת
    [male] חייב הנתבע
   *[other] חייב/ת הנתבע/ת
} בדמי איחור בסך { $amount }{ $per ->
    [month] {" "}לכל חודש איחור או חלק ממנו
   *[other] {""}
}, כפיצוי מוסכם (סעיף 15 ל{ -remedies-law }){ $consumer ->
    [yes] , לאחר שחלפו 14 ימים ממשלוח הודעת החוב (סעיף 13ב2 ל{ -consumer-law })
   *[other] {""}
}.
law-payment-ethics = ולחלופין, ככל שחל על ההתקשרות { -payment-ethics-law }, { $claimant_gender ->
    [female] זכאית התובעת
    [male] זכאי התובע
   *[other] זכאי/ת התובע/ת
} להפרשי הצמדה וריבית, ובחלוף 30 ימים ממועד התשלום שנקבע בו גם לריבית פיגורים, כקבוע באותו חוק; אלה לא חושבו במסמך זה.
h-relief = הסעדים המבוקשים
relief-intro = בית המשפט הנכבד מתבקש לחייב את { $defendant_gender ->
    [female] הנתבעת
    [male] הנתבע
   *[other] הנתבע/ת
} לשלם { $claimant_gender ->
    [female] לתובעת
    [male] לתובע
   *[other] לתובע/ת
}:
relief-total = את הסך של **{ $total }**, שהוא קרן החוב{ $interest ->
    [yes] { $fees ->
        [yes] , הריבית שנצברה עד ליום { $date } ודמי האיחור
       *[other] {" "}והריבית שנצברה עד ליום { $date }
    }
   *[other] { $fees ->
        [yes] {" "}ודמי האיחור
       *[other] {""}
    }
}, כמפורט בחישוב שלהלן;
relief-interest-contractual = ריבית חוזית בשיעור { $rate } לשנה על קרן החוב ({ $principal }) מיום { $start } ועד ליום התשלום בפועל, ולחלופין הפרשי הצמדה וריבית כחוק לפי { -interest-law } מיום ההפרה ועד ליום התשלום בפועל;
relief-interest-by-law = הפרשי הצמדה וריבית כחוק לפי { -interest-law } על כל סכום שבפיגור, כפי שהיה מעת לעת, מיום ההפרה — המועד שבו היה הסכום לתשלום, כמפורט בחישוב — ועד ליום התשלום בפועל;
relief-costs = את אגרת בית המשפט ואת הוצאות המשפט, כפי שיפסוק בית המשפט.
date-label = תאריך
claimant-signature = { $claimant_gender ->
    [female] חתימת התובעת
    [male] חתימת התובע
   *[other] חתימת התובע/ת
}
h-calculation = חישוב סכום התביעה
calculation-intro = החישוב נכון ליום { $date }: החשבוניות, זקיפת התשלומים, הריבית לפי תקופות וסכום התביעה.
calculation-by-law = הפרשי ההצמדה והריבית כחוק לא חושבו במסמך זה: מדד המחירים לצרכן ושיעורי הריבית לפי { -interest-law } אינם בטבלאות הנתונים שלנו. הם נתבעים "כחוק", ובית המשפט יפסוק אותם לפי הדין.
h-exhibits = רשימת נספחים
ex-contract = { $number ->
    [none] העתק ההסכם מיום { $date }.
   *[other] העתק ההסכם מס' { $number } מיום { $date }.
}
ex-invoice = העתק חשבונית מס' { $number } מיום { $date }.
ex-reminder = { $notice ->
    [yes] העתק הודעת החוב לפי סעיף 13ב2 ל{ -consumer-law }
   *[other] העתק { $level ->
        [1] תזכורת התשלום הראשונה
        [2] תזכורת התשלום השנייה
       *[other] תזכורת התשלום האחרונה
    }
}{ $by ->
    [none] {""}
   *[other] , שנשלחה { sent-by }
} ביום { $date }{ proof-item }.
ex-pretrial = העתק מכתב ההתראה לפני נקיטת הליכים משפטיים{ $by ->
    [none] {""}
   *[other] , שנשלח { sent-by }
} ביום { $date }{ proof-item }.
## $proof: the kind of proof of sending the case records (none: nothing is listed).
## A registered-mail receipt proves posting, not delivery: it is not "אישור מסירה".
proof-item = { $proof ->
    [registered_mail] , ואישור המשלוח בדואר רשום{ $proof_number ->
        [none] {""}
       *[other] {" "}(מס' משלוח { $proof_number })
    }
    [tracking] , ואישור המשלוח{ $proof_number ->
        [none] {""}
       *[other] {" "}(מס' מעקב { $proof_number })
    }
    [e_delivery] , ואישור המסירה האלקטרונית{ $proof_number ->
        [none] {""}
       *[other] {" "}(מס' { $proof_number })
    }
    [email] , והעתק הודעת הדואר האלקטרוני שבה נשלח{ $proof_number ->
        [none] {""}
       *[other] {" "}(מס' { $proof_number })
    }
    [courier] , ואישור השליח{ $proof_number ->
        [none] {""}
       *[other] {" "}(מס' משלוח { $proof_number })
    }
    [hand] , ואישור המסירה האישית
   *[none] {""}
}
ex-acceptance = { $kind ->
    [other] { $description ->
        [none] העתק אסמכתת הקבלה של העבודה
       *[other] העתק { $description }
    }
   *[any] העתק מסמך הקבלה של העבודה{ $number ->
        [none] {""}
       *[other] {" "}מס' { $number }
    }{ $signed ->
        [yes] {" "}בחתימת { $defendant_gender ->
            [female] הנתבעת
            [male] הנתבע
           *[other] הנתבע/ת
        }
       *[other] {""}
    }
}{ $date ->
    [none] .
   *[other] {" "}מיום { $date }.
}
ex-correspondence = התכתבות בין הצדדים ותרשומות שיחות בעניין החוב.
ex-payments = אסמכתאות לתשלומים שהתקבלו (תדפיסי חשבון הבנק).
ex-statement = תחשיב החוב נכון ליום { $date }.
h-fee = אגרה ובדיקת סכום התביעה
fee-total = סכום התביעה: { $total }.
fee-value = הסכום שלפיו מחושבת האגרה: { $value }.
fee-amount = אגרת בית המשפט: **{ $fee }** (אחוז אחד מסכום התביעה, ולא פחות מהאגרה המזערית, מעוגל כלפי מעלה; { $source }).
fee-limit = תקרת הסכום לתביעה קטנה במועד הגשת התביעה: { $limit } (סעיף 60(א)(1) ל{ -courts-law } ו{ -small-claims-order }, צמוד למדד).
fee-magistrates = האגרה בבית משפט השלום נקבעת ב{ -court-fees-regs }, ואינה אגרת בית המשפט לתביעות קטנות; מסמך זה אינו מחשב אותה.
route-company = { $claimant_gender ->
    [female] **התובעת היא תאגיד.**
    [male] **התובע הוא תאגיד.**
   *[other] **התובע/ת הוא/היא תאגיד.**
} רק יחיד רשאי להגיש תביעה לבית המשפט לתביעות קטנות; תאגיד (חברה, שותפות רשומה, עמותה) אינו רשאי לעשות כן. אין להגיש כתב תביעה זה לבית המשפט לתביעות קטנות: יש להגיש את התביעה לבית משפט השלום המוסמך, ומומלץ להיוועץ בעורך דין.
route-within = סכום התביעה אינו עולה על התקרה, ולכן ניתן להגיש את התביעה לבית המשפט לתביעות קטנות. עוסק מורשה שהוא יחיד רשאי לתבוע בו, אך תובע אינו רשאי להגיש לבית המשפט לתביעות קטנות יותר מ-{ $per_year } תביעות בשנה: יש לוודא לפני ההגשה שזו אינה תביעה שמעבר למספר זה; אם כן, יש להגיש את התביעה לבית משפט השלום.
route-over = **סכום התביעה עולה על התקרה.** בית המשפט לתביעות קטנות אינו מוסמך לדון בתביעה בסכום זה. יש לבחור באחת משתי הדרכים: להגיש את התביעה במלואה לבית משפט השלום, ומומלץ להיוועץ בעורך דין; או להעמיד את התביעה על סכום התקרה ולוותר במפורש על ההפרש. פיצול התביעה לכמה תביעות אסור.
route-execution = **חלופה: תביעה על סכום קצוב בהוצאה לפועל.** החוב נובע מהסכם בכתב, אינו שנוי במחלוקת לפי הרישומים, וסכומו אינו עולה על { $limit }; לכן ניתן להגישו ישירות ללשכת ההוצאה לפועל כתביעה על סכום קצוב (סעיף 81א1 ל{ -execution-law }), בלי פסק דין מוקדם; אם החייב יגיש התנגדות במועד, תועבר התביעה לדיון בבית המשפט. הדרך פתוחה גם לתאגיד. לפני ההגשה יש להמציא לחייב, בדואר רשום עם אישור מסירה, התראה על הכוונה להגיש את התביעה לביצוע בהוצאה לפועל (סעיף 81א1(ב1); תקנה 109א ל{ -execution-regs }), בנוסח שנקבע בתקנות, ולהמתין 30 ימים ממשלוחה לפני הגשת הבקשה (מועד זה לקוח ממקור משנת 2013 ולא אומת בנוסח החוק העדכני: יש לוודא אותו); מסמך זה אינו כולל את ההתראה, ואת נוסחה ואת מועד ההתנגדות יש לבדוק לפני המשלוח.
h-checklist = רשימת בדיקה לפני ההגשה
check-filing = { $defendant_gender ->
    [female] הגשה: באופן מקוון באתר הרשות השופטת, או במזכירות בית המשפט המוסמך לפי מקום עסקה או מגוריה של הנתבעת, או לפי מקום אחר שבתקנה 2; תניית שיפוט בהסכם אינה גוברת על תקנה זו.
    [male] הגשה: באופן מקוון באתר הרשות השופטת, או במזכירות בית המשפט המוסמך לפי מקום עסקו או מגוריו של הנתבע, או לפי מקום אחר שבתקנה 2; תניית שיפוט בהסכם אינה גוברת על תקנה זו.
   *[other] הגשה: באופן מקוון באתר הרשות השופטת, או במזכירות בית המשפט המוסמך לפי מקום עסקו/ה או מגוריו/ה של הנתבע/ת, או לפי מקום אחר שבתקנה 2; תניית שיפוט בהסכם אינה גוברת על תקנה זו.
}
check-count = { $claimant_gender ->
    [female] מספר התביעות: תובעת אינה רשאית להגיש לבית המשפט לתביעות קטנות יותר מ-{ $per_year } תביעות בשנה; יש לספור את כל התביעות הקטנות שהגישה השנה, בכל בית משפט, לפני שמגישים תביעה זו.
    [male] מספר התביעות: תובע אינו רשאי להגיש לבית המשפט לתביעות קטנות יותר מ-{ $per_year } תביעות בשנה; יש לספור את כל התביעות הקטנות שהגיש השנה, בכל בית משפט, לפני שמגישים תביעה זו.
   *[other] מספר התביעות: תובע/ת אינו/ה רשאי/ת להגיש לבית המשפט לתביעות קטנות יותר מ-{ $per_year } תביעות בשנה; יש לספור את כל התביעות הקטנות שהגיש/ה השנה, בכל בית משפט, לפני שמגישים תביעה זו.
}
check-copies = { $defendant_gender ->
    [female] עותקים: בהגשה בנייר יש להגיש את כתב התביעה ואת הנספחים בעותק לבית המשפט ובעותק נוסף לנתבעת.
    [male] עותקים: בהגשה בנייר יש להגיש את כתב התביעה ואת הנספחים בעותק לבית המשפט ובעותק נוסף לנתבע.
   *[other] עותקים: בהגשה בנייר יש להגיש את כתב התביעה ואת הנספחים בעותק לבית המשפט ובעותק נוסף לנתבע/ת.
}
check-exhibits = נספחים: יש לצרף את כל הנספחים שברשימה, ולסמן כל אחד במספרו.
check-fee = אגרה: יש לשלם את האגרה בסך { $fee } במועד ההגשה.
check-appear = התייצבות: יש להתייצב אישית לדיון. בעל דין אינו מיוצג בבית המשפט לתביעות קטנות בידי עורך דין אלא ברשות בית המשפט (סעיף 63 ל{ -courts-law }), ולכן אין נתבע שכר טרחת עורך דין. יש להביא לדיון את מקור המסמכים.
check-consumer = צרכן: יש לצרף את הודעת החוב ואת הראיה למועד שליחתה; נטל ההוכחה על שליחתה מוטל על העוסק.
## Said once, also when the notice's proof is missing (IL third review n6).
check-consumer-content = צרכן: התוכן שהחוק מחייב בהודעת החוב (סעיף 13ב2(ד)) לא נבדק במסמך זה: יש לוודא שההודעה שנשלחה עמדה בו.
check-date = תאריך: יש לעדכן את תאריך התביעה ליום ההגשה; החישוב והתקרה נגזרים ממנו.
## The claim's date against a newer ceiling (IL third review NB1): a note to the claimant in
## the checklist, never in the pleading. $start: the day the newer ceiling is in force from.
check-ceiling = תקרה: תביעה זו מיום { $date } נבדקה מול התקרה שחלה ביום זה ({ $limit_then }); מיום { $start } התקרה היא { $limit_now }. אם התביעה מוגשת ביום { $start } או אחריו, יש לעדכן את תאריך התביעה ליום ההגשה ולהפיק את המסמך מחדש: החישוב, האגרה והתקרה נגזרים ממנו.
## The consumer's debt notice without a recorded proof of sending (IL review N3).
check-notice-proof = הודעת החוב: בתיק לא נרשמה ראיה לשליחתה. נטל ההוכחה על שליחתה מוטל על העוסק; יש לאתר את הראיה (למשל אישור המשלוח בדואר רשום) ולצרפה לפני ההגשה.
## Form 1 asks for the parties' ID numbers; the claim leaves a blank line (IL third review n7).
check-ids = מספר זהות: יש למלא את מספר הזהות של { $claimant_gender ->
    [female] התובעת
    [male] התובע
   *[other] התובע/ת
}{ $defendant ->
    [yes] {" "}(ושל { $defendant_gender ->
        [female] הנתבעת
        [male] הנתבע
       *[other] הנתבע/ת
    }, אם ידוע)
   *[other] {""}
} לפני ההגשה; מספר עוסק מורשה אינו בהכרח מספר הזהות.
## The claim's calculation table: the amount claimed (IL third review n8).
label-claim-sum = סכום התביעה
check-keep = יש לשמור העתק של כל מה שהוגש, את אישור ההגשה ואת אישור תשלום האגרה.
