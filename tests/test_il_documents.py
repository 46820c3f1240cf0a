"""Israel (issue 17): the letters and the small claim an Israeli lawyer would send and
a court clerk would accept. One test per point of the issue, on the example case
(levi-design-2025-05: a sole trader against a company) and the consumer variant
(tests/fixtures/cases/il-consumer.yaml)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from generator.case.model import Proof
from generator.compute.claim import instalments
from generator.errors import CaseInvalid
from generator.jurisdictions import registry
from generator.pipeline import load_case
from generator.render.document import render_markdown_for
from generator.render.formatting import strip_format_chars
from tests.conftest import ROOT, example

FIXTURES = Path(__file__).parent / "fixtures" / "cases"
IL = registry.get("IL")


def consumer_case():
    return load_case(FIXTURES / "il-consumer.yaml")


def md(case, document: str, lang: str = "he") -> str:
    text, _, _ = render_markdown_for(case, IL, document, lang)
    return " ".join(strip_format_chars(text).split())


def claim_of(case, document: str):
    _, _, context = render_markdown_for(case, IL, document, "he")
    return context["claim"], context


def with_party(case, who: str, **changes):
    party = dataclasses.replace(getattr(case, who), **{k: v for k, v in changes.items() if hasattr(getattr(case, who), k)})
    return dataclasses.replace(case, **{who: party})


def company_creditor(case):
    return with_party(case, "creditor", sole_trader=False, declared_form="company")


# --- blocker: a sole trader (עוסק מורשה) is a person and may file a small claim -------

def test_a_sole_trader_may_file_a_small_claim() -> None:
    case = example("levi-design-2025-05")
    assert IL.small_claims_obstacles(case) == ()
    text = md(case, "small-claim")
    assert "תאגיד" not in text.split("## חישוב")[0]
    assert "ניתן להגיש את התביעה לבית המשפט לתביעות קטנות" in text


def test_the_form_comes_from_the_party_model_not_the_flag() -> None:
    case = example("levi-design-2025-05")
    if not hasattr(case.creditor, "declared_form") and "form" not in {f.name for f in dataclasses.fields(case.creditor)}:
        pytest.skip("the party model with `form` has not landed")
    # The IDs (עוסק מורשה, no ח.פ.) make the creditor a sole trader without `sole_trader: true`.
    assert case.creditor.form == "sole_trader"
    assert IL.small_claims_obstacles(company_creditor(case)) == ("company_claimant",)


def test_a_company_claimant_is_sent_to_the_magistrates_court() -> None:
    text = md(company_creditor(example("levi-design-2025-05")), "small-claim")
    assert "התובעת היא תאגיד" in text and "בית משפט השלום" in text


# --- blocker: the consumer branch, Consumer Protection Law s.13ב2 ----------------------

def test_a_consumers_first_reminder_is_the_debt_notice() -> None:
    text = md(consumer_case(), "reminder-1")
    assert "הודעת חוב לפי סעיף 13ב2" in text
    # No collection step and no collection expenses for 14 days from sending (5.10 + 15).
    # The first day allowed is stated as such ("לפני יום"), not as an inclusive "עד ליום" (m2).
    assert "לא ננקוט כל פעולה לגביית החוב לפני יום 20 באוקטובר 2025" in text
    assert "עד ליום 19 באוקטובר 2025, נהיה רשאים לחייב אותך החל מיום 20 באוקטובר 2025" in text


def test_no_collection_expenses_before_the_14_days_pass() -> None:
    case = consumer_case()
    at_notice, _ = claim_of(case, "reminder-1")
    assert at_notice.fees == 0  # the 50 ₪ late fee is a collection expense: not yet
    later, _ = claim_of(case, "pretrial-claim")
    assert later.fees == Decimal("50.00")
    assert IL.fees_from(case, case.invoices[0], dt.date(2025, 10, 1)) == dt.date(2025, 10, 20)


def test_no_debt_notice_means_no_collection_expenses_at_all() -> None:
    case = consumer_case()
    docs = dataclasses.replace(case.documents, reminders=())
    assert IL.fees_from(dataclasses.replace(case, documents=docs), case.invoices[0], dt.date(2025, 10, 1)) is None


def test_a_business_debtor_pays_the_fee_from_the_day_after_the_due_date() -> None:
    case = example("levi-design-2025-05")
    assert IL.fees_from(case, case.invoices[1], dt.date(2025, 7, 31)) == dt.date(2025, 7, 31)


def test_a_warning_letter_within_14_days_of_the_debt_notice_is_refused(tmp_path: Path) -> None:
    text = (FIXTURES / "il-consumer.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "il-consumer.yaml"
    bad.write_text(text.replace("pretrial_claim: {date: 2025-11-01", "pretrial_claim: {date: 2025-10-12")
                   .replace("    - {date: 2025-10-21, sent: 2025-10-21, sent_by: email}\n", ""), encoding="utf-8")
    with pytest.raises(CaseInvalid) as err:
        load_case(bad)
    assert "13ב2" in str(err.value) and "2025-10-20" in str(err.value)


def test_the_consumer_claim_states_the_debt_notice() -> None:
    text = md(consumer_case(), "small-claim")
    assert "הודעת חוב לפי סעיף 13ב2" in text and "14 ימים" in text


# --- major: no exclusive small-claims jurisdiction clause ------------------------------

def test_the_jurisdiction_clause_is_territorial() -> None:
    text = md(example("levi-design-2025-05"), "contract-clauses")
    assert "לבתי המשפט המוסמכים בעיר תל אביב-יפו" in text
    assert "ייחודית" in text and "לבית המשפט לתביעות קטנות בתל אביב" not in text


def test_no_exclusive_venue_is_agreed_with_a_consumer() -> None:
    text = md(consumer_case(), "contract-clauses")
    assert "ייחודית" not in text and "בית המשפט המוסמך לפי דין" in text


# --- major: Form 1 (reg. 3): names and ID numbers, in Hebrew ---------------------------

def test_the_claim_follows_form_1_with_the_parties_numbers() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    assert "טופס 1, תקנה 3" in text
    assert "מס' זהות:" in text  # the individual claimant's ID line (a blank to fill when not given)
    assert "עוסק מורשה: 034567891" in text and "ח.פ.:" in text
    assert "מקום השיפוט:" in text and "סכום התביעה:" in text


def test_a_russian_script_name_is_given_in_its_hebrew_form_only() -> None:
    # m11: the plan names the representative in Hebrew, without the Cyrillic original; the
    # claim does not name the defendant company's representative at all.
    case = example("levi-design-2025-05")
    rep = case.debtor.representative
    plan = md(case, "payment-plan")
    assert f'באמצעות {rep.name_in("he")}, מנכ"ל' in plan and rep.name not in plan
    claim = md(case, "small-claim").split("---")[0]
    assert rep.name not in claim and rep.name_in("he") not in claim


# --- major: the claimant's grammatical gender ------------------------------------------

def test_a_woman_claimant_is_hatoava() -> None:
    case = example("levi-design-2025-05")
    if not hasattr(case.creditor, "gender"):
        pytest.skip("the party model with `gender` has not landed")
    woman = with_party(case, "creditor", gender="female")
    text = md(woman, "small-claim")
    assert "התובעת זכאית" in text and "התובע זכאי" not in text
    man = with_party(case, "creditor", gender="male")
    assert "התובע זכאי" in md(man, "small-claim")


# --- major: interest and linkage "כחוק" -------------------------------------------------

def test_a_contract_rate_is_computed_with_the_statutory_interest_as_fallback() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    relief = text.split("## הסעדים המבוקשים")[1].split("## ")[0]
    assert "ריבית חוזית בשיעור 6% לשנה" in relief
    assert "ולחלופין הפרשי הצמדה וריבית כחוק לפי חוק פסיקת ריבית והצמדה, התשכ\"א-1961" in relief
    assert "מיום הגשת התביעה" not in text


def test_without_a_rate_the_statutory_interest_is_the_main_claim_from_the_breach() -> None:
    case = consumer_case()
    claim, _ = claim_of(case, "small-claim")
    assert claim.interest_accrued == 0 and not claim.ledger.periods  # not computed: no CPI / linked rates
    text = md(case, "small-claim")
    relief = text.split("## הסעדים המבוקשים")[1].split("## ")[0]
    assert "הפרשי הצמדה וריבית כחוק" in relief and "מיום ההפרה" in relief
    assert "מיום הגשת התביעה" not in text
    assert "לא חושבו במסמך זה" in text  # said plainly


# --- major: the Execution Office fixed-sum route ---------------------------------------

def test_the_warning_letter_threatens_no_fixed_sum_claim() -> None:
    for case in (example("levi-design-2025-05"), consumer_case()):
        assert "סכום קצוב" not in md(case, "pretrial-claim")


def test_the_fixed_sum_route_is_offered_with_its_registered_mail_warning() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    assert "תביעה על סכום קצוב" in text and "81א1" in text
    assert "בדואר רשום עם אישור מסירה" in text and "פתוחה גם לתאגיד" in text


def test_the_fixed_sum_route_is_not_offered_for_a_disputed_debt() -> None:
    case = example("levi-design-2025-05")
    event = case.events[0]
    if not hasattr(event, "kind"):
        pytest.skip("events have no kind yet")
    disputed = dataclasses.replace(case, events=case.events + (dataclasses.replace(event, kind="dispute"),))
    assert "סכום קצוב" not in md(disputed, "small-claim")


# --- minors ----------------------------------------------------------------------------

def test_a_deadline_on_shabbat_moves_to_the_next_business_day() -> None:
    # Pre-trial 1.11.2025 + 14 days = Saturday 15.11.2025 -> Sunday 16.11.2025.
    _, context = claim_of(consumer_case(), "pretrial-claim")
    assert context["doc"].pay_by == dt.date(2025, 11, 16)
    assert context["doc"].legal_steps_from == dt.date(2025, 11, 17)


def test_instalments_on_a_holiday_or_shabbat_move_to_the_next_business_day() -> None:
    plan = instalments(Decimal("300.00"), 3, dt.date(2025, 10, 7), "ILS", roll=IL.instalment_day)
    # 7.10.2025 Sukkot -> 8.10; 7.11 Friday -> Sunday 9.11; 7.12 Sunday stays.
    assert [i.due for i in plan] == [dt.date(2025, 10, 8), dt.date(2025, 11, 9), dt.date(2025, 12, 7)]
    _, context = claim_of(example("levi-design-2025-05"), "payment-plan")
    assert context["doc"].installments[0].due == dt.date(2025, 11, 16)  # 15.11.2025 is a Saturday


def test_interest_after_the_claim_runs_from_the_next_day() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    assert "מיום 21 בנובמבר 2025 ועד ליום התשלום בפועל" in text  # the claim is dated 20.11.2025


def test_the_late_fee_is_called_a_late_fee_not_costs() -> None:
    text = md(example("levi-design-2025-05"), "pretrial-claim")
    assert "לדמי איחור" in text and "להוצאות" not in text


def test_no_lawyers_fees_in_the_small_claims_court() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    relief = text.split("## הסעדים המבוקשים")[1].split("## ")[0]
    assert "שכר טרחת" not in relief and "סעיף 63" in text
    assert "שכר טרחת עורך דין" not in md(example("levi-design-2025-05"), "pretrial-claim")


def test_one_individual_is_addressed_in_the_singular() -> None:
    # Without a gender in the case: both forms, not the masculine (m3).
    assert "הנך נדרש/ת לשלם" in md(consumer_case(), "pretrial-claim")
    man = with_party(consumer_case(), "debtor", gender="male")
    assert "הנך נדרש לשלם" in md(man, "pretrial-claim")
    assert "הנכם נדרשים לשלם" in md(example("levi-design-2025-05"), "pretrial-claim")
    if hasattr(consumer_case().debtor, "gender"):
        woman = with_party(consumer_case(), "debtor", gender="female")
        assert "הנך נדרשת לשלם" in md(woman, "pretrial-claim")


def test_one_exhibit_is_nispach_in_the_singular() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    assert "(נספח 1)" in text and "(נספחים 2–3)" in text


def test_amounts_keep_their_space_after_al() -> None:
    text = md(example("levi-design-2025-05"), "reminder-1")
    assert "על סך 18,200.00" in text and "על18" not in text


def test_a_company_signs_with_signature_and_stamp() -> None:
    assert "חתימה וחותמת מורשי החתימה" in md(company_creditor(example("levi-design-2025-05")), "pretrial-claim")
    assert "חתימה וחותמת מורשי החתימה" not in md(example("levi-design-2025-05"), "small-claim").split("---")[0] \
        or not example("levi-design-2025-05").creditor.is_individual


def test_the_fee_cites_the_small_claims_regulations() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    assert "תקנה 6(א) לתקנות שיפוט בתביעות קטנות (סדרי דין), התשל\"ז-1976" in text
    assert "140.00" in text  # 1 % of 13,632.93, rounded up to a multiple of 5


def test_a_payment_plan_may_take_security() -> None:
    text = md(example("levi-design-2025-05"), "payment-plan")
    assert "שיקים דחויים" in text and "ערבות" in text and "הסכמה של החייב למתן פסק דין" in text


# --- the Russian version ---------------------------------------------------------------

def test_the_russian_claim_labels_the_iban_and_the_plan_translates_the_roles() -> None:
    case = example("levi-design-2025-05")
    text = md(case, "small-claim", "ru")
    if case.creditor.bank_account and case.creditor.bank_account[:2].isalpha():
        assert "Банковский счёт (IBAN):" in text
    rep = getattr(case.debtor, "representative", None)
    if rep is not None and getattr(rep, "role_code", None) == "ceo":
        plan = md(case, "payment-plan", "ru")
        assert "генеральный директор" in plan and 'מנכ"ל' not in plan


def test_hebrew_names_in_their_russian_form() -> None:
    case = example("levi-design-2025-05")
    if not getattr(case.creditor, "names", ()):
        pytest.skip("the case gives no Russian form of the names")
    text = md(case, "pretrial-claim", "ru")
    assert case.creditor.name_in("ru") in text


# --- review of 2026-12-01 (docs/reviews/il-2026-12-01.md) -------------------------------

def late_notice_case(tmp_path: Path):
    """The consumer fixture with the debt notice sent five months after the due date."""
    text = (FIXTURES / "il-consumer.yaml").read_text(encoding="utf-8")
    text = (text.replace("case: il-consumer", "case: il-cons-late")
            .replace("    - {date: 2025-10-05, sent: 2025-10-05, sent_by: registered_letter, pay_within_days: 14}\n"
                     "    - {date: 2025-10-21, sent: 2025-10-21, sent_by: email}\n",
                     "    - {date: 2026-03-05, sent: 2026-03-05, sent_by: registered_letter, pay_within_days: 14}\n")
            .replace("pretrial_claim: {date: 2025-11-01, respond_within_days: 14, sent: 2025-11-01,",
                     "pretrial_claim: {date: 2026-04-01, respond_within_days: 14, sent: 2026-04-01,")
            .replace("  payment_plan: {date: 2025-11-20, installments: 3, first_due: 2025-12-15}\n", "")
            .replace("small_claim: {date: 2025-12-01,", "small_claim: {date: 2026-05-01,")
            .replace("  - date: 2025-11-10\n", "  - date: 2026-04-10\n"))
    path = tmp_path / "il-cons-late.yaml"
    path.write_text(text, encoding="utf-8")
    return load_case(path)


def exhibits_of(text: str) -> str:
    return text.split("## רשימת נספחים")[1].split("## ")[0]


def test_m1_the_exhibit_names_the_registered_mail_receipt_not_a_delivery_confirmation() -> None:
    text = exhibits_of(md(example("levi-design-2025-05"), "small-claim"))
    assert "ואישור המשלוח בדואר רשום (מס' משלוח RR123456785IL)" in text
    assert "אישור מסירה" not in text
    ru = md(example("levi-design-2025-05"), "small-claim", "ru")
    assert "квитанция об отправке заказного письма (№ RR123456785IL)" in ru and "уведомление о вручении заказного" not in ru.split("Альтернатива")[0]


def test_m1_without_recorded_proof_no_proof_is_listed() -> None:
    text = exhibits_of(md(consumer_case(), "small-claim"))  # the fixture records no `proof:`
    assert "שנשלח בדואר רשום ביום 1 בנובמבר 2025." in text
    assert "אישור המשלוח" not in text and "אישור מסירה" not in text


def test_m2_the_limit_cites_the_courts_law_and_the_2008_order() -> None:
    case = example("levi-design-2025-05")
    text = md(case, "small-claim")
    assert "סעיף 60(א)(1) לחוק בתי המשפט [נוסח משולב], התשמ\"ד-1984" in text
    assert "צו בתי המשפט (שינוי סכום התביעה בתביעות קטנות), התשס\"ח-2008" in text
    today = dataclasses.replace(case, documents=dataclasses.replace(
        case.documents, small_claim=dataclasses.replace(case.documents.small_claim, date=dt.date(2026, 12, 1))))
    claim, _ = claim_of(today, "small-claim")
    assert claim.small_claims_limit.amount == Decimal("39900")
    data = (Path(__file__).parents[1] / "generator/jurisdictions/data/il/small_claims.yaml").read_text(encoding="utf-8")
    assert "צו בתי המשפט" in data and "התשס\"ח-2008" in data and "s.60(ג)" in data
    assert "Small Claims (Change of Amount) Order 2008" in data


def test_m3_the_route_states_the_yearly_number_of_small_claims() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    assert "תובע אינו רשאי להגיש לבית המשפט לתביעות קטנות יותר מ-5 תביעות בשנה" in text
    assert "מספר התביעות: תובעת אינה רשאית" in text  # the checklist, in the claimant's gender
    ru = md(example("levi-design-2025-05"), "small-claim", "ru")
    assert "более 5 исков в год" in ru


def test_m4_a_late_debt_notice_is_a_warning_and_no_late_fee(tmp_path: Path) -> None:
    case = late_notice_case(tmp_path)
    warned = [w for w in case.warnings if "four months" in w.message]
    assert warned and warned[0].field == "documents.reminders[0].sent"
    assert "2026-01-30" in warned[0].message and "13ב2(א)" in warned[0].message
    assert IL.fees_from(case, case.invoices[0], dt.date(2025, 10, 1)) is None
    claim, _ = claim_of(case, "small-claim")
    assert claim.fees == 0
    text = md(case, "small-claim")
    assert "הודעת חוב (נספח 4). התובע/ת אינו/ה תובע/ת בתביעה זו הוצאות גבייה או דמי איחור." in text
    assert "הודעת חוב לפי סעיף 13ב2" not in text.split("## העילה")[0].split("(נספח 2)")[1]
    assert "14 ימים מיום שליחתה" not in text
    assert "דמי האיחור לפי ההסכם" not in md(case, "reminder-1")  # the notice promises no fee
    assert "Истец не требует в этом иске расходов на взыскание" in md(case, "small-claim", "ru")


def test_m4_a_notice_in_time_is_not_warned() -> None:
    assert not [w for w in consumer_case().warnings if "four months" in w.message]
    assert IL.debt_notice_by(dt.date(2025, 9, 30)) == dt.date(2026, 1, 30)
    assert not IL.debt_notice_late(dt.date(2026, 1, 30), dt.date(2025, 9, 30))
    assert IL.debt_notice_late(dt.date(2026, 1, 31), dt.date(2025, 9, 30))


def test_m1_minor_the_payment_ethics_law_for_a_business_debtor() -> None:
    law = "חוק מוסר תשלומים לספקים, התשע\"ז-2017"
    assert law in md(example("levi-design-2025-05"), "small-claim")
    assert law in md(example("levi-design-2025-05"), "contract-clauses")
    assert law not in md(consumer_case(), "small-claim")
    assert law not in md(consumer_case(), "contract-clauses")


def test_m3_minor_without_gender_both_forms_and_a_warning() -> None:
    case = consumer_case()
    text = md(case, "small-claim")
    assert "**התובע/ת:** דנה כהן" in text and "חתימת התובע/ת" in text and "פנה/תה התובע/ת" in text
    assert "**התובע:**" not in text
    assert any(w.field == "creditor.name" and "gender" in w.message for w in case.warnings)
    woman = with_party(case, "creditor", gender="female")
    text = md(woman, "small-claim")
    assert "**התובעת:** דנה כהן" in text and "פנתה התובעת" in text and "חתימת התובעת" in text
    assert "תשלם/י" in md(case, "reminder-1")


def test_m4_minor_russian_court_documents_are_marked_as_translations() -> None:
    note = "Перевод на русский язык для сведения"
    case = example("levi-design-2025-05")
    assert md(case, "small-claim", "ru").startswith("*" + note)
    assert md(case, "payment-plan", "ru").startswith("*" + note)
    # The Hebrew original, which the court receives and the parties sign, carries no note
    # about translations (second review N4): tests/test_structure.py sets the note aside.
    assert md(case, "small-claim").startswith("# כתב תביעה")
    assert md(case, "payment-plan").startswith("# הסכם פריסת חוב")


def test_m5_minor_the_consumer_fee_sentence_stays_in_its_clause() -> None:
    text, _, _ = render_markdown_for(consumer_case(), IL, "contract-clauses", "he")
    text = strip_format_chars(text)
    clause = text.split("\n3.2 ")[1].split("\n")[0]
    assert "כפיצוי מוסכם" in clause and "דמי האיחור הם הוצאות גבייה" in clause
    assert "\n\n3.3 " in text


def test_m6_minor_the_execution_route_states_the_objection() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    route = text.split("**חלופה:")[1].split("## ")[0]
    assert "אם החייב יגיש התנגדות במועד, תועבר התביעה לדיון בבית המשפט" in route
    assert "תקנה 109א לתקנות ההוצאה לפועל, התש\"ם-1979" in route


def test_m7_minor_no_small_claims_figures_when_the_route_is_barred() -> None:
    company = md(company_creditor(example("levi-design-2025-05")), "small-claim")
    fees = company.split("## אגרה ובדיקת סכום התביעה")[1]
    assert "תקנות בתי המשפט (אגרות), התשס\"ז-2007" in fees
    assert "140.00" not in fees and "תקנה 6(א)" not in fees and "סעיף 63" not in fees
    case = example("levi-design-2025-05")
    big = dataclasses.replace(case, invoices=tuple(dataclasses.replace(i, amount=i.amount * 3) for i in case.invoices))
    over = md(big, "small-claim").split("## אגרה ובדיקת סכום התביעה")[1]
    assert "סכום התביעה עולה על התקרה" in over and "תקרת הסכום לתביעה קטנה" in over
    assert "תקנה 6(א)" not in over and "סעיף 63" not in over


def test_m8_minor_the_plan_names_the_person_and_her_business_and_an_id_line() -> None:
    plan = md(example("levi-design-2025-05"), "payment-plan")
    assert '**בין:** נועה לוי\\ העוסקת בשם "נועה לוי — עיצוב גרפי"\\ מס\' זהות:' in plan
    consumer = md(consumer_case(), "payment-plan").split("**לבין:**")[1].split("(להלן")[0]
    assert "יוסי מזרחי" in consumer and "מס' זהות:" in consumer


def test_m9_minor_the_consumer_plan_states_the_interest_it_does_not_claim() -> None:
    plan = md(consumer_case(), "payment-plan")
    assert "1.4 סכום החוב אינו כולל הפרשי הצמדה וריבית כחוק" in plan and "לפי סעיף 5 להלן — יבוטל הוויתור" in plan
    assert "1.4" not in md(example("levi-design-2025-05"), "payment-plan").split("## 2.")[0]


def test_m10_minor_a_letter_to_a_company_opens_with_agn() -> None:
    text = md(example("levi-design-2025-05"), "pretrial-claim")
    assert "א.ג.נ.," in text and "אדוני הנכבד" not in text


def test_m13_minor_the_acceptance_record_is_an_exhibit() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    assert "העתק אישור הנתבעת בדואר אלקטרוני על קבלת הקבצים מיום 29 ביוני 2025." in exhibits_of(text)
    assert "ביום 29 ביוני 2025 אישרה הנתבעת את קבלת העבודה (נספח 4)." in text
    assert "(נספחים 2–3)" in text  # the invoices keep their numbers


def test_m14_minor_a_venue_the_clauses_do_not_use_is_warned(tmp_path: Path) -> None:
    source = Path(__file__).parents[1] / "cases" / "levi-design-2025-05.yaml"
    text = source.read_text(encoding="utf-8").replace("venue: בית משפט לתביעות קטנות בתל אביב-יפו", "venue: בית משפט השלום בחיפה")
    path = tmp_path / "levi-design-2025-05.yaml"
    path.write_text(text, encoding="utf-8")
    warned = [w for w in load_case(path).warnings if w.field == "contract.dispute_resolution.venue"]
    assert warned and "תל אביב-יפו" in warned[0].message
    assert not [w for w in example("levi-design-2025-05").warnings if w.field == "contract.dispute_resolution.venue"]


def test_m15_minor_the_claim_states_the_part_payment_applied_to_the_late_fee() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    assert "כזכותה לפי סעיף 50 לחוק החוזים (חלק כללי), התשל\"ג-1973, תחילה על חשבון דמי האיחור (150.00 ₪ ביום 10 בספטמבר 2025)" in text


def test_m17_minor_limitation_says_a_part_payment_also_restarts_it() -> None:
    data = (Path(__file__).parents[1] / "generator/jurisdictions/limitation/il.yaml").read_text(encoding="utf-8")
    assert "ביצוע מקצת הזכות" in data and "part payment" in data


def test_m12_minor_an_israeli_iban_is_printed_as_bank_branch_and_account() -> None:
    text = md(example("levi-design-2025-05"), "reminder-1")
    assert "בנק לאומי (בנק מס' 10), סניף 800, חשבון מס' 99999999 (IBAN: IL62 0108 0000 0009 9999 999)" in text
    legacy = md(consumer_case(), "pretrial-claim")  # the older one-line bank_account
    assert "סניף 800, חשבון מס' 99999999 (IBAN: IL62 0108 0000 0009 9999 999)" in legacy


def test_the_consumer_plans_interest_waiver_lapses_on_default() -> None:
    """Second IL review, m9: a waiver 'subject to keeping the schedule' must come back on breach."""
    from generator.jurisdictions import registry
    from generator.pipeline import load_case
    from generator.render.document import render_markdown_for

    case = load_case(ROOT / "tests" / "fixtures" / "cases" / "il-consumer.yaml")
    text, _, _ = render_markdown_for(case, registry.get("IL"), "payment-plan", "he")
    assert "יבוטל הוויתור" in text and "ממועד פירעונו המקורי" in text


# --- second review of 2026-12-01 (il-2026-12-01-second.md) -----------------------------


def dated(case, day: dt.date):
    return dataclasses.replace(case, documents=dataclasses.replace(
        case.documents, small_claim=dataclasses.replace(case.documents.small_claim, date=day)))


def test_nb1_a_claim_under_an_older_ceiling_is_noted_in_the_checklist_never_boxed_in_the_pleading() -> None:
    case = example("levi-design-2025-05")  # dated 20.11.2025 under the 2025 ceiling; the 2026 one exists
    warned = [w for w in case.warnings if w.field == "documents.small_claim.date"]
    assert warned and "38900" in warned[0].message and "39900" in warned[0].message \
        and "2026-01-01" in warned[0].message and "filing day" in warned[0].message
    text = md(case, "small-claim")
    pleading, checklist = text.split("## רשימת בדיקה לפני ההגשה")
    assert "אזהרה" not in pleading and "מאומתים עד ליום" not in text
    assert ("- תקרה: תביעה זו מיום 20 בנובמבר 2025 נבדקה מול התקרה שחלה ביום זה (38,900.00 ₪); "
            "מיום 1 בינואר 2026 התקרה היא 39,900.00 ₪.") in checklist
    assert "- תאריך: יש לעדכן את תאריך התביעה ליום ההגשה; החישוב והתקרה נגזרים ממנו." in checklist
    for lang, words in (("ru", "с 1 января 2026 г. предел"), ("en", "from 1 January 2026 the ceiling")):
        assert words in md(case, "small-claim", lang)


@pytest.mark.parametrize("day", [dt.date(2026, 3, 15), dt.date(2026, 11, 25), dt.date(2026, 1, 1), dt.date(2026, 12, 1)])
def test_nb1_a_claim_dated_on_its_filing_day_carries_no_box_and_no_warning(day) -> None:
    case = dated(example("levi-design-2025-05"), day)
    assert IL.claim_date_check(day) is None
    assert not [p for p, _ in IL.case_warnings(case) if p == ("documents", "small_claim", "date")]
    text = md(case, "small-claim")
    assert "אזהרה" not in text and "- תקרה:" not in text and "39,900.00 ₪" in text
    assert "אזהרה" not in md(dated(consumer_case(), day), "small-claim")


def test_n1_section_50_gives_the_creditor_the_choice_it_does_not_set_the_order() -> None:
    text = md(example("levi-design-2025-05"), "small-claim")
    assert ("הנתבעת לא ציינה בעת התשלום לחשבון איזה מן החיובים בגין החשבונית ששולמה ייזקף הסכום, ולכן זקפה "
            "אותו התובעת, כזכותה לפי סעיף 50 לחוק החוזים (חלק כללי), התשל\"ג-1973, תחילה על חשבון דמי האיחור "
            "(150.00 ₪ ביום 10 בספטמבר 2025), לאחר מכן על חשבון הריבית ולבסוף על חשבון הקרן.") in text
    assert "נזקפו על חשבון דמי האיחור תחילה" not in text


def test_n2_the_late_fee_paid_out_of_a_payment_is_pleaded_with_its_basis() -> None:
    case = example("levi-design-2025-05")
    assert ("לפי ההסכם (נספח 1), בגין חשבונית שלא שולמה במועדה חייבת הנתבעת בדמי איחור בסך 150.00 ₪, "
            "כפיצוי מוסכם (סעיף 15 לחוק החוזים (תרופות בשל הפרת חוזה), התשל\"א-1970).") in md(case, "small-claim")
    assert "לאחר שחלפו 14 ימים ממשלוח הודעת החוב" in md(consumer_case(), "small-claim")


def test_n5_the_consumer_plan_charges_interest_by_law_once() -> None:
    text = md(consumer_case(), "payment-plan")
    assert "כאמור בסעיף 1.4 לעיל" in text and "מהיום שבו הועמדה לפירעון" not in text


def test_n6_n7_the_checklist_says_each_point_once_and_asks_for_the_id_numbers() -> None:
    text = md(consumer_case(), "small-claim")  # no proof of the debt notice recorded
    assert text.count("נטל ההוכחה על שליחתה") == 1 and "13ב2(ד)" in text
    assert "- מספר זהות: יש למלא את מספר הזהות של התובע/ת (ושל הנתבע/ת, אם ידוע) לפני ההגשה" in text


def test_n8_the_amount_claimed_exhibits_in_order_and_no_double_stop_in_russian() -> None:
    import re

    case = example("levi-design-2025-05")
    text = md(case, "small-claim")
    assert "| **סכום התביעה** | **13,632.93 ₪** |" in text
    pleading = text.split("## רשימת נספחים")[0]
    first = list(dict.fromkeys(int(n) for n in re.findall(r"נספח(?:ים)? (\d+)", pleading)))
    assert first == sorted(first), first  # each exhibit first cited in its number's order
    assert "г.." not in md(case, "small-claim", "ru")


def test_n3_a_debt_notice_without_proof_is_warned_and_not_presented_as_proved() -> None:
    case = consumer_case()  # reminder 1, the debt notice, has no proof
    assert any(w.field == "documents.reminders[0]" and "burden" in w.message for w in case.warnings)
    text = md(case, "small-claim")
    notice = [line for line in exhibits_of(text).split("1. ") if "הודעת החוב" in line][0]
    assert "אישור" not in notice and "ראיה" not in notice
    assert "הודעת החוב: בתיק לא נרשמה ראיה לשליחתה" in text
    proved = dataclasses.replace(case.documents.reminders[0], sending=dataclasses.replace(
        case.documents.reminders[0].sending, proof=Proof(kind="registered_mail", number="RR000000001IL")))
    case2 = dataclasses.replace(case, documents=dataclasses.replace(
        case.documents, reminders=(proved,) + tuple(case.documents.reminders[1:])))
    assert not [p for p, _ in IL.case_warnings(case2) if p == ("documents", "reminders", 0)]
    text2 = md(case2, "small-claim")
    assert "בתיק לא נרשמה ראיה" not in text2 and "ואישור המשלוח בדואר רשום (מס' משלוח RR000000001IL)" in text2


def test_n4_the_hebrew_originals_carry_no_translation_note_the_russian_does() -> None:
    case = example("levi-design-2025-05")
    for document in ("small-claim", "payment-plan"):
        assert "תרגום" not in md(case, document)
        assert md(case, document, "ru").startswith("*Перевод на русский язык для сведения")


def test_n5_the_acceptance_is_pleaded_and_one_before_delivery_is_warned() -> None:
    case = example("levi-design-2025-05")  # accepted 29.6.2025, delivered 30.6.2025
    warned = [w for w in case.warnings if w.field == "invoices[1].acceptance[0].date"]
    assert warned and "2025-06-30" in warned[0].message
    assert "ביום 29 ביוני 2025 אישרה הנתבעת את קבלת העבודה (נספח 4)." in md(case, "small-claim")
    assert "29 июня 2025 г. ответчик подтвердил получение результата работ (приложение 4)." in md(case, "small-claim", "ru")


def test_n6_the_plans_signature_block_names_the_sole_trader_as_the_parties_clause() -> None:
    text = md(example("levi-design-2025-05"), "payment-plan")
    assert '| נועה לוי (העוסקת בשם "נועה לוי — עיצוב גרפי") |' in text
    assert "**בין:** נועה לוי העוסקת בשם" in text.replace("\\", "")


def test_n7_the_acknowledgment_table_totals_the_debt() -> None:
    text = md(example("levi-design-2025-05"), "payment-plan")
    ack = text.split("## 1.")[1].split("## 2.")[0]
    assert "**סך כל החוב**" in ack and "הדרישה" not in ack


def test_n8_the_general_payment_term_excludes_the_advance_invoice() -> None:
    case = example("levi-design-2025-05")
    assert "כל חשבונית, למעט חשבונית המקדמה, תשולם בתוך 30 ימים ממועד הוצאתה." in md(case, "contract-clauses")
    no_advance = dataclasses.replace(case, contract=dataclasses.replace(case.contract, prepayment=None))
    assert "כל חשבונית תשולם בתוך 30 ימים ממועד הוצאתה." in md(no_advance, "contract-clauses")


def test_no_numbered_paragraph_of_a_claim_runs_on_inside_the_one_before() -> None:
    """IL confirmation review c1: a comment with trim markers ate the blank line before
    the late-fee paragraph, so "9." ran on inside paragraph 8 in the pleading."""
    import re

    for lang in ("he", "ru"):
        text = (ROOT / "output" / "levi-design-2025-05" / lang / "small-claim.md").read_text(encoding="utf-8")
        assert not re.search(r"\S[ \t]+\d{1,2}\\\.[ \t]", text), lang
        assert re.search(r"^9\\\. ", text, flags=re.M), lang
