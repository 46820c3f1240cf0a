"""When a claim becomes time-barred: the rule of each jurisdiction as data
(`generator/jurisdictions/limitation/<code>.yaml`, each rule with its source), applied
per open invoice. Pure apart from reading the rule file once. Used by `status`.

The period starts on the first day of default (the day after the effective due date)
and its last day is taken as the day before the anniversary (the earlier of the two
readings, so a practice is warned rather than late); where the law says so (PL, KC
118) it ends on the last day of that calendar year instead. Interruptions the case
records (a signed payment plan acknowledging the debt, PL KC 123 / RU ГК 203) restart
it; suspensions (a претензия sent between businesses, RU ГК 202(3)) add their days.
A claim filed in court stops it.

Where the law has special periods by the kind of contract (PL: KC 646, 554, 751), the
rule file's `by_contract_type` picks one from `contract.type`, and `unrecorded` says which
to count when the case does not record the type (the shortest that may apply). A work's
period starts on its delivery (`contract.work_delivered`, else the invoice's acceptance
documents, else the invoice's issue date, stated as an assumption).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.case.model import Case
from generator.jurisdictions.data import load_yaml

RULES = Path(__file__).resolve().parents[1] / "jurisdictions" / "limitation"
ONE_DAY = dt.timedelta(days=1)
ZERO_DAYS = dt.timedelta(days=0)


@functools.cache
def rule(jurisdiction: str) -> dict[str, Any]:
    return load_yaml(RULES / f"{jurisdiction.lower()}.yaml")


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February: the last day of February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Limitation:
    last_day: dt.date  # the last day a claim can be filed
    years: int
    source: str
    applied: tuple[str, ...]  # what moved the date, in words, with the rule's source
    stopped: dt.date | None = None  # the claim was filed on this day
    notes: tuple[str, ...] = ()  # assumptions the date rests on (what the case does not record)
    barred_note: str | None = None  # what being time-barred means here (PL: against a consumer)
    # Where the rule file counts by a statute (`rule.law_end`, PL: KC art. 112), the day the
    # period ends in law; `last_day` is then the cautious filing day before it.
    law_day: dt.date | None = None
    law_day_source: str | None = None


def _period(start: dt.date, years: int, end_of_year: bool) -> dt.date:
    last = add_years(start, years) - ONE_DAY
    return dt.date(last.year, 12, 31) if end_of_year else last


def _by_contract_type(case: Case, r: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    """The special period for the case's kind of contract, if the rule file has one, and
    a note when the type is not recorded and the shortest period is assumed."""
    table = r.get("by_contract_type") or {}
    kind = case.contract.type
    note = None
    if kind is None and r.get("unrecorded"):
        kind = r["unrecorded"]
        note = (f"contract type not recorded: counted as {kind} ({_cite(table[kind]['source'])}), the shortest "
                f"period that may apply; give contract.type")
    entry = table.get(kind) if kind else None
    if entry and entry.get("creditor") == "business" and not case.creditor.is_business:
        return None, None
    return entry, note if entry else None


def _cite(source: str) -> str:
    return " ".join(source.split(":")[0].split())


def _work_start(case: Case, invoice: Any, due: dt.date) -> tuple[dt.date, str | None]:
    """When the work an invoice is for was delivered: the earliest day the case records
    (contract.work_delivered, the invoice's acceptance documents), else the invoice's issue
    date, said as the assumption it is."""
    recorded = [d.date for d in (getattr(invoice, "acceptance", None) or ()) if d.date]
    if case.contract.work_delivered:
        recorded.append(case.contract.work_delivered)
    if recorded:
        return min(recorded), None
    if invoice is None:
        return due, "delivery of the work not recorded: counted from the due date; give contract.work_delivered"
    return invoice.issued, (f"delivery of the work not recorded: counted from the issue date of invoice "
                            f"{invoice.number} ({invoice.issued}), assuming the work was delivered by then "
                            f"(KC art. 642 § 1: the fee is due on delivery); give contract.work_delivered")


def limitation(case: Case, due: dt.date, as_of: dt.date, invoice: Any = None) -> Limitation:
    """The limitation of a debt whose (effective) due date is `due`, as the case
    stands on `as_of` (events recorded for later days do not count yet). `invoice` is the
    invoice the debt is on, where a period runs from the delivery of its work."""
    r = rule(case.jurisdiction)
    main = r["rule"]
    years = main["years"]
    if "years_other" in main and not case.creditor.is_business:
        years = main["years_other"]
    end_of_year = bool(main.get("end_of_year"))
    start = due + ONE_DAY
    source = main["source"]
    notes: list[str] = []
    special, note = _by_contract_type(case, r)
    if special is not None:
        years, end_of_year, source = special["years"], bool(special.get("end_of_year")), special["source"]
        if note:
            notes.append(note)
        if special.get("starts") == "work_delivered":
            delivered, assumed = _work_start(case, invoice, due)
            # KC art. 111 § 2, 112: the day of the delivery is not counted; a period in years
            # ends on the day whose date matches it (delivered 13.02.2025: ends at the end of
            # 13.02.2027, `law_day`); the cautious filing day is the day before (`last_day`),
            # as for every other start (second PL review N2).
            start = delivered
            if assumed:
                notes.append(assumed)
    barred_note = None
    if r.get("consumer_debtor") and case.debtor.kind == "consumer" and case.creditor.is_business:
        barred_note = ("against a consumer a time-barred claim cannot be pursued and the court applies limitation "
                       f"of its own motion ({_cite(r['consumer_debtor'])})")
    applied: list[str] = []
    docs = case.documents
    for item in r.get("interruptions") or []:
        if item["event"] == "payment_plan_signed" and docs.payment_plan and docs.payment_plan.signed \
                and start <= docs.payment_plan.signed <= as_of \
                and docs.payment_plan.signed <= _period(start, years, end_of_year):
            start = docs.payment_plan.signed + (ZERO_DAYS if r["rule"].get("law_end") else ONE_DAY)
            applied.append(f"restarted by the payment plan signed on {docs.payment_plan.signed} "
                           f"({item['source'].split(':')[0].strip()})")
    last = _period(start, years, end_of_year)
    for item in r.get("suspensions") or []:
        pre = docs.pretrial_claim
        if item["event"] == "pretrial_claim_sent" and pre and pre.sending.sent and pre.sending.sent <= as_of \
                and start <= pre.sending.sent <= last and (not item.get("business_debtor_only") or case.is_b2b):
            last += dt.timedelta(days=item["days"])
            applied.append(f"+{item['days']} days for the pre-trial claim sent on {pre.sending.sent} "
                           f"({item['source'].split(':')[0].strip()})")
    law_day = None
    if main.get("law_end"):
        # The anniversary of the start day (which is not counted) ends the period, moved to
        # the year's end where the law says so; suspensions add their days to it too.
        law_day = add_years(start, years)
        if end_of_year:
            law_day = dt.date(law_day.year, 12, 31)
        law_day += last - _period(start, years, end_of_year)
        if main.get("cautious_working_day"):
            # The cautious filing day is a working day: one falling on a Saturday or a day off
            # moves to the working day before it (fourth PL review m-g).
            from generator.jurisdictions import registry

            law = registry.get(case.jurisdiction)
            while not law.is_business_day(last):
                last -= ONE_DAY
    filed = docs.small_claim.filed if docs.small_claim and docs.small_claim.filed and \
        docs.small_claim.filed <= as_of else None
    return Limitation(last, years, " ".join(source.split()), tuple(applied), filed, tuple(notes), barred_note,
                      law_day, " ".join(main["law_end"].split()) if law_day else None)
