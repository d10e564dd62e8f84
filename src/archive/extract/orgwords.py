"""The words organisation names are built of and the small tests the name scanner of
``orgnames`` applies at each token: where a list goes on, where one name ends and the next
begins, which lower-case words describe a body rather than name it."""

from __future__ import annotations

import re

from . import gazetteer

#: Particles that join the words of a name ("Colectivo Hilos de la Mixteca", "John von Neumann
#: Society"): each may follow another before the capitalised word that ends it.
PARTICLES = {"de", "du", "des", "la", "le", "les", "del", "los", "las", "el", "von", "van", "der", "den", "di", "da",
             "dos"}
CONNECTORS = {"of", "the", "for", "on", "and", "in", "under", "to", "against", "from", "at", "für", "y", "et",
              "&"} | PARTICLES
#: Lower-case words of names in other languages that join two capitalised words ("Údarás na
#: Gaeltachta", "Landsberg am Lech District Office", "Instituto de Memória e Território", "Institut
#: pour la Conservation de la Nature", "Bundesministerium für Bildung und Forschung"). They are kept
#: apart from CONNECTORS, which other steps read as English name words.
FOREIGN_JOINS = {"na", "nan", "am", "im", "zu", "zum", "zur", "und", "e", "à", "au", "aux", "pour", "sur", "do",
                 "das", "em", "og", "och", "della", "delle", "dei", "degli", "ve", "i", "del", "dan", "untuk", "dhe"}
#: An elided article or preposition opening a word of a name ("Chambre d'agriculture", "Ministère de l'Éducation").
ELIDED = re.compile(r"[dl]['’]\w")
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
    # short forms of a department's name: "Dept of Health", "Deptt"
    "Dept", "Deptt", "Depts",
}

#: Acronyms of subjects, not of bodies: "COVID Workshop", "STEM Fair".
SUBJECT_ACRONYMS = {"COVID", "HIV", "AIDS", "ICT", "STEM", "AI", "IT", "TB", "SDG", "SDGS", "GIS", "LGBT",
                     "LGBTQ", "NCD", "WASH", "GBV", "ESG", "CSR", "PR", "HR", "VR", "AR", "IOT", "DIY", "FAQ",
                    "COVID-19", "SARS", "MERS", "NCDS", "MPOX", "STI", "STIS", "PTSD"}


def is_acronym(word: str) -> bool:
    w = word.strip("()")
    return 2 <= len(w) <= 10 and sum(c.isupper() for c in w) >= 2 and w[0].isupper() and \
        not any(c.islower() for c in w[:2])


def starts_org(tokens: list[str], i: int) -> bool:
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


def portfolio(cur: list[str], tokens: list[str], i: int) -> bool:
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


