"""One organisation under its several names: "Border Management Programme in Central Asia
(BOMCA)", "BOMCA" and "Border Management Programme in Central Asia" are one filter value.

Articles name an organisation in full, by its acronym, or both ("Full Name (ACR)"); the
collection's own "Full Name (ACR)" forms say which acronym belongs to which name, so the
grouping rests on what the records state, never on a list of organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

_WITH_ACRONYM = re.compile(r"^(?P<full>.+?)\s*\((?P<acr>[A-Z][A-Za-z&.\-]{1,11})\)$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&.\-]{1,11}$")


def _key(name: str) -> str:
    """A spelling-insensitive form: case, a leading 'the', punctuation and spaces ignored."""
    text = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def parts(name: str) -> tuple[str | None, str | None]:
    """(full name, acronym) of one written name; either may be None."""
    m = _WITH_ACRONYM.match(name.strip())
    if m:
        return m.group("full").strip(), m.group("acr").replace(".", "")
    if _ACRONYM.match(name.strip()):
        return None, name.strip().replace(".", "")
    return name.strip(), None


@dataclass(frozen=True)
class OrgGroup:
    label: str  # the name shown: "Full Name (ACR)" when the collection has it
    names: frozenset[str]  # every written form in the group


def group_names(names: Iterable[str]) -> list[OrgGroup]:
    """The written organisation names of a collection, grouped; in a stable order."""
    written = sorted(set(n for n in names if n.strip()))
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for name in written:
        full, acr = parts(name)
        node = f"name:{name}"
        if full:
            union(node, f"full:{_key(full)}")
        if acr:
            union(node, f"acr:{acr}")
    # an acronym shared by two different full names is not evidence they are one body
    fulls_of: dict[str, set[str]] = {}
    for name in written:
        full, acr = parts(name)
        if full and acr:
            fulls_of.setdefault(acr, set()).add(_key(full))
    if any(len(v) > 1 for v in fulls_of.values()):
        parent.clear()
        for name in written:
            full, acr = parts(name)
            node = f"name:{name}"
            if full:
                union(node, f"full:{_key(full)}")
            if acr and len(fulls_of.get(acr, ())) <= 1:
                union(node, f"acr:{acr}")
    groups: dict[str, set[str]] = {}
    for name in written:
        groups.setdefault(find(f"name:{name}"), set()).add(name)
    return sorted((OrgGroup(_label(members), frozenset(members)) for members in groups.values()),
                  key=lambda g: (g.label.casefold(), g.label))


def _label(members: set[str]) -> str:
    """The fullest form: "Full (ACR)" first, then the longest full name, then the acronym."""
    both = [n for n in members if all(parts(n))]
    if both:
        return min(both, key=lambda n: (-len(n), n))
    return min(members, key=lambda n: (parts(n)[0] is None, -len(n), n))
