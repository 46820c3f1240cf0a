"""Checks on a schema-valid case that the schema cannot express: text that shows,
identifiers compared as a reader compares them, a currency the courts' figures are in,
and lengths the printed layout holds.

Called from validate.validate() after the cross-field rules; every problem names the
file, the line and the field.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any, Iterator

from generator.case.load import Loaded, field_name, shown
from generator.errors import Problem

Path_ = tuple[Any, ...]

# Letters that draw nothing (Hangul fillers, the braille blank, Khmer inherent vowels).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5")

# Combining marks (accents) one character may carry. Real text needs few: Vietnamese two
# on a base letter, pointed Hebrew with cantillation up to four. More stack above the
# line into the text above it (the layout check looks at boxes, not at ink).
MAX_MARKS = 4

# ISO 4217 codes that are not money a debt can be in: "no currency", the testing code,
# precious metals, the IMF's SDR and the old European units of account.
NOT_MONEY = frozenset({"XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XBB", "XBC", "XBD",
                       "XSU", "XUA", "XFU", "XFO", "XRE"})


def stacked_marks(text: str) -> int:
    """The most combining marks on one character of `text` (checked here on the case's
    values, and by the PDF step on the laid-out text: generator/render/pdf.py)."""
    if text.isascii() or not any(unicodedata.category(c) in ("Mn", "Me") for c in set(text)):
        return 0
    run = longest = 0
    for c in text:
        run = run + 1 if unicodedata.category(c) in ("Mn", "Me") else 0
        longest = max(longest, run)
    return longest


def _visible(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return not (cat[0] in "ZC" or cat in ("Mn", "Me") or ch in _BLANK_LETTERS)


def _strings(value: Any, path: Path_, out: list | None = None) -> list[tuple[Path_, str]]:
    """Every text value of the document with its path, in document order."""
    if out is None:
        out = []
    if isinstance(value, dict):
        for key, item in value.items():
            _strings(item, path + (key,), out)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _strings(item, path + (i,), out)
    elif isinstance(value, str):
        out.append((path, value))
    return out


def _party_id_keys(data: dict[str, Any]) -> Iterator[tuple[Path_, str]]:
    for who in ("creditor", "debtor"):
        for key in (data.get(who) or {}).get("ids") or {}:
            yield (who, "ids", key), str(key)


def identifier_key(text: str) -> str:
    """An identifier as a reader tells it apart: compatibility forms folded (NBSP,
    full-width digits), invisible characters dropped, spaces collapsed, dashes and
    slashes unified, Cyrillic and Greek letters that look Latin read as Latin, case
    ignored."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cc", "Mn"))
    text = text.translate(_LOOK_ALIKE)
    return " ".join(text.split()).casefold()


_LOOK_ALIKE = str.maketrans({
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j",
    "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "ρ": "p", "κ": "k", "ι": "i",
    # dashes and slashes
    **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"},
    **{c: "/" for c in "\u2044\u2215\u29f8"},
})


def _revealed(text: str) -> str:
    """An identifier with every character that is not plain ASCII shown as <U+XXXX>, so
    that two that read the same can be told apart in a message."""
    return shown("".join(c if " " <= c <= "~" else f"<U+{ord(c):04X}>" for c in text), 120)


