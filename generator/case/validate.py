"""Validate a loaded case (schema, then cross-field rules) and build the model.

Every problem is collected, never only the first; each names file, line and field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import unicodedata
from decimal import Decimal
from typing import Any

from babel.numbers import get_currency_precision, list_currencies
from cerberus import errors as cerrors

from generator.case import model
from generator.case.bank import check_bank, legacy_lines, parse_legacy
from generator.case.checks import case_problems
from generator.case.ids import canonical, check_id, check_personal, gender_from_patronymic
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
    if rule == "excludes":
        return f"give either {error.document_path[-1]} or {error.constraint}, not both"
    return f"failed the '{rule}' rule"


def _type_message(expected: str, value: Any) -> str:
    shown_value = _plain(value)
    if expected == "string":
        if isinstance(value, (bool, int, Decimal, dt.date)):
            return (f"{shown_value} reads as {_kind_of(value)}, but text is expected here; "
                    f"put it in quotes: \"{shown_value}\"")
        return f"must be text, not {_kind_of(value)}"
    if expected in ("amount", "percent"):
        if isinstance(value, str) and re.fullmatch(r"\s*[0-9]+,[0-9]{1,2}\s*", value):
            return (f"'{shown_value}' is not a decimal number: it has a decimal comma; write it with a point: "
                    f"\"{value.strip().replace(',', '.')}\"")
        if isinstance(value, str) and re.fullmatch(r"\s*[0-9]{1,3}(?:[,.' \u00a0][0-9]{3})+(?:[.,][0-9]+)?\s*", value):
            return (f"'{shown_value}' is not a decimal number: it has thousands separators; write digits only, "
                    f"with a point for decimals, e.g. \"12500.00\"")
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
    from generator.case.quickcheck import certainly_valid

    if certainly_valid(loaded.data):  # Cerberus would say yes; it is asked only to find problems
        return []
    validator = make_validator()
    # The schema has no normalisation rules (default, coerce, rename, purge), so none is
    # run: Cerberus's normalising pass copies and re-hashes the whole schema on every
    # call, which was three quarters of validating a case.
    if validator.validate(loaded.data, normalize=False):
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
        self.warnings: list[Problem] = []

    def add(self, path: tuple[Any, ...], message: str) -> None:
        self.problems.append(Problem(self.loaded.file, self.loaded.line_of(path), field_name(path), message))

    def warn(self, path: tuple[Any, ...], message: str) -> None:
        self.warnings.append(Problem(self.loaded.file, self.loaded.line_of(path), field_name(path), message, "warning"))

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
        self.parties()
        self.evidence()
        self.events()
        self.consistency()
        self.contract_type()
        if d.get("jurisdiction") == "PL":
            self.polish_law()
            self.polish_documents()
        self.israel_consumer()
        self.uk_only()
        self.israel_parties()
        return self.problems

    def uk_only(self) -> None:
        """Fields that mean something only under the law of England and Wales."""
        p = (self.data.get("documents") or {}).get("pretrial_claim") or {}
        if "annex_1_enclosed" in p and self.data["jurisdiction"] != "UK":
            self.add(("documents", "pretrial_claim", "annex_1_enclosed"),
                     "annex_1_enclosed is for UK cases (the Pre-Action Protocol for Debt Claims)")

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
        cap = (c.get("late_payment") or {}).get("cap") or {}
        if "amount" in cap:
            out.append((("contract", "late_payment", "cap", "amount"), cap["amount"]))
        for i, inv in enumerate(d["invoices"]):
            out.append((("invoices", i, "amount"), inv["amount"]))
        for i, pay in enumerate(d.get("payments") or []):
            out.append((("payments", i, "amount"), pay["amount"]))
        for i, event in enumerate(d.get("events") or []):
            if "amount" in event:
                out.append((("events", i, "amount"), event["amount"]))
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
            (("contract", "late_payment", "rate_per_day_percent"),
             (c.get("late_payment") or {}).get("rate_per_day_percent"), 0, 100),
            (("contract", "late_payment", "cap", "percent"),
             ((c.get("late_payment") or {}).get("cap") or {}).get("percent"), 0, 1000),
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
        if "payment_plan" in docs:
            out.append(("payment_plan", docs["payment_plan"], ("documents", "payment_plan")))
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
        per_day = "rate_per_day_percent" in lp
        if lp["interest"] == "contractual" and "rate_percent" not in lp and not per_day:
            self.add(path + ("rate_percent",), "interest: contractual needs rate_percent (per year) "
                                               "or rate_per_day_percent (per day)")
        if lp["interest"] != "contractual" and "rate_percent" in lp:
            self.add(path + ("rate_percent",), f"rate_percent is only used with interest: contractual (here: {lp['interest']})")
        if lp["interest"] != "contractual" and "substantial_remedy" in lp:
            self.add(path + ("substantial_remedy",),
                     f"substantial_remedy is only used with interest: contractual (here: {lp['interest']})")
        if per_day and "rate_percent" in lp:
            self.add(path + ("rate_per_day_percent",), "give the contract's rate once: rate_percent (a year) or "
                                                       "rate_per_day_percent (a day), not both")
            return
        yearly = parse_decimal(lp.get("rate_percent")) if "rate_percent" in lp else None
        if yearly is not None and 0 < yearly < 1:
            self.add(path + ("rate_percent",),
                     f"{_plain(lp['rate_percent'])} % a year is implausibly low for late-payment interest; "
                     f"if the contract says {_plain(lp['rate_percent'])} % for each day of delay, "
                     f"did you mean rate_per_day_percent: \"{_plain(lp['rate_percent'])}\"?")
        elif yearly is not None and 100 < yearly <= 1000:
            self.add(path + ("rate_percent",),
                     f"{_plain(lp['rate_percent'])} % a year is implausibly high; rate_percent is per year: "
                     f"if the contract states a rate per month, multiply it by 12; if per day, give "
                     f"rate_per_day_percent")
        daily = parse_decimal(lp.get("rate_per_day_percent")) if per_day else None
        if daily is not None and 1 < daily <= 100:
            self.add(path + ("rate_per_day_percent",),
                     f"{_plain(lp['rate_per_day_percent'])} % a day is {daily * 365} % a year, implausibly high; "
                     f"if the contract states {_plain(lp['rate_per_day_percent'])} % a year, "
                     f"did you mean rate_percent: \"{_plain(lp['rate_per_day_percent'])}\"?")
        elif daily is not None and lp["interest"] == "contractual" and daily > 0 and not self.per_day_engine():
            # These jurisdictions' engines compute yearly rates only; a per-day rate must
            # not be passed off as a yearly one, so it is refused until they compute it.
            self.add(path + ("rate_per_day_percent",),
                     "the documents cannot yet compute a penalty per day of delay (пени): the claim would be "
                     "wrong. Keep the rate recorded here with interest: statutory or none until they can")
        elif daily is not None and lp["interest"] == "statutory" and self.data.get("jurisdiction") != "RU":
            self.warn(path + ("rate_per_day_percent",),
                      "the contract sets a penalty per day, but interest: statutory claims statutory interest "
                      "instead; whether the law allows that, or only the contractual penalty, is for the "
                      "jurisdiction to decide")
        if "cap" in lp and lp["interest"] == "contractual":
            self.add(path + ("cap",), "the documents cannot yet apply a cap to contractual interest: the claim "
                                      "would be uncapped. Remove the cap, or claim statutory interest")

    def per_day_engine(self) -> bool:
        """Whether this jurisdiction's engine computes a penalty per day of delay: RU does
        (jurisdictions/ru.py, Russia.rates: пени per day, ГК РФ ст. 330; the 2022
        moratorium); the others compute yearly rates only."""
        return self.data.get("jurisdiction") == "RU"

    # --- parties ---------------------------------------------------------------------

    def parties(self) -> None:
        d = self.data
        seen: dict[tuple[str, str], str] = {}
        for who in ("creditor", "debtor"):
            raw = d[who]
            self.party(who, raw)
            for key, value in (raw.get("ids") or {}).items():
                name = canonical(str(key))
                if name is None or name in ("VAT", "КПП"):  # one tax office's КПП is shared by many
                    continue
                compact = re.sub(r"[\s.\-]", "", str(value)).upper()
                other = seen.get((name, compact))
                if other:
                    self.add((who, "ids", key), f"the same {name} as the {other}'s: one number names one "
                                                f"entity; check which party it belongs to")
                seen[(name, compact)] = who

    def party(self, who: str, raw: dict[str, Any]) -> None:
        jurisdiction = self.data["jurisdiction"]
        path = (who,)
        for key, value in (raw.get("ids") or {}).items():
            wrong = check_id(str(key), str(value))
            if wrong:
                self.add(path + ("ids", key), wrong)
        form, why = resolve_form(raw)
        kind = raw["kind"]
        given = raw.get("form")
        if given == "individual" and kind == "business":
            self.add(path + ("form",), "form: individual is a consumer; a person in business is form: sole_trader")
        elif given in ("sole_trader", "company", "other") and kind == "consumer":
            self.add(path + ("form",), f"form: {given} is a business; set kind: business, or form: individual")
        if raw.get("sole_trader") and given in ("company", "other"):
            self.add(path + ("sole_trader",), f"sole_trader: true contradicts form: {given}; keep one")
        ids = {canonical(str(k)): (k, re.sub(r"\D", "", str(v))) for k, v in (raw.get("ids") or {}).items()}
        if form == "sole_trader":
            for name, words in (("KRS", "KRS registers companies and partnerships; a sole trader is in CEIDG"),
                                ("ОГРН", "an ОГРН is an organisation's; a sole trader (ИП) has an ОГРНИП"),
                                ("ח.פ.", "a ח.פ. is a company's number; a sole trader has an עוסק מורשה number")):
                if name in ids:
                    self.add(path + ("ids", ids[name][0]), f"{words}: remove it, or set form: company")
            if "ИНН" in ids and len(ids["ИНН"][1]) == 10:
                self.add(path + ("ids", ids["ИНН"][0]), "a 10-digit ИНН is an organisation's; a sole trader's "
                                                         "ИНН has 12 digits (or set form: company)")
        elif form in ("company", "other"):
            if "ОГРНИП" in ids:
                self.add(path + ("ids", ids["ОГРНИП"][0]), "an ОГРНИП is a sole trader's (ИП); an organisation "
                                                             "has an ОГРН (or set form: sole_trader)")
            if "ИНН" in ids and len(ids["ИНН"][1]) == 12:
                self.add(path + ("ids", ids["ИНН"][0]), "a 12-digit ИНН is a person's; an organisation's has "
                                                         "10 digits (or set form: sole_trader)")
        if why == "nip":
            self.warn(path + ("ids",), "a NIP without a KRS number: taken as a sole trader registered in CEIDG; "
                                      "if this is a company, give its KRS (or form: company)")
        person = form in ("individual", "sole_trader")
        for field_ in ("gender", "title", "id_number", "birth_date", "birth_place"):
            if field_ in raw and not person:
                where = {"gender": " (give representative.gender instead)",
                         "id_number": " (give ids instead)"}.get(field_, "")
                self.add(path + (field_,), f"{field_} is for a person; this party is an organisation{where}")
        for field_ in ("registered_office", "registered_in"):
            if field_ in raw and person:
                self.add(path + (field_,), f"{field_} is a company's (SI 2015/17 reg 25); this party is a person")
        if "trading_name" in raw and form == "individual":
            self.add(path + ("trading_name",), "a consumer has no trading name; a person in business is "
                                               "kind: business, form: sole_trader")
        title, gender = raw.get("title"), raw.get("gender")
        if title and gender and (title == "Mr") != (gender == "male") and title in ("Mr", "Mrs", "Ms", "Miss"):
            self.warn(path + ("title",), f"title {title} and gender {gender} do not agree; check them")
        if "id_number" in raw:
            wrong = check_personal(jurisdiction, str(raw["id_number"]))
            if wrong:
                self.add(path + ("id_number",), wrong)
        if "representative" in raw and "signatory" in raw:
            self.add(path + ("signatory",), "give representative or the older signatory, not both")
        rep = raw.get("representative")
        if rep:
            basis = rep.get("basis")
            if rep.get("role") and rep["role"] not in model.ROLES and rep.get("position"):
                self.add(path + ("representative", "role"),
                         f"'{shown(str(rep['role']))}' is not one of the roles ({', '.join(model.ROLES)}); "
                         f"with position: given, use one of them, or leave role out")
            if "poa" in rep and basis not in (None, "power_of_attorney"):
                self.add(path + ("representative", "poa"), f"a power of attorney is given, but the basis is "
                                                           f"'{shown(str(basis))}'; set basis: power_of_attorney")
            if (basis == "power_of_attorney" or rep.get("role") == "proxy") and "poa" not in rep:
                self.warn(path + ("representative", "basis"),
                          "acting under a power of attorney: give poa: {number, date} so documents can cite it")
            poa = rep.get("poa") or {}
            if poa.get("until") and poa.get("date") and poa["until"] < poa["date"]:
                self.add(path + ("representative", "poa", "until"), "the power of attorney ends before its own date")
        if not person and not raw.get("representative") and not raw.get("signatory"):
            docs = self.data["documents"]
            if who == "debtor" and "payment_plan" in docs:
                self.warn(path, "no representative: the payment plan cannot name who signs for the debtor; "
                                "give representative: {name, role, basis}")
            elif who == "creditor" and docs.get("small_claim"):
                self.warn(path, "no representative: the claim cannot name who signs for the creditor; "
                                "give representative: {name, role, basis}")
        self.scripts(who, raw)
        self.bank(who, raw)

    def scripts(self, who: str, raw: dict[str, Any]) -> None:
        """A name in another script than a document's language, without its form there."""
        names = raw.get("names") or {}
        for lang in self.data["languages"]:
            if lang in names:
                continue
            script = _script(raw["name"])
            if script and not _readable(script, lang):
                self.warn((who, "name"), f"the name is in {script} script, but the case has documents in "
                                         f"{_LANG_NAMES[lang]}: give names: {{{lang}: ...}}, the name as written "
                                         f"in {_LANG_NAMES[lang]}")
                break

    def bank(self, who: str, raw: dict[str, Any]) -> None:
        path = (who,)
        if "bank" in raw:
            if "bank_account" in raw or "bank_name" in raw:
                self.add(path + ("bank",), "give bank, or the older bank_account and bank_name, not both")
                return
            _, problems = check_bank(raw["bank"], self.data["jurisdiction"])
            for sub, message in problems:
                self.add(path + ("bank",) + sub, message)
        else:
            _, problems = parse_legacy(raw.get("bank_account"), raw.get("bank_name"))
            for sub, message in problems:
                self.add(path + sub, message)

    # --- evidence --------------------------------------------------------------------

    def _term_from_delivery(self) -> bool:
        """A contract term that runs from delivery (PL): the jurisdiction's own warning
        (Poland.late_delivery_warnings) gives the day it ends."""
        from generator.jurisdictions import registry

        return registry.get(self.data["jurisdiction"]).term_runs_from_delivery and \
            "payment_terms_days" in (self.data.get("contract") or {})

    def evidence(self) -> None:
        for i, inv in enumerate(self.data["invoices"]):
            path = ("invoices", i)
            if "delivered" in inv and inv["delivered"] < inv["issued"]:
                self.add(path + ("delivered",), f"delivered on {inv['delivered']}, before the invoice's issue "
                                                f"date {inv['issued']}")
            elif "delivered" in inv and inv["delivered"] > inv["due"] and not self._term_from_delivery():
                self.warn(path + ("delivered",), f"delivered on {inv['delivered']}, after its due date "
                                                 f"{inv['due']}; check the dates (a payment term may run from delivery)")
            if "delivered_by" in inv and "delivered" not in inv:
                self.add(path + ("delivered_by",), "give `delivered:` (the date) together with `delivered_by:`")
        for _, entry, path in self.sendable(self.data["documents"]):
            proof = entry.get("proof")
            if proof is None:
                continue
            if "sent" not in entry and "sent_by" not in entry:  # with sent_by, its own message says it
                self.add(path + ("proof",), "proof of sending needs `sent:` (the date it was sent)")
            by = entry.get("sent_by")
            expected = _PROOF_FOR.get(proof["kind"])
            if by and expected and by not in expected:
                self.warn(path + ("proof", "kind"), f"proof {proof['kind']} does not fit sent_by: {by}; check them")

    # --- history ---------------------------------------------------------------------

    def events(self) -> None:
        numbers = {inv["number"] for inv in self.data["invoices"]}
        for i, event in enumerate(self.data.get("events") or []):
            path = ("events", i)
            kind = event.get("kind", "note")
            if "disputed" in event and kind != "dispute":
                self.add(path + ("disputed",), f"disputed: is for kind: dispute (here: {kind})")
            if kind == "dispute" and "disputed" not in event:
                self.warn(path + ("kind",), "a dispute without `disputed:`: say what the debtor disputes, so the "
                                            "documents can answer it")
            if "by" in event:
                if kind not in ("promise", "time_request"):
                    self.add(path + ("by",), f"by: is for kind: promise or time_request (here: {kind})")
                elif event["by"] < event["date"]:
                    self.add(path + ("by",), f"{event['by']} is before the event's own date {event['date']}")
            ref = event.get("invoice")
            if ref is not None and ref not in numbers:
                guess = difflib.get_close_matches(ref, list(numbers), n=1)
                hint = f"; did you mean '{guess[0]}'?" if guess else f"; invoices are: {', '.join(sorted(numbers))}"
                self.add(path + ("invoice",), f"no invoice '{ref}' in this case{hint}")

    # --- consistency -----------------------------------------------------------------

    def consistency(self) -> None:
        d = self.data
        c = d["contract"]
        price = parse_decimal(c.get("price")) if "price" in c else None
        total = sum((parse_decimal(i["amount"]) or Decimal(0) for i in d["invoices"]), Decimal(0))
        if price is not None and total > price and "extra_work" not in c:
            self.warn(("contract", "price"), f"the invoices add up to {total}, more than the contract price "
                                             f"{_plain(c['price'])}; if extra work was agreed, record it in "
                                             f"contract.extra_work")
        first_due = min(i["due"] for i in d["invoices"])
        docs = d["documents"]
        demands = [(("documents", "reminders", i, "date"), r["date"], f"reminder {i + 1}")
                   for i, r in enumerate(docs.get("reminders") or [])]
        for key, name in (("pretrial_claim", "the pre-trial claim"), ("small_claim", "the small claim")):
            if key in docs:
                demands.append((("documents", key, "date"), docs[key]["date"], name))
        for path, when, name in demands:
            if when <= first_due:
                self.add(path, f"{name} is dated {when}, when nothing is overdue yet: the first invoice "
                               f"falls due on {first_due}")
        # A document sent after a later document of the escalation is dated.
        ordered = [(p, e, n) for n, e, p in self.sendable(docs) if n != "payment_plan"]
        names = [f"reminder {i + 1}" for i in range(len(docs.get("reminders") or []))] + (
            ["the pre-trial claim"] if "pretrial_claim" in docs else [])
        later_dates = [e["date"] for _, e, _ in ordered] + ([docs["small_claim"]["date"]] if "small_claim" in docs else [])
        later_names = names + (["the small claim"] if "small_claim" in docs else [])
        for k, (path, entry, _) in enumerate(ordered):
            sent = entry.get("sent")
            if not sent:
                continue
            # Only where the documents are in order: otherwise the order rule has said it.
            after = [(when, later_names[j]) for j, when in enumerate(later_dates)
                     if j > k and entry["date"] <= when < sent]
            if after:
                when, name = after[0]
                self.add(path + ("sent",), f"sent on {sent}, after {name} is dated ({when}); check the dates")
                continue
            days = entry.get("pay_within_days", 7) if "pay_within_days" in entry or path[1] == "reminders" else \
                entry.get("respond_within_days")
            if days and sent > entry["date"] + dt.timedelta(days=days):
                self.warn(path + ("sent",), f"sent on {sent}, after the {days} days it gives from its date "
                                            f"{entry['date']} had run out; re-date it before sending")
        plan = docs.get("payment_plan")
        if plan and plan.get("signed"):
            if plan["signed"] > plan["first_due"]:
                self.add(("documents", "payment_plan", "signed"),
                         f"signed on {plan['signed']}, after the first instalment fell due ({plan['first_due']}); "
                         f"correct the dates or re-date the agreement")
            small = docs.get("small_claim")
            if small and small["date"] >= plan["signed"]:
                last = model.PaymentPlanRequest(plan["date"], plan["installments"], plan["first_due"]).due_dates()[-1]
                if small["date"] <= last:
                    self.warn(("documents", "small_claim", "date"),
                              f"the small claim is dated while the signed payment plan runs (last instalment "
                              f"due {last}); claim only if the debtor is in default under the plan")

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

    def contract_type(self) -> None:
        """`work_delivered` is the delivery of a work (type: work), on or after the contract."""
        c = self.data["contract"]
        if "work_delivered" not in c:
            return
        if c.get("type") != "work":
            self.add(("contract", "work_delivered"), "work_delivered is the day a work was delivered: it needs "
                                                     "type: work (umowa o dzieło); remove it, or set the type")
        elif c["work_delivered"] < c["date"]:
            self.add(("contract", "work_delivered"), f"the work is delivered on {c['work_delivered']}, before the "
                                                     f"contract date {c['date']}")

    def polish_documents(self) -> None:
        """What the Polish documents and `status` need to say the right thing (lawyer review
        of 1.12.2026, docs/reviews/pl-2026-12-01.md: M1, M2, m9)."""
        d = self.data
        c = d["contract"]
        if "type" not in c:
            self.warn(("contract",), "no contract type: `status` counts the shortest limitation period that may "
                                     "apply (two years, art. 646, 554 or 751 KC, instead of three under art. 118); "
                                     "give type: work, sale, services, mandate or other")
        debtor = d["debtor"]
        form, _ = resolve_form(debtor)
        if form in ("individual", "sole_trader") and "gender" not in debtor:
            self.warn(("debtor",), "a person without gender: the Polish letters cannot write \"Szanowny Panie\" "
                                   "or \"Szanowna Pani\" and fall back to the plural \"Szanowni Państwo\"; give "
                                   "gender: female or male")
        lp = c.get("late_payment") or {}
        if lp.get("compensation") and "consumer" in (debtor["kind"], d["creditor"]["kind"]):
            self.warn(("contract", "late_payment", "compensation"),
                      "the art. 10 compensation applies only to commercial transactions between businesses (art. 2 "
                      "and art. 4 pkt 1 of the Act of 8 March 2013); it is not claimed here")

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
        if lp.get("interest") == "statutory" and "rate_per_day_percent" in lp:
            self.add(("contract", "late_payment", "interest"),
                     "under Russian law the contract's penalty per day (пени) excludes interest under ГК РФ ст. 395 for "
                     "the same period (ст. 395 п. 4; Пленум ВС РФ № 7 п. 42): set `interest: contractual` to claim the "
                     "пени, or remove `rate_per_day_percent` if the contract sets none")
        self.russian_court()
        self.russian_evidence()
        self.russian_addresses()

    def russian_court(self) -> None:
        """A мировой судья hears a money claim only up to the limit of ГПК РФ ст. 23 ч. 1
        (data/ru/magistrate_limit.yaml); above it the claim goes to the районный суд (ст.
        24). He still issues the судебный приказ (ст. 23 ч. 1 п. 1), so `court` may name him
        while `claim_court` names the районный суд."""
        from generator.jurisdictions.data import MissingFigure, table_set
        from generator.jurisdictions.ru import names_magistrate

        d = self.data
        small = d["documents"].get("small_claim")
        if not small:
            return
        path = ("documents", "small_claim")
        if d["creditor"]["kind"] == "business" and d["debtor"]["kind"] == "business":
            if "claim_court" in small:
                self.warn(path + ("claim_court",), "claim_court is for the courts of general jurisdiction (a мировой "
                                                   "судья and a районный суд); an arbitrazh court hears both the "
                                                   "судебный приказ and the claim, so it is not used here")
            return
        try:
            limit = table_set("ru", "magistrate_limit").in_force(small["date"], court="property").limit
        except MissingFigure:
            return
        invoiced = sum((parse_decimal(i["amount"]) or Decimal(0) for i in d["invoices"]), Decimal(0))
        paid = sum((parse_decimal(p["amount"]) or Decimal(0) for p in d.get("payments") or []
                    if p["date"] <= small["date"]), Decimal(0))
        debt = invoiced - paid
        if limit is None or debt <= limit:
            return
        why = (f"a мировой судья hears a money claim only up to {limit} руб. (ГПК РФ ст. 23 ч. 1 п. 4), and the debt "
               f"here is {debt} руб. without interest")
        if "claim_court" in small and names_magistrate(small["claim_court"]):
            self.add(path + ("claim_court",), f"{why}: name the районный (городской) суд of the defendant's place "
                                              f"of residence (ГПК РФ ст. 24, 28)")
        elif "claim_court" not in small and names_magistrate(small["court"]):
            self.warn(path + ("court",), f"{why}; he remains the court of the судебный приказ (ст. 23 ч. 1 п. 1), but "
                                         f"a statement of claim goes to the районный суд (ст. 24, 28): give "
                                         f"documents.small_claim.claim_court (e.g. \"Ленинский районный суд г. "
                                         f"Екатеринбурга\"); until then the claim leaves the court blank")

    def russian_evidence(self) -> None:
        """An invoice whose description names an акт, УПД or накладная that `acceptance`
        does not record: the route (судебный приказ on documents signed by the debtor,
        АПК РФ ст. 229.2, ГПК РФ ст. 122) and the enclosures (АПК РФ ст. 126 ч. 1 п. 3;
        ГПК РФ ст. 132) depend on it."""
        from generator.jurisdictions.ru import mentions_primary

        arbitration = (self.data["contract"].get("dispute_resolution") or {}).get("method") == "arbitration"
        why = ("it is proof of performance for the arbitral tribunal" if arbitration else
               "signed by the debtor, it makes the claim one for a судебный приказ (АПК РФ ст. 229.2; ГПК РФ ст. 122), "
               "and a statement of claim filed instead may be returned (АПК РФ ст. 129 ч. 1 п. 2.1; ГПК РФ ст. 135 "
               "ч. 1 п. 1.1)")
        for i, inv in enumerate(self.data["invoices"]):
            text = inv.get("description") or ""
            if not inv.get("acceptance") and mentions_primary(text):
                # Before an arbitral tribunal neither the АПК nor the ГПК applies (382-ФЗ): cite nothing.
                listed = ("the claim to the tribunal lists it among the enclosures" if arbitration else
                          "the packet lists it among the enclosures (АПК РФ ст. 126 ч. 1 п. 3; ГПК РФ ст. 132)")
                self.warn(("invoices", i, "description"),
                          f"the description names a document of performance ('{shown(text, 80)}') that `acceptance:` "
                          f"does not record: record it (kind, number, date, signed_by_debtor). {why[0].upper()}{why[1:]}; "
                          f"{listed} only once it is recorded")

    def russian_addresses(self) -> None:
        """Russian postal addresses write the index, a comma, then the locality with its
        type ("123001, г. Москва")."""
        for who in ("creditor", "debtor"):
            for k, line in enumerate(self.data[who]["address"]):
                m = re.match(r"^(\d{6})\s+([А-ЯЁа-яё].*)$", str(line))
                if m:
                    self.warn((who, "address", k), f"'{shown(line)}': a Russian address writes the postcode, a comma, "
                                                   f"then the locality with its type, e.g. \"{m.group(1)}, г. "
                                                   f"{m.group(2)}\"")

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
        if reminders:
            self.israel_notice_in_time(reminders[0].get("sent") or reminders[0]["date"])
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

    def israel_parties(self) -> None:
        """Israel: a person's grammatical gender for the Hebrew documents (without it they use
        both forms, "התובע/ת"), and a dispute venue the contract clauses do not use (they give
        the competent courts of the creditor's city)."""
        d = self.data
        if d["jurisdiction"] != "IL":
            return
        if "he" in d["languages"]:
            for who in ("creditor", "debtor"):
                raw = d[who]
                if resolve_form(raw)[0] in ("individual", "sole_trader") and not raw.get("gender") \
                        and not (raw.get("representative") or {}).get("gender"):
                    self.warn((who, "name"), "no gender for this person: the Hebrew documents use both forms "
                                             "(התובע/ת, הנך נדרש/ת); give gender: female or male")
        dr = d["contract"].get("dispute_resolution") or {}
        city = d["creditor"].get("city")
        if dr.get("venue") and dr.get("method", "court") == "court" and city and city not in str(dr["venue"]) \
                and (d.get("debtor") or {}).get("kind") != "consumer":
            self.warn(("contract", "dispute_resolution", "venue"),
                      f"the contract clauses give the competent courts of the creditor's city ({shown(str(city))}), "
                      f"not this venue; set creditor.city to the venue's city if that is the agreed place")

    def israel_notice_in_time(self, notice: dt.date) -> None:
        """Consumer Protection Law (IL) s.13ב2(א): the debt notice goes out within four
        months of the due date. A later notice is not presented as one sent in time, and
        the late fee is not claimed for that invoice (s.13ב2(ג); generator/jurisdictions/il.py)."""
        from generator.compute.ledger import add_months

        reminder = self.data["documents"]["reminders"][0]
        path = ("documents", "reminders", 0, "sent" if "sent" in reminder else "date")
        for inv in self.data["invoices"]:
            paid = sum((parse_decimal(p["amount"]) or Decimal(0) for p in self.data.get("payments") or []
                        if p.get("invoice") == inv["number"] and p["date"] <= notice), Decimal(0))
            if inv["due"] >= notice or paid >= (parse_decimal(inv["amount"]) or Decimal(0)):
                continue  # not yet due, or paid in full, when the notice went out
            by = add_months(inv["due"], 4)
            if notice > by:
                self.warn(path, f"the debt notice ({notice}) was sent more than four months after the due date "
                                f"{inv['due']} of invoice {shown(str(inv['number']))} (by {by}, Consumer Protection Law "
                                f"s.13ב2(א)): the documents do not present it as sent in time and do not claim the late "
                                f"fee for that invoice (s.13ב2(ג)); take advice before claiming collection expenses")
                return

    def exchange_rates(self) -> None:
        seen: dict[tuple[str, dt.date], int] = {}
        for i, rate in enumerate(self.data.get("exchange_rates") or []):
            key = (rate["currency"], rate["date"])
            if key in seen:
                self.add(("exchange_rates", i), f"a {key[0]} rate for {key[1]} is already given in exchange_rates[{seen[key]}]")
            seen.setdefault(key, i)


