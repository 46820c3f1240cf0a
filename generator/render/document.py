"""One document in one language: Markdown, then HTML, then PDF."""

from __future__ import annotations

import functools
import html as html_lib
import re

import yaml

from generator.case.model import Case
from generator.jurisdictions.base import Jurisdiction
from generator.render.context import build_context, claim_for
from generator.render.fonts import FAMILY_STACK, font_face_css
from generator.render.html import markdown_to_html, page_html
from generator.render.markdown import TEMPLATES, render_markdown, structure_name
from generator.render.wording import Wording


@functools.cache
def document_meta(kind: str) -> dict:
    with (TEMPLATES / kind / "document.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@functools.cache
def stylesheet() -> str:
    css = (TEMPLATES / "_layout" / "print.css").read_text(encoding="utf-8")
    return font_face_css() + "\n" + css.replace('"Doc Serif", "Doc Serif Hebrew"', FAMILY_STACK)


def title_of(name: str, lang: str, jurisdiction: str | None = None) -> str:
    kind = "reminder" if name.startswith("reminder-") else name
    if jurisdiction and (TEMPLATES / structure_name(name, jurisdiction)).is_file():
        level = int(name.rsplit("-", 1)[1]) if kind == "reminder" else 0
        return Wording(jurisdiction.lower(), lang, kind).format("title", {"level": level})
    title = document_meta(kind)["title"][lang]
    return f"{title} {name.rsplit('-', 1)[1]}" if kind == "reminder" else title


def render_markdown_for(case: Case, law: Jurisdiction, name: str, lang: str):
    claim = claim_for(case, law, name)
    context = build_context(case, law, name, lang, claim)
    md, fmt = render_markdown(name, lang, context)
    return md, fmt, context


def render_document(case: Case, law: Jurisdiction, name: str, lang: str) -> tuple[str, bytes]:
    from generator.render.pdf import render_pdf

    md, _, context = render_markdown_for(case, law, name, lang)
    body = markdown_to_html(md)
    title = f"{title_of(name, lang, case.jurisdiction)}: {case.debtor.name}"
    css = stylesheet()
    page = page_html(body, context, title)  # the stylesheet goes to render_pdf, once
    text = html_lib.unescape(re.sub(r"<[^>]+>", " ", body))
    pdf = render_pdf(page, css, title=title, author=case.creditor.name, lang=lang,
                     date=context["doc"].date, expected_text=text)
    return md, pdf

