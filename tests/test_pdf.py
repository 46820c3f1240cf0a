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

    html = "<html><body><p>Alpha beta</p></body></html>"
    render_pdf(html, "", title="t", author="a", lang="en", date=dt.date(2025, 1, 1), expected_text="Alpha beta")
    with pytest.raises(RenderError, match="text missing from the PDF: gamma"):
        render_pdf(html, "", title="t", author="a", lang="en", date=dt.date(2025, 1, 1),
                   expected_text="Alpha beta gamma")


def test_text_running_off_the_page_is_an_error() -> None:
    import datetime as dt

    from generator.render.pdf import render_pdf

    html = "<html><body><p style='white-space: nowrap'>" + "unbreakable " * 60 + "</p></body></html>"
    with pytest.raises(RenderError, match="runs off page 1"):
        render_pdf(html, "@page { size: A4; margin: 20mm }", title="t", author="a", lang="en",
                   date=dt.date(2025, 1, 1), expected_text="unbreakable")
