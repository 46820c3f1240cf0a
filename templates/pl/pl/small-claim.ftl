## Pozew o zapłatę, prawo polskie: brzmienie polskie.

title = Pozew o zapłatę
heading = Pozew o zapłatę{ $route_kind ->
    [nakazowe] {" "}w postępowaniu nakazowym
   *[other] { $simplified_kind ->
        [yes] {" "}w postępowaniu uproszczonym
       *[other] {""}
    }
}
place-date = { $city ->
    [none] Dnia { $date } r.
   *[other] { $city }, dnia { $date } r.
}
label-court = Do
division = { $commercial_kind ->
    [yes] Wydział Gospodarczy
   *[other] Wydział Cywilny
}
label-claimant = Powód
label-defendant = Pozwany
label-value = Wartość przedmiotu sporu
label-fee = Opłata sądowa
commercial-case = { $simplified_kind ->
    [yes] **Sprawa gospodarcza** (art. 458¹ § 1 { -kpc }), podlegająca rozpoznaniu w postępowaniu uproszczonym (art. 505¹ § 1 { -kpc }).
   *[other] **Sprawa gospodarcza** (art. 458¹ § 1 { -kpc }).
}
simplified-case = Sprawa podlega rozpoznaniu w postępowaniu uproszczonym (art. 505¹ § 1 { -kpc }).
h-demands = Żądania pozwu
demands-intro = Powód wnosi o:
demand-total = zasądzenie od pozwanego na rzecz powoda kwoty **{ $total }** (słownie: { $words }), na którą składają się:
demand-principal = kwota { $amount } tytułem należności głównej z faktury nr { $invoice }, wymagalna od dnia { $due } r.{ $interest_kind ->
    [none] {""}
   *[other] , wraz z { $basis } od dnia następującego po dniu { $as_of } r. do dnia zapłaty
};
demand-interest = kwota { $amount } tytułem skapitalizowanych odsetek za opóźnienie, naliczonych do dnia { $as_of } r. i wymagalnych w tym dniu, wraz z odsetkami ustawowymi za opóźnienie od dnia wniesienia pozwu do dnia zapłaty (art. 482 § 1 { -kc });
demand-compensation = kwota { $amount } tytułem rekompensaty za koszty odzyskiwania należności z faktury nr { $invoice } (art. 10 ust. 1 { -act-2013 }), wymagalna od dnia { $from } r.;
demand-costs = zasądzenie od pozwanego na rzecz powoda kosztów procesu{ $proxy_kind ->
    [yes] , w tym kosztów zastępstwa procesowego według norm przepisanych,
   *[other] {" "}według norm przepisanych
} wraz z odsetkami ustawowymi za opóźnienie za czas od dnia uprawomocnienia się orzeczenia, którym je zasądzono, do dnia zapłaty (art. 98 § 1¹ { -kpc });
demand-order = { $route_kind ->
    [nakazowe] wydanie nakazu zapłaty w postępowaniu nakazowym (art. 485 § 2a { -kpc });
   *[other] wydanie nakazu zapłaty w postępowaniu upominawczym (art. 498 § 1 { -kpc });
}
demand-evidence = przeprowadzenie dowodów z dokumentów wskazanych w uzasadnieniu i w wykazie załączników, na okoliczności tam wskazane;
demand-absence = przeprowadzenie rozprawy również pod nieobecność powoda.
h-grounds = Uzasadnienie
ground-contract = W dniu { $date } r. powód i pozwany zawarli umowę{ $number ->
    [none] {""}
   *[other] {" "}nr { $number }
}, której przedmiotem było: { $subject }.{ $b2b_kind ->
    [yes] {" "}Obie strony są przedsiębiorcami, a umowa została zawarta w związku z prowadzoną przez nie działalnością gospodarczą; stanowi ona transakcję handlową w rozumieniu art. 4 pkt 1 { -act-2013 }.
   *[other] {""}
} *Dowód: umowa.*
ground-jurisdiction = { $venue_kind ->
    [named] Właściwość sądu wynika z zawartej w umowie umowy o właściwość (art. 46 § 1 { -kpc }). *Dowód: umowa.*
   *[other] Właściwość miejscowa sądu wynika z zawartej w umowie umowy o właściwość, poddającej spory sądowi właściwemu dla { $claimant_kind ->
        [sole_trader] miejsca wykonywania działalności gospodarczej powoda
       *[other] siedziby powoda
    } (art. 46 § 1 { -kpc }). *Dowód: umowa.*
}
ground-performance = { $accepted_kind ->
    [yes] Powód wykonał swoje świadczenie, a pozwany je odebrał:
   *[other] Powód wykonał swoje świadczenie:
}
ground-performance-item = { $accepted_kind ->
    [none] prace objęte fakturą nr { $invoice } zostały wykonane. *Dowód: { $correspondence_kind ->
        [yes] korespondencja stron, przesłuchanie stron
       *[other] przesłuchanie stron
    }.*
   *[other] prace objęte fakturą nr { $invoice } pozwany odebrał bez zastrzeżeń, co potwierdził podpisując { $accepted_kind ->
        [acceptance_protocol] protokół odbioru
       *[other] dokument odbioru
    }{ $accepted_no ->
        [none] {""}
       *[other] {" "}nr { $accepted_no }
    }{ $accepted_date ->
        [none] .
       *[other] {" "}z dnia { $accepted_date } r.
    } *Dowód: { $accepted_kind ->
        [acceptance_protocol] protokół odbioru
       *[other] dokument odbioru
    }.*
}
dispute-doc = { $kind ->
    [acceptance_protocol] protokół odbioru
   *[other] dokument odbioru
}{ $no ->
    [none] {""}
   *[other] {" "}nr { $no }
}{ $date ->
    [none] {""}
   *[other] {" "}z dnia { $date } r.
} (faktura nr { $invoice })
ground-dispute = W dniu { $date } r. pozwany zakwestionował należność{ $disputed ->
    [none] .
   *[other] {" "}(zastrzeżenia: { $disputed }).
} Powód stoi na stanowisku, że należność jest wymagalna{ $docs ->
    [none] : [STANOWISKO POWODA WOBEC ZARZUTU I DOWODY – UZUPEŁNIĆ PRZED ZŁOŻENIEM]
   *[other] : pozwany odebrał prace, podpisując { $docs }{ $after ->
        [yes] , a zastrzeżenia zgłosił dopiero po odbiorze
       *[other] {""}
    }. *Dowód: { $docs }.*
}
ground-invoices = { $invoice_count ->
    [1] Powód wystawił pozwanemu fakturę, a termin jej zapłaty upłynął:
   *[other] Powód wystawił pozwanemu faktury, a termin zapłaty każdej z nich upłynął:
}
due-term = { $term_kind ->
    [prepayment] termin zapłaty zaliczki, wynoszący { $terms } dni od dnia zawarcia umowy, upłynął w dniu { $due } r.
    [delivery] termin płatności, wynoszący { $terms } dni od dnia doręczenia faktury, upłynął w dniu { $due } r.
    [printed] termin płatności oznaczony na fakturze, dłuższy niż umowny termin { $terms } dni od dnia doręczenia faktury, upłynął w dniu { $due } r.
   *[other] termin płatności upłynął w dniu { $due } r.
}
due-roll = { $roll_kind ->
    [saturday] {" "}(koniec terminu, { $end } r., przypadał w sobotę – art. 115 { -kc }).
    [sunday] {" "}(koniec terminu, { $end } r., przypadał w niedzielę, dzień ustawowo wolny od pracy – art. 115 { -kc }).
    [holiday] {" "}(koniec terminu, { $end } r., przypadał na dzień ustawowo wolny od pracy – art. 115 { -kc }).
   *[none] {""}
}
ground-invoice-item = faktura nr { $invoice } z dnia { $issued } r. na kwotę { $amount }{ $delivered ->
    [none] ; { $term } *Dowód: faktura nr { $invoice }.*
   *[other] , doręczona pozwanemu w dniu { $delivered } r.{ $delivered_kind ->
        [email] {" "}pocztą elektroniczną
        [letter] {" "}listem
        [hand] {" "}do rąk własnych
        [ksef] {" "}w Krajowym Systemie e-Faktur
        [portal] {" "}przez portal
       *[other] {""}
        }; { $term } *Dowód: faktura nr { $invoice } wraz z potwierdzeniem jej doręczenia.*
}
ground-payments = { $count ->
    [one] Pozwany dokonał wpłaty: { $payments } Zgodnie z art. 451 § 1 { -kc } powód zaliczył wpłatę na poczet długu najpierw na zaległe odsetki, a w pozostałej części na należność główną. Do zapłaty pozostała należność główna w kwocie { $principal }. *Dowód: potwierdzenie wpłaty.*
   *[other] Pozwany dokonał wpłat: { $payments } Zgodnie z art. 451 § 1 { -kc } powód zaliczył każdą wpłatę na poczet długu najpierw na zaległe odsetki, a w pozostałej części na należność główną. Do zapłaty pozostała należność główna w kwocie { $principal }. *Dowód: potwierdzenia wpłat.*
}
ground-no-payment = Pozwany nie zapłacił żadnej z należności. Do zapłaty pozostaje należność główna w kwocie { $principal }.
ground-interest = Od dnia następującego po dniu wymagalności każdej z należności powodowi przysługują { $basis }. Powód kapitalizuje odsetki naliczone do dnia { $as_of } r. w kwocie { $interest } (wyliczenie z rozbiciem na okresy i stopy w załączonym zestawieniu) i żąda od nich odsetek od dnia wniesienia pozwu (art. 482 § 1 { -kc }); od należności głównej żąda dalszych odsetek do dnia zapłaty.
ground-compensation = Z mocy art. 10 ust. 1 { -act-2013 } powodowi przysługuje, bez wezwania, od dnia nabycia uprawnienia do odsetek, rekompensata za koszty odzyskiwania należności, odrębnie za każdą fakturę (kursy średnie NBP z tabeli A są publikowane na stronie nbp.pl):
ground-demands = { $reminders ->
    [none] {""}
   *[other] Powód wzywał pozwanego do zapłaty przypomnieniami wysłanymi w dniach: { $reminders }.{" "}
}{ $pretrial ->
    [none] {""}
   *[other] W dniu { $pretrial } r.{ $pretrial_how ->
        [none] {""}
       *[other] {" "}({ $pretrial_how })
    } powód skierował do pozwanego przedsądowe wezwanie do zapłaty.{" "}
}Pozwany nie zapłacił dochodzonej kwoty. *Dowód: { $pretrial ->
    [none] przypomnienia
   *[other] { $reminders ->
        [none] przedsądowe wezwanie do zapłaty
       *[other] przypomnienia i przedsądowe wezwanie do zapłaty
    }
}{ $proof_kind ->
    [all] {" "}wraz z dowodami nadania
    [some] {" "}oraz dowody nadania wskazane w wykazie załączników
   *[other] {""}
}.*
ground-nakazowe = Do pozwu powód dołącza umowę, dokumenty potwierdzające spełnienie świadczenia i { $invoice_count ->
    [1] dowód doręczenia pozwanemu faktury
   *[other] dowody doręczenia pozwanemu faktur
}, co uzasadnia wydanie nakazu zapłaty w postępowaniu nakazowym (art. 485 § 2a { -kpc }).
h-mediation = Informacja o próbie polubownego rozwiązania sporu (art. 187 § 1 pkt 3 { -kpc })
mediation-clause = Umowa stron przewiduje mediację przed skierowaniem sporu do sądu. { $pretrial ->
    [none] Mediacja nie została przeprowadzona.
   *[other] W przedsądowym wezwaniu do zapłaty z dnia { $pretrial } r. powód zaproponował pozwanemu mediację; do dnia wniesienia pozwu mediacja nie została przeprowadzona.
} Powód wyraża zgodę na skierowanie stron do mediacji (art. 202¹ { -kpc }) i pozostaje otwarty na zawarcie ugody.
mediation-none = Strony nie podjęły próby mediacji ani innego pozasądowego sposobu rozwiązania sporu.{ $pretrial ->
    [none] { $reminders_count ->
        [0] {""}
       *[other] {" "}Przed wniesieniem pozwu powód wzywał pozwanego do zapłaty.
    }
   *[other] {" "}Przed wniesieniem pozwu powód wzywał pozwanego do zapłaty, a w przedsądowym wezwaniu z dnia { $pretrial } r. zaproponował polubowne rozwiązanie sprawy, w tym rozłożenie należności na raty lub mediację.
}{ $contacts_count ->
    [0] {""}
   *[other] {" "}Strony kontaktowały się w sprawie zapłaty:
}
h-statement = Załącznik nr { $number } – Wyliczenie roszczenia według stanu na dzień { $as_of } r.
statement-note = Odsetki obliczono za każdy dzień opóźnienia, przyjmując { $days } dni w roku.
h-exhibits = Wykaz załączników
exhibit-contract = { $ref ->
    [none] Umowa z dnia { $date } r.
   *[other] Umowa nr { $ref } z dnia { $date } r.
}
exhibit-invoice = Faktura nr { $ref } z dnia { $date } r.
exhibit-reminder = { $level ->
    [1] Przypomnienie o płatności
    [2] Ponowne przypomnienie o płatności
   *[other] Ostateczne przypomnienie przed podjęciem kroków prawnych
} z dnia { $date } r.{ $how ->
    [none] {""}
   *[other] {" "}({ $how })
}{ $proof_kind ->
    [yes] {" "}wraz z dowodem nadania
   *[other] {""}
}.
exhibit-pretrial_claim = Przedsądowe wezwanie do zapłaty z dnia { $date } r.{ $how ->
    [none] {""}
   *[other] {" "}({ $how })
}{ $proof_kind ->
    [yes] {" "}wraz z dowodem nadania
   *[other] {""}
}.
exhibit-correspondence = Korespondencja stron i notatki powoda z kontaktów z pozwanym: { $contacts }.
exhibit-payment_record = Potwierdzenia wpłat (wyciągi z rachunku bankowego).
exhibit-statement = Wyliczenie roszczenia według stanu na dzień { $date } r.
exhibit-acceptance = { $doc_kind ->
    [acceptance_protocol] Protokół odbioru
   *[other] Dokument odbioru
}{ $number ->
    [none] {""}
   *[other] {" "}nr { $number }
}{ $date ->
    [none] {""}
   *[other] {" "}z dnia { $date } r.
} (faktura nr { $invoice }).
exhibit-delivery = Potwierdzenie doręczenia faktury nr { $invoice } z dnia { $date } r.{ $delivered_kind ->
    [email] {" "}(wiadomość e-mail)
    [ksef] {" "}(Krajowy System e-Faktur)
   *[other] {""}
}.
exhibit-register = { $register_kind ->
    [ceidg] Wydruk z Centralnej Ewidencji i Informacji o Działalności Gospodarczej (CEIDG) dotyczący powoda.
    [krs] Odpis z Krajowego Rejestru Sądowego dotyczący powoda.
   *[other] Dokument tożsamości powoda do wglądu (numer PESEL w pozwie).
}
exhibit-fee = Dowód uiszczenia opłaty sądowej.
exhibit-copy = Odpis pozwu wraz z załącznikami dla pozwanego.
h-info = Informacje dla powoda – nie składać w sądzie
h-procedure = Wybór postępowania i opłata
info-route = { $route_kind ->
    [nakazowe] **Postępowanie nakazowe (art. 485 § 2a { -kpc }).** Sprawa dotyczy transakcji handlowej, a sprawa zawiera umowę, dowód spełnienia świadczenia (dokument odbioru podpisany przez pozwanego) i dowód doręczenia każdej faktury. Pozew żąda więc nakazu zapłaty w postępowaniu nakazowym: opłata wynosi jedną czwartą opłaty, tj. { $fee } zamiast { $full_fee } (art. 19 ust. 2 pkt 1 ustawy o kosztach sądowych w sprawach cywilnych; wartość przedmiotu sporu { $value }); pozwany wnoszący zarzuty uiszcza pozostałe trzy czwarte (art. 19 ust. 4). Nakaz zapłaty z chwilą wydania jest tytułem zabezpieczenia (art. 492 § 1 { -kpc }), co pozwala od razu zabezpieczyć roszczenie, np. zajęciem rachunku.
   *[other] **Pozew o zapłatę z wnioskiem o wydanie nakazu zapłaty w postępowaniu upominawczym (art. 498 § 1 { -kpc }); { $simplified_kind ->
        [yes] po sprzeciwie sprawa będzie rozpoznana w postępowaniu uproszczonym.**
       *[other] po sprzeciwie sprawa toczy się w postępowaniu zwykłym.**
    } Opłata: { $fee } od wartości przedmiotu sporu { $value } (art. 13 { $band_kind ->
        [fixed] ust. 1
       *[other] ust. 2
    } ustawy o kosztach sądowych w sprawach cywilnych).{ $quarter ->
        [none] {""}
       *[other] {" "}W postępowaniu nakazowym opłata wynosiłaby { $quarter }, ale sprawa nie zawiera wszystkich wymaganych dokumentów (poniżej).
    }
}
info-nakazowe-closed = Postępowanie nakazowe z art. 485 § 2a { -kpc } nie jest dostępne: roszczenie nie wynika z transakcji handlowej, ponieważ { $consumer_kind ->
    [yes] pozwany jest konsumentem.
   *[other] nie obie strony są przedsiębiorcami.
}
info-nakazowe-missing = Do postępowania nakazowego (art. 485 § 2a { -kpc }) brakuje:{ $contract_kind ->
    [yes] {" "}umowy;
   *[other] {""}
}{ $performance_kind ->
    [yes] {" "}dowodu spełnienia świadczenia (dokumentu odbioru podpisanego przez pozwanego, w sprawie: `invoices[].acceptance`);
   *[other] {""}
}{ $delivery_kind ->
    [yes] {" "}dowodu doręczenia faktury (w sprawie: `invoices[].delivered`);
   *[other] {""}
}{" "}po ich uzupełnieniu pismo wybierze tę drogę.
info-simplified = **Postępowanie uproszczone.** Wartość przedmiotu sporu nie przekracza { $limit }, a roszczenie wynika z umowy: jeżeli pozwany wniesie sprzeciw lub zarzuty, sprawa zostanie rozpoznana w postępowaniu uproszczonym (art. 505¹ § 1 { -kpc }). Od 7 listopada 2019 r. pozew w tym postępowaniu nie wymaga urzędowego formularza.
info-not-simplified = **Poza postępowaniem uproszczonym.** Wartość przedmiotu sporu przekracza { $limit }; po sprzeciwie sprawa toczy się w postępowaniu zwykłym, a opłata jest stosunkowa.
info-epu = **Elektroniczne postępowanie upominawcze (e-Sąd, Sąd Rejonowy Lublin-Zachód w Lublinie, e-sad.gov.pl).** Opłata: { $quarter } (jedna czwarta opłaty, art. 19 ust. 2 pkt 2 ustawy o kosztach sądowych). Pozew składa się wyłącznie elektronicznie, bez załączników (dowody tylko się wskazuje); po sprzeciwie nakaz traci moc, a e-sąd przekazuje sprawę do sądu według właściwości ogólnej, tj. sądu miejsca zamieszkania albo siedziby pozwanego{ $place ->
    [none] {""}
   *[other] {" "}({ $place })
}, przed którym powód musi uzupełnić pozew (art. 505³⁶–505³⁷ { -kpc }; art. 27 § 1 i art. 30 { -kpc }), co wydłuża sprawę.{ $prorogation_kind ->
    [yes] {" "}Pozew w EPU znosi wyłączność sądu wskazanego w umowie o właściwość (art. 46 § 1 { -kpc }): sprawa nie trafi do sądu wskazanego w umowie.
   *[other] {""}
} EPU opłaca się przy roszczeniu, którego pozwany raczej nie zakwestionuje.
h-warnings = Uwagi i lista kontrolna przed złożeniem
warn-over-price = **Faktury przekraczają cenę umowną:** zafakturowano { $invoiced }, a cena umowna wynosi { $price } (nadwyżka { $excess }). Przed wniesieniem pozwu wyjaśnij podstawę nadwyżki (aneks, prace dodatkowe) i dołącz dowód; inaczej pozwany zakwestionuje roszczenie w tej części.
warn-capped = **Odsetki umowne ograniczone do maksymalnych:** stopa umowna { $rate } przekracza w części okresu odsetki maksymalne za opóźnienie (art. 481 § 2¹ { -kc }); wyliczenie przyjmuje za ten okres odsetki maksymalne (art. 481 § 2² { -kc }). Nie żądaj w pozwie odsetek ponad tę wysokość.
warn-no-acceptance = { $b2b_kind ->
    [yes] **Brak dowodu odbioru prac:** sprawa nie zawiera dokumentu odbioru podpisanego przez pozwanego dla każdej faktury. Umowa przewiduje zapłatę po odbiorze, a odsetki w transakcjach handlowych przysługują, gdy wierzyciel spełnił swoje świadczenie (art. 7 ust. 1 pkt 1 ustawy z 8 marca 2013 r.): dołącz protokół odbioru lub inny dowód wykonania.
   *[other] **Brak dowodu odbioru prac:** sprawa nie zawiera dokumentu odbioru podpisanego przez pozwanego dla każdej faktury. Umowa przewiduje zapłatę po odbiorze, a ciężar wykazania wykonania prac spoczywa na powodzie (art. 6 { -kc }): dołącz protokół odbioru lub inny dowód wykonania.
}
warn-no-delivery = **Brak dowodu doręczenia faktury:** termin płatności biegnie od dnia doręczenia faktury; sprawa nie zawiera daty doręczenia każdej faktury. Dołącz dowód doręczenia (potwierdzenie odbioru, e-mail, KSeF), inaczej pozwany może kwestionować wymagalność i początek biegu odsetek.
warn-mediation = **Umowa o mediację:** jeżeli mediacja nie została przeprowadzona przed wniesieniem pozwu, sąd na zarzut pozwanego zgłoszony przed wdaniem się w spór co do istoty sprawy skieruje strony do mediacji (art. 202¹ { -kpc }). Rozważ wszczęcie mediacji przed złożeniem pozwu (wniosek do mediatora wskazanego w umowie, art. 183⁶ § 1 { -kpc }).
warn-division = **Wydział sądu:** podaj w pozwie pełną nazwę sądu z siedzibą i numerem wydziału (np. „Sąd Rejonowy dla m.st. Warszawy w Warszawie, VIII Wydział Gospodarczy”); numer wydziału właściwego dla danej dzielnicy lub gminy sprawdź na stronie sądu.
check-competence = Sprawdź właściwość sądu: rzeczową (sąd rejonowy; w sprawach o prawa majątkowe o wartości przedmiotu sporu powyżej stu tysięcy złotych – sąd okręgowy, art. 17 pkt 4 { -kpc }) i miejscową (art. 27 § 1, art. 30, art. 34 albo umowa o właściwość z art. 46 § 1 { -kpc }); pozew składa się w języku polskim.
check-parties = Uzupełnij oznaczenie stron: numer PESEL lub NIP powoda będącego osobą fizyczną, numer KRS albo NIP (art. 126 § 2 pkt 2 { -kpc }).{ $sole_trader_kind ->
    [yes] {" "}Przedsiębiorcę jednoosobowego oznacz imieniem i nazwiskiem z dopiskiem „prowadzący (prowadząca) działalność gospodarczą pod firmą …”; jest on wpisany do CEIDG, nie do KRS.
   *[other] {""}
}
check-sign-fee = Podpisz pozew (podpis własnoręczny albo elektroniczny przy wnoszeniu przez Portal Informacyjny) i uiść opłatę { $fee } na rachunek sądu; dołącz dowód wpłaty.
check-copy = Dołącz odpis pozwu z załącznikami dla pozwanego (art. 128 § 1 { -kpc }); sąd doręcza go pozwanemu. Obowiązek doręczania odpisów bezpośrednio drugiej stronie (art. 132 § 1 { -kpc }) dotyczy pism składanych w toku sprawy, nie pozwu.
check-demand = Przed wniesieniem pozwu wyślij pozwanemu przedsądowe wezwanie do zapłaty: jego brak może wpłynąć na rozstrzygnięcie o kosztach (art. 101 { -kpc }).
check-evidence = W sprawie gospodarczej powołaj w pozwie wszystkie twierdzenia i dowody, pod rygorem ich pominięcia (art. 458⁵ § 1 { -kpc }); pozew wskazuje dowód przy każdym twierdzeniu.
check-limitation = Sprawdź przedawnienie. { $contract_kind ->
    [work] Roszczenia z umowy o dzieło przedawniają się z upływem dwóch lat od dnia oddania dzieła, niezależnie od terminu płatności faktury (art. 646 { -kc }); { $delivered ->
        [none] sprawa nie zapisuje dnia oddania dzieła: ustal go (w sprawie: `contract.work_delivered`).
       *[other] według sprawy dzieło (jego część) oddano w dniu { $delivered } r.
    }
    [sale] { $creditor_kind ->
        [business] Roszczenia z tytułu sprzedaży dokonanej w zakresie działalności przedsiębiorstwa sprzedawcy przedawniają się z upływem dwóch lat (art. 554 { -kc }), licząc od dnia wymagalności (art. 120 § 1 { -kc }).
       *[other] Termin ogólny wynosi sześć lat, a jego koniec przypada na ostatni dzień roku kalendarzowego (art. 118 { -kc }).
    }
    [services] { $creditor_kind ->
        [business] Roszczenia o wynagrodzenie za spełnione czynności przysługujące osobom, które stale lub w zakresie działalności przedsiębiorstwa trudnią się czynnościami danego rodzaju, przedawniają się z upływem dwóch lat (art. 751 pkt 1 w zw. z art. 750 { -kc }).
       *[other] Termin ogólny wynosi sześć lat, a jego koniec przypada na ostatni dzień roku kalendarzowego (art. 118 { -kc }).
    }
    [mandate] { $creditor_kind ->
        [business] Roszczenia o wynagrodzenie za spełnione czynności przysługujące osobom, które stale lub w zakresie działalności przedsiębiorstwa trudnią się czynnościami danego rodzaju, przedawniają się z upływem dwóch lat (art. 751 pkt 1 { -kc }).
       *[other] Termin ogólny wynosi sześć lat, a jego koniec przypada na ostatni dzień roku kalendarzowego (art. 118 { -kc }).
    }
    [other] { $creditor_kind ->
        [business] Roszczenia związane z prowadzeniem działalności gospodarczej przedawniają się z upływem trzech lat, a koniec terminu przypada na ostatni dzień roku kalendarzowego (art. 118 { -kc }).
       *[other] Termin ogólny wynosi sześć lat, a jego koniec przypada na ostatni dzień roku kalendarzowego (art. 118 { -kc }).
    }
   *[unknown] Termin ogólny dla roszczeń związanych z prowadzeniem działalności gospodarczej wynosi trzy lata, a jego koniec przypada na ostatni dzień roku kalendarzowego (art. 118 { -kc }), chyba że przepis szczególny przewiduje termin krótszy: roszczenia z umowy o dzieło przedawniają się z upływem dwóch lat od dnia oddania dzieła (art. 646 { -kc }), roszczenia z tytułu sprzedaży dokonanej w zakresie działalności przedsiębiorstwa sprzedawcy – z upływem dwóch lat (art. 554 { -kc }), roszczenia o wynagrodzenie za czynności wykonywane zawodowo – z upływem dwóch lat (art. 751 pkt 1 { -kc }). Ustal rodzaj umowy (w sprawie: `contract.type`) i – przy umowie o dzieło – dzień oddania dzieła.
}{ $law ->
    [none] { $last ->
        [none] {""}
       *[other] {" "}Według dat zapisanych w sprawie termin upływa z końcem dnia { $last } r.{ $assumed_kind ->
            [yes] {" "}(liczone ostrożnie, z założeniami, które pokazuje `python -m generator status`).
           *[other] {""}
        }
    }
   *[other] {" "}Licząc ostrożnie, wnieś pozew najpóźniej w dniu { $last } r. (według art. 112 { -kc } termin upływa z końcem dnia { $law } r.{ $law_day_kind ->
        [saturday] , który przypada w sobotę
        [sunday] , który przypada w niedzielę
        [holiday] , który jest dniem ustawowo wolnym od pracy
       *[other] {""}
    }; czy art. 115 { -kc } przesuwa koniec terminu przedawnienia, jest sporne).{ $assumed_kind ->
        [yes] {" "}Daty liczono z założeniami, które pokazuje `python -m generator status`.
       *[other] {""}
    }
}{ $special_kind ->
    [yes] {" "}Czy koniec dwuletniego terminu szczególnego przypada na ostatni dzień roku kalendarzowego (art. 118 zd. 2 { -kc }), jest sporne: licz bez przesunięcia na koniec roku.
   *[other] {""}
}
check-attorney = Jeżeli powoda reprezentuje pełnomocnik: dołącz pełnomocnictwo i dowód uiszczenia opłaty skarbowej.