def resolve_form(raw: dict[str, Any]) -> tuple[str, str]:
    """A party's legal form and why: ('sole_trader', 'ids') when its IDs show it."""
    if raw.get("form"):
        return raw["form"], "given"
    if raw["kind"] == "consumer":
        return "individual", "kind"
    if raw.get("sole_trader"):
        return "sole_trader", "given"
    ids = {canonical(str(k)): re.sub(r"\D", "", str(v)) for k, v in (raw.get("ids") or {}).items()}
    if "ОГРНИП" in ids or ("ИНН" in ids and len(ids["ИНН"]) == 12 and "ОГРН" not in ids):
        return "sole_trader", "ids"
    if "עוסק מורשה" in ids and "ח.פ." not in ids:
        return "sole_trader", "ids"
    if "NIP" in ids and not ids.keys() & {"KRS", "ИНН", "ОГРН", "Company No.", "ח.פ."}:
        return "sole_trader", "nip"
    return "company", "default"


_LANG_NAMES = {"en": "English", "pl": "Polish", "ru": "Russian", "he": "Hebrew"}
# Which scripts a reader of each language is taken to read in a name.
_READS = {"en": {"Latin"}, "pl": {"Latin"}, "ru": {"Cyrillic", "Latin"}, "he": {"Hebrew", "Latin"}}
_PROOF_FOR = {"registered_mail": {"registered_letter", "letter"}, "tracking": {"letter", "registered_letter", "courier"},
              "e_delivery": {"e_delivery"}, "email": {"email"}, "courier": {"courier"}, "hand": {"hand"}}


