"""`build`: every case, every document, every language, rebuilt only where needed.

Per case: if the case file and everything its outputs depend on are unchanged and the
outputs on disk are what we wrote, nothing is loaded or rendered (a no-op build does
not import WeasyPrint). Otherwise the case is validated completely, the outputs whose
fingerprint changed are rendered in memory, and only then written. Cases are built in
worker processes (`--jobs`), each keeping its WeasyPrint setup warm; a lock on output/
stops two builds from interleaving; the manifest is written last, atomically.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from generator import manifest
from generator.errors import CaseInvalid, GeneratorError
from generator.lock import output_lock
from generator.pipeline import OUTPUT, display_path, find_cases


@dataclass
class CaseResult:
    source: str
    case_id: str | None = None
    problems: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    entry: manifest.CaseEntry | None = None  # the new manifest entry; None: keep the old one

    @property
    def ok(self) -> bool:
        return not self.problems


def _expected_from_entry(entry: manifest.CaseEntry, langs: list[str] | None) -> dict[str, str]:
    """Fingerprints of the outputs a previous build recorded for an unchanged case file."""
    expected = {}
    for rel in entry.outputs:
        parts = rel.split("/")
        if len(parts) == 2:  # <case>/summary.json
            expected[rel] = manifest.fingerprint(entry.case_hash, entry.jurisdiction, None, None)
        else:
            lang, document = parts[1], parts[2].rsplit(".", 1)[0]
            if langs and lang not in langs:
                continue
            expected[rel] = manifest.fingerprint(entry.case_hash, entry.jurisdiction, document, lang)
    return expected


def build_case(path: Path, langs: list[str] | None, output: Path, old: manifest.CaseEntry | None) -> CaseResult:
    """Validate, render and write one case; problems are returned, never raised."""
    result = CaseResult(display_path(path))
    try:
        return _build_case(path, langs, output, old, result)
    except Exception as exc:  # noqa: BLE001 - one case's bug must not stop the others
        result.problems = [f"{result.source}: internal error ({type(exc).__name__}: {exc}); "
                           f"please report it with this case file"]
        result.entry = None
        return result


def _build_case(path: Path, langs: list[str] | None, output: Path, old: manifest.CaseEntry | None,
                result: CaseResult) -> CaseResult:
    from generator.case.load import MAX_BYTES

    try:
        if not path.is_file():
            result.problems = [f"{result.source}: not a case file (no such file, or not a regular file)"]
            return result
        if path.stat().st_size > MAX_BYTES:
            result.problems = [f"{result.source}: file is larger than {MAX_BYTES} bytes; this is not a case file"]
            return result
        raw = path.read_bytes()
    except OSError as exc:
        result.problems = [f"{result.source}: cannot read the file: {exc.strerror}"]
        return result
    case_hash = manifest.sha(raw)
    if old is not None and old.case_hash == case_hash:
        expected = _expected_from_entry(old, langs)
        if expected and all(old.outputs[r].get("fp") == fp and _on_disk(output, r, old) for r, fp in expected.items()):
            result.case_id = old.case_id
            result.unchanged = sorted(expected)
            return result
    from generator.pipeline import load_case_partly, output_names, render_case
    from generator.write import write_files

    try:
        case, missing, blocked = load_case_partly(path)
        result.case_id = case.id
        result.problems = [str(p) for p in missing]
        names = output_names(case, langs)
        expected = {rel: manifest.fingerprint(case_hash, case.jurisdiction, doc, lang) for rel, doc, lang in names}
        recorded = old.outputs if old is not None else {}
        stale = {rel for rel, fp in expected.items()
                 if recorded.get(rel, {}).get("fp") != fp or not _on_disk(output, rel, old)}
        not_built = _not_built(expected, names, blocked, recorded)
        stale -= set(not_built)
        files = render_case(case, langs, only=stale, **({"blocked": blocked} if blocked else {}))
        written, unchanged = write_files(output, files)
        result.written = written
        result.unchanged = sorted(set(unchanged) | (set(expected) - stale - set(not_built)))
        entry = manifest.CaseEntry(case_hash, case.id, case.jurisdiction)
        if langs and old is not None:  # keep what this build did not look at
            entry.outputs = {rel: rec for rel, rec in old.outputs.items()
                             if rel not in expected and rel.count("/") == 2 and rel.split("/")[1] not in langs}
        for rel, fp in expected.items():
            if rel in not_built:
                entry.outputs[rel] = not_built[rel]
                continue
            digest = manifest.sha(files[rel]) if rel in files else recorded[rel]["sha"]
            entry.outputs[rel] = {"fp": fp, "sha": digest}
        result.entry = entry
    except CaseInvalid as exc:
        result.problems = [str(p) for p in exc.problems]
    except GeneratorError as exc:
        result.problems = [f"{result.source}: {exc}"]
    return result


# A document a missing figure stops (pipeline.load_case_partly) is not written, and its
# earlier output stays as it was: its manifest record keeps the old file's hash (so it is
# neither removed as stale nor taken for ours if it changes) under a fingerprint that never
# matches, so the next build looks at it again. summary.json is rewritten ("not_built").
NOT_BUILT = "not-built"


def _not_built(expected: dict[str, str], names, blocked: set[str], recorded) -> dict[str, dict[str, str]]:
    if not blocked:
        return {}
    out = {rel: {"fp": NOT_BUILT, "sha": recorded.get(rel, {}).get("sha", "")}
           for rel, doc, _lang in names if doc in blocked and rel in expected}
    return out


def _on_disk(output: Path, rel: str, entry: manifest.CaseEntry | None) -> bool:
    """Is the file we recorded still there, as we wrote it? (Never looks outside output/.)"""
    from generator.write import safe_target

    if entry is None or rel not in entry.outputs:
        return False
    try:
        return manifest.file_hash_uncached(safe_target(output, rel)) == entry.outputs[rel].get("sha")
    except (OSError, GeneratorError):
        return False


def _work(args: tuple[str, list[str] | None, str, manifest.CaseEntry | None]) -> CaseResult:
    path, langs, output, old = args
    return build_case(Path(path), langs, Path(output), old)


def remove_stale(output: Path, old: manifest.CaseEntry, new: manifest.CaseEntry | None) -> list[str]:
    """Delete files we made that are no longer produced, if they are still as we wrote them."""
    from generator.write import safe_target

    keep = set(new.outputs) if new else set()
    removed = []
    for rel, rec in sorted(old.outputs.items()):
        if rel in keep:
            continue
        try:
            target = safe_target(output, rel)
            if manifest.file_hash_uncached(target) == rec.get("sha"):
                target.unlink()
                removed.append(rel)
        except (OSError, GeneratorError):
            continue  # a damaged manifest entry: leave the file alone
        parent = target.parent
        while parent != output.resolve() and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return removed


@dataclass
class BuildReport:
    results: list[CaseResult]
    removed: list[str]
    seconds: float

    @property
    def failed(self) -> list[CaseResult]:
        return [r for r in self.results if not r.ok]


def build(paths: list[Path], langs: list[str] | None, jobs: int, output: Path = OUTPUT,
          full: bool = True, progress=None) -> BuildReport:
    """Build `paths` into `output`. `full`: these are all the cases (stale ones are removed)."""
    started = time.monotonic()
    stems: dict[str, Path] = {}
    for p in paths:
        if p.stem in stems and stems[p.stem].resolve() != p.resolve():
            raise GeneratorError(f"{display_path(p)} and {display_path(stems[p.stem])} would both write "
                                 f"output/{p.stem}/; give one of them another case id")
        stems[p.stem] = p
    paths = list(dict.fromkeys(paths))
    with output_lock(output):
        entries = manifest.load(output)
        keys = [display_path(p) for p in paths]
        work = [(str(p), langs, str(output), entries.get(k)) for p, k in zip(paths, keys)]
        results: list[CaseResult] = []
        if jobs <= 1 or len(work) <= 1:
            for w in work:
                results.append(_work(w))
                if progress:
                    progress(len(results), len(work), results[-1])
        else:
            with ProcessPoolExecutor(max_workers=min(jobs, len(work))) as pool:
                for result in pool.map(_work, work):
                    results.append(result)
                    if progress:
                        progress(len(results), len(work), result)
        removed: list[str] = []
        for key, result in zip(keys, results):
            if result.entry is not None:
                old = entries.get(key)
                if old is not None and not langs:
                    removed += remove_stale(output, old, result.entry)
                entries[key] = result.entry
        if full and not langs:
            for key in sorted(set(entries) - set(keys)):
                removed += remove_stale(output, entries.pop(key), None)
        from generator.write import write_files

        write_files(output, {manifest.MANIFEST: manifest.dump(entries)})
    return BuildReport(results, removed, time.monotonic() - started)


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


def cmd_build(args: argparse.Namespace) -> int:
    paths = find_cases(args.cases)
    jobs = args.jobs or os.cpu_count() or 1
    try:
        report = build(paths, args.lang, jobs, full=not args.cases, progress=_progress_printer(args.quiet or args.json))
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    results, failed = report.results, report.failed
    written = sum(len(r.written) for r in results)
    unchanged = sum(len(r.unchanged) for r in results)
    if args.json:
        print(json.dumps({
            "cases": [{"source": r.source, "case": r.case_id, "ok": r.ok, "problems": r.problems,
                       "written": r.written} for r in results],
            "built": written, "unchanged": unchanged, "removed": report.removed, "failed": len(failed),
            "seconds": round(report.seconds, 2),
        }, ensure_ascii=False, indent=2))
    else:
        for r in results:
            for line in r.problems:
                print(line, file=sys.stderr)
            if r.written and not args.quiet:
                print(f"{r.source}: {len(r.written)} file(s) written")
        for rel in report.removed:
            if not args.quiet:
                print(f"removed output/{rel}")
        print(f"{len(results)} case(s): {written} built, {unchanged} unchanged, {len(report.removed)} removed, "
              f"{len(failed)} failed, {report.seconds:.1f}s", file=sys.stderr if failed else sys.stdout)
    return 1 if failed else 0
