"""Datelines the date readers leave: a line of its own that is a town and a date ("Leuven, 8
March 2024", "Villarrica, 14 de abril de 2022"), or a paragraph that opens with a town
and a full stop ("Wittenberge. The town's fair ..."), as German and Nordic papers write them.
Only a first-tier town counts."""

from __future__ import annotations

import re

from .place_names import lookup

_TOWN = r"(?P<town>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,2})"
#: "Leuven, 8 March 2024", "Brno, 9. 5. 2024": the rest is a short date with a year.
_TOWN_DATE = re.compile(_TOWN + r",\s+(?P<rest>[\w .,/-]{1,40}?\b(?:19|20)\d\d)\.?$")
#: "Wittenberge. The town's ...": a town, a full stop, then a sentence.
_TOWN_STOP = re.compile(_TOWN + r"\.\s+(?=[A-Z\"“])(?=.{40})")
#: Lines looked at: the page's furniture, headline and opening paragraphs.
_LINES = 8


def line_town(text: str) -> str | None:
    """The town of a dateline written as a line of its own or as a paragraph's opening word and
    a full stop, among the first lines of ``text`` that hold words; None when there is none."""
    seen = 0
    for line in text[:3000].splitlines():
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > _LINES:
            break
        m = _TOWN_DATE.match(line)
        if m and sum(c.isdigit() for c in m["rest"]) < 5:
            m = None  # a day and a year, not a year alone
        m = m or _TOWN_STOP.match(line)
        if m is None:
            continue
        hit = lookup(m["town"])
        if hit and hit[0] == "city" and hit[1] == m["town"]:
            return m["town"]
    return None
