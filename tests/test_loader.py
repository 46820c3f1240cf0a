"""The loader: YAML to values with the line of every node, typed by our own rules
(YAML 1.2-like, refusing the YAML 1.1 surprises), and refusing hostile input quickly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from generator.case.load import MAX_BYTES, MAX_DEPTH, MAX_NODES, field_name, load_file, load_text, shown
from generator.errors import CaseInvalid, Problem
from tests.conftest import ROOT

EXAMPLE = ROOT / "cases" / "harper-cole-2025-07.yaml"


def problems(text: str, file: str = "case.yaml") -> list[Problem]:
    with pytest.raises(CaseInvalid) as info:
        load_text(text, file)
    found = info.value.problems
    assert found and all(p.file == file for p in found)
    return found


def one_problem(text: str) -> Problem:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


# --- positions -------------------------------------------------------------------------


def test_every_node_has_its_line() -> None:
    text = (
        "case: x\n"            # 1
        "creditor:\n"          # 2
        "  name: A\n"          # 3
        "  address:\n"         # 4
        "    - Line 1\n"       # 5
        "    - Line 2\n"       # 6
        "invoices:\n"          # 7
        "  - number: I-1\n"    # 8
        "    amount: '10.00'\n"  # 9
        "  - {number: I-2, amount: '5.00'}\n"  # 10
    )
    loaded = load_text(text, "x.yaml")
    assert loaded.line_of(("case",)) == 1
    assert loaded.line_of(("creditor",)) == 2
    assert loaded.line_of(("creditor", "name")) == 3
    assert loaded.line_of(("creditor", "address")) == 4
    assert loaded.line_of(("creditor", "address", 1)) == 6
    assert loaded.line_of(("invoices", 0, "number")) == 8
    assert loaded.line_of(("invoices", 0, "amount")) == 9
    assert loaded.line_of(("invoices", 1, "amount")) == 10
    # A missing field points at its nearest parent.
    assert loaded.line_of(("invoices", 0, "due")) == 8
    assert loaded.line_of(("nothing", "here")) == 1


def test_example_case_lines() -> None:
    loaded = load_file(EXAMPLE, "cases/harper-cole-2025-07.yaml")
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    for path, key in [(("case",), "case:"), (("debtor", "sole_trader"), "sole_trader:"),
                      (("contract", "late_payment", "interest"), "interest:")]:
        assert lines[loaded.line_of(path) - 1].lstrip().startswith(key)
    assert "INV-2025-0488" in lines[loaded.line_of(("invoices", 1, "number")) - 1]


def test_field_names_read_as_users_write_them() -> None:
    assert field_name(("invoices", 0, "amount")) == "invoices[0].amount"
    assert field_name(("documents", "reminders", 2, "date")) == "documents.reminders[2].date"
    assert field_name(()) == ""
    assert field_name(("a\u202eb",)) == "a<U+202E>b"
    assert shown("x" * 100, 10) == "x" * 9 + "…"
    assert shown("\x1b[31mred") == "<U+001B>[31mred"


# --- duplicate keys --------------------------------------------------------------------


def test_duplicate_key_names_both_lines() -> None:
    p = one_problem("case: a\ncurrency: GBP\njurisdiction: UK\ncurrency: EUR\n")
    assert (p.line, p.field) == (4, "currency")
    assert "first given on line 2" in p.message


def test_duplicate_key_nested_and_in_flow_mapping() -> None:
    p = one_problem("debtor:\n  kind: business\n  name: X\n  kind: consumer\n")
    assert (p.line, p.field) == (4, "debtor.kind") and "line 2" in p.message
    p = one_problem("ids: {NIP: '1', NIP: '2'}\n")
    assert p.field == "ids.NIP" and "duplicate key 'NIP'" in p.message


def test_quoted_and_plain_key_are_the_same_key() -> None:
    p = one_problem("a: 1\n'a': 2\n")
    assert "duplicate key 'a'" in p.message


def test_every_duplicate_is_reported_at_once() -> None:
    found = problems("a: 1\na: 2\nb: 1\nb: 2\nc: on\n")
    assert [(p.line, p.field) for p in found] == [(2, "a"), (4, "b"), (5, "c")]


# --- scalar typing -----------------------------------------------------------------------


@pytest.mark.parametrize("word", ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                                  "on", "On", "ON", "off", "Off", "OFF"])
def test_yaml11_booleans_are_refused(word: str) -> None:
    p = one_problem(f"sole_trader: {word}\n")
    assert (p.line, p.field) == (1, "sole_trader")
    assert f"'{word}' is ambiguous" in p.message and "true or false" in p.message and f'"{word}"' in p.message


@pytest.mark.parametrize("text", ["true", "True", "TRUE", "false", "False", "FALSE"])
def test_yaml12_booleans_are_booleans(text: str) -> None:
    assert load_text(f"a: {text}\n", "x").data["a"] is (text.lower() == "true")


@pytest.mark.parametrize("text", ["~", "null", "Null", "NULL", ""])
def test_nulls(text: str) -> None:
    assert load_text(f"a: {text}\n", "x").data == {"a": None}


@pytest.mark.parametrize("number, words", [
    ("0123", "leading zero"), ("0755", "octal"), ("-012", "leading zero"),
    ("0o17", "not a plain decimal number"), ("0x1F", "not a plain decimal number"),
    ("0b101", "not a plain decimal number"),
    ("1:20", "not a plain decimal number"), ("190:20:30", "not a plain decimal number"),
    ("1:20.5", "not a plain decimal number"),
    ("1e3", "not a plain decimal number"), ("6.3E+3", "not a plain decimal number"), ("1.5e-2", "not a plain decimal number"),
    (".inf", "not a plain decimal number"), ("-.Inf", "not a plain decimal number"), (".NaN", "not a plain decimal number"),
    ("1_000", "not a plain decimal number"), ("1_000.50", "not a plain decimal number"),
])
def test_yaml11_numbers_are_refused(number: str, words: str) -> None:
    p = one_problem(f"amount: {number}\n")
    assert (p.line, p.field) == (1, "amount")
    assert words in p.message and "quote" in p.message


@pytest.mark.parametrize("text", ['"NO"', "'on'", '"0123"', "'0x1F'", '"1e3"', '"1:20"', '"2025-02-30"',
                                  '"true"', "'~'", '"12345678901234567890123456789012345678901234567890"'])
def test_quoted_strings_are_kept_as_text(text: str) -> None:
    assert load_text(f"a: {text}\n", "x").data["a"] == text[1:-1]


def test_block_scalars_are_text() -> None:
    data = load_text("a: |\n  NO\n  0123\nb: >-\n  on\n", "x").data
    assert data == {"a": "NO\n0123\n", "b": "on"}


def test_decimals_are_exact() -> None:
    data = load_text("a: 0.1\nb: 0.2\nc: 8400.10\nd: -3.\ne: .5\nf: 12\ng: '0.30'\n", "x").data
    assert isinstance(data["a"], Decimal) and isinstance(data["b"], Decimal)
    assert data["a"] + data["b"] == Decimal("0.3")  # not 0.30000000000000004
    assert str(data["c"]) == "8400.10"  # the written precision is kept
    assert data["d"] == Decimal("-3") and data["e"] == Decimal("0.5")
    assert data["f"] == 12 and type(data["f"]) is int
    assert data["g"] == "0.30"


def test_a_very_long_number_is_refused_not_crashed() -> None:
    # Python refuses int() of more than 4300 digits; the loader must answer in words.
    for digits in ("9" * 5000, "9" * 41, "1." + "1" * 5000):
        p = one_problem(f"a: {digits}\n")
        assert "too long" in p.message and "quotes" in p.message


def test_plain_text_stays_text() -> None:
    data = load_text("a: GB 318 4411 74\nb: 20-45-77 41568823\nc: +44 161 496 0123\nd: 2/2025\ne: 25 %\n", "x").data
    assert data == {"a": "GB 318 4411 74", "b": "20-45-77 41568823", "c": "+44 161 496 0123", "d": "2/2025",
                    "e": "25 %"}


# --- dates ---------------------------------------------------------------------------------


def test_dates() -> None:
    data = load_text("a: 2025-02-28\nb: 2024-02-29\nc: 2025-3-5\n", "x").data
    assert data == {"a": dt.date(2025, 2, 28), "b": dt.date(2024, 2, 29), "c": dt.date(2025, 3, 5)}


@pytest.mark.parametrize("text", ["2025-02-30", "2025-02-29", "2025-13-01", "2025-04-31", "2025-00-10", "0000-01-01"])
def test_impossible_dates_are_refused(text: str) -> None:
    p = one_problem(f"invoices:\n  - issued: {text}\n")
    assert (p.line, p.field) == (2, "invoices[0].issued")
    assert f"'{text}' is not a real calendar date" in p.message


@pytest.mark.parametrize("text", ["2025-02-03 10:00", "2025-02-03T10:00:00", "2025-02-03t10:00Z"])
def test_timestamps_are_refused(text: str) -> None:
    assert "time of day" in one_problem(f"date: {text}\n").message


# --- anchors, aliases, tags, merge keys --------------------------------------------------


def test_anchors_and_aliases_are_refused_where_they_stand() -> None:
    found = problems("a: &x value\nb: *x\nc: *undefined\n")
    assert [(p.line, p.field) for p in found] == [(1, "a"), (2, "b"), (3, "c")]
    assert all("anchors and aliases" in p.message for p in found)


def test_anchor_on_a_mapping_is_refused_without_descending() -> None:
    p = one_problem("base: &b\n  x: on\n  y: 0123\n")
    assert p.field == "base" and "anchor" in p.message


@pytest.fixture
def composed(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Counts the YAML nodes the loader composes: limits are checked by counting work,
    never by the clock (a loaded machine must not fail a test)."""
    from generator.case import load as loader

    calls = {"n": 0}
    original = loader._ComposeLoader.compose_node

    def counting(self, parent, index):
        calls["n"] += 1
        return original(self, parent, index)

    monkeypatch.setattr(loader._ComposeLoader, "compose_node", counting)
    return calls


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    text = "lol0: &a0 [" + ", ".join(['"lol"'] * width) + "]\n"
    for i in range(1, levels + 1):
        text += f"lol{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]\n"
    return text


