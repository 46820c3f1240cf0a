"""The jurisdiction data files: well-formed, sourced, and right where we can check them.

Every rate series (a file with `series:`) and every table (a file with `name:` and
`versions:`) is checked for shape: sorted, no duplicates, a source on every entry.
Spot checks then compare figures the engine derives from the data with figures stated
in /work/shared/domain/legal-facts.md (each test names the section it comes from).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
import yaml

from generator.case import model as m
from generator.jurisdictions import registry
from generator.jurisdictions.data import DATA_DIR, MissingFigure, rate_series, table_set

D = Decimal


def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


FILES = sorted(DATA_DIR.glob("*/*.yaml"))
SERIES = [p for p in FILES if "series" in _load(p)]
TABLES = [p for p in FILES if "versions" in _load(p)]


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _dec(raw) -> Decimal:
    """Parse a figure from its YAML text; floats are refused (they must be quoted)."""
    assert not isinstance(raw, float), f"{raw!r} is a float: quote rates and amounts so they stay exact"
    try:
        return Decimal(str(raw))
    except InvalidOperation:  # pragma: no cover - reported by the assertion below
        pytest.fail(f"{raw!r} is not a decimal number")


# --- every file ----------------------------------------------------------------------

def test_every_data_file_is_a_series_or_a_table() -> None:
    assert FILES, "no data files found"
    for path in FILES:
        raw = _load(path)
        assert ("series" in raw) != ("versions" in raw), f"{_id(path)}: must have either `series:` or `versions:`"


def test_every_jurisdiction_has_its_data() -> None:
    for code in ("uk", "pl", "ru", "il"):
        names = {p.stem for p in FILES if p.parent.name == code}
        assert {"court_fees", "small_claims"} <= names, f"{code}: missing court_fees or small_claims"


# --- rate series ---------------------------------------------------------------------

@pytest.mark.parametrize("path", SERIES, ids=_id)
def test_series_is_sorted_unique_and_sourced(path: Path) -> None:
    raw = _load(path)
    assert raw["series"] and str(raw["source"]).strip(), f"{_id(path)}: needs a name and a top-level source"
    entries = raw["entries"]
    assert entries, f"{_id(path)}: no entries"
    starts = []
    for i, entry in enumerate(entries):
        assert set(entry) <= {"from", "rate", "source", "note", "table"}, f"{_id(path)}[{i}]: unknown keys {set(entry)}"
        assert isinstance(entry["from"], dt.date), f"{_id(path)}[{i}]: `from` must be a YYYY-MM-DD date"
        assert str(entry.get("source") or "").strip(), f"{_id(path)}[{i}] ({entry['from']}): no source"
        rate = _dec(entry["rate"])
        assert D(0) <= rate < D(100), f"{_id(path)}[{i}]: rate {rate} is not a plausible per-cent figure"
        starts.append(entry["from"])
    assert len(set(starts)) == len(starts), f"{_id(path)}: duplicate dates {sorted({d for d in starts if starts.count(d) > 1})}"
    assert starts == sorted(starts), f"{_id(path)}: entries are not in date order"
    assert all(a < b for a, b in zip(starts, starts[1:])), f"{_id(path)}: dates must increase strictly"


@pytest.mark.parametrize("path", SERIES, ids=_id)
def test_series_is_continuous(path: Path) -> None:
    """A step series has no gaps by construction; what can go wrong is an entry that is
    no change at all (a repeated rate, usually a typo in the date or the rate) or a
    `complete_through` that claims less than the entries already cover."""
    raw = _load(path)
    entries = raw["entries"]
    rates = [_dec(e["rate"]) for e in entries]
    if raw.get("kind") != "fixing":  # a daily fixing may repeat; a step series may not
        for (a, ra), (b, rb) in zip(zip(entries, rates), zip(entries[1:], rates[1:])):
            assert ra != rb, f"{_id(path)}: {b['from']} repeats the rate {rb} of {a['from']}; not a change"
    through = raw.get("complete_through")
    if through is not None:
        assert isinstance(through, dt.date)
        assert through >= entries[-1]["from"], f"{_id(path)}: complete_through {through} is before the last entry"


@pytest.mark.parametrize("path", SERIES, ids=_id)
def test_series_loads_through_the_engine(path: Path) -> None:
    series = rate_series(path.parent.name, path.stem)
    first = series.entries[0]
    assert series.rate_on(first.start) == first
    with pytest.raises(MissingFigure) as err:
        series.rate_on(first.start - dt.timedelta(days=1))
    assert err.value.field == f"generator/jurisdictions/data/{path.parent.name}/{path.name}"
    if series.complete_through is not None:
        with pytest.raises(MissingFigure):
            series.rate_on(series.complete_through + dt.timedelta(days=1))


# --- tables --------------------------------------------------------------------------

def _bound(tier: dict) -> Decimal | None:
    for key in ("up_to", "below"):
        if key in tier:
            return _dec(tier[key])
    return None


@pytest.mark.parametrize("path", TABLES, ids=_id)
def test_table_versions_are_sourced_and_tiers_increase(path: Path) -> None:
    raw = _load(path)
    assert raw["name"], f"{_id(path)}: needs a name"
    versions = raw["versions"]
    assert versions, f"{_id(path)}: no versions"
    starts = []
    for i, version in enumerate(versions):
        where = f"{_id(path)} version {i} (from {version.get('from')})"
        assert isinstance(version["from"], dt.date), f"{where}: `from` must be a date"
        assert str(version.get("source") or "").strip(), f"{where}: no source"
        starts.append(version["from"])
        if "limit" in version:
            assert _dec(version["limit"]) > 0, f"{where}: limit must be positive"
        if "to" in version:  # a dated period (the RU moratorium) rather than a schedule
            assert isinstance(version["to"], dt.date) and version["to"] >= version["from"], f"{where}: bad `to`"
        tiers = version.get("tiers", [])
        assert tiers or "limit" in version or "to" in version, f"{where}: no tiers, limit or period"
        bounds = [_bound(t) for t in tiers]
        for t in tiers:
            for key, value in t.items():
                _dec(value)  # every tier figure is an exact decimal
            assert not ("up_to" in t and "below" in t), f"{where}: a tier has both up_to and below"
        # Only the last tier may be open-ended, and the bounds increase strictly.
        assert all(b is not None for b in bounds[:-1]), f"{where}: an open tier before the last one"
        closed = [b for b in bounds if b is not None]
        assert all(a < b for a, b in zip(closed, closed[1:])), f"{where}: tier bounds {closed} do not increase"
    assert starts == sorted(starts), f"{_id(path)}: versions are not in date order"
    # Two versions may share a date only when they are for different cases (e.g. court).
    keyed = [(v["from"], tuple(sorted((k, str(x)) for k, x in v.items() if k in ("court",)))) for v in versions]
    assert len(set(keyed)) == len(keyed), f"{_id(path)}: two versions for the same date and case"


def _continuity_points(path: Path):
    raw = _load(path)
    for version in raw["versions"]:
        tiers = version.get("tiers", [])
        for lower, upper in zip(tiers, tiers[1:]):
            if "percent" in upper and "over" in upper and "up_to" in lower:
                yield version, lower, upper


@pytest.mark.parametrize("path", [p for p in TABLES if list(_continuity_points(p))], ids=_id)
def test_percentage_tiers_join_up(path: Path) -> None:
    """Where a band is 'fixed + x % over a base', the fee at the band's lower edge must
    equal the fee of the band below at its upper edge: a typo in a fixed part or a base
    shows up as a jump."""
    for version, lower, upper in _continuity_points(path):
        edge = _dec(lower["up_to"])
        below = _dec(lower.get("fixed", 0)) + (edge - _dec(lower.get("over", 0))) * _dec(lower.get("percent", 0)) / 100
        above = _dec(upper.get("fixed", 0)) + (edge - _dec(upper["over"])) * _dec(upper["percent"]) / 100
        assert below == above, f"{_id(path)} from {version['from']}: jump at {edge}: {below} below, {above} above"


# --- spot checks against legal-facts.md ----------------------------------------------

def _party(kind: str) -> m.Party:
    return m.Party(name="X", kind=kind, address=("-",))


def _case(jurisdiction: str, currency: str, *, b2b: bool = True) -> m.Case:
    return m.Case(
        id="spot", source="spot.yaml", jurisdiction=jurisdiction, languages=("en",), currency=currency,
        creditor=_party("business"), debtor=_party("business" if b2b else "consumer"),
        contract=m.Contract(date=dt.date(2020, 1, 1), subject="-", late_payment=m.LatePayment("statutory")),
        invoices=(), documents=m.Documents(),
    )


def _invoice(due: dt.date) -> m.Invoice:
    return m.Invoice("X", due, due, D(1000))


@pytest.mark.parametrize("day,rate", [
    # legal-facts §2, "PL B2B rates (ref + 10)": 2024 confirmed (inforfk.pl), the rest derived.
    (dt.date(2022, 3, 1), "11.75"),   # H1 2022: NBP 1.75 on 1.1.2022
    (dt.date(2022, 9, 1), "16.0"),    # H2 2022: NBP 6.0 on 1.7.2022
    (dt.date(2023, 5, 1), "16.75"),   # 2023: NBP 6.75
    (dt.date(2024, 2, 1), "15.75"),   # 2024 H1
    (dt.date(2024, 11, 1), "15.75"),  # 2024 H2
    (dt.date(2025, 4, 1), "15.75"),   # H1 2025: NBP 5.75 on 1.1.2025
    (dt.date(2025, 8, 1), "15.25"),   # H2 2025: NBP 5.25 on 1.7.2025 (the cut to 5.0 came on 3.7)
    (dt.date(2026, 2, 1), "14.0"),    # H1 2026: NBP 4.0 on 1.1.2026
])
def test_pl_commercial_rate(day: dt.date, rate: str) -> None:
    pl = registry.get("PL")
    steps = pl.statutory_rates(_case("PL", "PLN"), _invoice(day), day, day)
    assert [s.rate for s in steps] == [D(rate)]


def test_pl_commercial_rate_holds_for_the_half_year_and_changes_on_1_july() -> None:
    # UPNOTH art. 4 pkt 3 with art. 11b-c: the rate of 1 January / 1 July applies to the
    # whole half-year, even though NBP cut the reference rate on 8 May 2025.
    pl = registry.get("PL")
    steps = pl.statutory_rates(_case("PL", "PLN"), _invoice(dt.date(2025, 3, 1)), dt.date(2025, 3, 25), dt.date(2025, 9, 10))
    assert [(s.start, s.rate) for s in steps] == [(dt.date(2025, 3, 25), D("15.75")), (dt.date(2025, 7, 1), D("15.25"))]


@pytest.mark.parametrize("day,rate", [
    # legal-facts §1 and §2: odsetki ustawowe za opóźnienie = NBP reference + 5.5.
    (dt.date(2025, 10, 9), "10.0"),   # 4.5 + 5.5, "10% from 9 Oct 2025" (infor.pl)
    (dt.date(2025, 10, 8), "10.25"),  # the day before: 4.75 + 5.5
    (dt.date(2024, 6, 1), "11.25"),   # 5.75 + 5.5
    (dt.date(2022, 4, 7), "10.0"),    # 4.5 + 5.5 (RPP decision of 6.4.2022)
])
def test_pl_statutory_rate_for_consumers(day: dt.date, rate: str) -> None:
    pl = registry.get("PL")
    steps = pl.statutory_rates(_case("PL", "PLN", b2b=False), _invoice(day), day, day)
    assert [s.rate for s in steps] == [D(rate)]


@pytest.mark.parametrize("first_day,rate", [
    # legal-facts §2 "LPCDA rates"; H1 2022 - H1 2024 also in payontime.co.uk's table
    # (8.25, 9.25, 11.50, 13.00, 13.25 %).
    (dt.date(2022, 2, 1), "8.25"),
    (dt.date(2022, 8, 1), "9.25"),
    (dt.date(2023, 1, 10), "11.5"),
    (dt.date(2023, 7, 1), "13.0"),
    (dt.date(2024, 1, 1), "13.25"),
    (dt.date(2024, 12, 31), "13.25"),
    (dt.date(2025, 1, 1), "12.75"),
    (dt.date(2025, 6, 30), "12.75"),
    (dt.date(2025, 7, 1), "12.25"),
])
def test_uk_late_payment_act_rate(first_day: dt.date, rate: str) -> None:
    # The invoice is due the day before interest starts; SI 2002/1675 art. 4 fixes the
    # rate by the half-year in which interest starts.
    uk = registry.get("UK")
    steps = uk.statutory_rates(_case("UK", "GBP"), _invoice(first_day - dt.timedelta(days=1)), first_day, first_day)
    assert [s.rate for s in steps] == [D(rate)]


def test_uk_late_payment_act_rate_is_fixed_for_the_life_of_the_debt() -> None:
    uk = registry.get("UK")
    inv = _invoice(dt.date(2024, 3, 31))
    steps = uk.statutory_rates(_case("UK", "GBP"), inv, dt.date(2025, 9, 1), dt.date(2025, 12, 31))
    assert [s.rate for s in steps] == [D("13.25")]  # H1 2024's rate, not H2 2025's 12.25


@pytest.mark.parametrize("day,rate", [
    # legal-facts §2 "CBR key rate"; 8 % from 25.7.2022 and 19 % from 16.9.2024 spot-checked
    # at its.1c.ru, 20 % in June 2025 at rbk.money.
    (dt.date(2025, 1, 15), "21"),
    (dt.date(2022, 7, 25), "8"),
    (dt.date(2022, 7, 24), "9.5"),
    (dt.date(2024, 9, 16), "19"),
    (dt.date(2025, 6, 9), "20"),
    (dt.date(2024, 12, 31), "21"),
])
def test_cbr_key_rate(day: dt.date, rate: str) -> None:
    assert rate_series("ru", "cbr_key_rate").rate_on(day).rate == D(rate)


@pytest.mark.parametrize("day,rate", [
    # legal-facts §2 "BoE": the rates the LPCDA reference days pick.
    (dt.date(2021, 12, 31), "0.25"), (dt.date(2022, 6, 30), "1.25"), (dt.date(2022, 12, 31), "3.5"),
    (dt.date(2023, 6, 30), "5.0"), (dt.date(2023, 12, 31), "5.25"), (dt.date(2024, 6, 30), "5.25"),
    (dt.date(2024, 12, 31), "4.75"), (dt.date(2025, 6, 30), "4.25"),
])
def test_boe_bank_rate_on_reference_days(day: dt.date, rate: str) -> None:
    assert rate_series("uk", "boe_bank_rate").rate_on(day).rate == D(rate)


# --- court fees ----------------------------------------------------------------------

@pytest.mark.parametrize("value,fee", [
    # legal-facts §5, CPFO 2008 Sch. 1 fee 1.1.
    ("300", "35"), ("300.01", "50"), ("500", "50"), ("1000", "70"), ("1000.01", "80"), ("1500", "80"),
    ("3000", "115"), ("4555.80", "205"), ("5000", "205"), ("5000.01", "455"), ("10000", "455"),
    ("10500", "525"),          # 5 % of £10,500
    ("12345.67", "617.28"),    # 5 % = £617.2835: fee 1.1(h) is "5% of the value of the claim" (SI 2015/576);
                               # rounded down to the penny (gov.uk court-fees page), never up
    ("10000.19", "500.00"),    # 5 % = £500.0095 → £500.00
    ("0", "0"),                # no sum claimed, no fee
    ("200000", "10000"), ("250000", "10000"),
])
def test_uk_issue_fee(value: str, fee: str) -> None:
    law = registry.get("UK")
    assert law.court_fee(_case("UK", "GBP"), D(value), dt.date(2025, 6, 1)).amount == D(fee)


@pytest.mark.parametrize("value,fee", [
    # legal-facts §5, UKSC art. 13: fixed fees to PLN 20,000, then 5 % up to 200,000.
    ("500", "30"), ("501", "100"), ("1500", "100"), ("4000", "200"), ("7500", "400"), ("10000", "500"),
    ("12414", "750"), ("15000", "750"), ("20000", "1000"), ("20001", "1001"),  # 5 % of 20,001 = 1000.05 → up
    ("25000", "1250"), ("4000000", "200000"), ("5000000", "200000"),
])
def test_pl_claim_fee(value: str, fee: str) -> None:
    law = registry.get("PL")
    assert law.court_fee(_case("PL", "PLN"), D(value), dt.date(2025, 6, 1)).amount == D(fee)


def test_pl_fee_value_counts_capitalised_interest_and_rounds_up() -> None:
    # The pozew capitalises the interest and claims interest on it (KC art. 482 § 1), so the
    # interest counts towards the value (LEX 2022 line of case law on KPC art. 20; lawyer
    # review of 1.12.2026, m2); art. 126^1 §1: rounded up to the full złoty.
    law = registry.get("PL")
    assert law.fee_value(D("12413.76"), D("299.97"), D(0), D(0)) == D(12714)
    assert law.fee_value(D("20000.00"), D("999"), D(0), D(0)) == D(20999)
    assert law.fee_value(D("20000.01"), D(0), D(0), D(0)) == D(20001)


# НК РФ 333.19 (general courts) by hand from the table in legal-facts §5:
#   50,000           → 4,000
#   250,000          → 4,000 + 3 % × 150,000           = 8,500
#   450,000          → 10,000 + 2.5 % × 150,000        = 13,750
#   800,000          → 15,000 + 2 % × 300,000          = 21,000
#   2,000,000        → 25,000 + 1 % × 1,000,000        = 35,000
#   5,000,000        → 45,000 + 0.7 % × 2,000,000      = 59,000
#   123,456.78       → 4,000 + 3 % × 23,456.78 = 4,703.70 → 4,704 (whole roubles, half up)
GENERAL = [("50000", "4000"), ("250000", "8500"), ("450000", "13750"), ("800000", "21000"),
           ("2000000", "35000"), ("5000000", "59000"), ("123456.78", "4704")]
# НК РФ 333.21 (arbitrazh courts):
#   80,000           → 10,000
#   300,000          → 10,000 + 5 % × 200,000          = 20,000
#   2,500,000        → 55,000 + 3 % × 1,500,000        = 100,000
#   20,000,000       → 325,000 + 1 % × 10,000,000      = 425,000
#   100,000,000      → 725,000 + 0.5 % × 50,000,000    = 975,000
#   3,000,000,000    → 725,000 + 0.5 % × 2,950,000,000 = 15,475,000 → capped at 10,000,000
ARBITRAZH = [("80000", "10000"), ("300000", "20000"), ("2500000", "100000"), ("20000000", "425000"),
             ("100000000", "975000"), ("3000000000", "10000000")]


@pytest.mark.parametrize("court,value,fee", [("general", v, f) for v, f in GENERAL] + [("arbitrazh", v, f) for v, f in ARBITRAZH])
def test_ru_state_duty_table(court: str, value: str, fee: str) -> None:
    table = table_set("ru", "court_fees").in_force(dt.date(2025, 6, 1), court=court)
    assert table.charge(D(value)) == D(fee)


def test_ru_court_order_pays_half_with_the_arbitrazh_minimum() -> None:
    law = registry.get("RU")
    on = dt.date(2025, 6, 1)
    # Up to the RUB 500,000 court-order limit a claim goes by судебный приказ: 50 % of the duty.
    assert law.court_fee(_case("RU", "RUB", b2b=False), D("250000"), on).amount == D("4250")    # 8,500 / 2
    assert law.court_fee(_case("RU", "RUB", b2b=True), D("300000"), on).amount == D("10000")    # 20,000 / 2
    assert law.court_fee(_case("RU", "RUB", b2b=True), D("80000"), on).amount == D("8000")      # 5,000 → minimum 8,000
    # Above the limit the full duty of an ordinary claim applies.
    assert law.court_fee(_case("RU", "RUB", b2b=False), D("800000"), on).amount == D("21000")
    assert law.court_fee(_case("RU", "RUB", b2b=True), D("2500000"), on).amount == D("100000")


def test_ru_general_court_duty_above_the_known_tiers_is_a_missing_figure() -> None:
    # legal-facts §5: the 333.19 tiers above RUB 8m are UNCONFIRMED, so the table stops
    # there; a claim above it must say which file to update rather than crash.
    table = table_set("ru", "court_fees").in_force(dt.date(2025, 6, 1), court="general")
    with pytest.raises(MissingFigure) as err:
        table.charge(D("9000000"))
    assert err.value.field == "generator/jurisdictions/data/ru/court_fees.yaml"


@pytest.mark.parametrize("value,fee", [
    # legal-facts §5: 1 %, at least NIS 50, rounded up to a multiple of NIS 5.
    ("1000", "50"), ("5000", "50"), ("5010", "55"), ("12345", "125"), ("12000", "120"), ("38900", "390"),
])
def test_il_small_claim_fee(value: str, fee: str) -> None:
    law = registry.get("IL")
    assert law.court_fee(_case("IL", "ILS"), D(value), dt.date(2025, 6, 1)).amount == D(fee)


@pytest.mark.parametrize("code,currency,day,limit", [
    ("UK", "GBP", dt.date(2025, 6, 1), "10000"),    # CPR 26.9
    ("PL", "PLN", dt.date(2025, 6, 1), "20000"),    # KPC 505^1
    ("RU", "RUB", dt.date(2025, 6, 1), "750000"),   # АПК 229.2 п. 1 (B2B: arbitrazh), 667-ФЗ from 5.1.2024
    ("IL", "ILS", dt.date(2024, 6, 1), "37700"),    # kolzchut, January 2024
    ("IL", "ILS", dt.date(2025, 6, 1), "38900"),    # gov.il, from 1.1.2025
    ("IL", "ILS", dt.date(2026, 6, 1), "39900"),    # gov.il / kolzchut, from 1.1.2026
])
def test_small_claims_limits(code: str, currency: str, day: dt.date, limit: str) -> None:
    assert registry.get(code).small_claims_limit(_case(code, currency), day).amount == D(limit)


@pytest.mark.parametrize("b2b,day,limit", [
    (True, dt.date(2024, 1, 4), "500000"),    # АПК 229.2 п. 1 before 667-ФЗ
    (True, dt.date(2024, 1, 5), "750000"),    # 667-ФЗ of 25.12.2023, in force 5.1.2024
    (False, dt.date(2026, 6, 1), "500000"),   # ГПК 121 ч. 1: general courts, unchanged
])
def test_ru_court_order_limit_by_court_and_date(b2b: bool, day: dt.date, limit: str) -> None:
    assert registry.get("RU").small_claims_limit(_case("RU", "RUB", b2b=b2b), day).amount == D(limit)


def test_il_limit_after_its_table_is_a_missing_figure() -> None:
    # The limit is CPI-indexed each January; 2027's is not confirmed (legal-facts §5).
    with pytest.raises(MissingFigure) as err:
        registry.get("IL").small_claims_limit(_case("IL", "ILS"), dt.date(2027, 2, 1))
    assert err.value.field == "generator/jurisdictions/data/il/small_claims.yaml"


ALL_DATA_FILES = sorted({*DATA_DIR.rglob("*.yaml"), *(DATA_DIR.parent / "limitation").glob("*.yaml")})


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("path", ALL_DATA_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_libyaml_reads_every_data_file_as_the_python_parser_does(path):
    """The build reads its data files with libyaml (load_yaml); the values, and their
    types (a date stays a date, a quoted figure a string), are those of yaml.safe_load."""
    from generator.jurisdictions.data import load_yaml

    fast, plain = load_yaml(path), _load(path)
    assert fast == plain
    assert repr(fast) == repr(plain)
