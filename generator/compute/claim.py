"""The computed claim at a date: what the letters state and `compute` prints."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import Any

from generator.case.model import Case
from generator.compute.ledger import ZERO, Ledger, add_months, ledger
from generator.compute.money import as_text, minor_unit, round_money
from generator.jurisdictions.base import Figure, Jurisdiction
from generator.jurisdictions.data import MissingFigure

# The court figures each document states, beyond the claim itself (its interest needs
# the rate tables, its compensation the exchange rates: every document with a claim
# needs those). A friendly reminder needs no small-claims limit; contract clauses need
# no claim at all. Per jurisdiction where a document's wording depends on a figure:
# the Russian pre-trial claim announces a court order or an action by the court-order
# limit; the Israeli letters name the small-claims or the magistrates' court by the limit.
COURT_FIGURES = ("court_fee", "small_claims_limit")
DOCUMENT_FIGURES: dict[str, tuple[str, ...]] = {"small_claim": COURT_FIGURES}
JURISDICTION_FIGURES: dict[tuple[str, str], tuple[str, ...]] = {
    ("RU", "pretrial_claim"): ("small_claims_limit",),
    ("IL", "pretrial_claim"): ("small_claims_limit",),
    ("IL", "payment_plan"): ("small_claims_limit",),
}


def document_kind(name: str) -> str:
    """`reminder-2` → `reminder`, `pretrial-claim` → `pretrial_claim`."""
    return "reminder" if name.startswith("reminder-") else name.replace("-", "_")


def figures_needed(jurisdiction: str, name: str) -> tuple[str, ...]:
    """The court figures (`court_fee`, `small_claims_limit`) an output document states."""
    kind = document_kind(name)
    return JURISDICTION_FIGURES.get((jurisdiction, kind)) or DOCUMENT_FIGURES.get(kind, ())


@dataclass(frozen=True)
class Claim:
    case: Case
    as_of: dt.date
    ledger: Ledger
    principal: Decimal  # outstanding
    interest_accrued: Decimal
    interest_paid: Decimal
    fees: Decimal  # outstanding fixed fees
    compensation: Decimal  # outstanding statutory compensation
    total: Decimal
    limit_value: Decimal
    fee_value: Decimal
    interest_basis: str
    law: Jurisdiction = field(compare=False, repr=False, default=None)  # type: ignore[assignment]

    # The court figures are looked up only when a document states them: a table that does
    # not reach this date fails only the documents that need it (MissingFigure).
    @functools.cached_property
    def small_claims_limit(self) -> Figure:
        return self.law.small_claims_limit(self.case, self.as_of)

    @functools.cached_property
    def court_fee(self) -> Figure:
        return self.law.court_fee(self.case, self.fee_value, self.as_of)

    def figure_or_none(self, name: str) -> Figure | None:
        try:
            return getattr(self, name)
        except MissingFigure:
            return None

    @property
    def interest(self) -> Decimal:
        """Interest still owed."""
        return self.interest_accrued - self.interest_paid

    @property
    def daily_interest(self) -> Decimal:
        """Interest accruing per day after `as_of` on the principal still owed (CPR 16.4(2)
        asks particulars of claim to state it): from the periods that run to `as_of`."""
        exact = sum((p.principal * p.rate_percent / (100 * p.day_basis) for p in self.ledger.periods
                     if p.end == self.as_of), ZERO)
        return round_money(exact, self.case.currency)

    @property
    def within_small_claims_limit(self) -> bool:
        return self.limit_value <= self.small_claims_limit.amount

    @property
    def invoiced(self) -> Decimal:
        return sum((i.amount for i in self.case.invoices), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((a.total for a in self.ledger.allocations), ZERO) + self.ledger.overpaid

    def to_json(self) -> dict[str, Any]:
        cur = self.case.currency
        money = lambda v: as_text(v, cur)  # noqa: E731
        return {
            "case": self.case.id,
            "currency": cur,
            "as_of": self.as_of.isoformat(),
            "invoiced": money(self.invoiced),
            "paid": money(self.paid),
            "principal_outstanding": money(self.principal),
            "interest": {
                "basis": self.interest_basis,
                "total": money(self.interest_accrued),
                "paid": money(self.interest_paid),
                "outstanding": money(self.interest),
                "periods": [
                    {
                        "invoice": p.invoice, "from": p.start.isoformat(), "to": p.end.isoformat(), "days": p.days,
                        "principal": money(p.principal), "rate_percent": str(p.rate_percent), "day_basis": p.day_basis,
                        "amount": money(p.amount), "source": p.source, **({"note": p.note} if p.note else {}),
                    }
                    for p in self.ledger.periods
                ],
            },
            "fees": money(self.fees),
            "compensation": money(self.compensation),
            "claim_total": money(self.total),
            "daily_interest": money(self.daily_interest),
            **self._court_json(money),
            "invoices": [
                {
                    "invoice": line.invoice.number, "amount": money(line.invoice.amount),
                    "due": line.due.isoformat(), "interest_from": line.interest_from.isoformat(),
                    "principal_outstanding": money(line.principal), "interest_outstanding": money(line.interest),
                    "fees": money(line.fees),
                    "compensation": money(line.compensation.amount if line.compensation else ZERO),
                }
                for line in self.ledger.lines
            ],
            "allocations": [
                {
                    "date": a.date.isoformat(), "payment": a.payment, "invoice": a.invoice,
                    "costs": money(a.costs), "interest": money(a.interest), "principal": money(a.principal),
                }
                for a in self.ledger.allocations
            ],
            "overpaid": money(self.ledger.overpaid),
        }


    def _court_json(self, money) -> dict[str, Any]:
        """Court fee and limit, or null with the reason where a table does not reach `as_of`."""
        out: dict[str, Any] = {}
        fee, limit = self.figure_or_none("court_fee"), self.figure_or_none("small_claims_limit")
        out["court_fee"] = money(fee.amount) if fee else None
        out["court_fee_source"] = fee.source if fee else None
        out["small_claims_limit"] = money(limit.amount) if limit else None
        out["within_small_claims_limit"] = self.within_small_claims_limit if limit else None
        missing = [exc.message for exc in (self._missing("court_fee"), self._missing("small_claims_limit")) if exc]
        if missing:
            out["missing_figures"] = list(dict.fromkeys(missing))
        return out

    def _missing(self, name: str) -> MissingFigure | None:
        try:
            getattr(self, name)
        except MissingFigure as exc:
            return exc
        return None


def compute_claim(case: Case, law: Jurisdiction, as_of: dt.date) -> Claim:
    """Everything owed at the end of `as_of`; the court fee and small-claims limit are
    looked up when first asked for (`Claim.court_fee`, `Claim.small_claims_limit`)."""
    book = ledger(case, law, as_of)
    principal = sum((line.principal for line in book.lines), ZERO)
    accrued = sum((line.interest_accrued for line in book.lines), ZERO)
    interest_paid = sum((line.interest_paid for line in book.lines), ZERO)
    fees_due = sum((line.fees for line in book.lines), ZERO)
    comp_due = sum((line.compensation.amount for line in book.lines if line.compensation), ZERO)
    costs_paid = sum((line.costs_paid for line in book.lines), ZERO)
    # Payments to costs settle fixed fees first, then compensation.
    fees = max(fees_due - costs_paid, ZERO)
    compensation = comp_due - max(costs_paid - fees_due, ZERO)
    interest = accrued - interest_paid
    total = principal + interest + fees + compensation
    fee_value = law.fee_value(principal, interest, fees, compensation)
    limit_value = law.limit_value(principal, interest, fees, compensation)
    return Claim(
        case=case, as_of=as_of, ledger=book, principal=principal, interest_accrued=accrued,
        interest_paid=interest_paid, fees=fees, compensation=compensation, total=total,
        limit_value=limit_value, fee_value=fee_value, interest_basis=law.interest_basis(case), law=law,
    )


@dataclass(frozen=True)
class Instalment:
    number: int
    due: dt.date
    amount: Decimal


def instalments(total: Decimal, count: int, first_due: dt.date, currency: str, roll=None) -> tuple[Instalment, ...]:
    """Equal monthly instalments in whole minor units; the last takes the remainder,
    so the schedule adds up to the total exactly. `roll` moves a date (a day of rest)."""
    unit = minor_unit(currency)
    base = (total / count).quantize(unit, rounding=ROUND_DOWN)
    roll = roll or (lambda day: day)
    out = [Instalment(i + 1, roll(add_months(first_due, i)), base) for i in range(count - 1)]
    out.append(Instalment(count, roll(add_months(first_due, count - 1)), total - base * (count - 1)))
    return tuple(out)


def claim_for(case: Case, law: Jurisdiction, name: str) -> Claim | None:
    """The claim as it stands on an output document's date (none for contract clauses)."""
    from generator.compute.deadlines import document_date

    if name == "contract-clauses":
        return None
    return compute_claim(case, law, document_date(case, name))
