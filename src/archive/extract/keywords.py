"""Subject keywords: 3 to 6 short terms from the tags line, the event topic, the headline and
the body. A fast heuristic: candidate phrases are runs of content words between stopwords and
punctuation, ranked by where they stand and by how often their words recur in the body; verbs
(as the text itself uses them), persons, places and organisations are left out."""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from . import gazetteer
from .orgnames import SUBJECT_ACRONYMS
from .person_names import is_person, occurrences
from .text import NUMBER_WORDS, Doc, parse_number

#: Words in -ing that name a subject on their own.
_ING_NOUNS = {"policing", "training", "trafficking", "mentoring", "monitoring", "funding",
              "housing", "peacebuilding", "profiling", "smuggling", "financing", "sentencing",
              "engineering", "learning", "fundraising", "reporting", "planning", "banking",
              "manufacturing", "farming", "lending", "licensing", "screening", "vetting", "building",
              "networking", "processing", "coding", "painting", "reading", "recycling", "mapping", "testing",
              "counselling", "counseling", "marketing", "publishing", "printing", "shipping", "mining",
              "fishing", "nursing", "cooking", "gardening", "parenting", "tutoring", "caregiving",
              "beekeeping", "storytelling", "weaving", "composting", "forecasting", "budgeting",
              "policymaking", "healing", "broadcasting"}

#: Words that mark an organisation's part in the event, not its subject ("OSCE-organized").
_ROLE_SUFFIX = re.compile(r"-(?:organi[sz]ed|led|funded|supported|sponsored|hosted|backed)$", re.I)


def _is_subject(phrase: str) -> bool:
    """Places belong to coverage and organisations to contributors: neither is a subject; nor
    are counts ("eight senior") or a lone verb form ("coming", "improving")."""
    words = phrase.split()
    # parse_number only on words that can be numbers: a digit first, a number word, "twenty-three"
    if any(parse_number(w) is not None for w in words if w[:1].isdigit() or "-" in w or w.lower() in NUMBER_WORDS):
        return False
    if len(words) == 1 and words[0].lower().endswith("ing") and words[0].lower() not in _ING_NOUNS:
        return False
    if "-" in phrase and any(_ROLE_SUFFIX.search(w) for w in words):
        return False
    if any(len(w) > 1 and w.replace("-", "").isupper() and w.upper() not in SUBJECT_ACRONYMS for w in words):
        return False  # acronyms name organisations ("OSCE-UNODC", "BOMCA"), not subjects ("HIV")
    title = " ".join(w[:1].upper() + w[1:] for w in words)
    return not (gazetteer.country_code(title) or gazetteer.cities(phrase, folded=True))

