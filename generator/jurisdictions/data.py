"""Jurisdiction data: dated rate series and figure tables, each entry with its source.

Files live in `data/<code>/<name>.yaml`, one per series or table, so updating a rate is
a one-line change reviewed on its own. They are read once and cached; the bytes of each
file also feed the build's change detection.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"


UPDATE_COMMAND = "python -m generator law update"


class MissingFigure(Exception):
    """The law leaves a figure open, or our tables do not reach the date needed.

    `field` names what the user can add to the case file (or the data file to update).
    For a table that does not reach far enough, `table` is its data file, `day` the date
    that needs it, `through` the last date the table is confirmed for and `series` the
    name to give `law update`; the validator uses them to say it once per table, at the
    case line the date comes from.
    """

    def __init__(self, field: str, message: str, *, table: str | None = None, day: dt.date | None = None,
                 through: dt.date | None = None, series: str | None = None):
        self.field = field
        self.message = message
        self.table = table
        self.day = day
        self.through = through
        self.series = series
        super().__init__(f"{field}: {message}")


def series_key(path: str) -> str:
    """`generator/jurisdictions/data/ru/cbr_key_rate.yaml` → `ru/cbr_key_rate`: the name `law` uses."""
    parts = path.rsplit("/", 2)
    return f"{parts[-2]}/{parts[-1].removesuffix('.yaml')}"


def _stale(name: str, path: str, through: dt.date, day: dt.date, alternative: str = "") -> MissingFigure:
    """The message for a table that is confirmed only up to `through` and asked for `day`."""
    key = series_key(path)
    return MissingFigure(
        path,
        f"the {name} table ({path}) is confirmed only through {through}; {day} needs a newer figure: run "
        f"`{UPDATE_COMMAND} {key}`, or add the entry by hand with its source{alternative}",
        table=path, day=day, through=through, series=key,
    )


@dataclass(frozen=True)
class RateEntry:
    start: dt.date
    rate: Decimal
    source: str
    table: str | None = None  # the official table the figure was published in (NBP table A)


@dataclass(frozen=True)
class RateSeries:
    name: str
    source: str
    entries: tuple[RateEntry, ...]
    complete_through: dt.date | None
    path: str

    def rate_on(self, day: dt.date) -> RateEntry:
        """The entry in force on `day`."""
        if day < self.entries[0].start:
            raise MissingFigure(self.path, f"the {self.name} table starts on {self.entries[0].start}; no rate for {day}")
        if self.complete_through is not None and day > self.complete_through:
            raise _stale(self.name, self.path, self.complete_through, day, alternative=", or state a contractual rate in the case")
        current = self.entries[0]
        for entry in self.entries:
            if entry.start > day:
                break
            current = entry
        return current

    def on_exact(self, day: dt.date) -> RateEntry:
        """The figure published for `day` itself (an exchange-rate fixing), never a neighbour's."""
        entry = next((e for e in self.entries if e.start == day), None)
        if entry is not None:
            return entry
        if self.complete_through is None or day > self.complete_through:
            raise _stale(self.name, self.path, self.complete_through or self.entries[-1].start, day)
        raise MissingFigure(self.path, f"the {self.name} table ({self.path}) has no figure for {day}",
                            table=self.path, day=day, through=self.complete_through, series=series_key(self.path))

    @property
    def last(self) -> RateEntry:
        return self.entries[-1]

    def changes_between(self, first: dt.date, last: dt.date) -> list[RateEntry]:
        """The entry in force on `first`, then every change up to `last`."""
        out = [self.rate_on(first)]
        self.rate_on(last)  # also checks the table reaches that far
        out.extend(e for e in self.entries if first < e.start <= last)
        return out


# libyaml's parser where PyYAML was built with it: the same safe constructors make the
# same values from the same events, and all 24 data files take 7 ms instead of the
# pure-Python parser's 108 ms, which every build process paid (the test
# tests/test_jurisdiction_data.py compares the two on every file).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    """A data file of ours (not a case file: those keep positions for their errors)."""
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader


def _read(code: str, name: str) -> dict[str, Any]:
    return load_yaml(DATA_DIR / code / f"{name}.yaml")


