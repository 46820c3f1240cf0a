"""Validate a loaded case (schema, then cross-field rules) and build the model.

Every problem is collected, never only the first; each names file, line and field.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from decimal import Decimal
from typing import Any

from babel.numbers import get_currency_precision, list_currencies
from cerberus import errors as cerrors

from generator.case import model
from generator.case.load import Loaded, field_name, shown
from generator.case.schema import CASE_ID, SCHEMA, make_validator, parse_decimal
from generator.errors import CaseInvalid, Problem

_TYPE_WORDS = {
    "amount": 'an amount such as "1250.00"',
    "percent": 'a percentage such as "12.5"',
    "date": "a date written YYYY-MM-DD",
    "integer": "a whole number",
    "string": "text",
    "dict": "a group of fields (key: value lines)",
    "list": "a list (lines starting with '- ', or [a, b])",
    "boolean": "true or false",
}

_CURRENCIES = frozenset(list_currencies())

# Bounds no real case comes near; beyond them the arithmetic and the calendar of later
# stages are not meant to go.
MAX_AMOUNT = Decimal("1000000000000")  # 10^12 in the case currency
MAX_RATE_DECIMALS = 6  # percentages and exchange rates
FIRST_DATE, LAST_DATE = dt.date(1970, 1, 1), dt.date(2099, 12, 31)

# Names Windows reserves for devices: a folder output/con/ cannot be made there.
_RESERVED_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                             *(f"lpt{i}" for i in range(10))})

_REGEX_WORDS = {
    "email": "is not an e-mail address (name@domain)",
    "phone": "is not a telephone number: use digits, spaces and + ( ) . / - only",
    "bank_account": "is not an account number: use letters, digits, spaces and '-' only",
    "currency": "is not a currency code: three capital letters, such as EUR, GBP or PLN",
}


def _plain(value: Any) -> str:
    """A value as the user wrote it (near enough), for messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return shown(str(value))


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, (int, Decimal)):
        return "a number"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return "text"


def _subschema(path: tuple[Any, ...]) -> dict[str, Any] | None:
    """The schema mapping that holds the fields at `path` (for did-you-mean)."""
    node: dict[str, Any] = {"schema": SCHEMA, "type": "dict"}
    for part in path:
        if node.get("type") == "list":
            node = node.get("schema", {})
            if isinstance(part, int):
                continue
        if node.get("type") == "dict" and isinstance(part, str):
            node = node.get("schema", {}).get(part, {})
        else:
            return None
    if node.get("type") == "list":
        node = node.get("schema", {})
    return node.get("schema") if node.get("type") == "dict" else None


def _describe(error: cerrors.ValidationError) -> str:
    value = error.value
    rule = error.rule
    if error.code == cerrors.UNKNOWN_FIELD.code:
        key = error.document_path[-1]
        known = _subschema(error.document_path[:-1]) or {}
        guess = difflib.get_close_matches(str(key), list(known), n=1)
        hint = f"; did you mean '{guess[0]}'?" if guess else (
            f"; known fields here: {', '.join(known)}" if known else "; no fields are expected here")
        return f"unknown field '{shown(str(key), 40)}'{hint}"
    if rule == "required":
        return "required field is missing"
    if rule == "nullable":
        return "is empty; give a value or remove the line"
    if rule == "type":
        constraint = error.constraint if isinstance(error.constraint, str) else error.constraint[0]
        return _type_message(constraint, value)
    if rule == "allowed":
        return f"'{_plain(value)}' is not allowed; use one of: {', '.join(map(str, error.constraint))}"
    if rule == "regex":
        path = tuple(error.document_path)
        if path == ("case",):
            return (f"'{_plain(value)}' is not a valid case id: use lower-case letters, digits and '-' "
                    f"(at most 64), starting and ending with a letter or digit")
        if len(path) == 3 and path[1] == "ids":
            return (f"'{_plain(value)}' is not a usable name for a registration number: "
                    f"letters, digits, spaces and . _ / - only, at most 30")
        words = _REGEX_WORDS.get(str(path[-1]) if path else "")
        return f"'{_plain(value)}' {words or 'is not in the expected form'}"
    if rule == "min":
        return f"{value} is below the minimum of {error.constraint}"
    if rule == "max":
        return f"{value} is above the maximum of {error.constraint}"
    if rule == "minlength":
        return f"needs at least {error.constraint} entr{'y' if error.constraint == 1 else 'ies'}"
    if rule == "maxlength":
        return f"is too long (at most {error.constraint} {'characters' if isinstance(value, str) else 'entries'})"
    if rule == "empty":
        return "is empty; give a value or remove the line"
    return f"failed the '{rule}' rule"


