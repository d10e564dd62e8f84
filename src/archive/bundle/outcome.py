"""What a bundle run reports: one ``BundleOutcome`` per bag and the run's ``BundleSummary``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class BundleOutcome:
    """What became of one bag: "written", "updated", "unchanged" or "failed"."""

    bag: Path
    target: Path | None
    status: str
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"bag": str(self.bag), "bundle": str(self.target) if self.target else None,
                "status": self.status, "error": self.error}


@dataclass
class BundleSummary:
    """Counts of a run (and every outcome when ``keep_outcomes``)."""

    format: str
    dest: Path
    keep_outcomes: bool = False
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("written", "updated", "unchanged", "failed"), 0))
    failures: list[BundleOutcome] = field(default_factory=list)
    outcomes: list[BundleOutcome] = field(default_factory=list)
    interrupted: bool = False

    def add(self, outcome: BundleOutcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.status == "failed":
            self.failures.append(outcome)
        if self.keep_outcomes:
            self.outcomes.append(outcome)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": self.format, "dest": str(self.dest), **self.counts,
                                "total": self.total, "interrupted": self.interrupted,
                                "failures": [f.to_dict() for f in self.failures]}
        if self.keep_outcomes:
            data["bundles"] = [o.to_dict() for o in self.outcomes]
        return data
