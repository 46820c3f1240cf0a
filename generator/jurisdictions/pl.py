"""Poland.

References:
- Kodeks cywilny art. 481 §2 (odsetki ustawowe za opóźnienie), art. 115 (terms ending
  on a Saturday or holiday), art. 451 (application of part payments).
- Ustawa z 8.3.2013 o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych,
  art. 4 pkt 3 (rate), art. 10 (recovery compensation).
- KPC art. 505^1 (simplified procedure), art. 187 §1 pkt 3; UKSC art. 13, 21.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from generator.case.model import Case, ExchangeRate, Invoice
from generator.jurisdictions.base import Figure, Jurisdiction, RateStep, series
from generator.jurisdictions.data import MissingFigure, table_set

STATUTORY_MARGIN = Decimal("5.5")  # KC art. 481 §2
COMMERCIAL_MARGIN = Decimal("10")  # UPNOTH art. 4 pkt 3


class Poland(Jurisdiction):
    code = "PL"
    holidays_country = "PL"
    language = "pl"
    currency = "PLN"
    rolls_due_date = True  # KC art. 115: Saturdays and holidays move to the next working day
    allocation_order = ("interest", "principal", "costs")
    allocation_source = "KC art. 451 §1: the creditor may apply a payment to overdue interest first"

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

    def interest_basis(self, case: Case) -> str:
        if case.contract.late_payment.interest != "statutory":
            return case.contract.late_payment.interest
        return "odsetki_w_transakcjach_handlowych" if case.is_b2b else "odsetki_ustawowe_za_opoznienie"

    def compensation_rate_date(self, invoice: Invoice) -> dt.date:
        """Last business day of the month before the month the payment fell due."""
        return self.previous_business_day(invoice.due.replace(day=1) - dt.timedelta(days=1))

    def compensation(self, case: Case, invoice: Invoice) -> Figure | None:
        if not (case.is_b2b and case.contract.late_payment.compensation):
            return None
        tables = table_set("pl", "compensation")
        if case.currency not in ("PLN", "EUR"):
            raise MissingFigure("currency", "art. 10 compensation is set in EUR with thresholds in PLN; use PLN or EUR")
        on = self.compensation_rate_date(invoice)
        rate = next((r for r in case.exchange_rates if r.currency == "EUR" and r.date == on), None)
        if rate is None:
            # The case's own entry overrides; otherwise the NBP table-A series of month-ends.
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
            rate = ExchangeRate("EUR", entry.start, entry.rate, entry.table or entry.source)
        table = tables.in_force(invoice.due)
        if case.currency == "EUR":
            # The thresholds of art. 10 ust. 1 are in PLN: an invoice in EUR is valued in PLN
            # at the same NBP rate (ust. 2) to pick the band; the sum itself stays in EUR.
            value = (invoice.amount * rate.rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            return Figure(table.tier_for(value).amount, table.source,
                          f"EUR {invoice.amount} × {rate.rate} = PLN {value} (NBP {rate.table} of {on.isoformat()})")
        eur = table.tier_for(invoice.amount).amount
        amount = (eur * rate.rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return Figure(amount, table.source, f"EUR {eur} × {rate.rate} (NBP {rate.table} of {on.isoformat()})")

    def fee_value(self, principal: Decimal, interest: Decimal, fees: Decimal, compensation: Decimal) -> Decimal:
        # KPC art. 20: interest claimed beside the main claim is not part of its value;
        # art. 126^1 §1: the value is rounded up to the full złoty.
        return (principal + fees + compensation).quantize(Decimal(1), rounding="ROUND_CEILING")

    def limit_value(self, principal: Decimal, interest: Decimal, fees: Decimal, compensation: Decimal) -> Decimal:
        return self.fee_value(principal, interest, fees, compensation)

    def pretrial_min_days(self, case: Case) -> int:
        return 7
