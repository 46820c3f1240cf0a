"""Russia (issue 16): a претензия and a court packet a Russian collection lawyer would send
and file. One test per point of the issue, on the example case (vektor-romashka-2025-04:
two companies, arbitrazh court) and the variants in tests/fixtures/cases/ru-*.yaml
(a consumer debtor, an arbitration clause)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from generator.case.model import PrimaryDocument
from generator.compute.claim import compute_claim
from generator.jurisdictions import registry
from generator.pipeline import load_case
from generator.render.document import render_markdown_for
from generator.render.formatting import strip_format_chars
from tests.conftest import example

FIXTURES = Path(__file__).parent / "fixtures" / "cases"
RU = registry.get("RU")
D = Decimal


def fixture(name: str):
    return load_case(FIXTURES / f"{name}.yaml")


def md(case, document: str, lang: str = "ru") -> str:
    text, _, _ = render_markdown_for(case, RU, document, lang)
    return " ".join(strip_format_chars(text).split()).replace("\\", "")


def local(case, document: str):
    _, _, context = render_markdown_for(case, RU, document, "ru")
    return context["local"], context


def with_primary(case, signed: bool | None = True):
    """The example's invoice 187 with a УПД and an акт (signed by the debtor or not)."""
    docs = (PrimaryDocument("upd", "187", dt.date(2025, 5, 20), signed),
            PrimaryDocument("act", "187", dt.date(2025, 5, 20), signed))
    invoices = tuple(dataclasses.replace(i, acceptance=docs if i.number == "187" else ()) for i in case.invoices)
    return dataclasses.replace(case, invoices=invoices)


def with_penalty(case, per_day: str = "0.1"):
    lp = dataclasses.replace(case.contract.late_payment, interest="contractual", rate_per_day_percent=D(per_day))
    return dataclasses.replace(case, contract=dataclasses.replace(case.contract, late_payment=lp))


VEKTOR = "vektor-romashka-2025-04"


# --- blockers ------------------------------------------------------------------------

def test_bank_requisites_are_printed_line_by_line() -> None:
    text = md(example(VEKTOR), "pretrial-claim")
    assert "Реквизиты для оплаты:" in text
    assert "Получатель: ООО «Вектор»" in text
    assert "Расчётный счёт: 40702810938000012345" in text
    assert "044525225" in text and "30101810400000000225" in text


def test_salutation_comes_from_the_data() -> None:
    case = example(VEKTOR)
    assert "Уважаемая Анна Викторовна!" in md(case, "pretrial-claim")
    assert "Уважаемый(-ая)" not in md(case, "pretrial-claim")
    no_rep = dataclasses.replace(case, debtor=dataclasses.replace(case.debtor, representative=None))
    assert "Уважаемые господа!" in md(no_rep, "pretrial-claim")


def test_the_court_order_lists_the_primary_documents_signed_by_the_debtor() -> None:
    case = with_primary(example(VEKTOR))
    facts, _ = local(case, "small-claim")
    assert facts.route == "order"
    text = md(case, "small-claim")
    assert "Заявление о выдаче судебного приказа" in text
    assert "универсальный передаточный документ (УПД) № 187 от 20 мая 2025 г." in text
    assert "Копии первичных документов" in text


def test_without_signed_primary_documents_the_packet_says_so_and_files_a_claim() -> None:
    bare = dataclasses.replace(example(VEKTOR), invoices=tuple(
        dataclasses.replace(i, acceptance=()) for i in example(VEKTOR).invoices))
    for case, kind in ((bare, "no_primary_docs"), (with_primary(example(VEKTOR), signed=False), "unsigned_primary_docs")):
        facts, _ = local(case, "small-claim")
        assert facts.route == "claim" and kind in facts.reasons
        text = md(case, "small-claim")
        assert "Заявление о выдаче судебного приказа не подаётся" in text
        assert "229.4 АПК РФ" in text
        assert "## 1. Заявление о выдаче судебного приказа" not in text


