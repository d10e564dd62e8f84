"""Language of the article: a small stopword vote, enough to tell English from a handful of
other languages. Returns None when the vote is not clear."""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "a", "is", "was", "were", "for", "on", "with", "that",
           "by", "from", "at", "as", "their", "which", "have", "has", "this", "it", "be", "are"},
    "fr": {"le", "la", "les", "des", "et", "du", "un", "une", "est", "dans", "pour", "sur", "au",
           "aux", "avec", "par", "qui", "que", "ont", "été", "ce", "cette", "sont"},
    "de": {"der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "ist", "mit", "für",
           "von", "auf", "im", "zu", "sich", "wurde", "nicht", "auch", "bei", "sind", "wird"},
    "es": {"el", "la", "los", "las", "y", "de", "del", "en", "un", "una", "es", "por", "con",
           "para", "que", "se", "su", "sus", "fue", "al", "como", "más"},
    "ru": {"и", "в", "на", "с", "по", "не", "что", "для", "из", "о", "от", "к", "как", "это",
           "был", "была", "были", "также", "при", "его", "их", "года", "который"},
    "it": {"il", "lo", "gli", "della", "delle", "di", "e", "che", "per", "con", "una", "sono",
           "nel", "nella", "alla", "anche", "è", "dei", "stato"},
}
_WORD = re.compile(r"[^\W\d_]+")


def _languages_of() -> dict[str, tuple[str, ...]]:
    """Each stopword's languages: one look-up per word of the text gives all its votes."""
    langs: dict[str, tuple[str, ...]] = {}
    for lang, words in _STOPWORDS.items():
        for word in words:
            langs[word] = langs.get(word, ()) + (lang,)
    return langs


_LANGUAGES_OF = _languages_of()


def detect(text: str) -> tuple[str | None, float]:
    """(primary language tag or None, share of stopword hits won by that language)."""
    words = _WORD.findall(text[:6000])
    if len(words) < 8:
        return None, 0.0
    votes = dict.fromkeys(_STOPWORDS, 0)
    for word, uses in Counter(words).items():  # each spelling looked up once
        for lang in _LANGUAGES_OF.get(word.lower(), ()):
            votes[lang] += uses
    best = max(votes, key=lambda lang: votes[lang])
    total = sum(votes.values())
    if votes[best] < 4 or total == 0:
        return None, 0.0
    share = votes[best] / total
    if share < 0.6 or votes[best] / len(words) < 0.12:
        return None, share
    return best, share
