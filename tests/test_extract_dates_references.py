"""Reference dates a text gives about itself outside its opening lines, and datelines written
in other languages: what a weekday or a day without a year is read against."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def dates(text: str) -> tuple[str | None, str | None]:
    facts = extract_facts(txt_article(text))
    return facts.value("start_date"), facts.value("end_date")


@pytest.mark.parametrize("foot, start", [
    ("By Anna Field | Published Tuesday, March 12, 2024", "2024-03-09"),
    ("Posted on 14/03/2024", "2024-03-09"),
    ("Published: 12 March 2024 at 09:30", "2024-03-09"),
    ("Posted on 04/03/2024", None),  # day and month cannot be told apart: no reference
])
def test_a_published_line_at_the_foot_dates_a_weekday(foot, start):
    text = ("Runners crowd the lakeside track\n\n"
            "Hundreds of runners took part in the spring relay at the Marlow Lake track on Saturday, "
            "the club said.\n\nThe relay was organised by the Marlow Harriers.\n\n"
            "Teams of four ran a mile each around the water.\n\nThe fastest team came from Wexby.\n\n"
            + "".join(f"Team {n} finished in {n + 20} minutes.\n\n" for n in range(1, 12)) + foot)
    assert dates(text) == (start, start)


@pytest.mark.parametrize("sentence, start, end", [
    ("The Harbour Lights Festival, which was to open in Portree on 5 July 2025, has been postponed to "
     "20-22 August 2025 because of a ferry strike.", "2025-08-20", "2025-08-22"),
    ("The county show, originally set for 14 June 2024, will be held in Carrow on 21 June 2024 instead.",
     "2024-06-21", "2024-06-21"),
    ("Planned for 2 May 2023, the Tarn valley cycling rally was rescheduled for 9 May 2023 after heavy rain.",
     "2023-05-09", "2023-05-09"),
])
def test_the_new_dates_of_a_postponed_event_beat_the_first_ones(sentence, start, end):
    assert dates("Festival moves after strike\n\n" + sentence) == (start, end)


@pytest.mark.parametrize("dateline, start", [
    ("GENÈVE, 14 mars 2024 (AFP) -", "2024-03-12"),
    ("MADRID, 14 de marzo de 2024 -", "2024-03-12"),
    ("Hamburg, 14. März 2024 –", "2024-03-12"),
    ("OAXACA (Oaxaca), 14 de marzo de 2024. –", "2024-03-12"),
])
def test_a_dateline_in_another_language_dates_a_weekday(dateline, start):
    text = ("Beekeepers meet by the lake\n\n" + dateline +
            " Some sixty beekeepers attended a workshop on hive health held on Tuesday in the old market hall.")
    assert dates(text) == (start, start)


@pytest.mark.parametrize("sentence, start", [
    ("Entries open from 1 April to 30 April 2025 for the Wexby fun run, which will be held on 18 May 2025.",
     "2025-05-18"),
    ("Runners must register with the club by 10 May 2025 to take part in the Wexby fun run, which will be "
     "held on 18 May 2025.", "2025-05-18"),
    ("Applications close on 2 May 2025, and the Wexby fun run itself takes place on 18 May 2025.",
     "2025-05-18"),
])
def test_a_registration_window_or_deadline_is_not_the_events_day(sentence, start):
    assert dates("Fun run returns\n\n" + sentence) == (start, start)


@pytest.mark.parametrize("sentence, start, end", [
    ("The coding marathon ran from 7 p.m. on Friday 3 October until 7 a.m. on Saturday 4 October 2025 in the "
     "Kelso library.", "2025-10-03", "2025-10-04"),
    ("The vigil began at 18:00 on Saturday 11 April and ended at noon on Sunday 12 April 2026 in Wexby.",
     "2026-04-11", "2026-04-12"),
])
def test_an_opening_and_a_closing_day_with_their_times_are_one_span(sentence, start, end):
    assert dates("Night owls code till dawn\n\n" + sentence) == (start, end)


def test_what_follows_a_comma_after_the_date_speaks_of_the_event():
    text = ("Fiddlers fill the square\n\nThe Wexby Folk Weekend took place in the town square from 6 to 8 June "
            "2025, the first edition since the hall closed.\n\nSome 300 people attended a preview concert "
            "on 1 May 2025.")
    assert dates(text) == ("2025-06-06", "2025-06-08")


@pytest.mark.parametrize("text, dates", [
    # an event's noun as the subject of a passive "conducted": the days are the event's
    ("Health workshops\n\nConsultative workshops were conducted in Eastport between June 22 and June 24, 2021. "
     "The last one concluded on June 24, 2021.\n", ("2021-06-22", "2021-06-24")),
    ("Health workshop\n\nA consultative workshop was conducted in Eastport between June 22 and June 24, 2021.\n",
     ("2021-06-22", "2021-06-24")),
    # interviews conducted on those days are not the event
    ("Survey results\n\nThe fair drew crowds. Interviews were conducted in Eastport between June 22 and "
     "June 24, 2021.\n", (None, None)),
])
def test_conducted_dates_the_event_only_when_the_event_was_conducted(text, dates):
    facts = extract_facts(txt_article(text))
    assert (facts.value("start_date"), facts.value("end_date")) == dates


@pytest.mark.parametrize("text, dates", [
    # the dateline's sentence says the event ended and gives no day: it ended on the dateline's day
    ("Workshop ends\n\nEASTPORT, APRIL 20, 2019 – The three-day workshop on child safety organised by the "
     "harbour trust ended on a high note with 45 participants.\n", ("2019-04-18", "2019-04-20")),
    # an event held that the sentence does not say ended gets no day from the dateline
    ("Workshop\n\nEastport, 20 April 2019 – The harbour trust held a workshop on child safety with 45 "
     "participants.\n", (None, None)),
    # nor one that will have ended
    ("Workshop\n\nEastport, 20 April 2019 – The three-day workshop on child safety will have ended by the time "
     "the report is out.\n", (None, None)),
])
def test_an_event_ending_in_the_datelines_sentence_ends_on_its_day(text, dates):
    facts = extract_facts(txt_article(text))
    assert (facts.value("start_date"), facts.value("end_date")) == dates
