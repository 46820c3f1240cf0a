## Court packet, Russian Federation: English wording (the filings are made in Russian; this text is the basis for them).
## $proc_kind: order (application for a court order) | claim (statement of claim) | arbitration (claim to an arbitral tribunal).

title = Court packet
heading = { $proc_kind ->
    [arbitration] Packet for a claim before an arbitral tribunal
   *[other] Packet for going to court
}
packet-intro = Claimant (applicant): { $creditor }; defendant (debtor): { $debtor }. The packet is drawn up as at { $date } and contains: { $route ->
    [order] the choice of procedure, an application for a court order (sudebny prikaz), a statement of claim for use if the order is cancelled or acceptance of the application for it is refused, the calculation of the claim, the state duty and a filing checklist.
    [arbitration] a statement of claim to the arbitral tribunal, the calculation of the claim and a filing checklist.
   *[other] the choice of procedure, a statement of claim, the calculation of the claim, the state duty and a filing checklist.
}
warn-heading = Warning: before filing, note the following:
warn-arbitration = The Contract contains an arbitration agreement (arbitration clause){ $venue ->
    [none] {""}
   *[other] : { $venue }
}. An arbitral tribunal issues no court order (sudebny prikaz), and neither the Arbitrazh Procedure Code nor the rules on state duty apply to arbitration (Federal Law No. 382-FZ of 29 December 2015 "On Arbitration (Arbitral Proceedings) in the Russian Federation"). A claim brought in a state court would be left without consideration on the defendant's application (Arbitrazh Procedure Code, Article 148(1)(5)). The packet therefore contains a statement of claim to the arbitral tribunal, not an application for a court order; check the form of the claim, the arbitration fee and how to pay it in the rules of the arbitral institution.
warn-consumer-court = the debtor is a private individual, not a business: the dispute belongs to a court of general jurisdiction (a justice of the peace or a district court), not to an arbitrazh court; correct the name of the court.
warn-no-pretrial = { $court ->
    [arbitrazh] no pre-trial claim (pretenziya) is recorded as sent: without the pre-trial procedure (Arbitrazh Procedure Code, Article 4(5)) the claim will be returned or left without consideration.
   *[other] no pre-trial claim is recorded as sent; send one before going to court.
}
warn-pretrial-wait = { $days } calendar { $count ->
    [one] day has
   *[other] days have
} not yet passed since the pre-trial claim was sent{ $court ->
    [arbitrazh] {" "}(Arbitrazh Procedure Code, Article 4(5)): a claim filed earlier will be returned.
   *[other] .
}
warn-no-proof = the case records no postal tracking number (ShPI) for the pre-trial claim: attach the postal receipt and the tracking report to the claim.
warn-claim-court = the claim value ({ $value }) exceeds the limit up to which a justice of the peace hears a claim ({ $limit }; Civil Procedure Code, Article 23(1)(4)): the statement of claim goes to the district (city) court of the defendant's place of residence (Articles 24 and 28), otherwise it is returned (Article 135(1)(2)). The justice of the peace named in the case ({ $court_name }) hears only the application for a court order; the name of the district court is left blank in the statement of claim — fill it in.
warn-claim-below-limit = the claim value ({ $value }) does not exceed { $limit }: the claim belongs to a justice of the peace (Civil Procedure Code, Article 23(1)(4)), not to the district court; check the name of the court.
warn-order-court = only a justice of the peace hears an application for a court order (Civil Procedure Code, Article 23(1)(1)), and the case names another court: check the name of the court.
warn-primary-mentioned = the description of { $count ->
    [one] invoice
   *[other] invoices
} No. { $invoices } names a primary document ({ $descriptions }) that the case does not record. { $court ->
    [arbitration] Attach a copy to the claim as proof of performance.
    [arbitrazh] If the debtor signed it, an application for a court order is filed (Arbitrazh Procedure Code, Article 229.2(1)), and a statement of claim may be returned (Article 129(1)(2.1)); either way attach a copy to the application as proof of performance (Article 126(1)(3)).
   *[other] If the debtor signed it, an application for a court order is filed (Civil Procedure Code, Articles 121 and 122), and a statement of claim may be returned (Article 135(1)(1.1)); either way attach a copy to the application as proof of performance (Article 132).
}
route-heading = Which procedure
route-court = { $court ->
    [arbitrazh] A dispute between organisations (entrepreneurs) arising from business activity belongs to the arbitrazh courts (Arbitrazh Procedure Code, Articles 27 and 28).
   *[other] The debtor is a private individual, so the dispute belongs to the courts of general jurisdiction (Civil Procedure Code, Articles 22, 23 and 24); only a justice of the peace issues a court order (Article 23(1)(1) and Article 121).
}
route-order = The claim does not exceed the court-order limit ({ $limit }; { $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 229.2(1)
   *[other] Civil Procedure Code, Article 121
}{ $edition }), arises from a contract and rests on documents signed by the debtor that establish the money obligation ({ $documents }), and the creditor knows of no dispute about the right. The application for a court order (section 1) is therefore filed first.
route-order-fallback = If the debtor objects in time and the order is cancelled ({ $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 229.5(4)
   *[other] Civil Procedure Code, Article 129
}) or acceptance of the application is refused ({ $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 229.4(3)
   *[other] Civil Procedure Code, Article 125(3)
}), the statement of claim (section 2) is filed{ $simplified ->
    [true] ; with a claim value up to { $limit } the case is heard under the simplified procedure ({ $court ->
        [arbitrazh] Arbitrazh Procedure Code, Article 227(1)(1)
       *[other] Civil Procedure Code, Article 232.2(1)(1)
    }{ $edition })
   *[other] {""}{ $limit ->
       *[other] {""}
    }
}. If the application is returned ({ $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 229.4(1)
   *[other] Civil Procedure Code, Article 125(1)
}), cure the defect and file the application for a court order again ({ $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 229.4(2)
   *[other] Civil Procedure Code, Article 125(2)
}): no statement of claim is filed in that case. If the court order is cancelled or acceptance of the application for it is refused, the state duty paid for that application counts towards the duty for the statement of claim (Tax Code, Article 333.20(1)(13)); if the application is returned, the duty is refunded or, on the payer's application, credited when the application for a court order is filed again (Tax Code, Article 333.40(1)(2) and (6)).
route-no-order = No application for a court order is made, because:
reason-over-limit = the claim ({ $value }) exceeds the court-order limit ({ $limit }; { $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 229.2(1)
   *[other] Civil Procedure Code, Article 121
}{ $edition }){ $end_form ->
    [true] .
   *[other] ;
}
reason-no-primary = { $reason_kind ->
    [unsigned_primary_docs] the primary documents for { $count ->
        [one] invoice
       *[other] invoices
    } No. { $invoices } are not signed by the debtor (or the case does not record it)
   *[other] the case holds no primary documents (certificate of completion, UPD, TORG-12 consignment note) signed by the debtor for { $count ->
        [one] invoice
       *[other] invoices
    } No. { $invoices }
}: without documents that establish the money obligation, an application for a court order is returned { $court ->
    [arbitrazh] (Arbitrazh Procedure Code, Article 229.2(1) and Article 229.4)
   *[other] (Civil Procedure Code, Articles 122 and 125)
}{ $end_form ->
    [true] .
   *[other] ;
}
reason-disputed = the debtor disputes the claim ({ $disputed }): where there is a dispute about the right, a court order is refused { $court ->
    [arbitrazh] (Arbitrazh Procedure Code, Article 229.4(3))
   *[other] (Civil Procedure Code, Article 125(3)(3))
}{ $end_form ->
    [true] .
   *[other] ;
}
route-claim = A statement of claim is filed (section 1){ $simplified ->
    [true] : the claim value does not exceed { $limit }, so the case is heard under the simplified procedure ({ $court ->
        [arbitrazh] Arbitrazh Procedure Code, Article 227(1)(1)
       *[other] Civil Procedure Code, Article 232.2(1)(1)
    }{ $edition })
   *[other] { $limit ->
        [none] {""}
       *[other] {" "}under the general procedure: the claim value exceeds the simplified-procedure limit ({ $limit })
    }
}.
order-heading = Application for a court order (sudebny prikaz)
claim-heading = { $proc_kind ->
    [arbitration] Statement of claim to the arbitral tribunal
   *[other] { $simplified ->
        [true] Statement of claim (simplified procedure)
       *[other] Statement of claim
    }
}
court-line = { $addr_kind ->
    [blank] **To the { $name } District (City) Court** of the defendant's place of residence (Civil Procedure Code, Articles 24 and 28)
   *[other] { $proc_kind ->
        [arbitration] **To the arbitral institution:** { $name }
       *[other] { $name_tr_form ->
            [none] **To:** { $name }
           *[other] **To the { $name_tr_form }** ({ $name })
        }
    }
}{ $court ->
   *[other] {""}
}
party-label = { $proc_kind ->
    [order] { $role_kind ->
        [creditor] Applicant (creditor)
       *[other] Debtor
    }
   *[other] { $role_kind ->
        [creditor] Claimant
       *[other] Defendant
    }
}
party-acts = { $rep }
label-birth = Date and place of birth: { $date }{ $place ->
    [none] {""}
   *[other] , { $place }
}
label-person-inn = INN: { $value }
label-person-id-blank = Identifier (SNILS, INN or passport series and number): { $blank }
value-line = { $proc_kind ->
    [order] **Amount claimed:** { $value } ({ $words })
   *[other] **Value of the claim:** { $value } ({ $words })
}
duty-line = **State duty:** { $duty }
order-title = Application for a court order to recover the debt under { $contract }
claim-title = Statement of claim to recover the debt under { $contract }
facts-heading = Facts
facts-contract = { $proc_kind ->
    [order] The Applicant ({ $creditor }) and the Debtor ({ $debtor }) concluded { $contract } (the "Contract"); subject of the Contract: "{ $subject }".
   *[other] The Claimant ({ $creditor }) and the Defendant ({ $debtor }) concluded { $contract } (the "Contract"); subject of the Contract: "{ $subject }".
}
facts-performance = { $proc_kind ->
    [order] { $contract_kind ->
        [supply] The Applicant delivered the goods to the Debtor
        [supply_work] The Applicant delivered the goods to the Debtor and performed the works
       *[other] The Applicant performed the work (services) for the Debtor
    }
   *[other] { $contract_kind ->
        [supply] The Claimant delivered the goods to the Defendant
        [supply_work] The Claimant delivered the goods to the Defendant and performed the works
       *[other] The Claimant performed the work (services) for the Defendant
    }
}{ $documents ->
    [none] {""}
   *[other] {" "}(documents: { $documents })
} and issued the following invoices:
facts-performance-proved = { $proc_kind ->
    [order] { $contract_kind ->
        [supply] The Applicant delivered the goods to the Debtor, as shown by documents signed by the Debtor: { $documents }. The following invoices were issued:
        [supply_work] The Applicant delivered the goods to the Debtor and performed the works, as shown by documents signed by the Debtor: { $documents }. The following invoices were issued:
       *[other] The Applicant performed its obligations, as shown by documents signed by the Debtor: { $documents }. The following invoices were issued:
    }
   *[other] { $contract_kind ->
        [supply] The Claimant delivered the goods to the Defendant, as shown by documents signed by the Defendant: { $documents }. The following invoices were issued:
        [supply_work] The Claimant delivered the goods to the Defendant and performed the works, as shown by documents signed by the Defendant: { $documents }. The following invoices were issued:
       *[other] The Claimant performed its obligations, as shown by documents signed by the Defendant: { $documents }. The following invoices were issued:
    }
}
facts-roll = A due date falling on a non-working day moves to the next working day (Civil Code, Article 193); the calculation uses the moved dates.
payment-item = { $kind ->
    [advance] prepayment (advance) of { $amount } on invoice No. { $invoice } ({ $date })
    [full] payment of { $amount } on invoice No. { $invoice } ({ $date })
    [part] part payment of { $amount } on invoice No. { $invoice } ({ $date })
   *[other] { $amount } ({ $date })
}
facts-payments = The { $proc_kind ->
    [order] Debtor
   *[other] Defendant
} made { $count ->
    [one] this payment
   *[other] these payments
} under the Contract: { $payments }. The principal outstanding is { $principal }.
facts-no-payments = The { $proc_kind ->
    [order] Debtor
   *[other] Defendant
} has paid nothing; the principal is { $principal }.
facts-reminders = The { $proc_kind ->
    [order] Applicant sent the Debtor
   *[other] Claimant sent the Defendant
} { $count ->
    [one] a payment reminder
   *[other] payment reminders
} ({ $dates }).
facts-pretrial = On { $date } the { $proc_kind ->
    [order] Applicant sent the Debtor
   *[other] Claimant sent the Defendant
} a pre-trial claim { $how } demanding payment of the debt; it has not been met.
facts-pretrial-apk = The pre-trial procedure of Article 4(5) of the Arbitrazh Procedure Code{ $negotiation ->
    [true] {" "}and of the Contract
   *[other] {""}
} has been complied with: more than thirty calendar days have passed since the claim was sent.
facts-undisputed = The Debtor has raised no objection to the debt; the Applicant knows of no dispute about the right.
facts-disputed = The Debtor has objected to the debt (see "Which procedure").
grounds-heading = Legal grounds
grounds-309 = Under Articles 309 and 310 of the Civil Code of the Russian Federation obligations must be performed properly and in accordance with their terms; unilateral refusal to perform is not allowed.
grounds-order = { $court ->
    [arbitrazh] Under Article 229.2(1) of the Arbitrazh Procedure Code{ $edition } a court order is issued where the claims arise from non-performance or improper performance of a contract and rest on documents submitted by the applicant that establish money obligations, and the claim does not exceed { $limit }.
   *[other] Under Articles 121 and 122 of the Civil Procedure Code a court order is issued on a claim based on a transaction made in simple written form where the sum to be recovered does not exceed { $limit }.
}
grounds-venue = { $court ->
    [arbitrazh] { $venue_basis ->
        [contract] Jurisdiction: { $clause ->
            [none] in the Contract
           *[other] in clause { $clause } of the Contract
        } the parties agreed that disputes are heard by the { $venue } (Arbitrazh Procedure Code, Article 37).{ $venue_prep_form ->
           *[other] {""}
        }
       *[other] Jurisdiction: the court of the { $proc_kind ->
            [order] Debtor's
           *[other] Defendant's
        } location (Arbitrazh Procedure Code, Article 35).{ $venue ->
           *[other] {""}
        }
    }
   *[other] { $venue_basis ->
        [contract] Jurisdiction: { $clause ->
            [none] in the Contract
           *[other] in clause { $clause } of the Contract
        } the parties agreed that disputes are heard by the court: { $venue } (Civil Procedure Code, Article 32).
       *[other] Jurisdiction: the court of the { $proc_kind ->
            [order] debtor's place of residence (Civil Procedure Code, Articles 28 and 123).
           *[other] defendant's place of residence (Civil Procedure Code, Article 28).
        }{ $venue ->
           *[other] {""}
        }
    }
}
grounds-arbitration = The dispute is to be resolved by arbitration{ $venue ->
    [none] {""}
   *[other] {" "}under the rules of the arbitral institution: { $venue },
} in accordance with the arbitration agreement in { $clause ->
    [none] the Contract
   *[other] clause { $clause } of the Contract
} (Article 7 of Federal Law No. 382-FZ of 29 December 2015 "On Arbitration (Arbitral Proceedings) in the Russian Federation").
grounds-simplified = The claim value does not exceed { $limit }, so the case is to be heard under the simplified procedure ({ $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 227(1)(1)
   *[other] Civil Procedure Code, Article 232.2(1)(1)
}{ $edition }).
request-heading = { $proc_kind ->
    [order] On these grounds I ask the court to issue a court order recovering from the Debtor ({ $debtor }) for the Applicant ({ $creditor }):
    [arbitration] On these grounds I ask the tribunal to award against the Defendant ({ $debtor }) in favour of the Claimant ({ $creditor }):
   *[other] On these grounds I ask the court to recover from the Defendant ({ $debtor }) for the Claimant ({ $creditor }):
}
req-principal = the principal under the Contract — { $amount };
req-interest = { $basis_kind ->
    [penalty_per_day] the contractual penalty (peni)
    [gk_395] interest for the use of another's money (Civil Code, Article 395)
   *[other] interest for late payment
} to { $date } — { $amount };
req-further = { $basis_kind ->
    [penalty_per_day] the penalty
    [gk_395] interest for the use of another's money
   *[other] interest
} accruing on the principal of { $principal } (as reduced by any payment) from the day after { $date } until the debt is actually paid;
req-fees = the contractual fine — { $amount };
req-duty = the state duty paid — { $amount }.{ $proc_kind ->
   *[other] {""}
}
req-arbitration-costs = the arbitration fee and other costs of the arbitration, in the amount set by the arbitration rules.
enclosures-heading = Enclosures
ex-contract = Copy of { $contract }{ $proc_kind ->
    [arbitration] {" "}(containing the arbitration agreement)
   *[other] {""}
}
ex-invoice = Copy of invoice No. { $invoice } of { $date }
ex-reminder = Copy of the payment reminder of { $date }
ex-pretrial = Copy of the pre-trial claim of { $date } and { $tracking ->
    [true] the postal receipt with the tracking report for its tracking number
   *[other] proof that it was sent
}
ex-correspondence = Copies of the parties' correspondence
ex-payments = Copies of the payment orders for the part payments
ex-statement = Calculation of the claim as at { $date }
ex-primary = Copies of the primary documents: { $documents }
ex-duty = Proof of payment of the state duty
ex-egrul = Extracts from the Unified State Register of Legal Entities (EGRUL/EGRIP) for the { $proc_kind ->
    [order] Applicant and the Debtor
   *[other] Claimant and the Defendant
}
ex-copy-sent = Proof that a copy of the { $proc_kind ->
    [order] application for a court order and its enclosures was sent to the Debtor
   *[other] statement of claim and its enclosures was sent to the Defendant
} ({ $court ->
    [arbitrazh] { $proc_kind ->
        [order] Arbitrazh Procedure Code, Article 229.3(3) and Article 126(1)(1)
       *[other] Arbitrazh Procedure Code, Article 126(1)(1)
    }
   *[other] { $proc_kind ->
        [order] Civil Procedure Code, Articles 124 and 125 as in force from 1 September 2024
       *[other] Civil Procedure Code, Article 132(6)
    }
})
ex-poa = Copy of the representative's power of attorney
calc-heading = Calculation of the claim
calc-intro = The claim as at { $date }:
duty-heading = State duty
duty-claim = For a statement of claim with a value of { $value } the state duty is { $amount } ({ $court ->
    [arbitrazh] Tax Code of the Russian Federation, Article 333.21(1)(1)
   *[other] Tax Code of the Russian Federation, Article 333.19(1)(1)
}).
duty-order = For an application for a court order half of that duty is paid: { $amount } ({ $court ->
    [arbitrazh] Tax Code, Article 333.21(1)
   *[other] Tax Code, Article 333.19(1)(2)
}){ $route ->
    [order] .
   *[other] ; in this case no application for a court order is made.
}
checklist-heading = Filing checklist
chk-pretrial = { $ok ->
    [true] Pre-trial procedure: the claim was sent and the time to reply has passed.
   *[other] **Pre-trial procedure: the claim has not been sent or the time to reply has not passed — wait until it has.**
}{ $court ->
   *[other] {""}
}
chk-venue = { $court ->
    [arbitrazh] Jurisdiction: the court named in the Contract (Arbitrazh Procedure Code, Article 37); without such an agreement, the arbitrazh court of the defendant's location (Article 35); check the name of the court.
   *[other] An application for a court order goes to a justice of the peace (Civil Procedure Code, Article 23(1)(1) and Article 123); a claim goes to a justice of the peace for a value up to { $limit } (Article 23(1)(4)) and above that to the district (city) court (Article 24); in both cases at the defendant's place of residence (Article 28), unless the Contract agrees another court (Article 32).
}{ $consumer ->
   *[other] {""}
}{ $route ->
   *[other] {""}
}
chk-consumer-ids = For an individual debtor give the date and place of birth and one identifier (SNILS, INN, passport series and number) if known (Civil Procedure Code, Articles 124 and 131).
chk-copy-first = Since 1 September 2024, before filing an application for a court order send the debtor a copy with its enclosures and attach proof of sending: without it the application is returned.
chk-filing = { $court ->
    [arbitrazh] Filing: electronically through "My Arbitr" (my.arbitr.ru) or on paper at the court registry.
   *[other] Filing: through GAS "Pravosudie" or on paper at the court registry.
}
chk-duty = Pay the state duty and attach the payment document.
chk-address = { $debtor_kind ->
    [consumer] Check that the pre-trial claim and the copies went to the debtor's registered address of residence (or stay) or to the address the debtor gave in the Contract
   *[other] Check that the pre-trial claim and the copies went to the debtor's address in the register (EGRUL/EGRIP)
}: a message delivered there counts as received even if the debtor did not collect it (Civil Code, Article 165.1; Resolution of the Plenum of the Supreme Court No. 25 of 23 June 2015, point 63). A list of contents (form 107) exists only for a declared-value letter; for a registered letter the proof is the receipt with the postal tracking number (ShPI) and the tracking report.
chk-rate = { $basis_kind ->
    [gk_395] Recompute the interest to the filing date at the Bank of Russia key rate.
    [penalty_per_day] Recompute the contractual penalty (peni) to the filing date at the Contract rate.
    [contractual] Recompute the interest to the filing date at the Contract rate.
   *[other] Check the calculation of the debt on the filing date.
}
chk-moratorium-optout = Check the Unified Federal Register of Bankruptcy Information (EFRSB) for whether the debtor declared that it opted out of the moratorium of 01.04–01.10.2022 (Federal Law No. 127-FZ of 26.10.2002 on Insolvency (Bankruptcy), Article 9.1(1)): if so, { $basis_kind ->
    [penalty_per_day] the penalty
   *[other] interest
} accrues for that period (Resolution of the Plenum of the Supreme Court No. 44 of 24.12.2020, point 7) and the calculation must be completed.
chk-egrul = The extracts from the EGRUL (EGRIP) are listed among the enclosures in case the court asks for them: Article 126(1)(4) of the Arbitrazh Procedure Code (copies of registration certificates) was repealed from 05.01.2024 (Federal Law No. 667-FZ of 25.12.2023), and whether the current wording of Article 126 still requires an extract was not checked when this packet was prepared — check it before filing.
chk-sign = Sign the application (the head of the organisation or an attorney) and attach the documents listed.
chk-arbitration-rules = File the claim under the rules of the arbitral institution named in the arbitration agreement: form of the claim, number of copies, arbitration fee.
chk-arbitration-state-court = Do not go to a state court: with an arbitration agreement the claim would be left without consideration on the defendant's application (Arbitrazh Procedure Code, Article 148(1)(5)).

