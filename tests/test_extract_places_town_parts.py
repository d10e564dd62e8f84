"""A town whose streets, squares or centre the event's sentence fills or moves through is the
event's town ("filled the cobbled streets of X"), over a dateline's town."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(text: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article(text))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("text, city, country", [
    ("Saffron harvest brings crowds\n\nKARABÜK - The scent of saffron filled the cobbled streets of Safranbolu"
     " as the town's 8th Saffron Festival opened on 30 September 2025.\n", "Safranbolu", "TR"),
    ("Carnival dancers\n\nDancers in devil masks paraded through the streets of Oruro on Saturday 1 March 2025"
     " for the carnival.\n", "Oruro", "BO"),
    ("Jazz weekend\n\nThousands of fans gathered in the main square of Kraków for the jazz festival, which"
     " opened on 4 July 2025.\n", "Kraków", "PL"),
    ("Craft fair\n\nMontenegrin potters lined the waterfront of Kotor during the three-day craft fair that ended on"
     " 6 May 2025.\n", "Kotor", "ME"),
    ("Book fair\n\nLIMA, 3 May 2025 - The book fair opened on Friday in the heart of Arequipa, with 120"
     " publishers.\n", "Arequipa", "PE"),
    ("Marathon day\n\nRunners wound across the historic centre of Évora on Sunday 9 March 2025 in the city's"
     " first marathon.\n", "Évora", "PT"),
    ("Light festival\n\nCrowds packed the old town of Tallinn on Friday 5 December 2025 as the light festival"
     " began.\n", "Tallinn", "EE"),
    ("Pride march\n\nSome 20,000 marchers took over the city centre of Cork on Sunday 27 July 2025 for the"
     " pride parade.\n", "Cork", "IE"),
])
def test_the_town_of_its_streets_or_squares(text, city, country):
    assert place(text) == (city, country)


@pytest.mark.parametrize("text, wrong", [
    # a town's streets in another role: a life story, a film's subject, a bare description
    ("Film week\n\nThe festival's director, who grew up on the streets of Lagos, opened the film week on"
     " 3 May 2025 in Accra.\n", "Lagos"),
    ("Film week\n\nA documentary about the streets of Havana was screened at the film week on 3 May 2025.\n",
     "Havana"),
    ("Flood forum\n\nThe streets of Beira flood every year, speakers told the forum held on 3 May 2025.\n",
     "Beira"),
])
def test_a_towns_streets_in_another_role(text, wrong):
    assert place(text)[0] != wrong
