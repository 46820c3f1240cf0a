"""`build`: every case, every document, every language; one line of summary.

Cases are independent, so they are built in worker processes (`--jobs`), each keeping
its WeasyPrint setup warm. A lock on output/ stops two builds from interleaving.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.lock import output_lock
from generator.pipeline import OUTPUT, CaseResult, build_one, find_cases


def _build(args: tuple[str, list[str] | None, str]) -> CaseResult:
    path, langs, output = args
    return build_one(Path(path), langs, Path(output))


def build(paths: list[Path], langs: list[str] | None, jobs: int, output: Path = OUTPUT) -> list[CaseResult]:
    work = [(str(p), langs, str(output)) for p in paths]
    if jobs <= 1 or len(work) <= 1:
        return [_build(w) for w in work]
    with ProcessPoolExecutor(max_workers=min(jobs, len(work))) as pool:
        return list(pool.map(_build, work))


def cmd_build(args: argparse.Namespace) -> int:
    started = time.monotonic()
    paths = find_cases(args.cases)
    jobs = args.jobs or os.cpu_count() or 1
    OUTPUT.mkdir(exist_ok=True)
    with output_lock(OUTPUT):
        results = build(paths, args.lang, jobs)
    elapsed = time.monotonic() - started
    failed = [r for r in results if not r.ok]
    written = sum(len(r.written) for r in results)
    unchanged = sum(len(r.unchanged) for r in results)
    if args.json:
        print(json.dumps({
            "cases": [{"source": r.source, "case": r.case_id, "ok": r.ok, "problems": r.problems,
                       "written": r.written, "unchanged": r.unchanged} for r in results],
            "written": written, "unchanged": unchanged, "failed": len(failed), "seconds": round(elapsed, 2),
        }, ensure_ascii=False, indent=2))
    else:
        for r in results:
            if r.problems:
                for line in r.problems:
                    print(line, file=sys.stderr)
            elif not args.quiet:
                print(f"{r.source}: {len(r.written)} written, {len(r.unchanged)} unchanged")
        print(f"{len(results)} cases: {written} files written, {unchanged} unchanged, "
              f"{len(failed)} failed, {elapsed:.1f}s", file=sys.stderr if failed else sys.stdout)
    return 1 if failed else 0
