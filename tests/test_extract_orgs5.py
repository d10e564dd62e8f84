"""Organisation roles, round 5: organisers named late in the text, in sentences of our own."""

from __future__ import annotations

import pytest

from _extract_helpers import org_roles

#: A lede and two paragraphs that name no organiser: the sentence tested comes well after them.
LONG_LEDE = ("Headline of the article\n\nSome 40 people took part in a craft fair held in Eastport on 5 May 2021.\n\n"
             "Stalls sold baskets, pottery and knitted hats along the harbour wall.\n\n"
             "\"We sold out by noon,\" said one potter, who had travelled from the hills.\n\n")


@pytest.mark.parametrize("sentence, expected", [
    ("The Eastport Weavers Association ran the fair together with the Harbour Trust.",
     (["Eastport Weavers Association", "Harbour Trust"], [], [])),
    ("The Eastport Weavers Association has staged the fair with the Harbour Trust.",
     (["Eastport Weavers Association"], ["Harbour Trust"], [])),
    ("The Department of Culture and Rural Affairs hosted the event.",
     (["Department of Culture and Rural Affairs"], [], [])),
])
def test_subject_of_a_verb_putting_on_the_event_late_in_the_text(sentence, expected):
    assert org_roles(sentence, LONG_LEDE) == expected


@pytest.mark.parametrize("sentence", [
    "Last year the Eastport Weavers Association ran the fair.",  # another edition
    "The Eastport Weavers Association hosted the conference.",  # not the noun of this event
    "The Eastport Weavers Association held talks with the council.",  # no event put on
])
def test_late_subject_needs_this_event(sentence):
    assert org_roles(sentence, LONG_LEDE) == ([], [], [])


@pytest.mark.parametrize("sentence, organizers", [
    ("\"We will be back,\" said Mary Brown of the Eastport Weavers Association, which runs the fair.",
     ["Eastport Weavers Association"]),
    ("\"We will be back,\" said the Director of the Eastport Weavers Association, which stages the fair.",
     ["Eastport Weavers Association"]),
    ("The University of Eastport, which ran the fair, plans another.", ["University of Eastport"]),
])
def test_relative_clause_running_the_event(sentence, organizers):
    assert org_roles(sentence, LONG_LEDE) == (organizers, [], [])


@pytest.mark.parametrize("sentence, partners", [
    ("The Harbour Trust and the Dutch association Groen Dorp were partners of the fair.", ["Harbour Trust", "Groen Dorp"]),
    ("The Lakeside Rowing Club was a key partner in the fair.", ["Lakeside Rowing Club"]),
    ("The farm society LBV, which runs similar fairs in Wales, was technical partner.", ["LBV"]),
])
def test_subject_named_the_events_partner(sentence, partners):
    assert org_roles("The fair was organised by the Eastport Weavers Association. " + sentence, LONG_LEDE) == (
        ["Eastport Weavers Association"], partners, [])


@pytest.mark.parametrize("sentence", [
    "Jane Brown and Tom Smith were partners of the fair.",  # people
    "Most of the Harbour Trust members were partners of the fair.",  # the names do not fill the subject
    "The Harbour Trust is a partner of the Lakes Bank.",  # not of the event
])
def test_partner_subject_must_be_bodies_of_the_event(sentence):
    assert org_roles("The fair was organised by the Eastport Weavers Association. " + sentence, LONG_LEDE) == (
        ["Eastport Weavers Association"], [], [])


@pytest.mark.parametrize("sentence, expected", [
    ("The fair was co-hosted with the Harbour Masters' Forum.", ([], ["Harbour Masters' Forum"], [])),
    ("The fair was organised with the Lakeside Institute of Crafts (LIC).", ([], ["Lakeside Institute of Crafts (LIC)"], [])),
    ("The fair had the partnership of the Lakes Trust.", ([], ["Lakes Trust"], [])),
])
def test_passive_organised_with_and_had_the_partnership_of(sentence, expected):
    assert org_roles(sentence, LONG_LEDE) == expected


