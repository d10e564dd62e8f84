"""Event or not: kinds of event named by words the noun list lacked, and events called off
or turned down."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def _is_event(text: str) -> bool | None:
    return extract_facts(txt_article(text)).value("is_event")


@pytest.mark.parametrize("name", ["Coastal Colloquium", "Colloque des Sciences", "Founders Meetup",
                                  "Export Roadshow"])
def test_a_colloquium_meetup_or_roadshow_is_an_event_noun(name):
    text = ("Scientists meet by the sea\n\nFor three days the marine institute turned its campus into a meeting"
            f" ground for researchers and fishers.\n\nThe Hillford {name}, held 14–16 May 2024 at the"
            " Hillford Marine Institute, drew 120 registered participants.")
    f = extract_facts(txt_article(text))
    assert f.value("is_event") is True
    assert (f.value("start_date"), f.value("end_date")) == ("2024-05-14", "2024-05-16")


@pytest.mark.parametrize("text", [
    # called off, with the days it had been planned for
    "Lakeside music weekend off\n\nThe Marrow Lake Folk Festival, held every June at Marrow Park since 1990, will"
    " not go ahead in 2025, its board said on Monday, after the loss of its main sponsor.",
    "Hillford news\n\nOrganisers have cancelled the Hillford Kite Festival planned for 12 April because the"
    " seafront is still closed after the storm.",
    "Riverside notes\n\nThe annual riverside fair, to be held on 3 May at Mill Green, has been postponed"
    " indefinitely while the embankment is repaired, the town council said.",
    # a proposal for an event turned down
    "Square stays open\n\nEastport councillors on Tuesday rejected a request to close the market square for a"
    " charity fun run to be held on 20 July 2025.",
    "No permit for march\n\nThe city authorities on Friday refused a permit for a protest march that campaigners"
    " had planned to hold at Union Square on 14 September 2025.",
])
def test_events_called_off_or_turned_down_are_no_events(text):
    assert _is_event(text) is False


@pytest.mark.parametrize(("off", "moved"), [
    ("The Hillford Craft Fair, to be held on 12 April 2025 at the Town Hall, has been postponed because of the storm.",
     "The Hillford Craft Fair, postponed because of the storm, will now be held on 12 April 2025 at the Town Hall."),
    ("The spring concert at the Eastport Arts Centre on 17 May 2025 has been postponed until further notice.",
     "The spring concert has been postponed to Saturday, 17 May 2025, at the Eastport Arts Centre."),
    # a cancellation of another year's edition is background
    ("The Hillford Kite Festival, to be held on Sunday at the beach, was called off on Friday because of high winds.",
     "About 3,000 visitors attended the Hillford Kite Festival on Sunday, two years after the festival was"
     " cancelled in 2022 because of high winds."),
])
def test_a_postponement_to_a_new_day_or_another_years_cancellation_keeps_the_event(off, moved):
    assert (_is_event("Notice\n\n" + off), _is_event("Notice\n\n" + moved)) == (False, True)