@functools.cache
def rate_series(code: str, name: str) -> RateSeries:
    raw = _read(code, name)
    return RateSeries(
        name=raw["series"], source=raw["source"],
        entries=tuple(RateEntry(e["from"], Decimal(str(e["rate"])), e["source"], e.get("table")) for e in raw["entries"]),
        complete_through=raw.get("complete_through"),
        path=f"generator/jurisdictions/data/{code}/{name}.yaml",
    )


@dataclass(frozen=True)
class Tier:
    """One band of a table: applies up to (or below) a bound; fixed + percent over a base."""

    up_to: Decimal | None = None
    below: Decimal | None = None
    fixed: Decimal = Decimal(0)
    percent: Decimal = Decimal(0)
    over: Decimal = Decimal(0)
    min: Decimal | None = None
    max: Decimal | None = None
    amount: Decimal | None = None

    def covers(self, value: Decimal) -> bool:
        if self.up_to is not None:
            return value <= self.up_to
        if self.below is not None:
            return value < self.below
        return True


@dataclass(frozen=True)
class Table:
    """A dated version of a fee, limit or compensation table."""

    start: dt.date
    source: str
    tiers: tuple[Tier, ...] = ()
    limit: Decimal | None = None
    rounding_unit: Decimal | None = None
    rounding_mode: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()
    path: str = ""  # the data file, named when a value falls outside every tier

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.extra).get(key, default)

    def tier_for(self, value: Decimal) -> Tier:
        tier = next((t for t in self.tiers if t.covers(value)), None)
        if tier is None:
            raise MissingFigure(self.path, f"no band of the table from {self.start} in {self.path} covers {value}; "
                                           f"add the band it needs, with its source")
        return tier

    def charge(self, value: Decimal) -> Decimal:
        """Apply the table to a value: fixed part, percentage over a base, bounds, rounding."""
        tier = self.tier_for(value)
        fee = tier.fixed + (value - tier.over) * tier.percent / 100
        if tier.min is not None:
            fee = max(fee, tier.min)
        if tier.max is not None:
            fee = min(fee, tier.max)
        return self.round(fee)

    def round(self, amount: Decimal) -> Decimal:
        if self.rounding_unit is None:
            return amount
        mode = {"up": ROUND_UP, "down": ROUND_DOWN, "half_up": ROUND_HALF_UP}[self.rounding_mode or "half_up"]
        units = (amount / self.rounding_unit).quantize(Decimal(1), rounding=mode)
        return units * self.rounding_unit


def _dec(raw: Any) -> Decimal | None:
    return None if raw is None else Decimal(str(raw))


def _table(raw: dict[str, Any], path: str = "") -> Table:
    rounding = raw.get("rounding") or {}
    known = {"from", "source", "tiers", "limit", "rounding"}
    return Table(
        start=raw["from"], source=raw["source"],
        tiers=tuple(Tier(**{k: _dec(v) for k, v in t.items()}) for t in raw.get("tiers", [])),
        limit=_dec(raw.get("limit")),
        rounding_unit=_dec(rounding.get("unit")), rounding_mode=rounding.get("mode"),
        extra=tuple(sorted((k, v) for k, v in raw.items() if k not in known)),
        path=path,
    )


@dataclass(frozen=True)
class TableSet:
    name: str
    versions: tuple[Table, ...]
    complete_through: dt.date | None
    path: str
    currency: str | None = None

    def in_force(self, day: dt.date, **match: Any) -> Table:
        """The newest version in force on `day` (matching e.g. court='general')."""
        candidates = [v for v in self.versions if v.start <= day and all(v.get(k) == val for k, val in match.items())]
        if not candidates:
            raise MissingFigure(self.path, f"no {self.name} in force on {day} in {self.path}")
        if self.complete_through is not None and day > self.complete_through:
            raise _stale(self.name, self.path, self.complete_through, day)
        return candidates[-1]


@functools.cache
def table_set(code: str, name: str) -> TableSet:
    raw = _read(code, name)
    path = f"generator/jurisdictions/data/{code}/{name}.yaml"
    return TableSet(
        name=raw["name"], versions=tuple(_table(v, path) for v in raw["versions"]),
        complete_through=raw.get("complete_through"),
        path=path,
        currency=raw.get("currency"),
    )

