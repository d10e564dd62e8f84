"""The document-structure step: furniture, page dates, datelines and the headline (or none).

Every text here is written for the test, in the style of pages saved from news sites.
"""

from __future__ import annotations

import datetime as dt

import pytest

from archive.extract import extract_facts
from archive.extract.structure import analyse, is_page_date_line, opening_dateline

from _extract_helpers import txt_article

LEDE = ("The city council hosted a public meeting on road safety at the Town Hall on "
        "Monday, with more than 60 residents in attendance.")


@pytest.mark.parametrize("top, headline", [
    # navigation and section labels before the headline
    ("Skip to main content\nHome › News › Local\nCouncil meeting puts road safety first", "Council meeting puts road safety first"),
    ("Close this search box.\nShare This Post\nCouncil meeting puts road safety first", "Council meeting puts road safety first"),
    ("Estimated read time: 2 minutes\nCouncil meeting puts road safety first", "Council meeting puts road safety first"),
    # a page date between the headline and the lede, or above it
    ("All news\n4 March 2019\nCouncil meeting puts road safety first", "Council meeting puts road safety first"),
    ("Council meeting puts road safety first\nTuesday, 05/03/2019 09:15", "Council meeting puts road safety first"),
    # the site's name after a bar, and a repeated headline after the site's prefix
    ("Council meeting puts road safety first | Riverside Gazette", "Council meeting puts road safety first"),
    ("Riverside Gazette: Local: Council meeting puts road safety first\nMonday, March 4, 2019\n"
     "Council meeting puts road safety first", "Council meeting puts road safety first"),
    # a page date glued to the end of the headline
    ("Council meeting puts road safety first (4 March 2019, Town Hall) March 6, 2019",
     "Council meeting puts road safety first (4 March 2019, Town Hall)"),
    # a photo caption above the headline
    ("Residents at the meeting (file pic).\nCouncil meeting puts road safety first", "Council meeting puts road safety first"),
    # the line that shares the lede's words wins over a section label
    ("Transport\nRoad policy - Local matters\nCouncil hosts public meeting on road safety", "Council hosts public meeting on road safety"),
    # the site's name (which the lede repeats) above its menu or a section's name
    ("City Council\nHome  Services  Contact\nResidents speak up for safer roads", "Residents speak up for safer roads"),
    ("City Council\nMedia releases\nResidents speak up for safer roads", "Residents speak up for safer roads"),
    ("City Council\nNews & Events\nRESIDENTS SPEAK UP FOR SAFER ROADS", "RESIDENTS SPEAK UP FOR SAFER ROADS"),
    # a site's name and its sections between bars, and a menu of sections, above the headline
    ("Riverside Road Watch | Reports\n\nPublished 4 March 2019\n\nResidents speak up for safer roads",
     "Residents speak up for safer roads"),
    ("City of Riverside\nResidents | Business | Council | Recreation\nResidents speak up for safer roads",
     "Residents speak up for safer roads"),
    # a path of sections with arrows, and a menu of names of no section vocabulary
    ("News > Lindale > Transport\n\nResidents speak up for safer roads", "Residents speak up for safer roads"),
    ("Lakeside Road Forum | Knowledge | Members | Past Meetings\n\nResidents speak up for safer roads",
     "Residents speak up for safer roads"),
])
def test_headline_found_below_furniture(top, headline):
    layout = analyse(top + "\n\n" + LEDE + "\n")
    assert layout.headline == headline
    facts = extract_facts(txt_article(top + "\n\n" + LEDE + "\n"))
    assert facts.value("headline") == headline
    assert facts.value("is_event") is True


@pytest.mark.parametrize("text", [
    LEDE + "\n\nThe meeting was the second this year.\n",
    " date 2019-03-05 " + LEDE + "\n",
    "RIVERSIDE - " + LEDE + "\n",
])
def test_a_text_that_opens_with_its_lede_has_no_headline(text):
    layout = analyse(text)
    assert layout.headline == ""
    facts = extract_facts(txt_article(text))
    # the lede is read as the body: the event is found, and the title says where it came from
    assert facts.value("is_event") is True
    assert facts.value("headline").startswith("The city council hosted")
    assert any("no headline" in w for w in facts.warnings)


