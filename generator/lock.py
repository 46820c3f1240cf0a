"""An exclusive lock on the output folder, so concurrent builds cannot interleave."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from generator.errors import GeneratorError

LOCK_NAME = ".build.lock"


@contextlib.contextmanager
def output_lock(output: Path, wait: bool = False) -> Iterator[None]:
    output.mkdir(parents=True, exist_ok=True)
    fd = os.open(output / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise GeneratorError(f"another build is writing to {output.name}/; wait for it to finish and run again") from None
        yield
    finally:
        os.close(fd)
