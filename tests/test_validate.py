"""Validation: the schema and every cross-field rule of the spec ("Rules the validator
enforces"), each with a message naming file, line and field, all problems at once."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from typing import Any, Callable

import pytest

from generator.case.load import Loaded, load_file, load_text
from generator.case.validate import validate
from generator.errors import CaseInvalid, Problem
from tests.conftest import CASES, ROOT

EXAMPLE = ROOT / "cases" / "harper-cole-2025-07.yaml"
STEM = "harper-cole-2025-07"
FILE = "cases/harper-cole-2025-07.yaml"
TEXT = EXAMPLE.read_text(encoding="utf-8")


def _loaded() -> Loaded:
    return load_file(EXAMPLE, FILE)


def edited(mutate: Callable[[dict[str, Any]], None]) -> Loaded:
    """The UK example with its data changed in memory (lines stay the example's)."""
    loaded = _loaded()
    data = copy.deepcopy(loaded.data)
    mutate(data)
    return Loaded(loaded.file, data, loaded.lines)


def problems_of(loaded: Loaded, stem: str | None = STEM) -> list[Problem]:
    with pytest.raises(CaseInvalid) as info:
        validate(loaded, stem)
    found = info.value.problems
    assert found and all(p.file == loaded.file for p in found)
    return found


def only(mutate: Callable[[dict[str, Any]], None], stem: str | None = STEM) -> Problem:
    found = problems_of(edited(mutate), stem)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


def text_problems(*edits: tuple[str, str]) -> list[Problem]:
    """The UK example with its text edited: real line numbers."""
    text = TEXT
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return problems_of(load_text(text, FILE))


def line_of(snippet: str, text: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if snippet in line)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_examples_are_valid(path) -> None:
    case = validate(load_file(path, path.name), path.stem)
    assert case.id == path.stem


# --- amounts -----------------------------------------------------------------------------


@pytest.mark.parametrize("raw, value", [("2100.00", Decimal("2100.00")), (Decimal("2100.5"), Decimal("2100.5")),
                                        (2100, Decimal(2100)), (" 2100.00 ", Decimal("2100.00")),
                                        ("2100.000", Decimal("2100.000"))])
def test_amounts_are_exact_decimals(raw: Any, value: Decimal) -> None:
    case = validate(edited(lambda d: d["invoices"][0].__setitem__("amount", raw)), STEM)
    assert case.invoices[0].amount == value and isinstance(case.invoices[0].amount, Decimal)


def test_plain_decimal_amount_is_exact() -> None:
    text = TEXT.replace('amount: "2100.00"', "amount: 2100.10", 1)
    case = validate(load_text(text, FILE), STEM)
    assert case.invoices[0].amount == Decimal("2100.10")
    assert str(case.invoices[0].amount) == "2100.10"


@pytest.mark.parametrize("raw", ["0", "0.00", "-1.00", Decimal("-0.01"), 0, -5])
def test_amounts_must_be_greater_than_zero(raw: Any) -> None:
    p = only(lambda d: d["payments"][0].__setitem__("amount", raw))
    assert p.field == "payments[0].amount" and "must be greater than zero" in p.message


@pytest.mark.parametrize("raw", ["2100.001", "2100.005", Decimal("0.125")])
def test_amounts_have_at_most_the_currency_minor_units(raw: Any) -> None:
    p = only(lambda d: d["invoices"][0].__setitem__("amount", raw))
    assert p.field == "invoices[0].amount" and "more decimal places than GBP allows" in p.message


def test_minor_units_follow_the_currency() -> None:
    def jpy(d: dict[str, Any]) -> None:
        d["currency"] = "JPY"
        d["invoices"][0]["amount"] = "2100.50"
        d["documents"].pop("small_claim", None)  # a UK small claim must be in GBP (the court's figures)
    p = only(jpy)
    assert "JPY" in p.message and "no decimal places" in p.message


def test_huge_amount_is_refused_not_crashed() -> None:
    p = only(lambda d: d["contract"].__setitem__("price", "9" * 40 + ".001"))
    assert p.field == "contract.price" and "too large" in p.message


@pytest.mark.parametrize("raw", ["12,50", "1e3", "NaN", "Infinity", "£100", "", "1.2.3", "--1", True, [1], {"a": 1}])
def test_amount_that_is_not_a_number(raw: Any) -> None:
    p = only(lambda d: d["invoices"][1].__setitem__("amount", raw))
    assert p.field == "invoices[1].amount"
    assert "decimal number" in p.message or "amount such as" in p.message or "is empty" in p.message


def test_amount_line_is_the_line_of_the_amount() -> None:
    (p,) = text_problems(('amount: "6300.00"', 'amount: "6300.005"'))
    assert p.line == line_of('amount: "6300.00"', TEXT) and p.field == "invoices[1].amount"


@pytest.mark.parametrize("field, raw, words", [
    ("percent", 0, "above 0"), ("percent", 101, "at most 100"), ("percent", "25.1234567", "decimal places"),
])
def test_prepayment_percent(field: str, raw: Any, words: str) -> None:
    p = only(lambda d: d["contract"]["prepayment"].__setitem__(field, raw))
    assert p.field == "contract.prepayment.percent" and words in p.message


# --- dates -------------------------------------------------------------------------------


def test_invoice_due_on_or_after_issue() -> None:
    p = only(lambda d: d["invoices"][1].__setitem__("due", dt.date(2025, 6, 30)))
    assert p.field == "invoices[1].due" and "before the issue date 2025-07-01" in p.message
    validate(edited(lambda d: d["invoices"][1].__setitem__("due", d["invoices"][1]["issued"])), STEM)


def test_payment_not_before_the_contract() -> None:
    p = only(lambda d: d["payments"][0].__setitem__("date", dt.date(2025, 5, 11)))
    assert p.field == "payments[0].date" and "before the contract date 2025-05-12" in p.message


@pytest.mark.parametrize("path", [("reminders", 0), ("pretrial_claim",), ("small_claim",), ("payment_plan",)])
def test_document_not_before_the_contract(path: tuple) -> None:
    def mutate(d: dict[str, Any]) -> None:
        node = d["documents"]
        for part in path:
            node = node[part]
        node["date"] = dt.date(2025, 5, 1)
        node.pop("sent", None)
        node.pop("sent_by", None)
    found = problems_of(edited(mutate))
    prefix = "documents." + ".".join(f"{p}" if isinstance(p, str) else f"[{p}]" for p in path).replace(".[", "[")
    assert any(p.field == f"{prefix}.date" and "before the contract date" in p.message for p in found), found


def test_reminders_pretrial_and_small_claim_in_order() -> None:
    p = only(lambda d: d["documents"]["reminders"][2].__setitem__("date", dt.date(2025, 8, 15)) or
             d["documents"]["reminders"][2].update(sent=dt.date(2025, 8, 15)))
    assert p.field == "documents.reminders[2].date" and "reminder 3" in p.message and "reminder 2" in p.message

    def pretrial_first(d: dict[str, Any]) -> None:
        d["documents"]["pretrial_claim"].update(date=dt.date(2025, 9, 1), sent=dt.date(2025, 9, 1))
    p = only(pretrial_first)
    assert p.field == "documents.pretrial_claim.date" and "before reminder 3" in p.message

    p = only(lambda d: d["documents"]["small_claim"].__setitem__("date", dt.date(2025, 10, 1)))
    assert p.field == "documents.small_claim.date" and "before the pre-trial claim" in p.message


def test_sent_not_before_the_document_date_and_sent_by_needs_sent() -> None:
    p = only(lambda d: d["documents"]["reminders"][0].__setitem__("sent", dt.date(2025, 7, 30)))
    assert p.field == "documents.reminders[0].sent" and "before the document's own date" in p.message
    p = only(lambda d: d["documents"]["reminders"][0].pop("sent"))
    assert p.field == "documents.reminders[0].sent_by" and "give `sent:`" in p.message


def test_payment_plan_first_instalment_after_agreement() -> None:
    p = only(lambda d: d["documents"]["payment_plan"].__setitem__("first_due", dt.date(2025, 10, 1)))
    assert p.field == "documents.payment_plan.first_due"


def test_dates_outside_plausible_years() -> None:
    p = only(lambda d: d["invoices"][1].__setitem__("due", dt.date(2925, 7, 31)))
    assert p.field == "invoices[1].due" and "1970-2099" in p.message
    p = only(lambda d: d["events"][0].__setitem__("date", dt.date(1, 1, 1)))
    assert p.field == "events[0].date"


def test_date_as_text_or_wrong_form() -> None:
    p = only(lambda d: d["invoices"][0].__setitem__("issued", "2025-05-12"))
    assert "in quotes" in p.message and "without quotes" in p.message
    p = only(lambda d: d["invoices"][0].__setitem__("issued", "12.05.2025"))
    assert "'12.05.2025' is not a date" in p.message and "YYYY-MM-DD" in p.message


def test_small_claim_within_response_period_is_refused() -> None:
    from generator.pipeline import legal_problems

    case = validate(edited(lambda d: d["documents"]["small_claim"].__setitem__("date", dt.date(2025, 11, 10))), STEM)
    found = legal_problems(case)
    assert any(p.field == "documents.small_claim.date" and "response period" in p.message and p.file == FILE
               and p.line == line_of("small_claim:", TEXT) for p in found), found


# --- invoices and payments ---------------------------------------------------------------


def test_invoice_numbers_are_unique() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["invoices"][1]["number"] = d["invoices"][0]["number"]
        d["payments"][1]["invoice"] = d["invoices"][0]["number"]
        for event in d["events"]:
            event.pop("invoice", None)
    p = only(mutate)
    assert p.field == "invoices[1].number" and "already used by invoices[0]" in p.message


def test_payment_names_an_existing_invoice_with_a_suggestion() -> None:
    p = only(lambda d: d["payments"][1].__setitem__("invoice", "INV-2025-488"))
    assert p.field == "payments[1].invoice" and "did you mean 'INV-2025-0488'?" in p.message
    p = only(lambda d: d["payments"][1].__setitem__("invoice", "zzz"))
    assert "invoices are: INV-2025-0412, INV-2025-0488" in p.message


def test_payments_above_the_invoiced_total() -> None:
    p = only(lambda d: d["payments"][1].__setitem__("amount", "6300.01"))
    assert p.field == "payments[1].amount" and "more than the 8400.00 invoiced" in p.message
    assert "overpayment: true" in p.message
    validate(edited(lambda d: d["payments"][1].update(amount="6300.01", overpayment=True)), STEM)
    validate(edited(lambda d: d["payments"][1].__setitem__("amount", "6300.00")), STEM)  # exactly paid


# --- identity: case id, languages, jurisdiction, currency ------------------------------------


def test_case_equals_the_file_stem() -> None:
    p = only(lambda d: None, stem="other-name")
    assert p.field == "case" and "must equal the file name 'other-name'" in p.message


@pytest.mark.parametrize("case_id", [
    "../evil", "../../etc/passwd", "a/b", "a\\b", "/abs", ".", "..", ".hidden", "Upper", "-lead", "trail-",
    "a b", "a.b", "a_b", "", "x" * 65, "harper-cole\n", "harper\x00cole", "ħarper", "a\u202eb", "con", "nul", "com1",
])
def test_case_id_must_be_a_safe_file_name(case_id: str) -> None:
    # Without a stem (as a tool might call it), the id alone must be safe.
    found = problems_of(edited(lambda d: d.__setitem__("case", case_id)), stem=None)
    assert any(p.field == "case" for p in found), found
    assert all("\n" not in p.message and "\x00" not in p.message and "\u202e" not in p.message for p in found)


@pytest.mark.parametrize("case_id", ["a", "a1", "harper-cole-2025-07", "x" * 64, "2025-01"])
def test_safe_case_ids_pass(case_id: str) -> None:
    assert validate(edited(lambda d: d.__setitem__("case", case_id)), case_id).id == case_id


def test_case_id_with_a_trailing_newline_is_refused_even_with_the_schema_regex() -> None:
    text = TEXT.replace("case: harper-cole-2025-07", 'case: "harper-cole-2025-07\\n"')
    (p,) = problems_of(load_text(text, FILE), stem=None)
    assert p.field == "case" and "<U+000A>" in p.message


def test_languages_supported_and_not_repeated() -> None:
    p = only(lambda d: d.__setitem__("languages", ["en", "de"]))
    assert p.field == "languages[1]" and "'de' is not allowed; use one of: en, pl, ru, he" in p.message
    p = only(lambda d: d.__setitem__("languages", ["en", "pl", "en"]))
    assert p.field == "languages[2]" and "listed twice" in p.message
    p = only(lambda d: d.__setitem__("languages", []))
    assert p.field == "languages" and "at least 1" in p.message


def test_jurisdiction_and_currency() -> None:
    p = only(lambda d: d.__setitem__("jurisdiction", "uk"))
    assert p.field == "jurisdiction" and "use one of: UK, PL, RU, IL" in p.message
    p = only(lambda d: d.__setitem__("currency", "ABC"))
    assert p.field == "currency" and "not an ISO 4217 currency code" in p.message
    p = only(lambda d: d.__setitem__("currency", "gbp"))
    assert "three capital letters" in p.message


# --- unknown keys, with did-you-mean ---------------------------------------------------------


@pytest.mark.parametrize("where, key, guess", [
    ((), "jurisdicton", "jurisdiction"),
    (("debtor",), "adress", "address"),
    (("contract", "late_payment"), "intrest", "interest"),
    (("invoices", 0), "ammount", "amount"),
    (("documents",), "reminder", "reminders"),
    (("documents", "reminders", 0), "sent_via", "sent_by"),
])
def test_unknown_key_suggests_the_near_one(where: tuple, key: str, guess: str) -> None:
    def mutate(d: dict[str, Any]) -> None:
        node = d
        for part in where:
            node = node[part]
        if guess in node:
            node[key] = node.pop(guess)
        else:
            node[key] = "x"
    found = problems_of(edited(mutate))
    field = ".".join(str(p) for p in where + (key,)).replace(".0", "[0]")
    hit = [p for p in found if p.field == field]
    assert hit and f"unknown field '{key}'; did you mean '{guess}'?" in hit[0].message, found
    # The missing field the typo stands for is not reported a second time.
    assert not any(p.message == "required field is missing" and p.field.endswith(guess) for p in found)


def test_unknown_key_without_a_near_one_lists_the_known() -> None:
    p = only(lambda d: d["creditor"].__setitem__("favourite_colour", "blue"))
    assert p.field == "creditor.favourite_colour" and "known fields here: name, kind" in p.message
    p = only(lambda d: d["documents"].__setitem__("contract_clauses", {"x": 1}))
    assert "no fields are expected here" in p.message


def test_unknown_key_has_its_own_line() -> None:
    (p,) = text_problems(("  payment_terms_days: 30\n", "  payment_terms_days: 30\n  paymnet_terms: 30\n"))
    assert p.line == line_of("payment_terms_days: 30", TEXT) + 1 and p.field == "contract.paymnet_terms"


# --- wrong types: messages a non-programmer understands ------------------------------------


def test_unquoted_long_number_where_text_is_expected_says_to_quote_it() -> None:
    (p,) = text_problems(("  number: HC-2025-031", "  number: 12345678901234567890"))
    assert p.field == "contract.number" and p.line == line_of("number: HC-2025-031", TEXT)
    assert 'put it in quotes: "12345678901234567890"' in p.message


@pytest.mark.parametrize("value, words", [
    (True, 'true reads as a yes/no value, but text is expected here; put it in quotes: "true"'),
    (dt.date(2025, 1, 2), 'put it in quotes: "2025-01-02"'),
    (Decimal("12.50"), 'put it in quotes: "12.50"'),
    (["a"], "must be text, not a list"),
    ({"a": "b"}, "must be text, not a group of fields"),
])
def test_wrong_type_where_text_is_expected(value: Any, words: str) -> None:
    p = only(lambda d: d["debtor"].__setitem__("name", value))
    assert p.field == "debtor.name" and words in p.message


@pytest.mark.parametrize("field, value, words", [
    (("contract", "payment_terms_days"), Decimal("30.5"), "'30.5' is not a whole number"),
    (("contract", "payment_terms_days"), "thirty", "'thirty' is not a whole number"),
    (("contract", "payment_terms_days"), True, "must be a whole number, not a yes/no value"),
    (("contract", "payment_terms_days"), 400, "400 is above the maximum of 365"),
    (("debtor", "sole_trader"), "yes", "'yes' must be true or false, written without quotes"),
    (("debtor", "address"), "7 Mill Lane", "must be a list"),
    (("debtor", "kind"), "company", "'company' is not allowed; use one of: business, consumer"),
    (("creditor", "email"), "not an email", "is not an e-mail address"),
    (("creditor", "phone"), "call me", "is not a telephone number"),
    (("debtor", "name"), None, "is empty"),
    (("debtor", "name"), "", "is empty"),
    (("debtor", "name"), "x" * 201, "too long (at most 200 characters)"),
])
def test_wrong_values_in_words(field: tuple, value: Any, words: str) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d[field[0]][field[1]] = value
    p = only(mutate)
    assert p.field == ".".join(field) and words in p.message


def test_messages_show_hostile_values_harmlessly() -> None:
    p = only(lambda d: d["debtor"].__setitem__("kind", "\x1b[2J" + "x" * 500))
    assert "\x1b" not in p.message and "<U+001B>" in p.message and len(p.message) < 200


def test_missing_required_fields() -> None:
    found = text_problems(("  name: Daniel Whitmore\n", ""),
                          ("    due: 2025-05-19\n", ""),
                          ("documents:\n", "paperwork:\n"))
    assert {(p.field, p.message) for p in found} >= {
        ("debtor.name", "required field is missing"),
        ("invoices[0].due", "required field is missing"),
        ("documents", "required field is missing"),
    }
    lines = {p.field: p.line for p in found}
    assert lines["debtor.name"] == line_of("debtor:", TEXT)  # the parent's line
    assert lines["invoices[0].due"] == line_of("- number: INV-2025-0412", TEXT) - 1  # one line was removed above


# --- late payment and exchange rates -----------------------------------------------------


def test_contractual_interest_needs_a_rate_and_only_it() -> None:
    p = only(lambda d: d["contract"]["late_payment"].__setitem__("interest", "contractual"))
    assert p.field == "contract.late_payment.rate_percent" and "needs rate_percent" in p.message
    p = only(lambda d: d["contract"]["late_payment"].__setitem__("rate_percent", "8"))
    assert "only used with interest: contractual" in p.message
    p = only(lambda d: d["contract"]["late_payment"].update(interest="contractual", rate_percent="0"))
    assert "above 0" in p.message


def test_exchange_rates() -> None:
    rate = {"currency": "EUR", "date": dt.date(2025, 7, 31), "rate": "0.8600", "table": "T1"}
    p = only(lambda d: d.__setitem__("exchange_rates", [rate, dict(rate)]))
    assert p.field == "exchange_rates[1]" and "already given in exchange_rates[0]" in p.message
    p = only(lambda d: d.__setitem__("exchange_rates", [dict(rate, rate="0")]))
    assert p.field == "exchange_rates[0].rate" and "greater than zero" in p.message
    p = only(lambda d: d.__setitem__("exchange_rates", [dict(rate, rate="0.12345678")]))
    assert "decimal places" in p.message


# --- all problems at once --------------------------------------------------------------------


def test_all_schema_problems_are_reported_at_once() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["jurisdiction"] = "FR"
        d["languages"] = ["de"]
        d["debtor"]["kind"] = "company"
        d["invoices"][0]["amount"] = "lots"
        d["payments"][0]["date"] = "yesterday"
        d["colour"] = "blue"
    found = problems_of(edited(mutate))
    assert {p.field for p in found} == {"jurisdiction", "languages[0]", "debtor.kind", "invoices[0].amount",
                                        "payments[0].date", "colour"}
    assert [p.line for p in found] == sorted(p.line for p in found)  # listed in file order


def test_all_rule_problems_are_reported_at_once() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["languages"] = ["en", "en"]
        d["invoices"][0]["amount"] = "-1.00"
        d["invoices"][1]["due"] = dt.date(2025, 6, 1)
        d["payments"][1]["invoice"] = "nope"
        d["documents"]["reminders"][1].update(date=dt.date(2025, 7, 1), sent=dt.date(2025, 7, 1))
        d["contract"]["late_payment"]["rate_percent"] = "5"
    found = problems_of(edited(mutate))
    assert {p.field for p in found} >= {"languages[1]", "invoices[0].amount", "invoices[1].due", "payments[1].invoice",
                                        "documents.reminders[1].date", "contract.late_payment.rate_percent"}


def test_loader_problems_are_reported_together() -> None:
    text = TEXT.replace("sole_trader: true", "sole_trader: yes").replace("compensation: true", "compensation: on")
    text = text.replace("payment_terms_days: 30", "payment_terms_days: 030")
    with pytest.raises(CaseInvalid) as info:
        load_text(text, FILE)
    assert [p.field for p in info.value.problems] == [
        "debtor.sole_trader", "contract.payment_terms_days", "contract.late_payment.compensation"]


def test_the_schema_has_no_normalisation_rules_so_validation_skips_normalising() -> None:
    """_schema_problems validates with normalize=False (Cerberus's normalising pass copies
    and re-hashes the whole schema on each call): correct only while no rule of the schema
    normalises. A rule added later must either go or bring normalisation back."""
    from generator.case.schema import SCHEMA

    normalising = {"default", "default_setter", "coerce", "rename", "rename_handler", "purge_unknown",
                   "purge_readonly"}
    found: list[str] = []

    def walk(node, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in normalising:
                    found.append(f"{path}.{key}")
                walk(value, f"{path}.{key}")
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item, path)

    walk(SCHEMA, "")
    assert found == []
