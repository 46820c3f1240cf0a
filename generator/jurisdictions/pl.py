"""Poland.

References (each checked; the address is where the wording was read):
- Kodeks cywilny (KC):
  - art. 481 § 1 and § 2: odsetki ustawowe za opóźnienie = NBP reference rate + 5.5 pp;
    § 2¹: the maximum interest for delay (odsetki maksymalne za opóźnienie) is twice the
    statutory interest for delay; § 2²: where a contract sets more, only the maximum is due
    (infor.pl/wskazniki/odsetki, 10 % / 20 % from 9.10.2025; saos.org.pl I ACa 550/17).
  - art. 482 § 1: interest on capitalised interest from the day the claim is filed.
  - art. 483 § 1: a contractual penalty (kara umowna) may secure only a NON-money
    obligation (lexvin.pl, prospekt.org.pl); a flat fee per month of delay on a money debt
    is a disguised penalty or an evasion of the maximum-interest rules, void under
    art. 58 § 1 (and for consumers art. 385¹). Refused in validation.
  - art. 115: a term ending on a Saturday or holiday ends on the next working day.
  - art. 451 § 1: the debtor designates the debt; a payment on a debt goes first to
    overdue ancillary amounts (interest), then to the principal.
- Ustawa z 8.3.2013 o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych
  (UPNOTH): art. 4 pkt 3 (rate), art. 7 ust. 1 (interest from the day after the term,
  once the creditor has performed), art. 10 ust. 1 (EUR 40/70/100 converted at the NBP
  average EUR rate of the last business day of the month before the month in which the
  payment became due, "stało się wymagalne"), art. 10 ust. 2 (documented recovery costs
  above that sum).
- KPC: art. 505¹ § 1 (simplified procedure, claims from contracts up to PLN 20,000),
  art. 485 § 2a (order for payment in a commercial transaction on the contract, proof of
  the creditor's performance and proof the invoice was delivered — schiffersroczynski.pl),
  art. 492 § 1 (that order secures the claim on issue), art. 46 § 1 (a prorogation clause
  makes the chosen court exclusive unless the claim is filed in EPU — inforlex.pl, t.j.
  Dz.U. 2024 poz. 1568), art. 183¹ § 3 and 183² § 1 (a mediator is a natural person with
  full capacity; the parties name the person or how to choose one — koszalin.so.gov.pl,
  mediacja.gov.pl, sip.lex.pl), art. 202¹ (a mediation agreement: the court refers the
  parties to mediation on the defendant's objection — standardyprawa.pl, SN II CSKP
  1982/22), art. 187 § 1 pkt 3, art. 458⁵ § 1.
- KPC art. 458¹⁴ § 1 (since 1.7.2023, ustawa z 9.3.2023, Dz.U. 2023 poz. 614): the
  proceedings with consumers cover a business's claims against a consumer; art. 458¹⁵ § 1
  and § 4: the business states all assertions and evidence in the pozew, later ones are
  disregarded unless it shows they could not be raised earlier or the need arose later;
  art. 458¹⁶: the court may charge the business with the costs whatever the outcome if it
  did not try to settle before suing (palestra.pl 8/2023, jsplegal.pl, nwlegal.pl,
  gazetaprawna.pl 2024 on art. 458¹⁶; checked 2026-12-01).
- EPU: after an objection the e-court sends the case to the court of general jurisdiction
  (art. 505³⁶ § 1 KPC; Beck MOP 2016/3, IWS study by P. Rylski 2015), i.e. the defendant's
  (art. 27 § 1, art. 30 KPC), not the court of a jurisdiction clause (art. 46 § 1 zd. 2).
- Value of the claim (art. 20 KPC): interest claimed beside the main claim is left out,
  but interest capitalised with further interest claimed on it (art. 482 § 1 KC), as the
  pozew does, becomes a claim of its own and counts (the line of case law in A. and T.
  Partyk, "Wpływ kapitalizacji odsetek na wartość przedmiotu sporu", LEX 2022, sip.lex.pl);
  the value is rounded up to the full złoty (art. 126¹ § 1 KPC).
- Plan in instalments: in a commercial transaction interest for delay runs on each unpaid
  part (UPNOTH art. 11 ust. 2, sip.lex.pl t.j. Dz.U. 2022 poz. 893); after acceleration
  the rest is due only from the notice (art. 481 § 1 KC: interest for delay needs a due
  debt).
- KSeF: a structured invoice is received on the day KSeF assigns its number (ustawa o VAT
  art. 106na ust. 3; taxpoint.pl, podatki.biz; mandatory from 1.2.2026 / 1.4.2026).
- UKSC art. 13 ust. 1 (fixed fees up to PLN 20,000) and ust. 2 (5 % above it; sip.lex.pl,
  t.j. Dz.U. 2023 poz. 1144), art. 19 ust. 2 (a quarter of the fee for a pozew that meets
  the nakazowe conditions and for EPU — sip.lex.pl, t.j. Dz.U. 2022 poz. 1125), art. 21
  (rounded up to the full złoty).
- Day basis: no statute fixes it for civil-law interest; practice divides by 365 in every
  year (finanse.wp.pl, Aug 2024: "kwota odsetek = kwota × dni × stopa / 365"), as does the
  official formula for tax-arrears interest (Dz.U. 2015 poz. 2233: "365 – liczbę dni w
  roku"). We use 365 for every year, 2024 included, and the documents say so.
"""

