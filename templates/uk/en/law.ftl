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
# A sole trader: the person's own name, then the business name.
trading-as = { $name } trading as { $trading }
# A representative's role code (the case's `position` is printed as written instead).
uk-role = { $role ->
    [ceo] Chief Executive
    [director] Director
    [board_member] Board Member
    [president] President
    [owner] Owner
    [proxy] Attorney
    [manager] Manager
   *[partner] Partner
}
# The creditor's account, as the phrase after "to account".
uk-bank = { $kind ->
    [uk] with sort code { $sort_code } and account number { $account }{ $bank ->
        [none] {""}
       *[other] {" "}at { $bank }
    }
    [iban] IBAN { $account }{ $bic ->
        [none] {""}
       *[other] {" "}(BIC { $bic })
    }{ $bank ->
        [none] {""}
       *[other] {" "}at { $bank }
    }
   *[text] { $account }{ $bank ->
        [none] {""}
       *[other] {" "}at { $bank }
    }
}
# A document of acceptance the case records (invoices[].acceptance), as evidence.
dispute-evidence-item = { $description ->
    [none] { $kind ->
        [acceptance_protocol] the signed acceptance record
        [act] the certificate of completion
        [delivery_note] the delivery note
        [timesheet] the timesheet
       *[other] the acceptance document
    }
   *[other] { $description }
}{ $date ->
    [none] {""}
   *[other] {" "}of { $date }
}
uk-registered = Registered in { $place }, company number { $number }. Registered office: { $office }.
