"""Jurisdiction codes to their modules, loaded on first use."""

from __future__ import annotations

import functools
import importlib

from generator.jurisdictions.base import Jurisdiction

MODULES = {
    "UK": ("generator.jurisdictions.uk", "EnglandAndWales"),
    "PL": ("generator.jurisdictions.pl", "Poland"),
    "RU": ("generator.jurisdictions.ru", "Russia"),
    "IL": ("generator.jurisdictions.il", "Israel"),
}


@functools.cache
def get(code: str) -> Jurisdiction:
    module, cls = MODULES[code]
    return getattr(importlib.import_module(module), cls)()
