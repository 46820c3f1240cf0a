"""Compiled templates and parsed wording kept in .cache/ (generator/render/compiled.py):
compiled once per version of a file, the same text either way, and never an error."""

from __future__ import annotations

import jinja2
import pytest
from fluent.syntax import FluentParser

from generator.render.compiled import TemplateCache, environment_tag, fluent_resource


def _environment(templates, cache):
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)), bytecode_cache=cache,
                              trim_blocks=True)


def test_a_template_is_compiled_once_per_version(tmp_path, monkeypatch):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "letter.md.j2").write_text("Dear {{ name }},\n{% if late %}pay now{% endif %}\n")
    cache = TemplateCache(environment_tag({"trim_blocks": True}), root=tmp_path / ".cache")
    first = _environment(templates, cache).get_template("letter.md.j2").render(name="Ann", late=True)
    assert list(cache.folder.iterdir()), "the compiled template is kept"

    # A new process (a fresh environment) loads it instead of compiling it.
    fresh = _environment(templates, cache)
    compiled = []
    original = fresh.compile
    monkeypatch.setattr(fresh, "compile", lambda *a, **k: compiled.append(a) or original(*a, **k))
    assert fresh.get_template("letter.md.j2").render(name="Ann", late=True) == first
    assert compiled == []

    # An edited template is compiled again, never served from the old entry.
    (templates / "letter.md.j2").write_text("Dear {{ name }}, please pay.\n")
    edited = _environment(templates, cache)
    assert edited.get_template("letter.md.j2").render(name="Ann") == "Dear Ann, please pay."


def test_environment_options_have_their_own_entries():
    assert environment_tag({"trim_blocks": True}) != environment_tag({"trim_blocks": False})


def test_a_damaged_or_unwritable_template_cache_only_means_compiling(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "a.j2").write_text("{{ 1 + 1 }}")
    cache = TemplateCache("t", root=tmp_path / ".cache")
    _environment(templates, cache).get_template("a.j2")
    for entry in cache.folder.iterdir():
        entry.write_bytes(b"j2\x00garbage")
    assert _environment(templates, cache).get_template("a.j2").render() == "2"
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    assert _environment(templates, TemplateCache("t", root=blocked)).get_template("a.j2").render() == "2"


def test_wording_is_parsed_once_per_version(tmp_path):
    parses = []

    def parse(text):
        parses.append(text)
        return FluentParser(with_spans=False).parse(text)

    text = "hello = Dear { $name },\n"
    one = fluent_resource(text, parse, "v1", root=tmp_path)
    two = fluent_resource(text, parse, "v1", root=tmp_path)
    assert one.equals(two) and len(parses) == 1
    fluent_resource(text + "bye = Yours\n", parse, "v1", root=tmp_path)  # edited: parsed again
    fluent_resource(text, parse, "v2", root=tmp_path)  # another parser version: parsed again
    assert len(parses) == 3


def test_a_damaged_or_unwritable_wording_cache_only_means_parsing(tmp_path):
    parse = FluentParser(with_spans=False).parse
    text = "hello = Dear\n"
    fluent_resource(text, parse, "v1", root=tmp_path)
    for entry in (tmp_path / "fluent").iterdir():
        entry.write_bytes(b"not a pickle")
    assert fluent_resource(text, parse, "v1", root=tmp_path).equals(parse(text))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    assert fluent_resource(text, parse, "v1", root=blocked).equals(parse(text))


def test_a_wording_syntax_error_still_names_its_line(tmp_path):
    from generator.errors import RenderError
    from generator.render.wording import parse_file

    bad = tmp_path / "reminder.ftl"
    bad.write_text("title = Reminder\n\nbroken = { $x\n")
    with pytest.raises(RenderError, match=r"reminder\.ftl:3: Fluent syntax error"):
        parse_file(bad)