def kind_after(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` are a lower-case kind of body after a name that a list goes on
    from ("athletics club" before "and the Rotary Club"); 0 when none or the list does not go on."""
    for n in range(1, 4):
        words = tokens[i:i + n]
        if len(words) < n or not all(w[:1].islower() for w in words):
            return 0
        if words[-1].rstrip(".") in _KIND_NOUNS:
            nxt = tokens[i + n] if i + n < len(tokens) else ""
            return n if nxt in ("and", ",") and starts_org(tokens, i + n + 1) else 0
    return 0


def kind_before(cur: list[str], tokens: list[str], i: int) -> int:
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


def two_names(cur: list[str], tokens: list[str], j: int) -> bool:
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


def after_body(cur: list[str], tokens: list[str], j: int) -> bool:
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


def unit_after(tokens: list[str], i: int) -> int:
    """How many lower-case tokens from ``i`` name a unit of the owner before them ("eye unit"), or 0."""
    for n in range(1, 4):
        run = tokens[i:i + n]
        if len(run) < n or not all(w[:1].islower() and w not in CONNECTORS for w in run):
            return 0
        if run[-1].rstrip(".") in _UNIT_NOUNS:
            return n
    return 0


def quoted(tokens: list[str], i: int) -> int:
    """Where the quotation opened at ``i`` closes, when it holds a name of capitalised words; 0 otherwise."""
    for j in range(i + 1, min(i + 10, len(tokens))):
        if tokens[j] in ("”", '"', "»"):
            inner = tokens[i + 1:j]
            return j if inner and inner[0][:1].isupper() and all(w[:1].isupper() or w in CONNECTORS
                                                                 for w in inner) else 0
    return 0


def aside_end(tokens: list[str], i: int) -> int:
    """Where a description set off by commas after a name closes ("X, a network of weaving
    cooperatives, and Y"): the index of its closing comma when ``tokens[i]`` opens one with "a",
    "an" or "the" and a lower-case word, within the sentence; 0 otherwise."""
    nxt = tokens[i + 1:i + 3]
    if not nxt or not (nxt[0] in ("a", "an") or nxt[0] == "the" and nxt[1:] and nxt[1][:1].islower()):
        return 0
    for j in range(i + 2, min(i + 22, len(tokens))):
        t = tokens[j]
        if t == ",":
            return j if _body_next(tokens, j + 2) else 0
        if t in (";", ":", "“", "”", '"', "«", "»") or (t.endswith(".") and len(t) > 2 and "." not in t[:-1]):
            return 0
    return 0


def _body_next(tokens: list[str], i: int) -> bool:
    """The name from ``i`` on holds an organisation word or an acronym: a list goes on after a
    description, a clause ("and the Bolivian publishing sector was ...") does not."""
    for t in tokens[i:i + 12]:
        w = t.strip("().")
        if w in HEAD_WORDS or is_acronym(w):
            return True
        if not (w[:1].isupper() or w in CONNECTORS):
            return False
    return False


#: The same description in running text, before what follows the list.
_ASIDE = re.compile(r"^\s*,\s+(?:an?\s+|the\s+(?=[a-z]))[^,;:.“”\"]{2,120},(?=\s)")


#: A bracket the name scanner does not take: a local name ("(Pemkab Banyuwangi)") or a gloss ("(Landratsamt)").
_BRACKET = re.compile(r"^\s*\([^()]{1,40}\)")


def skip_aside(rest: str) -> str:
    """``rest`` less a description set off by commas at its start ("..., a body set up in 2016, together with Y")
    or a bracket ("X (Pemkab X) together with Y")."""
    rest = _BRACKET.sub("", rest, count=1)
    return _ASIDE.sub("", _LONG_ASIDE.sub("", rest, count=1) if "with" in rest[:200] else rest, count=1)


#: A description holding commas of its own, up to the "together with" that goes on from the name.
_LONG_ASIDE = re.compile(r"^\s*,\s+(?:an?\s+|the\s+(?=[a-z]))[^;:.“”\"()]{2,160}?,(?=\s+(?:together|jointly|along)"
                         r"\s+with\s)")


#: Lower-case nouns of an administration or one of its units, written after the name of a
#: place ("Eastport town administration", "Lakeside district unit of the Medical Association").
_ADMIN_NOUNS = {"administration", "government", "municipality", "council", "office", "unit", "branch", "chapter",
                "department", "panchayat", "authority", "committee", "secretariat", "directorate", "division",
                "wing", "assembly", "corporation", "board"}


def body_after(cur: list[str], tokens: list[str], i: int) -> int:
    """How many lower-case tokens from ``i`` name the body of a place written before them
    ("Eastport town administration", "Lakeside civil surgeon's office"), or 0: the words before
    name no body ("the German government"), so without the words after they would name a place."""
    words = [w for w in cur if w not in ("the", "The")]
    if not words or any(w in _BODY_NOUNS or is_acronym(w) or not w[:1].isupper() for w in words):
        return 0
    for n in range(1, 4):
        run = tokens[i:i + n]
        if len(run) < n or not all(w[:1].islower() and w not in CONNECTORS for w in run):
            return 0
        if run[-1].rstrip(".") in _ADMIN_NOUNS:
            return n
    return 0


def apposition(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` ("the" at ``i``) are a second name for the one-word name
    before the comma ("Gavi, the Vaccine Alliance", "APCOR, the Portuguese Cork Association, with
    ..."): two capitalised words or more, after which the list does not go on ("and", ", and",
    ", the ..." or another name would make it a list); 0 otherwise."""
    j = i + 1
    while j < len(tokens) and (tokens[j][:1].isupper() or tokens[j] in ("of", "for", "on")) and not tokens[j].endswith(
            ("'s", "’s")):
        j += 1
        if tokens[j - 1].endswith("."):
            break
    words = [t for t in tokens[i + 1:j] if t[:1].isupper()]
    if len(words) < 2 or tokens[j - 1] in ("of", "for", "on"):
        return 0
    nxt = tokens[j] if j < len(tokens) else ""
    if nxt == "and" or nxt == "," and (tokens[j + 1:j + 2] == ["and"] or starts_org(tokens, j + 1)):
        return 0
    return j - i


def the_field(cur: list[str], tokens: list[str], i: int) -> bool:
    """After "X of/for A and the", a single capitalised word that names no body, acronym or
    country ("Commission for Culture and the Arts") is one more field of the name, not a second name."""
    if not ("of" in cur or "for" in cur) or i >= len(tokens):
        return False
    w = tokens[i].rstrip(".")
    nxt = tokens[i + 1] if i + 1 < len(tokens) and not tokens[i].endswith(".") else ""
    return w[:1].isupper() and not nxt[:1].isupper() and not nxt.startswith("(") and nxt not in CONNECTORS \
        and not any(t.endswith(("'s", "’s")) for t in cur) and w not in HEAD_WORDS and w[-1:] == "s" \
        and not is_acronym(w) and not gazetteer.country_code(w) and not w.endswith(("'s", "’s"))


#: A kind of body in lower case before the names it introduces: "local organizations such as",
#: "partners including", "government bodies, namely".
_KIND_SUCH_AS = re.compile(
    r"^\s*(?:the\s+|its\s+|their\s+)?(?:[a-z][\w’'-]*\s+){0,4}(?:organi[sz]ations?|groups?|bodies|agencies"
    r"|institutions|partners|stakeholders|companies|entities|ministries|departments|offices|authorities|clubs"
    r"|associations|NGOs|firms)\s*,?\s+(?:such\s+as|including|like|namely)\s*:?\s+")


def past_kind(after: str) -> str:
    """``after`` less a kind of body that introduces the names ("local organizations such as X")."""
    m = _KIND_SUCH_AS.match(after)
    return after[m.end():] if m else after
