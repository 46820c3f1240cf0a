"""Markdown to a print-ready HTML page.

The letter templates open with up to four paragraphs before the first heading:
letterhead, recipient, place and date, reference. They get classes here so the print
stylesheet can lay them out; in the Markdown they read as plain paragraphs.
"""

from __future__ import annotations

import functools
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
    return md.renderer.render(tokens, md.options, {})


def page_html(body: str, context: dict[str, Any], title: str, css: str) -> str:
    """The whole HTML document: language, direction, metadata, stylesheet, body."""
    layout = environment().get_template("_layout/page.html.j2")
    return layout.render({**context, "body": body, "title": title, "css": css})
