"""What a process works out at start-up, kept between runs in the project's `.cache/`.

Each worker of a build and each `validate` process used to redo the same start-up work
before its first case: the font metrics of the length check (reading seven font files
with fontTools), the holidays of each jurisdiction (importing the `holidays` package,
which imports all of its countries), the parsed wording, the compiled templates. That
work depends only on inputs that can be named exactly (the bytes of the fonts, a
library's version, a source file's text), so its result is stored under a key made of
those inputs and read back by the next process.

An optimisation only: a missing, damaged or unwritable entry means working it out
again, never an error, and the result is the same either way. `.cache/` is git-ignored
and local to the checkout, like Python's own `__pycache__`, and trusted as much: its
entries are pickles, so they are never taken from anywhere but this checkout's runs.
Light on purpose: the standard library only.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

from generator.paths import ROOT

CACHE = ROOT / ".cache"


def store(path: Path, data: bytes) -> None:
    """Atomically, without fsync: a file lost in a crash is worked out again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        pass


def remember(kind: str, key: str, compute: Callable[[], Any], root: Path = CACHE) -> Any:
    """`compute()`, or what it returned before for this exact `key` (which must name
    every input of the result; Python's version is added, for the pickle)."""
    digest = hashlib.sha256(f"{key}\0{sys.version_info[:2]}".encode("utf-8")).hexdigest()
    path = root / kind / f"{digest}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - missing, unreadable or damaged: work it out again
        pass
    value = compute()
    store(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value
