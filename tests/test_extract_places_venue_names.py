"""A town read from a venue's name alone: only after an institution's name or acronym ("at KEFRI
Kitui"), never from a person's name or a venue kind's own name ("at Morgan Lewis", "at Teatro
Independencia"), never from a longer proper name it opens ("the Lakeside Peace Stupa"), and it yields
to a dateline's town. Plus the place of a later edition ("the next one is to be held in X")."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(text: str) -> tuple[str | None, str | None]:
    f = extract_facts(txt_article(text))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("text, wrong", [
    # a venue kind and its own name, or a person's name: the last word is no town
    ("Film night\n\nResidents brought chairs to a free open-air screening held on 3 May 2024 at Morgan Lewis.\n",
     "Lewis"),
    ("Film festival\n\nThe closing gala of the film festival took place on 3 May 2024 at Teatro Independencia.\n",
     "Independencia"),
    ("Poetry night\n\nThe poetry night was held on 3 May 2024 at Café Paris, with 40 readers.\n", "Paris"),
    ("Jazz concert\n\nThe jazz concert was held on 3 May 2024 at Hotel Florida, where 200 people danced.\n",
     "Florida"),
    ("Cup final\n\nThe cup final was played on 3 May 2024 at Estadio Libertad before 9,000 fans.\n", "Libertad"),
    # a town's name opening a longer proper name
    ("Vigil for guides\n\nHundreds of guides held a candlelight vigil on 3 May 2024 at the Lakeside Peace Stupa"
     " gate.\n", "Lakeside"),
    ("Gala dinner\n\nThe gala dinner was held on 3 May 2024 at the Richmond Rowing Club Boathouse's"
     " terrace.\n", "Richmond"),
    # a Portuguese or Spanish place kind before "de/do": "Praia" is no town there
    ("Canoe festival\n\nVisitors watched the carving of a canoe at the festival held on 3 May 2024 at the Praia"
     " do Puruba quilombo.\n", "Praia"),
    ("Turtle day\n\nVolunteers met on 3 May 2024 at the Playa de los Muertos for the turtle release day.\n",
     "Playa"),
])
def test_no_town_from_a_venues_own_name(text, wrong):
    assert place(text)[0] != wrong


@pytest.mark.parametrize("text, city, country", [
    # an institution's acronym or head word before its town
    ("Seed fair\n\nFarmers met on 3 May 2024 at KEFRI Kitui for the seed fair.\n", "Kitui", "KE"),
    ("Job fair\n\nThe job fair was held on 3 May 2024 at Moi University Eldoret.\n", "Eldoret", "KE"),
    # the dateline's town over one read from a venue's name
    ("Workers march\n\nPIETERMARITZBURG — Several thousand workers marched on 3 May 2024; the march began at"
     " the Alexandra Park sports grounds.\n", "Pietermaritzburg", "ZA"),
    ("Vigil held\n\nPOKHARA: Hundreds of guides held a vigil on 3 May 2024 at the Lakeside Peace Stupa"
     " gate.\n", "Pokhara", "NP"),
    ("Trade fair\n\nNAKURU, Kenya — The trade fair opened on 3 May 2024 at the Mombasa Gardens Hotel, with 90"
     " exhibitors.\n", "Nakuru", "KE"),
])
def test_a_venues_town_and_the_datelines(text, city, country):
    assert place(text) == (city, country)


@pytest.mark.parametrize("text, wrong", [
    ("Drylands symposium\n\nThe symposium was held on 3 May 2025 in Mendoza. Its fourth edition will be held in"
     " 2027 in La Serena.\n", "La Serena"),
    ("Book fair\n\nThe book fair opened on 3 May 2025 in Arequipa. Its next edition would be held in Cusco.\n",
     "Cusco"),
])
def test_a_later_editions_place(text, wrong):
    assert place(text)[0] != wrong
