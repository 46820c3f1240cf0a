"""`status`: the weekly review of every case.

Per case: what was sent and when, the recipient's deadline, the next step and the
first day it may be taken, documents built but not yet sent, a signed payment plan
running or defaulted (with the instalment missed), and when the claim becomes
time-barred, with a warning when that is near. A case that cannot be computed is still
a row, with its reason. Amounts are totalled per currency, and sorted within a currency.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from generator.errors import CaseInvalid, GeneratorError

WARN_DAYS = 180  # a practice's setting, not law: warn this many days before the limitation date
STATES = ("invalid", "error", "paid", "filed", "time-barred", "plan defaulted", "plan running",
          "next step due", "waiting for reply", "not yet due")


def _claim(case, law, as_of: dt.date) -> tuple[Any, dt.date, str | None]:
    """The claim on `as_of`; where a table does not reach that far, on the latest
    document's date, with the reason (what to update)."""
    from generator.compute.claim import compute_claim
    from generator.compute.deadlines import document_date
    from generator.jurisdictions.data import MissingFigure

    try:
        return compute_claim(case, law, as_of), as_of, None
    except MissingFigure as exc:
        dates = [document_date(case, n) for n in case.documents.names() if n != "contract-clauses"]
        earlier = max((d for d in dates if d <= as_of), default=None)
        reason = f"{exc.field}: {exc.message}"
        if earlier is None:
            raise
        return compute_claim(case, law, earlier), earlier, (
            f"amount as of {earlier} (the latest document), not {as_of}: {reason}")


def _plan(case, law, as_of: dt.date) -> dict[str, Any] | None:
    """A signed payment plan on `as_of`: its instalments, what was paid, the first missed."""
    from generator.compute.claim import claim_for, instalments

    plan = case.documents.payment_plan
    if plan is None or plan.signed is None or plan.signed > as_of:
        return None
    total = claim_for(case, law, "payment-plan").total
    schedule = instalments(total, plan.installments, plan.first_due, case.currency, roll=law.instalment_day)
    paid = [p for p in case.payments if plan.date <= p.date <= as_of]
    owed = Decimal(0)
    missed = None
    rows = []
    for inst in schedule:
        owed += inst.amount
        due = law.effective_due(inst.due)
        paid_by = sum((p.amount for p in paid if p.date <= due), Decimal(0))
        state = "due" if due >= as_of else ("paid" if paid_by >= owed else "missed")
        rows.append({"number": inst.number, "due": due.isoformat(), "amount": str(inst.amount), "state": state})
        if state == "missed" and missed is None:
            missed = rows[-1]
    return {"signed": plan.signed.isoformat(), "total": str(total), "instalments": rows,
            "paid": str(sum((p.amount for p in paid), Decimal(0))),
            "state": "defaulted" if missed else "running", "missed": missed}


def _built_not_sent(case, output: Path, as_of: dt.date) -> list[str]:
    from generator.build import sent_documents

    sent = {doc for doc, day in sent_documents(case).items() if dt.date.fromisoformat(day) <= as_of}
    out = []
    for name in case.documents.names():
        if name == "contract-clauses" or name in sent:
            continue
        if any((output / case.id / lang / f"{name}.md").is_file() for lang in case.languages):
            out.append(name)
    return out


