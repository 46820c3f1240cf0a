"""England and Wales.

References:
- Late Payment of Commercial Debts (Interest) Act 1998 ss. 4, 5A; SI 2002/1675 art. 4.
- County Courts Act 1984 s.69 (interest on debts outside the 1998 Act).
- CPR 26.9 (small claims track); Civil Proceedings Fees Order 2008 Sch. 1 fee 1.1.
- Pre-Action Protocol for Debt Claims (individual debtors); Practice Direction -
  Pre-Action Conduct and Protocols (business debtors).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from generator.case.model import Case, Invoice
from generator.jurisdictions.base import Figure, Jurisdiction, RateStep, series
from generator.jurisdictions.data import MissingFigure, table_set


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

    def statutory_rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        if case.is_b2b:
            # SI 2002/1675 art. 4: the reference rate is Bank Rate on 31 December (for
            # interest starting January-June) or 30 June (July-December), fixed for the debt.
            # The rate follows the debt's first day of interest, not this segment's start.
            start = invoice.due + dt.timedelta(days=1)
            ref_day = dt.date(start.year - 1, 12, 31) if start.month <= 6 else dt.date(start.year, 6, 30)
            bank = series("uk", "boe_bank_rate").rate_on(ref_day)
            return [RateStep(first, bank.rate + 8, "LPCDA 1998 s.4, SI 2002/1675 art. 4",
                             f"8% + Bank Rate {bank.rate}% on {ref_day.isoformat()}")]
        entry = series("uk", "county_courts_rate").rate_on(first)
        return [RateStep(first, entry.rate, "County Courts Act 1984 s.69")]

    def interest_basis(self, case: Case) -> str:
        if case.contract.late_payment.interest != "statutory":
            return case.contract.late_payment.interest
        return "lpcda_1998" if case.is_b2b else "county_courts_act_s69"

    def compensation(self, case: Case, invoice: Invoice) -> Figure | None:
        if not (case.is_b2b and case.contract.late_payment.compensation):
            return None
        tables = table_set("uk", "compensation")
        if case.currency != tables.currency:
            raise MissingFigure("currency", "the s.5A fixed sums are in GBP; a UK case claiming them must be in GBP")
        table = tables.in_force(invoice.due)
        return Figure(table.tier_for(invoice.amount).amount, table.source)

    def limit_value(self, principal: Decimal, interest: Decimal, fees: Decimal, compensation: Decimal) -> Decimal:
        # CPR 26.8(2): interest and costs are disregarded when allocating to a track.
        return principal + fees + compensation

    def pretrial_min_days(self, case: Case) -> int:
        # Debt Protocol para 3.1 (individuals, sole traders included): 30 days to reply;
        # PD Pre-Action Conduct para 6(b): 14 days in a straightforward business case.
        return 30 if case.debtor.is_individual else 14
