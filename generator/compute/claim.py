"""The computed claim at a date: what the letters state and `compute` prints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import Any

from generator.case.model import Case
from generator.compute.ledger import ZERO, Ledger, add_months, ledger
from generator.compute.money import as_text, minor_unit, round_money
from generator.jurisdictions.base import Figure, Jurisdiction


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
    court_fee: Figure
    small_claims_limit: Figure
    limit_value: Decimal
    fee_value: Decimal
    interest_basis: str

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
            "court_fee": money(self.court_fee.amount),
            "court_fee_source": self.court_fee.source,
            "small_claims_limit": money(self.small_claims_limit.amount),
            "within_small_claims_limit": self.within_small_claims_limit,
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


def compute_claim(case: Case, law: Jurisdiction, as_of: dt.date) -> Claim:
    """Everything owed at the end of `as_of`, with court fee and small-claims check."""
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
        court_fee=law.court_fee(case, fee_value, as_of), small_claims_limit=law.small_claims_limit(case, as_of),
        limit_value=limit_value, fee_value=fee_value, interest_basis=law.interest_basis(case),
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
