"""`validate` that scales: libyaml parses (with the same results and messages as the
pure-Python parser), verdicts are cached by the case file's bytes, and the cases not in
the cache are checked across cores with the same verdicts as one by one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import verdicts
from generator.case import load
from generator.errors import CaseInvalid
from tests.conftest import ROOT
from tests.test_build import write_case

FILES = sorted((ROOT / "tests" / "bad_inputs").glob("*.yaml")) + sorted((ROOT / "cases").glob("*.yaml"))


def _outcome(path: Path):
    try:
        loaded = load.load_file(path)
        return "ok", loaded.data, loaded.lines
    except CaseInvalid as exc:
        return "invalid", [str(p) for p in exc.problems]


@pytest.mark.skipif(load._FastComposeLoader is None, reason="PyYAML without libyaml")
def test_libyaml_and_pure_python_read_every_file_alike(monkeypatch) -> None:
    fast = {path.name: _outcome(path) for path in FILES}
    monkeypatch.setattr(load, "_FastComposeLoader", None)
    slow = {path.name: _outcome(path) for path in FILES}
    assert fast == slow


def _tree(node):
    """A composed node as comparable data: kind, tag, style, where it starts and ends."""
    where = (node.start_mark.line, node.start_mark.column, node.end_mark.line, node.end_mark.column)
    if isinstance(node.value, str):
        return ("scalar", node.tag, node.value, node.style, where)
    if node.value and isinstance(node.value[0], tuple):
        return ("mapping", node.tag, node.flow_style, where, [(_tree(k), _tree(v)) for k, v in node.value])
    return ("sequence", node.tag, node.flow_style, where, [_tree(item) for item in node.value])


@pytest.mark.skipif(load._FastComposeLoader is None, reason="PyYAML without libyaml")
def test_libyaml_composes_the_same_nodes() -> None:
    """The C parser's own composition (without PyYAML's resolver) gives the node trees
    the pure-Python parser gives: tags, values, styles and positions."""
    import yaml

    compared = 0
    for path in FILES:
        text = path.read_text(encoding="utf-8", errors="replace")
        fast = load._FastComposeLoader(text)
        try:
            fast_node, fast_refused = fast.get_single_node(), sorted(fast.refused.values())
        except (yaml.YAMLError, load._TooBig):
            continue
        finally:
            fast.dispose()
        slow = load._ComposeLoader(text)
        try:
            slow_node, slow_refused = slow.get_single_node(), sorted(slow.refused.values())
        except (yaml.YAMLError, load._TooBig):
            continue  # refused by PyYAML's reader (tabs, characters): the loader goes its way
        finally:
            slow.dispose()
        assert (_tree(fast_node) if fast_node else None) == (_tree(slow_node) if slow_node else None), path.name
        assert fast_refused == slow_refused, path.name
        compared += 1
    assert compared >= 20


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / ".cache" / "validate.json"
    monkeypatch.setattr(verdicts, "CACHE", path)
    return path


@pytest.fixture()
def counted(monkeypatch) -> list[str]:
    checked: list[str] = []
    real = verdicts._check

    def check(path: str):
        checked.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(verdicts, "_check", check)
    monkeypatch.setattr(verdicts, "PARALLEL_FROM", 10**6)  # in this process, where the count is
    return checked


def _problems(found: list[verdicts.Verdict]) -> list[list[str]]:
    return [verdict.problems for verdict in found]


def _age(path: Path) -> None:
    """As if written long ago (a file written just now is re-hashed, as git does)."""
    old = 1_700_000_000  # a fixed moment in 2023: long before any test runs, read from no clock
    os.utime(path, (old, old))


def test_an_unchanged_case_is_not_validated_again(tmp_path: Path, cache: Path, counted: list[str]) -> None:
    cases = [write_case(tmp_path, f"case-{n}") for n in range(3)]
    for path in cases:
        _age(path)
    assert _problems(verdicts.validate_all(cases)) == [[], [], []]
    assert sorted(counted) == ["case-0.yaml", "case-1.yaml", "case-2.yaml"] and cache.is_file()
    counted.clear()
    assert _problems(verdicts.validate_all(cases)) == [[], [], []]
    assert counted == []
    # Touched but the same bytes: hashed, not validated.
    os.utime(cases[0])
    _age(cases[1])
    assert _problems(verdicts.validate_all(cases)) == [[], [], []] and counted == []
    # Edited: validated again, and its new problem reported.
    cases[2].write_text(cases[2].read_text(encoding="utf-8").replace("currency: GBP", "currency: XXX"),
                        encoding="utf-8")
    result = _problems(verdicts.validate_all(cases))
    assert counted == ["case-2.yaml"]
    assert result[:2] == [[], []] and "'XXX' is an ISO 4217 code" in result[2][0]


def test_a_changed_generator_validates_everything_again(tmp_path: Path, cache: Path, counted: list[str],
                                                         monkeypatch) -> None:
    cases = [write_case(tmp_path, f"case-{n}") for n in range(2)]
    for path in cases:
        _age(path)
    _problems(verdicts.validate_all(cases))
    counted.clear()
    monkeypatch.setattr(verdicts, "fingerprint", lambda: "another generator")
    _problems(verdicts.validate_all(cases))
    assert sorted(counted) == ["case-0.yaml", "case-1.yaml"]


def test_an_unreadable_cache_is_no_cache(tmp_path: Path, cache: Path, counted: list[str]) -> None:
    case = write_case(tmp_path, "case-x")
    cache.parent.mkdir()
    cache.write_text("<<<<<<< conflict\n", encoding="utf-8")
    assert _problems(verdicts.validate_all([case])) == [[]] and counted == ["case-x.yaml"]


def test_across_cores_the_verdicts_are_the_same(tmp_path: Path, cache: Path, monkeypatch) -> None:
    monkeypatch.setattr(verdicts, "PARALLEL_FROM", 2)
    paths = [write_case(tmp_path, f"case-{n}") for n in range(4)] + FILES[:8]
    parallel = _problems(verdicts.validate_all(paths, jobs=2, use_cache=False))
    serial = _problems(verdicts.validate_all(paths, jobs=1, use_cache=False))
    assert parallel == serial and parallel[:4] == [[], [], [], []]
    assert any(parallel[4:])
