"""`law`: how far every table reaches, and `law --check` for CI."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from generator.jurisdictions.data import DATA_DIR


@dataclass(frozen=True)
class Row:
    jurisdiction: str
    series: str  # uk/boe_bank_rate
    kind: str  # rate series | fixings | table
    last_from: str
    last_value: str
    complete_through: str | None  # None: a table in force until it is changed
    days_behind: int | None
    update: str  # the command that updates it, or "by hand"


def _value(version: dict) -> str:
    if "limit" in version:
        return f"limit {version['limit']}"
    tiers = version.get("tiers") or []
    return (f"{len(tiers)} band{'s' if len(tiers) != 1 else ''}") if tiers else "-"


def rows(today: dt.date, data_dir: Path = DATA_DIR) -> list[Row]:
    from generator.law.sources import BY_HAND, SOURCES

    out = []
    for path in sorted(data_dir.glob("*/*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        key = f"{path.parent.name}/{path.stem}"
        through = raw.get("complete_through")
        if "series" in raw:
            last = raw["entries"][-1]
            unit = raw.get("unit", "")
            value = f"{last['rate']} {'%' if unit == 'percent' else unit}".strip()
            if last.get("table"):
                value += f" ({last['table']})"
            kind, last_from = ("fixings" if raw.get("kind") == "fixing" else "rate series"), last["from"]
        else:
            versions = raw["versions"]
            last_from = max(v["from"] for v in versions)
            newest = [v for v in versions if v["from"] == last_from]
            value = "; ".join(f"{v.get('court', '')} {_value(v)}".strip() for v in newest)
            kind = "table"
        how = (f"law update {key}" if key in SOURCES else "by hand (law update says how)" if key in BY_HAND
               else "by hand")
        out.append(Row(path.parent.name.upper(), key, kind, last_from.isoformat(), value,
                       through.isoformat() if through else None,
                       (today - through).days if through else None, how))
    return out


def print_table(found: list[Row], today: dt.date) -> None:
    print(f"law tables as of {today.isoformat()} (complete through: the last day a source confirms)")
    header = f"{'':2}  {'series':<24} {'kind':<11} {'last entry':<10}  {'value':<34} {'complete through':<16} {'behind':>7}  update"
    print(header)
    for r in found:
        through = r.complete_through or "until changed"
        # A table confirmed past today (the Israeli limit holds to 31 December) is not behind.
        behind = f"{r.days_behind} d" if r.days_behind is not None and r.days_behind > 0 else "-"
        print(f"{r.jurisdiction:<2}  {r.series:<24} {r.kind:<11} {r.last_from:<10}  {r.last_value[:34]:<34} "
              f"{through:<16} {behind:>7}  {r.update}")


def stale_for_cases(paths: list[Path], today: dt.date) -> tuple[list[str], int]:
    """Tables the cases' documents would need to be computed today but that stop earlier.

    Every document of each case is computed as of `today`, with the court figures that
    document states; a MissingFigure naming a table is a stale table."""
    from generator.case.load import load_file
    from generator.case.validate import validate
    from generator.compute.claim import compute_claim, figures_needed
    from generator.errors import CaseInvalid
    from generator.jurisdictions import registry
    from generator.jurisdictions.data import MissingFigure
    from generator.pipeline import display_path

    needed: dict[str, tuple[MissingFigure, list[str]]] = {}
    invalid = 0
    for path in paths:
        try:
            case = validate(load_file(path, display_path(path)), stem=path.stem)
        except CaseInvalid as exc:
            invalid += 1
            for p in exc.problems:
                print(p, file=sys.stderr)
            continue
        law = registry.get(case.jurisdiction)
        wanted = {f for name in case.documents.names() for f in figures_needed(case.jurisdiction, name)}
        try:
            claim = compute_claim(case, law, today)
            for figure in sorted(wanted):
                getattr(claim, figure)
        except MissingFigure as exc:
            if exc.table:
                needed.setdefault(exc.series or exc.table, (exc, []))[1].append(case.id)
            else:
                print(f"{display_path(path)}: {exc.field}: {exc.message}", file=sys.stderr)
    lines = [f"stale: {key} is confirmed only through {exc.through}; needed for {today.isoformat()} by "
             f"{', '.join(cases)}: run `python -m generator law update {key}`"
             for key, (exc, cases) in sorted(needed.items())]
    return lines, invalid


def cmd_law(args: argparse.Namespace) -> int:
    today = args.today or dt.date.today()  # `law` is about today: it may read the clock; builds never do
    if args.action == "update":
        return cmd_update(args, today)
    if args.series:
        print("error: name series only with `law update`", file=sys.stderr)
        return 2
    found = rows(today)
    if args.json:
        print(json.dumps([asdict(r) for r in found], ensure_ascii=False, indent=2))
    else:
        print_table(found, today)
    if not args.check:
        return 0
    from generator.pipeline import find_cases

    lines, invalid = stale_for_cases(find_cases(args.cases), today)
    for line in lines:
        print(line, file=sys.stderr)
    if not lines and not invalid:
        print(f"every series the cases need reaches {today.isoformat()}", file=sys.stderr)
    return 1 if lines or invalid else 0


def cmd_update(args: argparse.Namespace, today: dt.date) -> int:
    from generator.law.sources import FetchError, urllib_opener
    from generator.law.update import Refused, run_update

    try:
        plans, manual = run_update(list(args.series), DATA_DIR, urllib_opener, today, write=not args.dry_run)
    except (FetchError, Refused) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for p in plans:
        if not p.changes:
            print(f"{p.key}: up to date (confirmed through {p.old_through})")
            continue
        verb = "would add" if args.dry_run else "added"
        entries = ", ".join(f"{e.rate} from {e.start}" + (f" ({e.table})" if e.table else "") for e in p.added) or "no entry"
        print(f"{p.key}: {verb} {entries}; complete_through {p.old_through} → {p.new_through} ({p.url})")
        for note in p.notes:
            print(f"  note: {note}")
    for text in manual:
        print(f"by hand: {text}")
    if plans and not args.dry_run and any(p.changes for p in plans):
        print("review with `git diff generator/jurisdictions/data`, then rebuild with `make letters`")
    return 0
