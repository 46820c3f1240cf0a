"""The case as immutable, typed domain objects: what every later stage reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str | None = None


@dataclass(frozen=True)
class Party:
    name: str
    kind: str  # business | consumer
    address: tuple[str, ...]
    ids: tuple[tuple[str, str], ...] = ()
    email: str | None = None
    phone: str | None = None
    bank_account: str | None = None
    bank_name: str | None = None
    signatory: Signatory | None = None
    sole_trader: bool = False
    city: str | None = None

    @property
    def is_business(self) -> bool:
        return self.kind == "business"

    @property
    def is_individual(self) -> bool:
        """A consumer or a sole trader: a natural person, whatever the trade."""
        return self.kind == "consumer" or self.sole_trader


@dataclass(frozen=True)
class Prepayment:
    percent: Decimal
    due_days: int


@dataclass(frozen=True)
class LateFee:
    amount: Decimal
    per: str  # once | month
    cap: Decimal | None = None


@dataclass(frozen=True)
class LatePayment:
    interest: str  # statutory | contractual | none
    rate_percent: Decimal | None = None
    fee: LateFee | None = None
    compensation: bool = False
    # UK: the creditor's view whether a contractual rate is a "substantial remedy" (LPCDA
    # ss.8-9): True keeps it, False claims the Act's interest instead, None = not recorded.
    substantial_remedy: bool | None = None


@dataclass(frozen=True)
class DisputeResolution:
    method: str  # court | arbitration | mediation
    negotiation_days: int | None = None
    venue: str | None = None


@dataclass(frozen=True)
class Contract:
    date: dt.date
    subject: str
    number: str | None = None
    price: Decimal | None = None
    prepayment: Prepayment | None = None
    payment_terms_days: int | None = None
    late_payment: LatePayment = LatePayment(interest="none")
    dispute_resolution: DisputeResolution | None = None


@dataclass(frozen=True)
class Invoice:
    number: str
    issued: dt.date
    due: dt.date
    amount: Decimal
    description: str | None = None


@dataclass(frozen=True)
class Payment:
    date: dt.date
    amount: Decimal
    invoice: str | None = None
    note: str | None = None
    overpayment: bool = False


@dataclass(frozen=True)
class ExchangeRate:
    currency: str
    date: dt.date
    rate: Decimal
    table: str


@dataclass(frozen=True)
class Event:
    date: dt.date
    channel: str
    summary: str


@dataclass(frozen=True)
class Sending:
    """When and how a document actually went out, if the user recorded it."""

    sent: dt.date | None = None
    sent_by: str | None = None


@dataclass(frozen=True)
class Reminder:
    level: int  # 1 friendly, 2 firm, 3 final
    date: dt.date
    pay_within_days: int
    sending: Sending = Sending()


@dataclass(frozen=True)
class DebtRegister:
    name: str
    address: str


@dataclass(frozen=True)
class PretrialClaim:
    date: dt.date
    respond_within_days: int | None  # None: the jurisdiction's minimum applies
    debt_register: DebtRegister | None = None
    sending: Sending = Sending()


@dataclass(frozen=True)
class PaymentPlanRequest:
    date: dt.date
    installments: int
    first_due: dt.date
    signed: dt.date | None = None


@dataclass(frozen=True)
class SmallClaimRequest:
    date: dt.date
    court: str
    filed: dt.date | None = None


@dataclass(frozen=True)
class Documents:
    contract_clauses: bool = False
    reminders: tuple[Reminder, ...] = ()
    pretrial_claim: PretrialClaim | None = None
    payment_plan: PaymentPlanRequest | None = None
    small_claim: SmallClaimRequest | None = None

    def names(self) -> tuple[str, ...]:
        """Output document names, in the order of escalation."""
        out: list[str] = []
        if self.contract_clauses:
            out.append("contract-clauses")
        out.extend(f"reminder-{r.level}" for r in self.reminders)
        if self.pretrial_claim:
            out.append("pretrial-claim")
        if self.payment_plan:
            out.append("payment-plan")
        if self.small_claim:
            out.append("small-claim")
        return tuple(out)


@dataclass(frozen=True)
class Case:
    id: str
    source: str  # the case file as the user named it, for messages
    jurisdiction: str
    languages: tuple[str, ...]
    currency: str
    creditor: Party
    debtor: Party
    contract: Contract
    invoices: tuple[Invoice, ...]
    documents: Documents
    payments: tuple[Payment, ...] = ()
    events: tuple[Event, ...] = ()
    exchange_rates: tuple[ExchangeRate, ...] = ()
    paper: str = "A4"
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def is_b2b(self) -> bool:
        return self.creditor.is_business and self.debtor.is_business

    def invoice(self, number: str) -> Invoice:
        return next(i for i in self.invoices if i.number == number)
