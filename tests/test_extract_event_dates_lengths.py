"""Event dates: how a length in days stretches a single day (which verb governs the day,
which way a "running until" weekday lies)."""

from __future__ import annotations

from archive.extract import extract_facts

from _extract_helpers import txt_article


def _dates(text: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article(text))
    return f.value("start_date"), f.value("end_date")


def test_the_verb_nearest_the_day_says_whether_it_opens_or_closes_the_stay():
    # "on Saturday for the opening of", though "closed" comes later in the sentence
    text = ("Potters fill the square\n\nHillford, 14 August 2023 – Potters from twelve villages set out their"
            " bowls on Saturday at the opening of the Hillford Clay Market, a two-day fair that closed on Sunday"
            " evening at the Old Square.")
    assert _dates(text) == ("2023-08-12", "2023-08-13")


def test_the_sentence_giving_the_length_may_say_the_day_opened_the_stay():
    text = ("Growers press for prices\n\nHillford, 7 March 2024 – Tea growers filled the parish hall in Hillford"
            " on Thursday to press buyers for better prices.\n\nThe three-day Hillford Tea Forum, which opened at"
            " the Riverside Hotel, was organised by the growers' union.")
    assert _dates(text) == ("2024-03-07", "2024-03-09")


def test_a_fair_running_until_a_weekday_ends_on_the_next_one():
    text = ("Furniture makers court new buyers\n\nLindale, 12 June 2024 – Furniture makers are looking to buyers"
            " from Asia, exhibitors said.\n\nThe four-day Lindale Home Fair, running until Saturday at the Lindale"
            " Exhibition Centre, brings together 300 exhibitors.")
    assert _dates(text) == ("2024-06-12", "2024-06-15")


def test_a_yearless_dateline_day_dates_the_story_not_the_event():
    # the filing day after a place in any case, closed by a colon or a double hyphen
    for dateline in ("HILLFORD, Nov 4:", "Hillford, Nov. 4 (HNA) --"):
        text = (f"Runners take on the hills\n\nPublished: 4 November 2023\n\n{dateline} Local runners swept the"
                " podium at the third Hillford Hills Trail Race, held over two days, which concluded on Friday.")
        assert _dates(text) == ("2023-11-02", "2023-11-03"), dateline
