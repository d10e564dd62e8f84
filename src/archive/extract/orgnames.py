"""Organisation names: reading the names listed after a role phrase, telling one name from
a list of several, and recognising the same organisation under two spellings.

Names are read with a small token scanner instead of one large regular expression:
capitalised words, acronyms in parentheses and the connectors found inside names ("of",
"the", "for", "on", "in", "under", "to", "and", ...). A list is split at "and"/"," only when
the next item starts like an organisation name ("the ...", an acronym, a country, a word such
as Ministry or Government), so "Committee on Women and Family Affairs" stays whole.
"""

from __future__ import annotations

import re

from . import gazetteer
from .orgwords import (
    _ADJECTIVE_END,
    _BODY_NOUNS,
    CONNECTORS,
    ELIDED,
    FOREIGN_JOINS,
    HEAD_WORDS,
    LOWER_PARTS,
    PARTICLES,
    after_body,
    apposition,
    aside_end,
    body_after,
    is_acronym,
    kind_after,
    kind_before,
    portfolio,
    quoted,
    starts_org,
    the_field,
    two_names,
    unit_after,
)
from .orgwords import SUBJECT_ACRONYMS as SUBJECT_ACRONYMS  # other modules read it from here

LEADING_DATE = re.compile(
    r"^(?:(?:On|In|From|During|Last|This|Between)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+)?[\d][\d\s.,/–-]*(?:st|nd|rd|th)?"
    r"(?:\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)?,?\s*(?:\d{4})?(?:,?\s*[-–—]\s*|,?\s+)")
_TRAILING_DATE = re.compile(
    r"\s+(?:on|in|from|since|this|last)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d|\d).*$|\s+(?:today|yesterday)$")

