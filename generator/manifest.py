"""What the build made, and from what: the basis of incremental builds.

`output/.manifest.json` records, per case file, the hash of its bytes and, per output
file, a fingerprint of everything that file depends on (the case file, the templates
and stylesheet it uses, its jurisdiction's data, the fonts and the generator's own
code) and the hash of the bytes written. A file is rebuilt only when its fingerprint
changed or the file on disk is not what we wrote; files the build did not make are
never touched, and files it made for documents no case lists any more are removed.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import __version__

MANIFEST = ".manifest.json"
PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
TEMPLATES = ROOT / "templates"
FORMAT = 1


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@functools.cache
def file_hash(path: Path) -> str:
    return sha(path.read_bytes())


@functools.cache
def code_hash() -> str:
    """The generator's version and source: a code change may change any output."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        h.update(str(path.relative_to(PACKAGE)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


@functools.cache
def data_hash(jurisdiction: str) -> str:
    h = hashlib.sha256()
    for path in sorted((PACKAGE / "jurisdictions" / "data" / jurisdiction.lower()).rglob("*.yaml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


@functools.cache
def fonts_hash() -> str:
    from generator.render.fonts import FACES, FONT_DIRS

    h = hashlib.sha256()
    for face in FACES:
        for folder in FONT_DIRS:
            path = folder / face.file
            if path.is_file():
                h.update(face.file.encode())
                h.update(str(path.stat().st_size).encode())
                break
    return h.hexdigest()


def template_kind(document: str) -> str:
    return "reminder" if document.startswith("reminder-") else document


@functools.cache
def templates_hash(document: str, lang: str) -> str:
    """The templates one document in one language is made from."""
    kind = template_kind(document)
    files = [TEMPLATES / kind / f"{lang}.md.j2", TEMPLATES / kind / "document.yaml",
             *TEMPLATES.glob("_partials/*.j2"), *TEMPLATES.glob(f"_partials/{lang}/*.j2"),
             *TEMPLATES.glob("_layout/*"),
             # One structure per jurisdiction with wording per language (templates/README.md).
             *TEMPLATES.glob("??/*.j2"), *TEMPLATES.glob(f"??/{lang}/*.ftl"),
             *TEMPLATES.glob("_shared/*"), *TEMPLATES.glob(f"_locale/{lang}/*")]
    h = hashlib.sha256()
    for path in sorted(set(files)):
        if path.is_file():
            h.update(str(path.relative_to(TEMPLATES)).encode())
            h.update(file_hash(path).encode())
    return h.hexdigest()


def fingerprint(case_hash: str, jurisdiction: str, document: str | None, lang: str | None) -> str:
    """Everything one output file depends on, as one hash. `document` None: summary.json."""
    parts = [str(FORMAT), case_hash, code_hash(), data_hash(jurisdiction)]
    if document is not None and lang is not None:
        parts += [templates_hash(document, lang), fonts_hash(), document, lang]
    return sha("\n".join(parts).encode())


@dataclass
class CaseEntry:
    case_hash: str
    case_id: str
    jurisdiction: str
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)  # rel path -> {fp, sha}

    def to_json(self) -> dict[str, Any]:
        return {"case_hash": self.case_hash, "case_id": self.case_id, "jurisdiction": self.jurisdiction,
                "outputs": dict(sorted(self.outputs.items()))}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> CaseEntry:
        return cls(raw["case_hash"], raw["case_id"], raw["jurisdiction"], dict(raw.get("outputs", {})))


def load(output: Path) -> dict[str, CaseEntry]:
    path = output / MANIFEST
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT:
            return {}
        return {k: CaseEntry.from_json(v) for k, v in raw.get("cases", {}).items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}  # no or unreadable manifest: everything counts as new


def dump(entries: dict[str, CaseEntry]) -> bytes:
    data = {"format": FORMAT, "cases": {k: entries[k].to_json() for k in sorted(entries)}}
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def file_hash_uncached(path: Path) -> str:
    return sha(path.read_bytes())
