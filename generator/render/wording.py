"""Wording per language, apart from structure: Project Fluent messages.

A document's structure and legal content is written once per jurisdiction, in
`templates/<jur>/<document>.md.j2`: which paragraphs appear, in which order, under which
conditions, with which facts. Each paragraph is one message, `{{ t("id", fact=...) }}`.
A language supplies only the wording of each message, in Fluent files:

    templates/_locale/<lang>/common.ftl        labels, salutations, phrases every document shares
    templates/<jur>/<lang>/law.ftl             the jurisdiction's legal names (terms), if any
    templates/<jur>/<lang>/<document>.ftl      the document's paragraphs

A message that a language lacks is a build error naming it; so is a message that
references a variable the structure did not pass. Grammar (gender, plural, formality) is
chosen inside the message by Fluent selectors on the arguments the structure passes.
"""

from __future__ import annotations

import functools
import importlib.metadata
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.runtime import resolver as _fluent_resolver
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from generator.errors import RenderError
from generator.render.compiled import fluent_resource
from generator.render.formatting import LOCALES

_PARSER_VERSION = f"fluent.syntax {importlib.metadata.version('fluent.syntax')}, without spans"

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

# fluent.runtime refuses a placeable longer than 2,500 characters (a guard against
# messages that expand each other without end). Our messages are our own files and
# their arguments are the case's facts, bounded by the schema: a reminder listing the
# 240 payments a case may hold is about 6,000 characters. Allow what the schema allows.
_fluent_resolver.MAX_PART_LENGTH = max(_fluent_resolver.MAX_PART_LENGTH, 200_000)

# Variables that only choose a form (a selector), never print a fact: a language may use
# them or not ("Szanowna Pani" needs the gender, "Dear" does not). Every other variable a
# message references states a fact, and every language must reference the same ones.
# The pieces of a person's name (`name_given`, `name_surname`, ...) are grammar too: one
# language greets by surname and title, another by given name and patronymic.
GRAMMAR_VARIABLES = frozenset({"gender", "form", "count", "formal", "plural", "level", "kind", "role", "party", "case"})


def _is_grammar(name: str) -> bool:
    return (name in GRAMMAR_VARIABLES or name.startswith("name_")
            or name.endswith(("_gender", "_form", "_count", "_kind", "_plural")))


def resource_files(jur: str, lang: str, document: str, root: Path = TEMPLATES) -> tuple[Path, ...]:
    """The Fluent files whose messages one document in one language may use, in order."""
    files = [root / "_locale" / lang / "common.ftl", root / jur / lang / "law.ftl", root / jur / lang / f"{document}.ftl"]
    return tuple(f for f in files if f.is_file())


def _relative(path: Path, root: Path) -> str:
    try:
        return f"templates/{path.relative_to(root)}"
    except ValueError:
        return path.name


@functools.cache
def parse_file(path: Path) -> ast.Resource:
    """The file's syntax tree; a syntax error is an error naming file and line."""
    text = path.read_text(encoding="utf-8")
    # Parsed once per version of the file (the syntax tree kept in .cache/), not once
    # per process: parsing all the wording took a second of every build. Without source
    # positions (half the objects to load); a syntax error is parsed again with them.
    resource = fluent_resource(text, FluentParser(with_spans=False).parse, _PARSER_VERSION)
    if any(isinstance(entry, ast.Junk) for entry in resource.body):
        for entry in FluentParser(with_spans=True).parse(text).body:
            if isinstance(entry, ast.Junk):
                line = text.count("\n", 0, entry.span.start) + 1 if entry.span else 0
                note = entry.annotations[0].message if entry.annotations else "syntax error"
                raise RenderError(f"{path.name}:{line}: Fluent syntax error: {note}")
    return resource


def message_ids(path: Path) -> dict[str, ast.Message | ast.Term]:
    """Messages and terms (`-name`) defined in one file."""
    out: dict[str, ast.Message | ast.Term] = {}
    for entry in parse_file(path).body:
        if isinstance(entry, ast.Message):
            out[entry.id.name] = entry
        elif isinstance(entry, ast.Term):
            out["-" + entry.id.name] = entry
    return out


def fact_variables(entry: ast.Message | ast.Term) -> frozenset[str]:
    """The variables a message prints (not those that only select a form)."""
    found: set[str] = set()

    class Variables(Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802 (Fluent's API)
            found.add(node.id.name)

    Variables().visit(entry)
    return frozenset(v for v in found if not _is_grammar(v))


@functools.cache
def _bundle(jur: str, lang: str, document: str, root: Path) -> tuple[tuple[Path, ...], dict[str, str], FluentBundle]:
    """One document's messages in one language, once per process: the bundle compiles
    each message on first use and keeps it, so later documents reuse the compiled form
    (formatting is pure: the same message and arguments give the same text)."""
    files = resource_files(jur, lang, document, root)
    where: dict[str, str] = {}
    bundle = FluentBundle([LOCALES[lang].replace("_", "-")], use_isolating=False)
    for path in files:
        place = _relative(path, root)
        for mid in _ids(path):
            if mid in where:
                raise RenderError(f"{place}: message '{mid}' is already defined in {where[mid]}")
            where[mid] = place
        bundle.add_resource(parse_file(path))  # parsed once per version of the file (parse_file)
    return files, where, bundle


@functools.cache
def _ids(path: Path) -> tuple[str, ...]:
    # Once per file: the shared files (common.ftl, law.ftl) are in every document's bundle.
    return tuple(message_ids(path))


class Wording:
    """The messages of one document in one language of one jurisdiction."""

    def __init__(self, jur: str, lang: str, document: str, root: Path = TEMPLATES):
        self.jur, self.lang, self.document = jur, lang, document
        self.files, self.where, self.bundle = _bundle(jur, lang, document, root)
        self.used: list[str] = []  # the message ids in the order the document used them

    def has(self, mid: str) -> bool:
        return self.bundle.has_message(mid)

    def format(self, mid: str, args: dict[str, Any]) -> str:
        if not self.bundle.has_message(mid):
            place = f"templates/{self.jur}/{self.lang}/{self.document}.ftl"
            raise RenderError(f"{place}: no wording for message '{mid}' in language '{self.lang}'")
        message = self.bundle.get_message(mid)
        if message.value is None:
            raise RenderError(f"{self.where.get(mid, mid)}: message '{mid}' has no value")
        self.used.append(mid)
        value, errors = self.bundle.format_pattern(message.value, {k: _fluent_value(k, v) for k, v in args.items()})
        if errors:
            raise RenderError(f"{self.where.get(mid, mid)}: message '{mid}' ({self.lang}): {errors[0]}")
        return value


def _fluent_value(name: str, value: Any) -> Any:
    """Arguments reach Fluent as text (already formatted by our filters, or escaped user
    text), whole numbers (for plural selectors) or a choice ('female', 'true')."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "none"
    if isinstance(value, (str, int)):
        return value
    raise RenderError(f"argument ${name} is a {type(value).__name__}: format it first (| money, | date, ...)")
