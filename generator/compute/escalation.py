"""Where a case stands on the escalation path, as dates: pure, no I/O.

The path the seeds advise: friendly reminder the day after the due date; firm reminder
about 30 days after it; final reminder about 60 days after it; the pre-trial claim once
the final reminder's deadline has passed; court once the pre-trial claim's response
period has run out. What counts is what the case records as sent (on or before the day
of the report): the next step follows the *latest* document sent, whatever earlier
steps were skipped, and may be taken only after that document's deadline for the
recipient (moved past weekends and holidays where the law says so).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.case.model import Case
from generator.compute.deadlines import deadline, respond_days
from generator.jurisdictions.base import Jurisdiction

ONE_DAY = dt.timedelta(days=1)
FIRM_AFTER_DAYS = 30
FINAL_AFTER_DAYS = 60
FINAL_WINDOW_DAYS = 7
ORDER = ("reminder-1", "reminder-2", "reminder-3", "pretrial-claim", "small-claim")


@dataclass(frozen=True)
class Sent:
    document: str
    sent: dt.date  # sent; for the small claim: filed
    deadline: dt.date | None  # the recipient's last day to pay or reply; None for a court filing


@dataclass(frozen=True)
class Position:
    sent: tuple[Sent, ...]  # in the order of the path
    awaiting: Sent | None  # the latest document sent, while its deadline has not passed
    next: str | None  # the next step on the path; None once the claim is filed
    next_from: dt.date | None  # the first day it may be taken


def sent_documents(case: Case, law: Jurisdiction, as_of: dt.date) -> tuple[Sent, ...]:
    """Documents the case records as sent (filed) on or before `as_of`, with their deadlines."""
    docs = case.documents
    out: list[Sent] = []
    for r in docs.reminders:
        if r.sending.sent and r.sending.sent <= as_of:
            out.append(Sent(f"reminder-{r.level}", r.sending.sent, deadline(law, r.sending.sent, r.pay_within_days)))
    pre = docs.pretrial_claim
    if pre and pre.sending.sent and pre.sending.sent <= as_of:
        out.append(Sent("pretrial-claim", pre.sending.sent, deadline(law, pre.sending.sent, respond_days(case, law))))
    small = docs.small_claim
    if small and small.filed and small.filed <= as_of:
        out.append(Sent("small-claim", small.filed, None))
    return tuple(sorted(out, key=lambda s: ORDER.index(s.document)))


def position(case: Case, law: Jurisdiction, first_due: dt.date, as_of: dt.date) -> Position:
    """The case on `as_of` for a debt first overdue after `first_due` (an effective due date)."""
    sent = sent_documents(case, law, as_of)
    if not sent:
        return Position((), None, "reminder-1", first_due + ONE_DAY)
    last = sent[-1]
    awaiting = last if last.deadline is not None and as_of <= last.deadline else None
    if last.document == "small-claim":
        return Position(sent, None, None, None)
    after = last.deadline + ONE_DAY if last.deadline else last.sent + ONE_DAY
    nxt = ORDER[ORDER.index(last.document) + 1]
    advised = {"reminder-2": first_due + dt.timedelta(days=FIRM_AFTER_DAYS),
               "reminder-3": first_due + dt.timedelta(days=FINAL_AFTER_DAYS)}.get(nxt)
    return Position(sent, awaiting, nxt, max(after, advised) if advised else after)
