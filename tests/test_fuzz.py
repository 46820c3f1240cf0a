"""Property-based tests: random and mutated case files through the loader, the validator
and the legal checks. Whatever the input, the only exception is CaseInvalid, and every
problem it carries names the file (and, where it gives one, a line inside the file).

Bounded for CI: 150 examples per property, no deadline (the first examples import the
jurisdictions), derandomized so that a failure reproduces. FUZZ_EXAMPLES=N searches
longer, with random seeds, for local runs.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.case.load import load_text
from generator.case.validate import validate
from generator.errors import CaseInvalid, Problem
from tests.conftest import CASES

FILE = "cases/fuzz-case.yaml"
EXAMPLES = {p.stem: p.read_text(encoding="utf-8") for p in CASES}

# FUZZ_EXAMPLES=5000 runs a longer, randomized search locally; CI runs the fixed 150.
_DEEP = int(os.environ.get("FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=_DEEP or 150, deadline=None, derandomize=not _DEEP, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check_problems(problems: list[Problem], text: str) -> None:
    assert problems, "CaseInvalid without a problem"
    lines = len(re.findall("\r\n|[\n\r\x85\u2028\u2029]", text)) + 1  # YAML's line breaks
    for p in problems:
        assert isinstance(p, Problem)
        assert p.file == FILE, p
        assert p.line is None or 1 <= p.line <= lines + 1, p
        assert isinstance(p.field, str) and isinstance(p.message, str) and p.message, p
        assert "Traceback" not in p.message and "object at 0x" not in p.message, p
        assert str(p).startswith(FILE), p


def run_all(text: str, stem: str | None = None) -> None:
    """Load, validate and check the law; anything but CaseInvalid fails the test."""
    from generator.pipeline import legal_problems

    try:
        loaded = load_text(text, FILE)
        case = validate(loaded, stem)
        problems = legal_problems(case)
    except CaseInvalid as exc:
        check_problems(exc.problems, text)
        return
    if problems:
        check_problems(problems, text)


# --- random text ---------------------------------------------------------------------------

YAMLISH = st.sampled_from([
    ":", " ", "  ", "\n", "- ", "[", "]", "{", "}", ",", "#", "&a ", "*a", "!!str ", "!x ", "'", '"', "|", ">",
    "? ", "---\n", "...\n", "%YAML 1.1\n", "\t", "~", "null", "yes", "NO", "on", "0123", "1e3", "1:20", ".inf",
    "2025-02-30", "2025-01-01", "2025-01-01 10:00", "12.50", "-1", "0", "<<", "\\", "\ufeff", "\u202e", "é",
    "case", "invoices", "amount", "date", "documents", "reminders", "\x00", "\x07", "\r\n", "\x85",
])


@FUZZ
@given(st.text(max_size=400))
def test_random_text_never_raises_anything_but_case_invalid(text: str) -> None:
    run_all(text)


@FUZZ
@given(st.lists(YAMLISH, max_size=60).map("".join))
def test_yaml_like_noise_never_raises_anything_but_case_invalid(text: str) -> None:
    run_all(text)


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_as_a_file(tmp_path_factory, data: bytes) -> None:
    from generator.case.load import load_file

    path = tmp_path_factory.mktemp("fuzz") / "fuzz-case.yaml"
    path.write_bytes(data)
    try:
        load_file(path, FILE)
    except CaseInvalid as exc:
        check_problems(exc.problems, data.decode("utf-8", "replace"))


# --- mutated example cases ---------------------------------------------------------------------

LINE_EDITS = st.sampled_from(["delete", "duplicate", "swap", "indent", "dedent", "tab", "truncate", "insert"])
INSERTS = st.sampled_from([
    "  extra: 1", "colour: blue", "- stray", "  amount: 1e3", "  date: 2025-02-30", "x: &a [1]", "y: *a",
    "  <<: {a: 1}", "  name: !!python/object:os.system x", "  name: on", "  due: 2025-13-01", "'", '"',
    "  amount: \"-1\"", "  invoice: NOPE", "case: ../../etc", "languages: [de, en, en]", "  kind: company",
])


@st.composite
def mutated_example(draw) -> tuple[str, str]:
    stem = draw(st.sampled_from(sorted(EXAMPLES)))
    lines = EXAMPLES[stem].splitlines()
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        edit = draw(LINE_EDITS)
        if edit == "delete":
            del lines[i]
        elif edit == "duplicate":
            lines.insert(i, lines[i])
        elif edit == "swap" and i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif edit == "indent":
            lines[i] = "  " + lines[i]
        elif edit == "dedent":
            lines[i] = lines[i][2:] if lines[i].startswith("  ") else lines[i]
        elif edit == "tab":
            lines[i] = "\t" + lines[i].lstrip(" ")
        elif edit == "truncate":
            lines[i] = lines[i][: draw(st.integers(0, max(0, len(lines[i]) - 1)))]
        elif edit == "insert":
            lines.insert(i, draw(INSERTS))
    return stem, "\n".join(lines) + "\n"


@FUZZ
@given(mutated_example())
def test_mutated_examples_never_raise_anything_but_case_invalid(example: tuple[str, str]) -> None:
    stem, text = example
    run_all(text, stem)


@st.composite
def character_edit(draw) -> tuple[str, str]:
    stem = draw(st.sampled_from(sorted(EXAMPLES)))
    text = EXAMPLES[stem]
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 8)))
        text = text[:i] + draw(st.text(max_size=6) | YAMLISH) + text[j:]
    return stem, text


@FUZZ
@given(character_edit())
def test_character_edits_never_raise_anything_but_case_invalid(example: tuple[str, str]) -> None:
    stem, text = example
    run_all(text, stem)


# --- valid structure, random values ---------------------------------------------------------

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**30, 10**30), st.text(max_size=30),
    st.integers(0, 6).flatmap(lambda n: st.decimals(allow_nan=False, allow_infinity=False, places=n)),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(["", "0", "-0.00", "1e5", "NaN", "Infinity", "0.001", "9" * 40, " 1 ", "+1", ".", "1.",
                     "en", "UK", "GBP", "statutory", "contractual", "month", "court", "business", "email"]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(["amount", "date", "number", "invoice", "name", "x"]), inner, max_size=3), max_leaves=8)


def _paths(data: Any, path: tuple = ()) -> list[tuple]:
    out = [path]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _paths(v, path + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _paths(v, path + (i,))
    return out


@FUZZ
@given(st.data())
def test_any_value_in_any_field_never_raises_anything_but_case_invalid(data) -> None:
    """The examples' structure, with random values put in random places: the validator
    and the legal checks must cope with every type in every field."""
    import copy

    from generator.case.load import Loaded
    from generator.pipeline import legal_problems

    stem = data.draw(st.sampled_from(sorted(EXAMPLES)))
    loaded = load_text(EXAMPLES[stem], FILE)
    doc = copy.deepcopy(loaded.data)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(doc)[1:]))
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = data.draw(VALUES)
    try:
        case = validate(Loaded(FILE, doc, loaded.lines), stem)
        problems = legal_problems(case)
    except CaseInvalid as exc:
        check_problems(exc.problems, EXAMPLES[stem])
        return
    if problems:
        check_problems(problems, EXAMPLES[stem])


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["amount", "date", "invoice"]),
                          st.decimals(min_value=Decimal("-1e6"), max_value=Decimal("1e6"), places=3)
                          | st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 1, 1))
                          | st.sampled_from(["INV-2025-0412", "INV-2025-0488", "X"])), max_size=6))
def test_random_payments_never_raise_anything_but_case_invalid(edits) -> None:
    import copy

    from generator.case.load import Loaded
    from generator.pipeline import legal_problems

    loaded = load_text(EXAMPLES["harper-cole-2025-07"], FILE)
    doc = copy.deepcopy(loaded.data)
    for i, (key, value) in enumerate(edits):
        payments = doc["payments"]
        payments[i % len(payments)][key] = value
    assume(edits)
    try:
        legal_problems(validate(Loaded(FILE, doc, loaded.lines), "harper-cole-2025-07"))
    except CaseInvalid as exc:
        check_problems(exc.problems, EXAMPLES["harper-cole-2025-07"])