def test_page_date_marker_is_a_reference_date():
    text = " date 2019-03-05 The city council hosted a public meeting on road safety at the Town Hall on Monday.\n"
    layout = analyse(text)
    assert layout.page_date == dt.date(2019, 3, 5)
    facts = extract_facts(txt_article(text))
    assert facts.value("published") == "2019-03-05"
    assert facts.value("start_date") == "2019-03-04"  # the Monday before the page date


@pytest.mark.parametrize("line, expected", [
    ("Saturday, 09/03/2019 08:00", dt.date(2019, 3, 9)),  # the weekday decides day and month
    ("News | 14 November 2016", dt.date(2016, 11, 14)),
    ("Jul 26 2013", dt.date(2013, 7, 26)),
    ("Updated 2 days ago", None),
])
def test_page_date_lines(line, expected):
    layout = analyse("Council meeting puts road safety first\n" + line + "\n\n" + LEDE)
    assert layout.page_date == expected


def test_ambiguous_page_date_still_gives_the_year():
    layout = analyse("Council meeting puts road safety first\n05/03/2019 08:00\n\n" + LEDE)
    assert layout.page_date is None
    assert layout.page_year == 2019


@pytest.mark.parametrize("line, yes", [
    ("15 February 2011", True),
    ("Monday, March 4, 2019, 6:24am", True),
    ("Council meeting on 4 March 2019 puts road safety first for the whole district", False),
])
def test_is_page_date_line(line, yes):
    assert is_page_date_line(line) is yes


@pytest.mark.parametrize("text, place", [
    ("RIVERSIDE - The council met on Monday.", "RIVERSIDE"),
    ("RIVERSIDE: The council met on Monday.", "RIVERSIDE"),
    ("Riverside (RNA) - The council met on Monday.", "Riverside"),
    ("BOGOTA, Colombia - Officers met on Monday.", "BOGOTA"),
    (", NAIROBI, Kenya, Apr 11 – The county met on Monday.", "NAIROBI"),
    ("Photos: The council met on Monday.", None),  # a label with a colon is no dateline
])
def test_opening_dateline(text, place):
    assert opening_dateline(text) == place


@pytest.mark.parametrize("text, place", [
    # a wire service's dateline line: not the headline, and its city is not the venue
    (" date 2022-04-25 Hillford, April 25, NEWSWIRE\n\nThe Migration Office jointly with the State Service have "
     "organized a regional hybrid workshop for the network of experts.", None),
    # the same line with no agency may name the venue
    ("Hillford, April 25\n\nThe Migration Office jointly with the State Service have organized a regional "
     "workshop for the network of experts.", "Hillford"),
])
def test_a_line_that_is_only_a_dateline(text, place):
    layout = analyse(text)
    assert not layout.headline
    assert layout.dateline_place == place


def test_a_us_state_after_a_town_does_not_end_the_sentence():
    f = extract_facts(txt_article("SAVANNAH, Ga. (WSAV) — The city and its fire department held a memorial service "
                                  "for the former chief on 4 May 2021."))
    assert not f.value("headline").startswith("SAVANNAH")


def test_a_sites_name_and_section_below_the_headline_is_furniture():
    text = ("Home / News\nStudents map safer streets\nSchool of Planning, Lindale University – News\n\n"
            "Students of the School of Planning of Lindale University presented a street safety map"
            " at a public meeting in the Town Hall on Monday.")
    assert analyse(text).headline == "Students map safer streets"


def test_a_name_in_capitals_with_a_year_is_a_headline_not_a_dateline():
    text = ("Events › Fairs\nLINDALE SEED FAIR 2024\nDate: 3–4 May 2024\nVenue: Town Hall, Lindale\n"
            "Entry: free for members; tickets online\n\n" + LEDE)
    assert analyse(text).headline == "LINDALE SEED FAIR 2024"


def test_an_organisations_name_above_the_headline_is_the_sites_owner():
    text = ("Friends of Lindale Library\nA busy year for our library\n\n"
            "Our volunteers kept the reading room open all winter and ran a story hour for children.")
    assert analyse(text).headline == "A busy year for our library"


