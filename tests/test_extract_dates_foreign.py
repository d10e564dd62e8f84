"""An event's date written in another language's style inside an English text: a foreign
month after its day, or any month word glossed with the English month in brackets."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts
from archive.extract.dates import find_mentions

from _extract_helpers import txt_article


def dates(text: str) -> tuple[str | None, str | None]:
    facts = extract_facts(txt_article(text))
    return facts.value("start_date"), facts.value("end_date")


@pytest.mark.parametrize("written, start, end", [
    ("on 12-14 Kasım (November) 2024", "2024-11-12", "2024-11-14"),  # a month word glossed in brackets
    ("on 4 Ağustos (August) 2023", "2023-08-04", "2023-08-04"),
    ("from 12 to 14 Haziran (June) 2025", "2025-06-12", "2025-06-14"),
    ("on 3 de mayo de 2024", "2024-05-03", "2024-05-03"),  # Spanish
    ("del 3 al 5 de junio de 2023", "2023-06-03", "2023-06-05"),
    ("le 12 mars 2024", "2024-03-12", "2024-03-12"),  # French
    ("du 3 au 5 octobre 2024", "2024-10-03", "2024-10-05"),
    ("on 15 März 2025", "2025-03-15", "2025-03-15"),  # German
    ("on 7 settembre 2022", "2022-09-07", "2022-09-07"),  # Italian
    ("nos dias 15 e 16 de maio de 2022", "2022-05-15", "2022-05-16"),  # Portuguese
    ("on 21 oktober 2021", "2021-10-21", "2021-10-21"),  # Dutch
])
def test_a_foreign_style_date_is_the_events(written, start, end):
    text = ("Restorers meet in the old town\n\n"
            f"The regional conference on timber restoration was held {written} at the town hall, "
            "bringing together about 80 craftspeople and architects.\n\n"
            "It was organised by the Guild of Restorers.\n\nSessions covered plaster and roofs.")
    assert dates(text) == (start, end)


@pytest.mark.parametrize("text", [
    "The 3 Mars rovers sent pictures home.",  # a planet after a count
    "Marco 3 and his team won the final.",  # a name before a number
    "She has 12 (May) in brackets for no reason.",
    "They took 3 a 5 minutes each.",
    "Room 12 de la Salle was full.",
])
def test_no_date_is_read_from_words_that_only_look_foreign(text):
    assert find_mentions(text) == []


def test_a_german_day_with_its_full_stop_is_read():
    (men,) = find_mentions("Die Tagung fand am 15. März 2025 statt.")
    assert men.start == (2025, 3, 15)


def test_the_evidence_quotes_the_date_as_written():
    (men,) = find_mentions("It was held on 7 settembre 2022 in Turin.")
    assert men.text == "7 settembre 2022"
    assert men.start == (2022, 9, 7)


@pytest.mark.parametrize("written, later, start", [
    # a slashed day whose day and month cannot be told apart blocks a weaker date
    ("on 04/03/2024", "Certificates were handed out to the trainees on 12 March 2024.", None),
    ("on 5/6/2023", "A report on the course appeared in the newsletter on 20 June 2023.", None),
    ("on Tuesday 03/04/2024", "Photos of the session were shared by the team on 9 April 2024.", None),
    ("from 06/07/2022", "The trainers returned to the capital on 14 July 2022.", None),
    # the text's other slashed dates show the order
    ("on 04/03/2024", "Certificates were handed out on 23/03/2024.", "2024-03-04"),
    ("on 4/3/2024", "Certificates were handed out on 3/23/2024.", "2024-04-03"),
    # a day above 12 tells the order by itself
    ("on 14/03/2024", "Certificates were handed out to the trainees on 20 March 2024.", "2024-03-14"),
])
def test_an_ambiguous_slashed_day_blocks_a_weaker_date(written, later, start):
    text = ("Health workers trained in first response\n\n"
            f"A training workshop on emergency first response was held {written} at the district hospital, "
            "with 30 nurses taking part.\n\nIt was organised by the District Health Office.\n\n"
            "Trainees practised on manikins.\n\n" + later)
    assert dates(text)[0] == start


@pytest.mark.parametrize("page, sentence, start", [
    # a day written as an ordinal alone is a day of the page date's month, or of the month before
    ("Tuesday, 20 June 2024", "The workshop was held on the 12th at the showground.", "2024-06-12"),
    ("Tuesday, 20 June 2024", "The workshop, held on the 25th, drew 60 farmers.", "2024-05-25"),
    ("June 20, 2024", "Farmers gathered at the showground on the 3rd for the workshop.", "2024-06-03"),
    ("20/06/2024", "The workshop ran from the 1st, with 60 farmers taking part.", "2024-06-01"),
    # the future: the next such day
    ("Tuesday, 20 June 2024", "The workshop will be held on the 2nd at the showground.", "2024-07-02"),
    ("Tuesday, 20 June 2024", "The workshop will be held on the 28th at the showground.", "2024-06-28"),
    # an ordinal that is no day
    ("Tuesday, 20 June 2024", "The workshop was held on the 12th floor of the county offices.", None),
    ("Tuesday, 20 June 2024", "The workshop was held for the 5th time at the showground.", None),
])
def test_an_ordinal_day_takes_the_page_dates_month(page, sentence, start):
    text = ("Valley News\n" + page + "\n\nFarmers learn soil testing\n\n" + sentence
            + "\n\nIt was organised by the Soil Society.\n\nFarmers tested samples from their fields.")
    assert dates(text)[0] == start


def test_an_ordinal_day_without_a_page_date_stays_empty():
    text = ("Farmers learn soil testing\n\nThe workshop was held on the 12th at the showground.\n\n"
            "It was organised by the Soil Society.")
    assert dates(text) == (None, None)