_STOP = set("""
a about above across after again against all almost also among an and another any are around as
at be because been before being between both but by can could did do does during each either
every few for from further had has have having he her here hers him his how i if in into is it
its itself just least less many may me might more most much must my near new no nor not of off
on once one only or other our out over own per same she should since so some such than that the
their them then there these they this those through to too two three four five under until up
upon very was we were what when where which while who whom why will with within without would
you your today yesterday week year years month months day days said says say told took take
part held place participants participant event events session sessions first second third
last next several various number numbers including include includes included well also how
around almost discuss discussed discusses learn learned learns helps help helped trained train
trains training complete completed completes meet met meets held hold holds brings bring brought
together share shares shared take takes taking concluded conclude opened open study studies
visit visited course courses workshop workshops seminar seminars conference forum roundtable
meeting meetings webinar organized organised organization organisation officials representatives
participants ministry office government osce unodc undp unicef iom eu programme project centre
mission republic national regional international people country countries local role focus
examine examines examined practise practises practised practice practices practiced stock
takes want wants use used using make makes made back bring brings connects connect
january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday online offline
published press release city town likely cent percent per one-day two-day three-day four-day
five-day full-day half-day ever toward towards
""".split())
#: Words that never make a subject on their own: generic nouns of news prose, and the
#: verbs and adverbs a run of content words picks up ("hosted", "seeks", "jointly").
_GENERIC = set("""
issues issue staff ministries agencies members member view able welcome present activity activities
framework rule best measures association department federation council support action participation
collaboration experience establishment residents stakeholders feedback photos photo world noon
auspices problems implementation program programme aim aims host hosts hosted seeks seek mark marks
marked realize reaffirm teamed jointly chance opportunity range variety series information work
works working thanks importance need needs way ways time times lot group groups team teams hundreds
thousands dozens others role roles part parts end start beginning result results goal goals purpose
advanced female male dangerous available important key major main various new recent latest
announced expected gathered conducted representing participate participated organising organizing
hosting launched attended addressed noted added explained stated according also
million billion thousand night morning evening afternoon step steps addition word words edition
story note address click read talk topics topic future glimpse feature features loss total midst
proud free common former personal solid hours minutes find starts start begins ends
tomorrow tonight stay look looks speak attend attends
detail details presentation presentations vision objective objectives amount benefit benefits kind kinds
everyone everybody anyone someone progress changes late annual special overview masses lead anniversary
medium candidates speakers remarks
""".split())
#: Words that end an organisation's name: a phrase ending in one names an organiser, not a subject.
_ORG_END = set("""library department foundation bank network federation council association office
centre center institute university college agency commission union secretariat fund trust society
ministry government authority bureau chamber club police unit division directorate embassy consulate museum
departments ministries samiti sangh parishad bhawan bhavan""".split())
#: Words that end a street's name: an address, not a subject ("Ashby Street", "Main St").
_PLACE_END = set("""street st avenue ave lane drive boulevard""".split())
#: Offices a person holds: "Senior Expert", "Federal Minister", "Secretaries General".
_OFFICE_END = set("""director directors minister ministers officer officers expert chief ambassador chair chairman
chairperson general secretary professor professors dean rector president mayor governor chancellor
commissioner coordinator""".split())
#: Last words that make a phrase a name (a body's, a street's, an office's), never a subject.
_NAME_END = frozenset(_ORG_END | _PLACE_END | _OFFICE_END)
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ .\-]+,[^–—\n]{0,40}[–—-]\s*")
#: The pieces a text falls into: runs between spaces and phrase-ending punctuation, and that
#: punctuation itself. A piece that is not a content word ends the current phrase.
_PIECE = re.compile(r"[,.;:()“”\"!?–—]|[^\s,.;:()“”\"!?–—]+")
#: A conjunction inside a piece ("rock-and-roll", "and/or") also ends a phrase.
_CONJUNCTION = re.compile(r"(\b(?:and|or)\b)")
_WORD = re.compile(r"^[^\W\d_][\w\-’']*$")
#: What each piece is, found once and kept: its form in a phrase and whether it is
#: capitalised, or None when it ends a phrase. Pieces repeat across articles; the table is
#: emptied when full, which changes nothing but speed.
_PIECE_FORMS: dict[str, tuple[str, bool] | None] = {}
_PIECE_FORMS_MAX = 50_000


def _piece_form(piece: str) -> tuple[str, bool] | None:
    low = piece.lower().strip("’'")
    if not _WORD.match(piece) or low in _STOP or "’" in low or "'" in low:
        return None
    return (piece if piece.isupper() and len(piece) > 1 else low), piece[:1].isupper()


def _pieces(text: str) -> list[str]:
    out: list[str] = []
    for piece in _PIECE.findall(text):
        if ("and" in piece or "or" in piece) and not piece.isalnum():
            out.extend(t for t in _CONJUNCTION.split(piece) if t)
        else:
            out.append(piece)
    return out


def _phrases(text: str, prose: bool = True) -> list[str]:
    """Runs of content words, the last three of a longer run; in ``prose`` (not a title-case
    headline) a run of four or more capitalised words is a name ("United Nations Development
    Program"), and no part of it is a subject."""
    out: list[str] = []
    cur: list[str] = []
    caps = True
    forms = _PIECE_FORMS
    for piece in _pieces(text) + [","]:  # a closing comma ends the last run
        try:
            form = forms[piece]
        except KeyError:
            if len(forms) >= _PIECE_FORMS_MAX:
                forms.clear()
            form = forms[piece] = _piece_form(piece)
        if form is None:
            if cur and not (prose and caps and len(cur) > 3):
                p = " ".join(cur[-3:])  # pieces hold no spaces: each is one word
                if len(p) >= 4:
                    out.append(p)
            cur = []
            caps = True
            continue
        caps = caps and form[1]
        cur.append(form[0])
    return out


def _common_word(word: str, body: str, text: str, uses: int = 2) -> bool:
    """A single word makes a subject when the text uses it as a common noun: written in lower
    case inside a sentence at least once ("tuberculosis"), and more than once in all. A word
    only ever capitalised is a name, a nationality or the headline's capitals ("Kyrgyz")."""
    low = word.lower()
    if body.count(low) < uses and not word.isupper():
        return False
    if word.isupper():
        return True
    for at in occurrences(low, text):
        if at > 0 and text[at - 1] != "\n" and not _AFTER_STOP.search(text, max(0, at - 4), at):
            return True
    return False


