"""Every field the layout can overflow has a width limit checked at validation
(generator/case/checks.py, LAYOUT_LIMITS): a case with every text field at its limit,
in the widest letters, and every amount just below the printed maximum, validates and
builds in all four languages. One more letter in a limited field is refused at
validation, naming the field and its line."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.case import checks
from generator.case.load import Loaded, load_file
from generator.case.schema import parse_decimal
from generator.case.validate import validate
from generator.errors import CaseInvalid
from tests.conftest import ROOT

WIDE = "W"  # the widest Latin capital of the document fonts
ENUMERATED = {"gender", "title", "form", "role", "basis", "delivered_by", "type"}
CHECKED = {"ids", "bank", "id_number"}


def _fill(width_em: float) -> str:
    """As many wide letters as fit in `width_em`."""
    count = int(width_em / checks.width_em(WIDE))
    return WIDE * count


def worst_case(seed: str) -> Loaded:
    loaded = load_file(ROOT / "cases" / f"{seed}.yaml")
    data = copy.deepcopy(loaded.data)
    data["languages"] = ["en", "pl", "ru", "he"]

    def visit(value: Any, path: tuple[Any, ...]) -> Any:
        if isinstance(value, dict):
            return {k: visit(v, path + (k,)) for k, v in value.items()}
        if isinstance(value, list):
            return [visit(v, path + (i,)) for i, v in enumerate(value)]
        if not isinstance(value, str) or path[-1] in ("case", "jurisdiction", "currency", "paper", "kind", "per",
                                                      "interest", "method", "channel", "sent_by") \
                or path[0] == "languages" or (path[0] == "exchange_rates" and path[-1] == "currency"):
            return value
        # Choices from a list, and numbers checked against their own format (check digits,
        # fixed lengths: IDs, IBAN, sort code), are as wide as their format allows already.
        if path[-1] in ENUMERATED or CHECKED & set(map(str, path)):
            return value
        if parse_decimal(value) is not None:  # an amount or a rate written in quotes
            return value
        whole, word, _ = checks.layout_limit(path)
        if path[-1] == "email":
            return _fill((whole or word) - checks.width_em("@w.w")) + "@w.w"
        if path[-1] == "phone":
            return "+" + "9" * 29
        if whole is not None:
            return _fill(whole)
        return " ".join([_fill(word)] * 3)

    data = visit(data, ())
    data["case"] = "m" * int(checks.CASE_ID_EM / checks.width_em("m"))  # the widest lower-case letter
    numbers = {}
    for i, inv in enumerate(data["invoices"]):
        number = _fill(checks.TABLE_CELL_EM - checks.width_em(str(i))) + str(i)
        numbers[loaded.data["invoices"][i]["number"]] = number
        inv["number"] = number
        inv["amount"] = str(checks.MAX_PRINTED_AMOUNT - Decimal("0.01"))
    for pay in data.get("payments") or []:
        if "invoice" in pay:
            pay["invoice"] = numbers[loaded.data["payments"][data["payments"].index(pay)]["invoice"]]
        pay["amount"] = "0.01"
    for event in data.get("events") or []:
        original = loaded.data["events"][data["events"].index(event)]
        if "invoice" in original:
            event["invoice"] = numbers[original["invoice"]]
    if "price" in data["contract"]:
        data["contract"]["price"] = str(checks.MAX_PRINTED_AMOUNT - Decimal("0.01"))
    return Loaded(loaded.file, data, loaded.lines)


SEEDS = ["harper-cole-2025-07", "studio-nowak-2025-01"]


@pytest.mark.parametrize("seed", SEEDS)
def test_every_field_at_its_limit_builds_in_every_language(seed: str) -> None:
    from generator.jurisdictions import registry
    from generator.render.document import render_document

    case = validate(worst_case(seed), stem=None)
    law = registry.get(case.jurisdiction)
    for lang in case.languages:
        for name in case.documents.names():
            render_document(case, law, name, lang)  # raises RenderError on any overflow


@pytest.mark.parametrize("path", [("invoices", 0, "number"), ("creditor", "email"), ("contract", "number"),
                                  ("debtor", "name"), ("invoices", 0, "description")])
def test_one_letter_more_is_refused_at_validation(path: tuple[Any, ...]) -> None:
    loaded = worst_case("harper-cole-2025-07")
    data = copy.deepcopy(loaded.data)
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = WIDE + node[path[-1]]
    if path == ("invoices", 0, "number"):
        for pay in data.get("payments") or []:
            pay.pop("invoice", None)
    with pytest.raises(CaseInvalid) as info:
        validate(Loaded(loaded.file, data, loaded.lines), stem=None)
    field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    rows = [p for p in info.value.problems if p.field == field]
    assert rows and rows[0].line is not None, info.value
    assert "too long to print" in rows[0].message


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aW1 \u05d0\u0416.\u2610\u00a0-"), max_size=60),
       st.sampled_from([("debtor", "name"), ("invoices", 0, "number"), ("invoices", 0, "description"),
                        ("creditor", "email"), ("case",)]))
def test_a_word_is_refused_exactly_when_it_is_wider_than_its_place(text: str, path: tuple[Any, ...]) -> None:
    """The check skips measuring words when the whole value fits where a word must: that
    skips work, never a problem (every word is measured here and compared)."""
    whole, word, _ = checks.layout_limit(path)
    found = checks._Checks.__new__(checks._Checks)
    found.problems = []
    found.strings = [(path, text)]
    found.add = lambda p, message: found.problems.append(message)
    found.lengths()
    too_wide_whole = whole is not None and checks.width_em(text) > whole
    too_wide_word = max((checks.width_em(w) for w in text.split()), default=0.0) > word
    assert len(found.problems) == (1 if too_wide_whole or too_wide_word else 0)
    if found.problems and not too_wide_whole:
        assert "the word" in found.problems[0]
