## Labels shared by every document: table headings, letterhead and reference line.

label-daily = Odsetki za każdy kolejny dzień
label-payment = Wpłata
label-to-costs = Na koszty
label-to-interest = Na odsetki
label-to-principal = Na należność główną
label-account = Rachunek bankowy
label-bank = Bank
label-ref = Nasz znak
label-case = Sprawa
label-contract = Umowa
label-invoices = Faktury
label-of = z dnia
label-no = nr
label-invoice = Faktura
label-issued = Data wystawienia
label-due = Termin płatności
label-amount = Kwota
label-paid = Spłacono (należność główna)
label-outstanding = Pozostało do zapłaty
label-period = Okres
label-from = Od
label-to = Do
label-days = Dni
label-principal = Należność główna
label-rate = Stopa roczna
label-interest = Odsetki
label-total = Razem
label-interest-total = Odsetki
label-fees = Opłaty za opóźnienie
label-compensation = Rekompensata za koszty odzyskiwania należności
label-claim-total = Łączna kwota roszczenia
label-signature = podpis
label-email = E-mail
label-phone = Tel.
label-principal-total = Należność główna do zapłaty
label-basis = Podstawa
label-note = Uwaga

## Nagłówek i zakończenie listu. $form: person | representative | organisation;
## $gender: female | male | unknown.

salutation = { $form ->
    [organisation] Szanowni Państwo,
   *[other] { $gender ->
        [female] Szanowna Pani,
        [male] Szanowny Panie,
       *[other] Szanowni Państwo,
    }
}
salutation-friendly = { $form ->
    [organisation] Dzień dobry,
   *[other] { $gender ->
        [female] Szanowna Pani,
        [male] Szanowny Panie,
       *[other] Dzień dobry,
    }
}
closing = Z poważaniem
closing-friendly = Z pozdrowieniami

# Na początku ponownie wygenerowanej wersji dokumentu, który sprawa odnotowuje jako
# wysłany, podpisany lub wniesiony (zachowuje jego datę i terminy: to zapis, nie pismo).
reissue-notice = { $kind ->
    [signed] **Wersja wygenerowana ponownie dnia { $reissued } r.; niepodpisana.** Jest to treść porozumienia z dnia { $date } r., podpisanego dnia { $gone } r., w obecnym brzmieniu generatora, zachowana jako zapis. Nie jest to nowy dokument: nie należy go podpisywać ani wysyłać. Strony podpisały wersję podpisaną.
    [filed] **Wersja wygenerowana ponownie dnia { $reissued } r.; niewniesiona.** Jest to treść pisma z dnia { $date } r., wniesionego dnia { $gone } r., w obecnym brzmieniu generatora, zachowana jako zapis. Nie jest to nowe pismo: nie należy go podpisywać ani wnosić. Sąd otrzymał wersję wniesioną.
   *[sent] **Wersja wygenerowana ponownie dnia { $reissued } r.; niewysłana.** Jest to treść pisma z dnia { $date } r., wysłanego dnia { $gone } r., w obecnym brzmieniu generatora, zachowana jako zapis. Nie jest to nowe pismo: nie należy go podpisywać ani wysyłać. Dłużnik otrzymał wersję wysłaną.
}

# Po adnotacji: wersję ponowną tworzy się z obecnych danych sprawy, nie z dawnych.
reissue-notice-data = Dane stron i kwoty podano według danych sprawy na dzień { $reissued } r.; mogą się różnić od podanych w wersji pierwotnej.
