"""`validate` at the size of a practice: verdicts cached by the case file's bytes, and
the cases not in the cache checked across cores.

A verdict (valid, or the list of problems as printed) is kept per case file under
`.cache/validate.json` in the project, with the file's size, modification time and
inode, the SHA-256 of its bytes, and a fingerprint of everything validation reads (the
generator's code, the jurisdiction data, the fonts the glyph check uses). An unchanged
file costs a stat(); a touched but identical file costs a read and a hash; anything
else is validated. The cache is an optimisation only: when it cannot be read or
written, every case is validated.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from typing import NamedTuple

from generator.errors import CaseInvalid


class Verdict(NamedTuple):
    """A case file's problems (empty: valid) and its warnings, as printed."""

    problems: list[str]
    warnings: list[str]

PACKAGE = Path(__file__).resolve().parent
CACHE = PACKAGE.parent / ".cache" / "validate.json"
FORMAT = 2  # 2: warnings kept beside the problems
PARALLEL_FROM = 24  # fewer cases than this are checked in this process (workers cost ~0.3 s each)


@functools.cache
def fingerprint() -> str:
    """Everything a verdict depends on besides the case file itself."""
    from generator.render.fonts import FACES, font_path

    h = hashlib.sha256(str(FORMAT).encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".yaml", ".yml") and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(PACKAGE)).encode())
            h.update(path.read_bytes())
    for face in FACES:
        try:
            stat = font_path(face.file).stat()
            h.update(f"{face.file}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        except Exception:  # noqa: BLE001 - a missing font is reported by the check itself
            h.update(face.file.encode())
    return h.hexdigest()


def _stat_key(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _check(path: str) -> tuple[str, Verdict, str | None, list[int] | None]:
    """Validate one case: (path, verdict as printed, sha of the bytes validated, stat)."""
    from generator.pipeline import load_case

    p = Path(path)
    before = _stat_key(p)
    try:
        digest = hashlib.sha256(p.read_bytes()).hexdigest() if before and p.is_file() else None
    except OSError:
        digest = None
    try:
        case = load_case(p)
        verdict = Verdict([], [str(warning) for warning in case.warnings])
    except CaseInvalid as exc:
        verdict = Verdict([str(problem) for problem in exc.problems], [])
    # A file that changed while it was read is not cached: the verdict may be of either version.
    if _stat_key(p) != before or p.is_symlink():
        digest = None
    return path, verdict, digest, before


def _load_cache() -> dict:
    try:
        data = json.loads(CACHE.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("fingerprint") == fingerprint() and isinstance(data.get("cases"), dict):
            return data["cases"]
    except (OSError, ValueError):
        pass
    return {}


def _save_cache(cases: dict) -> None:
    from generator.write import write_atomic

    try:
        CACHE.parent.mkdir(exist_ok=True)
        data = {"format": FORMAT, "fingerprint": fingerprint(), "cases": dict(sorted(cases.items()))}
        write_atomic(CACHE, (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8"))
    except (OSError, Exception):  # noqa: BLE001 - a read-only checkout validates without a cache
        pass


def validate_all(paths: list[Path], jobs: int | None = None, use_cache: bool = True) -> list[Verdict]:
    """The verdict of each case file, in the order given."""
    cached = _load_cache() if use_cache else {}
    # The file as named (messages name it so) and where it is.
    keys = [f"{p.absolute()}\t{p}" for p in paths]
    results: dict[str, Verdict] = {}
    todo: list[str] = []
    for path, key in zip(paths, keys):
        entry = cached.get(key)
        stat = _stat_key(path)
        if entry and stat and entry.get("stat") == stat and not path.is_symlink():
            results[key] = Verdict(entry["problems"], entry["warnings"])
            continue
        if entry and stat and path.is_file() and not path.is_symlink():
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                digest = None
            if digest == entry.get("sha"):
                entry["stat"] = stat
                results[key] = Verdict(entry["problems"], entry["warnings"])
                continue
        todo.append(str(path))
    jobs = jobs or os.cpu_count() or 1
    if len(todo) >= PARALLEL_FROM and jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            # Small chunks, so that the workers finish together (a chunk of 60 cases left
            # one core idle for half a second at the end).
            checked = list(pool.map(_check, todo, chunksize=max(1, min(16, len(todo) // (jobs * 8)))))
    else:
        checked = [_check(p) for p in todo]
    now = time.time_ns()
    for path, verdict, digest, stat in checked:
        key = f"{Path(path).absolute()}\t{path}"
        results[key] = verdict
        if digest is not None and stat is not None:
            # A file modified in the last two seconds may change again within the same
            # timestamp: record no stat for it, so that the next run hashes it (git's
            # "racy" entries).
            trusted = stat if now - stat[1] > 2_000_000_000 else None
            cached[key] = {"stat": trusted, "sha": digest, "problems": verdict.problems,
                           "warnings": verdict.warnings}
        else:
            cached.pop(key, None)
    if use_cache and todo:
        _save_cache({k: v for k, v in cached.items() if os.path.exists(k.split("\t", 1)[0])})
    return [results[key] for key in keys]
