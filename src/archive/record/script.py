"""Writing systems: a headline in Cyrillic gets a readable record id (transliterated) and is
not tagged with the language of an English article around it.

The transliteration is a plain, reversible-enough scheme for folder names (close to the
BGN/PCGN romanisations of Russian, Ukrainian, Serbian, Macedonian, Kazakh and Tajik
letters, plus modern Greek); it is for ids, not for cataloguing.
"""

from __future__ import annotations

import unicodedata

_CYRILLIC = dict(zip(
    "абвгдезийклмнопрстуфыэ",
    ["a", "b", "v", "g", "d", "e", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
     "u", "f", "y", "e"]))
_CYRILLIC.update({
    "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ь": "", "ю": "yu", "я": "ya",
    # Ukrainian, Belarusian
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w",
    # Serbian, Macedonian
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj",
    "ѕ": "dz",
    # Kazakh, Kyrgyz, Uzbek Cyrillic, Tajik
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
})
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o",
                   "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))
_LETTERS = {**_CYRILLIC, **_GREEK}

#: the script each language the extractor can detect is written in
LANGUAGE_SCRIPTS = {"en": "LATIN", "fr": "LATIN", "de": "LATIN", "es": "LATIN", "it": "LATIN",
                    "ru": "CYRILLIC", "uk": "CYRILLIC", "kk": "CYRILLIC", "sr": "CYRILLIC",
                    "mk": "CYRILLIC", "tg": "CYRILLIC", "ky": "CYRILLIC", "be": "CYRILLIC",
                    "bg": "CYRILLIC", "el": "GREEK"}


def transliterate(text: str) -> str:
    """Cyrillic and Greek letters in Latin letters (accents dropped first); others kept."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        lower = char.lower()
        if lower in _LETTERS:
            latin = _LETTERS[lower]
            out.append(latin.capitalize() if char != lower else latin)
        else:
            base = unicodedata.normalize("NFD", lower)[:1]
            out.append(_LETTERS.get(base, char) if base != lower else char)
    return "".join(out)


def dominant_script(text: str) -> str | None:
    """The script most letters of ``text`` are in ("LATIN", "CYRILLIC", ...), or None."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = unicodedata.name(char, "UNKNOWN").split()[0]
            if script.startswith("CJK"):
                script = "CJK"
            counts[script] = counts.get(script, 0) + 1
    return max(sorted(counts), key=lambda s: counts[s]) if counts else None


def language_for(text: str, language: str | None) -> str | None:
    """``language`` for a piece of text, unless the text is written in another script than
    that language uses (a Cyrillic headline over an English article): then None, since the
    text's own language is not known."""
    if not language:
        return None
    expected = LANGUAGE_SCRIPTS.get(language.split("-")[0].lower())
    found = dominant_script(text)
    if expected and found and found != expected:
        return None
    return language