#: A word after a comma that starts a phrase about a person or a day, not the rest of an
#: organisation's name ("the OSCE Mission to Skopje, Ambassador X said", "..., Monday's").
_APPOSITION = re.compile(
    r"(?:Ambassador|Minister|Deputy|Director|Mr|Mrs|Ms|Dr|Professor|Prof|Mayor|Governor"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\.?$|.+['’]s$")
#: Words before a name that are not part of it: a lower-case owner ("the university's", "its"),
#: a hyphenated description ("not-for-profit", "award-winning") or a base ("Jakarta-based").
_OWNER = re.compile(r"its|their|our|[a-z][\w-]*['’]s|[a-z]+(?:-[a-z]+)+|[A-Z][\w’'.]*-based")
_TOKEN = re.compile(r"\([^()\s]{1,14}(?:\s[^()\s]{1,14})?\)|[“”\"«»]|,|;|:|[^\s,;:()“”\"«»]+")
_LEGAL_FORMS = {"Inc", "Ltd", "LLC", "Co", "Corp", "plc", "PLC", "GmbH", "AG", "SA", "LLP"}
_SUB_UNITS = {"Department", "Faculty", "School", "Division", "Unit", "Directorate", "Section"}
_PARENTS = {"University", "Ministry", "Government", "College", "Institute", "Academy"}


#: Words a subject may hold besides the names it lists: articles, "and", brackets, commas.
_SUBJECT_GLUE = re.compile(r"\b(?:the|and|The)\b|[(),]")


def names_fill(subject: str, names: list[str], slack: int = 0) -> bool:
    """The names ``scan_names`` found make up ``subject``, less its glue and at most ``slack``
    other words: "The Harbour Foundation and the Rotary Club" does; "Most of the Harbour
    Foundation's money" does not."""
    listed = " ".join(names).replace("(", " ").replace(")", " ").split()
    return len(_SUBJECT_GLUE.sub(" ", subject).split()) <= len(listed) + slack


#: A capital I typed as a small l, seen before a letter no word opens with ("lnter-American",
#: "lnstitute"): the word is read with its capital.
_SMALL_L_FOR_I = re.compile(r"l(?=n[a-z]{2})")


def _capital_i(token: str) -> str:
    return "I" + token[1:] if _SMALL_L_FOR_I.match(token) else token


def scan_names(text: str) -> list[str]:
    """Organisation names listed at the start of ``text``."""
    tokens = [_capital_i(m.group(0)) for m in _TOKEN.finditer(text[:400])]
    names: list[str] = []
    cur: list[str] = []

    def close() -> None:
        while cur and (cur[-1] in CONNECTORS or cur[-1] == ","):
            cur.pop()
        while cur and cur[0] in ("the", "The"):
            cur.pop(0)
        if cur and cur[-1].endswith(("'s", "’s")):
            cur[-1] = cur[-1][:-2]  # "the Hospital's" before no unit: the Hospital
        if cur and any(t[:1].isupper() for t in cur):
            name = " ".join(cur).replace(" ,", ",")
            names.append(name)
        cur.clear()

    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.startswith("(") and t.endswith(")"):
            if cur and is_acronym(t):
                cur.append(t)
                i += 1
                continue
            break
        if t in ("“", '"', "«") and (not cur or cur in (["the"], ["The"])) and (j := quoted(tokens, i)):
            cur.extend(tokens[i + 1:j])  # 'the "Friends of the Harbour" association': the quoted name
            i = j + 1
            continue
        if t in ("“", "”", '"', "«", "»", ";", ":"):
            break
        if t == ",":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if cur and nxt.rstrip(".") in _LEGAL_FORMS:
                cur[-1] += ","  # "Visayas Primary Healthcare Services, Inc."
                cur.append(nxt)
                i += 2
                continue
            if cur and (cur[0] if cur[0] not in ("the", "The") else cur[1:2] or [""])[0] in _SUB_UNITS \
                    and nxt in _PARENTS:
                cur.append(",")  # "Department of Mass Communication, University of Karachi"
                i += 1
                continue
            if portfolio(cur, tokens, i + 1) or (nxt == "and" and portfolio(cur, tokens, i + 2)):
                cur.append(",")  # "Ministry of Youth, National Service and Culture"
                i += 1
                continue
            if nxt == "and" and starts_org(tokens, i + 2):
                close()
                i += 2
                continue
            if cur and (j := aside_end(tokens, i)) and tokens[j + 1:j + 2] == ["and"] and starts_org(tokens, j + 2):
                close()  # "X, a network of weaving cooperatives, and the Y": the description is no name
                i = j + 2
                continue
            if len(cur) == 1 and nxt == "the" and (n := apposition(tokens, i + 1)):
                cur.extend(t.rstrip(".") for t in tokens[i:i + 1 + n])  # "Gavi, the Vaccine Alliance"
                if tokens[i + n].endswith("."):
                    break
                i += 1 + n
                continue
            if starts_org(tokens, i + 1):
                close()
                i += 1
                continue
            if nxt[:1].isupper() and cur and not _APPOSITION.match(nxt):
                cur.append(",")
                i += 1
                continue
            break
        end_sentence = t.endswith(".") and "." not in t[:-1] and len(t) > 2 and not (
            t in ("St.", "Ste.", "Mt.", "Ft.") and tokens[i + 1:i + 2] and tokens[i + 1][:1].isupper())
        word = t.rstrip(".") if end_sentence else t
        if word == "and" and cur:
            if tokens[i + 1:i + 2] == ["of"] and starts_org(tokens, i + 3 if tokens[i + 2:i + 3] == ["the"] else i + 2):
                close()  # "the partnership of X and of the Y": a second name
                i += 2
                continue
            if tokens[i + 1:i + 2] in (["its"], ["their"]) and tokens[i + 2:i + 3] \
                    and tokens[i + 2][:1].isupper():
                close()  # "the Chamber and its World Federation"
                i += 2
                continue
            if tokens[i + 1:i + 2] == ["the"] and the_field(cur, tokens, i + 2):
                cur.extend(("and", "the"))  # "Commission for Culture and the Arts": one field of the name
                i += 2
                continue
            if (starts_org(tokens, i + 1) and not portfolio(cur, tokens, i + 1)) or two_names(cur, tokens, i + 1) \
                    or after_body(cur, tokens, i + 1):
                close()
                i += 1
                continue
            if kind := kind_before([], tokens, i + 1):
                close()  # "and car maker Brightware": the next name, less its kind
                i += 1 + kind
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if nxt[:1].isupper() and "of" in cur and "and" in cur[cur.index("of") + 1:]:
                close()  # "Department of Agriculture and Rural Development and Gavi": one "and" per portfolio
                i += 1
                continue
            if nxt[:1].isupper():
                cur.append(word)
                i += 1
                continue
            break
        if (not cur or cur in (["the"], ["The"])) and _OWNER.fullmatch(word) \
                and tokens[i + 1:i + 2] and tokens[i + 1][:1].isupper():
            i += 1  # "the university's Institute ...", "the Dakar-based Network": the owner or a description
            continue
        if word[:1].isupper() or (word[:1].isdigit() and cur):
            if word in ("The",) and cur:
                break
            cur.append(word)
        elif cur and cur != ["I"] and (word in FOREIGN_JOINS and word not in CONNECTORS or ELIDED.match(word)) \
                and (ELIDED.match(word) or _joins_next(tokens, i + 1)):
            cur.append(word)  # "Údarás na Gaeltachta", "Chambre d'agriculture Savoie": a name in another language
        elif word in CONNECTORS:
            if not cur and word in ("the",):
                cur.append(word)
            elif cur:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
                after = tokens[i + 2] if i + 2 < len(tokens) else ""
                # "the Secretariat of the 2005 Convention": a year inside a name, before a capital
                year = len(nxt) == 4 and nxt.isdigit() and after[:1].isupper()
                # "de la Mixteca", "et de l'Alimentation"
                particle = (word in PARTICLES or word in ("et", "y")) and _joins_next(tokens, i + 1)
                if nxt[:1].isupper() or nxt in ("the",) or year or particle or ELIDED.match(nxt) or (
                        nxt.startswith("(") and nxt.endswith(")")):
                    cur.append(word)
                else:
                    break
            else:
                break
        elif word.lower() in LOWER_PARTS and cur and cur[-1][:1].isupper():
            cur.append(word)
        elif n := body_after(cur, tokens, i):
            cur.extend(t.rstrip(".") for t in tokens[i:i + n])  # "Eastport town administration"
            if tokens[i + n - 1].endswith("."):
                break
            i += n
            continue
        elif skip := kind_before(cur, tokens, i):
            cur.clear()  # "(the Dutch) aid agency Lumen": the kind is no name, the name after it is
            i += skip
            continue
        elif cur and cur[-1].endswith(("'s", "’s")) and (n := unit_after(tokens, i)):
            cur.extend(t.rstrip(".") for t in tokens[i:i + n])  # "the Hospital's eye unit"
            if tokens[i + n - 1].endswith("."):
                break
            i += n
            continue
        elif cur and (skip := kind_after(tokens, i)):
            i += skip  # "the Striders running club and ...": the name, less its kind
            continue
        else:
            break
        if end_sentence:
            break
        i += 1
    close()
    return _rejoin([n for n in names if len(n) > 1], text)


def _joins_next(tokens: list[str], i: int) -> bool:
    """The words from ``i`` go on with a name after a joining word of another language: a
    capitalised word, an elided one ("d'Histoire"), or one more particle before either ("pour la Nature")."""
    nxt = tokens[i] if i < len(tokens) else ""
    if nxt[:1].isupper() or ELIDED.match(nxt):
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (nxt in PARTICLES or nxt in FOREIGN_JOINS) and (after[:1].isupper() or bool(ELIDED.match(after)))


_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_PARENTHESISED = re.compile(r"\s*\([^)]*\)")
_NON_WORD = re.compile(r"\W+")
_TRAILING_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,11})\)$")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())


