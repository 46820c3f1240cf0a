"""Every language version of a document states the same facts.

Each formatting filter records what it formats (kind, canonical value); a document
rendered in en, pl, ru and he must record the same set. A translation that drops or
adds an amount, a date, a deadline or an invoice number fails here.
"""

from __future__ import annotations

import pytest

from generator.case.schema import LANGUAGES
from generator.jurisdictions import registry
from generator.render.document import render_markdown_for
from tests.conftest import CASES, example

PAIRS = [(p.stem, name) for p in CASES for name in example(p.stem).documents.names()]


def facts(case_name: str, document: str, lang: str) -> set[tuple[str, str]]:
    case = example(case_name)
    _, fmt, _ = render_markdown_for(case, registry.get(case.jurisdiction), document, lang)
    return set(fmt.facts)


@pytest.mark.parametrize("case_name,document", PAIRS)
def test_all_languages_state_the_same_facts(case_name: str, document: str) -> None:
    by_lang = {lang: facts(case_name, document, lang) for lang in LANGUAGES}
    reference = by_lang["en"]
    for lang, found in by_lang.items():
        assert found == reference, (
            f"{case_name}/{document}: {lang} differs from en; "
            f"missing {sorted(reference - found)}, extra {sorted(found - reference)}"
        )
