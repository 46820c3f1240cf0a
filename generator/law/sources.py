"""The official publications `law update` reads, and how to read each.

Every source turns a response (bytes) into dated figures and says how far the response
confirms the series. Parsing never guesses: a response without the expected structure is
a FetchError, and so is a response with no figures at all. The network is reached only
through `http_get`/`http_post` (urllib, standard library); tests pass their own opener
that serves recorded responses.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Callable

USER_AGENT = "debt-letters law update (python urllib)"
TIMEOUT = 30


class FetchError(Exception):
    """A source could not be reached or did not say what we expect; nothing is written."""


@dataclass(frozen=True)
class Fetched:
    """One dated figure as a source publishes it."""

    day: dt.date
    rate: Decimal
    table: str | None = None  # the official table number (NBP table A)


@dataclass
class Response:
    """What a source said: its figures, how far it confirms the series, where it came from."""

    figures: list[Fetched]
    confirmed_through: dt.date
    url: str
    daily: bool = False  # one figure per (working) day: steps are where the figure changes
    notes: list[str] = field(default_factory=list)


# An opener takes (url, body or None, headers) and returns the response body.
Opener = Callable[[str, bytes | None, dict[str, str]], bytes]


def urllib_opener(url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
    request = urllib.request.Request(url, data=body, headers={"User-Agent": USER_AGENT, **headers},
                                     method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - fixed https URLs
            return response.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise NotFound(url) from None
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise FetchError(f"{url}: {getattr(exc, 'reason', exc)}") from None


class NotFound(FetchError):
    """HTTP 404: for the NBP Web API, no table in the range asked for."""


def _decimal(text: str, where: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except (InvalidOperation, AttributeError):
        raise FetchError(f"{where}: {text!r} is not a number") from None
    if not value.is_finite():
        raise FetchError(f"{where}: {text!r} is not a number")
    return value


@dataclass(frozen=True)
class Source:
    """How to fetch one series and which values are plausible for it."""

    key: str  # jurisdiction/file, as `law` lists it
    title: str
    lowest: Decimal
    highest: Decimal
    largest_step: Decimal  # a larger move between two figures is refused as implausible

    def fetch(self, opener: Opener, since: dt.date, today: dt.date) -> Response:  # pragma: no cover - abstract
        raise NotImplementedError


# --- Bank of England: Bank Rate, series IUDBEDR ------------------------------------------

BOE_URL = ("https://www.bankofengland.co.uk/boeapps/database/_iadb-fromshowcolumns.asp"
           "?csv.x=yes&Datefrom={start}&Dateto={end}&SeriesCodes=IUDBEDR&CSVF=TN&UsingCodes=Y&VPD=Y&VFD=N")


def parse_boe_csv(data: bytes, url: str) -> Response:
    """`DATE,IUDBEDR` then one `DD Mon YYYY,rate` row per day."""
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    except UnicodeDecodeError:
        raise FetchError(f"{url}: the response is not text") from None
    if not rows or [c.strip().upper() for c in rows[0][:2]] != ["DATE", "IUDBEDR"]:
        raise FetchError(f"{url}: expected a CSV starting with DATE,IUDBEDR; got {data[:80]!r}")
    figures = []
    for i, row in enumerate(rows[1:], start=2):
        if not row or not row[0].strip():
            continue
        try:
            day = dt.datetime.strptime(row[0].strip(), "%d %b %Y").date()
        except ValueError:
            raise FetchError(f"{url}: line {i}: {row[0]!r} is not a date like 18 Dec 2025") from None
        figures.append(Fetched(day, _decimal(row[1] if len(row) > 1 else "", f"{url}: line {i}")))
    return _daily(figures, url, "no Bank Rate in the response")


def _daily(figures: list[Fetched], url: str, empty: str) -> Response:
    """A series quoted for every working day, oldest first; an empty answer is an error."""
    if not figures:
        raise FetchError(f"{url}: {empty}")
    figures.sort(key=lambda f: f.day)
    return Response(figures, figures[-1].day, url, daily=True)


class BankOfEngland(Source):
    def fetch(self, opener: Opener, since: dt.date, today: dt.date) -> Response:
        fmt = lambda d: d.strftime("%d/%b/%Y")  # noqa: E731
        url = BOE_URL.format(start=fmt(since), end=fmt(today))
        return parse_boe_csv(opener(url, None, {"Accept": "text/csv"}), url)


# --- Bank of Russia: key rate, DailyInfoWebServ KeyRate ----------------------------------

CBR_URL = "https://www.cbr.ru/DailyInfoWebServ/DailyInfo.asmx"
CBR_ENVELOPE = """<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <KeyRate xmlns="http://web.cbr.ru/"><fromDate>{start}</fromDate><ToDate>{end}</ToDate></KeyRate>
  </soap:Body>
