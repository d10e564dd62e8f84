"""Cues for ``classify`` beyond an event noun and its verb: a crowd counted in the opening
under a headline that names an event, and the sentences that look like events but report a
decision, a summary of a year's activities or an announcement."""

from __future__ import annotations

import re

from .text import NUMBER_RE, WORD_START

#: Plural nouns for people: the common ones, and agent nouns ("growers", "scientists",
#: "musicians", "participants", "attendees") short of the things such endings also name.
_PEOPLE = (
    r"(?:people|persons|men|women|children|youths?|pupils|girls|boys|families|couples|locals|fans|crowds"
    r"|staff|delegates|guests|nurses|doctors|farmers|students|residents|members|volunteers|athletes"
    r"|(?!(?:documents|events|incidents|elements|instruments|segments|cents|percents|plants|grants"
    r"|centers|computers|meters|kilometers|containers|numbers|papers|letters|dollars|sectors|factors"
    r"|floors|doors|colors|colours|minutes|hours|years|months|weeks|days|projects|products|points"
    r"|tons|tonnes|acres|hectares|litres|liters|units|items|copies|shares|votes|seats|cases)\b)"
    r"[a-z]+(?:ers|eurs|ors|ists|ians|ants|ents|ees|ives|ites))")
#: An opening sentence whose subject is a counted crowd ("More than 200 growers from across
#: the district converged on ...", "Some 150 pupils showed ..."), after an optional dateline.
COUNTED_CROWD = re.compile(
    r"^(?:[^–—]{0,80}[–—]\s*|[A-Z][A-Z .,'’-]{2,40}\s*[-:]\s*)?"
    r"(?:(?:more|fewer)\s+than|over|about|around|some|nearly|almost|close\s+to|up\s+to|at\s+least"
    r"|roughly|approximately|an\s+estimated)?\s*(?:\d[\d,]*|" + NUMBER_RE[3:-1] + r"|hundreds|thousands|dozens)"
    r"(?!\s*(?:per\s*cent|percent|%))(?:\s+of)?\s+(?:[\w’'-]+\s+){0,3}?" + _PEOPLE + r"\b"
    r"(?:\s+(?:from|of|in|at|across|aged)\s+[^,;.]{1,60}?)?,?"
    r"\s+(?:have\s+|had\s+|were\s+|also\s+)?(?:[a-z]+ed|came|went|took|met|saw|spent|drew|ran|gave|brought"
    r"|flocked|made|sat|stood|heard|got|won)\b", re.IGNORECASE)
