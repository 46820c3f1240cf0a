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
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.case.model import Case

RULES = Path(__file__).resolve().parents[1] / "jurisdictions" / "limitation"
ONE_DAY = dt.timedelta(days=1)


@functools.cache
def rule(jurisdiction: str) -> dict[str, Any]:
    with (RULES / f"{jurisdiction.lower()}.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


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


def _period(start: dt.date, years: int, end_of_year: bool) -> dt.date:
    last = add_years(start, years) - ONE_DAY
    return dt.date(last.year, 12, 31) if end_of_year else last


def limitation(case: Case, due: dt.date, as_of: dt.date) -> Limitation:
    """The limitation of a debt whose (effective) due date is `due`, as the case
    stands on `as_of` (events recorded for later days do not count yet)."""
    r = rule(case.jurisdiction)
    main = r["rule"]
    years = main["years"]
    if "years_other" in main and not case.creditor.is_business:
        years = main["years_other"]
    end_of_year = bool(main.get("end_of_year"))
    start = due + ONE_DAY
    applied: list[str] = []
    docs = case.documents
    for item in r.get("interruptions") or []:
        if item["event"] == "payment_plan_signed" and docs.payment_plan and docs.payment_plan.signed \
                and start <= docs.payment_plan.signed <= as_of \
                and docs.payment_plan.signed <= _period(start, years, end_of_year):
            start = docs.payment_plan.signed + ONE_DAY
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
    filed = docs.small_claim.filed if docs.small_claim and docs.small_claim.filed and \
        docs.small_claim.filed <= as_of else None
    return Limitation(last, years, " ".join(main["source"].split()), tuple(applied), filed)
