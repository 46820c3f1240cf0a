"""England and Wales (issue 14): a document set a solicitor would send and a district judge
would accept. One test per point of the issue, on the example case (harper-cole-2025-07:
a company against a sole trader) and the consumer variant
(tests/fixtures/cases/uk-consumer.yaml: a homeowner who part-paid and complained)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from generator.case.model import (BankDetails, Event, LatePayment, LocalName, PaymentPlanRequest, Payment, PrimaryDocument,
                                  Representative)
from generator.jurisdictions import registry
from generator.pipeline import load_case
from generator.render.document import render_markdown_for
from generator.render.formatting import strip_format_chars
from tests.conftest import example

FIXTURES = Path(__file__).parent / "fixtures" / "cases"
UK = registry.get("UK")
LANGS = ("en", "pl", "ru", "he")


def business():
    return example("harper-cole-2025-07")


def consumer():
    return load_case(FIXTURES / "uk-consumer.yaml")


def md(case, document: str, lang: str = "en") -> str:
    text, _, _ = render_markdown_for(case, UK, document, lang)
    return " ".join(strip_format_chars(text).replace("\\", "").split())


def context(case, document: str):
    return render_markdown_for(case, UK, document, "en")[2]


def with_dispute(case, **extra):
    """The fixture's complaint recorded as the issue-13 model records a dispute."""
    e = case.events[0]
    dispute = Event(e.date, e.channel, e.summary, kind="dispute", disputed="the finish on two doors", **extra)
    return dataclasses.replace(case, events=(dispute,))


def without_dispute(case):
    """The fixture without its recorded complaint (it records one since Minor 11)."""
    return dataclasses.replace(case, events=())


def contractual(case, rate: str, choice: bool | None):
    lp = LatePayment("contractual", D(rate), None, True, substantial_remedy=choice)
    return dataclasses.replace(case, contract=dataclasses.replace(case.contract, late_payment=lp))


def signed_plan(case, signed: dt.date, paid: tuple[tuple[dt.date, str], ...]):
    plan = case.documents.payment_plan
    docs = dataclasses.replace(case.documents, payment_plan=PaymentPlanRequest(plan.date, plan.installments, plan.first_due, signed))
    payments = case.payments + tuple(Payment(d, D(a), None) for d, a in paid)
    return dataclasses.replace(case, documents=docs, payments=payments)


# --- blockers ------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_protocol_pack_is_part_of_the_letter_of_claim(lang: str) -> None:
    """Debt Protocol para 3.1: with the letter, an information page, a Reply Form and a
    Financial Statement, rendered in the letter's packet (each annex on its own page)."""
    text = md(consumer(), "pretrial-claim", lang)
    english = md(consumer(), "pretrial-claim")
    for heading in ("Annex 1: Information about this letter", "Annex 2: Reply Form", "Annex 3: Financial Statement"):
        assert heading in english
    raw = render_markdown_for(consumer(), UK, "pretrial-claim", lang)[0]
    assert raw.count("\n# ") == 4  # the letter and three annexes, each its own page; no sender's notes (M1)
    for official in ("Reply Form", "Financial Statement", "Pre-Action Protocol for Debt Claims"):
        assert official in text, (lang, official)
    # Reply Form: debt advice, the debt (agree / part / don't know / dispute), documents, payment.
    for box in ("I am getting debt advice", "I agree that I owe the debt", "I dispute the debt", "A copy of the agreement"):
        assert box in english
    # Financial Statement: the Standard Financial Statement headings.
    for heading in ("Income", "Fixed costs", "Flexible costs", "Priority debts", "Standard Financial Statement"):
        assert heading in english


@pytest.mark.parametrize("lang", LANGS)
def test_the_creditors_own_forms_are_never_passed_off_as_the_official_annex_1(lang: str) -> None:
    """M7: the official Annex 1 text could not be retrieved, so it is not reproduced. The
    packet's own information page and reply form say they are not the official forms,
    and the letter is marked NOT READY TO SEND above the letterhead; the instructions to
    the sender are in the validation warning, never in the debtor's PDF (second review M1)."""
    english = md(unsent(consumer()), "pretrial-claim")
    assert "Annex 1: Information Sheet" not in english and "This sheet follows the Information Sheet" not in english
    assert "It is not the official Information Sheet of Annex 1" in english
    assert "It is not the official Reply Form of Annex 1" in english
    assert "do not send this page" not in english and "could not be retrieved" not in english
    assert english.startswith("> **NOT READY TO SEND. Print the Information Sheet and Reply Form of Annex 1")
    raw_en = render_markdown_for(unsent(consumer()), UK, "pretrial-claim", "en")[0]
    assert raw_en.index("NOT READY TO SEND") < raw_en.index("Oakwood Kitchens Ltd")  # above the letterhead
    assert "you may reply on that form instead" not in english
    assert "this Information Sheet" not in english
    assert any("NOT READY TO SEND" in m for _, m in UK.case_warnings(unsent(consumer())))
    # The letter says nothing comes with it that the case does not record.
    assert "With it you will find the Information Sheet" not in english
    raw = render_markdown_for(consumer(), UK, "pretrial-claim", lang)[0]
    assert "Pre-Action Protocol for Debt Claims" in raw.split("\n# ")[2]  # the information page names the Protocol


@pytest.mark.parametrize("lang", LANGS)
def test_official_annex_1_recorded_as_enclosed_replaces_the_creditors_forms(lang: str) -> None:
    case = consumer()
    docs = dataclasses.replace(case.documents, pretrial_claim=dataclasses.replace(case.documents.pretrial_claim, annex_1_enclosed=True))
    case = dataclasses.replace(case, documents=docs)
    raw = render_markdown_for(case, UK, "pretrial-claim", lang)[0]
    assert raw.count("\n# ") == 2  # the letter and the Financial Statement only
    english = md(case, "pretrial-claim")
    assert "With it you will find the Information Sheet and the Reply Form of Annex 1 to the Protocol" in english
    assert "complete the Reply Form (Annex 1 to the Protocol)" in english
    assert "Annex 2: Reply Form" not in english and "do not send this page" not in english
    assert not any("annex_1_enclosed" in m for _, m in UK.case_warnings(case))
    assert any("annex_1_enclosed" in m for _, m in UK.case_warnings(consumer()))


def test_business_debtor_gets_no_protocol_pack() -> None:
    company = dataclasses.replace(business(), debtor=dataclasses.replace(business().debtor, sole_trader=False))
    text = md(company, "pretrial-claim")
    assert "Reply Form" not in text and "Information Sheet" not in text
    assert "Practice Direction – Pre-Action Conduct" in text


@pytest.mark.parametrize("document", ["pretrial-claim", "small-claim", "payment-plan", "reminder-3"])
def test_nothing_is_said_to_be_enclosed_that_the_case_does_not_record(document: str) -> None:
    for case in (business(), consumer()):
        text = md(case, document).lower()
        text = text.split("and build again.**", 1)[-1]  # the not-ready banner tells what to enclose
        text = text.split("are the creditor's own.**", 1)[-1]  # a sent letter's record: what it lacked
        assert "enclose" not in text.replace("i enclose my financial statement", "").replace(
            "enclose copies of the documents you rely on", "")
        assert "letter of claim enclosed" not in text


def test_particulars_make_no_statement_about_what_the_letter_of_claim_enclosed() -> None:
    text = md(business(), "small-claim")
    particulars = text.split("PARTICULARS OF CLAIM")[1].split("Particulars for Money Claim Online")[0]
    assert "Reply Form" not in particulars and "Information Sheet" not in particulars


@pytest.mark.parametrize("lang", LANGS)
def test_money_claims_go_to_the_civil_national_business_centre(lang: str) -> None:
    text = md(consumer(), "small-claim", lang)  # the fixture still names the old centre
    assert "Civil National Business Centre" in text
    heading = text.split("Civil National Business Centre")[0]
    assert "Money Claims Centre" not in heading
    # The only mention of the old name says that claims naming it are returned.
    assert text.count("County Court Money Claims Centre") == 1