def test_a_headline_ending_in_a_bodys_word_with_nothing_above_it_stays():
    text = "Lindale Library\n\n" + LEDE
    assert analyse(text).headline == "Lindale Library"


@pytest.mark.parametrize("top", [
    "Seed fair brings growers to Lindale – Lindale Gazette",
    "Seed fair brings growers to Lindale",
])
def test_a_site_name_after_a_dash_leaves_a_sentence_case_headline(top):
    assert analyse(top + "\n\n" + LEDE).headline == "Seed fair brings growers to Lindale"


@pytest.mark.parametrize("top", [
    "Seed fair opens in Lindale – Mayor Jane Doe",  # a person quoted, not a site
    "Seed Fair Opens In Lindale – Lindale Gazette",  # all in title case: nothing tells them apart
    "Lindale – seed fair draws growers from three counties",  # a place before a dash, no full stop
])
def test_lines_that_stay_whole(top):
    assert analyse(top + "\n\n" + LEDE).headline == top


def test_a_long_sentence_under_the_headline_is_the_lede_whatever_its_verb():
    # no verb of the structure's vocabulary ("asks", "help out"), but 20 words and a full stop:
    # the lede, even when the next paragraph shares more of its words than the headline's
    text = ("Skip to content\nTown of Riverside\nHome > News > Public Notices\n\nPosted: May 6, 2025\n\n"
            "Green spaces get a spring tidy\n\nThe Town of Riverside asks residents, schools and local clubs to"
            " help out at this year's clean-up day on Saturday, May 17.\n\nResidents and local clubs will meet at"
            " the Riverside Market Square pavilion, where schools will hand out gloves.\n")
    assert analyse(text).headline == "Green spaces get a spring tidy"


def test_a_bodys_name_the_lede_repeats_is_not_the_headline_below_it():
    # the lede names the trust in full, which would make its name look like the headline
    text = ("Lindale Valley Rivers Trust\n\nTwelve months of muddy boots\n\n"
            "The Lindale Valley Rivers Trust planted 2,000 willows this year, and the trust's volunteers"
            " cleared the weir at Ashby twice.\n")
    assert analyse(text).headline == "Twelve months of muddy boots"


@pytest.mark.parametrize("top", [
    "Field notes | Lindale Rivers Trust",
    "Annual Review 2023–24 | Lindale Rivers Trust",
])
def test_a_pages_title_above_the_headline_is_not_the_headline(top):
    text = (top + "\n\nVolunteers clear the weir at Ashby\n\n"
            "Members of the Lindale Rivers Trust spent Saturday at the old mill race near Ashby, in the rain.\n")
    assert analyse(text).headline == "Volunteers clear the weir at Ashby"


@pytest.mark.parametrize("line", ["Stadt Lindau – Aktuelles", "Mairie de Lindal | Actualités",
                                  "Gemeente Lindel – Nieuws"])
def test_a_sites_name_and_its_news_section_in_another_language_is_furniture(line):
    kinds = {ln.text: ln.kind for ln in analyse(line + "\n\nLindau job fair\n\n" + LEDE).lines}
    assert kinds[line] == "furniture"


def test_headline_and_site_name_with_no_other_headline_below_stay_the_headline():
    text = ("Volunteers clear the weir at Ashby | Lindale Rivers Trust\n\nBy Ann Price\n\n"
            "Members of the Lindale Rivers Trust spent Saturday at the old mill race near Ashby, in the rain.\n")
    assert analyse(text).headline == "Volunteers clear the weir at Ashby"


@pytest.mark.parametrize("line, date", [
    ("Le Courrier de Lindale — lundi 2 septembre 2024", dt.date(2024, 9, 2)),
    ("Lima, 26 de noviembre de 2023", dt.date(2023, 11, 26)),
    ("Montag, 3. März 2025", dt.date(2025, 3, 3)),
    ("Pubblicato il 14 giugno 2022", dt.date(2022, 6, 14)),
])
def test_page_dates_written_in_other_languages(line, date):
    text = ("Riders climb the pass\n\nSome 2,000 riders set off on Sunday morning from the square in Ashby."
            "\n\n" + line + "\n")
    assert analyse(text).page_date == date

