## England and Wales: names and labels every UK document shares (English).

uk-label-compensation = Fixed-sum compensation (LPCDA 1998 s.5A)
uk-label-due-now = Amount due now
uk-label-s69-interest = Interest the court may award (County Courts Act 1984 s.69), not yet due
uk-label-with-s69 = Total if the court awards that interest
contract-ref = { $number ->
    [none] our contract of { $date } ({ $subject })
   *[other] our contract No. { $number } of { $date } ({ $subject })
}
payment-item = { $amount } on { $date }
contact = { $email ->
    [none] { $phone ->
        [none] {""}
       *[other] {" "}on { $phone }
    }
   *[other] { $phone ->
        [none] {" "}at { $email }
       *[other] {" "}at { $email } or on { $phone }
    }
}
sent-by = { $how ->
    [email] By e-mail
    [registered_letter] By recorded delivery
    [courier] By courier
    [hand] By hand
    [e_delivery] By electronic delivery
   *[other] By post
}{ $attention ->
    [none] {""}
   *[other] ; for the attention of { $attention }
}
for-attention = For the attention of { $attention }
