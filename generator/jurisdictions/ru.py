"""Russia.

References:
- ГК РФ ст. 395 (interest at the key rate), ст. 193 (a term ending on a non-working day
  moves to the next working day), ст. 319 (order of application of payments).
- АПК РФ ст. 4 ч. 5 (претензия, 30 calendar days), ст. 229.2; ГПК РФ ст. 121.
- НК РФ ст. 333.19, 333.21 (state duty, from 9.9.2024).
- ПП РФ № 497 от 28.03.2022 (moratorium).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from generator.case.model import Case, Invoice
from generator.jurisdictions.base import Figure, Jurisdiction, RateStep, series
from generator.jurisdictions.data import table_set


class Russia(Jurisdiction):
    code = "RU"
    holidays_country = "RU"
    language = "ru"
    currency = "RUB"
    rolls_due_date = True  # ГК ст. 193
    actual_day_basis = True  # Пленум ВС РФ № 7 от 24.03.2016 п. 48: actual days in the year
    # 395 interest is a liability, not "interest" under ГК 319 (Пленум № 7 п. 37):
    # a part payment goes to the principal.
    allocation_order = ("principal", "interest", "costs")
    allocation_source = "ГК РФ ст. 319; Пленум ВС РФ № 7 п. 37"

    def statutory_rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        key = series("ru", "cbr_key_rate")
        steps = [RateStep(max(e.start, first), e.rate, "ГК РФ ст. 395 п. 1", f"ключевая ставка {e.rate}%")
                 for e in key.changes_between(first, last)]
        for m in table_set("ru", "moratorium").versions:
            start, end = m.start, m.get("to")
            if invoice.issued >= m.get("arose_before") or last < start or first > end:
                continue
            # No interest while the moratorium lasts; the key rate in force resumes after it.
            steps = [s for s in steps if not (start <= s.start <= end)]
            steps.append(RateStep(max(start, first), Decimal(0), m.source, "мораторий ПП № 497"))
            if end < last:
                resume = key.rate_on(end + dt.timedelta(days=1))
                steps.append(RateStep(end + dt.timedelta(days=1), resume.rate, "ГК РФ ст. 395 п. 1",
                                      f"ключевая ставка {resume.rate}%"))
            steps.sort(key=lambda s: s.start)
            steps = [s for s in steps if s.start >= first]
        return steps

    def interest_basis(self, case: Case) -> str:
        if case.contract.late_payment.interest != "statutory":
            return case.contract.late_payment.interest
        return "gk_395"

    def court(self, case: Case) -> str:
        """Arbitrazh courts hear disputes between businesses; general courts the rest."""
        return "arbitrazh" if case.is_b2b else "general"

    def court_fee(self, case: Case, value: Decimal, on: dt.date) -> Figure:
        table = table_set("ru", "court_fees").in_force(on, court=self.court(case))
        full = table.charge(value)
        limit = self.small_claims_limit(case, on).amount
        if value > limit:
            return Figure(full, table.source, "исковое заявление")
        share = Decimal(str(table.get("court_order_share")))
        fee = table.round(full * share)
        minimum = table.get("court_order_min")
        if minimum is not None:
            fee = max(fee, Decimal(str(minimum)))
        return Figure(fee, table.source, "заявление о выдаче судебного приказа")

    def pretrial_min_days(self, case: Case) -> int:
        # АПК ст. 4 ч. 5: 30 calendar days in disputes between businesses.
        return 30 if case.is_b2b else 10
