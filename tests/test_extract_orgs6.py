"""Organisation roles, round 6: classes of wording written in many shapes, in sentences of our own."""

from __future__ import annotations

import pytest

from archive.extract.orgnames import scan_names

from _extract_helpers import org_roles


# Class: a name in another language joins its capitalised words with lower-case articles,
# prepositions, conjunctions or elided words; they belong to the name.
@pytest.mark.parametrize("text, names", [
    ("the Chambre d'agriculture de la Drôme and the Harbour Trust.", ["Chambre d'agriculture de la Drôme", "Harbour Trust"]),
    ("Údarás na Gaeltachta.", ["Údarás na Gaeltachta"]),
    ("the Institut Lindalais pour la Protection de la Nature (ILPN).",
     ["Institut Lindalais pour la Protection de la Nature (ILPN)"]),
    ("the Rosenheim am Inn District Office.", ["Rosenheim am Inn District Office"]),
    ("the Instituto de Memória e Território (IMT), whose staff helped.", ["Instituto de Memória e Território (IMT)"]),
    ("the Bundesministerium für Bildung und Forschung.", ["Bundesministerium für Bildung und Forschung"]),
    ("the Université du Québec à Chicoutimi.", ["Université du Québec à Chicoutimi"]),
    ("the Ministère de l'Agriculture et de l'Alimentation.", ["Ministère de l'Agriculture et de l'Alimentation"]),
    ("Universidade do Minho.", ["Universidade do Minho"]),
    ("the Stiftung zur Förderung der Kultur.", ["Stiftung zur Förderung der Kultur"]),
    ("the Museu d'Art de Girona.", ["Museu d'Art de Girona"]),
    ("the Kültür ve Turizm Müdürlüğü.", ["Kültür ve Turizm Müdürlüğü"]),
    ("the Kementerian Pendidikan dan Kebudayaan.", ["Kementerian Pendidikan dan Kebudayaan"]),
    ("Dinas Pertanian dan Pangan Eastport and the Harbour Trust.", ["Dinas Pertanian dan Pangan Eastport", "Harbour Trust"]),
    ("the Ministria e Kulturës dhe Sportit.", ["Ministria e Kulturës dhe Sportit"]),
    # near misses: the lower-case word is not followed by the rest of a name
    ("Fundação Cultural e parceiros.", ["Fundação Cultural"]),
    ("Dinas Pertanian dan lain-lain.", ["Dinas Pertanian"]),
    ("the Lakes Trust à la carte.", ["Lakes Trust"]),
    ("the Harbour Trust do not.", ["Harbour Trust"]),
])
def test_lower_case_words_of_names_in_other_languages(text, names):
    assert scan_names(text) == names


@pytest.mark.parametrize("sentence, expected", [
    ("The fair was organised by the Chambre d'agriculture de la Drôme.", (["Chambre d'agriculture de la Drôme"], [], [])),
    ("The Associação dos Amigos do Museu and the Lakes Trust were partners of the fair.",
     ([], ["Associação dos Amigos do Museu", "Lakes Trust"], [])),
    ("Organised by the Instituto de Memória e Território (IMT), the fair ran for two days.",
     (["Instituto de Memória e Território (IMT)"], [], [])),
])
def test_names_in_other_languages_in_role_phrases(sentence, expected):
    assert org_roles(sentence) == expected


