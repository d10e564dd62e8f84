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
    "Library", "Museum", "Services", "Hospitals", "Hospital", "Shire", "Club",
    "Corporation", "Partnership", "Company", "Group", "Team", "Taskforce", "Task", "Alliance",
    "Cooperative", "Council", "Centres", "Centers", "Commissioners", "Force", "Station",
}
#: A word after a comma that starts a phrase about a person or a day, not the rest of an
#: organisation's name ("the OSCE Mission to Skopje, Ambassador X said", "..., Monday's").
_APPOSITION = re.compile(
    r"(?:Ambassador|Minister|Deputy|Director|Mr|Mrs|Ms|Dr|Professor|Prof|Mayor|Governor"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\.?$|.+['’]s$")
#: Words before a name that are not part of it: a lower-case owner ("the university's", "its"),
#: a hyphenated description ("not-for-profit", "award-winning") or a base ("Jakarta-based").
_OWNER = re.compile(r"its|their|our|[a-z][\w-]*['’]s|[a-z]+(?:-[a-z]+)+|[A-Z][\w’'.]*-based")
_TOKEN = re.compile(r"\([^()\s]{1,14}(?:\s[^()\s]{1,14})?\)|[“”\"«»]|,|;|:|[^\s,;:()“”\"«»]+")


#: Acronyms of subjects, not of bodies: "COVID Workshop", "STEM Fair".
SUBJECT_ACRONYMS = {"COVID", "HIV", "AIDS", "ICT", "STEM", "AI", "IT", "TB", "SDG", "SDGS", "GIS", "LGBT",
                     "LGBTQ", "NCD", "WASH", "GBV", "ESG", "CSR", "PR", "HR", "VR", "AR", "IOT", "DIY", "FAQ",
                    "COVID-19", "SARS", "MERS", "NCDS", "MPOX", "STI", "STIS", "PTSD"}
_LEGAL_FORMS = {"Inc", "Ltd", "LLC", "Co", "Corp", "plc", "PLC", "GmbH", "AG", "SA", "LLP"}
_SUB_UNITS = {"Department", "Faculty", "School", "Division", "Unit", "Directorate", "Section"}
_PARENTS = {"University", "Ministry", "Government", "College", "Institute", "Academy"}
def is_acronym(word: str) -> bool:
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
    if is_acronym(w) or w in HEAD_WORDS:
        return True
    two = " ".join(tokens[i:i + 2]).rstrip(".")
    if w.endswith(("'s", "’s")):  # "Kazakhstan's Border Service Academy"
        w = w[:-2]
    return bool(gazetteer.country_code(w) or gazetteer.country_code(two))


#: Words that head a body of their own: after "Ministry of Justice and", one of these starts a
#: second name; "National", "Public" or "International" alone continue the portfolio.
_BODY_NOUNS = {"Ministry", "Government", "Council", "Committee", "Office", "Agency", "Embassy", "Delegation",
               "Mission", "Centre", "Center", "University", "Institute", "Academy", "Association", "Union",
               "Organization", "Organisation", "Department", "Commission", "Foundation", "Fund", "Bank",
               "Court", "Parliament", "Assembly", "Secretariat", "School", "College", "Network", "Federation",
               "Chamber", "Authority", "Bureau", "Directorate", "Society", "Trust", "Board", "Police", "Library",
               "Museum", "Corporation", "Company", "Group", "Alliance", "Club", "Hospital"}


def _portfolio(cur: list[str], tokens: list[str], i: int) -> bool:
    """"Ministry of Labour, Employment and Social Protection": after a ministry's "of", the
    capitalised words up to the next comma or "and" are one more of its portfolios when none of
    them heads a body, none is an acronym and the first is no country."""
    words = [w for w in cur if w not in ("the", "The")]
    if not words or words[0] not in ("Ministry", "Ministries", "Department") or "of" not in cur:
        return False
    seg = []
    for t in tokens[i:i + 5]:
        if t in (",", "and", ";", ":") or t.startswith("("):
            break
        seg.append(t.rstrip("."))
        if t.endswith("."):
            break
    if not seg or not seg[0][:1].isupper() or any(w in ("the", "The") for w in seg):
        return False
    return not any(w in _BODY_NOUNS or is_acronym(w) for w in seg) and not gazetteer.country_code(seg[0])


#: Lower-case nouns of a kind of body, written after a name ("the Striders running club").
_KIND_NOUNS = {"club", "clubs", "group", "society", "association", "company", "firm", "charity", "team",
               "foundation", "trust", "network", "organisation", "organization", "agency", "band", "choir",
               "bank", "institute", "ngo", "body", "nonprofit", "non-profit", "cooperative", "co-operative",
               "collective", "line", "airline", "carrier", "operator", "brand", "retailer", "lender", "provider",
               "manufacturer", "publisher", "broadcaster", "utility", "label", "studio", "orchestra", "ensemble",
               "troupe", "union", "federation", "alliance", "coalition", "council", "committee"}
#: Kinds written only before a name ("state lender X", "the tech community X", "car maker X").
KIND_BEFORE = _KIND_NOUNS | {"community", "maker", "producer", "developer", "startup", "start-up", "insurer", "chain",
                             "supplier", "exporter"}


def _kind_after(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` are a lower-case kind of body after a name that a list goes on
    from ("athletics club" before "and the Rotary Club"); 0 when none or the list does not go on."""
    for n in range(1, 4):
        words = tokens[i:i + n]
        if len(words) < n or not all(w[:1].islower() for w in words):
            return 0
        if words[-1].rstrip(".") in _KIND_NOUNS:
            nxt = tokens[i + n] if i + n < len(tokens) else ""
            return n if nxt in ("and", ",") and _starts_org(tokens, i + n + 1) else 0
    return 0


def _kind_before(cur: list[str], tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` are a lower-case kind of body that a name or acronym follows,
    after at most two capitalised words that describe it ("the Dutch aid agency Lumen");
    0 otherwise."""
    words = [w for w in cur if w not in ("the", "The")]
    if len(words) > 2 or any(is_acronym(w) for w in words):
        return 0
    for n in range(1, 4):
        run = tokens[i:i + n]
        if len(run) < n or not all(w[:1].islower() and w not in CONNECTORS for w in run):
            return 0
        if run[-1] in KIND_BEFORE:
            nxt = tokens[i + n] if i + n < len(tokens) else ""
            return n if nxt[:1].isupper() and nxt not in ("The",) else 0
    return 0


_ADJECTIVE_END = ("al", "ic", "ive", "ary", "ory", "ian", "ese")


def _two_names(cur: list[str], tokens: list[str], j: int) -> bool:
    """"Hilltop Rowing and Eastside Youth Trust": an "and" between two names of capitalised
    words, neither starting with an organisation word. It splits when the words before it hold
    no connector ("Committee on Women and Family") and end in no adjective that shares the
    noun after ("Agricultural and Livestock Research Organization"), the words after it end in
    an organisation word, both sides have two words or more and together five or more."""
    before = [w for w in cur if w not in ("the", "The")]
    if len(before) < 2 or not all(w[:1].isupper() for w in before) or before[-1].endswith(_ADJECTIVE_END):
        return False
    after: list[str] = []
    for t in tokens[j:j + 6]:
        w = t.rstrip(".")
        if not w[:1].isupper():
            break
        after.append(w)
        if t.endswith("."):
            break
    return len(after) >= 2 and after[-1] in HEAD_WORDS and len(before) + len(after) >= 5


def _after_body(cur: list[str], tokens: list[str], j: int) -> bool:
    """"Harbour Water Authority and Cape Land and Sea Council": an "and" after a name of two
    capitalised words or more that ends in a body's noun, before two capitalised words or more,
    ends one name and starts the next."""
    words = [w for w in cur if w not in ("the", "The")]
    if len(words) < 2 or words[-1] not in _BODY_NOUNS or not all(w[:1].isupper() for w in words):
        return False
    after = tokens[j:j + 2]
    # "Savings Bank and Trust Company": a body's noun right after "and" shares the name
    return len(after) == 2 and all(w[:1].isupper() and not w.startswith("(") for w in after) \
        and after[0] not in _BODY_NOUNS


_UNIT_NOUNS = {"unit", "department", "club", "team", "office", "programme", "program", "wing", "division", "section",
               "branch", "chapter", "society", "committee", "school", "faculty", "ward", "service", "centre",
               "center", "lab", "laboratory", "group", "choir", "band"}


def _unit_after(tokens: list[str], i: int) -> int:
    """How many lower-case tokens from ``i`` name a unit of the owner before them ("eye unit"), or 0."""
    for n in range(1, 4):
        run = tokens[i:i + n]
        if len(run) < n or not all(w[:1].islower() and w not in CONNECTORS for w in run):
            return 0
        if run[-1].rstrip(".") in _UNIT_NOUNS:
            return n
    return 0


def _quoted(tokens: list[str], i: int) -> int:
    """Where the quotation opened at ``i`` closes, when it holds a name of capitalised words; 0 otherwise."""
    for j in range(i + 1, min(i + 10, len(tokens))):
        if tokens[j] in ("”", '"', "»"):
            inner = tokens[i + 1:j]
            return j if inner and inner[0][:1].isupper() and all(w[:1].isupper() or w in CONNECTORS
                                                                 for w in inner) else 0
    return 0


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
        if t in ("“", '"', "«") and (not cur or cur in (["the"], ["The"])) and (j := _quoted(tokens, i)):
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
            if _portfolio(cur, tokens, i + 1) or (nxt == "and" and _portfolio(cur, tokens, i + 2)):
                cur.append(",")  # "Ministry of Youth, National Service and Culture"
                i += 1
                continue
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
        end_sentence = t.endswith(".") and "." not in t[:-1] and len(t) > 2 and not (
            t in ("St.", "Ste.", "Mt.", "Ft.") and tokens[i + 1:i + 2] and tokens[i + 1][:1].isupper())
        word = t.rstrip(".") if end_sentence else t
        if word == "and" and cur:
            if tokens[i + 1:i + 2] in (["its"], ["their"]) and tokens[i + 2:i + 3] \
                    and tokens[i + 2][:1].isupper():
                close()  # "the Chamber and its World Federation"
                i += 2
                continue
            if (_starts_org(tokens, i + 1) and not _portfolio(cur, tokens, i + 1)) or _two_names(cur, tokens, i + 1) \
                    or _after_body(cur, tokens, i + 1):
                close()
                i += 1
                continue
            if kind := _kind_before([], tokens, i + 1):
                close()  # "and car maker Brightware": the next name, less its kind
                i += 1 + kind
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
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
        elif word in CONNECTORS:
            if not cur and word in ("the",):
                cur.append(word)
            elif cur:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
                after = tokens[i + 2] if i + 2 < len(tokens) else ""
                # "the Secretariat of the 2005 Convention": a year inside a name, before a capital
                year = len(nxt) == 4 and nxt.isdigit() and after[:1].isupper()
                if nxt[:1].isupper() or nxt in ("the",) or year or (nxt.startswith("(") and nxt.endswith(")")):
                    cur.append(word)
                else:
                    break
            else:
                break
        elif word.lower() in LOWER_PARTS and cur and cur[-1][:1].isupper():
            cur.append(word)
        elif skip := _kind_before(cur, tokens, i):
            cur.clear()  # "(the Dutch) aid agency Lumen": the kind is no name, the name after it is
            i += skip
            continue
        elif cur and cur[-1].endswith(("'s", "’s")) and (n := _unit_after(tokens, i)):
            cur.extend(t.rstrip(".") for t in tokens[i:i + n])  # "the Hospital's eye unit"
            if tokens[i + n - 1].endswith("."):
                break
            i += n
            continue
        elif cur and (skip := _kind_after(tokens, i)):
            i += skip  # "the Striders running club and ...": the name, less its kind
            continue
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
            whole = _initials(out[-1] + " " + bare).upper()
            # the acronym may leave out a leading adjective: "Canadian Department of ... (DFAIT)"
            if (joined in text and (whole.startswith(acronym) or whole.endswith(acronym))
                    and not _initials(bare).upper().startswith(acronym)):
                out[-1] = joined
                continue
        out.append(name)
    return out


def _key(name: str) -> str:
    acr = _ACRONYM_IN_PARENS.search(name)
    if acr:
        return acr.group(1).upper()
    return _NON_WORD.sub(" ", name).strip().casefold()


def same_org(a: str, b: str) -> bool:
    if _key(a) == _key(b):
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
            out.append(name)
    return out
