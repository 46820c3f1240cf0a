"""`new CASE --jurisdiction J`: a commented starter case file that validates as written."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys

from generator.case.schema import CASE_ID
from generator.errors import CaseInvalid

# Per jurisdiction: currency, default language, and sample parties in local form. ID and
# account numbers are placeholders that pass their check digits (IBANs: the registry's
# examples); replace them with your own.
STARTERS = {
    "UK": ("GBP", "en", "Your Business Ltd", ["1 High Street", "London", "EC1A 1AA"], '{"Company No.": "01234567"}',
           "Client Ltd", ["2 Market Square", "Leeds", "LS1 1AA"], "12-34-56 12345678",
           # Money claims are issued by the Civil National Business Centre (CPR PD 7A para 4A,
           # from 14.8.2023), which replaced the County Court Money Claims Centre.
           "Civil National Business Centre"),
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


def starter_dates(today: dt.date) -> dict[str, str]:
    """Sample dates around `today`: a contract two months ago, its invoice due six weeks
    ago, and the documents' dates from the day after it fell due up to today."""
    day = dt.timedelta(days=1)
    contract = today - 60 * day
    due = contract + 14 * day
    iso = lambda d: d.isoformat()  # noqa: E731
    return {
        "contract": iso(contract), "due": iso(due), "number": f"1/{contract.year}",
        "paid": iso(due + 7 * day), "call": iso(due + day),
        "r1": iso(due + day), "r2": iso(due + 15 * day), "r3": iso(due + 30 * day),
        "pretrial": iso(min(due + 40 * day, today)), "plan": iso(today), "plan_first": iso(today + 14 * day),
        "small": iso(today + 30 * day),
    }


def starter_text(case_id: str, jurisdiction: str, languages: list[str], today: dt.date | None = None) -> str:
    currency, _, cname, caddr, cids, dname, daddr, account, court = STARTERS[jurisdiction]
    d = starter_dates(today or dt.date.today())
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
  number: "{d["number"]}"
  date: {d["contract"]}
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
  - number: "{d["number"]}"
    issued: {d["contract"]}
    due: {d["due"]}
    amount: "10000.00"

payments: []                        # - {{date: {d["paid"]}, amount: "2000.00", invoice: "{d["number"]}"}}

events: []                          # - {{date: {d["call"]}, channel: phone, summary: "..."}}

documents:                          # each dated: output never depends on today
  contract_clauses: {{}}
  # reminders:
  #   - {{date: {d["r1"]}}}          # level 1: friendly, the day after the due date
  #   - {{date: {d["r2"]}}}          # level 2: firm
  #   - {{date: {d["r3"]}}}          # level 3: final, with notice of legal steps
  # pretrial_claim: {{date: {d["pretrial"]}}}
  # payment_plan: {{date: {d["plan"]}, installments: 4, first_due: {d["plan_first"]}}}
  # small_claim: {{date: {d["small"]}, court: "{court}"}}
  # `python -m generator law` shows how far the rate tables reach; a document dated later
  # fails validation with the table to update (`python -m generator law update`).
"""


def cmd_new(args: argparse.Namespace) -> int:
    """Check the starter in a scratch folder first, then create the file only if it
    validates, never over an existing one: an error leaves nothing behind."""
    import os
    import shutil
    import tempfile
    from pathlib import Path

    from generator.paths import CASES, display_path
    from generator.pipeline import load_case

    if not re.fullmatch(CASE_ID, args.case):
        print(f"error: '{args.case}' is not a valid case id: use lower-case letters, digits and '-'", file=sys.stderr)
        return 1
    path = CASES / f"{args.case}.yaml"
    if path.exists() or path.is_symlink():
        print(f"error: {display_path(path)} already exists; choose another id", file=sys.stderr)
        return 1
    languages = args.lang or [STARTERS[args.jurisdiction][1]]
    # `new` writes a file for the user to edit, not a document: today's date is right here.
    data = starter_text(args.case, args.jurisdiction, list(dict.fromkeys(languages)), dt.date.today()).encode("utf-8")
    scratch = Path(tempfile.mkdtemp(prefix="new-case-"))
    try:
        trial = scratch / path.name
        trial.write_bytes(data)
        load_case(trial)  # it must validate as written
    except CaseInvalid as exc:
        for problem in exc.problems:
            print(str(problem).replace(problem.file, display_path(path), 1), file=sys.stderr)
        print(f"error: a starter case '{args.case}' would not validate; nothing was written", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    done = False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        print(f"error: {display_path(path)} already exists; choose another id", file=sys.stderr)
        return 1
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        done = True
    finally:
        if not done:  # a full disk or an interruption: no half-written case file
            path.unlink(missing_ok=True)
    print(f"wrote {display_path(path)}")
    return 0
