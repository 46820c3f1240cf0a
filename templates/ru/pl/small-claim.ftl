## Pakiet dokumentów do sądu, Federacja Rosyjska: tekst polski (pisma składa się po rosyjsku; ten tekst jest podstawą tłumaczenia).
## $proc_kind: order (wniosek o nakaz sądowy) | claim (pozew) | arbitration (pozew do sądu polubownego).

title = Pakiet dokumentów do sądu
heading = { $proc_kind ->
    [arbitration] Pakiet dokumentów do sądu polubownego
   *[other] Pakiet dokumentów do sądu
}
packet-intro = Wierzyciel (powód): { $creditor }; dłużnik (pozwany): { $debtor }. Pakiet sporządzono według stanu na dzień { $date }; zawiera: { $route ->
    [order] wybór trybu, wniosek o wydanie nakazu sądowego (sudiebnyj prikaz), pozew na wypadek uchylenia nakazu lub odmowy przyjęcia wniosku o jego wydanie, wyliczenie roszczenia, opłatę skarbową i listę kontrolną.
    [arbitration] pozew do sądu polubownego, wyliczenie roszczenia i listę kontrolną.
   *[other] wybór trybu, pozew, wyliczenie roszczenia, opłatę skarbową i listę kontrolną.
}
warn-heading = Uwaga! Przed złożeniem pism:
warn-arbitration = Umowa zawiera zapis na sąd polubowny (klauzulę arbitrażową){ $venue ->
    [none] {""}
   *[other] : { $venue }
}. Sąd polubowny nie wydaje nakazu sądowego, a Kodeks postępowania arbitrażowego FR i przepisy o opłacie skarbowej nie mają zastosowania do postępowania przed sądem polubownym (ustawa federalna nr 382-FZ z 29.12.2015 „O arbitrażu (postępowaniu przed sądem polubownym) w Federacji Rosyjskiej”). Pozew wniesiony do sądu państwowego zostanie pozostawiony bez rozpoznania na wniosek pozwanego (art. 148 ust. 1 pkt 5 Kodeksu postępowania arbitrażowego FR). Dlatego poniżej zamieszczono pozew do sądu polubownego, a nie wniosek o nakaz sądowy; formę pozwu, opłatę arbitrażową i sposób jej uiszczenia należy sprawdzić w regulaminie instytucji arbitrażowej.
warn-consumer-court = dłużnik jest osobą fizyczną niebędącą przedsiębiorcą: spór należy do sądu powszechnego (sędziego pokoju lub sądu rejonowego), a nie do sądu arbitrażowego; należy poprawić nazwę sądu.
warn-no-pretrial = { $court ->
    [arbitrazh] brak informacji o wysłaniu wezwania przedsądowego: bez zachowania trybu reklamacyjnego (art. 4 ust. 5 Kodeksu postępowania arbitrażowego FR) pozew zostanie zwrócony lub pozostawiony bez rozpoznania.
   *[other] brak informacji o wysłaniu wezwania przedsądowego; należy je wysłać przed wystąpieniem do sądu.
}
warn-pretrial-wait = od wysłania wezwania przedsądowego nie upłynęło jeszcze { $days } { $count ->
    [one] dzień kalendarzowy
   *[other] dni kalendarzowych
}{ $court ->
    [arbitrazh] {" "}(art. 4 ust. 5 Kodeksu postępowania arbitrażowego FR): pozew wniesiony wcześniej zostanie zwrócony.
   *[other] .
}
warn-no-proof = w sprawie nie zapisano numeru nadania (ШПИ) wezwania przedsądowego: do pozwu należy dołączyć dowód nadania i raport śledzenia przesyłki.
warn-claim-court = wartość przedmiotu sporu ({ $value }) przekracza limit, do którego pozew rozpoznaje sędzia pokoju ({ $limit }; art. 23 ust. 1 pkt 4 Kodeksu postępowania cywilnego FR): pozew składa się do sądu rejonowego (miejskiego) właściwego dla miejsca zamieszkania pozwanego (art. 24 i 28), w przeciwnym razie zostanie zwrócony (art. 135 ust. 1 pkt 2). Wskazany w sprawie sędzia pokoju ({ $court_name }) rozpoznaje tylko wniosek o wydanie nakazu sądowego; nazwa sądu rejonowego w pozwie pozostała pusta — należy ją wpisać.
warn-claim-below-limit = wartość przedmiotu sporu ({ $value }) nie przekracza { $limit }: pozew należy do właściwości sędziego pokoju (art. 23 ust. 1 pkt 4 Kodeksu postępowania cywilnego FR), a nie sądu rejonowego; należy sprawdzić nazwę sądu.
warn-order-court = wniosek o wydanie nakazu sądowego rozpoznaje wyłącznie sędzia pokoju (art. 23 ust. 1 pkt 1 Kodeksu postępowania cywilnego FR), a w sprawie wskazano inny sąd: należy sprawdzić nazwę sądu.
warn-primary-mentioned = w opisie { $count ->
    [one] faktury
   *[other] faktur
} nr { $invoices } wymieniono dokument pierwotny ({ $descriptions }), którego nie zapisano w sprawie. { $court ->
    [arbitration] Należy dołączyć jego odpis do pozwu jako dowód wykonania.
    [arbitrazh] Jeżeli dłużnik go podpisał, składa się wniosek o wydanie nakazu sądowego (art. 229.2 pkt 1 Kodeksu postępowania arbitrażowego FR), a pozew może zostać zwrócony (art. 129 ust. 1 pkt 2.1); w każdym razie należy dołączyć jego odpis do wniosku jako dowód wykonania (art. 126 ust. 1 pkt 3).
   *[other] Jeżeli dłużnik go podpisał, składa się wniosek o wydanie nakazu sądowego (art. 121 i 122 Kodeksu postępowania cywilnego FR), a pozew może zostać zwrócony (art. 135 ust. 1 pkt 1.1); w każdym razie należy dołączyć jego odpis do wniosku jako dowód wykonania (art. 132).
}
route-heading = Tryb postępowania
route-court = { $court ->
    [arbitrazh] Spór między organizacjami (przedsiębiorcami) wynikający z działalności gospodarczej należy do właściwości sądów arbitrażowych (art. 27 i 28 Kodeksu postępowania arbitrażowego FR).
   *[other] Dłużnik jest osobą fizyczną, dlatego spór należy do sądów powszechnych (art. 22, 23 i 24 Kodeksu postępowania cywilnego FR); nakaz sądowy wydaje wyłącznie sędzia pokoju (art. 23 ust. 1 pkt 1 i art. 121).
}
route-order = Roszczenie nie przekracza limitu postępowania nakazowego ({ $limit }; { $court ->
    [arbitrazh] art. 229.2 pkt 1 Kodeksu postępowania arbitrażowego FR
   *[other] art. 121 Kodeksu postępowania cywilnego FR
}{ $edition }), wynika z umowy i opiera się na podpisanych przez dłużnika dokumentach ustalających zobowiązanie pieniężne ({ $documents }), a wierzycielowi nie jest znany spór o prawo. Dlatego najpierw składa się wniosek o wydanie nakazu sądowego (część 1).
route-order-fallback = Jeżeli dłużnik w terminie wniesie zastrzeżenia i nakaz zostanie uchylony ({ $court ->
    [arbitrazh] art. 229.5 ust. 4 Kodeksu postępowania arbitrażowego FR
   *[other] art. 129 Kodeksu postępowania cywilnego FR
}) albo sąd odmówi przyjęcia wniosku ({ $court ->
    [arbitrazh] art. 229.4 ust. 3 Kodeksu postępowania arbitrażowego FR
   *[other] art. 125 ust. 3 Kodeksu postępowania cywilnego FR
}), składa się pozew (część 2){ $simplified ->
    [true] ; przy wartości przedmiotu sporu do { $limit } sprawę rozpoznaje się w postępowaniu uproszczonym ({ $court ->
        [arbitrazh] art. 227 ust. 1 pkt 1 Kodeksu postępowania arbitrażowego FR
       *[other] art. 232.2 ust. 1 pkt 1 Kodeksu postępowania cywilnego FR
    }{ $edition })
   *[other] {""}{ $limit ->
       *[other] {""}
    }
}. Jeżeli wniosek zostanie zwrócony ({ $court ->
    [arbitrazh] art. 229.4 ust. 1 Kodeksu postępowania arbitrażowego FR
   *[other] art. 125 ust. 1 Kodeksu postępowania cywilnego FR
}), należy usunąć uchybienie i ponownie złożyć wniosek o wydanie nakazu sądowego ({ $court ->
    [arbitrazh] art. 229.4 ust. 2 Kodeksu postępowania arbitrażowego FR
   *[other] art. 125 ust. 2 Kodeksu postępowania cywilnego FR
}): w takim przypadku pozwu się nie składa. W razie uchylenia nakazu sądowego lub odmowy przyjęcia wniosku o jego wydanie opłatę skarbową uiszczoną od tego wniosku zalicza się na poczet opłaty od pozwu (art. 333.20 ust. 1 pkt 13 Kodeksu podatkowego FR); w razie zwrotu wniosku opłata podlega zwrotowi lub, na wniosek płatnika, zaliczeniu przy ponownym wniesieniu wniosku o wydanie nakazu sądowego (art. 333.40 ust. 1 pkt 2 i ust. 6 Kodeksu podatkowego FR).
route-no-order = Wniosku o wydanie nakazu sądowego nie składa się, ponieważ:
reason-over-limit = roszczenie ({ $value }) przekracza limit postępowania nakazowego ({ $limit }; { $court ->
    [arbitrazh] art. 229.2 pkt 1 Kodeksu postępowania arbitrażowego FR
   *[other] art. 121 Kodeksu postępowania cywilnego FR
}{ $edition }){ $end_form ->
    [true] .
   *[other] ;
}
reason-no-primary = { $reason_kind ->
    [unsigned_primary_docs] dokumenty źródłowe do { $count ->
        [one] faktury
       *[other] faktur
    } nr { $invoices } nie są podpisane przez dłużnika (albo nie zapisano tego w sprawie)
   *[other] w sprawie brak podpisanych przez dłużnika dokumentów źródłowych (protokół, UPD, list przewozowy TORG-12) do { $count ->
        [one] faktury
       *[other] faktur
    } nr { $invoices }
}: bez dokumentów ustalających zobowiązanie pieniężne wniosek o nakaz sądowy jest zwracany { $court ->
    [arbitrazh] (art. 229.2 pkt 1 i art. 229.4 Kodeksu postępowania arbitrażowego FR)
   *[other] (art. 122 i 125 Kodeksu postępowania cywilnego FR)
}{ $end_form ->
    [true] .
   *[other] ;
}
reason-disputed = dłużnik kwestionuje roszczenie ({ $disputed }): przy sporze o prawo odmawia się wydania nakazu sądowego { $court ->
    [arbitrazh] (art. 229.4 ust. 3 Kodeksu postępowania arbitrażowego FR)
   *[other] (art. 125 ust. 3 pkt 3 Kodeksu postępowania cywilnego FR)
}{ $end_form ->
    [true] .
   *[other] ;
}
route-claim = Składa się pozew (część 1){ $simplified ->
    [true] : wartość przedmiotu sporu nie przekracza { $limit }, więc sprawę rozpoznaje się w postępowaniu uproszczonym ({ $court ->
        [arbitrazh] art. 227 ust. 1 pkt 1 Kodeksu postępowania arbitrażowego FR
       *[other] art. 232.2 ust. 1 pkt 1 Kodeksu postępowania cywilnego FR
    }{ $edition })
   *[other] { $limit ->
        [none] {""}
       *[other] {" "}w trybie zwykłym: wartość przedmiotu sporu przekracza limit postępowania uproszczonego ({ $limit })
    }
}.
order-heading = Wniosek o wydanie nakazu sądowego (sudiebnyj prikaz)
claim-heading = { $proc_kind ->
    [arbitration] Pozew do sądu polubownego
   *[other] { $simplified ->
        [true] Pozew (postępowanie uproszczone)
       *[other] Pozew
    }
}
court-line = { $addr_kind ->
    [blank] **Do sądu rejonowego (miejskiego) { $name }** właściwego dla miejsca zamieszkania pozwanego (art. 24 i 28 Kodeksu postępowania cywilnego FR)
   *[other] { $proc_kind ->
        [arbitration] **Do instytucji arbitrażowej:** { $name }
       *[other] { $name_tr_form ->
            [none] **Do:** { $name }
           *[other] **Do: { $name_tr_form }** ({ $name })
        }
    }
}{ $court ->
   *[other] {""}
}
party-label = { $proc_kind ->
    [order] { $role_kind ->
        [creditor] Wnioskodawca (wierzyciel)
       *[other] Dłużnik
    }
   *[other] { $role_kind ->
        [creditor] Powód
       *[other] Pozwany
    }
}
party-acts = { $rep }
label-birth = Data i miejsce urodzenia: { $date }{ $place ->
    [none] {""}
   *[other] , { $place }
}
label-person-inn = INN: { $value }
label-person-id-blank = Identyfikator (SNILS, INN albo seria i numer paszportu): { $blank }
value-line = { $proc_kind ->
    [order] **Kwota roszczenia:** { $value } (słownie: { $words })
   *[other] **Wartość przedmiotu sporu:** { $value } (słownie: { $words })
}
duty-line = **Opłata skarbowa (gosposzlina):** { $duty }
order-title = Wniosek o wydanie nakazu sądowego o zapłatę długu z { $contract }
claim-title = Pozew o zapłatę długu z { $contract }
facts-heading = Stan faktyczny
facts-contract = { $proc_kind ->
    [order] Wnioskodawca ({ $creditor }) i Dłużnik ({ $debtor }) zawarli { $contract } (dalej: Umowa); przedmiot Umowy: „{ $subject }”.
   *[other] Powód ({ $creditor }) i Pozwany ({ $debtor }) zawarli { $contract } (dalej: Umowa); przedmiot Umowy: „{ $subject }”.
}
facts-performance = { $proc_kind ->
    [order] { $contract_kind ->
        [supply] Wnioskodawca dostarczył Dłużnikowi towar
        [supply_work] Wnioskodawca dostarczył Dłużnikowi towar i wykonał prace
       *[other] Wnioskodawca wykonał na rzecz Dłużnika prace (usługi)
    }
   *[other] { $contract_kind ->
        [supply] Powód dostarczył Pozwanemu towar
        [supply_work] Powód dostarczył Pozwanemu towar i wykonał prace
       *[other] Powód wykonał na rzecz Pozwanego prace (usługi)
    }
}{ $documents ->
    [none] {""}
   *[other] {" "}(dokumenty: { $documents })
} i wystawił następujące faktury:
facts-performance-proved = { $proc_kind ->
    [order] { $contract_kind ->
        [supply] Wnioskodawca dostarczył Dłużnikowi towar, co potwierdzają podpisane przez Dłużnika dokumenty: { $documents }. Wystawiono następujące faktury:
        [supply_work] Wnioskodawca dostarczył Dłużnikowi towar i wykonał prace, co potwierdzają podpisane przez Dłużnika dokumenty: { $documents }. Wystawiono następujące faktury:
       *[other] Wnioskodawca wykonał swoje zobowiązania, co potwierdzają podpisane przez Dłużnika dokumenty: { $documents }. Wystawiono następujące faktury:
    }
   *[other] { $contract_kind ->
        [supply] Powód dostarczył Pozwanemu towar, co potwierdzają podpisane przez Pozwanego dokumenty: { $documents }. Wystawiono następujące faktury:
        [supply_work] Powód dostarczył Pozwanemu towar i wykonał prace, co potwierdzają podpisane przez Pozwanego dokumenty: { $documents }. Wystawiono następujące faktury:
       *[other] Powód wykonał swoje zobowiązania, co potwierdzają podpisane przez Pozwanego dokumenty: { $documents }. Wystawiono następujące faktury:
    }
}
facts-roll = Termin płatności przypadający na dzień wolny od pracy przesuwa się na najbliższy dzień roboczy (art. 193 Kodeksu cywilnego FR); w wyliczeniu zastosowano przesunięte terminy.
payment-item = { $kind ->
    [advance] przedpłata (zaliczka) { $amount } na fakturę nr { $invoice } ({ $date })
    [full] zapłata { $amount } faktury nr { $invoice } ({ $date })
    [part] częściowa zapłata { $amount } faktury nr { $invoice } ({ $date })
   *[other] { $amount } ({ $date })
}
facts-payments = { $proc_kind ->
    [order] Dłużnik
   *[other] Pozwany
} dokonał { $count ->
    [one] następującej płatności
   *[other] następujących płatności
} na poczet umowy: { $payments }. Pozostała należność główna wynosi { $principal }.
facts-no-payments = { $proc_kind ->
    [order] Dłużnik
   *[other] Pozwany
} nic nie zapłacił; należność główna wynosi { $principal }.
facts-reminders = { $proc_kind ->
    [order] Wnioskodawca wysłał Dłużnikowi
   *[other] Powód wysłał Pozwanemu
} { $count ->
    [one] przypomnienie
   *[other] przypomnienia
} o zapłacie ({ $dates }).
facts-pretrial = W dniu { $date } { $proc_kind ->
    [order] Wnioskodawca wysłał Dłużnikowi
   *[other] Powód wysłał Pozwanemu
} wezwanie przedsądowe { $how } z żądaniem spłaty długu; żądanie nie zostało spełnione.
facts-pretrial-apk = Tryb przedsądowy (reklamacyjny) przewidziany w art. 4 ust. 5 Kodeksu postępowania arbitrażowego FR{ $negotiation ->
    [true] {" "}i w Umowie
   *[other] {""}
} został zachowany: od wysłania wezwania upłynęło ponad trzydzieści dni kalendarzowych.
facts-undisputed = Dłużnik nie zgłaszał zastrzeżeń co do długu; wnioskodawcy nie jest znany spór o prawo.
facts-disputed = Dłużnik zgłaszał zastrzeżenia co do długu (zob. „Tryb postępowania”).
grounds-heading = Podstawa prawna
grounds-309 = Zgodnie z art. 309 i 310 Kodeksu cywilnego Federacji Rosyjskiej zobowiązania należy wykonywać należycie, zgodnie z ich treścią; jednostronna odmowa wykonania zobowiązania jest niedopuszczalna.
grounds-order = { $court ->
    [arbitrazh] Zgodnie z art. 229.2 pkt 1 Kodeksu postępowania arbitrażowego FR{ $edition } nakaz sądowy wydaje się, jeżeli roszczenia wynikają z niewykonania lub nienależytego wykonania umowy i opierają się na przedstawionych przez wnioskodawcę dokumentach ustalających zobowiązania pieniężne, a wartość roszczeń nie przekracza { $limit }.
   *[other] Zgodnie z art. 121 i 122 Kodeksu postępowania cywilnego FR nakaz sądowy wydaje się na podstawie roszczenia opartego na czynności prawnej dokonanej w zwykłej formie pisemnej, jeżeli kwota do zasądzenia nie przekracza { $limit }.
}
grounds-venue = { $court ->
    [arbitrazh] { $venue_basis ->
        [contract] Właściwość: { $clause ->
            [none] w Umowie
           *[other] w pkt { $clause } Umowy
        } Strony uzgodniły rozpoznawanie sporów przez sąd: { $venue } (art. 37 Kodeksu postępowania arbitrażowego FR).{ $venue_prep_form ->
           *[other] {""}
        }
       *[other] Właściwość: sąd siedziby { $proc_kind ->
            [order] Dłużnika
           *[other] Pozwanego
        } (art. 35 Kodeksu postępowania arbitrażowego FR).{ $venue ->
           *[other] {""}
        }
    }
   *[other] { $venue_basis ->
        [contract] Właściwość: { $clause ->
            [none] w Umowie
           *[other] w pkt { $clause } Umowy
        } Strony uzgodniły rozpoznawanie sporów przez sąd: { $venue } (art. 32 Kodeksu postępowania cywilnego FR).
       *[other] Właściwość: sąd miejsca zamieszkania { $proc_kind ->
            [order] dłużnika (art. 28 i 123 Kodeksu postępowania cywilnego FR).
           *[other] pozwanego (art. 28 Kodeksu postępowania cywilnego FR).
        }{ $venue ->
           *[other] {""}
        }
    }
}
grounds-arbitration = Spór podlega rozstrzygnięciu w drodze arbitrażu (postępowania polubownego){ $venue ->
    [none] {""}
   *[other] {" "}według regulaminu instytucji arbitrażowej: { $venue },
} zgodnie z umową arbitrażową zawartą w { $clause ->
    [none] Umowie
   *[other] pkt { $clause } Umowy
} (art. 7 ustawy federalnej nr 382-FZ z 29.12.2015 „O arbitrażu (postępowaniu polubownym) w Federacji Rosyjskiej”).
grounds-simplified = Wartość przedmiotu sporu nie przekracza { $limit }, dlatego sprawa podlega rozpoznaniu w postępowaniu uproszczonym ({ $court ->
    [arbitrazh] art. 227 ust. 1 pkt 1 Kodeksu postępowania arbitrażowego FR
   *[other] art. 232.2 ust. 1 pkt 1 Kodeksu postępowania cywilnego FR
}{ $edition }).
request-heading = { $proc_kind ->
    [order] Na tej podstawie wnoszę o wydanie nakazu sądowego zasądzającego od Dłużnika ({ $debtor }) na rzecz Wnioskodawcy ({ $creditor }):
    [arbitration] Na tej podstawie wnoszę o zasądzenie od Pozwanego ({ $debtor }) na rzecz Powoda ({ $creditor }):
   *[other] Na tej podstawie wnoszę o zasądzenie od Pozwanego ({ $debtor }) na rzecz Powoda ({ $creditor }):
}
req-principal = należności głównej z Umowy — { $amount };
req-interest = { $basis_kind ->
    [penalty_per_day] kary umownej (peni)
    [gk_395] odsetek za korzystanie z cudzych środków pieniężnych (art. 395 Kodeksu cywilnego FR)
   *[other] odsetek za opóźnienie
} do dnia { $date } — { $amount };
req-further = { $basis_kind ->
    [penalty_per_day] kary umownej
    [gk_395] odsetek za korzystanie z cudzych środków pieniężnych
   *[other] odsetek
} naliczanych od należności głównej { $principal } (z uwzględnieniem jej zmniejszenia w razie zapłaty) od dnia następującego po { $date } do dnia faktycznej zapłaty;
req-fees = kary umownej (grzywny) — { $amount };
req-duty = zwrotu uiszczonej opłaty skarbowej — { $amount }.{ $proc_kind ->
   *[other] {""}
}
req-arbitration-costs = zwrotu opłaty arbitrażowej i innych kosztów postępowania arbitrażowego w wysokości określonej w regulaminie.
enclosures-heading = Załączniki
ex-contract = Kopia { $contract }{ $proc_kind ->
    [arbitration] {" "}(zawiera zapis na sąd polubowny)
   *[other] {""}
}
ex-invoice = Kopia faktury nr { $invoice } z dnia { $date }
ex-reminder = Kopia przypomnienia o zapłacie z dnia { $date }
ex-pretrial = Kopia wezwania przedsądowego z dnia { $date } oraz { $tracking ->
    [true] dowód nadania z raportem śledzenia przesyłki według numeru nadania
   *[other] dowód jego wysłania
}
ex-correspondence = Kopie korespondencji stron
ex-payments = Kopie poleceń przelewu częściowych wpłat
ex-statement = Wyliczenie roszczenia według stanu na dzień { $date }
ex-primary = Kopie dokumentów źródłowych: { $documents }
ex-duty = Dowód uiszczenia opłaty skarbowej
ex-egrul = Odpisy z jednolitego państwowego rejestru osób prawnych (EGRUL/EGRIP) dotyczące { $proc_kind ->
    [order] Wnioskodawcy i Dłużnika
   *[other] Powoda i Pozwanego
}
ex-copy-sent = Dowód wysłania { $proc_kind ->
    [order] Dłużnikowi odpisu wniosku o nakaz sądowy z załącznikami
   *[other] Pozwanemu odpisu pozwu z załącznikami
} ({ $court ->
    [arbitrazh] { $proc_kind ->
        [order] art. 229.3 ust. 3 i art. 126 ust. 1 pkt 1 Kodeksu postępowania arbitrażowego FR
       *[other] art. 126 ust. 1 pkt 1 Kodeksu postępowania arbitrażowego FR
    }
   *[other] { $proc_kind ->
        [order] art. 124 i 125 Kodeksu postępowania cywilnego FR w brzmieniu obowiązującym od 01.09.2024
       *[other] art. 132 pkt 6 Kodeksu postępowania cywilnego FR
    }
})
ex-poa = Kopia pełnomocnictwa
calc-heading = Wyliczenie roszczenia
calc-intro = Roszczenie według stanu na dzień { $date }:
duty-heading = Opłata skarbowa
duty-claim = Od pozwu o wartości przedmiotu sporu { $value } opłata skarbowa wynosi { $amount } ({ $court ->
    [arbitrazh] art. 333.21 ust. 1 pkt 1 Kodeksu podatkowego FR
   *[other] art. 333.19 ust. 1 pkt 1 Kodeksu podatkowego FR
}).
duty-order = Od wniosku o wydanie nakazu sądowego uiszcza się połowę tej opłaty: { $amount } ({ $court ->
    [arbitrazh] art. 333.21 ust. 1 Kodeksu podatkowego FR
   *[other] art. 333.19 ust. 1 pkt 2 Kodeksu podatkowego FR
}){ $route ->
    [order] .
   *[other] ; w tej sprawie wniosku o nakaz sądowy się nie składa.
}
checklist-heading = Lista kontrolna
chk-pretrial = { $ok ->
    [true] Tryb przedsądowy: wezwanie wysłane, termin na odpowiedź upłynął.
   *[other] **Tryb przedsądowy: wezwanie nie zostało wysłane lub termin na odpowiedź nie upłynął — należy poczekać.**
}{ $court ->
   *[other] {""}
}
chk-venue = { $court ->
    [arbitrazh] Właściwość: sąd wskazany w Umowie (art. 37 Kodeksu postępowania arbitrażowego FR); w braku takiego porozumienia — sąd arbitrażowy siedziby pozwanego (art. 35); należy sprawdzić nazwę sądu.
   *[other] Wniosek o nakaz sądowy składa się do sędziego pokoju (art. 23 ust. 1 pkt 1 i art. 123 Kodeksu postępowania cywilnego FR); pozew — do sędziego pokoju przy wartości przedmiotu sporu do { $limit } (art. 23 ust. 1 pkt 4), a przy wyższej — do sądu rejonowego (miejskiego) (art. 24); w obu przypadkach według miejsca zamieszkania pozwanego (art. 28), chyba że Umowa przewiduje inną właściwość (art. 32).
}{ $consumer ->
   *[other] {""}
}{ $route ->
   *[other] {""}
}
chk-consumer-ids = W przypadku dłużnika będącego osobą fizyczną należy podać datę i miejsce urodzenia oraz jeden z identyfikatorów (SNILS, INN, seria i numer paszportu), jeżeli są znane (art. 124 i 131 Kodeksu postępowania cywilnego FR).
chk-copy-first = Od 01.09.2024 przed złożeniem wniosku o nakaz sądowy należy wysłać dłużnikowi jego odpis z załącznikami i dołączyć do wniosku dowód wysłania: bez niego wniosek jest zwracany.
chk-filing = { $court ->
    [arbitrazh] Złożenie: elektronicznie przez system „Moj Arbitr” (my.arbitr.ru) lub w formie papierowej w biurze podawczym sądu.
   *[other] Złożenie: przez system GAS „Prawosudije” lub w formie papierowej w biurze podawczym sądu.
}
chk-duty = Należy uiścić opłatę skarbową i dołączyć dowód zapłaty.
chk-address = { $debtor_kind ->
    [consumer] Należy sprawdzić, czy wezwanie przedsądowe i odpisy wysłano na adres zameldowania dłużnika (miejsce zamieszkania lub pobytu) albo na adres wskazany przez niego w Umowie
   *[other] Należy sprawdzić, czy wezwanie przedsądowe i odpisy wysłano na adres dłużnika wpisany do rejestru (EGRUL/EGRIP)
}: wiadomość doręczona na ten adres uważa się za otrzymaną, nawet jeśli dłużnik jej nie odebrał (art. 165.1 Kodeksu cywilnego FR; pkt 63 uchwały Plenum Sądu Najwyższego FR nr 25 z 23.06.2015). Spis zawartości (formularz 107) sporządza się tylko dla listu wartościowego; dla listu poleconego dowodem wysłania jest potwierdzenie nadania z numerem nadania (ШПИ) i raport śledzenia.
chk-rate = { $basis_kind ->
    [gk_395] Należy przeliczyć odsetki na dzień złożenia pozwu według stopy kluczowej Banku Rosji.
    [penalty_per_day] Należy przeliczyć karę umowną (peni) na dzień złożenia pozwu według stawki z Umowy.
    [contractual] Należy przeliczyć odsetki na dzień złożenia pozwu według stopy z Umowy.
   *[other] Należy sprawdzić wyliczenie zadłużenia na dzień złożenia pozwu.
}
chk-moratorium-optout = Należy sprawdzić w Jednolitym federalnym rejestrze informacji o upadłości (EFRSB), czy dłużnik nie oświadczył, że rezygnuje ze stosowania moratorium z 01.04–01.10.2022 (art. 9.1 ust. 1 ustawy federalnej z 26.10.2002 nr 127-FZ o niewypłacalności (upadłości)): w takim przypadku { $basis_kind ->
    [penalty_per_day] kary umowne
   *[other] odsetki
} za ten okres są naliczane (pkt 7 uchwały Plenum Sądu Najwyższego FR z 24.12.2020 nr 44) i wyliczenie należy uzupełnić.
chk-egrul = Odpisy z EGRUL (EGRIP) wymieniono w załącznikach na wypadek, gdyby sąd ich zażądał: art. 126 ust. 1 pkt 4 Arbitrażowego kodeksu postępowania FR (kopie zaświadczeń o rejestracji) utracił moc z dniem 05.01.2024 (ustawa federalna z 25.12.2023 nr 667-FZ), a tego, czy obecne brzmienie art. 126 nadal wymaga odpisu, przy przygotowaniu pakietu nie sprawdzono — należy to sprawdzić przed wniesieniem.
chk-sign = Należy podpisać pismo (kierownik lub pełnomocnik) i dołączyć dokumenty z wykazu.
chk-arbitration-rules = Pozew składa się według regulaminu instytucji arbitrażowej wskazanej w zapisie na sąd polubowny: forma pozwu, liczba egzemplarzy, opłata arbitrażowa.
chk-arbitration-state-court = Nie należy występować do sądu państwowego: przy zapisie na sąd polubowny pozew zostanie pozostawiony bez rozpoznania na wniosek pozwanego (art. 148 ust. 1 pkt 5 Kodeksu postępowania arbitrażowego FR).

