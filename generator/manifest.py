"""What the build made, and from what: the record of each case.

`output/<case>/.record.json` records, for one case, the hash of its case file's bytes
and, per output file, a fingerprint of everything that file depends on (the case file,
the templates and stylesheet it uses, its jurisdiction's data, the fonts and the
generator's own code) and the hash of the bytes written. A file is rebuilt only when
its fingerprint changed; files the build did not make are never touched, a file changed
by hand is not overwritten, and files it made for documents no case lists any more are
removed.

A document the case records as sent, signed or filed is *frozen*: its entry says so
(`sent`), keeps the hash of the file as it went out, the reissued versions written
beside it (`versions`), and, when what the build would write now differs, the hash of
that (`now`). The record lives with its case, so two branches that touch different
cases never conflict in it. An old single `output/.manifest.json` is migrated.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import __version__

MANIFEST = ".manifest.json"  # format 1: one file for all cases (migrated)
RECORD = ".record.json"
PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
TEMPLATES = ROOT / "templates"
FORMAT = 1  # of the old manifest
RECORD_FORMAT = 2
MAX_RECORD_BYTES = 20_000_000


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@functools.cache
def file_hash(path: Path) -> str:
    return sha(path.read_bytes())


# Modules that cannot change a document's bytes: the command line, the commands that
# only read cases, and the build's own bookkeeping (which files, when; never their
# content). Every other module, including any added later, is in the fingerprint.
NOT_OUTPUT_CODE = frozenset({"__main__.py", "cli.py", "status.py", "starter.py", "jsonschema.py", "lock.py",
                             "build.py", "verdicts.py", "statcache.py", "paths.py", "collector.py"})


@functools.cache
def code_hash() -> str:
    """The generator's version and the source of the code that makes documents: an
    edit to `status` or the command line re-renders nothing."""
    return source_hash(PACKAGE)


def source_hash(package: Path) -> str:
    h = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if "__pycache__" in rel.parts or (len(rel.parts) == 1 and rel.name in NOT_OUTPUT_CODE):
            continue
        h.update(str(rel).encode())
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
    """The bytes of the font files the PDFs embed subsets of: an update of a font
    package re-renders the documents even when a file keeps its size (about 10 ms per
    process, hashing about 3 MB)."""
    from generator.render.fonts import FACES, FONT_DIRS

    h = hashlib.sha256()
    for face in FACES:
        for folder in FONT_DIRS:
            path = folder / face.file
            if path.is_file():
                h.update(face.file.encode())
                h.update(file_hash(path).encode())
                break
    return h.hexdigest()


@functools.cache
def templates_hash(document: str, lang: str) -> str:
    """The templates one document in one language is made from."""
    files = [*TEMPLATES.glob("_layout/*"),
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
    """The record of one case (`output/<case>/.record.json`)."""

    case_hash: str
    case_id: str
    jurisdiction: str
    outputs: dict[str, dict[str, Any]] = field(default_factory=dict)  # rel path -> {fp, sha, ...}

    def to_json(self) -> dict[str, Any]:
        return {"format": RECORD_FORMAT, "case": self.case_id, "case_hash": self.case_hash,
                "jurisdiction": self.jurisdiction,
                "outputs": {k: dict(sorted(v.items())) for k, v in sorted(self.outputs.items())}}

    @classmethod
    def from_json(cls, raw: Any) -> CaseEntry:
        """Validate the shape; raise ValueError saying what is wrong."""
        if not isinstance(raw, dict):
            raise ValueError(f"it holds {type(raw).__name__}, not an object")
        for key in ("case_hash", "case_id" if "case_id" in raw else "case", "jurisdiction"):
            if not isinstance(raw.get(key), str):
                raise ValueError(f"'{key}' is missing or not text")
        outputs = raw.get("outputs", {})
        if not isinstance(outputs, dict):
            raise ValueError("'outputs' is not an object")
        clean: dict[str, dict[str, Any]] = {}
        for rel, rec in outputs.items():
            if not isinstance(rec, dict) or not isinstance(rec.get("sha"), str):
                raise ValueError(f"the entry for {rel!r} is damaged")
            for key, what in (("versions", "versions"), ("superseded", "superseded versions")):
                if not _file_list(rec.get(key, [])):
                    raise ValueError(f"the {what} of {rel!r} are damaged")
            clean[rel] = dict(rec)
        return cls(raw["case_hash"], raw.get("case_id", raw.get("case")), raw["jurisdiction"], clean)

    def owned(self) -> dict[str, str]:
        """Every file this record accounts for (reissued versions too) -> its hash."""
        out: dict[str, str] = {}
        for rel, rec in self.outputs.items():
            out[rel] = rec["sha"]
            for v in rec.get("versions", []):
                out[v["file"]] = v["sha"]
        return out


def current(rec: dict[str, Any]) -> tuple[str | None, str]:
    """(reissued file or None for the output's own name, its hash): a frozen output's
    latest version."""
    versions = rec.get("versions") or []
    if versions:
        return versions[-1]["file"], versions[-1]["sha"]
    return None, rec["sha"]


def _file_list(items: Any) -> bool:
    """A record's list of files with their hashes ({file, sha, ...}), as written."""
    return isinstance(items, list) and all(
        isinstance(v, dict) and isinstance(v.get("file"), str) and isinstance(v.get("sha"), str) for v in items)


def superseded(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """A frozen output's reissued versions older than its newest: records of a wording that
    a later reissue replaced. They were never sent (a reissue says so), and beside the
    newest one, an older text of the same date is a second, different letter of that
    date, so the build removes their files and keeps only their names, hashes and dates
    (`superseded`); git keeps their bytes."""
    return list((rec.get("versions") or [])[:-1])


def current_base(rec: dict[str, Any]) -> str:
    """The hash a fresh build of a frozen output is compared with: its latest version's,
    less the reissue notice a reissued version carries (`base`: the hash without it)."""
    versions = rec.get("versions") or []
    if versions:
        return versions[-1].get("base", versions[-1]["sha"])
    return rec["sha"]


class Damaged(Exception):
    """A record that exists but cannot be used; the message says why."""


def record_path(case_id: str) -> str:
    return f"{case_id}/{RECORD}"


def load_record(output: Path, case_id: str) -> CaseEntry | None:
    """The record of one case; None when there is none; Damaged when it cannot be used
    (unreadable, merge-conflict markers, not JSON, the wrong shape, a link)."""
    from generator.write import UnsafePath, read_regular

    try:
        raw = read_regular(output, record_path(case_id), MAX_RECORD_BYTES + 1)
    except FileNotFoundError:
        return None
    except UnsafePath as exc:
        raise Damaged(str(exc)) from None
    except OSError as exc:
        if exc.errno == 20:  # ENOTDIR: output/<case> is a file
            raise Damaged(f"{output.name}/{case_id} is not a folder") from None
        raise Damaged(f"cannot read it: {exc.strerror or exc}") from None
    if len(raw) > MAX_RECORD_BYTES:
        raise Damaged("it is too large to be a build record")
    if b"\n<<<<<<< " in b"\n" + raw or b"\n>>>>>>> " in raw:
        raise Damaged("it holds merge-conflict markers (<<<<<<< ... >>>>>>>)")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise Damaged(f"it is not valid JSON ({exc})") from None
    if isinstance(data, dict) and data.get("format") != RECORD_FORMAT:
        raise Damaged(f"it has format {data.get('format')!r}; this generator writes format {RECORD_FORMAT}")
    try:
        entry = CaseEntry.from_json(data)
    except ValueError as exc:
        raise Damaged(str(exc)) from None
    if entry.case_id != case_id:
        raise Damaged(f"it is the record of {entry.case_id!r}, not of {case_id!r}")
    return entry


def dump_record(entry: CaseEntry) -> bytes:
    return (json.dumps(entry.to_json(), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def recorded_cases(output: Path) -> list[str]:
    """Case folders under `output` that hold a record (links are not followed)."""
    out = []
    try:
        entries = sorted(os.scandir(output), key=lambda e: e.name)
    except OSError:
        return out
    for entry in entries:
        if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
            try:
                os.lstat(os.path.join(entry.path, RECORD))
            except OSError:
                continue
            out.append(entry.name)
    return out


def migrate(output: Path) -> list[str]:
    """Turn an old single `output/.manifest.json` into per-case records (a case that has
    a record keeps it) and remove it. Returns messages for the user."""
    from generator.write import read_regular, remove_file, write_atomic

    path = output / MANIFEST
    try:
        st = os.lstat(path)
    except OSError:
        return []
    import stat as stat_

    if not stat_.S_ISREG(st.st_mode):
        return [f"{output.name}/{MANIFEST} is not a regular file; it is ignored (remove it)"]
    try:
        raw = json.loads(read_regular(output, MANIFEST).decode("utf-8"))
        cases = raw["cases"] if isinstance(raw, dict) and raw.get("format") == FORMAT else None
        if not isinstance(cases, dict):
            raise ValueError("not a format-1 manifest")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        remove_file(output, MANIFEST)
        return [f"{output.name}/{MANIFEST} (the old build manifest) could not be read ({exc}); removed it: "
                f"files it listed are no longer known to the build"]
    moved = 0
    for old in cases.values():
        try:
            entry = CaseEntry.from_json(old)
            from generator.write import safe_target

            safe_target(output, record_path(entry.case_id))
            if load_record(output, entry.case_id) is None:
                write_atomic(output / record_path(entry.case_id), dump_record(entry))
                moved += 1
        except (ValueError, Damaged, OSError, Exception):  # noqa: BLE001 - a damaged old entry is skipped
            continue
    remove_file(output, MANIFEST)
    return [f"migrated {output.name}/{MANIFEST} to {moved} per-case record(s) ({output.name}/<case>/{RECORD})"]
