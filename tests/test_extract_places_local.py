"""Places no place phrase gives: the town of the local bodies that hold an event at home."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(text: str, headline: str = "Volunteers make the day a success") -> tuple[str | None, str | None]:
    f = extract_facts(txt_article(headline + "\n\n" + text + "\n"))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("text, city, country", [
    # an organiser's name begins with a first-tier town the text names again
    ("About 600 walkers finished the Autumn Charity Walk on Sunday 6 October 2024. The walk was organised "
     "by the Geelong Hospice Friends and the Corio Rotary Club. Geelong cafes stayed open late.",
     "Geelong", "AU"),
    # an organiser's name ends with "of" and a town
    ("The Harbour Lights Concert drew 900 people on 6 October 2024. It was staged by the Workers' Guild "
     "of Valdivia, and Valdivia families filled the front rows.", "Valdivia", "CL"),
    # a partner's name; a small town in a country the text names
    ("The Riverside Clean-up Day took place on 6 October 2024. It was organised by the Pacific Rim Surf "
     "Society with the Tofino Lions Club. Tofino families and visitors from across British Columbia "
     "collected litter.", "Tofino", "CA"),
])
def test_a_local_organisers_town(text, city, country):
    assert place(text) == (city, country)


@pytest.mark.parametrize("text", [
    # the town is named only inside the organiser's name
    "About 600 walkers finished the Autumn Charity Walk on Sunday 6 October 2024. The walk was organised "
    "by the Geelong Hospice Friends.",
    # a county's body, not its namesake town's
    "The Quilt Show took place on 6 October 2024, organised by the Marion County Quilters Guild. "
    "Visitors came from all over Marion County and beyond.",
    # a country's body
    "The Coastal Litter Pick took place on 6 October 2024, organised by the Kenya Wildlife Club. "
    "Families came from all over Kenya.",
])
def test_no_local_town(text):
    assert place(text)[0] is None


@pytest.mark.parametrize("text, city, country", [
    # a town name that is also a region of the country the text names: the region, the country alone
    ("The County Dinghy Trophy regatta took place on Saturday 5 October 2024, with young sailors from "
     "across Cornwall racing under the rules of the Royal Yachting Association of Great Britain.", None, "GB"),
    # the region gives the country; a local organiser's town in that country gives the town
    ("Young sailors from across Cornwall raced on Saturday 5 October 2024 in the County Dinghy Trophy. "
     "The regatta was hosted by Padstow Sailing Club for the first time. Padstow harbour was packed; "
     "the rules were those of the Royal Yachting Association of Great Britain.", "Padstow", "GB"),
])
def test_a_region_that_is_also_a_town_elsewhere(text, city, country):
    assert place(text) == (city, country)


def test_the_town_where_the_text_names_its_country():
    text = ("The Riverfront Regatta was held on Saturday 5 October 2024 in Cornwall, on the St. Lawrence. "
            "Crews came from across Ontario and Quebec, Canada.")
    assert place(text) == ("Cornwall", "CA")
