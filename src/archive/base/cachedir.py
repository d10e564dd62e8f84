"""The user's cache folder: derived data that speeds up later runs and can be deleted.

``$ARCHIVE_CACHE_DIR``, else ``$XDG_CACHE_HOME/archive``, else ``~/.cache/archive``. What
lives there is never the truth (the bags are): each file is checked when read, and
anything missing, stale or damaged is rebuilt.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable


def cache_dir() -> Path:
    base = os.environ.get("ARCHIVE_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = os.path.join(xdg, "archive") if xdg else os.path.expanduser("~/.cache/archive")
    return Path(base)


def store(path: Path, chunks: Iterable[bytes], older: str) -> None:
    """Write ``chunks`` to ``path`` whole or not at all (a temporary file, then a rename), then
    drop the files of the same folder matching ``older`` (earlier versions). A cache that
    cannot be written is not an error: the caller goes on with what it built."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.replace(temporary, path)
        for stale in path.parent.glob(older):
            if stale != path:
                stale.unlink()
    except OSError:
        try:
            temporary.unlink()
        except OSError:
            pass
