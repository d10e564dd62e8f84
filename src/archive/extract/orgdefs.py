"""Short forms of organisation names: an acronym defined in brackets ("United Nations Office
on Drugs and Crime (UNODC)") and the fuller name an acronym stands for elsewhere in the text."""

from __future__ import annotations

import re

from .orgnames import CONNECTORS, is_acronym

_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")


def definitions(text: str) -> dict[str, str]:
    """'United Nations Office on Drugs and Crime (UNODC)' -> {'UNODC': that full form}."""
    out: dict[str, str] = {}
    for m in _ACRONYM_IN_PARENS.finditer(text):
        acr = m.group(1)
        if acr in out:
            continue
        before = text[max(0, m.start() - 160):m.start()]
        before = before[before.rfind("\n") + 1:]  # a full form does not run across lines
        words = before.split()
        picked: list[str] = []
        for w in reversed(words):
            if picked and w[-1:] in ".!?" and "." not in w[:-1]:
                break  # "... in Kwara. The Fund (F)": the sentence before is not part of it
            if w[:1].isupper() or w in CONNECTORS:
                picked.insert(0, w)
            else:
                break
        while picked and (picked[0] in CONNECTORS or picked[0] in ("The", "A", "An")):
            picked.pop(0)
        if not picked or len(picked) < 2:
            continue
        initials = "".join(w[0] for w in picked if w[:1].isupper())
        if not initials or acr[0] != initials[0] and acr[0] not in initials:
            continue
        out[acr] = " ".join(picked) + f" ({acr})"
    return out


_FIELD_OFFICE = (r"\s+(?:Centre|Center|Office|Mission|Programme Office|Project Co-ordinator|"
                 r"Project Coordinator|Presence|Academy|Secretariat|Border Management Staff College)"
                 r"(?:\s+(?:in|to|for)\s+(?:the\s+)?[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)?")


def expand(name: str, text: str, defs: dict[str, str]) -> str:
    bare = name.strip()
    if is_acronym(bare):
        if bare in defs:
            return defs[bare]
        m = re.search(r"(?:Head|head|Chief|Director)\s+of\s+the\s+(" + re.escape(bare) + _FIELD_OFFICE + ")", text)
        if not m:
            m = re.search(r"\b(" + re.escape(bare) + _FIELD_OFFICE + ")", text)
        if m:
            return m.group(1)
    return bare