def test_billion_laughs_is_refused_quickly(composed: dict[str, int]) -> None:
    found = problems(billion_laughs(levels=12, width=12))
    # Each alias composes once, as a placeholder: about 13 × 13 nodes, not 12^12.
    assert composed["n"] <= 1 + 13 * 2 + 13 * 12
    assert 1 <= len(found) <= 60  # one per anchor, not one per expansion
    assert all("anchors and aliases" in p.message or "more problems" in p.message for p in found)


def test_billion_laughs_in_a_key_is_refused() -> None:
    found = problems("a: &a x\n? *a\n: 1\n")
    assert any("anchors and aliases" in p.message for p in found)


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!python/name:os.system", "!!str", "!!int",
                                 "!!binary", "!custom", "!!set", "!!omap", "!!timestamp", "!<tag:yaml.org,2002:str>"])
def test_explicit_tags_are_refused(tag: str) -> None:
    p = one_problem(f"name: {tag} value\n")
    assert p.field == "name" and "explicit YAML tags" in p.message


def test_tag_on_a_key_or_a_collection_is_refused() -> None:
    assert "explicit YAML tags" in one_problem("!!str key: 1\n").message
    assert "explicit YAML tags" in one_problem("a: !!set {x, y}\n").message


def test_merge_keys_are_refused() -> None:
    p = one_problem("signatory:\n  <<: {name: A}\n  role: B\n")
    assert (p.line, p.field) == (2, "signatory") and "merge keys" in p.message


