"""What the sentence after the event's own gives its dates: the year of a start day written
without one, and the closing day ("It ran until ..."); and a sign-up deadline, however far
its day stands from the word "registrations", is no event date."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def dates(text: str) -> tuple[str | None, str | None]:
    facts = extract_facts(txt_article(text))
    return facts.value("start_date"), facts.value("end_date")


_HEAD = "Boats race again on the quay\n\n"


@pytest.mark.parametrize("first, second, start, end", [
    # the start day's year is in the next sentence, which also gives the closing day
    ("Thousands lined the harbour on the 29th of August as crews raced for the regatta.",
     "The festival, which had been paused since 2019, ran until 31 August 2025.",
     "2025-08-29", "2025-08-31"),
    ("Crowds filled the square on 12 June for the opening parade of the town fair.",
     "The fair continued until 15 June 2024, with music every evening.", "2024-06-12", "2024-06-15"),
    ("Hundreds of growers gathered at the showground on March 3 for the farm expo.",
     "The expo ran through March 5, 2023, organisers said.", "2023-03-03", "2023-03-05"),
    ("Some 200 riders took part in the charity ride that set off on the 30th of September.",
     "The ride lasted until the 2nd of October 2022.", "2022-09-30", "2022-10-02"),
    ("Delegates met in the council chamber on 28 December for the youth assembly.",
     "The assembly ran until 2 January 2024.", "2023-12-28", "2024-01-02"),
    # the next sentence only gives the year
    ("Some 300 pupils took part in the science fair on 14 May at the college hall.",
     "The fair was first held on 10 May 2021 and drew twice as many pupils as that in 2021.",
     None, None),
])
def test_the_next_sentence_gives_the_year_and_the_end(first, second, start, end):
    text = _HEAD + first + " " + second + "\n\nIt was organised by the Harbour Trust.\n\nEntry was free."
    assert dates(text) == (start, end)


@pytest.mark.parametrize("sentence, start, end", [
    # the sentence's one year
    ("Some 60 farmers took part in the soil clinic on 12 June, the first of its kind in 2023, organisers said.",
     "2023-06-12", "2023-06-12"),
    # a deadline's year in the next sentence is no year for the event's day
    ("About 60 farmers attended a soil-testing workshop at the showground on 3 June. "
     "Applications for the next one close on 30 June 2024.", None, None),
])
def test_a_year_written_near_the_day(sentence, start, end):
    text = "Farmers learn soil testing\n\n" + sentence + "\n\nIt was organised by the Soil Society."
    assert dates(text) == (start, end)


def test_a_year_more_than_a_month_away_is_not_the_days():
    text = (_HEAD + "Crowds filled the square on 12 June for the opening parade of the town fair. "
            "A new bandstand opened on 1 September 2024.\n\nIt was organised by the Harbour Trust.")
    assert dates(text) == (None, None)


@pytest.mark.parametrize("deadline", [
    "Registrations for the next workshop, to be held in the spring, close on 15 December.",
    "Applications for the autumn intake of the programme, which is free, open on 3 March.",
    "Entries for next year's photo contest must be received by 20 May.",
    "Abstracts for the follow-up meeting in Lisbon are due on 1 June.",
    "Online registration for the 10K, which will again start at the pier, closes on Friday, 10 May.",
    "Early-bird tickets for the winter gala, with dinner included, end on 30 April.",
    "Nominations for the volunteer awards, now in their fifth year, close on the 12th of April.",
    "Bookings for the guided walks, which fill up fast, open on 2 March.",
])
def test_a_sign_up_day_is_not_the_events(deadline):
    text = ("Weavers share their craft\n\nAbout 40 weavers took part in the weaving workshop held at the "
            "village hall.\n\nThe workshop was organised by the Loom Society.\n\n" + deadline
            + "\n\nPublished on 14/10/2024.")
    assert dates(text) == (None, None)


@pytest.mark.parametrize("sentence, start, end", [
    # "close"/"open" with the event as subject stay its dates
    ("The craft fair, held at the showground, closes on 20 October 2024 after a week.", "2024-10-20", "2024-10-20"),
    ("The fair opened on 3 October 2024 at the showground.", "2024-10-03", "2024-10-03"),
])
def test_an_event_that_opens_or_closes_keeps_its_day(sentence, start, end):
    text = "Crowds at the showground\n\n" + sentence + "\n\nIt was organised by the Loom Society."
    assert dates(text) == (start, end)


_PAGE = "Valley Gazette\nMonday, October 13, 2025\n\n"


@pytest.mark.parametrize("body, start, end", [
    # a weekday, a weekend that holds it, and the other day or a two-day length
    ("The rain held off on Saturday for the parade. On Sunday afternoon the field turned to mud.\n\n"
     "Families packed the park last weekend for the two-day harvest festival.",
     "2025-10-11", "2025-10-12"),
    ("Over the weekend, more than 3,000 people visited the county show at the fairground.\n\n"
     "The show opened on Saturday with a cattle parade, and Sunday's sheepdog trials drew the biggest crowd.",
     "2025-10-11", "2025-10-12"),
    ("The two-day craft fair, held at the town hall this past weekend, drew 400 visitors.\n\n"
     "Stallholders said trade was best on Saturday.", "2025-10-11", "2025-10-12"),
    ("About 1,500 people attended the autumn market, which took place on Saturday in the square.\n\n"
     "Over the weekend traders sold out of apples, and on Sunday a brass band played.",
     "2025-10-11", "2025-10-12"),
    # one day only
    ("The one-day harvest fair was held in the park on Saturday and drew 2,000 visitors.\n\nIt was the busiest event of "
     "last weekend, when Sunday's football was rained off.", "2025-10-11", "2025-10-11"),
    # the weekend named is another one
    ("About 200 runners took part in the fun run held on Saturday in the park.\n\n"
     "Next weekend the club will hold a two-day relay, and on Sunday it meets again.",
     "2025-10-11", "2025-10-11"),
    # a weekend, but neither the other day nor two days
    ("About 200 runners took part in the fun run held on Saturday in the park.\n\n"
     "It was a busy weekend for the club, which also cleaned the paths last weekend.",
     "2025-10-11", "2025-10-11"),
])
def test_a_weekend_day_widens_to_the_weekend_the_text_names(body, start, end):
    text = _PAGE + "Crowds in the park\n\n" + body + "\n\nIt was organised by the Valley Committee."
    assert dates(text) == (start, end)
