"""A fast yes to "does the case file satisfy the schema?", before Cerberus.

Cerberus was a third of validating a case (it builds a validator object for every
nested field). Most case files are valid, and for them its answer is only "yes". This
module walks the same SCHEMA once, with each rule read as strictly as Cerberus reads it
or more, and answers "certainly valid" or "not sure". Only "not sure" runs Cerberus,
which then finds the problems and words the messages, so a case file gets exactly the
messages it got before. A rule this module does not know means "not sure".

Sound by construction and by test: `tests/test_quickcheck.py` checks, on the examples
and on generated variants of them, that every document this module accepts Cerberus
accepts too.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from generator.case.schema import SCHEMA, parse_decimal

# The rules this module reads; `meta` is documentation only.
KNOWN_RULES = frozenset({"type", "required", "empty", "maxlength", "minlength", "allowed", "regex", "min", "max",
                         "schema", "keysrules", "valuesrules", "meta"})


def _type_ok(kind: str, value: Any) -> bool:
    cls = type(value)
    if kind == "string":
        return cls is str
    if kind == "integer":
        return cls is int
    if kind == "number":
        return cls in (int, float)
    if kind == "boolean":
        return cls is bool
    if kind == "dict":
        return cls is dict
    if kind == "list":
        return cls is list
    if kind == "date":
        return cls is dt.date
    if kind in ("amount", "percent"):  # the case validator's own types (schema.CaseValidator)
        return parse_decimal(value) is not None
    return False


def _value_ok(rules: dict[str, Any], value: Any) -> bool:
    if value is None or not KNOWN_RULES.issuperset(rules):
        return False  # no field is nullable; an unknown rule: let Cerberus decide
    kind = rules.get("type")
    if kind is not None:
        kinds = kind if isinstance(kind, (list, tuple)) else (kind,)
        if not any(_type_ok(k, value) for k in kinds):
            return False
    sized = isinstance(value, (str, list, dict))
    if rules.get("empty", True) is False and (not sized or len(value) == 0):
        return False
    if "maxlength" in rules and (not sized or len(value) > rules["maxlength"]):
        return False
    if "minlength" in rules and (not sized or len(value) < rules["minlength"]):
        return False
    if "allowed" in rules:
        items = value if isinstance(value, list) else [value]
        try:
            if not all(item in rules["allowed"] for item in items):
                return False
        except TypeError:  # an unhashable item
            return False
    if "regex" in rules and not (isinstance(value, str) and re.fullmatch(rules["regex"], value)):
        return False
    for bound, ok in (("min", lambda v, b: v >= b), ("max", lambda v, b: v <= b)):
        if bound in rules:
            try:
                if not ok(value, rules[bound]):
                    return False
            except TypeError:
                return False
    if "schema" in rules:
        sub = rules["schema"]
        if isinstance(value, dict):
            if not mapping_ok(sub, value):
                return False
        elif isinstance(value, list):
            if not all(_value_ok(sub, item) for item in value):
                return False
        else:
            return False
    if "keysrules" in rules or "valuesrules" in rules:
        if not isinstance(value, dict):
            return False
        if "keysrules" in rules and not all(_value_ok(rules["keysrules"], k) for k in value):
            return False
        if "valuesrules" in rules and not all(_value_ok(rules["valuesrules"], v) for v in value.values()):
            return False
    return True


def mapping_ok(schema: dict[str, dict[str, Any]], data: Any) -> bool:
    """Every key known, every required key present, every value within its rules."""
    if type(data) is not dict:
        return False
    for key, value in data.items():
        rules = schema.get(key) if isinstance(key, str) else None
        if rules is None or not _value_ok(rules, value):
            return False
    return all(key in data for key, rules in schema.items() if rules.get("required"))


def certainly_valid(data: Any) -> bool:
    """True only if Cerberus would accept `data` against SCHEMA; False: ask Cerberus."""
    return mapping_ok(SCHEMA, data)
