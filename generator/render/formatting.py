"""Locale formatting for templates: amounts, dates, percentages, amounts in words.

Every value a template formats is also recorded as a *fact* (kind, canonical value),
so tests can check that all language versions of a document state the same facts.
In Hebrew, left-to-right runs (amounts, dates, numbers) are wrapped in Unicode
isolates so that the bidi algorithm keeps their inner order.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import Decimal
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, get_currency_name
from num2words import num2words

from generator.compute.money import minor_unit

LOCALES = {"en": "en_GB", "pl": "pl_PL", "ru": "ru_RU", "he": "he_IL"}
RTL = frozenset({"he"})

LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"
# Bidi controls a user might paste (or smuggle) into a name; shown, never obeyed.
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")

# Characters with a meaning in Markdown (CommonMark inline) or HTML.
_MD_SPECIAL = frozenset("\\`*_[]<>#|~&!{}")


def visible_controls(text: str) -> str:
    """Replace bidi control characters in user text by a visible [U+XXXX]."""
    return "".join(f"[U+{ord(c):04X}]" if c in BIDI_CONTROLS else c for c in text)


def escape_markdown(text: str) -> str:
    """User text as literal Markdown: no markup, no HTML, no line structure."""
    text = visible_controls(" ".join(str(text).split()))
    out = "".join("\\" + c if c in _MD_SPECIAL else c for c in text)
    # A value that begins a line must not start a list, quote or heading.
    rest = out.lstrip("0123456789")
    if out[:1] in "-+=" or (out[:1].isdigit() and rest[:1] and rest[:1] in ".)"):
        digits = len(out) - len(out.lstrip("0123456789"))
        out = out[:digits] + "\\" + out[digits:] if digits else "\\" + out
    return out


class Formatter:
    """Formatting filters bound to one document language and currency."""

    def __init__(self, lang: str, currency: str):
        self.lang = lang
        self.locale = LOCALES[lang]
        self.currency = currency
        self.facts: list[tuple[str, str]] = []
        self.messages: list[str] = []  # message ids, in order, for documents with one structure

    def _ltr(self, text: str) -> str:
        if self.lang in RTL:
            if text.startswith("\u2068") and text.endswith(PDI):  # user text isolated as first-strong
                text = text[1:-1]
            # Babel puts right-to-left marks into Hebrew amounts; the isolate does that job.
            return LRI + text.replace("\u200f", "") + PDI
        return text

    def _fact(self, kind: str, value: Any) -> None:
        self.facts.append((kind, strip_format_chars(str(value))))

    def money(self, amount: Decimal, currency: str | None = None) -> str:
        """12 345,67 zł / £12,345.67 / 12 345,67 ₽ / 12,345.67 ₪ (isolated)."""
        cur = currency or self.currency
        amount = Decimal(amount).quantize(minor_unit(cur))
        self._fact("money", amount)
        return self._ltr(_currency_text(str(amount), cur, self.locale))

    def number(self, value: Decimal | int) -> str:
        self._fact("number", value)
        return self._ltr(format_decimal(value, locale=self.locale))

    def percent(self, value: Decimal) -> str:
        """Per cent a year as written in the language: 15,75% / 15.75%."""
        self._fact("percent", format(Decimal(value).normalize(), "f"))
        text = format_decimal(Decimal(value).normalize(), format="#,##0.##", locale=self.locale)
        return self._ltr(f"{text}%")

    def date(self, value: dt.date) -> str:
        """10 czerwca 2025 / 10 June 2025 / 10 июня 2025 г. / 10 ביוני 2025."""
        self._fact("date", value.isoformat())
        text = _date_text(value, "long", self.locale)
        # "26 במאי 2025" is Hebrew text with numbers in it: isolate it right to left.
        return RLI + text + PDI if self.lang in RTL else text

    def date_short(self, value: dt.date) -> str:
        """10.06.2025 / 10/06/2025: for tables."""
        self._fact("date", value.isoformat())
        return self._ltr(_date_text(value, "short", self.locale))

    def words(self, amount: Decimal, currency: str | None = None) -> str:
        """The amount in words, with the grammatical forms of the language."""
        cur = currency or self.currency
        amount = Decimal(amount).quantize(minor_unit(cur))
        lang = self.lang
        try:
            text = num2words(amount, lang=lang, to="currency", currency=cur)
            # num2words 0.5.14 misspells the Russian złoty ("слотых").
            return text.replace("слот", "злот") if lang == "ru" else text
        except NotImplementedError:
            whole = int(amount)
            cents = int((amount - whole) * 100)
            name = get_currency_name(cur, count=whole, locale=self.locale)
            return f"{num2words(whole, lang=lang)} {name} {cents:02d}/100"

    def ltr(self, text: Any) -> str:
        """A left-to-right value (IBAN, phone, invoice number) kept whole in Hebrew.
        User text arrives already escaped (a str subclass marks it); other text is escaped here."""
        return self._ltr(text if type(text) is not str else escape_markdown(text))

    def ref(self, text: str) -> str:
        """An identifier that is also a fact (invoice number, contract number)."""
        self._fact("ref", text)
        return self.ltr(text)


# Babel reads its locale data and pattern on every call; a case repeats the same amounts
# and dates across its documents. Keyed by the amount's text, so 0.00 and -0.00 (equal
# as Decimals) stay apart.
@functools.lru_cache(maxsize=8192)
def _currency_text(amount: str, currency: str, locale: str) -> str:
    text = format_currency(Decimal(amount), currency, locale=locale)
    # CLDR's currency spacing: a letter code is kept apart from the digits (PLN 1,250.00).
    return re.sub(r"^([A-Z]{3})(?=[\d-])", "\\1\u00a0", text)


@functools.lru_cache(maxsize=8192)
def _date_text(value: dt.date, length: str, locale: str) -> str:
    return format_date(value, format=length, locale=locale)


def strip_format_chars(text: str) -> str:
    """Text without invisible format characters (isolates, marks, soft hyphens), for
    comparisons; each distinct character is looked up once, not each occurrence."""
    if text.isascii():  # every format character is outside ASCII
        return text
    invisible = {ord(c): None for c in set(text) if unicodedata.category(c) == "Cf"}
    return text.translate(invisible) if invisible else text