</soap:Envelope>"""


def parse_cbr_keyrate(data: bytes, url: str) -> Response:
    """SOAP `KeyRateResponse`: a diffgram of `<KR><DT>2026-09-11T00:00:00+03:00</DT><Rate>14.00</Rate></KR>`,
    one row per working day, newest first."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise FetchError(f"{url}: the response is not XML ({exc})") from None
    figures = []
    for kr in root.iter("KR"):
        when, rate = kr.findtext("DT"), kr.findtext("Rate")
        if not when or rate is None:
            raise FetchError(f"{url}: a <KR> row without <DT> or <Rate>")
        try:
            day = dt.date.fromisoformat(when[:10])
        except ValueError:
            raise FetchError(f"{url}: {when!r} is not a date") from None
        figures.append(Fetched(day, _decimal(rate, url)))
    return _daily(figures, url, "no <KR> rows in the response (not a KeyRate answer?)")


class BankOfRussia(Source):
    def fetch(self, opener: Opener, since: dt.date, today: dt.date) -> Response:
        body = CBR_ENVELOPE.format(start=f"{since.isoformat()}T00:00:00", end=f"{today.isoformat()}T00:00:00")
        data = opener(CBR_URL, body.encode("utf-8"),
                      {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '"http://web.cbr.ru/KeyRate"'})
        return parse_cbr_keyrate(data, CBR_URL)


# --- NBP: reference rate, the interest-rate archive ---------------------------------------

NBP_ARCHIVE_URL = "https://static.nbp.pl/dane/stopy/stopy_procentowe_archiwum.xml"