def test_an_obsolete_court_name_is_a_warning_naming_the_replacement() -> None:
    warnings = dict(UK.case_warnings(consumer()))
    message = warnings[("documents", "small_claim", "court")]
    assert "no longer exists" in message and "use 'Civil National Business Centre'" in message
    assert not [w for w in UK.case_warnings(business()) if "no longer exists" in w[1]]


def test_no_small_claim_while_a_signed_plan_is_kept() -> None:
    case = signed_plan(business(), dt.date(2025, 10, 29), ((dt.date(2025, 11, 14), "1130.65"),))
    text = md(case, "small-claim")
    assert text.startswith("# Small claim filing packet") and "DO NOT ISSUE THIS CLAIM" in text
    assert any("DO NOT ISSUE" in m for _, m in UK.case_warnings(case))
    # Unsigned (the example): no warning.
    assert "DO NOT ISSUE" not in md(business(), "small-claim")


def test_a_broken_plan_is_said_to_be_broken_not_running() -> None:
    case = signed_plan(business(), dt.date(2025, 10, 29), ())
    case = dataclasses.replace(case, documents=dataclasses.replace(
        case.documents, small_claim=dataclasses.replace(case.documents.small_claim, date=dt.date(2025, 12, 20))))
    text = md(case, "small-claim")
    assert "DO NOT ISSUE" not in text and "was broken: instalment 1" in text
    assert "14 days it allows" in text  # an individual debtor: notice first


# --- majors ---------------------------------------------------------------------------

def test_the_financial_statement_is_signed_on_a_line_of_its_own() -> None:
    """Third UK review, Minor 4: "Date: ____" wrapped onto a line of its own under the
    justified declaration. The signature, the Reply Form's line, now follows the
    declaration after a forced line break, in the same paragraph (so on the same page)."""
    text = render_markdown_for(consumer(), UK, "pretrial-claim", "en")[0]
    form, statement = text.rsplit("Annex 3: Financial Statement", 1)  # the heading, after the list of annexes
    last = [p.strip() for p in statement.split("\n\n") if p.strip()][-1]
    declaration, signature = last.split("\\\n")
    assert declaration == "I believe the information in this statement is true."
    assert signature.startswith("Signed: \\_") and "Date: \\_" in signature
    assert signature in form.split("\n\n")  # the Reply Form's signature line


def test_the_undisputed_part_carries_no_interest_on_the_disputed_amount() -> None:
    """Fourth UK review, Minor 3 (a Major in the review pass of 2026-12-02): the
    undisputed part of a sum that carries Late Payment Act interest is the sum less the
    disputed amount *and the interest that accrued on it*, in the letter and in the
    instalment agreement; a consumer's sum (no interest in it before judgment) is less
    the amount alone."""
    b = business()
    dispute = Event(dt.date(2025, 9, 10), "email", "The booking module was disputed.", kind="dispute",
                    disputed="the booking module does not send confirmations", invoice="INV-2025-0488",
                    amount=D("1000.00"))
    case = dataclasses.replace(b, events=b.events + (dispute,))
    jur = context(case, "pretrial-claim")["jur"]
    # The claim on the undisputed principal: 12.25 % a year on £5,300.00 from 1 August to
    # 5 September 2025 (36 days) and on £3,300.00 to 15 October (40 days, after the part
    # payment), each period rounded, plus the £70.00 fixed sum: what the review computed.
    interest = (D("5300.00") * D("12.25") * 36 / (100 * 365)).quantize(D("0.01")) \
        + (D("3300.00") * D("12.25") * 40 / (100 * 365)).quantize(D("0.01"))
    assert interest == D("108.34")
    assert jur["undisputed"] == D("3300.00") + interest + D("70.00") == D("3478.34")
    text = md(case, "pretrial-claim")
    assert f"pay **£{jur['undisputed']:,.2f}**, the part of the debt you have not disputed" in text
    # The agreement of 28 October 2025: the same to its date (53 days after the payment).
    plan = context(case, "payment-plan")["jur"]["plan"]
    plan_interest = (D("5300.00") * D("12.25") * 36 / (100 * 365)).quantize(D("0.01")) \
        + (D("3300.00") * D("12.25") * 53 / (100 * 365)).quantize(D("0.01"))
    assert plan["total"] == D("3300.00") + plan_interest + D("70.00")
    assert plan["disputed_extras"] == "interest" and plan["disputed"] > D("1000.00")  # £5,300: still the £70 band
    agreement = md(case, "payment-plan")
    assert f"Less the part the Debtor disputes, with the interest on it (not acknowledged) | £{plan['disputed']:,.2f}" \
        in agreement
    assert "the part of the sum due that the Debtor has not disputed" in agreement
    # The whole invoice disputed (no part payment): its s.5A fixed sum goes with it, and
    # nothing undisputed is left (the review pass found £70.00 "undisputed").
    whole = dataclasses.replace(b, payments=tuple(p for p in b.payments if p.invoice != "INV-2025-0488"),
                                events=b.events + (dataclasses.replace(dispute, amount=D("6300.00")),))
    assert context(whole, "pretrial-claim")["jur"]["undisputed"] == D("0.00")
    plan = context(whole, "payment-plan")["jur"]["plan"]
    assert plan["disputed_extras"] == "both" and plan["total"] == D("0.00") and plan["blocked"] == "nothing-left"
    # The undisputed part paid on time and the rest of the invoice disputed: no interest
    # ever ran on the undisputed part, so no fixed sum either (the review of b3db353).
    paid = next(p for p in b.payments if p.invoice == "INV-2025-0488")
    on_time = dataclasses.replace(b, payments=tuple(dataclasses.replace(p, date=dt.date(2025, 7, 25))
                                                    if p is paid else p for p in b.payments),
                                  events=b.events + (dataclasses.replace(dispute, amount=D("4300.00")),))
    assert context(on_time, "pretrial-claim")["jur"]["undisputed"] == D("0.00")
    # Part of the invoice disputed, the rest falling to a lower band: £800.00 left of
    # £6,300.00 carries £40.00, not £70.00 (the row then deducts £30.00 of the fixed sum).
    band = dataclasses.replace(whole, events=b.events + (dataclasses.replace(dispute, amount=D("5500.00")),))
    letter = context(band, "pretrial-claim")["jur"]
    assert context(band, "payment-plan")["jur"]["plan"]["disputed_extras"] == "both"
    # £800.00 + 12.25 % on it from 1 August to 15 October 2025 (76 days, £20.41) + £40.00.
    assert letter["undisputed"] == D("800.00") + (D("800.00") * D("12.25") * 76 / 36500).quantize(D("0.01")) \
        + D("40.00") == D("860.41")
    # A consumer's plan and letter (interest only at the court's discretion): the amount alone.
    assert "with the interest on it" not in md(consumer(), "payment-plan")
    assert context(consumer(), "pretrial-claim")["jur"]["undisputed"] == D("3600.00")


def test_particulars_state_interest_as_cpr_16_4_requires() -> None:
    """Basis, rate, start date, date calculated to, amount, daily rate."""
    text = md(business(), "small-claim")
    particulars = text.split("PARTICULARS OF CLAIM")[1].split("AND THE CLAIMANT CLAIMS")[0]
    for fact in ("section 4 of the 1998 Act", "12.25% a year", "from 1 August 2025 to 20 November 2025",
                 "£185.80", "daily rate after that date £1.44", "Bank Rate 4.25% on 30 June 2025"):
        assert fact in particulars, fact


def test_particulars_plead_the_lpcda_business_facts_only_for_business_debtors() -> None:
    assert "each acting in the course of a business, within section 2(1)" in md(business(), "small-claim")
    assert "section 2(1)" not in md(consumer(), "small-claim")


def test_a_recorded_consumer_dispute_is_answered_in_the_letter_of_claim() -> None:
    text = md(with_dispute(consumer()), "pretrial-claim")
    assert "On 22 July 2025 you disputed the debt: “the finish on two doors”." in text
    assert "Our position is that the amount shown above is due." in text
    assert "Consumer Rights Act 2015" in text and "sections 49 and 54 to 56" in text
    assert "regulation 19" in text  # ADR information, SI 2015/542
    # The promise not to go further about the disputed part is made once in the answer
    # (and once in "What happens next", with the 14 days' notice), not twice over.
    assert text.count("We will reply to you in writing about the part you dispute before we take any further "
                      "step about it") == 1
    # No amount recorded: "What happens next" says nothing of the disputed part, so the
    # paragraph promising no proceedings about it meanwhile stays.
    assert text.count("We will not start court proceedings about a part of the debt you dispute") == 1
    assert "We have taken this into account" not in text  # nothing the case does not record
    assert "regulation 19" not in md(without_dispute(consumer()), "pretrial-claim")  # nothing recorded, nothing said
    assert "The Defendant raised a complaint" in md(with_dispute(consumer()), "small-claim")


