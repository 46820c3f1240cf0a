"""Each document asks only for the figures it uses, and a missing figure says which table,
how far it reaches and how to update it, once per table, at the case line of the date.
Cases dated on the last day each table is confirmed are computed against the published
rates added to the data files."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from generator.case.load import load_text
from generator.case.validate import validate
from generator.compute.claim import compute_claim, figures_needed
from generator.jurisdictions import registry
from generator.pipeline import legal_problems

D = Decimal

PARTIES = {
    "UK": ("GBP", "en", "{name: Harper Design Ltd, kind: business, address: [1 High Street, London]}",
           "{name: Cole Retail Ltd, kind: business, address: [2 Market Square, Leeds]}"),
    "PL": ("PLN", "pl", "{name: Studio Nowak, kind: business, address: [ul. Długa 5/2, 00-238 Warszawa]}",
           "{name: Sklep Zielony sp. z o.o., kind: business, address: [ul. Polna 12, 31-000 Kraków]}"),
    "RU": ("RUB", "ru", "{name: ООО «Вектор», kind: business, address: [ул. Примерная, д. 1, Москва]}",
           "{name: ООО «Ромашка», kind: business, address: [ул. Тестовая, д. 2, Санкт-Петербург]}"),
    "IL": ("ILS", "he", "{name: נועה לוי, kind: business, sole_trader: true, address: [רחוב הרצל 45, תל אביב-יפו]}",
           "{name: אלפא בע\"מ, kind: business, address: [דרך בגין 132, תל אביב-יפו]}"),
}


def case_text(j: str, *, due: str, amount: str = "10000.00", documents: str, late: str | None = None,
              extra: str = "") -> str:
    currency, lang, creditor, debtor = PARTIES[j]
    late = late or ("{interest: contractual, rate_percent: \"6\"}" if j == "IL" else "{interest: statutory}")
    return f"""\
case: t
jurisdiction: {j}
languages: [{lang}]
currency: {currency}
creditor: {creditor}
debtor: {debtor}
contract:
  date: 2025-01-02
  subject: Work
  late_payment: {late}
invoices:
  - {{number: "1", issued: 2025-01-02, due: {due}, amount: "{amount}"}}