def parse_nbp_archive(data: bytes, url: str, retrieved: dt.date) -> Response:
    """`<pozycje obowiazuje_od="2026-03-05"><pozycja id="ref" oprocentowanie="3,75"/>…`:
    every decision since 1998. Its `data_publikacji` is not maintained, so the archive
    confirms the rates as of the day it was retrieved."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise FetchError(f"{url}: the response is not XML ({exc})") from None
    if root.tag != "stopy_procentowe_archiwum":
        raise FetchError(f"{url}: expected <stopy_procentowe_archiwum>, got <{root.tag}>")
    figures = []
    for group in root.iter("pozycje"):
        ref = next((p for p in group.iter("pozycja") if p.get("id") == "ref"), None)
        if ref is None:
            continue
        try:
            day = dt.date.fromisoformat(group.get("obowiazuje_od", ""))
        except ValueError:
            raise FetchError(f"{url}: {group.get('obowiazuje_od')!r} is not a date") from None
        figures.append(Fetched(day, _decimal(ref.get("oprocentowanie", ""), url)))
    if not figures:
        raise FetchError(f"{url}: no reference rate (pozycja id=\"ref\") in the archive")
    figures.sort(key=lambda f: f.day)
    if figures[-1].day > retrieved:
        raise FetchError(f"{url}: a decision in force from {figures[-1].day}, after today ({retrieved}); "
                         f"check the date with --today")
    return Response(figures, retrieved, url)


class NbpReferenceRate(Source):
    def fetch(self, opener: Opener, since: dt.date, today: dt.date) -> Response:
        return parse_nbp_archive(opener(NBP_ARCHIVE_URL, None, {"Accept": "application/xml"}), NBP_ARCHIVE_URL, today)


# --- NBP Web API: the average EUR rate of table A, last business day of each month --------

NBP_EUR_URL = "https://api.nbp.pl/api/exchangerates/rates/a/eur/{start}/{end}/?format=json"
NBP_MAX_DAYS = 93  # the API answers at most 93 days per query


def parse_nbp_rates(data: bytes, url: str) -> list[Fetched]:
    """`{"table":"A","code":"EUR","rates":[{"no":"021/A/NBP/2025","effectiveDate":"2025-01-31","mid":4.2130}]}`."""
    try:
        doc = json.loads(data.decode("utf-8"), parse_float=Decimal)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FetchError(f"{url}: the response is not JSON ({exc})") from None
    if not isinstance(doc, dict) or doc.get("table") != "A" or doc.get("code") != "EUR" or not isinstance(doc.get("rates"), list):
        raise FetchError(f"{url}: expected table A rates for EUR")
    out = []
    for r in doc["rates"]:
        try:
            day = dt.date.fromisoformat(r["effectiveDate"])
            number = str(r["no"])
            mid = r["mid"] if isinstance(r["mid"], Decimal) else _decimal(str(r["mid"]), url)
        except (KeyError, TypeError, ValueError):
            raise FetchError(f"{url}: a rate without effectiveDate, no or mid: {r!r}") from None
        if not number.endswith(f"/A/NBP/{day.year}"):
            raise FetchError(f"{url}: table number {number!r} does not match table A of {day.year}")
        out.append(Fetched(day, mid.quantize(Decimal("0.0001")), number))
    return out


def month_ends(rates: list[Fetched], through: dt.date) -> list[Fetched]:
    """The rate of the last table published in each month that has ended by `through`."""
    last: dict[tuple[int, int], Fetched] = {}
    for r in sorted(rates, key=lambda r: r.day):
        last[(r.day.year, r.day.month)] = r
    out = []
    for (year, month), r in sorted(last.items()):
        if dt.date(year, month, calendar.monthrange(year, month)[1]) <= through:
            out.append(r)
    return out


class NbpEurTableA(Source):
    def fetch(self, opener: Opener, since: dt.date, today: dt.date) -> Response:
        rates: list[Fetched] = []
        start, urls = since, []
        while start < today:
            end = min(start + dt.timedelta(days=NBP_MAX_DAYS - 1), today - dt.timedelta(days=1))
            url = NBP_EUR_URL.format(start=start.isoformat(), end=end.isoformat())
            urls.append(url)
            try:
                rates.extend(parse_nbp_rates(opener(url, None, {"Accept": "application/json"}), url))
            except NotFound:
                pass  # no table in this range (holidays only)
            start = end + dt.timedelta(days=1)
        # Only months that have ended (and whose last table we therefore have).
        last_day_asked = today - dt.timedelta(days=1)
        figures = month_ends(rates, last_day_asked)
        if not figures:
            raise FetchError(f"{NBP_EUR_URL.format(start=since, end=last_day_asked)}: no month ended in the range "
                             f"with a table A EUR rate")
        return Response(figures, figures[-1].day, urls[0] if len(urls) == 1 else NBP_EUR_URL.format(
            start="{from}", end="{to}"))


SOURCES: dict[str, Source] = {
    "uk/boe_bank_rate": BankOfEngland("uk/boe_bank_rate", "Bank of England, Bank Rate (IUDBEDR)",
                                      Decimal("0"), Decimal("20"), Decimal("3")),
    "ru/cbr_key_rate": BankOfRussia("ru/cbr_key_rate", "Bank of Russia, key rate (DailyInfoWebServ KeyRate)",
                                    Decimal("1"), Decimal("40"), Decimal("12")),
    "pl/nbp_reference_rate": NbpReferenceRate("pl/nbp_reference_rate",
                                              "NBP, reference rate (stopy_procentowe_archiwum.xml)",
                                              Decimal("0"), Decimal("30"), Decimal("3")),
    "pl/nbp_eur_table_a": NbpEurTableA("pl/nbp_eur_table_a", "NBP, table A average EUR rate (api.nbp.pl)",
                                       Decimal("3"), Decimal("6"), Decimal("0.5")),
}

# Tables with no machine-readable official source: what to add by hand, and where from.
BY_HAND: dict[str, str] = {
    "il/small_claims": (
        "The Israeli small-claims limit changes every 1 January with the consumer price index (צו בתי המשפט "
        "(שינוי סכום התביעה בתביעות קטנות), התשס\"ח-2008, s.2); the Director of Courts publishes the new sum "
        "in Reshumot (הודעה בדבר סכום התביעה בתביעות קטנות) and on gov.il (service 'filing_a_small_claim'). "
        "No machine-readable notice exists: add `- {from: YYYY-01-01, limit: \"…\", source: \"…\"}` to "
        "generator/jurisdictions/data/il/small_claims.yaml with the notice you read, and move its "
        "`complete_through` to 31 December of that year."),
    "il/court_fees": (
        "The small-claims fee (1 % of the claim, at least the minimum of תקנות שיפוט בתביעות קטנות (סדרי דין) "
        "reg. 3(א)) has no machine-readable source: check the regulation on the courts' site and edit "
        "generator/jurisdictions/data/il/court_fees.yaml by hand."),
}
