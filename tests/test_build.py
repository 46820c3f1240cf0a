"""Incremental builds: only what changed is rebuilt; stale outputs go; user files stay."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.build import build
from tests.conftest import ROOT

REMINDERS = """documents:
  reminders:
    - {date: 2025-08-01}
    - {date: 2025-08-29}
"""


def write_case(folder: Path, name: str, documents: str = REMINDERS, tweak: str = "") -> Path:
    """A copy of the UK example with only reminders (fast to build), under another id."""
    text = (ROOT / "cases" / "harper-cole-2025-07.yaml").read_text(encoding="utf-8")
    text = text.split("documents:\n")[0].replace("case: harper-cole-2025-07", f"case: {name}") + documents
    if tweak:
        text = text.replace("Mill Lane", tweak)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_second_build_does_nothing_and_edit_rebuilds_only_that_case(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a, b = write_case(cases, "case-a"), write_case(cases, "case-b")
    first = build([a, b], None, 1, out)
    assert not first.failed
    assert sorted(first.results[0].written) == [
        "case-a/en/reminder-1.md", "case-a/en/reminder-1.pdf", "case-a/en/reminder-2.md", "case-a/en/reminder-2.pdf",
        "case-a/summary.json"]
    again = build([a, b], None, 1, out)
    assert [r.written for r in again.results] == [[], []]
    write_case(cases, "case-b", tweak="Mill Road")
    third = build([a, b], None, 1, out)
    assert third.results[0].written == []
    assert set(third.results[1].written) == {"case-b/en/reminder-1.md", "case-b/en/reminder-1.pdf",
                                             "case-b/en/reminder-2.md", "case-b/en/reminder-2.pdf"}


def test_stale_outputs_are_removed_and_user_files_survive(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a, b = write_case(cases, "case-a"), write_case(cases, "case-b")
    build([a, b], None, 1, out)
    (out / "case-a" / "en" / "notes.txt").write_text("mine")
    write_case(cases, "case-a", documents="documents:\n  reminders:\n    - {date: 2025-08-01}\n")
    report = build([a, b], None, 1, out)
    assert sorted(report.removed) == ["case-a/en/reminder-2.md", "case-a/en/reminder-2.pdf"]
    b.unlink()
    report = build([a], None, 1, out)
    assert "case-b/summary.json" in report.removed
    assert not (out / "case-b").exists()
    assert (out / "case-a" / "en" / "notes.txt").read_text() == "mine"


def test_a_changed_output_file_is_rebuilt(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    build([a], None, 1, out)
    original = (out / "case-a/en/reminder-1.md").read_bytes()
    (out / "case-a/en/reminder-1.md").write_text("edited by hand")
    report = build([a], None, 1, out)
    assert report.results[0].written == ["case-a/en/reminder-1.md"]
    assert (out / "case-a/en/reminder-1.md").read_bytes() == original


def test_invalid_case_keeps_its_earlier_output(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a, b = write_case(cases, "case-a"), write_case(cases, "case-b")
    build([a, b], None, 1, out)
    before = files(out)
    a.write_text(a.read_text().replace("currency: GBP", "currency: GBP\ncurrency: EUR"))
    write_case(cases, "case-b", tweak="Mill Road")
    report = build([a, b], None, 1, out)
    assert [r.ok for r in report.results] == [False, True]
    assert "duplicate key 'currency'" in report.results[0].problems[0]
    after = files(out)
    assert {k: v for k, v in after.items() if k.startswith("case-a/")} == \
        {k: v for k, v in before.items() if k.startswith("case-a/")}


def test_noop_build_does_not_import_weasyprint(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    build([a], None, 1, out)
    code = (
        "import sys; from pathlib import Path; from generator.build import build; "
        f"r = build([Path({str(a)!r})], None, 1, Path({str(out)!r})); "
        "assert r.results[0].written == [], r.results[0].written; "
        "print('weasyprint' in sys.modules, 'jinja2' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_an_internal_error_in_one_case_does_not_stop_the_others(tmp_path: Path, monkeypatch) -> None:
    import generator.pipeline as pipeline

    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a, b = write_case(cases, "case-a"), write_case(cases, "case-b")
    real = pipeline.render_case

    def flaky(case, langs=None, only=None):
        if case.id == "case-a":
            raise ValueError("boom")
        return real(case, langs, only)

    monkeypatch.setattr(pipeline, "render_case", flaky)
    report = build([a, b], None, 1, out)
    assert report.results[0].problems == [f"{a}: internal error (ValueError: boom); please report it with this case file"] \
        or "internal error (ValueError: boom)" in report.results[0].problems[0]
    assert report.results[1].ok and (out / "case-b" / "summary.json").is_file()


def test_two_case_files_with_the_same_id_are_refused(tmp_path: Path) -> None:
    import pytest

    from generator.errors import GeneratorError

    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    a, b = write_case(tmp_path / "one", "same-id"), write_case(tmp_path / "two", "same-id")
    with pytest.raises(GeneratorError, match="would both write output/same-id/"):
        build([a, b], None, 1, tmp_path / "output")
