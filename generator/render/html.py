"""Markdown to a print-ready HTML page.

The letter templates open with up to four paragraphs before the first heading:
letterhead, recipient, place and date, reference. They get classes here so the print
stylesheet can lay them out; in the Markdown they read as plain paragraphs.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from markdown_it import MarkdownIt

from generator.render.markdown import environment

HEADER_CLASSES = ("letterhead", "recipient", "dateline", "reference")


@functools.cache
def _parser() -> MarkdownIt:
    # Raw HTML off: user text can never become markup, even if escaping missed it.
    return MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")


def markdown_to_html(text: str) -> str:
    md = _parser()
    tokens = md.parse(text)
    index = 0
    for token in tokens:
        if token.type == "heading_open":
            break
        if token.type == "paragraph_open" and token.level == 0 and index < len(HEADER_CLASSES):
            token.attrSet("class", HEADER_CLASSES[index])
            index += 1
    for token in tokens:
        if token.type == "table_open":
            token.attrSet("class", "amounts")
    return isolates_to_html(md.renderer.render(tokens, md.options, {}))


_ISOLATE = re.compile("([\u2066\u2067\u2068])([^\u2066\u2067\u2068\u2069]*)\u2069")
_DIR = {"\u2066": ' dir="ltr" class="ltr"', "\u2067": ' dir="rtl"', "\u2068": ""}


def isolates_to_html(html: str) -> str:
    """Unicode isolates (kept in the Markdown for plain viewers) as <bdi> elements, so the
    PDF's layout isolates them per element, across line breaks too."""
    while True:  # innermost first, so nested isolates nest as elements
        html, count = _ISOLATE.subn(lambda m: f"<bdi{_DIR[m.group(1)]}>{m.group(2)}</bdi>", html)
        if not count:
            return html


def page_html(body: str, context: dict[str, Any], title: str, css: str = "") -> str:
    """The whole HTML document: language, direction, metadata, page size and footer,
    body. The print stylesheet is not inlined (`css` is for a page viewed on its own):
    render_pdf() passes it to WeasyPrint once, parsed once per process, instead of
    applying it twice (inline and as a stylesheet), which gives the same bytes."""
    layout = environment().get_template("_layout/page.html.j2")
    return layout.render({**context, "body": body, "title": title, "css": css})
