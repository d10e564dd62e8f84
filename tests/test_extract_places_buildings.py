"""A town after a building's name ("... College in X", "... Hospital in X") is the event's town when
the sentence puts people in, at or inside the building; an organisation's branch so named is not."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(text: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article(text))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("text, city, country", [
    ("Students code through the night\n\nPast midnight on Sunday, the lecture hall of the State Engineering"
     " College in Thrissur was still lit as 27 teams worked on the hackathon.\n", "Thrissur", "IN"),
    ("Minister tours hospitals\n\nThe minister yesterday undertook a working visit during which he toured"
     " Lewanika General Hospital in Mongu and met health workers.\n", "Mongu", "ZM"),
    ("Science fair\n\nThe science fair was held on 4 May 2024 in the great hall of the Technical University"
     " in Brno.\n", "Brno", "CZ"),
    ("Heritage day\n\nAbout 300 visitors queued on Saturday inside the National Library in Riga for the"
     " open day.\n", "Riga", "LV"),
    ("Careers fair\n\nThe careers fair took place on the grounds of St Joseph's School in Nyeri on"
     " 10 May 2024.\n", "Nyeri", "KE"),
    ("Concert for peace\n\nSome 500 people gathered on 2 June 2024 in the courtyard of the City Museum in"
     " Ljubljana for the concert.\n", "Ljubljana", "SI"),
    ("Delegates visit\n\nThe delegation visited the Regional Referral Hospital in Mbarara on 3 May 2024"
     " during the health week.\n", "Mbarara", "UG"),
    ("Symposium opens\n\nThe symposium opened on 9 September 2024 in the auditorium of Makerere University"
     " in Kampala.\n", "Kampala", "UG"),
    ("Book festival\n\nReaders filled the foyer of the Central Library in Dunedin on Saturday 4 May 2024 for"
     " the opening of the book festival.\n", "Dunedin", "NZ"),
])
def test_a_town_after_a_building_people_are_in(text, city, country):
    assert place(text) == (city, country)


@pytest.mark.parametrize("text, wrong", [
    # an organisation named with its branch's town, in another role
    ("Seminar on cancer\n\nThe seminar, organised by the Medical College in Kozhikode, was held at a hotel"
     " on 3 May 2024.\n", "Kozhikode"),
    ("Prize day\n\nThe principal of the Girls' High School in Eldoret said the prize day on 3 May 2024 drew"
     " many parents.\n", "Eldoret"),
    ("Training on elections\n\nThe OSCE Office in Dushanbe organised the training for 30 observers on"
     " 3 May 2024.\n", "Dushanbe"),
    ("Water forum\n\nThe forum on 3 May 2024 was backed by the Regional Hospital in Mbale and by local"
     " traders.\n", "Mbale"),
])
def test_an_organisation_named_with_its_town_is_not_the_place(text, wrong):
    assert place(text)[0] != wrong
