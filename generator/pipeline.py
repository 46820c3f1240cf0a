"""The order of stages, top-down: load → validate → model → compute → render → write.

A case is fully checked (schema, cross-field rules, the figures its law needs, the
glyphs its text needs) before anything of it is rendered, and fully rendered before
anything of it is written: a failing case leaves its earlier output exactly as it was.
A figure a law table does not reach yet is the exception: it fails only the documents
that state it (`load_case_partly`); the others are built, and the earlier output of the
failing ones is left as it was.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from pathlib import Path

from generator import collector
from generator.case.load import load_file
from generator.case.model import Case
from generator.case.validate import validate
from generator.errors import CaseInvalid, Problem
from generator.jurisdictions.data import MissingFigure

from generator.paths import CASES, OUTPUT, ROOT, display_path, find_cases, shard_of  # noqa: F401 - the stages' names


def _line(case: Case, field_: str) -> int | None:
    while field_:
        if field_ in case.lines:
            return case.lines[field_]
        field_ = field_.rpartition(".")[0] if "." in field_ else ""
    return None


def legal_problems(case: Case, *, figures: bool = True) -> list[Problem]:
    """Checks that need the jurisdiction: response periods, and (`figures`) every figure
    the law needs at every document's date (a missing rate or exchange rate is an error
    here, with the field to add, never a guess later)."""
    # Imported here: compute is not needed to validate the schema.
    from generator.compute.deadlines import respond_days

    from generator.jurisdictions import registry

    law = registry.get(case.jurisdiction)
    problems: list[Problem] = []

    def add(field_: str, message: str) -> None:
        problems.append(Problem(case.source, _line(case, field_), field_, message))

    docs = case.documents
    if docs.pretrial_claim:
        minimum = law.pretrial_min_days(case)
        given = docs.pretrial_claim.respond_within_days
        if given is not None and given < minimum:
            add("documents.pretrial_claim.respond_within_days",
                f"{given} days is less than the {minimum} the {case.jurisdiction} pre-action rules give this debtor")
        if docs.small_claim:
            runs_out = docs.pretrial_claim.date + dt.timedelta(days=respond_days(case, law))
            if docs.small_claim.date <= runs_out:
                add("documents.small_claim.date",
                    f"{docs.small_claim.date} is within the pre-trial claim's response period, which runs until "
                    f"{runs_out}; file on {runs_out + dt.timedelta(days=1)} or later")
    if figures:
        problems.extend(figure_problems(case, law))
    return problems


def document_date_field(case: Case, name: str) -> str:
    """The case field a document's date comes from (where a missing figure is reported)."""
    if name == "contract-clauses":
        return "contract.date"
    if name.startswith("reminder-"):
        return f"documents.reminders[{int(name.split('-')[1]) - 1}].date"
    return f"documents.{name.replace('-', '_')}.date"


def figure_problems(case: Case, law) -> list[Problem]:
    """Every figure each document uses, at that document's date: the claim (rates,
    exchange rates) and the court figures the document states (claim.figures_needed).
    A table that does not reach a date is reported once per table, at the line of the
    first document that needs it, naming every document that does; documents that need
    no missing figure are not affected."""
    return missing_figures(case, law)[0]


def missing_figures(case: Case, law) -> tuple[list[Problem], set[str]]:
    """The problems of `figure_problems`, and the documents they stop from being built."""
    from generator.compute.claim import claim_for, figures_needed

    found: dict[tuple, tuple[MissingFigure, list[str]]] = {}
    for name in case.documents.names():
        try:
            claim = claim_for(case, law, name)
            for figure in (figures_needed(case.jurisdiction, name) if claim else ()):
                getattr(claim, figure)
            if name == "contract-clauses":  # the clauses state the figures in force on the contract date
                from generator.render.context import clause_facts

                clause_facts(case, law)
        except MissingFigure as exc:
            # A data table: once per table. A field of the case (exchange_rates, the
            # interest basis): once per message, at that field.
            key = ("table", exc.table) if exc.table and exc.field == exc.table else ("field", exc.field, exc.message)
            found.setdefault(key, (exc, []))[1].append(name)
    problems: list[Problem] = []
    blocked: set[str] = set()
    for key, (exc, names) in found.items():
        blocked.update(names)
        if key[0] == "table":
            where = document_date_field(case, names[0])
            problems.append(Problem(case.source, _line(case, where), where,
                                    f"{exc.message} (needed by {', '.join(names)})"))
        elif "/" in exc.field:  # a table's file, not a case field: at the document's date
            where = document_date_field(case, names[0])
            problems.append(Problem(case.source, _line(case, where), where,
                                    f"{exc.message} (needed by {', '.join(names)})"))
        else:
            line = _line(case, exc.field) or _line(case, document_date_field(case, names[0]))
            problems.append(Problem(case.source, line, exc.field, f"{exc.message} (needed by {', '.join(names)})"))
    return problems, blocked


