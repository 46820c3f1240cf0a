"""The floor: bare WeasyPrint on the very HTML pages the build renders, in a cold
process of its own, as `python bench/floor.py PAGES_DIR OUT_DIR`.

PAGES_DIR holds `*.html` pages and `style.css`, written by `bench/pages.py` from the
build's own code path; each page becomes a PDF with the same stylesheet, fonts and
PDF variant as the build, but none of the build's checks, records or Markdown.
With `--collector`, garbage collection as the build manages it (generator/collector.py).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    pages_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    sys.path.append(str(Path(__file__).resolve().parents[1]))  # run by hand: this checkout's
    from generator import collector  # (the bench puts its scratch copy first); imports only gc

    if "--collector" in sys.argv[3:]:
        # The build's garbage collection policy, for a like-for-like comparison: paused
        # during each page, its cycles freed after it, and what stays alive set aside
        # every dozen pages (about one case's documents).
        collector.manage()
    out_dir.mkdir(parents=True, exist_ok=True)
    fonts = FontConfiguration()
    css = weasyprint.CSS(string=(pages_dir / "style.css").read_text(encoding="utf-8"), font_config=fonts)

    def one(page: Path) -> None:
        document = weasyprint.HTML(string=page.read_text(encoding="utf-8"), base_url=None).render(
            stylesheets=[css], font_config=fonts, presentational_hints=True)
        (out_dir / (page.stem + ".pdf")).write_bytes(document.write_pdf(pdf_variant="pdf/a-3b"))

    for n, page in enumerate(sorted(pages_dir.glob("*.html"))):
        if n % 12 == 0:
            collector.between_cases()
        with collector.one_document():
            one(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