# Class: in a list of who paid, one "and" joins two names, each a name on its own.
@pytest.mark.parametrize("sentence, funders", [
    ("The rodeo was sponsored by Prairie Lane Insurance and Big Sky Feed & Supply.",
     ["Prairie Lane Insurance", "Big Sky Feed & Supply"]),
    ("The race was sponsored by Tcom and Pamir Hydro Power.", ["Tcom", "Pamir Hydro Power"]),
    ("The games were sponsored by Glenmor Distillery and Isle of Rona Ferries.", ["Glenmor Distillery", "Isle of Rona Ferries"]),
    ("The regatta was funded by Údarás na Mara and Eastport County Council.", ["Údarás na Mara", "Eastport County Council"]),
    ("The festival was financed by Northwind Energy and Coastal Ferry Lines.", ["Northwind Energy", "Coastal Ferry Lines"]),
    ("With funding from Lakeside Motors and Hill Country Dairy, the fair went ahead.",
     ["Lakeside Motors", "Hill Country Dairy"]),
    ("The fair received grants from Harbour Savings Bank and Eastport Rotary Club.",
     ["Harbour Savings Bank", "Eastport Rotary Club"]),
    ("The fair was co-funded by Redline Couriers and Blue Harbour Brewing.",
     ["Redline Couriers", "Blue Harbour Brewing"]),
    # near misses: one name with "and" inside it
    ("The fair was sponsored by the Arts and Humanities Research Council.", ["Arts and Humanities Research Council"]),
    ("The fair was funded by the Ministry of Health and Social Welfare.", ["Ministry of Health and Social Welfare"]),
    ("The fair was sponsored by Acme Feed and Supply.", ["Acme Feed and Supply"]),
    ("The fair was funded by the Agricultural and Livestock Research Organization.",
     ["Agricultural and Livestock Research Organization"]),
    ("The fair was funded by the Eastport Culture and Heritage Foundation.", ["Eastport Culture and Heritage Foundation"]),
])
def test_two_payers_joined_by_and(sentence, funders):
    assert org_roles(sentence)[2] == funders


# Class: a funder given as the giver of money, a grant or a donation, in any voice or word order.
@pytest.mark.parametrize("sentence, funders", [
    ("Prizes were donated by Eastport Rural Broadband.", ["Eastport Rural Broadband"]),
    ("The trophies were generously donated by Hill Country Dairy.", ["Hill Country Dairy"]),
    ("The Lakes Council contributed £6,000 towards the stage and lighting.", ["Lakes Council"]),
    ("Eastport Savings Bank gave $5,000 for the prizes.", ["Eastport Savings Bank"]),
    ("The Harbour Trust donated 2,000 euros to the fair.", ["Harbour Trust"]),
    ("The Harbour Trust pledged Sh200,000 for the fair.", ["Harbour Trust"]),
    ("The Harbour Trust provided the money for the tents.", ["Harbour Trust"]),
    ("Funds from the Harbour Foundation paid for the stage.", ["Harbour Foundation"]),
    ("Donations from Lakeside Motors covered the hall hire.", ["Lakeside Motors"]),
    ("Money from the Lakes Lottery Fund paid for the tents.", ["Lakes Lottery Fund"]),
    ("Financial backing from the Coastal Energy Company kept ticket prices low.", ["Coastal Energy Company"]),
    ("Sponsorship from Redline Couriers and Blue Harbour Brewing made the fair possible.",
     ["Redline Couriers", "Blue Harbour Brewing"]),
    ("Údarás na Mara and Eastport County Council provided funding.", ["Údarás na Mara", "Eastport County Council"]),
    # near misses: money that no body gives the event
    ("Ticket sales raised $5,000.", []),
    ("Mary Brown gave $50.", []),
    ("The fair gave $5,000 to the Harbour Trust.", []),
    ("The Harbour Trust said the fair cost $5,000.", []),
    ("The fair ran under the Programme against Money Laundering and the Financing of Crime, with funding from the "
     "Lakes Trust.", ["Lakes Trust"]),
])
def test_giver_of_money_is_a_funder(sentence, funders):
    assert org_roles(sentence)[2] == funders


