"""`schema`: the case schema as JSON Schema (draft 2020-12), derived from the Cerberus
schema so there is never a second copy to keep in step. Editors use it through the
`# yaml-language-server: $schema=case.schema.json` line of a case file.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from generator.case.schema import SCHEMA

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "cases" / "case.schema.json"
DECIMAL = r"^[0-9]+(\.[0-9]+)?$"


def convert(rule: dict[str, Any]) -> dict[str, Any]:
    """One Cerberus field rule as a JSON Schema."""
    kind = rule.get("type")
    out: dict[str, Any] = {}
    if "meta" in rule:
        out["description"] = rule["meta"]["description"]
    if kind in ("amount", "percent"):
        out["anyOf"] = [{"type": "string", "pattern": DECIMAL}, {"type": "number", "exclusiveMinimum": 0}]
    elif kind == "date":
        out.update(type="string", format="date")
    elif kind == "string":
        out["type"] = "string"
        if "allowed" in rule:
            out["enum"] = list(rule["allowed"])
        if "regex" in rule:
            out["pattern"] = rule["regex"]
        if rule.get("empty") is False:
            out["minLength"] = 1
        if "maxlength" in rule:
            out["maxLength"] = rule["maxlength"]
    elif kind in ("integer", "boolean"):
        out["type"] = kind
        if "min" in rule:
            out["minimum"] = rule["min"]
        if "max" in rule:
            out["maximum"] = rule["max"]
    elif kind == "list":
        out["type"] = "array"
        if "schema" in rule:
            out["items"] = convert(rule["schema"])
        if "minlength" in rule:
            out["minItems"] = rule["minlength"]
        if "maxlength" in rule:
            out["maxItems"] = rule["maxlength"]
    elif kind == "dict":
        out["type"] = "object"
        if "schema" in rule:
            out.update(mapping(rule["schema"]))
        elif "valuesrules" in rule:
            out["additionalProperties"] = convert(rule["valuesrules"])
    return out


def mapping(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        "properties": {name: convert(rule) for name, rule in fields.items()},
        "required": [name for name, rule in fields.items() if rule.get("required")],
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Debt case",
        "description": "One debt case: parties, contract, invoices, payments, events and the documents to produce.",
        "type": "object",
        **mapping(SCHEMA),
    }


def render() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def cmd_schema(args: argparse.Namespace) -> int:
    if args.write:
        from generator.write import write_atomic

        write_atomic(SCHEMA_FILE, render().encode("utf-8"))
        print(f"wrote {SCHEMA_FILE.relative_to(SCHEMA_FILE.parents[1])}")
    else:
        print(render(), end="")
    return 0
