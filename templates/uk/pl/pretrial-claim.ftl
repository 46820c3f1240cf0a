## Wezwanie przedprocesowe, Anglia i Walia: polski przekład. $form/$gender: adresat.

title = Wezwanie przedprocesowe
heading = { $protocol ->
    [true] Wezwanie do zapłaty (Letter of Claim) zgodnie z Pre-Action Protocol for Debt Claims
   *[other] Wezwanie przedprocesowe do zapłaty (letter before claim)
}
summary = Kwota wymagalna: { $demand }. Odpowiedź lub zapłata do: { $pay_by }.
opening-protocol = Piszemy w sprawie kwoty należnej { $creditor } z tytułu zawartej z Państwem umowy. Jest to wezwanie do zapłaty (Letter of Claim) zgodnie z protokołem przedprocesowym w sprawach o długi (Pre-Action Protocol for Debt Claims). Prosimy o uważne zapoznanie się z nim. { $official ->
    [true] Wraz z nim przekazujemy arkusz informacyjny i formularz odpowiedzi z załącznika 1 do protokołu, a jako część tego dokumentu wyciąg z rachunku i formularz oświadczenia o sytuacji finansowej.
   *[other] Jako część tego dokumentu przekazujemy wyciąg z rachunku, informacje o niniejszym piśmie, formularz odpowiedzi i formularz oświadczenia o sytuacji finansowej (załączniki 1–3).
} Na odpowiedź mają Państwo { $days } dni od daty niniejszego pisma.
agreement-protocol = **Umowa.** Dług wynika z { $contract }, umowy pisemnej zawartej między { $creditor } a Państwem. W każdej chwili mogą Państwo zażądać od nas jej kopii. Jesteśmy pierwotnym wierzycielem: wierzytelność nie została nikomu przelana.
opening-business = Piszemy zgodnie z Practice Direction – Pre-Action Conduct and Protocols w sprawie kwoty, którą { $debtor } jest winien { $creditor }. W niniejszym piśmie przedstawiamy nasze roszczenie, fakty, na których się opiera, oraz sposób wyliczenia kwoty.
agreement-business = Na podstawie { $contract } zobowiązaliśmy się wykonać opisane w niej prace i dostawy, a Państwo zobowiązali się zapłacić uzgodnioną cenę. Wykonaliśmy nasze zobowiązania i wystawiliśmy faktury na należne kwoty, lecz wskazane poniżej faktury nie zostały zapłacone w całości w terminie.
statement-heading = Wyciąg z rachunku na dzień niniejszego pisma włącznie
payments-credited = { $count ->
    [one] Zaliczyliśmy otrzymaną wpłatę: { $payments }, w sposób przedstawiony powyżej.
   *[other] Zaliczyliśmy otrzymane wpłaty: { $payments }, w sposób przedstawiony powyżej.
}
reminder-item = { $how ->
    [email] { $date } (e-mailem)
    [letter] { $date } (pocztą)
    [none] { $date }
   *[other] { $date }
}
reminders-sent = { $paid ->
    [true] Przypominaliśmy o długu w dniach: { $reminders }. Saldo wskazane powyżej pozostaje niezapłacone.
   *[other] Przypominaliśmy o długu w dniach: { $reminders }. Dług pozostaje niezapłacony.
}
dispute-recorded = W dniu { $date } zakwestionowali Państwo dług{ $amount ->
    [none] {""}
   *[other] {" "}(w kwocie { $amount })
}{ $invoice ->
    [none] {""}
   *[other] {" "}z faktury { $invoice }
}: „{ $disputed }”.
dispute-consumer-rights = Jeżeli uważają Państwo, że dostarczone przez nas towary lub ich montaż są niezgodne z umową albo że nasze prace nie zostały wykonane z należytą starannością i umiejętnościami, ustawa Consumer Rights Act 2015 może przyznawać Państwu prawo do naprawy lub wymiany towarów albo ponownego wykonania prac, lub do obniżenia ceny (sekcje 9–24, w tym sekcja 15 o montażu, oraz sekcje 49 i 54–56). Prosimy wskazać w formularzu odpowiedzi, którego uprawnienia Państwo żądają. W czasie rozpatrywania reklamacji nie muszą Państwo płacić części ceny, która jest rzeczywiście sporna, lecz prosimy o zapłatę części niespornej.
dispute-adr = { $regime ->
    [dmcca_2024] Jeżeli nie uda nam się wspólnie rozwiązać sprawy reklamacji, poinformujemy Państwa na piśmie, czy dostępne jest alternatywne rozwiązanie sporu, a jeżeli tak, podamy nazwę i stronę internetową podmiotu, który je prowadzi (Digital Markets, Competition and Consumers Act 2024, część 4, rozdział 4).
   *[adr_2015] Jeżeli nie uda nam się wspólnie rozwiązać sprawy reklamacji, poinformujemy Państwa na piśmie, zgodnie z regulacją 19 Alternative Dispute Resolution for Consumer Disputes (Competent Authorities and Information) Regulations 2015, o nazwie i stronie internetowej certyfikowanego podmiotu alternatywnego rozwiązywania sporów oraz o tym, czy z niego skorzystamy.
}
dispute-no-claim-meanwhile = Nie wystąpimy do sądu co do kwestionowanej przez Państwa części długu w czasie rozpatrywania Państwa odpowiedzi.
interest-heading = Odsetki i opłaty
lpcda-rate-item = { $rate } w skali roku od faktury { $invoice } (8 punktów procentowych ponad Bank Rate wynoszącą { $bank_rate } w dniu { $reference_day })
interest-lpcda = Od każdej zaległej kwoty od dnia następującego po terminie płatności żądamy odsetek ustawowych na podstawie Late Payment of Commercial Debts (Interest) Act 1998 w wysokości: { $rates }. Wyciąg wskazuje odsetki do dnia niniejszego pisma włącznie. Odsetki narastają nadal według tej samej stopy aż do zapłaty.
interest-s69 = Do kwoty wymagalnej obecnie nie doliczamy odsetek. Jeżeli będziemy zmuszeni wystąpić do sądu, wniesiemy o zasądzenie odsetek na podstawie sekcji 69 County Courts Act 1984, które sąd może przyznać według swojego uznania; obliczone według stopy 8% w skali roku do dnia niniejszego pisma wyniosłyby { $interest }.
interest-contractual = Od każdej zaległej kwoty od dnia następującego po terminie płatności żądamy odsetek umownych w wysokości { $rate } w skali roku. Wyciąg wskazuje odsetki do dnia niniejszego pisma włącznie. Odsetki narastają nadal według tej samej stopy aż do zapłaty.
interest-none = Nie żądamy odsetek.
fees-continue = { $per ->
    [month] Kwota obejmuje uzgodnione w umowie opłaty za opóźnienie, naliczane nadal za każdy kolejny miesiąc opóźnienia do uzgodnionej wysokości maksymalnej.
   *[other] Kwota obejmuje uzgodnione w umowie opłaty za opóźnienie.
}
compensation-s5a = Żądamy również zryczałtowanego odszkodowania w wysokości { $amount } na podstawie sekcji 5A Late Payment of Commercial Debts (Interest) Act 1998.
no-other-charges = Żadne inne opłaty nie zostaną doliczone.
todo-heading = Co należy zrobić
todo-protocol = W terminie { $days } dni od daty niniejszego pisma, tj. do **{ $pay_by }**, prosimy { $undisputed ->
    [none] zapłacić **{ $demand }**{ $daily ->
        [none] {""}
       *[other] {" "}wraz z odsetkami w wysokości { $daily } za każdy dzień od { $from } do dnia zapłaty
    } albo wypełnić formularz odpowiedzi
   *[other] zapłacić **{ $undisputed }**, czyli niekwestionowaną przez Państwa część długu, oraz wypełnić formularz odpowiedzi
}{ $official ->
    [true] {" "}(załącznik 1 do protokołu)
   *[other] {" "}(załącznik 2)
}{ $undisputed ->
    [none] {""}
   *[other] {" "}co do kwestionowanej kwoty { $disputed }
} i odesłać go na adres { $address }{ $email ->
    [none] {""}
   *[other] {" "}lub e-mailem na adres { $email }
}. Jeżeli kwestionują Państwo dług w całości lub w części, prosimy podać powody w formularzu odpowiedzi. Jeżeli potrzebują Państwo od nas jakiegokolwiek dokumentu, prosimy to zaznaczyć w formularzu odpowiedzi.
todo-business = Wzywamy zatem { $debtor } do zapłaty **{ $demand }** wraz z odsetkami narastającymi po dacie niniejszego pisma w terminie { $days } dni od daty niniejszego pisma, tj. do **{ $pay_by }**{ $undisputed ->
    [none] {""}
   *[other] , a w każdym razie do zapłaty w tym terminie niespornej kwoty **{ $undisputed }**{ $accrues ->
        [true] {" "}wraz z odsetkami narastającymi od niej
       *[other] {""}
    }
}. W tym samym terminie prosimy o pełną pisemną odpowiedź. Jeżeli kwestionują Państwo roszczenie w całości lub w części, prosimy wyjaśnić powody i załączyć kopie dokumentów, na które się Państwo powołują.
how-to-pay = { $bank ->
    [none] **Sposób zapłaty.** Przelewem na rachunek { $account }, posiadacz rachunku { $holder }, z tytułem { $reference }. Zapłata następuje z chwilą uznania naszego rachunku.
   *[other] **Sposób zapłaty.** Przelewem na rachunek { $account } w { $bank }, posiadacz rachunku { $holder }, z tytułem { $reference }. Zapłata następuje z chwilą uznania naszego rachunku.
}
time-requested = W dniu { $date } poprosili Państwo o dodatkowy czas na zapłatę. Nie uzgodniono spłaty w ratach. Jeżeli chcą Państwo spłacać dług w ratach, prosimy złożyć propozycję w formularzu odpowiedzi wraz z oświadczeniem o sytuacji finansowej: rozważymy ją.
cannot-pay-protocol = **Jeżeli nie mogą Państwo zapłacić całości.** Jeżeli nie mogą Państwo teraz zapłacić całej kwoty, prosimy wskazać to w formularzu odpowiedzi i wypełnić oświadczenie o sytuacji finansowej{ $official ->
    [true] {""}
   *[other] {" "}(załącznik 3)
} albo przesłać nam Standard Financial Statement sporządzone z doradcą ds. zadłużenia: rozważymy każdą rozsądną propozycję. Mogą Państwo również skontaktować się z nami{ $contact }, aby omówić możliwości spłaty.
advice-heading = Bezpłatne doradztwo w sprawie zadłużenia
advice-protocol = Zalecamy skorzystanie z niezależnej porady. Bezpłatne i poufne doradztwo w sprawie zadłużenia oferują organizacje wymienione { $official ->
    [true] w arkuszu informacyjnym (załącznik 1 do protokołu).
   *[other] w załączniku 1 do niniejszego pisma.
}
advice-pause = Jeżeli poinformują nas Państwo w formularzu odpowiedzi, że korzystają z doradztwa w sprawie zadłużenia, zapewnimy Państwu na to rozsądny czas i nie wystąpimy do sądu wcześniej niż 30 dni po otrzymaniu wypełnionego formularza odpowiedzi albo 30 dni po przesłaniu Państwu żądanych dokumentów, w zależności od tego, który termin upływa później.
next-heading = Dalsze kroki
next-protocol = { $undisputed ->
    [none] Jeżeli do { $pay_by } nie zapłacą Państwo ani nie odeślą formularza odpowiedzi, od **{ $steps_from }** możemy wnieść przeciwko Państwu pozew do County Court.
   *[other] Jeżeli do { $pay_by } nie zapłacą Państwo niespornej kwoty { $undisputed } ani nie odeślą formularza odpowiedzi, od **{ $steps_from }** możemy wnieść pozew do County Court. Będzie to jeden pozew o zapłatę całego długu pozostałego wówczas do zapłaty, w tym kwestionowanej przez Państwa kwoty { $disputed }, chyba że uznamy Państwa powody. Jeżeli w formularzu odpowiedzi zakwestionują Państwo jakąkolwiek część długu, nie wniesiemy pozwu, dopóki nie odpowiemy na piśmie na Państwa odpowiedź.
} Jeżeli Państwo odpowiedzą, lecz nie dojdziemy do porozumienia, co najmniej 14 dni przed wszczęciem postępowania zawiadomimy Państwa o tym na piśmie. Pozew zwiększyłby dług o opłatę sądową i dalsze odsetki, a wyrok County Court Judgment przeciwko Państwu mógłby utrudnić uzyskanie kredytu. Sąd oczekuje, że obie strony będą przestrzegać protokołu, i może wziąć pod uwagę jego naruszenie, także przy rozstrzyganiu o kosztach.
documents-business = **Dokumenty.** Na żądanie prześlemy Państwu kopie umowy i wskazanych wyżej faktur.
adr-heading = Alternatywne metody rozwiązywania sporów
adr-business = Jesteśmy gotowi rozważyć rozwiązanie sprawy bez postępowania sądowego, na przykład w drodze negocjacji lub mediacji. Prosimy o informację do { $pay_by }, jeżeli chcą Państwo zaproponować taką formę. Sąd może zażądać od strony wyjaśnienia odmowy jej rozważenia.
next-business = { $dispute_kind ->
    [part] Aby uniknąć postępowania sądowego, prosimy do { $pay_by }: a) zapłacić niesporną kwotę { $undisputed }{ $accrues ->
        [true] {" "}wraz z odsetkami narastającymi od niej po dacie niniejszego pisma
       *[other] {""}
    } oraz b) zapłacić pozostałe { $disputed } albo przedstawić nam powody, dla których kwestionują Państwo tę kwotę. Jeżeli choćby jeden z tych warunków nie zostanie spełniony, od **{ $steps_from }** zamierzamy wnieść do County Court jeden pozew o zapłatę całego długu pozostałego wówczas do zapłaty (w tym kwestionowanej części, chyba że uznamy Państwa powody), odsetek{ $compensation ->
        [true] , zryczałtowanego odszkodowania
       *[other] {""}
    } i opłaty sądowej. Jeżeli przedstawią nam Państwo powody kwestionowania jakiejkolwiek części długu, nie wniesiemy pozwu, dopóki ich nie rozpatrzymy i nie odpowiemy Państwu na piśmie, jak wskazaliśmy powyżej; w przeciwnym razie wniesiemy go bez dalszego uprzedzenia.
    [whole] Jeżeli do { $pay_by } nie otrzymamy ani całej kwoty, ani zadowalającej odpowiedzi, od **{ $steps_from }** zamierzamy wnieść pozew do County Court o zapłatę długu, odsetek{ $compensation ->
        [true] , zryczałtowanego odszkodowania
       *[other] {""}
    } i opłaty sądowej. Jeżeli przedstawią nam Państwo powody kwestionowania długu w całości lub w części, nie wniesiemy pozwu, dopóki ich nie rozpatrzymy i nie odpowiemy Państwu na piśmie, jak wskazaliśmy powyżej; w przeciwnym razie wniesiemy go bez dalszego uprzedzenia.
   *[none] Jeżeli do { $pay_by } nie otrzymamy całej kwoty ani zadowalającej odpowiedzi, od **{ $steps_from }** zamierzamy bez dalszego wezwania wnieść pozew do County Court o zapłatę długu, odsetek{ $compensation ->
        [true] , zryczałtowanego odszkodowania
       *[other] {""}
    } i opłaty sądowej.
} Przedstawimy sądowi niniejsze pismo i wniesiemy o uwzględnienie wszelkiego naruszenia Practice Direction przy wydawaniu zarządzeń oraz orzekaniu o kosztach i odsetkach (punkty 13–16 Practice Direction).
reserve-rights = Zastrzegamy sobie wszelkie prawa.
with-letter-heading = Wraz z niniejszym pismem
with-statement = Wyciąg z rachunku (powyżej)
with-information-sheet = { $official ->
    [true] Arkusz informacyjny i formularz odpowiedzi z załącznika 1 do Pre-Action Protocol for Debt Claims
   *[other] Załącznik 1: informacje o niniejszym piśmie
}
with-reply-form = Załącznik 2: formularz odpowiedzi
with-financial-statement = { $official ->
    [true] Oświadczenie o sytuacji finansowej (poniżej)
   *[other] Załącznik 3: oświadczenie o sytuacji finansowej
}
copies-on-request = kopie { $contract } oraz faktur.
info-title = Załącznik 1: informacje o niniejszym piśmie
info-intro = { $creditor } przygotował te informacje do niniejszego pisma. Nie jest to urzędowy arkusz informacyjny (Information Sheet) z załącznika 1 do Pre-Action Protocol for Debt Claims. { $creditor } twierdzi, że są mu Państwo winni pieniądze, i może wystąpić przeciwko Państwu do sądu; wezwanie do zapłaty wskazuje, ile i dlaczego. Prosimy o odpowiedź do { $pay_by }.
info-read = Prosimy uważnie przeczytać wezwanie do zapłaty i niniejsze informacje. Nie należy ich ignorować: jeżeli nie odpowiedzą Państwo, wierzyciel może wszcząć postępowanie sądowe, a przeciwko Państwu może zostać wydany wyrok County Court Judgment.
info-advice-heading = Bezpłatne, niezależne doradztwo w sprawie zadłużenia
info-advice = Bezpłatne i poufne doradztwo w sprawie zadłużenia oferują między innymi następujące organizacje. Mogą Państwo poprosić o czas na uzyskanie porady: prosimy zaznaczyć to w formularzu odpowiedzi.
info-advice-national-debtline = National Debtline: nationaldebtline.org
info-advice-business-debtline = Business Debtline, dla osób samozatrudnionych i małych firm: businessdebtline.org
info-advice-stepchange = StepChange Debt Charity: stepchange.org
info-advice-citizens-advice = Citizens Advice: citizensadvice.org.uk
info-advice-moneyhelper = MoneyHelper (bezpłatne wskazówki i wyszukiwarka poradni ds. zadłużenia): moneyhelper.org.uk
info-reply-heading = Odpowiedź na wezwanie do zapłaty
info-reply = W formularzu odpowiedzi (załącznik 2) prosimy poinformować wierzyciela, czy zgadzają się Państwo, że dług istnieje, czy potrzebują Państwo dokumentów lub czasu na poradę oraz w jaki sposób mogą Państwo zapłacić. Prosimy go odesłać w terminie { $days } dni od daty wezwania i zachować kopię.
info-documents = Jeżeli potrzebują Państwo dokumentów, aby ocenić, czy dług istnieje, na przykład kopii umowy lub wyciągu, prosimy o nie wnieść w formularzu odpowiedzi. Wierzyciel powinien je przesłać lub wyjaśnić, dlaczego nie może tego zrobić, w ciągu 30 dni od żądania.
info-dispute = Jeżeli nie zgadzają się Państwo, że dług lub jego kwota istnieje, prosimy podać powody w formularzu odpowiedzi i przesłać kopie dokumentów, na które się Państwo powołują. Wierzyciel powinien rozważyć Państwa stanowisko i odpowiedzieć przed wszczęciem postępowania; obie strony mogą też rozważyć mediację lub inną formę alternatywnego rozwiązania sporu.
info-pay = Jeżeli zgadzają się Państwo, że dług istnieje, ale nie mogą go teraz zapłacić w całości, prosimy wypełnić oświadczenie o sytuacji finansowej (załącznik 3) albo Standard Financial Statement sporządzone z doradcą i zaproponować sposób spłaty.
info-no-reply-heading = Jeżeli nie odpowiedzą Państwo
info-no-reply = Jeżeli nie odpowiedzą Państwo w wyznaczonym terminie, wierzyciel może wszcząć przeciwko Państwu postępowanie sądowe. Jeżeli wierzyciel otrzymał formularz odpowiedzi, a porozumienia nie osiągnięto, powinien zawiadomić Państwa co najmniej 14 dni przed wszczęciem postępowania.
info-court-conduct = Sąd oczekuje, że Państwo i wierzyciel będą przestrzegać Pre-Action Protocol for Debt Claims, i może wziąć pod uwagę, czy każda ze stron to uczyniła, na przykład przy rozstrzyganiu o kosztach.
info-source = Pre-Action Protocol for Debt Claims wraz z urzędowym arkuszem informacyjnym i formularzem odpowiedzi w załączniku 1 jest opublikowany na stronie justice.gov.uk (Civil Procedure Rules, Pre-Action Protocols).
reply-title = Załącznik 2: formularz odpowiedzi
reply-to = Formularz prosimy przesłać do { $creditor }, { $address }{ $email ->
    [none] {""}
   *[other] , lub e-mailem na adres { $email }
}, z powołaniem się na sygnaturę { $reference }, do { $pay_by }. Prosimy zaznaczyć właściwe pola.
reply-your-details = Imię i nazwisko: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_ Adres: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
reply-s1 = Sekcja 1: doradztwo w sprawie zadłużenia
reply-s1-a = Korzystam z doradztwa w sprawie zadłużenia w: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
reply-s1-b = Proszę o czas na uzyskanie porady. Spodziewam się jej do: \_\_\_\_\_\_\_\_\_\_\_\_
reply-s1-c = Nie zamierzam korzystać z doradztwa.
reply-s2 = Sekcja 2: dług
reply-s2-a = Zgadzam się, że jestem winien/winna { $demand }.
reply-s2-b = Zgadzam się, że jestem winien/winna część długu: £\_\_\_\_\_\_\_\_. Reszty nie jestem winien/winna, ponieważ (sekcja 4): \_\_\_\_\_\_\_\_\_\_\_\_
reply-s2-c = Nie wiem, czy jestem winien/winna ten dług: potrzebuję dokumentów z sekcji 3.
reply-s2-d = Kwestionuję dług. Powody podaję w sekcji 4.
reply-s3 = Sekcja 3: dokumenty, o które proszę
reply-s3-a = Kopia umowy.
reply-s3-b = Wyciąg z rachunku.
reply-s3-c = Inne (proszę wskazać): \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
reply-s4 = Sekcja 4: dlaczego kwestionuję dług lub inne informacje
reply-s4-text = \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
reply-s5 = Sekcja 5: zapłata długu
reply-s5-text = Zapłacę całość do: \_\_\_\_\_\_\_\_\_\_\_\_ albo proponuję płacić £\_\_\_\_\_\_\_\_ miesięcznie od \_\_\_\_\_\_\_\_\_\_\_\_. Załączam oświadczenie o sytuacji finansowej (załącznik 3) lub Standard Financial Statement.
reply-sign = Podpis: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_ Data: \_\_\_\_\_\_\_\_\_\_\_\_\_\_
fs-title = { $official ->
    [true] Oświadczenie o sytuacji finansowej (Financial Statement)
   *[other] Załącznik 3: oświadczenie o sytuacji finansowej (Financial Statement)
}
fs-intro = Prosimy wypełnić to oświadczenie, jeżeli chcą Państwo spłacać dług w ratach. Prosimy podać kwoty miesięczne. Układ odpowiada Standard Financial Statement (Money and Pensions Service); zamiast niego można przesłać Standard Financial Statement sporządzone z doradcą. Spłat długów nie należy wpisywać do wydatków: długi należy wymienić na końcu.
fs-col-item = Pozycja
fs-col-amount = £ miesięcznie
fs-household = Gospodarstwo domowe
fs-household-people = Dorośli i dzieci mieszkający z Państwem; pojazdy
fs-income = Dochody
fs-income-earnings = Wynagrodzenie po opodatkowaniu (Państwa i partnera)
fs-income-benefits = Świadczenia i ulgi podatkowe (tax credits)
fs-income-pensions = Emerytury i renty
fs-income-other = Inne dochody (alimenty, najem pokoi, inne)
fs-income-total = Dochody razem
fs-fixed = Koszty stałe
fs-fixed-home = Mieszkanie: czynsz lub rata kredytu hipotecznego, opłaty, ubezpieczenie budynku i mienia
fs-fixed-council-tax = Council Tax
fs-fixed-utilities = Gaz, prąd, inne paliwa i woda
fs-fixed-care = Opieka i zdrowie; opieka nad dziećmi; płacone alimenty
fs-fixed-travel = Transport: komunikacja, ubezpieczenie, podatek, paliwo i naprawy samochodu
fs-fixed-school = Koszty szkolne
fs-fixed-pensions-insurance = Składki emerytalne i ubezpieczenie na życie
fs-fixed-other = Inne niezbędne koszty (abonament RTV, koszty zawodowe, grzywny)
fs-flexible = Koszty zmienne
fs-flexible-communications = Łączność i rozrywka: telefon, internet, telewizja, hobby, prezenty
fs-flexible-food = Żywność i gospodarstwo domowe: jedzenie, środki czystości, posiłki w szkole i w pracy
fs-flexible-personal = Wydatki osobiste: odzież, fryzjer, zwierzęta
fs-savings = Oszczędności
fs-priority-debts = Długi priorytetowe (zaległy czynsz lub rata kredytu, Council Tax, energia, grzywny): wierzyciel i kwota
fs-other-debts = Inne długi (karty, pożyczki, sprzedaż katalogowa, ten dług): wierzyciel i kwota
fs-total-outgoings = Wydatki razem
fs-available = Dochody minus wydatki
fs-offer = Moja propozycja dla tego wierzyciela, miesięcznie
fs-declaration = Według mojej najlepszej wiedzy informacje zawarte w tym oświadczeniu są prawdziwe.
dispute-position = { $evidence ->
    [none] Naszym zdaniem kwota wskazana powyżej jest należna.
   *[other] Naszym zdaniem kwota wskazana powyżej jest należna. Powołujemy się na: { $evidence }.
}
dispute-reply = { $protocol ->
    [true] Jeżeli nadal kwestionują Państwo dług w całości lub w części, prosimy wskazać to w formularzu odpowiedzi, podać powody i przesłać kopie dokumentów lub zdjęć, na które się Państwo powołują. Co do kwestionowanej części odpowiemy Państwu na piśmie, zanim podejmiemy w jej sprawie jakiekolwiek dalsze kroki.
   *[other] Jeżeli nadal kwestionują Państwo dług w całości lub w części, prosimy przedstawić na piśmie powody wraz z kopiami dokumentów lub zdjęć, na które się Państwo powołują. Co do kwestionowanej części odpowiemy Państwu na piśmie, zanim podejmiemy w jej sprawie jakiekolwiek dalsze kroki.
}
dispute-undisputed = Pozostałej części długu, { $undisputed }, Państwo nie zakwestionowali: prosimy o jej zapłatę do { $pay_by }.
promise-recorded = W dniu { $date } zobowiązali się Państwo zapłacić{ $by ->
    [none] {""}
   *[other] {" "}do { $by }
}. Saldo wskazane powyżej pozostaje niezapłacone.
reply-not-official = { $creditor } przygotował ten formularz do odpowiedzi na niniejsze pismo. Nie jest to urzędowy formularz odpowiedzi (Reply Form) z załącznika 1 do Pre-Action Protocol for Debt Claims.
not-ready = NIE WYSYŁAĆ W TEJ POSTACI. Należy wydrukować arkusz informacyjny (Information Sheet) i formularz odpowiedzi (Reply Form) z załącznika 1 do Pre-Action Protocol for Debt Claims ze strony justice.gov.uk, dołączyć je do tego pisma, wpisać `annex_1_enclosed: true` w pliku sprawy i wygenerować dokumenty ponownie.
sent-without-annex-1 = Do wysłanego pisma nie dołączono urzędowego arkusza informacyjnego (Information Sheet) ani formularza odpowiedzi (Reply Form) z załącznika 1 do Pre-Action Protocol for Debt Claims; poniższe załączniki są własnymi załącznikami wierzyciela.
summary-disputed = { $protocol ->
    [true] Kwota wymagalna: { $demand }, z czego kwestionują Państwo { $disputed }. Prosimy o zapłatę niespornej kwoty { $undisputed } lub odpowiedź do: { $pay_by }.
   *[other] Kwota wymagalna: { $demand }, z czego kwestionują Państwo { $disputed }. Prosimy do { $pay_by } zapłacić niesporną kwotę { $undisputed }, a co do reszty – zapłacić ją albo przedstawić nam powody, dla których ją Państwo kwestionują.
}
interest-void-rate = Nasza umowa przewiduje odsetki w wysokości { $rate } w skali roku. Nie jest to istotny środek ochrony na wypadek opóźnienia (substantial remedy) w rozumieniu sekcji 9 Late Payment of Commercial Debts (Interest) Act 1998, dlatego to postanowienie jest nieważne (sekcja 8(4)), a w jego miejsce stosuje się odsetki ustawowe z tej ustawy.
on-request-heading = Na żądanie:
