## Izrael: nazwy ustaw, etykiety i terminy wspólne dla wszystkich dokumentów izraelskich.

-remedies-law = ustawy o umowach (środki ochrony w razie naruszenia umowy) 5731-1970
-interest-law = ustawy o zasądzaniu odsetek i waloryzacji 5721-1961
-consumer-law = ustawy o ochronie konsumentów 5741-1981
-limitation-law = ustawy o przedawnieniu 5718-1958
-execution-law = ustawy o postępowaniu egzekucyjnym 5727-1967
-courts-law = ustawy o sądach [tekst jednolity] 5744-1984
-small-claims-regs = rozporządzenia o postępowaniu w sprawach drobnych roszczeń 5737-1976
-arbitration-law = ustawy o arbitrażu 5728-1968
-contracts-general-law = ustawy o umowach (część ogólna) 5733-1973
-small-claims-order = zarządzenia o sądach (zmiana wartości roszczenia w sprawach drobnych) 5768-2008
-court-fees-regs = rozporządzenie o sądach (opłaty) 5767-2007
-execution-regs = rozporządzeń egzekucyjnych 5740-1979
-payment-ethics-law = ustawa o terminowych płatnościach dla dostawców 5777-2017

label-to-late-fees = Na opłaty za opóźnienie
label-component = Pozycja
label-id = Numer dowodu tożsamości
label-address = Adres
label-bank-account = { $account_kind ->
    [iban] Rachunek bankowy (IBAN)
   *[other] Rachunek bankowy
}
signature-company = Podpis i pieczęć osób uprawnionych
attention = Do rąk: { $person }
role = { $role ->
    [ceo] prezes
    [director] dyrektor
    [board_member] członek zarządu
    [president] prezes
    [owner] właściciel
    [proxy] pełnomocnik
    [manager] kierownik
    [partner] wspólnik
   *[other] osoba uprawniona
}
bank-il = { $name ->
    [none] bank nr { $bank_code }, oddział { $branch }, rachunek nr { $account }
   *[other] { $name } (bank nr { $bank_code }), oddział { $branch }, rachunek nr { $account }
}
bank-il-iban = { $name ->
    [none] bank nr { $bank_code }, oddział { $branch }, rachunek nr { $account } ({ $iban })
   *[other] { $name } (bank nr { $bank_code }), oddział { $branch }, rachunek nr { $account } ({ $iban })
}
bank-iban = { $iban }{ $bic ->
    [none] {""}
   *[other] , BIC { $bic }
}{ $name ->
    [none] {""}
   *[other] , { $name }
}
bank-text = { $name ->
    [none] rachunek nr { $account }
   *[other] rachunek nr { $account }, { $name }
}
id-key = { $key ->
    [osek_murshe] Numer przedsiębiorcy ({ "\u2068" }עוסק מורשה{ "\u2069" })
    [osek_patur] Numer przedsiębiorcy zwolnionego ({ "\u2068" }עוסק פטור{ "\u2069" })
    [company] Numer spółki ({ "\u2068" }ח.פ.{ "\u2069" })
    [amuta] Numer stowarzyszenia
   *[id] Numer dowodu tożsamości
}
sent-by = { $by ->
    [email] e-mailem
    [letter] pocztą
    [registered_letter] listem poleconym
    [courier] kurierem
    [hand] osobiście
   *[other] doręczeniem elektronicznym
}
