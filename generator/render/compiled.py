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
import sys
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

from generator.diskcache import CACHE, remember, store


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
            store(self._file(bucket), bucket.bytecode_to_string())


def environment_tag(options: dict[str, Any]) -> str:
    text = repr((jinja2.__version__, sys.version_info[:2], sorted(options.items())))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def fluent_resource(text: str, parse, version: str, root: Path = CACHE):
    """`parse(text)` (a Fluent syntax tree), from `.cache/fluent/` when this exact text
    was parsed before by this version of the parser."""
    return remember("fluent", f"{version}\0{text}", lambda: parse(text), root)
