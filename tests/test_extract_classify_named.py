"""An event known by its own name reports an event without a listed event noun."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


@pytest.mark.parametrize("text, name, start", [
    ("Coders build tools for villages\n\nThe Lindale Code Sprint 2023 was held on 2 and 3 December 2023 at the"
     " Lindale Library, with 120 participants.", "Lindale Code Sprint 2023", "2023-12-02"),
    ("A month of street food\n\nThe Ashby Street Food Month, which ran throughout July 2024, drew 40,000"
     " visitors to the old town.", "Ashby Street Food Month", "2024-07"),
    ("Fiddlers fill the pubs\n\nThe Lindale Valley Folk Weekend returned to Ashby from Friday 31 October to"
     " Sunday 2 November 2025, with 60 musicians.", "Lindale Valley Folk Weekend", "2025-10-31"),
])
def test_a_named_event_held_on_a_day_is_an_event(text: str, name: str, start: str) -> None:
    facts = extract_facts(txt_article(text))
    assert facts.value("is_event") is True
    assert facts.value("event_name") == name
    assert facts.value("start_date") == start


@pytest.mark.parametrize("text", [
    # a person who returned, an organisation that was set up, a programme with no day
    "Mayor back in Lindale\n\nMaria de Lopez returned to Lindale on 3 May 2024 after two years abroad.",
    "New trust for the valley\n\nThe Lindale Valley Rivers Trust was set up on 3 May 2024 by four farmers.",
    "Youth scheme grows\n\nThe Lindale Youth Reading Scheme was held up as a model by the council.",
])
def test_names_that_are_not_events_held_are_not_events(text: str) -> None:
    assert extract_facts(txt_article(text)).value("is_event") is False