@pytest.mark.parametrize("lang", LANGS)
def test_a_dispute_is_answered_with_the_records_of_the_case_only(lang: str) -> None:
    """Issue: disputes. The letter names the amount and invoice disputed, relies on the
    acceptance the case records, and asks for the undisputed rest; the particulars plead
    the dispute and that the Letter of Claim answered it."""
    case = with_dispute(consumer(), amount=D("600.00"), invoice="OK-INV-301")
    inv = case.invoices[0]
    accepted = PrimaryDocument("other", date=dt.date(2025, 7, 1), signed_by_debtor=True, description="the signed handover sheet")
    case = dataclasses.replace(case, invoices=(dataclasses.replace(inv, acceptance=(accepted,)),))
    letter = md(case, "pretrial-claim")
    assert "On 22 July 2025 you disputed the debt (an amount of £600.00) under invoice OK-INV-301" in letter
    assert "We rely on the signed handover sheet of 1 July 2025." in letter
    assert "You have not disputed the rest of the debt, £3,600.00: please pay that part by 10 October 2025." in letter
    # No proceedings about the disputed part before a written answer: said in "What
    # happens next" with the notice period, and in the answer, once each.
    assert letter.count("If you dispute any part of the debt on the Reply Form, we will not issue the claim until we "
                        "have answered your reply in writing.") == 1
    assert "We will not start court proceedings about a part of the debt you dispute" not in letter  # said once
    claim = md(case, "small-claim")
    particulars = claim.split("PARTICULARS OF CLAIM")[1].split("AND THE CLAIMANT CLAIMS")[0]
    assert ("On 22 July 2025 the Defendant disputed the claim as to £600.00 under invoice OK-INV-301: "
            "“the finish on two doors”. The Claimant relies on the signed handover sheet of 1 July 2025. "
            "In its Letter of Claim dated 10 September 2025 the Claimant stated that the sum claimed is due.") in particulars
    assert render_markdown_for(case, UK, "pretrial-claim", lang)[2]["jur"]["undisputed"] == D("3600.00")
    for document in ("pretrial-claim", "small-claim"):  # every language quotes the dispute as recorded
        assert "the finish on two doors" in md(case, document, lang)
    # A business debtor's letter answers a dispute the same way, without the consumer's rights.
    b = dataclasses.replace(business(), events=business().events + (
        Event(dt.date(2025, 9, 20), "email", "Complaint about the mobile layout.", kind="dispute",
              disputed="the booking calendar on mobile phones", invoice="INV-2025-0488"),))
    text = md(b, "pretrial-claim")
    assert "you disputed the debt under invoice INV-2025-0488" in text
    assert text.count("We will not start court proceedings about a part of the debt you dispute") == 1
    assert "We rely on Mr Whitmore's e-mail approving the site for launch of 30 June 2025." in text
    assert "Consumer Rights Act" not in text


def test_a_dispute_after_the_letter_of_claim_is_a_warning_before_issuing() -> None:
    late = Event(dt.date(2025, 11, 1), "email", "Says the calendar is broken.", kind="dispute", disputed="the calendar")
    case = dataclasses.replace(business(), events=business().events + (late,))
    warnings = dict(UK.case_warnings(case))
    assert "no document of this case answers it" in warnings[("events", 2)]
    early = dataclasses.replace(late, date=dt.date(2025, 10, 1))
    assert ("events", 2) not in dict(UK.case_warnings(dataclasses.replace(business(), events=business().events + (early,))))
    particulars = md(case, "small-claim").split("PARTICULARS OF CLAIM")[1].split("AND THE CLAIMANT CLAIMS")[0]
    assert "On 1 November 2025 the Defendant disputed the claim: “the calendar”." in particulars
    assert "answered the dispute" not in particulars


@pytest.mark.parametrize("document", ["reminder-3", "pretrial-claim"])
def test_no_without_result_after_a_part_payment(document: str) -> None:
    for case in (business(), consumer()):
        text = md(case, document)
        assert "without result" not in text and "several times" not in text


def test_consumer_clauses_put_no_condition_on_statutory_remedies() -> None:
    text = md(consumer(), "contract-clauses")
    assert "raise any objection" not in text and "without set-off" not in text
    assert "Nothing in the Contract affects the Client's statutory rights as a consumer" in text
    assert "raise any objection to an invoice in writing" in md(business(), "contract-clauses")


def test_instalment_plan_for_an_individual_stays_inside_the_cca_exemption() -> None:
    text = md(consumer(), "payment-plan")
    assert "article 60F(2)" in text and "is not regulated by the Consumer Credit Act 1974" in text
    long = dataclasses.replace(consumer(), documents=dataclasses.replace(
        consumer().documents, payment_plan=dataclasses.replace(consumer().documents.payment_plan, installments=13)))
    assert "Do not sign it before taking advice" in md(long, "payment-plan")
    assert any("60F(2)" in m for _, m in UK.case_warnings(long))


def test_acceleration_against_an_individual_needs_notice_and_14_days() -> None:
    assert "written notice of the arrears. If the arrears are not paid within 14 days" in md(consumer(), "payment-plan")
    company = dataclasses.replace(business(), debtor=dataclasses.replace(business().debtor, sole_trader=False))
    assert "at once, without further notice" in md(company, "payment-plan")


def test_s69_interest_is_not_demanded_from_a_consumer_before_judgment() -> None:
    ctx = context(without_dispute(consumer()), "pretrial-claim")
    claim = ctx["claim"]
    assert ctx["jur"]["demand"] == claim.total - claim.interest == claim.principal
    text = md(without_dispute(consumer()), "pretrial-claim")
    assert f"please either pay **£{claim.principal:,.2f}**" in text
    assert "which the court may award at its discretion" in text
    plan = context(without_dispute(consumer()), "payment-plan")
    assert sum(i.amount for i in plan["jur"]["plan"]["instalments"]) == plan["claim"].principal


def test_a_contractual_rate_without_a_recorded_choice_is_a_warning() -> None:
    case = contractual(business(), "2", None)
    message = dict(UK.case_warnings(case))[("contract", "late_payment", "rate_percent")]
    assert "substantial remedy" in message and "Yuanda" in message and "substantial_remedy:" in message


def test_the_recorded_choice_decides_between_the_agreed_rate_and_the_act() -> None:
    keep = context(contractual(business(), "2", True), "small-claim")["claim"]
    void = context(contractual(business(), "2", False), "small-claim")["claim"]
    assert {p.rate_percent for p in keep.ledger.periods} == {D(2)} and keep.compensation == 0
    assert {p.rate_percent for p in void.ledger.periods} == {D("12.25")} and void.compensation == D(70)
    assert "section 4 of the 1998 Act" in md(contractual(business(), "2", False), "small-claim")


def test_s5a_compensation_only_where_statutory_interest_runs() -> None:
    assert context(consumer(), "small-claim")["claim"].compensation == 0  # consumer: never
    assert context(business(), "small-claim")["claim"].compensation == D(70)
    assert context(contractual(business(), "2", None), "small-claim")["claim"].compensation == 0


def test_agreed_payment_terms_over_60_days_are_checked() -> None:
    case = dataclasses.replace(business(), contract=dataclasses.replace(business().contract, payment_terms_days=90))
    assert any("more than 60 days" in m for _, m in UK.case_warnings(case))
    assert not any("60 days" in m for _, m in UK.case_warnings(business()))


@pytest.mark.parametrize("value,fee", [("12345.67", "617.28"), ("10000.01", "500.00"), ("0", "0")])
def test_issue_fee_to_the_penny_and_none_on_a_nil_claim(value: str, fee: str) -> None:
    assert UK.court_fee(business(), D(value), dt.date(2025, 11, 20)).amount == D(fee)


