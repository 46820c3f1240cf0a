"""Garbage collection in a process that exists to build: the command line's, and its
workers. A library caller's process (the tests, a tool importing `build`) keeps its own
collector settings: nothing here runs unless `manage()` was called.

Why: WeasyPrint makes objects by the million while it lays out a page, and Python's
collector, left to itself, walks the ones still alive every 700 allocations: 7-8 % of a
build's time, measured with `gc.callbacks` on the benchmark's cases. Very few of those
objects are garbage with cycles (what only the collector can free), so the collector
is paused while a document is made and run once after it, on the young objects only;
what outlives a whole case is set aside between cases. The collector's share drops to
about 3.5 %; memory grows by at most one document's cyclic garbage. Nothing here can
change a document's bytes.
"""

from __future__ import annotations

import contextlib
import gc

_MANAGED = False


def manage() -> None:
    """This process exists to build (called by the command line, and in each worker)."""
    global _MANAGED
    _MANAGED = True


def between_cases() -> None:
    """What the previous case left is collected, then what stays alive (compiled
    templates and wording, fonts, the renderer's caches) is moved out of the
    collector's sight for good: each full collection walked all of it again."""
    if _MANAGED:
        gc.collect()
        gc.freeze()


@contextlib.contextmanager
def one_document():
    """No collection while a document is made; its cycles are freed right after it (all
    its objects are in the youngest generation, as nothing was collected meanwhile)."""
    if not _MANAGED or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)