from __future__ import annotations

import datetime as dt
import dataclasses
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any

from generator.case.model import Case, Invoice
from generator.jurisdictions.base import Figure, Jurisdiction, RateStep, series
from generator.jurisdictions.data import MissingFigure, table_set

STATUTORY_MARGIN = Decimal("5.5")  # KC art. 481 §2
COMMERCIAL_MARGIN = Decimal("10")  # UPNOTH art. 4 pkt 3
MAXIMUM_MULTIPLE = Decimal(2)  # KC art. 481 §2¹
MAXIMUM_SOURCE = "art. 481 § 2¹ i § 2² KC"
DAY_BASIS = 365


@dataclass(frozen=True)
class CompensationBasis:
    """How one invoice's art. 10 compensation was computed: what the pozew must show."""

    invoice: str
    eur: Decimal  # 40, 70 or 100
    value: Decimal  # the value of the money performance the band was chosen on (PLN)
    low: Decimal | None  # the band's bounds in PLN
    high: Decimal | None
    rate: Decimal  # NBP average EUR rate
    table: str  # NBP table number, e.g. 041/A/NBP/2025
    rate_date: dt.date  # last business day of the month before the month it fell due
    due: dt.date  # the day the payment became due (after KC art. 115)
    amount: Decimal  # in the case currency

    def rate_text(self, lang: str) -> str:
        """The NBP rate with its four decimals, as the language writes decimals (4,2130 / 4.2130)."""
        text = format(self.rate.quantize(Decimal("0.0001")), "f")
        return text.replace(".", ",") if lang in ("pl", "ru") else text


@dataclass(frozen=True)
class Procedure:
    """The route a Polish firm would take for the claim, and why."""

    route: str  # nakazowe | upominawcze
    simplified: bool  # within art. 505¹ (heard in postępowanie uproszczone after an objection)
    commercial: bool  # sprawa gospodarcza (art. 458¹)
    fee: Decimal  # the fee the pozew pays on this route
    full_fee: Decimal  # art. 13 fee
    quarter_fee: Decimal  # art. 19 ust. 2: nakazowe and EPU
    missing: tuple[str, ...]  # what the nakazowe route lacks (codes), empty when it fits