def test_a_nil_claim_says_no_fee_and_no_claim() -> None:
    paid = dataclasses.replace(business(), payments=business().payments + (Payment(dt.date(2025, 11, 1), D("4300.00"), "INV-2025-0488"),))
    paid = dataclasses.replace(paid, contract=dataclasses.replace(paid.contract, late_payment=LatePayment("none")))
    text = md(paid, "small-claim")
    assert "Nothing is due at the date of this packet" in text and "no issue fee is payable" in text


# --- minors ---------------------------------------------------------------------------

def test_letters_to_a_named_person_close_yours_sincerely() -> None:
    assert "Yours sincerely," in md(consumer(), "pretrial-claim")
    company = dataclasses.replace(business(), debtor=dataclasses.replace(business().debtor, sole_trader=False, kind="business"))
    assert "Yours faithfully," in md(company, "pretrial-claim") and "Dear Sir or Madam," in md(company, "pretrial-claim")


def test_the_reference_rate_is_called_bank_rate() -> None:
    for document in ("contract-clauses", "pretrial-claim", "small-claim"):
        text = md(business(), document)
        assert "Bank Rate" in text and "base rate" not in text


def test_small_claims_mediation_and_track_rules_are_current() -> None:
    text = md(business(), "small-claim")
    assert "Practice Direction 51ZE" in text and "22 May 2024" in text
    assert "CPR 26.9" in text and "26.8(2)" not in text and "27.14)" in text and "formerly" not in text


def test_s69_interest_is_at_the_courts_discretion() -> None:
    text = md(consumer(), "small-claim")
    assert "at such rate and for such period as the court thinks fit" in text


def test_checklist_says_to_attach_the_written_contract() -> None:
    assert "Practice Direction 16, paragraph 7.3" in md(business(), "small-claim")


def test_payment_plan_has_a_counterparts_clause() -> None:
    assert "signed in any number of counterparts" in md(business(), "payment-plan")


def test_dispute_notice_step_carves_out_undisputed_debts() -> None:
    assert "This clause does not apply to a claim for an amount invoiced" in md(business(), "contract-clauses")


@pytest.mark.parametrize("lang", LANGS)
def test_money_claim_online_particulars_fit_and_stay_in_english(lang: str) -> None:
    ctx = render_markdown_for(business(), UK, "small-claim", lang)[2]
    mcol = ctx["jur"]["mcol"]
    assert mcol["fits"] and mcol["length"] <= 1080
    assert ("The Claimant claims £4,555.80 (including interest to 20/11/2025 and the s.5A sum), further interest "
            "as stated, and costs.") in mcol["note"]
    assert "Both parties contracted in the course of business" in mcol["note"]
    assert "The Claimant claims £4,555.80" in md(business(), "small-claim", lang)


def test_the_choice_is_a_case_field(tmp_path: Path) -> None:
    text = (FIXTURES / "uk-consumer.yaml").read_text(encoding="utf-8")
    path = tmp_path / "uk-consumer.yaml"
    path.write_text(text.replace("    interest: statutory\n", "    interest: contractual\n    rate_percent: \"4\"\n"
                                 "    substantial_remedy: false\n"), encoding="utf-8")
    assert load_case(path).contract.late_payment.substantial_remedy is False
    path.write_text(text.replace("    interest: statutory\n", "    interest: statutory\n    substantial_remedy: true\n"),
                    encoding="utf-8")
    with pytest.raises(Exception, match="substantial_remedy is only used with interest: contractual"):
        load_case(path)


# --- the parties model (issue 13) in the UK documents ---------------------------------

def test_a_sole_trader_is_named_trading_as_his_business_and_addressed_by_title() -> None:
    for document in ("pretrial-claim", "reminder-1", "payment-plan", "contract-clauses", "small-claim"):
        assert "Daniel Whitmore trading as Whitmore Joinery" in md(business(), document), document
    assert "Dear Mr Whitmore," in md(business(), "pretrial-claim")
    particulars = md(business(), "small-claim").split("PARTICULARS OF CLAIM")[0]
    assert "**Mr Daniel Whitmore trading as Whitmore Joinery**, 7 Mill Lane" in particulars  # titled (Minor 8)
    assert "Dear Mr Whitmore trading" not in md(business(), "reminder-2")
    assert "trading as" in md(business(), "pretrial-claim", "en")
    assert "Whitmore Joinery" in md(business(), "pretrial-claim", "pl")


def test_an_organisation_is_dear_sir_or_madam_unless_a_representative_is_named() -> None:
    company = dataclasses.replace(business().debtor, name="Whitmore Joinery Ltd", sole_trader=False, trading_name=None, title=None)
    case = dataclasses.replace(business(), debtor=company)
    assert "Dear Sir or Madam," in md(case, "pretrial-claim") and "Yours faithfully," in md(case, "pretrial-claim")
    rep = Representative("Joan Whitmore", role_code="director", gender="female")
    named = dataclasses.replace(case, debtor=dataclasses.replace(company, representative=rep))
    text = md(named, "pretrial-claim")
    assert "Dear Ms Whitmore," in text and "Yours sincerely," in text
    assert "For the attention of Joan Whitmore, Director" in text or "for the attention of Joan Whitmore, Director" in text


def test_a_foreign_script_party_is_named_in_english_where_the_case_gives_names_en() -> None:
    debtor = dataclasses.replace(business().debtor, name="Даниил Уитмор", names=(LocalName("en", "Daniel Whitmore"),),
                                 trading_name=None)
    case = dataclasses.replace(business(), debtor=debtor)
    letter = md(case, "pretrial-claim")
    assert "**Daniel Whitmore**" in letter and "Dear Mr Whitmore," in letter and "Уитмор" not in letter
    # The court filing names the party in English with the legal name beside it.
    assert "**Mr Daniel Whitmore (Даниил Уитмор)**" in md(case, "small-claim")
    rep = Representative("Элеонора Харпер", position="Director", names=(LocalName("en", "Eleanor Harper"),))
    case = dataclasses.replace(case, creditor=dataclasses.replace(business().creditor, representative=rep))
    assert "Eleanor Harper, Director" in md(case, "pretrial-claim")


def test_the_signatory_signs_with_the_position_the_case_gives() -> None:
    assert "Eleanor Harper, Director Harper & Cole Digital Ltd" in md(business(), "pretrial-claim")
    assert "represented by Eleanor Harper, Director" in md(business(), "payment-plan")


@pytest.mark.parametrize("document", ["pretrial-claim", "reminder-2", "payment-plan", "contract-clauses"])
def test_bank_details_are_sort_code_and_account_number_with_the_invoice_as_reference(document: str) -> None:
    text = md(business(), document)
    assert "sort code 20-45-77 and account number 41568823 at Barclays Bank UK PLC" in text
    if document != "contract-clauses":
        assert "reference INV-2025-0488" in text  # what a bank statement shows, not the case id
        assert "holder Harper & Cole Digital Ltd, quoting the reference harper" not in text
    iban = BankDetails(iban="GB33BUKB20201555555555", bic="BUKBGB22", name="Barclays Bank UK PLC")
    case = dataclasses.replace(business(), creditor=dataclasses.replace(business().creditor, bank=iban))
    assert "IBAN GB33 BUKB 2020 1555 5555 55 (BIC BUKBGB22) at Barclays Bank UK PLC" in md(case, document)


def test_validation_prints_the_jurisdictions_warnings(tmp_path: Path) -> None:
    """EnglandAndWales.case_warnings is called by validation (a generic hook: any
    jurisdiction with case_warnings), so its warnings print with the others."""
    case = consumer()
    fields = {w.field: w for w in case.warnings}
    court = fields["documents.small_claim.court"]
    assert court.level == "warning" and "no longer exists" in court.message and court.line == 59
    assert "annex_1_enclosed" in fields["documents.pretrial_claim"].message
    text = (FIXTURES / "uk-consumer.yaml").read_text(encoding="utf-8")
    path = tmp_path / "uk-consumer.yaml"
    path.write_text(text.replace("sent_by: letter}\n  payment_plan", "sent_by: letter, annex_1_enclosed: true}\n  payment_plan"),
                    encoding="utf-8")
    loaded = load_case(path)
    assert loaded.documents.pretrial_claim.annex_1_enclosed is True
    assert "documents.pretrial_claim" not in {w.field for w in loaded.warnings}


