"""Hard-wrapped plain text reads as the same paragraphs as the unwrapped original (articles
written for these tests)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from archive.extract import extract_facts
from archive.read import parse_article

FIELDS = ("is_event", "headline", "start_date", "end_date", "city", "country",
          "attendance_mode", "organizers", "partners", "funders", "audience_count")

ARTICLES = [
    "Border officials from Central Asian states complete a regional workshop on risk analysis "
    "at land crossings\n\n"
    "ALMATY, 29 March 2023 – Thirty-five customs and border officers from five countries took "
    "part in a regional workshop on risk analysis held in Almaty on 28-29 March 2023, "
    "organized by the Ministry of Justice of Kazakhstan in co-operation with the World Customs "
    "Organization.\n\n"
    "The well-known trainers from the region led practical exercises on profiling cargo and "
    "passengers.\n",

    "Press release\n\n"
    "Librarians from coastal towns trained on the digital preservation of local newspapers\n\n"
    "Some 25 librarians attended a three-day training course on digital preservation in "
    "Mombasa, Kenya, from 3 to 5 October 2022, hosted by the National Library Service with "
    "financial support from the Government of Finland.\n\n"
    "Participants learned how to scan, describe and store fragile newspapers.\n\n"
    "For more information, contact the press office.\n",

    "Mayors and planners discuss flood protection at a two-day conference in Graz\n\n"
    "GRAZ, Austria – A conference on flood protection and river restoration brought together "
    "60 mayors, planners and engineers in Graz on 20 and 21 June 2019.\n\n"
    "It was funded by the Government of Norway and hosted by the Association of Alpine Towns, "
    "which has worked on flood risk for more than twenty years.\n",

    "Nurses complete an emergency care seminar in Accra\n\n"
    "ACCRA, 2 February 2023 — A seminar on emergency and trauma care for 45 nurses from "
    "regional hospitals took place in Accra on 1 February 2023. The Ghana Health Service "
    "organized the seminar together with the Korle Bu Teaching Hospital.\n",

    "Online forum gathers students on climate action\n\n"
    "More than 300 students from secondary schools joined an online forum on climate action "
    "and local energy projects on 9 March 2021, organized by the Green Schools Network in "
    "partnership with the City Council of Porto.\n\n"
    "The recording of the forum is available on the network's web site.\n",
]


def _wrap(text: str, width: int, break_on_hyphens: bool = True) -> str:
    """Each paragraph of ``text`` hard-wrapped at ``width`` columns, as a mail client would."""
    return "\n\n".join("\n".join(textwrap.wrap(para, width, break_on_hyphens=break_on_hyphens,
                                               break_long_words=False))
                       for para in text.strip("\n").split("\n\n")) + "\n"


def _read(text: str):
    return parse_article(Path("a.txt"), text.encode("utf-8"))


def _facts(text: str) -> dict[str, object]:
    facts = extract_facts(_read(text))
    return {name: (fact.value, fact.evidence) if (fact := getattr(facts, name)) else None
            for name in FIELDS}


@pytest.mark.parametrize("width,hyphens", [(60, True), (66, False), (70, True), (78, False)])
@pytest.mark.parametrize("article", range(len(ARTICLES)))
def test_hard_wrapped_text_gives_the_same_facts(article: int, width: int, hyphens: bool) -> None:
    text = ARTICLES[article]
    wrapped = _wrap(text, width, hyphens)
    assert wrapped.count("\n") >= text.count("\n") + 2
    assert _facts(wrapped) == _facts(text)


@pytest.mark.parametrize("width", [60, 72])
def test_wrapped_paragraphs_read_as_the_original_lines(width: int) -> None:
    assert _read(_wrap(ARTICLES[0], width)).text == ARTICLES[0]


@pytest.mark.parametrize("width", [61, 77])
def test_a_word_broken_at_its_hyphen_is_joined_with_the_hyphen(width: int) -> None:
    wrapped = _wrap(ARTICLES[0], width)
    assert "co-\n" in wrapped or "well-\n" in wrapped
    text = _read(wrapped).text
    assert "in co-operation with" in text and "The well-known trainers" in text


def test_a_wrapped_headline_is_one_line() -> None:
    article = _read(_wrap(ARTICLES[2], 64))
    assert article.headline == ("Mayors and planners discuss flood protection at a two-day "
                                "conference in Graz")


def test_short_lines_and_list_items_stay_apart() -> None:
    text = ("Open day at the county hospital\n\n"
            "The hospital opened its wards and laboratories to visitors on 3 May 2017, when\n"
            "staff showed more than 400 visitors how the new emergency unit works and how\n"
            "patients are admitted and treated, from the ambulance bay to the wards and\n"
            "the rooms for families.\n"
            "Programme:\n"
            "- guided tours of the wards\n"
            "- first-aid lessons for children\n"
            "Contact: press office\n")
    assert _read(text).text == (
        "Open day at the county hospital\n\n"
        "The hospital opened its wards and laboratories to visitors on 3 May 2017, when staff "
        "showed more than 400 visitors how the new emergency unit works and how patients are "
        "admitted and treated, from the ambulance bay to the wards and the rooms for families."
        "\nProgramme:\n- guided tours of the wards\n- first-aid lessons for children\n"
        "Contact: press office\n")
    menu = ("Home\nNews\nEvents\n\nCity library hosts author fair\n\n"
            "The city library hosted an author fair with 30 local writers on 4 March 2023.\n")
    assert _read(menu).text == menu


def test_a_line_ending_on_a_function_word_joins_the_next_without_a_wrap_width() -> None:
    text = ("Officials trained\n\nThe seminar was organized by the Ministry of\n"
            "Justice in Astana on 12 May 2022.\n")
    assert "Ministry of Justice in Astana" in _read(text).text


def test_a_hard_wrapped_markdown_body_keeps_its_headings_and_lists() -> None:
    body = _wrap(ARTICLES[3].split("\n\n", 1)[1], 64)
    page = "---\ntitle: Nurses complete an emergency care seminar\n---\n# Seminar\n" + body
    page += "\n## Topics\n- triage\n- burns\n"
    text = parse_article(Path("a.md"), page.encode("utf-8")).text
    assert text == ("Seminar\n" + ARTICLES[3].split("\n\n", 1)[1] + "\nTopics\ntriage\nburns\n")


def test_a_wrapped_line_goes_on_with_a_bracket_or_a_quote() -> None:
    text = ("Seminar on migration data\n\n"
            "Forty statisticians met in Bishkek on 4 May 2021 for a seminar organized by\n"
            "the International Organization for Migration and the Statistics Office\n"
            "(NSO) of the country, who presented their new survey of labour migrants\n"
            "“in the field” to the press.\n")
    assert _read(text).text == (
        "Seminar on migration data\n\nForty statisticians met in Bishkek on 4 May 2021 for a "
        "seminar organized by the International Organization for Migration and the Statistics "
        "Office (NSO) of the country, who presented their new survey of labour migrants "
        "“in the field” to the press.\n")


def test_a_dateline_after_a_full_stop_opens_a_paragraph() -> None:
    text = ("This story is kept in the archive for personal use only and may be out of\n"
            "date; the agency does not update stories once they have been published.\n"
            "KISUMU, Kenya (KNA) – A two-day forum on lake fisheries opened in Kisumu on\n"
            "Monday, bringing together 80 fishermen, traders and county officials from\n"
            "the lake region.\n")
    assert _read(text).text.split("\n") == [
        "This story is kept in the archive for personal use only and may be out of date; the "
        "agency does not update stories once they have been published.",
        "KISUMU, Kenya (KNA) – A two-day forum on lake fisheries opened in Kisumu on Monday, "
        "bringing together 80 fishermen, traders and county officials from the lake region.", ""]


def test_a_name_held_together_by_no_break_spaces_is_one_word_for_the_wrap() -> None:
    name = "Association\u00a0of\u00a0Coastal\u00a0Municipalities"
    text = ("Coastal towns plan for rising seas\n\n"
            "Mayors and planners from twelve towns took part in a workshop on the sea\n"
            f"level held in Durban on 9 May 2022 and organized by the\n{name} with the\n"
            "support of the provincial government and of the national weather service,\n"
            "which presented new flood maps.\n")
    assert "organized by the Association of Coastal Municipalities with the support" in (
        _read(text).text)


def test_paragraphs_written_on_one_line_are_not_taken_for_a_wrap() -> None:
    long = " ".join(["The county held a consultation on its new transport plan on 3 May 2022."] * 4)
    text = ("News | Transport\nCounty consults residents on its transport plan\n"
            "Posted 4 May 2022 at 10:15 | Updated 4 May 2022 at 11:40\n"
            f"{long}\n{long}\n{long}\n{long}\n")
    assert _read(text).text == text
    # while the same plan wrapped at 70 columns reads as one paragraph again
    wrapped = "\n".join(textwrap.wrap(long.strip(), 70))
    assert _read(f"County consults residents\n\n{wrapped}\n").text.split("\n")[2] == long.strip()


def test_a_word_longer_than_the_width_still_wraps_on_to_the_next_line() -> None:
    url = "https://www.example.org/news/2023/05/regional-seminar-on-drought-resilience-final-report"
    text = ("Drought seminar report published\n\n"
            "The report of the regional seminar on drought resilience, held in Dodoma on\n"
            "10 and 11 May 2023 for 50 water officers, can be downloaded from the page\n"
            f"{url}\n"
            "together with the slides of the speakers and the list of all participants.\n")
    assert f"from the page {url} together with the slides" in _read(text).text