@pytest.mark.parametrize("text, names", [
    ("the Lakes Trust and of the University of Eastport (UE), whose students helped.",
     ["Lakes Trust", "University of Eastport (UE)"]),
    ("the Harbour Trust and of UNESCO.", ["Harbour Trust", "UNESCO"]),
    ("the Ministry of Trade and of the Interior.", ["Ministry of Trade"]),  # no second body
])
def test_and_of_starts_a_second_name(text, names):
    from archive.extract.orgnames import scan_names

    assert scan_names(text) == names


@pytest.mark.parametrize("sentence, expected", [
    ("The fair received support from the Valley Livelihoods Mission, which paid for the stall fees.",
     ([], [], ["Valley Livelihoods Mission"])),
    ("Maria Lopez, who paid for her own stall, said the fair went well.", ([], [], [])),  # a person
])
def test_relative_clause_that_pays_names_a_funder(sentence, expected):
    assert org_roles(sentence, LONG_LEDE) == expected


def test_bracket_after_an_organiser_does_not_end_the_list():
    assert org_roles("The fair was organised by the Eastport District Government (Pemda Eastport) together with the "
                     "Valley Weavers Group Association (VWGA).", LONG_LEDE) == (
        ["Eastport District Government", "Valley Weavers Group Association (VWGA)"], [], [])


@pytest.mark.parametrize("text, names", [
    ("Gavi, the Vaccine Alliance.", ["Gavi, the Vaccine Alliance"]),
    ("LBTA, the Lakeside Boat Trade Association, with the Harbour Trust.", ["LBTA, the Lakeside Boat Trade Association"]),
    ("UNDP, the World Bank and UNICEF.", ["UNDP", "World Bank", "UNICEF"]),  # a list goes on: three names
    ("Oxfam, the Red Cross, and UNICEF.", ["Oxfam", "Red Cross", "UNICEF"]),
])
def test_one_word_name_and_its_apposition_are_one_organisation(text, names):
    from archive.extract.orgnames import scan_names

    assert scan_names(text) == names


@pytest.mark.parametrize("text, names", [
    ("the Department of Farming and Rural Affairs and Lakes Bank.", ["Department of Farming and Rural Affairs", "Lakes Bank"]),
    ("the Bank of Sea and Sky and Harbour Bank.", ["Bank of Sea and Sky", "Harbour Bank"]),
    ("the Department of Farming and Rural Affairs.", ["Department of Farming and Rural Affairs"]),
])
def test_a_second_and_after_an_office_portfolio_starts_another_name(text, names):
    from archive.extract.orgnames import scan_names

    assert scan_names(text) == names


def test_subject_with_its_acronym_provides_a_grant():
    assert org_roles("The Lakes Trust organised the fair, while the Valley Crafts Board (VCB) provided a grant for the "
                     "stalls.", LONG_LEDE) == (["Lakes Trust"], [], ["Valley Crafts Board (VCB)"])


@pytest.mark.parametrize("text, names", [
    ("the Lakes Commission for Farming and the Arts provided a grant.", ["Lakes Commission for Farming and the Arts"]),
    ("the Museum of Science and the Humanities.", ["Museum of Science and the Humanities"]),
    ("the Ministry of Health and the WHO.", ["Ministry of Health", "WHO"]),
    ("the Faculty of Physics and the Jan van Dam Society.", ["Faculty of Physics", "Jan van Dam Society"]),
])
def test_and_the_field_inside_a_name(text, names):
    from archive.extract.orgnames import scan_names

    assert scan_names(text) == names


def test_description_with_commas_before_together_with():
    assert org_roles("The fair was convened by the Valley Crafts Coalition, a group of weavers, potters and carvers "
                     "formed in 2020, together with the Eastport Town Board.", LONG_LEDE) == (
        ["Valley Crafts Coalition", "Eastport Town Board"], [], [])


def test_passive_run_with_names_a_partner():
    assert org_roles("A breakfast for the stallholders was run with the Harbour Energy Centre (HEC).", LONG_LEDE) == (
        [], ["Harbour Energy Centre (HEC)"], [])