def _rejoin(names: list[str], text: str) -> list[str]:
    """Undo a split at "and" inside one name: 'A and B (ACR)' is one organisation when ACR is
    not B's own initials and stands for the words of A and B together ('European Union Border
    Assistance Mission to Moldova and Ukraine (EUBAM)'), starts with A's initial and not B's
    ('Lakeland Farming and Upland Livestock Board (LAFUB)'), or takes its letters from both when B alone
    holds no organisation word ('National Office for Oases and the Date Palm (ONOP)'). An acronym of
    B's last words is B's own ('Dept of Health Eastern Province (EP)')."""
    out: list[str] = []
    for name in names:
        match = _TRAILING_ACRONYM.search(name)
        if out and match:
            acronym = match.group(1).upper()
            bare = name[:match.start()]
            whole = _initials(out[-1] + " " + bare).upper()
            joined = next((j for j in (f"{out[-1]} and {name}", f"{out[-1]} and the {name}") if j in text), "")
            # the acronym may leave out a leading adjective: "Canadian Department of ... (DFAIT)"
            covers = whole.startswith(acronym) or whole.endswith(acronym) or (
                acronym[0] == out[-1][0] != bare[0]) or (
                not any(w in HEAD_WORDS for w in bare.split()) and any(w in HEAD_WORDS for w in out[-1].split())
                and all(whole.count(c) >= acronym.count(c) for c in set(acronym)))
            own = _initials(bare).upper()  # B's own short form, or one for the last words of its name
            if joined and covers and not own.startswith(acronym) and not own.endswith(acronym):
                out[-1] = joined
                continue
        out.append(name)
    return out


