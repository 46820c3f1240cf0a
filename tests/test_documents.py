"""Each jurisdiction's documents carry what its rules require, in every language."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator.jurisdictions import registry
from generator.render.document import render_markdown_for
from generator.render.formatting import Formatter, strip_format_chars
from generator.render.markdown import TEMPLATES
from tests.conftest import example


def md(case, name: str, lang: str) -> str:
    text, _, _ = render_markdown_for(case, registry.get(case.jurisdiction), name, lang)
    return " ".join(strip_format_chars(text).replace("\\", "").split())


def test_uk_letter_of_claim_to_an_individual_follows_the_debt_protocol() -> None:
    case = example("harper-cole-2025-07")
    assert case.debtor.is_individual
    text = md(case, "pretrial-claim", "en")
    for required in ("Pre-Action Protocol for Debt Claims", "Information Sheet", "Reply Form", "Financial Statement",
                     "30 days"):
        assert required in text, required


def test_uk_letter_to_a_company_follows_the_practice_direction() -> None:
    base = example("harper-cole-2025-07")
    case = dataclasses.replace(base, debtor=dataclasses.replace(base.debtor, sole_trader=False))
    text = md(case, "pretrial-claim", "en")
    assert "Practice Direction" in text and "Reply Form" not in text


@pytest.mark.parametrize("lang,needles", [
    ("ru", ["30 календарных дней", "395"]),
    ("en", ["30 calendar days", "395", "4(5)"]),
])
def test_russian_claim_gives_30_calendar_days_and_cites_395(lang: str, needles: list[str]) -> None:
    text = md(example("vektor-romashka-2025-04"), "pretrial-claim", lang)
    for needle in needles:
        assert needle in text, needle


def test_polish_demand_names_the_interest_basis_and_the_debt_register() -> None:
    text = md(example("studio-nowak-2025-01"), "pretrial-claim", "pl")
    assert "transakcjach handlowych" in text
    assert "BIG InfoMonitor S.A." in text and "Modzelewskiego 77" in text


def test_polish_statement_of_claim_has_the_article_187_statement() -> None:
    text = md(example("studio-nowak-2025-01"), "small-claim", "pl")
    assert "187" in text and "mediac" in text


@pytest.mark.parametrize("lang", ["en", "pl", "ru", "he"])
def test_exhibits_list_the_documents_recorded_as_sent(lang: str) -> None:
    case = example("vektor-romashka-2025-04")
    text = md(case, "small-claim", lang)
    fmt = Formatter(lang, case.currency)
    sent = [r.sending.sent for r in case.documents.reminders] + [case.documents.pretrial_claim.sending.sent]
    for day in sent:
        forms = [" ".join(strip_format_chars(f(day)).split()) for f in (fmt.date_short, fmt.date)]
        assert any(form in text for form in forms), day


def test_a_company_claimant_in_israel_is_warned_off_small_claims() -> None:
    base = example("levi-design-2025-05")
    company = dataclasses.replace(base.creditor, sole_trader=False)
    if hasattr(company, "declared_form"):  # the party model infers the form from the IDs
        company = dataclasses.replace(company, declared_form="company")
    case = dataclasses.replace(base, creditor=company)
    assert "company_claimant" in registry.get("IL").small_claims_obstacles(case)
    assert "Magistrates' Court" in md(case, "small-claim", "en")
    assert "בית משפט השלום" in md(case, "small-claim", "he")


def test_payment_plan_schedule_adds_up_to_the_claim() -> None:
    case = example("studio-nowak-2025-01")
    _, _, context = render_markdown_for(case, registry.get("PL"), "payment-plan", "pl")
    plan = context["doc"].installments
    assert sum(i.amount for i in plan) == context["claim"].total
    assert len(plan) == case.documents.payment_plan.installments


def test_the_drift_check_catches_a_translation_that_drops_a_figure(tmp_path: Path) -> None:
    """A Polish wording that leaves out the pay-by date of a reminder is told apart from
    the English one by the facts its message states (tests/test_structure.py runs the
    same comparison over every wording file)."""
    from generator.render.wording import fact_variables, message_ids

    wording = tmp_path / "reminder.ftl"
    original = (TEMPLATES / "pl" / "pl" / "reminder.ftl").read_text(encoding="utf-8")
    assert "do dnia **{ $pay_by } r.**" in original
    wording.write_text(original.replace("do dnia **{ $pay_by } r.**", "niezwłocznie"), encoding="utf-8")
    english = message_ids(TEMPLATES / "pl" / "en" / "reminder.ftl")
    dropped = message_ids(wording)
    assert "pay_by" in fact_variables(english["please-pay"])
    assert "pay_by" not in fact_variables(dropped["please-pay"])
    kept = message_ids(TEMPLATES / "pl" / "pl" / "reminder.ftl")
    assert fact_variables(kept["please-pay"]) == fact_variables(english["please-pay"])