def _script(text: str) -> str | None:
    """The script of a name's letters (Latin, Cyrillic or Hebrew); None if mixed or none."""
    found = set()
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        found.add("Hebrew" if name.startswith("HEBREW") else "Cyrillic" if name.startswith("CYRILLIC")
                  else "Latin" if name.startswith("LATIN") else "other")
    return found.pop() if len(found) == 1 and "other" not in found else None


def _readable(script: str, lang: str) -> bool:
    return script in _READS[lang]


def _pairs(raw: dict[str, Any] | None) -> tuple[tuple[str, str], ...]:
    return tuple((str(k), str(v)) for k, v in (raw or {}).items())


def _names(raw: dict[str, Any] | None) -> tuple[model.LocalName, ...]:
    return tuple(model.LocalName(str(k), str(v)) for k, v in (raw or {}).items())


def _role(value: str | None, position: str | None) -> tuple[str | None, str | None]:
    if value in model.ROLES:
        return value, position
    return None, position or value


def _representative(raw: dict[str, Any] | None, legacy: dict[str, Any] | None) -> model.Representative | None:
    if legacy and not raw:
        code, position = _role(legacy.get("role"), None)
        return model.Representative(legacy["name"], code, position, gender=gender_from_patronymic(legacy["name"]))
    if not raw:
        return None
    poa = raw.get("poa")
    basis = raw.get("basis") or ("power_of_attorney" if poa else None)
    code, position = _role(raw.get("role"), raw.get("position"))
    return model.Representative(
        name=raw["name"], role_code=code, position=position,
        basis_code=basis if basis in model.BASES else None,
        basis_text=basis if basis not in model.BASES else None,
        poa=model.PowerOfAttorney(poa.get("number"), poa.get("date"), poa.get("until")) if poa else None,
        gender=raw.get("gender") or gender_from_patronymic(raw["name"]),
        names=_names(raw.get("names")),
    )
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
    proof = raw.get("proof")
    return model.Sending(sent=raw.get("sent"), sent_by=raw.get("sent_by"),
                         proof=model.Proof(proof["kind"], proof.get("number"), proof.get("address")) if proof else None,
                         reference=raw.get("reference"))