## The claim on the fallback route (after the court order is cancelled, or the application
## for it is refused; a returned application is filed again: fourth review, N1): third review, M1. Same legal points as ru/small-claim.ftl.
facts-order-history = The Claimant applied for a court order to recover this debt. By the ruling of { $blank } of { $date } in case No. { $number } the court order of { $date } was cancelled because the Defendant objected to its enforcement ({ $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 229.5(4)
   *[other] Civil Procedure Code, Article 129
}) [or: acceptance of the application for a court order was refused by the ruling of { $blank } of { $date } ({ $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 229.4(3)
   *[other] Civil Procedure Code, Article 125(3)
})].
duty-line-credit = **State duty:** { $duty }, including { $credit } paid for the application for a court order, to be credited (Tax Code, Article 333.20(1)(13))
ex-order-ruling = Copy of the ruling cancelling the court order (refusing to accept the application for it) of { $date }
chk-order-first = The statement of claim (section 2) may be filed only after the court order is cancelled or acceptance of the application for it is refused; attach a copy of the ruling to the claim and fill in its details. If the application is returned, file it again once the defect is cured ({ $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 229.4(2)
   *[other] Civil Procedure Code, Article 125(2)
}): a statement of claim filed in that case is returned, because the claim belongs in court-order proceedings ({ $court ->
    [arbitrazh] Arbitrazh Procedure Code, Article 129(1)(2.1)
   *[other] Civil Procedure Code, Article 135(1)(1.1)
}).
