"""Event place: city as written, ISO country, venue; origins, org names and online events."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article


def place(text: str):
    f = extract_facts(txt_article(text))
    return f.value("city"), f.value("country")


@pytest.mark.parametrize("sentence, city, country", [
    ("A seminar on trafficking took place between 24 and 26 April 2018 at the Higher School of Judges in Tashkent.", "Tashkent", "UZ"),
    ("A three-day course opened on 11 September 2023 at the Turkish International Academy against Drugs and Organized Crime (TADOC) in Ankara, Türkiye.", "Ankara", "TR"),
    ("Thirty officers attended a summer school held from 1 to 5 July 2019 in Antalya, Turkey.", "Antalya", "TR"),
    ("A two-day training course on safety concluded in Kiev on 18 October 2013.", "Kiev", "UA"),
    ("A conference was held in a hybrid format in Kyiv on 14 June 2023.", "Kyiv", "UA"),
    ("A second regional forum took place in Shkodër on 9 June 2016.", "Shkodër", "AL"),
    ("About 80 farmers from Almaty region took part in a field seminar, held on 15 October 2019 in Talgar.", "Talgar", "KZ"),
    ("A forum was held on 10 November 2021 at the Palace of the Republic in Chișinău.", "Chișinău", "MD"),
    ("A conference on migration was held at the University of Tartu on 3 and 4 October 2024.", "Tartu", "EE"),
    ("Eight officials took part in a study visit to Brussels in May 2024.", "Brussels", "BE"),
    ("A first aid course for border guards took place in Osh on 5 July 2018.", "Osh", "KG"),
])
def test_city_and_country(sentence, city, country):
    assert place("Headline\n\n" + sentence) == (city, country)


@pytest.mark.parametrize("text, country", [
    ("Workshop in Turkmenistan\n\nA regional training workshop on drugs concluded on 29 March 2023.", "TM"),
    ("Officials study rehabilitation\n\nA delegation of twelve officials visited Norway from 8 to 12 April 2019 on a study visit.", "NO"),
])
def test_country_only(text, country):
    assert place(text) == (None, country)


def test_organisation_name_is_not_the_place():
    text = ("Workshop in Turkmenistan\n\nAn OSCE-organized regional workshop concluded on 29 March 2023.\n\n"
            "John Smith, Head of the OSCE Centre in Ashgabat, opened the workshop.")
    assert place(text) == (None, "TM")


def test_organiser_city_is_not_the_place():
    text = ("Conference brings together researchers\n\n"
            "An international conference on migration was held at the University of Tartu on 3 and 4 October 2024.\n\n"
            "It was jointly organised by the University of Tartu and the OSCE Academy in Bishkek.")
    assert place(text) == ("Tartu", "EE")


def test_trainers_origin_is_not_the_place():
    text = ("Councillors practise mediation\n\nTwenty-eight councillors took part in a workshop, held in Cahul on 3 and 4 October.\n\n"
            "Two mediators from Chișinău led the sessions.")
    assert place(text) == ("Cahul", "MD")


def test_past_edition_city_is_not_the_place():
    text = ("Forum on community safety\n\nA year after police chiefs first sat down together in Durrës, "
            "a second regional forum took place in Shkodër on 9 June 2016.")
    assert place(text) == ("Shkodër", "AL")


@pytest.mark.parametrize("text", [
    "Teachers learn media literacy\n\nNUR-SULTAN, 26 May 2021 – More than 60 teachers from Nur-Sultan took part in a training course held yesterday via videoconference.",
    "Webinar for investigators\n\nInvestigators from Uzbekistan took part in a webinar on virtual assets, held online on 11 May 2021.",
    "Experts discuss data\n\nSome 90 experts took part in an online expert meeting in Warsaw on 23 June 2020, held via videoconference.",
])
def test_online_event_has_no_place(text):
    assert place(text) == (None, None)


def test_dateline_city_used_when_nothing_else():
    text = "Roundtable on the law\n\nDUSHANBE, 3 June 2013 – Some 40 participants met today to discuss the law at a roundtable."
    assert place(text) == ("Dushanbe", "TJ")


def test_venue():
    f = extract_facts(txt_article("Headline\n\nA seminar took place between 24 and 26 April 2018 at the Higher School of Judges in Tashkent."))
    assert f.value("venue") == "Higher School of Judges"


def test_region_is_not_a_city():
    text = "Farmers learn\n\nAbout 80 farmers from Almaty region took part in a field seminar on 5 May 2019."
    assert place(text)[0] is None


@pytest.mark.parametrize("text, city, country", [
    # month names, regions and peoples are no cities, even where a town bears the name
    ("Some 25 judges took part in a training course held in March 2019. The course took place in Osh.", "Osh", "KG"),
    ("A regional conference on water security in Central Asia took place on 5 May 2019. It was held in Almaty.", "Almaty", "KZ"),
    ("A roundtable on the inclusion of Roma communities was held in Skopje on 3 May 2021.", "Skopje", "MK"),
    ("A training course conducted in Kazakh and Russian was held in Astana on 3 May 2021.", "Astana", "KZ"),
])
def test_words_that_are_also_town_names_are_not_the_place(text, city, country):
    assert place("Headline\n\n" + text) == (city, country)


@pytest.mark.parametrize("sentence, city", [
    # the city closes a comma address after the venue
    ("The course took place from 9 to 13 September 2019 at the Central Indoor Sport Arena, Saith Park, Chaguanas.", "Chaguanas"),
    # a venue whose last word is its town
    ("The training, facilitated by a media firm, took place on 15 May 2023 at KEFRI Kitui.", "Kitui"),
    # a city's own venue
    ("Hundreds of people visited Basingstoke’s hospital for an open day on 30 September 2017.", "Basingstoke"),
    # 'for the first time' does not make the place another edition's
    ("The festival was held for the first time in Jaipur on 28 February 2019.", "Jaipur"),
])
def test_venue_addresses_and_possessives(sentence, city):
    f = extract_facts(txt_article("Headline of the article\n\n" + sentence))
    assert f.value("city") == city


def test_a_venue_named_after_a_town_is_not_the_town():
    f = extract_facts(txt_article(
        "Headline of the article\n\nThe Ministry hosted a training on 9 August 2022 at the Dumbarton Agriculture Station."))
    assert f.value("city") is None
    assert f.value("country") is None


def test_a_later_sentence_that_reports_the_event_gives_its_place():
    f = extract_facts(txt_article(
        "Study visit for judges\n\nActivity 7 - Organizing a study visit for judges.\n\nExpected result: 15 judges trained.\n\n"
        "Realized value: 14 judges carried out a study visit to the European Court of Human Rights in Strasbourg, in the period 21 to 24 September 2015."))
    assert f.value("city") == "Strasbourg"


def test_a_dateline_in_the_second_paragraph():
    f = extract_facts(txt_article(
        "Book fair opens\n\nThis archived news story is available only for your personal use, says the archive.\n\n"
        "Hillsdale (apn) - This year's fair in the exhibition grounds will feature 7,000 exhibitors on 4 October 2006.\n\n"
        "Frankfurt (apn) - Organisers said more visitors are expected."))
    # the first dateline among the opening paragraphs
    assert f.value("city") in (None, "Frankfurt")


def test_a_country_closing_an_organisation_name_is_not_the_venue():
    f = extract_facts(txt_article(
        "Headline of the article\n\nThe Migration Office held a hybrid workshop on 25 April 2022 for the "
        "Network of Experts of the Regional Training Centre on Migration in Azerbaijan."))
    assert f.value("country") is None


@pytest.mark.parametrize("text, mode", [
    # a dateline city alone: where the story was filed, not how people attended
    ("Headline of the article\n\nMULTAN: Journalists will address a national seminar on press freedom to be "
     "organised by the Journalists Union on 17 March 2021.", None),
    # the same dateline, and the text says people came together
    ("Headline of the article\n\nMULTAN: More than 200 journalists gathered for a national seminar on press "
     "freedom organised by the Journalists Union on 17 March 2021.", "offline"),
])
def test_mode_from_a_dateline_needs_a_physical_cue(text, mode):
    f = extract_facts(txt_article(text))
    assert f.value("attendance_mode") == mode


@pytest.mark.parametrize("sentence, city, country", [
    ("A two-day health camp organised by a foundation was held at Hosahalli in Karnataka on 14 May 2022.", "Hosahalli", "IN"),
    ("Health workers were trained during a nine-day programme held in Oke-Ode, Kwara on 3 March 2025.", "Oke-Ode", "NG"),
])
def test_a_town_unknown_to_the_gazetteer_with_its_region(sentence, city, country):
    f = extract_facts(txt_article("Headline of the article\n\n" + sentence))
    assert (f.value("city"), f.value("country")) == (city, country)


def test_an_unknown_town_in_an_unknown_region_gives_nothing():
    f = extract_facts(txt_article(
        "Headline of the article\n\nThe annual conference was held at Brackwater Downs in Rivermark on 9 July 2021."))
    assert (f.value("city"), f.value("country")) == (None, None)


@pytest.mark.parametrize("text, city, country", [
    ("The Dayton Public Library's annual Author Fair is coming\n\nThis year the author fair will be taking place on "
     "Sept. 2, 2023, from 1:30 to 4:30 p.m.", "Dayton", "US"),
    ("Symposium on global voices\n\nThe annual symposium, organized by the University of Dayton, will be held on "
     "March 2-3, 2020, with four panels.", "Dayton", "US"),
])
def test_the_place_of_a_local_host_when_no_place_is_named(text, city, country):
    f = extract_facts(txt_article(text))
    assert (f.value("city"), f.value("country")) == (city, country)
    assert f.city is not None and f.city.confidence == "low"


@pytest.mark.parametrize("text, city, country", [
    # an institution in the event's own name: a state university gives its state's country
    ("Headline of the article\n\nThe first Nevada State University Film Symposium will be held Feb. 25-27, 2020 in "
     "the Student Union Ballroom.", None, "US"),
    # an institution the opening says something happens at
    ("Symposium on global voices\n\nThe symposium has encouraged students at the University of Dayton to think "
     "globally.\n\nThe 2020 Global Voices Symposium March 2-3 will build on the last two editions.", "Dayton", "US"),
    # an organiser's office in one country
    ("Headline of the article\n\nThe UNICEF National Office for Kenya concluded two training sessions for 40 "
     "health workers.", None, "KE"),
    ("Headline of the article\n\nThe UNDP Ghana Country Office held a training on data for 25 clerks on "
     "4 May 2021.", None, "GH"),
])
def test_the_place_of_an_institution_named_with_the_event(text, city, country):
    f = extract_facts(txt_article(text))
    assert (f.value("city"), f.value("country")) == (city, country)


def test_an_institution_named_only_in_passing_gives_no_place():
    f = extract_facts(txt_article(
        "Headline of the article\n\nA webinar on water law was held on 4 May 2021 with 80 participants.\n\n"
        "A professor from the University of Dayton said the rules were unclear."))
    assert (f.value("city"), f.value("country")) == (None, None)


def test_a_place_in_a_us_state_abbreviation_is_in_the_us():
    f = extract_facts(txt_article(
        "Headline of the article\n\nThe association will hold its annual conference July 9-12, 2021, "
        "in Prince George’s County, Md., near the capital."))
    assert f.value("country") == "US"
    assert f.value("city") is None  # a county is no city, whatever town of another country bears its name


def test_the_host_university_with_its_acronym():
    f = extract_facts(txt_article(
        "Headline of the article\n\nThe University of Delhi (DU) will organise a three-day international "
        "conference from November 10, 2022."))
    assert f.value("country") == "IN"


def test_welcoming_members_to_a_place_in_a_us_state():
    f = extract_facts(txt_article(
        "Headline of the article\n\nThe association will hold its first hybrid annual conference July 9-12, 2021, "
        "welcoming members to Prince George’s County, Md., near the capital."))
    assert f.value("country") == "US"


def test_an_announced_event_at_a_venue_is_in_person():
    f = extract_facts(txt_article(
        "Headline of the article\n\nThe international symposium will be held Feb. 25-27, 2020 in the Lory Student "
        "Center, with more than 30 sessions."))
    assert f.value("attendance_mode") == "offline"


@pytest.mark.parametrize("text, country", [
    # a town of one name in several countries, the text written the American way
    ("Safety day for seniors\n\nA seminar on fraud for 150 seniors was held at the Event Center in Bangor on 4 May "
     "2021, said the County Sheriff.", "US"),
    # the same town with nothing American about the text keeps the gazetteer's choice
    ("Safety day for seniors\n\nA seminar on fraud for 150 seniors was held at the town hall in Bangor on 4 May "
     "2021.", "GB"),
])
def test_american_usage_breaks_a_tie_between_towns_of_one_name(text, country):
    assert extract_facts(txt_article(text)).value("country") == country


@pytest.mark.parametrize("text, mode", [
    ("Headline of the article\n\nThe 100 health workers were trained during a nine-day programme held in Ogbomere, "
     "Irepo Local Government Area, in May 2021.", "offline"),
    ("Headline of the article\n\nJudges scored 20 teams at the hackathon on 4 May 2021; the hall where the "
     "hackathon was held stayed open all night.", "offline"),
    ("Headline of the article\n\nThe webinar was held in Zoom, Teams and other tools on 4 May 2021 for 80 teachers.",
     "online"),
])
def test_in_person_from_where_it_was_held(text, mode):
    assert extract_facts(txt_article(text)).value("attendance_mode") == mode


@pytest.mark.parametrize("text, city, country", [
    # a town the gazetteer does not know, by its local government area; the country from the region named
    ("Headline of the article\n\nThe 100 recruits from 193 wards in Kwara were trained during a nine-day programme "
     "held in Ogbo-Aran, Irepo Local Government Area, in May 2021.", "Ogbo-Aran", "NG"),
    # a town after a street address; the country from the one region the text names
    ("Headline of the article\n\nThe session will be held on 24 November 2020 in the Wattle Room at the Civic Centre, "
     "379 Blackwood Road in Wombatville.\n\nThe Fire Ready Victoria team will speak at the Coast Shire session.",
     "Wombatville", "AU"),
])
def test_a_town_by_its_setting(text, city, country):
    f = extract_facts(txt_article(text))
    assert (f.value("city"), f.value("country")) == (city, country)


@pytest.mark.parametrize("text, city, country", [
    # a town as the subject of a hosting or welcoming verb
    ("Headline of the article\n\nNairobi will host the regional forum on water security on 4 May 2021.", "Nairobi", "KE"),
    ("Durban to host youth summit\n\nThe continental summit on youth employment runs from 3 to 5 June 2022.",
     "Durban", "ZA"),
    ("Headline of the article\n\nTromsø welcomed 300 delegates to the Arctic science conference on 2 February 2023.",
     "Tromsø", "NO"),
    ("Headline of the article\n\nThe coastal city of Mombasa hosted a workshop on fisheries on 4 May 2021.",
     "Mombasa", "KE"),
    # the venue the clause states wins over the host
    ("Headline of the article\n\nNairobi will host the regional forum on 4 May 2021, which will be held in Mombasa.",
     "Mombasa", "KE"),
    # a surname, and a clause about an earlier edition, are no host town
    ("Headline of the article\n\nFormer minister Sarah Nairobi hosted the forum on water on 4 May 2021.", None, None),
    ("Headline of the article\n\nThe forum on water opened on 4 May 2021 with 90 experts. Nairobi hosted the first "
     "edition last year.", None, None),
])
def test_a_town_that_hosts_the_event(text, city, country):
    f = extract_facts(txt_article(text))
    assert (f.value("city"), f.value("country")) == (city, country)


@pytest.mark.parametrize("sentence, city, country", [
    # lowercase descriptors before a town: the town is the one after "of"
    ("A workshop on fisheries was held on 4 May 2021 in the coastal city of Mombasa.", "Mombasa", "KE"),
    ("The clinic took place on 4 May 2021 in the northern town of Tromsø.", "Tromsø", "NO"),
    ("A training on port safety was held on 4 May 2021 in the southern port city of Durban.", "Durban", "ZA"),
    # a part of a town
    ("A charity concert for 300 families was held on 4 May 2021 in east London.", "London", "GB"),
])
def test_descriptors_before_a_town(sentence, city, country):
    f = extract_facts(txt_article("Headline of the article\n\n" + sentence))
    assert (f.value("city"), f.value("country")) == (city, country)


@pytest.mark.parametrize("sentence, city, country, venue", [
    # a town's own city hall, town hall or civic centre as the venue
    ("A workshop on fisheries was held on 4 May 2021 at Mombasa City Hall.", "Mombasa", "KE", "Mombasa City Hall"),
    ("The blood drive took place in the Hobart Town Hall on 4 May 2021.", "Hobart", "AU", "Hobart Town Hall"),
    ("A jobs fair for 400 school leavers was held on 4 May 2021 at the Durban Civic Centre.", "Durban", "ZA",
     "Durban Civic Centre"),
])
def test_a_towns_civic_building_gives_the_town(sentence, city, country, venue):
    f = extract_facts(txt_article("Headline of the article\n\n" + sentence))
    assert (f.value("city"), f.value("country"), f.value("venue")) == (city, country, venue)


@pytest.mark.parametrize("sentence, city", [
    # a town's name inside a venue's name is not the town
    ("A wellness retreat for 40 nurses was held on 4 May 2021 at the Pride Inn Paradise resort.", None),
    ("A guided bird walk was held on 4 May 2021 at the Middlesex Filter Beds.", None),
    ("A family fun day took place on 4 May 2021 at Paradise Gardens.", None),
    # unless the text places the venue in a town
    ("A wellness retreat for 40 nurses was held on 4 May 2021 at the Pride Inn Paradise resort in Mombasa.",
     "Mombasa"),
])
def test_a_town_word_in_a_venue_name_is_not_the_town(sentence, city):
    f = extract_facts(txt_article("Headline of the article\n\n" + sentence))
    assert f.value("city") == city


@pytest.mark.parametrize("sentence, city", [
    # a council as organiser or venue, with the event in its area
    ("A lantern festival organised by the City of Hobart was held on 4 May 2021 in the city centre.", "Hobart"),
    ("The City of Hobart staged a lantern parade for 2,000 residents through the city centre on 4 May 2021.", "Hobart"),
    ("The lantern parade was held in the City of Hobart on 4 May 2021.", "Hobart"),
    # a council named without saying the event is in its area
    ("A grant from the City of Hobart funded the clean-up day for 40 volunteers on 4 May 2021.", None),
])
def test_a_city_council_and_its_area(sentence, city):
    f = extract_facts(txt_article("Headline of the article\n\n" + sentence))
    assert f.value("city") == city


def test_an_institution_in_a_town_that_hosts_the_event():
    f = extract_facts(txt_article(
        "Headline of the article\n\nOn 4 May 2021 the Maritime Museum in Mombasa hosted a symposium on dhow "
        "building, attended by 120 people."))
    assert (f.value("city"), f.value("country")) == ("Mombasa", "KE")


def test_a_campus_named_by_its_town():
    f = extract_facts(txt_article(
        "Headline of the article\n\nForty students took part in a hackathon on 8 March 2024 in the Atrium building "
        "on the Eldoret campus of the college."))
    assert (f.value("city"), f.value("country")) == ("Eldoret", "KE")


@pytest.mark.parametrize("sentence, city", [
    # a town opening the event's name
    ("The annual Durban Book Fair opened on 4 May 2021 with 300 exhibitors.", "Durban"),
    # a place the sentence gives wins
    ("The annual Durban Book Fair opened on 4 May 2021 with 300 exhibitors in Pietermaritzburg.", "Pietermaritzburg"),
])
def test_a_town_that_opens_the_events_name(sentence, city):
    f = extract_facts(txt_article("Headline of the article\n\n" + sentence))
    assert (f.value("city"), f.value("country")) == (city, "ZA")


@pytest.mark.parametrize("text, city, country", [
    # an institution's or a state's name opening the event's name is no town
    ("Headline of the article\n\nThe first Nevada State University Film Symposium opened on 4 May 2021 with 300 "
     "students.", None, "US"),
    ("Headline of the article\n\nThe annual Victoria Film Festival opened on 4 May 2021 with 300 guests.", None, None),
    # a dateline says more than a town word in the event's name
    ("Headline of the article\n\nMOMBASA, 4 May 2021 - Children gathered this week for the Lakeside Book Fair, "
     "which ended on Saturday.", "Mombasa", "KE"),
])
def test_a_town_word_in_the_events_name_gives_way(text, city, country):
    f = extract_facts(txt_article(text))
    assert (f.value("city"), f.value("country")) == (city, country)


@pytest.mark.parametrize("sentence, city, country", [
    # a comma address after the venue, the sentence going on with the date
    ("The retreat took place at the Safari Park Hotel, Nairobi, on 4 May 2021.", "Nairobi", "KE"),
    ("The forum was held at the Serena Hotel, Kampala, from 4 to 6 May 2021.", "Kampala", "UG"),
])
def test_a_venue_address_before_the_date(sentence, city, country):
    f = extract_facts(txt_article("Headline of the article\n\n" + sentence))
    assert (f.value("city"), f.value("country")) == (city, country)


@pytest.mark.parametrize("text, city, country", [
    ("Headline\n\nA workshop on water use was held in the Malawian capital on 3 May 2022.", None, "MW"),
    ("Headline\n\nA workshop on water use was held in the Malawian capital on 3 May 2022.\n\n"
     "Engineers from Lilongwe and Blantyre attended.", "Lilongwe", "MW"),
    ("Headline\n\nA forum on rural roads took place in the Zambian capital, Lusaka, on 2 June 2021.", "Lusaka", "ZM"),
    ("Headline\n\nThe congress opened in the capital, Vientiane, on 4 March 2020.", "Vientiane", "LA"),
    ("Headline\n\nA summit on fisheries was held in the Senegalese capital Dakar last week.", "Dakar", "SN"),
    ("Headline\n\nA seminar was held in the Tanzanian coastal city of Tanga on 3 May 2022.", "Tanga", "TZ"),
    ("Headline\n\nA clinic was held in the Ugandan town of Kabwohe on 3 May 2022.", "Kabwohe", "UG"),
])
def test_country_adjective_before_a_town_word(text, city, country):
    assert place(text) == (city, country)


def test_a_capital_without_a_country_says_nothing():
    assert place("Headline\n\nA seminar on budgets was held in the capital on 3 May 2022.") == (None, None)


@pytest.mark.parametrize("sentence, city, country", [
    ("A craft fair took place in London, Ont., on Saturday.", "London", "CA"),
    ("A craft fair took place in London, Ontario, on Saturday.", "London", "CA"),
    ("A music festival was held in Paris, Texas, on Saturday.", "Paris", "US"),
    ("A book fair took place in Athens, Georgia, on Saturday.", "Athens", "US"),
    ("A book fair took place at the Grand Hall in Athens, Georgia, on Saturday.", "Athens", "US"),
    ("A food festival was held in Kingston, Tasmania, on Saturday.", "Kingston", "AU"),
    ("A science fair was held in Victoria, B.C., on Saturday.", "Victoria", "CA"),
    ("A garden festival was held in Bowral, N.S.W., on Saturday.", "Bowral", "AU"),
])
def test_state_or_province_after_a_town(sentence, city, country):
    assert place("Headline\n\n" + sentence) == (city, country)


def test_state_after_a_dateline_town():
    assert place("Headline\n\nDUBLIN, Ohio — A science fair took place on Saturday.") == ("Dublin", "US")


_NATIONAL_LEAD = "Headline\n\nA national consultation on forest management took place on 12 May 2023.\n\n"


@pytest.mark.parametrize("rest, country", [
    ('"Malawi\'s forests are our wealth," the director said.', "MW"),
    ("The forest plan for Malawi will be sent to the Cabinet.", "MW"),
    # two countries, an adjective alone, or no country: the text does not say which
    ("Experts from Malawi and Zambia attended.", None),
    ("Malawi's plan draws on a Zambian study.", None),
    ("The Malawian experts met in groups.", None),
    ("The experts met in groups.", None),
])
def test_national_event_in_the_one_country_named(rest, country):
    assert place(_NATIONAL_LEAD + rest) == (None, country)


def test_an_event_not_national_takes_no_country_from_the_text():
    text = "Headline\n\nA consultation on forest management took place on 12 May 2023.\n\nMalawi's plan was discussed."
    assert place(text) == (None, None)


def test_event_a_ministry_organises_in_the_one_country_named():
    text = ("Headline\n\nA training on seed testing was organised by the Ministry of Agriculture on 3 May 2022.\n\n"
            "Seed growers in Malawi face rising costs.")
    assert place(text) == (None, "MW")


@pytest.mark.parametrize("sentence, city, country", [
    ("A craft fair opened in North Launceston on Saturday 3 May 2023.", "Launceston", "AU"),
    ("A book fair opened in Central Nairobi on Saturday 3 May 2023.", "Nairobi", "KE"),
    ("A book fair opened in North Carolina on Saturday 3 May 2023.", None, None),
    ("A book fair opened in Upper Egypt on Saturday 3 May 2023.", None, None),
])
def test_compass_word_before_a_town(sentence, city, country):
    assert place("Headline\n\n" + sentence) == (city, country)


@pytest.mark.parametrize("sentence, city, country, venue", [
    ("A craft fair was held at the Davao City Recreation Center on Saturday 3 May 2023.",
     "Davao City", "PH", "Davao City Recreation Center"),
    ("A print fair opened at the Museo de Grabado de Valparaíso on Saturday 3 May 2023.",
     "Valparaíso", "CL", "Museo de Grabado de Valparaíso"),
])
def test_venue_named_after_its_town(sentence, city, country, venue):
    f = extract_facts(txt_article("Headline\n\n" + sentence))
    assert (f.value("city"), f.value("country"), f.value("venue")) == (city, country, venue)


def test_a_region_the_gazetteer_lacks_placed_in_a_country_gives_the_country():
    f = extract_facts(txt_article("Seed fair\n\nThe seed fair was held on 3 May 2024 in Uasin Gishu County, Kenya.\n"))
    assert (f.value("city"), f.value("country")) == (None, "KE")
