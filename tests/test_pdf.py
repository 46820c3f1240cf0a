"""Print quality: fonts embedded, PDF/A, metadata, page numbers, and the build-time
checks (no glyph without a font, no text silently dropped)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from generator.build import build
from generator.errors import CaseInvalid, RenderError
from generator.pipeline import load_case
from tests.test_build import write_case

LONG_REMINDERS = """documents:
  reminders:
    - {date: 2025-08-01}
    - {date: 2025-08-29}
    - {date: 2025-09-30}
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pdf")
    (folder / "cases").mkdir()
    case = write_case(folder / "cases", "print-check", documents=LONG_REMINDERS)
    report = build([case], None, 1, folder / "output")
    assert not report.failed, report.failed[0].problems
    return folder / "output" / "print-check" / "en"


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test_fonts_are_embedded_subsets_of_the_chosen_faces(built: Path) -> None:
    rows = run("pdffonts", str(built / "reminder-3.pdf")).splitlines()[2:]
    assert rows
    for row in rows:
        cols = row.split()
        name = cols[0]
        assert "+Doc-Serif" in name, name  # never a fallback font found by chance
        emb, sub = cols[-5], cols[-4]
        assert (emb, sub) == ("yes", "yes"), row


def test_pdfa_and_metadata(built: Path) -> None:
    info = run("pdfinfo", str(built / "reminder-1.pdf"))
    assert "Title:           Payment reminder 1: Daniel Whitmore" in info
    assert "Author:          Harper & Cole Digital Ltd" in info
    assert "CreationDate:" in info and "2025" in info.split("CreationDate:")[1].splitlines()[0]
    xmp = run("pdfinfo", "-meta", str(built / "reminder-1.pdf"))
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    assert b"/Lang (en)" in pdf_objects(built / "reminder-1.pdf")


def pdf_objects(path: Path) -> bytes:
    """The PDF's bytes with every Flate stream inflated (catalogs may sit in object streams)."""
    import re
    import zlib

    data = path.read_bytes()
    out = [data]
    for match in re.finditer(rb"stream\r?\n", data):
        try:
            out.append(zlib.decompressobj().decompress(data[match.end():]))
        except zlib.error:
            continue
    return b"\n".join(out)


def test_every_page_is_numbered_n_of_m(built: Path) -> None:
    pdf = built / "reminder-3.pdf"
    pages = int(next(line.split()[-1] for line in run("pdfinfo", str(pdf)).splitlines() if line.startswith("Pages:")))
    assert pages >= 1
    for n in range(1, pages + 1):
        text = run("pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-")
        assert f"Page {n} of {pages}" in text


def test_a_character_without_glyph_is_an_error_naming_field_and_line(tmp_path: Path) -> None:
    case = write_case(tmp_path, "glyph-check")
    case.write_text(case.read_text().replace("7 Mill Lane", "7 Mill Lane \u4e2d\u6587"))
    with pytest.raises(CaseInvalid) as info:
        load_case(case)
    message = str(info.value)
    assert "debtor.address[0]" in message and "U+4E2D" in message and "no glyph" in message
    assert f"{case.name}:" in message or "glyph-check.yaml:" in message


def test_text_missing_from_the_pdf_is_an_error() -> None:
    import datetime as dt

    from generator.render.pdf import render_pdf

    from generator.render.document import stylesheet

    html = "<html><body><p>Alpha beta</p></body></html>"
    render_pdf(html, stylesheet(), title="t", author="a", lang="en", date=dt.date(2025, 1, 1),
               expected_text="Alpha beta")
    with pytest.raises(RenderError, match="text missing from the PDF: gamma"):
        render_pdf(html, stylesheet(), title="t", author="a", lang="en", date=dt.date(2025, 1, 1),
                   expected_text="Alpha beta gamma")


def test_text_running_off_the_page_is_an_error() -> None:
    import datetime as dt

    from generator.render.pdf import render_pdf

    html = "<html><body><p style='white-space: nowrap'>" + "unbreakable " * 60 + "</p></body></html>"
    with pytest.raises(RenderError, match="runs off page 1"):
        render_pdf(html, "@page { size: A4; margin: 20mm }", title="t", author="a", lang="en",
                   date=dt.date(2025, 1, 1), expected_text="unbreakable")


