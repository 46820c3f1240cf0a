"""Pre-commit check of what is about to be committed (the index, not the working tree).

For each staged case file (`cases/*.yaml`, added or modified): its *staged* content is
validated, and the staged output of that case must be what a build makes from it: the
staged record `output/<case>/.record.json` is for exactly these bytes, lists every file
the case makes with the fingerprints of the current templates, data and code, and every
one of those files is staged with the bytes the record names. Otherwise the commit is
refused with what to run. Run by scripts/pre-commit; `python scripts/check-staged.py
[cases/x.yaml ...]` (no arguments: the staged case files).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def git(*args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=check)


def staged(path: str) -> bytes | None:
    done = git("show", f":{path}", check=False)
    return done.stdout if done.returncode == 0 else None


def staged_cases() -> list[str]:
    out = git("diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z", "--", "cases/*.yaml").stdout
    return [p for p in out.decode("utf-8").split("\0") if p and p.count("/") == 1]


def check(path: str) -> list[str]:
    from generator import manifest
    from generator.errors import CaseInvalid
    from generator.pipeline import load_case, output_names

    raw = staged(path)
    if raw is None:
        return []
    try:
        case = load_case(ROOT / path, raw=raw)
    except CaseInvalid as exc:
        return [f"{p} (staged version)" for p in exc.problems]
    fix = f"run `make letters` and `git add output/{case.id}`"
    record_raw = staged(f"output/{manifest.record_path(case.id)}")
    if record_raw is None:
        return [f"{path}: output/{case.id}/ is not staged with it; {fix}"]
    try:
        record = manifest.CaseEntry.from_json(json.loads(record_raw.decode("utf-8")))
    except (ValueError, UnicodeDecodeError) as exc:
        return [f"{path}: the staged output/{manifest.record_path(case.id)} is damaged ({exc}); {fix}"]
    if record.case_hash != manifest.sha(raw):
        return [f"{path}: the staged output was built from another version of this case file; {fix}"]
    problems = []
    for rel, document, lang in output_names(case):
        rec = record.outputs.get(rel)
        if rec is None or rec.get("fp") != manifest.fingerprint(record.case_hash, case.jurisdiction, document, lang):
            problems.append(f"{path}: output/{rel} is out of date (templates, data or code changed); {fix}")
            continue
        version, digest = manifest.current(rec)
        blob = staged(f"output/{version or rel}")
        if blob is None or hashlib.sha256(blob).hexdigest() != digest:
            problems.append(f"{path}: output/{version or rel} is not staged as built; {fix}")
    return problems


def main(argv: list[str]) -> int:
    paths = argv or staged_cases()
    problems = [line for p in paths for line in check(p)]
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print("commit refused (pre-commit hook): fix the above, or commit with --no-verify if you must",
              file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
