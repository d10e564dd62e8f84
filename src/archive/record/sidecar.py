"""Where an article's curation sidecar is: ``NAME.meta.yaml`` (or ``.meta.yml``, ``.meta.json``).

Kept apart from ``curate`` because the resume index asks this for every input of a batch in
the parent process, which should not load the extractor's fact model or YAML for it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")


def sidecar_for(article_path: Path) -> Path | None:
    """The first existing sidecar of ``article_path`` (``foo.txt.meta.yaml`` before
    ``foo.meta.yaml``).

    Runs once per input in the parent of a batch, so it works on strings (pathlib's
    ``with_name`` and ``is_file`` cost more than the stat calls); the same files and the
    same errors as ``Path.with_name(...).is_file()``.
    """
    folder, name = os.path.split(os.fspath(article_path))
    dot = name.rfind(".")
    stem = name[:dot] if 0 < dot < len(name) - 1 else name  # Path.stem
    for suffix in SIDECAR_SUFFIXES:
        for candidate in (name + suffix, stem + suffix):
            candidate = os.path.join(folder, candidate)
            if _is_file(candidate):
                return Path(candidate)
    return None


#: The errors for which ``Path.is_file`` answers False instead of raising.
_NOT_THERE = {errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP}


def _is_file(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError as exc:
        if exc.errno in _NOT_THERE:
            return False
        raise
    except ValueError:
        return False
