"""The extraction stage: ``extract_facts(article) -> Facts``.

Each concept has its own module (``dates``, ``places``, ``orgs``, ``audience``, ``classify``,
``keywords``, ``language``); this module segments the text once, runs them, and wraps every
value in a ``Fact`` with its evidence. A value the article does not support stays ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..read.article import Article
from . import attendance as _attendance
from . import audience as _audience
from . import classify as _classify
from . import datelines as _datelines
from . import dates as _dates
from . import event_dates as _event_dates
from . import field_facts as _field_facts
from . import hosts as _hosts
from . import keywords as _keywords
from . import language as _lang
from . import markup as _markup
from . import names as _names
from . import nations as _nations
from . import orgs as _orgs
from . import place_datelines as _place_datelines
from . import places as _places
from . import structure as _structure
from .facts import NEEDS_REVIEW, Fact, Facts
from .gazetteer import preload
from .text import MAX_CHARS, Doc, segment

__all__ = ["NEEDS_REVIEW", "extract_facts", "preload"]


def _meta_str(meta: dict[str, Any], *keys: str) -> tuple[str, str] | None:
    for k in keys:
        v = meta.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip(), k
    return None


def _jsonld_value(objs: tuple[dict[str, Any], ...], key: str) -> Any:
    for obj in objs:
        if isinstance(obj, dict) and key in obj:
            return obj[key]
    return None


def _publisher(article: Article) -> Fact | None:
    hit = _meta_str(article.metadata, "source", "site_name", "publisher")
    if hit:
        return Fact(hit[0], f"{hit[1]}: {hit[0]}", -1, "metadata")
    pub = _jsonld_value(article.jsonld, "publisher")
    if isinstance(pub, list) and pub:
        pub = pub[0]
    if isinstance(pub, dict) and isinstance(pub.get("name"), str) and pub["name"].strip():
        return Fact(pub["name"].strip(), f"ld+json publisher: {pub['name'].strip()}", -1, "metadata")
    return None


def _source_url(article: Article) -> Fact | None:
    hit = _meta_str(article.metadata, "url", "canonical")
    if hit:
        return Fact(hit[0], f"{hit[1]}: {hit[0]}", -1, "metadata")
    for key in ("url", "mainEntityOfPage"):
        v = _jsonld_value(article.jsonld, key)
        if isinstance(v, dict):
            v = v.get("@id")
        if isinstance(v, str) and v.startswith(("http://", "https://")):
            return Fact(v, f"ld+json {key}: {v}", -1, "metadata")
    return None


def _language(article: Article, doc: Doc) -> Fact | None:
    lang = article.metadata.get("lang") or _jsonld_value(article.jsonld, "inLanguage")
    if isinstance(lang, str) and re.match(r"^[A-Za-z]{2,3}(?:[-_].*)?$", lang.strip()):
        tag = re.split(r"[-_]", lang.strip())[0].lower()
        return Fact(tag, f"lang: {lang.strip()}", -1, "metadata")
    sample = " ".join(s.text for s in doc.sentences[:12]) or doc.headline
    code, _share = _lang.detect(sample)
    if code:
        return Fact(code, "stopword vote over the first sentences", -1, "extracted")
    return None


def _tags(article: Article, doc: Doc) -> list[str]:
    m = re.search(r"(?m)^\s*(?:Tags|Keywords|Topics)\s*:\s*(.{3,300})$", doc.text)
    if m:
        return [t.strip() for t in m.group(1).split(",") if t.strip()][:6]
    return []


def _published(article: Article, doc: Doc, dateline: _dates.Reference | None,
               pub_line: _dates.Reference | None) -> tuple[Fact | None, _dates.Reference | None]:
    meta = article.metadata
    for key in ("date", "published"):
        v = meta.get(key)
        d = _dates.parse_iso_date(v)
        if d:
            evidence = f"front matter date: {d.isoformat()}" if key == "date" else f"published: {v}"
            return Fact(d.isoformat(), evidence, -1, "metadata"), _dates.Reference(d, "metadata", evidence, -1)
    v = _jsonld_value(article.jsonld, "datePublished")
    d = _dates.parse_iso_date(v)
    if d:
        evidence = f"datePublished: {v}"
        return Fact(d.isoformat(), evidence, -1, "metadata"), _dates.Reference(d, "metadata", evidence, -1)
    if pub_line and pub_line.year_only:
        return None, pub_line  # a year is a reference for dates, not a publication date
    if pub_line:
        return Fact(pub_line.date.isoformat(), pub_line.evidence, pub_line.offset, "extracted"), pub_line
    if dateline:
        return Fact(dateline.date.isoformat(), dateline.evidence, dateline.offset, "extracted"), None
    return None, None


def _description(article: Article, doc: Doc, excluded: list[tuple[int, int]]) -> Fact | None:
    for i, (s, e) in enumerate(doc.paragraphs[:4]):
        if any(s >= xs and e <= xe for xs, xe in excluded):
            continue
        para = doc.text[s:e].replace("\n", " ").strip()
        if len(para.split()) >= 8:
            return Fact(para, para, s, "extracted")
    hit = _meta_str(article.metadata, "description")
    if hit:
        return Fact(hit[0], f"description: {hit[0]}", -1, "metadata")
    return None


def _opening_words(sentence: str, limit: int = 140) -> str:
    """A title made from a sentence when the text has no headline: the sentence itself, or
    its first words up to ``limit`` characters and an ellipsis."""
    sentence = " ".join(sentence.split())
    dateline = _structure.dateline_match(sentence)
    if dateline and _structure.opening_dateline(sentence):
        sentence = sentence[dateline.end():].strip()
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def extract_facts(article: Article) -> Facts:
    """Read the facts of one article. Never raises on odd text; unknowns stay None."""
    warnings: list[str] = []
    text = article.text or ""
    if len(text) > MAX_CHARS:
        warnings.append(f"text truncated to the first {MAX_CHARS} characters for extraction")
    headline = (article.headline or "").strip()
    if len(headline) > 500:
        headline = headline[:500]
        warnings.append("headline longer than 500 characters; cut for extraction")
    layout = _structure.analyse(text[:MAX_CHARS])
    if article.metadata.get("title"):
        doc = segment(text, headline)
    else:
        # plain text: the headline is whichever top line the structure step chose, or none
        headline = layout.headline
        doc = segment(text, headline, layout.headline_start, layout.body_start)

    facts: dict[str, Fact | None] = {}
    if headline:
        origin = "metadata" if doc.headline_start < 0 and article.metadata.get("title") else "extracted"
        below_furniture = any(ln.kind != "headline" for ln in layout.lines[:1])
        facts["headline"] = Fact(headline, headline, doc.headline_start, origin,
                                 "medium" if origin == "extracted" and below_furniture else "high")
    elif doc.sentences:
        opening = _opening_words(doc.sentences[0].text)
        facts["headline"] = Fact(opening, doc.sentences[0].text, doc.sentences[0].start, "extracted", "low")
        warnings.append("no headline in the text; the title is the opening of the first sentence")
    if not doc.sentences:
        warnings.append("no article body")

    dateline, dateline_city, dateline_span = _datelines.find_dateline(doc)
    pub_line, pub_span = _datelines.find_published_line(doc)
    if pub_line is None and layout.page_date is not None:
        pub_line = _dates.Reference(layout.page_date, "published", layout.page_date_text,
                                    layout.page_date_start)
    if pub_line is None:
        pub_line, pub_span = _datelines.find_published_foot(doc)
    if pub_line is None and layout.page_year is not None:
        pub_line = _dates.Reference(dt.date(layout.page_year, 12, 31), "published",
                                    layout.page_date_text, layout.page_date_start, year_only=True)
    excluded = [sp for sp in (dateline_span, pub_span) if sp]
    published_fact, published_ref = _published(article, doc, dateline, pub_line)
    facts["published"] = published_fact
    facts["description"] = _description(article, doc, [pub_span] if pub_span else [])
    facts["publisher"] = _publisher(article)
    facts["source_url"] = _source_url(article)
    facts["language"] = _language(article, doc)

    cls = _classify.classify(doc)
    main_para = doc.sentences[cls.main_index].para if 0 <= cls.main_index < len(doc.sentences) else -1
    facts["is_event"] = Fact(cls.is_event, cls.evidence[:300], cls.offset, "extracted",
                             "low" if cls.low_confidence else "medium" if main_para > 1 else "high")
    if cls.low_confidence:
        warnings.append("event status inferred from the headline only (low confidence)")

    name_hit = _names.event_name(doc, cls.main_index) if cls.is_event else None
    kw, kw_evidence = _keywords.keywords(doc, name_hit[0] if name_hit else None, _tags(article, doc))
    if len(kw) >= 3 or (kw and not doc.sentences):
        facts["keywords"] = Fact(tuple(kw), kw_evidence, -1, "extracted", "medium")

    if cls.is_event:
        if dateline_city is None:
            dateline_city = layout.dateline_place or next(
                (place for ps, _ in doc.paragraphs[:3]
                 if (place := _structure.opening_dateline(doc.text[ps:ps + 160]))), None) \
                or _place_datelines.line_town(text)
        _event_facts(article, doc, cls, name_hit, dateline, dateline_city, published_ref,
                     excluded, facts, warnings)
        if layout.fields:
            _field_facts.apply_fields(layout.fields, doc, published_ref, facts, warnings)

    _markup.apply_declared_event(article, facts, warnings)
    result = Facts(**{k: v for k, v in facts.items() if v is not None}, warnings=tuple(warnings))
    doubtful = result.doubtful()
    if doubtful:
        result = result.with_warning(f"{NEEDS_REVIEW}: {', '.join(doubtful)} (low confidence)")
    return result


def _event_facts(article: Article, doc: Doc, cls: _classify.Classification,
                 name_hit: tuple[str, str, int] | None, dateline: _dates.Reference | None,
                 dateline_city: str | None, published_ref: _dates.Reference | None,
                 excluded: list[tuple[int, int]], facts: dict[str, Fact | None],
                 warnings: list[str]) -> None:
    idx = cls.main_index
    if name_hit:
        facts["event_name"] = Fact(name_hit[0], name_hit[1], name_hit[2], "extracted",
                                   "medium" if len(name_hit[0].split()) > 1 else "low")
        facts["event_type"] = Fact(_classify.event_type(name_hit[0], doc, idx), name_hit[1],
                                   name_hit[2], "extracted")
    else:
        facts["event_type"] = Fact("Event", cls.evidence[:200], cls.offset, "extracted")

    # dates
    if doc.sentences:
        resolved, date_warnings = _event_dates.choose_event_dates(doc, idx, dateline, published_ref, excluded)
        warnings.extend(date_warnings)
        if resolved:
            facts["start_date"] = Fact(resolved.start, resolved.evidence, resolved.offset, "extracted",
                                       resolved.confidence)
            facts["end_date"] = Fact(resolved.end, resolved.evidence, resolved.offset, "extracted",
                                     resolved.confidence)
    else:
        warnings.append("no event date found")

    # attendance mode
    if doc.sentences:
        mode, mode_ev, mode_off = _attendance.attendance_mode(doc, idx)
    else:
        mode, mode_ev, mode_off = None, "", -1
    # place
    place, place_warnings = _places.find_place(doc, idx, dateline_city)
    if mode == "online":
        place = None
    elif place_warnings:
        warnings.extend(place_warnings)
    if place:
        # a dateline names where the story was filed, not always the venue
        sure = "low" if place_warnings else "high" if place.score >= 6 else "medium"
        if place.venue:
            facts["venue"] = Fact(place.venue, place.evidence, place.offset, "extracted", sure)
        if place.city:
            facts["city"] = Fact(place.city, place.evidence, place.offset, "extracted", sure)
        if place.country:
            facts["country"] = Fact(place.country, place.evidence, place.offset, "extracted", sure)
    mode_sure = "high" if mode in ("online", "mixed") else "medium"
    # a city from the dateline alone says where the story was filed: people met there only
    # when the text also says they came together
    physical = place is not None and (not place_warnings or any(
        _classify.PHYSICAL.search(s.text) for s in doc.sentences[:8] if s.para <= 0 or s.index == idx) or any(
        _classify.HELD_HERE.search(s.text) for s in doc.sentences[:8] if s.para <= 1 or s.index == idx))
    if mode is None and place is not None and physical and (
            place.city or place.venue or place.held or _classify.PHYSICAL.search(place.evidence)):
        mode, mode_ev = "offline", place.evidence
    if mode:
        facts["attendance_mode"] = Fact(mode, mode_ev or "held at a stated place; nothing online mentioned",
                                        mode_off, "extracted", mode_sure)

    # organisations
    orgs = _orgs.find_orgs(doc, idx)
    if place is not None and place.city is None and place.country and mode != "online":
        # a region gives the country alone: a local organiser's town in that country gives the town
        home = _hosts.local_hosts_town(tuple(orgs.organizers) + tuple(orgs.partners), doc)
        if home and home.city and home.country == place.country:
            facts["city"] = Fact(home.city, home.evidence, -1, "extracted", "low")
    if place is None and mode != "online":
        name_fact = facts.get("event_name")
        named = [name_fact.value] if name_fact is not None else []
        if 0 <= idx < len(doc.sentences):
            named.append(doc.sentences[idx].text)
        place = _hosts.place_of_host(tuple(orgs.organizers), doc, tuple(str(n) for n in named),
                                     tuple(orgs.partners))
        if place:
            for key in ("city", "country"):
                value = getattr(place, key)
                if value:
                    facts[key] = Fact(value, place.evidence, -1, "extracted", "low")
        national = _nations.national_country(doc, idx) if place is None and cls.is_event else None
        if national:  # "a national consultation" in a text naming one country: that country
            facts["country"] = Fact(national[0], national[1], national[2], "extracted", "low")
    if not orgs.organizers:
        # no organiser stated: the issuing organisation, when the text names it
        pub = facts.get("publisher")
        if pub and isinstance(pub.value, str) and len(pub.value) > 3:
            pos = doc.text.find(pub.value, doc.paragraphs[0][0] if doc.paragraphs else 0)
            if pos >= 0:
                orgs.organizers.append(pub.value)
                orgs.confidence["organizers"] = "low"
                # the passage in the text first (the offset points at it), then the metadata
                orgs.evidence["organizers"] = [(f"{pub.value} | {pub.evidence}", pos)]
    name_fact = facts.get("event_name")
    if name_fact is not None and orgs.organizers and orgs.confidence.get("organizers", "high") != "low":
        qualified = _names.qualified_name(str(name_fact.value), orgs.organizers[0])
        if qualified:
            by = (orgs.evidence.get("organizers") or [("", -1)])[0][0]
            facts["event_name"] = Fact(qualified, f"{name_fact.evidence} | {by}", name_fact.start,
                                       "extracted", "medium")
    for key in ("organizers", "partners", "funders"):
        names = getattr(orgs, key)
        if names:
            ev = orgs.evidence.get(key) or [("", -1)]
            facts[key] = Fact(tuple(names), " | ".join(e for e, _ in ev), ev[0][1], "extracted",
                              orgs.confidence.get(key, "high"))

    # audience
    count = _audience.find_audience(doc, idx)
    if count:
        facts["audience_count"] = Fact(count.value, count.evidence, count.offset, "extracted")
        if count.audience:
            facts["audience"] = Fact(count.audience, count.evidence, count.offset, "extracted")
