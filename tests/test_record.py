"""The record of each case (output/<case>/.record.json) and the rule that sent is sent:
a document the case records as sent, signed or filed is never rewritten; what the build
would write now is shown as a diff, and `reissue` writes a new dated version beside it.
Also: a hand edit is never overwritten silently, a damaged or conflicted record is said
and survived, the old single manifest is migrated, the bytes hashed are the bytes parsed,
and a case's files are written as one unit (disk full leaves the old ones)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import manifest
from generator.build import Options, build
from tests.conftest import ROOT
from tests.test_build import files, write_case

SENT_FIRST = """documents:
  reminders:
    - {date: 2025-08-01, sent: 2025-08-01, sent_by: email}
    - {date: 2025-08-29}
"""


def project_copy(tmp_path: Path) -> Path:
    """The generator and its templates, copied: the test may change a template."""
    proj = tmp_path / "proj"
    proj.mkdir()
    for name in ("generator", "templates", "scripts"):
        shutil.copytree(ROOT / name, proj / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in (".gitattributes", ".gitignore"):
        shutil.copy(ROOT / name, proj / name)
    (proj / "cases").mkdir()
    return proj


def run(proj: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "generator", *args], cwd=proj, capture_output=True, text=True,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def add_sentence_to_uk_reminder(proj: Path) -> None:
    """A template change: a sentence before the signature of the English UK reminder
    (one structure per jurisdiction, or the older one file per language)."""
    template = proj / "templates" / "uk" / "reminder.md.j2"
    if not template.is_file():
        template = proj / "templates" / "reminder" / "en.md.j2"
    text = template.read_text(encoding="utf-8")
    at = text.rindex("{% include")
    template.write_text(text[:at] + "A sentence added to the template.\n\n" + text[at:], encoding="utf-8")


def test_a_sent_document_is_frozen_shown_as_a_diff_and_reissued_beside_the_old_one(tmp_path: Path) -> None:
    proj = project_copy(tmp_path)
    case = write_case(proj / "cases", "acme-frozen", documents=SENT_FIRST)
    run(proj, "build", "--jobs", "1")
    out = proj / "output" / "acme-frozen" / "en"
    sent_md, sent_pdf = (out / "reminder-1.md").read_bytes(), (out / "reminder-1.pdf").read_bytes()
    record = json.loads((proj / "output" / "acme-frozen" / ".record.json").read_text())
    assert record["outputs"]["acme-frozen/en/reminder-1.md"]["sent"] == "2025-08-01"
    assert "sent" not in record["outputs"]["acme-frozen/en/reminder-2.md"]

    # A later payment and a template change: the sent letter's bytes stay.
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("payments:\n", "payments:\n  - {date: 2025-08-20, amount: \"50.00\"}\n", 1),
                    encoding="utf-8")
    add_sentence_to_uk_reminder(proj)
    done = run(proj, "build", "--jobs", "1")
    assert (out / "reminder-1.md").read_bytes() == sent_md and (out / "reminder-1.pdf").read_bytes() == sent_pdf
    assert "A sentence added to the template." in (out / "reminder-2.md").read_text()  # not sent: rebuilt
    assert "output/acme-frozen/en/reminder-1.md: recorded as sent on 2025-08-01" in done.stdout
    assert "+A sentence added to the template." in done.stdout  # the change, as a diff of the Markdown
    assert "--- output/acme-frozen/en/reminder-1.md (as sent)" in done.stdout
    assert "1 sent document(s) kept though they would change" in done.stdout
    report = json.loads(run(proj, "build", "--jobs", "1", "--json").stdout)
    assert report["built"] == 0 and any("would now write something else" in n for n in report["cases"][0]["notices"])

    # The new-version command: a second, dated file; the first stays as sent.
    done = run(proj, "reissue", "cases/acme-frozen.yaml", "reminder-1", "--date", "2026-12-01")
    assert "reissued output/acme-frozen/en/reminder-1.2026-12-01.md" in done.stdout
    assert (out / "reminder-1.md").read_bytes() == sent_md and (out / "reminder-1.pdf").read_bytes() == sent_pdf
    assert "A sentence added to the template." in (out / "reminder-1.2026-12-01.md").read_text()
    assert (out / "reminder-1.2026-12-01.pdf").read_bytes().startswith(b"%PDF")
    # It says, above the letter, that it is a record and not a letter to sign or send.
    reissued = (out / "reminder-1.2026-12-01.md").read_text()
    assert reissued.startswith("> **Reissued on 1 December 2026; not sent.** This is the text of the document dated ")
    assert "sent on 1 August 2025" in reissued.split("\n", 1)[0] and "do not sign or send it" in reissued
    pdf_text = subprocess.run(["pdftotext", str(out / "reminder-1.2026-12-01.pdf"), "-"], capture_output=True,
                              text=True).stdout
    assert "Reissued on 1 December 2026; not sent." in pdf_text
    assert "The parties' details and the figures are as the case file records them on 1 December 2026" in reissued
    again = run(proj, "build", "--jobs", "1")
    assert "would now write" not in again.stdout and "0 built" in again.stdout

    # A sent file changed afterwards is a problem, never rewritten.
    (out / "reminder-1.2026-12-01.md").write_text("tampered")
    bad = run(proj, "build", "--jobs", "1", check=False)
    assert bad.returncode == 1 and "was recorded as sent on 2025-08-01 and has been changed since" in bad.stderr
    assert (out / "reminder-1.2026-12-01.md").read_text() == "tampered"


def test_marking_a_built_document_sent_freezes_it_as_it_is_on_disk(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    build([a], None, 1, out)
    (out / "case-a/en/reminder-2.md").write_text("edited by hand, then sent")
    write_case(cases, "case-a", documents="documents:\n  reminders:\n    - {date: 2025-08-01}\n"
                                          "    - {date: 2025-08-29, sent: 2025-08-29, sent_by: letter}\n")
    report = build([a], None, 1, out)
    assert report.results[0].ok, report.results[0].problems
    assert (out / "case-a/en/reminder-2.md").read_text() == "edited by hand, then sent"
    assert any("kept as it is on disk" in n for n in report.results[0].notices)
    assert report.results[0].frozen_changed[0]["file"] == "case-a/en/reminder-2.md"
    entry = manifest.load_record(out, "case-a")
    assert entry.outputs["case-a/en/reminder-2.md"]["sent"] == "2025-08-29"


def test_a_sent_document_the_case_no_longer_lists_is_kept(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a", documents=SENT_FIRST)
    build([a], None, 1, out)
    write_case(cases, "case-a", documents="documents:\n  reminders:\n    - {date: 2025-08-01}\n")
    write_case(cases, "case-a", documents="documents:\n  contract_clauses: {}\n")
    report = build([a], None, 1, out)
    assert (out / "case-a/en/reminder-1.md").is_file() and not (out / "case-a/en/reminder-2.md").exists()
    assert "case-a/en/reminder-2.md" in report.removed
    a.unlink()
    report = build([], None, 1, out)
    assert (out / "case-a/en/reminder-1.pdf").is_file() and not (out / "case-a/summary.json").exists()
    assert any("recorded as sent are kept" in n for n in report.notices)


# --- the record ---------------------------------------------------------------------------------


@pytest.mark.parametrize("damage,said", [
    ("<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n", "merge-conflict markers"),
    ("[1, 2]", "not an object"),
    ("{\"format\": 2, \"case\": \"case-a\"", "not valid JSON"),
    ("{\"format\": 2, \"case\": \"case-a\", \"case_hash\": \"x\", \"jurisdiction\": \"UK\", \"outputs\": {\"a\": 1}}",
     "damaged"),
    ("{\"format\": 2, \"case\": \"case-b\", \"case_hash\": \"x\", \"jurisdiction\": \"UK\"}", "record of 'case-b'"),
])
def test_a_damaged_record_is_said_the_stray_files_listed_and_the_next_build_is_clean(
        tmp_path: Path, damage: str, said: str) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    build([a], None, 1, out)
    (out / "case-a/en/old-document.md").write_text("made by an earlier build, say")
    (out / "case-a/.record.json").write_text(damage)
    report = build([a], None, 1, out)
    result = report.results[0]
    assert result.ok, result.problems
    assert any(said in n and ".record.json is damaged" in n for n in result.notices), result.notices
    assert result.unaccounted == ["case-a/en/old-document.md"]
    assert manifest.load_record(out, "case-a") is not None  # a new, valid record
    clean = build([a], None, 1, out)
    assert clean.results[0].ok and not clean.results[0].notices and clean.results[0].written == []


def test_an_old_single_manifest_is_migrated_to_per_case_records(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a, b = write_case(cases, "case-a"), write_case(cases, "case-b")
    build([a, b], None, 1, out)
    old = {"format": 1, "cases": {}}
    for name, path in (("case-a", a), ("case-b", b)):
        entry = json.loads((out / name / ".record.json").read_text())
        old["cases"][str(path)] = {"case_hash": entry["case_hash"], "case_id": name,
                                   "jurisdiction": entry["jurisdiction"], "outputs": entry["outputs"]}
        (out / name / ".record.json").unlink()
    (out / ".manifest.json").write_text(json.dumps(old))
    report = build([a, b], None, 1, out)
    assert any("migrated" in n for n in report.notices)
    assert not (out / ".manifest.json").exists()
    assert [r.written for r in report.results] == [[], []] and not report.failed
    assert manifest.recorded_cases(out) == ["case-a", "case-b"]


def test_the_build_parses_exactly_the_bytes_it_hashed(tmp_path: Path, monkeypatch) -> None:
    """Issue 18, point 1: a case file rewritten between reading and parsing."""
    import generator.build as build_module

    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    real = build_module._read_case_file

    def read_then_rewrite(path, result):
        raw = real(path, result)
        write_case(cases, "case-a", tweak="Mill Road")  # another process edits the file now
        return raw

    monkeypatch.setattr(build_module, "_read_case_file", read_then_rewrite)
    build([a], None, 1, out)
    monkeypatch.setattr(build_module, "_read_case_file", real)
    letter = (out / "case-a/en/reminder-1.md").read_text()
    assert "Mill Lane" in letter and "Mill Road" not in letter  # the version that was hashed
    again = build([a], None, 1, out)  # the record holds that version's hash: the edit is seen
    assert "case-a/en/reminder-1.md" in again.results[0].written
    assert "Mill Road" in (out / "case-a/en/reminder-1.md").read_text()


def test_disk_full_mid_case_changes_no_file_of_it(tmp_path: Path, monkeypatch) -> None:
    """Issue 18, point 10: the .md new and the .pdf old can no longer happen."""
    import generator.write as write_module

    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    build([a], None, 1, out)
    before = files(out)
    write_case(cases, "case-a", tweak="Mill Road")
    real, calls = write_module._write_temp, []

    def full(dfd, name, data):
        calls.append(name)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(dfd, name, data)

    monkeypatch.setattr(write_module, "_write_temp", full)
    report = build([a], None, 1, out)
    result = report.results[0]
    assert not result.ok and "No space left on device" in result.problems[0]
    assert "no file of this unit was changed" in result.problems[0] and result.written == []
    assert files(out) == before
    assert not [p for p in out.rglob(".*.tmp")]
    monkeypatch.setattr(write_module, "_write_temp", real)
    assert build([a], None, 1, out).results[0].ok


def test_a_failure_during_the_renames_says_which_files_are_new_and_the_next_build_mends(
        tmp_path: Path, monkeypatch) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a = write_case(cases, "case-a")
    build([a], None, 1, out)
    write_case(cases, "case-a", tweak="Mill Road")
    real, calls = os.replace, []

    def flaky(src, dst, **kw):
        if str(dst).endswith((".md", ".pdf")):
            calls.append(dst)
            if len(calls) == 2:
                raise OSError(errno.EIO, "Input/output error")
        return real(src, dst, **kw)

    monkeypatch.setattr(os, "replace", flaky)
    result = build([a], None, 1, out).results[0]
    monkeypatch.setattr(os, "replace", real)
    assert not result.ok and result.written == ["case-a/en/reminder-1.md"]
    assert "already new: case-a/en/reminder-1.md" in result.problems[0]
    mended = build([a], None, 1, out).results[0]  # the record owned both versions: no "edited by hand"
    assert mended.ok, mended.problems
    assert "Mill Road" in (out / "case-a/en/reminder-2.md").read_text()


# --- links under output/ (issue 18, points 2 and 3) ------------------------------------------


def test_a_symlink_to_another_cases_file_is_refused(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    a, b = write_case(cases, "case-a"), write_case(cases, "case-b", tweak="Other Street")
    build([a, b], None, 1, out)
    victim = (out / "case-b/en/reminder-1.md").read_bytes()
    target = out / "case-a/en/reminder-1.md"
    target.unlink()
    target.symlink_to("../../case-b/en/reminder-1.md")
    write_case(cases, "case-a", tweak="Mill Road")
    report = build([a, b], None, 1, out)
    assert not report.results[0].ok and "symbolic link" in report.results[0].problems[0]
    assert report.results[1].ok
    assert (out / "case-b/en/reminder-1.md").read_bytes() == victim
    assert target.is_symlink()


def test_a_symlinked_case_folder_is_refused(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out.mkdir()
    (out / "case-a").symlink_to(elsewhere)
    a = write_case(cases, "case-a")
    report = build([a], None, 1, out)
    assert not report.results[0].ok and "symbolic link" in report.results[0].problems[0]
    assert list(elsewhere.iterdir()) == []


def test_a_symlinked_lock_or_record_never_writes_through(tmp_path: Path) -> None:
    from generator.errors import GeneratorError

    cases, out = tmp_path / "cases", tmp_path / "output"
    cases.mkdir()
    out.mkdir()
    outside = tmp_path / "precious.txt"
    outside.write_text("precious")
    (out / ".build.lock").symlink_to(outside)
    a = write_case(cases, "case-a")
    with pytest.raises(GeneratorError, match="symbolic link"):
        build([a], None, 1, out)
    assert outside.read_text() == "precious"
    (out / ".build.lock").unlink()
    (out / "case-a").mkdir()
    (out / "case-a/.record.json").symlink_to(outside)
    report = build([a], None, 1, out)
    assert not report.results[0].ok and "symbolic link" in " ".join(report.results[0].problems)
    assert outside.read_text() == "precious"


def test_a_second_reissue_supersedes_the_first_which_leaves_its_name_and_hash_in_the_record(tmp_path: Path) -> None:
    """Two unsent texts of one letter under one date would be two different letters of
    that date: only the newest reissued version stays on disk; the older one's file name,
    hash and date stay in the record (and its bytes in git)."""
    proj = project_copy(tmp_path)
    write_case(proj / "cases", "acme-twice", documents=SENT_FIRST)
    run(proj, "build", "--jobs", "1")
    out = proj / "output" / "acme-twice" / "en"
    sent_md = (out / "reminder-1.md").read_bytes()
    add_sentence_to_uk_reminder(proj)
    run(proj, "reissue", "cases/acme-twice.yaml", "reminder-1", "--date", "2026-12-01")
    first = (out / "reminder-1.2026-12-01.md").read_bytes()
    add_sentence_to_uk_reminder(proj)  # a second change of wording, a second reissue
    done = run(proj, "reissue", "cases/acme-twice.yaml", "reminder-1", "--date", "2026-12-02")
    assert "reissued output/acme-twice/en/reminder-1.2026-12-02.md" in done.stdout
    assert not (out / "reminder-1.2026-12-01.md").exists() and not (out / "reminder-1.2026-12-01.pdf").exists()
    assert (out / "reminder-1.md").read_bytes() == sent_md  # the version as sent stays, always
    rec = json.loads((proj / "output" / "acme-twice" / ".record.json").read_text())["outputs"]["acme-twice/en/reminder-1.md"]
    assert [v["file"] for v in rec["versions"]] == ["acme-twice/en/reminder-1.2026-12-02.md"]
    assert rec["superseded"] == [{"file": "acme-twice/en/reminder-1.2026-12-01.md", "sha": manifest.sha(first),
                                  "reissued": "2026-12-01"}]
    assert "0 built" in run(proj, "build", "--jobs", "1").stdout
    # A third reissue on the first one's day takes a new name, never the superseded one's.
    add_sentence_to_uk_reminder(proj)
    done = run(proj, "reissue", "cases/acme-twice.yaml", "reminder-1", "--date", "2026-12-01")
    assert "reissued output/acme-twice/en/reminder-1.2026-12-01-2.md" in done.stdout


def test_a_record_that_still_lists_several_reissued_versions_is_pruned_by_the_next_build(tmp_path: Path) -> None:
    """Records written before superseding existed keep every reissued version: the next
    build (not a no-op) removes all but the newest, once."""
    proj = project_copy(tmp_path)
    write_case(proj / "cases", "acme-old", documents=SENT_FIRST)
    run(proj, "build", "--jobs", "1")
    out = proj / "output" / "acme-old" / "en"
    add_sentence_to_uk_reminder(proj)
    run(proj, "reissue", "cases/acme-old.yaml", "reminder-1", "--date", "2026-12-01")
    # As an older build left it: a first version without the notice, listed before the newest.
    record_file = proj / "output" / "acme-old" / ".record.json"
    raw = json.loads(record_file.read_text())
    old_md = b"an older reissue, written before the notice existed"
    (out / "reminder-1.2025-12-01.md").write_bytes(old_md)
    rec = raw["outputs"]["acme-old/en/reminder-1.md"]
    rec["versions"].insert(0, {"file": "acme-old/en/reminder-1.2025-12-01.md", "sha": manifest.sha(old_md),
                               "reissued": "2025-12-01"})
    record_file.write_text(json.dumps(raw))
    done = run(proj, "build", "--jobs", "1")
    assert not (out / "reminder-1.2025-12-01.md").exists() and (out / "reminder-1.2026-12-01.md").is_file()
    assert "0 built" in done.stdout
    rec = json.loads(record_file.read_text())["outputs"]["acme-old/en/reminder-1.md"]
    assert [v["file"] for v in rec["versions"]] == ["acme-old/en/reminder-1.2026-12-01.md"]
    assert rec["superseded"][0]["file"] == "acme-old/en/reminder-1.2025-12-01.md"
    assert "0 built" in run(proj, "build", "--jobs", "1").stdout
