"""Organisers, partners and funders: who organised, co-operated with and paid for the event.

Each role has its phrases ("organized by", "in partnership with", "funded by", ...), followed
by a list of names that ``orgnames`` reads; an organisation that is the subject of an
organising verb ("The Ministry hosted a training") and the owner of the event ("the
Library's annual fair") organise it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from .alternation import compile_factored
from .classify import EVENT_NOUN, NOUNS
from .orgclauses import contributors
from .orgdefs import definitions, expand
from .orgheads import shared_head
from .orgnames import (
    add_names,
    clean_name,
    is_acronym,
    same_org,
    scan_names,
    split_list,
    split_payers,
)
from .orgowners import event_of_owner, opening, possessive_owner, title_owner
from .orgpeople import is_person, without_people
from .orgrefs import (
    COURTESY,
    EXTRA_ORGANIZER,
    EXTRA_ORGANIZER_WORDS,
    TECHNICAL,
    VOLUNTEERS,
    courtesy_pays,
    in_full,
    not_the_events,
    provides_for_event,
    refer_back,
    without_venue,
)
from .orgsponsors import EVENT_SUPPORT, channels, sponsors_in, subject_payers
from .orgsubject import PUTS_ON_WORDS, active_subject, later_subject
from .orgwith import companions, named_as_body, org_like, pronoun_owner, subject_organisers
from .orgwords import past_kind, skip_aside
from .text import WORD_START, Doc, Sentence

_ORGANIZER = re.compile(
    r"\b(?:[Cc]o-?organi[sz]ed|[Oo]rgani[sz]ed|[Cc]onvened|[Cc]o-?hosted|[Hh]osted|[Ff]acilitated"
    r"|[Cc]oordinated|[Cc]o-ordinated|(?:planned\s+and\s+)?run|[Ll]ed|[Cc]onducted|[Aa]rranged|[Ss]taged|[Cc]alled"
    r"|put\s+on|[Mm]ounted|[Ss]pearheaded|[Ii]nitiated|[Cc]o-?ordinated)\s+"
    r"(?:(?:jointly|together|also|mainly|primarily)\s+)?(?:(?:on|last|this)\s+\w+\s+"
    r"|(?:each|every)\s+(?:year|spring|summer|autumn|winter|month|week)\s+|annually\s+|yearly\s+)?by\s+"
    r"|\b[Uu]nder\s+the\s+auspices\s+of\s+")
_ORGANIZER_WORDS = ("by", "auspices")
_PARTNER = compile_factored(
    r"\b(?:[Ii]n\s+(?:close\s+)?(?:partnership|co-?operation|collaboration|cooperation|conjunction"
    r"|association|coordination|co-ordination)"
    r"|[Ii]mplemented\s+jointly|[Tt]eamed\s+up|[Pp]artnered"
    # "the webinar was co-hosted with X": a passive organising verb with "with", not "by"
    r"|(?:was|were|been|is|are)\s+(?:co-?organi[sz]ed|organi[sz]ed|co-?hosted|convened|run)(?:\s+jointly)?)\s+with\s+"
    r"|\b(?:had|has|have|enjoyed)\s+the\s+(?:close\s+|kind\s+|active\s+)?(?:partnership|collaboration)\s+of\s+"
    # "under the patronage of X": X lends its name, it neither organises nor pays
    r"|\b(?:[Ww]ith|[Uu]nder)\s+the\s+(?:close\s+|kind\s+|active\s+)?(?:collaboration|patronage)\s+of\s+")
_PARTNER_WORDS = ("with", "patronage", "partnership of", "collaboration of")
#: "with the support of X" / "supported by X": X supports; it pays only when its name says so
#: (then it is a funder), otherwise it is a partner.
_SUPPORTED_BY = re.compile(
    r"\b(?:[Ss]upported\s+by|[Ww]ith\s+(?:the\s+)?(?:kind\s+|generous\s+)?support\s+(?:from|of))\s+")
_TOGETHER = re.compile(r"^\s*,?\s*(?:together|jointly)\s+with\s+")
_FUNDER = re.compile(
    r"\b(?:(?:co-?)?funded|(?:co-?)?financed|sponsored|supported\s+financially|financially\s+supported"
    r"|made\s+possible|paid\s+for|underwritten|bankrolled|donated)\s+(?:(?:jointly|generously|entirely|fully|partly|largely"
    r"|mainly|in\s+part|this\s+year|again|also)\s+)*(?:through\s+[^,.;]{1,60}?\s+)?by\s+"
    r"|\b(?:funding|financial\s+(?:support|assistance|backing|contributions?)|"
    r"extrabudgetary\s+contributions?|contributions?|[Gg]rants?|donations?|financing|sponsorship|funds|money"
    # opening the sentence or a clause, not inside a name ("the Financing of Terrorism")
    r"|(?:^|(?<=[;:,(]\s))(?:Funding|Financial\s+(?:support|assistance|backing)|Contributions?|Donations?|Financing"
    r"|Sponsorship|Funds|Money))\s+"
    r"(?:from|of|by|provided\s+by)\s+"
    r"|\b(?:[Ff]unding|[Ff]inancial\s+support|[Ss]ponsorship)\s+(?:for\s+[^.;]{1,60}?\s+)?(?:was|is|will\s+be"
    r"|has\s+been|were)\s+(?:kindly\s+|generously\s+)?provided\s+by\s+"
    r"|\b(?:[Mm]ain|[Pp]rincipal|[Hh]eadline|[Tt]itle|[Ll]ead|[Mm]ajor)\s+sponsors?\s+(?:(?:was|is|were|are|will\s+be)\s+)?"
    r"(?:the\s+)?(?=[A-Z])"
    # "Prizes from sponsors included X tablets": the sponsors must head the subject
    r"|(?<!from )(?<!of )(?<!by )\b(?:[Ss]ponsors|[Ff]unders|[Dd]onors)\s+(?:include|included|are|were)\s+")
#: "the EU and USAID funded 'X' project": the names before an active "funded" pay.
_ACTIVE_FUNDER = re.compile(
    r"(?:^|,\s+|\b(?:by|and|with)\s+)(?:the\s+)?(?P<who>[A-Z][\w&.-]*(?:\s+(?:and\s+)?[A-Z][\w&.-]*){0,5})"
    r"\s+(?:co-)?(?:funded|sponsored|financed)\s+(?!by\b)")
#: "The event was sponsored by X": with no organiser named, X put the event on.
_EVENT_SPONSORED = compile_factored(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur)\s+(?:\w+\s+){0,2}?(?:event|" + NOUNS + r")\s+(?:was|is|will\s+be|has\s+been)"
    r"\s+(?:proudly\s+|jointly\s+)?sponsored\s+by\s+$", re.IGNORECASE)
_FUNDER_WORDS = ("und", "inanc", "ponsor", "support", "possible", "ontribution", "rant", "onation", "paid for",
                 "nderwrit", "ankroll", "oney", "donated")
_SUPPORT = re.compile(r"\bwith\s+(?:the\s+)?(?:generous\s+)?support\s+(?:from|of)\s+")
_SUPPORT_WORDS = ("support",)
#: Names that say their bearer pays. Support from a government, an embassy or a facility is not
#: said to be money: they are partners unless a paying phrase names them.
_FUNDING_NAME = re.compile(
    r"(?:[Pp]rogram(?:me)?\b(?! Office)|Fund\b|Foundation|Ministry of Foreign"
    r"|Agency for International|Development Agency|Cooperation Agency|Co-operation Agency)")
_PREFIXED = re.compile(r"\b(?P<acr>[A-Z][A-Za-z]*[A-Z](?:[-/][A-Z][A-Za-z]*[A-Z])*)[-‑]"
                       r"(?P<kind>organi[sz]ed|led|funded|sponsored|hosted)\b")
#: What an "X-organised" modifies, a few words on: "an OSCE-organized regional training workshop".
_PREFIXED_EVENT = compile_factored(r"(?:\s+[\w-]+){0,3}?\s+(?i:event|" + NOUNS + r")\b")
#: "the Office of International Programs, which is organizing the symposium": the name before
#: the comma organises; the noun after the verb must be an event's.
_RELATIVE_ORGANIZER = re.compile(
    r",\s+(?:which|who|that)\s+(?:(?:is|was|are|were|has|have|had)\s+(?:been\s+)?)?(?:also\s+)?"
    r"(?:organi[sz]ing|organi[sz]ed|organi[sz]es|co-?organi[sz]ing|co-?organi[sz]ed|hosting|hosted|hosts"
    r"|convening|convened|runs|ran|running|stages|staged|staging|puts\s+on|put\s+on)\s+(?:the|this|these)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[A-Za-z]+)\b")
#: The name that ends right before such a clause.
_NAME_BEFORE = re.compile(
    r"(?P<who>[A-Z][\w&.-]*(?:['’]s)?(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w&.()-]*(?:['’]s)?)*)$")
_NEGATIVE = re.compile(WORD_START + r"(?:first edition|previous|last year|a year earlier|will be|planned for"
                       r"|next year)\b",
                       re.IGNORECASE)

@dataclass
class OrgResult:
    organizers: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    funders: list[str] = field(default_factory=list)
    evidence: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    #: "medium" when the organisers were read from a verb's subject, "low" when only from
    #: the owner of the event's name; role phrases give "high".
    confidence: dict[str, str] = field(default_factory=dict)


#: "USD 0.5 million": an amount, not a funder.
_AMOUNT = re.compile(r"^(?:USD|US\$|EUR|GBP|\$|€|£)\s*[\d.,]+|^[\d.,]+\s*(?:million|billion)")
#: "run by student organizations Transcend and The Hub": the kind before the names.
_DESCRIPTOR = re.compile(r"^(?:the\s+)?(?:(?:two|three|four|five|six|several|\d+)\s+)?(?:(?:student|local|non-profit"
                         r"|nonprofit|community|youth|volunteer|civil|society|private|public|partner|member)\s+)?"
                         r"(?:organi[sz]ations?|groups?|clubs?|companies|company|firms?|agencies|agency|associations?"
                         r"|partners|bodies|institutions)\s*:?\s+(?=(?:the\s+)?[A-Z])")
_COMPANION = re.compile(r"^(?:together|jointly|along)\s+with\s+", re.IGNORECASE)
def has_org_word(names: list[str]) -> bool:
    return org_like(names)


def _triggers(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, skipped outright when ``text`` has none of ``words``.

    Every match of a trigger contains one of its ``_WORDS`` (the patterns are case-sensitive).
    Most sentences have none, and a substring test costs far less than a scan that tries the
    pattern at every position.
    """
    for word in words:
        if word in text:
            return pattern.finditer(text)
    return ()  # also when the text as a whole holds none of them: ``words`` is then empty


