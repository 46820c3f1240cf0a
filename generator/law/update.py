"""`law update`: check what a source says against a data file, then append to it.

A plan is made for every series asked for before anything is written: if one fetch fails
or one check refuses (a value out of range, a jump no central bank makes, a figure that
contradicts an entry already in the table), no file changes at all. The data files are
edited as text, one appended line per new entry and the `complete_through:` line, so
the comments stay and the change reads as a short git diff.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from generator.law.sources import BY_HAND, SOURCES, FetchError, Fetched, Opener, Response, Source


class Refused(Exception):
    """A check failed: the source contradicts the table or says something implausible."""


@dataclass(frozen=True)
class Entry:
    start: dt.date
    rate: Decimal
    table: str | None = None


@dataclass
class Plan:
    key: str
    path: Path
    added: list[Entry]
    old_through: dt.date | None
    new_through: dt.date | None
    text: str  # the new file content
    url: str
    notes: list[str] = field(default_factory=list)

    @property
    def changes(self) -> bool:
        return bool(self.added) or self.new_through != self.old_through


def _entries(raw: dict) -> list[Entry]:
    return [Entry(e["from"], Decimal(str(e["rate"])), e.get("table")) for e in raw["entries"]]


def _in_force(entries: list[Entry], day: dt.date) -> Entry | None:
    current = None
    for e in entries:
        if e.start > day:
            break
        current = e
    return current


def steps(figures: list[Fetched]) -> list[Entry]:
    """Daily figures → the days the figure changed (the first day listed counts as one)."""
    out: list[Entry] = []
    for f in figures:
        if not out or f.rate != out[-1].rate:
            out.append(Entry(f.day, f.rate, f.table))
    return out


def check_plausible(source: Source, entries: list[Entry], before: Entry | None) -> None:
    previous = before
    for e in entries:
        if not source.lowest <= e.rate <= source.highest:
            raise Refused(f"{source.key}: {e.rate} on {e.start} is outside the plausible range "
                          f"{source.lowest}–{source.highest}; nothing written")
        if previous is not None and abs(e.rate - previous.rate) > source.largest_step:
            raise Refused(f"{source.key}: {previous.rate} → {e.rate} on {e.start} is a larger move than "
                          f"{source.largest_step}; check the source by hand; nothing written")
        previous = e


def reconcile(source: Source, existing: list[Entry], response: Response, fixing: bool) -> list[Entry]:
    """The entries to append. Refuses when the source contradicts the table (rewritten history)."""
    if fixing:
        have = {e.start: e for e in existing}
        new = []
        for f in response.figures:
            old = have.get(f.day)
            if old is not None:
                if old.rate != f.rate or (old.table and f.table and old.table != f.table):
                    raise Refused(f"{source.key}: the source gives {f.rate} ({f.table}) for {f.day}, the table "
                                  f"{old.rate} ({old.table}): history would be rewritten; check and edit by hand")
            elif f.day > existing[-1].start:
                new.append(Entry(f.day, f.rate, f.table))
        check_plausible(source, new, existing[-1])
        return new
    fetched = steps(response.figures)
    first_day = response.figures[0].day
    last_known = existing[-1]
    # Continuity: on every day the source and the table both cover, they must agree.
    for f in response.figures:
        if f.day > last_known.start:
            break
        known = _in_force(existing, f.day)
        if known is not None and known.rate != f.rate:
            raise Refused(f"{source.key}: the source gives {f.rate} on {f.day}, the table {known.rate} "
                          f"(in force from {known.start}): history would be rewritten; check and edit by hand")
    if not response.daily:
        # A list of decisions: every decision the table has from the source's first on must be in it.
        listed = {(e.start, e.rate) for e in fetched}
        for e in existing:
            if e.start >= first_day and (e.start, e.rate) not in listed:
                raise Refused(f"{source.key}: the table's entry {e.rate} from {e.start} is not in the source: "
                              f"history would be rewritten; check and edit by hand")
    elif first_day > last_known.start and _in_force(existing, first_day).rate != response.figures[0].rate:
        raise Refused(f"{source.key}: the source starts on {first_day} with {response.figures[0].rate}, which "
                      f"does not continue the table's {last_known.rate} from {last_known.start}; nothing written")
    new = [e for e in fetched if e.start > last_known.start]
    if new and new[0].rate == last_known.rate:
        new = new[1:]  # the first day listed after the last change, not a change
    check_plausible(source, new, last_known)
    return new


def _rate_text(rate: Decimal, fixing: bool) -> str:
    if fixing:
        return str(rate.quantize(Decimal("0.0001")))
    text = format(rate.normalize(), "f")
    return text


def render(text: str, added: list[Entry], through: dt.date | None, url: str, retrieved: dt.date,
           fixing: bool) -> str:
    lines = text.rstrip("\n").split("\n")
    source = f"{url} (retrieved {retrieved.isoformat()})"
    for e in added:
        table = f", table: \"{e.table}\"" if e.table else ""
        lines.append(f"  - {{from: {e.start.isoformat()}, rate: \"{_rate_text(e.rate, fixing)}\"{table}, "
                     f"source: \"{source}\"}}")
    out = "\n".join(lines) + "\n"
    if through is not None:
        line = f"complete_through: {through.isoformat()}   # confirmed by {url}, retrieved {retrieved.isoformat()}"
        out, n = re.subn(r"(?m)^complete_through:.*$", line, out, count=1)
        if n == 0:
            raise Refused(f"no complete_through line to move in the data file; add one by hand")
    return out


def plan_series(key: str, data_dir: Path, opener: Opener, today: dt.date) -> Plan:
    source = SOURCES[key]
    code, name = key.split("/")
    path = data_dir / code / f"{name}.yaml"
    text = path.read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    existing = _entries(raw)
    fixing = raw.get("kind") == "fixing"
    old_through = raw.get("complete_through")
    since = (old_through + dt.timedelta(days=1)) if fixing and old_through else existing[-1].start
    response = source.fetch(opener, since, today)
    added = reconcile(source, existing, response, fixing)
    notes = list(response.notes)
    new_through = response.confirmed_through
    if old_through is not None and new_through < old_through:
        notes.append(f"the source confirms only through {new_through}, less than the table's {old_through}; "
                     f"complete_through stays")
        new_through = old_through
    if added and new_through < added[-1].start:
        new_through = added[-1].start
    new_text = render(text, added, new_through if new_through != old_through else None, response.url, today, fixing)
    # The result must still load as the engine loads it.
    check = yaml.safe_load(new_text)
    starts = [e["from"] for e in check["entries"]]
    if starts != sorted(set(starts)):
        raise Refused(f"{key}: the new entries would not keep the table in date order; nothing written")
    return Plan(key, path, added, old_through, new_through, new_text, response.url, notes)


def run_update(keys: list[str], data_dir: Path, opener: Opener, today: dt.date, *, write: bool = True
               ) -> tuple[list[Plan], list[str]]:
    """Plan every series asked for, then write them all, or none if any failed.

    Returns the plans and the by-hand instructions; raises FetchError or Refused."""
    from generator.write import write_atomic

    unknown = [k for k in keys if k not in SOURCES and k not in BY_HAND]
    if unknown:
        raise Refused(f"unknown series {', '.join(unknown)}; `python -m generator law` lists them")
    fetchable = [k for k in (keys or list(SOURCES)) if k in SOURCES]
    manual = [BY_HAND[k] for k in (keys or list(BY_HAND)) if k in BY_HAND]
    plans = []
    for key in fetchable:
        try:
            plans.append(plan_series(key, data_dir, opener, today))
        except FetchError as exc:
            raise FetchError(f"{key}: {exc}; no file was changed") from None
    if write:
        for p in plans:
            if p.changes:
                write_atomic(p.path, p.text.encode("utf-8"))
        from generator.jurisdictions import data

        data.rate_series.cache_clear()
        data.table_set.cache_clear()
    return plans, manual
