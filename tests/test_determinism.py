"""Same inputs, byte-identical Markdown and PDF: whatever the clock, time zone, locale
or hash seed of the machine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.test_build import write_case

BUILD = (
    "import sys; from pathlib import Path; from generator.build import build; "
    "r = build([Path(sys.argv[1])], None, 1, Path(sys.argv[2])); sys.exit(1 if r.failed else 0)"
)


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
            and p.name != ".build.lock"}


def test_two_builds_in_different_environments_are_identical(tmp_path: Path) -> None:
    case = write_case(tmp_path, "determinism")
    outputs = []
    for n, env in enumerate([
        {"TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "PYTHONHASHSEED": "1"},
        {"TZ": "Asia/Jerusalem", "LC_ALL": "pl_PL.UTF-8", "LANG": "ru_RU.UTF-8", "PYTHONHASHSEED": "987"},
    ]):
        out = tmp_path / f"out{n}"
        subprocess.run([sys.executable, "-c", BUILD, str(case), str(out)], cwd=ROOT, check=True,
                       env={**os.environ, **env})
        outputs.append(tree(out))
    assert outputs[0] == outputs[1]
    assert any(name.endswith(".pdf") for name in outputs[0])


def test_output_holds_no_absolute_paths_or_build_times(tmp_path: Path) -> None:
    case = write_case(tmp_path, "no-paths")
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-c", BUILD, str(case), str(out)], cwd=ROOT, check=True)
    for name, data in tree(out).items():
        if name == ".manifest.json":  # keys cases by path; the project's own cases by relative path
            continue
        assert str(tmp_path).encode() not in data, name
        assert str(ROOT).encode() not in data, name
        assert b"/usr/share/fonts" not in data, name
