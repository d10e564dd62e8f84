"""Long alternations rewritten as prefix trees, for speed with the same matches.

Python's ``re`` tries every branch of ``a|b|c`` in turn at each position, so a list of two
hundred event nouns costs two hundred comparisons at every word. ``factored`` rewrites
``conferences?|congress(?:es)?|courses?`` as ``co(?:n(?:ferences?|gress(?:es)?)|urses?)``:
at a word that starts with neither c nor o only one comparison is made.

The rewrite keeps the order in which branches are tried wherever two of them could match at
the same place (a branch is moved forward only past branches that cannot start with its first
character), so every search finds the same match, groups included. It works on the pattern's
text and leaves alone what it does not parse with certainty: look-behinds, character classes,
escapes and anything quantified.
"""

from __future__ import annotations

import re

_QUANTIFIERS = "?*+{"


def factored(pattern: str) -> str:
    """``pattern`` with each alternation as a prefix tree. Not for re.VERBOSE patterns."""
    branches, end = _alternation(pattern, 0)
    if end != len(pattern):
        raise ValueError(f"unbalanced parenthesis at {end}")
    return "|".join(_factor(branches))


def _atom_end(s: str, i: int) -> int:
    """The end of the atom starting at ``s[i]`` (before any quantifier)."""
    c = s[i]
    if c == "\\":
        nxt = s[i + 1:i + 2]
        width = {"x": 4, "u": 6, "U": 10}.get(nxt, 2)
        if nxt == "N" and s[i + 2:i + 3] == "{":
            return s.index("}", i) + 1
        return i + width
    if c == "[":
        j = i + 1
        if s[j:j + 1] == "^":
            j += 1
        if s[j:j + 1] == "]":
            j += 1
        while s[j] != "]":
            j += 2 if s[j] == "\\" else 1
        return j + 1
    if c == "(":
        return _raw_end(s, i)
    return i + 1


def _quantifier_end(s: str, i: int) -> int:
    if i < len(s) and s[i] in "?*+":
        i += 1
    elif i < len(s) and s[i] == "{":
        close = s.find("}", i)
        if close < 0 or not all(ch.isdigit() or ch == "," for ch in s[i + 1:close]):
            return i  # a literal brace
        i = close + 1
    else:
        return i
    if i < len(s) and s[i] in "?+":
        i += 1  # lazy or possessive
    return i


def _raw_end(s: str, i: int) -> int:
    """Where the group opening at ``s[i]`` ends, read without rewriting it."""
    depth, j = 0, i
    while j < len(s):
        if s[j] in "\\[":
            j = _atom_end(s, j)
            continue
        depth += {"(": 1, ")": -1}.get(s[j], 0)
        j += 1
        if depth == 0:
            return j
    raise ValueError(f"unbalanced parenthesis at {i}")


def _group(s: str, i: int) -> tuple[str, int]:
    """The group opening at ``s[i]``, its inside rewritten, and where it ends."""
    if s.startswith(("(?#", "(?P=", "(?(", "(?<=", "(?<!"), i):
        end = _raw_end(s, i)
        return s[i:end], end  # comments, references, conditions and look-behinds as written
    if s.startswith("(?P<", i):
        head = s[i:s.index(">", i) + 1]
    elif s.startswith(("(?:", "(?=", "(?!"), i):
        head = s[i:i + 3]
    elif s.startswith("(?", i):
        j = i + 2
        while j < len(s) and (s[j].isalpha() or s[j] == "-"):
            j += 1
        if s[j:j + 1] == ")":
            return s[i:j + 1], j + 1  # global inline flags: "(?i)"
        head = s[i:j + 1]  # scoped flags: "(?-i:"
    else:
        head = "("
    branches, j = _alternation(s, i + len(head))
    if j >= len(s) or s[j] != ")":
        raise ValueError(f"unbalanced parenthesis at {i}")
    return head + "|".join(_factor(branches)) + ")", j + 1


def _alternation(s: str, i: int) -> tuple[list[str], int]:
    """The branches (each rewritten inside) from ``s[i]`` up to the closing parenthesis."""
    branches: list[str] = []
    current: list[str] = []
    while i < len(s) and s[i] != ")":
        if s[i] == "|":
            branches.append("".join(current))
            current = []
            i += 1
            continue
        if s[i] == "(":
            text, end = _group(s, i)
        else:
            end = _atom_end(s, i)
            text = s[i:end]
        q = _quantifier_end(s, end)
        current.append(text + s[end:q])
        i = q
    branches.append("".join(current))
    return branches, i


def _key(branch: str) -> str | None:
    """The literal character a branch starts with, when nothing quantifies it."""
    if not branch or not (branch[0].isalnum() or branch[0] in " -’'&"):
        return None
    if len(branch) > 1 and branch[1] in _QUANTIFIERS:
        return None
    return branch[0]


def _first(branch: str) -> frozenset[str] | None:
    """The characters (case-folded) a match of ``branch`` can start with; None when unknown."""
    key = _key(branch)
    if key is not None:
        return frozenset({key.casefold()})
    if branch.startswith("(?:") or (branch.startswith("(") and not branch.startswith("(?")):
        end = _atom_end(branch, 0)
        if end < len(branch) and branch[end] in _QUANTIFIERS:
            return None
        inner, _ = _alternation(branch, 3 if branch.startswith("(?:") else 1)
        sets = [_first(b) for b in inner]
        if any(f is None for f in sets):
            return None
        return frozenset().union(*(f for f in sets if f is not None))
    return None


def _factor(branches: list[str]) -> list[str]:
    """Branches sharing a first character gathered under it, the order of any two branches
    that can start at the same character unchanged."""
    slots: list[tuple[str | None, list[str], frozenset[str] | None]] = []
    for branch in branches:
        key = _key(branch)
        if key is not None:
            folded = key.casefold()
            at = next((n for n in range(len(slots) - 1, -1, -1) if slots[n][0] == key), None)
            if at is not None and all(f is not None and folded not in f for k, _, f in slots[at + 1:]):
                slots[at][1].append(branch[1:])
                continue
            slots.append((key, [branch[1:]], frozenset({folded})))
        else:
            slots.append((None, [branch], _first(branch)))
    out = []
    for key, rests, _ in slots:
        if key is None:
            out.append(rests[0])
            continue
        inner = _factor(rests) if len(rests) > 1 else rests
        out.append(key + (inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"))
    return out


#: The patterns ``compile_factored`` made, by their factored text: what each was as written.
_WRITTEN: dict[str, str] = {}


def compile_factored(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of the factored pattern: for long lists of words tried at every word."""
    text = factored(pattern)
    _WRITTEN[text] = pattern
    return re.compile(text, flags)


def as_written(compiled: re.Pattern[str]) -> str:
    """The pattern text before factoring (for tests that compare the two)."""
    return _WRITTEN.get(compiled.pattern, compiled.pattern)