def test_annex_1_enclosed_is_for_uk_cases_only(tmp_path: Path) -> None:
    text = (FIXTURES / "ru-consumer.yaml").read_text(encoding="utf-8")
    assert "  pretrial_claim:" in text or "pretrial_claim: {" in text
    path = tmp_path / "ru-consumer.yaml"
    if "pretrial_claim: {" in text:
        text = text.replace("pretrial_claim: {", "pretrial_claim: {annex_1_enclosed: true, ", 1)
    else:
        text = text.replace("  pretrial_claim:\n", "  pretrial_claim:\n    annex_1_enclosed: true\n", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Exception, match="annex_1_enclosed is for UK cases"):
        load_case(path)


def test_a_promise_is_not_reported_as_a_request_for_time() -> None:
    text = md(business(), "pretrial-claim")
    assert "On 4 August 2025 you promised to pay by 31 August 2025. The balance shown above remains unpaid." in text
    assert "On 5 September 2025 you asked us for more time to pay. No instalment arrangement has been agreed." in text
    assert "no proposal with details of your income and outgoings has reached us" not in text


# --- second review of 1 December 2026 (docs/reviews/uk-2026-12-01-second.md) -------------

def _letter_dated(case, day: dt.date):
    letter = dataclasses.replace(case.documents.pretrial_claim, date=day)
    return dataclasses.replace(case, documents=dataclasses.replace(case.documents, pretrial_claim=letter))


def unsent(case):
    """The case before its Letter of Claim went out (no sending recorded)."""
    letter = dataclasses.replace(case.documents.pretrial_claim, sending=dataclasses.replace(
        case.documents.pretrial_claim.sending, sent=None, sent_by=None, proof=None))
    return dataclasses.replace(case, documents=dataclasses.replace(case.documents, pretrial_claim=letter))


def test_m1_the_default_letter_carries_no_sender_notes_and_is_marked_not_ready() -> None:
    for case in (unsent(business()), unsent(consumer())):
        raw = render_markdown_for(case, UK, "pretrial-claim", "en")[0]
        assert "Before sending" not in raw and "do not send this page" not in raw
        assert raw.startswith("> **NOT READY TO SEND.")
        # The banner is a block quote: the letterhead, recipient, date and reference keep
        # their places as the first four paragraphs (html.py classes them by position).
        from generator.render.html import markdown_to_html
        html = markdown_to_html(raw)
        assert html.index('class="letterhead"') < html.index('class="reference"')
        assert 'class="letterhead"><strong>Harper' in html or 'class="letterhead"><strong>Oakwood' in html
    # The instructions live in the validation warning, outside the letter.
    assert any("annex_1_enclosed: true" in m and "NOT READY TO SEND" in m for _, m in UK.case_warnings(unsent(consumer())))
    assert "annex_1_enclosed: true" in md(unsent(consumer()), "pretrial-claim")
    # A business debtor's letter (Practice Direction) is not marked.
    company = dataclasses.replace(business(), debtor=dataclasses.replace(business().debtor, sole_trader=False))
    assert "NOT READY" not in md(company, "pretrial-claim")


@pytest.mark.parametrize("lang", LANGS)
def test_m2_the_packet_says_the_letter_sent_lacked_the_official_annex_1(lang: str) -> None:
    text = md(business(), "small-claim")
    assert ("The Letter of Claim sent on 15 October 2025 is not recorded as enclosing the official Information Sheet "
            "and Reply Form of Annex 1") in text
    assert "send a new Letter of Claim, dated on the day it is posted, with the official Annex 1 forms" in text
    assert "paragraphs 13 to 16" in text
    assert context(business(), "small-claim")["jur"]["annex_1_missing"] == dt.date(2025, 10, 15)
    assert "justice.gov.uk" in md(business(), "small-claim", lang)
    case = business()
    letter = dataclasses.replace(case.documents.pretrial_claim, annex_1_enclosed=True)
    enclosed = dataclasses.replace(case, documents=dataclasses.replace(case.documents, pretrial_claim=letter))
    assert "is not recorded as enclosing" not in md(enclosed, "small-claim")


@pytest.mark.parametrize("lang", LANGS)
def test_m3_a_partly_disputed_consumer_debt_is_demanded_only_for_the_undisputed_part(lang: str) -> None:
    case = with_dispute(consumer(), amount=D("600.00"), invoice="OK-INV-301")
    text = md(case, "pretrial-claim")
    assert ("Amount due: £4,200.00, of which you dispute £600.00. Please pay the undisputed £3,600.00, or reply, "
            "by 10 October 2025.") in text
    assert "please pay **£3,600.00**, the part of the debt you have not disputed, and complete the Reply Form" in text
    assert "about the £600.00 you dispute" in text
    assert "please either pay **£4,200.00**" not in text
    assert "We will reply to you in writing about the part you dispute before we take any further step about it." in text
    assert "We will reply to you in writing before we take any further step." not in text
    # One claim for the whole debt, held back by a dispute on the Reply Form (the UK review
    # of 2026-12-02, N1: "a claim for £3,600.00" now and one for the £600.00 later split
    # one cause of action); the 14 days' notice follows in the next sentence.
    assert ("If you neither pay the undisputed £3,600.00 nor return the Reply Form by 10 October 2025, we may issue a "
            "claim in the County Court from **11 October 2025**. It will be a single claim for the whole debt then "
            "outstanding, including the £600.00 you dispute unless we have accepted your reasons. If you dispute any "
            "part of the debt on the Reply Form, we will not issue the claim until we have answered your reply in "
            "writing. If you reply but we cannot reach an agreement, we will give you at least 14 days' written notice "
            "before starting proceedings.") in text
    assert "claim for £3,600.00" not in text
    other = md(case, "pretrial-claim", lang)
    assert "600" in other and "3" in other


def test_m4_consumer_adr_information_follows_the_date_of_the_document() -> None:
    case = with_dispute(consumer())
    before = md(case, "pretrial-claim")
    assert "regulation 19 of the Alternative Dispute Resolution for Consumer Disputes" in before
    assert "Digital Markets" not in before
    after = _letter_dated(case, dt.date(2026, 4, 6))
    text = md(after, "pretrial-claim")
    assert ("we will tell you in writing whether any alternative dispute resolution is available to resolve it and, "
            "if so, the name and website of the provider (Digital Markets, Competition and Consumers Act 2024, "
            "Part 4, Chapter 4)") in text
    assert "regulation 19" not in text
    assert context(_letter_dated(case, dt.date(2026, 4, 5)), "pretrial-claim")["jur"]["adr_regime"] == "adr_2015"
    for lang in LANGS:
        assert "Digital Markets, Competition and Consumers Act 2024" in md(after, "pretrial-claim", lang)


def test_m5_company_letters_state_registration_number_and_registered_office() -> None:
    line = ("Registered in England and Wales, company number 11873456. Registered office: Unit 4, 18 Ancoats Street, "
            "Manchester, M4 6DE.")
    for document in ("reminder-1", "pretrial-claim"):
        assert line in md(business(), document)
    case = business()
    office = dataclasses.replace(case.creditor, registered_office=("1 King Street", "London", "EC2V 8AU"))
    text = md(dataclasses.replace(case, creditor=office), "reminder-1")
    assert "Registered office: 1 King Street, London, EC2V 8AU." in text
    for lang in LANGS:
        assert "11873456" in md(business(), "reminder-1", lang)


def test_m5_registered_office_is_read_from_the_case_and_refused_for_a_person(tmp_path) -> None:
    src = (Path(__file__).parent.parent / "cases" / "harper-cole-2025-07.yaml").read_text(encoding="utf-8")
    good = src.replace("  email: accounts@harpercole.example", "  registered_office: [1 King Street, London, EC2V 8AU]\n"
                       "  email: accounts@harpercole.example", 1)
    path = tmp_path / "harper-cole-2025-07.yaml"
    path.write_text(good, encoding="utf-8")
    assert load_case(path).creditor.registered_office == ("1 King Street", "London", "EC2V 8AU")
    bad = src.replace("  email: dan@whitmorejoinery.example", "  email: dan@whitmorejoinery.example\n"
                      "  registered_office: [1 King Street]", 1)
    path = tmp_path / "bad" / "harper-cole-2025-07.yaml"
    path.parent.mkdir()
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(Exception) as err:
        load_case(path)
    assert "registered_office" in str(err.value)


def test_m7_a_void_contract_rate_is_explained_in_the_letter_and_the_particulars() -> None:
    case = contractual(business(), "2", False)
    letter = md(case, "pretrial-claim")
    assert ("Our contract provides for interest at 2% a year. That is not a substantial remedy for late payment within "
            "section 9 of the Late Payment of Commercial Debts (Interest) Act 1998, so that term is void "
            "(section 8(4)) and statutory interest under the Act applies instead.") in letter
    particulars = md(case, "small-claim").split("PARTICULARS OF CLAIM")[1].split("AND THE CLAIMANT CLAIMS")[0]
    assert ("The Contract provides for interest on late payment at 2% a year. That is not a substantial remedy for "
            "late payment within section 9(1) of the 1998 Act; the term is void under section 8(4)(a)") in particulars
    assert "section 8(4)(a)" not in md(business(), "small-claim")
    kept = contractual(business(), "10", True)
    assert "not a substantial remedy" not in md(kept, "pretrial-claim")


def test_m7_contract_clauses_carry_no_substantial_remedy_label() -> None:
    void = md(contractual(business(), "2", False), "contract-clauses")
    assert "2% a year" not in void and "statutory interest on it under the Late Payment" in void
    assert "section 5A" in void
    kept = md(contractual(business(), "10", True), "contract-clauses")
    assert "10% a year" in kept
    assert "substantial remedy" not in kept and "sections 8 and 9" not in kept
    assert "section 5A" not in kept  # statutory interest is not carried (s.8(2)), so no s.5A sum


def test_minors_reference_rate_advance_invoice_mediation_and_online_issue() -> None:
    text = md(business(), "small-claim")
    assert ("31 December (where interest starts to run between 1 January and 30 June) or 30 June (where it starts to "
            "run between 1 July and 31 December)") in text
    assert ("The advance invoice was payable within 7 days of the date of the Contract and each other invoice within "
            "30 days of its date") in text
    assert "Each invoice was payable within 30 days" not in text
    assert "runs from 22 May 2024 to 21 May 2026: check on justice.gov.uk whether it has been extended or replaced" in text
    assert "It does not apply to claims started in Online Civil Money Claims." in text
    assert "CPR 7.4(1)(b)" in text and "particulars of claim will follow" in text
    assert "Serve the full particulars above" not in text


def test_minors_on_request_interest_and_email_warning() -> None:
    letter = md(business(), "pretrial-claim")
    assert ("**Available on request:** copies of our contract No. HC-2025-031 of 12 May 2025") in letter
    assert "plus interest of £1.44 a day from 16 October 2025 until payment" in letter
    company = dataclasses.replace(business(), debtor=dataclasses.replace(business().debtor, sole_trader=False))
    assert "With this letter" not in md(company, "pretrial-claim")
    case = consumer()
    letter = case.documents.pretrial_claim
    email = dataclasses.replace(letter, sending=dataclasses.replace(letter.sending, sent_by="email"))
    case = dataclasses.replace(case, documents=dataclasses.replace(case.documents, pretrial_claim=email))
    assert any("sent by post" in m for _, m in UK.case_warnings(case))
    assert not any("sent by post" in m for _, m in UK.case_warnings(consumer()))


def test_minor_consumer_remedies_cover_goods_and_installation() -> None:
    text = md(with_dispute(consumer()), "pretrial-claim")
    assert "sections 9 to 24, including section 15 on installation, and sections 49 and 54 to 56" in text


# --- second review, Minors 7, 8, 11 and 14 (session 3) ---------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_minor7_the_plan_says_time_was_asked_for_only_when_the_case_records_it(lang: str) -> None:
    asked = {"en": "The Debtor has asked for time to pay.", "pl": "Dłużnik zwrócił się o odroczenie terminu zapłaty.",
             "ru": "Должник попросил отсрочку.", "he": "החייב ביקש ארכה לתשלום."}[lang]
    agreed = {"en": "The parties have agreed that the Debt may be paid by instalments.",
              "pl": "Strony uzgodniły, że Dług może zostać zapłacony w ratach.",
              "ru": "Стороны договорились, что Долг может быть оплачен в рассрочку.",
              "he": "הצדדים הסכימו כי החוב ישולם בתשלומים."}[lang]
    with_request = md(business(), "payment-plan", lang)  # the example records a time_request
    assert asked in with_request and agreed not in with_request
    none_recorded = md(consumer(), "payment-plan", lang)  # the fixture records only a dispute
    assert agreed in none_recorded and asked not in none_recorded


def test_minor8_an_individual_party_is_titled_in_the_claim_heading() -> None:
    b = md(business(), "small-claim")
    assert "**Harper & Cole Digital Ltd v Mr Daniel Whitmore trading as Whitmore Joinery**" in b
    assert "and **Mr Daniel Whitmore trading as Whitmore Joinery**, 7 Mill Lane" in b
    assert "an individual by full name and title (Mr, Mrs, Miss, Ms or other)" in b
    c = md(consumer(), "small-claim")
    assert "**Oakwood Kitchens Ltd v Mrs Sarah Bennett**" in c and "and **Mrs Sarah Bennett**, 4 Elm Grove" in c
    # No title recorded, none invented; a company is never titled.
    debtor = dataclasses.replace(consumer().debtor, title=None)
    untitled = md(dataclasses.replace(consumer(), debtor=debtor), "small-claim")
    assert "**Oakwood Kitchens Ltd v Sarah Bennett**" in untitled and "Mrs Sarah" not in untitled


def test_minor11_the_fixture_records_its_complaint_as_a_dispute_and_a_note_that_reads_like_one_warns() -> None:
    case = consumer()
    assert [e.kind for e in case.events] == ["dispute"]
    letter = md(case, "pretrial-claim")
    assert ("On 22 July 2025 you disputed the debt (an amount of £600.00) under invoice OK-INV-301: "
            "“the finish on two cabinet doors”.") in letter
    assert "please pay **£3,600.00**, the part of the debt you have not disputed" in letter
    assert "The Defendant raised a complaint" in md(case, "small-claim")
    assert not [w for w in case.warnings if w.field.startswith("events")]
    note = dataclasses.replace(case.events[0], kind="note", disputed=None, amount=None, invoice=None)
    warned = UK.case_warnings(dataclasses.replace(case, events=(note,)))
    assert any(path == ("events", 0) and "`kind: dispute`" in text for path, text in warned)


def test_minor14_reply_form_boxes_lines_and_financial_statement_layout() -> None:
    text, _, _ = render_markdown_for(consumer(), UK, "pretrial-claim", "en")
    assert "- \\[ \\]" not in text and "• [ ]" not in text
    assert "☐ I dispute the debt. My reasons are in Section 4." in text
    section4 = text[text.index("Section 4:"):text.index("Section 5:")]
    assert section4.count("\\_" * 40) == 6  # six ruled lines to write the reasons on
    css = (Path(__file__).parent.parent / "templates" / "_layout" / "print.css").read_text()
    assert ".jur-uk.doc-pretrial_claim table.amounts + p { break-before: avoid; }" in css


@pytest.mark.parametrize("lang", LANGS)
def test_the_packet_recalls_the_letters_promise_about_the_disputed_part(lang: str) -> None:
    """The Letter of Claim to a partly disputing consumer promised no claim for the disputed
    part before a written answer and 14 days' notice (second review M3); the filing
    checklist of a claim for the whole says so, and names both figures."""
    marker = {"en": "14 days have passed", "pl": "upłynęło 14 dni", "ru": "14 дней истекли", "he": "שחלפו 14"}[lang]
    text = md(consumer(), "small-claim", lang)
    assert marker in text
    disputed = {"en": "£600.00", "pl": "600,00 GBP", "ru": "600,00 £", "he": "600.00 £"}[lang]
    bullet = text[text.index(marker) - 400:text.index(marker) + 400]
    assert disputed in bullet
    # One claim for the whole debt: never "claim only the undisputed part" now (N1 of the
    # UK review of 2026-12-02: the rest later would split one cause of action).
    assert {"en": "3,600.00", "pl": "3 600,00", "ru": "3 600,00", "he": "3,600.00"}[lang] not in bullet
    if lang == "en":
        assert "Claim the whole debt in one claim" in bullet
    assert marker not in md(without_dispute(consumer()), "small-claim", lang)
    assert marker not in md(business(), "small-claim", lang)