class _Checks:
    def __init__(self, loaded: Loaded):
        self.loaded = loaded
        self.data = loaded.data
        self.problems: list[Problem] = []
        self.strings = _strings(self.data, ())  # walked once, read by several checks

    def add(self, path: Path_, message: str) -> None:
        self.problems.append(Problem(self.loaded.file, self.loaded.line_of(path), field_name(path), message))

    def run(self) -> list[Problem]:
        self.text()
        self.identifiers()
        self.currency()
        self.lengths()
        self.printed_amounts()
        return self.problems

    def printed_amounts(self) -> None:
        """The amounts tables are laid out for amounts below one billion (and interest
        and totals beyond them); validate.MAX_AMOUNT bounds the arithmetic."""
        from generator.case.schema import parse_decimal
        from generator.case.validate import MAX_AMOUNT  # beyond it validate reports the amount

        c = self.data.get("contract") or {}
        fee = (c.get("late_payment") or {}).get("fee") or {}
        paths: list[tuple[Path_, Any]] = [(("contract", "price"), c.get("price")),
                                          (("contract", "late_payment", "fee", "amount"), fee.get("amount")),
                                          (("contract", "late_payment", "fee", "cap"), fee.get("cap"))]
        for key in ("invoices", "payments"):
            paths += [((key, i, "amount"), item.get("amount")) for i, item in enumerate(self.data.get(key) or [])]
        for path, raw in paths:
            value = parse_decimal(raw) if raw is not None else None
            if value is not None and MAX_PRINTED_AMOUNT <= value < MAX_AMOUNT:
                self.add(path, f"{shown(str(raw))} is too large to print in the documents' tables: amounts must be "
                               f"below {MAX_PRINTED_AMOUNT:,}")

    def text(self) -> None:
        """Every text value shows something, and no character carries a tower of accents."""
        for path, text in [*self.strings, *_party_id_keys(self.data)]:
            if text.isascii() and text.isprintable() and not text.isspace():
                continue  # printable ASCII shows something and has no combining marks
            if text and not any(_visible(c) for c in text):
                hidden = [f"U+{ord(c):04X}" for c in dict.fromkeys(text) if not c.isspace()]
                what = f"only invisible characters ({', '.join(hidden[:3])})" if hidden else "only spaces"
                self.add(path, f"has no visible text, {what}; give a value or remove the line")
                continue
            longest = stacked_marks(text)
            if longest > MAX_MARKS:
                self.add(path, f"a character carries {longest} combining marks (accents); at most {MAX_MARKS} "
                               f"fit on a printed line: remove the extra marks")

    def identifiers(self) -> None:
        """Invoice numbers (and a party's registration-number names) that read the same
        are the same: a trailing space or an NBSP does not make a second invoice."""
        seen: dict[str, int] = {}
        for i, inv in enumerate(self.data.get("invoices") or []):
            number = inv.get("number")
            if not isinstance(number, str):
                continue
            key = identifier_key(number)
            if key in seen:
                first = self.data["invoices"][seen[key]]["number"]
                if first != number:  # exact repeats are reported by the cross-field rules
                    self.add(("invoices", i, "number"),
                             f"invoice number '{_revealed(number)}' reads the same as '{_revealed(first)}' of "
                             f"invoices[{seen[key]}] (they differ only in spaces, invisible or look-alike "
                             f"characters); invoice numbers must be unique")
            else:
                seen[key] = i
        for who in ("creditor", "debtor"):
            names: dict[str, str] = {}
            for key in (self.data.get(who) or {}).get("ids") or {}:
                norm = identifier_key(str(key))
                if norm in names:
                    self.add((who, "ids", key), f"'{shown(str(key))}' reads the same as '{shown(names[norm])}' "
                                                f"given before it; keep one")
                names.setdefault(norm, str(key))

    def currency(self) -> None:
        currency = self.data.get("currency")
        if currency in NOT_MONEY:
            self.add(("currency",), f"'{currency}' is an ISO 4217 code for something that is not money a debt "
                                    f"is paid in (no currency, testing, a metal or a unit of account); give "
                                    f"the currency of the invoices")
            return
        if "small_claim" not in (self.data.get("documents") or {}):
            return
        from generator.jurisdictions import registry

        from generator.case.validate import _CURRENCIES

        code = self.data.get("jurisdiction")
        if code not in registry.MODULES or currency not in _CURRENCIES:  # an unknown code is reported as such
            return
        own = registry.get(code).currency
        if currency != own:
            self.add(("currency",), f"{currency}: the court fees and the small-claims limit of {code} are in "
                                    f"{own}, and this program does not convert them; a case with a small "
                                    f"claim must be in {own} (convert the amounts at the rate the court "
                                    f"accepts, or leave out documents.small_claim)")

    def lengths(self) -> None:
        """Widths the printed layout holds, per field, measured with the fonts' own
        advance widths (a 'W' is twice as wide as a '1'); see LAYOUT_LIMITS."""
        for path, text in self.strings:
            if isinstance(path[-1], str) and path[-1] in _AMOUNT_FIELDS:
                continue  # amounts and rates written in quotes: the amount checks bound them
            whole, word, where = layout_limit(path)
            width = width_em(text)
            if whole is not None and width > whole:
                self.add(path, f"'{shown(text, 40)}' is too long to print {where}: at most about "
                               f"{_chars(whole)} characters fit (fewer wide letters such as W)")
                continue
            if width <= word:
                continue  # no word is wider than the whole text (no advance is negative)
            words = text.split()
            widths = [width_em(w) for w in words]
            widest = max(widths, default=0.0)
            longest = words[widths.index(widest)] if words else ""
            if widest > word:
                self.add(path, f"the word '{shown(longest, 40)}' is too long to print {where}, where a word cannot "
                               f"break: at most about {_chars(word)} characters fit without a space "
                               f"(fewer wide letters such as W); add spaces or shorten it")