def _present(words: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The ``words`` that ``text`` holds."""
    return tuple(w for w in words if w in text)


def find_orgs(doc: Doc, main_index: int) -> OrgResult:
    res = OrgResult()
    text = doc.text
    defs = definitions(text)
    ev: dict[str, list[tuple[str, int]]] = {"organizers": [], "partners": [], "funders": []}
    paying: list[str] = []
    sponsor: tuple[str, str, int] | None = None
    lent: list[tuple[list[str], tuple[str, int]]] = []
    # each trigger needs a word of its own: only the words the text holds are looked for in its sentences
    w_extra, w_org, w_vol = _present(EXTRA_ORGANIZER_WORDS, text), _present(_ORGANIZER_WORDS, text), _present(
        ("olunteers",), text)
    w_partner, w_tech, w_courtesy = _present(_PARTNER_WORDS, text), _present(("echnical",), text), _present(
        ("ourtesy",), text)
    w_funder, w_active = _present(_FUNDER_WORDS, text), _present(("funded", "sponsored", "financed"), text)
    w_support, w_received = _present(_SUPPORT_WORDS, text), _present(("received",), text)
    w_relative = _present((", which", ", who", ", that"), text)
    for sent in doc.sentences:
        st = sent.text
        def neg(m: re.Match[str]) -> bool:
            return sent.index != main_index and bool(_NEGATIVE.search(st[max(0, m.start() - 60):m.start()]))

        extra = list(_triggers(EXTRA_ORGANIZER, w_extra, st))
        for m in [*_triggers(_ORGANIZER, w_org, st), *extra]:
            if neg(m) or (m in extra and not_the_events(st, m)):
                continue
            after = refer_back(_DESCRIPTOR.sub("", st[m.end():], count=1), text)
            names = _listed(after)
            if m in extra and not has_org_word(names) and not named_as_body(names, st):
                continue
            # "organized by A together with B": B is a co-organiser
            consumed = _consumed_length(after, names)
            # "X, a body set up in 2016, together with Y": past the description of X
            consumed = len(after) - len(skip_aside(after[consumed:]))
            tm = _TOGETHER.match(after[consumed:])
            if tm:
                names += scan_names(past_kind(after[consumed + tm.end():]))
            co, partners = companions(after[consumed:]) if names else ([], [])
            names = [expand(n, text, defs) for n in names + co]
            if names:
                add_names(res.organizers, names)
                add_names(res.partners, [expand(n, text, defs) for n in partners], res.organizers)
                ev["organizers"].append((st[m.start():m.end() + consumed].strip(), sent.start + m.start()))
        helpers = list(_triggers(VOLUNTEERS, w_vol, st))
        for m in [*_triggers(_PARTNER, w_partner, st), *_triggers(TECHNICAL, w_tech, st), *helpers]:
            if neg(m):
                continue
            names = [expand(n, text, defs) for n in _listed(refer_back(st[m.end():], text))]
            if names and (m not in helpers or has_org_word(names)):
                add_names(res.partners, names, res.organizers)
                ev["partners"].append((st[m.start():m.end() + _consumed_length(st[m.end():], names)].strip(),
                                       sent.start + m.start()))
        courtesy = [m for m in _triggers(COURTESY, w_courtesy, st) if courtesy_pays(st, m.start())]
        for m in [*_triggers(_FUNDER, w_funder, st), *courtesy]:
            if neg(m):
                continue
            names = [expand(n, text, defs) for n in _listed(st[m.end():])]
            if names:
                consumed = _consumed_length(st[m.end():], names)
                names += [expand(n, text, defs) for n in channels(st[m.end() + consumed:])]
                add_names(res.funders, names)
                ev["funders"].append((st[m.start():m.end() + consumed].strip(), sent.start + m.start()))
                if not sponsor and _EVENT_SPONSORED.search(st, max(0, m.start() - 80), m.end()):
                    sponsor = (names[0], st[m.start():m.end() + len(names[0])], sent.start + m.start())
        for names, start in subject_organisers(st):
            add_names(res.organizers, [expand(n, text, defs) for n in names])
            ev["organizers"].append((st[start:start + 120], sent.start + start))
        for names, start, end in sponsors_in(st):
            if sent.index == main_index or not _NEGATIVE.search(st[max(0, start - 60):start]):
                add_names(res.funders, [expand(n, text, defs) for n in names])
                ev["funders"].append((st[start:end], sent.start + start))
        for names, start, end in subject_payers(st, text):
            # what it paid for is part of the event, or the paragraph reports the event
            if (sent.index == main_index or not _NEGATIVE.search(st[max(0, start - 60):start])) and (
                    provides_for_event(st[end:end + 40]) or _about_event(doc, sent, main_index, ev["organizers"])):
                add_names(res.funders, [expand(n, text, defs) for n in names])
                ev["funders"].append((st[start:end], sent.start + start))
        for names, start, end in contributors(st, text):
            # lending the event people, goods or services: a partner, in a paragraph about the event
            if (sent.index == main_index or not _NEGATIVE.search(st[max(0, start - 60):start])) and (
                    provides_for_event(st[end:end + 40]) or _about_event(doc, sent, main_index, ev["organizers"])):
                lent.append(([expand(n, text, defs) for n in names], (st[start:end], sent.start + start)))
        for m in _triggers(_ACTIVE_FUNDER, w_active, st):
            names = [expand(n, text, defs) for n in scan_names(m.group("who") + " .")]
            if names and has_org_word(names):
                add_names(res.funders, names)
                paying.extend(names)
                ev["funders"].append((m.group(0).strip(" ,"), sent.start + m.start()))
        for m in [*_triggers(_SUPPORTED_BY, w_support, st), *_triggers(EVENT_SUPPORT, w_received, st)]:
            if neg(m):
                continue
            names = [expand(n, text, defs) for n in scan_names(st[m.end():])]
            payers = [n for n in names if _FUNDING_NAME.search(n)]
            if payers:
                add_names(res.funders, payers)
                ev["funders"].append((st[m.start():m.end() + _consumed_length(st[m.end():], payers)].strip(),
                                      sent.start + m.start()))
            others = [n for n in names if n not in payers]
            # "with the support of" backs the event only in a paragraph about it ("the workshop,
            # organised by A with the support of B"), not "procedures adopted with support from B"
            if _SUPPORT.match(st, m.start()) and not _about_event(doc, sent, main_index, ev["organizers"]):
                others = []
            if others:
                add_names(res.partners, others, res.organizers, res.funders)
                ev["partners"].append((st[m.start():m.end() + _consumed_length(st[m.end():], others)].strip(),
                                       sent.start + m.start()))
        for m in _triggers(_SUPPORT, w_support, st):
            names = [n for n in scan_names(st[m.end():]) if _FUNDING_NAME.search(n)]
            names = [expand(n, text, defs) for n in names]
            if names:
                add_names(res.funders, names)
                ev["funders"].append((st[m.start():m.end() + _consumed_length(st[m.end():], names)].strip(),
                                      sent.start + m.start()))
        for m in _triggers(_RELATIVE_ORGANIZER, w_relative, st):
            who = _NAME_BEFORE.search(st, max(0, m.start() - 120), m.start())
            if who is None or not EVENT_NOUN.fullmatch(m["noun"]):
                continue
            names = [expand(_of_body(n, text), text, defs) for n in scan_names(who["who"] + " .")]
            if names and has_org_word(names):
                add_names(res.organizers, names[-1:])
                ev["organizers"].append((st[who.start():m.end()], sent.start + who.start()))
        if sent.para <= 1:
            for m in _PREFIXED.finditer(st):
                acrs = re.split(r"[-/]", m.group("acr"))
                kind = m.group("kind")
                names = [expand(a, text, defs) for a in acrs]
                if kind in ("organized", "organised", "led", "hosted"):
                    # "an AU-led Academy" is not the event: the organised thing must be one
                    if not _PREFIXED_EVENT.match(st, m.end()):
                        continue
                    # first acronym organises; the others are co-organisers unless named as partners
                    add_names(res.organizers, names[:1])
                    add_names(res.organizers, names[1:], res.partners)
                    ev["organizers"].append((m.group(0), sent.start + m.start()))
                else:
                    add_names(res.funders, names)
                    ev["funders"].append((m.group(0), sent.start + m.start()))
    # who pays for a project named after them ("the EU and USAID funded 'X' project") is not
    # also its organiser or partner, even when the same list ran on from a role phrase
    res.organizers = [o for o in res.organizers if not any(same_org(o, p) for p in paying)]
    res.partners = [o for o in res.partners if not any(same_org(o, p) for p in paying)]
    had_organizers = bool(res.organizers)
    for sent in doc.sentences:
        if sent.para > 1 and sent.index != main_index:
            continue
        if sent.index > main_index + 2 and sent.para > 0:
            break
        names, partners = active_subject(sent)
        if names:
            add_names(res.organizers, [expand(in_full(n, text), text, defs) for n in names], res.partners)
            add_names(res.partners, [expand(n, text, defs) for n in partners], res.organizers)
            ev["organizers"].append((sent.text[:120], sent.start))
            if not had_organizers:
                res.confidence["organizers"] = "medium"
            break
    # "The Harbour Trust staged the fair" further on: the event's own noun as the object
    event_words = ((doc.headline or "") + " " + doc.sentences[main_index].text).lower() if 0 <= main_index < len(
        doc.sentences) else ""
    w_puts = _present(PUTS_ON_WORDS, text)
    for sent in doc.sentences if event_words and w_puts else ():
        names, partners = later_subject(sent, event_words, w_puts)
        if names:
            add_names(res.organizers, [expand(in_full(n, text), text, defs) for n in names], res.partners)
            add_names(res.partners, [expand(n, text, defs) for n in partners], res.organizers)
            ev["organizers"].append((sent.text[:120], sent.start))
            if not had_organizers:
                res.confidence.setdefault("organizers", "medium")
    # who lent people, goods or services is a partner unless another phrase gave it a role
    for names, evidence in lent:
        if (fresh := [n for n in names if not any(same_org(n, x) for x in res.organizers + res.funders)]):
            add_names(res.partners, fresh)
            ev["partners"].append(evidence)
    _clean_names(res, text)
    if not res.organizers:
        ev["organizers"] = []  # what was read was a person's name or a venue, not an organiser
    if not res.organizers and sponsor:
        add_names(res.organizers, [sponsor[0]])
        res.confidence["organizers"] = "medium"
        ev["organizers"].append(sponsor[1:])
    if not res.organizers:
        for probe, offset in opening(doc):
            names = possessive_owner(probe) or pronoun_owner(probe) or event_of_owner(probe)
            if names:
                add_names(res.organizers, [expand(n, text, defs) for n in names])
                res.confidence["organizers"] = "low"
                ev["organizers"].append((probe[:120], offset))
                break
    if not res.organizers:
        owner = title_owner(doc, defs)
        if owner:
            add_names(res.organizers, [owner[0]])
            res.confidence["organizers"] = "low"
            ev["organizers"].append(owner[1:])
    _clean_names(res, text)
    # "the Mission" after "the OSCE Mission to Skopje": a short reference back, not another body
    everyone = res.organizers + res.partners + res.funders
    for key in ("organizers", "partners", "funders"):
        setattr(res, key, [n for n in getattr(res, key) if not _refers_back(n, everyone)])
    # partners named as co-organisers elsewhere stay partners only when not organisers
    res.partners = [p for p in res.partners if not any(same_org(p, o) for o in res.organizers)]
    # an acronym-only organiser replaced by a fuller form found later
    res.evidence = ev
    return res


def _clean_names(res: OrgResult, text: str) -> None:
    """Lists split, dates and venues trimmed, people's names dropped, repeats merged."""
    for key in ("organizers", "partners", "funders"):
        cleaned: list[str] = []
        listed = split_list(getattr(res, key))
        names = [without_people(without_venue(clean_name(n)), text)
                 for n in (split_payers(listed) if key == "funders" else listed)]
        add_names(cleaned, [n for n in names if len(n) > 1 and not _AMOUNT.match(n)])
        setattr(res, key, cleaned)


def _about_event(doc: Doc, sent: Sentence, main_index: int, organised: list[tuple[str, int]]) -> bool:
    """The sentence, or one before it in its paragraph, reports the event: it is the main
    sentence, names the event's noun or says who organised it."""
    before = [s for s in doc.sentences[:sent.index + 1] if s.para == sent.para]
    return any(s.index == main_index or EVENT_NOUN.search(s.text) for s in before) or any(
        before[0].start <= offset < sent.start + len(sent.text) for _, offset in organised)


def _listed(after: str) -> list[str]:
    """The names a role phrase introduces: one list sharing a plural head, or names in turn.
    A channel after "through" is passed over and the list goes on after it: "by the Ministry
    through its Research Council and the Health Department"."""
    after = past_kind(after)
    names = shared_head(after) or scan_names(after)
    if names and " through " in after:
        rest = after[_consumed_length(after, names):]
        if (m := _THROUGH.match(rest)):
            names += scan_names(rest[m.end():])[1:]
    return names


_THROUGH = re.compile(r"\s*,?\s+through\s+(?:the\s+|its\s+|their\s+)?(?=[A-Z])")


_PERSON_OF = re.compile(r"^(?P<who>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+of\s+(?:the\s+)?(?=[A-Z])")


def _of_body(name: str, text: str) -> str:
    """"Mary Brown of the Eastport Trust", "Director of the Eastport Trust" -> "Eastport Trust":
    a person's words before "of" are no part of the body's name."""
    m = _PERSON_OF.match(name)
    if not m:
        return name
    who = m["who"]
    person = is_person(who, text) or (" " in who and not has_org_word([who]))
    return name[m.end():] if person else name


def _refers_back(name: str, names: list[str]) -> bool:
    """A single ordinary word ("Mission", "Ministry") that is a word of another name listed."""
    if " " in name or is_acronym(name):
        return False
    return any(other != name and name in other.split() for other in names)


def _consumed_length(after: str, names: list[str]) -> int:
    """How far into ``after`` the listed names reach (approximate, for evidence spans)."""
    if not names:
        return 0
    last = names[-1].split()[-1]
    idx = after.find(last)
    return idx + len(last) if idx >= 0 else 0
