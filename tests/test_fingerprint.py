"""Only the code that makes a document's bytes is in its fingerprint: a change to the
command line, `status`, `new` or the build's bookkeeping re-renders nothing; a change
to rendering re-renders every document."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import manifest, pipeline
from generator.build import build
from tests.test_build import write_case


@pytest.fixture()
def package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "generator"
    shutil.copytree(manifest.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _touch(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")


@pytest.mark.parametrize("module", ["cli.py", "status.py", "starter.py", "jsonschema.py", "lock.py", "build.py",
                                    "__main__.py"])
def test_modules_that_cannot_change_a_document_are_not_in_the_fingerprint(package_copy: Path, module: str) -> None:
    before = manifest.source_hash(package_copy)
    _touch(package_copy / module)
    assert manifest.source_hash(package_copy) == before


@pytest.mark.parametrize("module", ["render/pdf.py", "render/formatting.py", "compute/interest.py",
                                    "case/model.py", "jurisdictions/uk.py", "pipeline.py"])
def test_modules_that_make_a_document_are_in_the_fingerprint(package_copy: Path, module: str) -> None:
    before = manifest.source_hash(package_copy)
    _touch(package_copy / module)
    assert manifest.source_hash(package_copy) != before


def test_a_new_module_counts_unless_it_is_known_not_to(package_copy: Path) -> None:
    before = manifest.source_hash(package_copy)
    (package_copy / "render" / "new_step.py").write_text("X = 1\n", encoding="utf-8")
    assert manifest.source_hash(package_copy) != before


def test_a_change_to_status_re_renders_nothing(tmp_path: Path, package_copy: Path, monkeypatch) -> None:
    case = write_case(tmp_path, "fp-case")
    out = tmp_path / "output"
    assert not build([case], None, 1, out).failed
    rendered: list[str] = []
    real = pipeline.render_case

    def counting(case_, langs=None, only=None):
        files = real(case_, langs, only)
        rendered.extend(files)
        return files

    monkeypatch.setattr(pipeline, "render_case", counting)
    _touch(package_copy / "status.py")
    _touch(package_copy / "cli.py")
    monkeypatch.setattr(manifest, "code_hash", lambda: manifest.source_hash(package_copy))
    again = build([case], None, 1, out)
    assert not again.failed and rendered == [] and [r.written for r in again.results] == [[]]
    _touch(package_copy / "render" / "pdf.py")
    third = build([case], None, 1, out)
    assert not third.failed
    assert sorted(r for r in rendered if r.endswith(".pdf")) == ["fp-case/en/reminder-1.pdf",
                                                                 "fp-case/en/reminder-2.pdf"]


def test_a_font_file_changed_in_place_changes_the_fingerprint(tmp_path: Path, monkeypatch) -> None:
    """The fingerprint names the fonts by their bytes: an updated font that keeps its
    file's size still re-renders the documents that embed it."""
    from generator.render import fonts

    folder = tmp_path / "fonts"
    folder.mkdir()
    for face in fonts.FACES:
        shutil.copy(fonts.font_path(face.file), folder / face.file)
    monkeypatch.setattr(fonts, "FONT_DIRS", (folder,))

    def fingerprint() -> str:
        manifest.fonts_hash.cache_clear()
        manifest.file_hash.cache_clear()
        return manifest.fingerprint("case", "UK", "reminder-1", "en")

    before = fingerprint()
    assert fingerprint() == before
    target = folder / fonts.FACES[0].file
    data = bytearray(target.read_bytes())
    data[-1] ^= 0xFF  # same size, other bytes
    target.write_bytes(bytes(data))
    assert fingerprint() != before
    manifest.fonts_hash.cache_clear()
    manifest.file_hash.cache_clear()
