"""`status`: per case, what was sent and when, what is due next and from which date."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal

from generator.errors import CaseInvalid


def case_status(case, as_of: dt.date) -> dict:
    from generator.compute.claim import compute_claim
    from generator.compute.escalation import escalation
    from generator.jurisdictions import registry

    law = registry.get(case.jurisdiction)
    claim = compute_claim(case, law, as_of)
    open_lines = [line for line in claim.ledger.lines if line.principal > 0]
    row = {"case": case.id, "jurisdiction": case.jurisdiction, "currency": case.currency,
           "outstanding": str(claim.total), "as_of": as_of.isoformat()}
    if not open_lines:
        return {**row, "state": "paid" if claim.total <= 0 else "interest only", "next": None, "next_from": None,
                "sent": [], "overdue": False}
    first_due = min(line.due for line in open_lines)
    pre = case.documents.pretrial_claim
    respond = (pre.respond_within_days if pre and pre.respond_within_days else law.pretrial_min_days(case))
    steps = escalation(case, law, first_due, respond, as_of)
    sent = [{"document": s.document, "sent": s.sent.isoformat()} for s in steps if s.sent]
    upcoming = next((s for s in steps if s.sent is None), None)
    if first_due >= as_of:
        state = "not yet due"
    elif upcoming is None:
        state = "all steps taken"
    else:
        state = "overdue" if as_of > upcoming.due_from else ("due" if as_of == upcoming.due_from else "waiting")
    return {**row, "state": state, "first_due": first_due.isoformat(),
            "next": upcoming.document if upcoming else None,
            "next_from": upcoming.due_from.isoformat() if upcoming else None,
            "sent": sent, "overdue": state == "overdue"}


def cmd_status(args: argparse.Namespace) -> int:
    from generator.jurisdictions.data import MissingFigure
    from generator.pipeline import display_path, find_cases, load_case

    as_of = args.as_of or dt.date.today()  # a report for the user, not a document: today is right here
    rows, failed = [], 0
    for path in find_cases(args.cases):
        try:
            rows.append(case_status(load_case(path), as_of))
        except CaseInvalid as exc:
            failed += 1
            for p in exc.problems:
                print(p, file=sys.stderr)
        except MissingFigure as exc:
            failed += 1
            print(f"{display_path(path)}: {exc.field}: {exc.message}", file=sys.stderr)
    key = {"case": lambda r: r["case"], "amount": lambda r: -Decimal(r["outstanding"]),
           "next": lambda r: (r["next_from"] or "9999", r["case"])}[args.sort]
    rows.sort(key=key)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        header = f"{'case':<32} {'state':<15} {'outstanding':>16} {'next step':<15} {'from':<10}  sent"
        print(header)
        for r in rows:
            sent = ", ".join(f"{s['document']} {s['sent']}" for s in r["sent"]) or "-"
            amount = f"{r['outstanding']} {r['currency']}"
            print(f"{r['case']:<32} {r['state']:<15} {amount:>16} {r['next'] or '-':<15} {r['next_from'] or '-':<10}  {sent}")
    return 1 if failed else 0
