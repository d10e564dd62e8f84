"""Names that share one plural head noun, written once after the list ("the county Roads and
Public Works, and Water Resources departments")."""

from __future__ import annotations

import re

from .alternation import compile_factored

#: "the county Roads and Public Works, and Water Resources departments": names that share
#: one plural head noun, written once after the list.
_SHARED_HEAD = compile_factored(
    r"(?:the\s+)?(?:(?:state|federal|provincial|regional|district|national|county|city|municipal|local)\s+)?"
    r"(?P<list>[A-Z][\w&'’-]*(?:,?\s+(?:(?:and|&|of|for)\s+)?[A-Z][\w&'’-]*)+)\s+"
    r"(?P<head>departments|ministries|directorates|divisions|faculties|offices|bureaus|bureaux|agencies"
    r"|councils|committees|commissions)\b")
_SINGULAR = {"ministries": "ministry", "faculties": "faculty", "agencies": "agency", "bureaux": "bureau"}


def shared_head(text: str) -> list[str]:
    """The names of a list at the start of ``text`` that ends in one plural head noun, each
    with the head in the singular ("Health department", "Medical Education department")."""
    m = _SHARED_HEAD.match(text)
    if not m:
        return []
    listed = m["list"]
    if ", and " in listed or "," not in listed:
        # an Oxford comma separates names that may contain "and"; without commas "and" does
        parts = re.split(r",\s*(?:and\s+)?", listed) if "," in listed else re.split(r"\s+(?:and|&)\s+", listed)
    else:
        *first, last = listed.split(",")
        parts = first + re.split(r"\s+(?:and|&)\s+", last)
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) < 2:
        return []
    head = _SINGULAR.get(m["head"], m["head"][:-1])
    return [f"{p} {head}" for p in parts]
