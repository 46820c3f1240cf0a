"""Israel.

References:
- חוק פסיקת ריבית והצמדה, תשכ"א-1961: the statutory linked rate is published quarterly;
  it is not in our tables (legal-facts §1), so a case must state its rate.
- חוק החוזים (חלק כללי) s.50: application of payments; single debt: costs, interest, principal.
- תקנות שיפוט בתביעות קטנות: the small-claims limit (indexed yearly) and who may file.
"""

from __future__ import annotations

from generator.case.model import Case
from generator.jurisdictions.base import Jurisdiction


class Israel(Jurisdiction):
    code = "IL"
    holidays_country = "IL"
    language = "he"
    currency = "ILS"
    rolls_due_date = False  # no rule found (legal-facts §6): the date stands as agreed
    allocation_order = ("costs", "interest", "principal")
    allocation_source = "Contracts (General Part) Law 1973 s.50; costs, interest, then principal"

    def small_claims_obstacles(self, case: Case) -> tuple[str, ...]:
        # Only individuals (licensed and exempt dealers included) may sue in small claims.
        if case.creditor.is_business and not case.creditor.sole_trader:
            return ("company_claimant",)
        return ()