def test_complex_keys_are_refused() -> None:
    assert "a key must be a plain name" in one_problem("? [a, b]\n: 1\n").message
    assert "a key must be a plain name" in one_problem("{x: 1}: 2\n").message


# --- size and shape limits ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "a: " + "[" * 10_000 + "]" * 10_000,
    "a: " + "{b: " * 5_000 + "1" + "}" * 5_000,
    "".join(" " * i + f"k{i}:\n" for i in range(500)) + " " * 500 + "v\n",
    "".join(" " * (2 * i) + "-\n" for i in range(200)),
])
def test_deep_nesting_is_refused_quickly(text: str, composed: dict[str, int]) -> None:
    p = one_problem(text)
    assert composed["n"] <= 2 * (MAX_DEPTH + 2)  # refused at the first node too deep
    assert f"nested more than {MAX_DEPTH} levels deep" in p.message
    assert p.line is not None


def test_nesting_up_to_the_limit_is_fine() -> None:
    text = "a: " + "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1) + "\n"
    assert load_text(text, "x").data["a"]


def test_too_many_values_are_refused_quickly(composed: dict[str, int]) -> None:
    # Counted, not timed: the loader composes at most MAX_NODES + 1 nodes and stops at
    # the first one over the limit, so the rest of the file is never built.
    text = "a: [" + ", ".join(["1"] * (MAX_NODES + 10)) + "]\n"
    p = one_problem(text)
    assert f"more than {MAX_NODES} values" in p.message
    assert composed["n"] == MAX_NODES + 1


