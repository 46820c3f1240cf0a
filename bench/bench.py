"""Benchmark, run by hand (`make bench`, or `python bench/bench.py --cases 100`).

Generates synthetic cases from the examples, then reports side by side in one run:
the full build per document, the bare WeasyPrint time for the same HTML in a warm
process (the floor), their ratio, the speedup with 2 jobs, the no-op rebuild and the
rebuild after editing one case. Never part of the tests: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.build import build  # noqa: E402


def make_cases(folder: Path, count: int) -> list[Path]:
    seeds = sorted((ROOT / "cases").glob("*.yaml"))
    paths = []
    for n in range(count):
        seed = seeds[n % len(seeds)]
        case_id = f"bench-{n:04d}-{seed.stem}"[:64].rstrip("-")
        text = seed.read_text(encoding="utf-8").replace(f"case: {seed.stem}", f"case: {case_id}")
        path = folder / f"{case_id}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def weasyprint_floor(paths: list[Path]) -> tuple[float, int]:
    """Seconds to turn the same pages into PDFs with bare WeasyPrint, warm, one process."""
    import weasyprint

    from generator.jurisdictions import registry
    from generator.pipeline import load_case
    from generator.render.document import render_markdown_for, stylesheet, title_of
    from generator.render.html import markdown_to_html, page_html

    pages = []
    for path in paths:
        case = load_case(path)
        law = registry.get(case.jurisdiction)
        for lang in case.languages:
            for name in case.documents.names():
                md, _, context = render_markdown_for(case, law, name, lang)
                pages.append(page_html(markdown_to_html(md), context, title_of(name, lang), stylesheet()))
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()  # the same fonts, embedded the same way, as the build
    css = weasyprint.CSS(string=stylesheet(), font_config=fonts)
    weasyprint.HTML(string=pages[0]).write_pdf(stylesheets=[css], font_config=fonts)  # warm up
    started = time.perf_counter()
    for page in pages:
        weasyprint.HTML(string=page).write_pdf(stylesheets=[css], font_config=fonts, pdf_variant="pdf/a-3b",
                                               presentational_hints=True)
    return time.perf_counter() - started, len(pages)


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=12, help="synthetic cases for the full builds")
    parser.add_argument("--noop-cases", type=int, default=100, help="cases for the no-op rebuild")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        cases_dir = work / "cases"
        cases_dir.mkdir()
        paths = make_cases(cases_dir, args.cases)
        docs = 0
        report = build(paths, None, 1, work / "out1")
        full1 = report.seconds
        docs = sum(len([w for w in r.written if w.endswith(".pdf")]) for r in report.results)
        full2 = build(paths, None, 2, work / "out2").seconds
        floor, pages = weasyprint_floor(paths)
        assert pages == docs, (pages, docs)
        many = make_cases(cases_dir, max(args.noop_cases, args.cases))
        build(many, None, 2, work / "out3")
        noop = [build(many, None, 2, work / "out3").seconds for _ in range(3)]
        edited = many[0]
        edited.write_text(edited.read_text(encoding="utf-8").replace("city:", "city: X", 1), encoding="utf-8")
        one = build(many, None, 2, work / "out3")
        rebuilt = sorted({w.split("/")[0] for r in one.results for w in r.written})
        files_per_case = len(list((work / "out3").glob(f"{many[1].stem}/*/*"))) + 1
        print(f"documents (PDF + Markdown each): {docs} from {len(paths)} cases")
        print(f"full build, 1 job:        {full1:8.2f} s  {full1 / docs * 1000:7.1f} ms/document")
        print(f"bare WeasyPrint (floor):  {floor:8.2f} s  {floor / docs * 1000:7.1f} ms/document")
        print(f"ratio build / floor:      {full1 / floor:8.2f}")
        print(f"full build, 2 jobs:       {full2:8.2f} s  speedup {full1 / full2:.2f}x")
        print(f"no-op rebuild, {len(many)} cases ({len(many) * files_per_case} files): median {statistics.median(noop):.3f} s")
        print(f"one case edited:          {one.seconds:8.2f} s  rebuilt cases: {', '.join(rebuilt)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