def _type_message(expected: str, value: Any) -> str:
    shown_value = _plain(value)
    if expected == "string":
        if isinstance(value, (bool, int, Decimal, dt.date)):
            return (f"{shown_value} reads as {_kind_of(value)}, but text is expected here; "
                    f"put it in quotes: \"{shown_value}\"")
        return f"must be text, not {_kind_of(value)}"
    if expected in ("amount", "percent"):
        if isinstance(value, (str, Decimal, int)) and not isinstance(value, bool):
            return f"'{shown_value}' is not a decimal number; expected {_TYPE_WORDS[expected]}"
        return f"must be {_TYPE_WORDS[expected]}, not {_kind_of(value)}"
    if expected == "date":
        if isinstance(value, str) and re.fullmatch(r"\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s*", value):
            return f"'{shown_value}' is in quotes, so it reads as text; write the date without quotes"
        if isinstance(value, str):
            return f"'{shown_value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-24"
        return f"must be a date written YYYY-MM-DD, not {_kind_of(value)}"
    if expected == "integer":
        if isinstance(value, (Decimal, str)):
            return f"'{shown_value}' is not a whole number; write digits only, e.g. 14"
        return f"must be a whole number, not {_kind_of(value)}"
    if expected == "boolean":
        if isinstance(value, str):
            return f"'{shown_value}' must be true or false, written without quotes"
        return f"must be true or false, not {_kind_of(value)}"
    return f"must be {_TYPE_WORDS.get(expected, expected)}, not {_kind_of(value)}"


def _leaves(errs: list[cerrors.ValidationError]) -> list[cerrors.ValidationError]:
    out: list[cerrors.ValidationError] = []
    for err in errs:
        if err.is_group_error:
            out.extend(_leaves(err.child_errors or []))
        else:
            out.append(err)
    return out


def _schema_problems(loaded: Loaded) -> list[Problem]:
    validator = make_validator()
    if validator.validate(loaded.data):
        return []
    errors = _leaves(list(validator._errors))
    # A misspelt key yields "unknown field 'subjet'; did you mean 'subject'?" and
    # "subject: required field is missing"; the first says it all.
    suggested = set()
    for err in errors:
        if err.code == cerrors.UNKNOWN_FIELD.code:
            parent = tuple(err.document_path[:-1])
            known = _subschema(parent) or {}
            for guess in difflib.get_close_matches(str(err.document_path[-1]), list(known), n=1):
                suggested.add(parent + (guess,))
    problems = []
    for err in errors:
        path = tuple(err.document_path)
        if err.rule == "required" and path in suggested:
            continue
        problems.append(Problem(loaded.file, loaded.line_of(path), field_name(path), _describe(err)))
    return problems