def test_oversized_file_is_refused_before_it_is_parsed(tmp_path: Path, composed: dict[str, int]) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * MAX_BYTES + b"\n")
    with pytest.raises(CaseInvalid) as info:
        load_file(path, "big.yaml")
    assert composed["n"] == 0  # not parsed at all
    (p,) = info.value.problems
    assert p.file == "big.yaml" and "at most" in p.message and str(MAX_BYTES) in p.message
    with pytest.raises(CaseInvalid, match="at most"):
        load_text("a: " + "x" * MAX_BYTES, "big.yaml")


def test_largest_legal_file_loads_in_reasonable_time(tmp_path: Path, composed: dict[str, int]) -> None:
    """A file just under the size limit made of many small values: refused after at
    most MAX_NODES + 1 nodes (the speed itself is measured in the benchmark)."""
    line = "- {date: 2025-01-01, amount: '1.00'}\n"
    text = "payments:\n" + line * ((MAX_BYTES - 20) // len(line))
    path = tmp_path / "many.yaml"
    path.write_text(text)
    with pytest.raises(CaseInvalid):
        load_file(path, "many.yaml")
    assert composed["n"] <= MAX_NODES + 1


# --- encodings and characters ----------------------------------------------------------


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfcase: bom\nname: \xc5\x81\xc3\xb3d\xc5\xba\n")
    loaded = load_file(path, "bom.yaml")
    assert loaded.data == {"case": "bom", "name": "Łódź"}
    assert loaded.line_of(("name",)) == 2
    assert load_text("\ufeffcase: bom\n", "x").data == {"case": "bom"}


def test_non_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("case: x\ndebtor:\n  name: Müller\n".encode("latin-1"))
    with pytest.raises(CaseInvalid) as info:
        load_file(path, "latin1.yaml")
    (p,) = info.value.problems
    assert (p.file, p.line, p.field) == ("latin1.yaml", 3, "debtor.name")
    assert "not UTF-8" in p.message and "save it as UTF-8" in p.message


def test_utf16_and_binary_files_are_refused(tmp_path: Path) -> None:
    utf16 = tmp_path / "u.yaml"
    utf16.write_bytes("case: x\n".encode("utf-16"))
    with pytest.raises(CaseInvalid, match="UTF-16"):
        load_file(utf16, "u.yaml")
    binary = tmp_path / "b.yaml"
    binary.write_bytes(bytes(range(256)))
    with pytest.raises(CaseInvalid, match="binary file"):
        load_file(binary, "b.yaml")
    assert "binary file" in one_problem("a: b\x00c\n").message


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(CaseInvalid, match="no such case file"):
        load_file(tmp_path / "none.yaml", "none.yaml")
    with pytest.raises(CaseInvalid, match="not a regular file"):
        load_file(tmp_path, "folder")


def test_tab_indentation_is_refused_naming_line_and_field() -> None:
    p = one_problem("case: x\ndebtor:\n  name: A\n\tkind: business\n")
    assert (p.line, p.field) == (4, "debtor.kind")
    assert "tab" in p.message and "spaces" in p.message


def test_tab_inside_a_quoted_value_is_text() -> None:
    assert load_text("a: 'x\ty'\nb: \"p\\tq\"\n", "x").data == {"a": "x\ty", "b": "p\tq"}


@pytest.mark.parametrize("text", ["a: 1\nname: x\ty\n", "a: 1\nname:\tx\n", "a: 1\nname: x\t\n"])
def test_tab_in_an_unquoted_value_is_refused_in_words(text: str) -> None:
    # PyYAML cannot read a tab there; the message must not speak of indentation.
    p = one_problem(text)
    assert (p.line, p.field) == (2, "name")
    assert "tab character in this line" in p.message and "indentation" not in p.message


@pytest.mark.parametrize("escape", ["\\x07", "\\e", "\\0", "\\x1b[2J", "\\ud800", "\\x85"])
def test_control_characters_from_escapes_are_refused(escape: str) -> None:
    p = one_problem(f'debtor:\n  name: "A{escape}B"\n')
    assert (p.line, p.field) == (2, "debtor.name") and "control character" in p.message


def test_raw_control_characters_are_refused_with_their_line() -> None:
    p = one_problem("a: 1\nb: x\x07y\n")
    assert p.line == 2 and "U+0007" in p.message


def test_newlines_in_block_text_are_fine() -> None:
    assert load_text('a: "x\\ny"\n', "x").data == {"a": "x\ny"}


# --- whole-file shapes -----------------------------------------------------------------------


@pytest.mark.parametrize("text, words", [
    ("", "empty"), ("   \n\n", "empty"), ("\ufeff", "empty"), ("# only a comment\n", "no data"),
    ("---\n...\n", "no data"), ("- a\n- b\n", "holds a list"), ("just text\n", "single value"),
    ("42\n", "single value"), ("a: 1\n---\nb: 2\n", "more than one YAML document"),
])
def test_not_a_mapping(text: str, words: str) -> None:
    assert words in one_problem(text).message


@pytest.mark.parametrize("text, line, words", [
    ("a: 1\nb: [1, 2\nc: 3\n", None, "not closed"),
    ("a:\n  b: 1\n c: 2\n", 3, "indentation"),
    ("a: b: c\n", 1, "':'"),
    ('a: "x\\qy"\n', 1, "backslash"),
    ("a: 'open\nb: 2\n", 1, "not closed"),
    ("a: @x\n", 1, "'@'"),
    ("a: `x`\n", 1, "'`'"),
])
def test_syntax_errors_say_where_and_what_in_words(text: str, line: int | None, words: str) -> None:
    p = one_problem(text)
    assert words in p.message
    if line is not None:
        assert p.line == line
    assert "Traceback" not in p.message and "<unicode string>" not in p.message


def test_syntax_error_names_the_field_of_its_line() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("  venue: County Court", "  venue: County: Court")
    p = one_problem(text)
    assert p.field == "contract.dispute_resolution.venue"
    assert "quotes" in p.message


def test_many_problems_are_listed_in_part() -> None:
    text = "".join(f"k{i}: on\n" for i in range(500))
    found = problems(text)
    assert len(found) <= 51
    assert any("more problems" in p.message for p in found)


def test_problem_string_form() -> None:
    assert str(Problem("a.yaml", 3, "x.y", "bad")) == "a.yaml:3: x.y: bad"
    assert str(Problem("a.yaml", None, "", "bad")) == "a.yaml: bad"
