"""Event or not, attendance mode, event name and type, and the metadata-derived facts."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import md_article, txt_article


@pytest.mark.parametrize("text", [
    "EU reiterates support for judicial reform\n\nSKOPJE, 14 February 2020 – The European Union remains committed to helping North Macedonia build an independent judiciary, the Delegation said in a statement issued today.",
    "Share of women in police rises to 11 per cent, ministry figures show\n\nWomen made up 11.2 per cent of police personnel at the end of 2022, according to figures released by the Ministry on 6 March 2023.",
    "New UNICEF Deputy Representative takes up post in Tajikistan\n\nDUSHANBE – Ms. Smith has been appointed Deputy Representative of UNICEF in Tajikistan. She will take up her duties on 1 September 2021.",
    "Study maps access to free legal aid\n\nA study published today by the OSCE Programme Office in Bishkek finds that residents of remote villages know little about free legal aid.",
    # nominations and obituaries, whatever meetings the person once attended
    "OSCE Chair names new Special Representative\n\nVIENNA, 4 April 2023 – The OSCE Chairman-in-Office today named Ambassador Jane Doe as Special Representative for the South Caucasus. Ambassador Doe has attended many conferences on the region.",
    # an event noun in the title of a project, under a headline that sounds like an event
    "Hillford’s training of court clerks on open records\n\nThe Hillford project “Training of Court Clerks on Open Records” aims at building the skills of clerks to answer requests for records.",
    "OSCE mourns former Secretary General\n\nVIENNA, 4 April 2023 – The OSCE mourns the passing of former Secretary General John Smith, who died on 2 April. He chaired many Ministerial Council meetings held in Vienna.",
])
def test_non_events_have_no_event_fields(text):
    f = extract_facts(txt_article(text))
    assert f.value("is_event") is False
    for name in ("event_name", "start_date", "end_date", "city", "country", "attendance_mode",
                 "organizers", "partners", "funders", "audience_count"):
        assert f.value(name) is None, name


@pytest.mark.parametrize("text", [
    "Roundtable takes stock of the law\n\nDUSHANBE, 3 June 2013 – Some 40 participants met in Dushanbe today to discuss the law.\n\nThe roundtable discussion was jointly organized by the OSCE Office in Tajikistan.",
    "Officials study rehabilitation\n\nA delegation of twelve officials visited Norway from 8 to 12 April 2019.\n\nThe study visit was organized by Penal Reform International.",
    "Job fair connects migrants\n\nOn March 5, 2020, some 1,200 jobseekers visited a one-day job fair held at a sports hall in Khujand.",
    # the non-event words are not fatal when the opening is an event
    "Workshop named after a late judge\n\nA workshop named after the late judge John Smith was held in Tirana on 5 May 2023 for 30 judges.",
])
def test_events(text):
    assert extract_facts(txt_article(text)).value("is_event") is True


@pytest.mark.parametrize("sentence, mode", [
    ("Teachers took part in a training course held yesterday via videoconference.", "online"),
    ("Investigators took part in a webinar on virtual assets.", "online"),
    ("Officials took part in a meeting in Vienna that was moved online because of the pandemic.", "online"),
    ("About 150 people took part in a conference held in a hybrid format in Kyiv.", "mixed"),
    ("The regional event brought together, online and in-person, around 100 officials at a workshop.", "mixed"),
    ("Participants attended the forum both in person and online in Chisinau.", "mixed"),
    ("Twenty-two reporters working for newspapers and online media took part in a course in Kiev.", "offline"),
    ("Eighteen officers took part in a course in Dushanbe. The mentors will meet their mentees online once a month.", "offline"),
    # online phrases about earlier events or about the topic do not make this event online
    ("A course for 25 police officers was held in Osh on 5 May 2021. It builds on a series of webinars held in 2020.", "offline"),
    ("The working group met in Osh on 5 May 2021. Its previous meetings were held online.", "offline"),
    ("After two years of online meetings, the working group met in person in Osh on 5 May 2021.", "offline"),
    ("A training on the use of video conferencing in court hearings was held in Tirana on 5 May 2021.", "offline"),
])
def test_attendance_mode(sentence, mode):
    f = extract_facts(txt_article("Headline\n\nDUSHANBE, 3 June 2021 – " + sentence))
    assert f.value("attendance_mode") == mode


@pytest.mark.parametrize("sentence, name, etype", [
    ("About 80 farmers took part in a one-day field seminar on drip irrigation and laser land levelling, held on Tuesday in Talgar.",
     "Field seminar on drip irrigation and laser land levelling", "EducationEvent"),
    ("Around 120 mayors took part in the National Forum on Local Economic Development, held on 10 November 2021 in Chisinau.",
     "National Forum on Local Economic Development", "Event"),
    ("Some 1,200 jobseekers visited a one-day job fair held at a sports hall in Khujand.", "Job fair", "BusinessEvent"),
    ("Young programmers took part in an anti-corruption hackathon in Tbilisi on 9 December 2021.", "Anti-corruption hackathon", "Hackathon"),
    # a two-digit day ends the name as a one-digit day does
    ("The OSCE Presence in Albania held a workshop on judicial ethics on 15 May 2023 organized by the School of Magistrates.",
     "Workshop on judicial ethics", "EducationEvent"),
    ("The OSCE Presence in Albania held a workshop on judicial ethics from 15 to 17 May 2023 for 30 judges.",
     "Workshop on judicial ethics", "EducationEvent"),
])
def test_event_name_and_type(sentence, name, etype):
    f = extract_facts(txt_article("Headline\n\n" + sentence))
    assert f.value("event_name") == name
    assert f.value("event_type") == etype


def test_quoted_official_title():
    text = ("Conference in Tartu\n\nResearchers met at a conference held at the University of Tartu on 3 and 4 October 2024.\n\n"
            "The conference, \"Moving On, Coming Back: Migration and Mobility in Central Asia\", was jointly organised by the University of Tartu.")
    assert extract_facts(txt_article(text)).value("event_name") == "Moving On, Coming Back: Migration and Mobility in Central Asia"


def test_metadata_facts_from_front_matter():
    art = md_article("Course held", "Eighteen officers took part in a leadership course in Dushanbe from 29 to 31 March.",
                     date="2022-04-01", url="https://press.example.org/x", source="OSCE Border Management Staff College")
    f = extract_facts(art)
    assert f.value("published") == "2022-04-01" and f.published.origin == "metadata"
    assert f.value("source_url") == "https://press.example.org/x"
    assert f.value("publisher") == "OSCE Border Management Staff College"
    assert f.value("language") == "en"


def test_published_line_and_description():
    f = extract_facts(txt_article("Webinar helps investigators\nPublished: 12 May 2021\n\n"
                                  "Investigators from Uzbekistan took part in a webinar on tracing virtual assets, held online on 11 May."))
    assert f.value("published") == "2021-05-12"
    assert f.value("description").startswith("Investigators from Uzbekistan")


def test_keywords_are_lower_case_and_bounded():
    f = extract_facts(txt_article("Farmers learn water-saving irrigation methods\n\n"
                                  "About 80 farmers took part in a field seminar on drip irrigation and laser land levelling, held in Talgar on 15 October 2019."))
    kw = f.value("keywords")
    assert 3 <= len(kw) <= 6
    assert all(k == k.lower() or k.isupper() for k in kw)


def test_headline_only_warns_and_invents_no_dates():
    f = extract_facts(txt_article("OSCE supports regional workshop on border security in Dushanbe"))
    assert "no article body" in f.warnings
    assert f.value("start_date") is None and f.value("audience_count") is None


def test_huge_single_line_is_capped_and_fast():
    import time
    line = "Workshop held in Dushanbe: " + "participants discussed irrigation and canals, " * 50000
    t = time.perf_counter()
    f = extract_facts(txt_article(line))
    assert time.perf_counter() - t < 2.0
    assert any("truncated" in w for w in f.warnings)


def test_every_evidence_is_verbatim():
    text = ("Roundtable in Dushanbe\n\nDUSHANBE, 3 June 2013 – Some 40 participants met in Dushanbe today at a roundtable.\n\n"
            "The roundtable was jointly organized by the OSCE Office in Tajikistan and the Committee on Women.")
    f = extract_facts(txt_article(text))
    for name in ("city", "audience_count", "event_name"):
        fact = getattr(f, name)
        assert fact is not None and fact.start >= 0
        assert text[fact.start:fact.start + 10] in text
        assert fact.evidence.split(" | ")[0].split(" ... ")[0] in text


def test_every_attendance_phrase_holds_a_remote_word():
    """attendance_mode skips sentences without a remote word: that is only sound while every
    phrase _MIXED or _ONLINE matches holds one."""
    from pathlib import Path

    from archive.extract import attendance as c

    corpus = Path(__file__).parent / "data" / "corpus" / "articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir())]
    phrases = ["hybrid", "online and in-person", "in person and online", "both in person and online",
               "online and offline", "offline and online", "in the hall and online",
               "onsite and online", "online and on-site", "in person or online", "online or in person",
               "joined remotely", "joined virtually", "followed online",
               "hosted at the Palace of the Republic and online", "took place online and in the hall",
               "webinars", "videoconferencing", "video-conference", "video link", "via Zoom",
               "held entirely virtually", "took place fully online", "conducted virtually",
               "moved online", "was held online", "all sessions took place online",
               "virtual platforms", "online expert meetings", "in an online format",
               "in a virtual format", "connected remotely", "worked remotely", "HELD ONLINE",
               "via Google Meet", "via Microsoft Teams", "via livestream", "a virtual gala",
               "in person or virtually", "remotely or in person", "remote participation",
               "join via Zoom", "also broadcast", "also webcast", "streamed live", "live-streamed",
               "with an online option", "attend virtually", "on Microsoft Teams", "via GoToMeeting",
               "logged in for", "broadcast live", "live on YouTube", "available to stream",
               "in person or follow the talks online", "joining by video link", "dialled in",
               "a live video feed", "delivered online", "held over Zoom", "entirely digital"]
    found = 0
    for pattern in (c._MIXED, c._ONLINE, c._REMOTE_OFFER):
        for text in texts + ["It was " + p + " in May." for p in phrases]:
            for m in pattern.finditer(text):
                found += 1
                assert c._REMOTE_WORD.search(text, m.start(), m.end()), m.group(0)
    assert found > len(phrases)


@pytest.mark.parametrize("text", [
    # announced events are events
    "Library to host careers evening\n\nThe Riverside Library will host a careers evening for school leavers on Thursday, 7 March 2019, in its main hall.",
    # present progressive and 'underway'
    "Police host town hall\n\nThe Riverside Police Department is hosting a town hall meeting from 6 to 7 p.m. Tuesday, March 5, at the Community Room.",
    "Planning workshop underway\n\nForty project managers are meeting this week in Hillford; the annual planning workshop is underway until Friday.",
    # people gathering with a head count or a date, the event's noun only later
    "Sixty delegates meet in Hillford\n\nSixty delegates from nine countries gathered in Hillford from 4 to 6 March 2019.\n\nThe regional seminar was organised by the Farmers Union.",
    # event nouns of community life
    "Hospital opens its doors\n\nThe Riverside hospital welcomed 500 visitors for its open day on Saturday, 9 March 2019.",
    "Walk marks health day\n\nOver 2,000 volunteers took a 5 km walk through Riverside on 9 March 2019 to mark World Health Day.",
    # the event is in the second paragraph, after a short note
    "Editor's note\n\nThis story was updated on Monday.\n\nThe Riverside Film Club held its annual screening night at the Town Hall on 9 March 2019.",
])
def test_real_world_events(text):
    assert extract_facts(txt_article(text)).value("is_event") is True


@pytest.mark.parametrize("text", [
    "Five Spring Schools offered this year\n\nThe university offers five spring schools in April, each with its own programme.",
    "Signature Symposia enliven campus\n\nThe Arts Symposium, the Science Symposium and the Policy Symposium each drew large crowds this spring.",
    "County approves budget\n\nCounty commissioners on Wednesday approved the budget for the coming fiscal year.",
    "Researchers win grants\n\nThree researchers are among the winners of new grants from a science foundation, announced on Monday.",
    "Riverside mourns former mayor\n\nThe city is mourning the loss of former mayor Jane Doe, who died on Tuesday at 84.",
])
def test_real_world_non_events(text):
    assert extract_facts(txt_article(text)).value("is_event") is False


@pytest.mark.parametrize("sentence, mode", [
    # no cue at all: no mode, rather than a guess
    ("UNDP organized a workshop on sustainable development for 22 ministries on 17 October 2013.", None),
    # a venue says people met in person
    ("More than 150 seniors showed up at the Spectacular Event Centre for a seminar on 5 May 2021.", "offline"),
    ("A seminar was held on 5 May 2021 in the institute's auditorium for 40 doctors.", "offline"),
    ("The county will hold a dialogue meeting with residents on 11 April 2018; the Riverside Hall meeting will "
     "recap what the sub-county meetings heard.", "offline"),
    # online cues in the wording of real pages
    ("The library will host an Online Job Fair on 23 April 2020 via a free Zoom chat.", "online"),
    ("Officers took part in the Virtual Coordination Meeting on 12 March 2021.", "online"),
    ("An International Seminar/Webinar on dengue control was held on 13 July 2023 in the auditorium.", "mixed"),
])
def test_attendance_mode_needs_a_cue(sentence, mode):
    f = extract_facts(txt_article("Headline of the article\n\n" + sentence))
    assert f.value("attendance_mode") == mode


@pytest.mark.parametrize("text, name", [
    # a quoted title after the noun's "on" belongs to the name
    ("Headline of the article\n\nA three-day national conference on “Rural Press – Problems and Prospects” will be held in Hillford from 24 May 2004.",
     "National conference on “Rural Press – Problems and Prospects”"),
    # ordinals and connectors inside a title in capitals
    ("Headline of the article\n\nOver 3,000 delegates attended the 12th World Congress of Chambers which concluded on 25 November 2021 in Hillford.",
     "12th World Congress of Chambers"),
    # a title in capitals beats a bare noun in the same sentence
    ("Headline of the article\n\nThe training, part of the Annual Review and Planning Workshop, was held in Hillford on 26 December 2019.",
     "Annual Review and Planning Workshop"),
    # a date after the name is not part of it
    ("Headline of the article\n\nThe library will host an Online Job Fair on April 23, 2020 starting at 11 a.m.", "Online Job Fair"),
])
def test_event_names_whole(text, name):
    assert extract_facts(txt_article(text)).value("event_name") == name


@pytest.mark.parametrize("text, name", [
    # a name that only says the kind of event is qualified by its organiser
    ("Headline of the article\n\nThe Hillford Police Department held a town hall meeting on 4 May 2021 with 60 residents.",
     "Town hall meeting (Hillford Police Department)"),
    ("Headline of the article\n\nThe Annual Conference, organised by the National Association of Rural Towns (NART), "
     "took place on 9-12 July 2021 in Hillford.", "Annual Conference (National Association of Rural Towns)"),
    # a name that says which event stays as it is
    ("Headline of the article\n\nThe Hillford Police Department held a meeting on traffic safety on 4 May 2021 with 60 "
     "residents.", "Meeting on traffic safety"),
    # "in" a subject belongs to the name; "in" a place does not
    ("Headline of the article\n\nThe Ministry of Fisheries on Monday organised a training workshop in Food Safety at "
     "the Hillford Agriculture Station on 9 August 2022.", "Training workshop in Food Safety"),
    ("Headline of the article\n\nThe Ministry of Agriculture hosted a training workshop in Nairobi on 9 August 2022.",
     "Training workshop (Ministry of Agriculture)"),
])
def test_event_names_say_which_event(text, name):
    assert extract_facts(txt_article(text)).value("event_name") == name


def test_the_hall_where_the_event_was_held_is_a_cue_anywhere():
    text = ("Headline of the article\n\nStudents from three colleges met on 4 May 2021 for the first Hillford "
            "hackathon.\n\nThe event was run by two student clubs.\n\nAbout 90 people took part in twenty teams.\n\n"
            "Judging started at noon.\n\nSome slept on a bench outside the sports hall where the hackathon was held.")
    assert extract_facts(txt_article(text)).value("attendance_mode") == "offline"


@pytest.mark.parametrize("text", [
    # a fun run, a clean-up and talks are events when a qualifier says which kind
    "Runners raise money\n\nThe Hillford Lions Club organised a charity fun run along the seafront to raise money for the hospice.",
    "Volunteers clear the shore\n\nAbout 60 volunteers turned up for a beach cleanup at Hillford Bay on Saturday, 3 May 2025.",
    "Volunteers clear the shore\n\nThe Hillford Rotary Club organised a river clean-up on Saturday, 3 May 2025.",
    "Ministers meet\n\nTrade talks between the two neighbours opened in Hillford on Monday, 5 May 2025.",
    # a programme that took place, a capitalised Week in a name
    "Students learn to code\n\nThe two-week coding program for pupils took place at Hillford College from 5 to 16 May 2025.",
    "Startups meet investors\n\nThe Hillford Innovation Week opened on Monday, 5 May 2025, with 40 startups.",
    # an exhibition that opens, an invitation to join someone for an event
    "Painters show their work\n\nAn exhibition of works by local painters opens at the Hillford Gallery on 9 May 2025.",
    "Learn to keep bees\n\nJoin the Hillford Beekeepers Association for a hands-on workshop on Saturday, 10 May 2025.",
])
def test_event_words(text):
    assert extract_facts(txt_article(text)).value("is_event") is True


@pytest.mark.parametrize("text", [
    # the same words without the qualifier or the verb name no event
    "Council reviews the year\n\nThe council said its youth programme reached 400 pupils in 2024, according to figures released on Monday.",
    "A week of rain\n\nLast Week the river rose by two metres, the water board said in a statement.",
])
def test_event_words_need_their_qualifier(text):
    assert extract_facts(txt_article(text)).value("is_event") is False


@pytest.mark.parametrize("text", [
    # a headline names the event; the opening counts who came, with no event noun of its own
    "Hillford hosts regional science fair\n\nSome 150 pupils from twelve schools showed their projects to judges in Hillford this week.",
    "Job fair draws a queue\n\nMore than 500 jobseekers lined up outside the Hillford civic centre on Tuesday, 6 May 2025.",
    "Annual conference on patient safety\n\nNearly 80 nurses travelled to Hillford for two days of talks on patient safety.",
])
def test_headline_event_and_counted_crowd(text):
    assert extract_facts(txt_article(text)).value("is_event") is True


@pytest.mark.parametrize("text", [
    # a count that is not the crowd of the opening, or a share of people
    "Conference on maize prices\n\nThe ministry said the price of maize rose by 20 per cent, and 200 farmers complained.",
    "Conference on maize prices\n\nAbout 40 per cent of farmers reported losses this season, the ministry said.",
])
def test_counted_crowd_needs_its_subject(text):
    assert extract_facts(txt_article(text)).value("is_event") is False


@pytest.mark.parametrize("sentence, mode", [
    # the platforms and streams people joined through
    ("The Hillford Farmers Union held its annual meeting on 5 May 2025 via Google Meet.", "online"),
    ("The Hillford Farmers Union held its annual meeting on 5 May 2025 via Microsoft Teams.", "online"),
    ("The awards ceremony was held on 5 May 2025 and shown to viewers via livestream.", "online"),
    # "virtual" before any event noun
    ("The Hillford Arts Council held a virtual gala on 5 May 2025 for 300 donors.", "online"),
    # both ways, said outright or as remote participation beside a room
    ("Residents attended the town hall meeting on 5 May 2025 in person or virtually.", "mixed"),
    ("The public hearing will be held on 5 May 2025 at the Hillford Council Chambers; residents may also join via Zoom.", "mixed"),
    ("The forum took place on 5 May 2025 at the Hillford Town Hall, with remote participation offered to those abroad.", "mixed"),
    ("The seminar was held on 5 May 2025 at the Hillford Hotel and was also streamed live for viewers abroad.", "mixed"),
    # chambers and assemblies are rooms
    ("Members debated the bill at a public hearing held on 5 May 2025 in the House of Assembly.", "offline"),
    ("The committee held a public hearing on 5 May 2025 in the Council Chambers.", "offline"),
])
def test_online_and_mixed_cues(sentence, mode):
    f = extract_facts(txt_article("Headline of the article\n\n" + sentence))
    assert f.value("attendance_mode") == mode


@pytest.mark.parametrize("text", [
    # a decision taken at a meeting: the meeting frames the news
    "Council votes to close the pool\n\nHillford councillors voted on Monday to close the town's swimming pool, after a long debate at the council meeting held in the Town Hall.",
    "Parking fees to rise\n\nParking fees in Hillford will rise from 1 July, following a decision made at Monday's council meeting held at the civic centre.",
    "Council approves bus routes\n\nAt a meeting held on Tuesday, the Hillford council approved three new bus routes for the eastern suburbs.",
    # events counted over a period sum up a year of activities
    "A busy year for the library\n\nThe Hillford library held 14 workshops this year and welcomed 3,000 visitors to its reading room.",
    "Centre reviews its year\n\nThe centre organised 25 training sessions in 2024, reaching more than 600 farmers.",
    # money for an event that the sentence does not report
    "Festival gets a grant\n\nThe ministry has awarded a grant of $50,000 to the Hillford Film Festival, which will be held in August.",
    "Funding for youth camps\n\nThe ministry will provide $2 million in funding for youth camps to be held across the region this summer.",
    "Budget boost for schools\n\nThe school board approved a $3 million budget at its meeting held on Monday, with more money for teachers.",
])
def test_false_events(text):
    assert extract_facts(txt_article(text)).value("is_event") is False


@pytest.mark.parametrize("text", [
    # people came to the meeting, or the meeting is the subject: an event that mentions a vote
    "Residents back new park\n\nAbout 80 residents attended a public meeting at the Hillford Town Hall on Monday and voted to back plans for a new park.",
    "Union votes to strike\n\nDelegates at the union's annual conference, held in Hillford on 5 May 2025, voted to call a strike.",
    "Regional meeting adopts statement\n\nThe regional meeting, held in Hillford on 5 May 2025, adopted a joint statement on water use.",
    # counted events on given days are reported, not summed up
    "Water use in focus\n\nTwo workshops on water use were held in Hillford on 5 and 6 May 2025.",
    # a prize handed out at a ceremony is an event
    "Grants awarded\n\nThe foundation awarded grants worth $1 million at a ceremony held at the Hillford Town Hall on 5 May 2025.",
])
def test_events_that_mention_a_decision_or_money(text):
    assert extract_facts(txt_article(text)).value("is_event") is True


@pytest.mark.parametrize("text", [
    "The forum on river transport took place online and in Kisumu on 3 May 2024.",
    "The forum on river transport was held on 3 May 2024 at the Lakeside Hotel in Kisumu and online.",
    "The forum on river transport was held at the Lakeside Hotel in Kisumu on 3 May 2024, with 40 more"
    " participants joining via Zoom.",
    "The forum on river transport was held at the Lakeside Hotel in Kisumu on 3 May 2024. It was also"
    " broadcast via Zoom.",
    "The forum on river transport, held on 3 May 2024 in Kisumu, was streamed on YouTube for those who"
    " could not travel.",
])
def test_a_place_and_remote_participation_make_a_mixed_event_that_keeps_its_place(text):
    f = extract_facts(txt_article("River forum\n\n" + text + "\n"))
    assert (f.value("attendance_mode"), f.value("city")) == ("mixed", "Kisumu")