# --- third review of 1 December 2026 (docs/reviews/uk-2026-12-01-third.md) -------------

def _with_flag(case):
    letter = dataclasses.replace(case.documents.pretrial_claim, annex_1_enclosed=True)
    return dataclasses.replace(case, documents=dataclasses.replace(case.documents, pretrial_claim=letter))


@pytest.mark.parametrize("lang", LANGS)
def test_ma_a_sent_letter_is_never_told_to_record_the_flag(lang: str) -> None:
    case = business()  # the Letter of Claim was sent on 15 October 2025 without the official forms
    warning = dict(UK.case_warnings(case))[("documents", "pretrial_claim")]
    assert "annex_1_enclosed: true" not in warning and "NOT READY" not in warning
    assert "the Letter of Claim sent on 2025-10-15 went without the official Information Sheet" in warning
    assert "send a new Letter of Claim" in warning and "follow-up case file" in warning and "30 days" in warning
    raw = render_markdown_for(case, UK, "pretrial-claim", lang)[0]
    for mark in ("NOT READY", "NIE WYSYŁAĆ", "НЕ ОТПРАВЛЯТЬ", "לא מוכן למשלוח", "annex_1_enclosed"):
        assert mark not in raw, (lang, mark)
    assert raw.startswith("> **")
    assert ("The letter as sent did not enclose the official Information Sheet and Reply Form of Annex 1"
            in md(case, "pretrial-claim"))
    # The packet keeps its bold warning, with the route to the new letter.
    assert "follow-up case file for the same debt" in md(case, "small-claim")


def test_ma_the_flag_on_a_sent_letter_is_the_users_record_and_contradicting_the_record_warns(tmp_path: Path) -> None:
    from generator.jurisdictions.uk import annex_1_warnings, sent_letter_carried_own_forms

    case = _with_flag(business())
    text = md(case, "pretrial-claim")
    assert "did not enclose" not in text and "NOT READY" not in text
    assert "is not recorded as enclosing" not in md(case, "small-claim")
    # The example's letter as sent (output/) carried the creditor's own forms: the flag
    # added now contradicts it, and validation says so.
    assert sent_letter_carried_own_forms(case)
    [(path, message)] = annex_1_warnings(case)
    assert path == ("documents", "pretrial_claim", "annex_1_enclosed")
    assert "annex_1_enclosed is recorded for the letter sent on 2025-10-15" in message
    assert "must state what was actually enclosed then" in message
    # A letter built with the flag and then sent: its record has one annex page; no warning.
    sent = tmp_path / case.id / "en"
    sent.mkdir(parents=True)
    (sent / "pretrial-claim.md").write_text(render_markdown_for(_with_flag(unsent(business())), UK, "pretrial-claim", "en")[0],
                                            encoding="utf-8")
    assert not sent_letter_carried_own_forms(case, tmp_path)
    (sent / "pretrial-claim.md").write_text(render_markdown_for(unsent(business()), UK, "pretrial-claim", "en")[0],
                                            encoding="utf-8")
    assert sent_letter_carried_own_forms(case, tmp_path)
    assert not sent_letter_carried_own_forms(case, tmp_path / "none")


@pytest.mark.parametrize("lang", LANGS)
def test_mb_the_consumer_plan_covers_only_the_undisputed_part(lang: str) -> None:
    case = consumer()  # the complaint of 22 July 2025 (£600.00) is recorded, no answer to it
    text = md(case, "payment-plan")
    assert ("owes the Creditor under the Contract **£3,600.00** (the “Debt”), the part of the sum due that the Debtor "
            "has not disputed") in text
    assert "Less the part the Debtor disputes (not acknowledged) | £600.00" in text
    assert ("**1.4** The Debtor's complaint of 22 July 2025 about the finish on two cabinet doors (£600.00) is not "
            "settled by this agreement") in text
    plan = context(case, "payment-plan")["jur"]["plan"]
    assert [i.amount for i in plan["instalments"]] == [D("600.00")] * 6
    assert "£4,200.00** (the “Debt”)" not in text
    assert "1.4" in md(case, "payment-plan", lang) and "3,600" in md(case, "payment-plan", lang).replace(" ", ",").replace("\u00a0", ",")
    warning = dict(UK.case_warnings(case))[("documents", "payment_plan")]
    assert "covers only the undisputed part" in warning and "not settled by it" in warning
    # Without the dispute the plan is for the whole debt, with no clause 1.4.
    whole = md(without_dispute(consumer()), "payment-plan")
    assert "**£4,200.00** (the “Debt”), made up as follows" in whole and "1.4" not in whole
    assert ("documents", "payment_plan") not in dict(UK.case_warnings(without_dispute(consumer())))


# --- fourth review of 1 December 2026 (docs/reviews/uk-2026-12-01-fourth.md) -----------

def _disputes(case, *extra):
    """The fixture's £600 complaint with further disputes recorded before the plan."""
    return dataclasses.replace(case, events=case.events + tuple(extra))


def _worktop(amount=None):
    return Event(dt.date(2025, 8, 1), "email", "Mrs Bennett complained about the worktop.", kind="dispute",
                 disputed="the worktop", amount=D(amount) if amount else None)


def _plan_warnings(case):
    return [(path, text) for path, text in UK.case_warnings(case)
            if path[:2] == ("documents", "payment_plan") or (path[0] == "events" and "instalment" in text)]


@pytest.mark.parametrize("lang", LANGS)
def test_n1_a_plan_against_a_wholly_disputed_debt_is_marked_do_not_sign(lang: str) -> None:
    case = consumer()
    case = dataclasses.replace(case, events=(dataclasses.replace(case.events[0], amount=D("4200.00")),))
    raw = render_markdown_for(case, UK, "payment-plan", lang)[0]
    assert raw.startswith("> **")  # the box, above the heading
    box = {"en": "DO NOT SIGN. The Debtor disputes the whole sum due", "pl": "NIE PODPISYWAĆ. Dłużnik kwestionuje całą",
           "ru": "НЕ ПОДПИСЫВАТЬ. Должник оспаривает всю", "he": "אין לחתום. החייב חולק על כל הסכום"}[lang]
    assert box in md(case, "payment-plan", lang)
    text = md(case, "payment-plan")
    assert "**£4,200.00** (the “Debt”)" not in text and "Less the part the Debtor disputes (not acknowledged) | £4,200.00" in text
    assert context(case, "payment-plan")["jur"]["plan"]["instalments"] == ()
    [(path, warning)] = _plan_warnings(case)
    assert path == ("documents", "payment_plan")
    assert "take the whole sum due on its date (4200.00 GBP): nothing undisputed is left" in warning
    assert "covers only the undisputed part" not in warning and "DO NOT SIGN" in warning


@pytest.mark.parametrize("lang", LANGS)
def test_n1_a_dispute_without_amount_keeps_the_other_deduction_and_blocks_the_plan(lang: str) -> None:
    case = _disputes(consumer(), _worktop())
    raw = render_markdown_for(case, UK, "payment-plan", lang)[0]
    assert raw.startswith("> **")
    box = {"en": "DO NOT SIGN. A dispute recorded by the Debtor has no amount", "pl": "NIE PODPISYWAĆ. Spór zgłoszony",
           "ru": "НЕ ПОДПИСЫВАТЬ. Для спора", "he": "אין לחתום. למחלוקת"}[lang]
    assert box in md(case, "payment-plan", lang)
    text = md(case, "payment-plan")
    assert "**£3,600.00** (the “Debt”)" in text and "| £600.00 |" in text and "**£4,200.00** (the “Debt”)" not in text
    assert [i.amount for i in context(case, "payment-plan")["jur"]["plan"]["instalments"]] == [D("600.00")] * 6
    found = dict(_plan_warnings(case))
    unknown = found[("events", 1, "amount")]
    assert "the dispute of 2025-08-01 records no amount" in unknown and "DO NOT SIGN" in unknown
    assert "3600.00 GBP" in unknown
    deducted = found[("documents", "payment_plan")]
    assert "3600.00 GBP of the 4200.00 GBP due" in deducted and "covers only the undisputed part" not in deducted
    # The warning names file, line and field.
    from generator.case.load import field_name
    assert field_name(("events", 1, "amount")) == "events[1].amount"
    # A dispute without amount alone: nothing deducted, still DO NOT SIGN.
    alone = dataclasses.replace(consumer(), events=(_worktop(),))
    assert md(alone, "payment-plan").startswith("> **DO NOT SIGN. A dispute")
    assert all("covers only the undisputed part" not in w for _, w in _plan_warnings(alone))


