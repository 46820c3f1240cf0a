## Israel: names of statutes, labels and terms shared by every Israeli document.

-remedies-law = the Contracts (Remedies for Breach of Contract) Law, 5731-1970
-interest-law = the Adjudication of Interest and Linkage Law, 5721-1961
-consumer-law = the Consumer Protection Law, 5741-1981
-limitation-law = the Limitation Law, 5718-1958
-execution-law = the Execution Law, 5727-1967
-courts-law = the Courts Law [Consolidated Version], 5744-1984
-small-claims-regs = the Small Claims Court (Procedure) Regulations, 5737-1976
-arbitration-law = the Arbitration Law, 5728-1968
-contracts-general-law = the Contracts (General Part) Law, 5733-1973
-small-claims-order = the Courts (Change of the Amount of Claim in Small Claims) Order, 5768-2008
-court-fees-regs = the Courts (Fees) Regulations, 5767-2007
-execution-regs = the Execution Regulations, 5740-1979
-payment-ethics-law = the Payment Ethics to Suppliers Law, 5777-2017

label-to-late-fees = To late fees
label-component = Item
label-id = ID number
label-address = Address
label-bank-account = { $account_kind ->
    [iban] Bank account (IBAN)
   *[other] Bank account
}
signature-company = Signature and stamp of the authorised signatories
attention = Attn.: { $person }
role = { $role ->
    [ceo] CEO
    [director] Director
    [board_member] Board member
    [president] President
    [owner] Owner
    [proxy] Attorney-in-fact
    [manager] Manager
    [partner] Partner
   *[other] Authorised signatory
}
bank-il = { $name ->
    [none] bank no. { $bank_code }, branch { $branch }, account no. { $account }
   *[other] { $name } (bank no. { $bank_code }), branch { $branch }, account no. { $account }
}
bank-il-iban = { $name ->
    [none] bank no. { $bank_code }, branch { $branch }, account no. { $account } ({ $iban })
   *[other] { $name } (bank no. { $bank_code }), branch { $branch }, account no. { $account } ({ $iban })
}
bank-iban = { $iban }{ $bic ->
    [none] {""}
   *[other] , BIC { $bic }
}{ $name ->
    [none] {""}
   *[other] , { $name }
}
bank-text = { $name ->
    [none] account no. { $account }
   *[other] account no. { $account }, { $name }
}
id-key = { $key ->
    [osek_murshe] Licensed dealer no. ({ "\u2068" }עוסק מורשה{ "\u2069" })
    [osek_patur] Exempt dealer no. ({ "\u2068" }עוסק פטור{ "\u2069" })
    [company] Company no. ({ "\u2068" }ח.פ.{ "\u2069" })
    [amuta] Association no.
   *[id] ID number
}
sent-by = { $by ->
    [email] by e-mail
    [letter] by post
    [registered_letter] by registered post
    [courier] by courier
    [hand] by hand
   *[other] by electronic delivery
}
