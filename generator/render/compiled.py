"""Compiled templates and parsed wording kept between runs, in the project's `.cache/`.

Compiling the Jinja2 structures and parsing the Fluent wording is done once per file
version, not once per process: a build's worker (and each `build` the user runs) starts
with what an earlier one compiled. Every entry is keyed by the exact text of its source
(and the library versions), so an edited template or message file is compiled again;
the output is the same bytes with or without the cache.

An optimisation only: a cache that is missing, damaged, or cannot be written (a
read-only checkout) means compiling again, never an error. `.cache/` is git-ignored and
local to the checkout, like Python's own `__pycache__`, and trusted as much: it holds
code, so it is never taken from anywhere but this checkout's own runs.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

from generator.paths import ROOT

CACHE = ROOT / ".cache"


def _store(path: Path, data: bytes) -> None:
    """Atomically, without fsync: a file lost in a crash is compiled again."""
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


class TemplateCache(BytecodeCache):
    """Jinja2's compiled templates in `.cache/jinja-<tag>/`. Jinja2 checks each entry
    against the template's source and its own and Python's versions; `tag` names the
    environment's options, which change the compiled code without changing the source."""

    def __init__(self, tag: str, root: Path = CACHE) -> None:
        self.folder = root / f"jinja-{tag}"

    def _file(self, bucket: Bucket) -> Path:
        return self.folder / f"{bucket.key}.cache"

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            with self._file(bucket).open("rb") as fh:
                bucket.load_bytecode(fh)
        except OSError:
            return
        except Exception:  # noqa: BLE001 - a damaged entry: compile again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            _store(self._file(bucket), bucket.bytecode_to_string())


def environment_tag(options: dict[str, Any]) -> str:
    text = repr((jinja2.__version__, sys.version_info[:2], sorted(options.items())))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def fluent_resource(text: str, parse, version: str, root: Path = CACHE):
    """`parse(text)` (a Fluent syntax tree), from `.cache/fluent/` when this exact text
    was parsed before by this version of the parser."""
    key = hashlib.sha256(f"{version}\0{sys.version_info[:2]}\0{text}".encode("utf-8")).hexdigest()
    path = root / "fluent" / f"{key}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - missing, unreadable or damaged: parse again
        pass
    resource = parse(text)
    _store(path, pickle.dumps(resource, protocol=pickle.HIGHEST_PROTOCOL))
    return resource
