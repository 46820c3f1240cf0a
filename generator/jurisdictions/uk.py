"""England and Wales.

References (verified; the sources are in data/uk/*.yaml and in the comments below):
- Late Payment of Commercial Debts (Interest) Act 1998 ss. 2(1), 4, 5A, 8-9; SI 2002/1675
  art. 4 (8 % over Bank Rate on 31 December / 30 June, fixed for the debt); SI 2013/395
  (agreed payment periods over 60 days).
- County Courts Act 1984 s.69 (interest outside the 1998 Act, at the court's discretion).
- CPR 26.9 (scope of the small claims track); Civil Proceedings Fees Order 2008 Sch. 1
  fee 1.1 ("5% of the value of the claim", SI 2015/576 art. 2(3)).
- Pre-Action Protocol for Debt Claims (individual debtors); Practice Direction -
  Pre-Action Conduct and Protocols (business debtors).
- Civil National Business Centre: replaced the County Court Money Claims Centre and the
  County Court Business Centre on 14 August 2023 (data/uk/reference/courts.yaml).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from typing import Any

from generator.case.model import Case, Invoice
from generator.jurisdictions.base import Figure, Jurisdiction, RateStep, series
from generator.jurisdictions.data import MissingFigure, load_yaml, table_set

ZERO = Decimal(0)
# Consumer ADR information: regulation 19 of the ADR Regulations 2015 (SI 2015/542) until
# Chapter 4 of Part 4 of the Digital Markets, Competition and Consumers Act 2024 came into
# force on 6 April 2026 (DMCCA 2024 (Commencement No. 3 and Transitional Provisions)
# Regulations 2026; legislationtracker.co.uk 16.3.2026; fsp-law.com "Resolving consumer
# contract disputes": the general reg 19 duty was revoked and replaced by a duty to inform
# of ADR actually available). The section number of the new duty was not verified.
DMCCA_ADR_FROM = dt.date(2026, 4, 6)
# SI 2015/17 reg 25(1)-(2) (service.betterregulation.com text of reg 25; legislation.gov.uk/
# uksi/2015/17): a company's business letters state the part of the UK it is registered in,
# its registered number and the address of its registered office.
COMPANY_NUMBER_KEYS = ("Company No.", "Company number", "Company registration number", "CRN")
ONE_DAY = dt.timedelta(days=1)
DATA = Path(__file__).resolve().parent / "data" / "uk"
# The languages the UK wording exists in (templates/uk/<lang>/).
WORDING_LANGS = ("en", "pl", "ru", "he")


@functools.cache
def courts() -> dict[str, Any]:
    """Obsolete court and centre names and their replacements (data/uk/reference/courts.yaml)."""
    return load_yaml(DATA / "reference" / "courts.yaml")


def obsolete_court(name: str | None) -> dict[str, Any] | None:
    """The entry for an obsolete court name that `name` uses, if any."""
    if not name:
        return None
    low = name.casefold()
    for entry in courts()["obsolete"]:
        if any(alias.casefold() in low for alias in entry["names"]):
            return entry
    return None


def current_court(name: str) -> str:
    """The court as it is named today: an obsolete centre becomes its replacement."""
    entry = obsolete_court(name)
    return entry["replacement"] if entry else name


def _choice(case: Case) -> bool | None:
    """The creditor's recorded view on a contractual rate in a business contract:
    True = it is a substantial remedy (claim it), False = it is not (the term is void
    under LPCDA s.8(1) and statutory interest applies), None = not recorded."""
    return getattr(case.contract.late_payment, "substantial_remedy", None)


class EnglandAndWales(Jurisdiction):
    code = "UK"
    holidays_country = "GB"
    holidays_subdiv = "ENG"
    language = "en"
    currency = "GBP"
    # No general rule moves a contractual due date off a weekend (legal-facts §6).
    rolls_due_date = False
    allocation_order = ("principal", "interest", "costs")
    allocation_source = "common law appropriation: as the debtor designates, else the oldest debt first"

    # --- interest ----------------------------------------------------------
    def lpcda_applies(self, case: Case) -> bool:
        """Statutory interest under the 1998 Act runs: a business-to-business contract
        (s.2(1)) whose terms do not displace it by a substantial contractual remedy
        (ss.8-9), or whose contractual rate the creditor treats as void (recorded choice)."""
        lp = case.contract.late_payment
        if not case.is_b2b:
            return False
        if lp.interest == "statutory":
            return True
        return lp.interest == "contractual" and _choice(case) is False

    def statutory_rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        if case.is_b2b:
            # SI 2002/1675 art. 4: the reference rate is Bank Rate on 31 December (for
            # interest starting January-June) or 30 June (July-December), fixed for the debt.
            # The rate follows the debt's first day of interest, not this segment's start.
            start = invoice.due + ONE_DAY
            ref_day = self.reference_day(start)
            bank = series("uk", "boe_bank_rate").rate_on(ref_day)
            return [RateStep(first, bank.rate + 8, "LPCDA 1998 s.4, SI 2002/1675 art. 4",
                             f"8% + Bank Rate {bank.rate}% on {ref_day.isoformat()}")]
        entry = series("uk", "county_courts_rate").rate_on(first)
        return [RateStep(first, entry.rate, "County Courts Act 1984 s.69")]

    @staticmethod
    def reference_day(start: dt.date) -> dt.date:
        return dt.date(start.year - 1, 12, 31) if start.month <= 6 else dt.date(start.year, 6, 30)

    def rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        if case.contract.late_payment.interest == "contractual" and self.lpcda_applies(case):
            # The creditor recorded that the agreed rate is not a substantial remedy: the
            # term is void (LPCDA s.8(1)) and the Act's rate applies.
            return self.statutory_rates(case, invoice, first, last)
        return super().rates(case, invoice, first, last)

    def interest_basis(self, case: Case) -> str:
        if self.lpcda_applies(case):
            return "lpcda_1998"
        if case.contract.late_payment.interest != "statutory":
            return case.contract.late_payment.interest
        return "county_courts_act_s69"

    def compensation(self, case: Case, invoice: Invoice) -> Figure | None:
        # s.5A: the fixed sum is due only "where statutory interest begins to run" on the
        # debt: never with a contractual rate that displaces the Act, never for consumers.
        if not (case.contract.late_payment.compensation and self.lpcda_applies(case)):
            return None
        tables = table_set("uk", "compensation")
        if case.currency != tables.currency:
            raise MissingFigure("currency", "the s.5A fixed sums are in GBP; a UK case claiming them must be in GBP")
        table = tables.in_force(invoice.due)
        return Figure(table.tier_for(invoice.amount).amount, table.source)

    # --- court ---------------------------------------------------------------
    def court_fee(self, case: Case, value: Decimal, on: dt.date) -> Figure:
        if value <= 0:
            return Figure(ZERO, "no sum is claimed, so no issue fee is payable")
        table = table_set("uk", "court_fees").in_force(on)
        # Fee 1.1(h) is "5% of the value of the claim" (SI 2015/576 art. 2(3)); the Order
        # gives no rounding to the pound, so the fee is exact to the penny (a half penny
        # is dropped: the fee is never more than 5 %).
        exact = dataclasses.replace(table, rounding_unit=Decimal("0.01"), rounding_mode="down")
        return Figure(exact.charge(value), table.source)

    def limit_value(self, principal: Decimal, interest: Decimal, fees: Decimal, compensation: Decimal) -> Decimal:
        # CPR Part 26: interest and costs are disregarded when the court assesses the
        # financial value of a claim for allocation to a track.
        return principal + fees + compensation

    def pretrial_min_days(self, case: Case) -> int:
        # Debt Protocol para 3.1 (individuals, sole traders included): 30 days to reply;
        # PD Pre-Action Conduct para 6(b): 14 days in a straightforward business case.
        return 30 if case.debtor.is_individual else 14

    # --- what the documents need beyond the claim -----------------------------
    def plan_status(self, case: Case, on: dt.date) -> dict[str, Any] | None:
        """The signed instalment agreement on `on`: running (every instalment due so far
        paid within the grace period), broken (one missed by more than the grace
        period), or completed. None when no plan was signed by then."""
        from generator.compute.claim import compute_claim, instalments
        from generator.render.context import PLAN_GRACE_DAYS

        plan = case.documents.payment_plan
        if not plan or not plan.signed or plan.signed > on:
            return None
        # The plan covers only the undisputed part (M-B, N-1): the same total the plan prints.
        total = plan_cover(case, self, compute_claim(case, self, plan.date))["total"]
        if total <= 0:
            return None  # nothing undisputed to pay by instalments: no plan to keep
        schedule = instalments(total, plan.installments, plan.first_due, case.currency)
        paid_after = sorted((p.date, p.amount) for p in case.payments if plan.date < p.date <= on)
        due_sum = ZERO
        missed = None
        paid_count = 0
        for inst in schedule:
            due_sum += inst.amount
            limit = inst.due + dt.timedelta(days=PLAN_GRACE_DAYS)
            paid_by_limit = sum((a for d, a in paid_after if d <= limit), ZERO)
            if limit < on and paid_by_limit < due_sum:
                missed = inst
                break
            if sum((a for d, a in paid_after), ZERO) >= due_sum:
                paid_count += 1
        last_due = schedule[-1].due
        state = "broken" if missed else ("completed" if paid_count == len(schedule) else "running")
        return {"state": state, "signed": plan.signed, "missed": missed, "paid": paid_count,
                "count": len(schedule), "last_due": last_due}

    def document_facts(self, case: Case, name: str, claim: Any, on: dt.date) -> dict[str, Any]:
        """Facts the England and Wales documents state that the shared context lacks."""
        lp = case.contract.late_payment
        basis = self.interest_basis(case)
        events = [e for e in case.events if e.date <= on]
        disputes = [e for e in events if getattr(e, "kind", "note") == "dispute"]
        asked_time = [e for e in events if getattr(e, "kind", "note") in ("time_request", "promise")]
        individual = case.debtor.is_individual
        consumer = case.debtor.kind == "consumer"
        # Interest under s.69 is awarded by the court at its discretion: before judgment it
        # is not a debt the consumer owes, so a letter asks for the rest and names it apart.
        discretionary = basis == "county_courts_act_s69"
        demand = None
        if claim is not None:
            demand = claim.total - claim.interest if discretionary else claim.total
        lines = []
        if claim is not None:
            for line in claim.ledger.lines:
                periods = [p for p in claim.ledger.periods if p.invoice == line.invoice.number]
                if not periods or line.interest_accrued <= 0:
                    continue
                daily = sum((p.principal * p.rate_percent / (100 * p.day_basis) for p in periods if p.end == on), ZERO)
                from generator.compute.money import round_money

                rates = []
                for p in periods:
                    if p.rate_percent not in rates:
                        rates.append(p.rate_percent)
                lines.append({
                    "invoice": line.invoice.number, "principal": line.principal, "start": periods[0].start,
                    "end": periods[-1].end, "rates": tuple(rates), "amount": line.interest_accrued,
                    "daily": round_money(daily, case.currency),
                    "reference_day": self.reference_day(line.interest_from) if basis == "lpcda_1998" else None,
                    "bank_rate": (rates[0] - 8) if basis == "lpcda_1998" else None,
                    "compensation": line.compensation.amount if line.compensation else None,
                })
        plan = case.documents.payment_plan
        plan_info = None
        # Less the interest on the disputed amounts where the demand carries interest (not
        # s.69 interest, which the demand leaves out).
        undisputed = (demand - sum((e.amount for e in disputes), ZERO)
                      - (sum(owed_only_if_disputes_fail(case, self, claim, disputes)) if not discretionary else ZERO)) \
            if demand is not None and disputes and all(e.amount is not None for e in disputes) else None
        if plan is not None and name in ("payment-plan",):
            last = plan.first_due
            from generator.compute.ledger import add_months

            last = add_months(plan.first_due, plan.installments - 1)
            from generator.compute.claim import instalments

            # Every recorded dispute with an amount is deducted (no event kind records one
            # settled): the debtor neither acknowledges as due nor restarts limitation for
            # what she disputes (third review, M-B). Where a dispute has no amount, or
            # nothing undisputed is left, the plan is a draft marked DO NOT SIGN (N-1).
            cover = plan_cover(case, self, claim) if claim is not None else None
            covered = cover["total"] if cover else None
            plan_info = {
                "total": covered,
                "disputed": cover["disputed"] if cover and cover["disputed"] > 0 else None,
                # What the row deducts besides the disputed amounts (its label names it).
                "disputed_extras": ("both" if cover["disputed_compensation"] > 0 else "interest")
                if cover and cover["disputed_interest"] + cover["disputed_compensation"] > 0 else "none",
                "blocked": cover["blocked"] if cover else None,
                "instalments": (instalments(covered, plan.installments, plan.first_due, case.currency)
                                if covered is not None and covered > 0 else ()),
                # RAO (SI 2001/544) art. 60F(2): no more than 12 payments, within 12 months of
                # the agreement, without interest or other charges.
                "cca_exempt": plan.installments <= 12 and last < add_months(plan.date, 12),
                "last_due": last,
            }
        status = self.plan_status(case, on) if name == "small-claim" else None
        court = None
        if name == "small-claim" and case.documents.small_claim:
            court = current_court(case.documents.small_claim.court)
        mcol = mcol_particulars(case, claim, basis, lines, on) if name == "small-claim" and claim is not None else None
        letter = case.documents.pretrial_claim
        return {
            "adr_regime": "dmcca_2024" if on >= DMCCA_ADR_FROM else "adr_2015",
            # The Letter of Claim sent to an individual without the official Annex 1 forms
            # (Debt Protocol paras 1.2, 3.1): its date, for the filing checklist.
            "annex_1_missing": letter.date if (letter and individual and letter.sending.sent
                                               and letter.sending.sent <= on and not letter.annex_1_enclosed) else None,
            # The flag added after the letter went, against its record in output/ (own
            # forms): the packet keeps a warning to confirm before issuing (fourth review).
            "annex_1_contradicted": letter.sending.sent if (name == "small-claim" and letter and individual
                                                           and letter.sending.sent and letter.sending.sent <= on
                                                           and letter.annex_1_enclosed
                                                           and sent_letter_carried_own_forms(case)) else None,
            # A contractual rate the creditor treats as no substantial remedy (LPCDA s.9(1)):
            # void under s.8(4)(a), so the Act's interest runs; the documents say why.
            "void_rate": lp.rate_percent if lp.interest == "contractual" and basis == "lpcda_1998" else None,
            "registration": company_registration(case.creditor),
            # Interest that keeps running on the amount demanded (not s.69 interest, which
            # is the court's to award): the letter asks for it with the demand.
            "demand_daily": claim.daily_interest if (claim is not None and not discretionary
                                                     and claim.interest > 0 and claim.daily_interest > 0) else None,
            "day_after": on + ONE_DAY,
            "dispute_answers": dispute_answers(case, disputes, on),
            "undisputed": undisputed,
            "official_annex_1": bool(case.documents.pretrial_claim and case.documents.pretrial_claim.annex_1_enclosed),
            # The Letter of Claim the case records as sent (on any date): what is built now
            # is its record, never a letter to send, so it carries no NOT READY box but
            # says whether the official forms went with it (third review, M-A).
            "letter_sent": letter.sending.sent if letter and letter.sending.sent else None,
            # Whom the letter addresses, per language: the name in that language's script
            # where the case gives one (names.en for a party written in another script).
            "addressee": {lang: addressee_in(case.debtor, lang) for lang in WORDING_LANGS},
            "mcol": mcol,
            "disputes": tuple(disputes),
            "asked_time": tuple(asked_time),
            "consumer": consumer,
            "individual": individual,
            "discretionary_interest": discretionary,
            "demand": demand,
            "interest_lines": tuple(lines),
            "plan": plan_info,
            "plan_status": status,
            "court": court,
            "contractual_rate": lp.rate_percent if lp.interest == "contractual" and basis == "contractual" else None,
        }

    # --- checks on a valid case (warnings, never errors) -------------------------
    def case_warnings(self, case: Case) -> list[tuple[tuple[Any, ...], str]]:
        out: list[tuple[tuple[Any, ...], str]] = []
        dr = case.contract.dispute_resolution
        small = case.documents.small_claim
        for path, name in ((("contract", "dispute_resolution", "venue"), dr.venue if dr else None),
                           (("documents", "small_claim", "court"), small.court if small else None)):
            entry = obsolete_court(name)
            if entry:
                out.append((path, f"'{name}' no longer exists: {entry['note']}; use '{entry['replacement']}'"))
        lp = case.contract.late_payment
        if case.is_b2b and lp.interest == "contractual" and lp.rate_percent is not None and _choice(case) is None:
            out.append((("contract", "late_payment", "rate_percent"),
                        f"a contractual rate of {lp.rate_percent}% displaces the Late Payment Act's interest "
                        "(8% over Bank Rate) and its s.5A compensation only if it is a 'substantial remedy' "
                        "(LPCDA ss.8-9; 0.5% over base was not, Yuanda v WW Gear [2010] EWHC 720 (TCC)). "
                        "Record your choice: `substantial_remedy: true` to claim the agreed rate, or "
                        "`substantial_remedy: false` to claim the Act's interest and compensation"))
        if self.lpcda_applies(case):
            terms = [("contract", "payment_terms_days")] if (case.contract.payment_terms_days or 0) > 60 else []
            terms += [("invoices", i, "due") for i, inv in enumerate(case.invoices) if (inv.due - inv.issued).days > 60]
            for path in terms[:1]:
                out.append((path, "an agreed payment period of more than 60 days counts for statutory interest only "
                                  "if it was expressly agreed and is not grossly unfair to the supplier (LPCDA s.4 as "
                                  "amended by SI 2013/395); otherwise interest runs from day 61: check the due dates"))
        if small:
            status = self.plan_status(case, small.date)
            if status and status["state"] == "running":
                out.append((("documents", "small_claim"),
                            f"the instalment agreement signed on {status['signed'].isoformat()} is running "
                            f"({status['paid']} of {status['count']} instalments paid, none missed): the creditor "
                            "promised not to sue while it is kept, so the small claim is marked DO NOT ISSUE"))
        letter = case.documents.pretrial_claim
        out += annex_1_warnings(case)
        if letter and case.debtor.is_individual and letter.sending.sent_by == "email":
            # The Protocol, as quoted by lyonsdavidson.co.uk: "The Letter of Claim should be
            # sent by post" (its paragraph number not verified).
            out.append((("documents", "pretrial_claim", "sent_by"),
                        "the Pre-Action Protocol for Debt Claims expects the Letter of Claim to be sent by post; "
                        "e-mail may be used in addition"))
        if small:
            for i, e in enumerate(case.events):
                if e.kind != "dispute" or e.date > small.date:
                    continue
                if letter and letter.sending.sent and e.date <= letter.date:
                    continue  # the Letter of Claim answers it (it prints every dispute by its date)
                out.append((("events", i),
                            f"the dispute of {e.date.isoformat()} came after the letter before claim (or no letter "
                            "was sent), so no document of this case answers it: answer it in writing and allow time "
                            "for a reply before issuing the claim (PD Pre-Action Conduct paras 6 and 8; the Debt "
                            "Protocol for an individual)"))
        for i, e in enumerate(case.events):
            # A complaint written as a plain note is invisible to every document (second
            # review, Minor 11): the Letter of Claim and the particulars answer only a
            # recorded `kind: dispute`.
            text = (e.summary or "").lower()
            if getattr(e, "kind", "note") == "note" and ("disput" in text or "complain" in text):
                out.append((("events", i),
                            "this note reads like a dispute or complaint, which no document answers while it is "
                            "a note: record it as `kind: dispute` (with `disputed:` and, if known, `amount:` and "
                            "`invoice:`) so the Letter of Claim and the particulars deal with it"))
        plan = case.documents.payment_plan
        if plan:
            out += plan_dispute_warnings(case, self)
        if plan and case.debtor.is_individual:
            from generator.compute.ledger import add_months

            last = add_months(plan.first_due, plan.installments - 1)
            if plan.installments > 12 or last >= add_months(plan.date, 12):
                out.append((("documents", "payment_plan", "installments"),
                            "an instalment plan for an individual with more than 12 payments or running beyond 12 "
                            "months from the agreement is outside the exemption of RAO art. 60F(2) and may be a "
                            "regulated credit agreement (Consumer Credit Act 1974): use at most 12 instalments "
                            "within 12 months, or take advice"))
        return out


def plan_cover(case: Case, law: Any, claim: Any) -> dict[str, Any]:
    """What the instalment agreement covers of the sum due on the plan's date (`claim`,
    computed at that date; without s.69 interest, which is the court's to award): every
    dispute recorded by the plan's date that has an amount is deducted (none is recorded
    as settled; third review M-B, fourth review N-1), with the interest and fixed sums
    that depend on it (`owed_only_if_disputes_fail`; fourth review Minor 3). `blocked`
    says why the plan must not be signed: "unknown" where a dispute records no amount
    (the disputed part is not known, so an acknowledgement of the rest could reach it),
    "nothing-left" where the disputes take the whole sum due; None where it may be signed."""
    plan = case.documents.payment_plan
    disputes = [e for e in case.events
                if getattr(e, "kind", "note") == "dispute" and plan is not None and e.date <= plan.date]
    s69 = law.interest_basis(case) == "county_courts_act_s69"
    total = claim.total - claim.interest if s69 else claim.total
    interest, compensation = (ZERO, ZERO) if s69 else owed_only_if_disputes_fail(case, law, claim, disputes)
    disputed = sum((e.amount for e in disputes if e.amount is not None), ZERO) + interest + compensation
    rest = total - disputed
    unknown = [e for e in disputes if e.amount is None]
    blocked = "unknown" if unknown else ("nothing-left" if disputes and rest <= 0 else None)
    return {"total": rest if rest > 0 else ZERO, "disputed": min(disputed, total), "sum_due": total,
            "disputed_interest": interest, "disputed_compensation": compensation, "disputes": disputes,
            "unknown": unknown, "blocked": blocked}


def owed_only_if_disputes_fail(case: Case, law: Any, claim: Any, disputes: list[Any]) -> tuple[Decimal, Decimal]:
    """What `claim` adds to the disputed amounts and would not be owed if the disputes
    are good, as (interest, fixed sums): the interest that accrued on them, and the part
    of the s.5A fixed sums that depends on them. The undisputed part of a sum due must not carry either (fourth UK
    review, Minor 3; the review passes of 2026-12-02: a claim "for the undisputed sum"
    would otherwise sue for what is disputed).

    Each disputed amount is taken as unpaid from the start of its invoice's interest (a
    part payment goes to what the debtor does not dispute: our reading, not a rule we
    verified). The interest deducted is the claim's interest less the interest, period by
    period and rounded as the claim rounds it (compute/interest.py), on the principal
    without the disputed amount; the fixed sum deducted is the invoice's less the one its
    undisputed amount would carry (s.5A's bands go by the size of the debt; none where
    the whole invoice is disputed, or the undisputed part was paid on time). So the
    undisputed part is exactly the claim on the undisputed principal. This reads a good
    dispute as reducing the price; were it only a set-off or counterclaim, the whole
    fixed sum would stand, so the reading errs on the debtor's side. A dispute that names
    no invoice is put on the invoice whose interest started first, which deducts the
    most: the undisputed figure is never overstated."""
    import dataclasses as _dc

    from generator.compute.interest import simple_interest
    from generator.compute.money import round_money

    by_invoice: dict[str, list[Any]] = {}
    for period in claim.ledger.periods:
        by_invoice.setdefault(period.invoice, []).append(period)
    if not by_invoice:
        return ZERO, ZERO
    earliest = min(by_invoice, key=lambda inv: (min(q.start for q in by_invoice[inv]), inv))
    disputed: dict[str, Decimal] = {}
    for e in disputes:
        if e.amount is None:
            continue
        invoice = e.invoice if e.invoice in by_invoice else (None if e.invoice else earliest)
        if invoice is not None:
            disputed[invoice] = disputed.get(invoice, ZERO) + e.amount
    interest = ZERO
    for invoice, amount in disputed.items():
        for period in by_invoice[invoice]:
            rest = max(period.principal - amount, ZERO)
            interest += period.amount - round_money(
                simple_interest(rest, period.rate_percent, period.days, period.day_basis), case.currency)
    compensation = ZERO
    for line in claim.ledger.lines:
        amount = disputed.get(line.invoice.number)
        if amount is None or not line.compensation or line.compensation.amount <= 0:
            continue
        rest = line.invoice.amount - amount
        # The undisputed amount keeps a fixed sum only if it was itself ever late: paid on
        # time, with only the disputed rest outstanding, no interest ran on it (s.5A
        # applies "where statutory interest begins to run").
        late = any(period.principal - amount > 0 for period in by_invoice.get(line.invoice.number, ()))
        kept = law.compensation(case, _dc.replace(line.invoice, amount=rest)) \
            if rest > 0 and late else None
        compensation += line.compensation.amount - (kept.amount if kept else ZERO)
    return interest, compensation


def plan_dispute_warnings(case: Case, law: Any) -> list[tuple[tuple[Any, ...], str]]:
    """The build's warnings about disputes recorded before the instalment agreement, each
    worded from the total the plan actually uses (fourth review, N-1)."""
    from generator.compute.claim import compute_claim

    plan = case.documents.payment_plan
    if plan is None:
        return []
    cover = plan_cover(case, law, compute_claim(case, law, plan.date))
    if not cover["disputes"]:
        return []
    cur = case.currency
    head = f"the instalment agreement of {plan.date.isoformat()}"
    out: list[tuple[tuple[Any, ...], str]] = []
    for i, e in enumerate(case.events):
        if e not in cover["disputes"]:
            continue
        if e.amount is None:
            out.append((("events", i, "amount"),
                        f"the dispute of {e.date.isoformat()} records no amount, so the part of the debt the "
                        f"debtor disputes is not known: {head} is marked DO NOT SIGN (its total of "
                        f"{cover['total']} {cur} deducts only the disputes with an amount, and signing it could "
                        "acknowledge what the debtor disputes: Limitation Act 1980 s.29(5)); record `amount:` for this "
                        "dispute, or answer the complaint in writing first"))
    known = [e for e in cover["disputes"] if e.amount is not None]
    if cover["blocked"] == "nothing-left":
        out.append((("documents", "payment_plan"),
                    f"the disputes recorded before {head} ({cover['disputed']} {cur}) take the whole sum due on "
                    f"its date ({cover['sum_due']} {cur}): nothing undisputed is left to pay by instalments, so "
                    "the agreement is marked DO NOT SIGN; answer the complaint in writing first"))
    elif known:
        dates = ", ".join(e.date.isoformat() for e in known)
        which = f"the dispute{'s' if len(known) > 1 else ''} of {dates} ({cover['disputed']} {cur})"
        if cover["blocked"] == "unknown":
            text = (f"{which} {'are' if len(known) > 1 else 'is'} deducted, so {head} is for {cover['total']} "
                    f"{cur} of the {cover['sum_due']} {cur} due; it is marked DO NOT SIGN until every dispute "
                    "records its amount")
        else:
            text = (f"{head} covers only the undisputed part, {cover['total']} {cur} of the {cover['sum_due']} "
                    f"{cur} due ({which} deducted); it says each complaint is not settled by it and is no "
                    "acknowledgement of the disputed part (Limitation Act 1980 ss.29-30)")
        out.append((("documents", "payment_plan"), text + "; answer the complaint in writing separately"))
    return out


def annex_1_warnings(case: Case) -> list[tuple[tuple[Any, ...], str]]:
    """Debt Protocol paras 1.2 and 3.1: the Annex 1 Information Sheet and Reply Form go
    with every Letter of Claim to an individual; their official text is not reproduced
    here (M7). `annex_1_enclosed` states what went in the envelope: before the letter is
    sent it is the instruction to enclose the forms; once the case records the letter as
    sent it is a record of what was sent, and a flag set afterwards cannot cure a letter
    that went without them (third review, M-A): only a new Letter of Claim can."""
    letter = case.documents.pretrial_claim
    if not letter or not case.debtor.is_individual:
        return []
    sent = letter.sending.sent
    path = ("documents", "pretrial_claim")
    if not sent:
        if letter.annex_1_enclosed:
            return []
        return [(path, "the Pre-Action Protocol for Debt Claims expects the Letter of Claim to an individual to "
                       "come with the official Information Sheet and Reply Form of its Annex 1, which this "
                       "generator does not reproduce: print them from the Protocol at justice.gov.uk, send them "
                       "with the letter, and record `annex_1_enclosed: true`; until then the letter is marked NOT "
                       "READY TO SEND")]
    if not letter.annex_1_enclosed:
        return [(path, f"the Letter of Claim sent on {sent.isoformat()} went without the official Information "
                       "Sheet and Reply Form of Annex 1 to the Pre-Action Protocol for Debt Claims. Recording "
                       "`annex_1_enclosed` now would not change what was sent. Before issuing a claim, send a new "
                       "Letter of Claim, dated the day it is posted, with the official forms (a follow-up case file "
                       "for the same debt: README, \"Sent is sent\"), and allow 30 days")]
    if sent_letter_carried_own_forms(case):
        return [(path + ("annex_1_enclosed",),
                 f"annex_1_enclosed is recorded for the letter sent on {sent.isoformat()}, but the letter as sent "
                 "(its record in output/) carried the creditor's own information page and Reply Form: the field "
                 "must state what was actually enclosed then. Remove it unless the official forms really were "
                 "put in the envelope; otherwise send a new Letter of Claim with them (a follow-up case file, "
                 "README \"Sent is sent\")")]
    return []


def sent_letter_carried_own_forms(case: Case, output: Any = None) -> bool:
    """Whether the frozen record of the sent Letter of Claim (output/<case>/<lang>/
    pretrial-claim.md, the file as it went out) carried the creditor's own information
    page and Reply Form: then a later `annex_1_enclosed: true` contradicts the record.
    With the official forms the letter has one annex page (the Financial Statement);
    with the creditor's own forms it has three (every version since the first, in every
    language), so the test is the number of page headings. Reads only files; False when
    there is no record."""
    from pathlib import Path

    root = Path(output) if output is not None else Path(__file__).resolve().parents[2] / "output"
    if not getattr(case, "id", None) or not (root / case.id).is_dir():
        return False
    for sent in sorted((root / case.id).glob("*/pretrial-claim.md")):
        try:
            text = sent.read_text(encoding="utf-8")
        except OSError:
            continue
        if sum(1 for line in text.splitlines() if line.startswith("# ")) > 2:
            return True
    return False


def company_registration(party: Any) -> dict[str, Any] | None:
    """What a company's letters disclose under SI 2015/17 reg 25: where it is registered,
    its number (from `ids`), its registered office (`registered_office`, else `address`).
    None for a person, or for an organisation whose case gives no company number."""
    if party.is_individual:
        return None
    number = party.id(*COMPANY_NUMBER_KEYS)
    if not number:
        return None
    return {"place": party.registered_in or "England and Wales", "number": number,
            "office": tuple(party.registered_office or party.address)}


def dispute_answers(case: Case, disputes: list[Any], on: dt.date) -> tuple[dict[str, Any], ...]:
    """What the documents can say in answer to each recorded dispute, from the case's own
    records only: the evidence of acceptance of the invoice it concerns (of every invoice
    when it names none), and whether the Letter of Claim, sent on or
    before `on`, came after it and so answered it (the letter prints every dispute recorded
    by its date)."""
    letter = case.documents.pretrial_claim
    sent = letter.sending.sent if letter and letter.sending.sent and letter.sending.sent <= on else None
    out = []
    for e in disputes:
        if e.invoice:
            invoices = [i for i in case.invoices if i.number == e.invoice]
        else:
            invoices = list(case.invoices)
        evidence = tuple(doc for inv in invoices for doc in inv.acceptance)
        out.append({"date": e.date, "disputed": e.disputed or e.summary, "amount": e.amount, "invoice": e.invoice,
                    "evidence": evidence,
                    "answered": letter.date if sent and e.date <= letter.date else None})
    return tuple(out)


def addressee_in(party: Any, lang: str) -> dict[str, str]:
    """The grammar arguments of render.grammar.addressee, with the person's (or the
    organisation's representative's) name as written in `lang`."""
    from generator.render.grammar import addressee, is_person, person_args

    if is_person(party):
        return addressee(party, party.name_in(lang))
    rep = party.representative
    if rep is not None and rep.name:
        return {"form": "representative", "party_form": "organisation", **person_args(rep, rep.name_in(lang))}
    return addressee(party, party.name_in(lang))


# Money Claim Online takes particulars of at most 1,080 characters, spaces included
# (svlegal.co.uk/2023/01/moneyclaim-online). The text is English whatever the language of
# the packet: it is what is filed.
MCOL_LIMIT = 1080


def mcol_particulars(case: Case, claim: Any, basis: str, lines: list[dict[str, Any]], on: dt.date) -> dict[str, Any]:
    from generator.render.formatting import Formatter

    fmt = Formatter("en", case.currency)
    money, date = fmt.money, fmt.date_short
    c = case.contract
    ref = f" No. {c.number}" if c.number else ""
    invoices = "; ".join(f"{i.number} {money(i.amount)} due {date(i.due)}" for i in case.invoices)
    paid = sum((p.amount for p in case.payments if p.date <= on), ZERO)
    b2b = " Both parties contracted in the course of business." if basis == "lpcda_1998" else ""
    interest = ""
    if lines:
        if basis == "lpcda_1998":
            head = "interest under s.4 Late Payment of Commercial Debts (Interest) Act 1998"
        elif basis == "county_courts_act_s69":
            head = "interest under s.69 County Courts Act 1984"
        else:
            head = "contractual interest"
        parts = "; ".join(f"on {l['invoice']} at {l['rates'][0]}% a year from {date(l['start'])} to {date(l['end'])}: "
                          f"{money(l['amount'])}" for l in lines)
        interest = (f" 4. The Claimant claims {head}, {parts}; total {money(claim.interest)}, continuing at "
                    f"{money(claim.daily_interest)} a day to judgment or payment.")
    comp = f" The Claimant claims {money(claim.compensation)} under s.5A of the 1998 Act." if claim.compensation else ""
    fees = f" Late payment fees under the contract: {money(claim.fees)}." if claim.fees else ""
    # The total already includes interest to the date of the particulars: say so, and
    # claim only further interest on top (second UK review, Minor 4).
    included = ([f"interest to {date(on)}"] if lines else []) + (["the s.5A sum"] if claim.compensation else []) \
        + (["late payment fees"] if claim.fees else [])
    including = f" (including {' and '.join(included)})" if included else ""
    further = ", further interest as stated," if lines else ""
    long_subject = f" ({c.subject})"
    for variant in (0, 1, 2):
        subject = long_subject if variant == 0 else ""
        inv = invoices if variant < 2 else f"{len(case.invoices)} invoices totalling {money(sum((i.amount for i in case.invoices), ZERO))}"
        text = (f"1. By a written contract{ref} dated {date(c.date)}{subject} the Claimant agreed to supply work and "
                f"services to the Defendant, who agreed to pay the price.{b2b} A copy of the contract will be served with these "
                f"particulars. 2. The Claimant invoiced {inv}. 3. The Defendant paid {money(paid)}; "
                f"{money(claim.principal)} remains due.{interest}{comp}{fees} The Claimant claims {money(claim.total)}"
                f"{including}{further} and costs.")
        if len(text) <= MCOL_LIMIT:
            break
    return {"note": text, "length": len(text), "limit": MCOL_LIMIT, "fits": len(text) <= MCOL_LIMIT}
