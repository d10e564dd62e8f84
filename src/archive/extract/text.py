"""Text segmentation shared by the extractors: paragraphs and sentences as offset spans.

Everything here works on ``Article.text`` and keeps offsets into it, so that every extracted
value can point at its evidence. Only linear-time regular expressions are used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Extraction looks at no more than this many characters of the article text.
MAX_CHARS = 20_000
#: Sentences longer than this are cut before pattern matching (a 2 MB single line is one
#: "sentence"; nothing in a press release needs more).
MAX_SENTENCE = 1_200

_TERMINAL = ".!?:;\"”’)»"
#: The end of a sentence: its mark, then the ``gap`` before the next one. Leading with the mark
#: (rather than looking behind for it) lets ``re`` skip quickly to the next full stop.
_SENT_END = re.compile(r"[.!?](?P<gap>[\"”’»)]?\s+)(?=[\"“‘«(]?[A-Z0-9\u0400-\u04ff])")
#: Titles and ranks written before a name ("Rev. Ama Mensah", "Supt. Okafor", "Smt. Devi").
_TITLES = (r"Mr|Ms|Mrs|Mme|Messrs|Dr|Prof|Rev|Revd|Fr|Msgr|Hon|Rt|Gov|Sen|Rep|Amb|Pres|Sec|Atty|Adv"
           r"|Cllr|Supt|Insp|Det|Const|Engr|Smt|Shri|Sh|Kum|Capt|Cdr|Cmdr|Adm|Brig|Gen|Maj|Col|Lt|Wg"
           r"|Sqn|Sgt|Cpl|Pte|Pvt|Jr|Sr")
#: Short forms that stand before a name or a number ("Ft. Worth", "Rs. 500", "No. 4").
_SHORT_FORMS = (r"St|Ft|Mt|No|Nos|Art|Vol|Fig|Rs|Assn|Univ|Inst|Corp|Dept|Govt|Dist|Intl|Natl|Inc"
                r"|Ltd|Pty|Co|Bros|vs|etc|e\.g|i\.e|approx|ca|cf|viz|incl|esp")
_MONTHS_SHORT = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat"
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(r"(?:\b(?:" + _TITLES + "|" + _SHORT_FORMS + "|" + _MONTHS_SHORT + ")"
                     r"|\b[A-Z]"
                     # a rank or title written in capitals, then its short lowercase qualifier:
                     # "COL eng.", "GEN ret."
                     r"|\b[A-Z]{2,}\s[a-z]{2,4}"
                     # a US state after its town: "SAVANNAH, Ga."
                     r"|,\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
                     r"|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo))\.$")
#: ``_ABBREV`` needs at most this many characters ("approx.", "UNODC eng."); it must end where the text
#: does, so only that tail is searched (``\b`` still sees the character before it).
_ABBREV_REACH = 12

#: Starts a case-insensitive list of words where a bare ``\b`` would: the same matches (each
#: listed word begins with a word character), found in about half the time. Python's ``re``
#: skips an alternative at once on a wrong first letter only when case matters; without the
#: look-ahead it tries every case-insensitive alternative where a word ends, as where one begins.
WORD_START = r"\b(?=\w)"

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100,
    "a dozen": 12, "dozen": 12,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
#: A cardinal written in words ("Twenty-three", "eighteen", "a hundred") or digits ("1,200").
NUMBER_RE = (r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:" + _TENS + r")(?:[- ](?:" + _UNITS + r"))?"
             r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
             r"|(?:a |one )?hundred|a dozen|" + _UNITS + r"|ten)")


_NUMBER_PARTS = re.compile(r"[- ]")


def parse_number(token: str) -> int | None:
    """'Twenty-three' -> 23, '1,200' -> 1200, 'eighteen' -> 18; None when not a number."""
    t = token.strip().lower()
    if not t:
        return None
    if t[0].isdigit():
        try:
            return int(t.replace(",", ""))
        except ValueError:
            return None
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    parts = _NUMBER_PARTS.split(t)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        a, b = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if a >= 20 and a % 10 == 0 and b < 10:
            return a + b
    return None


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article: its text (newlines turned into spaces) and its offsets."""

    text: str
    start: int
    end: int
    para: int  # index of the paragraph among body paragraphs (0 = lede); -1 = headline
    index: int  # index among all body sentences


