"""Organisation roles, round 4: general phrasings beyond the dev sets, in sentences of our own."""

from __future__ import annotations

import pytest

from _extract_helpers import org_roles

orgs = org_roles


@pytest.mark.parametrize("sentence, organizers", [
    ("The fair was prepared jointly with the Lakeside Heritage Society.", ["Lakeside Heritage Society"]),
    ("The fair was organised this year together with the Northfield District Council.",
     ["Northfield District Council"]),
    ("Its music programme was planned jointly with the Harbour Youth Orchestra.", ["Harbour Youth Orchestra"]),
])
def test_participle_jointly_with_names_a_co_organiser(sentence, organizers):
    assert orgs(sentence) == (organizers, [], [])

