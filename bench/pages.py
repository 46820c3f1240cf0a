"""Write the HTML pages the build renders for some cases, for the floor
(`python bench/pages.py OUT_DIR CASE.yaml ...`, run in the project being measured).

The pages are captured from the build's own code path (render_document with the PDF
step replaced), so the floor renders exactly what the build renders.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    import generator.render.pdf as pdf
    from generator.jurisdictions import registry
    from generator.pipeline import load_case
    from generator.render.document import render_document

    captured: list[tuple[str, str]] = []

    def capture(html: str, css: str, **_options) -> bytes:
        captured.append((html, css))
        return b""

    pdf.render_pdf = capture
    for arg in sys.argv[2:]:
        case = load_case(Path(arg))
        law = registry.get(case.jurisdiction)
        for lang in case.languages:
            for name in case.documents.names():
                render_document(case, law, name, lang)
    styles = {css for _, css in captured}
    assert len(styles) == 1, "every page of the build uses one stylesheet"
    (out / "style.css").write_text(styles.pop(), encoding="utf-8")
    for n, (html, _) in enumerate(captured):
        (out / f"{n:05d}.html").write_text(html, encoding="utf-8")
    print(len(captured))
    return 0


if __name__ == "__main__":
    sys.exit(main())
