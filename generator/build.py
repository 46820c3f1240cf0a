"""`build`: every case, every document, every language, rebuilt only where needed.

Per case: if the case file and everything its outputs depend on are unchanged and the
outputs on disk are what we wrote, nothing is loaded or rendered (a no-op build does
not import WeasyPrint). Otherwise the case is validated completely (from exactly the
bytes that were hashed), the outputs whose fingerprint changed are rendered in memory,
and only then written, as one unit, with the case's record (`output/<case>/.record.json`).

Sent is sent: a document the case records as sent, signed or filed is frozen. The build
never rewrites its files; when what it would write now differs, it says so and shows
the change in the Markdown. `--reissue` (or `python -m generator reissue CASE DOC`)
writes a new dated version beside it (`<document>.<date>.md`/`.pdf`); the file as sent
stays. A generated file changed by hand is not overwritten (`--overwrite-edited` does).

Cases are built in worker processes (`--jobs`) that die with the build; only the build
itself holds the lock on output/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import collector, manifest
from generator.errors import CaseInvalid, GeneratorError
from generator.lock import output_lock
from generator.paths import OUTPUT, display_path, find_cases

MAX_DIFF_LINES = 80


@dataclass(frozen=True)
class Options:
    reissue: frozenset[str] | bool = False  # True: every frozen document that changed; or document names
    reissue_date: dt.date | None = None  # the date in a reissued version's file name
    overwrite_edited: bool = False


@dataclass
class CaseResult:
    source: str
    case_id: str | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # non-fatal findings of validation
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # said to the user; not failures
    frozen_changed: list[dict[str, Any]] = field(default_factory=list)  # {file, sent, diff}
    reissued: list[str] = field(default_factory=list)
    edited: list[str] = field(default_factory=list)  # changed by hand, kept
    removed: list[str] = field(default_factory=list)
    unaccounted: list[str] = field(default_factory=list)
    entry: manifest.CaseEntry | None = None  # the record written; None: unchanged

    @property
    def ok(self) -> bool:
        return not self.problems


def sent_documents(case) -> dict[str, str]:
    """Documents the case records as gone out: name -> the date (sent, signed, filed)."""
    docs = case.documents
    out: dict[str, str] = {}
    for r in docs.reminders:
        if r.sending.sent:
            out[f"reminder-{r.level}"] = r.sending.sent.isoformat()
    if docs.pretrial_claim and docs.pretrial_claim.sending.sent:
        out["pretrial-claim"] = docs.pretrial_claim.sending.sent.isoformat()
    if docs.payment_plan and docs.payment_plan.signed:
        out["payment-plan"] = docs.payment_plan.signed.isoformat()
    if docs.small_claim and docs.small_claim.filed:
        out["small-claim"] = docs.small_claim.filed.isoformat()
    return out


def _with_reissue_notice(case, doc: str, lang: str, day: dt.date, gone: str) -> dict[str, bytes]:
    """A document's Markdown and PDF as reissued on `day`: the build's text under a notice
    that it is a record of the current wording, not a new letter."""
    from generator.compute.deadlines import document_date
    from generator.jurisdictions import registry
    from generator.render.document import render_document
    from generator.render.formatting import Formatter
    from generator.render.wording import Wording

    fmt = Formatter(lang, case.currency)
    kind = {"payment-plan": "signed", "small-claim": "filed"}.get(doc, "sent")
    wording = Wording(case.jurisdiction.lower(), lang, "reminder" if doc.startswith("reminder-") else doc)
    notice = wording.format(
        "reissue-notice", {"kind": kind, "reissued": fmt.date(day), "date": fmt.date(document_date(case, doc)),
                           "gone": fmt.date(dt.date.fromisoformat(gone))})
    notice += " " + wording.format("reissue-notice-data", {"reissued": fmt.date(day)})
    md, pdf = render_document(case, registry.get(case.jurisdiction), doc, lang, notice=f"> {notice}")
    return {"md": md.encode("utf-8"), "pdf": pdf}


def _split(rel: str) -> tuple[str | None, str | None, str]:
    """(lang, document, extension) of `<case>/<lang>/<document>.<ext>`; summary: (None, None, json)."""
    parts = rel.split("/")
    if len(parts) == 2:
        return None, None, parts[1].rsplit(".", 1)[-1]
    document, ext = parts[2].rsplit(".", 1)
    return parts[1], document, ext


def _expected_from_entry(entry: manifest.CaseEntry, langs: list[str] | None) -> dict[str, str]:
    """Fingerprints of the outputs a previous build recorded for an unchanged case file."""
    expected = {}
    for rel in entry.outputs:
        lang, document, _ = _split(rel)
        if lang is None:
            expected[rel] = manifest.fingerprint(entry.case_hash, entry.jurisdiction, None, None)
        else:
            if langs and lang not in langs:
                continue
            expected[rel] = manifest.fingerprint(entry.case_hash, entry.jurisdiction, document, lang)
    return expected


def _disk_sha(output: Path, rel: str, stats=None) -> str | None:
    """The hash of output/rel as it is on disk; None when missing; raises UnsafePath for a link.
    `stats` (a StatCache): trust the hash recorded for a file whose stat is unchanged."""
    from generator.write import read_regular

    if stats is not None:
        known = stats.lookup(rel)
        if known is not None:
            return known
    try:
        digest = manifest.sha(read_regular(output, rel))
    except (FileNotFoundError, NotADirectoryError):
        return None
    if stats is not None:
        stats.remember(rel, digest)
    return digest


def _read(output: Path, rel: str) -> bytes | None:
    from generator.write import read_regular

    try:
        return read_regular(output, rel)
    except (FileNotFoundError, NotADirectoryError):
        return None


def build_case(path: Path, langs: list[str] | None, output: Path, old: Any = None,
               options: Options = Options()) -> CaseResult:
    """Validate, render and write one case; problems are returned, never raised.
    (`old` is ignored: the case's record is read from output/<case>/.record.json.)"""
    result = CaseResult(display_path(path))
    try:
        return _build_case(path, langs, output, result, options)
    except Exception as exc:  # noqa: BLE001 - one case's bug must not stop the others
        result.problems = [f"{result.source}: internal error ({type(exc).__name__}: {exc}); "
                           f"please report it with this case file"]
        result.entry = None
        return result


def _unchanged_case(path: Path, langs: list[str] | None, output: Path, options: Options, stats) -> CaseResult | None:
    """The no-op check of one case, in the build's own process (no worker is started for
    a case that needs nothing): its result when the case file and every output are as
    recorded; None when it needs the full build (which also reports any problem)."""
    if options.reissue:
        return None
    result = CaseResult(display_path(path))
    try:
        old = manifest.load_record(output, path.stem)
        if old is None:
            return None
        raw = _read_case_file(path, result)
        if raw is None or old.case_hash != manifest.sha(raw):
            return None
        return result if _unchanged(old, langs, output, result, stats) else None
    except Exception:  # noqa: BLE001 - damaged record, unsafe path, ...: the full build says what
        return None


def _read_case_file(path: Path, result: CaseResult) -> bytes | None:
    from generator.case.load import MAX_BYTES

    import stat

    from generator.case.load import link_outside

    if link_outside(path):  # never read: a link in a pull request must not make the build echo another file
        result.problems = [f"{result.source}: this is a symbolic link to a file outside the project; it is not "
                           f"read (copy the case file into the project instead)"]
        return None
    try:
        if not path.is_file():
            raise FileNotFoundError
        with path.open("rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise FileNotFoundError
            raw = fh.read(MAX_BYTES + 1)  # the bytes hashed are the bytes parsed
    except (IsADirectoryError, FileNotFoundError):
        result.problems = [f"{result.source}: not a case file (no such file, or not a regular file)"]
        return None
    except OSError as exc:
        result.problems = [f"{result.source}: cannot read the file: {exc.strerror}"]
        return None
    if len(raw) > MAX_BYTES:
        result.problems = [f"{result.source}: file is larger than {MAX_BYTES} bytes; this is not a case file"]
        return None
    return raw


def _build_case(path: Path, langs: list[str] | None, output: Path, result: CaseResult,
                options: Options) -> CaseResult:
    from generator.write import UnsafePath

    raw = _read_case_file(path, result)
    if raw is None:
        return result
    case_hash = manifest.sha(raw)
    stem = path.stem
    try:
        old = manifest.load_record(output, stem)
        damaged = None
    except manifest.Damaged as exc:
        old, damaged = None, str(exc)
        result.notices.append(f"{output.name}/{manifest.record_path(stem)} is damaged: {exc}; the build makes a new "
                              f"record from the case and the files on disk")
    try:
        if old is not None and old.case_hash == case_hash and not options.reissue and _unchanged(old, langs, output, result):
            return result
    except UnsafePath as exc:
        result.problems = [f"{result.source}: {exc}"]
        return result

    from generator.pipeline import load_case_partly, output_names, render_case

    try:
        case, missing, blocked = load_case_partly(path, raw=raw)
    except CaseInvalid as exc:
        result.problems = [str(p) for p in exc.problems]
        return result
    except GeneratorError as exc:
        result.problems = [f"{result.source}: {exc}"]
        return result
    result.warnings = [str(w) for w in case.warnings]
    result.case_id = case.id
    if blocked:  # a figure is missing for some documents: build the others (see NOT_BUILT)
        result.problems = [str(p) for p in missing]
        output_names, render_case, blocked_rels = _without(blocked, output_names, render_case, case, langs)
    else:
        blocked_rels = frozenset()
    try:
        return _build_loaded(case, case_hash, langs, output, old, damaged, result, options,
                             output_names, render_case, blocked_rels)
    except UnsafePath as exc:
        result.problems = [f"{result.source}: {exc}"]
    except GeneratorError as exc:
        result.problems = [f"{result.source}: {exc}"]
    return result


def _unchanged(old: manifest.CaseEntry, langs: list[str] | None, output: Path, result: CaseResult,
               stats=None) -> bool:
    """The fast path: same case file, same fingerprints, every file as recorded."""
    expected = _expected_from_entry(old, langs)
    if not expected:
        return False
    for rel, fp in expected.items():
        rec = old.outputs[rel]
        if rec.get("fp") != fp or manifest.superseded(rec):
            return False
        version, digest = manifest.current(rec)
        if _disk_sha(output, version or rel, stats) != digest:
            return False
    result.case_id = old.case_id
    result.unchanged = sorted(expected)
    for rel, rec in sorted(old.outputs.items()):
        if rel in expected and rec.get("now") and rel.endswith(".md"):
            result.notices.append(_frozen_notice(rel, rec))
    return True


def _frozen_notice(rel: str, rec: dict[str, Any]) -> str:
    lang, document, _ = _split(rel)
    return (f"output/{rel}: recorded as sent on {rec['sent']}, so it is kept as it is; the build would now write "
            f"something else (`python -m generator reissue CASE {document} --lang {lang}` writes a new version)")


def _version_name(rel: str, day: dt.date, taken: set[str], root: Path) -> str:
    base, ext = rel.rsplit(".", 1)
    name = f"{base}.{day.isoformat()}.{ext}"
    n = 2
    while name in taken or os.path.lexists(os.path.join(root, name)):
        name = f"{base}.{day.isoformat()}-{n}.{ext}"
        n += 1
    return name


def _diff(old: bytes, new: bytes, rel: str) -> str:
    lines = list(difflib.unified_diff(old.decode("utf-8", "replace").splitlines(),
                                      new.decode("utf-8", "replace").splitlines(),
                                      f"output/{rel} (as sent)", "(what the build would write now)",
                                      n=1, lineterm=""))
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + [f"... {len(lines) - MAX_DIFF_LINES} more lines"]
    return "\n".join(lines)


# A document a missing figure stops (pipeline.load_case_partly) is not rendered, and its
# earlier output stays exactly as it was: its record is kept (so the file is neither
# removed as stale nor taken for a hand edit), or made, under a fingerprint that never
# matches, so the next build looks at the case again and builds the document once the
# table reaches its date. summary.json marks it "not_built".
NOT_BUILT = "not-built"


def _without(blocked: set[str], output_names, render_case, case, langs):
    """output_names and render_case for a case whose `blocked` documents cannot be built."""
    blocked_rels = frozenset(rel for rel, doc, _lang in output_names(case, langs) if doc in blocked)

    def names(case_, langs_=None):
        return [n for n in output_names(case_, langs_) if n[1] not in blocked]

    def render(case_, langs_=None, only=None):
        return render_case(case_, langs_, only=only, blocked=blocked)

    return names, render, blocked_rels


def _build_loaded(case, case_hash: str, langs, output: Path, old: manifest.CaseEntry | None,
                  damaged: str | None, result: CaseResult, options: Options, output_names, render_case,
                  blocked_rels: frozenset[str] = frozenset()) -> CaseResult:
    from generator.write import PartialWrite, remove_file, write_files

    names = output_names(case, langs)
    doc_of = {rel: (doc, lang) for rel, doc, lang in names}
    expected = {rel: manifest.fingerprint(case_hash, case.jurisdiction, doc, lang) for rel, doc, lang in names}
    recorded = old.outputs if old is not None else {}
    sent = sent_documents(case)
    reissue_all = options.reissue is True
    reissue_docs = options.reissue if isinstance(options.reissue, frozenset) else frozenset()

    def frozen(rel: str) -> bool:
        return doc_of[rel][0] in sent

    disk: dict[str, str | None] = {}
    for rel in expected:
        rec = recorded.get(rel)
        version = manifest.current(rec)[0] if rec and rec.get("sent") else None
        disk[rel] = _disk_sha(output, version or rel)

    # What must be rendered: new or changed outputs, and frozen ones to compare.
    render: set[str] = set()
    refused: set[str] = set()
    for rel, fp in expected.items():
        rec = recorded.get(rel)
        if frozen(rel):
            if rec is None or rec.get("fp") != fp or disk[rel] != manifest.current(rec)[1] or \
                    reissue_all or doc_of[rel][0] in reissue_docs:
                render.add(rel)
            continue
        accepted = {rec["sha"], rec.get("alt")} if rec else set()
        if disk[rel] is not None and disk[rel] not in accepted:
            render.add(rel)  # compared below: perhaps it is what we would write anyway
        elif rec is None or rec.get("fp") != fp or disk[rel] != rec["sha"]:
            render.add(rel)  # new, changed, missing, or the older of two versions a failed build left
    files = render_case(case, langs, only=render)

    entry = manifest.CaseEntry(case_hash, case.id, case.jurisdiction)
    if langs and old is not None:  # keep what this build did not look at
        entry.outputs = {rel: dict(rec) for rel, rec in old.outputs.items()
                         if rel not in expected and _split(rel)[0] is not None and _split(rel)[0] not in langs}
    to_write: dict[str, bytes] = {}
    alt: dict[str, str] = {}
    day = options.reissue_date or dt.date.today()
    taken = set(manifest.CaseEntry("", "", "", recorded).owned())
    taken |= {v["file"] for rec in recorded.values() for v in rec.get("superseded", [])}  # a name is never reused
    pairs_to_reissue: set[tuple[str, str]] = set()

    text_changed: set[tuple[str, str]] = set()
    for rel, fp in expected.items():
        rec = dict(recorded.get(rel) or {})
        rec.pop("alt", None)
        new = files.get(rel)
        if frozen(rel):
            doc, lang = doc_of[rel]
            when = sent[doc]
            on_disk = disk[rel]
            if rec and rec.get("sent"):
                version, digest = manifest.current(rec)
                if on_disk is None:
                    result.problems.append(f"output/{version or rel} was recorded as sent on {rec['sent']} and is "
                                           f"missing: restore it (git checkout -- output/{version or rel})")
                    entry.outputs[rel] = rec
                    continue
                if on_disk != digest:
                    result.problems.append(f"output/{version or rel} was recorded as sent on {rec['sent']} and has "
                                           f"been changed since; restore it (git checkout -- output/{version or rel})")
                    entry.outputs[rel] = rec
                    continue
            elif on_disk is not None:
                # Recorded as sent since the last build (or no record): what is on disk is what went out.
                rec = {"sha": on_disk, "fp": rec.get("fp", "")}
                if recorded.get(rel) and on_disk != recorded[rel]["sha"] and on_disk != recorded[rel].get("alt"):
                    result.notices.append(f"output/{rel}: recorded as sent on {when}; kept as it is on disk "
                                          f"(it was changed by hand after the build wrote it)")
            else:  # first build of a document already sent: nothing else to keep
                to_write[rel] = new
                entry.outputs[rel] = {"fp": fp, "sha": manifest.sha(new), "sent": when}
                continue
            rec["sent"] = when
            if new is None:  # fingerprint unchanged
                entry.outputs[rel] = rec
                continue
            version, digest = manifest.current(rec)
            rec["fp"] = fp
            if manifest.sha(new) == manifest.current_base(rec):
                rec.pop("now", None)
            else:
                rec["now"] = manifest.sha(new)
                if reissue_all or doc in reissue_docs:
                    pairs_to_reissue.add((doc, lang))
                elif rel.endswith(".md"):
                    before = _read(output, version or rel) or b""
                    text_changed.add((doc, lang))
                    result.frozen_changed.append({"file": version or rel, "sent": when,
                                                  "diff": _diff(before, new, version or rel)})
                    result.notices.append(_frozen_notice(rel, rec))
                elif (doc, lang) not in text_changed:
                    result.frozen_changed.append({"file": version or rel, "sent": when,
                                                  "diff": f"output/{version or rel}: the PDF would differ (layout, "
                                                          f"fonts or code); its text would not"})
                    result.notices.append(_frozen_notice(rel, rec).replace(f"output/{rel}", f"output/{rel} (PDF)"))
            entry.outputs[rel] = rec
            continue
        # Not frozen: rebuilt as needed, but never over a hand edit.
        original = recorded.get(rel) or {}
        accepted = {original.get("sha"), original.get("alt")} - {None}
        if new is not None and disk[rel] is not None and disk[rel] not in accepted and disk[rel] != manifest.sha(new):
            if not options.overwrite_edited:
                why = ("changed by hand since the build wrote it" if rec else
                       "not in the build record (made by hand, or the record was lost)")
                result.problems.append(f"output/{rel}: {why}; not overwritten. Keep it by moving it elsewhere, or "
                                       f"regenerate it with `python -m generator build --overwrite-edited`")
                result.edited.append(rel)
                refused.add(rel)
                if rec:
                    entry.outputs[rel] = rec
                continue
        if new is None:
            entry.outputs[rel] = rec
            continue
        if disk[rel] is not None and disk[rel] != manifest.sha(new):
            alt[rel] = disk[rel]
        to_write[rel] = new
        entry.outputs[rel] = {"fp": fp, "sha": manifest.sha(new)}

    for doc, lang in sorted(pairs_to_reissue):
        # The reissued version says at its top that it is a record, not a letter to sign
        # or send (it keeps the document's own date and deadlines).
        noticed = _with_reissue_notice(case, doc, lang, day, sent[doc])
        for ext in ("md", "pdf"):
            rel = f"{case.id}/{lang}/{doc}.{ext}"
            rec = entry.outputs[rel]
            name = _version_name(rel, day, taken, output)
            taken.add(name)
            to_write[name] = noticed[ext]
            rec["versions"] = [*rec.get("versions", []), {"file": name, "sha": manifest.sha(noticed[ext]),
                                                            "base": manifest.sha(files[rel]),
                                                            "reissued": day.isoformat()}]
            rec.pop("now", None)
            result.reissued.append(name)

    # Reissued versions a newer one replaced go (their names and hashes stay in the record).
    superseded_files: dict[str, str] = {}
    for rel, rec in entry.outputs.items():
        older = manifest.superseded(rec)
        if older and rel in expected and frozen(rel):
            rec["versions"] = rec["versions"][-1:]
            rec["superseded"] = [*rec.get("superseded", []),
                                 *({k: v[k] for k in ("file", "sha", "reissued") if k in v} for v in older)]
            superseded_files.update({v["file"]: v["sha"] for v in older})

    # Outputs the case no longer makes: ours and unchanged go; sent ones stay, recorded.
    stale: list[str] = []
    for rel in sorted(blocked_rels):
        entry.outputs[rel] = {**recorded.get(rel, {"sha": ""}), "fp": NOT_BUILT}
    if old is not None and not langs:
        for rel, rec in sorted(old.outputs.items()):
            if rel in expected or rel in blocked_rels:
                continue
            if rec.get("sent"):
                entry.outputs[rel] = rec
                if rel.endswith(".md"):
                    result.notices.append(f"output/{rel}: the case no longer lists this document; kept, because it "
                                          f"was recorded as sent on {rec['sent']} (delete it by hand if you mean to)")
                continue
            stale.append(rel)

    record_rel = manifest.record_path(case.id)
    final = manifest.dump_record(entry)
    if alt:
        pending = manifest.CaseEntry(entry.case_hash, entry.case_id, entry.jurisdiction,
                                     {k: dict(v) for k, v in entry.outputs.items()})
        for rel, digest in alt.items():
            pending.outputs[rel]["alt"] = digest  # a crash mid-rename leaves either version ours
        first = manifest.dump_record(pending)
    else:
        first = final

    def own_first() -> None:
        write_files(output, {record_rel: first})

    try:
        written, unchanged = write_files(output, to_write, before_rename=own_first)
    except PartialWrite as exc:
        result.written = [r for r in exc.written]
        result.problems.append(f"{result.source}: {exc} (the case's record knows both versions; run the build again)")
        return result
    except GeneratorError as exc:
        result.problems.append(f"{result.source}: {exc}")
        return result
    write_files(output, {record_rel: final})
    for rel in stale:
        try:
            if _disk_sha(output, rel) == old.outputs[rel]["sha"]:
                remove_file(output, rel)
                result.removed.append(rel)
        except (OSError, GeneratorError):
            continue
    for rel, digest in sorted(superseded_files.items()):
        try:
            on_disk = _disk_sha(output, rel)
            if on_disk == digest:
                remove_file(output, rel)
                result.removed.append(rel)
            elif on_disk is not None:
                result.notices.append(f"output/{rel}: a reissued version that a newer one replaced; changed by hand "
                                      f"since it was written, so it is left as it is (delete it if you mean to)")
        except (OSError, GeneratorError):
            continue
    result.written = sorted(set(written) - set(result.reissued))
    result.unchanged = sorted(set(unchanged) | (set(expected) - set(to_write) - refused))
    result.entry = entry
    if damaged is not None:
        result.unaccounted = _unaccounted(output, case.id, entry)
        for rel in result.unaccounted:
            result.notices.append(f"output/{rel}: no record accounts for this file (the record was damaged); "
                                  f"left as it is")
    return result


def _unaccounted(output: Path, case_id: str, entry: manifest.CaseEntry) -> list[str]:
    owned = set(entry.owned()) | {manifest.record_path(case_id)}
    out = []
    base = output.resolve() / case_id
    for folder, dirs, names in os.walk(base):
        dirs[:] = sorted(d for d in dirs if not os.path.islink(os.path.join(folder, d)))
        for name in sorted(names):
            rel = os.path.relpath(os.path.join(folder, name), output.resolve()).replace(os.sep, "/")
            if rel not in owned:
                out.append(rel)
    return out


def remove_case(output: Path, case_id: str) -> tuple[list[str], list[str]]:
    """A case whose file is gone: delete the files we made for it that are as we wrote
    them; keep sent documents (and their record). Returns (removed, notices)."""
    from generator.write import remove_file

    try:
        old = manifest.load_record(output, case_id)
    except manifest.Damaged as exc:
        return [], [f"{output.name}/{manifest.record_path(case_id)} is damaged ({exc}) and no case file makes "
                    f"{output.name}/{case_id}/; left as it is"]
    if old is None:
        return [], []
    removed, notices = [], []
    keep = manifest.CaseEntry(old.case_hash, old.case_id, old.jurisdiction)
    for rel, rec in sorted(old.outputs.items()):
        if rec.get("sent"):
            keep.outputs[rel] = rec
            continue
        try:
            if _disk_sha(output, rel) == rec["sha"]:
                remove_file(output, rel)
                removed.append(rel)
        except (OSError, GeneratorError):
            continue
    from generator.write import write_files

    if keep.outputs:
        write_files(output, {manifest.record_path(case_id): manifest.dump_record(keep)})
        n = sum(1 for r in keep.outputs if r.endswith(".md"))
        notices.append(f"output/{case_id}/: no case file makes it any more; {n} document(s) recorded as sent are "
                       f"kept (delete the folder by hand if you mean to)")
    else:
        try:
            remove_file(output, manifest.record_path(case_id))
        except (OSError, GeneratorError):
            pass
    return removed, notices


# --- workers -----------------------------------------------------------------------------------


def _worker_init(parent: int, lock_fd: int | None) -> None:
    """Run in each worker as it starts: die with the build, and hold no lock of its own."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG: killed when the build dies
    except (OSError, AttributeError):  # not Linux: the check below and at each task remains
        pass
    if os.getppid() != parent:  # the build died before the line above took effect
        os._exit(1)
    if lock_fd is not None:
        try:
            os.close(lock_fd)  # the lock is the build's alone: a worker left over cannot keep it
        except OSError:
            pass


_PARENT: int | None = None


def _work(args: tuple[str, list[str] | None, str, Options, int | None]) -> CaseResult:
    path, langs, output, options, parent = args
    if parent is not None and os.getppid() != parent:
        os._exit(1)  # the build is gone: write nothing more
    if parent is not None:
        collector.manage()  # a worker exists for the build, whoever started it
    collector.between_cases()
    return build_case(Path(path), langs, Path(output), None, options)


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


@dataclass
class BuildReport:
    results: list[CaseResult]
    removed: list[str]
    seconds: float
    notices: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[CaseResult]:
        return [r for r in self.results if not r.ok]


def build(paths: list[Path], langs: list[str] | None, jobs: int, output: Path = OUTPUT,
          full: bool = True, progress=None, options: Options = Options()) -> BuildReport:
    """Build `paths` into `output`. `full`: these are all the cases (stale ones are removed)."""
    import multiprocessing

    started = time.monotonic()
    stems: dict[str, Path] = {}
    for p in paths:
        if p.stem in stems and stems[p.stem].resolve() != p.resolve():
            raise GeneratorError(f"{display_path(p)} and {display_path(stems[p.stem])} would both write "
                                 f"output/{p.stem}/; give one of them another case id")
        stems[p.stem] = p
    paths = list(dict.fromkeys(paths))
    with output_lock(output) as lock:
        notices = list(lock.messages)
        notices += manifest.migrate(output)
        from generator.statcache import StatCache

        stats = StatCache(output)
        slots: list[CaseResult | None] = []
        done = 0
        for p in paths:  # unchanged cases first, here: a no-op build starts no worker
            slots.append(_unchanged_case(p, langs, output, options, stats))
            if slots[-1] is not None:
                done += 1
                if progress:
                    progress(done, len(paths), slots[-1])
        todo = [i for i, r in enumerate(slots) if r is None]
        if jobs <= 1 or len(todo) <= 1:
            for i in todo:
                slots[i] = _work((str(paths[i]), langs, str(output), options, None))
                done += 1
                if progress:
                    progress(done, len(paths), slots[i])
        else:
            # Largest case files first, so the last case to finish is a small one and the
            # workers end together (the results keep the order of `paths`).
            todo.sort(key=lambda i: (-_size(paths[i]), i))
            work = [(str(paths[i]), langs, str(output), options, os.getpid()) for i in todo]
            ctx = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=min(jobs, len(work)), mp_context=ctx,
                                     initializer=_worker_init, initargs=(os.getpid(), lock.fd)) as pool:
                for i, result in zip(todo, pool.map(_work, work)):
                    slots[i] = result
                    done += 1
                    if progress:
                        progress(done, len(paths), result)
        results: list[CaseResult] = [r for r in slots if r is not None]
        if not full or langs:  # files this build did not look at keep their entries
            stats.keep("")
        stats.save()
        removed: list[str] = [rel for r in results for rel in r.removed]
        if full and not langs:
            for case_id in sorted(set(manifest.recorded_cases(output)) - set(stems)):
                gone, said = remove_case(output, case_id)
                removed += gone
                notices += said
    return BuildReport(results, removed, time.monotonic() - started, notices)


def _progress_printer(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, result: CaseResult) -> None:
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {result.source[:40]:<40}")
        if done == total:
            sys.stderr.write("\r" + " " * (width + 60) + "\r")
        sys.stderr.flush()

    return show


def print_report(report: BuildReport, as_json: bool, quiet: bool) -> int:
    results, failed = report.results, report.failed
    written = sum(len(r.written) for r in results)
    unchanged = sum(len(r.unchanged) for r in results)
    reissued = sum(len(r.reissued) for r in results)
    changed_sent = sum(len(r.frozen_changed) for r in results)
    if as_json:
        print(json.dumps({
            "cases": [{"source": r.source, "case": r.case_id, "ok": r.ok, "problems": r.problems,
                       "warnings": r.warnings, "written": r.written, "reissued": r.reissued, "edited": r.edited, "notices": r.notices,
                       "sent_documents_that_would_change": r.frozen_changed, "unaccounted": r.unaccounted}
                      for r in results],
            "built": written, "unchanged": unchanged, "reissued": reissued, "removed": report.removed,
            "failed": len(failed), "notices": report.notices, "seconds": round(report.seconds, 2),
        }, ensure_ascii=False, indent=2))
    else:
        for line in report.notices:
            print(line)
        for r in results:
            for line in r.warnings:
                print(line, file=sys.stderr)
            for line in r.problems:
                print(line, file=sys.stderr)
            for line in r.notices:
                print(line)
            for change in r.frozen_changed:
                print(change["diff"])
            if r.ok and r.written and not quiet:
                print(f"{r.source}: {len(r.written)} file(s) written")
            for rel in r.reissued if not quiet else ():
                print(f"{r.source}: reissued output/{rel}")
            if not r.ok and r.written:
                print(f"{r.source}: new despite the failure: {', '.join(r.written)}", file=sys.stderr)
        for rel in report.removed:
            if not quiet:
                print(f"removed output/{rel}")
        extra = f", {reissued} reissued" if reissued else ""
        extra += f", {changed_sent} sent document(s) kept though they would change" if changed_sent else ""
        print(f"{len(results)} case(s): {written} built, {unchanged} unchanged{extra}, {len(report.removed)} removed, "
              f"{len(failed)} failed, {report.seconds:.1f}s", file=sys.stderr if failed else sys.stdout)
    return 1 if failed else 0


def cmd_build(args: argparse.Namespace) -> int:
    from generator.paths import shard_of

    collector.manage()

    paths = find_cases(args.cases)
    shard = getattr(args, "shard", None)
    if shard:  # a case file is named after its case id (validate checks it)
        paths = [p for p in paths if shard_of(p.stem, shard[1]) == shard[0]]
    jobs = args.jobs or os.cpu_count() or 1
    options = Options(reissue=bool(getattr(args, "reissue", False)), reissue_date=getattr(args, "date", None),
                      overwrite_edited=bool(getattr(args, "overwrite_edited", False)))
    try:
        report = build(paths, args.lang, jobs, full=not args.cases and not shard,
                       progress=_progress_printer(args.quiet or args.json), options=options)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return print_report(report, args.json, args.quiet)


def cmd_reissue(args: argparse.Namespace) -> int:
    """`reissue CASE.yaml DOCUMENT...`: a new dated version of sent documents that changed."""
    path = Path(args.case)
    options = Options(reissue=frozenset(args.documents), reissue_date=args.date)
    try:
        report = build([path], args.lang, 1, full=False, options=options)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    status = print_report(report, False, False)
    if not report.failed and not any(r.reissued for r in report.results):
        print(f"{display_path(path)}: nothing to reissue: {', '.join(args.documents)} "
              f"{'is' if len(args.documents) == 1 else 'are'} not recorded as sent, or unchanged")
    return status
