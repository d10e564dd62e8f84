"""The page's own metadata and structured data, and a declared schema.org Event as facts."""

from __future__ import annotations

import json
from pathlib import Path

from archive.extract import extract_facts
from archive.read import parse_article

BODY = ("<p>About sixty archivists met at the town hall of Tartu on Saturday, 4 May 2024, "
        "for a one-day workshop on keeping web pages, organised by the Estonian Archive "
        "Society.</p><p>The participants practised capturing pages and checking the "
        "captures, and discussed how long a capture should be kept by a small archive.</p>"
        "<p>The society said that the next workshop will be held in Pärnu in the autumn, "
        "with a session on archiving social media.</p>")
HEADLINE = "Archivists practise keeping web pages in Tartu"


def page(head: str = "", body_extra: str = "", body: str = BODY, lang: str = "en") -> bytes:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{HEADLINE} | Archive News</title>{head}</head><body>"
            f"<article><h1>{HEADLINE}</h1>{body}</article>{body_extra}</body></html>").encode()


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


EVENT = {
    "@context": "https://schema.org", "@type": "EducationEvent",
    "name": "Workshop on keeping web pages", "startDate": "2024-05-04T10:00:00+03:00",
    "endDate": "2024-05-04", "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    "location": {"@type": "Place", "name": "Tartu Town Hall",
                 "address": {"@type": "PostalAddress", "addressLocality": "Tartu",
                             "addressCountry": "Estonia"}},
    "organizer": {"@type": "Organization", "name": "Estonian Archive Society"},
    "funder": [{"@type": "Organization", "name": "City of Tartu"}],
}


def test_meta_tags_give_the_page_metadata() -> None:
    head = ('<meta property="og:site_name" content="Archive News">'
            '<meta property="article:published_time" content="2024-05-06T09:00:00+03:00">'
            '<meta property="article:modified_time" content="2024-05-07T10:00:00+03:00">'
            '<meta name="author" content="Mari Kask">'
            '<link rel="canonical" href="https://news.example.org/2024/archivists">')
    article = parse_article(Path("p.html"), page(head))
    meta = article.metadata
    assert meta["title"] == f"{HEADLINE} | Archive News"
    assert meta["site_name"] == "Archive News"
    assert meta["published"] == "2024-05-06T09:00:00+03:00"
    assert meta["modified"] == "2024-05-07T10:00:00+03:00"
    assert meta["author"] == "Mari Kask"
    assert meta["url"] == meta["canonical"] == "https://news.example.org/2024/archivists"
    assert meta["lang"] == "en"


def test_htmldate_finds_a_date_in_the_markup_but_never_in_the_prose() -> None:
    with_time = page(body=f'<p class="date">Published <time datetime="2024-05-06">6 May</time></p>{BODY}')
    assert parse_article(Path("t.html"), with_time).metadata["published"] == "2024-05-06"
    # the only date is the event's, in a sentence: it is no publication date
    assert "published" not in parse_article(Path("n.html"), page()).metadata


def test_structured_data_is_kept_with_its_syntax() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": HEADLINE, "datePublished": "2024-05-06",
         "url": "https://news.example.org/a"},
        {"@type": "Organization", "name": "Archive News", "url": "https://example.org/"}]}
    micro = ('<div itemscope itemtype="https://schema.org/Person">'
             '<span itemprop="name">Mari Kask</span></div>')
    rdfa = ('<div vocab="https://schema.org/" typeof="Organization">'
            '<span property="name">Estonian Archive Society</span></div>')
    broken = '<script type="application/ld+json">{"@type": "Thing",</script>'
    article = parse_article(Path("s.html"), page(ld(graph) + broken, micro + rdfa))
    by_syntax = {(syntax, node.get("@type")): node for syntax, node in article.structured}
    assert by_syntax[("json-ld", "NewsArticle")]["headline"] == HEADLINE
    assert by_syntax[("json-ld", "Organization")]["url"] == "https://example.org/"
    assert by_syntax[("microdata", "Person")]["name"] == "Mari Kask"
    assert by_syntax[("rdfa", "Organization")] == {"@type": "Organization",
                                                   "name": "Estonian Archive Society"}
    assert [n["@type"] for n in article.jsonld] == ["NewsArticle", "Organization"]
    # the article's item gives the page's date and URL; the organisation's URL is not the page's
    assert article.metadata["published"] == "2024-05-06"
    assert article.metadata["url"] == "https://news.example.org/a"
    assert "1 embedded JSON-LD block(s) are not valid JSON; ignored" in article.warnings


def test_a_declared_event_becomes_metadata_facts_naming_the_markup() -> None:
    facts = extract_facts(parse_article(Path("e.html"), page(ld(EVENT))))
    assert facts.start_date is not None and facts.start_date.value == "2024-05-04"
    assert facts.start_date.origin == "metadata"
    assert facts.start_date.evidence.startswith("json-ld EducationEvent startDate: 2024-05-04")
    assert facts.venue is not None and facts.venue.value == "Tartu Town Hall"
    assert facts.value("city") == "Tartu" and facts.value("country") == "EE"
    assert facts.value("event_name") == "Workshop on keeping web pages"
    assert facts.value("event_type") == "EducationEvent"
    assert facts.value("attendance_mode") == "offline"
    assert facts.value("funders") == ("City of Tartu",)
    assert facts.organizers is not None and facts.organizers.origin == "metadata"
    assert facts.value("organizers") == ("Estonian Archive Society",)
    assert not any("markup says" in w for w in facts.warnings)


def test_markup_that_disagrees_with_the_text_is_kept_for_review() -> None:
    wrong = dict(EVENT, startDate="2024-06-01", endDate="2024-06-01")
    facts = extract_facts(parse_article(Path("w.html"), page(ld(wrong))))
    assert facts.start_date is not None
    assert facts.start_date.value == "2024-06-01" and facts.start_date.confidence == "low"
    assert "text: " in facts.start_date.evidence
    assert any(w.startswith("start_date: the page's json-ld markup says '2024-06-01'")
               for w in facts.warnings)
    assert "start_date" in facts.doubtful()


def test_a_microdata_event_and_a_listing_of_events() -> None:
    micro = ('<div itemscope itemtype="https://schema.org/Event">'
             '<span itemprop="name">Capture clinic</span>'
             '<meta itemprop="startDate" content="2024-05-04"></div>')
    facts = extract_facts(parse_article(Path("m.html"), page(body_extra=micro)))
    assert facts.start_date is not None
    assert facts.start_date.evidence.startswith("microdata Event startDate: 2024-05-04")
    listing = ld([dict(EVENT, name=f"Workshop {n}") for n in range(3)])
    facts = extract_facts(parse_article(Path("l.html"), page(listing)))
    assert "the page declares 3 events; none is taken from its markup" in facts.warnings
    assert facts.event_name is None or facts.event_name.origin == "extracted"


def test_a_declared_event_reaches_the_record() -> None:
    from archive.pack.article import analyse
    from archive.record.jsonld import write_jsonld
    from archive.record.model import build_record

    article = parse_article(Path("r.html"), page(ld(EVENT)))
    event = json.loads(write_jsonld(build_record(article, analyse(article))))
    assert event["@type"] == "EducationEvent" and event["startDate"] == "2024-05-04"
    assert event["location"]["name"] == "Tartu Town Hall"
    assert event["location"]["address"] == {"@type": "PostalAddress", "addressCountry": "EE",
                                            "addressLocality": "Tartu"}
    assert event["funder"] == [{"@type": "Organization", "name": "City of Tartu"}]
