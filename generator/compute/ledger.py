"""The running account of a case: invoices, late interest, fixed fees, compensation,
and every payment applied in the order the jurisdiction's law prescribes.

Walks the payments in date order. Before a payment is applied to an invoice, interest
on that invoice is brought up to the payment day (inclusive); afterwards it runs on
the new principal from the next day. Pure: the same case and date give the same ledger.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from generator.case.model import Case, Invoice
from generator.compute.interest import ONE_DAY, InterestPeriod, periods
from generator.jurisdictions.base import Figure, Jurisdiction

ZERO = Decimal(0)


@dataclass(frozen=True)
class Allocation:
    """How much of one payment went to one invoice, by component."""

    date: dt.date
    payment: int  # index in case.payments
    invoice: str
    costs: Decimal
    interest: Decimal
    principal: Decimal

    @property
    def total(self) -> Decimal:
        return self.costs + self.interest + self.principal


@dataclass(frozen=True)
class InvoiceLine:
    invoice: Invoice
    due: dt.date  # effective due date, after any business-day roll
    interest_from: dt.date
    paid_principal: Decimal
    principal: Decimal  # outstanding
    interest_accrued: Decimal
    interest_paid: Decimal
    fees: Decimal  # fixed late fees charged, before payments
    fee_units: int  # how many times the fee was charged
    compensation: Figure | None
    costs_paid: Decimal
    paid_off: dt.date | None

    @property
    def interest(self) -> Decimal:
        return self.interest_accrued - self.interest_paid

    @property
    def costs(self) -> Decimal:
        return self.fees + (self.compensation.amount if self.compensation else ZERO) - self.costs_paid


@dataclass(frozen=True)
class Ledger:
    as_of: dt.date
    lines: tuple[InvoiceLine, ...]
    periods: tuple[InterestPeriod, ...]
    allocations: tuple[Allocation, ...]
    overpaid: Decimal


def started_months(first: dt.date, last: dt.date) -> int:
    """How many months of delay have begun from `first` to `last` inclusive."""
    if last < first:
        return 0
    months = (last.year - first.year) * 12 + (last.month - first.month)
    if add_months(first, months) > last:
        months -= 1
    return months + 1


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass
class _Account:
    """Mutable working state for one invoice while the ledger is walked."""

    invoice: Invoice
    due: dt.date
    interest_from: dt.date
    principal: Decimal
    accrued_to: dt.date  # interest has been computed up to this day inclusive
    periods: list[InterestPeriod] = field(default_factory=list)
    interest_paid: Decimal = ZERO
    costs_paid: Decimal = ZERO
    paid_off: dt.date | None = None
    overdue: bool = False

    @property
    def interest_accrued(self) -> Decimal:
        return sum((p.amount for p in self.periods), ZERO)


class _Walk:
    def __init__(self, case: Case, law: Jurisdiction, as_of: dt.date):
        self.case = case
        self.law = law
        self.as_of = as_of
        self.accounts: dict[str, _Account] = {}
        for inv in case.invoices:
            due = law.effective_due(law.invoice_due(case, inv))
            self.accounts[inv.number] = _Account(inv, due, due + ONE_DAY, inv.amount, due)

    def accrue(self, acc: _Account, upto: dt.date) -> None:
        """Bring interest on `acc` up to `upto` inclusive on its current principal."""
        if upto >= acc.interest_from and acc.principal > 0:
            acc.overdue = True
        start = max(acc.accrued_to + ONE_DAY, acc.interest_from)
        if self.case.contract.late_payment.interest != "none" and upto >= start and acc.principal > 0:
            steps = self.law.rates(self.case, acc.invoice, start, upto)
            # No steps: the law's interest is claimed but not computed (IL: linkage and
            # interest "as by law" when the published figures are not in our tables).
            if steps:
                acc.periods.extend(periods(acc.invoice.number, acc.principal, start, upto, steps,
                                           self.law.day_basis, self.case.currency))
        acc.accrued_to = max(acc.accrued_to, upto)

    def fees(self, acc: _Account, upto: dt.date) -> tuple[Decimal, int]:
        """Fixed late fees charged on `acc` by `upto`: once, or per started month of delay."""
        fee = self.case.contract.late_payment.fee
        if fee is None or not acc.overdue:
            return ZERO, 0
        first = self.law.fees_from(self.case, acc.invoice, acc.interest_from)
        end = min(upto, acc.paid_off) if acc.paid_off else upto
        if first is None or end < first:
            return ZERO, 0
        units = 1 if fee.per == "once" else started_months(first, end)
        total = fee.amount * units
        if fee.cap is not None and total > fee.cap:
            total = fee.cap
        return total, units

    def compensation(self, acc: _Account) -> Figure | None:
        return self.law.compensation(self.case, acc.invoice) if acc.overdue else None

    def open_order(self, designated: str | None) -> list[_Account]:
        """Where a payment goes: the designated invoice, then the oldest due first."""
        ordered = sorted(self.accounts.values(), key=lambda a: (a.due, a.invoice.issued))
        if designated:
            ordered.sort(key=lambda a: a.invoice.number != designated)
        return ordered

    def apply(self, index: int, day: dt.date, amount: Decimal) -> tuple[list[Allocation], Decimal]:
        out: list[Allocation] = []
        left = amount
        for acc in self.open_order(self.case.payments[index].invoice):
            if left <= 0:
                break
            self.accrue(acc, day)
            parts = {"costs": ZERO, "interest": ZERO, "principal": ZERO}
            for part in self.law.allocation_order:
                if part == "principal":
                    owed = acc.principal
                elif part == "interest":
                    owed = acc.interest_accrued - acc.interest_paid
                else:
                    comp = self.compensation(acc)
                    owed = self.fees(acc, day)[0] + (comp.amount if comp else ZERO) - acc.costs_paid
                take = min(left, max(owed, ZERO))
                parts[part] += take
                left -= take
            if not any(parts.values()):
                continue
            acc.principal -= parts["principal"]
            acc.interest_paid += parts["interest"]
            acc.costs_paid += parts["costs"]
            if acc.principal == 0 and acc.paid_off is None:
                acc.paid_off = day
            out.append(Allocation(day, index, acc.invoice.number, parts["costs"], parts["interest"], parts["principal"]))
        return out, left

    def run(self) -> Ledger:
        allocations: list[Allocation] = []
        overpaid = ZERO
        payments = sorted(
            (p.date, i, p.amount) for i, p in enumerate(self.case.payments) if p.date <= self.as_of
        )
        for day, index, amount in payments:
            made, left = self.apply(index, day, amount)
            allocations.extend(made)
            overpaid += left
        lines = []
        for acc in self.accounts.values():
            self.accrue(acc, self.as_of)
            fees, units = self.fees(acc, self.as_of)
            lines.append(InvoiceLine(
                invoice=acc.invoice, due=acc.due, interest_from=acc.interest_from,
                paid_principal=acc.invoice.amount - acc.principal, principal=acc.principal,
                interest_accrued=acc.interest_accrued, interest_paid=acc.interest_paid,
                fees=fees, fee_units=units, compensation=self.compensation(acc),
                costs_paid=acc.costs_paid, paid_off=acc.paid_off,
            ))
        all_periods = tuple(p for acc in self.accounts.values() for p in acc.periods)
        return Ledger(self.as_of, tuple(lines), all_periods, tuple(allocations), overpaid)


def ledger(case: Case, law: Jurisdiction, as_of: dt.date) -> Ledger:
    """The account of `case` as it stands at the end of `as_of`."""
    return _Walk(case, law, as_of).run()
