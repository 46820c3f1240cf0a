"""Second-round hardening (issue 18) on the input side: command-line dates far away,
case files that are links out of the project, file names that hold terminal escape
codes, `.yml` and upper-case extensions, `new` leaving nothing behind, and the largest
case the schema allows."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import paths, pipeline
from generator.build import build
from tests.conftest import ROOT
from tests.test_build import write_case


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("command", [
    ["compute", "cases/harper-cole-2025-07.yaml", "--as-of", "9999-12-31"],
    ["status", "--as-of", "9999-12-31"],
    ["compute", "cases/harper-cole-2025-07.yaml", "--as-of", "0001-01-01"],
])
def test_a_date_far_away_is_a_usage_error_not_a_traceback(command: list[str]) -> None:
    run = _cli(*command)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and "OverflowError" not in run.stderr
    assert "outside the years 1970-2099" in run.stderr


def test_the_last_year_allowed_still_computes() -> None:
    run = _cli("compute", "cases/harper-cole-2025-07.yaml", "--as-of", "2099-12-31")
    assert "Traceback" not in run.stderr


SECRET = "s3cr3t-value-from-outside"


def test_a_case_file_linking_out_of_the_project_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "private.yaml").write_text(f"case: link\npassword: {SECRET}\n{SECRET}: 1\n", encoding="utf-8")
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "link.yaml").symlink_to(outside / "private.yaml")
    run = _cli("validate", str(cases / "link.yaml"))
    assert run.returncode == 1
    assert "symbolic link to a file outside the project" in run.stderr
    assert SECRET not in run.stdout + run.stderr
    report = build([cases / "link.yaml"], None, 1, tmp_path / "output")
    problems = "\n".join(report.results[0].problems)
    assert "symbolic link to a file outside the project" in problems and SECRET not in problems
    assert not (tmp_path / "output" / "link").exists()


def test_a_link_inside_its_own_folder_is_read(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    (cases / "real").mkdir(parents=True)
    write_case(cases / "real", "linked")
    (cases / "linked.yaml").symlink_to(Path("real") / "linked.yaml")
    run = _cli("validate", str(cases / "linked.yaml"))
    assert run.returncode == 0, run.stderr


def test_a_file_name_with_terminal_escape_codes_is_printed_escaped(tmp_path: Path) -> None:
    name = "evil\x1b[31m\x1b]0;owned\x07.yaml"
    (tmp_path / name).write_text("case: evil\n", encoding="utf-8")
    run = _cli("validate", name, cwd=tmp_path)
    assert run.returncode == 1
    assert "\x1b" not in run.stderr + run.stdout and "\x07" not in run.stderr + run.stdout
    assert "evil<U+001B>[31m<U+001B>]0;owned<U+0007>.yaml" in run.stderr


def test_yml_and_upper_case_extensions_are_read(tmp_path: Path, monkeypatch) -> None:
    for name in ("a.yml", "B.YAML", "c.yaml", "d.Yml", ".#e.yaml", "._f.yaml", "notes.txt", "case.schema.json"):
        (tmp_path / name).write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "folder.yaml").mkdir()
    monkeypatch.setattr(paths, "CASES", tmp_path)
    assert [p.name for p in paths.find_cases(None)] == ["B.YAML", "a.yml", "c.yaml", "d.Yml"]


def test_a_yml_case_validates_and_builds(tmp_path: Path) -> None:
    path = write_case(tmp_path, "yml-case")
    path = path.rename(path.with_suffix(".YML"))
    report = build([path], None, 1, tmp_path / "output")
    assert not report.failed, report.failed[0].problems
    assert (tmp_path / "output" / "yml-case" / "en" / "reminder-1.pdf").is_file()


def _new(case: str, jurisdiction: str = "UK") -> int:
    from generator.starter import cmd_new

    return cmd_new(argparse.Namespace(case=case, jurisdiction=jurisdiction, lang=None))


def test_new_leaves_nothing_behind_when_the_starter_does_not_validate(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(paths, "CASES", tmp_path)
    assert _new("con") == 1  # a name Windows reserves: the case id is refused by validation
    assert "cannot be a folder name on Windows" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_new_leaves_nothing_behind_when_interrupted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(paths, "CASES", tmp_path)

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "load_case", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _new("acme-2026-01")
    assert list(tmp_path.iterdir()) == []


def test_new_writes_a_valid_case_and_never_over_an_existing_one(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(paths, "CASES", tmp_path)
    assert _new("acme-2026-01", "PL") == 0
    written = (tmp_path / "acme-2026-01.yaml").read_bytes()
    pipeline.load_case(tmp_path / "acme-2026-01.yaml")
    assert _new("acme-2026-01", "UK") == 1
    assert (tmp_path / "acme-2026-01.yaml").read_bytes() == written
    assert [p.name for p in tmp_path.iterdir()] == ["acme-2026-01.yaml"]


def test_the_largest_case_the_schema_allows_validates_and_one_more_is_refused(tmp_path: Path) -> None:
    """The schema's maxima (invoices, payments, events) are what one debt case needs;
    bench/bench.py measures the build of this case (time and peak memory)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from maxcase import max_case_text, write_max_case

    from generator.case.schema import SCHEMA
    from generator.errors import CaseInvalid

    pipeline.load_case(write_max_case(tmp_path))
    most = SCHEMA["invoices"]["maxlength"], SCHEMA["payments"]["maxlength"], SCHEMA["events"]["maxlength"]
    path = tmp_path / "too-big.yaml"
    path.write_text(max_case_text("too-big", most[0] + 1, most[1], most[2]), encoding="utf-8")
    with pytest.raises(CaseInvalid, match=rf"invoices: is too long \(at most {most[0]} entries\)"):
        pipeline.load_case(path)


def test_the_largest_case_the_schema_allows_renders_every_document(tmp_path: Path) -> None:
    """At the schema's maxima (60 invoices, 240 payments and events) every document's
    Markdown renders: a list of 240 payments in one sentence once exceeded Fluent's
    placeable limit. (Time and memory of the full build are measured in the benchmark.)"""
    sys.path.insert(0, str(ROOT / "bench"))
    from maxcase import write_max_case

    from generator.jurisdictions import registry
    from generator.render.document import render_markdown_for

    case = pipeline.load_case(write_max_case(tmp_path))
    law = registry.get(case.jurisdiction)
    for name in case.documents.names():
        text, _, _ = render_markdown_for(case, law, name, "en")
        assert text.strip(), name