def _plain(phrase: str) -> bool:
    words = phrase.split()
    if words[-1].lower() in _NAME_END or (len(words) == 1 and words[0] in _GENERIC):
        return False
    if len(words) == 1 and _ADJECTIVE_END.search(words[0]):
        return False  # "beautiful", "delighted": a quality, not a subject
    return not (words[-1].endswith("ly") or words[0].endswith("ly"))


#: Endings of single words that describe rather than name: "-ful", "-ous", "-ed".
_ADJECTIVE_END = re.compile(r"(?:ful|ous|ed)$")
#: A word the text uses as a verb: after a modal or a subject pronoun ("will feature", "they
#: prepare"), or after "to" with an object following ("to highlight the ways").
_VERB_USE = re.compile(
    r"\b(?:(?:will|would|can|could|should|must|may|might|shall|did|does|we|they|he|she|I)\s+(?:also\s+|not\s+)?"
    r"(?P<a>[a-z]{3,})\b|to\s+(?P<b>[a-z]{3,})\s+(?:the|a|an|their|its|our|his|her|them|us|all|new|more)\b)")
#: "Cambridge retains its", "the minister reassured Timor-Leste": a past or third-person form
#: after a word and before a possessive, or a past before a name, takes an object (read in the
#: text as written; a plural noun before a name is common: "students Friday"). The leading space
#: lets the engine skip to spaces instead of trying the look-behind at every character.
_OBJECT_VERB = re.compile(r" (?<=[A-Za-z,] )(?:(?P<c>[a-z]{3,}(?:ed|s))\s+(?:its|their|our|his|her)\b"
                          r"|(?P<d>[a-z]{3,}ed)\s+[A-Z][a-z])")


#: Verbs of news prose that are seldom nouns: their base, "-s" and "-ing" forms and simple
#: pasts start, end or split a phrase that is a verb fragment ("promote communication",
#: "fair provides", "crowd thanked everyone"), never a subject.
_VERB_BASES = """
promote prepare improve boost allow engage produce succeed uphold keep eliminate treat inaugurate emphasise
emphasize get give thank save reject make create perceive know provide consist ensure enable enhance
strengthen encourage identify discuss explore achieve raise reduce prevent protect deliver receive educate
foster facilitate invite join pursue recognise recognize reflect remain require respond tackle understand
become begin bring choose come continue expect follow include let seem sit speak spend stay take tell think
want write enliven enrich inspire celebrate attract discover add enjoy obtain aim seek help
""".split()
_VERB_PASTS = set("""gave got made took knew kept brought began came chose sat spoke spent told thought wrote
became thanked""".split())
#: "-ing" forms that are nouns in news prose ("mutual understanding", "public spending").
_ING_KEEP = {"building", "following", "spending", "beginning", "understanding", "thinking", "writing",
             "giving", "making", "speaking", "teaching"}


def _forms(base: str) -> set[str]:
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        third = base + "es"
    else:
        third = base + "s"
    stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    if base in ("get", "sit", "begin", "let"):
        stem = base + base[-1]
    return {base, third, stem + "ing"} - _ING_KEEP


VERB_FORMS = frozenset(_VERB_PASTS.union(*(_forms(b) for b in _VERB_BASES)))


def verbs_in(text: str) -> set[str]:
    """The words ``text`` itself uses as verbs: a subject never starts or ends with one."""
    verbs = {m["a"] or m["b"] for m in _VERB_USE.finditer(text.lower())}
    return verbs | {m["c"] or m["d"] for m in _OBJECT_VERB.finditer(text) if not (m["c"] or "").endswith("ss")}


def _trim_verbs(words: list[str], verbs: set[str]) -> list[str]:
    """"judges selected", "provide words", "unemployment rate rising": a verb or a participle
    at either end of a phrase is the sentence's, not the subject's; a verb inside it
    ("symposium engages campus") leaves no subject."""
    if any(w in VERB_FORMS for w in words[1:-1]):
        return []
    while words and (words[0] in verbs or (len(words) > 1 and words[-1].endswith("ed"))
                     or words[-1] in verbs
                     or (len(words) > 1 and words[-1].endswith("ing") and words[-1] not in _ING_NOUNS)):
        if words[0] in verbs:
            words = words[1:]
        else:
            words = words[:-1]
    return words


#: A word's recurrence counts up to this many uses: beyond, it outweighs where it stands.
RECURRENCE_CAP = 8


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _word_counts(body: str) -> Counter[str]:
    """How often each content word recurs in the body (plural folded into singular)."""
    counts: Counter[str] = Counter()
    skip = _NOT_COUNTED
    for word, uses in Counter(_LONG_WORD.findall(body)).items():  # each word stemmed once
        if word not in skip:
            if len(word) > 4 and word[-1] == "s" and word[-2] != "s":
                word = word[:-1]
            counts[word] += uses
    return counts


