"""Templates to Markdown, in Jinja2's sandbox.

User text is data: every `{{ value }}` that is not the output of one of our filters is
escaped as literal Markdown, and a missing value is an error naming the template and the
variable instead of a blank in a letter. Decimals and dates must go through a filter
(`money`, `date`, ...) so that no amount reaches a letter unformatted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
import functools
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from generator.errors import RenderError
from generator.render.compiled import TemplateCache, environment_tag
from generator.render.formatting import RTL, Formatter, escape_markdown
from generator.render.grammar import inflect_ru
from generator.render.wording import Wording

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


class Md(str):
    """Text that is already valid Markdown (our own filters' output)."""


# Fields of the model that hold text a user typed (or pasted from the other side).
# Their values are escaped once, before rendering; enumerated values (kind, method,
# channel, ...) are checked by the schema and stay as they are for comparisons.
USER_TEXT = frozenset({
    "name", "address", "ids", "email", "phone", "bank_account", "bank_name", "city", "role", "number",
    "subject", "venue", "description", "invoice", "note", "summary", "court", "table", "ref",
    "trading_name", "id_number", "extra_work", "position", "basis_text", "text", "disputed",
})
KEEP_AS_IS = frozenset({"lang", "law", "fmt", "wording"})


FSI, PDI = "\u2068", "\u2069"


def _strong(text: str, rtl: bool) -> bool:
    """Does `text` hold a letter of the given direction?"""
    classes = ("R", "AL") if rtl else ("L",)
    return any(unicodedata.bidirectional(c) in classes for c in text)


def _user_text(text: str, rtl_page: bool) -> Md:
    """Literal Markdown; text running against the page's direction (a Hebrew name in a
    Russian letter, a Latin one in a Hebrew letter) is isolated so it keeps its order."""
    escaped = escape_markdown(text)
    if _strong(text, rtl=not rtl_page):
        escaped = FSI + escaped + PDI
    return Md(escaped)


def _escaped(value: Any, rtl_page: bool, field: str | None = None) -> Any:
    """`value` with every user-text string replaced by its literal Markdown (as Md)."""
    if isinstance(value, Md):
        return value
    if isinstance(value, str):
        return _user_text(value, rtl_page) if field in USER_TEXT else value
    if isinstance(value, tuple):
        return tuple(_escaped(v, rtl_page, field) for v in value)
    if isinstance(value, dict):  # grammar arguments: the name pieces are user text
        return {k: _escaped(v, rtl_page, "name" if k.startswith("name_") else k) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _escaped_record(value, rtl_page)
    return value


# Escaped copies of the model's frozen records, by identity: the case's parties,
# invoices and events are the same objects in each of its documents, and copying them
# again for every document was a tenth of the time spent outside WeasyPrint. Each entry
# keeps its original alive, so an id is never reused while it is remembered.
_ESCAPED: dict[tuple[int, bool], tuple[Any, Any]] = {}
_ESCAPED_MAX = 100_000


def _escaped_record(value: Any, rtl_page: bool) -> Any:
    key = (id(value), rtl_page)
    hit = _ESCAPED.get(key)
    if hit is not None and hit[0] is value:
        return hit[1]
    changes = {f.name: _escaped(getattr(value, f.name), rtl_page, f.name) for f in dataclasses.fields(value)
               if f.init and f.name != "lines"}
    escaped = dataclasses.replace(value, **changes)
    if type(value).__dataclass_params__.frozen:
        if len(_ESCAPED) >= _ESCAPED_MAX:
            _ESCAPED.clear()
        _ESCAPED[key] = (value, escaped)
    return escaped


def escape_context(context: dict[str, Any]) -> dict[str, Any]:
    rtl_page = context["lang"] in RTL
    return {k: (v if k in KEEP_AS_IS else _escaped(v, rtl_page)) for k, v in context.items()}


def _finalize(value: Any) -> Any:
    if isinstance(value, str):
        # User text arrives escaped (escape_context); the rest is the template's own
        # Markdown, macro output or our filters' output.
        return value
    if isinstance(value, bool) or value is None:
        raise RenderError(f"a template printed {value!r}; use a condition instead")
    if isinstance(value, (Decimal, float)):
        raise RenderError(f"a template printed the number {value} unformatted; use | money, | percent or | number")
    if isinstance(value, dt.date):
        raise RenderError(f"a template printed the date {value} unformatted; use | date or | date_short")
    if isinstance(value, int):
        return str(value)
    raise RenderError(f"a template printed a {type(value).__name__}; print one of its fields")


def _filter(method: str):
    @jinja2.pass_context
    def apply(ctx: jinja2.runtime.Context, value: Any, *args: Any) -> Md:
        return Md(getattr(ctx["fmt"], method)(value, *args))

    apply.__name__ = method
    return apply


@jinja2.pass_context
def _days(ctx: jinja2.runtime.Context, value: int) -> Md:
    ctx["fmt"]._fact("days", value)
    return Md(ctx["fmt"]._ltr(str(value)))


@jinja2.pass_context
def _t(ctx: jinja2.runtime.Context, mid: str, **args: Any) -> Md:
    """One paragraph (or phrase) in the document's language: the message `mid` with the
    facts the structure passes. The message's own Markdown is kept; the arguments are
    already formatted or escaped."""
    return Md(ctx["wording"].format(mid, args))


@jinja2.pass_context
def _has(ctx: jinja2.runtime.Context, mid: str) -> bool:
    """Whether the wording defines `mid`: for optional phrases a language may not need,
    never for a paragraph (paragraphs are the same in every language)."""
    return ctx["wording"].has(mid)


@jinja2.pass_context
def _inflect(ctx: jinja2.runtime.Context, name: str, case: str, gender: str = "unknown") -> Md:
    """A person's name in a grammatical case, in languages that decline names (Russian);
    elsewhere, and for names that are not a full Russian name, the name as given."""
    if ctx["lang"] != "ru":
        return name if isinstance(name, Md) else Md(escape_markdown(str(name)))
    return Md(inflect_ru(str(name), case, gender))


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox, its verdict on an attribute kept per type.

    The sandbox decides from the attribute's name and the object's type alone (a
    private or dunder name, a function's or frame's internals, a mutating method of a
    list, dict, set or deque); asking again for each of the twenty thousand attribute
    reads of a build's documents was a tenth of the time spent in the templates. An
    object that reports a class other than its type (a proxy) is asked about every time.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._verdicts: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        kind = type(obj)
        if obj.__class__ is not kind:
            return super().is_safe_attribute(obj, attr, value)
        key = (kind, attr)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict


_OPTIONS = {"autoescape": False, "trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True}


@functools.cache
def environment(root: Path = TEMPLATES) -> _Sandbox:
    # Compiled once per version of each template (kept in .cache/), not once per process:
    # compiling the structures took two seconds of every build and of every worker.
    env = _Sandbox(
        loader=jinja2.FileSystemLoader(str(root)),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        bytecode_cache=TemplateCache(environment_tag({**_OPTIONS, "sandbox": "immutable", "finalize": "md"})),
        **_OPTIONS,
    )
    for name in ("money", "number", "percent", "date", "date_short", "words", "ltr", "ref"):
        env.filters[name] = _filter(name)
    env.filters["days"] = _days
    env.filters["md"] = lambda text: Md(text)  # for literal Markdown the template itself builds
    env.filters["text"] = lambda text: text if isinstance(text, Md) else Md(escape_markdown(str(text)))
    env.filters["lines"] = lambda items: Md("\\\n".join(items))  # Markdown hard line breaks
    env.filters["inflect"] = _inflect
    env.globals["t"] = _t
    env.globals["has_wording"] = _has
    return env


# A Russian date ends in the abbreviation "г." (год); a sentence that ends with one takes
# no second full stop ("до 7 августа 2025 г.", not "г.."; after a bold date "г.**", not
# "г.**."). The wording cannot know it: the date is an argument, the stop the message's.
_RU_YEAR_STOP = re.compile(r"(\d[ \u00a0\u202f]г\.)(\*\*)?\.(?!\.)")


def document_kind(document: str) -> str:
    return "reminder" if document.startswith("reminder-") else document


def structure_name(document: str, jurisdiction: str) -> str:
    """The jurisdiction's structure of a document: one file for every language."""
    return f"{jurisdiction.lower()}/{document_kind(document)}.md.j2"


def template_name(document: str, lang: str, jurisdiction: str, root: Path = TEMPLATES) -> str:
    """The one structure of a document for all languages (`lang` chooses only the wording)."""
    return structure_name(document, jurisdiction)


def render_markdown(document: str, lang: str, context: dict[str, Any], root: Path = TEMPLATES) -> tuple[str, Formatter]:
    """The document's Markdown and the formatter holding the facts (and, for documents
    with one structure, the message ids) it stated."""
    fmt = Formatter(lang, context["case"].currency)
    jur = context["case"].jurisdiction
    name = template_name(document, lang, jur, root)
    wording = Wording(jur.lower(), lang, document_kind(document), root)
    fmt.messages = wording.used
    try:
        template = environment(root).get_template(name)
        text = template.render({**escape_context(context), "fmt": fmt, "wording": wording})
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"no template {exc.name} under templates/") from None
    except jinja2.UndefinedError as exc:
        raise RenderError(f"templates/{name}: {exc.message}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(f"templates/{exc.filename or name}:{exc.lineno}: {exc.message}") from None
    except jinja2.exceptions.SecurityError as exc:
        raise RenderError(f"templates/{name}: blocked by the sandbox: {exc}") from None
    if lang == "ru":
        text = _RU_YEAR_STOP.sub(r"\1\2", text)
    # One blank line between blocks, one newline at the end: stable, diff-friendly.
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        # Headings and tables stand apart from the paragraphs around them, whatever
        # whitespace the template's tags left.
        starts_block = line.startswith("#") or (line.startswith("|") and out and not out[-1].startswith("|"))
        if out and out[-1] != "" and (starts_block or out[-1].startswith("#")):
            out.append("")
        out.append(line)
    out = [line for i, line in enumerate(out) if line or (i and out[i - 1])]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n", fmt