@dataclass
class Doc:
    """The segmented article text shared by all extractors."""

    text: str  # the (possibly capped) article text
    headline: str
    headline_start: int
    paragraphs: list[tuple[int, int]]  # body paragraphs as (start, end) spans
    sentences: list[Sentence]
    truncated: bool = False
    meta_lines: list[tuple[int, int]] = field(default_factory=list)  # short non-prose lines
    _searched: dict[tuple[re.Pattern[str], str], re.Match[str] | None] = field(
        default_factory=dict, repr=False, compare=False)

    def search(self, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, run once per document: the extractors ask the same
        question of the same sentence several times (is there an event noun? a verb?)."""
        key = (pattern, text)
        try:
            return self._searched[key]
        except KeyError:
            found = self._searched[key] = pattern.search(text)
            return found

    def finditer(self, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
        """``pattern.finditer(text)`` as a list, with no scan when ``search`` already found
        nothing in the same text."""
        key = (pattern, text)
        if key in self._searched and self._searched[key] is None:
            return []
        return list(pattern.finditer(text))

    def para_text(self, i: int) -> str:
        s, e = self.paragraphs[i]
        return self.text[s:e].replace("\n", " ")

    def sentences_in(self, para: int) -> list[Sentence]:
        return [s for s in self.sentences if s.para == para]


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
        pos = end + 1
    return spans


def paragraphs_of(text: str, begin: int = 0) -> list[tuple[int, int]]:
    """Paragraph spans: blocks separated by line breaks; a line that does not end a sentence
    and is followed by a line starting in lower case is joined to it (hard-wrapped text)."""
    out: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for s, e in _line_spans(text):
        if e <= begin:
            continue
        s = max(s, begin)
        if s >= e:
            if cur:
                out.append(cur)
                cur = None
            continue
        if cur and text[cur[1] - 1] not in _TERMINAL and text[s].islower():
            cur = (cur[0], e)
            continue
        if cur:
            out.append(cur)
        cur = (s, e)
    if cur:
        out.append(cur)
    return out


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end]."""
    out = []
    s = start
    chunk = text[start:end]
    for m in _SENT_END.finditer(chunk):
        cut = start + m.start("gap")
        before = text[s:cut].rstrip("\"”’»)")
        if _ABBREV.search(before, max(0, len(before) - _ABBREV_REACH)):
            continue
        if cut > s:
            out.append((s, cut))
        s = start + m.end()
    if s < end:
        out.append((s, end))
    return out


def segment(text: str, headline: str, headline_start: int | None = None,
            body_start: int | None = None) -> Doc:
    """Cut ``text`` into paragraphs and sentences. ``headline_start`` and ``body_start``, when
    given (from the document-structure step), say where the headline stands and where the
    body begins; otherwise the headline is looked for at the top of the text."""
    truncated = len(text) > MAX_CHARS
    if truncated:
        text = text[:MAX_CHARS]
    headline = (headline or "").strip()
    hstart = -1
    body_begin = 0
    if body_start is not None:
        hstart = headline_start if headline_start is not None else -1
        body_begin = min(body_start, len(text))
    elif headline:
        stripped = text.lstrip()
        lead = len(text) - len(stripped)
        if stripped.startswith(headline):
            hstart = lead
            body_begin = lead + len(headline)
        else:
            found = text.find(headline, 0, 2000)
            if found >= 0 and not text[:found].strip():
                hstart = found
                body_begin = found + len(headline)
            elif found >= 0:
                hstart = found
    all_paras = paragraphs_of(text, body_begin)
    sentences: list[Sentence] = []
    paras: list[tuple[int, int]] = []
    meta: list[tuple[int, int]] = []
    for ps, pe in all_paras:
        chunk = text[ps:pe]
        if len(chunk.split()) < 6 and chunk.rstrip()[-1:] not in ".!?":
            # a kicker, byline or "Posted on ..." line: not a paragraph of prose
            meta.append((ps, pe))
            pi = -2
        else:
            pi = len(paras)
            paras.append((ps, pe))
        for ss, se in split_sentences(text, ps, pe):
            se_cap = min(se, ss + MAX_SENTENCE)
            sentences.append(Sentence(text[ss:se_cap].replace("\n", " "), ss, se_cap, pi,
                                      len(sentences)))
    return Doc(text=text, headline=headline, headline_start=hstart, paragraphs=paras,
               sentences=sentences, truncated=truncated, meta_lines=meta)
