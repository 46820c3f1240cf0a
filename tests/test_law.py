"""`law` and `law update`: the fetchers against recorded official responses (never the
network), the checks that keep a bad response out of the data files, and the report."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import socket
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from generator.jurisdictions.data import DATA_DIR
from generator.law.report import rows, stale_for_cases
from generator.law.sources import (
    FetchError,
    month_ends,
    parse_boe_csv,
    parse_cbr_keyrate,
    parse_nbp_archive,
    parse_nbp_rates,
)
from generator.law.update import Refused, run_update

D = Decimal
FIXTURES = Path(__file__).parent / "fixtures" / "law"
TODAY = dt.date(2026, 12, 1)


def recorded(**override: str):
    """An opener serving the recorded responses; `override` maps a URL part to a fixture."""
    files = {"bankofengland": "boe_iudbedr.csv", "cbr.ru": "cbr_keyrate.xml", "static.nbp.pl": "nbp_stopy_archiwum.xml",
             "api.nbp.pl": "nbp_eur_a.json", **override}
    calls: list[str] = []

    def opener(url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        calls.append(url)
        for part, name in files.items():
            if part in url:
                return (FIXTURES / name).read_bytes()
        raise AssertionError(f"unexpected URL {url}")

    opener.calls = calls  # type: ignore[attr-defined]
    return opener


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("a test tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the data files for update tests to write into."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def truncate(path: Path, keep_until: str, through: str) -> None:
    """Drop a series' entries after `keep_until` and set complete_through: the state before an update."""
    lines = path.read_text(encoding="utf-8").split("\n")
    out = []
    for line in lines:
        if line.startswith("  - {from: ") and line[11:21] > keep_until:
            continue
        if line.startswith("complete_through:"):
            line = f"complete_through: {through}"
        out.append(line)
    path.write_text("\n".join(out), encoding="utf-8")


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}


def entries(path: Path) -> list[tuple[dt.date, str]]:
    return [(e["from"], str(e["rate"])) for e in yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]]


# --- parsing the official formats -----------------------------------------------------

def test_cbr_keyrate_response_parses_to_daily_rates() -> None:
    r = parse_cbr_keyrate((FIXTURES / "cbr_keyrate.xml").read_bytes(), "cbr")
    assert r.figures[0].day == dt.date(2025, 12, 19) and r.figures[0].rate == D("16.50")
    assert r.confirmed_through == dt.date(2026, 9, 11) and r.figures[-1].rate == D("14.00")


def test_nbp_archive_gives_the_reference_rate_per_decision() -> None:
    r = parse_nbp_archive((FIXTURES / "nbp_stopy_archiwum.xml").read_bytes(), "nbp", TODAY)
    assert [(f.day, f.rate) for f in r.figures][-2:] == [(dt.date(2025, 12, 4), D("4.00")), (dt.date(2026, 3, 5), D("3.75"))]
    assert r.confirmed_through == TODAY  # the archive confirms the rates as of its retrieval


def test_nbp_table_a_gives_the_month_end_rate_with_its_table_number() -> None:
    rates = parse_nbp_rates((FIXTURES / "nbp_eur_a.json").read_bytes(), "nbp")
    (jan,) = month_ends(rates, dt.date(2025, 2, 14))
    assert (jan.day, jan.rate, jan.table) == (dt.date(2025, 1, 31), D("4.2130"), "021/A/NBP/2025")
    assert month_ends(rates, dt.date(2025, 1, 30)) == []  # January not over yet


def test_boe_csv_parses() -> None:
    r = parse_boe_csv((FIXTURES / "boe_iudbedr.csv").read_bytes(), "boe")
    assert (r.figures[0].day, r.figures[0].rate) == (dt.date(2025, 11, 3), D("4.00"))
    assert r.confirmed_through == dt.date(2026, 6, 30)


@pytest.mark.parametrize("parse,data", [
    (parse_cbr_keyrate, b"<html><body>Service unavailable</body></html>"),
    (parse_cbr_keyrate, b"not xml at all"),
    (parse_boe_csv, b"<html>error</html>"),
    (parse_boe_csv, b"DATE,IUDBEDR\n18 Dec 2025,n/a\n"),
    (lambda d, u: parse_nbp_archive(d, u, TODAY), b"<stopy_procentowe_archiwum/>"),
    (parse_nbp_rates, b'{"table":"A","code":"USD","rates":[]}'),
    (parse_nbp_rates, b'{"table":"A","code":"EUR","rates":[{"no":"021/B/NBP/2025","effectiveDate":"2025-01-31","mid":4.2}]}'),
])
def test_a_response_not_in_the_official_format_is_a_fetch_error(parse, data: bytes) -> None:
    with pytest.raises(FetchError):
        parse(data, "url")


