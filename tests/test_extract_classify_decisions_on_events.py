"""Two ways an opening looked like an event and was none. A decision taken at a meeting about
an event to come ("approved N$3.5 million towards the marathon, scheduled for June"): the event
named after the verb is what was decided on, not what took place. And "meet" or "welcome" with
a thing for object ("failed to meet service standards", "welcomed the ruling") is no gathering,
even under a dateline that gives a day."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

DECISIONS = [
    "The Lindale Town Council, at its ordinary meeting held on Wednesday, approved an allocation of "
    "$350,000 towards the hosting of the 2026 Lindale Marathon, scheduled for Sunday, 7 June 2026.",
    "At its monthly meeting held on 3 March 2025, the Lindale council voted to fund the summer fair.",
    "The county board, at its meeting on Tuesday, approved a grant of $20,000 for next year's jazz festival.",
    "Meeting on Monday, the district committee agreed to cover the costs of the regional youth games in May.",
    "The parish council at its March meeting endorsed plans for a village carnival on 14 June 2025.",
]


@pytest.mark.parametrize("lede", DECISIONS)
def test_a_decision_about_an_event_is_no_event(lede: str) -> None:
    facts = extract_facts(txt_article(f"Council news\n\n{lede}\n\nThe vote was unanimous.\n"))
    assert facts.value("is_event") is not True


THINGS_MET = [
    "KISUMU, Nov 28 — The water regulator has fined Lakeside Water Ltd KSh 2.5 million for failing to "
    "meet minimum service standards during a series of outages earlier this year.",
    "NAKURU, Nov 28 — The plan met with stiff opposition from traders, the county said.",
    "ELDORET, Nov 28 — Farmers welcomed the decision to lower fertiliser prices, the ministry said.",
    "MOMBASA, Nov 28 — The port failed to meet its cargo targets for the third quarter, figures show.",
    "THIKA, Nov 28 — Unions welcomed the court's ruling on overtime pay for hospital staff.",
]


@pytest.mark.parametrize("lede", THINGS_MET)
def test_meeting_a_standard_is_no_gathering(lede: str) -> None:
    facts = extract_facts(txt_article(f"Business news\n\n{lede}\n"))
    assert facts.value("is_event") is not True


@pytest.mark.parametrize("lede", [
    "NAKURU, Nov 28 — Residents met at the market square on Saturday to discuss the budget.",
    "NAKURU, Nov 28 — Elders welcomed the governor at the market square on Saturday.",
])
def test_people_who_met_still_gathered(lede: str) -> None:
    assert extract_facts(txt_article(f"Town news\n\n{lede}\n")).value("is_event") is True
