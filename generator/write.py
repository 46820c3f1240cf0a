"""The only module that writes files. Atomically: a temporary file beside the target,
flushed and renamed over it, so a reader (or a killed build) sees the old file or the
new one, never half of one. Files whose bytes did not change are not touched.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

from generator.errors import GeneratorError

# Temporary files are hidden (a leading dot) and end in .tmp; one left by a build that
# was killed between writing and renaming is removed by a later write into its folder.
_TEMP = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")
STALE_TEMP_SECONDS = 15 * 60


class UnsafePath(GeneratorError):
    """A relative output name that would land outside the output folder."""


def safe_target(root: Path, relative: str) -> Path:
    """`root/relative`, refusing anything that would land outside `root`."""
    refuse = UnsafePath(f"refusing to write {relative!r}: it would land outside {root}")
    if not isinstance(relative, str) or not relative or "\x00" in relative or "\\" in relative:
        raise refuse
    rel = Path(relative)
    if rel.is_absolute() or not rel.parts or any(part in ("..", ".") for part in relative.split("/")):
        raise refuse
    try:
        base = root.resolve()
        target = (base / rel).resolve()  # follows symbolic links, so a link out is caught too
    except (OSError, RuntimeError, ValueError):
        raise refuse from None
    if target == base or not target.is_relative_to(base):
        raise refuse
    return target


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable: without this a power cut may undo it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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
    _fsync_dir(target.parent)


def remove_stale_temps(folder: Path, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Delete temporary files a killed write left in `folder` (old enough not to be in use)."""
    removed = []
    cutoff = time.time() - older_than
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def write_files(root: Path, files: dict[str, bytes]) -> tuple[list[str], list[str]]:
    """Write every file that changed; return (written, unchanged) relative paths."""
    targets = {rel: safe_target(root, rel) for rel in sorted(files)}  # check all before writing any
    written, unchanged = [], []
    cleaned: set[Path] = set()
    for rel, target in targets.items():
        data = files[rel]
        try:
            if target.parent not in cleaned:
                cleaned.add(target.parent)
                remove_stale_temps(target.parent)
            if target.is_file() and not target.is_symlink() and target.read_bytes() == data:
                unchanged.append(rel)
                continue
            write_atomic(target, data)
        except OSError as exc:
            raise GeneratorError(f"cannot write {root.name}/{rel}: {exc.strerror or exc}") from None
        written.append(rel)
    return written, unchanged