# --- update: the figures added by hand are what the sources say -----------------------

def test_cbr_update_adds_the_2026_key_rates(data: Path) -> None:
    path = data / "ru" / "cbr_key_rate.yaml"
    truncate(path, "2025-12-22", "2025-12-31")
    plans, _ = run_update(["ru/cbr_key_rate"], data, recorded(), TODAY)
    assert [(e.start, e.rate) for e in plans[0].added] == [
        (dt.date(2026, 2, 16), D("15.50")), (dt.date(2026, 3, 23), D("15.00")), (dt.date(2026, 4, 27), D("14.50")),
        (dt.date(2026, 6, 22), D("14.25")), (dt.date(2026, 7, 27), D("14.00"))]
    text = path.read_text(encoding="utf-8")
    assert "complete_through: 2026-09-11" in text and "retrieved 2026-12-01" in text
    assert "# Bank of Russia key rate" in text  # comments kept: a reviewable diff
    # The same figures as the table in the repository (entered from the same publication).
    assert entries(path) == entries(DATA_DIR / "ru" / "cbr_key_rate.yaml")


def test_nbp_archive_update_adds_the_march_2026_decision(data: Path) -> None:
    path = data / "pl" / "nbp_reference_rate.yaml"
    truncate(path, "2025-12-04", "2025-12-31")
    plans, _ = run_update(["pl/nbp_reference_rate"], data, recorded(), dt.date(2026, 8, 25))
    assert [(e.start, e.rate) for e in plans[0].added] == [(dt.date(2026, 3, 5), D("3.75"))]
    assert "complete_through: 2026-08-25" in path.read_text(encoding="utf-8")


def test_nbp_eur_update_adds_month_ends_with_table_numbers(data: Path) -> None:
    path = data / "pl" / "nbp_eur_table_a.yaml"
    text = re.sub(r"complete_through: \S+", "complete_through: 2025-01-30", path.read_text(encoding="utf-8").split("entries:")[0])
    path.write_text(text + 'entries:\n  - {from: 2025-01-30, rate: "4.2039", table: "020/A/NBP/2025", source: test}\n',
                    encoding="utf-8")
    opener = recorded()
    plans, _ = run_update(["pl/nbp_eur_table_a"], data, opener, dt.date(2025, 2, 15))
    (added,) = plans[0].added
    assert (added.start, added.rate, added.table) == (dt.date(2025, 1, 31), D("4.2130"), "021/A/NBP/2025")
    assert '{from: 2025-01-31, rate: "4.2130", table: "021/A/NBP/2025"' in path.read_text(encoding="utf-8")
    assert all("api.nbp.pl/api/exchangerates/rates/a/eur/2025-01-31/" in url for url in opener.calls)


def test_boe_update_adds_the_december_2025_cut(data: Path) -> None:
    path = data / "uk" / "boe_bank_rate.yaml"
    truncate(path, "2025-08-07", "2025-09-30")
    plans, _ = run_update(["uk/boe_bank_rate"], data, recorded(), TODAY)
    assert [(e.start, e.rate) for e in plans[0].added] == [(dt.date(2025, 12, 18), D("3.75"))]
    assert "complete_through: 2026-06-30" in path.read_text(encoding="utf-8")


def test_an_up_to_date_table_is_left_alone(data: Path) -> None:
    before = snapshot(data)
    plans, _ = run_update(["ru/cbr_key_rate", "uk/boe_bank_rate"], data, recorded(), TODAY)
    assert not any(p.changes for p in plans)
    assert snapshot(data) == before


def test_israel_says_what_to_add_by_hand(data: Path) -> None:
    before = snapshot(data)
    plans, manual = run_update(["il/small_claims"], data, recorded(), TODAY)
    assert plans == [] and "small_claims.yaml" in manual[0] and "complete_through" in manual[0]
    assert snapshot(data) == before


# --- update: a failed or implausible fetch changes no file -----------------------------

