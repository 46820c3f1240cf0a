"""Sharding for an existing CI engine (docs/ci/github-actions.yml): each machine builds
a stable share of the cases by naming their files, the shards' case folders are copied
together, and that equals a full build on one machine; a full build after the merge
rebuilds nothing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from generator.build import build
from tests.test_build import write_case


def shard_of(case_id: str, shards: int) -> int:
    """The shard (1..shards) of a case, as the CI example computes it."""
    return int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % shards + 1


def files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != ".build.lock"}


def test_two_shards_copied_together_equal_a_full_build_and_the_next_build_is_a_no_op(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    paths = [write_case(cases, f"shard-case-{n}") for n in range(4)]
    shares = {k: [p for p in paths if shard_of(p.stem, 2) == k] for k in (1, 2)}
    assert shares[1] and shares[2], "the four ids fall into both shards"
    full = tmp_path / "full"
    assert not build(paths, None, 1, full).failed
    merged = tmp_path / "merged"
    merged.mkdir()
    for k, share in shares.items():
        out = tmp_path / f"shard-{k}"  # a separate clone's output/
        assert not build(share, None, 1, out, full=False).failed
        for path in share:  # the CI job uploads the folders of its own cases
            shutil.copytree(out / path.stem, merged / path.stem)
    assert files(merged) == files(full)
    again = build(paths, None, 1, merged)
    assert not again.failed
    assert [r.written for r in again.results] == [[]] * len(paths) and again.removed == []
    assert files(merged) == files(full)