# Widths in em of the documents' fonts (the width of 'W' is about 1.05 em, of a digit
# 0.56 em). Measured on the narrowest place each field is printed, in all four
# languages, with every amount of the case at 999,999,999.99 (the layout check in
# tests/test_layout_limits.py builds a case with every field at its limit):
# - an invoice number stands in a column of the amounts and interest tables, beside
#   two dates and up to three amounts, and in Hebrew never breaks (left-to-right run);
# - a description stands in a column of the small-claim invoice table (he, ru);
# - e-mail, telephone, account and registration numbers, and the contract number,
#   never break in Hebrew (left-to-right runs) and stand in running text;
# - any other word stands in running text, the narrowest being the recipient block
#   (60 % of the text width).
TABLE_CELL_EM = 9.5
MAX_PRINTED_AMOUNT = 1_000_000_000
RUNNING_TEXT_WORD_EM = 20.0
LTR_RUN_EM = 24.0
CASE_ID_EM = 48.0
_AMOUNT_FIELDS = frozenset({"price", "amount", "cap", "rate", "percent", "rate_percent"})
_TABLE = "in the amounts tables"
_TEXT = "in a line of the documents"
LAYOUT_LIMITS: dict[str, tuple[float | None, float, str]] = {
    "invoices.*.number": (TABLE_CELL_EM, TABLE_CELL_EM, _TABLE),
    "payments.*.invoice": (TABLE_CELL_EM, TABLE_CELL_EM, _TABLE),
    "invoices.*.description": (None, TABLE_CELL_EM, _TABLE),
    **{f"{who}.{field}": (LTR_RUN_EM, LTR_RUN_EM, _TEXT) for who in ("creditor", "debtor")
       for field in ("email", "phone", "bank_account", "ids.*")},
    "contract.number": (LTR_RUN_EM, LTR_RUN_EM, _TEXT),
    # Numbers of evidence and of a power of attorney are references too (one run in Hebrew).
    "invoices.*.acceptance.*.number": (LTR_RUN_EM, LTR_RUN_EM, _TEXT),
    "exchange_rates.*.table": (LTR_RUN_EM, LTR_RUN_EM, _TEXT),
    **{f"documents.{doc}.proof.number": (LTR_RUN_EM, LTR_RUN_EM, _TEXT)
       for doc in ("pretrial_claim", "payment_plan", "reminders.*")},
    **{f"{who}.{field}": (LTR_RUN_EM, LTR_RUN_EM, _TEXT) for who in ("creditor", "debtor")
       for field in ("id_number", "representative.poa.number")},
    # The case id (at most 64 of a-z 0-9 -) stands in the reference line, one run in Hebrew.
    "case": (CASE_ID_EM, CASE_ID_EM, "in the reference line"),
}


@functools.lru_cache(maxsize=4096)  # the same fields recur in every case
def layout_limit(path: Path_) -> tuple[float | None, float, str]:
    parts = []
    for i, part in enumerate(path):
        if isinstance(part, int) or (i == 2 and path[1:2] == ("ids",)):
            parts.append("*")
        else:
            parts.append(str(part))
    return LAYOUT_LIMITS.get(".".join(parts), (None, RUNNING_TEXT_WORD_EM, _TEXT))


def _chars(em: float) -> int:
    """A width as a count of characters of average width (0.6 em)."""
    return int(em / 0.6)


@functools.cache
def _advances() -> dict[int, float]:
    """The advance of each character in em: in the first family of the stack that has
    it (the one that draws it), the widest of that family's faces (bold, italic).
    Read from the fonts once per version of their bytes (`.cache/`), not once per
    process: reading them took 0.15 s before each process's first case."""
    from generator import diskcache
    from generator.render.fonts import FACES, font_key, font_path

    paths = [(face, font_path(face.file)) for face in FACES]
    return diskcache.remember("advances", font_key(), lambda: _read_advances(paths))


def _read_advances(paths) -> dict[int, float]:
    from fontTools.ttLib import TTFont

    widths: dict[int, float] = {}
    families = list(dict.fromkeys(face.family for face, _ in paths))
    for family in families:
        found: dict[int, float] = {}
        for path in (p for face, p in paths if face.family == family):
            font = TTFont(path, lazy=True)
            metrics, per_em = font["hmtx"], font["head"].unitsPerEm
            for code, glyph in font.getBestCmap().items():
                if code not in widths:
                    found[code] = max(found.get(code, 0.0), metrics[glyph][0] / per_em)
        widths.update(found)
    return widths


def width_em(text: str) -> float:
    """The printed width of `text` in em (a character without a glyph counts 1 em;
    the glyph check refuses it anyway)."""
    get = _advances().get
    return sum([get(code, 1.0) for code in map(ord, text)])


def case_problems(loaded: Loaded) -> list[Problem]:
    return _Checks(loaded).run()

