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
from .classify import EVENT_NOUN
from .text import WORD_START, Doc, Sentence

_ORGANIZER = re.compile(
    r"\b(?:[Cc]o-?organi[sz]ed|[Oo]rgani[sz]ed|[Cc]onvened|[Cc]o-?hosted|[Hh]osted|[Ff]acilitated"
    r"|[Cc]oordinated|[Cc]o-ordinated|(?:planned\s+and\s+)?run|[Ll]ed|[Cc]onducted|[Aa]rranged)\s+"
    r"(?:(?:jointly|together|also|mainly|primarily)\s+)?(?:(?:on|last|this)\s+\w+\s+)?by\s+"
    r"|\b[Uu]nder\s+the\s+auspices\s+of\s+")
_ORGANIZER_WORDS = ("by", "auspices")
_PARTNER = re.compile(
    r"\b(?:[Ii]n\s+(?:close\s+)?(?:partnership|co-?operation|collaboration|cooperation|conjunction"
    r"|association|coordination|co-ordination)"
    r"|[Ii]mplemented\s+jointly|[Tt]eamed\s+up|[Pp]artnered)\s+with\s+")
_PARTNER_WORDS = ("with",)
#: "with the support of X" / "supported by X": X supports; it pays only when its name says so
#: (then it is a funder), otherwise it is a partner.
_SUPPORTED_BY = re.compile(
    r"\b(?:[Ss]upported\s+by|[Ww]ith\s+(?:the\s+)?(?:kind\s+|generous\s+)?support\s+(?:from|of))\s+")
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
    r"\b(?:(?:has|have|had|is|are|was|were|will|would|to)\s+(?:(?:also|jointly|recently|successfully"
    r"|today|on\s+\w+|this\s+\w+|finally)\s+)?(?:be\s+)?)?"
    r"(?:organi[sz]ed|organi[sz]es?|organi[sz]ing|co-?organi[sz]ed|convened|convenes?|hosted|hosts?|hosting"
    r"|held|holds?|holding|conducted|conducts?|ran|runs?|launched|launch(?:es)?|kicked\s+off|kick\s+off"
    r"|welcomed|welcomes?|concluded|staged|stages?|celebrated|marked|trained|teamed\s+up|teams\s+up"
    r"|making\s+(?:last-minute\s+)?preparations\s+to\s+hold)\s+(?:a|an|the|its|their|his|her|\d+|with|over|more|nearly|some|about|around|two|three|four|five|six|seven|eight|nine|ten|[A-Z])")
#: Words between a subject and its verb that are not part of the subject's name.
_SUBJECT_TAIL = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|this\s+week"
    r"|last\s+week|recently|successfully|also|jointly|finally|on\s+\d[\w ,]*)\s*$")
#: A date or time that opens a clause before its subject ("On October 17-19 2013 UNDP ...").
_LEADING_DATE = re.compile(
    r"^(?:(?:On|In|From|During|Last|This|Between)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+)?[\d][\d\s.,/–-]*(?:st|nd|rd|th)?"
    r"(?:\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)?,?\s*(?:\d{4})?,?\s+")
_TRAILING_DATE = re.compile(
    r"\s+(?:on|in|from|since|this|last)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d|\d).*$|\s+(?:today|yesterday)$")
_POSSESSIVE_EVENT = re.compile(
    r"(?P<owner>(?:[A-Z][\w&.-]*\s+)*?[A-Z][\w&.-]*)['’]s\s+(?:[\w-]+\s+){0,4}?(?P<noun>[A-Za-z]+)\b")
_PREFIXED = re.compile(r"\b(?P<acr>[A-Z][A-Za-z]*[A-Z](?:[-/][A-Z][A-Za-z]*[A-Z])*)[-‑]"
                       r"(?P<kind>organi[sz]ed|led|funded|sponsored|hosted)\b")
_NEGATIVE = re.compile(WORD_START + r"(?:first edition|previous|last year|a year earlier|will be|planned for"
                       r"|next year)\b",
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
    "Library", "Museum", "Services", "Inc", "Inc.", "Hospitals", "Hospital", "Shire", "Club",
    "Corporation", "Partnership", "Company", "Group", "Team", "Taskforce", "Task", "Alliance",
    "Cooperative", "Council", "Centres", "Centers", "Commissioners", "Force", "Station",
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
_WITH_PARTNER = re.compile(
    r",?\s+(?:in\s+(?:close\s+)?(?:collaboration|partnership|association|cooperation|co-operation|conjunction)"
    r"|with\s+(?:the\s+)?support\s+of)\s+with\s+|,?\s+in\s+(?:close\s+)?(?:collaboration|partnership"
    r"|association|cooperation|co-operation|conjunction)\s+with\s+")
_WITH_COORGANIZER = re.compile(r",?\s+(?:jointly|together|along)\s+with\s+")
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w.]*)?\s*(?:\([^)]*\))?\s*[-–—:]\s*")


def _has_org_word(names: list[str]) -> bool:
    words = " ".join(names).replace("(", " ").replace(")", " ").split()
    return any(w in HEAD_WORDS for w in words) or any(_is_acronym(w) for w in words)