# Class: an organiser given as the agent of a verb that puts the event on, passive or active.
@pytest.mark.parametrize("sentence, organizers", [
    ("The march, called by the Harbour Workers' Union (HWU), began at noon.", ["Harbour Workers' Union (HWU)"]),
    ("The fair was staged by the Eastport Weavers Association.", ["Eastport Weavers Association"]),
    ("The play was put on by the Lakeside Drama Society.", ["Lakeside Drama Society"]),
    ("The exhibition, mounted by the Eastport Museum Trust, runs until June.", ["Eastport Museum Trust"]),
    ("The clean-up was spearheaded by the Harbour Conservation Network.", ["Harbour Conservation Network"]),
    ("The festival was initiated by the Lakes Tourism Board.", ["Lakes Tourism Board"]),
    # near misses: no body after the verb
    ("The fair, called by many the best in the county, began at noon.", []),
    ("The meeting was called by phone.", []),
])
def test_agent_of_a_verb_putting_the_event_on(sentence, organizers):
    assert org_roles(sentence)[0] == organizers


@pytest.mark.parametrize("opening, organizers", [
    ("Some 80 items were repaired on Saturday 5 May 2021 at the Eastport Hall, when the Eastport Repair Club held "
     "its first session.", ["Eastport Repair Club"]),
    ("Some 300 runners took part on 5 May 2021 in Eastport, as the Lakes Athletics Club staged its first marathon.",
     ["Lakes Athletics Club"]),
    ("The Lakeside Drama Society put on a concert in Eastport on 5 May 2021.", ["Lakeside Drama Society"]),
    ("The Harbour Trust brought together 40 growers at a fair in Eastport on 5 May 2021.", ["Harbour Trust"]),
    ("The Harbour Trust brings together 40 growers at a fair in Eastport on 5 May 2021.", ["Harbour Trust"]),
    # near misses: the subject is no body
    ("Some 80 items were repaired on Saturday 5 May 2021 at the Eastport Hall, when volunteers held their first "
     "session.", []),
    ("The fair brought together 40 growers in Eastport on 5 May 2021.", []),
    ("Some 300 runners took part on 5 May 2021 in Eastport, as Jane Brown staged her first marathon.", []),
])
def test_subject_of_an_event_verb_in_the_opening(opening, organizers):
    assert org_roles("", "Headline of the article\n\n" + opening)[0] == organizers


# Class: with no role phrase, the body named after the event's noun ("the meeting of X") owns the event.
@pytest.mark.parametrize("opening, organizers", [
    ("The 64th Annual General Meeting of the Lakes Dairy Producers' Union, held in Eastport on 5 May 2021, approved "
     "a bonus.", ["Lakes Dairy Producers' Union"]),
    ("The annual congress of the Harbour Pilots' Federation opened in Eastport on 5 May 2021.",
     ["Harbour Pilots' Federation"]),
    ("The conference of the Eastport Medical Association took place in Eastport on 5 May 2021.",
     ["Eastport Medical Association"]),
    ("EASTPORT: The spring fair of the Eastport Growers Cooperative drew 300 visitors on 5 May 2021.",
     ["Eastport Growers Cooperative"]),
    ("The third workshop of the Lakes Water Network was held in Eastport on 5 May 2021.", ["Lakes Water Network"]),
    ("Some 200 delegates attended the annual meeting of the Harbour Chamber of Commerce on 5 May 2021 at Eastport.",
     ["Harbour Chamber of Commerce"]),
    ("This year's festival of the Eastport Arts Council opened on 5 May 2021 in Eastport.", ["Eastport Arts Council"]),
    ("The general meeting of the Lakes Farmers Union took place in Eastport on 5 May 2021.", ["Lakes Farmers Union"]),
    # near misses: "of" names no owner of the event
    ("Members of the Harbour Trust attended a fair in Eastport on 5 May 2021.", []),
    ("The opening of the Eastport Book Fair on 5 May 2021 drew 300.", []),
    ("The president of the Lakes Council opened a fair in Eastport on 5 May 2021.", []),
])
def test_body_named_after_the_events_noun(opening, organizers):
    assert org_roles("", "Headline of the article\n\n" + opening)[0] == organizers
