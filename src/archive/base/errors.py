"""The exceptions the library raises; the CLI turns them into one-line messages."""

from __future__ import annotations

from pathlib import Path


class ArchiveError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(ArchiveError):
    """An article that cannot be read as a text document (empty, binary, hostile, too large)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


class CurationError(ArchiveError):
    """A sidecar or front-matter value that is malformed (bad date, unknown field, bad country)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


class BundleError(ArchiveError):
    """A bag that could not be written or verified."""
