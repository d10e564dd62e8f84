"""Resume index of a bundle destination: which bundle was made from which bag, how.

A bundle is skipped on a re-run when it is still there and its key is the one remembered:
the SHA-256 of the bag's tag manifests (which cover bag-info.txt and, through the payload
manifests, every payload byte), the options, and the code (``archive.pack.resume``'s
fingerprint). Like pack's index it is a cache in the user's cache folder, never the truth:
a damaged one is rebuilt, and ``--force`` ignores it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from archive.bundle.product import BundleOptions

_COMMIT_EVERY = 256


def index_path(dest: Path, options: BundleOptions) -> Path:
    from archive.base.cachedir import cache_dir

    name = hashlib.sha256(os.fsencode(str(Path(dest).resolve())) + b"\0"
                          + options.format.encode()).hexdigest()[:24]
    return cache_dir() / f"bundle-{name}.sqlite"


class BundleIndex:
    """Bundle name -> key, in SQLite (WAL, so that a killed run leaves it consistent)."""

    def __init__(self, dest: Path, options: BundleOptions) -> None:
        from archive.pack.resume import run_fingerprint

        self.salt = f"{run_fingerprint()}\0{options.key()}\0".encode()
        self.db: sqlite3.Connection | None = None
        self.pending = 0
        path = index_path(dest, options)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = self._open(path)
        except sqlite3.DatabaseError:
            try:
                path.unlink()
                self.db = self._open(path)
            except (OSError, sqlite3.Error):
                self.db = None
        except OSError:
            self.db = None

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS bundle (name TEXT PRIMARY KEY, key TEXT NOT NULL)")
        return db

    def key(self, bag: Path) -> str | None:
        """The key of a bag as it is now, or None when it has no tag manifest."""
        digest = hashlib.sha256(self.salt)
        found = False
        try:
            for entry in sorted(os.scandir(bag), key=lambda e: e.name):
                if entry.name.startswith("tagmanifest-") and entry.is_file(follow_symlinks=False):
                    digest.update(entry.name.encode() + b"\0")
                    with open(entry.path, "rb") as handle:
                        digest.update(hashlib.sha256(handle.read()).digest())
                    found = True
        except OSError:
            return None
        return digest.hexdigest() if found else None

    def lookup(self, name: str) -> str | None:
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT key FROM bundle WHERE name = ?", (name,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def remember(self, name: str, key: str) -> None:
        if self.db is None:
            return
        try:
            self.db.execute("INSERT OR REPLACE INTO bundle (name, key) VALUES (?, ?)", (name, key))
            self.pending += 1
            if self.pending >= _COMMIT_EVERY:
                self.db.commit()
                self.pending = 0
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self.db is not None:
            try:
                self.db.commit()
                self.db.close()
            except sqlite3.Error:
                pass
            self.db = None
