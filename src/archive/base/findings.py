"""A single validator finding, shared by every checker in the package.

Kept tiny on purpose: validators return plain lists of these so the CLI,
tests and reports can treat BagIt, Dublin Core and JSON-LD results alike.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

#: "info" is a note that never makes anything invalid (for example a warning stored at pack
#: time, shown again by validate)
Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    """One problem found by a validator.

    ``rule`` is a stable dotted id (e.g. ``bagit.manifest.checksum-mismatch``)
    that callers and tests can match on; ``file`` is relative to the checked
    object ("" for the object itself); ``location`` narrows it (e.g. "line 3").
    """

    severity: Severity
    rule: str
    file: str
    location: str
    message: str
    hint: str = ""

    @property
    def is_error(self) -> bool:
        """True for findings that make the checked object invalid."""
        return self.severity == "error"

    def to_dict(self) -> dict[str, str]:
        """Plain dict for JSON reports."""
        return asdict(self)