def test_text_running_off_the_bottom_of_the_page_is_an_error() -> None:
    """Vertical overflow is caught like horizontal: a line taller than the page runs
    into the footer and off the page."""
    import datetime as dt

    from generator.render.pdf import render_pdf

    html = "<html><body><p>first</p><p style='line-height: 400mm'>tall line</p></body></html>"
    with pytest.raises(RenderError, match="runs off the top or bottom of page"):
        render_pdf(html, "@page { size: A4; margin: 20mm }", title="t", author="a", lang="en",
                   date=dt.date(2025, 1, 1), expected_text="line")


def test_accents_stacked_over_the_lines_around_them_are_an_error() -> None:
    """The layout boxes do not grow with combining marks (they are ink outside the box),
    so a tower of them is caught by counting: validation refuses it first
    (tests/bad_inputs/combining-marks-tower.yaml), this is the check behind it."""
    import datetime as dt

    from generator.render.pdf import render_pdf

    from generator.render.document import stylesheet

    ok = "<html><body><p>\u05d3\u05b0\u05bc\u0591\u05bd\u05df</p></body></html>"  # pointed Hebrew: four marks
    render_pdf(ok, stylesheet(), title="t", author="a", lang="he", date=dt.date(2025, 1, 1), expected_text="")
    tower = "<html><body><p>first line</p><p>Da" + "\u0301" * 150 + "niel</p></body></html>"
    with pytest.raises(RenderError, match="accents stacked over the lines around them on page 1"):
        render_pdf(tower, stylesheet(), title="t", author="a", lang="en", date=dt.date(2025, 1, 1),
                   expected_text="")


def test_metadata_passes_the_visible_controls_filter_of_the_body(tmp_path: Path) -> None:
    """A bidi override in a name is shown as [U+202E] in the Title and Author, as in the
    body, never passed raw to a viewer's title bar."""
    case = write_case(tmp_path / "", "bidi-title")
    text = case.read_text(encoding="utf-8")
    text = text.replace("name: Daniel Whitmore\n  trading_name", 'name: "Daniel \\u202Eyenoj\\u202C  Ltd"\n  trading_name')
    text = text.replace("name: Harper & Cole Digital Ltd", 'name: "Harper \\u2067Cole\\u2069 Ltd"')
    assert "\\u202E" in text and "\\u2067" in text
    case.write_text(text, encoding="utf-8")
    report = build([case], None, 1, tmp_path / "output")
    assert not report.failed, report.failed[0].problems
    pdf = tmp_path / "output" / "bidi-title" / "en" / "reminder-1.pdf"
    info = run("pdfinfo", str(pdf))
    assert "Title:           Payment reminder 1: Daniel [U+202E]yenoj[U+202C] Ltd" in info
    assert "Author:          Harper [U+2067]Cole[U+2069] Ltd" in info
    meta = info + run("pdfinfo", "-meta", str(pdf))  # the Info dictionary (decoded) and the XMP
    for control in ("\u202e", "\u202c", "\u2067", "\u2069"):
        assert control not in meta


def test_the_word_check_walks_every_flow_box_in_document_order() -> None:
    """The check reads the laid-out text in document order (a word hyphenated across a
    line joins up again): the stack walk gives exactly the boxes, in the order, of the
    recursive definition, on an example document in Hebrew with tables and footers."""
    import weasyprint
    from weasyprint.formatting_structure import boxes

    from generator.jurisdictions import registry
    from generator.pipeline import load_case
    from generator.render import document as doc
    from generator.render.pdf import _flow_boxes, _fonts, _stylesheet
    from tests.conftest import ROOT

    def recursive(box):
        yield box
        for child in getattr(box, "children", ()):
            if not isinstance(child, boxes.MarginBox):
                yield from recursive(child)

    case = load_case(ROOT / "cases" / "levi-design-2025-05.yaml")
    md, _, context = doc.render_markdown_for(case, registry.get(case.jurisdiction), "small-claim", "he")
    page = doc.page_html(doc.markdown_to_html(md), context, "t")
    laid_out = weasyprint.HTML(string=page, base_url=None).render(
        stylesheets=[_stylesheet(doc.stylesheet())], font_config=_fonts(), presentational_hints=True)
    assert len(laid_out.pages) > 1
    for page_ in laid_out.pages:
        assert [id(b) for b in _flow_boxes(page_._page_box)] == [id(b) for b in recursive(page_._page_box)]
