## Pre-action demand for payment, Polish law: English wording.

title = Pre-action demand for payment
heading = Pre-action demand for payment (przedsądowe wezwanie do zapłaty)
delivery-mode = { $sent_kind ->
    [email] By e-mail
    [e_delivery] To the electronic delivery address
    [hand] By hand
    [courier] By courier
    [letter] By ordinary post
   *[other] By registered post
}
intro = { $invoice_count ->
    [1] Under { $contract } we performed our obligations and issued you the following invoice:
   *[other] Under { $contract } we performed our obligations and issued you the following invoices:
}
invoice-item = invoice { $invoice } of { $issued } for { $amount }{ $delivered ->
    [none] {""}
   *[other] , delivered on { $delivered }
}, with the payment term ending on { $due }{ $accepted_kind ->
    [none] .
    [acceptance_protocol] ; the work was accepted by an acceptance protocol{ $accepted_no ->
        [none] {""}
       *[other] {" "}No. { $accepted_no }
    }{ $accepted_date ->
        [none] {""}
       *[other] {" "}of { $accepted_date }
    } signed by you.
   *[other] ; acceptance was confirmed by a document{ $accepted_no ->
        [none] {""}
       *[other] {" "}No. { $accepted_no }
    }{ $accepted_date ->
        [none] {""}
       *[other] {" "}of { $accepted_date }
    } signed by you.
}
unpaid-after-reminders = { $invoice_count ->
    [1] { $count ->
        [one] Although the payment term has passed and despite our reminder sent on { $reminders }, this amount has not been paid in full.
       *[other] Although the payment term has passed and despite our reminders sent on { $reminders }, this amount has not been paid in full.
    }
   *[other] { $count ->
        [one] Although the payment terms have passed and despite our reminder sent on { $reminders }, these amounts have not been paid in full.
       *[other] Although the payment terms have passed and despite our reminders sent on { $reminders }, these amounts have not been paid in full.
    }
}
unpaid = { $invoice_count ->
    [1] Although the payment term has passed, this amount has not been paid in full.
   *[other] Although the payment terms have passed, these amounts have not been paid in full.
}
demand = We therefore **demand payment of { $total }** (in words: { $words }) within { $days } days of the date of this demand, that is by **{ $pay_by }** at the latest.
composition = The amount claimed consists of: principal { $principal }{ $interest ->
    [none] {""}
   *[other] , interest accrued to { $as_of } { $interest }
}{ $compensation ->
    [none] {""}
   *[other] , compensation for recovery costs { $compensation }
}. The statement below sets out the calculation.
payments-applied = { $count ->
    [one] We have taken into account your payment: { $payments }. Under art. 451 §1 of { -kc } we applied the payment on the debt first to overdue interest and the rest to the principal.
   *[other] We have taken into account your payments: { $payments }. Under art. 451 §1 of { -kc } we applied each payment on the debt first to overdue interest and the rest to the principal.
}
interest-running = From the day after each amount fell due we are entitled to { $basis }. Interest continues to accrue until payment.
compensation-basis = { $count ->
    [one] We are also entitled, without any demand, to compensation for recovery costs (art. 10(1) of { -act-2013 }):
   *[other] We are also entitled, without any demand, to compensation for recovery costs (art. 10(1) of { -act-2013 }), for each invoice separately:
}
compensation-costs = We reserve the right to claim reasonable recovery costs exceeding the compensation (art. 10(2) of { -act-2013 }).
register-warning = { $consumer_kind ->
    [consumer] **Warning of intended transfer of data to a credit information bureau.** Under art. 14(1) of the Act of 9 April 2010 on the Disclosure of Business Information and the Exchange of Business Data we warn you that, if you do not pay, we intend to transfer information about your debt to the credit information bureau **{ $register }** (registered office: { $address }). The information will be transferred no earlier than one month after this demand was sent by registered post or delivered by hand to the correspondence address you gave us or, failing that, to your home address, provided that the total of the amounts due is at least two hundred zloty and the other conditions of art. 14(1) of that Act are met.
   *[other] **Warning of intended transfer of data to a credit information bureau.** Under art. 15(1) of the Act of 9 April 2010 on the Disclosure of Business Information and the Exchange of Business Data we warn you that, if you do not pay, we intend to transfer information about your debt to the credit information bureau **{ $register }** (registered office: { $address }). The information will be transferred no earlier than one month after this demand was sent by registered post, delivered by hand or sent to the electronic delivery address, provided that the debt arises from a legal relationship connected with your business, the total of the amounts due is at least five hundred zloty and the amounts have been due for at least thirty days.
}
court-step = If we do not receive payment within that time, from **{ $steps_from }** we will bring a claim for payment against you in the competent Polish court without further notice. We will then also claim reimbursement of the costs of the proceedings, including the court fee{ $proxy_kind ->
    [yes] {" "}and legal representation costs
   *[other] {""} and, if we appoint a lawyer, legal representation costs
}, and subsequently the costs of enforcement.
amicable = We are open to settling the matter amicably, including payment by instalments or mediation. Please contact us before the deadline{ $contact }.
enclosures = **Enclosures:** { $enclosures }.
