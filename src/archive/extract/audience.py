"""How many people took part, and who they were.

A count is a number (digits or words, "1,200", "Twenty-three") optionally qualified
("some", "around", "more than") and followed within a few words by a plural noun for people.
Counts of organisations, countries, days and the like are ignored, as are trainers and
speakers. Subgroups joined by "and" before the verb are added ("Fifteen judges ... and ten
prosecutors attended" -> 25).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .alternation import compile_factored
from .text import NUMBER_RE, WORD_START, Doc, Sentence, parse_number

_COUNT = re.compile(  # a count or its qualifier starts a word
    WORD_START + r"(?:\b(?P<q>[Ss]ome|[Aa]round|[Aa]bout|[Aa]pproximately|[Nn]early|[Aa]lmost|[Oo]ver|"
    r"[Mm]ore\s+than|[Uu]p\s+to|[Aa]\s+total\s+of|[Aa]t\s+least|[Aa]\s+delegation\s+of|[Aa]\s+group\s+of"
    r"|[Aa]n\s+estimated)\s+)?(?<![\w.,\-])(?P<n>" + NUMBER_RE + r")"
    r"(?:\s+(?P<mult>thousand|lakhs?|hundred)\b)?(?![\w.,]\d|%|-year|-day|-hour|-member)\b",
    re.IGNORECASE)
_MULTIPLIER = {"hundred": 100, "thousand": 1000, "lakh": 100_000}
_PEOPLE = {
    "participants", "officials", "officers", "judges", "prosecutors", "teachers", "farmers",
    "representatives", "mayors", "investigators", "specialists", "researchers", "jobseekers",
    "councillors", "councilors", "reporters", "psychologists", "students", "women", "men",
    "delegates", "members", "staff", "people", "journalists", "police", "analysts", "lawyers",
    "practitioners", "inspectors", "guards", "employees", "activists", "volunteers", "youth",
    "leaders", "experts", "attendees", "persons", "individuals", "girls", "boys", "children",
    "pupils", "cadets", "trainees", "graduates", "entrepreneurs", "doctors", "nurses",
    "workers", "agents", "diplomats", "parliamentarians", "deputies", "MPs", "officers",
    "civil", "servants", "professionals", "academics", "scholars", "stakeholders",
    "managers", "heads", "directors", "chiefs", "commanders", "migrants", "returnees", "mediators",
}
_PEOPLE_SUFFIX = re.compile(r"(?:ers|ors|ists|ants|ents|ians|ees|ives|men|women|ists|cians|ates)$")
_NOT_PEOPLE = {
    "countries", "organizations", "organisations", "companies", "embassies", "agencies",
    "institutions", "municipalities", "regions", "districts", "villages", "cities", "towns",
    "days", "hours", "years", "months", "weeks", "sessions", "modules", "per", "percent",
    "states", "projects", "papers", "applications", "cases", "times", "kilometres",
    "kilometers", "km", "hectares", "languages", "schools", "universities", "ministries",
    "associations", "businesses", "enterprises", "firms", "offices", "centres", "centers",
    "posts", "courts", "provinces", "communities", "households", "interviews", "reports",
    "recommendations", "proposals", "articles", "documents", "stands", "exhibitors",
    "bodies", "services", "units", "departments", "agreements", "laws", "workshops",
    "trainings", "courses", "events", "meetings", "seminars", "teams", "groups", "million",
    "billion", "thousand", "editions", "points", "votes", "copies", "pages", "dollars",
    "euros", "euro", "usd", "eur", "tons", "tonnes", "vehicles", "computers", "laptops",
    "sites", "fields", "crossings", "checkpoints", "awards", "grants", "universities",
    "newspapers", "channels", "outlets",
}
_TRAINERS = {"trainers", "instructors", "mediators", "facilitators", "speakers", "lecturers",
             "examiners", "moderators", "coaches", "mentors", "panellists", "panelists",
             "presenters", "consultants", "organizers", "organisers"}
_STOP = {"from", "of", "who", "that", "which", "took", "attended", "in", "at", "on", "with",
         "were", "was", "have", "has", "had", "are", "is", "to", "for", "by", "participated",
         "completed", "visited", "met", "gathered", "joined", "connected"}
_PARTICIPATION = compile_factored(
    WORD_START + r"(?:took part|take part|taking part|participated|participating|attended|attending|gathered|"
    r"brought together|bringing together|met|joined|completed|trained|connected|visited|were trained|"
    r"benefited|enrolled|registered|came together|took|attend|participants?|delegation|"
    r"welcomed|hosted|involved|engaged|drew|included|turned out|turned up|showed up|competed|"
    r"crossed the finish line|signed the (?:register|guest ?book|attendance (?:list|sheet))"
    r"|came (?:through|to|out|along)|flocked|started the race|lined up|"
    r"(?:were|was) (?:examined|screened|treated|vaccinated|tested|seen|served))\b", re.IGNORECASE)
#: "A total of 58 students built ...": a total says the count is the event's, whatever the verb.
_TOTAL_OF = re.compile(r"\b[Aa] total of\b")
#: "..., while 143 more followed online": a further group added to the count before it.
_MORE = re.compile(r"\b(?:while|and|with|plus)\s+(?:another\s+)?(?P<n>" + NUMBER_RE + r")\s+(?:more|others)\b")
#: "..., with 40 delegates in the hall and 12 following online", "and a further 25 officers from the
#: regions joined online": the ones who took part from afar, added to those in the room.
_REMOTE_MORE = re.compile(
    r"\b(?:while|and|with|plus)\s+(?:a\s+further\s+|another\s+)?(?P<n>" + NUMBER_RE + r")\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:joining|joined|join|followed|following|watched|watching|took\s+part|taking\s+part|participated"
    r"|participating|attended|attending|connected|connecting)\s+(?:the\s+\w+\s+)?(?:online|virtually|remotely"
    r"|via\s+\w+|by\s+video|on\s+Zoom|from\s+home)\b", re.IGNORECASE)
#: The qualifiers that make a count approximate; "a total of" is exact.
_APPROXIMATE = ("some", "around", "about", "approximately", "nearly", "almost", "over", "more",
                "up", "at", "an")
_NEG = re.compile(WORD_START + r"(?:first edition|previous|last year|a year earlier|will|planned|next year|"
                  r"since|by \d{4}|target)\b", re.IGNORECASE)
_DATEISH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$")
_DATE_AFTER = re.compile(
    r"^\s*(?:[-–]\s*\d+\s*)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b")


_SIGNED_UP = re.compile(r"\s+(?:have|has)\s+(?:already\s+|so\s+far\s+)?(?:registered|signed\s+up|applied)\b")
_LEADING = re.compile(r"\b(?:led|taught|presented|delivered|facilitated|moderated|spoke|explained|"
                      r"lectured|chaired|opened|addressed)\b")


@dataclass
class Count:
    value: int
    evidence: str
    offset: int
    audience: str | None
    approximate: bool = False
    sentence_start: int = -1


#: "Eighteen instructors ... completed a training": trainers who are the ones trained.
_TRAINED_SUBJECT = re.compile(
    r"^[^.;:]{0,120}?\b(?:completed|took part|participated|attended|were trained|graduated)\b")


def _people_phrase(rest: str) -> tuple[str | None, int, str] | None:
    """('people noun' | None, end offset in rest, phrase). None when the count is of things."""
    words = list(re.finditer(r"[^\s,.;:()]+|[,.;:()]", rest[:160]))
    trained = bool(_TRAINED_SUBJECT.match(rest))
    seen: list[str] = []
    for i, wm in enumerate(words[:9]):
        w = wm.group(0)
        lw = w.lower().strip("’'")
        if w in (",", ".", ";", ":", "(", ")"):
            return None
        if lw in _STOP and seen:
            return None
        if lw in _NOT_PEOPLE:
            return None
        if lw in _TRAINERS and not trained:
            return None
        seen.append(w)
        if (lw in _TRAINERS and trained) or lw in _PEOPLE or \
                (_PEOPLE_SUFFIX.search(lw) and len(lw) > 4 and lw.endswith("s")) or \
                lw in ("police", "staff", "people", "youth", "personnel"):
            # extend over "and <noun>" / "of X" parts of the description
            nxt = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
            if (nxt in ("officers", "officials", "inspectors", "staff", "workers", "investigators")
                    and lw in ("police", "customs", "border")):
                continue
            return lw, wm.end(), rest[:wm.end()]
    return None


def _describe(rest: str) -> str:
    """A short audience description: the noun phrase after the number."""
    m = re.match(r"\s*(.{1,140}?)(?=\s+(?:took|have|has|had|were|was|attended|participated|"
                 r"completed|visited|met|gathered|joined|connected|from\s+\d|in\s+(?:a|an|the)\s)\b|[,.;:]|$)",
                 rest)
    phrase = m.group(1).strip() if m else rest[:60].strip()
    words = phrase.split()
    if len(words) > 16:  # too long to be a noun phrase: keep its head, end on a content word
        words = words[:12]
        while words and words[-1].lower() in {"of", "from", "the", "and", "for", "in", "a", "an"}:
            words.pop()
    return " ".join(words)


def _counts_in(sent: Sentence) -> list[tuple[int, int, int, str, str, bool]]:
    """(value, start, end, evidence, audience, approximate) for each people count in the sentence."""
    out = []
    text = sent.text
    for m in _COUNT.finditer(text):
        n = parse_number(m.group("n"))
        if n is not None and m.group("mult"):  # "5 thousand", "two lakh" (Indian numbering: 100,000)
            n *= _MULTIPLIER[m.group("mult").lower().rstrip("s")]
        if n is None or n <= 1 or n > (10_000_000 if m.group("mult") else 100000):
            continue
        before = text[max(0, m.start() - 15):m.start()]
        if _DATEISH.search(before) or re.search(r"(?:No\.|Article|Decision|Resolution|Goal|aged|of age)\s*$", before):
            continue
        after = text[m.end():]
        if _DATE_AFTER.match(after):
            continue
        if 1900 <= n <= 2100 and m.group("n").isdigit():
            continue
        ph = _people_phrase(after)
        if ph is None:
            continue
        noun, end, phrase = ph
        if _SIGNED_UP.match(after, end):
            continue  # "900 people have already registered": sign-ups for an event to come
        approx = bool(m.group("q")) and m.group("q").split()[0].lower() in _APPROXIMATE
        out.append((n, m.start(), m.end() + end, text[m.start():m.end() + end],
                    _describe(after), approx))
    return out


def find_audience(doc: Doc, main_index: int) -> Count | None:
    order = sorted(doc.sentences, key=lambda s: (s.index != main_index, s.para > 1, s.index))
    found = _find(order, main_index, need_cue=True)
    if found is None:  # "a total of" a count of people, whatever the verb: weaker than taking part
        found = _find(order, main_index, need_cue=True, cue=_TOTAL_OF)
    if found is None:
        # a people count in the opening paragraphs, even without a participation verb
        found = _find([s for s in order if 0 <= s.para <= 1], main_index, need_cue=False)
    if found is not None and found.approximate:
        # "more than two hundred officials" ... "a total of 212 participants": the exact one
        exact = _find([s for s in order if s.start != found.sentence_start], main_index,
                      need_cue=True, exact_only=True)
        if exact is not None:
            return exact
    return found


def _find(order: list[Sentence], main_index: int, need_cue: bool, exact_only: bool = False,
          cue: re.Pattern[str] = _PARTICIPATION) -> Count | None:
    for sent in order:
        if need_cue and not cue.search(sent.text):
            continue
        if not need_cue and _LEADING.search(sent.text):
            continue
        if _NEG.search(sent.text) and sent.index != main_index:
            continue
        counts = _counts_in(sent)
        if exact_only:
            counts = counts[:1] if counts and not counts[0][5] else []
        if not counts:
            continue
        first = counts[0]
        total = first[0]
        end = first[2]
        evidence = first[3]
        verb = _PARTICIPATION.search(sent.text, first[2]) or re.search(
            r"\b(?:were|was|have|has|had|learned|learnt|practised|practiced|received|discussed|studied)\b",
            sent.text[first[2]:])
        for nxt in counts[1:]:
            between = sent.text[end:nxt[1]]
            if verb and nxt[1] > verb.start():
                break
            if len(between) > 70 or not re.search(r"\band\b", between) or _PARTICIPATION.search(between):
                break
            total += nxt[0]
            end = nxt[2]
            evidence = sent.text[first[1]:end]
        more = _MORE.search(sent.text, end, end + 160) or _REMOTE_MORE.search(sent.text, end, end + 300)
        if more and (extra := parse_number(more["n"])):
            total += extra
            evidence = sent.text[first[1]:more.end()]
        return Count(total, evidence, sent.start + first[1], first[4], first[5], sent.start)
    return None
