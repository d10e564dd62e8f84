"""What one bag becomes in each format: a ``Product`` (a tree of files and how to serialise it).

The format modules only build trees; ``archive.bundle.runner`` stages, commits and resumes
them, so every format is atomic, deterministic and resumable in the same way.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from archive.bundle.archives import Tree

#: The formats of ``archive bundle``, in the order the help lists them.
FORMATS = ("rocrate", "saf", "archivematica", "zip", "tar")


@dataclass(frozen=True)
class BundleOptions:
    """The choices that shape a bundle (they are part of the resume key)."""

    format: str
    zip: bool = False          # rocrate: each crate as NAME.zip; saf: the archive as one zip
    in_bag: bool = False       # rocrate: the crate inside a copy of the bag
    zipped_bag: bool = False   # archivematica: a zipped bag transfer
    collection: str | None = None  # saf: the handle written to each item's collections file
    license: str | None = None  # rocrate: the crate's licence (a URL), when the archivist knows it

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r} (one of {', '.join(FORMATS)})")
        if self.zip and self.format not in ("rocrate", "saf"):
            raise ValueError("--zip applies to rocrate and saf")
        if self.in_bag and self.format != "rocrate":
            raise ValueError("--in-bag applies to rocrate")
        if self.zipped_bag and self.format != "archivematica":
            raise ValueError("--zipped-bag applies to archivematica")
        if self.collection is not None and self.format != "saf":
            raise ValueError("--collection applies to saf")
        if self.license is not None and self.format != "rocrate":
            raise ValueError("--license applies to rocrate")

    def key(self) -> str:
        return (f"{self.format} zip={self.zip} in_bag={self.in_bag} "
                f"zipped_bag={self.zipped_bag} collection={self.collection} license={self.license}")


@dataclass(frozen=True)
class Product:
    """A bundle to write: ``name`` in the destination folder, as a folder, zip or tar.gz of
    ``tree`` (inside one top-level folder ``top`` when set), every entry dated ``moment``."""

    name: str
    kind: str  # "folder", "zip" or "tar"
    tree: Tree
    moment: _dt.datetime
    top: str | None = None
