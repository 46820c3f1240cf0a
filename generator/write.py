"""The only module that writes files under output/. Atomically: a temporary file beside
the target, flushed and renamed over it, so a reader (or a killed build) sees the old
file or the new one, never half of one. Files whose bytes did not change are not touched.

Nothing under output/ is followed if it is a symbolic link: every folder on the way is
opened relative to its parent with O_NOFOLLOW (`openat`), files are opened with
O_NOFOLLOW and must be regular files. A symbolic link placed in output/ (by a pull
request, say) is refused with a message; it can never make one case's letter land on
another's file or on a file outside the project.

A case's files are written as one unit (`write_files`): every new file is first written
in full to its temporary file; only when all of them are on disk are they renamed into
place. Disk full part-way leaves every old file as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from generator.errors import GeneratorError

# Temporary files: `.<target name>.<12 hex digits>.tmp`. One left by a build killed
# between writing and renaming is removed by a later write into its folder, but only
# if its <target name> is one this build writes there (a user's `.notes.abcdef.tmp`
# stays).
_TEMP = re.compile(r"^\.(?P<target>.+)\.(?P<token>[0-9a-f]{12})\.tmp$")
STALE_TEMP_SECONDS = 15 * 60
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


class UnsafePath(GeneratorError):
    """A relative output name that would land outside the output folder, or on a link."""


def temp_name(name: str) -> str:
    return f".{name}.{secrets.token_hex(6)}.tmp"


def _parts(root: Path, relative: str) -> list[str]:
    refuse = UnsafePath(f"refusing to write {relative!r}: it would land outside {root}")
    if not isinstance(relative, str) or not relative or "\x00" in relative or "\\" in relative:
        raise refuse
    parts = relative.split("/")
    if relative.startswith("/") or any(part in ("", "..", ".") for part in parts):
        raise refuse
    return parts


def safe_target(root: Path, relative: str) -> Path:
    """`root/relative`, refusing anything that would land outside `root` or pass through a
    symbolic link (each existing component is checked with lstat; `root` itself may be
    a link, it is the user's choice of output folder)."""
    parts = _parts(root, relative)
    base = root.resolve() if root.exists() else root
    here = base
    for i, part in enumerate(parts):
        here = here / part
        try:
            st = os.lstat(here)
        except FileNotFoundError:
            break
        except OSError:
            raise UnsafePath(f"refusing to write {relative!r}: cannot examine {here}") from None
        last = i == len(parts) - 1
        if stat.S_ISLNK(st.st_mode):
            raise UnsafePath(f"refusing to use {root.name}/{'/'.join(parts[:i + 1])}: it is a symbolic link; "
                             f"the build never follows links inside {root.name}/ (remove it)")
        if not last and not stat.S_ISDIR(st.st_mode):
            raise UnsafePath(f"refusing to write {relative!r}: {root.name}/{'/'.join(parts[:i + 1])} is not a folder")
        if last and not stat.S_ISREG(st.st_mode):
            raise UnsafePath(f"refusing to write {relative!r}: {root.name}/{relative} is not a regular file")
    return base / Path(*parts)


@contextlib.contextmanager
def _folder(root: Path, parts: list[str], create: bool) -> Iterator[int]:
    """A descriptor of root/parts[0]/.../parts[-1], opened component by component without
    following links; missing folders are created when `create`."""
    base = root.resolve()
    fd = os.open(base, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
    try:
        for part in parts:
            try:
                nxt = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except FileNotFoundError:
                if not create:
                    raise
                with contextlib.suppress(FileExistsError):
                    os.mkdir(part, 0o755, dir_fd=fd)
                nxt = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise UnsafePath(f"refusing to follow {part!r} under {root.name}/: it is a symbolic link "
                                     f"or not a folder") from None
                raise
            os.close(fd)
            fd = nxt
        yield fd
    finally:
        os.close(fd)


def read_regular(root: Path, relative: str, limit: int | None = None) -> bytes:
    """The bytes of root/relative, a regular file reached without following any link."""
    parts = _parts(root, relative)
    with _folder(root, parts[:-1], create=False) as dfd:
        try:
            fd = os.open(parts[-1], os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0), dir_fd=dfd)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise UnsafePath(f"refusing to read {root.name}/{relative}: it is a symbolic link") from None
            raise
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise UnsafePath(f"refusing to read {root.name}/{relative}: not a regular file")
            return fh.read() if limit is None else fh.read(limit)


def _fsync(fd: int) -> None:
    try:
        os.fsync(fd)
    except OSError:
        pass


def _write_temp(dfd: int, name: str, data: bytes) -> str:
    tmp = temp_name(name)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0),
                 0o644, dir_fd=dfd)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp, dir_fd=dfd)
        raise
    return tmp


