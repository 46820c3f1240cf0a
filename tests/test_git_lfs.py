"""PDFs in Git LFS (`make lfs-setup`) keep their text diff: scripts/pdf-textconv
resolves an LFS pointer before extracting the text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git-lfs") is None, reason="git-lfs is not installed")

RULE = "output/**/*.pdf filter=lfs diff=pdf merge=lfs -text"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args], cwd=repo,
                          capture_output=True, text=True, check=True).stdout


def test_the_makefile_rule_is_the_one_documented() -> None:
    assert RULE in (ROOT / "Makefile").read_text(encoding="utf-8")
    assert RULE in (ROOT / "README.md").read_text(encoding="utf-8")


def test_a_pdf_in_lfs_still_diffs_as_text(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "output" / "a" / "en").mkdir(parents=True)
    git(repo, "init", "-q")
    git(repo, "lfs", "install", "--local")
    git(repo, "config", "diff.pdf.textconv", str(ROOT / "scripts" / "pdf-textconv"))
    (repo / ".gitattributes").write_text(f"*.pdf binary diff=pdf\n{RULE}\n", encoding="utf-8")
    pdf = repo / "output" / "a" / "en" / "letter.pdf"
    letters = ROOT / "output" / "harper-cole-2025-07" / "en"
    shutil.copy(letters / "reminder-1.pdf", pdf)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "one")
    assert git(repo, "show", "HEAD:output/a/en/letter.pdf").startswith("version https://git-lfs.github.com/spec/v1")
    shutil.copy(letters / "reminder-2.pdf", pdf)
    diff = git(repo, "diff")
    assert "Friendly payment reminder" in diff
    assert "Second reminder" in diff and "oid sha256:" not in diff