def test_an_arbitration_clause_gives_no_court_order_and_no_state_court_packet() -> None:
    case = fixture("ru-arbitration")
    text = md(case, "small-claim")
    assert "Третейский суд судебный приказ не выдаёт" in text
    assert "пункт 5 части 1 статьи 148 АПК РФ" in text
    assert "Исковое заявление в третейский суд" in text
    assert "Заявление о выдаче судебного приказа о взыскании" not in text
    assert "Государственная пошлина" not in text.split("## 2.")[0].split("Внимание!")[1].replace(
        "правила о государственной пошлине", "")
    claim = md(case, "pretrial-claim")
    assert "третейский суд (Арбитражный центр при РСПП)" in claim
    assert "судебного приказа" not in claim and "101, 106, 110 АПК" not in claim


# --- majors --------------------------------------------------------------------------

def test_the_allocation_sentence_follows_gk_319_and_plenum_7_point_37() -> None:
    text = md(example(VEKTOR), "small-claim")
    assert "издержек кредитора по получению исполнения" in text
    assert "проценты по статье 395 ГК РФ погашаются после основного долга (пункт 37" in text
    assert "расходов (штрафов и компенсации)" not in text
    penalty = md(with_penalty(example(VEKTOR)), "small-claim")
    assert "и неустойка погашаются после основного долга" in penalty


def test_part_payment_is_not_said_to_acknowledge_the_debt() -> None:
    for doc in ("small-claim", "pretrial-claim"):
        assert "свидетельствует о признании долга" not in md(with_primary(example(VEKTOR)), doc)


def test_limits_and_the_half_fee_subparagraph() -> None:
    case = example(VEKTOR)
    facts, ctx = local(case, "small-claim")
    assert facts.simplified_limit.amount == D("1200000")  # АПК 227 ч. 1 п. 1, legal entity (667-ФЗ, from 5.1.2024)
    assert facts.order_limit.amount == ctx["claim"].small_claims_limit.amount
    text = md(case, "small-claim")
    assert "подпункт 3 пункта 1 статьи 333.21 НК РФ" in text
    assert "пункт 1 части 1 статьи 227 АПК РФ" in text
    consumer, _ = local(fixture("ru-consumer"), "small-claim")
    assert consumer.simplified_limit.amount == D("250000")  # ГПК 232.2, from 1.9.2024


def test_a_per_day_penalty_is_computed_per_day() -> None:
    case = with_penalty(example(VEKTOR))
    claim = compute_claim(case, RU, dt.date(2025, 9, 29))
    for p in claim.ledger.periods:
        assert p.day_basis == 1
        assert p.amount == (p.principal * p.rate_percent * p.days / 100).quantize(D("0.01"))
    first = claim.ledger.periods[0]  # 384 000 × 0,1 % × 43 days (3.6–15.7.2025)
    assert (first.start, first.end, first.amount) == (dt.date(2025, 6, 3), dt.date(2025, 7, 15), D("16512.00"))
    text = md(case, "small-claim")
    assert "Ставка, % в день" in text and "за каждый день просрочки" in text
    assert "проценты по статье 395 ГК РФ за тот же период не начисляются (пункт 4 статьи 395 ГК РФ" in text


def test_the_moratorium_bars_the_penalty_too_and_its_row_says_why() -> None:
    case = with_penalty(example(VEKTOR))
    inv = dataclasses.replace(case.invoices[1], issued=dt.date(2022, 3, 1), due=dt.date(2022, 3, 10))
    case = dataclasses.replace(case, invoices=(inv,), payments=())
    claim = compute_claim(case, RU, dt.date(2022, 12, 31))
    during = [p for p in claim.ledger.periods if p.start <= dt.date(2022, 10, 1) and p.end >= dt.date(2022, 4, 1)]
    assert during and all(p.rate_percent == 0 and p.amount == 0 for p in during)
    # 11.3–31.3 and 2.10–31.12.2022: 21 + 91 days of penalty at 0,1 % on 384 000
    assert claim.interest_accrued == D("384000") * D("0.001") * (21 + 91)
    facts, _ = local(case, "reminder-1")
    assert facts.moratorium
    text = md(case, "reminder-1")
    assert "0 % — период моратория" in text and "№ 497" in text


def test_a_fee_beside_395_interest_is_refused() -> None:
    from generator.case.load import load_text
    from generator.case.validate import validate
    from generator.errors import CaseInvalid

    text = (Path("cases") / f"{VEKTOR}.yaml").read_text(encoding="utf-8").replace(
        "    interest: statutory\n", "    interest: statutory\n    fee: {amount: \"5000.00\", per: once}\n")
    with pytest.raises(CaseInvalid, match="395 п. 4"):
        validate(load_text(text, "x.yaml"), None)


