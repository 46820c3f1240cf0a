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
uk-label-compensation = Zryczałtowane odszkodowanie (LPCDA 1998, sekcja 5A)
uk-label-due-now = Kwota wymagalna obecnie
uk-label-s69-interest = Odsetki, które sąd może zasądzić (County Courts Act 1984, sekcja 69), jeszcze niewymagalne
uk-label-with-s69 = Razem, jeżeli sąd zasądzi te odsetki
sent-by = { $how ->
    [email] Pocztą elektroniczną
    [registered_letter] Przesyłką za potwierdzeniem odbioru (recorded delivery)
    [courier] Przez kuriera
    [hand] Doręczenie osobiste
    [e_delivery] Doręczenie elektroniczne
   *[other] Pocztą
}{ $attention ->
    [none] {""}
   *[other] ; do rąk { $attention }
}
for-attention = Do rąk { $attention }
