"""The user's cache folder: derived data that speeds up later runs and can be deleted.

``$ARCHIVE_CACHE_DIR``, else ``$XDG_CACHE_HOME/archive``, else ``~/.cache/archive``. What
lives there is never the truth (the bags are): each file is checked when read, and
anything missing, stale or damaged is rebuilt.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    base = os.environ.get("ARCHIVE_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = os.path.join(xdg, "archive") if xdg else os.path.expanduser("~/.cache/archive")
    return Path(base)