def _active_subject(sent: Sentence) -> tuple[list[str], list[str]]:
    """The organisation that is the subject of an organising verb ("The Ministry of
    Agriculture on Tuesday hosted a training", "X, in collaboration with Y, conducted ...",
    "X jointly with Y have organized ..."): (organisers, partners)."""
    m = _ACTIVE.search(sent.text)
    if not m:
        return [], []
    head = sent.text[:m.start()].rstrip(" ,")
    head = _DATELINE_HEAD.sub("", head)
    head = _LEADING_DATE.sub("", head)
    for _ in range(3):
        head = _SUBJECT_TAIL.sub("", head).rstrip(" ,")
    partners: list[str] = []
    pm = _WITH_PARTNER.search(head)
    if pm:
        partners = scan_names(head[pm.end():].strip(" ,") + " .")
        head = head[:pm.start()]
    companions: list[str] = []
    cm = _WITH_COORGANIZER.search(head)
    if cm:
        companions = scan_names(head[cm.end():].strip(" ,") + " .")
        head = head[:cm.start()]
    head = head.strip(" ,")
    if not head or not (head[:1].isupper() or head.startswith("the ")):
        return [], []
    names = scan_names(head + " .")
    if not names or not _has_org_word(names):
        return [], []
    # the scanner must have consumed the whole subject
    rest = re.sub(r"\b(?:the|and|The)\b|[(),]", " ", head)
    joined = " ".join(names)
    if len(rest.split()) > len(joined.replace("(", " ").replace(")", " ").split()) + 1:
        return [], []
    return names + companions, partners


def _possessive_owner(doc: Doc, text: str) -> list[str]:
    """"The Riverside Library's annual Book Fair": the owner of the event organises it."""
    for m in _POSSESSIVE_EVENT.finditer(text):
        noun_end = m.end("noun")
        if not EVENT_NOUN.match(text, m.start("noun")) and not EVENT_NOUN.search(text[m.end("owner"):noun_end + 20]):
            continue
        names = scan_names(_LEADING_DATE.sub("", m.group("owner")) + " .")
        if names and _has_org_word(names):
            return names[-1:]
    return []


def _clean(name: str) -> str:
    """A name without a date stuck to either end ("On 5 May 2019 UNDP", "X on Tuesday")."""
    name = _LEADING_DATE.sub("", name)
    name = _TRAILING_DATE.sub("", name)
    return name.strip(" ,")


_LIST_PART = re.compile(r"^[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2}$")


def _split_list(names: list[str]) -> list[str]:
    """'Google, Epic Systems and Yahoo' read as one name is a list of three: a comma list
    whose parts are short capitalised names with no connector ("of", "for") and no place.
    'National Institute of Management, Lahore' stays whole."""
    out: list[str] = []
    for name in names:
        parts = [p.strip() for p in re.split(r",\s*|\s+and\s+", name) if p.strip()]
        if ("," in name and len(parts) >= 2 and all(_LIST_PART.match(p) for p in parts)
                and not any(gazetteer.country_code(p) or gazetteer.cities(p) for p in parts[1:])):
            out.extend(parts)
        else:
            out.append(name)
    return out


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
        for m in _triggers(_SUPPORTED_BY, _SUPPORT_WORDS, st):
            if neg(m) or _SUPPORT.match(st, m.start()):
                continue
            names = [_expand(n, text, defs) for n in scan_names(st[m.end():])]
            payers = [n for n in names if _FUNDING_NAME.search(n)]
            if payers:
                _add(res.funders, payers)
                ev["funders"].append((st[m.start():m.end() + _consumed_length(st[m.end():], payers)].strip(),
                                      sent.start + m.start()))
            others = [n for n in names if n not in payers]
            if others:
                _add(res.partners, others, res.organizers, res.funders)
                ev["partners"].append((st[m.start():m.end() + _consumed_length(st[m.end():], others)].strip(),
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
    for sent in doc.sentences:
        if sent.para > 1 and sent.index != main_index:
            continue
        if sent.index > main_index + 2 and sent.para > 0:
            break
        names, partners = _active_subject(sent)
        if names:
            _add(res.organizers, [_expand(n, text, defs) for n in names], res.partners)
            _add(res.partners, [_expand(n, text, defs) for n in partners], res.organizers)
            ev["organizers"].append((sent.text[:120], sent.start))
            break
    if not res.organizers:
        for probe, offset in ((doc.headline, doc.headline_start),
                              *((s.text, s.start) for s in doc.sentences[:2])):
            names = _possessive_owner(doc, probe or "")
            if names:
                _add(res.organizers, [_expand(n, text, defs) for n in names])
                ev["organizers"].append((probe[:120], offset))
                break
    for key in ("organizers", "partners", "funders"):
        cleaned: list[str] = []
        _add(cleaned, [c for c in (_clean(n) for n in _split_list(getattr(res, key))) if len(c) > 1])
        setattr(res, key, cleaned)
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
