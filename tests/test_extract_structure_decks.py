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



MASTHEAD_LEDE = ("Volunteers from the Kinsale parishes cleared two tonnes of litter from the estuary path on "
                 "Saturday, the Harbour Trust said, and planted 300 willow cuttings along the bank.")


@pytest.mark.parametrize("top, headline", [
    # a site's or a newsletter's name, its section, then the headline
    ("KINSALE HARBOUR GAZETTE & ECHO\nCommunity News\n\nTwo tonnes of litter gone from the estuary path",
     "Two tonnes of litter gone from the estuary path"),
    ("Kinsale Harbour Record\nEnvironment\n\nWillows go in along the estuary bank",
     "Willows go in along the estuary bank"),
    ("PARISHES OF KINSALE AND SUMMERCOVE\nParish Bulletin – June 2025\n\nESTUARY CLEAN-UP: THANK YOU ALL!",
     "ESTUARY CLEAN-UP: THANK YOU ALL!"),
    ("Harbour Trust Kinsale\nNuacht\n\nVolunteers clear the estuary path in a morning",
     "Volunteers clear the estuary path in a morning"),
    ("Kinsale Harbour Times\nRegions\nLocal\n\nA morning's work for four parishes by the water",
     "A morning's work for four parishes by the water"),
    # a body's name with its short form, above its menu
    ("Kinsale Harbour Trust (KHT)\nNews\n\nQuarterly round-up: April–June 2025", "Quarterly round-up: April–June 2025"),
])
def test_a_sites_name_over_its_section_is_no_headline(top: str, headline: str) -> None:
    assert analyse(top + "\n\n" + MASTHEAD_LEDE).headline == headline


@pytest.mark.parametrize("top, headline", [
    # the headline over a section label with nothing like a headline below it stays the headline
    ("Kinsale parishes clear the estuary path\nEnvironment", "Kinsale parishes clear the estuary path"),
    # a word in capitals in brackets that is no short form of the words before it
    ("Kinsale Parishes Clear Estuary Path (PHOTOS)\n\nWillows go in along the bank by the water",
     "Kinsale Parishes Clear Estuary Path (PHOTOS)"),
])
def test_a_headline_over_a_section_label_stays_the_headline(top: str, headline: str) -> None:
    assert analyse(top + "\n\n" + MASTHEAD_LEDE).headline == headline


def test_a_bodys_name_with_its_short_form_over_a_headline_is_no_headline() -> None:
    top = "Kinsale Harbour Trust (KHT)\n\nWillows go in along the bank by the water"
    assert analyse(top + "\n\n" + MASTHEAD_LEDE).headline == "Willows go in along the bank by the water"


@pytest.mark.parametrize("top", ["LINDALE GAZETTE", "THE HARBOUR HERALD", "FOR IMMEDIATE RELEASE", "MINISTRY OF WORKS",
                                 "OFFICE OF THE MAYOR", "REPUBLIC OF KENYA", "COUNTY NEWS TODAY"])
def test_a_name_in_capitals_over_the_story_is_the_sites_not_a_dateline(top: str) -> None:
    layout = analyse(top + "\n\nFour parishes clear the estuary path\n\n" + LEDE)
    assert layout.headline == "Four parishes clear the estuary path"
    assert layout.dateline_place is None
    assert layout.lines[0].kind == "furniture"


@pytest.mark.parametrize("top, place", [("KISUMU", "KISUMU"), ("NAIROBI, KENYA", "NAIROBI, KENYA"),
                                        ("MOMBASA –", "MOMBASA")])
def test_a_town_in_capitals_over_the_story_is_its_dateline(top: str, place: str) -> None:
    layout = analyse(top + "\n\nFour parishes clear the estuary path\n\n" + LEDE)
    assert layout.headline == "Four parishes clear the estuary path"
    assert layout.dateline_place == place


PRACTICE_LEDE = ("A review meeting on the harbour heritage scheme took place in Kinsale on 4 June 2025. "
                 "Curators from six towns shared good practice in caring for old ledgers.")


@pytest.mark.parametrize("top", [
    # a section's path, its two parts joined by a spaced hyphen, then the headline
    "Heritage\n\nCollections and archives - Good practice\n\nBuilding a Home for the Harbour Ledgers",
    "Collections and archives - Good practice\n\nBuilding a Home for the Harbour Ledgers",
])
def test_a_section_path_joined_by_a_hyphen_is_no_headline(top: str) -> None:
    assert analyse(top + "\n\n" + PRACTICE_LEDE).headline == "Building a Home for the Harbour Ledgers"


def test_a_headline_with_a_spaced_hyphen_and_nothing_below_stays_the_headline() -> None:
    top = "Harbour ledgers restored - good practice for six towns"
    assert analyse(top + "\n\n" + PRACTICE_LEDE).headline == top


ROUNDUP = ("Summer Lectures Fill The Quayside\n\n"
           "Harbour Lecture, Tide Table Symposium, and Lighthouse Concert.\n\n"
           "Harbour Lecture\n\n"
           "In June, the twelfth Harbour Lecture brought two hundred people to the quayside to hear "
           "a marine historian talk about the old salt trade.\n\n"
           "Tide Table Symposium\n\n"
           "In July, the Tide Table Symposium drew a crowd of fishers and students to the lifeboat station.\n")


def test_a_list_of_parts_and_a_parts_heading_are_no_headline() -> None:
    # the list below the headline is its deck; the heading of the first part repeats one item
    assert analyse(ROUNDUP).headline == "Summer Lectures Fill The Quayside"


def test_a_summary_of_several_lectures_is_no_event() -> None:
    facts = extract_facts(txt_article(ROUNDUP))
    assert facts.value("is_event") is False


def test_a_deck_the_lede_repeats_word_for_word_is_still_no_headline() -> None:
    text = ("Summer Lectures Fill The Quayside\n\n"
            "Harbour Lecture, Tide Table Symposium, and Lighthouse Concert.\n\n"
            "The Harbour Lecture, the Tide Table Symposium and the Lighthouse Concert each drew full "
            "rooms, the harbour trust said in its autumn letter to members.\n")
    assert analyse(text).headline == "Summer Lectures Fill The Quayside"


def test_a_name_in_capitals_with_a_full_stop_over_the_story_is_its_headline():
    layout = analyse("HARBOUR BOARD.\n\nOn Saturday afternoon about 30 of the leading merchants met at the store of "
                     "Messrs. Quinn and Co. to consider a harbour board for the town.\n")
    assert layout.headline == "HARBOUR BOARD."
