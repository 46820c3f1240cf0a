"""The interface every jurisdiction implements, and the behaviour most of them share.

A jurisdiction is data (dated tables under data/<code>/) plus a small module that says
how the law reads that data: which rate applies when, how part payments are applied,
which court fee and small-claims limit fit a claim. Compute asks; it never knows
which country it is computing for.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from generator.case.model import Case, Invoice
from generator.jurisdictions.data import MissingFigure, rate_series, table_set

if TYPE_CHECKING:
    import holidays

# The years whose days off are worked out once and kept (see `_days_off`); a day outside
# them asks the holidays package directly.
HOLIDAY_YEARS = range(2015, 2036)


@dataclass(frozen=True)
class RateStep:
    """From `start` on, interest runs at `rate` per cent a year (or, with `per_day`, per
    day of delay: a contractual penalty "0,1 % за каждый день" is computed per day, never
    as a yearly rate over 365/366)."""

    start: dt.date
    rate: Decimal
    source: str
    note: str | None = None
    per_day: bool = False


@dataclass(frozen=True)
class Figure:
    """A legal figure with where it comes from."""

    amount: Decimal
    source: str
    detail: str | None = None


class Jurisdiction:
    code: ClassVar[str]
    holidays_country: ClassVar[str]
    holidays_subdiv: ClassVar[str | None] = None
    language: ClassVar[str]
    currency: ClassVar[str]
    # Does a due date on a weekend or public holiday move to the next business day?
    rolls_due_date: ClassVar[bool] = False
    # Does the contract's `payment_terms_days` run from the invoice's delivery (so a delivery
    # after the printed due date moves the due date: invoice_due), not from its issue?
    term_runs_from_delivery: ClassVar[bool] = False
    # Do the deadlines the documents set (pay by, legal steps from) and the instalment
    # dates of a payment plan move past weekends and holidays? None: as rolls_due_date.
    rolls_deadlines: ClassVar[bool | None] = None
    rolls_instalments: ClassVar[bool] = False
    # Day basis: 365 always, or the actual length (365/366) of each calendar year.
    actual_day_basis: ClassVar[bool] = False
    # Where a part payment goes, in order ("costs", "interest", "principal").
    allocation_order: ClassVar[tuple[str, ...]] = ("principal", "interest", "costs")
    allocation_source: ClassVar[str] = ""
    rounding_note: ClassVar[str] = "interest is rounded to the minor unit per period, half up"
    # Statutory compensation grants, court fee basis and the like are per subclass.

    # --- dates -------------------------------------------------------------
    @functools.cached_property
    def _holidays(self) -> holidays.HolidayBase:
        import holidays

        return holidays.country_holidays(self.holidays_country, subdiv=self.holidays_subdiv, years=HOLIDAY_YEARS)

    @functools.cached_property
    def _days_off(self) -> frozenset[int]:
        """The days of HOLIDAY_YEARS that are not working days, as ordinals: asked of the
        holidays package once per version of it and kept in `.cache/`, because importing
        the package (all of its countries) took 0.2 s of every process."""
        import importlib.metadata

        from generator import diskcache

        first = dt.date(HOLIDAY_YEARS[0], 1, 1).toordinal()
        last = dt.date(HOLIDAY_YEARS[-1], 12, 31).toordinal()
        key = (f"holidays {importlib.metadata.version('holidays')}\0{self.holidays_country}\0"
               f"{self.holidays_subdiv}\0{first}\0{last}")

        def ask() -> frozenset[int]:
            return frozenset(n for n in range(first, last + 1)
                             if not self._holidays.is_working_day(dt.date.fromordinal(n)))

        return diskcache.remember("holidays", key, ask)

    def is_business_day(self, day: dt.date) -> bool:
        # The holidays package knows each country's weekend (Friday-Saturday in Israel)
        # and the weekend days a transfer of days off made working days (in Russia,
        # e.g. Saturday 28.12.2024): those are business days, not days to roll past.
        if day.year in HOLIDAY_YEARS:
            return day.toordinal() not in self._days_off
        return self._holidays.is_working_day(day)

    def invoice_due(self, case: Case | None, invoice: Invoice) -> dt.date:
        """The day an invoice's payment term ends under the contract, before any roll past
        weekends and holidays: the recorded due date, unless the jurisdiction reads the
        contract's term otherwise (PL: a term counted from the invoice's delivery)."""
        return invoice.due

    def effective_due(self, due: dt.date) -> dt.date:
        """The day payment is really due: moved past weekends and holidays where the law says so."""
        if not self.rolls_due_date:
            return due
        while not self.is_business_day(due):
            due += dt.timedelta(days=1)
        return due

    def next_business_day(self, day: dt.date) -> dt.date:
        while not self.is_business_day(day):
            day += dt.timedelta(days=1)
        return day

    def deadline_day(self, day: dt.date) -> dt.date:
        """A deadline a document sets, moved past weekends and holidays where the
        jurisdiction's documents do so."""
        if self.rolls_deadlines is None:
            return self.effective_due(day)
        return self.next_business_day(day) if self.rolls_deadlines else day

    def instalment_day(self, day: dt.date) -> dt.date:
        return self.next_business_day(day) if self.rolls_instalments else day

    def previous_business_day(self, day: dt.date) -> dt.date:
        while not self.is_business_day(day):
            day -= dt.timedelta(days=1)
        return day

    def day_basis(self, year: int) -> int:
        if self.actual_day_basis:
            return 366 if dt.date(year, 12, 31).timetuple().tm_yday == 366 else 365
        return 365

    # --- interest ----------------------------------------------------------
    def statutory_rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        raise MissingFigure(
            "contract.late_payment.interest",
            f"{self.code}: the jurisdiction data has no statutory late-payment rate; "
            f"set `interest: contractual` with `rate_percent`",
        )

    def rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        """The rate steps for one invoice's interest from `first` to `last` inclusive."""
        lp = case.contract.late_payment
        if lp.interest == "contractual":
            assert lp.rate_percent is not None
            return [RateStep(first, lp.rate_percent, "contract")]
        return self.statutory_rates(case, invoice, first, last)

    def interest_basis(self, case: Case) -> str:
        """A short label for the legal basis of the interest, for JSON and tests."""
        return case.contract.late_payment.interest

    # --- compensation, fees, limits ---------------------------------------
    def fees_from(self, case: Case, invoice: Invoice, first: dt.date) -> dt.date | None:
        """The first day a contractual late fee may be charged on `invoice` (`first`:
        the first day of delay); None when the law allows none yet."""
        return first

    def local_facts(self, case: Case, doc: Any, claim: Any) -> dict[str, Any]:
        """Facts only this jurisdiction's documents use (the template sees them as `local`)."""
        return {}

    def compensation(self, case: Case, invoice: Invoice) -> Figure | None:
        return None

    def fee_value(self, principal: Decimal, interest: Decimal, fees: Decimal, compensation: Decimal) -> Decimal:
        """The value of the claim that the court fee is charged on."""
        return principal + interest + fees + compensation

    def limit_value(self, principal: Decimal, interest: Decimal, fees: Decimal, compensation: Decimal) -> Decimal:
        """The value compared with the small-claims limit."""
        return principal + interest + fees + compensation

    def court_fee(self, case: Case, value: Decimal, on: dt.date) -> Figure:
        table = table_set(self.code.lower(), "court_fees").in_force(on)
        return Figure(table.charge(value), table.source)

    def small_claims_limit(self, case: Case, on: dt.date) -> Figure:
        table = table_set(self.code.lower(), "small_claims").in_force(on)
        assert table.limit is not None
        return Figure(table.limit, table.source)

    def small_claims_obstacles(self, case: Case) -> tuple[str, ...]:
        """Codes of reasons the small-claims route does not fit this creditor or debtor."""
        return ()

    def pretrial_min_days(self, case: Case) -> int:
        """The shortest response period the pre-action rules allow."""
        return 7


def series(code: str, name: str):
    return rate_series(code, name)
