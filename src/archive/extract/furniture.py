"""Page furniture: the lines of a saved web page that belong to the site, not the story
(menus, paths of sections, sharing links, section names, photo credits). Told from general
cues: a small vocabulary of such words, separators, length. Nothing here knows any site."""

from __future__ import annotations

import re

from .orgnames import CONNECTORS, HEAD_WORDS

#: Words of navigation, sharing, media and site chrome. A short line made mostly of these,
#: or opening with one of the phrases, is furniture.
_FURNITURE_PHRASE = re.compile(
    r"^(?:skip\s+to|jump\s+to|go\s+to|back\s+to|close\s+this|search|menu|home\b|you\s+are\s+here"
    r"|share\b|shares\b|print\b|email\b|e-mail\b|tweet|follow\s+us|subscribe|sign\s+in|log\s*in"
    r"|estimated\s+read|read\s+time|min(?:ute)?s?\s+read|\d+\s+min(?:ute)?s?\s+read|read\s+more"
    r"|view\s+(?:original|e-paper|all|more|gallery)|originally\s+published|related\b|tags?:"
    r"|categor(?:y|ies):|posted\s+(?:by|in|on)|published\s+(?:by|in|on)|by\s+[A-Z]|author:"
    r"|source:|editor:|photo\b|image\s+of|image:|picture:|credit|file\s+pic|caption"
    r"|video\s*player|advertisement|cookie|all\s+news|latest\s+news|top\s+stories|top\s+slides"
    r"|this\s+archived|staff\s+(?:correspondent|reporter|writer)|news\s*\||press\s+release\s*$"
    r"|update:|updated:|last\s+update)", re.IGNORECASE)
#: Words that name a site's sections; a short line of nothing else is furniture.
_SECTION_WORDS = frozenset("""news events press media release releases statements stories story updates
latest blog blogs announcements articles features notices newsroom home about contact us our work
archive archives publications resources centre center highlights spotlight
reports education health sport sports business politics opinion world culture arts science environment
community recreation residents council lifestyle entertainment technology economy local national
international regional public services research campus
aktuelles aktuell nachrichten actualités actualites noticias notícias nieuws notizie""".split())
_SITE_SECTION = re.compile(r"^(?P<name>.{3,80}?)\s+[–—|-]\s+(?P<section>[A-Za-z&]+(?: [A-Za-z&]+){0,2})$")
_NAME_JOINERS = frozenset("of and the for & de la du des di der von".split())
_FURNITURE_ANYWHERE = re.compile(
    r"›|»|\.(?:jpe?g|png|gif|pdf)\b|\|\s*(?:editor|source|update)\b|\(file\s+pic"
    r"|\bstill\s+from\b|\bphoto(?:graph)?\s+(?:by|credit|courtesy)\b|/>|<[a-z]", re.IGNORECASE)

#: What separates the parts of a menu or a path of sections: a bar, an arrow, a dot, a slash.
_CRUMB_MARK = re.compile(r"\s+[|>›»/·•]\s+")



def is_furniture(text: str) -> bool:
    words = text.split()
    if (len(words) <= 8 and _FURNITURE_PHRASE.match(text)) or _FURNITURE_ANYWHERE.search(text):
        return True
    if len(words) <= 4 and all(w.strip("&|/,:-").lower() in _SECTION_WORDS for w in words if w.strip("&|/,:-")):
        return True  # a section's name: "News", "Media releases", "News & Events"
    site = _SITE_SECTION.match(text)
    if site and all(w.lower() in _SECTION_WORDS for w in site["section"].split()) \
            and all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in site["name"].replace(",", " ").split()):
        return True  # a site's name and section: "Faculty of Science, Lakeside University – News"
    if _is_breadcrumb(text):
        return True
    # a label ending in a comma or colon ("Bass Coast,"), or a lone word
    return len(words) <= 3 and text.rstrip()[-1:] in ",:;|-"


def _is_breadcrumb(text: str) -> bool:
    """Short names set between bars or arrows: a menu or a path of sections, three parts or
    more ("Residents | Business | Council", "News > Kenya > Farming"), or a site and its
    section ("Lindale Gazette | Sport"), or two parts joined by an arrow ("News > Campus life").
    "Headline | Site Name" is a headline."""
    marks = _CRUMB_MARK.findall(text)
    parts = [p.strip() for p in _CRUMB_MARK.split(text)]
    if len(parts) < 2 or not all(p and len(p.split()) <= 4 and p[:1].isupper()
                                 and not any(c.isdigit() or c in ".!?:" for c in p) for p in parts):
        return False
    # an arrow leads from a section into another ("News > Campus life"): no headline has one
    return len(parts) >= 3 or any(">" in m for m in marks) or all(
        w.lower() in _SECTION_WORDS for w in parts[1].split() if w != "&")


#: A photo's caption, labelled, perhaps in brackets: "Photo: ...", "[Photo caption: ...]".
_CAPTION = re.compile(r"^[\[(]?\s*(?:photo(?:graph)?|image|picture|pic|foto|caption)(?:\s+caption)?\s*:",
                      re.IGNORECASE)


def is_caption(text: str) -> bool:
    """A line that says it is a photo's caption, however long: it describes a picture, not the
    story. ("Photos: ..." announces a gallery: a headline.)"""
    return _CAPTION.match(text) is not None


def is_body_name(words: list[str]) -> bool:
    """A line that is only an organisation's name: capitalised words (and "of", "the", ...)
    ending in a word for a body ("Library", "Council", "Foundation")."""
    if len(words) >= 3 and _SHORT_FORM.match(words[-1]) and _initials_of(words[-1], words[:-1]):
        words = words[:-1]  # "Friends of the Lakes (FOL)": a body that gives its short form
    elif words[-1:] and words[-1] not in HEAD_WORDS:
        return False
    return 2 <= len(words) <= 7 and all(w[:1].isupper() or w.lower() in CONNECTORS for w in words) \
        and not any(c.isdigit() for w in words for c in w)


def _initials_of(short: str, words: list[str]) -> bool:
    """The capitals of ``short`` are initials of capitalised ``words``, in their order."""
    initials = iter(w[0] for w in words if w[:1].isupper())
    return all(c in initials for c in short if c.isupper())


#: A short form in brackets: "(FOL)", "(CLT)".
_SHORT_FORM = re.compile(r"^\([A-Z][A-Za-z&]{1,9}\)$")
