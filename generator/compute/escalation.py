"""The escalation path the seeds advise, as dates: pure, no I/O.

Friendly reminder the day after the due date; firm reminder about 30 days after it;
final reminder about 60 days after it; the pre-trial claim once the final reminder's
deadline has passed; court once the pre-trial claim's response period has run out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.case.model import Case
from generator.jurisdictions.base import Jurisdiction

ONE_DAY = dt.timedelta(days=1)
FIRM_AFTER_DAYS = 30
FINAL_AFTER_DAYS = 60
FINAL_WINDOW_DAYS = 7


@dataclass(frozen=True)
class Step:
    document: str  # reminder-1 ... small-claim
    due_from: dt.date  # the earliest day the seeds' advice sends it
    sent: dt.date | None


def escalation(case: Case, law: Jurisdiction, first_due: dt.date, respond_days: int, as_of: dt.date) -> tuple[Step, ...]:
    """The steps for a debt first overdue after `first_due` (an effective due date),
    as they stand on `as_of`: a document sent later does not count yet."""

    def known(day: dt.date | None) -> dt.date | None:
        return day if day is not None and day <= as_of else None

    sent = {f"reminder-{r.level}": known(r.sending.sent) for r in case.documents.reminders}
    pre = case.documents.pretrial_claim
    sent["pretrial-claim"] = known(pre.sending.sent) if pre else None
    final_sent = sent.get("reminder-3")
    final_days = case.documents.reminders[2].pay_within_days if len(case.documents.reminders) > 2 else FINAL_WINDOW_DAYS
    pretrial_from = (final_sent + dt.timedelta(days=final_days + 1)) if final_sent else \
        first_due + dt.timedelta(days=FINAL_AFTER_DAYS + FINAL_WINDOW_DAYS + 1)
    court_from = (sent["pretrial-claim"] + dt.timedelta(days=respond_days + 1)) if sent["pretrial-claim"] else \
        pretrial_from + dt.timedelta(days=respond_days + 1)
    return (
        Step("reminder-1", first_due + ONE_DAY, sent.get("reminder-1")),
        Step("reminder-2", first_due + dt.timedelta(days=FIRM_AFTER_DAYS), sent.get("reminder-2")),
        Step("reminder-3", first_due + dt.timedelta(days=FINAL_AFTER_DAYS), final_sent),
        Step("pretrial-claim", pretrial_from, sent["pretrial-claim"]),
        Step("small-claim", court_from, known(case.documents.small_claim.filed) if case.documents.small_claim else None),
    )