def glyph_problems(case: Case) -> list[Problem]:
    """Characters in the case's text that no chosen font can draw: an error, not a box."""
    from generator.render.fonts import covered_codepoints

    covered = covered_codepoints()
    ascii_drawn = _ascii_drawn()
    problems = []
    for field_, text in _texts(case):
        if ascii_drawn and text.isascii() and text.isprintable():
            continue  # every printable ASCII character has its glyph
        for ch in dict.fromkeys(text):
            if ch.isspace() or ord(ch) in covered or ch in "\u2066\u2067\u2068\u2069\u200e\u200f":
                continue
            problems.append(Problem(case.source, _line(case, field_), field_,
                                    f"the character {ch!r} (U+{ord(ch):04X}) has no glyph in the document fonts; "
                                    f"replace it"))
    return problems


@functools.cache
def _ascii_drawn() -> bool:
    """Every printable ASCII character has a glyph in the document fonts."""
    from generator.render.fonts import covered_codepoints

    return all(code in covered_codepoints() for code in range(0x20, 0x7F))


def _texts(case: Case) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for who in ("creditor", "debtor"):
        party = getattr(case, who)
        out.append((f"{who}.name", party.name))
        out.extend((f"{who}.address[{i}]", line) for i, line in enumerate(party.address))
        out.extend((f"{who}.ids.{k}", v) for k, v in party.ids)
        for attr in ("email", "phone", "bank_account", "bank_name", "city"):
            if getattr(party, attr):
                out.append((f"{who}.{attr}", getattr(party, attr)))
        rep = party.representative
        if rep:
            out.append((f"{who}.representative.name", rep.name))
            out.extend((f"{who}.representative.names.{n.lang}", n.name) for n in rep.names)
            for attr in ("position", "basis_text"):
                if getattr(rep, attr):
                    out.append((f"{who}.representative.{attr}", getattr(rep, attr)))
        for attr in ("trading_name", "id_number"):
            if getattr(party, attr):
                out.append((f"{who}.{attr}", getattr(party, attr)))
        out.extend((f"{who}.names.{n.lang}", n.name) for n in party.names)
        out.extend((f"{who}.addresses.{a.lang}[{i}]", line) for a in party.addresses for i, line in enumerate(a.address))
        if party.bank:
            for attr in ("name", "text"):
                if getattr(party.bank, attr):
                    out.append((f"{who}.bank.{attr}", getattr(party.bank, attr)))
    c = case.contract
    out.append(("contract.subject", c.subject))
    for attr in ("number", "extra_work"):
        if getattr(c, attr):
            out.append((f"contract.{attr}", getattr(c, attr)))
    if c.dispute_resolution and c.dispute_resolution.venue:
        out.append(("contract.dispute_resolution.venue", c.dispute_resolution.venue))
    for i, inv in enumerate(case.invoices):
        out.append((f"invoices[{i}].number", inv.number))
        if inv.description:
            out.append((f"invoices[{i}].description", inv.description))
        for j, doc in enumerate(inv.acceptance):
            for attr in ("number", "description"):
                if getattr(doc, attr):
                    out.append((f"invoices[{i}].acceptance[{j}].{attr}", getattr(doc, attr)))
    for i, p in enumerate(case.payments):
        if p.note:
            out.append((f"payments[{i}].note", p.note))
    for i, e in enumerate(case.events):
        out.append((f"events[{i}].summary", e.summary))
        if e.disputed:
            out.append((f"events[{i}].disputed", e.disputed))
    if case.documents.small_claim:
        out.append(("documents.small_claim.court", case.documents.small_claim.court))
    p = case.documents.pretrial_claim
    if p and p.debt_register:
        out.append(("documents.pretrial_claim.debt_register.name", p.debt_register.name))
        out.append(("documents.pretrial_claim.debt_register.address", p.debt_register.address))
    return out


