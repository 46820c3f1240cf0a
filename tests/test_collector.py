"""The build's garbage collection policy (generator/collector.py): paused while a
document is made, its cycles freed right after; nothing changes in a process that did
not ask for it."""

from __future__ import annotations

import gc
import weakref

import pytest

from generator import collector


class Node:
    """An object in a reference cycle: only the collector can free it."""

    def __init__(self):
        self.me = self


@pytest.fixture
def managed(monkeypatch):
    monkeypatch.setattr(collector, "_MANAGED", True)
    yield
    gc.unfreeze()
    gc.enable()


def test_a_library_caller_keeps_its_collector():
    assert not collector._MANAGED  # the tests use build() as a library
    with collector.one_document():
        assert gc.isenabled()
    frozen = gc.get_freeze_count()
    collector.between_cases()
    assert gc.get_freeze_count() == frozen


def test_paused_during_a_document_and_its_cycles_freed_after(managed):
    with collector.one_document():
        assert not gc.isenabled()
        cycles = [Node() for _ in range(5000)]  # far past the collector's threshold
        alive = weakref.ref(cycles[0])
        del cycles
        assert alive() is not None  # nothing collected while the document is made
    assert gc.isenabled()
    assert alive() is None  # freed as the document ends


def test_a_failing_document_leaves_the_collector_running(managed):
    with pytest.raises(RuntimeError):
        with collector.one_document():
            raise RuntimeError("layout failed")
    assert gc.isenabled()


def test_what_outlives_a_case_is_set_aside(managed):
    kept = [Node() for _ in range(100)]
    garbage = weakref.ref(Node())
    collector.between_cases()
    assert garbage() is None
    assert gc.get_freeze_count() >= len(kept)
