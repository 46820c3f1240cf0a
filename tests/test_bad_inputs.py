"""The catalogue of bad inputs (tests/bad_inputs/): each file, validated from the command
line, is refused with exit status 1, no traceback, and one message naming the file, the
line (where there is one), the field and what is wrong, in words a non-programmer reads.

Injection attempts in the catalogue are valid cases: their text must reach the letter
literally, never as template code, Markdown or HTML.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
import yaml

from tests.conftest import ROOT

FOLDER = ROOT / "tests" / "bad_inputs"
EXPECTED: dict[str, dict] = yaml.safe_load((FOLDER / "expected.yaml").read_text(encoding="utf-8"))
BAD = sorted(name for name, entry in EXPECTED.items() if not entry.get("valid"))
VALID = sorted(name for name, entry in EXPECTED.items() if entry.get("valid"))


def test_catalogue_and_folder_agree() -> None:
    files = {p.name for p in FOLDER.glob("*.yaml")} - {"expected.yaml"}
    assert files == set(EXPECTED), "every file in tests/bad_inputs/ needs an entry in expected.yaml and back"


def test_catalogue_covers_the_issue() -> None:
    required = {
        "duplicate-key", "yaml11-bool-no", "yaml11-bool-on", "octal-number", "too-many-decimals",
        "negative-amount", "zero-amount", "impossible-date", "reminders-out-of-order", "due-before-issued",
        "unknown-key-typo", "unknown-invoice-reference", "overpayment", "unknown-language",
        "unknown-jurisdiction", "tab-indentation", "empty-file", "binary-file", "list-instead-of-mapping",
        "yaml-tag-python", "case-id-path-traversal", "billion-laughs", "deep-nesting",
        "injection-jinja-expression", "injection-jinja-statement", "injection-html-script",
        "injection-markdown", "injection-bidi-override",
    }
    assert not required - {name.removesuffix(".yaml") for name in EXPECTED}


def _validate(name: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "generator", "validate", f"tests/bad_inputs/{name}"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, env=env,
    )


@pytest.fixture(scope="module")
def runs() -> dict[str, subprocess.CompletedProcess[str]]:
    """`validate` on every catalogue file, run side by side (one process each)."""
    names = sorted(EXPECTED)
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
        return dict(zip(names, pool.map(_validate, names)))


@pytest.mark.parametrize("name", BAD)
def test_bad_input_is_refused_with_a_located_message(name: str, runs) -> None:
    expected = EXPECTED[name]
    run = runs[name]
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    assert "Traceback" not in output
    file = f"tests/bad_inputs/{name}"
    line, field, message = expected["line"], expected["field"], expected["message"]
    where = f"{file}:{line}" if line is not None else file
    prefix = f"{where}: {field}: " if field else f"{where}: "
    problems = [row for row in run.stderr.splitlines() if row.startswith(file)]
    assert problems, output
    matching = [row for row in problems if row.startswith(prefix) and message in row[len(prefix):]]
    assert matching, f"expected {prefix!r} with {message!r}, got:\n" + "\n".join(problems)
    # Every problem line names the file; nothing is printed as Python would.
    for row in problems:
        assert re.match(rf"^{re.escape(file)}(:\d+)?: ", row), row
    for words in ("Error(", "Exception", "<class", "NoneType", "KeyError", "object at 0x"):
        assert words not in output
    assert run.stderr.rstrip().endswith("0 valid, 1 invalid")


@pytest.mark.parametrize("name", VALID)
def test_injection_attempt_validates(name: str, runs) -> None:
    run = runs[name]
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr


# --- injection attempts render literally ---------------------------------------------


def _render(name: str) -> tuple[str, str]:
    from generator.jurisdictions import registry
    from generator.pipeline import load_case
    from generator.render.document import render_markdown_for
    from generator.render.html import markdown_to_html

    case = load_case(FOLDER / name)
    assert list(case.documents.names()) == ["reminder-1"]
    md, _, _ = render_markdown_for(case, registry.get(case.jurisdiction), "reminder-1", "en")
    return md, markdown_to_html(md)


def _salutation(text: str) -> str:
    lines = [row for row in text.splitlines() if "Dear " in row]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize("name", [n for n in VALID if n != "injection-many-fields.yaml"])
def test_injected_debtor_name_is_printed_literally(name: str) -> None:
    literal = EXPECTED[name]["text"]
    md, page = _render(name)
    # The HTML says exactly the text the user typed (bidi controls shown, not obeyed).
    assert _salutation(page) == f"<p>Dear {html.escape(literal, quote=False)},</p>"
    assert f"<strong>{html.escape(literal, quote=False)}</strong>" in page  # the recipient block
    # Template code was not run, markup was not made.
    assert "49" not in _salutation(md)
    assert not re.search(r"(?<!\\)<script", md) and "<script" not in page
    assert "\u202e" not in md and "\u202e" not in page
    assert "<h1>" not in _salutation(page) and "<a " not in page and "<em>" not in _salutation(page)
    assert "<table" not in _salutation(page)
    # The template's own structure is intact: one salutation, the headline, the figures.
    assert page.count("Dear ") == 1
    assert "<h1>Friendly payment reminder</h1>" in page


def test_injection_in_many_fields_is_printed_literally() -> None:
    md, page = _render("injection-many-fields.yaml")
    for literal in ("{{ 7*7 }} {% raw %}<b>bold</b>", "<script>alert(1)</script>", "# Heading", "- item", "1. item",
                    "HC-{{ 6*7 }}", "[click](javascript:alert(1)) ![x](http://e.example/x.png)"):
        assert html.escape(literal, quote=False) in page, literal
    for markup in ("<b>", "<script", "<a ", "<img", "<h1>Heading", "<li>", "<ol", "<ul"):
        assert markup not in page, markup
    assert "HC-42" not in md and "HC-42" not in page


@pytest.mark.parametrize("literal", [
    "{{ 7*7 }}", "{% if true %}yes{% endif %}", "<script>alert(1)</script>", "**x** | # [a](b)",
    "<img src=x onerror=alert(1)>", "`code`", "&amp; &#60;", "\\*not bold\\*", "![i](http://x)",
    "# heading", "- item", "+ item", "1. item", "2) item", "> quote", "---", "| a | b |", "~~gone~~",
    "_under_", "line one\nline two", "<!-- comment -->", "[ref]: http://x", "    indented code",
    "http://example.com/a_b_c", "a\\", "***", "=====",
])
def test_markdown_escaping_survives_markdown_to_html(literal: str) -> None:
    """The escaping the renderer applies to user text (escape_markdown), through the
    HTML the PDF is made from: the text comes out as text, in a paragraph or alone."""
    from generator.render.formatting import escape_markdown
    from generator.render.html import markdown_to_html

    escaped = escape_markdown(literal)
    text = html.escape(" ".join(literal.split()), quote=False)  # user text keeps no line structure
    # After a heading, so that html.py gives the paragraphs no letterhead classes.
    assert markdown_to_html(f"# Letter\n\nDear {escaped},\n") == f"<h1>Letter</h1>\n<p>Dear {text},</p>\n"
    # On a line of its own, where block syntax (headings, lists, quotes, rules) would start.
    assert markdown_to_html(f"# Letter\n\n{escaped}\n") == f"<h1>Letter</h1>\n<p>{text}</p>\n"
    # In a table cell, where '|' would end the cell.
    table = markdown_to_html(f"# Letter\n\n| a | b |\n| --- | --- |\n| {escaped} | x |\n")
    assert f"<td>{text}</td>" in table


def test_bidi_override_is_shown_not_obeyed() -> None:
    from generator.render.formatting import escape_markdown
    from generator.render.html import markdown_to_html

    page = markdown_to_html(f"# Letter\n\n{escape_markdown('abc' + chr(0x202E) + 'def')}\n")
    assert page == "<h1>Letter</h1>\n<p>abc[U+202E]def</p>\n"


# --- the command line around the catalogue ---------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "validate", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def test_good_and_bad_together_report_both_and_fail() -> None:
    run = _cli("cases/harper-cole-2025-07.yaml", "tests/bad_inputs/duplicate-key.yaml",
               "tests/bad_inputs/empty-file.yaml")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "tests/bad_inputs/duplicate-key.yaml:6: currency: duplicate key" in run.stderr
    assert "tests/bad_inputs/empty-file.yaml: the file is empty" in run.stderr
    assert run.stderr.rstrip().endswith("1 valid, 2 invalid")


@pytest.mark.parametrize("target, words", [
    ("tests/bad_inputs/no-such-case.yaml", "no such case file"),
    ("tests/bad_inputs", "not a regular file"),
    ("/dev/null", "not a regular file"),
    ("/dev/zero", "not a regular file"),
])
def test_paths_that_are_not_case_files(target: str, words: str) -> None:
    run = _cli(target)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert words in run.stderr
