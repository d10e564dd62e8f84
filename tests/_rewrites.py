"""Mechanical rewrites of an article's layout and typography that must not change its facts
(used by the metamorphic test ``test_extract_invariance``)."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

#: A run of capitalised words, numbers and the small words inside names and dates:
#: "9 June 2016", "Ministry of Justice", "OSCE Presence in Albania".
_NAME_OR_DATE = re.compile(r"[A-Z0-9][\w'’-]*(?: (?:(?:of|the|and|for|in|de) )*[A-Z0-9][\w'’-]*)+")
_PAGE_DATE_MARK = re.compile(r"\s*date\s\d{4}-\d{2}(?:-\d{2})?\s")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)

SHARE_LINE = "Share | Tweet | Email"
RELATED = ("Related stories\n\nNew director appointed at the training academy\n"
           "Annual report on road safety published\nVolunteers clean up the river banks")


def hard_wrap(text: str, width: int = 72) -> str:
    """Every line longer than ``width`` broken at spaces (and hyphens), as a mail client does."""
    return "\n".join("\n".join(textwrap.wrap(line, width, break_long_words=False)) or line
                     for line in text.split("\n"))


def no_break_spaces(text: str) -> str:
    """The spaces inside names and dates as no-break spaces."""
    return _NAME_OR_DATE.sub(lambda m: m.group().replace(" ", "\u00a0"), text)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def double_blank_lines(text: str) -> str:
    """Two blank lines where there was one; a text with none gets them between its lines."""
    if "\n\n" in text.strip("\n"):
        return re.sub(r"\n\n+", "\n\n\n", text)
    return text.replace("\n", "\n\n\n")


def share_line_above(text: str) -> str:
    """A line of sharing buttons above the headline (after a crawl's page-date marker, which
    stays the first thing in the text)."""
    mark = _PAGE_DATE_MARK.match(text)
    at = mark.end() if mark else 0
    return f"{text[:at]}{SHARE_LINE}\n\n{text[at:]}"


def related_stories_below(text: str) -> str:
    return f"{text.rstrip()}\n\n{RELATED}\n"


#: In the order ``rewrite_all`` applies them: furniture first, so that the wrap covers it.
REWRITES: dict[str, Callable[[str], str]] = {
    "share line": share_line_above,
    "related stories": related_stories_below,
    "no-break spaces": no_break_spaces,
    "double blank lines": double_blank_lines,
    "hard-wrap": hard_wrap,
    "crlf": crlf,
}


#: The text between two tags of a page's body, outside scripts and styles.
_HTML_TEXT = re.compile(r"(<(?:script|style)\b.*?</(?:script|style)>)|(?<=>)([^<]+)(?=<)", re.S | re.I)


def _in_html_text(page: str, how: Callable[[str], str]) -> str:
    head, body = page.split("<body", 1)
    return head + "<body" + _HTML_TEXT.sub(lambda m: m[1] or how(m[2]), body)


def _rewrite_html(page: str, name: str) -> str:
    """The same rewrites for a web page: its text nodes wrapped or given no-break spaces (as
    entities), the sharing line before the ``<h1>``, the related stories before ``</body>``."""
    if name == "hard-wrap":
        return _in_html_text(page, lambda t: "\n".join(textwrap.wrap(
            t, 72, break_long_words=False, break_on_hyphens=False)) if t.strip() else t)
    if name == "no-break spaces":
        return _in_html_text(page, lambda t: no_break_spaces(t).replace("\u00a0", "&nbsp;"))
    if name == "double blank lines":  # a page has none: a blank line after every line
        return page.replace("\n", "\n\n")
    if name == "share line":
        return page.replace("<h1", f"<p>{SHARE_LINE}</p>\n<h1", 1)
    if name == "related stories":
        title, *items = RELATED.split("\n")
        listed = "".join(f"<li><a href='#'>{item}</a></li>" for item in items if item)
        return page.replace("</body>", f"<section><h2>{title}</h2><ul>{listed}</ul></section></body>")
    return REWRITES[name](page)


def rewrite(text: str, name: str, suffix: str = ".txt") -> str:
    """``text`` (a .txt, .md or .html file) with rewrite ``name`` applied to its body; a front
    matter is kept as it is (CRLF excepted, which applies to the whole file)."""
    how = REWRITES[name]
    if suffix == ".html":
        return _rewrite_html(text, name)
    if name == "crlf":
        return how(text)
    head = ""
    if suffix == ".md" and (match := _FRONT_MATTER.match(text)):
        head, text = match.group(), text[match.end():]
    return head + how(text)


def rewrite_all(text: str, suffix: str = ".txt") -> str:
    """Every rewrite at once, CRLF last."""
    for name in REWRITES:
        if name != "crlf":
            text = rewrite(text, name, suffix)
    return rewrite(text, "crlf", suffix)
