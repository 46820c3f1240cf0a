"""`new CASE --jurisdiction J`: a commented starter case file that validates as written."""

from __future__ import annotations

import argparse
import re
import sys

from generator.case.schema import CASE_ID

# Per jurisdiction: currency, default language, and sample parties in local form. ID and
# account numbers are placeholders that pass their check digits (IBANs: the registry's
# examples); replace them with your own.
STARTERS = {
    "UK": ("GBP", "en", "Your Business Ltd", ["1 High Street", "London", "EC1A 1AA"], '{"Company No.": "01234567"}',
           "Client Ltd", ["2 Market Square", "Leeds", "LS1 1AA"], "12-34-56 12345678", "County Court Money Claims Centre"),
    "PL": ("PLN", "pl", "Twoja Firma sp. z o.o.", ["ul. Przykładowa 1", "00-001 Warszawa"], '{NIP: "0000000000"}',
           "Klient sp. z o.o.", ["ul. Testowa 2", "30-001 Kraków"], "PL61 1090 1014 0000 0712 1981 2874",
           "Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie"),
    "RU": ("RUB", "ru", "ООО «Ваша компания»", ["ул. Примерная, д. 1", "101000 Москва"], '{ИНН: "0000000000"}',
           "ООО «Клиент»", ["ул. Тестовая, д. 2", "190000 Санкт-Петербург"], "40702810000000000000",
           "Арбитражный суд города Москвы"),
    "IL": ("ILS", "he", "העסק שלך", ["רחוב הדוגמה 1", "תל אביב-יפו"], '{עוסק מורשה: "000000018"}',
           'הלקוח בע"מ', ["רחוב הבדיקה 2", "חיפה"], "IL62 0108 0000 0009 9999 999",
           "בית המשפט לתביעות קטנות בתל אביב-יפו"),
}


def starter_text(case_id: str, jurisdiction: str, languages: list[str]) -> str:
    currency, _, cname, caddr, cids, dname, daddr, account, court = STARTERS[jurisdiction]
    interest = "contractual\n    rate_percent: \"8\"      # per year" if jurisdiction == "IL" else "statutory"
    quote = lambda items: "[" + ", ".join(f'"{i}"' for i in items) + "]"  # noqa: E731
    return f"""# yaml-language-server: $schema=case.schema.json
# Starter case: replace every value, then run `make letters`. Field reference:
# README.md ("The case file"). Amounts are quoted decimal strings; dates are YYYY-MM-DD.
case: {case_id}                 # equals this file's name without .yaml
jurisdiction: {jurisdiction}                    # UK (England and Wales) | PL | RU | IL
languages: [{", ".join(languages)}]             # en | pl | ru | he
currency: {currency}

creditor:                           # you
  name: '{cname}'
  kind: business                    # business | consumer
  address: {quote(caddr)}
  ids: {cids}
  email: you@example.com
  bank_account: "{account}"        # or bank: {{iban: ...}}; see README
  representative: {{name: "Your Name", role: director}}   # who signs; role and basis: see README

debtor:                             # your client
  name: '{dname}'
  kind: business                    # a consumer gets different rules and letters
  address: {quote(daddr)}

contract:
  number: "1/2025"
  date: 2025-01-15
  subject: "What you agreed to deliver"
  price: "10000.00"
  prepayment: {{percent: 30, due_days: 7}}   # clause: paid before work starts
  payment_terms_days: 14
  late_payment:
    interest: {interest}            # statutory | contractual (+ rate_percent) | none
  dispute_resolution:
    negotiation_days: 14
    method: court                   # court | arbitration | mediation
    venue: "{court}"

invoices:
  - number: "1/2025"
    issued: 2025-01-15
    due: 2025-01-29
    amount: "10000.00"

payments: []                        # - {{date: 2025-02-10, amount: "2000.00", invoice: "1/2025"}}

events: []                          # - {{date: 2025-01-30, channel: phone, summary: "..."}}

documents:                          # each dated: output never depends on today
  contract_clauses: {{}}
  # reminders:
  #   - {{date: 2025-01-30}}          # level 1: friendly, the day after the due date
  #   - {{date: 2025-02-28}}          # level 2: firm
  #   - {{date: 2025-03-31}}          # level 3: final, with notice of legal steps
  # pretrial_claim: {{date: 2025-04-15}}
  # payment_plan: {{date: 2025-05-01, installments: 4, first_due: 2025-05-15}}
  # small_claim: {{date: 2025-06-01, court: "{court}"}}
"""


def cmd_new(args: argparse.Namespace) -> int:
    from generator.pipeline import CASES, display_path, load_case
    from generator.write import write_atomic

    if not re.match(CASE_ID, args.case):
        print(f"error: '{args.case}' is not a valid case id: use lower-case letters, digits and '-'", file=sys.stderr)
        return 1
    path = CASES / f"{args.case}.yaml"
    if path.exists():
        print(f"error: {display_path(path)} already exists; choose another id", file=sys.stderr)
        return 1
    languages = args.lang or [STARTERS[args.jurisdiction][1]]
    write_atomic(path, starter_text(args.case, args.jurisdiction, list(dict.fromkeys(languages))).encode("utf-8"))
    load_case(path)  # it must validate as written
    print(f"wrote {display_path(path)}")
    return 0
