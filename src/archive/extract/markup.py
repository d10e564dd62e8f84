"""A schema.org Event the page itself declares (JSON-LD, microdata, RDFa) becomes facts.

Each value is a ``Fact`` with origin "metadata" and evidence naming the markup
(``json-ld Event startDate: 2024-05-04``). Where the text states the same date, place or
attendance mode, the two are compared: agreeing values keep the text's evidence beside the
markup's; a disagreement keeps the page's declared value at low confidence, with a warning
naming both, so that an archivist checks it. A page that declares several events (a listing) gives none.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..read.article import Article
from .facts import Fact

#: schema.org's Event and its subtypes.
EVENT_TYPES = frozenset({
    "Event", "BusinessEvent", "ChildrensEvent", "ComedyEvent", "CourseInstance", "DanceEvent",
    "DeliveryEvent", "EducationEvent", "EventSeries", "ExhibitionEvent", "Festival", "FoodEvent",
    "Hackathon", "LiteraryEvent", "MusicEvent", "PublicationEvent", "SaleEvent",
    "ScreeningEvent", "SocialEvent", "SportsEvent", "TheaterEvent", "VisualArtsEvent",
})
_MODES = {"OfflineEventAttendanceMode": "offline", "OnlineEventAttendanceMode": "online",
          "MixedEventAttendanceMode": "mixed"}
#: Fields whose text value and declared value must agree; names (of the event, its venue, its
#: organisers) are worded differently in the prose and the markup, so the markup's stands.
CHECKED = frozenset({"start_date", "end_date", "city", "country", "attendance_mode"})
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})(?:-(\d{2}))?")


def _short(value: Any) -> str:
    return re.sub(r"^https?://schema\.org/", "", value) if isinstance(value, str) else ""


def _event_type(node: dict[str, Any]) -> str | None:
    types = node.get("@type")
    for value in types if isinstance(types, list) else [types]:
        if _short(value) in EVENT_TYPES:
            return _short(value)
    return None


def declared_events(article: Article) -> list[tuple[str, str, dict[str, Any]]]:
    """(syntax, type, node) for every Event the page declares at its top level or as the
    ``about``/``mainEntity`` of its article item."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    for syntax, node in article.structured:
        candidates = [node] + [v for key in ("about", "mainEntity")
                               for v in _as_list(node.get(key)) if isinstance(v, dict)]
        for candidate in candidates:
            kind = _event_type(candidate)
            if kind and not any(candidate == seen for _s, _k, seen in found):
                found.append((syntax, kind, candidate))
    return found


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _date(value: Any) -> str | None:
    m = _ISO.match(value) if isinstance(value, str) else None
    if not m:
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return None
    return day.isoformat() if m.group(3) else day.isoformat()[:7]


def _country(value: Any) -> str | None:
    from . import gazetteer

    name = _text(value)
    if not name:
        return None
    if len(name) == 2 and gazetteer.is_alpha2(name.upper()):
        return name.upper()
    return gazetteer.country_code_loose(name)


def _place(location: Any) -> dict[str, str]:
    """venue, city and country of the first physical place among the event's locations."""
    for place in _as_list(location):
        if isinstance(place, str):
            return {"venue": " ".join(place.split())} if place.strip() else {}
        if not isinstance(place, dict) or _short(place.get("@type")) == "VirtualLocation":
            continue
        out: dict[str, str] = {}
        if _text(place.get("name")):
            out["venue"] = _text(place.get("name")) or ""
        address = place.get("address")
        if isinstance(address, dict):
            city, country = _text(address.get("addressLocality")), _country(address.get("addressCountry"))
            if city:
                out["city"] = city
            if country:
                out["country"] = country
        elif _text(address):
            out.setdefault("venue", _text(address) or "")
        return out
    return {}


def _names(value: Any) -> tuple[str, ...]:
    return tuple(name for item in _as_list(value) if (name := _text(item)))


def event_values(node: dict[str, Any], kind: str) -> dict[str, tuple[Any, str]]:
    """Facts field -> (value, the schema.org property it came from)."""
    values: dict[str, tuple[Any, str]] = {"is_event": (True, "@type"), "event_type": (kind, "@type")}
    plain = {"event_name": ("name", _text(node.get("name"))),
             "start_date": ("startDate", _date(node.get("startDate"))),
             "end_date": ("endDate", _date(node.get("endDate"))),
             "attendance_mode": ("eventAttendanceMode",
                                 _MODES.get(_short(_text(node.get("eventAttendanceMode")))))}
    for field, (prop, value) in plain.items():
        if value:
            values[field] = (value, prop)
    for field, value in _place(node.get("location")).items():
        values[field] = (value, "location")
    for field, props in (("organizers", ("organizer",)), ("funders", ("funder", "sponsor")),
                         ("partners", ("contributor",))):
        for prop in props:
            names = _names(node.get(prop))
            if names:
                values[field] = (names, prop)
                break
    return values


def _agrees(declared: Any, stated: Any) -> bool:
    if isinstance(declared, tuple) and isinstance(stated, tuple):
        return {v.casefold() for v in declared} == {v.casefold() for v in stated}
    if isinstance(declared, str) and isinstance(stated, str):
        return declared.casefold() == stated.casefold()
    return bool(declared == stated)


def apply_declared_event(article: Article, facts: dict[str, Fact | None],
                         warnings: list[str]) -> None:
    """Put the page's declared Event into ``facts``, checked against what the text says."""
    events = declared_events(article)
    if not events:
        return
    if len(events) > 1:
        warnings.append(f"the page declares {len(events)} events; none is taken from its markup")
        return
    syntax, kind, node = events[0]
    for field, (value, prop) in event_values(node, kind).items():
        shown = ", ".join(value) if isinstance(value, tuple) else value
        evidence = f"{syntax} {kind} {prop}: {shown}"
        stated = facts.get(field)
        if stated is None or stated.origin != "extracted" or field not in CHECKED:
            facts[field] = Fact(value, evidence, -1, "metadata")
        elif _agrees(value, stated.value):
            facts[field] = Fact(value, f"{evidence} | {stated.evidence}", -1, "metadata")
        else:
            said = ", ".join(stated.value) if isinstance(stated.value, tuple) else stated.value
            warnings.append(f"{field}: the page's {syntax} markup says {shown!r}, "
                            f"the text {said!r}; the markup's value is kept")
            facts[field] = Fact(value, f"{evidence} | text: {stated.evidence}", -1, "metadata",
                                "low")
