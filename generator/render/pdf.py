"""HTML to PDF with WeasyPrint, and the checks that make a PDF trustworthy.

Imported only by commands that produce PDFs: WeasyPrint is slow to import.
Deterministic: metadata dates come from the document's own date, never the clock.
PDF/A-3b, so courts' systems accept the file and it opens for years.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from concurrent.futures import ThreadPoolExecutor

import weasyprint
from weasyprint.formatting_structure import boxes
from weasyprint.text.fonts import FontConfiguration

from generator.case.checks import MAX_MARKS, stacked_marks
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
    # Format characters (bidi isolates, soft hyphens, ...) are dropped, not taken as a
    # break between words.
    from generator.render.formatting import strip_format_chars

    return re.findall(r"\w+", strip_format_chars(text))


def render_pdf(html: str, css: str, *, title: str, author: str, lang: str, date: dt.date,
               expected_text: str) -> bytes:
    """The PDF bytes; raises RenderError if any expected word is missing or cut off."""
    return _renderer().submit(_render_pdf, html, css, title=title, author=author, lang=lang, date=date,
                              expected_text=expected_text).result()


_RENDERER: tuple[int, ThreadPoolExecutor] | None = None


def _renderer() -> ThreadPoolExecutor:
    """The thread documents are laid out on, one per process (a forked worker makes its
    own: the parent's thread does not exist in it).

    WeasyPrint's layout recurses deeply. CPython 3.11 keeps frames in 16 KiB chunks and
    frees a chunk as soon as the stack unwinds below it, so a recursion that keeps
    crossing a chunk boundary maps and unmaps memory thousands of times per document:
    a third of a build's system time and a third of its page faults, measured. On a
    thread of its own the layout starts at the foot of an empty stack, as in a bare
    WeasyPrint script, however deep the build's own calls are. One document at a time:
    the bytes are the same as on the calling thread."""
    global _RENDERER
    if _RENDERER is None or _RENDERER[0] != os.getpid():
        _RENDERER = (os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="layout"))
    return _RENDERER[1]


def _render_pdf(html: str, css: str, *, title: str, author: str, lang: str, date: dt.date,
                expected_text: str) -> bytes:
    # Presentational hints: HTML attributes such as <ol start="3"> (a list continued
    # after a table) take effect, as in a browser.
    document = weasyprint.HTML(string=html, base_url=None).render(
        stylesheets=[_stylesheet(css)], font_config=_fonts(), presentational_hints=True)
    _check_complete(document, expected_text)
    meta = document.metadata
    # The metadata passes the filter the body's user text passes (escape_markdown):
    # bidi controls shown as [U+XXXX], never obeyed by a PDF viewer's title bar.
    meta.title = _plain_text(title)
    meta.authors = [_plain_text(author)]
    meta.lang = lang
    meta.generator = "debt-letters"
    stamp = f"{date.isoformat()}T00:00:00Z"
    meta.created = stamp
    meta.modified = stamp
    pdf = document.write_pdf(pdf_variant=PDF_VARIANT)
    _check_fonts(document)
    return pdf


def _check_fonts(document: weasyprint.document.Document) -> None:
    """The PDF embeds the chosen faces only: a glyph they lack would be drawn with
    whatever font this machine has, and the bytes would depend on the machine."""
    from generator.render.fonts import FACES

    allowed = {face.family for face in FACES}
    strays = sorted({font.family for font in document.fonts.values()} - allowed)
    if strays:
        raise RenderError(f"the document needs a glyph the document fonts lack; it would be drawn with "
                          f"{', '.join(strays)} from this machine (see generator/render/fonts.py)")


def _plain_text(text: str) -> str:
    from generator.render.formatting import visible_controls

    return visible_controls(" ".join(text.split()))


def _flow_boxes(box: boxes.Box):
    """The page's boxes outside its margin boxes (header and footer live in the margins),
    in document order. A stack, not nested generators: each box of a deep tree passed
    up through one generator per level."""
    stack = [box]
    while stack:
        box = stack.pop()
        yield box
        children = getattr(box, "children", ())
        if children:
            stack.extend(child for child in reversed(children) if not isinstance(child, boxes.MarginBox))


def _check_complete(document: weasyprint.document.Document, expected_text: str) -> None:
    """Every word of the source appears in the laid-out pages, and nothing runs off a
    page: not past its left or right edge, and not above or below its text area."""
    laid_out: list[str] = []
    # Footers and headers come after all pages: a word hyphenated across a page break
    # ("je-" / "żeli", Polish justified text) joins up without "Strona 2 z 3" in between.
    margin_text: list[str] = []
    for number, page in enumerate(document.pages, start=1):
        right_edge = page.width
        page_box = page._page_box
        top = page_box.content_box_y()
        bottom = top + page_box.height
        for box in _flow_boxes(page_box):
            if isinstance(box, boxes.TextBox):
                laid_out.append(box.text)
                if box.position_x < -0.5 or box.position_x + box.width > right_edge + 0.5:
                    raise RenderError(f"text runs off page {number}: {box.text.strip()[:60]!r}")
                if box.position_y < top - 0.5 or box.position_y + box.margin_height() > bottom + 0.5:
                    raise RenderError(f"text runs off the top or bottom of page {number}: {box.text.strip()[:60]!r}")
                if stacked_marks(box.text) > MAX_MARKS:
                    # Combining marks draw above or below their letter, outside the box:
                    # a tower of them covers the lines around it.
                    raise RenderError(f"accents stacked over the lines around them on page {number}: "
                                      f"{box.text.strip()[:30]!r}")
        for margin in page_box.children:
            if isinstance(margin, boxes.MarginBox):
                margin_text.extend(b.text for b in margin.descendants() if isinstance(b, boxes.TextBox))
    have = _words(" ".join(laid_out + margin_text))
    # Hyphenation may split a word across lines; compare on the concatenation too.
    joined = "".join(have)
    whole = set(have)
    missing = [w for w in dict.fromkeys(_words(expected_text)) if w not in whole and w not in joined]
    if missing:
        raise RenderError(f"text missing from the PDF: {', '.join(missing[:10])}")
