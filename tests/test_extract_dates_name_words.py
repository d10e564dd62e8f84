"""Words that put a day in another time ("future", "next", "previous", "earlier") say nothing of
time when they are words of a name: "the Future Farmers Expo opens today" is today's news, and
"the Next Generation Forum, held on 3 March" was held that day."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

NAMES = ["Future Farmers Expo", "Next Generation Forum", "Future Cities Summit", "Previous Winners Cup",
         "Earlier Years Teachers Conference"]


@pytest.mark.parametrize("name", NAMES)
def test_today_in_a_dateline_story_about_a_named_event(name: str) -> None:
    text = (f"{name} opens\n\nNAKURU, March 3, 2025 -- The {name} 2025 opens today at the Lakeside "
            "Hall in Nakuru, bringing together 400 delegates for three days.\n")
    facts = extract_facts(txt_article(text))
    assert (facts.value("start_date"), facts.value("end_date")) == ("2025-03-03", "2025-03-05")


@pytest.mark.parametrize("cue", ["the next edition", "the previous edition"])
def test_a_lower_case_cue_still_marks_another_time(cue: str) -> None:
    text = ("Farmers meet in Nakuru\n\nMore than 400 farmers attended the Lakeside Farmers Expo in Nakuru "
            f"on 3 March 2025. Organisers said {cue} was held on 10 June 2024.\n")
    assert extract_facts(txt_article(text)).value("start_date") == "2025-03-03"