def test_n1_two_disputes_with_amounts_are_both_deducted_and_the_plan_may_be_signed() -> None:
    case = _disputes(consumer(), _worktop("400.00"))
    text = md(case, "payment-plan")
    assert "DO NOT SIGN" not in text
    assert "**£3,200.00** (the “Debt”)" in text and "Less the part the Debtor disputes (not acknowledged) | £1,000.00" in text
    assert "**1.4** The Debtor's complaint of 22 July 2025" in text and "**1.5** The Debtor's complaint of 1 August 2025" in text
    plan = context(case, "payment-plan")["jur"]["plan"]
    assert sum(i.amount for i in plan["instalments"]) == D("3200.00")
    [(path, warning)] = _plan_warnings(case)
    assert "covers only the undisputed part, 3200.00 GBP of the 4200.00 GBP due" in warning
    # The small claim's DO NOT ISSUE check follows the same total.
    signed = signed_plan(case, dt.date(2025, 10, 20), ((dt.date(2025, 11, 20), "533.33"),))
    assert UK.plan_status(signed, dt.date(2025, 11, 25))["count"] == 6
    assert UK.plan_status(signed, dt.date(2025, 11, 25))["state"] == "running"


@pytest.mark.parametrize("lang", LANGS)
def test_n1_the_packet_keeps_its_annex_1_warning_when_the_flag_contradicts_the_sent_letter(lang: str) -> None:
    case = _with_flag(business())  # the letter as sent (output/) carried the creditor's own forms
    text = md(case, "small-claim", lang)
    mark = {"en": "The case records the official Annex 1 forms as enclosed with the Letter of Claim sent on 15 October 2025",
            "pl": "Sprawa odnotowuje, że do wezwania (Letter of Claim) wysłanego dnia",
            "ru": "В деле записано, что к требованию (Letter of Claim), отправленному",
            "he": "בתיק נרשם שלמכתב הדרישה (Letter of Claim) שנשלח ביום"}[lang]
    assert mark in text
    english = md(case, "small-claim")
    assert "carried the Claimant's own information page and Reply Form" in english
    assert "is not recorded as enclosing" not in english
    # Without the flag the packet keeps the missing-forms bullet and not this one.
    assert mark not in md(business(), "small-claim", lang)



# The sentence of a company letter with a recorded dispute that says reasons given hold
# the claim back until they are answered in writing (the promise made above).
HOLD_BACK = {"en": "we will not issue the claim until we have considered them and replied to you in writing, as we say above; "
                   "otherwise we will issue it without further notice.",
             "he": "לא נגיש את התביעה לפני שנבחן אותם ונשיב לכם בכתב, כאמור לעיל; אחרת נגיש אותה ללא הודעה נוספת.",
             "pl": "nie wniesiemy pozwu, dopóki ich nie rozpatrzymy i nie odpowiemy Państwu na piśmie, jak wskazaliśmy "
                   "powyżej; w przeciwnym razie wniesiemy go bez dalszego uprzedzenia.",
             "ru": "мы не подадим иск, пока не рассмотрим их и не ответим вам письменно, как указано выше; в противном "
                   "случае мы подадим его без дальнейшего уведомления."}


@pytest.mark.parametrize("lang", LANGS)
def test_a_company_letter_with_a_dispute_announces_one_claim_held_back_by_the_reasons(lang: str) -> None:
    """UK reviews of 2026-12-02 (company letter, Practice Direction). "We intend to issue
    a claim ... without further notice, claiming the debt" covered the disputed part the
    letter promises not to sue for while the reply is considered, and asked for the full
    sum where the headline asks for the undisputed part. One claim for the whole debt
    (never one now for the undisputed part and another later: splitting one cause of
    action), so reasons given hold back the whole claim until they are answered in
    writing, and the letter says so; with an amount, the undisputed part is to be paid in
    any event and the rest paid or the reasons given. No dispute: as before."""
    b = business()
    company = dataclasses.replace(b, debtor=dataclasses.replace(b.debtor, sole_trader=False))
    dispute = Event(dt.date(2025, 9, 10), "email", "The booking module was disputed.", kind="dispute",
                    disputed="the booking module does not send confirmations", invoice="INV-2025-0488")
    whole_case = dataclasses.replace(company, events=company.events + (dispute,))
    part_case = dataclasses.replace(company, events=company.events + (dataclasses.replace(dispute, amount=D("1000.00")),))

    def closing(case) -> str:
        """The paragraph after "What happens next", whitespace and format characters folded."""
        text, _, _ = render_markdown_for(case, UK, "pretrial-claim", lang)
        paragraphs = [" ".join(strip_format_chars(p).replace("\\", "").split()) for p in text.split("\n\n")]
        return next(p for p in paragraphs if "County Court" in p and "**" in p and "Practice Direction" in p)

    def digits(text: str) -> str:
        return "".join(c for c in text if c.isdigit())

    plain, whole, part = closing(company), closing(whole_case), closing(part_case)
    assert HOLD_BACK[lang] not in plain
    assert whole.count(HOLD_BACK[lang]) == 1 and part.count(HOLD_BACK[lang]) == 1
    assert context(part_case, "pretrial-claim")["jur"]["undisputed"] == D("3478.34")
    # The part: the undisputed £3,478.34 and the remaining £1,025.51 (£1,000.00 and the
    # interest on it), each named once; the whole dispute names neither.
    assert "347834" in digits(part) and "102551" in digits(part)
    assert "347834" not in digits(whole) and "102551" not in digits(whole)
    if lang == "en":
        assert part.startswith("To avoid proceedings, please by 14 November 2025 (a) pay the undisputed £3,478.34, with "
                               "the interest accruing on it after the date of this letter, and (b) either pay the "
                               "remaining £1,025.51 or send us your reasons for disputing it. If either of these is not "
                               "done, we intend to issue a single claim in the County Court from **15 November 2025** "
                               "for the whole debt then outstanding (including the part you dispute, unless we have "
                               "accepted your reasons), interest, fixed-sum compensation and the court fee.")
        assert whole.startswith("If by 14 November 2025 you have neither paid the full amount nor sent us a satisfactory "
                                "response, we intend to issue a claim in the County Court from **15 November 2025**, "
                                "claiming the debt, interest, fixed-sum compensation and the court fee. If you send us "
                                "reasons for disputing all or part of the debt,")
        assert "without further notice, claiming" not in whole + part
        assert plain.startswith("If the full amount is not received, or we do not receive a satisfactory response, by "
                                "14 November 2025, we intend to issue a claim in the County Court from **15 November "
                                "2025** without further notice, claiming the debt, interest, fixed-sum compensation and "
                                "the court fee.")
        # "What you need to do" asks for the undisputed part in any event, as the headline does.
        assert "that is by **14 November 2025**, and in any event to pay the undisputed **£3,478.34**, with the interest " \
            "accruing on it, by that date." \
            in md(part_case, "pretrial-claim")
        assert "in any event" not in md(whole_case, "pretrial-claim") + md(company, "pretrial-claim")
        # The headline asks the same (N3): the undisputed part, and the rest paid or reasons given.
        assert ("Please pay the undisputed £3,478.34 by 14 November 2025, and by then either pay the rest or send us "
                "your reasons for disputing it.") in md(part_case, "pretrial-claim")
        for case in (whole_case, part_case):
            assert md(case, "pretrial-claim").count("We will not start court proceedings about a part of the debt you "
                                                    "dispute while we are considering your reply.") == 1
