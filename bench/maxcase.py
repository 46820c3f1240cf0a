"""The largest case the schema allows: many invoices, payments and events, built from
the UK example. Used by bench/bench.py (time and peak memory of one such case) and by
the tests (it must validate and build within bounded work)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def max_case_text(case_id: str, invoices: int, payments: int, events: int, languages: str = "[en]") -> str:
    seed = (ROOT / "cases" / "harper-cole-2025-07.yaml").read_text(encoding="utf-8")
    head = seed.split("invoices:\n")[0]
    head = head.replace("case: harper-cole-2025-07", f"case: {case_id}").replace("languages: [en]",
                                                                                 f"languages: {languages}")
    head = head.replace("date: 2025-05-12", "date: 2022-01-03", 1)
    start = dt.date(2022, 1, 3)
    span = 900  # days over which the invoices are issued
    lines = ["invoices:"]
    for i in range(invoices):
        issued = start + dt.timedelta(days=span * i // max(invoices, 1))
        lines.append(f"  - {{number: INV-{i + 1:05d}, issued: {issued}, due: {issued + dt.timedelta(days=30)}, "
                     f"amount: \"1000.00\", description: Monthly work package {i + 1}}}")
    lines.append("payments:")
    for i in range(payments):
        day = start + dt.timedelta(days=35 + span * i // max(payments, 1))
        lines.append(f"  - {{date: {day}, amount: \"{200 * invoices // max(payments, 1) / 100:.2f}\"}}")
    lines.append("events:")
    for i in range(events):
        day = start + dt.timedelta(days=40 + span * i // max(events, 1))
        lines.append(f"  - {{date: {day}, channel: email, summary: \"Chased payment of the open invoices, "
                     f"message {i + 1}.\"}}")
    lines.append("""documents:
  contract_clauses: {}
  reminders:
    - {date: 2025-08-01}
    - {date: 2025-08-29}
    - {date: 2025-09-30}
  pretrial_claim: {date: 2025-10-15, respond_within_days: 30}
  payment_plan: {date: 2025-10-28, installments: 12, first_due: 2025-11-28}
  small_claim: {date: 2025-11-20, court: County Court Money Claims Centre}
""")
    return head + "\n".join(lines)


def write_max_case(folder: Path, case_id: str = "max-case", invoices: int | None = None,
                   payments: int | None = None, events: int | None = None) -> Path:
    """The case at the schema's maxima (or the counts given)."""
    from generator.case.schema import SCHEMA

    invoices = invoices or SCHEMA["invoices"]["maxlength"]
    payments = payments or SCHEMA["payments"]["maxlength"]
    events = events or SCHEMA["events"]["maxlength"]
    path = folder / f"{case_id}.yaml"
    path.write_text(max_case_text(case_id, invoices, payments, events), encoding="utf-8")
    return path
