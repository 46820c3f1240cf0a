"""One text in every language: a document's structure is written once per jurisdiction.

For every document that has a structure (`templates/<jur>/<document>.md.j2`), each
language supplies only wording (`templates/<jur>/<lang>/<document>.ftl`). These tests
require that every language defines the same messages with the same facts, and that
every example case (and variants of it: consumer and company debtors) renders into the
same sequence of messages and the same block structure in all four languages.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from generator.case.schema import LANGUAGES
from generator.errors import RenderError
from generator.jurisdictions import registry
from generator.jurisdictions.data import MissingFigure
from generator.render import markdown as md_render
from generator.render.document import render_markdown_for
from generator.render.grammar import addressee, inflect_ru
from generator.render.markdown import TEMPLATES, structure_name
from generator.render.wording import Wording, fact_variables, message_ids
from tests.conftest import CASES, example

JURISDICTIONS = sorted(p.name for p in TEMPLATES.iterdir() if p.is_dir() and not p.name.startswith("_") and len(p.name) == 2)


def _wording_files() -> list[tuple[str, str]]:
    """(folder, file name) of every wording file, e.g. ("uk", "reminder.ftl")."""
    out = {("_locale", "common.ftl")}
    for jur in JURISDICTIONS:
        for lang in LANGUAGES:
            folder = TEMPLATES / jur / lang
            if folder.is_dir():
                out.update((jur, f.name) for f in folder.glob("*.ftl"))
    return sorted(out)


@pytest.mark.parametrize("folder,name", _wording_files())
def test_every_language_words_the_same_messages_with_the_same_facts(folder: str, name: str) -> None:
    by_lang = {}
    for lang in LANGUAGES:
        path = TEMPLATES / folder / lang / name
        assert path.is_file(), f"templates/{folder}/{lang}/{name} is missing: every language words every message"
        by_lang[lang] = message_ids(path)
    reference = by_lang["en"]
    for lang, messages in by_lang.items():
        assert set(messages) == set(reference), (
            f"templates/{folder}/{lang}/{name}: missing {sorted(set(reference) - set(messages))}, "
            f"extra {sorted(set(messages) - set(reference))}")
        for mid, entry in messages.items():
            assert fact_variables(entry) == fact_variables(reference[mid]), (
                f"templates/{folder}/{lang}/{name}: message '{mid}' states "
                f"{sorted(fact_variables(entry))}, English states {sorted(fact_variables(reference[mid]))}")


def _variants(case):
    """The case as given, and with the debtor a consumer and a company: the branches a
    document takes on the debtor."""
    yield "as-given", case
    debtor = case.debtor
    as_consumer = dataclasses.replace(debtor, kind="consumer", sole_trader=False)
    if hasattr(debtor, "form"):
        as_consumer = dataclasses.replace(as_consumer, form="individual")
    yield "consumer", dataclasses.replace(case, debtor=as_consumer)
    as_company = dataclasses.replace(debtor, kind="business", sole_trader=False)
    if hasattr(debtor, "form"):
        as_company = dataclasses.replace(as_company, form="company")
    yield "company", dataclasses.replace(case, debtor=as_company)


def _blocks(text: str) -> list[str]:
    """The block structure of Markdown: headings, paragraphs, lists, table rows and cells."""
    return [f"{t.type}:{t.tag}" for t in MarkdownIt("commonmark").enable("table").parse(text) if t.type != "inline"]


def _structured(case) -> list[str]:
    return [n for n in case.documents.names() if (TEMPLATES / structure_name(n, case.jurisdiction)).is_file()]


CASES_WITH_STRUCTURE = [(p.stem, variant) for p in CASES for variant in ("as-given", "consumer", "company")
                        if _structured(example(p.stem))]


def _without_translation_note(messages: list[str], blocks: list[str], facts: set[str]):
    """A translation opens with a note that it is one ("translation-note", the first
    paragraph); the original the court receives does not carry it (an Israeli claim in
    Hebrew: a note about translations is out of place in the pleading itself, IL review
    N4). The note is the same point in every translation and states no fact, so it is set
    aside before the languages are compared."""
    if messages[:1] == ["translation-note"]:
        assert blocks[:2] == ["paragraph_open:p", "paragraph_close:p"], "the translation note opens the document"
        return messages[1:], blocks[2:], facts
    return messages, blocks, facts


@pytest.mark.parametrize("case_name,variant", CASES_WITH_STRUCTURE)
def test_every_language_has_the_same_paragraphs_in_the_same_order(case_name: str, variant: str) -> None:
    case = dict(_variants(example(case_name)))[variant]
    law = registry.get(case.jurisdiction)
    for document in _structured(case):
        seen = {}
        for lang in LANGUAGES:
            try:
                text, fmt, _ = render_markdown_for(case, law, document, lang)
            except MissingFigure:
                pytest.skip(f"{variant}: a figure this variant needs is not in the tables")
            seen[lang] = _without_translation_note(list(fmt.messages), _blocks(text), set(fmt.facts))
        ref_messages, ref_blocks, ref_facts = seen["en"]
        for lang, (messages, blocks, facts) in seen.items():
            assert messages == ref_messages, f"{case_name}/{variant}/{document}: {lang} paragraphs differ from en"
            assert blocks == ref_blocks, f"{case_name}/{variant}/{document}: {lang} block structure differs from en"
            assert facts == ref_facts, f"{case_name}/{variant}/{document}: {lang} states other facts than en"


def test_a_missing_translation_is_a_build_error_naming_it(tmp_path: Path) -> None:
    root = tmp_path / "templates"
    shutil.copytree(TEMPLATES, root)
    ftl = root / "uk" / "pl" / "reminder.ftl"
    ftl.write_text("\n".join(line for line in ftl.read_text(encoding="utf-8").splitlines()
                             if not line.startswith("please-pay")) + "\n", encoding="utf-8")
    case = next(example(p.stem) for p in CASES if example(p.stem).jurisdiction == "UK")
    law = registry.get("UK")
    from generator.render.context import build_context, claim_for

    context = build_context(case, law, "reminder-2", "pl", claim_for(case, law, "reminder-2"))
    md_render.environment.cache_clear()
    try:
        with pytest.raises(RenderError, match="no wording for message 'please-pay' in language 'pl'"):
            md_render.render_markdown("reminder-2", "pl", context, root=root)
    finally:
        md_render.environment.cache_clear()


@dataclasses.dataclass(frozen=True)
class _Person:
    name: str
    kind: str = "consumer"
    sole_trader: bool = False
    is_individual: bool = True
    gender: str | None = None
    title: str | None = None
    representative: object = None
    signatory: object = None


COMPANY = _Person("Sklep Zielony sp. z o.o.", kind="business", is_individual=False)
MAN = _Person("Jan Kowalski", gender="male")
WOMAN = _Person("Anna Nowak", gender="female")
SOLE_TRADER = _Person("Daniel Whitmore trading as Whitmore Joinery", kind="business", sole_trader=True, gender="male")
RU_WOMAN = _Person("Петрова Анна Викторовна")

EXPECTED = {
    "en": {COMPANY: "Dear Sir or Madam,", MAN: "Dear Mr Kowalski,", WOMAN: "Dear Ms Nowak,",
           SOLE_TRADER: "Dear Mr Whitmore,", RU_WOMAN: "Dear Ms Петрова,"},
    "pl": {COMPANY: "Szanowni Państwo,", MAN: "Szanowny Panie,", WOMAN: "Szanowna Pani,",
           SOLE_TRADER: "Szanowny Panie,", RU_WOMAN: "Szanowna Pani,"},
    "ru": {COMPANY: "Уважаемые господа!", MAN: "Уважаемый господин Kowalski!", WOMAN: "Уважаемая госпожа Nowak!",
           SOLE_TRADER: "Уважаемый господин Whitmore!", RU_WOMAN: "Уважаемая Анна Викторовна!"},
    "he": {COMPANY: "א.ג.נ.,", MAN: "אדוני הנכבד,", WOMAN: "גברתי הנכבדה,", SOLE_TRADER: "אדוני הנכבד,",
           RU_WOMAN: "גברתי הנכבדה,"},
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_salutation_follows_the_party(lang: str) -> None:
    wording = Wording("uk", lang, "reminder")
    for party, expected in EXPECTED[lang].items():
        assert wording.format("salutation", addressee(party)) == expected, party.name


def test_a_company_is_addressed_through_its_named_representative() -> None:
    rep = _Person("Петрова Анна Викторовна")
    company = dataclasses.replace(COMPANY, representative=rep)
    assert Wording("uk", "ru", "reminder").format("salutation", addressee(company)) == "Уважаемая Анна Викторовна!"
    assert Wording("uk", "en", "reminder").format("salutation", addressee(company)) == "Dear Ms Петрова,"


def test_russian_names_are_declined_by_petrovich_not_by_hand() -> None:
    assert inflect_ru("Петрова Анна Викторовна", "genitive") == "Петровой Анны Викторовны"
    assert inflect_ru("Игорь Павлович Соколов", "dative") == "Игорю Павловичу Соколову"
    assert inflect_ru("Daniel Whitmore", "genitive") == "Daniel Whitmore"  # not a Russian full name: as given
