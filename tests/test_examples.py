"""The example cases: valid, built completely, and committed exactly as a fresh build
makes them (users commit output/, so must we)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from generator.build import build
from generator.render.formatting import Formatter
from tests.conftest import CASES, ROOT, example


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("fresh") / "output"
    report = build(CASES, None, 2, out)
    assert not report.failed, [r.problems for r in report.failed]
    return out


def generated(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != ".build.lock"}


def _current_versions(root: Path) -> tuple[dict[str, str], set[str], dict[str, str]]:
    """From the committed records: a sent document's name -> its latest reissued version,
    every earlier version (the files as sent), which a fresh build does not make, and the
    hash a fresh build must have where the latest version carries a reissue notice."""
    from generator import manifest

    latest, earlier, base = {}, set(), {}
    for case_id in manifest.recorded_cases(root):
        entry = manifest.load_record(root, case_id)
        for rel, rec in entry.outputs.items():
            versions = [v["file"] for v in rec.get("versions", [])]
            if versions:
                latest[rel] = versions[-1]
                earlier |= {rel, *versions[:-1]}
                if "base" in rec["versions"][-1]:
                    base[rel] = rec["versions"][-1]["base"]
                    assert manifest.sha((root / versions[-1]).read_bytes()) == rec["versions"][-1]["sha"]
    return latest, earlier, base


def test_committed_output_matches_a_fresh_build(fresh: Path) -> None:
    """Every file a fresh build makes is committed as made (a sent document that was
    reissued: as its latest version); nothing else is committed but the records' files
    as sent and their earlier versions. A template change that alters a sent example
    document fails here until it is reissued (`python -m generator build --reissue`)."""
    new, committed = generated(fresh), generated(ROOT / "output")
    from generator.manifest import sha

    latest, earlier, base = _current_versions(ROOT / "output")
    records = {name for name in new if name.endswith("/.record.json")}

    def current(name: str) -> bool:  # a reissue with a notice: the build's text under it
        return sha(new[name]) == base[name] if name in base else committed.get(latest.get(name, name)) == new[name]
    stale = sorted(name for name in set(new) - records if not current(name))
    extra = sorted(set(committed) - set(new) - set(latest.values()) - earlier - records)
    assert not stale and not extra, (
        f"run `make letters` (and `python -m generator build --reissue` for sent documents) and commit output/: "
        f"changed {stale[:5]}, extra {extra[:5]}")


def test_a_build_of_the_committed_output_changes_nothing(tmp_path: Path) -> None:
    """The committed tree is what the build leaves: no file written, no sent document
    that would now read differently, no hand edit, the records as committed."""
    import shutil

    out = tmp_path / "output"
    shutil.copytree(ROOT / "output", out, ignore=shutil.ignore_patterns(".build.lock"))
    before = generated(out)
    report = build(CASES, None, 2, out)
    assert not report.failed, [r.problems for r in report.failed]
    changed = [c["file"] for r in report.results for c in r.frozen_changed]
    assert not changed, f"sent documents that would change: {changed}; reissue them (`build --reissue`)"
    assert [r.written for r in report.results] == [[] for _ in CASES] and not report.removed
    assert generated(out) == before, "run `make letters` and commit output/ (the records changed)"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_listed_document_exists_and_states_debtor_and_amount(fresh: Path, path: Path) -> None:
    case = example(path.stem)
    summary = json.loads((fresh / case.id / "summary.json").read_text(encoding="utf-8"))
    # A Polish friendly reminder asks for the principal only (no charges in a first reminder,
    # issue 15); every other document states the total claimed.
    totals = {d["document"]: d["claim"]["principal_outstanding" if (case.jurisdiction == "PL" and d["document"] == "reminder-1")
                                          else "claim_total"] for d in summary["documents"] if "claim" in d}
    for lang in case.languages:
        for name in case.documents.names():
            md = fresh / case.id / lang / f"{name}.md"
            pdf = md.with_suffix(".pdf")
            assert md.is_file() and pdf.is_file(), f"{case.id}/{lang}/{name}"
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            flat = " ".join(strip(text).split())
            # The debtor's name in the document's language where the case gives one (names:).
            names = {" ".join(n.split()) for n in (case.debtor.name, case.debtor.name_in(lang))}
            assert any(n in flat for n in names), f"{case.id}/{lang}/{name}: debtor name"
            if name in totals:
                from decimal import Decimal

                amount = strip(Formatter(lang, case.currency).money(Decimal(totals[name])))
                assert " ".join(amount.split()) in flat, f"{case.id}/{lang}/{name}: amount {amount}"


def strip(text: str) -> str:
    """Without bidi isolates and marks, with plain spaces."""
    return "".join(" " if c in "\u00a0\u202f" else c for c in text if c not in "\u2066\u2067\u2068\u2069\u200e\u200f")


def test_hebrew_pdfs_keep_amounts_dates_and_accounts_in_logical_order(fresh: Path) -> None:
    """pdftotext reads a right-to-left page in logical order; the left-to-right runs
    inside it (amounts, dates, IBAN, phone) must come out whole and in order."""
    case = example("levi-design-2025-05")
    text = subprocess.run(["pdftotext", str(fresh / case.id / "he" / "pretrial-claim.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    flat = strip(text)
    for run in ("IL62 0108 0000 0009 9999 999", "+972 52-555-0123", "13,475.65 ₪", "29.10.2025", "10061"):
        assert run in flat, run
