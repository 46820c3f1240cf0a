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
