## England and Wales: shared names and phrases (pl).

contract-ref = { $number ->
    [none] łączącej nas umowy z dnia { $date } ({ $subject })
   *[other] łączącej nas umowy nr { $number } z dnia { $date } ({ $subject })
}
payment-item = { $amount } w dniu { $date }
contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}(tel. { $phone })
    }
   *[other] { $phone ->
        [none] {" "}(e-mail: { $email })
       *[other] {" "}(e-mail: { $email }, tel. { $phone })
    }
}
