"""A venue followed by its address: "at the Family Life Center, 2210 Salem Avenue, Dayton,
Ohio." The town closes the address, or stands before the state or country that closes it; a
building named after "in the" is read the same way when its last word says it is a building."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

CASES = [
    ("at the Family Life Center, 2210 Salem Avenue, Dayton, Ohio", "Dayton", "US"),
    ("in the Family Life Center, 2210 Salem Avenue, Dayton, Ohio", "Dayton", "US"),
    ("at the Town Hall, Ipswich, Queensland", "Ipswich", "AU"),
    ("at the Town Hall, Ipswich, Suffolk", "Ipswich", "GB"),
    ("in the Civic Hall, Kandy, Sri Lanka", "Kandy", "LK"),
    ("at the Grand Hall, Perth, Ontario", "Perth", "CA"),
    ("in the Riverside Hotel, 14 Harbour Road, Mombasa, Kenya", "Mombasa", "KE"),
]


@pytest.mark.parametrize(("venue", "city", "country"), CASES)
def test_the_town_of_an_address(venue: str, city: str, country: str) -> None:
    text = (f"Health fair on Sunday\n\nThe Lindale Fellowship will host a free health fair on Sunday, "
            f"12 October 2025, from 1 to 5 p.m. {venue}.\n\nEveryone is welcome.\n")
    facts = extract_facts(txt_article(text))
    assert (facts.value("city"), facts.value("country")) == (city, country)
