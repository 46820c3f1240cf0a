## Pozew do sądu do spraw drobnych roszczeń (formularz 1), Izrael: tekst polski.
## Pozew wnosi się po hebrajsku; ten tekst służy do zapoznania się i przygotowania.

title = Pozew
heading = Pozew (formularz 1, przepis 3 { -small-claims-regs })
translation-note = Tłumaczenie do wiadomości. Do sądu składa się wyłącznie tekst hebrajski; w razie rozbieżności rozstrzyga tekst hebrajski.
warning-label = Uwaga:
warning-company = Powód jest osobą prawną, a osoba prawna nie może wnieść pozwu do sądu do spraw drobnych roszczeń.
warning-limit = Wartość roszczenia przekracza limit dla drobnych roszczeń.
warning-read = Przed wniesieniem pozwu należy przeczytać rozdział „Opłata i sprawdzenie wartości roszczenia” poniżej.
to-court = Sąd:
case-number = Sprawa nr
label-claimant = { $claimant_gender ->
    [female] Powódka
   *[other] Powód
}
label-defendant = { $defendant_gender ->
    [female] Pozwana
   *[other] Pozwany
}
trading-as = Nazwa firmy: { $name }
through = reprezentowany przez { $person }
against = — przeciwko —
label-nature = Przedmiot sprawy:
nature = Powództwo o zapłatę długu z umowy.
label-amount-claimed = Wartość roszczenia:
label-venue = Właściwość miejscowa:
venue = Miejsce działalności lub zamieszkania strony pozwanej: { $address } (przepis 2 { -small-claims-regs }).
h-facts = Stan faktyczny
exhibit-one = załącznik { $number }
exhibit-range = załączniki { $first }–{ $last }
fact-contract = { $number ->
    [none] W dniu { $date } strona powodowa i strona pozwana zawarły umowę dotyczącą { $subject } („Umowa”). Kopia Umowy w załączeniu ({ $exhibit }).
   *[other] W dniu { $date } strona powodowa i strona pozwana zawarły umowę nr { $number } dotyczącą { $subject } („Umowa”). Kopia Umowy w załączeniu ({ $exhibit }).
}
fact-invoices = Na podstawie Umowy strona powodowa wystawiła stronie pozwanej następujące faktury ({ $exhibits }):
payment-item = { $amount } z { $date }
fact-payments = Strona pozwana zapłaciła na poczet faktur { $count ->
    [one] następującą kwotę
   *[other] następujące kwoty
}: { $payments }{ $exhibit ->
    [none] {""}
   *[other] {" "}({ $exhibit })
}. Wpłaty zaliczono jak w wyliczeniu poniżej.
fact-no-payments = Strona pozwana nie zapłaciła niczego na poczet faktur.
## Contracts (General Part) Law s.50 (fridmanwork.com/ADVX-lawyer108310 quoting it): the debtor
## may designate the obligation a payment goes to; if not, the creditor may (IL third review n1).
## $designated: the payment records the invoice it was paid on (then only the obligations of that invoice).
fact-payments-to-fees = Przy zapłacie strona pozwana nie wskazała, { $designated ->
    [yes] na poczet którego ze zobowiązań z opłaconej faktury zaliczyć kwotę
   *[other] na poczet którego zobowiązania zaliczyć kwotę
}, dlatego strona powodowa, zgodnie ze swoim prawem z art. 50 { -contracts-general-law }, zaliczyła ją najpierw na poczet opłat za opóźnienie ({ $items }), następnie na poczet odsetek, a na końcu na poczet należności głównej.
## A pleading states what the defendant did, with the exhibit that shows it (IL review N5).
## $dates: the acceptance records' dates ("none": the records give none).
fact-acceptance = { $dates ->
    [none] Pozwany potwierdził odbiór prac ({ $exhibits }).
   *[other] { $count ->
        [one] W dniu { $dates } pozwany potwierdził odbiór prac ({ $exhibits }).
       *[other] Pozwany potwierdził odbiór prac w dniach { $dates } ({ $exhibits }).
    }
}
fact-debt-notice = W dniu { $sent } wysłano stronie pozwanej zawiadomienie o długu z art. 13B2 { -consumer-law } ({ $exhibit }). Poniższe czynności windykacyjne podjęto po upływie 14 dni od dnia jego wysłania, a wcześniej nie naliczono opłaty za opóźnienie.
fact-debt-notice-late = W dniu { $sent } wysłano stronie pozwanej zawiadomienie o długu ({ $exhibit }).{ $fees ->
    [yes] {""}
   *[other] {" "}Strona powodowa nie dochodzi w tym pozwie kosztów windykacji ani opłat za opóźnienie.
}
sent-item = { $by ->
    [none] { $date }
   *[other] { $date } ({ sent-by })
}
fact-demands = Wobec braku zapłaty strona powodowa wzywała stronę pozwaną do zapłaty: { $count ->
    [one] w przypomnieniu o płatności
   *[other] w przypomnieniach o płatności
} ({ $reminders }; { $reminders_exhibits }), a na koniec w ostrzeżeniu przed wszczęciem postępowania sądowego ({ $pretrial }; { $pretrial_exhibit }).
fact-reminders = Wobec braku zapłaty strona powodowa wysłała stronie pozwanej { $count ->
    [one] przypomnienie o płatności
   *[other] przypomnienia o płatności
} ({ $reminders }; { $reminders_exhibits }).
fact-pretrial = Wobec braku zapłaty strona powodowa wysłała stronie pozwanej ostrzeżenie przed wszczęciem postępowania sądowego ({ $pretrial }; { $pretrial_exhibit }).
fact-unpaid = Do dnia wniesienia pozwu reszta długu nie została zapłacona.{ $correspondence ->
    [none] {""}
   *[other] {" "}Korespondencja stron w sprawie długu w załączeniu ({ $correspondence }).
} Wyliczenie długu na dzień { $date } przedstawiono poniżej ({ $statement }).
h-law = Podstawa prawna
law-breach = Strona pozwana naruszyła Umowę, nie płacąc wynagrodzenia w terminach w niej określonych. Zgodnie z art. 2 { -remedies-law } stronie powodowej przysługuje prawo do wykonania Umowy, tj. zapłaty należnych z niej kwot, oraz do odszkodowania z tytułu naruszenia.
law-interest-contractual = Zgodnie z Umową od kwoty niezapłaconej w terminie narastają odsetki umowne w wysokości { $rate } w skali roku, od dnia następującego po terminie zapłaty do dnia zapłaty; odsetki obliczono okresami do { $date }, jak w wyliczeniu poniżej. Ewentualnie, gdyby uznano, że odsetki umowne nie mają zastosowania, stronie powodowej należą się różnice waloryzacyjne i odsetki ustawowe na podstawie { -interest-law }, od dnia naruszenia do dnia zapłaty (art. 11(b) { -remedies-law }).
law-interest-by-law = Zgodnie z art. 11(b) { -remedies-law } stronie powodowej należą się, bez dowodu szkody, różnice waloryzacyjne i odsetki ustawowe na podstawie { -interest-law } od zaległej kwoty, od dnia naruszenia, tj. terminu zapłaty każdej kwoty, do dnia zapłaty.
## The late fee's basis (IL third review n2): the contract's term and s.15(א) of the Remedies
## Law (agreed compensation, no proof of damage: fridmanwork.com/ADVX-lawyers119577 quoting it).
law-fees = Zgodnie z Umową ({ $exhibit }) za fakturę niezapłaconą w terminie strona pozwana jest zobowiązana do opłaty za opóźnienie w wysokości { $amount }{ $per ->
    [month] {" "}za każdy rozpoczęty miesiąc opóźnienia
   *[other] {""}
}, jako odszkodowania umownego (art. 15 { -remedies-law }){ $consumer ->
    [yes] , po upływie 14 dni od wysłania zawiadomienia o długu (art. 13B2 { -consumer-law })
   *[other] {""}
}.
law-payment-ethics = Alternatywnie, jeżeli do umowy ma zastosowanie { -payment-ethics-law }, strona powodowa ma prawo do różnic waloryzacyjnych i odsetek, a po upływie 30 dni od terminu płatności wynikającego z tej ustawy także do odsetek za zwłokę (ריבית פיגורים), zgodnie z tą ustawą; nie zostały one wyliczone w tym dokumencie.
h-relief = Żądania pozwu
relief-intro = Wnoszę o zasądzenie od strony pozwanej na rzecz strony powodowej:
relief-total = **{ $total }**, na co składa się należność główna{ $interest ->
    [yes] { $fees ->
        [yes] , odsetki naliczone do { $date } i opłaty za opóźnienie
       *[other] {" "}i odsetki naliczone do { $date }
    }
   *[other] { $fees ->
        [yes] {" "}i opłaty za opóźnienie
       *[other] {""}
    }
}, jak w wyliczeniu poniżej;
relief-interest-contractual = odsetek umownych w wysokości { $rate } w skali roku od należności głównej ({ $principal }) od { $start } do dnia zapłaty, a ewentualnie różnic waloryzacyjnych i odsetek ustawowych na podstawie { -interest-law } od dnia naruszenia do dnia zapłaty;
relief-interest-by-law = różnic waloryzacyjnych i odsetek ustawowych na podstawie { -interest-law } od każdej zaległej kwoty, w jej wysokości w danym okresie, od dnia naruszenia — terminu jej zapłaty, jak w wyliczeniu — do dnia zapłaty;
relief-costs = opłaty sądowej i kosztów postępowania, według uznania sądu.
date-label = Data
claimant-signature = { $claimant_gender ->
    [female] Podpis powódki
   *[other] Podpis powoda
}
h-calculation = Wyliczenie wartości roszczenia
calculation-intro = Wyliczenie na dzień { $date }: faktury, zaliczenie wpłat, odsetki okresami i wartość roszczenia.
calculation-by-law = Różnic waloryzacyjnych i odsetek ustawowych nie obliczono w tym dokumencie: wskaźnika cen konsumpcyjnych i stóp odsetek według { -interest-law } nie ma w naszych tabelach danych. Dochodzi się ich „według prawa”, a sąd zasądzi je zgodnie z prawem.
h-exhibits = Wykaz załączników
ex-contract = { $number ->
    [none] Kopia umowy z { $date }.
   *[other] Kopia umowy nr { $number } z { $date }.
}
ex-invoice = Kopia faktury nr { $number } z { $date }.
ex-reminder = { $notice ->
    [yes] Kopia zawiadomienia o długu z art. 13B2 { -consumer-law }
   *[other] Kopia { $level ->
        [1] pierwszego przypomnienia o płatności
        [2] drugiego przypomnienia o płatności
       *[other] ostatniego przypomnienia o płatności
    }
}{ $by ->
    [none] {""}
   *[other] , wysłanego { sent-by }
} { $date }{ proof-item }.
ex-pretrial = Kopia ostrzeżenia przed wszczęciem postępowania sądowego{ $by ->
    [none] {""}
   *[other] , wysłanego { sent-by }
} { $date }{ proof-item }.
proof-item = { $proof ->
    [registered_mail] , z dowodem nadania listu poleconego{ $proof_number ->
        [none] {""}
       *[other] {" "}(nr { $proof_number })
    }
    [tracking] , z potwierdzeniem nadania{ $proof_number ->
        [none] {""}
       *[other] {" "}(nr przesyłki { $proof_number })
    }
    [e_delivery] , z potwierdzeniem doręczenia elektronicznego{ $proof_number ->
        [none] {""}
       *[other] {" "}(nr { $proof_number })
    }
    [email] , z kopią wiadomości e-mail, którą je wysłano{ $proof_number ->
        [none] {""}
       *[other] {" "}(nr { $proof_number })
    }
    [courier] , z potwierdzeniem kuriera{ $proof_number ->
        [none] {""}
       *[other] {" "}(nr { $proof_number })
    }
    [hand] , z potwierdzeniem doręczenia osobistego
   *[none] {""}
}
ex-acceptance = { $kind ->
    [other] { $description ->
        [none] Kopia dowodu odbioru prac
       *[other] Kopia: „{ $description }”
    }
   *[any] Kopia dokumentu odbioru prac{ $number ->
        [none] {""}
       *[other] {" "}nr { $number }
    }{ $signed ->
        [yes] , podpisanego przez stronę pozwaną
       *[other] {""}
    }
}{ $date ->
    [none] .
   *[other] {" "}z dnia { $date }.
}
ex-correspondence = Korespondencja stron i notatki z rozmów w sprawie długu.
ex-payments = Potwierdzenia otrzymanych wpłat (wyciągi bankowe).
ex-statement = Wyliczenie długu na dzień { $date }.
h-fee = Opłata i sprawdzenie wartości roszczenia
fee-total = Wartość roszczenia: { $total }.
fee-value = Kwota, od której pobiera się opłatę: { $value }.
fee-amount = Opłata sądowa: **{ $fee }** (jeden procent wartości roszczenia, nie mniej niż opłata minimalna, z zaokrągleniem w górę; { $source }).
fee-limit = Limit dla drobnych roszczeń w dniu wniesienia pozwu: { $limit } (art. 60(a)(1) { -courts-law } i { -small-claims-order }, waloryzowany).
fee-magistrates = Opłatę w sądzie pokoju określa { -court-fees-regs } i nie jest to opłata sądu do spraw drobnych roszczeń; ten dokument jej nie wylicza.
route-company = **Powód jest osobą prawną.** Pozew do sądu do spraw drobnych roszczeń może wnieść tylko osoba fizyczna; osoba prawna (spółka, zarejestrowana spółka osobowa, stowarzyszenie) nie może. Nie należy wnosić tego pozwu do sądu do spraw drobnych roszczeń: pozew wnosi się do właściwego sądu pokoju (magistrackiego), najlepiej po konsultacji z adwokatem.
route-within = Wartość roszczenia nie przekracza limitu, więc pozew można wnieść do sądu do spraw drobnych roszczeń. Przedsiębiorca ({ "\u2068" }עוסק מורשה{ "\u2069" }) będący osobą fizyczną może w nim pozywać, ale powód nie może wnieść do sądu do spraw drobnych roszczeń więcej niż { $per_year } pozwów w roku: przed wniesieniem należy sprawdzić, czy ten pozew nie przekracza tej liczby; jeśli tak, pozew wnosi się do sądu pokoju.
route-over = **Wartość roszczenia przekracza limit.** Sąd do spraw drobnych roszczeń nie jest właściwy w sprawie o taką kwotę. Do wyboru są dwie drogi: wnieść cały pozew do sądu pokoju (najlepiej po konsultacji z adwokatem) albo ograniczyć roszczenie do limitu, wyraźnie zrzekając się różnicy. Dzielenie roszczenia na kilka pozwów jest niedozwolone.
route-execution = **Alternatywa: wniosek o egzekucję kwoty oznaczonej w urzędzie egzekucyjnym.** Dług wynika z pisemnej umowy, według zapisów nie jest sporny i nie przekracza { $limit }; można go więc wnieść bezpośrednio do urzędu egzekucyjnego jako roszczenie o kwotę oznaczoną (art. 81A1 { -execution-law }), bez uprzedniego wyroku; jeżeli dłużnik w terminie wniesie sprzeciw, sprawa trafia do rozpoznania przez sąd. Droga ta jest dostępna także dla osoby prawnej. Przed wniesieniem należy doręczyć dłużnikowi listem poleconym za potwierdzeniem odbioru ostrzeżenie o zamiarze wniesienia roszczenia do egzekucji (art. 81A1(b1); przepis 109A { -execution-regs }), według wzoru z rozporządzeń, a wniosek złożyć dopiero po upływie 30 dni od jego wysłania (termin ten pochodzi ze źródła z 2013 r. i nie został sprawdzony w aktualnym tekście ustawy: należy go sprawdzić); niniejszy dokument nie zawiera tego ostrzeżenia, a jego treść i termin sprzeciwu należy sprawdzić przed wysłaniem.
h-checklist = Lista kontrolna przed wniesieniem pozwu
check-filing = Wniesienie: online na stronie izraelskiego sądownictwa albo w sekretariacie sądu właściwego dla miejsca działalności lub zamieszkania strony pozwanej, lub innego miejsca z przepisu 2; klauzula prorogacyjna w umowie nie ma pierwszeństwa przed tym przepisem.
check-count = Liczba pozwów: powód nie może wnieść do sądu do spraw drobnych roszczeń więcej niż { $per_year } pozwów w roku; przed wniesieniem tego pozwu należy policzyć wszystkie pozwy o drobne roszczenia wniesione przez powoda w tym roku, w każdym sądzie.
check-copies = Odpisy: przy wniesieniu na papierze składa się pozew i załączniki w jednym egzemplarzu dla sądu i jednym dla strony pozwanej.
check-exhibits = Załączniki: należy dołączyć wszystkie załączniki z wykazu i oznaczyć każdy jego numerem.
check-fee = Opłata: należy uiścić opłatę w kwocie { $fee } przy wniesieniu pozwu.
check-appear = Stawiennictwo: należy stawić się na rozprawę osobiście. W sądzie do spraw drobnych roszczeń strona nie jest reprezentowana przez adwokata, chyba że za zgodą sądu (art. 63 { -courts-law }), dlatego nie dochodzi się wynagrodzenia adwokata. Na rozprawę należy przynieść oryginały dokumentów.
check-consumer = Konsument: należy dołączyć zawiadomienie o długu i dowód daty jego wysłania; ciężar dowodu wysłania spoczywa na przedsiębiorcy.
## Said once, also when the notice's proof is missing (IL third review n6).
check-consumer-content = Konsument: wymaganej przez prawo treści zawiadomienia (art. 13B2(d)) ten dokument nie sprawdza: należy upewnić się, że wysłane zawiadomienie ją spełniało.
check-date = Data: należy ustawić datę pozwu na dzień wniesienia; wyliczenie i limit wynikają z tej daty.
## The claim's date against a newer ceiling (IL third review NB1): a note to the claimant in
## the checklist, never in the pleading. $start: the day the newer ceiling is in force from.
check-ceiling = Limit: ten pozew z dnia { $date } sprawdzono według limitu obowiązującego w tym dniu ({ $limit_then }); od { $start } limit wynosi { $limit_now }. Jeżeli pozew jest wnoszony { $start } lub później, należy ustawić datę pozwu na dzień wniesienia i wygenerować dokument ponownie: wyliczenie, opłata i limit wynikają z tej daty.
## The consumer's debt notice without a recorded proof of sending (IL review N3).
check-notice-proof = Zawiadomienie o długu: w sprawie nie zapisano dowodu jego wysłania. Ciężar dowodu wysłania spoczywa na przedsiębiorcy; należy odnaleźć dowód (np. potwierdzenie nadania listu poleconego) i dołączyć go przed wniesieniem.
## Form 1 asks for the parties' ID numbers; the claim leaves a blank line (IL third review n7).
check-ids = Numer dowodu tożsamości: należy wpisać numer dowodu tożsamości powoda{ $defendant ->
    [yes] {" "}(i strony pozwanej, jeżeli jest znany)
   *[other] {""}
} przed wniesieniem; numer zarejestrowanego przedsiębiorcy (עוסק מורשה) nie musi być tym numerem.
## The claim's calculation table: the amount claimed (IL third review n8).
label-claim-sum = Wartość roszczenia
check-keep = Należy zachować kopię wszystkiego, co złożono, potwierdzenie wniesienia i dowód uiszczenia opłaty.
