"""Join the lines of hard-wrapped plain text (e-mailed press releases, text dumps) back into
paragraphs, so that the extractor reads the same text whatever column the sender wrapped at.

A wrap width is detected from the line lengths: a high quantile of them, accepted only when
enough lines end close below it. A line is then joined to the next one when the next line's
first word would not have fitted on it (the wrapper moved it down), or when it ends on a word
that ends no sentence or heading ("of", "the", a comma). Blank lines, short lines, indented
lines and list items keep paragraphs apart.
"""

from __future__ import annotations

import re

#: Hard wrapping happens between these columns; lines of prose longer than that were not wrapped.
MIN_WIDTH, MAX_WIDTH = 40, 110
#: At least this many lines, and this share of the lines of prose length, must be full: end
#: within ``_slack(width)`` of the width.
MIN_FULL_LINES, MIN_FULL_SHARE = 3, 0.3
#: ... and they must outnumber the lines well past the width this many times.
MIN_FULL_PER_PAST = 4

#: A line that opens a list item, a heading, a quotation or a table row starts a block.
_BLOCK_START = re.compile(r"\s*(?:[-*+•·▪–—]\s|#|>|\||\d{1,2}[.)]\s)")
#: Prose goes on with a word, a number or an opening bracket or quote, never with a rule line.
_PROSE_START = re.compile(r"\s*[\w(\[“‘\"'«]")
#: The end of a line that cannot end a sentence or a heading: a function word or a comma.
_OPEN_END = re.compile(r"(?:[\s(](?:of|the|and|or|in|on|at|for|to|by|with|from|a|an)|,)$")
_SENTENCE_END = ".!?\"”’)"
#: A dateline ("GRAZ, Austria –", "Frankfurt (dpa) -", "ISLAMABAD:") opens a paragraph.
_DATELINE = re.compile(r"\s*[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}(?:,? \([^()]{2,30}\))?\s*(?:[:–—]|-{1,2}\s)")
#: A word broken at its hyphen: "Co-" / "operation", "28-" / "29 March".
_HYPHEN_END = re.compile(r"\w-$")


def _slack(width: int) -> int:
    """How far short of the width a full line may end: about the length of a long word."""
    return max(12, width // 4)


def wrap_width(lines: list[str]) -> int | None:
    """The column the text was wrapped at, or None when its lines do not cluster below one."""
    lengths = sorted((n for line in lines if MIN_WIDTH <= (n := len(line.rstrip())) <= MAX_WIDTH),
                     reverse=True)
    if len(lengths) < MIN_FULL_LINES:
        return None
    # not the longest line: a few lines stand out (a word no wrapper could break, a URL), and a
    # width estimated a little short only joins lines that were nearly full anyway
    width = lengths[max(MIN_FULL_LINES, len(lengths) // 5) - 1]
    full = sum(1 for n in lengths if n >= width - _slack(width))
    # short lines (menus, bylines, list items) are no evidence either way; lines well past the
    # width (paragraphs written on one line) are evidence against
    prose = sum(1 for line in lines if len(line.rstrip()) >= MIN_WIDTH)
    past = sum(1 for line in lines if len(line.rstrip()) > width + _slack(width))
    if full < max(MIN_FULL_LINES, MIN_FULL_SHARE * prose) or past * MIN_FULL_PER_PAST > full:
        return None
    return width


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _continues(line: str, following: str, width: int | None) -> bool:
    """Whether ``following`` carries on the paragraph ``line`` belongs to."""
    if not following.strip() or not line.strip() or _BLOCK_START.match(following):
        return False
    if line.lstrip().startswith("#") or not _PROSE_START.match(following):
        return False
    end = line.rstrip()
    if _OPEN_END.search(end):
        return True
    if end[-1] in _SENTENCE_END and _DATELINE.match(following):
        return False
    if width is None or _indent(following) > _indent(line):
        return False
    # a line well past the width (the width is estimated a little short) was not wrapped,
    # unless it is one word no wrapper could break (a run held by no-break spaces, a URL)
    if len(end) > width + _slack(width) and " " in end.strip(" \t"):
        return False
    # the first word as a wrapper sees it: a no-break space does not end it
    first = following.lstrip(" \t").partition(" ")[0].partition("\t")[0]
    return len(end) + 1 + len(first) > width


def unwrap(text: str) -> str:
    """``text`` with the line breaks a wrapper put inside paragraphs replaced by a space (none
    after a hyphen that breaks a word); any other line stays as it was."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = wrap_width(lines)
    out = [lines[0]]
    for line, following in zip(lines, lines[1:]):
        if _continues(line, following, width):
            joined = out[-1].rstrip()
            glue = "" if _HYPHEN_END.search(joined) else " "
            out[-1] = joined + glue + following.strip()
        else:
            out.append(following)
    return "\n".join(out)
