"""Israel.

References (sources in the comments below and in data/il/):
- חוק החוזים (תרופות בשל הפרת חוזה), התשל"א-1970 s.11(ב) with חוק פסיקת ריבית והצמדה,
  התשכ"א-1961: on a money debt, linkage differences and interest "as by law" from the
  breach until payment. The published CPI and linked-interest rates are not in our
  tables, so that interest is claimed "כחוק" without a figure (never computed here);
  a contractual rate is computed and the statutory interest is the fallback.
- חוק הגנת הצרכן, התשמ"א-1981 s.13ב2: to a consumer, a debt notice (הודעת חוב) within
  4 months of the due date; no collection step (a warning letter included) until 14 days
  after it; no collection expenses (the contractual late fee) before then.
- חוק החוזים (חלק כללי) s.50: application of payments; single debt: costs, interest, principal.
- חוק בתי המשפט [נוסח משולב], התשמ"ד-1984 s.60(א)(1) with צו בתי המשפט (שינוי סכום
  התביעה בתביעות קטנות), התשס"ח-2008 (made under s.60(ג)): the small-claims limit,
  indexed every 1 January (para. 2 of the order; data/il/small_claims.yaml). Who may file:
  an individual, a sole trader (עוסק מורשה) included; not a company. No more than five
  small claims a year by one claimant (SMALL_CLAIMS_A_YEAR below).
- תקנות שיפוט בתביעות קטנות (סדרי דין), התשל"ז-1976: the fee (reg. 6(א)), the venue
  (reg. 2), the statement of claim (reg. 3, Form 1).
- חוק ההוצאה לפועל s.81א1: a fixed-sum claim filed at the Execution Office, up to
  NIS 75,000, after a warning delivered by registered mail with delivery confirmation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from generator.case.model import Case, Invoice
from generator.jurisdictions.base import Jurisdiction, RateStep
from generator.jurisdictions.data import table_set

ONE_DAY = dt.timedelta(days=1)

# חוק הגנת הצרכן, התשמ"א-1981 s.13ב2 (amendment 46, 2016), quoted in full by
# danielklein.co.il ("חובת עוסק לשלוח לצרכן הודעת חוב") and protocol.co.il/debt-notice:
# (א) a business claiming a consumer did not pay on time sends a debt notice within four
#     months of the due date; (ב) no step to collect the debt, a warning letter before
#     legal proceedings included, before 14 days have passed from the day the notice was
#     sent; (ג) no collection expenses unless the notice was sent and the 14 days passed;
#     "collection expenses" exclude linkage differences and interest by law or contract.
# Not verified: the wording of s.13ב2(ד) (what the notice must contain). Searched again on
# 2026-12-01 (search, pages): danielklein.co.il quotes (א) as "ישלח אליו הודעת חוב כאמור בסעיף
# קטן (ד)", which confirms that (ד) sets the notice's content, but no page gives (ד) itself;
# mey7.co.il and protocol.co.il describe the notice without quoting it. The small claim's
# checklist tells the user to check the notice against (ד).
# A notice sent after the four months: (ג) allows collection expenses only where the
# business "שלח לו הודעת חוב", and (א) defines "הודעת חוב" as the notice sent within the
# four months; the consequence of a late notice was not found stated in a source, so the
# pack takes the safe reading: no collection expenses (the late fee) for an invoice whose
# notice went out late (fees_from), a validation warning on documents.reminders[0], and the
# small claim does not present the notice as one sent in time (local `debt_notice_late`).
DEBT_NOTICE_WITHIN_MONTHS = 4
DEBT_NOTICE_WAIT_DAYS = 14

# The number of small claims one claimant may file a year: five. Stated by tiktaklaw.com/faq
# («לא ניתן לתבוע יותר מ-5 תביעות קטנות בשנ[ה]») and jasonwaller.net/small-claims-court («One
# plaintiff can not serve in the same court for more than five claims per year»); published
# Form 1 statements of claim carry the claimant's declaration «לא הגשתי בשנה ... יותר מחמש
# תביעות בבית משפט זה». Not verified: the provision (law or regulation) that sets it, and
# whether it counts the claims in one court or in all small claims courts; the documents
# state the rule and tell the claimant to check before filing, counting every small claim.
# Searched again on 2026-12-01 (search, pages: he.wikipedia "תביעה קטנה", klugman-law.com,
# lbnco.co.il, tourism-law.co.il): none names the provision; still not verified.
SMALL_CLAIMS_A_YEAR = 5

# חוק מוסר תשלומים לספקים, התשע"ז-2017 (nevo.co.il/law_html/law00/144599.htm, s.2: "מזמין"
# includes an "עסק" that contracts with a supplier; kolzchut.org.il, "המועד האחרון לתשלום
# תמורה לספקים עבור סחורה או שירות": the latest day to pay cannot be put off by agreement; a
# late payer owes linkage differences and interest, and after 30 days also default interest
# (ריבית פיגורים)). Not verified: the law's thresholds and exemptions for a business
# customer and the default-interest rate, so the documents to a business debtor claim it only
# as an alternative, "ככל שחל על ההתקשרות", never computed. Searched again on 2026-12-01
# (search, pages): amutatartzi.org summarises the law as applying to "כל עסק המתקשר עם ספק
# לביצוע עבודה"; davar1.co.il/56567 reports שוטף+45 for private bodies; nevo (s.2) defines
# "הפרשי הצמדה וריבית" by the Adjudication of Interest Law. No page found gives a turnover
# threshold or exemption for a business customer, or the default-interest rate: not verified.
PAYMENT_ETHICS_LAW = "חוק מוסר תשלומים לספקים, התשע\"ז-2017"

# תקנות שיפוט בתביעות קטנות (סדרי דין), התשל"ז-1976 (nevo.co.il/law_html/Law01/055_030.htm):
# reg. 6(א): the fee is 1 % of the claim, at least NIS 50, rounded up to a multiple of
# NIS 5 (quoted on elyon1.court.gov.il/heb/agrot/ktanot.htm). Reg. 2: the venue rule
# applies "על אף האמור בכל הסכם שבין בעלי הדין" (quoted by fridmanwork.com/X2913).
# Reg. 3: the statement of claim, Form 1 of the schedule.
# חוק בתי המשפט [נוסח משולב], התשמ"ד-1984 s.63: in the small claims court a party is not
# represented by a lawyer without the court's leave (felaw.co.il and cmichael-law.co.il,
# quoting s.63); so no lawyers' fees are claimed there.
# חוק החוזים (תרופות בשל הפרת חוזה), התשל"א-1970 s.11(ב): on breach of a duty to pay money,
# interest from the breach until payment at the full rate under the Adjudication of
# Interest Law, without proof of damage (mishpativri.org.il quoting the section).
FEE_SOURCE = "תקנה 6(א) לתקנות שיפוט בתביעות קטנות (סדרי דין), התשל\"ז-1976"


# The small claim is computed to its own date and checked against the ceiling in force on
# that date (Courts Law s.60(א)(1) with the 2008 order: the ceiling in force when the claim
# is filed). The build never reads the clock, and the day the IL tables are complete through
# (31 December of the ceiling's year) is not "today": a claim dated on its filing day any
# day of that year is right, and nothing in or about it is out of date (IL third review
# NB1). The one real question is the ceiling: when the pack has a newer ceiling (the newest
# whose start is on or before the tables' end) than the one in force on the claim's date,
# and the claim is dated before that ceiling's start, a claim filed now is checked against
# the wrong ceiling. Then validation warns and the claim's checklist (the claimant's notes,
# after the signature; never the pleading itself) says to date it the filing day.
TABLES = ("small_claims", "court_fees", "execution_fixed_sum")


def _add_months(day: dt.date, months: int) -> dt.date:
    from generator.compute.ledger import add_months

    return add_months(day, months)


class Israel(Jurisdiction):
    code = "IL"
    holidays_country = "IL"
    language = "he"
    currency = "ILS"
    rolls_due_date = False  # no rule found (legal-facts §6): a contractual due date stands as agreed
    # The deadlines our letters set and the instalment dates of a payment plan are put on
    # business days (not Shabbat, Friday or a holiday): drafting practice, not a rule of law.
    rolls_deadlines = True
    rolls_instalments = True
    allocation_order = ("costs", "interest", "principal")
    allocation_source = "Contracts (General Part) Law 1973 s.50; costs, interest, then principal"

    # --- consumers: Consumer Protection Law s.13ב2 --------------------------
    @staticmethod
    def is_consumer(case: Case) -> bool:
        return case.debtor.kind == "consumer"

    def debt_notice_sent(self, case: Case) -> dt.date | None:
        """When the debt notice (the first reminder, to a consumer) was sent, if recorded."""
        if not self.is_consumer(case) or not case.documents.reminders:
            return None
        return case.documents.reminders[0].sending.sent

    def collection_from(self, notice_sent: dt.date) -> dt.date:
        """The first day a collection step or expense is allowed: 14 days have passed
        from the day the debt notice was sent."""
        return notice_sent + dt.timedelta(days=DEBT_NOTICE_WAIT_DAYS + 1)

    def fees_from(self, case: Case, invoice: Invoice, first: dt.date) -> dt.date | None:
        if not self.is_consumer(case):
            return first
        sent = self.debt_notice_sent(case)
        if sent is None:
            return None  # no debt notice: no collection expenses at all (s.13ב2(ג))
        if self.debt_notice_late(sent, invoice.due):
            return None  # sent after the four months of s.13ב2(א): not claimed (see above)
        return max(first, self.collection_from(sent))

    @staticmethod
    def debt_notice_by(due: dt.date) -> dt.date:
        """The last day to send the debt notice for a debt due on `due`: four months
        from the due date (s.13ב2(א))."""
        return _add_months(due, DEBT_NOTICE_WITHIN_MONTHS)

    def debt_notice_late(self, sent: dt.date, due: dt.date) -> bool:
        return sent > self.debt_notice_by(due)

    # --- interest ----------------------------------------------------------
    def rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        if case.contract.late_payment.interest == "contractual":
            return super().rates(case, invoice, first, last)
        return []  # "הפרשי הצמדה וריבית כחוק": claimed, not computed (no CPI / linked rates in our tables)

    # --- small claims ------------------------------------------------------
    def small_claims_obstacles(self, case: Case) -> tuple[str, ...]:
        # Only individuals may sue in small claims: a sole trader (עוסק מורשה / עוסק פטור)
        # is a person and may; a company may not. The party model infers the form from the IDs.
        creditor = case.creditor
        form = getattr(creditor, "form", None)
        if form is not None:
            return () if form in ("individual", "sole_trader") else ("company_claimant",)
        if creditor.is_business and not creditor.sole_trader:
            return ("company_claimant",)
        return ()

    # --- the claim's date against the pack's tables (IL review N2) -----------------
    @staticmethod
    def tables_through() -> dt.date | None:
        """The newest day the IL tables that have an end are confirmed through."""
        days = [t.complete_through for t in (table_set("il", name) for name in TABLES) if t.complete_through]
        return max(days) if days else None

    def claim_date_check(self, on: dt.date) -> dict[str, Any] | None:
        """The newer ceiling a small claim dated `on` was not checked against, or None:
        None unless the ceiling in force on `on` is not the newest ceiling whose start is on
        or before the tables' end and `on` is before that newest ceiling's start. Otherwise
        `date`, `start` (the newest ceiling's start), `limit_then` and `limit_now`."""
        through = self.tables_through()
        if through is None or on > through:
            return None  # a date past the tables is refused by the build, which names the table
        limits = table_set("il", "small_claims")
        then, newest = limits.in_force(on), limits.in_force(through)
        if then is newest or on >= newest.start:
            return None
        return {"date": on, "start": newest.start, "limit_then": then.limit, "limit_now": newest.limit}

    # --- checks on a valid case (warnings, never errors) -------------------------
    def case_warnings(self, case: Case) -> list[tuple[tuple[Any, ...], str]]:
        out: list[tuple[tuple[Any, ...], str]] = []
        small = case.documents.small_claim
        check = self.claim_date_check(small.date) if small else None
        if check:
            out.append((("documents", "small_claim", "date"),
                        f"the small claim is dated {check['date']} and is checked against the small-claims ceiling "
                        f"of {check['limit_then']} ILS in force that day; the pack has the ceiling of "
                        f"{check['limit_now']} ILS in force from {check['start']}: if the claim is filed on or after "
                        f"that day, set its date to the filing day (the interest, the total, the fee and the "
                        f"ceiling follow from it)"))
        if self.is_consumer(case) and case.documents.reminders:
            notice = case.documents.reminders[0]
            if notice.sending.sent and notice.sending.proof is None:
                out.append((("documents", "reminders", 0),
                            "the debt notice (reminder 1) has no proof of sending (`proof:`); the burden of proving "
                            "it was sent is on the business (Consumer Protection Law s.13ב2; protocol.co.il/"
                            "debt-notice): record it and attach it to the claim"))
        for i, inv in enumerate(case.invoices):
            for j, record in enumerate(inv.acceptance):
                if record.date and inv.delivered and record.date < inv.delivered:
                    out.append((("invoices", i, "acceptance", j, "date"),
                                f"the acceptance of {record.date} is dated before the delivery it accepts "
                                f"({inv.delivered}, `delivered`); check both dates before the claim relies on them"))
        return out

    def local_facts(self, case: Case, doc: Any, claim: Any) -> dict[str, Any]:
        consumer = self.is_consumer(case)
        sent = self.debt_notice_sent(case)
        open_dues = sorted(line.due for line in claim.ledger.lines if line.principal > 0) if claim else []
        first_due = open_dues[0] if open_dues else None
        notice_by = self.debt_notice_by(first_due) if first_due else None
        is_notice = consumer and doc.name == "reminder-1"
        # From when collection steps may start: after the notice (this one, if it is the notice).
        notice_day = (sent or doc.date) if is_notice else sent
        notice_late = bool(consumer and notice_day and notice_by and notice_day > notice_by)
        collection_from = self.collection_from(notice_day) if consumer and notice_day else None
        disputed = any(getattr(e, "kind", "note") == "dispute" for e in case.events if e.date <= doc.date)
        limit = table_set("il", "execution_fixed_sum").in_force(doc.date).limit
        execution = bool(claim) and not disputed and claim.total <= limit and claim.principal > 0
        return {
            "exhibits": self.exhibits(case, doc) if doc.kind == "small_claim" else (),
            "consumer": consumer,
            "is_debt_notice": is_notice,
            "debt_notice_sent": sent,
            "debt_notice_by": notice_by,
            "debt_notice_late": notice_late,
            "small_claims_a_year": SMALL_CLAIMS_A_YEAR,
            "payment_ethics": not consumer and case.creditor.is_business,
            "collection_from": collection_from,
            "quiet_until": collection_from - ONE_DAY if collection_from else None,  # the 14th day
            "execution_route": execution,
            "execution_limit": limit,
            "disputed": disputed,
            "fee_source": FEE_SOURCE,
            "day_after": doc.date + ONE_DAY,  # "from the day after the claim's date" (not counted twice)
            "date_check": self.claim_date_check(doc.date) if doc.kind == "small_claim" else None,
            # the consumer's debt notice has its proof of sending recorded (s.13ב2: the burden is on the business)
            "notice_proof": bool(consumer and case.documents.reminders and case.documents.reminders[0].sending.proof),
        }

    @staticmethod
    def exhibits(case: Case, doc: Any) -> tuple[Any, ...]:
        """The claim's exhibits: the common list, with the records of acceptance of the
        work the case gives (invoices[].acceptance) after the invoices, then the payment
        records: the claimant's evidence of performance is attached only where the case records it."""
        import dataclasses

        from generator.render.context import Exhibit, exhibits

        common = exhibits(case, doc.date)
        accepted = [Exhibit("acceptance", a.date, a.number, item=a)
                    for inv in case.invoices for a in inv.acceptance if a.date is None or a.date <= doc.date]
        last_invoice = max((i for i, e in enumerate(common) if e.kind == "invoice"), default=0)
        rest = list(common[last_invoice + 1:])
        # The payment records next, as the facts cite them (the payments paragraph comes
        # before the reminders and the demand): exhibits numbered in the order cited (IL third review n8).
        paid = [e for e in rest if e.kind == "payment_record"]
        out = list(common[:last_invoice + 1]) + accepted + paid + [e for e in rest if e.kind != "payment_record"]
        return tuple(dataclasses.replace(e) for e in out)
