"""Start-up work kept in .cache/ (generator/diskcache.py): the holidays of each
jurisdiction and the fonts' advance widths are worked out once per version of their
inputs, give the same answers as working them out, and a damaged or unwritable cache
only means working them out again."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from generator import diskcache
from generator.case import checks
from generator.jurisdictions import base, registry


def test_remember_works_out_once_per_key(tmp_path):
    calls = []

    def work(value):
        def compute():
            calls.append(value)
            return {"value": value}
        return compute

    assert diskcache.remember("k", "a", work(1), tmp_path) == {"value": 1}
    assert diskcache.remember("k", "a", work(2), tmp_path) == {"value": 1}  # kept: not worked out again
    assert diskcache.remember("k", "b", work(3), tmp_path) == {"value": 3}  # another key, another entry
    assert calls == [1, 3]


def test_a_damaged_or_unwritable_cache_only_means_working_it_out_again(tmp_path):
    diskcache.remember("k", "a", lambda: 1, tmp_path)
    for entry in (tmp_path / "k").iterdir():
        entry.write_bytes(b"not a pickle")
    assert diskcache.remember("k", "a", lambda: 2, tmp_path) == 2
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    assert diskcache.remember("k", "a", lambda: 3, blocked) == 3
    assert diskcache.remember("k", "a", lambda: 4, blocked) == 4


@pytest.mark.parametrize("code", sorted(registry.MODULES))
def test_business_days_are_the_holidays_packages_on_every_day(code):
    law = registry.get(code)
    package = holidays.country_holidays(law.holidays_country, subdiv=law.holidays_subdiv,
                                        years=base.HOLIDAY_YEARS)
    day, last = dt.date(base.HOLIDAY_YEARS[0] - 1, 12, 1), dt.date(base.HOLIDAY_YEARS[-1] + 1, 1, 31)
    wrong = []
    while day <= last:  # the kept years, and days either side that ask the package
        if law.is_business_day(day) != package.is_working_day(day):
            wrong.append(day)
        day += dt.timedelta(days=1)
    assert wrong == []


def test_the_days_off_are_kept_so_a_new_process_need_not_import_holidays(monkeypatch):
    law = registry.get("RU")
    kept = law._days_off  # worked out (or read) once
    fresh = type(law)()  # as in a new process: nothing worked out yet

    def not_asked(self):
        raise AssertionError("the holidays package was asked again")

    monkeypatch.setattr(type(law), "_holidays", property(not_asked))
    assert fresh._days_off == kept
    assert fresh.is_business_day(dt.date(2024, 12, 28))  # a Saturday made a working day (RU)
    assert not fresh.is_business_day(dt.date(2025, 1, 1))


def test_the_advance_widths_are_read_from_the_fonts_once(monkeypatch):
    from generator.render.fonts import FACES, font_path

    checks._advances.cache_clear()
    kept = checks._advances()
    read = checks._read_advances([(face, font_path(face.file)) for face in FACES])
    assert kept == read and len(kept) > 1000

    checks._advances.cache_clear()  # as in a new process
    monkeypatch.setattr(checks, "_read_advances", lambda paths: pytest.fail("the fonts were read again"))
    assert checks._advances() == read
    checks._advances.cache_clear()
