"""What a no-op build trusts about the files it wrote, as git's index does: a file whose
device, inode, size, modification and change times are those recorded when its hash was
last taken still has that hash, so an unchanged output costs one lstat(), not a read and
a hash.

The cache is local to the checkout (`.cache/stat-output.json` beside the output folder,
git-ignored: inodes and times differ per clone) and an optimisation only: when it is
missing, damaged or cannot be written, every file is hashed. A file modified within two seconds of the
moment its entry would be stored is not stored ("racily clean", as git calls it): the
next build hashes it again.
"""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

FORMAT = 1
RACY_NS = 2_000_000_000


def _key(st: os.stat_result) -> list[int]:
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


class StatCache:
    def __init__(self, output: Path) -> None:
        self.root = os.path.realpath(output)  # resolved once per build
        self.path = Path(self.root).parent / ".cache" / f"stat-{Path(self.root).name}.json"
        self.entries: dict[str, list] = {}
        self.fresh: dict[str, list] = {}
        self.hits = 0  # counted, so tests can check the work saved without timing it
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if raw.get("format") == FORMAT and isinstance(raw.get("files"), dict):
                self.entries = raw["files"]
        except (OSError, ValueError, AttributeError):
            pass

    def _lstat(self, rel: str) -> os.stat_result | None:
        try:
            st = os.lstat(os.path.join(self.root, rel))
        except OSError:
            return None
        return st if stat.S_ISREG(st.st_mode) else None

    def lookup(self, rel: str) -> str | None:
        """The recorded hash of output/rel if the file is as it was when hashed; else None."""
        entry = self.entries.get(rel)
        if not entry:
            return None
        st = self._lstat(rel)
        if st is None or _key(st) != entry[:5]:
            return None
        self.hits += 1
        self.fresh[rel] = entry
        return entry[5]

    def remember(self, rel: str, digest: str) -> None:
        """output/rel was just read and hashed to `digest`."""
        st = self._lstat(rel)
        if st is not None and max(st.st_mtime_ns, st.st_ctime_ns) < time.time_ns() - RACY_NS:
            self.fresh[rel] = [*_key(st), digest]

    def keep(self, prefix: str) -> None:
        """Carry over the entries of a case this build did not look at (`<case>/`)."""
        for rel, entry in self.entries.items():
            if rel.startswith(prefix):
                self.fresh.setdefault(rel, entry)

    def save(self) -> None:
        if self.fresh == self.entries:
            return
        try:
            self.path.parent.mkdir(exist_ok=True)
            tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"format": FORMAT, "files": self.fresh}, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass
