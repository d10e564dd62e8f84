"""Organisers, partners and funders: organisation names after trigger phrases.

A trigger ("organized by", "in partnership with", "funded by", ...) is followed by a list of
names. Names are read with a small token scanner instead of one large regular expression:
capitalised words, acronyms in parentheses and the connectors found inside names ("of",
"the", "for", "on", "in", "under", "to", "and", ...). A list is split at "and"/"," only when
the next item starts like an organisation name ("the ...", an acronym, a country, a word such
as Ministry or Government), so "Committee on Women and Family Affairs" stays whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from . import gazetteer
from .text import WORD_START, Doc, Sentence

_ORGANIZER = re.compile(
    r"\b(?:[Cc]o-?organi[sz]ed|[Oo]rgani[sz]ed|[Cc]onvened|[Cc]o-?hosted)\s+"
    r"(?:(?:jointly|together|also|mainly|primarily)\s+)?by\s+")
_ORGANIZER_WORDS = ("by",)
_PARTNER = re.compile(
    r"\b(?:[Ii]n\s+(?:close\s+)?(?:partnership|co-?operation|collaboration|cooperation|conjunction)"
    r"|[Ii]mplemented\s+jointly)\s+with\s+")
_PARTNER_WORDS = ("with",)
_TOGETHER = re.compile(r"^\s*,?\s*(?:together|jointly)\s+with\s+")
_FUNDER = re.compile(
    r"\b(?:(?:co-?)?funded|(?:co-?)?financed|sponsored|supported\s+financially|financially\s+supported"
    r"|made\s+possible)\s+(?:jointly\s+|generously\s+|entirely\s+|fully\s+)?by\s+"
    r"|\b(?:funding|financial\s+support|financial\s+assistance|financial\s+contributions?|"
    r"extrabudgetary\s+contributions?|contributions?|grants?|donations?|financing)\s+"
    r"(?:from|of|by|provided\s+by)\s+")
_FUNDER_WORDS = ("fund", "financ", "sponsor", "support", "possible", "contribution", "grant", "donation")
_SUPPORT = re.compile(r"\bwith\s+(?:the\s+)?(?:generous\s+)?support\s+(?:from|of)\s+")
_SUPPORT_WORDS = ("support",)
_FUNDING_NAME = re.compile(
    r"(?:[Pp]rogram(?:me)?\b(?! Office)|Fund\b|Facility|Foundation|Government|Embassy|Ministry of Foreign"
    r"|Agency for International|Development Agency|Cooperation Agency|Co-operation Agency)")
_ACTIVE = re.compile(
    r"\b(?:organi[sz]ed|co-?organi[sz]ed|convened|hosted|held|conducted|ran)\s+(?:a|an|the|its)\b")
_PREFIXED = re.compile(r"\b(?P<acr>[A-Z][A-Za-z]*[A-Z](?:[-/][A-Z][A-Za-z]*[A-Z])*)[-‑](?P<kind>organi[sz]ed|led|funded|sponsored|hosted)\b")
_NEGATIVE = re.compile(WORD_START + r"(?:first edition|previous|last year|a year earlier|will be|planned for|next year)\b",
                       re.IGNORECASE)

CONNECTORS = {"of", "the", "for", "on", "and", "in", "under", "to", "against", "from", "at",
              "de", "du", "des", "la", "le", "del", "für", "y", "et", "&"}
LOWER_PARTS = {"programme", "program", "project", "fund", "office", "initiative", "facility"}
HEAD_WORDS = {
    "Ministry", "Government", "Council", "Committee", "Office", "Agency", "Embassy", "Delegation",
    "Mission", "Centre", "Center", "University", "Institute", "Academy", "Association", "Union",
    "Organization", "Organisation", "Department", "Service", "Commission", "Programme",
    "Program", "Foundation", "Fund", "Bank", "Court", "Parliament", "Assembly", "Presence",
    "Secretariat", "School", "College", "Network", "Federation", "Chamber", "Authority",
    "Administration", "Bureau", "Directorate", "Inspectorate", "Police", "Prosecutor", "Prosecutor's",
    "Ombudsperson", "Ombudsman", "Society", "State", "National", "International", "European",
    "United", "Federal", "Swiss", "German", "Norwegian", "Swedish", "Finnish", "Japanese",
    "Korea", "Korean", "Supreme", "Higher", "High", "Regional", "Public", "Coordination",
    "Co-ordination", "Congress", "Confederation", "Global", "World", "Red", "Turkish",
    "Kazakh", "Kyrgyz", "Uzbek", "Tajik", "Turkmen", "Ukrainian", "Georgian", "Moldovan",
    "Albanian", "Serbian", "Trust", "Faculty", "Board", "General", "Border", "Customs",
    "Penal", "Norway", "Canada", "Switzerland", "Germany", "Netherlands",
}
#: A word after a comma that starts a phrase about a person or a day, not the rest of an
#: organisation's name ("the OSCE Mission to Skopje, Ambassador X said", "..., Monday's").
_APPOSITION = re.compile(
    r"(?:Ambassador|Minister|Deputy|Director|Mr|Mrs|Ms|Dr|Professor|Prof|Mayor|Governor"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\.?$|.+['’]s$")
_TOKEN = re.compile(r"\([^()\s]{1,14}(?:\s[^()\s]{1,14})?\)|[“”\"«»]|,|;|:|[^\s,;:()“”\"«»]+")


def _is_acronym(word: str) -> bool:
    w = word.strip("()")
    return 2 <= len(w) <= 10 and sum(c.isupper() for c in w) >= 2 and w[0].isupper() and \
        not any(c.islower() for c in w[:2])


def _starts_org(tokens: list[str], i: int) -> bool:
    if i >= len(tokens):
        return False
    w = tokens[i]
    if w in ("the", "The"):
        return True
    if not w[:1].isupper():
        return False
    w = w.rstrip(".")
    if _is_acronym(w) or w in HEAD_WORDS:
        return True
    two = " ".join(tokens[i:i + 2]).rstrip(".")
    if w.endswith(("'s", "’s")):  # "Kazakhstan's Border Service Academy"
        w = w[:-2]
    return bool(gazetteer.country_code(w) or gazetteer.country_code(two))


def scan_names(text: str) -> list[str]:
    """Organisation names listed at the start of ``text``."""
    tokens = [m.group(0) for m in _TOKEN.finditer(text[:400])]
    names: list[str] = []
    cur: list[str] = []

    def close() -> None:
        while cur and (cur[-1] in CONNECTORS or cur[-1] == ","):
            cur.pop()
        while cur and cur[0] in ("the", "The"):
            cur.pop(0)
        if cur and any(t[:1].isupper() for t in cur):
            name = " ".join(cur).replace(" ,", ",")
            names.append(name)
        cur.clear()

    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.startswith("(") and t.endswith(")"):
            if cur and _is_acronym(t):
                cur.append(t)
                i += 1
                continue
            break
        if t in ("“", "”", '"', "«", "»", ";", ":"):
            break
        if t == ",":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if nxt == "and" and _starts_org(tokens, i + 2):
                close()
                i += 2
                continue
            if _starts_org(tokens, i + 1):
                close()
                i += 1
                continue
            if nxt[:1].isupper() and cur and not _APPOSITION.match(nxt):
                cur.append(",")
                i += 1
                continue
            break
        end_sentence = t.endswith(".") and "." not in t[:-1] and len(t) > 2
        word = t.rstrip(".") if end_sentence else t
        if word == "and" and cur:
            if _starts_org(tokens, i + 1):
                close()
                i += 1
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if nxt[:1].isupper():
                cur.append(word)
                i += 1
                continue
            break
        if word[:1].isupper() or (word[:1].isdigit() and cur):
            if word in ("The",) and cur:
                break
            cur.append(word)
        elif word in CONNECTORS:
            if not cur and word in ("the",):
                cur.append(word)
            elif cur:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
                if nxt[:1].isupper() or nxt in ("the",) or (nxt.startswith("(") and nxt.endswith(")")):
                    cur.append(word)
                else:
                    break
            else:
                break
        elif word.lower() in LOWER_PARTS and cur and cur[-1][:1].isupper():
            cur.append(word)
        else:
            break
        if end_sentence:
            break
        i += 1
    close()
    return _rejoin([n for n in names if len(n) > 1], text)


_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_PARENTHESISED = re.compile(r"\s*\([^)]*\)")
_NON_WORD = re.compile(r"\W+")
_TRAILING_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,11})\)$")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())


def _rejoin(names: list[str], text: str) -> list[str]:
    """Undo a split at "and" inside one name: 'A and B (ACR)' is one organisation when ACR
    stands for the words of A and B together but not for B alone ('European Union Border
    Assistance Mission to Moldova and Ukraine (EUBAM)')."""
    out: list[str] = []
    for name in names:
        match = _TRAILING_ACRONYM.search(name)
        if out and match:
            joined = f"{out[-1]} and {name}"
            acronym = match.group(1).upper()
            bare = name[:match.start()]
            if (joined in text and _initials(out[-1] + " " + bare).upper().startswith(acronym)
                    and not _initials(bare).upper().startswith(acronym)):
                out[-1] = joined
                continue
        out.append(name)
    return out


@dataclass
class OrgResult:
    organizers: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    funders: list[str] = field(default_factory=list)
    evidence: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def _definitions(text: str) -> dict[str, str]:
    """'United Nations Office on Drugs and Crime (UNODC)' -> {'UNODC': that full form}."""
    out: dict[str, str] = {}
    for m in _ACRONYM_IN_PARENS.finditer(text):
        acr = m.group(1)
        if acr in out:
            continue
        before = text[max(0, m.start() - 160):m.start()]
        words = before.split()
        picked: list[str] = []
        for w in reversed(words):
            if w[:1].isupper() or w in CONNECTORS:
                picked.insert(0, w)
            else:
                break
        while picked and picked[0] in CONNECTORS:
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


def _expand(name: str, text: str, defs: dict[str, str]) -> str:
    bare = name.strip()
    if _is_acronym(bare):
        if bare in defs:
            return defs[bare]
        m = re.search(r"(?:Head|head|Chief|Director)\s+of\s+the\s+(" + re.escape(bare) + _FIELD_OFFICE + ")", text)
        if not m:
            m = re.search(r"\b(" + re.escape(bare) + _FIELD_OFFICE + ")", text)
        if m:
            return m.group(1)
    return bare


def _key(name: str) -> str:
    acr = _ACRONYM_IN_PARENS.search(name)
    if acr:
        return acr.group(1).upper()
    return _NON_WORD.sub(" ", name).strip().casefold()


def _same(a: str, b: str) -> bool:
    if _key(a) == _key(b):
        return True
    ka = _PARENTHESISED.sub("", a).casefold()
    kb = _PARENTHESISED.sub("", b).casefold()
    if ka == kb:
        return True
    acr_a = _ACRONYM_IN_PARENS.findall(a)
    acr_b = _ACRONYM_IN_PARENS.findall(b)
    return (b.strip() in acr_a) or (a.strip() in acr_b)


def _add(target: list[str], names: list[str], *others: list[str]) -> None:
    for n in names:
        if any(_same(n, x) for x in target) or any(_same(n, x) for o in others for x in o):
            continue
        target.append(n)


_COMPANION = re.compile(r"^(?:together|jointly|along)\s+with\s+", re.IGNORECASE)


def _active_subject(sent: Sentence) -> list[str]:
    m = _ACTIVE.search(sent.text)
    if not m:
        return []
    head = sent.text[:m.start()]
    parts = [p.strip() for p in re.split(r"[,;:–—]|\s-\s", head)]
    # "A, together with B, organized ...": the subject is A; B is a co-organiser
    companion: list[str] = []
    while len(parts) > 1 and (not parts[-1] or _COMPANION.match(parts[-1])):
        tail = parts.pop()
        if tail:
            companion = scan_names(_COMPANION.sub("", tail) + " .") + companion
    clause = parts[-1]
    if not clause or not (clause[:1].isupper() or clause.startswith("the ")):
        return []
    names = scan_names(clause + " .")
    if not names:
        return []
    joined = " ".join(names)
    if not (any(w in HEAD_WORDS for w in joined.split()) or any(_is_acronym(w) for w in joined.split())):
        return []
    # the scanner must have consumed the whole clause
    rest = re.sub(r"\b(?:the|and|The)\b|[(),]", " ", clause)
    if len(rest.split()) > len(joined.replace("(", " ").replace(")", " ").split()) + 1:
        return []
    return names + companion


def _triggers(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, skipped outright when ``text`` has none of ``words``.

    Every match of a trigger contains one of its ``_WORDS`` (the patterns are case-sensitive).
    Most sentences have none, and a substring test costs far less than a scan that tries the
    pattern at every position.
    """
    for word in words:
        if word in text:
            return pattern.finditer(text)
    return ()


def find_orgs(doc: Doc, main_index: int) -> OrgResult:
    res = OrgResult()
    text = doc.text
    defs = _definitions(text)
    ev: dict[str, list[tuple[str, int]]] = {"organizers": [], "partners": [], "funders": []}
    for sent in doc.sentences:
        st = sent.text
        def neg(m: re.Match[str]) -> bool:
            return sent.index != main_index and bool(_NEGATIVE.search(st[max(0, m.start() - 60):m.start()]))

        for m in _triggers(_ORGANIZER, _ORGANIZER_WORDS, st):
            if neg(m):
                continue
            names = scan_names(st[m.end():])
            after = st[m.end():]
            # "organized by A together with B": B is a co-organiser
            consumed = _consumed_length(after, names)
            tm = _TOGETHER.match(after[consumed:])
            if tm:
                names += scan_names(after[consumed + tm.end():])
            names = [_expand(n, text, defs) for n in names]
            if names:
                _add(res.organizers, names)
                ev["organizers"].append((st[m.start():m.end() + consumed].strip(), sent.start + m.start()))
        for m in _triggers(_PARTNER, _PARTNER_WORDS, st):
            if neg(m):
                continue
            names = [_expand(n, text, defs) for n in scan_names(st[m.end():])]
            if names:
                _add(res.partners, names, res.organizers)
                ev["partners"].append((st[m.start():m.end() + _consumed_length(st[m.end():], names)].strip(),
                                       sent.start + m.start()))
        for m in _triggers(_FUNDER, _FUNDER_WORDS, st):
            if neg(m):
                continue
            names = [_expand(n, text, defs) for n in scan_names(st[m.end():])]
            if names:
                _add(res.funders, names)
                ev["funders"].append((st[m.start():m.end() + _consumed_length(st[m.end():], names)].strip(),
                                      sent.start + m.start()))
        for m in _triggers(_SUPPORT, _SUPPORT_WORDS, st):
            names = [n for n in scan_names(st[m.end():]) if _FUNDING_NAME.search(n)]
            names = [_expand(n, text, defs) for n in names]
            if names:
                _add(res.funders, names)
                ev["funders"].append((st[m.start():m.end() + _consumed_length(st[m.end():], names)].strip(),
                                      sent.start + m.start()))
        if sent.para <= 1:
            for m in _PREFIXED.finditer(st):
                acrs = re.split(r"[-/]", m.group("acr"))
                kind = m.group("kind")
                names = [_expand(a, text, defs) for a in acrs]
                if kind in ("organized", "organised", "led", "hosted"):
                    # first acronym organises; the others are co-organisers unless named as partners
                    _add(res.organizers, names[:1])
                    _add(res.organizers, names[1:], res.partners)
                    ev["organizers"].append((m.group(0), sent.start + m.start()))
                else:
                    _add(res.funders, names)
                    ev["funders"].append((m.group(0), sent.start + m.start()))
    if not res.organizers:
        for sent in doc.sentences:
            if sent.para > 1:
                break
            names = _active_subject(sent)
            if names:
                _add(res.organizers, [_expand(n, text, defs) for n in names])
                ev["organizers"].append((sent.text[:120], sent.start))
                break
    # partners named as co-organisers elsewhere stay partners only when not organisers
    res.partners = [p for p in res.partners if not any(_same(p, o) for o in res.organizers)]
    # an acronym-only organiser replaced by a fuller form found later
    res.evidence = ev
    return res


def _consumed_length(after: str, names: list[str]) -> int:
    """How far into ``after`` the listed names reach (approximate, for evidence spans)."""
    if not names:
        return 0
    last = names[-1].split()[-1]
    idx = after.find(last)
    return idx + len(last) if idx >= 0 else 0