#: Words of four characters or longer; the words never counted.
_LONG_WORD = re.compile(r"[\w\-’']{4,}")
_NOT_COUNTED = frozenset(_STOP | _GENERIC)


def _by_weight(counts: Counter[str], freq: Counter[str]) -> list[str]:
    """The phrases, heaviest first: where each stands (topic, headline, lede) plus how often
    its words recur. Equal weights keep the order of first appearance (sorted() is stable)."""
    recurrence: dict[str, int] = {}  # each word's capped count, found once
    weights: dict[str, float] = {}
    for p, place in counts.items():
        words = p.lower().split()
        total = 0
        for w in words:
            uses = recurrence.get(w)
            if uses is None:
                uses = recurrence[w] = min(freq[_stem(w)], RECURRENCE_CAP)
            total += uses
        weights[p] = -(place + total / len(words))
    return sorted(weights, key=weights.__getitem__)


def keywords(doc: Doc, event_name: str | None, tags: list[str]) -> tuple[list[str], str]:
    picked: list[str] = []
    for t in tags:
        t = t.strip().lower()
        if t and t not in picked:
            picked.append(t)
    sources: list[str] = []
    if event_name:
        topic = re.split(r"\b(?:on|about|for|of)\b", event_name, maxsplit=1)
        sources.append(topic[1] if len(topic) > 1 else event_name)
    sources.append(doc.headline)
    for i in range(min(2, len(doc.paragraphs))):
        sources.append(_DATELINE.sub("", doc.para_text(i)))
    counts: Counter[str] = Counter()  # in the order phrases are first seen
    for rank, src in enumerate(sources):
        for p in _phrases(src or "", prose=src is not doc.headline):
            counts[p] += 3 - min(rank, 2)
    body_text = doc.text[:6000]
    body = body_text.lower()
    # the rest of the body adds candidates, with no weight of place: a subject recurs
    for i in range(2, min(len(doc.paragraphs), 12)):
        for p in _phrases(doc.para_text(i)):
            counts[p] += 0
    scored = _by_weight(counts, _word_counts(body))
    verbs = verbs_in(doc.text[:6000]) | VERB_FORMS  # once per article: _trim_verbs runs for every candidate
    # a second round, when the first leaves fewer than three, lets in single words used once
    for p in scored + [f" {p}" for p in scored]:
        if len(picked) >= 6 or (p.startswith(" ") and len(picked) >= 3):
            break
        once = p.startswith(" ")
        p = p.strip()
        words = _trim_verbs(p.split(), verbs)
        if not words:
            continue
        while len(words) > 1 and words[0] in _GENERIC:
            words.pop(0)
        while len(words) > 1 and words[-1] in _GENERIC:
            words.pop()
        p = " ".join(words)
        if not p or any(p in q or q in p for q in picked) or not _is_subject(p) or not _plain(p):
            continue
        if is_person(p, body_text, body):
            continue
        if " " not in p and not _common_word(p, body, body_text, 1 if once else 2):
            continue
        picked.append(p)
    return [_as_written(p, body_text, body) for p in picked[:6]], " | ".join(s for s in sources if s)[:300]


_AFTER_STOP = re.compile(r"[.!?][\"”’)]?\s+$")


def _as_written(phrase: str, text: str, folded: str) -> str:
    """A proper noun keeps its own case ("World Polio Day", "rural China", "HackMadison"): the
    phrase as the body writes it inside sentences when always written the same way there, or
    else each word as the body writes it inside them when always capitalised there ("National
    Police officers" and "police officers": police); a common noun stays in lower case."""
    if phrase != phrase.lower():
        return phrase  # an acronym, kept as written
    spellings = set(_inside_sentences(phrase, text, folded))
    if len(spellings) == 1:
        return spellings.pop()
    return " ".join(_word_as_written(w, text, folded) for w in phrase.split())


def _word_as_written(word: str, text: str, folded: str) -> str:
    spellings = list(_inside_sentences(word, text, folded))
    return spellings[0] if spellings and all(w[:1].isupper() for w in spellings) else word


def _inside_sentences(phrase: str, text: str, folded: str) -> Iterator[str]:
    """How ``text`` writes ``phrase`` (as whole words) where capitals say something: not at the
    start of a line or a sentence. A plain search of the folded text: no pattern per phrase."""
    if len(folded) != len(text):
        return
    at = folded.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (
            end == len(text) or not (text[end].isalnum() or text[end] == "-"))
        if whole and at > 0 and text[at - 1] != "\n" and not _AFTER_STOP.search(text, max(0, at - 4), at):
            yield text[at:end]
        at = folded.find(phrase, at + 1)
