"""The body an event belongs to, named after the event's noun: "the 79th Annual General Meeting
of the Lakes Dairy Union", "the annual congress of the Harbour Pilots' Federation". With no role
phrase naming an organiser, a body whose meeting, congress or fair the opening reports puts it on."""

from __future__ import annotations

import re

from .classify import EVENT_NOUN
from .orgnames import scan_names
from .orgwith import org_like

#: "the (79th) (annual) <event noun> of (the) X", written with the event's noun before "of".
_OF_OWNER = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his\s+year['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?P<of>of\s+(?:the\s+)?)"
                       r"(?=[A-Z])")
#: Words before "of" that make the owner a part or a member, not the body that holds the event.
_NOT_OWNER = re.compile(r"\b(?:members?|delegates?|staff|students?|president|chair\w*|director|head|secretary"
                        r"|representatives?|officials?|leaders?|part|edition|theme|venue|hall|grounds?)\s+$",
                        re.IGNORECASE)


def event_of_owner(text: str) -> list[str]:
    """The body named after "of" when the words before it end in the noun of an event."""
    if " of " not in text:
        return []
    for m in _OF_OWNER.finditer(text):
        head = text[m.start():m.start("of")]
        if _NOT_OWNER.search(head):
            continue
        noun = EVENT_NOUN.search(head)
        if noun is None or head[noun.end():].strip():
            continue  # the event's noun must end the words right before "of"
        names = scan_names(text[m.end():])
        if names and org_like(names[:1]):
            return names[:1]
    return []