def _party(raw: dict[str, Any], jurisdiction: str) -> model.Party:
    form, _ = resolve_form(raw)
    if "bank" in raw:
        bank, _ = check_bank(raw["bank"], jurisdiction)
        account, bank_name = legacy_lines(bank)
    else:
        bank, _ = parse_legacy(raw.get("bank_account"), raw.get("bank_name"))
        account, bank_name = raw.get("bank_account"), raw.get("bank_name")
    gender = raw.get("gender")
    if gender is None and form in ("individual", "sole_trader"):
        gender = gender_from_patronymic(raw["name"])
    return model.Party(
        name=raw["name"], kind=raw["kind"], address=tuple(raw["address"]),
        ids=_pairs(raw.get("ids")),
        email=raw.get("email"), phone=raw.get("phone"), bank_account=account, bank_name=bank_name,
        representative=_representative(raw.get("representative"), raw.get("signatory")),
        sole_trader=form == "sole_trader", city=raw.get("city"),
        form=form, trading_name=raw.get("trading_name"), gender=gender, title=raw.get("title"),
        id_number=raw.get("id_number"), names=_names(raw.get("names")),
        birth_date=raw.get("birth_date"), birth_place=raw.get("birth_place"),
        addresses=tuple(model.LocalAddress(str(k), tuple(v)) for k, v in (raw.get("addresses") or {}).items()),
        bank=bank,
        registered_office=tuple(raw.get("registered_office") or ()), registered_in=raw.get("registered_in"),
    )