def write_atomic(target: Path, data: bytes) -> None:
    """Write one file atomically (its folder may be created; no link is followed below
    the existing part of the path, and the target itself is never a link)."""
    target = Path(os.path.abspath(target))
    anchor = target.parent
    missing: list[str] = []
    while not anchor.exists() and anchor != anchor.parent:
        missing.insert(0, anchor.name)
        anchor = anchor.parent
    with _folder(anchor, missing, create=True) as dfd:
        _check_not_link(dfd, target.name, target)
        tmp = _write_temp(dfd, target.name, data)
        try:
            os.replace(tmp, target.name, src_dir_fd=dfd, dst_dir_fd=dfd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp, dir_fd=dfd)
            raise
        _fsync(dfd)


def _check_not_link(dfd: int, name: str, shown: Path | str) -> None:
    try:
        st = os.lstat(name, dir_fd=dfd)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(st.st_mode):
        raise UnsafePath(f"refusing to write {shown}: it is a symbolic link or not a regular file")


def remove_stale_temps(folder: Path, older_than: float = STALE_TEMP_SECONDS,
                       names: Iterable[str] | None = None) -> list[Path]:
    """Delete temporary files a killed write left in `folder` (old enough not to be in use),
    only those our own naming makes, and with `names`, only for those target names."""
    removed = []
    wanted = set(names) if names is not None else None
    cutoff = time.time() - older_than
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _TEMP.match(entry.name)
        if not m or (wanted is not None and m["target"] not in wanted):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


class PartialWrite(GeneratorError):
    """Some files of a unit were renamed into place before a failure."""

    def __init__(self, message: str, written: list[str]):
        super().__init__(message)
        self.written = written


def write_files(root: Path, files: dict[str, bytes], before_rename=None) -> tuple[list[str], list[str]]:
    """Write every file that changed, as one unit; return (written, unchanged) relative paths.

    Every changed file is first written in full beside its target; `before_rename()` (the
    build records what it is about to own) runs once all of them are on disk; then they
    are renamed into place. A failure before the renames leaves every old file as it was;
    a failure during them raises PartialWrite naming the files already new.
    """
    for rel in files:
        safe_target(root, rel)  # check all before writing any
    root.mkdir(parents=True, exist_ok=True)
    by_folder: dict[tuple[str, ...], list[str]] = {}
    for rel in sorted(files):
        by_folder.setdefault(tuple(rel.split("/")[:-1]), []).append(rel)
    written, unchanged = [], []
    pending: list[tuple[tuple[str, ...], str, str, str]] = []  # folder, tmp, name, rel
    stack = contextlib.ExitStack()
    with stack:
        try:
            fds: dict[tuple[str, ...], int] = {}
            for folder, rels in by_folder.items():
                dfd = fds[folder] = stack.enter_context(_folder(root, list(folder), create=True))
                remove_stale_temps(Path(root.resolve(), *folder), names=[r.rsplit("/", 1)[-1] for r in rels])
                for rel in rels:
                    name = rel.rsplit("/", 1)[-1]
                    _check_not_link(dfd, name, f"{root.name}/{rel}")
                    if _same(dfd, name, files[rel]):
                        unchanged.append(rel)
                        continue
                    pending.append((folder, _write_temp(dfd, name, files[rel]), name, rel))
            if pending and before_rename is not None:
                before_rename()
        except OSError as exc:
            for folder, tmp, _name, _rel in pending:
                with contextlib.suppress(OSError):
                    os.unlink(tmp, dir_fd=fds[folder])
            raise GeneratorError(f"cannot write {root.name}/{pending[-1][3] if pending else '...'}: "
                                 f"{exc.strerror or exc}; no file of this unit was changed") from None
        except BaseException:
            for folder, tmp, _name, _rel in pending:
                with contextlib.suppress(OSError):
                    os.unlink(tmp, dir_fd=fds[folder])
            raise
        try:
            for i, (folder, tmp, name, rel) in enumerate(pending):
                os.replace(tmp, name, src_dir_fd=fds[folder], dst_dir_fd=fds[folder])
                written.append(rel)
        except OSError as exc:
            for folder, tmp, _name, _rel in pending[len(written):]:
                with contextlib.suppress(OSError):
                    os.unlink(tmp, dir_fd=fds[folder])
            raise PartialWrite(f"cannot write {root.name}/{pending[len(written)][3]}: {exc.strerror or exc}; "
                               f"already new: {', '.join(written) or 'none'}", written) from None
        for fd in fds.values():
            _fsync(fd)
    return written, unchanged


def _same(dfd: int, name: str, data: bytes) -> bool:
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0), dir_fd=dfd)
    except OSError:
        return False
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
            return False
        return fh.read() == data


def remove_file(root: Path, relative: str) -> None:
    """Delete root/relative (a regular file reached without links); empty folders above
    it, up to root, go too."""
    parts = _parts(root, relative)
    with _folder(root, parts[:-1], create=False) as dfd:
        _check_not_link(dfd, parts[-1], f"{root.name}/{relative}")
        os.unlink(parts[-1], dir_fd=dfd)
    for depth in range(len(parts) - 1, 0, -1):
        try:
            with _folder(root, parts[:depth - 1], create=False) as dfd:
                os.rmdir(parts[depth - 1], dir_fd=dfd)
        except OSError:
            break
