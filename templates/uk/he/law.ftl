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
