"""Shared fixtures: example cases, loaded once."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "cases").glob("*.yaml"))


@functools.cache
def example(name: str):
    from generator.pipeline import load_case

    return load_case(ROOT / "cases" / f"{name}.yaml")


@pytest.fixture(params=[p.stem for p in CASES])
def example_case(request):
    return example(request.param)
