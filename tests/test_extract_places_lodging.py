"""A chain's hotel named by its town after the brand's word: "the Novotel Lusaka Hôtel Centrale"."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(text: str) -> tuple[str | None, str | None, str | None]:
    f = extract_facts(txt_article("Investment forum opens\n\n" + text + "\n"))
    return f.value("city"), f.value("country"), f.value("venue")


@pytest.mark.parametrize("text, city, country, venue", [
    ("The investment forum took place on 3 May 2024 at the Radisson Blu Hotel Nairobi, with delegates "
     "from Kenya and Uganda.", "Nairobi", "KE", "Radisson Blu Hotel Nairobi"),
    ("Some 300 delegates gathered at the Hilton Kampala hotel on 3 May 2024 for the forum, the first in "
     "Uganda.", "Kampala", "UG", "Hilton Kampala"),
    ("The fintech summit closed on 3 May 2024 at the Novotel Lusaka Hôtel Centrale with a call for one "
     "licence across Zambia.", "Lusaka", "ZM", "Novotel Lusaka Hôtel Centrale"),
])
def test_a_hotel_named_by_its_town(text, city, country, venue):
    assert place(text) == (city, country, venue)


def test_a_hotel_town_must_lie_in_a_country_the_text_names():
    # Kampala is no town of Kenya: the hotel's name says nothing of the place
    assert place("The investment forum took place on 3 May 2024 at the Hilton Kampala hotel, with "
                 "delegates from Kenya.")[0] is None
    assert place("The investment forum took place on 3 May 2024 at the Hilton Kampala hotel, with "
                 "delegates from Uganda.")[0] == "Kampala"
