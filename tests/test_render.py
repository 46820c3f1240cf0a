"""Rendering: locale formats per language, amounts in words, the HTML page shell."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from generator.render.formatting import LRI, PDI, RLI, Formatter, escape_markdown
from generator.render.html import markdown_to_html

NBSP = "\u00a0"


@pytest.mark.parametrize("lang,currency,expected", [
    ("en", "GBP", "£4,555.80"),
    ("en", "PLN", f"PLN{NBSP}12,413.76"),
    ("pl", "PLN", f"12{NBSP}413,76{NBSP}zł"),
    ("ru", "RUB", f"251{NBSP}938,69{NBSP}₽"),
    ("he", "ILS", f"{LRI}13,632.93{NBSP}₪{PDI}"),
])
def test_money_is_formatted_for_the_locale(lang: str, currency: str, expected: str) -> None:
    amount = {"GBP": "4555.8", "PLN": "12413.76", "RUB": "251938.69", "ILS": "13632.93"}[currency]
    assert Formatter(lang, currency).money(Decimal(amount)) == expected


@pytest.mark.parametrize("lang,expected", [
    ("en", "10 June 2025"), ("pl", "10 czerwca 2025"), ("ru", "10 июня 2025\u202fг."), ("he", f"{RLI}10 ביוני 2025{PDI}"),
])
def test_dates_are_written_the_local_way(lang: str, expected: str) -> None:
    assert Formatter(lang, "EUR").date(dt.date(2025, 6, 10)) == expected


@pytest.mark.parametrize("lang,currency,expected", [
    ("pl", "PLN", "dwanaście tysięcy czterysta trzynaście złotych, siedemdziesiąt sześć groszy"),
    ("ru", "RUB", "двенадцать тысяч четыреста тринадцать рублей, семьдесят шесть копеек"),
    ("en", "GBP", "twelve thousand, four hundred and thirteen pounds sterling, seventy-six pence"),
])
def test_amounts_in_words_take_the_grammatical_forms(lang: str, currency: str, expected: str) -> None:
    assert Formatter(lang, currency).words(Decimal("12413.76")) == expected


def test_amount_in_words_falls_back_for_currencies_num2words_lacks() -> None:
    assert Formatter("en", "ILS").words(Decimal("50.05")) == "fifty Israeli new shekels 05/100"


def test_facts_are_recorded_canonically() -> None:
    fmt = Formatter("pl", "PLN")
    fmt.money(Decimal("5")), fmt.date(dt.date(2025, 1, 2)), fmt.percent(Decimal("15.750")), fmt.ref("FV/1")
    assert fmt.facts == [("money", "5.00"), ("date", "2025-01-02"), ("percent", "15.75"), ("ref", "FV/1")]


@pytest.mark.parametrize("text,expected", [
    ("**bold** | # [a](b)", r"\*\*bold\*\* \| \# \[a\](b)"),
    ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
    ("- not a list", r"\- not a list"),
    ("1. not a list", r"1\. not a list"),
    ("0000123456", "0000123456"),
    ("a\u202eb", r"a\[U+202E\]b"),
    ("two\nlines", "two lines"),
])
def test_user_text_is_literal_markdown(text: str, expected: str) -> None:
    assert escape_markdown(text) == expected


def test_escaped_text_renders_literally() -> None:
    html = markdown_to_html(escape_markdown("**x** <b>y</b> [a](http://e.example) `c`") + "\n")
    # (The first paragraph of a document is its letterhead.)
    assert html == '<p class="letterhead">**x** &lt;b&gt;y&lt;/b&gt; [a](http://e.example) `c`</p>\n'


def test_letter_header_paragraphs_get_classes() -> None:
    html = markdown_to_html("**A**\n\nB\n\nC\n\nD\n\n# Subject\n\nBody\n")
    assert '<p class="letterhead">' in html and '<p class="reference">' in html
    assert "<p>Body</p>" in html


@pytest.mark.parametrize("source", [
    "{{ items.append(4) }}",            # a mutating method of a list
    "{{ table.clear() }}",              # ... of a dict
    "{{ text.__class__ }}",             # a dunder
    "{{ record._private }}",            # a private name
    "{{ kind.mro() }}",                 # a type's internals
    "{{ function.__globals__ }}",       # a function's internals
])
def test_the_template_sandbox_blocks_unsafe_attributes_every_time(source: str) -> None:
    """The sandbox's verdict is kept per type and attribute (markdown._Sandbox): the
    second read of an unsafe attribute is blocked as the first was, and a safe read of
    the same type still passes."""
    import jinja2

    from generator.render.markdown import _Sandbox

    class Record:
        _private = "hidden"
        public = "shown"

    env = _Sandbox(undefined=jinja2.StrictUndefined)
    values = {"items": [1, 2, 3], "table": {"a": 1}, "text": "x", "record": Record(), "kind": str,
              "function": test_money_is_formatted_for_the_locale}
    for _ in range(2):
        with pytest.raises(jinja2.exceptions.SecurityError):
            env.from_string(source).render(values)
    assert env.from_string("{{ items.index(2) }} {{ table.keys() | list }} {{ record.public }}").render(values) \
        == "1 ['a'] shown"


# --- Russian dates at the end of a sentence ---------------------------------------------

def test_a_russian_date_ends_its_sentence_with_one_full_stop() -> None:
    """A Russian date ends in "г." (год); the sentence's own stop after it is dropped,
    after a bold date too. Nothing else is touched."""
    from generator.render.markdown import _RU_YEAR_STOP

    def fix(text: str) -> str:
        return _RU_YEAR_STOP.sub(r"\1\2", text)

    assert fix("платёж от 8 мая 2025 г..") == "платёж от 8 мая 2025 г."
    assert fix("до **7 августа 2025 г.**.") == "до **7 августа 2025 г.**"
    assert fix("от 8 мая 2025\u00a0г..") == "от 8 мая 2025\u00a0г."
    assert fix("от 8 мая 2025 г.; 5 000,00 ₪") == "от 8 мая 2025 г.; 5 000,00 ₪"
    assert fix("Итого. Сумма г.. и т. д.") == "Итого. Сумма г.. и т. д."  # not a date


def test_no_russian_document_ends_a_sentence_after_a_date_with_two_stops() -> None:
    """Every jurisdiction's Russian wording, on the examples and the fixtures."""
    import re
    from pathlib import Path

    from generator.jurisdictions import registry
    from generator.pipeline import load_case
    from generator.render.document import render_markdown_for

    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "cases").glob("*.yaml")) + sorted((root / "tests" / "fixtures" / "cases").glob("*.yaml"))
    seen = set()
    for path in paths:
        case = load_case(path)
        law = registry.get(case.jurisdiction)
        for name in case.documents.names():
            text = render_markdown_for(case, law, name, "ru")[0]
            assert not re.search(r"\d[ \u00a0\u202f]г\.(\*\*)?\.", text), (path.name, name)
            seen.add(case.jurisdiction)
    assert seen == {"UK", "PL", "RU", "IL"}
