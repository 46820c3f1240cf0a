"""An exclusive lock on the output folder, so concurrent builds cannot interleave.

The lock is an advisory `flock` on `output/.build.lock`: the kernel releases it when
the holding process ends, however it ends, so a killed build never leaves a stale lock.
Only the build itself holds it (its workers close their copy as they start, and die
with it). The file holds the holder's process id while a build runs, for the message a
second build prints; a build that finds the id of a process that is gone says that it
takes the lock over. The file is opened with O_NOFOLLOW and must be a regular file: a
symbolic link planted as `output/.build.lock` is refused, never written through.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import GeneratorError

LOCK_NAME = ".build.lock"


@dataclass
class Lock:
    fd: int
    messages: list[str] = field(default_factory=list)


def _recorded_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holders(fd: int) -> list[int]:
    """Processes holding a flock on the same file (Linux /proc/locks), for the message."""
    try:
        st = os.fstat(fd)
        wanted = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            pids = []
            for line in fh:
                parts = line.split()
                if len(parts) > 5 and parts[1] == "FLOCK" and parts[5] == wanted:
                    pids.append(int(parts[4]))
            return sorted(set(pids))
    except (OSError, ValueError):
        return []


def _holder(fd: int) -> str:
    pid = _recorded_pid(fd)
    return f" (process {pid})" if pid is not None else ""


@contextlib.contextmanager
def output_lock(output: Path, wait: bool = False) -> Iterator[Lock]:
    path = output / LOCK_NAME
    try:
        output.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise GeneratorError(f"{output.name}/{LOCK_NAME} is a symbolic link; the build never writes through a "
                                 f"link: remove it and run again") from None
        raise GeneratorError(f"cannot create the lock file {output.name}/{LOCK_NAME}: {exc.strerror or exc}") from None
    lock = Lock(fd)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise GeneratorError(f"{output.name}/{LOCK_NAME} is not a regular file: remove it and run again")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            pid = _recorded_pid(fd)
            if pid is not None and not _alive(pid):
                others = [p for p in _holders(fd) if p != os.getpid()]
                who = f" by process(es) {', '.join(map(str, others))}" if others else ""
                raise GeneratorError(
                    f"the build that took the lock on {output.name}/ (process {pid}) has ended, but the lock is still "
                    f"held{who}, left over from it; end those processes and run again") from None
            raise GeneratorError(
                f"another build{_holder(fd)} is writing to {output.name}/; "
                f"wait for it to finish and run again") from None
        previous = _recorded_pid(fd)
        if previous is not None and previous != os.getpid() and not _alive(previous):
            lock.messages.append(f"the previous build (process {previous}) ended without finishing; "
                                 f"taking over its lock on {output.name}/")
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        except OSError:
            pass  # the id is only for the message
        yield lock
        try:
            os.ftruncate(fd, 0)  # finished: no id left to mistake for a crashed build
        except OSError:
            pass
    finally:
        os.close(fd)  # releases the lock
