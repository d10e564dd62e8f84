"""Organisation roles, round 3: phrasings generalised beyond the dev sets, in sentences of our own."""

from __future__ import annotations

import pytest

from _extract_helpers import org_roles

orgs = org_roles


@pytest.mark.parametrize("sentence, organizers", [
    ("The fair was organised by the college's Department of Music and the Eastport Choral Society.",
     ["Department of Music", "Eastport Choral Society"]),
    ("The fair was hosted by its Office for Public Outreach.", ["Office for Public Outreach"]),
])
def test_lower_case_owner_before_the_name_is_skipped(sentence, organizers):
    assert orgs(sentence) == (organizers, [], [])
