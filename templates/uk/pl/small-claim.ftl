## Pakiet pozwu w sprawie drobnej, Anglia i Walia: polski przekład (do sądu składa się wersję angielską).

title = Pakiet pozwu (small claim)
heading = Pakiet pozwu w postępowaniu w sprawach drobnych (small claims track)
parties-line = { $claimant } przeciwko { $defendant }
court-line = Sąd: County Court, { $court }
prepared-on = Sporządzono dnia { $date }
contents = Spis treści: A. Uzasadnienie pozwu (particulars of claim, z wersją dla Money Claim Online); B. Wyliczenie roszczenia; C. Wykaz dowodów; D. Opłata sądowa i tryb small claims; E. Lista kontrolna.
warning-plan-running = NIE WNOSIĆ POZWU. Trwa wykonywanie porozumienia o spłacie w ratach podpisanego dnia { $signed }: zapłacono { $paid } z { $count } rat i żadna nie została pominięta; ostatnia jest płatna dnia { $last_due }. Wierzyciel zobowiązał się nie wszczynać postępowania sądowego, dopóki raty są płacone.
warning-plan-broken = Porozumienie o spłacie w ratach podpisane dnia { $signed } zostało naruszone: rata nr { $missed } płatna dnia { $missed_due } nie została zapłacona w ciągu { $grace } dni. { $consumer ->
    [true] Przed wniesieniem pozwu należy sprawdzić, czy doręczono wymagane porozumieniem pisemne zawiadomienie i czy upłynęło 14 dni na zapłatę zaległości.
   *[other] Przed wniesieniem pozwu należy sprawdzić postanowienia porozumienia.
}
warning-nothing-due = Na dzień sporządzenia pakietu nic nie jest należne: nie należy wnosić pozwu.
warning-over-limit = Roszczenie przekracza limit trybu small claims i zwykle nie zostanie do niego skierowane. Przed wniesieniem pozwu należy zapoznać się z częścią D.
warning-no-letter-of-claim = Nie odnotowano wysłania wezwania (Letter of Claim) zgodnie z Pre-Action Protocol for Debt Claims. Należy je wysłać i odczekać termin na odpowiedź przed wniesieniem pozwu.
part-a = A. Uzasadnienie pozwu (particulars of claim)
court-heading = IN THE COUNTY COURT, { $court }
claim-no = Sygnatura: nada sąd
between = MIĘDZY
claimant = powód
and = a
defendant = pozwany
particulars = UZASADNIENIE POZWU (PARTICULARS OF CLAIM)
contract-formal = { $number ->
    [none] pisemnej umowy z dnia { $date } (przedmiot: { $subject })
   *[other] pisemnej umowy nr { $number } z dnia { $date } (przedmiot: { $subject })
}
p-claimant = { $form ->
    [sole_trader] Powód, { $claimant }, jest osobą fizyczną prowadzącą działalność gospodarczą jednoosobowo.
    [individual] Powodem jest { $claimant }.
   *[organisation] Powód, { $claimant }, prowadzi działalność gospodarczą.
}
p-defendant = { $form ->
    [sole_trader] Pozwany, { $defendant }, jest osobą fizyczną prowadzącą działalność gospodarczą jednoosobowo.
    [consumer] Pozwany, { $defendant }, jest osobą fizyczną, która zawarła umowę jako konsument.
   *[organisation] Pozwanym jest { $defendant }.
}
p-contract = Na podstawie { $contract } („Umowa”) powód zobowiązał się wykonać na rzecz pozwanego opisane w niej prace i dostawy, a pozwany zobowiązał się zapłacić cenę.
p-terms = { $advance ->
    [none] Każda faktura była płatna w terminie { $days } dni od daty jej wystawienia, w terminach wskazanych poniżej.
   *[other] Faktura zaliczkowa była płatna w terminie { $advance } dni od daty Umowy, a każda pozostała faktura w terminie { $days } dni od daty jej wystawienia, w terminach wskazanych poniżej.
}
p-contract-copy = Kopia Umowy jest doręczana wraz z niniejszym uzasadnieniem pozwu.
p-lpcda-business = Umowa jest umową o dostawę towarów lub usług, przy której powód i pozwany działali w ramach prowadzonej działalności gospodarczej, w rozumieniu sekcji 2(1) Late Payment of Commercial Debts (Interest) Act 1998 („ustawa z 1998 r.”).
p-invoices = Powód wykonał Umowę i wystawił następujące faktury, płatne w podanych terminach:
p-paid = { $count ->
    [0] Pozwany nie dokonał żadnej zapłaty. Należność główna w kwocie { $principal } jest wymagalna i niezapłacona.
   *[other] Pozwany zapłacił { $payments }. Należność główna w kwocie { $principal } pozostaje wymagalna i niezapłacona.
}
p-interest-lpcda = Powód żąda odsetek zwykłych na podstawie sekcji 4 ustawy z 1998 r. w wysokości 8 punktów procentowych ponad Bank Rate z dnia referencyjnego (Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002, art. 4), jak następuje:
p-interest-s69 = Powód żąda odsetek na podstawie sekcji 69 County Courts Act 1984 według stopy i za okres, które sąd uzna za właściwe; powód wnosi o odsetki zwykłe w wysokości 8% w skali roku, obliczone jak następuje:
p-interest-contract = Powód żąda odsetek zwykłych na podstawie Umowy według uzgodnionej stopy, jak następuje:
p-interest-line = od należności z faktury { $invoice } (obecnie pozostaje do zapłaty { $principal }), według stopy { $rate } w skali roku{ $reference ->
    [none] {""}
   *[other] {" "}({ $reference })
}, od dnia { $start } do dnia { $end } (data niniejszego uzasadnienia): { $amount }; stawka dzienna po tym dniu { $daily }.
p-interest-reference = Bank Rate { $bank_rate } w dniu { $reference_day }
p-interest-total = Odsetki do dnia { $end }: { $interest }. Powód żąda dalszych odsetek w wysokości { $daily } dziennie od dnia następnego do dnia wydania wyroku lub wcześniejszej zapłaty. Wyliczenie za poszczególne okresy zawiera część B (załącznik).
compensation-item = { $amount } od faktury { $invoice }
p-compensation = Powód żąda zryczałtowanych kwot na podstawie sekcji 5A ustawy z 1998 r.: { $items }; łącznie { $amount }.
p-fees = Powód żąda opłat za opóźnienie należnych na podstawie Umowy: { $amount }.
and-claims = W ZWIĄZKU Z TYM POWÓD ŻĄDA:
claim-principal = { $amount } tytułem należności głównej;
claim-interest = { $discretionary ->
    [true] odsetek na podstawie sekcji 69 County Courts Act 1984 w kwocie { $amount } do dnia { $end } oraz dalszych odsetek w wysokości { $daily } dziennie, albo odsetek, które sąd uzna za właściwe;
   *[other] odsetek w kwocie { $amount } do dnia { $end } oraz dalszych odsetek w wysokości { $daily } dziennie do dnia wyroku lub wcześniejszej zapłaty;
}
claim-compensation = zryczałtowanych kwot na podstawie sekcji 5A ustawy z 1998 r. w wysokości { $amount };
claim-fees = opłat za opóźnienie w wysokości { $amount };
claim-costs = kosztów, w tym opłaty sądowej.
total-claimed = Łącznie dochodzona kwota na dzień { $end }: **{ $total }**.
statement-of-truth-heading = Oświadczenie o prawdziwości (statement of truth).
statement-of-truth = { $form ->
    [person] Oświadczam, że fakty przedstawione w niniejszym uzasadnieniu pozwu są prawdziwe. Przyjmuję do wiadomości, że przeciwko każdemu, kto składa lub powoduje złożenie fałszywego oświadczenia w dokumencie potwierdzonym oświadczeniem o prawdziwości, nie będąc szczerze przekonanym o jego prawdziwości, może zostać wszczęte postępowanie o obrazę sądu (contempt of court).
   *[organisation] Powód oświadcza, że fakty przedstawione w niniejszym uzasadnieniu pozwu są prawdziwe. Powód przyjmuje do wiadomości, że przeciwko każdemu, kto składa lub powoduje złożenie fałszywego oświadczenia w dokumencie potwierdzonym oświadczeniem o prawdziwości, nie będąc szczerze przekonanym o jego prawdziwości, może zostać wszczęte postępowanie o obrazę sądu (contempt of court). Jestem należycie upoważniony przez powoda do podpisania tego oświadczenia.
}
dated = Dnia { $date }
mcol-heading = Uzasadnienie dla Money Claim Online
mcol-intro = Money Claim Online przyjmuje uzasadnienie o długości najwyżej { $limit } znaków, łącznie ze spacjami. Ten tekst ma { $length } znaków; należy go wkleić bez zmian (jest w języku angielskim, w którym się go składa).
part-b = B. Wyliczenie roszczenia na dzień { $date } (załącznik do uzasadnienia)
calc-interest = { $basis ->
    [lpcda_1998] Odsetki ustawowe na podstawie ustawy z 1998 r.: odsetki zwykłe, przy 365 dniach w roku, w wysokości 8 punktów procentowych ponad Bank Rate z dnia 31 grudnia (gdy odsetki zaczynają biec między 1 stycznia a 30 czerwca) lub 30 czerwca (gdy zaczynają biec między 1 lipca a 31 grudnia), stałe dla każdego długu; od dnia następującego po terminie płatności do dnia { $end }.
    [county_courts_act_s69] Odsetki na podstawie sekcji 69 County Courts Act 1984, według uznania sądu: wyliczone jako odsetki zwykłe 8% w skali roku, przy 365 dniach w roku, od dnia następującego po terminie płatności do dnia { $end }.
   *[other] Odsetki umowne: odsetki zwykłe, przy 365 dniach w roku, od dnia następującego po terminie płatności do dnia { $end }.
}
calc-allocation = Wpłaty zaliczono na faktury wskazane przez pozwanego, a w braku wskazania na najdawniej wymagalny dług.
part-c = C. Wykaz dowodów
ex-contract = { $number ->
    [none] Umowa z dnia { $date } (kopia doręczana wraz z uzasadnieniem)
   *[other] Umowa nr { $number } z dnia { $date } (kopia doręczana wraz z uzasadnieniem)
}
ex-invoice = Faktura { $number } z dnia { $date }
ex-reminder = { $level ->
    [1] Przyjazne przypomnienie o płatności
    [2] Drugie przypomnienie o płatności
   *[3] Ostateczne przypomnienie przed krokami prawnymi
} wysłane dnia { $date }{ $how ->
    [email] {" "}e-mailem
    [letter] {" "}pocztą
    [none] {""}
   *[other] {""}
}
ex-pretrial = { $protocol ->
    [true] Wezwanie (Letter of Claim) zgodnie z Pre-Action Protocol for Debt Claims
   *[other] Wezwanie przedprocesowe (letter before claim)
} wysłane dnia { $date }{ $how ->
    [email] {" "}e-mailem
    [letter] {" "}pocztą
    [none] {""}
   *[other] {""}
}
ex-correspondence = Korespondencja z pozwanym (e-maile i notatki z rozmów telefonicznych)
ex-payments = Wyciągi bankowe potwierdzające otrzymane wpłaty
ex-statement = Wyliczenie roszczenia na dzień { $date } (część B)
part-d = D. Opłata sądowa i tryb small claims
d-fee-value = Wartość roszczenia dla opłaty
d-fee = Opłata od pozwu
d-limit = Limit trybu small claims
d-within = W granicach limitu
yes-no = { $value ->
    [true] tak
   *[other] **nie**
}
d-no-fee = Nie dochodzi się żadnej kwoty, więc opłata nie jest należna i pozwu nie należy wnosić.
d-fee-basis = Opłata od pozwu to opłata 1.1 z załącznika 1 do Civil Proceedings Fees Order 2008, liczona od dochodzonej kwoty wraz z odsetkami (powyżej £10 000: 5% roszczenia, co do pensa). Jeżeli pozwany wda się w spór i zostanie wyznaczona rozprawa, później płatna jest opłata od rozprawy.
d-track = Tryb small claims jest zwykłym trybem dla roszczeń nieprzekraczających £10 000 (CPR 26.9); przy ustalaniu wartości roszczenia dla przydziału do trybu pomija się odsetki i koszty.
d-mediation = Jeżeli pozwany wda się w spór, sprawa po złożeniu przez obie strony kwestionariuszy (directions questionnaires) jest automatycznie kierowana do bezpłatnej Small Claims Mediation Service (CPR 26.6 w brzmieniu zmienionym przez Practice Direction 51ZE, która zgodnie ze swoją treścią obowiązuje od 22 maja 2024 r. do 21 maja 2026 r.: należy sprawdzić na justice.gov.uk, czy została przedłużona lub zastąpiona). Nie dotyczy to pozwów wniesionych przez Online Civil Money Claims. Tam, gdzie ma zastosowanie, obie strony powinny uczestniczyć w godzinnym spotkaniu telefonicznym, a sąd może rozważyć sankcję wobec strony, która w nim nie uczestniczyła.
d-costs = W trybie small claims zwrot kosztów jest ograniczony (CPR 27.14): obejmuje opłatę sądową i kwoty stałe, a nie koszty zastępstwa prawnego.
d-over-limit = **Roszczenie przekracza limit trybu small claims** i zwykle zostanie skierowane do trybu fast track lub innego, w którym strona przegrywająca zwykle zwraca koszty zastępstwa prawnego drugiej strony. Przed wniesieniem pozwu należy zasięgnąć porady prawnej. Można ograniczyć roszczenie do limitu, lecz nadwyżka przepada bezpowrotnie.
part-e = E. Lista kontrolna
e-plan-running = Nie wnosić pozwu, dopóki porozumienie o ratach jest wykonywane (zob. ostrzeżenie powyżej).
e-pretrial-sent = { $protocol ->
    [true] Czynności przedprocesowe: wezwanie (Letter of Claim) zgodnie z Pre-Action Protocol for Debt Claims wysłano dnia { $date }. Należy sprawdzić, czy upłynęło 30 dni na odpowiedź; jeżeli wpłynął formularz odpowiedzi, rozważyć go; jeżeli pozwany poinformował o korzystaniu z doradztwa w sprawie zadłużenia, zapewnić mu czas wymagany przez protokół; jeżeli nie osiągnięto porozumienia, co najmniej 14 dni przed wniesieniem pozwu zawiadomić go o tym na piśmie.
   *[other] Czynności przedprocesowe: wezwanie przedprocesowe wysłano dnia { $date }. Należy sprawdzić, czy upłynął rozsądny czas na odpowiedź i czy rozważono alternatywne metody rozwiązania sporu.
}
e-pretrial-missing = { $protocol ->
    [true] Jeszcze nie zrobiono: należy wysłać wezwanie (Letter of Claim) zgodnie z Pre-Action Protocol for Debt Claims wraz z załącznikami i odczekać termin na odpowiedź.
   *[other] Jeszcze nie zrobiono: należy wysłać wezwanie przedprocesowe i odczekać rozsądny czas na odpowiedź.
}
e-dispute = { $consumer ->
    [true] Pozwany złożył reklamację (zob. część A). Należy upewnić się, że udzielono na nią odpowiedzi na piśmie, z informacją o alternatywnym rozwiązywaniu sporów, której przedsiębiorca musi udzielić konsumentowi ({ $regime ->
        [dmcca_2024] Digital Markets, Competition and Consumers Act 2024, część 4, rozdział 4; przed 6 kwietnia 2026 r. SI 2015/542, reg. 19
       *[adr_2015] SI 2015/542, reg. 19; od 6 kwietnia 2026 r. Digital Markets, Competition and Consumers Act 2024, część 4, rozdział 4
    }), i liczyć się z wdaniem się w spór: sąd rozważy uprawnienia konsumenta z Consumer Rights Act 2015.
   *[other] Pozwany złożył reklamację (zob. część A). Należy upewnić się, że udzielono na nią odpowiedzi na piśmie, i liczyć się z wdaniem się w spór.
}
e-dispute-promise = W wezwaniu (Letter of Claim) wysłanym dnia { $date } zapewniono Pozwanego, że pozew obejmujący sporną kwotę { $disputed } nie zostanie wniesiony, dopóki Powód nie odpowie na piśmie na jego odpowiedź, oraz że co najmniej 14 dni przed wszczęciem postępowania zostanie on o tym uprzedzony na piśmie. Przed wniesieniem powództwa należy upewnić się, że odpowiedź i uprzedzenie zostały wysłane i że upłynęło 14 dni. Całego długu należy dochodzić jednym powództwem: wytoczenie teraz powództwa o część bezsporną, a później drugiego o resztę, stanowiłoby niedopuszczalne rozdzielenie jednego roszczenia.
e-where = Pozew można wnieść przez internet (strona gov.uk/make-court-claim-for-money wskazuje, która usługa internetowa przyjmuje pozew o tej wartości) albo przesłać formularz N1 z uzasadnieniem do Civil National Business Centre, St Katharine's House, 21-27 St Katharine's Street, Northampton NN1 2LH. Pozwy skierowane do dawnego County Court Money Claims Centre są zwracane bez nadania biegu.
e-contract-copy = Kopię pisemnej Umowy należy dołączyć do uzasadnienia pozwu lub doręczyć wraz z nim (Practice Direction 16, punkt 7.3), wraz z fakturami.
e-name-defendant = Pozwanego należy oznaczyć prawidłowo: osobę fizyczną pełnym imieniem i nazwiskiem z tytułem (Mr, Mrs, Miss, Ms lub inny), a jeśli prowadzi działalność pod firmą — z dopiskiem „trading as” i nazwą firmy, spółkę jej zarejestrowaną nazwą i adresem siedziby.
e-fee = Należy uiścić opłatę od pozwu w kwocie { $fee }.
e-statement-of-truth = Oświadczenie o prawdziwości musi podpisać powód lub osoba upoważniona do podpisu w jego imieniu.
e-response = Po doręczeniu uzasadnienia pozwany ma 14 dni na odpowiedź albo 28 dni, jeżeli potwierdzi doręczenie (acknowledgment of service). Jeżeli nie odpowie, można wnieść o wyrok zaoczny (default judgment): odsetki zostaną w nim uwzględnione tylko dlatego, że część A podaje je zgodnie z CPR 16.4(2)(b) (CPR 12.6).
e-defended = Jeżeli pozwany wda się w spór: należy złożyć kwestionariusz, uczestniczyć w mediacji, uiścić opłatę od rozprawy na wezwanie i przynieść na rozprawę dowody z części C.
p-dispute = W dniu { $date } pozwany zakwestionował roszczenie{ $amount ->
    [none] {""}
   *[other] {" "}co do kwoty { $amount }
}{ $invoice ->
    [none] {""}
   *[other] {" "}z faktury { $invoice }
}: „{ $disputed }”.{ $evidence ->
    [none] {""}
   *[other] {" "}Powód powołuje się na: { $evidence }.
}{ $answered ->
    [none] {""}
   *[other] {" "}W wezwaniu do zapłaty (Letter of Claim) z dnia { $answered } powód stwierdził, że dochodzona kwota jest należna.
} Powód twierdzi, że dochodzona kwota jest należna.
p-void-rate = Umowa przewiduje odsetki za opóźnienie w wysokości { $rate } w skali roku. Nie jest to istotny środek ochrony na wypadek opóźnienia (substantial remedy) w rozumieniu sekcji 9(1) ustawy z 1998 r.; postanowienie to jest nieważne na podstawie sekcji 8(4)(a), a dług jest oprocentowany odsetkami ustawowymi na podstawie sekcji 4 ustawy z 1998 r.
e-online-particulars = Jeżeli pozew wnosi się przez internet ze skróconym uzasadnieniem, a doręcza pełne uzasadnienie powyżej, należy w formularzu internetowym zaznaczyć, że uzasadnienie (particulars of claim) zostanie doręczone osobno, doręczyć je wraz z kopią Umowy w ciągu 14 dni od doręczenia pozwu (CPR 7.4(1)(b)) i złożyć potwierdzenie doręczenia (certificate of service).
e-annex-1-contradicted = Sprawa odnotowuje, że do wezwania (Letter of Claim) wysłanego dnia { $date } dołączono urzędowe formularze z załącznika 1, lecz wezwanie w wysłanej postaci (jego zapis) zawierało własną stronę informacyjną i formularz odpowiedzi powoda. Przed wniesieniem pozwu należy potwierdzić, że urzędowy arkusz informacyjny i formularz odpowiedzi rzeczywiście znalazły się w kopercie; jeżeli nie, należy wysłać z nimi nowe wezwanie (kolejny plik sprawy dla tego samego długu: README, „Sent is sent”) i dać pozwanemu 30 dni na odpowiedź (Pre-Action Protocol for Debt Claims, punkt 3.1; Practice Direction – Pre-Action Conduct and Protocols, punkty 13–16).
e-annex-1-missing = Wezwanie (Letter of Claim) wysłane dnia { $date } nie jest odnotowane jako zawierające urzędowy arkusz informacyjny i formularz odpowiedzi z załącznika 1 do Pre-Action Protocol for Debt Claims (punkt 3.1); załączniki, które zawierało, były własnymi załącznikami powoda. Przed wniesieniem pozwu należy wysłać nowe wezwanie, datowane w dniu nadania, z urzędowymi formularzami z załącznika 1 (kolejny plik sprawy dla tego samego długu, z dzisiejszą datą: README, „Sent is sent”), i dać pozwanemu 30 dni na odpowiedź. W przeciwnym razie sąd może zawiesić postępowanie albo obniżyć zasądzone odsetki lub koszty (Practice Direction – Pre-Action Conduct and Protocols, punkty 13–16).
