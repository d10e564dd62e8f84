"""The inputs of a batch: every article file once, and the identity of its bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from archive.pack.outcome import PackOutcome
from archive.read.paths import iter_article_paths, unique_paths

#: Answers for an input (path, content key) without packing it, or None: the resume index.
Resolver = Callable[[Path, "bytes | None"], "PackOutcome | None"]


def content_key(path: Path) -> bytes | None:
    """SHA-256 of the file's bytes (None when unreadable: the worker will say why)."""
    import hashlib

    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").digest()
    except OSError:
        return None


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    return unique_paths(iter_article_paths(paths))
