"""One exception tree. Every problem a user can cause names the file, line and field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a case file, located as precisely as we can."""

    file: str
    line: int | None
    field: str
    message: str
    level: str = "error"  # error | warning (a warning does not stop the build)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        message = f"warning: {self.message}" if self.level == "warning" else self.message
        return f"{where}: {self.field}: {message}" if self.field else f"{where}: {message}"


class GeneratorError(Exception):
    """Base for errors reported to the user without a traceback."""


class CaseInvalid(GeneratorError):
    """A case file has one or more problems; all of them are carried."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.field, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))


class RenderError(GeneratorError):
    """A document could not be produced (missing value, glyph without font, ...)."""
