"""Load a case file: YAML to plain Python values plus the line of every node.

PyYAML's own constructors follow YAML 1.1, where `NO` is false, `0123` is octal and
`1:20` is 80. Case files are typed by hand, so we compose the node tree and convert
scalars ourselves with YAML 1.2-like rules, refusing the 1.1 surprises instead of
guessing. Plain numbers are read from their text into Decimal, never through float.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from generator.errors import CaseInvalid, Problem

MAX_BYTES = 1_000_000  # a real case file is a few kilobytes
MAX_DEPTH = 12  # the schema nests five levels deep at most
MAX_NODES = 50_000
MAX_DIGITS = 40  # a plain number longer than this is an identifier that wants quotes
MAX_PROBLEMS = 50  # a file with more loader problems than this is listed in part

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
    return _field_name(tuple(path))


@functools.lru_cache(maxsize=16384)  # the same paths recur in every case file
def _field_name(path: Path_) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + shown(str(part), 40)
    return out


def shown(text: str, limit: int = 60) -> str:
    """User text as it may appear in a message: control and bidi characters made
    visible as U+XXXX (a message must not reorder or recolour the terminal), and
    cut to `limit` characters."""
    if text.isascii() and text.isprintable():  # no control, format or separator character
        return text if len(text) <= limit else text[: limit - 1] + "…"
    out = "".join(
        f"<U+{ord(c):04X}>" if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") else c
        for c in text
    )
    return out if len(out) <= limit else out[: limit - 1] + "…"


class _ComposeLoader(yaml.SafeLoader):
    """SafeLoader that composes the node tree only, with the case file's limits.

    Its resolver tags nothing but strings: every plain scalar composes as a str-tagged
    node and _Converter.scalar() decides its type from the text and the quoting style.
    Anchors are never registered, so an alias can never expand (no billion laughs):
    it composes as a placeholder that the converter reports. Depth and the number of
    nodes are counted while composing, so an oversized tree is refused before it is
    built.
    """

    def __init__(self, stream: str):
        super().__init__(stream)
        self.depth = 0
        self.count = 0
        self.refused: dict[int, str] = {}  # id(node) -> why the node is not allowed

    def compose_node(self, parent: Any, index: Any) -> yaml.Node:  # noqa: ARG002 - PyYAML's signature
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            node = yaml.ScalarNode("tag:yaml.org,2002:str", "", event.start_mark, event.end_mark)
            self.refused[id(node)] = (
                f"*{shown(event.anchor, 30)} repeats another value (a YAML alias); "
                f"anchors and aliases (&name, *name) are not allowed: write the value out")
            return node
        event = self.peek_event()
        line = event.start_mark.line + 1
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig(line, f"the file holds more than {MAX_NODES} values; this is not a case file")
        if self.depth > MAX_DEPTH:
            raise _TooBig(line, f"values are nested more than {MAX_DEPTH} levels deep; this is not a case file")
        self.depth += 1
        try:
            if isinstance(event, yaml.ScalarEvent):
                node = self.compose_scalar_node(None)
            elif isinstance(event, yaml.SequenceStartEvent):
                node = self.compose_sequence_node(None)
            else:
                node = self.compose_mapping_node(None)
        finally:
            self.depth -= 1
        if event.tag not in (None, "!"):
            self.refused[id(node)] = (
                f"explicit YAML tags ({shown(event.tag, 40)}) are not allowed; "
                f"write the value plainly, in quotes if it is text")
        elif event.anchor is not None:
            self.refused[id(node)] = (
                f"&{shown(event.anchor, 30)} names this value for reuse (a YAML anchor); "
                f"anchors and aliases (&name, *name) are not allowed: write each value out")
        return node


# Without implicit resolvers every plain scalar composes as a str-tagged node.
_ComposeLoader.yaml_implicit_resolvers = {}

try:  # libyaml scans and parses in C; the nodes are still composed by the code above
    from yaml.cyaml import CParser as _CParser
except ImportError:  # PyYAML built without libyaml
    _CParser = None

if _CParser is not None:
    class _FastComposeLoader(yaml.composer.Composer, _CParser, yaml.resolver.BaseResolver):
        """The same composition (limits, refused anchors and tags) over libyaml's events.

        libyaml's marks keep line, column and index, which is all the converter uses.
        Its error messages are worded differently from PyYAML's, which _YAML_MESSAGES
        translates: on any YAML error the file is parsed again by _ComposeLoader, so a
        user reads the same message either way.
        """

        def compose_node(self, parent: Any, index: Any) -> yaml.Node:
            return _ComposeLoader.compose_node(self, parent, index)  # the same limits and refusals

        def __init__(self, stream: str):
            _CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.resolver.BaseResolver.__init__(self)
            self.depth = 0
            self.count = 0
            self.refused: dict[int, str] = {}

        # PyYAML's composition of each kind of node, without its resolver: with no
        # implicit resolvers it gives every untagged node the default tag, so that is
        # set directly (composing was most of loading a case). Anchors are never
        # registered (compose_node refuses them).
        def compose_scalar_node(self, anchor: Any) -> yaml.ScalarNode:
            event = self.get_event()
            # libyaml's plain style is "", PyYAML's None.
            return yaml.ScalarNode(_tag(event, self.DEFAULT_SCALAR_TAG), event.value, event.start_mark,
                                   event.end_mark, style=event.style or None)

        def compose_sequence_node(self, anchor: Any) -> yaml.SequenceNode:
            return self._collection(yaml.SequenceNode, self.DEFAULT_SEQUENCE_TAG, yaml.SequenceEndEvent)

        def compose_mapping_node(self, anchor: Any) -> yaml.MappingNode:
            return self._collection(yaml.MappingNode, self.DEFAULT_MAPPING_TAG, yaml.MappingEndEvent)

        def _collection(self, kind: type, default_tag: str, end: type) -> yaml.Node:
            start = self.get_event()
            node = kind(_tag(start, default_tag), [], start.start_mark, None, flow_style=start.flow_style)
            items = node.value
            while not self.check_event(end):
                if kind is yaml.MappingNode:
                    key = self.compose_node(node, None)
                    items.append((key, self.compose_node(node, key)))
                else:
                    items.append(self.compose_node(node, len(items)))
            node.end_mark = self.get_event().end_mark
            return node

    def _tag(event: Any, default: str) -> str:
        """The node's tag: the one written, or the kind's default (as PyYAML's resolver
        gives with no implicit resolvers)."""
        return event.tag if event.tag not in (None, "!") else default

    _FastComposeLoader.yaml_implicit_resolvers = {}
else:
    _FastComposeLoader = None  # type: ignore[assignment,misc]

# What PyYAML's reader refuses (yaml.reader.Reader.NON_PRINTABLE); such a file goes the
# slow way, for PyYAML's own message naming the character.
_NON_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]")


def _compose(text: str) -> tuple[yaml.Node | None, dict[int, str]]:
    """The node tree of `text` and the nodes refused while composing it; libyaml when
    it is there and the text is plain, PyYAML's pure-Python parser otherwise or when
    libyaml finds a problem (its messages are PyYAML's)."""
    # A tab in a plain value is text to libyaml but an error to PyYAML (and to us):
    # such a file, like one with a character PyYAML refuses, goes the pure-Python way.
    if _FastComposeLoader is not None and "\t" not in text and not _NON_PRINTABLE.search(text):
        fast = _FastComposeLoader(text)
        try:
            return fast.get_single_node(), fast.refused
        except yaml.YAMLError:
            pass  # parsed again below, for PyYAML's message
        finally:
            fast.dispose()
    loader = _ComposeLoader(text)  # checks the characters first
    try:
        return loader.get_single_node(), loader.refused
    finally:
        loader.dispose()


def _bad_character(text: str) -> str | None:
    """The first character of a value that is not text (a control character or a
    lone surrogate, which only a double-quoted escape such as "\x07" can make)."""
    if text.isprintable():  # no control character and no surrogate (neither is printable)
        return None
    for ch in text:
        if ch in "\t\n":
            continue
        if unicodedata.category(ch) in ("Cc", "Cs"):
            return f"U+{ord(ch):04X}"
    return None


class _Converter:
    def __init__(self, file: str, refused: dict[int, str]):
        self.file = file
        self.refused = refused
        self.lines: dict[Path_, int] = {}
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def problem(self, line: int | None, path: Path_, message: str) -> None:
        self.problems.append(Problem(self.file, line, field_name(path), message))

    def convert(self, node: yaml.Node, path: Path_) -> Any:
        line = node.start_mark.line + 1
        self.lines[path] = line
        if id(node) in self.refused:
            self.problem(line, path, self.refused[id(node)])
            return None
        if id(node) in self.seen:  # cannot happen (aliases never resolve); kept as a guard
            self.problem(line, path, "anchors and aliases (&name, *name) are not allowed; write the value out")
            return None
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, path + (i,)) for i, item in enumerate(node.value)]
        return self.scalar(node, path)

    def mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        previous: tuple[str, yaml.Node] | None = None
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if previous is not None and _decimal_comma(previous[1], key_node, value_node):
                written = f"{previous[1].value},{key_node.value}"
                hint = (f"write the amount with a point, in quotes: \"{previous[1].value}.{key_node.value}\""
                        if len(key_node.value) <= 2 else
                        "write the amount without thousands separators and with a point for decimals, in quotes, "
                        "e.g. \"1000.00\"")
                self.problem(key_line, path + (previous[0],),
                             f"'{written}' has a comma, but inside {{ }} a comma separates fields; {hint}")
                previous = None
                continue
            previous = (key_node.value, value_node) if isinstance(key_node, yaml.ScalarNode) else None
            if id(key_node) in self.refused:
                self.problem(key_line, path, self.refused[id(key_node)])
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_line, path, "a key must be a plain name, not a list or a group of fields")
                continue
            key = key_node.value
            bad = _bad_character(key)
            if bad:
                self.problem(key_line, path, f"a key contains the control character {bad}, which is not text; remove it")
                continue
            if key == "<<" and key_node.style is None:
                self.problem(key_line, path, "merge keys (<<) are not allowed; write the fields out")
                continue
            if key in first_line:
                self.problem(
                    key_line, path + (key,),
                    f"duplicate key '{shown(key)}' (first given on line {first_line[key]}); keep only one",
                )
                continue
            first_line[key] = key_line
            out[key] = self.convert(value_node, path + (key,))
            # Point at the key, which is where a user looks for a field.
            self.lines[path + (key,)] = key_line
        return out

    def scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        text = node.value
        line = node.start_mark.line + 1
        if node.style is not None:  # quoted or block scalar: always a string
            bad = _bad_character(text)
            if bad:
                self.problem(line, path, f"contains the control character {bad}, which is not text; remove it")
                return None
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
        if _INT.match(text) or _DECIMAL.match(text):
            digits = text.lstrip("+-")
            if len(digits) > MAX_DIGITS:
                self.problem(
                    line, path,
                    f"a number of {len(digits)} digits is too long to be an amount or a count; "
                    f"if it is an identifier, put it in quotes",
                )
                return None
            if _INT.match(text):
                if len(digits) > 1 and digits.startswith("0"):
                    self.problem(
                        line, path,
                        f"'{text}' has a leading zero (old YAML reads it as an octal number); "
                        f"quote it if it is an identifier: \"{text}\"",
                    )
                    return None
                return int(text)
            return Decimal(text)
        if _OTHER_NUMBER.match(text):
            self.problem(
                line, path,
                f"'{shown(text)}' is not a plain decimal number (old YAML reads it as a number in another "
                f"notation); write digits with a '.' for decimals, or quote it as text: \"{shown(text)}\"",
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
            self.problem(line, path, f"'{shown(text)}' has a time of day; give a date only, as YYYY-MM-DD")
            return None
        return text


def _decimal_comma(value: yaml.Node, key: yaml.Node, key_value: yaml.Node) -> bool:
    """`{amount: 2100,00}`: YAML reads a field `amount: 2100` and a field `00` with no
    value; the two numbers touch the comma between them."""
    return (isinstance(value, yaml.ScalarNode) and value.style is None and bool(_INT.match(value.value))
            and isinstance(key, yaml.ScalarNode) and key.style is None and key.value.isdigit()
            and isinstance(key_value, yaml.ScalarNode) and key_value.style is None and key_value.value == ""
            and key.start_mark.index == value.end_mark.index + 1)


class _TooBig(Exception):
    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


# PyYAML's wording, translated for people who edit a case file by hand.
_YAML_MESSAGES: list[tuple[str, str]] = [
    ("'\\t'", "a tab character is used for indentation; indent with spaces only"),
    ("found unknown escape character",
     "a backslash in a \"double-quoted\" value starts an unknown escape; write it in 'single quotes' "
     "or double the backslash (\\\\)"),
    ("mapping values are not allowed here",
     "a ':' where no new field can start; check this line's indentation, or put the value in quotes "
     "if it contains ': '"),
    ("could not find expected ':'",
     "a line that is neither 'field: value' nor '- item'; check for a missing ':' or a wrong indentation"),
    ("expected <block end>", "this line's indentation does not fit the lines above it"),
    ("did not find expected key", "this line's indentation does not fit the lines above it"),
    ("did not find expected '-' indicator", "this line's indentation does not fit the list above it"),
    ("expected a single document", "the file holds more than one YAML document (a '---' line); keep one case per file"),
    ("found unexpected end of stream", "a quotation mark or bracket is opened but never closed"),
    ("while scanning a quoted scalar", "a quotation mark is opened but never closed"),
    ("expected ',' or ']'", "a [list] is not closed properly; check the commas and the closing ]"),
    ("expected ',' or '}'", "a {group} is not closed properly; check the commas and the closing }"),
    ("while scanning an anchor", "a '&' starts a YAML anchor here; put the value in quotes"),
    ("while scanning an alias", "a '*' starts a YAML alias here; put the value in quotes"),
    ("while scanning a simple key", "a key is too long or not followed by ':'"),
    ("found character '@' that cannot start any token", "a value cannot start with '@'; put it in quotes"),
    ("found character '`' that cannot start any token", "a value cannot start with '`'; put it in quotes"),
    ("found character '%' that cannot start any token", "a value cannot start with '%'; put it in quotes"),
    ("while scanning a directive", "a line starting with '%' is a YAML directive; put the value in quotes"),
    ("while scanning a tag", "a '!' starts a YAML tag here; put the value in quotes"),
    ("while scanning a block scalar", "the text after '|' or '>' is not a valid block of text"),
    ("while scanning for the next token",
     "this line has a character YAML cannot read here; put the value in quotes"),
    ("while parsing a flow node expected the node content",
     "a [list] or {group} has a value missing or a comma too many; check the brackets on this line"),
    ("while parsing a block node expected the node content",
     "a value is missing here, or starts with a character YAML reserves ([ ] { } , & * ! | > ' \" % @ `); "
     "put the value in quotes"),
    ("expected '<document start>'",
     "the file goes on after what YAML reads as its end (a '...' or '%' line, or a line indented less than "
     "the first one); check this line"),
    ("mapping keys are not allowed here", "a new field where none can start; check this line's indentation"),
    ("sequence entries are not allowed here",
     "a '- ' list item where no list can start; check this line's indentation, or put a value that starts "
     "with '- ' in quotes"),
    ("duplicate YAML directive", "the file starts with repeated '%' directive lines; remove them"),
    ("found incompatible YAML document", "the file declares a YAML version this program does not read; remove the '%YAML' line"),
]


def _yaml_problem_message(exc: yaml.MarkedYAMLError, text: str) -> str:
    problem = f"{exc.context or ''} {exc.problem or ''}".strip() or str(exc)
    mark = exc.problem_mark
    if "'\\t'" in problem and mark is not None:
        lines = text.splitlines()
        line = lines[mark.line] if mark.line < len(lines) else ""
        if line[: mark.column].strip(" \t"):
            return "a tab character in this line; replace it with a space (or put the value in quotes)"
    for needle, message in _YAML_MESSAGES:
        if needle in problem:
            return message
    return f"not valid YAML ({problem}); check this line and the one above it"


_KEY = re.compile(r"""^("[^"]*"|'[^']*'|[^\s#'"{\[\]}&*!|>%@`,-][^#]*?|-[^\s#][^#]*?)\s*:(?:\s|$)""")


def _field_at_line(text: str, line_no: int) -> str:
    """Best guess at the field a block-style line belongs to (for YAML syntax errors,
    where there is no parsed tree to ask): follow the indentation up from the line."""
    lines = text.splitlines()
    if not 1 <= line_no <= len(lines) or not lines[line_no - 1].strip():
        return ""
    stack: list[tuple[int, str | int, bool]] = []  # (column, key or index, is list item)
    last_key_col = 0
    for number, raw in enumerate(lines[:line_no], 1):
        indent = len(raw) - len(raw.lstrip(" \t"))
        body = raw[indent:]
        if not body or body.startswith("#"):
            continue
        col = indent
        if "\t" in raw[:indent]:
            if number != line_no:
                return ""
            col = last_key_col  # a tab-indented line: assume the indentation its writer meant
        while body.startswith("- ") or body == "-":
            while stack and stack[-1][0] > col:
                stack.pop()
            if stack and stack[-1][0] == col and stack[-1][2]:
                index = int(stack.pop()[1])
                stack.append((col, index + 1, True))
            else:
                stack.append((col, 0, True))
            rest = body[1:]
            body = rest.lstrip(" ")
            col += 1 + len(rest) - len(body)
        match = _KEY.match(body)
        if match:
            while stack and stack[-1][0] >= col:
                stack.pop()
            key = match.group(1).strip()
            if key[:1] in "\"'":
                key = key[1:-1]
            stack.append((col, key, False))
            last_key_col = col
        elif number == line_no and body:
            while stack and stack[-1][0] >= col:
                stack.pop()
    return field_name(tuple(part for _, part, _ in stack))


_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+)*(?:[^\s"'#][^#]*?:\s+)?(["'])(.*)$""")


def _unclosed_quote(text: str, line_no: int) -> int | None:
    """The first line up to `line_no` whose value opens a quotation mark and does not
    close it: PyYAML reads on to the next quote and reports a confusing later line."""
    for number, line in enumerate(text.splitlines()[:line_no], 1):
        match = _QUOTED_VALUE.match(line)
        if not match:
            continue
        quote, rest = match.groups()
        i, closed = 0, False
        while i < len(rest):
            ch = rest[i]
            if quote == '"' and ch == "\\":
                i += 2
                continue
            if ch == quote:
                if quote == "'" and rest[i + 1:i + 2] == "'":
                    i += 2
                    continue
                closed = True
                break
            i += 1
        if not closed:
            return number
    return None


_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def _line_at(text: str, position: int) -> int:
    """The line of a character offset, counting line breaks as YAML does."""
    return len(_LINE_BREAK.findall(text, 0, position)) + 1


def load_text(text: str, file: str) -> Loaded:
    """Parse case text; raise CaseInvalid listing every problem found."""
    def refuse(line: int | None, message: str, field: str = "") -> CaseInvalid:
        return CaseInvalid([Problem(file, line, field, message)])

    if len(text) > MAX_BYTES:
        raise refuse(None, f"the file is {len(text)} characters long; a case file may be at most {MAX_BYTES}")
    if "\x00" in text:
        raise refuse(None, "this is a binary file, not a YAML case file")
    if not text.strip(" \t\r\n\ufeff"):
        raise refuse(None, "the file is empty; start from `python -m generator new`")
    try:
        node, refused = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        opened = _unclosed_quote(text, line) if line else None
        if opened is not None and opened < line:
            raise refuse(opened, "the quotation mark opened on this line is not closed; add the closing quote",
                         _field_at_line(text, opened)) from None
        field = _field_at_line(text, line) if line else ""
        raise refuse(line, _yaml_problem_message(exc, text), field) from None
    except yaml.reader.ReaderError as exc:
        line = _line_at(text, exc.position)
        raise refuse(line, f"the file contains the control character U+{exc.character:04X}, "
                           f"which is not text; remove it", _field_at_line(text, line)) from None
    except yaml.YAMLError as exc:
        raise refuse(None, f"not valid YAML: {exc}") from None
    except _TooBig as exc:
        raise refuse(exc.line, exc.message, _field_at_line(text, exc.line) if exc.line else "") from None
    except RecursionError:
        raise refuse(None, f"values are nested more than {MAX_DEPTH} levels deep; this is not a case file") from None
    if node is None:
        raise refuse(None, "the file holds no data, only comments")
    converter = _Converter(file, refused)
    data = converter.convert(node, ())
    if converter.problems:
        problems = sorted(converter.problems, key=lambda p: (p.line or 0, p.field, p.message))
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            problems = problems[:MAX_PROBLEMS] + [
                Problem(file, None, "", f"{more} more problems like the ones listed are not shown")]
        raise CaseInvalid(problems)
    if not isinstance(data, dict):
        if data is None:
            raise refuse(node.start_mark.line + 1, "the file holds no data")
        kind = "a list" if isinstance(data, list) else "a single value"
        raise refuse(node.start_mark.line + 1, f"the file holds {kind}; a case file is a mapping of fields (case:, jurisdiction:, ...)")
    return Loaded(file=file, data=data, lines=converter.lines)


PROJECT = Path(__file__).resolve().parents[2]


def link_outside(path: Path) -> bool:
    """Is `path` a symbolic link to a file outside the project and outside its own
    folder? Such a file is never read: a link in a pull request must not make the build
    echo another file's content in its messages."""
    if not path.is_symlink():
        return False
    target = path.resolve()
    folder = path.absolute().parent.resolve()
    return not (target.is_relative_to(PROJECT) or target.is_relative_to(folder))


def load_file(path: Path, display: str | None = None) -> Loaded:
    """Read and parse one case file, refusing oversized, binary or non-UTF-8 input."""
    name = display or shown(str(path), 10_000)

    def refuse(line: int | None, message: str) -> CaseInvalid:
        return CaseInvalid([Problem(name, line, "", message)])

    try:
        if link_outside(path):
            raise refuse(None, "this is a symbolic link to a file outside the project; it is not read "
                               "(copy the case file into the project instead)")
        if not path.is_file():
            raise refuse(None, "no such case file" if not path.exists() else "this is not a regular file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise refuse(None, f"the file is {size} bytes; a case file may be at most {MAX_BYTES}")
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)  # the file may grow after stat()
    except OSError as exc:
        raise refuse(None, f"cannot read the file: {exc.strerror or exc}") from None
    return load_bytes(raw, name)


def load_bytes(raw: bytes, name: str) -> Loaded:
    """Parse a case file's bytes (as read once, so what is parsed is what was hashed),
    refusing oversized, UTF-16, binary or non-UTF-8 input."""
    def refuse(line: int | None, message: str, field_: str = "") -> CaseInvalid:
        return CaseInvalid([Problem(name, line, field_, message)])

    if len(raw) > MAX_BYTES:
        raise refuse(None, f"the file is larger than {MAX_BYTES} bytes, the most a case file may be")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise refuse(None, "the file is saved as UTF-16; save it as UTF-8")
    if b"\x00" in raw:
        raise refuse(None, "this is a binary file, not a YAML case file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise refuse(line, f"the file is not UTF-8 text (byte {exc.start + 1} is not valid UTF-8); save it as UTF-8",
                     _field_at_line(raw.decode("utf-8", "replace"), line)) from None
    return load_text(text, name)
