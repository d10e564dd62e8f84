"""Dates written in another language's style inside a text, rewritten in place (same length,
so every offset stays true) into the English forms ``dates`` reads:

* a foreign month after its day: "3 de mayo de 2024", "le 12 mars 2024", "15. März 2025",
  "7 settembre", "del 3 al 5 de junio", "du 3 au 5 octobre";
* any month word glossed with the English month in brackets: "15-17 Kasım (November) 2024",
  "3 Ağustos (August)", "12 Juli (July) 2023".

The rewrite only ever touches a word just after a day number, so "Mars" or "Marco" written
alone stay what they are.
"""

from __future__ import annotations

import re

_MONTHFULL = ("January|February|March|April|May|June|July|August|September|October|November"
              "|December")
#: Month names of French, Spanish, Portuguese, German, Italian and Dutch, by number.
_FOREIGN = {
    **dict.fromkeys(("janvier", "enero", "janeiro", "januar", "gennaio", "januari", "jänner"), 1),
    **dict.fromkeys(("février", "fevrier", "febrero", "fevereiro", "februar", "febbraio", "februari"), 2),
    **dict.fromkeys(("mars", "marzo", "março", "marco", "märz", "maerz", "maart"), 3),
    **dict.fromkeys(("avril", "abril", "aprile"), 4),
    **dict.fromkeys(("mai", "mayo", "maio", "maggio", "mei"), 5),
    **dict.fromkeys(("juin", "junio", "junho", "juni", "giugno"), 6),
    **dict.fromkeys(("juillet", "julio", "julho", "juli", "luglio"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(("septembre", "septiembre", "setiembre", "setembro", "settembre"), 9),
    **dict.fromkeys(("octobre", "octubre", "outubro", "oktober", "ottobre"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("décembre", "decembre", "diciembre", "dezembro", "dezember", "dicembre"), 12),
}
_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Names that are also English words or names when capitalised ("3 Mars rovers").
_ENGLISH_TOO = {"mars", "marco", "mai", "mei"}
_GLOSS_CUE = re.compile(rf"\((?:{_MONTHFULL})\)")

#: The names in lower case and capitalised, longest first.
_FOREIGN_WORD = "|".join(sorted({w for name in _FOREIGN for w in (name, name.capitalize())},
                                key=lambda w: (-len(w), w)))
#: A day (German "15." too), an optional "de", a foreign month, an optional "de" before a year.
#: Led by a digit and the names written out, so a text without one is skipped fast.
_FOREIGN_DAY = re.compile(
    rf"(?<![\d.,])(?P<d>[0-3]?\d)(?P<dot>\.?)(?P<ws>\s+)"
    rf"(?P<m>(?:[Dd]e\s+)?(?P<w>{_FOREIGN_WORD})(?:\s+de(?=\s+\d{{4}}))?)\b")
#: A month word after a day, glossed by the English month in brackets: "17 Kasım (November)".
_GLOSSED = re.compile(
    rf"(?<=\d)(?P<pre>(?:st|nd|rd|th)?\.?\s+(?:de\s+)?)(?P<m>[^\W\d_]{{3,12}}\.?\s+\((?P<en>{_MONTHFULL})\))")
#: Between the two days of a foreign range: "del 3 al 5", "du 3 au 5", "vom 3. bis 5.".
_FOREIGN_TO = re.compile(r"(?<=\d)(?P<dot>\.?)\s+(?P<w>al|au|bis|a|y|et|e|und|t/m)\s+(?=[0-3]?\d\b)")


def _pad(new: str, old: str) -> str:
    return new + " " * (len(old) - len(new))


def english_dates(text: str) -> str:
    """``text`` with the foreign-style dates rewritten as English ones of the same length."""
    out = text
    if "(" in text and _GLOSS_CUE.search(text):
        out = _GLOSSED.sub(lambda m: m["pre"] + _pad(m["en"], m["m"]), out)

    def foreign(m: re.Match[str]) -> str:
        word = m["w"]
        month = _FOREIGN.get(word.lower())
        if month is None or word[:1].isupper() and word.lower() in _ENGLISH_TOO and m["m"] == word:
            return m.group(0)
        return m["d"] + (" " if m["dot"] else "") + m["ws"] + _pad(_ABBR[month], m["m"])

    rewritten = _FOREIGN_DAY.sub(foreign, out)
    if rewritten == text:
        return text
    # the first day of a foreign range: "del 3 al 5 Jun" reads as "3 - 5 Jun"
    return _FOREIGN_TO.sub(lambda m: (" " if m["dot"] else "") + _pad(" -", " " + m["w"]) + " ", rewritten)
