"""The only module that writes files. Atomically: a temporary file beside the target,
flushed and renamed over it, so a reader (or a killed build) sees the old file or the
new one, never half of one. Files whose bytes did not change are not touched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class UnsafePath(Exception):
    pass


def safe_target(root: Path, relative: str) -> Path:
    """`root/relative`, refusing anything that would land outside `root`."""
    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        raise UnsafePath(f"refusing to write {relative!r} outside {root}")
    target = (root / rel).resolve()
    if not target.is_relative_to(root.resolve()):
        raise UnsafePath(f"refusing to write {relative!r} outside {root}")
    return target


def write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_files(root: Path, files: dict[str, bytes]) -> tuple[list[str], list[str]]:
    """Write every file that changed; return (written, unchanged) relative paths."""
    targets = {rel: safe_target(root, rel) for rel in sorted(files)}  # check all before writing any
    written, unchanged = [], []
    for rel, target in targets.items():
        data = files[rel]
        if target.is_file() and target.read_bytes() == data:
            unchanged.append(rel)
            continue
        write_atomic(target, data)
        written.append(rel)
    return written, unchanged
