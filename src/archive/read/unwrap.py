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
#: At least this many lines, and this share of all lines, must end within ``_NEAR`` of the width.
MIN_FULL_LINES, MIN_FULL_SHARE = 3, 0.3
#: The longest line counts as an outlier when it is this much longer than the next one.
_OUTLIER_GAP = 8

#: A line that opens a list item, a heading, a quotation or a table row starts a block.
_BLOCK_START = re.compile(r"\s*(?:[-*+•·▪–—]\s|#|>|\||\d{1,2}[.)]\s)")
#: The end of a line that cannot end a sentence or a heading: a function word or a comma.
_OPEN_END = re.compile(r"(?:[\s(](?:of|the|and|or|in|on|at|for|to|by|with|from|a|an)|,)$", re.I)
#: A word broken at its hyphen: "Co-" / "operation", "28-" / "29 March".
_HYPHEN_END = re.compile(r"\w-$")


def wrap_width(lines: list[str]) -> int | None:
    """The column the text was wrapped at, or None when its lines do not cluster below one."""
    lengths = sorted((n for line in lines if MIN_WIDTH <= (n := len(line.rstrip())) <= MAX_WIDTH),
                     reverse=True)
    # a line or two standing well above all others (a URL, an unwrapped sentence) is no wrap
    for _ in range(2):
        if len(lengths) >= 2 and lengths[0] - lengths[1] > _OUTLIER_GAP:
            lengths.pop(0)
    if len(lengths) < MIN_FULL_LINES:
        return None
    width = lengths[0]
    near = max(12, width // 4)
    full = sum(1 for n in lengths if n >= width - near)
    content = sum(1 for line in lines if line.strip())
    if full < max(MIN_FULL_LINES, MIN_FULL_SHARE * content):
        return None
    return width


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _continues(line: str, following: str, width: int | None) -> bool:
    """Whether ``following`` carries on the paragraph ``line`` belongs to."""
    if not following.strip() or not line.strip() or _BLOCK_START.match(following):
        return False
    if line.lstrip().startswith("#") or not following.lstrip()[0].isalnum():
        return False
    end = line.rstrip()
    if _OPEN_END.search(end):
        return True
    if width is None or len(end) > width or _indent(following) > _indent(line):
        return False
    return len(end) + 1 + len(following.split()[0]) > width


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
