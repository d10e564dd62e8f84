"""Headlines among captions, paths of sections, lone datelines and decks.

Every text here is written for the test, in the style of pages saved from news sites.
"""

from __future__ import annotations

import pytest

from archive.extract import extract_facts
from archive.extract.structure import analyse

from _extract_helpers import txt_article

LEDE = ("Volunteers from four parishes cleared two tonnes of litter from the estuary path on "
        "Saturday, the harbour trust said, and planted 300 willow cuttings along the bank.")


@pytest.mark.parametrize("top, headline", [
    # a path of two sections joined by an arrow is no headline
    ("Parishes  >  Estuary litter\n\nA good day's work by the water", "A good day's work by the water"),
    # a labelled caption, however long, describes a picture
    ("Photo: Volunteers planted willow cuttings along the estuary path bank (Harbour Trust)\n\n"
     "A good day's work by the water", "A good day's work by the water"),
    ("[Photo caption: Volunteers from four parishes plant willow cuttings on the estuary path]\n\n"
     "A good day's work by the water", "A good day's work by the water"),
    # a quoted headline over its deck, and a sentence-case headline over its deck
    ("'We ran out of sacks by ten o'clock'\n\nEstuary clean-up draws volunteers from four parishes, and a few seals",
     "'We ran out of sacks by ten o'clock'"),
    ("Sacks, willows and a muddy path\n\nEstuary clean-up draws volunteers from four parishes along the river",
     "Sacks, willows and a muddy path"),
])
def test_headline_among_captions_crumbs_and_decks(top: str, headline: str) -> None:
    assert analyse(top + "\n\n" + LEDE).headline == headline


@pytest.mark.parametrize("top, headline", [
    # a site's label above the headline is no headline with a deck below it
    ("Rivers & Coasts\n\nVolunteers clear two tonnes of litter from the estuary path",
     "Volunteers clear two tonnes of litter from the estuary path"),
    ("Harbour news / Community and volunteering\n\nVolunteers clear two tonnes of litter from the estuary path",
     "Volunteers clear two tonnes of litter from the estuary path"),
])
def test_a_label_above_the_headline_stays_a_label(top: str, headline: str) -> None:
    assert analyse(top + "\n\n" + LEDE).headline == headline


def test_a_line_that_is_only_a_dateline_is_no_headline() -> None:
    layout = analyse("Estuary path cleared by four parishes\n\nKINSALE (Cork) – [translated from Irish]\n\n" + LEDE)
    assert layout.headline == "Estuary path cleared by four parishes"
    assert layout.dateline_place == "KINSALE"
    assert [ln.kind for ln in layout.lines][:2] == ["headline", "dateline"]


def test_a_gallery_headline_is_no_caption() -> None:
    assert analyse("Photos: Four Parishes Clear The Estuary Path\n\n" + LEDE).headline == \
        "Photos: Four Parishes Clear The Estuary Path"


def test_a_deck_opens_the_body() -> None:
    text = ("'We ran out of sacks by ten o'clock'\n\nVolunteers gathered for a riverside festival in the coastal city of Waterford "
            "on Saturday\n\nBy ten o'clock the sacks were gone. " + LEDE)
    facts = extract_facts(txt_article(text))
    assert facts.value("headline") == "'We ran out of sacks by ten o'clock'"
    assert facts.value("city") == "Waterford"

