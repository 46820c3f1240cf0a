"""Dates the documents set: each document's date, the deadlines they give, and the day
legal steps may start. A deadline that ends on a day the law does not count (ГК 193,
KC 115) moves to the next business day."""

from __future__ import annotations

import datetime as dt

from generator.case.model import Case
from generator.jurisdictions.base import Jurisdiction

ONE_DAY = dt.timedelta(days=1)


def document_date(case: Case, name: str) -> dt.date:
    """The date of an output document, from the case file (never from the clock)."""
    docs = case.documents
    if name == "contract-clauses":
        return case.contract.date
    if name.startswith("reminder-"):
        return docs.reminders[int(name.split("-")[1]) - 1].date
    by_name = {"pretrial-claim": docs.pretrial_claim, "payment-plan": docs.payment_plan, "small-claim": docs.small_claim}
    entry = by_name[name]
    assert entry is not None, name
    return entry.date


def respond_days(case: Case, law: Jurisdiction) -> int:
    """The pre-trial claim's response period: the case's own, else the legal minimum."""
    p = case.documents.pretrial_claim
    assert p
    return p.respond_within_days or law.pretrial_min_days(case)


def deadline(law: Jurisdiction, start: dt.date, days: int) -> dt.date:
    """`days` after `start`, moved past weekends and holidays where the law says so."""
    return law.deadline_day(start + dt.timedelta(days=days))
