"""Extracted facts: each value with the span of text it came from and where it came from.

The extractor fills a ``Facts``; curation may overwrite single values (origin ``curated``);
the record builder reads it. Values are plain Python data (str, int, bool, tuples of str) so
that writers never need to understand prose.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

ORIGINS = ("extracted", "metadata", "curated")
ATTENDANCE_MODES = ("offline", "online", "mixed")
CONFIDENCES = ("high", "medium", "low")
#: How a warning about weakly supported values begins; ``archive pack`` counts these records.
NEEDS_REVIEW = "needs review"


@dataclass(frozen=True)
class Fact:
    """One value with its evidence.

    ``evidence`` is the verbatim text the value rests on (several passages joined by `` | ``);
    ``start`` is the offset of the first passage in ``Article.text`` (-1 when the value comes
    from metadata or curation).
    """

    value: Any
    evidence: str = ""
    start: int = -1
    origin: str = "extracted"
    #: How strongly the evidence supports the value: "high", "medium" or "low". A record
    #: with a low value needs an archivist's look (``Facts.doubtful``).
    confidence: str = "high"


@dataclass(frozen=True)
class Facts:
    """Everything the extractor knows about one article.

    Dates are ISO 8601 strings at the precision the text supports: ``YYYY-MM-DD`` or
    ``YYYY-MM``. ``country`` is an ISO 3166-1 alpha-2 code. Organisation lists hold names as
    written, main organiser first. ``attendance_mode`` is one of ``ATTENDANCE_MODES``.
    A field the article does not support is ``None``: never a guess.
    """

    headline: Fact | None = None
    description: Fact | None = None
    published: Fact | None = None
    publisher: Fact | None = None
    source_url: Fact | None = None
    language: Fact | None = None
    keywords: Fact | None = None
    is_event: Fact | None = None
    event_name: Fact | None = None
    event_type: Fact | None = None
    start_date: Fact | None = None
    end_date: Fact | None = None
    venue: Fact | None = None
    city: Fact | None = None
    country: Fact | None = None
    attendance_mode: Fact | None = None
    organizers: Fact | None = None
    partners: Fact | None = None
    funders: Fact | None = None
    audience_count: Fact | None = None
    audience: Fact | None = None
    warnings: tuple[str, ...] = ()

    def value(self, name: str, default: Any = None) -> Any:
        fact = getattr(self, name)
        return default if fact is None else fact.value

    def with_fact(self, name: str, fact: Fact | None) -> "Facts":
        changes: dict[str, Any] = {name: fact}
        return replace(self, **changes)

    def doubtful(self) -> tuple[str, ...]:
        """The fields whose value rests on weak evidence: what an archivist should check."""
        return tuple(name for name in self.field_names()
                     if (fact := getattr(self, name)) is not None and fact.confidence == "low")

    def with_warning(self, message: str) -> "Facts":
        return replace(self, warnings=self.warnings + (message,))

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls) if f.name != "warnings")

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view: each field as {value, evidence, origin, offset} or null; offset
        is where the evidence starts in the article's text (null for metadata and curation)."""
        out: dict[str, Any] = {}
        for name in self.field_names():
            fact = getattr(self, name)
            if fact is None:
                out[name] = None
            else:
                value = list(fact.value) if isinstance(fact.value, tuple) else fact.value
                out[name] = {"value": value, "evidence": fact.evidence, "origin": fact.origin,
                             "confidence": fact.confidence,
                             "offset": fact.start if fact.start >= 0 else None}
        out["warnings"] = list(self.warnings)
        return out