class _Rules:
    """Cross-field rules on a schema-valid document."""

    def __init__(self, loaded: Loaded, stem: str | None):
        self.loaded = loaded
        self.data = loaded.data
        self.stem = stem
        self.problems: list[Problem] = []

    def add(self, path: tuple[Any, ...], message: str) -> None:
        self.problems.append(Problem(self.loaded.file, self.loaded.line_of(path), field_name(path), message))

    def run(self) -> list[Problem]:
        d = self.data
        if not re.fullmatch(CASE_ID, d["case"]):  # the schema checks it too; the id becomes a path
            self.add(("case",), f"'{shown(d['case'])}' is not a valid case id: use lower-case letters, digits and '-'")
        elif d["case"] in _RESERVED_NAMES:
            self.add(("case",), f"'{d['case']}' cannot be a folder name on Windows; choose another case id")
        elif self.stem is not None and d["case"] != self.stem:
            self.add(("case",), f"'{d['case']}' must equal the file name '{shown(self.stem)}' (without .yaml)")
        seen: set[str] = set()
        for i, lang in enumerate(d["languages"]):
            if lang in seen:
                self.add(("languages", i), f"'{lang}' is listed twice")
            seen.add(lang)
        currency = d["currency"]
        if currency not in _CURRENCIES:
            self.add(("currency",), f"'{currency}' is not an ISO 4217 currency code")
            minor = 2
        else:
            minor = get_currency_precision(currency)
        self.amounts(minor)
        self.date_range(d, ())
        if any(p.message.startswith("a date outside") for p in self.problems):
            return self.problems  # the order rules below would only repeat a mistyped year
        self.dates()
        self.invoices_and_payments()
        self.late_payment()
        self.russia()
        self.exchange_rates()
        if d.get("jurisdiction") == "PL":
            self.polish_law()
        self.israel_consumer()
        return self.problems

    def walk_amounts(self) -> list[tuple[tuple[Any, ...], Any]]:
        d = self.data
        out: list[tuple[tuple[Any, ...], Any]] = []
        c = d["contract"]
        if "price" in c:
            out.append((("contract", "price"), c["price"]))
        fee = c.get("late_payment", {}).get("fee")
        if fee:
            out.append((("contract", "late_payment", "fee", "amount"), fee["amount"]))
            if "cap" in fee:
                out.append((("contract", "late_payment", "fee", "cap"), fee["cap"]))
        for i, inv in enumerate(d["invoices"]):
            out.append((("invoices", i, "amount"), inv["amount"]))
        for i, pay in enumerate(d.get("payments") or []):
            out.append((("payments", i, "amount"), pay["amount"]))
        return out

    def amounts(self, minor: int) -> None:
        for path, raw in self.walk_amounts():
            value = parse_decimal(raw)
            if value is None:
                continue
            if value <= 0:
                self.add(path, f"{_plain(raw)} must be greater than zero")
            elif value >= MAX_AMOUNT:
                self.add(path, f"{_plain(raw)} is too large for an amount; it must be less than {MAX_AMOUNT}")
            elif _decimals(value) > minor:
                places = "no decimal places" if minor == 0 else f"at most {minor} decimal place{'s' if minor > 1 else ''}"
                self.add(path, f"{_plain(raw)} has more decimal places than {self.data['currency']} allows: {places}")
        c = self.data["contract"]
        for path, raw, lo, hi in (
            (("contract", "prepayment", "percent"), (c.get("prepayment") or {}).get("percent"), 0, 100),
            (("contract", "late_payment", "rate_percent"), (c.get("late_payment") or {}).get("rate_percent"), 0, 1000),
        ):
            value = parse_decimal(raw) if raw is not None else None
            if value is None:
                continue
            if not (lo < value <= hi):
                self.add(path, f"{_plain(raw)} must be above {lo} and at most {hi}")
            elif _decimals(value) > MAX_RATE_DECIMALS:
                self.add(path, f"{_plain(raw)} has more than {MAX_RATE_DECIMALS} decimal places")
        for i, rate in enumerate(self.data.get("exchange_rates") or []):
            value = parse_decimal(rate["rate"])
            path = ("exchange_rates", i, "rate")
            if value is None:
                continue
            if value <= 0:
                self.add(path, f"{_plain(rate['rate'])} must be greater than zero")
            elif value >= MAX_AMOUNT:
                self.add(path, f"{_plain(rate['rate'])} is too large for an exchange rate")
            elif _decimals(value) > MAX_RATE_DECIMALS:
                self.add(path, f"{_plain(rate['rate'])} has more than {MAX_RATE_DECIMALS} decimal places")

    def date_range(self, value: Any, path: tuple[Any, ...]) -> None:
        """Every date in the file lies in years a debt case can be about."""
        if isinstance(value, dict):
            for key, item in value.items():
                self.date_range(item, path + (key,))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                self.date_range(item, path + (i,))
        elif isinstance(value, dt.date) and not FIRST_DATE <= value <= LAST_DATE:
            self.add(path, f"a date outside the years {FIRST_DATE.year}-{LAST_DATE.year} ({value}); check the year")

    def dates(self) -> None:
        d = self.data
        start: dt.date = d["contract"]["date"]
        for i, inv in enumerate(d["invoices"]):
            if inv["due"] < inv["issued"]:
                self.add(("invoices", i, "due"), f"due date {inv['due']} is before the issue date {inv['issued']}")
        for i, pay in enumerate(d.get("payments") or []):
            if pay["date"] < start:
                self.add(("payments", i, "date"), f"{pay['date']} is before the contract date {start}")
        docs = d["documents"]
        ordered: list[tuple[tuple[Any, ...], dt.date, str]] = []
        for i, rem in enumerate(docs.get("reminders") or []):
            ordered.append((("documents", "reminders", i, "date"), rem["date"], f"reminder {i + 1}"))
        if "pretrial_claim" in docs:
            ordered.append((("documents", "pretrial_claim", "date"), docs["pretrial_claim"]["date"], "the pre-trial claim"))
        if "small_claim" in docs:
            ordered.append((("documents", "small_claim", "date"), docs["small_claim"]["date"], "the small claim"))
        for path, when, _ in ordered:
            if when < start:
                self.add(path, f"{when} is before the contract date {start}")
        for (_, before, name_a), (path, after, name_b) in zip(ordered, ordered[1:]):
            if after < before:
                self.add(path, f"{name_b} ({after}) is dated before {name_a} ({before}); they must be in that order")
        for key in ("payment_plan",):
            if key in docs and docs[key]["date"] < start:
                self.add(("documents", key, "date"), f"{docs[key]['date']} is before the contract date {start}")
        if "payment_plan" in docs and docs["payment_plan"]["first_due"] < docs["payment_plan"]["date"]:
            self.add(("documents", "payment_plan", "first_due"), "the first instalment is due before the agreement is made")
        for key, field_ in (("payment_plan", "signed"), ("small_claim", "filed")):
            entry = docs.get(key)
            if entry and field_ in entry and entry[field_] < entry["date"]:
                self.add(("documents", key, field_), f"{field_} on {entry[field_]}, before the document's own date {entry['date']}")
        for _, entry, path in self.sendable(docs):
            if "sent" in entry and entry["sent"] < entry["date"]:
                self.add(path + ("sent",), f"sent on {entry['sent']}, before the document's own date {entry['date']}")
            if "sent_by" in entry and "sent" not in entry:
                self.add(path + ("sent_by",), "give `sent:` (the date) together with `sent_by:`")

    @staticmethod
    def sendable(docs: dict[str, Any]) -> list[tuple[str, dict[str, Any], tuple[Any, ...]]]:
        out = [("reminders", r, ("documents", "reminders", i)) for i, r in enumerate(docs.get("reminders") or [])]
        if "pretrial_claim" in docs:
            out.append(("pretrial_claim", docs["pretrial_claim"], ("documents", "pretrial_claim")))
        return out

    def invoices_and_payments(self) -> None:
        d = self.data
        numbers: dict[str, int] = {}
        for i, inv in enumerate(d["invoices"]):
            if inv["number"] in numbers:
                self.add(("invoices", i, "number"), f"invoice number '{inv['number']}' is already used by invoices[{numbers[inv['number']]}]")
            numbers.setdefault(inv["number"], i)
        total_invoiced = sum((parse_decimal(i["amount"]) or Decimal(0) for i in d["invoices"]), Decimal(0))
        paid = Decimal(0)
        for i, pay in enumerate(d.get("payments") or []):
            ref = pay.get("invoice")
            if ref is not None and ref not in numbers:
                guess = difflib.get_close_matches(ref, list(numbers), n=1)
                hint = f"; did you mean '{guess[0]}'?" if guess else f"; invoices are: {', '.join(numbers)}"
                self.add(("payments", i, "invoice"), f"no invoice '{ref}' in this case{hint}")
            paid += parse_decimal(pay["amount"]) or Decimal(0)
            if paid > total_invoiced and not pay.get("overpayment"):
                self.add(("payments", i, "amount"),
                         f"payments add up to {paid}, more than the {total_invoiced} invoiced; "
                         f"correct the amount or mark the payment `overpayment: true`")
                break

    def late_payment(self) -> None:
        lp = self.data["contract"].get("late_payment")
        if not lp:
            return
        path = ("contract", "late_payment")
        if lp["interest"] == "contractual" and "rate_percent" not in lp:
            self.add(path + ("rate_percent",), "interest: contractual needs rate_percent (per year)")
        if lp["interest"] != "contractual" and "rate_percent" in lp:
            self.add(path + ("rate_percent",), f"rate_percent is only used with interest: contractual (here: {lp['interest']})")
        if lp["interest"] != "contractual" and "substantial_remedy" in lp:
            self.add(path + ("substantial_remedy",),
                     f"substantial_remedy is only used with interest: contractual (here: {lp['interest']})")

    def polish_law(self) -> None:
        """Contract terms Polish law does not allow (issue 15; sources in jurisdictions/pl.py)."""
        c = self.data["contract"]
        lp = c.get("late_payment") or {}
        if lp.get("fee"):
            self.add(("contract", "late_payment", "fee"),
                     "Polish law: a flat late-payment fee on a money debt is a disguised contractual penalty, which "
                     "may secure only a non-money obligation (art. 483 § 1 KC), and is void (art. 58 § 1 KC); remove "
                     "`fee` and claim instead the art. 10 compensation of the Act of 8 March 2013 (`compensation: "
                     "true`, EUR 40/70/100, between businesses) and any documented recovery costs above it "
                     "(art. 10 ust. 2)")
        dr = c.get("dispute_resolution") or {}
        venue = str(dr.get("venue") or "")
        if dr.get("method") == "mediation" and venue and _names_a_court(venue):
            self.add(("contract", "dispute_resolution", "venue"),
                     f"'{shown(venue)}' is a court, and a court is not a mediator: a mediator is a natural person "
                     f"(art. 183² § 1 KPC); name the mediator or a mediation centre whose rules choose one "
                     f"(art. 183¹ § 3 KPC), or leave `venue` out so the parties choose the mediator together")

    def russia(self) -> None:
        """Russian law: a contractual неустойка excludes 395 interest for the same period
        (ГК РФ ст. 395 п. 4; Пленум ВС РФ от 24.03.2016 № 7 п. 42)."""
        if self.data.get("jurisdiction") != "RU":
            return
        lp = self.data["contract"].get("late_payment") or {}
        if lp.get("interest") == "statutory" and lp.get("fee"):
            self.add(("contract", "late_payment", "fee"),
                     "under Russian law a contractual penalty (fee) excludes interest under ГК РФ ст. 395 for the same "
                     "period (ст. 395 п. 4; Пленум ВС РФ № 7 п. 42): set `interest: none`, or `interest: contractual` "
                     "with `rate_per_day_percent` for a per-day penalty, instead of `statutory`")

    def israel_consumer(self) -> None:
        """Consumer Protection Law (IL) s.13ב2(ב): to a consumer, no collection step (a
        warning letter included) before 14 days have passed from the day the debt notice
        (the first reminder) was sent. Sources: generator/jurisdictions/il.py."""
        d = self.data
        if d["jurisdiction"] != "IL" or (d.get("debtor") or {}).get("kind") != "consumer":
            return
        docs = d["documents"]
        reminders = docs.get("reminders") or []
        steps = [(("documents", "reminders", i, "date"), r["date"], f"reminder {i + 1}") for i, r in enumerate(reminders)][1:]
        if "pretrial_claim" in docs:
            steps.append((("documents", "pretrial_claim", "date"), docs["pretrial_claim"]["date"], "the warning letter (pre-trial claim)"))
        if not steps:
            return
        if not reminders:
            self.add(steps[0][0], "to a consumer in Israel the first document must be the debt notice (Consumer Protection "
                                  "Law s.13ב2): add `documents.reminders` with its date and `sent:` before the warning letter")
            return
        notice = reminders[0].get("sent") or reminders[0]["date"]
        allowed = notice + dt.timedelta(days=15)
        for path, when, name in steps:
            if when < allowed:
                self.add(path, f"{name} ({when}) is a collection step within 14 days of the debt notice (reminder 1, "
                               f"sent {notice}); Consumer Protection Law s.13ב2(ב) allows it from {allowed}")

    def exchange_rates(self) -> None:
        seen: dict[tuple[str, dt.date], int] = {}
        for i, rate in enumerate(self.data.get("exchange_rates") or []):
            key = (rate["currency"], rate["date"])
            if key in seen:
                self.add(("exchange_rates", i), f"a {key[0]} rate for {key[1]} is already given in exchange_rates[{seen[key]}]")
            seen.setdefault(key, i)


