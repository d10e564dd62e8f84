"""The archival record in the middle: plain data built from an article and its facts.

Writers (Dublin Core, JSON-LD, bag) read only this; they never see prose or the file system.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from archive.read.article import Article

if TYPE_CHECKING:  # the facts module loads the whole extractor; the type is enough here
    from archive.extract.facts import Facts

#: Namespace for the name-based UUIDs that identify records and events (RFC 9562, version 5).
RECORD_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://schema.org/NewsArticle#archive-record")

SCHEMA_EVENT_TYPES = frozenset({
    "Event", "BusinessEvent", "ChildrensEvent", "ComedyEvent", "CourseInstance", "DanceEvent",
    "DeliveryEvent", "EducationEvent", "EventSeries", "ExhibitionEvent", "Festival", "FoodEvent",
    "Hackathon", "LiteraryEvent", "MusicEvent", "PublicationEvent", "SaleEvent",
    "ScreeningEvent", "SocialEvent", "SportsEvent", "TheaterEvent", "VisualArtsEvent",
})

_HTTP_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&+.-]{1,15})\)\s*$")


@dataclass(frozen=True)
class Organization:
    """An organisation as the article names it; ``acronym`` when the name carries one."""

    name: str
    acronym: str | None = None

    @classmethod
    def from_name(cls, name: str) -> "Organization":
        name = " ".join(name.split())
        match = _ACRONYM.search(name)
        return cls(name=name, acronym=match.group(1) if match else None)


@dataclass(frozen=True)
class Place:
    venue: str | None = None
    locality: str | None = None
    country_code: str | None = None
    country_name: str | None = None

    @property
    def label(self) -> str:
        """'Ashgabat, Turkmenistan': the human form used in dc:coverage."""
        parts = [p for p in (self.venue, self.locality, self.country_name or self.country_code) if p]
        return ", ".join(dict.fromkeys(parts))


@dataclass(frozen=True)
class Event:
    identifier: str
    event_type: str
    name: str
    description: str | None
    start_date: str | None
    end_date: str | None
    attendance_mode: str | None
    place: Place | None
    organizers: tuple[Organization, ...] = ()
    partners: tuple[Organization, ...] = ()
    funders: tuple[Organization, ...] = ()
    audience_count: int | None = None
    audience: str | None = None

    @property
    def period(self) -> str | None:
        """ISO 8601 interval ('2023-03-28/2023-03-29'), or the single date."""
        if self.start_date and self.end_date and self.end_date != self.start_date:
            return f"{self.start_date}/{self.end_date}"
        return self.start_date or self.end_date


@dataclass(frozen=True)
class Record:
    record_id: str
    identifier: str
    sha256: str
    file_name: str
    media_type: str
    headline: str
    description: str | None
    published: str | None
    publisher: Organization | None
    source_url: str | None
    language: str | None
    keywords: tuple[str, ...]
    event: Event | None
    warnings: tuple[str, ...] = ()


def slugify(text: str, limit: int = 48) -> str:
    """ASCII, lower case, hyphens: safe as a folder name on every file system. Cyrillic and
    Greek are transliterated; a text in another script with no Latin letters is named by
    its script ("georgian", "arabic"), else "article"."""
    from archive.record.script import dominant_script, transliterate

    latin = transliterate(text)
    ascii_text = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] or slug[:limit]
    if not slug:
        script = dominant_script(text)
        slug = re.sub(r"[^a-z0-9]+", "-", script.lower()) if script else ""
    return slug or "article"


def record_id_for(headline: str, sha256: str) -> str:
    """Stable id from the content alone: a readable slug and 12 hex digits of the bytes' hash."""
    return f"{slugify(headline)}-{sha256[:12]}"


def build_record(article: Article, facts: Facts) -> Record:
    """Combine the article and its facts into the record that every writer serialises."""
    sha256 = hashlib.sha256(article.raw).hexdigest()
    headline = facts.value("headline") or article.headline
    identifier = f"urn:uuid:{uuid.uuid5(RECORD_NAMESPACE, sha256)}"
    publisher = facts.value("publisher")
    event = _build_event(facts, sha256) if facts.value("is_event") else None
    warnings = article.warnings + facts.warnings
    source_url = facts.value("source_url")
    if source_url is not None and not _HTTP_URL.match(str(source_url)):
        warnings += (f"source URL ignored, not an http(s) URL: {str(source_url)[:80]!r}",)
        source_url = None
    return Record(
        record_id=record_id_for(article.headline, sha256),
        identifier=identifier,
        sha256=sha256,
        file_name=article.name,
        media_type=article.media_type,
        headline=headline,
        description=facts.value("description"),
        published=facts.value("published"),
        publisher=Organization.from_name(publisher) if publisher else None,
        source_url=source_url,
        language=facts.value("language"),
        keywords=tuple(facts.value("keywords") or ()),
        event=event,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _orgs(names: object) -> tuple[Organization, ...]:
    if not names:
        return ()
    seen: dict[str, Organization] = {}
    for name in names:  # type: ignore[attr-defined]
        org = Organization.from_name(str(name))
        seen.setdefault(org.name.casefold(), org)
    return tuple(seen.values())


def _build_event(facts: Facts, sha256: str) -> Event:
    city, country = facts.value("city"), facts.value("country")
    venue = facts.value("venue")
    place = None
    if city or country or venue:
        place = Place(venue=venue, locality=city, country_code=country,
                      country_name=country_name(country) if country else None)
    event_type = facts.value("event_type") or "Event"
    if event_type not in SCHEMA_EVENT_TYPES:
        event_type = "Event"
    name = facts.value("event_name") or facts.value("headline") or ""
    return Event(
        identifier=f"urn:uuid:{uuid.uuid5(RECORD_NAMESPACE, sha256 + '#event')}",
        event_type=event_type,
        name=name[:1].upper() + name[1:],
        description=facts.value("description"),
        start_date=facts.value("start_date"),
        end_date=facts.value("end_date") or facts.value("start_date"),
        attendance_mode=facts.value("attendance_mode"),
        place=place,
        organizers=_orgs(facts.value("organizers")),
        partners=_orgs(facts.value("partners")),
        funders=_orgs(facts.value("funders")),
        audience_count=facts.value("audience_count"),
        audience=facts.value("audience"),
    )


def country_name(code: str) -> str | None:
    """The ISO 3166-1 short name of an alpha-2 code (pycountry's copy of the standard)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name
