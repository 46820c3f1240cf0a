"""HTML to PDF with WeasyPrint, and the checks that make a PDF trustworthy.

Imported only by commands that produce PDFs: WeasyPrint is slow to import.
Deterministic: metadata dates come from the document's own date, never the clock.
PDF/A-3b, so courts' systems accept the file and it opens for years.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

import weasyprint
from weasyprint.formatting_structure import boxes
from weasyprint.text.fonts import FontConfiguration

from generator.errors import RenderError

PDF_VARIANT = "pdf/a-3b"


@functools.cache
def _fonts() -> FontConfiguration:
    # One per process: font lookups and subsetting caches stay warm across documents.
    return FontConfiguration()


@functools.cache
def _stylesheet(css: str) -> weasyprint.CSS:
    return weasyprint.CSS(string=css, font_config=_fonts())


def _words(text: str) -> list[str]:
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return re.findall(r"\w+", text)


def render_pdf(html: str, css: str, *, title: str, author: str, lang: str, date: dt.date,
               expected_text: str) -> bytes:
    """The PDF bytes; raises RenderError if any expected word is missing or cut off."""
    # Presentational hints: HTML attributes such as <ol start="3"> (a list continued
    # after a table) take effect, as in a browser.
    document = weasyprint.HTML(string=html, base_url=None).render(
        stylesheets=[_stylesheet(css)], font_config=_fonts(), presentational_hints=True)
    _check_complete(document, expected_text)
    meta = document.metadata
    meta.title = title
    meta.authors = [author]
    meta.lang = lang
    meta.generator = "debt-letters"
    stamp = f"{date.isoformat()}T00:00:00Z"
    meta.created = stamp
    meta.modified = stamp
    return document.write_pdf(pdf_variant=PDF_VARIANT)


def _check_complete(document: weasyprint.document.Document, expected_text: str) -> None:
    """Every word of the source appears in the laid-out pages, and nothing runs off a page."""
    laid_out: list[str] = []
    for number, page in enumerate(document.pages, start=1):
        right_edge = page.width
        # The page's own text, without its margin boxes: a word hyphenated across a page
        # break must join up without the footer ("Strona 2 z 3") in between.
        margins = {id(d) for m in page._page_box.children if isinstance(m, boxes.MarginBox) for d in m.descendants()}
        for box in page._page_box.descendants():
            if isinstance(box, boxes.TextBox):
                if id(box) not in margins:
                    laid_out.append(box.text)
                if box.position_x < -0.5 or box.position_x + box.width > right_edge + 0.5:
                    raise RenderError(f"text runs off page {number}: {box.text.strip()[:60]!r}")
    have = _words(" ".join(laid_out))
    # Hyphenation may split a word across lines; compare on the concatenation too.
    joined = "".join(have)
    missing = [w for w in dict.fromkeys(_words(expected_text)) if w not in joined]
    if missing:
        raise RenderError(f"text missing from the PDF: {', '.join(missing[:10])}")