## Pozew w trybie zapasowym (po uchyleniu nakazu sądowego albo odmowie przyjęcia wniosku o jego
## wydanie; wniosek zwrócony składa się ponownie: fourth review, N1): third review, M1. Same legal points as ru/small-claim.ftl.
facts-order-history = Powód wystąpił z wnioskiem o wydanie nakazu sądowego o zapłatę tego długu. Postanowieniem { $blank } z dnia { $date } w sprawie nr { $number } nakaz sądowy z dnia { $date } został uchylony wskutek wniesienia przez Pozwanego sprzeciwu co do jego wykonania ({ $court ->
    [arbitrazh] art. 229.5 ust. 4 Kodeksu postępowania arbitrażowego FR
   *[other] art. 129 Kodeksu postępowania cywilnego FR
}) [albo: odmówiono przyjęcia wniosku o wydanie nakazu sądowego postanowieniem { $blank } z dnia { $date } ({ $court ->
    [arbitrazh] art. 229.4 ust. 3 Kodeksu postępowania arbitrażowego FR
   *[other] art. 125 ust. 3 Kodeksu postępowania cywilnego FR
})].
duty-line-credit = **Opłata skarbowa (gosposzlina):** { $duty }, w tym { $credit } uiszczone od wniosku o wydanie nakazu sądowego i podlegające zaliczeniu (art. 333.20 ust. 1 pkt 13 Kodeksu podatkowego FR)
ex-order-ruling = Odpis postanowienia o uchyleniu nakazu sądowego (o odmowie przyjęcia wniosku o jego wydanie) z dnia { $date }
chk-order-first = Pozew (sekcja 2) można wnieść dopiero po uchyleniu nakazu sądowego albo po odmowie przyjęcia wniosku o jego wydanie; należy dołączyć do pozwu odpis postanowienia i wpisać w pozwie jego dane. Jeżeli wniosek został zwrócony, należy złożyć go ponownie po usunięciu uchybienia ({ $court ->
    [arbitrazh] art. 229.4 ust. 2 Kodeksu postępowania arbitrażowego FR
   *[other] art. 125 ust. 2 Kodeksu postępowania cywilnego FR
}): pozew wniesiony w takim przypadku zostaje zwrócony, ponieważ żądanie podlega rozpoznaniu w postępowaniu nakazowym ({ $court ->
    [arbitrazh] art. 129 ust. 1 pkt 2.1 Kodeksu postępowania arbitrażowego FR
   *[other] art. 135 ust. 1 pkt 1.1 Kodeksu postępowania cywilnego FR
}).