def _invoice(i: dict[str, Any]) -> model.Invoice:
    return model.Invoice(
        i["number"], i["issued"], i["due"], _dec(i["amount"]), i.get("description"),
        delivered=i.get("delivered"), delivered_by=i.get("delivered_by"),
        acceptance=tuple(model.PrimaryDocument(a["kind"], a.get("number"), a.get("date"), a.get("signed_by_debtor"),
                                               a.get("description")) for a in i.get("acceptance") or []),
    )


def _event(e: dict[str, Any]) -> model.Event:
    return model.Event(e["date"], e["channel"], e["summary"], kind=e.get("kind", "note"), disputed=e.get("disputed"),
                       amount=_dec(e["amount"]) if "amount" in e else None, invoice=e.get("invoice"), by=e.get("by"))


def build_model(loaded: Loaded) -> model.Case:
    """Turn a fully validated document into the immutable case."""
    d = loaded.data
    c = d["contract"]
    lp = c.get("late_payment") or {"interest": "none"}
    fee = lp.get("fee")
    cap = lp.get("cap")
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
        creditor=_party(d["creditor"], d["jurisdiction"]), debtor=_party(d["debtor"], d["jurisdiction"]),
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
                rate_per_day_percent=_dec(lp["rate_per_day_percent"]) if "rate_per_day_percent" in lp else None,
                cap=model.PenaltyCap(_dec(cap["percent"]) if "percent" in cap else None,
                                     _dec(cap["amount"]) if "amount" in cap else None) if cap else None,
                substantial_remedy=lp.get("substantial_remedy"),
            ),
            dispute_resolution=model.DisputeResolution(dr["method"], dr.get("negotiation_days"), dr.get("venue"),
                                                     dr.get("clause")) if dr else None,
            extra_work=c.get("extra_work"),
            type=c.get("type"), work_delivered=c.get("work_delivered"),
        ),
        invoices=tuple(_invoice(i) for i in d["invoices"]),
        payments=tuple(model.Payment(p_["date"], _dec(p_["amount"]), p_.get("invoice"), p_.get("note"), bool(p_.get("overpayment", False)))
                       for p_ in d.get("payments") or []),
        events=tuple(_event(e) for e in d.get("events") or []),
        exchange_rates=tuple(model.ExchangeRate(r["currency"], r["date"], _dec(r["rate"]), r["table"])
                             for r in d.get("exchange_rates") or []),
        documents=model.Documents(
            contract_clauses="contract_clauses" in docs,
            reminders=tuple(model.Reminder(i + 1, r["date"], r.get("pay_within_days", (7, 7, 7)[i]), _sending(r))
                            for i, r in enumerate(docs.get("reminders") or [])),
            pretrial_claim=model.PretrialClaim(
                p["date"], p.get("respond_within_days"),
                model.DebtRegister(reg["name"], reg["address"]) if reg else None, _sending(p),
                annex_1_enclosed=bool(p.get("annex_1_enclosed", False)),
                enclosures=tuple(p.get("enclosures") or ())) if p else None,
            payment_plan=model.PaymentPlanRequest(plan["date"], plan["installments"], plan["first_due"], plan.get("signed"),
                                                  _sending(plan)) if plan else None,
            small_claim=model.SmallClaimRequest(small["date"], small["court"], small.get("filed"),
                                                small.get("claim_court")) if small else None,
        ),
        lines={field_name(k): v for k, v in loaded.lines.items()},
    )