def _key(name: str) -> str:
    acr = _ACRONYM_IN_PARENS.search(name)
    if acr:
        return acr.group(1).upper()
    return _NON_WORD.sub(" ", name).strip().casefold()


#: A place after a comma, or after "of": "Don Bosco College, Tura" is "Don Bosco College of Tura".
_COMMA_PLACE = re.compile(r",\s+(?=[A-Z][\w’'-]*$)")


def same_org(a: str, b: str) -> bool:
    if _key(a) == _key(b):
        return True
    if ("," in a) != ("," in b) and _key(_COMMA_PLACE.sub(" of ", a)) == _key(_COMMA_PLACE.sub(" of ", b)):
        return True
    ka = _PARENTHESISED.sub("", a).casefold()
    kb = _PARENTHESISED.sub("", b).casefold()
    if ka == kb:
        return True
    acr_a = _ACRONYM_IN_PARENS.findall(a)
    acr_b = _ACRONYM_IN_PARENS.findall(b)
    return (b.strip() in acr_a) or (a.strip() in acr_b)


def add_names(target: list[str], names: list[str], *others: list[str]) -> None:
    for n in names:
        if any(same_org(n, x) for x in target) or any(same_org(n, x) for o in others for x in o):
            continue
        target.append(n)


def clean_name(name: str) -> str:
    """A name without a date stuck to either end ("On 5 May 2019 UNDP", "X on Tuesday")."""
    name = LEADING_DATE.sub("", name)
    name = _TRAILING_DATE.sub("", name)
    return name.strip(" ,")


_SHORT_NAME = r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2}"
_LIST_PART = re.compile(rf"^{_SHORT_NAME}(?:\s+and\s+{_SHORT_NAME})?$")


