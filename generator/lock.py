"""An exclusive lock on the output folder, so concurrent builds cannot interleave.

The lock is an advisory `flock` on `output/.build.lock`: the kernel releases it when
the holding process ends, however it ends, so a killed build never leaves a stale lock.
The file holds the holder's process id, for the message a second build prints.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from generator.errors import GeneratorError

LOCK_NAME = ".build.lock"


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (process {text})" if text.isdigit() else ""


@contextlib.contextmanager
def output_lock(output: Path, wait: bool = False) -> Iterator[None]:
    try:
        output.mkdir(parents=True, exist_ok=True)
        fd = os.open(output / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as exc:
        raise GeneratorError(f"cannot create the lock file {output.name}/{LOCK_NAME}: {exc.strerror or exc}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise GeneratorError(
                f"another build{_holder(fd)} is writing to {output.name}/; "
                f"wait for it to finish and run again") from None
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        except OSError:
            pass  # the id is only for the message
        yield
    finally:
        os.close(fd)  # releases the lock
