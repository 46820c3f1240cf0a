"""The one place fonts are chosen.

Noto Serif covers Latin and Cyrillic, Noto Serif Hebrew covers Hebrew, Noto Sans
Symbols 2 the symbols they lack; all come from Debian's fonts-noto-core. The PDF embeds subsets of exactly these files (never a
fallback found by chance on the machine), and the glyph check reads the same files.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

FONT_DIRS = (Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto"))


@dataclass(frozen=True)
class Face:
    family: str  # CSS family name used by the stylesheet
    file: str
    weight: int
    style: str = "normal"


FACES = (
    Face("Doc Serif", "NotoSerif-Regular.ttf", 400),
    Face("Doc Serif", "NotoSerif-Bold.ttf", 700),
    Face("Doc Serif", "NotoSerif-Italic.ttf", 400, "italic"),
    Face("Doc Serif", "NotoSerif-BoldItalic.ttf", 700, "italic"),
    Face("Doc Serif Hebrew", "NotoSerifHebrew-Regular.ttf", 400),
    Face("Doc Serif Hebrew", "NotoSerifHebrew-Bold.ttf", 700),
    # Symbols the text faces lack (the ballot box U+2610 of a form to tick, arrows,
    # geometric shapes): last in the stack, so it draws only what the others cannot.
    Face("Doc Symbols", "NotoSansSymbols2-Regular.ttf", 400),
)
FAMILY_STACK = '"Doc Serif", "Doc Serif Hebrew", "Doc Symbols"'


class FontMissing(Exception):
    pass


def font_path(file: str) -> Path:
    for folder in FONT_DIRS:
        if (folder / file).is_file():
            return folder / file
    raise FontMissing(
        f"font {file} not found in {', '.join(map(str, FONT_DIRS))}: install Debian's fonts-noto-core "
        f"(`make letters` does it when it can)"
    )


@functools.cache
def font_face_css() -> str:
    rules = []
    for face in FACES:
        rules.append(
            f'@font-face {{ font-family: "{face.family}"; src: url("{font_path(face.file).as_uri()}"); '
            f"font-weight: {face.weight}; font-style: {face.style}; }}"
        )
    return "\n".join(rules)


@functools.cache
def font_key() -> str:
    """The chosen faces, each with the SHA-256 of the bytes of its file, and fontTools'
    version: it names exactly what is read from the fonts, so that the result is kept
    in `.cache/` (generator/diskcache.py) and read back by the next process."""
    import hashlib
    import importlib.metadata

    parts = [f"fontTools {importlib.metadata.version('fonttools')}"]
    for face in FACES:
        digest = hashlib.sha256(font_path(face.file).read_bytes()).hexdigest()
        parts.append(f"{face.family}:{face.file}:{face.weight}:{face.style}:{digest}")
    return "\0".join(parts)


@functools.cache
def covered_codepoints() -> frozenset[int]:
    """Every character the regular faces can draw (read from them once per version of
    their bytes: reading them took a tenth of a second of each process)."""
    from generator import diskcache

    return diskcache.remember("covered", font_key(), _read_covered)


def _read_covered() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    points: set[int] = set()
    for face in FACES:
        if face.weight == 400 and face.style == "normal":
            points.update(TTFont(font_path(face.file), lazy=True).getBestCmap().keys())
    return frozenset(points)