def case_status(case, as_of: dt.date, output: Path | None = None) -> dict[str, Any]:
    from generator.compute.escalation import position
    from generator.compute.limitation import limitation
    from generator.jurisdictions import registry
    from generator.pipeline import OUTPUT

    law = registry.get(case.jurisdiction)
    claim, amount_as_of, reason = _claim(case, law, as_of)
    open_lines = [line for line in claim.ledger.lines if line.principal > 0]
    row: dict[str, Any] = {
        "case": case.id, "source": case.source, "jurisdiction": case.jurisdiction, "currency": case.currency,
        "outstanding": str(claim.total), "amount_as_of": amount_as_of.isoformat(), "as_of": as_of.isoformat(),
        "reason": reason, "warnings": [],
    }
    built = _built_not_sent(case, output or OUTPUT, as_of)
    first_due = min((line.due for line in open_lines), default=None)
    pos = position(case, law, first_due or case.contract.date, as_of)
    row.update({
        "first_due": first_due.isoformat() if first_due else None,
        "sent": [{"document": s.document, "sent": s.sent.isoformat(),
                  "deadline": s.deadline.isoformat() if s.deadline else None} for s in pos.sent],
        "awaiting": ({"document": pos.awaiting.document, "deadline": pos.awaiting.deadline.isoformat()}
                     if pos.awaiting else None),
        "next": pos.next, "next_from": pos.next_from.isoformat() if pos.next_from else None,
        "built_not_sent": built, "plan": None, "limitation": None,
    })
    if not open_lines:
        row.update(state="paid" if claim.total <= 0 else "interest only", next=None, next_from=None, awaiting=None)
        if claim.total > 0:
            row["state"] = "next step due" if pos.next_from and pos.next_from <= as_of else "waiting for reply"
        return row

    limits = [(line, limitation(case, line.due, as_of, line.invoice)) for line in open_lines]
    earliest_line, earliest = min(limits, key=lambda item: item[1].last_day)
    # Time-barred is a statement of law: past the law's last day where the rule file gives it
    # (PL: KC art. 112), else past the (cautious) last day; `last_day` stays the safe day to file by.
    barred = [line.invoice.number for line, lim in limits if (lim.law_day or lim.last_day) < as_of]
    days_left = (earliest.last_day - as_of).days
    row["limitation"] = {
        "last_day": earliest.last_day.isoformat(), "invoice": earliest_line.invoice.number, "days_left": days_left,
        "years": earliest.years, "source": earliest.source, "applied": list(earliest.applied),
        "stopped": earliest.stopped.isoformat() if earliest.stopped else None, "time_barred": barred,
        "per_invoice": {line.invoice.number: lim.last_day.isoformat() for line, lim in limits},
        "notes": list(earliest.notes),
        "law_last_day": earliest.law_day.isoformat() if earliest.law_day else None,
        "law_last_day_source": earliest.law_day_source,
    }
    if not earliest.stopped:
        row["warnings"].extend(f"limitation: {note}" for note in earliest.notes)
    plan = _plan(case, law, as_of)
    row["plan"] = plan

    if earliest.stopped:
        row["state"] = "filed"
        row["next"], row["next_from"] = None, None
        return row
    if barred:
        row["state"] = "time-barred"
        row["warnings"].append(f"time-barred since {(earliest.law_day or earliest.last_day) + dt.timedelta(days=1)} "
                               f"for invoice(s) "
                               f"{', '.join(barred)}" + (f"; {earliest.barred_note}" if earliest.barred_note else ""))
    elif days_left <= WARN_DAYS and earliest.law_day and earliest.law_day != earliest.last_day:
        # The safe day to file by is the day before the law's last day (second PL review N2).
        row["warnings"].append(f"limitation near: invoice {earliest_line.invoice.number}: file by "
                               f"{earliest.last_day} ({days_left} days), counted cautiously; the period ends "
                               f"at the end of {earliest.law_day} ({_cite_law(earliest.law_day_source)})")
    elif days_left <= WARN_DAYS:
        row["warnings"].append(f"limitation near: invoice {earliest_line.invoice.number} becomes time-barred after "
                               f"{earliest.last_day} ({days_left} days)")
    if barred:
        return row
    if plan is not None:
        if plan["missed"]:
            row["state"] = "plan defaulted"
            missed_due = dt.date.fromisoformat(plan["missed"]["due"])
            if pos.next_from:
                row["next_from"] = max(pos.next_from, missed_due + dt.timedelta(days=1)).isoformat()
            row["warnings"].append(f"instalment {plan['missed']['number']} of {plan['missed']['amount']} "
                                   f"{case.currency} due {plan['missed']['due']} was missed")
        else:
            row["state"] = "plan running"
            upcoming = next((i for i in plan["instalments"] if i["state"] == "due"), None)
            row["next"] = None
            row["next_from"] = None
            row["plan_next_instalment"] = upcoming
        return row
    if pos.awaiting is not None:
        row["state"] = "waiting for reply"
    elif first_due is not None and first_due >= as_of:
        row["state"] = "not yet due"
    elif pos.next_from is not None and pos.next_from <= as_of:
        row["state"] = "next step due"
    else:
        row["state"] = "waiting for reply" if pos.sent else "not yet due"
    return row


def _failed_row(source: str, case_id: str, state: str, reason: str, as_of: dt.date) -> dict[str, Any]:
    return {"case": case_id, "source": source, "jurisdiction": None, "currency": None, "outstanding": None,
            "amount_as_of": None, "as_of": as_of.isoformat(), "state": state, "reason": reason, "warnings": [],
            "first_due": None, "sent": [], "awaiting": None, "next": None, "next_from": None,
            "built_not_sent": [], "plan": None, "limitation": None}


PARALLEL_FROM = 24  # fewer cases than this are read in this process (a worker costs ~0.3 s to start)


