"""Working with git: branches that add neighbouring cases merge without conflict (each
case's record lives with it), the PDF diff driver shows text, and the pre-commit hook
checks the staged case and its staged output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_build import write_case
from tests.test_record import project_copy, run

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                           "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
                          cwd=repo, capture_output=True, text=True, env={**os.environ, **(env or {})})
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    proj = project_copy(tmp_path)
    (proj / "cases" / ".gitkeep").write_text("")
    git(proj, "init", "-q")
    git(proj, "add", "-A")
    git(proj, "commit", "-q", "-m", "base")
    return proj


def test_two_branches_adding_neighbouring_cases_merge_without_conflict(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "one")
    write_case(repo / "cases", "acme-a")
    run(repo, "build", "--jobs", "1")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "acme-a")
    git(repo, "checkout", "-q", "main")
    git(repo, "checkout", "-q", "-b", "two")
    write_case(repo / "cases", "acme-c")
    run(repo, "build", "--jobs", "1")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "acme-c")
    merged = git(repo, "merge", "-q", "--no-edit", "one", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert not git(repo, "diff", "--name-only", "--diff-filter=U").stdout
    assert (repo / "output/acme-a/.record.json").is_file() and (repo / "output/acme-c/.record.json").is_file()
    after = run(repo, "build", "--jobs", "1")
    assert "0 built" in after.stdout and "0 removed" in after.stdout
    assert not git(repo, "status", "--porcelain").stdout  # nothing to commit after the merge


def test_pdf_diff_driver_shows_the_changed_text(repo: Path) -> None:
    assert git(repo, "check-attr", "diff", "--", "output/x/en/letter.pdf").stdout.strip() == \
        "output/x/en/letter.pdf: diff: pdf"
    git(repo, "config", "diff.pdf.textconv", "scripts/pdf-textconv")
    write_case(repo / "cases", "acme-a")
    run(repo, "build", "--jobs", "1")
    letters = repo / "output/acme-a/en"
    shutil.copy(letters / "reminder-1.pdf", repo / "letter.pdf")
    git(repo, "add", "letter.pdf")
    git(repo, "commit", "-q", "-m", "a letter")
    shutil.copy(letters / "reminder-2.pdf", repo / "letter.pdf")
    diff = git(repo, "diff", "--", "letter.pdf").stdout
    assert "Binary files" not in diff
    removed = [line for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert removed and added
    assert any("Reminder" in line or "reminder" in line for line in removed + added), diff[:2000]


def test_pre_commit_hook_checks_the_staged_case_and_its_staged_output(repo: Path) -> None:
    hook_env = {"PYTHON": sys.executable}
    git(repo, "config", "core.hooksPath", "scripts")
    case = write_case(repo / "cases", "acme-a")
    good = case.read_text(encoding="utf-8")

    # A bad staged version is refused even though the working tree is fine again.
    case.write_text(good.replace("currency: GBP", "currency: GBP\ncurrency: EUR"), encoding="utf-8")
    git(repo, "add", "cases/acme-a.yaml")
    case.write_text(good, encoding="utf-8")
    refused = git(repo, "commit", "-q", "-m", "bad", check=False, env=hook_env)
    assert refused.returncode != 0 and "duplicate key 'currency'" in refused.stderr
    assert "(staged version)" in refused.stderr

    # A good staged case without its output is refused: the output is out of date.
    git(repo, "add", "cases/acme-a.yaml")
    refused = git(repo, "commit", "-q", "-m", "no output", check=False, env=hook_env)
    assert refused.returncode != 0 and "make letters" in refused.stderr and "output/acme-a" in refused.stderr

    # Built and staged: accepted.
    run(repo, "build", "--jobs", "1")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "acme-a", env=hook_env)

    # The case edited and staged, its output not rebuilt: refused.
    case.write_text(good.replace("Mill Lane", "Mill Road"), encoding="utf-8")
    git(repo, "add", "cases/acme-a.yaml")
    refused = git(repo, "commit", "-q", "-m", "stale", check=False, env=hook_env)
    assert refused.returncode != 0 and "another version of this case file" in refused.stderr

    # Rebuilt but only part of the output staged: refused, naming the file.
    run(repo, "build", "--jobs", "1")
    git(repo, "add", "cases", "output/acme-a/.record.json", "output/acme-a/summary.json")
    refused = git(repo, "commit", "-q", "-m", "partial", check=False, env=hook_env)
    assert refused.returncode != 0 and "output/acme-a/en/reminder-1.md is not staged as built" in refused.stderr
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "rebuilt", env=hook_env)


def test_make_git_setup_works_in_a_worktree(repo: Path, tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    shutil.copy(ROOT / "Makefile", repo / "Makefile")
    git(repo, "add", "Makefile")
    git(repo, "commit", "-q", "-m", "Makefile")
    tree = tmp_path / "tree"
    git(repo, "worktree", "add", "-q", str(tree))
    done = subprocess.run(["make", "git-setup"], cwd=tree, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    hooks = Path(git(tree, "rev-parse", "--git-path", "hooks").stdout.strip())
    hook = (hooks if hooks.is_absolute() else tree / hooks) / "pre-commit"
    assert hook.is_symlink() and hook.resolve() == (tree / "scripts" / "pre-commit").resolve()
    assert git(tree, "config", "diff.pdf.textconv").stdout.strip() == "scripts/pdf-textconv"
