"""Command line: argument parsing only; each command calls into the pipeline.

Exit status: 0 all good, 1 a case is invalid or a document failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from generator import __version__
from generator.case.codes import JURISDICTIONS, LANGUAGES
from generator.errors import CaseInvalid, GeneratorError


def _shard(text: str) -> tuple[int, int]:
    try:
        k, n = (int(part) for part in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a shard written K/N, e.g. 2/4") from None
    if not 1 <= k <= n:
        raise argparse.ArgumentTypeError(f"shard {k}/{n}: K must be between 1 and N")
    return k, n


def _date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None
    # The years a case's own dates may lie in (validate.FIRST_DATE, LAST_DATE).
    if not dt.date(1970, 1, 1) <= day <= dt.date(2099, 12, 31):
        raise argparse.ArgumentTypeError(f"{day} is outside the years 1970-2099 a case can be about; check the year")
    return day


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Debt-collection letters from case files.")
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="validate cases and build every document in every language")
    build.add_argument("cases", nargs="*", metavar="CASE.yaml")
    build.add_argument("--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)")
    build.add_argument("--jobs", type=int, default=None, help="worker processes (default: number of cores)")
    build.add_argument("--quiet", action="store_true", help="print only problems and the summary line")
    build.add_argument("--json", action="store_true", help="print the build report as JSON")
    build.add_argument("--reissue", action="store_true",
                       help="write a new dated version of every sent document that would change (the sent file stays)")
    build.add_argument("--date", type=_date, default=None, help="with --reissue: the date in the new versions' names "
                                                                 "(default: today)")
    build.add_argument("--overwrite-edited", action="store_true",
                       help="regenerate generated files that were changed by hand")
    build.add_argument("--shard", type=_shard, default=None, metavar="K/N",
                       help="build only share K of N of the cases (stable by case id), for CI machines "
                            "that each build a share; other cases' output is left alone")

    reissue = sub.add_parser("reissue", help="a new dated version of sent documents that would change")
    reissue.add_argument("case", metavar="CASE.yaml")
    reissue.add_argument("documents", nargs="+", metavar="DOCUMENT", help="e.g. pretrial-claim, reminder-2")
    reissue.add_argument("--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)")
    reissue.add_argument("--date", type=_date, default=None, help="the date in the new version's name (default: today)")

    validate = sub.add_parser("validate", help="check cases only")
    validate.add_argument("cases", nargs="*", metavar="CASE.yaml")
    validate.add_argument("--jobs", type=int, default=None, help="worker processes (default: number of cores)")
    validate.add_argument("--no-cache", action="store_true", help="check every case again (ignore .cache/)")

    compute = sub.add_parser("compute", help="print the computed claim as JSON")
    compute.add_argument("case", metavar="CASE.yaml")
    compute.add_argument("--as-of", type=_date, default=None, help="date of the computation (default: the last document's date)")

    status = sub.add_parser("status", help="per case: what was sent, what is due next and from when")
    status.add_argument("cases", nargs="*", metavar="CASE.yaml")
    status.add_argument("--as-of", type=_date, default=None, help="the day to report for (default: today)")
    status.add_argument("--sort", choices=["case", "next", "amount"], default="next")
    status.add_argument("--json", action="store_true")

    new = sub.add_parser("new", help="write a commented starter case file")
    new.add_argument("case", metavar="CASE")
    new.add_argument("--jurisdiction", required=True, choices=JURISDICTIONS)
    new.add_argument("--lang", action="append", choices=LANGUAGES)

    law = sub.add_parser("law", help="how far each law table reaches; `law update` fetches the newest figures")
    law.add_argument("action", nargs="?", choices=["update"], help="update: fetch the official publications")
    law.add_argument("series", nargs="*", metavar="SERIES", help="e.g. ru/cbr_key_rate (default: every series)")
    law.add_argument("--today", type=_date, default=None, help="the day to measure against (default: today)")
    law.add_argument("--check", action="store_true",
                     help="exit 1 when a series a case needs does not reach today (for CI and pre-commit)")
    law.add_argument("--cases", nargs="*", default=None, metavar="CASE.yaml", help="with --check: these cases")
    law.add_argument("--json", action="store_true", help="print the table as JSON")
    law.add_argument("--dry-run", action="store_true", help="with update: show what would change, write nothing")

    schema = sub.add_parser("schema", help="print the case schema as JSON Schema")
    schema.add_argument("--write", action="store_true", help="write schema/case.schema.json instead of printing")
    return parser


def _print_problems(problems: list[str]) -> None:
    for line in problems:
        print(line, file=sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    from generator.paths import find_cases
    from generator.verdicts import validate_all

    paths = find_cases(args.cases)
    failed = 0
    for verdict in validate_all(paths, jobs=args.jobs, use_cache=not args.no_cache):
        _print_problems(verdict.warnings)
        if verdict.problems:
            failed += 1
            _print_problems(verdict.problems)
    print(f"{len(paths) - failed} valid, {failed} invalid", file=sys.stderr if failed else sys.stdout)
    return 1 if failed else 0


def cmd_compute(args: argparse.Namespace) -> int:
    from generator.compute.claim import compute_claim
    from generator.jurisdictions import registry
    from generator.pipeline import load_case
    from generator.compute.deadlines import document_date

    try:
        case = load_case(Path(args.case))
    except CaseInvalid as exc:
        _print_problems([str(p) for p in exc.problems])
        return 1
    names = case.documents.names()
    as_of = args.as_of or max((document_date(case, n) for n in names), default=case.contract.date)
    law = registry.get(case.jurisdiction)
    try:
        claim = compute_claim(case, law, as_of)
    except GeneratorError as exc:
        _print_problems([f"{case.source}: {exc}"])
        return 1
    except Exception as exc:  # MissingFigure for a date outside the documents' dates
        from generator.jurisdictions.data import MissingFigure

        if isinstance(exc, MissingFigure):
            _print_problems([f"{case.source}: {exc.field}: {exc.message}"])
            return 1
        raise
    print(json.dumps(claim.to_json(), ensure_ascii=False, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            from generator.build import cmd_build

            return cmd_build(args)
        if args.command == "reissue":
            from generator.build import cmd_reissue

            return cmd_reissue(args)
        if args.command == "validate":
            return cmd_validate(args)
        if args.command == "compute":
            return cmd_compute(args)
        if args.command == "status":
            from generator.status import cmd_status

            return cmd_status(args)
        if args.command == "new":
            from generator.starter import cmd_new

            return cmd_new(args)
        if args.command == "law":
            from generator.law.report import cmd_law

            return cmd_law(args)
        if args.command == "schema":
            from generator.jsonschema import cmd_schema

            return cmd_schema(args)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `... | head`: the reader has gone; say nothing more
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 2
