"""A closed font set: every glyph a template, the stylesheet or the formatting uses is
in the chosen faces (generator/render/fonts.py), no example PDF embeds any other font,
and a document that would need one is refused at build time."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from generator.errors import RenderError
from generator.render.fonts import FACES, covered_codepoints
from tests.conftest import ROOT

def _current(pdfs: list[Path]) -> list[Path]:
    """The newest version of each document: a sent document is kept as it was sent
    (`<document>.pdf`), and a reissue (`<document>.<date>.pdf`) is what it reads now."""
    newest: dict[tuple[Path, str], tuple[str, Path]] = {}
    for pdf in pdfs:
        document, _, version = pdf.name.removesuffix(".pdf").partition(".")
        key = (pdf.parent, document)
        if key not in newest or version > newest[key][0]:
            newest[key] = (version, pdf)
    return sorted(path for _, path in newest.values())


EXAMPLE_PDFS = _current(sorted((ROOT / "output").rglob("*.pdf")))
# pdffonts names an embedded subset ABCDEF+<family with '-' for ' '>[-Bold|-Italic|-BoldItalic].
_FAMILIES = sorted({face.family.replace(" ", "-") for face in FACES}, key=len, reverse=True)
ALLOWED = re.compile(rf"^[A-Z]{{6}}\+(?:{'|'.join(map(re.escape, _FAMILIES))})(?:-Bold|-Italic|-BoldItalic)?$")


def test_there_are_example_pdfs() -> None:
    assert len(EXAMPLE_PDFS) >= 40
    assert _current([Path("a/small-claim.pdf"), Path("a/small-claim.2026-12-01.pdf"), Path("a/reminder-1.pdf")]) == [
        Path("a/reminder-1.pdf"), Path("a/small-claim.2026-12-01.pdf")]


@pytest.mark.parametrize("pdf", EXAMPLE_PDFS, ids=lambda p: str(p.relative_to(ROOT / "output")))
def test_no_example_pdf_embeds_a_font_outside_the_set(pdf: Path) -> None:
    rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        name = row.split()[0]
        assert ALLOWED.match(name), f"{pdf.relative_to(ROOT)} embeds {name}, a font outside the chosen set"


def _template_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\{#.*?#\}", "", text, flags=re.S)  # Jinja comments are not printed
    return re.sub(r"/\*.*?\*/", "", text, flags=re.S)  # nor CSS comments


def test_every_character_of_the_templates_and_stylesheet_has_a_glyph() -> None:
    covered = covered_codepoints()
    missing = {}
    for path in sorted((ROOT / "templates").rglob("*")):
        if path.is_file() and path.suffix in (".j2", ".css", ".yaml"):
            chars = {c for c in _template_text(path) if not c.isspace() and ord(c) not in covered}
            if chars:
                missing[str(path.relative_to(ROOT))] = sorted(f"U+{ord(c):04X}" for c in chars)
    assert not missing


def test_list_markers_are_drawn_with_the_document_fonts() -> None:
    """Nested lists: CSS's default circle (U+25E6) and square (U+25AA) are not in Noto
    Serif; the stylesheet gives markers the fonts have."""
    css = (ROOT / "templates" / "_layout" / "print.css").read_text(encoding="utf-8")
    assert re.search(r"ul ul[^{]*\{[^}]*list-style-type:", css)
    covered = covered_codepoints()
    for marker in ("\u2022", "\u2013"):  # disc, and the nested lists' dash
        assert ord(marker) in covered


@pytest.mark.parametrize("currency", ["GBP", "PLN", "RUB", "ILS", "EUR", "USD"])
@pytest.mark.parametrize("lang", ["en", "pl", "ru", "he"])
def test_every_formatted_amount_has_glyphs(lang: str, currency: str) -> None:
    from generator.render.formatting import Formatter

    fmt = Formatter(lang, currency)
    covered = covered_codepoints()
    text = fmt.money(Decimal("-1234567.89")) + fmt.percent(Decimal("12.5")) + fmt.date(dt.date(2025, 12, 31))
    assert {f"U+{ord(c):04X}" for c in text if not c.isspace() and ord(c) not in covered
            and c not in "\u2066\u2067\u2068\u2069\u200e\u200f"} == set()


def test_a_glyph_outside_the_set_is_refused_at_build_time() -> None:
    from generator.render.document import stylesheet
    from generator.render.pdf import render_pdf

    page = "<html><body><p>Alpha \u2163 beta</p></body></html>"  # a Roman numeral: DejaVu has it, the set not
    with pytest.raises(RenderError, match="glyph the document fonts lack"):
        render_pdf(page, stylesheet(), title="t", author="a", lang="en", date=dt.date(2025, 1, 1),
                   expected_text="Alpha beta")
