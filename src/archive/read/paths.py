"""Which files are articles, and where each input really is on disk."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable, Iterator

#: Suffixes read as articles, with the media type recorded in dc:format.
MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}



#: Web archives, whose article responses are packed one by one (``archive.read.warc``).
WARC_SUFFIXES = (".warc", ".warc.gz", ".wacz")


def iter_article_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders into the article files and web archives below them (sorted, so runs
    are reproducible).

    Files named explicitly are yielded whatever their suffix, so that the reader can say why
    it refuses them; inside folders only known suffixes are picked and sidecars are skipped.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith("."):
                    continue
                if child.suffix.lower() in MEDIA_TYPES or child.name.lower().endswith(WARC_SUFFIXES):
                    yield child
        else:
            yield path


class RealPaths:
    """``os.path.realpath`` of many input files at one ``lstat`` each.

    A batch asks where each of thousands of inputs really is (to pack a file reached twice
    only once, and to key the resume index); realpath walks every folder of every path.
    The real path of each folder is remembered, so a file that is not itself a symbolic
    link costs one ``lstat``; a link, ``.`` or ``..`` takes the full walk.
    """

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: "os.PathLike[str] | str") -> str:
        path = os.fspath(path)
        folder, name = os.path.split(path)
        if name in ("", ".", ".."):
            return os.path.realpath(path)
        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                return os.path.realpath(path)
        except (OSError, ValueError):
            pass  # missing: realpath keeps the name as it is, and so does this
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = os.path.realpath(folder or os.curdir)
        return os.path.join(real, name)



def unique_paths(paths: Iterator[Path]) -> Iterator[Path]:
    """Each file once, even when named twice or reached through two folders."""
    real = RealPaths()
    seen: set[str] = set()
    for path in paths:
        key = real(path)
        if key not in seen:
            seen.add(key)
            yield path


SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")


def skipped_in_folders(paths: Iterable[Path]) -> list[Path]:
    """Files below the named folders that ``iter_article_paths`` does not pick (not an
    article type, not a curation sidecar, not hidden): what a run should say it left."""
    skipped = []
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                name = child.name.lower()
                if (child.suffix.lower() not in MEDIA_TYPES and not name.startswith(".")
                        and not name.endswith(SIDECAR_SUFFIXES + WARC_SUFFIXES)):
                    skipped.append(child)
    return skipped
