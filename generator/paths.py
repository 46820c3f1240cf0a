"""Where the project's cases and output live, and how a path is shown in messages.

Light on purpose (no validation, no rendering imported): a no-op build needs only this,
the case records and a stat of each output."""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "cases"
OUTPUT = ROOT / "output"


def display_path(path: Path) -> str:
    """The path as the user should read it in messages: relative to the project."""
    from generator.case.load import shown

    try:
        text = str(path.resolve().relative_to(ROOT))
    except ValueError:
        text = str(path)
    return shown(text, 10_000)  # a file name may hold terminal escape codes


def find_cases(paths: list[str] | None) -> list[Path]:
    """The given case files, or every `*.yaml` / `*.yml` file in cases/ (any case of
    the extension)."""
    if paths:
        return [Path(p) for p in paths]
    # Dot files are an editor's or a file system's (.#acme.yaml, ._acme.yaml), not cases.
    return sorted(p for p in CASES.iterdir()
                  if p.suffix.lower() in (".yaml", ".yml") and not p.name.startswith(".") and not p.is_dir())


def shard_of(case_id: str, shards: int) -> int:
    """The shard (1..shards) a case belongs to: a hash of its id, so a case stays in its
    shard whatever other cases are added or removed, on any machine."""
    return int(hashlib.sha256(case_id.encode("utf-8")).hexdigest(), 16) % shards + 1