def load_case(path: Path, *, check_glyphs: bool = True, raw: bytes | None = None) -> Case:
    """Load, validate and check one case file completely; raise CaseInvalid otherwise.
    `raw`: the file's bytes as already read (the build parses exactly what it hashed)."""
    if raw is not None:
        from generator.case.load import link_outside

        if link_outside(path):  # as load_file refuses it: its content is never parsed nor echoed
            raise CaseInvalid([Problem(display_path(path), None, "", "this is a symbolic link to a file outside the "
                                       "project; it is not read (copy the case file into the project instead)")])
    loaded = load_file(path, display_path(path)) if raw is None else _load_bytes(raw, display_path(path))
    case = validate(loaded, stem=path.stem)
    problems = legal_problems(case)
    if check_glyphs:
        problems += glyph_problems(case)
    if problems:
        raise CaseInvalid(problems)
    return case


def load_case_partly(path: Path, raw: bytes | None = None) -> tuple[Case, list[Problem], set[str]]:
    """Like `load_case`, but a figure missing from a law table (or from the case's
    exchange rates) does not invalidate the case: it is returned, sorted, with the names
    of the documents that need it, so that the other documents can still be built."""
    from generator.jurisdictions import registry

    loaded = load_file(path, display_path(path)) if raw is None else _load_bytes(raw, display_path(path))
    case = validate(loaded, stem=path.stem)
    problems = legal_problems(case, figures=False) + glyph_problems(case)
    if problems:
        raise CaseInvalid(problems)
    missing, blocked = missing_figures(case, registry.get(case.jurisdiction))
    return case, sorted(missing, key=lambda p: (p.file, p.line or 0, p.field, p.message)), blocked


def _load_bytes(raw: bytes, name: str):
    """As load_file, from bytes already read."""
    from generator.case.load import load_bytes

    return load_bytes(raw, name)


def summary_json(case: Case, blocked: set[str] = frozenset()) -> str:
    """The claim of every document; a document in `blocked` (a figure is missing) has
    `"not_built": true` and no claim."""
    from generator.jurisdictions import registry
    from generator.compute.claim import claim_for
    from generator.compute.deadlines import document_date

    law = registry.get(case.jurisdiction)
    docs = []
    for name in case.documents.names():
        entry = {"document": name, "date": document_date(case, name).isoformat()}
        if name in blocked:
            docs.append({**entry, "not_built": True})
            continue
        claim = claim_for(case, law, name)
        if claim is not None:
            entry["claim"] = claim.to_json()
        docs.append(entry)
    data = {"case": case.id, "jurisdiction": case.jurisdiction, "currency": case.currency,
            "languages": list(case.languages), "documents": docs}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def output_names(case: Case, langs: list[str] | None = None) -> list[tuple[str, str | None, str | None]]:
    """(relative path, document, language) of every file a case produces; summary last."""
    out: list[tuple[str, str | None, str | None]] = []
    for lang in case.languages:
        if langs and lang not in langs:
            continue
        for name in case.documents.names():
            out.append((f"{case.id}/{lang}/{name}.md", name, lang))
            out.append((f"{case.id}/{lang}/{name}.pdf", name, lang))
    out.append((f"{case.id}/summary.json", None, None))
    return out


def render_case(case: Case, langs: list[str] | None = None, only: set[str] | None = None,
                blocked: set[str] = frozenset()) -> dict[str, bytes]:
    """Output files of a case, as relative path → bytes, in memory (all, or `only` those);
    none of the documents in `blocked` (see `load_case_partly`)."""
    from generator.jurisdictions import registry
    from generator.render.document import render_document

    law = registry.get(case.jurisdiction)
    files: dict[str, bytes] = {}
    for rel, name, lang in output_names(case, langs):
        if only is not None and rel not in only or rel in files:
            continue
        if name is None:
            files[rel] = summary_json(case, blocked).encode("utf-8")
            continue
        if name in blocked:
            continue
        with collector.one_document():
            md, pdf = render_document(case, law, name, lang)
        files[f"{case.id}/{lang}/{name}.md"] = md.encode("utf-8")
        files[f"{case.id}/{lang}/{name}.pdf"] = pdf
    return files


def build_one(path: Path, langs: list[str] | None = None, output: Path = OUTPUT):
    """Build one case into `output` without the manifest (for tools and tests)."""
    from generator.build import build_case

    return build_case(path, langs, output, None)
