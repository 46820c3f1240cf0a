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


def test_committed_output_matches_a_fresh_build(fresh: Path) -> None:
    new, committed = generated(fresh), generated(ROOT / "output")
    stale = sorted(name for name in new if committed.get(name) != new[name])
    extra = sorted(set(committed) - set(new))
    assert not stale and not extra, f"run `make letters` and commit output/: changed {stale[:5]}, extra {extra[:5]}"


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
            assert " ".join(case.debtor.name.split()) in flat, f"{case.id}/{lang}/{name}: debtor name"
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
