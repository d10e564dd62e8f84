"""Event or not, round 4: kinds of event named by words the noun list lacked."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


@pytest.mark.parametrize("name", ["Coastal Colloquium", "Colloque des Sciences", "Founders Meetup",
                                  "Export Roadshow"])
def test_a_colloquium_meetup_or_roadshow_is_an_event_noun(name):
    text = ("Scientists meet by the sea\n\nFor three days the marine institute turned its campus into a meeting"
            f" ground for researchers and fishers.\n\nThe Hillford {name}, held 14–16 May 2024 at the"
            " Hillford Marine Institute, drew 120 registered participants.")
    f = extract_facts(txt_article(text))
    assert f.value("is_event") is True
    assert (f.value("start_date"), f.value("end_date")) == ("2024-05-14", "2024-05-16")
