"""Benchmark from the command line, as a user runs the commands (`make bench`).

Everything is measured as cold `python -m generator ...` processes in a scratch copy
of the project (generator/ and templates/, with synthetic cases made from the
examples), with wall time, CPU time (user + system, the process and its workers) and
peak memory (the largest resident set of the process or any worker), each the median
of `--reps` runs; runs of different commands are alternated so that the machine's
drift spreads over all of them. The full builds and the floors run side by side in each
repetition (in the opposite order to the repetition before), and their ratios are also
given as the median of the side-by-side ratios, which the drift between repetitions
does not move.

- build, 1 job, and build, 2 jobs, of `--cases` cases from an empty output/;
- the floor: bare WeasyPrint in a cold process of its own (bench/floor.py) on the very
  HTML pages the build renders (captured by bench/pages.py from the build's code path),
  with the same stylesheet, fonts and PDF variant; and again with the build's garbage
  collection policy, so that the build's own overhead shows apart from that policy;
- the floor's pages split in two halves, as two floor processes at once: what the
  machine's two cores give bare WeasyPrint, beside the 2-job build;
- the build and the floor (and the floor with the build's collection policy) started
  together on one core, and the floor with itself as the control of that measure: their CPU times compare what each costs at the same
  moments of the machine's speed (see run_together);
- on `--noop-cases` cases (built once first): the no-op build, the build after editing
  one case (beside the cold build of that case alone, with the same compiled templates:
  its own render time), `validate`
  (first run, then again with its cache), and `status`;
- one case at the schema's maxima (invoices, payments, events), one language.

File counts are counted on disk. `--write-readme` replaces the results table in
README.md (between the bench markers). Never part of the tests: timings depend on the
machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from maxcase import write_max_case  # noqa: E402


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    stdout: str
    stderr: str


def run(project: Path, *args: str, check: bool = True) -> Run:
    """One cold process in `project`: wall time, CPU time (user + system of the process
    and its reaped workers) and peak memory (the largest resident set among them, as
    wait4() reports it; GNU time's %M)."""
    env = {**os.environ, "PYTHONPATH": str(project)}
    # Python writes and reuses __pycache__ as it does on a user's machine, even where
    # the environment turns that off (this sandbox sets PYTHONDONTWRITEBYTECODE=1: every
    # process compiled the generator's 48 modules from source: 0.1-0.17 s of each run).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    report = project.parent / ".time"
    started = time.perf_counter()
    proc = subprocess.run([TIME, "-o", str(report), "-f", "%M %U %S", sys.executable, *args], cwd=project,
                          env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if check and proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    rss_kb, user, system = report.read_text().strip().splitlines()[-1].split()
    return Run(wall, float(user) + float(system), int(rss_kb) / 1024, proc.stdout, proc.stderr)


TIME = "/usr/bin/time"  # GNU time (Debian package `time`)


def run_parallel(project: Path, commands: list[tuple[str, ...]]) -> Run:
    """Cold processes started at once, free to run on any core: wall time until the last
    ends, their CPU times added, the largest peak memory."""
    env = {**os.environ, "PYTHONPATH": str(project)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as in run()
    started = time.perf_counter()
    procs = []
    for n, args in enumerate(commands):
        report = project.parent / f".time-p{n}"
        procs.append((subprocess.Popen([TIME, "-o", str(report), "-f", "%M %U %S", sys.executable, *args], cwd=project,
                                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True),
                      report, args))
    cpu, rss = 0.0, 0.0
    for proc, report, args in procs:
        _, stderr = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{stderr[-3000:]}")
        rss_kb, user, system = report.read_text().strip().splitlines()[-1].split()
        cpu += float(user) + float(system)
        rss = max(rss, int(rss_kb) / 1024)
    return Run(time.perf_counter() - started, cpu, rss, "", "")


def run_together(project: Path, first: tuple[str, ...], second: tuple[str, ...], cpu: int) -> tuple[Run, Run]:
    """Two cold processes started at once and held to the same core: the scheduler
    alternates them every few milliseconds, so each moment of the machine's speed falls
    on both alike, and their CPU times compare what each costs however the machine's
    speed moves (run one after the other, a run's time moves by up to a third within
    minutes here). Their wall times do not: the one that ends first leaves the other
    alone on the core for the rest, which pulls the ratio of wall times towards 1."""
    env = {**os.environ, "PYTHONPATH": str(project)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as in run()
    procs = []
    for n, args in enumerate((first, second)):
        report = project.parent / f".time-{n}"
        proc = subprocess.Popen([TIME, "-o", str(report), "-f", "%M %U %S %e", sys.executable, *args], cwd=project,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: os.sched_setaffinity(0, {cpu}))
        procs.append((proc, report, args))
    runs = []
    for proc, report, args in procs:
        stdout, stderr = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{stderr[-3000:]}")
        rss_kb, user, system, wall = report.read_text().strip().splitlines()[-1].split()
        runs.append(Run(float(wall), float(user) + float(system), int(rss_kb) / 1024, stdout, stderr))
    return runs[0], runs[1]


def make_project(folder: Path) -> Path:
    project = folder / "project"
    shutil.copytree(ROOT / "generator", project / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", project / "templates")
    (project / "cases").mkdir()
    return project


def make_cases(folder: Path, count: int, small: bool = False, prefix: str = "bench") -> list[Path]:
    """`count` cases made from the examples in turn. `small`: the first language and
    the reminders only (a case early in its life)."""
    seeds = sorted((ROOT / "cases").glob("*.yaml"))
    paths = []
    for n in range(count):
        seed = seeds[n % len(seeds)]
        case_id = f"{prefix}-{n:05d}-{seed.stem}"[:64].rstrip("-")
        text = seed.read_text(encoding="utf-8").replace(f"case: {seed.stem}", f"case: {case_id}")
        if small:
            text = re.sub(r"^languages: \[(\w+)[^\]]*\]", r"languages: [\1]", text, flags=re.M)
            head, _, docs = text.partition("\ndocuments:\n")
            reminders = re.search(r"^  reminders:\n(?:    .*\n?)+", docs, flags=re.M)
            text = head + "\ndocuments:\n" + (reminders.group(0) if reminders else "  contract_clauses: {}\n")
        path = folder / f"{case_id}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def count_files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".build.lock"))


def median(runs: list[Run], attr: str) -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def paired(runs: list[Run], others: list[Run], attr: str) -> float:
    """The median of the ratios of runs made side by side (the same repetition)."""
    return statistics.median(getattr(a, attr) / getattr(b, attr) for a, b in zip(runs, others, strict=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=8, help="cases for the full builds and the floor")
    parser.add_argument("--noop-cases", type=int, default=1000, help="cases for no-op, edit, validate, status")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--write-readme", action="store_true", help="replace the results table in README.md")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    rows: list[tuple[str, str]] = []
    try:
        project = make_project(work)
        cases = project / "cases"
        output = project / "output"
        full = make_cases(cases, args.cases)
        rel = [str(p.relative_to(project)) for p in full]
        run(project, "-m", "generator", "validate", *rel)  # writes __pycache__, as a user's first run does

        # The pages the build renders, for the floor.
        pages = work / "pages"
        documents = int(run(project, str(ROOT / "bench" / "pages.py"), str(pages), *rel).stdout.split()[-1])

        # The same pages in two halves of about equal size, for the floor on two cores.
        halves = [work / "pages-a", work / "pages-b"]
        sizes = [0, 0]
        for half in halves:
            half.mkdir()
            shutil.copy(pages / "style.css", half / "style.css")
        for page in sorted(pages.glob("*.html"), key=lambda p: (-p.stat().st_size, p.name)):
            k = sizes.index(min(sizes))
            sizes[k] += page.stat().st_size
            shutil.copy(page, halves[k] / page.name)

        one, two, floor, floor_gc, floor_two = [], [], [], [], []

        def build(jobs: str) -> Run:
            shutil.rmtree(output, ignore_errors=True)
            return run(project, "-m", "generator", "build", "--quiet", "--jobs", jobs)

        # The 1-job build stands between the floor and the 2-job build: the two
        # comparisons the goals are about are of runs made one right after the other.
        measures = [
            (floor_gc, lambda: run(project, str(ROOT / "bench" / "floor.py"), str(pages), str(work / "floor-out"),
                                   "--collector")),
            (floor, lambda: run(project, str(ROOT / "bench" / "floor.py"), str(pages), str(work / "floor-out"))),
            (one, lambda: build("1")),
            (two, lambda: build("2")),
            # What this machine's two cores give bare WeasyPrint at the same time: the
            # floor's pages in two processes at once (each paying its own start, as each
            # worker of the 2-job build does); the time until both have ended.
            (floor_two, lambda: run_parallel(project, [(str(ROOT / "bench" / "floor.py"), str(h), str(work / f"floor-{h.name}"))
                                                       for h in halves])),
        ]
        floor_args = (str(ROOT / "bench" / "floor.py"), str(pages))
        # (build, floor), (build, floor with the collection policy) and (floor, floor),
        # each pair on one core
        shared, shared_gc, control = [], [], []
        cpus = sorted(os.sched_getaffinity(0))
        for rep in range(args.reps):
            # Each repetition runs the four side by side, in the opposite order to the
            # one before (ABCD DCBA ...), so that the machine's drift, which is larger
            # here than the differences measured (a run's time moves by up to a third
            # within minutes), falls on each of them alike.
            for runs, measure in measures if rep % 2 == 0 else measures[::-1]:
                runs.append(measure())
            # Then the build and the floor sharing one core, and, as the control of that
            # measure, the floor sharing one with itself (which process starts first,
            # and which core, alternate).
            cpu = cpus[rep % len(cpus)]
            shutil.rmtree(output, ignore_errors=True)
            build_args = ("-m", "generator", "build", "--quiet", "--jobs", "1")
            pair = (build_args, (*floor_args, str(work / "floor-out")))
            b, f = run_together(project, *(pair if rep % 2 == 0 else pair[::-1]), cpu)
            shared.append((b, f) if rep % 2 == 0 else (f, b))
            shutil.rmtree(output, ignore_errors=True)
            pair = (build_args, (*floor_args, str(work / "floor-out"), "--collector"))
            b, f = run_together(project, *(pair if rep % 2 == 0 else pair[::-1]), cpu)
            shared_gc.append((b, f) if rep % 2 == 0 else (f, b))
            control.append(run_together(project, (*floor_args, str(work / "floor-a")),
                                        (*floor_args, str(work / "floor-b")), cpu))
        # output/ holds the files of the last build run (the floors write elsewhere).
        files_full = count_files(output)
        pdfs = sum(1 for _ in output.rglob("*.pdf"))
        assert pdfs == documents, (pdfs, documents)
        b1, b2, fl, fg = median(one, "wall"), median(two, "wall"), median(floor, "wall"), median(floor_gc, "wall")
        rows += [
            (f"full build, 1 job ({args.cases} cases, {documents} documents, {files_full} files)",
             f"{b1:.1f} s wall, {median(one, 'cpu'):.1f} s CPU, {b1 / documents * 1000:.0f} ms per document"),
            ("bare WeasyPrint on the same HTML, cold process (the floor)",
             f"{fl:.1f} s wall, {median(floor, 'cpu'):.1f} s CPU, {fl / documents * 1000:.0f} ms per document"),
            ("ratio build / floor (wall; CPU): of the medians; median of the side-by-side runs' ratios",
             f"{b1 / fl:.3f}; {median(one, 'cpu') / median(floor, 'cpu'):.3f}: {paired(one, floor, 'wall'):.3f}; "
             f"{paired(one, floor, 'cpu'):.3f}"),
            ("bare WeasyPrint with the build's garbage collection (generator/collector.py)",
             f"{fg:.1f} s wall, {median(floor_gc, 'cpu'):.1f} s CPU; ratio build / this floor "
             f"{b1 / fg:.3f} wall, {median(one, 'cpu') / median(floor_gc, 'cpu'):.3f} CPU (side by side "
             f"{paired(one, floor_gc, 'wall'):.3f}; {paired(one, floor_gc, 'cpu'):.3f})"),
            ("build and floor started together on one core (CPU time, user + system): ratio build / floor, "
             "median of the pairs (lowest-highest)", _ratios([b.cpu / f.cpu for b, f in shared])),
            ("the same with the floor that has the build's garbage collection policy: ratio build / that floor",
             _ratios([b.cpu / f.cpu for b, f in shared_gc])),
            ("control of that measure: the floor started together with itself on one core: ratio of the two "
             "CPU times, median (lowest-highest)", _ratios([a.cpu / c.cpu for a, c in control])),
            ("full build, 2 jobs", f"{b2:.1f} s wall, {median(two, 'cpu'):.1f} s CPU, speedup {b1 / b2:.2f}x "
                                   f"(side by side {paired(one, two, 'wall'):.2f}x); cores kept busy, CPU / wall of "
                                   f"each run: median {statistics.median(r.cpu / r.wall for r in two):.2f} "
                                   f"(1 job: {statistics.median(r.cpu / r.wall for r in one):.2f})"),
            ("bare WeasyPrint on 2 cores at the same time: the floor's pages in two processes at once",
             f"{median(floor_two, 'wall'):.1f} s wall, {median(floor_two, 'cpu'):.1f} s CPU, speedup over the floor "
             f"{fl / median(floor_two, 'wall'):.2f}x (side by side {paired(floor, floor_two, 'wall'):.2f}x); the 2-job "
             f"build's speedup is {(b1 / b2) / (fl / median(floor_two, 'wall')):.2f} of it (side by side "
             f"{statistics.median((a.wall / c.wall) / (f.wall / g.wall) for a, c, f, g in zip(one, two, floor, floor_two)):.2f})"),
        ]

        # A practice's worth of cases, built once.
        shutil.rmtree(cases)
        cases.mkdir()
        shutil.rmtree(output, ignore_errors=True)
        many = make_cases(cases, args.noop_cases, small=True)
        started = time.perf_counter()
        run(project, "-m", "generator", "build", "--quiet", "--jobs", str(os.cpu_count() or 2))
        first = time.perf_counter() - started
        files_many = count_files(output)
        noop, validate, status = [], [], []
        for _ in range(args.reps):
            noop.append(run(project, "-m", "generator", "build", "--quiet"))
            status.append(run(project, "-m", "generator", "status", "--as-of", "2025-12-31", check=False))
        validate_first = run(project, "-m", "generator", "validate")
        for _ in range(args.reps):
            validate.append(run(project, "-m", "generator", "validate"))
        edited = many[len(many) // 2]
        edits = []
        alone = []
        for n in range(args.reps):
            edited.write_text(edited.read_text(encoding="utf-8").replace("city:", f"city: X{n}", 1), encoding="utf-8")
            edits.append(run(project, "-m", "generator", "build", "--quiet"))
            solo = work / f"solo-{n}"
            solo_project = make_project(solo)
            if (project / ".cache").is_dir():  # the same compiled templates: only the case's own work differs
                shutil.copytree(project / ".cache", solo_project / ".cache",
                                ignore=shutil.ignore_patterns("stat-*.json", "validate.json"))
            shutil.copy(edited, solo_project / "cases" / edited.name)
            alone.append(run(solo_project, "-m", "generator", "build", "--quiet"))
            shutil.rmtree(solo)
        ed, al = median(edits, "wall"), median(alone, "wall")
        rows += [
            (f"first build of {len(many)} cases ({files_many} files), {os.cpu_count()} jobs", f"{first:.0f} s"),
            (f"no-op build, {len(many)} cases", f"{median(noop, 'wall'):.2f} s wall, {median(noop, 'cpu'):.2f} s CPU, "
                                                 f"{median(noop, 'rss_mb'):.0f} MB"),
            (f"one case edited, of {len(many)}", f"{ed:.2f} s; that case alone from an empty output {al:.2f} s: "
                                                  f"+{ed - al:.2f} s"),
            (f"validate, {len(many)} cases", f"{validate_first.wall:.2f} s the first time, "
                                             f"{median(validate, 'wall'):.2f} s unchanged"),
            (f"status, {len(many)} cases", f"{median(status, 'wall'):.2f} s wall, {median(status, 'cpu'):.2f} s CPU"),
        ]

        # One case at the schema's maxima.
        shutil.rmtree(cases)
        cases.mkdir()
        shutil.rmtree(output, ignore_errors=True)
        from generator.case.schema import SCHEMA

        big = write_max_case(cases)
        biggest = run(project, "-m", "generator", "build", "--quiet", "--jobs", "1")
        limits = (SCHEMA["invoices"]["maxlength"], SCHEMA["payments"]["maxlength"], SCHEMA["events"]["maxlength"])
        rows.append((f"one case at the schema's maxima ({limits[0]} invoices, {limits[1]} payments, {limits[2]} "
                     f"events; {sum(1 for _ in output.rglob('*.pdf'))} documents, 1 language)",
                     f"{biggest.wall:.1f} s wall, {biggest.cpu:.1f} s CPU, {biggest.rss_mb:.0f} MB peak"))
        del big
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}", file=sys.stderr)
    table = _table(rows, args)
    print(table)
    if args.write_readme:
        _write_readme(table)
    return 0


def _ratios(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f}, {len(values)} pairs)"


BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def _table(rows: list[tuple[str, str]], args: argparse.Namespace) -> str:
    cpus = os.cpu_count()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    head = (f"Measured {dt.date.today().isoformat()} on {platform.machine()} with {cpus} cores (load average at the end: {load}), Python "
            f"{platform.python_version()}, `python bench/bench.py --cases {args.cases} --noop-cases "
            f"{args.noop_cases} --reps {args.reps}`; medians of {args.reps} cold command-line runs:")
    lines = [head, "", "| measure | result |", "|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines)


def _write_readme(table: str) -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"README.md has no {BEGIN} ... {END} markers")
    before, rest = text.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    readme.write_text(f"{before}{BEGIN}\n{table}\n{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
