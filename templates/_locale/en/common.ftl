## Labels shared by every document: table headings, letterhead and reference line.

label-daily = Interest per day from the next day
label-payment = Payment
label-to-costs = To costs
label-to-interest = To interest
label-to-principal = To principal
label-account = Bank account
label-bank = Bank
label-ref = Our ref.
label-case = Case
label-contract = Contract
label-invoices = Invoices
label-of = of
label-no = No.
label-invoice = Invoice
label-issued = Issued
label-due = Due
label-amount = Amount
label-paid = Principal paid
label-outstanding = Outstanding
label-period = Period
label-from = From
label-to = To
label-days = Days
label-principal = Principal
label-rate = Rate p.a.
label-interest = Interest
label-total = Total
label-interest-total = Interest
label-fees = Late payment fees
label-compensation = Fixed-sum compensation
label-claim-total = Total claimed
label-signature = signature
label-email = E-mail
label-phone = Tel.
label-principal-total = Principal outstanding
label-basis = Basis
label-note = Note

## Salutation and closing of a letter. $form: person | representative | organisation
## (see generator/render/grammar.py: addressee); $gender: female | male | unknown;
## $name_*: the pieces of the addressee's name ("none" when absent).

salutation = { $form ->
    [organisation] Dear Sir or Madam,
   *[other] { $name_title ->
        [none] { $gender ->
            [female] Dear Ms { $name_surname },
            [male] Dear Mr { $name_surname },
           *[other] Dear { $name_full },
        }
       *[other] Dear { $name_title } { $name_surname },
    }
}
salutation-friendly = { $form ->
    [organisation] Hello,
   *[other] { $name_title ->
        [none] { $gender ->
            [female] Dear Ms { $name_surname },
            [male] Dear Mr { $name_surname },
           *[other] Dear { $name_full },
        }
       *[other] Dear { $name_title } { $name_surname },
    }
}
closing = { $form ->
    [organisation] Yours faithfully,
   *[other] Yours sincerely,
}
closing-friendly = Kind regards,

# At the top of a reissued version of a document the case records as sent, signed or
# filed: it keeps the document's own date and deadlines, so it is a record, not a letter.
reissue-notice = { $kind ->
    [signed] **Reissued on { $reissued }; not signed.** This is the text of the agreement dated { $date }, signed on { $gone }, as the generator words it now, kept as a record. It is not a new document: do not sign or send it. What the parties signed is the version as signed.
    [filed] **Reissued on { $reissued }; not filed.** This is the text of the document dated { $date }, filed on { $gone }, as the generator words it now, kept as a record. It is not a new document: do not sign or file it. What the court received is the version as filed.
   *[sent] **Reissued on { $reissued }; not sent.** This is the text of the document dated { $date }, sent on { $gone }, as the generator words it now, kept as a record. It is not a new letter: do not sign or send it. What the debtor received is the version as sent.
}

# Said after the notice: a reissue renders the case file as it is now, not as it was.
reissue-notice-data = The parties' details and the figures are as the case file records them on { $reissued } and may differ from those in the version that went out.
