"""A no-op build trusts what it recorded about each output (device, inode, size, times)
and reads and hashes only the files whose stat changed, as git's index does; it starts
no worker process. Work is counted, never timed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import build as build_module
from generator import statcache, write
from generator.build import build
from tests.test_build import write_case


@pytest.fixture
def counted_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    real = write.read_regular

    def reading(root: Path, relative: str, limit: int | None = None) -> bytes:
        reads.append(relative)
        return real(root, relative, limit)

    monkeypatch.setattr(write, "read_regular", reading)
    monkeypatch.setattr(statcache, "RACY_NS", -10**12)  # files just written count as old enough
    return reads


def test_a_no_op_build_reads_no_output_file_whose_stat_is_unchanged(tmp_path: Path, counted_reads: list[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a, b = write_case(cases, "case-a"), write_case(cases, "case-b")
    assert not build([a, b], None, 2, out).failed
    counted_reads.clear()
    build([a, b], None, 2, out)  # hashes every output once more, and remembers their stat
    assert len([r for r in counted_reads if not r.endswith(".record.json")]) == 10
    assert (tmp_path / ".cache" / "stat-output.json").is_file()  # beside output/, not in it

    pools: list[int] = []
    monkeypatch.setattr(build_module, "ProcessPoolExecutor", lambda *a, **k: pools.append(1))
    counted_reads.clear()
    report = build([a, b], None, 2, out)
    # Only the two records are read; no output file, and no worker is started.
    assert counted_reads == ["case-a/.record.json", "case-b/.record.json"] and pools == []
    assert sum(len(r.unchanged) for r in report.results) == 10 and not any(r.written for r in report.results)


def test_a_file_changed_behind_the_builds_back_is_hashed_again_and_not_overwritten(
        tmp_path: Path, counted_reads: list[str]) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    build([a], None, 1, out)
    build([a], None, 1, out)
    target = out / "case-a/en/reminder-2.md"
    text = target.read_bytes()
    target.write_bytes(text.replace(b"Dear", b"Dean", 1))  # same size, new content
    counted_reads.clear()
    report = build([a], None, 1, out)
    assert "case-a/en/reminder-2.md" in counted_reads
    assert any("changed by hand" in p for p in report.results[0].problems)
    assert target.read_bytes() != text


def test_a_damaged_stat_cache_only_costs_hashing(tmp_path: Path, counted_reads: list[str]) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    build([a], None, 1, out)
    (tmp_path / ".cache").mkdir(exist_ok=True)
    (tmp_path / ".cache" / "stat-output.json").write_text("{not json")
    counted_reads.clear()
    report = build([a], None, 1, out)
    assert not report.failed and sum(len(r.unchanged) for r in report.results) == 5
    assert len([r for r in counted_reads if not r.endswith(".record.json")]) == 5
    os.utime(out / "case-a/en/reminder-1.md")  # a touch alone: hashed again, still unchanged
    counted_reads.clear()
    assert not build([a], None, 1, out).failed
    assert "case-a/en/reminder-1.md" in counted_reads


def test_workers_get_the_largest_case_files_first_and_results_keep_the_given_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19: the 2-job speedup suffers when a large case is the last to start; cases go
    to the workers largest file first. Checked by the order of the work handed out."""
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    small = write_case(cases, "case-small")
    large = write_case(cases, "case-large")
    large.write_text(large.read_text(encoding="utf-8") + "# " + "x" * 2000 + "\n", encoding="utf-8")
    handed: list[str] = []

    class Inline:  # the pool's interface, run in this process
        def __init__(self, *args, **kwargs) -> None:
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            return None

        def map(self, fn, work):
            for item in work:
                handed.append(Path(item[0]).stem)
                yield fn((*item[:4], None))

    monkeypatch.setattr(build_module, "ProcessPoolExecutor", Inline)
    report = build([small, large], None, 2, out)
    assert handed == ["case-large", "case-small"]
    assert [r.case_id for r in report.results] == ["case-small", "case-large"]