def split_list(names: list[str]) -> list[str]:
    """'Google, Epic Systems and Yahoo' read as one name is a list of three: a comma list
    whose parts are short capitalised names with no connector ("of", "for") and no place.
    'National Institute of Management, Lahore' stays whole."""
    out: list[str] = []
    for name in names:
        commas = [p.strip() for p in name.split(",") if p.strip()]
        parts = commas[:-1] + [p.strip() for p in re.split(r"\s+and\s+", commas[-1])] if commas else []
        if ("," in name and len(parts) >= 2 and all(_LIST_PART.match(p) for p in parts)
                and not any(gazetteer.country_code(p) or gazetteer.cities(p) for p in parts[1:])):
            out.extend(parts)
        elif "," in name and len(commas) >= 2 and all(p.split()[-1] in HEAD_WORDS for p in commas):
            out.extend(commas)  # "Bass Shire Council, Gipps Shire Council": each part a whole name
        elif "," not in name and len(parts) == 2 and (
                is_acronym(parts[0]) or is_acronym(parts[1])
                or all(p.split()[-1] in HEAD_WORDS for p in parts)):
            out.extend(parts)  # "UNESCO and Rajasthan Tourism", "Savings Bank and Beal College"
        else:
            out.extend(_split_at_acronym(name))
    return out


_NAME_LINKS = {"of", "for", "on", "the", "and", "&", "de", "du", "des", "la", "na", "del", "da", "do"}
_PLAIN_LINKS = {"of", "for", "on", "in", "to", "the", "under", "against", "from", "at"}


def split_payers(names: list[str]) -> list[str]:
    """'Harbour Mutual Assurance and Kessel Farm Feed & Supply' as one payer is two: in a list of who
    paid, one "and" between a name and a second name of two capitalised words or more splits it
    when the words before it stand as a name of their own: two plain capitalised words or more
    ending in no adjective ("Agricultural and ..."), one word before a second name that ends in no
    organisation word ("Arts and Humanities Research Council" stays whole), or a name joined by
    words of another language before a second name that ends in a body's noun ("Údarás na
    Gaeltachta and Kerry County Council"). Words before a second name that ends in an organisation
    word the first lacks share it ("Turkic Culture and Heritage Foundation", "Office of Water and
    Electricity Fund"); a second name of one word stays joined ("Acme Feed and Supply")."""
    out: list[str] = []
    for name in names:
        bare = _PARENTHESISED.sub("", name)
        parts = name.split(" and ")
        if "," in name or len(parts) != 2 or bare.count(" and ") != 1:
            out.append(name)
            continue
        left, right = (p.split() for p in parts)
        right_caps = [w for w in right if w[:1].isupper()]
        if not (left and right and left[0][:1].isupper() and right[0][:1].isupper() and right[-1][:1].isupper()
                and len(right_caps) >= 2 and all(w[:1].isupper() or w in _NAME_LINKS for w in left + right)):
            out.append(name)
            continue
        last = right[-1].rstrip(".")
        plain = not any(w in _PLAIN_LINKS for w in left)
        shared = last in HEAD_WORDS and left[-1] not in HEAD_WORDS  # "Turkic Culture and Heritage Foundation"
        foreign = plain and any(w[:1].islower() for w in left)
        if (len(left) >= 2 and plain and not shared and not left[-1].endswith(_ADJECTIVE_END)) \
                or (len(left) == 1 and last not in HEAD_WORDS and not left[0].endswith(_ADJECTIVE_END)) \
                or (foreign and last in _BODY_NOUNS and right[0] not in _BODY_NOUNS):
            out.extend(p.strip() for p in parts)
        else:
            out.append(name)
    return out


def _split_at_acronym(name: str) -> list[str]:
    """'Harbour Chamber of Commerce and Lakes and Hills Trust (LHT)': two names when the closing
    acronym is the initials of the words after one "and" alone, not of the whole, and the words
    before it hold an organisation word."""
    match = _TRAILING_ACRONYM.search(name)
    if not match or " and " not in name:
        return [name]
    acronym = match.group(1).upper()
    bare = name[:match.start()]
    if _initials(bare).upper() == acronym:
        return [name]
    for at in (m.start() for m in re.finditer(r" and ", bare)):
        head, tail = bare[:at], bare[at + 5:]
        if _initials(tail).upper() == acronym and any(w in HEAD_WORDS for w in head.split()):
            return [head, tail + name[match.start():]]
    return [name]
