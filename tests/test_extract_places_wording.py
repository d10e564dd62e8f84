"""Wording that says where a name stands: a venue's Romance head word ("Centro de ..."), a French
"à" before a campus town, a campus named by its town after an owner ("the college's X campus"),
and a place where something was measured, not where people met."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(body: str, headline: str = "Engineers share ideas on coastal water") -> tuple[str | None, str | None]:
    f = extract_facts(txt_article(headline + "\n\n" + body + "\n"))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("body, city, country", [
    # "Centro de ..." is a venue's head, not the town Centro; the dateline gives the town
    ("CUSCO, Peru — The Andean Irrigation Forum met on 14 November 2023 at the Centro de Eventos Wayna "
     "Picchu, where 300 delegates gathered.", "Cusco", "PE"),
    # a French "à" names the campus town
    ("The Coastal Ice Colloquium was held on 3 October 2024 at the Université du Québec à Chicoutimi "
     "(UQAC), with 150 participants.", "Chicoutimi", "CA"),
    # a campus named by its town after its owner
    ("The Coastal Ice Colloquium ran on 3 October 2024 on the polytechnic's Invercargill campus, with "
     "150 participants. A field trip to Dunedin is planned next year.", "Invercargill", "NZ"),
])
def test_the_wording_names_the_town(body, city, country):
    assert place(body) == (city, country)


@pytest.mark.parametrize("body", [
    "More than 90 hydrologists took part in the network's first seminar of the year on 11 March 2026, "
    "which looked at the flood recorded at Nadi in January.",
    "More than 90 hydrologists took part in the network's opening webinar of 2026, a review of "
    "the floods of 2025.\n\nParticipants joined virtually from Samoa and Tonga. Presenters walked through "
    "the flood sequence recorded at Nadi in January.",
])
def test_a_place_where_something_was_measured_is_not_the_event_place(body):
    assert place(body) == (None, None)
