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


def test_a_hand_edited_output_is_kept_until_regenerated_with_the_flag(tmp_path: Path) -> None:
    from generator.build import Options

    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    build([a], None, 1, out)
    original = (out / "case-a/en/reminder-1.md").read_bytes()
    (out / "case-a/en/reminder-1.md").write_text("edited by hand")
    report = build([a], None, 1, out)
    assert report.results[0].written == [] and report.results[0].edited == ["case-a/en/reminder-1.md"]
    assert "changed by hand" in report.results[0].problems[0] and "--overwrite-edited" in report.results[0].problems[0]
    assert (out / "case-a/en/reminder-1.md").read_text() == "edited by hand"
    write_case(cases, "case-a", tweak="Mill Road")  # a change to the case: still not overwritten
    report = build([a], None, 1, out)
    assert (out / "case-a/en/reminder-1.md").read_text() == "edited by hand"
    assert "case-a/en/reminder-2.md" in report.results[0].written
    write_case(cases, "case-a")
    report = build([a], None, 1, out, options=Options(overwrite_edited=True))
    assert report.results[0].ok and "case-a/en/reminder-1.md" in report.results[0].written
    assert (out / "case-a/en/reminder-1.md").read_bytes() == original


def test_a_deleted_output_file_is_rebuilt(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    build([a], None, 1, out)
    original = (out / "case-a/en/reminder-1.md").read_bytes()
    (out / "case-a/en/reminder-1.md").unlink()
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


# --- workers and the lock (issue 18, point 4) -----------------------------------------------


def test_workers_do_not_hold_the_lock(tmp_path: Path, monkeypatch) -> None:
    import os

    import generator.build as build_module
    from generator.build import CaseResult

    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    paths = [write_case(cases, f"case-{n}") for n in "ab"]

    def inspect(path, langs, output, old=None, options=None):
        fds = []
        for fd in os.listdir("/proc/self/fd"):
            try:
                fds.append(os.readlink(f"/proc/self/fd/{fd}"))
            except OSError:
                continue
        return CaseResult(str(path), notices=fds + [f"parent {os.getppid()}"])

    monkeypatch.setattr(build_module, "build_case", inspect)
    report = build(paths, None, 2, out)
    for result in report.results:
        assert not [f for f in result.notices if f.endswith(".build.lock")], result.notices
        assert f"parent {os.getpid()}" in result.notices


CHILDREN = "/proc/{pid}/task/{pid}/children"


def _children(pid: int) -> list[int]:
    try:
        with open(CHILDREN.format(pid=pid)) as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1].split()[0] != "Z"
    except OSError:
        return False


def _wait_for(condition, polls: int = 1200) -> bool:
    """Whether `condition` holds within `polls` looks, 50 ms apart: a count of tries, so
    the test reads no clock and a loaded machine only makes it poll more of them."""
    import time

    for _ in range(polls):
        if condition():
            return True
        time.sleep(0.05)
    return condition()


import pytest  # noqa: E402


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM"])
def test_workers_die_with_the_build_and_its_lock_is_taken_over(tmp_path: Path, sig: str) -> None:
    import os
    import signal

    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    paths = [write_case(cases, f"case-{n}", tweak=f"Mill Lane {n}") for n in range(6)]
    code = ("import sys; from pathlib import Path; from generator.build import build; "
            "build([Path(p) for p in sys.argv[2:]], None, 2, Path(sys.argv[1]))")
    parent = subprocess.Popen([sys.executable, "-c", code, str(out), *map(str, paths)], cwd=ROOT)
    try:
        assert _wait_for(lambda: len(_children(parent.pid)) >= 2), "the workers did not start"
        workers = _children(parent.pid)
        os.kill(parent.pid, getattr(signal, sig))
        parent.wait()
        assert _wait_for(lambda: not any(_alive(w) for w in workers)), "workers outlived the build"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
    report = build(paths, None, 1, out)
    assert not report.failed, [r.problems for r in report.failed]
    assert any(f"process {parent.pid}) ended without finishing; taking over its lock" in n for n in report.notices)
