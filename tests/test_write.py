"""Writing output: atomic files, unchanged files left alone, nothing outside output/,
one build at a time, a killed build leaves no partial file, and a case that fails
leaves its earlier output exactly as it was."""

from __future__ import annotations

import dataclasses
import hashlib
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from generator.errors import GeneratorError, RenderError
from generator.lock import LOCK_NAME, output_lock
from generator.write import UnsafePath, remove_stale_temps, safe_target, write_atomic, write_files
from tests.conftest import ROOT

REMINDERS = "documents:\n  reminders:\n    - {date: 2025-08-01}\n    - {date: 2025-08-29}\n"


def write_case(folder: Path, name: str, documents: str = REMINDERS) -> Path:
    """The UK example with reminders only (their templates exist), under another id."""
    text = (ROOT / "cases" / "harper-cole-2025-07.yaml").read_text(encoding="utf-8")
    text = text.split("documents:\n")[0].replace("case: harper-cole-2025-07", f"case: {name}") + documents
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` with its bytes and modification time."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- atomic writes --------------------------------------------------------------------------


def test_write_atomic_creates_folders_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "doc.md"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["doc.md"]  # no temporary file left
    assert target.stat().st_mode & 0o777 == 0o644


class Crash(BaseException):
    """Stands for the process dying between writing the temporary file and renaming it."""


def test_crash_between_temp_write_and_rename_leaves_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "doc.md"
    target.write_bytes(b"old content")
    seen: list[bytes] = []

    def crash(src, dst, **dir_fds):
        seen.append((tmp_path / src).read_bytes())  # the new bytes were fully written...
        raise Crash

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(Crash):
        write_atomic(target, b"new content")
    assert seen == [b"new content"]
    assert target.read_bytes() == b"old content"  # ...but the target is still the old file
    assert os.listdir(tmp_path) == ["doc.md"]


def test_failed_write_in_write_files_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "doc.md").mkdir()  # a folder where the file should go
    with pytest.raises(GeneratorError, match=r"(cannot|refusing to) write .*x/doc\.md"):
        write_files(tmp_path, {"x/doc.md": b"data"})


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    files = {"c/en/reminder-1.md": b"text", "c/summary.json": b"{}"}
    assert write_files(tmp_path, files) == (sorted(files), [])
    before = {rel: (tmp_path / rel).stat() for rel in files}
    time.sleep(0.01)
    written, unchanged = write_files(tmp_path, {**files, "c/summary.json": b"{\"a\": 1}"})
    assert written == ["c/summary.json"] and unchanged == ["c/en/reminder-1.md"]
    after = (tmp_path / "c/en/reminder-1.md").stat()
    assert (after.st_mtime_ns, after.st_ino) == (before["c/en/reminder-1.md"].st_mtime_ns,
                                                 before["c/en/reminder-1.md"].st_ino)
    assert (tmp_path / "c/summary.json").stat().st_ino != before["c/summary.json"].st_ino  # replaced, not edited


# --- nothing outside output/ -----------------------------------------------------------------


@pytest.mark.parametrize("relative", [
    "../escape.md", "a/../../escape.md", "..", "/etc/passwd", "/tmp/x.md", "", ".", "./", "a/./b.md",
    "a\\..\\..\\b.md", "a/b\x00.md", "a/..", "../output/x.md",
])
def test_paths_outside_the_output_folder_are_refused(tmp_path: Path, relative: str) -> None:
    root = tmp_path / "output"
    root.mkdir()
    with pytest.raises(UnsafePath):
        safe_target(root, relative)
    with pytest.raises(GeneratorError, match="refusing to write"):
        write_files(root, {"ok/file.md": b"x", relative: b"y"})
    assert not (root / "ok").exists()  # every path is checked before any is written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_a_symbolic_link_out_of_the_output_folder_is_refused(tmp_path: Path) -> None:
    root, outside = tmp_path / "output", tmp_path / "elsewhere"
    root.mkdir()
    outside.mkdir()
    (root / "case").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafePath):
        write_files(root, {"case/en/x.md": b"data"})
    assert not any(outside.iterdir())


def test_ordinary_paths_are_accepted(tmp_path: Path) -> None:
    assert safe_target(tmp_path, "case-a/en/reminder-1.md") == (tmp_path / "case-a/en/reminder-1.md").resolve()
    assert safe_target(tmp_path, ".manifest.json").name == ".manifest.json"


def test_a_case_id_that_escaped_validation_still_cannot_leave_output(tmp_path: Path) -> None:
    """Defence in depth: even a Case whose id was never validated writes nowhere else."""
    from generator.pipeline import load_case, output_names

    case = load_case(write_case(tmp_path, "safe-id"))
    evil = dataclasses.replace(case, id="../../evil")
    out = tmp_path / "output"
    out.mkdir()
    names = [rel for rel, _, _ in output_names(evil)]
    with pytest.raises(UnsafePath):
        write_files(out, {rel: b"x" for rel in names})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output", "safe-id.yaml"]
    assert not any(out.iterdir())


def test_output_names_of_valid_cases_stay_inside(tmp_path: Path, example_case) -> None:
    from generator.pipeline import output_names

    for rel, _, _ in output_names(example_case):
        assert safe_target(tmp_path, rel).is_relative_to(tmp_path.resolve())
        assert rel.split("/")[0] == example_case.id


# --- temporary files --------------------------------------------------------------------------


def test_stale_temporary_files_are_cleaned_up(tmp_path: Path) -> None:
    folder = tmp_path / "case" / "en"
    folder.mkdir(parents=True)
    stale = folder / ".reminder-1.md.0123456789ab.tmp"
    fresh = folder / ".reminder-1.md.ba9876543210.tmp"
    mine = folder / "notes.tmp"
    # Names that look like temporary files but that this build's naming never makes for
    # this folder's files: a user's, or another tool's (issue 18, point 7).
    users = [folder / ".notes.txt.0123456789ab.tmp", folder / ".reminder-1.md.abc12345.tmp",
             folder / ".reminder-1.md.0123456789AB.tmp", folder / ".reminder-1.md.0123456789ab.tmp.bak"]
    for path in (stale, fresh, mine, *users):
        path.write_bytes(b"half")
    old = time.time() - 3600
    for path in (stale, mine, *users):
        os.utime(path, (old, old))
    write_files(tmp_path, {"case/en/reminder-1.md": b"new"})
    assert not stale.exists()  # left by a killed build: removed
    assert fresh.exists()  # may belong to a write in progress: kept
    assert mine.exists()  # not ours: never touched
    assert all(p.exists() for p in users), [p.name for p in users if not p.exists()]
    assert remove_stale_temps(folder, older_than=0, names=["reminder-1.md"]) == [fresh]


# --- the lock ----------------------------------------------------------------------------------


def test_second_lock_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    with output_lock(tmp_path):
        with pytest.raises(GeneratorError) as info:
            with output_lock(tmp_path):
                pass  # pragma: no cover
        message = str(info.value)
        assert "another build" in message and f"process {os.getpid()}" in message
        assert f"{tmp_path.name}/" in message and "wait for it to finish" in message
    with output_lock(tmp_path):  # released when the first build ends
        pass


def test_lock_is_released_on_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError), output_lock(tmp_path):
        raise ValueError
    with output_lock(tmp_path):
        pass


HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from generator.lock import output_lock
    with output_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        time.sleep(float(sys.argv[2]))
        if len(sys.argv) > 3:
            Path(sys.argv[3]).write_text("done")  # the holder's work is over; the lock is still held
""")


def _hold_lock(folder: Path, seconds: float, marker: Path | None = None) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(folder), str(seconds),
                              *([str(marker)] if marker else [])], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    return child


def test_lock_held_by_another_process(tmp_path: Path) -> None:
    child = _hold_lock(tmp_path, 30)
    try:
        with pytest.raises(GeneratorError, match=rf"another build \(process {child.pid}\)"):
            with output_lock(tmp_path):
                pass  # pragma: no cover
    finally:
        child.kill()  # a killed build...
        child.wait()
    with output_lock(tmp_path):  # ...leaves no stale lock behind
        pass


def test_waiting_lock_waits_for_the_other_build(tmp_path: Path) -> None:
    marker = tmp_path.parent / f"{tmp_path.name}.done"
    child = _hold_lock(tmp_path, 0.5, marker)
    assert not marker.exists()
    with output_lock(tmp_path, wait=True):
        # Ordered by events, not by the clock: the lock came only after the holder had
        # finished its work (it writes the marker while it still holds the lock).
        assert marker.read_text() == "done"
    child.wait()


def test_lock_in_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(GeneratorError, match="cannot create the lock file"):
        with output_lock(blocker / "output"):
            pass  # pragma: no cover


# --- a build killed mid-way ---------------------------------------------------------------------

FILES = 40
SIZE = 200_000


def _content(rel: str, version: int) -> bytes:
    """Content whose every byte depends on file and version: a torn file cannot pass."""
    seed = hashlib.sha256(f"{rel}:{version}".encode()).digest()
    body = (seed * (SIZE // len(seed) + 1))[:SIZE]
    return f"v{version}:{rel}:".encode() + body


def _names() -> list[str]:
    return [f"case-{i % 4}/en/doc-{i}.pdf" for i in range(FILES)]


def _writer(root: str, ready) -> None:
    version = 1
    while True:
        write_files(Path(root), {rel: _content(rel, version) for rel in _names()})
        if version == 1:
            ready.set()
        version += 1


def _version_of(path: Path, rel: str) -> int:
    data = path.read_bytes()
    version = int(data.split(b":", 1)[0][1:])
    assert data == _content(rel, version), f"{rel} is torn"
    return version


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.2, 0.5])
def test_killed_writer_leaves_only_whole_files(tmp_path: Path, delay: float) -> None:
    """A process writing many files again and again is killed (SIGKILL, no cleanup) at
    some moment: every target is a complete version, old or new, never part of one,
    and no temporary file is visible under a target's name."""
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    child = ctx.Process(target=_writer, args=(str(tmp_path), ready))
    child.start()
    try:
        assert ready.wait(30), "the writer never finished its first round"
        time.sleep(delay)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
    assert child.exitcode == -signal.SIGKILL
    versions = {rel: _version_of(tmp_path / rel, rel) for rel in _names()}
    assert min(versions.values()) >= 1
    targets = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file() and not p.name.startswith(".")}
    assert targets == set(_names())
    leftovers = [p for p in tmp_path.rglob(".*") if p.is_file()]
    assert all(p.name.endswith(".tmp") for p in leftovers)
    # The next write over the same folders tidies temporaries a killed build left.
    for p in leftovers:
        os.utime(p, (time.time() - 3600,) * 2)
    write_files(tmp_path, {rel: _content(rel, 1) for rel in _names()})
    assert not [p for p in tmp_path.rglob(".*") if p.is_file()]


# --- concurrent builds --------------------------------------------------------------------------


def _locked_writer(root: str, version: int, start, results) -> None:
    start.wait()
    with output_lock(Path(root), wait=True):
        for rel in _names():  # one file at a time: interleaving would show
            write_files(Path(root), {rel: _content(rel, version)})
            time.sleep(0.001)
        results.put(version)


def test_concurrent_writers_under_the_lock_do_not_interleave(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    writers = [ctx.Process(target=_locked_writer, args=(str(tmp_path), v, start, results)) for v in (1, 2, 3)]
    for w in writers:
        w.start()
    start.set()
    for w in writers:
        w.join(60)
        assert w.exitcode == 0
    order = [results.get(timeout=5) for _ in writers]
    versions = {_version_of(tmp_path / rel, rel) for rel in _names()}
    assert versions == {order[-1]}  # all files from the build that finished last


BUILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from generator.build import build
    from generator.errors import GeneratorError
    try:
        report = build([Path(sys.argv[1])], None, 1, Path(sys.argv[2]))
    except GeneratorError as exc:
        print(f"error: {exc}")
        sys.exit(1)
    sys.exit(1 if report.failed else 0)
""")


def test_a_build_while_another_holds_the_output_stops_with_a_message(tmp_path: Path) -> None:
    case = write_case(tmp_path, "case-a")
    out = tmp_path / "output"
    child = _hold_lock(out, 60)
    try:
        run = subprocess.run([sys.executable, "-c", BUILD, str(case), str(out)], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    finally:
        child.kill()
        child.wait()
    assert run.returncode == 1
    assert f"error: another build (process {child.pid}) is writing to output/" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]  # nothing written


def test_two_builds_at_once_one_builds_the_other_stops(tmp_path: Path) -> None:
    cases = [write_case(tmp_path, f"case-{c}") for c in "ab"]
    out = tmp_path / "output"
    runs = [subprocess.Popen([sys.executable, "-c", BUILD, str(c), str(out)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in cases]
    results = [(r.wait(180), *r.communicate()) for r in runs]
    for code, stdout, stderr in results:
        assert "Traceback" not in stdout + stderr
        assert code == 0 or (code == 1 and "another build" in stdout)
    assert any(code == 0 for code, _, _ in results)
    # Whatever was written is whole: each built case has all its files, and they render.
    from generator.build import build

    report = build(cases, None, 1, out)  # a later build completes what the stopped one did not
    assert not report.failed
    for name in ("case-a", "case-b"):
        assert (out / name / "en" / "reminder-1.pdf").read_bytes().startswith(b"%PDF-")
        assert (out / name / "summary.json").read_bytes().rstrip().endswith(b"}")


# --- a failing case leaves its earlier output exactly as it was ------------------------------


def test_invalid_case_leaves_earlier_output_untouched(tmp_path: Path) -> None:
    from generator.pipeline import build_one

    out = tmp_path / "output"
    path = write_case(tmp_path, "case-a")
    first = build_one(path, None, out)
    assert first.ok and first.written
    before = snapshot(out)
    time.sleep(0.01)
    path.write_text(path.read_text(encoding="utf-8").replace("currency: GBP", "currency: GBP\ncurrency: EUR"),
                    encoding="utf-8")
    second = build_one(path, None, out)
    assert not second.ok and second.written == []
    assert any("duplicate key 'currency'" in line for line in second.problems)
    assert snapshot(out) == before


def test_render_failure_leaves_earlier_output_untouched(tmp_path: Path, monkeypatch) -> None:
    """The second document of a case fails to render: nothing of the case is written,
    not even the documents that rendered before it."""
    import generator.render.document as document
    from generator.pipeline import build_one

    out = tmp_path / "output"
    path = write_case(tmp_path, "case-a")
    assert build_one(path, None, out).ok
    before = snapshot(out)
    # An edit that changes every document, then a failure in the middle of rendering.
    path.write_text(path.read_text(encoding="utf-8").replace("Mill Lane", "Mill Road"), encoding="utf-8")
    real = document.render_document

    def failing(case, law, name, lang):
        if name == "reminder-2":
            raise RenderError("templates/reminder/en.md.j2: simulated failure")
        return real(case, law, name, lang)

    monkeypatch.setattr(document, "render_document", failing)
    result = build_one(path, None, out)
    assert not result.ok and result.written == []
    assert any("simulated failure" in line and "case-a.yaml" in line for line in result.problems)
    assert snapshot(out) == before


def test_one_failing_case_does_not_stop_the_others(tmp_path: Path, monkeypatch) -> None:
    from generator import build as build_module
    from generator.cli import main

    good = write_case(tmp_path, "case-good")
    bad = write_case(tmp_path, "case-bad")
    bad.write_text(bad.read_text(encoding="utf-8").replace("sole_trader: true", "sole_trader: NO"), encoding="utf-8")
    out = tmp_path / "output"
    report = build_module.build([bad, good], None, 1, out)
    assert [r.ok for r in report.results] == [False, True]
    assert (out / "case-good" / "en" / "reminder-2.pdf").is_file()
    assert not (out / "case-bad").exists()
    # and the command line says so in its exit status
    real_build = build_module.build
    monkeypatch.setattr(build_module, "build", lambda paths, langs, jobs, output=None, **kw: real_build(
        paths, langs, 1, out, **kw))
    assert main(["build", str(bad), str(good), "--quiet"]) == 1
    assert main(["build", str(good), "--quiet"]) == 0