def test_the_claim_explains_why_no_gk_333_reduction() -> None:
    text = md(with_penalty(example(VEKTOR)), "small-claim")
    assert "Оснований для уменьшения неустойки по статье 333 ГК РФ нет" in text
    assert "в исключительных случаях по заявлению должника" in text
    assert "статье 333" not in md(example(VEKTOR), "small-claim")


def test_the_payment_plan_names_who_signs_in_the_genitive() -> None:
    text = md(example(VEKTOR), "payment-plan")
    assert "в лице Генерального директора Петровой Анны Викторовны" in text
    assert "в лице Генерального директора Иванова Сергея Петровича" in text
    assert "статья 203 ГК РФ" in text and "пункты 20 и 22" in text


def test_proof_of_sending_and_the_egrul_address() -> None:
    text = md(example(VEKTOR), "small-claim")
    assert "Опись вложения (форма 107) оформляется только для ценного письма" in text
    assert "статья 165.1 ГК РФ; пункт 63 постановления Пленума Верховного Суда РФ от 23.06.2015 № 25" in text
    assert "заказным письмом с описью" not in text


def test_the_basis_of_jurisdiction_is_stated() -> None:
    text = md(example(VEKTOR), "small-claim")
    assert "Договором Стороны согласовали рассмотрение споров в Арбитражном суде города Москвы (статья 37 АПК РФ)" in text
    no_venue = example(VEKTOR)
    dr = dataclasses.replace(no_venue.contract.dispute_resolution, venue=None)
    no_venue = dataclasses.replace(no_venue, contract=dataclasses.replace(no_venue.contract, dispute_resolution=dr))
    assert "по месту нахождения Ответчика (статья 35 АПК РФ)" in md(no_venue, "small-claim")


def test_a_consumer_debtor_goes_to_the_general_courts() -> None:
    case = with_primary(fixture("ru-consumer"))
    facts, _ = local(case, "small-claim")
    assert facts.court_kind == "general" and facts.route == "order" and facts.copy_first
    text = md(case, "small-claim")
    assert "судебный приказ выдаёт только мировой судья (пункт 1 части 1 статьи 23, статья 121 ГПК РФ)" in text
    assert "направьте должнику его копию с приложениями" in text
    assert "АПК РФ" not in text.split("## 2.")[0].split("## 1.")[1]


def test_an_order_comes_with_a_claim_in_the_simplified_procedure() -> None:
    text = md(with_primary(example(VEKTOR)), "small-claim")
    assert "## 1. Заявление о выдаче судебного приказа" in text
    assert "## 2. Исковое заявление (упрощённое производство)" in text
    assert "Если должник в установленный срок представит возражения и приказ будет отменён (статья 229.5 АПК РФ)" in text
    assert "Подсудность:" in text.split("## 2.")[1]


# --- minors --------------------------------------------------------------------------

def test_payment_reference_names_invoice_and_contract() -> None:
    text = md(example(VEKTOR), "pretrial-claim")
    assert "Назначение платежа: «Оплата по счёту № 187 по договору № 14/П-2025 от 1 апреля 2025 г.»" in text
    assert "счёт № 187" in text


def test_court_names_are_declined_and_translated() -> None:
    assert "в Арбитражном суде города Москвы" in md(example(VEKTOR), "contract-clauses")
    assert "Arbitrazh Court of the City of Moscow" in md(example(VEKTOR), "small-claim", "en")


def test_you_is_capitalised_and_supply_contracts_say_supplier_and_buyer() -> None:
    assert "Просим Вас" in md(example(VEKTOR), "pretrial-claim")
    clauses = md(example(VEKTOR), "contract-clauses")
    assert "«Поставщик»" in clauses and "«Покупатель»" in clauses and "УПД" in clauses


@pytest.mark.parametrize("document", ["contract-clauses", "reminder-1", "reminder-2", "reminder-3",
                                      "pretrial-claim", "payment-plan", "small-claim"])
def test_no_second_period_after_a_russian_date(document: str) -> None:
    for case in (example(VEKTOR), fixture("ru-consumer"), fixture("ru-arbitration")):
        assert "г.." not in md(case, document)
