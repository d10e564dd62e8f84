"""The HTML reader's main text (trafilatura) on pages written for these tests."""

from __future__ import annotations

from pathlib import Path

from archive.read import parse_article

STORY = [
    "Forty volunteers planted three hundred oak saplings along the Emajõgi river in Tartu on "
    "Saturday, 4 May 2024, in a day organised by the city's environment office.",
    "The saplings came from a nursery run by the university's botanical garden, which will "
    "look after the young trees for their first two summers.",
    "Organisers said that a second planting day is planned for the autumn, when the ground "
    "along the northern bank has dried out after the spring floods.",
]
HEADLINE = "Volunteers plant oaks along the river in Tartu"
NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/tenders">Tenders</a></li></ul></nav>'
FOOTER = "<footer><p>Copyright the city of Tartu. Subscribe to our newsletter.</p></footer>"


def read(html: str, name: str = "page.html"):
    return parse_article(Path(name), html.encode("utf-8"))


def paragraphs(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def test_teaser_cards_in_article_elements_do_not_hide_the_story() -> None:
    teasers = "".join(
        f'<article class="teaser"><h3><a href="/n{i}">Library opens on Sunday {i}</a></h3></article>'
        for i in range(3))
    html = (f"<html><body>{NAV}<div class='latest'>{teasers}</div>"
            f"<div class='story'><h1>{HEADLINE}</h1>{paragraphs(STORY)}</div>{FOOTER}</body></html>")
    article = read(html)
    assert article.headline == HEADLINE
    for paragraph in STORY:
        assert paragraph in article.text
    assert "Tenders" not in article.text and "Subscribe" not in article.text


def test_a_container_named_with_a_boilerplate_word_is_kept() -> None:
    html = (f"<html><body>{NAV}<div class='widget Blog'><div class='post has-double-sidebar'>"
            f"<h1>{HEADLINE}</h1>{paragraphs(STORY)}</div></div>"
            "<aside class='sidebar'><h2>Related</h2><p>Bus timetable changes</p></aside>"
            f"{FOOTER}</body></html>")
    article = read(html)
    assert all(p in article.text for p in STORY)
    assert "Bus timetable" not in article.text


def test_the_lead_inside_the_header_is_part_of_the_text() -> None:
    html = (f"<html><body>{NAV}<article><header class='article-header'><h1>{HEADLINE}</h1>"
            f"<p>{STORY[0]}</p></header>{paragraphs(STORY[1:])}</article>{FOOTER}</body></html>")
    article = read(html)
    assert article.text.startswith(HEADLINE + "\n\n" + STORY[0])
    assert article.body.startswith(STORY[0])


def test_comments_lists_and_paragraph_breaks() -> None:
    items = "<ul><li>Oak saplings: 300</li><li>Volunteers: 40</li></ul>"
    comments = ("<section id='comments'><div class='comment'><p>Great work, I joined last "
                "year and loved it.</p></div></section>")
    html = (f"<html><body><main><article><h1>{HEADLINE}</h1>{paragraphs(STORY[:2])}{items}"
            f"<p>{STORY[2]}</p></article>{comments}</main></body></html>")
    article = read(html)
    blocks = article.text.rstrip("\n").split("\n\n")
    assert blocks[0] == HEADLINE
    assert blocks[1:3] == STORY[:2]
    assert "Oak saplings: 300" in blocks and "Volunteers: 40" in blocks
    assert blocks[-1] == STORY[2]
    assert "Great work" not in article.text


def test_a_short_page_keeps_its_only_paragraph() -> None:
    html = f"<html><body><h1>{HEADLINE}</h1><p>Forty volunteers took part.</p></body></html>"
    article = read(html)
    assert article.headline == HEADLINE
    assert "Forty volunteers took part." in article.text


def test_a_page_without_h1_takes_its_title() -> None:
    html = (f"<html><head><title>{HEADLINE} | City of Tartu</title></head><body>"
            f"<div>{paragraphs(STORY)}</div></body></html>")
    article = read(html)
    assert article.headline == HEADLINE
    assert STORY[1] in article.text


def test_the_original_bytes_stay_untouched() -> None:
    html = f"<html><body>{NAV}<h1>{HEADLINE}</h1>{paragraphs(STORY)}</body></html>"
    raw = html.encode("utf-8")
    assert parse_article(Path("p.html"), raw).raw is raw


def test_a_page_without_any_heading_or_title_is_still_read() -> None:
    html = f"<html><body><div>{paragraphs(STORY)}</div></body></html>"
    article = read(html)
    assert article.headline == ("Forty volunteers planted three hundred oak saplings along the "
                                "Emajõgi river in Tartu on Saturday, 4 May 2024, in a day "
                                "organised by the…")
    assert article.text.startswith(STORY[0])
    assert any("no <h1> and no title" in w for w in article.warnings)