def validate(loaded: Loaded, stem: str | None = None) -> model.Case:
    """Check a loaded case completely; return the model or raise with every problem."""
    problems = _schema_problems(loaded)
    if problems:
        raise CaseInvalid(problems)
    rules = _Rules(loaded, stem)
    problems = rules.run() + case_problems(loaded)
    if problems:
        raise CaseInvalid(problems)
    case = build_model(loaded)
    found = rules.warnings + jurisdiction_warnings(loaded, case)
    warnings = sorted(found, key=lambda p: (p.line or 0, p.field, p.message))
    return dataclasses.replace(case, warnings=tuple(warnings)) if warnings else case


def jurisdiction_warnings(loaded: Loaded, case: model.Case) -> list[Problem]:
    """What the case's jurisdiction finds worth a warning on a valid case: its
    `case_warnings(case)`, for any jurisdiction that has one, as (path, message) pairs.
    A figure the jurisdiction's tables lack is left to the build, which names it."""
    from generator.jurisdictions import registry
    from generator.jurisdictions.data import MissingFigure

    check = getattr(registry.get(case.jurisdiction), "case_warnings", None)
    if check is None:
        return []
    try:
        found = check(case)
    except MissingFigure:
        return []
    return [Problem(loaded.file, loaded.line_of(path), field_name(path), message, "warning") for path, message in found]
