"""The inputs of a batch: every article file once, every article response of a web archive,
and the identity of their bytes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Union

from archive.pack.outcome import PackOutcome
from archive.read.paths import WARC_SUFFIXES, iter_article_paths, unique_paths

if TYPE_CHECKING:
    from archive.read.warc import UrlFilter, WarcMember

#: One input: an article file, or one archived response inside a WARC or WACZ file.
Source = Union[Path, "WarcMember"]
#: Answers for an input (source, content key) without packing it, or None: the resume index.
Resolver = Callable[[Source, "bytes | None"], "PackOutcome | None"]


def content_key(source: Source) -> bytes | None:
    """SHA-256 of the input's bytes (None when unreadable: the worker will say why)."""
    import hashlib

    if not isinstance(source, Path):
        return source.sha256  # hashed while the archive was listed
    try:
        with open(source, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").digest()
    except OSError:
        return None


def iter_inputs(paths: Iterable[Path], skipped: Counter[str] | None = None,
                url_filter: "UrlFilter | None" = None) -> Iterator[Source]:
    """Article files, and the article responses of the web archives among them (streamed:
    a WARC is read as the batch goes); what an archive holds besides is counted in
    ``skipped``. ``url_filter`` chooses archived responses by their URL."""
    skipped = Counter() if skipped is None else skipped
    seen: set[str] = set()  # payload digests across the run's archives: later ones are duplicates
    for path in unique_paths(iter_article_paths(paths)):
        if path.name.lower().endswith(WARC_SUFFIXES):
            from archive.read.warc import iter_members

            yield from iter_members(path, skipped, url_filter, seen)
        else:
            yield path
