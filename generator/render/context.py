"""What a template sees: the case, its law, the document, and the computed claim.

Everything a letter states is computed here or in compute/, never in a template:
templates hold language, conditionals and formatted placeholders only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from generator.case.model import Case, Contract, Invoice
from generator.compute.claim import Claim, Instalment, claim_for, instalments
from generator.compute.deadlines import deadline, document_date, respond_days
from generator.compute.money import round_money
from generator.jurisdictions.base import Jurisdiction
from generator.jurisdictions.data import MissingFigure, table_set
from generator.render.grammar import addressee

__all__ = ["build_context", "claim_for", "document_date", "respond_days"]  # re-exported for templates' tools

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Exhibit:
    kind: str  # contract | invoice | reminder | pretrial_claim | correspondence | payment_record | statement
    date: dt.date | None
    ref: str | None = None
    level: int | None = None
    sent_by: str | None = None
    proof: bool = False  # the case records proof of sending (a registered-mail number, ...)


@dataclass(frozen=True)
class PaymentRef:
    """What a transfer should quote: the invoices still open (all, when none is) and the
    contract. Templates word it per language ("Оплата по счёту № 187 от 20.05.2025 по
    договору № 14/П-2025"); the case id is not a reference a bank statement shows."""

    invoices: tuple[Invoice, ...]
    contract: Contract


def payment_ref(case: Case, claim: Claim | None) -> PaymentRef:
    open_ = tuple(line.invoice for line in claim.ledger.lines if line.principal > 0) if claim else ()
    return PaymentRef(open_ or case.invoices, case.contract)


@dataclass(frozen=True)
class DocumentInfo:
    """The document being rendered and the dates it sets."""

    name: str  # output name: reminder-2, pretrial-claim, ...
    kind: str  # contract_clauses | reminder | pretrial_claim | payment_plan | small_claim
    date: dt.date
    level: int | None = None  # reminders: 1 friendly, 2 firm, 3 final
    pay_by: dt.date | None = None  # reminders and the pre-trial claim: the deadline
    legal_steps_from: dt.date | None = None  # the first day proceedings may start
    respond_within_days: int | None = None
    pay_within_days: int | None = None
    court: str | None = None
    debt_register: Any = None
    installments: tuple[Instalment, ...] = ()


def document_info(case: Case, law: Jurisdiction, name: str, claim: Claim | None) -> DocumentInfo:
    docs = case.documents
    if name == "contract-clauses":
        return DocumentInfo(name, "contract_clauses", case.contract.date)
    if name.startswith("reminder-"):
        r = docs.reminders[int(name.split("-")[1]) - 1]
        pay_by = deadline(law, r.date, r.pay_within_days)
        return DocumentInfo(name, "reminder", r.date, level=r.level, pay_by=pay_by, legal_steps_from=pay_by + ONE_DAY,
                            pay_within_days=r.pay_within_days)
    if name == "pretrial-claim":
        p = docs.pretrial_claim
        assert p
        days = respond_days(case, law)
        pay_by = deadline(law, p.date, days)
        return DocumentInfo(name, "pretrial_claim", p.date, pay_by=pay_by, legal_steps_from=pay_by + ONE_DAY,
                            respond_within_days=days, debt_register=p.debt_register)
    if name == "payment-plan":
        plan = docs.payment_plan
        assert plan and claim
        return DocumentInfo(name, "payment_plan", plan.date,
                            installments=instalments(claim.total, plan.installments, plan.first_due, case.currency,
                                                         roll=law.instalment_day))
    small = docs.small_claim
    assert small
    return DocumentInfo(name, "small_claim", small.date, court=small.court)


def exhibits(case: Case, until: dt.date) -> tuple[Exhibit, ...]:
    """Evidence for the court: the contract, the invoices, what was actually sent, the log."""
    out = [Exhibit("contract", case.contract.date, case.contract.number)]
    out.extend(Exhibit("invoice", i.issued, i.number) for i in case.invoices)
    for r in case.documents.reminders:
        if r.sending.sent and r.sending.sent <= until:
            out.append(Exhibit("reminder", r.sending.sent, level=r.level, sent_by=r.sending.sent_by,
                               proof=r.sending.proof is not None))
    p = case.documents.pretrial_claim
    if p and p.sending.sent and p.sending.sent <= until:
        out.append(Exhibit("pretrial_claim", p.sending.sent, sent_by=p.sending.sent_by, proof=p.sending.proof is not None))
    if any(e.date <= until for e in case.events):
        out.append(Exhibit("correspondence", None))
    if any(p.date <= until for p in case.payments):
        out.append(Exhibit("payment_record", None))
    out.append(Exhibit("statement", until))
    return tuple(out)


@dataclass(frozen=True)
class ClauseFacts:
    """Figures the contract clauses state, computed once here."""

    prepayment_amount: Decimal | None
    statutory_rate: Decimal | None  # the statutory rate in force on the contract date, if one applies
    compensation_tiers: tuple[tuple[str, Decimal, Decimal | None, Decimal | None], ...]  # currency, amount, from, below


def clause_facts(case: Case, law: Jurisdiction) -> ClauseFacts:
    c = case.contract
    prepayment = None
    if c.prepayment and c.price:
        prepayment = round_money(c.price * c.prepayment.percent / 100, case.currency)
    rate = None
    if c.late_payment.interest == "statutory":
        try:
            day = c.date + ONE_DAY
            rate = law.statutory_rates(case, Invoice("-", c.date, c.date, Decimal(1)), day, day)[0].rate
        except MissingFigure:
            rate = None
    tiers: list[tuple[str, Decimal, Decimal | None, Decimal | None]] = []
    if c.late_payment.compensation and case.is_b2b and law.code in ("UK", "PL"):
        table_set_ = table_set(law.code.lower(), "compensation")
        table = table_set_.in_force(c.date)
        low: Decimal | None = None
        for t in table.tiers:
            high = t.below if t.below is not None else t.up_to
            tiers.append((table_set_.currency or case.currency, t.amount or Decimal(0), low, high))
            low = high
    return ClauseFacts(prepayment, rate, tuple(tiers))


# A missed instalment may be this many days late before the whole balance falls due.
PLAN_GRACE_DAYS = 14


def build_context(case: Case, law: Jurisdiction, name: str, lang: str, claim: Claim | None) -> dict[str, Any]:
    doc = document_info(case, law, name, claim)
    open_lines = tuple(line for line in claim.ledger.lines if line.principal > 0 or line.interest > 0) if claim else ()
    return {
        "lang": lang,
        "case": case,
        "creditor": case.creditor,
        "debtor": case.debtor,
        "contract": case.contract,
        "late_payment": case.contract.late_payment,
        "invoices": case.invoices,
        "payments": tuple(p for p in case.payments if p.date <= doc.date),
        "events": tuple(e for e in case.events if e.date <= doc.date),
        "doc": doc,
        # Whom the document addresses, as the wording's grammar needs it (form, gender, name pieces).
        "addressee": addressee(case.debtor),
        "creditor_grammar": addressee(case.creditor),
        "claim": claim,
        "open_lines": open_lines,
        "payment_ref": payment_ref(case, claim),
        "periods": claim.ledger.periods if claim else (),
        "exhibits": exhibits(case, doc.date) if doc.kind == "small_claim" else (),
        "clauses": clause_facts(case, law) if doc.kind == "contract_clauses" else None,
        "plan_grace_days": PLAN_GRACE_DAYS,
        "reminders_sent": tuple(r for r in case.documents.reminders if r.sending.sent and r.sending.sent <= doc.date),
        "pretrial_sent": (case.documents.pretrial_claim if case.documents.pretrial_claim
                          and case.documents.pretrial_claim.sending.sent
                          and case.documents.pretrial_claim.sending.sent <= doc.date else None),
        # Facts only this jurisdiction's documents use (IL: the consumer debt notice, ...).
        "local": law.local_facts(case, doc, claim),
        "law": {
            "code": law.code,
            "b2b": case.is_b2b,
            "debtor_individual": case.debtor.is_individual,
            "interest": case.contract.late_payment.interest,
            "interest_basis": law.interest_basis(case),
            "allocation_order": law.allocation_order,
            "pretrial_min_days": law.pretrial_min_days(case),
            "court_kind": law.court(case) if hasattr(law, "court") else None,
            "obstacles": law.small_claims_obstacles(case),
            "rolls_due_date": law.rolls_due_date,
        },
        # Facts only one jurisdiction's documents state (its module's document_facts).
        "jur": law.document_facts(case, name, claim, doc.date) if hasattr(law, "document_facts") else {},
    }
