"""Generated web pages for the HTML reader's benchmark, each with the snippets its main text
must and must not contain (the way public main-text evaluation sets score extractors).

The layouts reproduce what trips a hand-written reader: teaser cards in ``<article>`` before
the story, story containers whose class names contain boilerplate words ("widget Blog",
"has-double-sidebar", "article-header"), the lead paragraph inside ``<header>``, plain
``<div>`` pages with sidebars and footers, and comment threads under the story. The words are
drawn from small lists written for this file.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SUBJECTS = ["The regional council", "A group of volunteers", "The harbour authority",
            "Local teachers", "The city library", "Two universities", "The water board",
            "A youth orchestra", "The farmers' cooperative", "The health office"]
VERBS = ["presented", "discussed", "reviewed", "opened", "announced", "welcomed", "planned",
         "completed", "described", "celebrated"]
OBJECTS = ["a new plan for the river banks", "the results of a three-year survey",
           "a training course for young nurses", "the restored market hall",
           "a programme of evening lectures", "the budget for rural schools",
           "a exchange with sister towns abroad", "a map of cycling routes",
           "the first open day at the observatory", "a study of winter storms"]
TAILS = ["after months of preparation", "with support from residents",
         "in front of a full hall", "during a two-day meeting", "before the summer break",
         "despite heavy rain", "in three languages", "with guests from five countries"]
PLACES = ["Tartu", "Ghent", "Porto", "Lublin", "Aarhus", "Graz", "Brno", "Split", "Turku"]
NAV = ["Home", "About us", "Newsroom", "Publications", "Careers", "Contact", "Events",
       "Media centre", "Procurement", "Projects"]
FURNITURE = ["Subscribe to our weekly newsletter", "We use cookies to improve this site",
             "Share this page on social media", "All rights reserved by the publisher",
             "Follow us for the latest updates", "Read more stories from our regions",
             "Sign up for alerts on new releases", "Privacy policy and terms of use"]


@dataclass(frozen=True)
class Page:
    name: str
    html: str
    headline: str
    must: tuple[str, ...]
    must_not: tuple[str, ...]


def _sentence(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} in "
            f"{rng.choice(PLACES)} {rng.choice(TAILS)}.")


def _paragraph(rng: random.Random, index: int) -> str:
    # a serial number makes every paragraph's snippet unique on its page
    return f"Item {index} of the report. " + " ".join(_sentence(rng) for _ in range(3))


def _teaser(rng: random.Random, n: int) -> str:
    return (f'<article class="card"><h3><a href="/n/{n}">Teaser {n}: {rng.choice(SUBJECTS)} '
            f'{rng.choice(VERBS)} plans</a></h3><p>Short teaser {n} about {rng.choice(OBJECTS)}.'
            "</p></article>")


def generate_pages(count: int, seed: int = 13) -> list[Page]:
    """``count`` pages in five layouts, the same for the same seed."""
    rng = random.Random(seed)
    pages = []
    for i in range(count):
        layout = i % 5
        headline = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} plans in {rng.choice(PLACES)} ({i})"
        paragraphs = [_paragraph(rng, k) for k in range(rng.randint(3, 7))]
        furniture = rng.sample(FURNITURE, 3)
        teasers = [_teaser(rng, i * 10 + k) for k in range(3)]
        nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
        body_html = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        lead = f"<p>{paragraphs[0]}</p>"
        related = (f'<aside class="sidebar"><h2>Related news</h2><ul><li>{furniture[0]}</li>'
                   "<li>Related: the spring festival programme is out</li></ul></aside>")
        footer = f"<footer><p>{furniture[1]}</p><p>{furniture[2]}</p></footer>"
        if layout == 0:  # teaser cards before the story
            main = (f'<section class="latest">{"".join(teasers)}</section>'
                    f'<div class="story"><h1>{headline}</h1>{lead}{body_html}</div>')
        elif layout == 1:  # a compound class name holding a boilerplate word
            main = (f'<div class="widget Blog"><div class="post has-double-sidebar">'
                    f"<h1>{headline}</h1>{lead}{body_html}</div></div>")
        elif layout == 2:  # the lead inside the article's header
            main = (f'<article><header class="article-header"><h1>{headline}</h1>{lead}'
                    f"</header>{body_html}</article>")
        elif layout == 3:  # plain div page
            main = f'<div id="content"><h1>{headline}</h1>{lead}{body_html}</div>'
        else:  # comments under the story
            comments = "".join(
                f'<div class="comment"><p>Comment {k}: I was there and it was lovely.</p></div>'
                for k in range(3))
            main = (f'<main><article class="post"><h1>{headline}</h1>{lead}{body_html}'
                    f'</article><section id="comments"><h2>Comments</h2>{comments}</section></main>')
        html = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                f"<title>{headline} | Example Newsroom</title>"
                f'<meta property="og:site_name" content="Example Newsroom"></head><body>'
                f'<div class="cookie-banner">{furniture[1]}</div>'
                f"<nav><ul>{nav}</ul></nav>{main}{related}{footer}</body></html>")
        must = tuple(p.split(". ")[0] for p in paragraphs) + tuple(
            " ".join(p.split(". ")[1].split()[:6]) for p in paragraphs)
        must_not = (tuple(furniture) + ("Related: the spring festival", "Procurement")
                    + tuple(f"Short teaser {i * 10 + k}" for k in range(3))
                    + tuple(f"Comment {k}: I was there" for k in range(3)))
        pages.append(Page(f"page-{i:05d}.html", html, headline, must, must_not))
    return pages


def score(pages: list[Page], texts: list[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over every page's snippets (a refused page finds nothing)."""
    tp = fp = fn = 0
    for page, text in zip(pages, texts):
        flat = " ".join(text.split())
        for snippet in page.must:
            if snippet in flat:
                tp += 1
            else:
                fn += 1
        fp += sum(1 for snippet in page.must_not if snippet in flat)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
