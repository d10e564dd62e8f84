"""Gatherings named by nouns the detector did not know: a convention, a homecoming, a
pilgrimage, a crusade, a prize-giving, a play-off, a cultural evening, a vaccination drive, a
clean-up campaign, a medical outreach, a carol service, a holy mass, a product launch, an
awareness programme. Each sentence gives the noun alone with a date and a town, the weakest
frame in which an event noun must still be enough; treaties named "Convention" stay none."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

NOUNS = [
    "convention", "homecoming", "pilgrimage", "crusade", "prize-giving", "play-off",
    "cultural evening", "networking night", "vaccination drive", "literacy drive",
    "clean-up campaign", "tree-planting campaign", "medical outreach", "carol service",
    "holy mass", "product launch", "awareness programme", "sensitization program",
]


@pytest.mark.parametrize("tense", ["held a {} in Nakuru on 6 March 2024",
                                   "will hold a {} in Nakuru on 6 March 2024"])
@pytest.mark.parametrize("noun", NOUNS)
def test_a_gathering_noun_alone_makes_an_event(noun: str, tense: str) -> None:
    text = f"Society news\n\nThe Lindale Society {tense.format(noun)}.\n\nMembers thanked the hosts.\n"
    facts = extract_facts(txt_article(text))
    assert facts.value("is_event") is True
    assert facts.value("start_date") == "2024-03-06"


@pytest.mark.parametrize("text", [
    "Treaty news\n\nThe Convention on the Protection of Wetlands entered into force in Nakuru on 6 March 2024.\n",
    "Treaty news\n\nKenya ratified the 2005 Convention in Nakuru on 6 March 2024, the ministry said.\n",
])
def test_a_treaty_called_convention_is_no_event(text: str) -> None:
    assert extract_facts(txt_article(text)).value("is_event") is not True


def test_a_name_joined_by_an_ampersand_is_kept_whole() -> None:
    text = ("Grocers open registration for convention\n\nThe Lindale Grocers Guild opened registration "
            "on 2 June 2025 for its 2025 Annual Convention & Expo, to be held on 9-11 September 2025 "
            "at the Riverside Hotel in Dayton, Ohio.\n")
    assert extract_facts(txt_article(text)).value("event_name") == "2025 Annual Convention & Expo"