def test_a_failed_fetch_changes_no_file_even_when_another_series_succeeded(data: Path) -> None:
    truncate(data / "uk" / "boe_bank_rate.yaml", "2025-08-07", "2025-09-30")
    before = snapshot(data)
    with pytest.raises(FetchError, match="no file was changed"):
        run_update(["uk/boe_bank_rate", "ru/cbr_key_rate"], data, recorded(**{"cbr.ru": "cbr_keyrate_bad.xml"}), TODAY)
    assert snapshot(data) == before


def test_an_implausible_rate_is_refused(data: Path) -> None:
    truncate(data / "uk" / "boe_bank_rate.yaml", "2025-08-07", "2025-09-30")
    before = snapshot(data)
    with pytest.raises(Refused, match="plausible range"):
        run_update(["uk/boe_bank_rate"], data, recorded(bankofengland="boe_iudbedr_bad_range.csv"), TODAY)
    assert snapshot(data) == before


def test_a_source_that_contradicts_the_table_is_refused_as_rewritten_history(data: Path) -> None:
    path = data / "pl" / "nbp_reference_rate.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('{from: 2025-12-04, rate: "4.0"', '{from: 2025-12-04, rate: "4.1"'),
                    encoding="utf-8")
    before = snapshot(data)
    with pytest.raises(Refused, match="history would be rewritten"):
        run_update(["pl/nbp_reference_rate"], data, recorded(), TODAY)
    assert snapshot(data) == before


def test_an_unknown_series_is_refused(data: Path) -> None:
    with pytest.raises(Refused, match="unknown series"):
        run_update(["xx/nothing"], data, recorded(), TODAY)


# --- the report ------------------------------------------------------------------------

def test_law_lists_every_data_file_with_how_far_it_reaches() -> None:
    found = {r.series: r for r in rows(TODAY)}
    assert set(found) == {f"{p.parent.name}/{p.stem}" for p in DATA_DIR.glob("*/*.yaml")}
    ru = found["ru/cbr_key_rate"]
    assert (ru.complete_through, ru.days_behind, ru.update) == ("2026-09-11", 81, "law update ru/cbr_key_rate")
    assert found["uk/court_fees"].complete_through is None  # in force until changed
    assert found["pl/nbp_eur_table_a"].last_value.endswith("(251/A/NBP/2025)")  # month-ends through 12/2025


def test_law_check_names_the_stale_series_the_example_cases_need() -> None:
    cases = sorted((Path(__file__).parents[1] / "cases").glob("*.yaml"))
    lines, invalid = stale_for_cases(cases, TODAY)
    assert invalid == 0
    text = "\n".join(lines)
    assert "ru/cbr_key_rate is confirmed only through 2026-09-11" in text and "vektor-romashka-2025-04" in text
    assert "il/small_claims" not in text  # the 2026 limit (39,900 from 1.1.2026) is in the table
    assert "uk/boe_bank_rate" not in text and "pl/nbp_reference_rate" not in text  # B2B: fixed per half-year
    assert stale_for_cases(cases, dt.date(2025, 12, 31)) == ([], 0)


def test_law_command_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main

    assert main(["law", "--today", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "ru/cbr_key_rate" in out and "81 d" in out
    assert main(["law", "--check", "--today", "2026-12-01"]) == 1
    assert "law update ru/cbr_key_rate" in capsys.readouterr().err
    assert main(["law", "--check", "--today", "2025-12-31"]) == 0


# --- nothing else touches the network ----------------------------------------------------

def test_validate_compute_and_the_claim_never_open_a_connection() -> None:
    # The autouse fixture makes any connection attempt fail the test.
    from generator.compute.claim import compute_claim
    from generator.jurisdictions import registry
    from generator.pipeline import find_cases, load_case

    for path in find_cases(None):
        case = load_case(path)
        claim = compute_claim(case, registry.get(case.jurisdiction), dt.date(2025, 12, 31))
        claim.to_json()


def test_law_update_command_reports_and_fails_cleanly(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main
    from generator.law import sources

    before = snapshot(DATA_DIR)
    monkeypatch.setattr(sources, "urllib_opener", recorded())
    assert main(["law", "update", "--dry-run", "--today", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "ru/cbr_key_rate: up to date" in out and "by hand:" in out and "small_claims.yaml" in out
    monkeypatch.setattr(sources, "urllib_opener", recorded(**{"cbr.ru": "cbr_keyrate_bad.xml"}))
    assert main(["law", "update", "ru/cbr_key_rate", "--today", "2026-12-01"]) == 1
    assert "no file was changed" in capsys.readouterr().err
    assert snapshot(DATA_DIR) == before