documents:
{documents}
{extra}"""


def load(text: str, name: str = "t"):
    return validate(load_text(text, f"cases/{name}.yaml"), stem=name)


# --- which document needs which figure ----------------------------------------------------

def test_figures_needed_per_document() -> None:
    assert figures_needed("IL", "reminder-1") == ()
    assert figures_needed("UK", "contract-clauses") == ()
    assert figures_needed("UK", "small-claim") == ("court_fee", "small_claims_limit")
    assert figures_needed("RU", "pretrial-claim") == ("small_claims_limit",)
    assert figures_needed("PL", "pretrial-claim") == ()


def test_israeli_reminder_in_2026_needs_no_small_claims_limit() -> None:
    docs = "  contract_clauses: {}\n  reminders:\n    - {date: 2026-03-02}"
    case = load(case_text("IL", due="2026-02-01", documents=docs))
    assert legal_problems(case) == []


def test_israeli_small_claim_in_2027_names_the_table_its_date_and_law_update() -> None:
    # The limit is confirmed through 31.12.2026; 2027's (1 January, CPI) is not in the table.
    docs = ("  reminders:\n    - {date: 2027-03-02}\n"
            "  small_claim: {date: 2027-03-20, court: בית המשפט לתביעות קטנות בתל אביב-יפו}")
    case = load(case_text("IL", due="2027-02-01", documents=docs))
    (p,) = legal_problems(case)
    assert p.field == "documents.small_claim.date" and p.line == case.lines["documents.small_claim.date"]
    assert "il/small_claims.yaml" in p.message and "confirmed only through 2026-12-31" in p.message
    assert "2027-03-20" in p.message and "python -m generator law update il/small_claims" in p.message
    assert "small-claim" in p.message and "reminder-1" not in p.message


def test_a_missing_rate_is_reported_once_per_table_at_the_first_document_that_needs_it() -> None:
    docs = ("  contract_clauses: {}\n  reminders:\n    - {date: 2026-12-01}\n    - {date: 2026-12-15}\n"
            "  pretrial_claim: {date: 2026-12-20}")
    case = load(case_text("RU", due="2026-10-01", documents=docs))
    (p,) = legal_problems(case)
    assert p.field == "documents.reminders[0].date" and p.line == case.lines["documents.reminders[0].date"]
    assert "ru/cbr_key_rate" in p.message and "2026-09-11" in p.message and "law update ru/cbr_key_rate" in p.message
    assert "needed by reminder-1, reminder-2, pretrial-claim" in p.message


def test_contract_clauses_dated_today_need_no_court_fee_or_rate() -> None:
    case = load(case_text("RU", due="2026-12-15", documents="  contract_clauses: {}").replace(
        "date: 2025-01-02\n  subject", "date: 2026-12-01\n  subject"))
    assert legal_problems(case) == []


# --- 1 December 2026 ---------------------------------------------------------------------

@pytest.mark.parametrize("j,due", [("UK", "2026-10-01"), ("PL", "2026-10-01")])
def test_b2b_cases_dated_1_december_2026_validate_where_the_tables_reach(j: str, due: str) -> None:
    # UK: Bank Rate of 30.6.2026 fixes the rate for the debt; PL: NBP rate on 1.7.2026 for H2.
    docs = ("  contract_clauses: {}\n  reminders:\n    - {date: 2026-12-01}\n"
            "  small_claim: {date: 2026-12-01, court: Court}")
    case = load(case_text(j, due=due, documents=docs))
    assert legal_problems(case) == []


# --- the latest day each table is confirmed, against the published rates -------------------

def test_uk_case_on_the_last_confirmed_day() -> None:
    # The Bank Rate table is confirmed through 30.6.2026, the reference day that fixes the
    # rate of every debt whose interest starts in H2 2026: 8 + 3.75 = 11.75 %.
    # GBP 10,000 due 1.7.2026, to 1.12.2026: 153 days × 10,000 × 11.75 % / 365 = 492.53.
    case = load(case_text("UK", due="2026-07-01", documents="  reminders:\n    - {date: 2026-12-01}"))
    claim = compute_claim(case, registry.get("UK"), dt.date(2026, 12, 1))
    assert [p.rate_percent for p in claim.ledger.periods] == [D("11.75")]
    assert claim.interest == D("492.53")


def test_pl_b2b_case_on_the_last_confirmed_day() -> None:
    # Commercial transactions: H1 2026 at 4.00 + 10 (NBP rate on 1.1.2026), H2 at 3.75 + 10
    # (on 1.7.2026). PLN 10,000 due 1.6.2026 (Monday), interest from 2.6.2026 to 25.8.2026:
    # 2.6–30.6: 29 days × 14 % → 111.23; 1.7–25.8: 56 days × 13.75 % → 210.96; total 322.19.
    case = load(case_text("PL", due="2026-06-01", documents="  reminders:\n    - {date: 2026-08-25}"))
    claim = compute_claim(case, registry.get("PL"), dt.date(2026, 8, 25))
    assert [(p.start, p.rate_percent, p.amount) for p in claim.ledger.periods] == [
        (dt.date(2026, 6, 2), D("14.00"), D("111.23")), (dt.date(2026, 7, 1), D("13.75"), D("210.96"))]


def test_pl_consumer_case_on_the_last_confirmed_day_and_a_day_later() -> None:
    # Odsetki ustawowe za opóźnienie: NBP 3.75 + 5.5 = 9.25 % from 5.3.2026.
    late = "{interest: statutory}"
    text = case_text("PL", due="2026-06-01", documents="  reminders:\n    - {date: 2026-08-25}", late=late).replace(
        "address: [ul. Polna 12, 31-000 Kraków]}", "address: [ul. Polna 12, 31-000 Kraków]}").replace(
        "{name: Sklep Zielony sp. z o.o., kind: business", "{name: Jan Kowalski, kind: consumer")
    case = load(text)
    claim = compute_claim(case, registry.get("PL"), dt.date(2026, 8, 25))
    assert [p.rate_percent for p in claim.ledger.periods] == [D("9.25")]
    # 85 days × 10,000 × 9.25 % / 365 = 215.41
    assert claim.interest == D("215.41")
    later = load(text.replace("date: 2026-08-25", "date: 2026-08-26"))
    (p,) = legal_problems(later)
    assert "pl/nbp_reference_rate" in p.message and "2026-08-25" in p.message


def test_ru_case_on_the_last_confirmed_day() -> None:
    # ГК 395 on RUB 100,000 due 1.6.2026, from 2.6.2026 to 11.9.2026, 365-day year:
    # 2.6–21.6 20 d × 14.5 % = 794.52; 22.6–26.7 35 d × 14.25 % = 1366.44;
    # 27.7–11.9 47 d × 14 % = 1802.74; total 3963.70.
    case = load(case_text("RU", due="2026-06-01", amount="100000.00",
                          documents="  reminders:\n    - {date: 2026-09-11}"))
    claim = compute_claim(case, registry.get("RU"), dt.date(2026, 9, 11))
    assert [(p.start, p.rate_percent, p.days, p.amount) for p in claim.ledger.periods] == [
        (dt.date(2026, 6, 2), D("14.5"), 20, D("794.52")), (dt.date(2026, 6, 22), D("14.25"), 35, D("1366.44")),
        (dt.date(2026, 7, 27), D("14"), 47, D("1802.74"))]
    assert claim.interest == D("3963.70")


def test_il_small_claim_on_the_last_confirmed_day() -> None:
    # No statutory rate in our tables: the contract's 6 %. Limit NIS 38,900 for 2025;
    # fee 1 % of 10,000 + interest, at least NIS 50, rounded up to NIS 5.
    docs = "  small_claim: {date: 2025-12-31, court: בית המשפט לתביעות קטנות בתל אביב-יפו}"
    case = load(case_text("IL", due="2025-06-30", documents=docs))
    assert legal_problems(case) == []
    claim = compute_claim(case, registry.get("IL"), dt.date(2025, 12, 31))
    assert claim.small_claims_limit.amount == D("38900") and claim.within_small_claims_limit
    # 184 days × 10,000 × 6 % / 365 = 302.47; fee on 10,302.47 → 103.02 → 105.
    assert claim.interest == D("302.47") and claim.court_fee.amount == D("105")


# --- Polish compensation from the NBP series -------------------------------------------------

def test_pl_compensation_uses_the_nbp_series_without_a_rate_in_the_case() -> None:
    # Due 10.2.2025: the rate of the last business day of January, 31.1.2025, table
    # 021/A/NBP/2025, EUR 4.2130. PLN 10,000 → EUR 70 → PLN 294.91.
    late = "{interest: statutory, compensation: true}"
    case = load(case_text("PL", due="2025-02-10", documents="  reminders:\n    - {date: 2025-03-03}", late=late))
    assert legal_problems(case) == []
    claim = compute_claim(case, registry.get("PL"), dt.date(2025, 3, 3))
    assert claim.compensation == D("294.91")
    assert "021/A/NBP/2025" in claim.ledger.lines[0].compensation.detail


def test_pl_compensation_rate_in_the_case_overrides_the_series() -> None:
    late = "{interest: statutory, compensation: true}"
    extra = 'exchange_rates:\n  - {currency: EUR, date: 2025-01-31, rate: "4.0000", table: "override"}\n'
    case = load(case_text("PL", due="2025-02-10", documents="  reminders:\n    - {date: 2025-03-03}", late=late,
                          extra=extra))
    assert compute_claim(case, registry.get("PL"), dt.date(2025, 3, 3)).compensation == D("280.00")


def test_pl_compensation_beyond_the_series_names_the_field_and_law_update() -> None:
    # Due in February 2026: the rate of 30.1.2026, which the series (through 31.12.2025) does not have (yet).
    late = "{interest: statutory, compensation: true}"
    case = load(case_text("PL", due="2026-02-10", documents="  reminders:\n    - {date: 2026-02-20}", late=late))
    (p,) = legal_problems(case)
    assert p.field == "exchange_rates" and "2026-01-30" in p.message
    assert "law update pl/nbp_eur_table_a" in p.message


@pytest.mark.parametrize("due,table,amount", [
    # The last table of the month before the due month, from NBP's table-A archive:
    # 28.2.2025 table 041/A/NBP/2025 EUR 4.1575: 70 × 4.1575 = 291.025 → 291.03 (half up);
    # 31.3.2025 table 062/A/NBP/2025 EUR 4.1839: 70 × 4.1839 = 292.873 → 292.87;
    # 29.3.2024 (31.3 a Sunday) table 064/A/NBP/2024 EUR 4.3009: 70 × 4.3009 = 301.063 → 301.06;
    # 30.12.2022 table 252/A/NBP/2022 EUR 4.6899: 70 × 4.6899 = 328.293 → 328.29.
    ("2025-03-24", "041/A/NBP/2025", "291.03"),
    ("2025-04-15", "062/A/NBP/2025", "292.87"),
    ("2024-04-10", "064/A/NBP/2024", "301.06"),
    ("2023-01-16", "252/A/NBP/2022", "328.29"),
])
def test_pl_compensation_from_the_month_ends_of_the_series(due: str, table: str, amount: str) -> None:
    late = "{interest: statutory, compensation: true}"
    day = dt.date.fromisoformat(due) + dt.timedelta(days=10)
    text = case_text("PL", due=due, documents=f"  reminders:\n    - {{date: {day}}}", late=late).replace(
        "issued: 2025-01-02", f"issued: {dt.date.fromisoformat(due) - dt.timedelta(days=7)}").replace(
        "date: 2025-01-02\n  subject", f"date: {dt.date.fromisoformat(due) - dt.timedelta(days=7)}\n  subject")
    case = load(text)
    assert legal_problems(case) == []
    claim = compute_claim(case, registry.get("PL"), day)
    assert claim.compensation == D(amount)
    assert table in claim.ledger.lines[0].compensation.detail


# --- build and validate: a missing figure fails only the documents that state it -----------

def _il_case(folder, small_claim_date: str):
    docs = ("  reminders:\n    - {date: 2025-11-03}\n"
            f"  small_claim: {{date: {small_claim_date}, court: בית המשפט לתביעות קטנות בתל אביב-יפו}}")
    path = folder / "il-part.yaml"
    path.write_text(case_text("IL", due="2025-06-30", documents=docs).replace("case: t", "case: il-part"),
                    encoding="utf-8")
    return path


def _first_day_not_confirmed() -> dt.date:
    from generator.jurisdictions.data import table_set

    return table_set("il", "small_claims").complete_through + dt.timedelta(days=1)


def _files(out) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()
            and p.name != "manifest.json" and not p.name.startswith(".")}


def test_build_writes_the_documents_whose_figures_exist_and_reports_the_others(tmp_path, monkeypatch, capsys) -> None:
    import json

    import generator.build as build_mod
    from generator.cli import main

    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    missing_day = _first_day_not_confirmed()
    path = _il_case(cases, missing_day.isoformat())
    real = build_mod.build
    monkeypatch.setattr(build_mod, "build", lambda *a, **k: real(*a, **{**k, "output": out}))

    assert main(["build", "--jobs", "1", str(path)]) == 1
    err = capsys.readouterr().err
    assert sorted(_files(out)) == ["il-part/he/reminder-1.md", "il-part/he/reminder-1.pdf", "il-part/summary.json"]
    line = path.read_text(encoding="utf-8").splitlines().index(
        next(l for l in path.read_text(encoding="utf-8").splitlines() if "small_claim:" in l)) + 1
    (problem,) = [l for l in err.splitlines() if "small_claims" in l]
    assert problem.startswith(f"{path}:{line}: documents.small_claim.date: ") or f"il-part.yaml:{line}:" in problem
    assert "il/small_claims.yaml" in problem and str(missing_day) in problem
    assert f"confirmed only through {missing_day - dt.timedelta(days=1)}" in problem
    assert "python -m generator law update il/small_claims" in problem and "needed by small-claim" in problem
    summary = json.loads((out / "il-part" / "summary.json").read_text(encoding="utf-8"))
    assert [d.get("not_built", False) for d in summary["documents"]] == [False, True]

    # A second build does not take the case for done: it reports the document again.
    assert main(["build", "--jobs", "1", str(path)]) == 1
    assert problem in capsys.readouterr().err

    # validate reports the same problem, exit status 1.
    assert main(["validate", str(path)]) == 1
    assert problem in capsys.readouterr().err


def test_the_earlier_output_of_a_document_that_cannot_be_built_is_left_as_it_was(tmp_path) -> None:
    from generator.build import build

    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    path = _il_case(cases, "2025-12-20")  # within the confirmed 2025 limit
    assert not build([path], None, 1, out).failed
    before = _files(out)
    assert "il-part/he/small-claim.pdf" in before

    _il_case(cases, _first_day_not_confirmed().isoformat())  # the filing moves past the table
    report = build([path], None, 1, out)
    (result,) = report.results
    assert not result.ok and len(result.problems) == 1 and "il/small_claims" in result.problems[0]
    after = _files(out)
    for rel in ("il-part/he/small-claim.md", "il-part/he/small-claim.pdf"):
        assert after[rel] == before[rel]
    assert not any(rel.startswith("il-part/he/small-claim") for rel in result.written)
    assert report.removed == []

    # Again: still reported, still untouched, never removed.
    again = build([path], None, 1, out)
    assert again.failed and again.removed == [] and _files(out)["il-part/he/small-claim.pdf"] == before[
        "il-part/he/small-claim.pdf"]

    # Back within the table: built again, and the case is complete.
    _il_case(cases, "2025-12-20")
    assert not build([path], None, 1, out).failed
    assert _files(out) == before