_COURT = re.compile(r"(?i)(?<!\w)(sąd|sad|court|tribunal|суд|בית משפט|בית המשפט)(?!\w)")
_MEDIATION = re.compile(r"(?i)(mediac|mediat|ośrod|centrum|centre|center|медиац|גישור)")


def _names_a_court(venue: str) -> bool:
    """A venue that names a court (and not a mediation centre attached to one)."""
    return bool(_COURT.search(venue)) and not _MEDIATION.search(venue)


def _decimals(value: Decimal) -> int:
    """Decimal places that matter: 12.50 has one, 12.00 none (exact, no rounding)."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return 0
    places = -exponent
    for digit in reversed(digits):
        if digit != 0 or places == 0:
            break
        places -= 1
    return places


def _dec(value: Any) -> Decimal:
    number = parse_decimal(value)
    assert number is not None  # the schema guarantees it
    return number


def _sending(raw: dict[str, Any]) -> model.Sending:
    return model.Sending(sent=raw.get("sent"), sent_by=raw.get("sent_by"))


def _party(raw: dict[str, Any]) -> model.Party:
    sig = raw.get("signatory")
    return model.Party(
        name=raw["name"], kind=raw["kind"], address=tuple(raw["address"]),
        ids=tuple((str(k), str(v)) for k, v in (raw.get("ids") or {}).items()),
        email=raw.get("email"), phone=raw.get("phone"), bank_account=raw.get("bank_account"),
        bank_name=raw.get("bank_name"),
        signatory=model.Signatory(sig["name"], sig.get("role")) if sig else None,
        sole_trader=bool(raw.get("sole_trader", False)), city=raw.get("city"),
    )


def build_model(loaded: Loaded) -> model.Case:
    """Turn a fully validated document into the immutable case."""
    d = loaded.data
    c = d["contract"]
    lp = c.get("late_payment") or {"interest": "none"}
    fee = lp.get("fee")
    pre = c.get("prepayment")
    dr = c.get("dispute_resolution")
    docs = d["documents"]
    p = docs.get("pretrial_claim")
    plan = docs.get("payment_plan")
    small = docs.get("small_claim")
    reg = p.get("debt_register") if p else None
    return model.Case(
        id=d["case"], source=loaded.file, jurisdiction=d["jurisdiction"], languages=tuple(d["languages"]),
        currency=d["currency"], paper=d.get("paper", "A4"),
        creditor=_party(d["creditor"]), debtor=_party(d["debtor"]),
        contract=model.Contract(
            date=c["date"], subject=c["subject"], number=c.get("number"),
            price=_dec(c["price"]) if "price" in c else None,
            prepayment=model.Prepayment(_dec(pre["percent"]), pre["due_days"]) if pre else None,
            payment_terms_days=c.get("payment_terms_days"),
            late_payment=model.LatePayment(
                interest=lp["interest"],
                rate_percent=_dec(lp["rate_percent"]) if "rate_percent" in lp else None,
                fee=model.LateFee(_dec(fee["amount"]), fee["per"], _dec(fee["cap"]) if "cap" in fee else None) if fee else None,
                compensation=bool(lp.get("compensation", False)),
                substantial_remedy=lp.get("substantial_remedy"),
            ),
            dispute_resolution=model.DisputeResolution(dr["method"], dr.get("negotiation_days"), dr.get("venue")) if dr else None,
        ),
        invoices=tuple(model.Invoice(i["number"], i["issued"], i["due"], _dec(i["amount"]), i.get("description"))
                       for i in d["invoices"]),
        payments=tuple(model.Payment(p_["date"], _dec(p_["amount"]), p_.get("invoice"), p_.get("note"), bool(p_.get("overpayment", False)))
                       for p_ in d.get("payments") or []),
        events=tuple(model.Event(e["date"], e["channel"], e["summary"]) for e in d.get("events") or []),
        exchange_rates=tuple(model.ExchangeRate(r["currency"], r["date"], _dec(r["rate"]), r["table"])
                             for r in d.get("exchange_rates") or []),
        documents=model.Documents(
            contract_clauses="contract_clauses" in docs,
            reminders=tuple(model.Reminder(i + 1, r["date"], r.get("pay_within_days", (7, 7, 7)[i]), _sending(r))
                            for i, r in enumerate(docs.get("reminders") or [])),
            pretrial_claim=model.PretrialClaim(
                p["date"], p.get("respond_within_days"),
                model.DebtRegister(reg["name"], reg["address"]) if reg else None, _sending(p)) if p else None,
            payment_plan=model.PaymentPlanRequest(plan["date"], plan["installments"], plan["first_due"], plan.get("signed")) if plan else None,
            small_claim=model.SmallClaimRequest(small["date"], small["court"], small.get("filed")) if small else None,
        ),
        lines={field_name(k): v for k, v in loaded.lines.items()},
    )


def validate(loaded: Loaded, stem: str | None = None) -> model.Case:
    """Check a loaded case completely; return the model or raise with every problem."""
    problems = _schema_problems(loaded)
    if problems:
        raise CaseInvalid(problems)
    problems = _Rules(loaded, stem).run()
    if problems:
        raise CaseInvalid(problems)
    return build_model(loaded)