class Poland(Jurisdiction):
    code = "PL"
    holidays_country = "PL"
    language = "pl"
    currency = "PLN"
    rolls_due_date = True  # KC art. 115: Saturdays and holidays move to the next working day
    term_runs_from_delivery = True  # contract clause § 2 ust. 1 "od dnia jej otrzymania"; see invoice_due
    allocation_order = ("interest", "principal", "costs")
    allocation_source = "KC art. 451 §1: a payment on a debt goes first to overdue interest, then to the principal"

    # --- interest ----------------------------------------------------------
    def statutory_rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        ref = series("pl", "nbp_reference_rate")
        if case.is_b2b:
            # Commercial transactions: the reference rate on 1 January / 1 July, plus 10 pp,
            # for the whole half-year.
            steps: list[RateStep] = []
            cursor = first
            while cursor <= last:
                half = dt.date(cursor.year, 1 if cursor.month <= 6 else 7, 1)
                entry = ref.rate_on(half)
                steps.append(RateStep(cursor, entry.rate + COMMERCIAL_MARGIN, "art. 4 pkt 3 ustawy z 8.3.2013",
                                      f"NBP {entry.rate}% + 10"))
                cursor = dt.date(half.year, 7, 1) if half.month == 1 else dt.date(half.year + 1, 1, 1)
            return steps
        return [RateStep(max(e.start, first), e.rate + STATUTORY_MARGIN, "art. 481 §2 KC", f"NBP {e.rate}% + 5.5")
                for e in ref.changes_between(first, last)]

    def maximum_rates(self, first: dt.date, last: dt.date) -> list[RateStep]:
        """KC art. 481 §2¹: twice the statutory interest for delay, following the NBP rate."""
        ref = series("pl", "nbp_reference_rate")
        return [RateStep(max(e.start, first), MAXIMUM_MULTIPLE * (e.rate + STATUTORY_MARGIN), MAXIMUM_SOURCE,
                         f"2 × (NBP {e.rate}% + 5.5)") for e in ref.changes_between(first, last)]

    def rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        lp = case.contract.late_payment
        if lp.interest != "contractual":
            return self.statutory_rates(case, invoice, first, last)
        assert lp.rate_percent is not None
        # KC art. 481 §2²: a contractual rate above the maximum gives only the maximum.
        steps: list[RateStep] = []
        for cap in self.maximum_rates(first, last):
            step = (RateStep(cap.start, cap.rate, MAXIMUM_SOURCE, f"umowa {lp.rate_percent}% > {cap.note}")
                    if lp.rate_percent > cap.rate else RateStep(cap.start, lp.rate_percent, "contract"))
            if steps and steps[-1].rate == step.rate and steps[-1].source == step.source:
                continue
            steps.append(step)
        return steps

    def contractual_rate_capped(self, case: Case, first: dt.date, last: dt.date) -> bool:
        lp = case.contract.late_payment
        if lp.interest != "contractual" or lp.rate_percent is None or last < first:
            return False
        try:
            return any(lp.rate_percent > cap.rate for cap in self.maximum_rates(first, last))
        except MissingFigure:
            return False

    def interest_basis(self, case: Case) -> str:
        if case.contract.late_payment.interest != "statutory":
            return case.contract.late_payment.interest
        return "odsetki_w_transakcjach_handlowych" if case.is_b2b else "odsetki_ustawowe_za_opoznienie"

    def day_basis(self, year: int) -> int:
        return DAY_BASIS

    # --- due date -------------------------------------------------------------
    def invoice_due(self, case: Case | None, invoice: Invoice) -> dt.date:
        """The contract's term runs from the invoice's delivery (contract clause § 2 ust. 1:
        "w terminie N dni od dnia jej otrzymania"; the pozew pleads "termin … od dnia
        doręczenia faktury"). With `payment_terms_days` and a recorded `delivered`, the term
        ends N days after delivery, the day of delivery not counted (KC art. 111 § 2:
        podatkowogospodarcza.pl, poradnikprzedsiebiorcy.pl, checked 2026-12-01); a due date
        printed on the invoice earlier than that does not shorten the agreed term, so no
        delay, no interest (KC art. 481 § 1) and no art. 10 compensation before it. A later
        printed date stands (the creditor gave more time). The roll past a Saturday or
        holiday (KC art. 115) follows in effective_due."""
        days = case.contract.payment_terms_days if case is not None else None
        if days is None or invoice.delivered is None or self.is_prepayment_invoice(case, invoice):
            return invoice.due
        return max(invoice.due, invoice.delivered + dt.timedelta(days=days))

    @staticmethod
    def is_prepayment_invoice(case: Case, invoice: Invoice) -> bool:
        """The prepayment's invoice has its own term, counted from the contract's signing
        (clause § 1 ust. 2, which § 2 ust. 1 reserves): the case does not mark the invoice,
        so it is the one whose due date is that term's last day."""
        pre = case.contract.prepayment
        return pre is not None and invoice.due == case.contract.date + dt.timedelta(days=pre.due_days)

    def due_term(self, case: Case, invoice: Invoice) -> "DueTerm":
        """Which term produced the invoice's due date, for the pozew to plead that term and
        no other (fourth review, J1 residue and m-a, m-b): the prepayment's term from
        signing (contract clause on the prepayment); the contract's N days from delivery
        only when the day is delivery + N; a later date printed on the invoice as that
        date; else the recorded date. With the roll past a Saturday or a day off by
        statute (KC art. 115; Sundays and the holidays of the ustawa o dniach wolnych od
        pracy of 18.01.1951: kancelarierp.pl, lex.pl, checked 2026-12-01)."""
        days = case.contract.payment_terms_days
        end = self.invoice_due(case, invoice)
        pre = case.contract.prepayment
        if self.is_prepayment_invoice(case, invoice):
            basis, n = "prepayment", pre.due_days
        elif days is not None and invoice.delivered is not None:
            basis, n = ("delivery" if end == invoice.delivered + dt.timedelta(days=days) else "printed"), days
        else:
            basis, n = "recorded", None
        due = self.effective_due(end)
        roll = ("none" if due == end else "saturday" if end.weekday() == 5
                else "sunday" if end.weekday() == 6 else "holiday")
        return DueTerm(basis, n, end, due, roll)

    def late_delivery_warnings(self, case: Case) -> list[tuple[tuple[Any, ...], str]]:
        """An invoice whose recorded due date is earlier than its delivery plus the contract's
        term: the documents count from the later day (invoice_due); the case should say so."""
        out: list[tuple[tuple[Any, ...], str]] = []
        days = case.contract.payment_terms_days
        for i, inv in enumerate(case.invoices):
            due = self.invoice_due(case, inv)
            if due == inv.due:
                continue
            rolled = self.effective_due(due)
            roll = (f", which is not a working day, so it ends on {rolled.isoformat()} (KC art. 115)"
                    if rolled != due else "")
            # The art. 10 compensation is a commercial transaction's only (UPNOTH art. 2, 10).
            compensation = " and the art. 10 compensation's EUR rate" if case.is_b2b else ""
            out.append((("invoices", i, "due"),
                        f"due {inv.due.isoformat()}, but the invoice was delivered on {inv.delivered.isoformat()} and "
                        f"the contract's term of {days} days runs from delivery (KC art. 111 § 2): it ends on "
                        f"{due.isoformat()}{roll}; the documents plead that day and count interest (KC art. 481 § 1)"
                        f"{compensation} from it. Correct `due:` to {due.isoformat()}, or check `delivered:`"))
        return out

    def early_letter_warnings(self, case: Case) -> list[tuple[tuple[Any, ...], str]]:
        """A reminder or pre-trial demand dated on or before the day an invoice it covers
        fell due (the due date as the documents count it, KC art. 115 applied): the debtor
        was not yet late (delay runs from the next day, KC art. 476, 481 § 1), yet the
        letter calls the invoice unpaid and the pozew pleads it as a demand (fourth
        review m-c). Invoices paid in full by the letter's date are left out."""
        out: list[tuple[tuple[Any, ...], str]] = []
        docs = case.documents
        letters = [(("documents", "reminders", i, "date"), f"reminder {i + 1}", r.date)
                   for i, r in enumerate(docs.reminders)]
        if docs.pretrial_claim is not None:
            letters.append((("documents", "pretrial_claim", "date"), "the pre-trial demand", docs.pretrial_claim.date))
        for path, what, day in letters:
            early = []
            for inv in case.invoices:
                due = self.effective_due(self.invoice_due(case, inv))
                paid = sum((p.amount for p in case.payments if p.invoice == inv.number and p.date <= day), Decimal(0))
                if day <= due and paid < inv.amount:
                    early.append(f"{inv.number} (due {due.isoformat()})")
            if early:
                out.append((path, f"{what} is dated {day.isoformat()}, on or before the day {', '.join(early)} fell "
                                  "due: the debtor is not late until the next day (KC art. 476, art. 481 § 1), yet "
                                  "the letter calls the invoice unpaid, and the claim would plead it as a demand. "
                                  "Date the letter later, or check the invoice's `due:` / `delivered:`"))
        return out

    def case_warnings(self, case: Case) -> list[tuple[tuple[Any, ...], str]]:
        return self.late_delivery_warnings(case) + self.early_letter_warnings(case)

    # --- compensation (UPNOTH art. 10) ---------------------------------------
    def compensation_rate_date(self, invoice: Invoice, case: Case | None = None) -> dt.date:
        """Last business day of the month before the month the payment became due.

        Art. 10 ust. 1 takes the month in which the money performance "stało się
        wymagalne". A term ending on a Saturday or holiday ends on the next working day
        (KC art. 115), and only then is the payment due: the month is the one of the
        rolled due date, the same day interest runs from (the day after); with the case, the
        due date is the contract's (invoice_due: counted from delivery)."""
        due = self.effective_due(self.invoice_due(case, invoice))
        return self.previous_business_day(due.replace(day=1) - dt.timedelta(days=1))

    def _eur_rate(self, case: Case, invoice: Invoice, on: dt.date) -> tuple[Decimal, str]:
        """The NBP average EUR rate of `on` and its table number: the case's own entry, else
        the NBP table-A series of month-ends (data/pl/nbp_eur_table_a.yaml)."""
        given = next((r for r in case.exchange_rates if r.currency == "EUR" and r.date == on), None)
        if given is not None:
            return given.rate, given.table
        eur = series("pl", "nbp_eur_table_a")
        try:
            entry = eur.on_exact(on)
        except MissingFigure as exc:
            raise MissingFigure(
                "exchange_rates",
                f"compensation for invoice {invoice.number} needs the NBP average EUR rate of {on.isoformat()} "
                f"(table A), which {eur.path} does not have (confirmed through {eur.complete_through}): run "
                f"`python -m generator law update {exc.series}`, or add `- {{currency: EUR, date: {on.isoformat()}, "
                f"rate: \"…\", table: \"…/A/NBP/{on.year}\"}}` to the case",
                table=exc.table, day=on, through=exc.through, series=exc.series,
            ) from None
        return entry.rate, entry.table or _table_of(entry.source, on)

    def compensation_basis(self, case: Case, invoice: Invoice) -> CompensationBasis | None:
        if not (case.is_b2b and case.contract.late_payment.compensation):
            return None
        tables = table_set("pl", "compensation")
        if case.currency not in ("PLN", "EUR"):
            raise MissingFigure("currency", "art. 10 compensation is set in EUR with thresholds in PLN; use PLN or EUR")
        on = self.compensation_rate_date(invoice, case)
        rate, table_no = self._eur_rate(case, invoice, on)
        due = self.effective_due(self.invoice_due(case, invoice))
        table = tables.in_force(due)
        # The thresholds of art. 10 ust. 1 are in PLN: an invoice in EUR is valued in PLN at
        # the same NBP rate to pick the band; the sum itself then stays in EUR.
        value = invoice.amount if case.currency == "PLN" else (invoice.amount * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        tier = table.tier_for(value)
        low, high = _band(table, tier)
        eur = tier.amount or Decimal(0)
        amount = eur if case.currency == "EUR" else (eur * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return CompensationBasis(invoice.number, eur, value, low, high, rate, table_no, on, due, amount)

    def compensation(self, case: Case, invoice: Invoice) -> Figure | None:
        basis = self.compensation_basis(case, invoice)
        if basis is None:
            return None
        source = table_set("pl", "compensation").in_force(basis.due).source
        return Figure(basis.amount, source,
                      f"EUR {basis.eur} × {basis.rate} (NBP {basis.table} of {basis.rate_date.isoformat()})")

    # --- court ---------------------------------------------------------------
    def fee_value(self, principal: Decimal, interest: Decimal, fees: Decimal, compensation: Decimal) -> Decimal:
        # KPC art. 20 leaves out interest claimed beside the main claim, but the pozew
        # capitalises the interest accrued and claims interest on it (KC art. 482 § 1): so
        # capitalised it counts (LEX 2022 line of case law, above); art. 126^1 §1: the
        # value is rounded up to the full złoty.
        return (principal + max(interest, Decimal(0)) + fees + compensation).quantize(Decimal(1), rounding="ROUND_CEILING")

    def limit_value(self, principal: Decimal, interest: Decimal, fees: Decimal, compensation: Decimal) -> Decimal:
        return self.fee_value(principal, interest, fees, compensation)

    def pretrial_min_days(self, case: Case) -> int:
        return 7

    def nakazowe_missing(self, case: Case, open_invoices: list[Invoice]) -> tuple[str, ...]:
        """What the art. 485 § 2a route lacks: it needs a commercial transaction, the
        contract, proof that the creditor performed (a document of acceptance signed by the
        debtor) and proof that each invoice was delivered."""
        missing: list[str] = []
        if not case.is_b2b:
            missing.append("not_commercial")
        if not case.contract.number and not case.contract.date:
            missing.append("contract")
        if not all(any(getattr(d, "signed_by_debtor", False) for d in (getattr(i, "acceptance", None) or ()))
                   for i in open_invoices):
            missing.append("performance")
        if not all(getattr(i, "delivered", None) for i in open_invoices):
            missing.append("delivery")
        return tuple(missing)

    def procedure(self, case: Case, claim: Any, open_invoices: list[Invoice]) -> Procedure:
        missing = self.nakazowe_missing(case, open_invoices)
        full = claim.court_fee.amount
        quarter = (full / 4).quantize(Decimal(1), rounding=ROUND_CEILING)  # UKSC art. 19 ust. 2, art. 21
        route = "nakazowe" if not missing else "upominawcze"
        return Procedure(route, claim.within_small_claims_limit, case.is_b2b, quarter if route == "nakazowe" else full,
                         full, quarter, missing)

    # --- what the Polish documents need beyond the shared context -------------
    def document_facts(self, case: Case, name: str, claim: Any, on: dt.date) -> dict[str, Any]:
        out: dict[str, Any] = {"day_basis": DAY_BASIS, "words": amount_in_words}
        out.update(polish_letter_facts(case, on))
        if claim is None:
            return out
        open_lines = [line for line in claim.ledger.lines if line.principal > 0 or line.interest > 0]
        open_invoices = [line.invoice for line in open_lines]
        bases = []
        for line in open_lines:
            if line.compensation is not None:
                basis = self.compensation_basis(case, line.invoice)
                if basis is not None:
                    bases.append(basis)
        out["compensation"] = tuple(bases)
        # In the order of the template's open_lines (render/context.py: the same filter).
        out["due_terms"] = tuple(self.due_term(case, line.invoice) for line in open_lines)
        out["procedure"] = self.procedure(case, claim, open_invoices)
        periods = claim.ledger.periods
        out["capped"] = any(p.source == MAXIMUM_SOURCE for p in periods)
        price = case.contract.price
        out["over_price"] = (claim.invoiced - price) if price is not None and claim.invoiced > price else None
        out["delivered_all"] = bool(open_invoices) and all(getattr(i, "delivered", None) for i in open_invoices)
        out["accepted_all"] = bool(open_invoices) and all(
            any(getattr(d, "signed_by_debtor", False) for d in (getattr(i, "acceptance", None) or ())) for i in open_invoices)
        small = case.documents.small_claim
        out["filed"] = small.filed if small else None
        facts = limitation_facts(case, claim, on)
        if facts.law_day is not None:
            day = facts.law_day
            kind = ("saturday" if day.weekday() == 5 else "sunday" if day.weekday() == 6
                    else "workday" if self.is_business_day(day) else "holiday")
            facts = dataclasses.replace(facts, law_day_kind=kind)
        out["limitation"] = facts
        return out


# --- what the Polish documents say about the parties and the case's record -----------------
# (lawyer review of 1.12.2026, docs/reviews/pl-2026-12-01.md: M1-M5, m3, m5)

CONTACT_KINDS = ("promise", "time_request", "acknowledgement", "dispute")


def polish_letter_facts(case: Case, on: dt.date) -> dict[str, Any]:
    """Facts every Polish document may word: whom a letter addresses (a person as Pan or
    Pani, an organisation as Państwo, whoever signs for it), whether the creditor acts
    through an attorney, the consumer procedure, the contacts the case records."""
    from generator.render.grammar import addressee

    adr = addressee(case.debtor)
    if adr["party_form"] == "organisation":
        # "Szanowni Państwo" / "Dear Sir or Madam": the letter goes to the company, not
        # to the person who happens to sign for it.
        adr = {**adr, "form": "organisation", "gender": "unknown", "name_title": "none"}
    rep = case.creditor.representative
    proxy = bool(rep and (rep.role_code == "proxy" or rep.basis_code == "power_of_attorney"))
    events = tuple(e for e in case.events if e.date <= on)
    return {
        "addressee": adr,
        "you": {"form": adr["party_form"], "gender": adr["gender"]},
        # Costs of legal representation only where a pełnomocnik acts (KPC art. 98 § 1¹ ff.).
        "proxy": proxy,
        # KPC art. 458¹⁴ § 1: a business's claim against a consumer.
        "consumer_case": case.creditor.is_business and case.debtor.kind == "consumer",
        # Second review N3: the pozew pleads only events that are contacts with the debtor,
        # worded by kind (never the creditor's own note); an unanswered attempt is no
        # contact and is pleaded as such; plain notes stay out (the checklist lists them).
        "contacts": tuple(e for e in events if e.kind in CONTACT_KINDS),
        "attempts": tuple(e for e in events if e.kind == "no_response"),
        "notes": tuple(e for e in events if e.kind == "note"),
        "disputes": tuple(e for e in events if e.kind == "dispute"),
        "channels": tuple(dict.fromkeys(e.channel for e in events)),
        "debtor_place": place_of(case.debtor.address),
    }


def place_of(address: tuple[str, ...]) -> str | None:
    """The town of a Polish address: what follows the postcode ("31-000 Kraków")."""
    import re

    for line in reversed(address):
        found = re.search(r"\b\d{2}-\d{3}\s+(.+)$", str(line))
        if found:
            return found.group(1).strip()
    return None


@dataclass(frozen=True)
class DueTerm:
    """The term an invoice's due date comes from (Poland.due_term)."""

    basis: str  # prepayment | delivery | printed | recorded
    days: int | None  # the term's days (prepayment: from signing; delivery/printed: the contract's)
    end: dt.date  # the term's last day before any roll
    due: dt.date  # the day payment was due (KC art. 115 applied)
    roll: str  # none | saturday | sunday | holiday: why `end` rolled to `due`


@dataclass(frozen=True)
class LimitationFacts:
    """What the claim's checklist says about limitation: the rule the contract type
    chooses (jurisdictions/limitation/pl.yaml) and the last day it gives."""

    contract_kind: str  # work | sale | services | mandate | other | unknown
    special: bool  # a two-year special period applies (art. 646, 554, 751)
    last_day: dt.date | None  # the earliest last day among the open invoices (the cautious filing day)
    delivered: dt.date | None  # the work's delivery the count starts from, when recorded
    assumed: bool  # the date rests on an assumption (type or delivery not recorded)
    law_day: dt.date | None = None  # the day the period ends in law (KC art. 112), the day after last_day
    law_day_kind: str = "workday"  # saturday | sunday | holiday | workday: whether KC art. 115 might matter


def limitation_facts(case: Case, claim: Any, on: dt.date) -> LimitationFacts:
    from generator.compute.limitation import limitation

    lines = [line for line in claim.ledger.lines if line.principal > 0]
    kind = case.contract.type or "unknown"
    limits = [limitation(case, line.due, on, line.invoice) for line in lines]
    first = min(limits, key=lambda lim: lim.last_day) if limits else None
    special = bool(first and first.years == 2)
    delivered = None
    if kind == "work":
        recorded = [d.date for line in lines for d in line.invoice.acceptance if d.date]
        if case.contract.work_delivered:
            recorded.append(case.contract.work_delivered)
        delivered = min(recorded) if recorded else None
    return LimitationFacts(kind, special, first.last_day if first else None, delivered,
                           bool(first and first.notes), first.law_day if first else None)


def amount_in_words(amount: Decimal, lang: str, currency: str = "PLN") -> str:
    """An amount in words as Polish pleadings and agreements write it: the whole units in
    words and the minor units as a fraction ("dwanaście tysięcy złotych 58/100")."""
    from babel.numbers import get_currency_name
    from num2words import num2words

    from generator.render.formatting import LOCALES

    amount = Decimal(amount).quantize(Decimal("0.01"))
    whole = int(amount)
    cents = int((amount - whole) * 100)
    try:
        words = num2words(whole, lang=lang)
    except NotImplementedError:
        words = num2words(whole, lang="en")
    name = get_currency_name(currency, count=whole, locale=LOCALES[lang])
    if lang == "pl":  # "złotych polskich" in CLDR; the pleadings write "złotych"
        name = name.split(" ")[0]
    return f"{words} {name} {cents:02d}/100"


def _band(table: Any, tier: Any) -> tuple[Decimal | None, Decimal | None]:
    low: Decimal | None = None
    for t in table.tiers:
        high = t.below if t.below is not None else t.up_to
        if t is tier:
            return low, high
        low = high
    return low, None


def _table_of(source: str, on: dt.date) -> str:
    """The NBP table number given in a series entry's source ("… 041/A/NBP/2025 …")."""
    import re

    found = re.search(r"\d{3}/A/NBP/\d{4}", source)
    return found.group(0) if found else f"A/NBP/{on.year}"
