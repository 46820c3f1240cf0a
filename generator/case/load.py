"""Load a case file: YAML to plain Python values plus the line of every node.

PyYAML's own constructors follow YAML 1.1, where `NO` is false, `0123` is octal and
`1:20` is 80. Case files are typed by hand, so we compose the node tree and convert
scalars ourselves with YAML 1.2-like rules, refusing the 1.1 surprises instead of
guessing. Plain numbers are read from their text into Decimal, never through float.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from generator.errors import CaseInvalid, Problem

MAX_BYTES = 1_000_000  # a real case file is a few kilobytes
MAX_DEPTH = 12  # the schema nests five levels deep at most
MAX_NODES = 50_000

Path_ = tuple[str | int, ...]

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_YAML11_BOOL = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_DECIMAL = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)$")
_OTHER_NUMBER = re.compile(
    r"^(?:[-+]?0[xob][0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
    r"|[-+]?(?:[0-9][0-9_]*)?\.?[0-9_]+[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
    r"|[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?)$"
)
_DATE = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$")
_DATETIME = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]")


@dataclass(frozen=True)
class Loaded:
    """A parsed case file: its data and where each value stands in the file."""

    file: str
    data: Any
    lines: dict[Path_, int]

    def line_of(self, path: Path_) -> int | None:
        """The line of the value at `path`, or of its nearest parent that exists."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def field_name(path: Path_) -> str:
    """`('invoices', 0, 'amount')` -> `invoices[0].amount`, as users read it."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


class _ComposeLoader(yaml.SafeLoader):
    """SafeLoader whose resolver tags nothing but strings: we type scalars ourselves."""


# Without implicit resolvers every plain scalar composes as a str-tagged node;
# _scalar() then decides from the text and the quoting style.
_ComposeLoader.yaml_implicit_resolvers = {}


class _Converter:
    def __init__(self, file: str):
        self.file = file
        self.lines: dict[Path_, int] = {}
        self.problems: list[Problem] = []
        self.nodes = 0
        self.seen: set[int] = set()

    def problem(self, line: int | None, path: Path_, message: str) -> None:
        self.problems.append(Problem(self.file, line, field_name(path), message))

    def convert(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        line = node.start_mark.line + 1
        self.lines[path] = line
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _TooBig(line, f"more than {MAX_NODES} values: this is not a case file")
        if depth > MAX_DEPTH:
            raise _TooBig(line, f"nested more than {MAX_DEPTH} levels deep")
        if id(node) in self.seen:
            # PyYAML hands an alias back as the very node it names.
            self.problem(line, path, "anchors and aliases (&name, *name) are not allowed; write the value out")
            return None
        self.seen.add(id(node))
        if node.tag not in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
            self.problem(line, path, f"explicit YAML tags ({node.tag}) are not allowed")
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node, path)

    def mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_line, path, "a key must be a plain name")
                continue
            key = key_node.value
            if key == "<<":
                self.problem(key_line, path, "merge keys (<<) are not allowed; write the fields out")
                continue
            if key in first_line:
                self.problem(
                    key_line, path + (key,),
                    f"duplicate key '{key}' (first given on line {first_line[key]}); keep only one",
                )
                continue
            first_line[key] = key_line
            out[key] = self.convert(value_node, path + (key,), depth + 1)
            # Point at the key, which is where a user looks for a field.
            self.lines[path + (key,)] = key_line
        return out

    def scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        text = node.value
        line = node.start_mark.line + 1
        if node.style is not None:  # quoted or block scalar: always a string
            return text
        if _NULL.match(text):
            return None
        if _BOOL.match(text):
            return text.lower() == "true"
        if _YAML11_BOOL.match(text):
            self.problem(
                line, path,
                f"'{text}' is ambiguous (old YAML reads it as a yes/no value); "
                f"write true or false, or quote it as text: \"{text}\"",
            )
            return None
        if _INT.match(text):
            digits = text.lstrip("+-")
            if len(digits) > 1 and digits.startswith("0"):
                self.problem(
                    line, path,
                    f"'{text}' has a leading zero (old YAML reads it as an octal number); "
                    f"quote it if it is an identifier: \"{text}\"",
                )
                return None
            return int(text)
        if _DECIMAL.match(text):
            return Decimal(text)
        if _OTHER_NUMBER.match(text):
            self.problem(
                line, path,
                f"'{text}' is not a plain decimal number; write digits with a '.' for decimals, "
                f"or quote it as text",
            )
            return None
        if _DATE.match(text):
            try:
                year, month, day = (int(p) for p in text.split("-"))
                return dt.date(year, month, day)
            except ValueError:
                self.problem(line, path, f"'{text}' is not a real calendar date")
                return None
        if _DATETIME.match(text):
            self.problem(line, path, f"'{text}' has a time of day; give a date only, as YYYY-MM-DD")
            return None
        return text


class _TooBig(Exception):
    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message


def _yaml_problem_message(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or str(exc)
    if "'\\t'" in problem or "\t" in problem:
        return "tab character used for indentation; indent with spaces"
    context = f" {exc.context}" if exc.context else ""
    return f"not valid YAML: {problem}{context}".strip()


def load_text(text: str, file: str) -> Loaded:
    """Parse case text; raise CaseInvalid listing every problem found."""
    if "\x00" in text:
        raise CaseInvalid([Problem(file, None, "", "this is a binary file, not a YAML case file")])
    if not text.strip():
        raise CaseInvalid([Problem(file, None, "", "the file is empty; start from `python -m generator new`")])
    try:
        node = yaml.compose(text, Loader=_ComposeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise CaseInvalid([Problem(file, line, "", _yaml_problem_message(exc))]) from None
    except yaml.YAMLError as exc:
        raise CaseInvalid([Problem(file, None, "", f"not valid YAML: {exc}")]) from None
    except RecursionError:
        raise CaseInvalid([Problem(file, None, "", f"nested more than {MAX_DEPTH} levels deep")]) from None
    if node is None:
        raise CaseInvalid([Problem(file, None, "", "the file holds no data")])
    converter = _Converter(file)
    try:
        data = converter.convert(node, (), 0)
    except _TooBig as exc:
        raise CaseInvalid([Problem(file, exc.line, "", exc.message)]) from None
    if converter.problems:
        raise CaseInvalid(converter.problems)
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise CaseInvalid([Problem(file, 1, "", f"the file holds {kind}; a case file is a mapping of fields (case:, jurisdiction:, ...)")])
    return Loaded(file=file, data=data, lines=converter.lines)


def load_file(path: Path, display: str | None = None) -> Loaded:
    """Read and parse one case file, refusing oversized or non-UTF-8 input."""
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CaseInvalid([Problem(name, None, "", f"file is {size} bytes; a case file may be at most {MAX_BYTES}")])
        raw = path.read_bytes()
    except OSError as exc:
        raise CaseInvalid([Problem(name, None, "", f"cannot read the file: {exc.strerror}")]) from None
    if b"\x00" in raw:
        raise CaseInvalid([Problem(name, None, "", "this is a binary file, not a YAML case file")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CaseInvalid([Problem(name, None, "", f"not UTF-8 text (byte {exc.start}); save the file as UTF-8")]) from None
    return load_text(text, name)