consumer-case = { $simplified_kind ->
    [yes] Sprawa z powództwa przedsiębiorcy przeciwko konsumentowi (art. 458¹⁴ § 1 { -kpc }), podlegająca rozpoznaniu w postępowaniu uproszczonym (art. 505¹ § 1 { -kpc }).
   *[other] Sprawa z powództwa przedsiębiorcy przeciwko konsumentowi (art. 458¹⁴ § 1 { -kpc }).
}
contact-item = { $date } r.{ $channel_kind ->
    [phone] {" "}(telefonicznie)
    [email] {" "}(wiadomość e-mail)
    [letter] {" "}(pismo)
    [meeting] {" "}(spotkanie)
    [message] {" "}(wiadomość)
   *[other] {""}
}: { $event_kind ->
    [promise] pozwany zapewnił o zapłacie{ $amount ->
        [none] {""}
       *[other] {" "}kwoty { $amount }
    }{ $by ->
        [none] .
       *[other] {" "}do dnia { $by } r.
    }
    [time_request] pozwany poprosił o odroczenie terminu zapłaty{ $by ->
        [none] .
       *[other] {" "}do dnia { $by } r.
    }
    [acknowledgement] pozwany uznał należność{ $amount ->
        [none] {""}
       *[other] {" "}w kwocie { $amount }
    }.
    [dispute] pozwany zakwestionował należność{ $disputed ->
        [none] {""}
       *[other] : { $disputed }
    }.
   *[other] { $summary }
}
mediation-settle = Do dnia wniesienia pozwu pozwany nie zapłacił dochodzonej kwoty. Powód nie wyklucza zawarcia ugody, również przed mediatorem.
contact-when = { $date } r.{ $channel_kind ->
    [phone] {" "}(rozmowa telefoniczna)
    [email] {" "}(wiadomość e-mail)
    [letter] {" "}(pismo)
    [meeting] {" "}(spotkanie)
    [message] {" "}(wiadomość)
   *[other] {""}
}
info-not-filed = **Te strony nie są częścią pozwu.** Przed złożeniem pozwu oddziel je i nie dołączaj ich do pozwu ani do odpisu dla pozwanego.
warn-dispute = **Pozwany kwestionuje należność** (zapis z dnia { $date } r.: { $disputed }). Odnieś się do tego zarzutu w pozwie i powołaj na to dowody { $commercial_kind ->
    [yes] – twierdzenia i dowody powołane później sąd pominie (art. 458⁵ § 1 { -kpc })
    [consumer] – twierdzenia i dowody powołane później sąd pominie (art. 458¹⁵ § 1 i § 4 { -kpc })
   *[other] już w pozwie
}; nie twierdź, że pozwany przyjął prace bez zastrzeżeń, jeżeli sprawa tego nie zapisuje.
check-evidence-consumer = Sprawa z udziałem konsumenta: powołaj w pozwie wszystkie twierdzenia i dowody; twierdzenia i dowody powołane później sąd pominie, chyba że uprawdopodobnisz, że ich powołanie w pozwie nie było możliwe albo że potrzeba ich powołania wynikła później (art. 458¹⁵ § 1 i § 4 { -kpc }).
check-consumer-costs = Przed wniesieniem pozwu spróbuj rozwiązać spór polubownie: jeżeli przedsiębiorca zaniechał takiej próby, uchylił się od niej albo uczestniczył w niej w złej wierze, sąd może niezależnie od wyniku sprawy obciążyć go kosztami procesu, nawet w podwójnej wysokości (art. 458¹⁶ { -kpc }).
check-limitation-consumer = Po upływie terminu przedawnienia nie można domagać się zaspokojenia roszczenia przysługującego przeciwko konsumentowi; sąd uwzględnia przedawnienie z urzędu (art. 117 § 2¹ { -kc }), a powód powinien wykazać, że roszczenie nie jest przedawnione.
info-nakazowe-refusal = **Jeżeli sąd nie wyda nakazu w postępowaniu nakazowym.** Nakaz zapłaty wydaje się tylko co do całości roszczenia (art. 480² § 1 { -kpc }).{ $compensation_kind ->
    [yes] {" "}Art. 485 § 2a { -kpc } obejmuje także rekompensatę z art. 10 ust. 1 { -act-2013 }.
   *[other] {""}
}{ $email_kind ->
    [yes] {" "}Czy wiadomość e-mail jest dowodem doręczenia faktury, ocenia sąd.
   *[other] {""}
} Jeżeli sąd uzna, że dołączone dokumenty nie spełniają warunków art. 485 § 2a { -kpc }, nie wyda nakazu w postępowaniu nakazowym i wezwie powoda do uiszczenia pozostałej części opłaty, do pełnej kwoty { $full_fee } (dopłata { $rest }), w terminie tygodniowym pod rygorem zwrotu pozwu (uchwała siedmiu sędziów Sądu Najwyższego z dnia 26 października 2016 r., III CZP 44/16). Przygotuj tę kwotę.
attempt-item = Próba kontaktu z pozwanym w dniu { $date } r.{ $channel_kind ->
    [phone] {" "}(telefonicznie)
    [email] {" "}(wiadomością e-mail)
    [letter] {" "}(pismem)
    [meeting] {" "}(w celu spotkania)
    [message] {" "}(wiadomością)
   *[other] {""}
} pozostała bez odpowiedzi.
attempt-when = { $date } r.{ $channel_kind ->
    [phone] {" "}(bezskuteczna próba kontaktu telefonicznego)
   *[other] {" "}(próba kontaktu bez odpowiedzi)
}
warn-notes = **Notatki niepowołane w pozwie:** zapisy sprawy ({ $dates }) są notatkami (`kind: note`) i pozew ich nie przytacza. Jeżeli notatka dokumentuje kontakt z pozwanym, nadaj jej rodzaj (`promise`, `time_request`, `acknowledgement`, `dispute`, a przy braku odpowiedzi `no_response`), a pozew opisze go jako twierdzenie.
note-when = { $date } r.
