"""The fast schema check says "valid" only where Cerberus does (generator/case/quickcheck.py)."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.case.load import load_file
from generator.case.quickcheck import certainly_valid
from generator.case.schema import make_validator
from generator.case.validate import _schema_problems

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "cases").glob("*.yaml"))


def cerberus_accepts(data) -> bool:
    return make_validator().validate(data, normalize=False)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_examples_take_the_fast_path(path):
    data = load_file(path, path.name).data
    assert certainly_valid(data)
    assert cerberus_accepts(data)


def _paths(value, path=()):
    """Every place in a document: (path, value)."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, path + (i,))


ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=3), st.text(min_size=190, max_size=320), st.just("x" * 2001), st.just(""), st.just(" "),
    st.just("abc\n"), st.just("12.50"), st.just("-1"), st.just("1,5"), st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1)),
    st.just([]), st.just({}), st.just(["x"]), st.just({"x": 1}), st.sampled_from(["UK", "PL", "RU", "IL", "en", "he",
                                                                                   "GBP", "none", "statutory"]),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(example=st.sampled_from(EXAMPLES), picks=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 2), ODD_VALUES),
                                                         min_size=1, max_size=3))
def test_a_fast_yes_is_cerberus_yes(example, picks):
    """Change, drop or add values anywhere in an example: whenever the fast check
    accepts the result, Cerberus accepts it too (the reverse need not hold)."""
    data = copy.deepcopy(load_file(example, example.name).data)
    for where, action, value in picks:
        # A copy: `st.just([])` hands out the same list each time, and a list inserted
        # twice could end up inside itself (a RecursionError in _paths, not a finding).
        value = copy.deepcopy(value)
        places = [p for p, _ in _paths(data) if p]
        path = places[where % len(places)]
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        last = path[-1]
        if action == 0:
            parent[last] = value
        elif action == 1:
            del parent[last]
        elif isinstance(parent, dict):
            parent[f"extra_{where % 7}"] = value
        else:
            parent.append(value)
    if certainly_valid(data):
        assert cerberus_accepts(data), data


def test_a_problem_is_still_found_and_worded_by_cerberus():
    data = copy.deepcopy(load_file(EXAMPLES[0], EXAMPLES[0].name).data)
    data["creditor"]["nmae"] = data["creditor"].pop("name")
    assert not certainly_valid(data)

    class Loaded:
        file = "case.yaml"
        lines: dict = {}

        def __init__(self, d):
            self.data = d

        def line_of(self, path):
            return None

    messages = [p.message for p in _schema_problems(Loaded(data))]
    assert any("nmae" in m and "did you mean 'name'" in m for m in messages), messages