def status_rows(paths: list[Path], as_of: dt.date, output: Path | None = None,
                jobs: int | None = None) -> list[dict[str, Any]]:
    """One row per case file, whatever happens to it, in the order of `paths`. Each case
    is loaded and validated in full, so a practice's cases are spread over the cores."""
    import os

    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        return [_status_row(path, as_of, output) for path in paths]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_status_row, paths, [as_of] * len(paths), [output] * len(paths),
                             chunksize=max(1, len(paths) // (jobs * 8))))


def _status_row(path: Path, as_of: dt.date, output: Path | None) -> dict[str, Any]:
    from generator.jurisdictions.data import MissingFigure
    from generator.pipeline import display_path, load_case

    source = display_path(path)
    try:
        case = load_case(path)
    except CaseInvalid as exc:
        problems = [str(p) for p in exc.problems]
        return _failed_row(source, path.stem, "invalid", "; ".join(problems[:3]) +
                           (f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""), as_of)
    try:
        return case_status(case, as_of, output)
    except MissingFigure as exc:
        return _failed_row(source, case.id, "error", f"{exc.field}: {exc.message}", as_of)
    except (OverflowError, GeneratorError, ValueError) as exc:
        return _failed_row(source, case.id, "error", f"cannot compute the case on {as_of}: {exc}", as_of)


def _sort_key(sort: str):
    if sort == "amount":
        return lambda r: (r["currency"] is None, r["currency"] or "", -Decimal(r["outstanding"] or 0), r["case"])
    if sort == "next":
        return lambda r: (r["next_from"] or "9999-99-99", r["case"])
    return lambda r: r["case"]


def totals(rows: list[dict[str, Any]]) -> dict[str, str]:
    out: dict[str, Decimal] = {}
    for r in rows:
        if r["currency"] and r["outstanding"] is not None:
            out[r["currency"]] = out.get(r["currency"], Decimal(0)) + Decimal(r["outstanding"])
    return {k: str(v) for k, v in sorted(out.items())}


def counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in rows:
        out[r["state"]] = out.get(r["state"], 0) + 1
    return {k: out[k] for k in sorted(out, key=lambda s: (STATES.index(s) if s in STATES else 99, s))}


def _text(rows: list[dict[str, Any]]) -> list[str]:
    header = (f"{'case':<28} {'state':<17} {'outstanding':>18}  {'last sent':<26} {'reply due':<10}  "
              f"{'next step':<14} {'from':<10}  {'file by (safe)':<17}")
    lines = [header]
    for r in rows:
        amount = f"{r['outstanding']} {r['currency']}" if r["outstanding"] is not None else "-"
        last = f"{r['sent'][-1]['document']} {r['sent'][-1]['sent']}" if r["sent"] else "-"
        reply = r["awaiting"]["deadline"] if r["awaiting"] else "-"
        lim = ("stopped: filed" if r["limitation"]["stopped"] else r["limitation"]["last_day"]) \
            if r["limitation"] else "-"
        lines.append(f"{r['case']:<28} {r['state']:<17} {amount:>18}  {last:<26} {reply:<10}  "
                     f"{r['next'] or '-':<14} {r['next_from'] or '-':<10}  {lim:<17}")
        notes = list(r["warnings"])
        if r["built_not_sent"]:
            notes.append(f"built, not sent: {', '.join(r['built_not_sent'])}")
        if r.get("plan_next_instalment"):
            i = r["plan_next_instalment"]
            notes.append(f"plan: instalment {i['number']} of {i['amount']} {r['currency']} due {i['due']}")
        if r["reason"]:
            notes.append(r["reason"])
        lines.extend(f"    {note}" for note in notes)
    return lines


def cmd_status(args: argparse.Namespace) -> int:
    from generator.pipeline import find_cases

    as_of = args.as_of or dt.date.today()  # a report for the user, not a document: today is right here
    rows = status_rows(find_cases(args.cases), as_of)
    rows.sort(key=_sort_key(args.sort))
    failed = sum(1 for r in rows if r["state"] in ("invalid", "error"))
    if args.json:
        print(json.dumps({"as_of": as_of.isoformat(), "cases": rows, "totals": totals(rows),
                          "counts": counts(rows)}, ensure_ascii=False, indent=2))
    else:
        print("\n".join(_text(rows)))
        money = "; ".join(f"{v} {k}" for k, v in totals(rows).items()) or "-"
        print(f"outstanding: {money}")
        print(f"{len(rows)} case(s): " + ", ".join(f"{n} {state}" for state, n in counts(rows).items()))
    return 1 if failed else 0


def _cite_law(source: str | None) -> str:
    """The statute a rule file's `law_end` cites, without its quotation ("KC art. 111 § 2 and art. 112")."""
    return (source or "").split(":")[0].strip()
