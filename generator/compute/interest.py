"""Simple interest, split into periods wherever the rate, the year basis or the
principal changes. Each period is rounded to the minor unit on its own (half up), the
way published calculators show them, and the total is the sum of the rounded periods.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from generator.compute.money import round_money
from generator.jurisdictions.base import RateStep

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class InterestPeriod:
    invoice: str
    start: dt.date  # first day of interest, inclusive
    end: dt.date  # last day, inclusive
    principal: Decimal
    rate_percent: Decimal
    day_basis: int  # 365 or 366; 1 for a rate per day
    amount: Decimal
    source: str
    note: str | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def simple_interest(principal: Decimal, rate_percent: Decimal, days: int, day_basis: int) -> Decimal:
    """principal × rate × days / basis, exact (unrounded)."""
    return principal * rate_percent * days / (Decimal(100) * day_basis)


def periods(
    invoice: str, principal: Decimal, first: dt.date, last: dt.date, steps: list[RateStep],
    day_basis, currency: str,
) -> list[InterestPeriod]:
    """Interest on a constant principal from `first` to `last` inclusive.

    `steps` are the rates in force (the first starting on or before `first`);
    `day_basis(year)` gives 365 or 366. A period never spans a rate change or a year
    end where the basis differs.
    """
    if last < first or principal <= 0:
        return []
    cuts = {s.start for s in steps if first < s.start <= last}
    if day_basis(first.year) != day_basis(last.year) or any(day_basis(y) != 365 for y in range(first.year, last.year + 1)):
        cuts |= {dt.date(y, 1, 1) for y in range(first.year + 1, last.year + 1)}
    bounds = sorted(cuts)
    out: list[InterestPeriod] = []
    start = first
    for nxt in bounds + [last + ONE_DAY]:
        end = nxt - ONE_DAY
        step = [s for s in steps if s.start <= start][-1]
        basis = 1 if step.per_day else day_basis(start.year)  # a per-day rate: principal × rate × days
        days = (end - start).days + 1
        amount = round_money(simple_interest(principal, step.rate, days, basis), currency)
        out.append(InterestPeriod(invoice, start, end, principal, step.rate, basis, amount, step.source, step.note))
        start = nxt
    return out
