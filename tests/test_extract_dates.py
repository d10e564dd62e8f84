"""Event dates: one case per phrase family, plus the cases that must stay unknown."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import md_article, txt_article


def dates(text: str, **meta):
    facts = extract_facts(txt_article(text, **meta))
    return facts.value("start_date"), facts.value("end_date"), facts.warnings


@pytest.mark.parametrize("sentence, start, end", [
    ("A workshop on border security took place on 29-31 March 2023 in Dushanbe.", "2023-03-29", "2023-03-31"),
    ("A workshop on border security was held from 1 to 5 July 2019 in Antalya, Turkey.", "2019-07-01", "2019-07-05"),
    ("A seminar for judges took place between 24 and 26 April 2018 in Tashkent.", "2018-04-24", "2018-04-26"),
    ("A course on digital evidence took place on 20-22.06.2022 in Bishkek.", "2022-06-20", "2022-06-22"),
    ("A training course was held in Ohrid, 30 November – 2 December 2021.", "2021-11-30", "2021-12-02"),
    ("A meeting of experts was held in Vienna on 23 and 24 June 2020.", "2020-06-23", "2020-06-24"),
    ("A course on financial investigations was held in Astana on 15–17 November 2022.", "2022-11-15", "2022-11-17"),
    ("On March 5, 2020, some 1,200 jobseekers visited a job fair held in Khujand.", "2020-03-05", "2020-03-05"),
    ("A forum on local development was held on Wednesday, 10 November 2021, in Chisinau.", "2021-11-10", "2021-11-10"),
    ("In May 2024, eight officials took part in a study visit to Brussels.", "2024-05", "2024-05"),
    ("A conference on migration took place in Tartu from 28 February to 2 March 2024.", "2024-02-28", "2024-03-02"),
    ("A seminar on customs took place in Almaty on 12.10.2021.", "2021-10-12", "2021-10-12"),
    ("A course on audits was held in Hillford from the 6th through the 8th of May 2022.", "2022-05-06", "2022-05-08"),
])
def test_explicit_dates(sentence, start, end):
    s, e, _ = dates("Headline of the article\n\n" + sentence)
    assert (s, e) == (start, end)


@pytest.mark.parametrize("sentence, start, end", [
    # a month name must end its word: "12 Mayors" and "15 Marchers" are people, not dates
    ("A workshop for 12 Mayors of the region was held in Tirana on 14 October 2020.", "2020-10-14", "2020-10-14"),
    ("A forum bringing together 12 Mayors took place in Tirana in June 2021.", "2021-06", "2021-06"),
    ("Some 15 Marchers joined the event held on Sept. 3, 2019 in Skopje.", "2019-09-03", "2019-09-03"),
    ("A seminar was held from 3 Mar. to 5 Mar. 2019 in Tirana for 4 Junior officers.", "2019-03-03", "2019-03-05"),
    # the date of a law or decree named in the event's sentence is not the event's
    ("A seminar on the implementation of Presidential Decree No. 5430 of 20.04.2018 was held in Tashkent on 5 May 2022.", "2022-05-05", "2022-05-05"),
    ("A seminar on Law No. 9887 of 10 March 2008 was held in Tirana on 5 May 2020.", "2020-05-05", "2020-05-05"),
    ("A seminar on Law No. 9887, dated 10.03.2008, was held in Tirana on 5 May 2020.", "2020-05-05", "2020-05-05"),
    # an undated mention that ties with a dated one does not hide it
    ("The campaign, which runs from 25 November to 10 December, opened with a conference held in Tirana on 25 November 2019.", "2019-11-25", "2019-11-25"),
    # periods that are not the event's length
    ("A seminar on the new Labour Code began in Astana on 5 May 2022. Employers must now answer complaints within 30 days.", "2022-05-05", "2022-05-05"),
    ("A seminar on criminal procedure concluded in Astana on 5 May 2022. Suspects may be detained for up to 3 days.", "2022-05-05", "2022-05-05"),
    ("A roundtable opened in Tirana on 25 November 2019. It marked the start of the global 16 Days of Activism campaign.", "2019-11-25", "2019-11-25"),
    # a topic word before the event's verb does not make the event's date another thing's
    ("A workshop on personal data protection for civil servants was held in Tashkent on 5 May 2022. The project, launched in January 2021, is funded by the EU.", "2022-05-05", "2022-05-05"),
    ("The OSCE conducted a training for 20 border guards in Osh on 12 October 2021. It was part of a project that began in June 2021.", "2021-10-12", "2021-10-12"),
    ("A first aid training course for border guards was held in Osh on 12 October 2021. The course series began in September 2021.", "2021-10-12", "2021-10-12"),
    ("A forum on co-operation between Tajikistan and Afghanistan was held in Dushanbe on 5 May 2021. The project started in February 2020.", "2021-05-05", "2021-05-05"),
    # ... but it still does when it is what the date belongs to
    ("The results of interviews conducted in March 2020 were presented at a workshop held in Osh on 5 May 2021.", "2021-05-05", "2021-05-05"),
])
def test_dates_that_are_not_the_events(sentence, start, end):
    s, e, warnings = dates("Headline of the article\n\n" + sentence)
    assert (s, e) == (start, end), warnings


@pytest.mark.parametrize("sentence, start, end", [
    ("A two-day regional workshop on drug trafficking concluded on 29 March 2023.", "2023-03-28", "2023-03-29"),
    ("A three-day seminar on freedom of expression concluded on 15 September 2017 in Tbilisi.", "2017-09-13", "2017-09-15"),
    ("A three-day course on controlled delivery operations opened on 11 September 2023 in Ankara.", "2023-09-11", "2023-09-13"),
    ("A one-day seminar on irrigation concluded on 4 May 2019 in Talgar.", "2019-05-04", "2019-05-04"),
])
def test_duration_with_concluded_or_opened(sentence, start, end):
    assert dates("Headline\n\n" + sentence)[:2] == (start, end)


def test_duration_in_a_later_sentence():
    text = ("Headline\n\nA regional workshop on drugs concluded on 29 March 2023.\n\n"
            "The two-day event brought together some 100 officials.")
    assert dates(text)[:2] == ("2023-03-28", "2023-03-29")


@pytest.mark.parametrize("sentence, start", [
    ("DUSHANBE, 3 June 2013 – Some 40 participants met in Dushanbe today to discuss the new law at a roundtable.", "2013-06-03"),
    ("NUR-SULTAN, 26 May 2021 – More than 60 teachers took part in a training course held yesterday in Nur-Sultan.", "2021-05-25"),
    ("ALMATY, 17 October 2019 – About 80 farmers took part in a field seminar, held on Tuesday in Talgar.", "2019-10-15"),
    ("KYIV, 15 June 2023 – About 150 people took part in a conference held in Kyiv on 14 June.", "2023-06-14"),
])
def test_relative_to_dateline(sentence, start):
    s, e, _ = dates("Headline\n\n" + sentence)
    assert s == start and e == start


def test_two_day_concluded_today():
    text = "Headline\n\nKIEV, 18 October 2013 – A two-day training course on safety concluded in Kiev today."
    assert dates(text)[:2] == ("2013-10-17", "2013-10-18")


def test_year_from_published_line():
    text = ("Webinar helps investigators\nPublished: 12 May 2021\n\n"
            "Investigators took part in a webinar on virtual assets, held online on 11 May.")
    assert dates(text)[:2] == ("2021-05-11", "2021-05-11")


def test_year_from_front_matter_date():
    art = md_article("Women officers complete course",
                     "From 29 to 31 March, eighteen women officers took part in a leadership course in Dushanbe.",
                     date="2022-04-01")
    f = extract_facts(art)
    assert (f.value("start_date"), f.value("end_date")) == ("2022-03-29", "2022-03-31")


def test_year_before_publication_rolls_back_a_year():
    art = md_article("Course held", "A course on customs took place in Osh on 28 and 29 December.",
                     date="2023-01-10")
    f = extract_facts(art)
    assert (f.value("start_date"), f.value("end_date")) == ("2022-12-28", "2022-12-29")


def test_last_week_gives_the_month():
    art = md_article("Psychologists trained",
                     "Last week, 45 school psychologists completed a three-day training in Samarkand.",
                     date="2022-11-21")
    f = extract_facts(art)
    assert (f.value("start_date"), f.value("end_date")) == ("2022-11", "2022-11")


def test_no_year_anywhere_stays_unknown():
    s, e, w = dates("Councillors practise mediation\n\n"
                    "Twenty-eight councillors took part in a workshop on mediation, held in Cahul on 3 and 4 October.")
    assert (s, e) == (None, None)
    assert "no event date year" in w


def test_impossible_date_is_not_rolled_over():
    s, e, w = dates("Roundtable held in Bishkek\n\n"
                    "A roundtable on access to information was held in Bishkek on 31 February 2023.")
    assert (s, e) == (None, None)
    assert any(x.startswith("invalid date") for x in w)


def test_implausible_year_kept_with_warning():
    s, e, w = dates("Seminar concludes in Tashkent\n\n"
                    "TASHKENT, 16 May 2203 – A two-day seminar on juvenile justice concluded in Tashkent today.")
    assert (s, e) == ("2203-05-15", "2203-05-16")
    assert any("implausible or future date" in x for x in w)


def test_no_date_at_all_warns():
    s, e, w = dates("Staff trained\n\nThirty members of election commissions took part in a training course held in Skopje.")
    assert (s, e) == (None, None)
    assert "no event date found" in w


def test_past_edition_is_not_the_event():
    text = ("Second summer school held in Antalya\n\n"
            "Thirty officers attended the second Summer School on Border Security, held from 1 to 5 July 2019 in Antalya, Turkey.\n\n"
            "The first edition took place in Dushanbe from 2 to 6 July 2018 and gathered 28 participants.")
    assert dates(text)[:2] == ("2019-07-01", "2019-07-05")


def test_past_edition_mentioned_first_is_not_the_event():
    text = ("Forum on community safety\n\n"
            "A year after the first forum, held in Durrës on 12 and 13 May 2015, a second regional forum "
            "on community safety took place in Shkodër on 9 June 2016.")
    assert dates(text)[:2] == ("2016-06-09", "2016-06-09")


def test_take_up_duties_is_not_an_event_date():
    text = ("New Deputy Representative takes up post\n\n"
            "DUSHANBE – Ms. Smith has been appointed Deputy Representative. She will take up her duties on 1 September 2021.")
    f = extract_facts(txt_article(text))
    assert f.value("is_event") is False
    assert f.value("start_date") is None


def test_dateline_is_the_published_date():
    f = extract_facts(txt_article("Headline\n\nDUSHANBE, 3 June 2013 – Some 40 participants met in Dushanbe today at a roundtable."))
    assert f.value("published") == "2013-06-03"


@pytest.mark.parametrize("text, start, end", [
    # a bare weekday, resolved against the page date: back for the past ...
    (" date 2022-05-15 The two-day health camp held at the town hall in Hillford ended Sunday.", "2022-05-14", "2022-05-15"),
    # ... forward for the future
    (" date 2023-03-22 A national conference of rectors will be inaugurated on Thursday in Hillford.", "2023-03-23", "2023-03-23"),
    (" date 2022-11-09 The university will organise a conference on transport from tomorrow.", "2022-11-10", "2022-11-10"),
    # a written-out date beats a weekday of the same weight
    (" date 2021-12-01 A training that took off on November 28 in Hillford concluded on Tuesday.", "2021-11-28", "2021-11-28"),
    # two weekdays joined by "to": back for the past, forward for the future
    (" date 2024-06-16 The folk festival, held in Hillford, drew 3,000 visitors from Friday to Sunday.", "2024-06-14", "2024-06-16"),
    (" date 2024-06-11 The Hillford folk festival will run from Friday to Sunday.", "2024-06-14", "2024-06-16"),
    # "last Tuesday" on a Tuesday's page is a week before; "on Tuesday" is that day
    (" date 2022-08-09 Last Tuesday, forty residents joined a clean-up workshop in Hillford.", "2022-08-02", "2022-08-02"),
    (" date 2022-08-09 On Tuesday, forty residents joined a clean-up workshop in Hillford.", "2022-08-09", "2022-08-09"),
    # announced events keep their own dates
    ("Headline of the article\n\nThe International Symposium, held virtually Feb. 23-24, 2021, will feature panel discussions.", "2021-02-23", "2021-02-24"),
])
def test_relative_and_announced_dates(text, start, end):
    s, e, _ = dates(text)
    assert (s, e) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    # the same days with a year further down
    ("Headline of the article\n\nFrom June 5-6, more than 70 people attended a workshop on e-learning in Hillford.\n\n"
     "The workshop, organised on June 5-6, 2014 in Hillford, was the first of its kind.", "2014-06-05", "2014-06-06"),
    # a page-date line below the lede
    ("Delegates meet on labour standards\n\nOver 30 delegates gathered in Hillford from 14-17 November.\n\nNews | 14 November 2016\n\n"
     "The seminar was organised by the Labour Office.", "2016-11-14", "2016-11-17"),
    # a single year in the same sentence
    ("Headline of the article\n\nThe 2020 Global Voices Symposium March 2-3 will bring together students and alumni.", "2020-03-02", "2020-03-03"),
    # a year beside the event's noun elsewhere in the text
    ("Symposium to be held Feb. 23-24\n\nSymposium 2021 banner\n\nThe International Symposium, held online Feb. 23-24, will feature six panels.", "2021-02-23", "2021-02-24"),
    # an ambiguous numeric page date still gives the year
    ("Training for officials\nSaturday, 11/02/2023 08:00\n\nThe Secretariat conducted a training from February 7-9 in Hillford.", "2023-02-07", "2023-02-09"),
    # a US numeric 'Date:' line
    ("Conference from May 24\n\nA three-day conference will be held in Hillford from May 24.\n\nDate:4/14/2004", "2004-05-24", "2004-05-26"),
])
def test_year_from_elsewhere_in_the_text(text, start, end):
    s, e, _ = dates(text)
    assert (s, e) == (start, end)


@pytest.mark.parametrize("text, start", [
    # the weekday fits only one of the written years (18 May is a Thursday in 2017, not in 2020)
    ("Parents meet the teachers\n\nSome 200 parents attended the open evening held on Thursday evening, May 18 at the "
     "Hillford Hall.\n\nThe school's plan for 2017-2020 was presented.", "2017-05-18"),
    ("Parents meet the teachers\n\nSome 200 parents attended the open evening held Thursday, May 18 in the Hillford Hall."
     "\n\nThe school opened in 2017 and was extended in 2020.", "2017-05-18"),
    # no written year puts the day on that weekday, or two do: no date
    ("Parents meet the teachers\n\nSome 200 parents attended the open evening held on Friday, May 18 at the Hillford "
     "Hall.\n\nThe plan for 2017-2020 was presented.", None),
    ("Parents meet the teachers\n\nSome 200 parents attended the open evening held on Thursday, May 18 at the Hillford "
     "Hall.\n\nThe plans of 2017 and 2023 were presented.", None),
])
def test_a_weekday_picks_the_year_among_the_written_ones(text, start):
    s, e, _ = dates(text)
    assert (s, e) == (start, start)


def test_a_rank_in_capitals_with_a_lowercase_qualifier_does_not_end_the_sentence():
    s, _, _ = dates("Officers meet online\n\nOn 14.05.2021, COL eng. Ion Popa took part in the coordination meeting "
                    "of training centres.")
    assert s == "2021-05-14"


def test_no_year_anywhere_means_no_date():
    s, e, warnings = dates("Headline of the article\n\nA bushfire information session will be held on Tuesday, 24 November at 7.00pm in the Hillford Room.")
    assert (s, e) == (None, None)
    assert any("year" in w or "no event date" in w for w in warnings)


def test_a_weekday_inside_a_written_range_gives_the_range():
    s, e, _ = dates(" date 2023-03-22 HILLFORD: A national conference of rectors will be inaugurated on Thursday.\n\n"
                    "The conference, hosted by the university from March 23 to 25, will bring together 300 rectors.")
    assert (s, e) == ("2023-03-23", "2023-03-25")


def test_an_event_taking_place_in_the_future():
    s, e, _ = dates(" date 2023-08-05 The Riverside Library's annual Author Fair is quickly approaching. "
                    "This year, the author fair will be taking place on Sept. 2, from 1:30 to 4:30 p.m.")
    assert (s, e) == ("2023-09-02", "2023-09-02")


def test_an_ampersand_joins_two_days_of_one_month():
    assert dates("Seed fair in Lindale\n\nThe seed fair was held on May 9 & 10, 2023 in Lindale.\n")[:2] \
        == ("2023-05-09", "2023-05-10")


def test_a_wire_datelines_yearless_day_dates_the_story_not_the_event():
    text = ("Forum on river transport ends\n\nKISUMU, Kenya, June 14 (Reuters) - A regional forum on river"
            " transport ended on Tuesday with a joint statement.\n\nPublished 14 June 2023\n")
    # 14 June 2023 is a Wednesday: the talks ended the day before
    assert dates(text)[:2] == ("2023-06-13", "2023-06-13")


def test_ending_after_n_days_gives_the_length_back_from_the_end():
    text = ("Basin forum closes\n\nKisumu, 16 June 2023 – The basin forum on fisheries closed yesterday"
            " after three days of debate.\n")
    assert dates(text)[:2] == ("2023-06-13", "2023-06-15")


def test_after_n_days_without_an_ending_is_no_length():
    text = ("Basin forum\n\nKisumu, 16 June 2023 – The basin forum on fisheries was held yesterday;"
            " after two days the report will be shared.\n")
    assert dates(text)[:2] == ("2023-06-15", "2023-06-15")


@pytest.mark.parametrize("sentence, start", [
    ("A clinic day for beekeepers was held on 9 SEPTEMBER 2022 in Lindale.", "2022-09-09"),
    ("A clinic day for beekeepers was held on 23/09/2022 in Lindale.", "2022-09-23"),
    ("A clinic day for beekeepers was held on 9/23/2022 in Lindale.", "2022-09-23"),
])
def test_capitals_and_slashed_days_that_can_only_be_read_one_way(sentence, start):
    assert dates("Clinic day\n\n" + sentence)[:2] == (start, start)


def test_a_slashed_day_that_reads_both_ways_stays_unknown():
    assert dates("Clinic day\n\nA clinic day for beekeepers was held on 09/08/2022 in Lindale.\n")[:2] \
        == (None, None)


@pytest.mark.parametrize("sentence, start, end", [
    ("A clean-up fair was held in Lindale over the weekend.", "2022-09-10", "2022-09-11"),
    ("A clean-up fair will be held in Lindale this weekend.", "2022-09-17", "2022-09-18"),
])
def test_the_weekend_is_the_saturday_and_sunday_around_the_page_date(sentence, start, end):
    # 12 September 2022 is a Monday
    assert dates("Clean-up fair\nMonday, 12 September 2022\n\n" + sentence)[:2] == (start, end)


def test_a_day_written_inside_last_week_is_the_events_day():
    text = ("Clean-up fair\nPosted 12 September 2022\n\nA clean-up fair took place last week in Lindale."
            " The fair was held on 7 September with forty stalls.\n")
    assert dates(text)[:2] == ("2022-09-07", "2022-09-07")


def test_runs_until_a_weekday_ends_ahead_and_a_length_gives_the_start():
    text = ("Crafts fair\nThursday, 8 June 2023\n\nThe three-day crafts fair in Lindale, organised by the"
            " weavers' guild, runs until Saturday.\n")
    assert dates(text)[:2] == ("2023-06-08", "2023-06-10")


def test_the_first_of_a_named_series_is_still_the_event():
    text = ("Kisumu to host trade expo\n\nKisumu will host the first Lakeside Trade Expo from September 18-20,"
            " 2025, bringing together boat builders from three countries.\n")
    assert dates(text)[:2] == ("2025-09-18", "2025-09-20")


def test_a_weekday_before_each_month_of_a_range():
    text = ("Film days\nUpdated 12 October 2023\n\nThe film festival will be held from Tuesday, Oct. 17 to"
            " Sunday, Oct. 22 in Lindale.\n")
    assert dates(text)[:2] == ("2023-10-17", "2023-10-22")


@pytest.mark.parametrize("page_date", ["2023/06/14", "14-06-2023"])
def test_page_dates_with_slashes_after_the_year_or_dashes_between_numbers(page_date):
    # 14 June 2023 is a Wednesday: "on Tuesday" is the day before
    text = f"Seed fair\n{page_date}\n\nThe seed fair was held on Tuesday at the Town Hall in Lindale.\n"
    assert dates(text)[:2] == ("2023-06-13", "2023-06-13")


@pytest.mark.parametrize("sentence, start, end", [
    ("The seed fair kicked off on Monday at the Town Hall in Lindale and runs through Friday.", "2024-06-10", "2024-06-14"),
    ("The seed fair opened today at the Town Hall in Lindale and continues until Sunday.", "2024-06-12", "2024-06-16"),
    ("The seed fair takes place this coming Saturday at the Town Hall in Lindale.", "2024-06-15", "2024-06-15"),
    ("The seed fair was held earlier this month at the Town Hall in Lindale.", "2024-06", "2024-06"),
])
def test_relative_starts_ends_and_months(sentence, start, end):
    # the page is dated Wednesday 12 June 2024
    assert dates("Seed fair in Lindale\nWednesday, 12 June 2024\n\n" + sentence + "\n")[:2] == (start, end)


def test_a_dateline_with_the_day_in_figures_dates_the_story_not_the_event():
    text = ("Seed course ends in Lindale\n\nLindale, 19.06.2024 – Growers completed a five-day seed course on"
            " Friday.\n\nThe course, held from 10.06.2024 to 14.06.2024 at the Town Hall, drew 60 growers.\n")
    assert dates(text)[:2] == ("2024-06-10", "2024-06-14")


@pytest.mark.parametrize("body", [
    # "the opening of" starts the event; a length in the next sentence gives its end
    "Growers gathered at the opening of the Lindale Seed Fair on Wednesday.\n\nThe four-day fair,"
    " running until Saturday at the Town Hall, drew 60 growers.\n\nPage date: 12 June 2024\n",
    # the end in the sentence after the opening
    "Wednesday, 12 June 2024\n\nThe Lindale Seed Fair opened on Wednesday at the Town Hall. It runs till"
    " Saturday.\n",
])
def test_an_opening_day_and_the_end_a_later_sentence_gives(body):
    assert dates("Seed fair opens in Lindale\n" + body)[:2] == ("2024-06-12", "2024-06-15")


@pytest.mark.parametrize("posted, start", [
    ("Posted 23/05/2024", "2024-05-04"),  # the text writes its day first
    ("Posted 5/23/2024", "2024-04-05"),  # the text writes its month first
    ("Posted 23/05/2024 and updated 5/23/2024", None),  # the text's dates disagree: unknown
])
def test_the_texts_own_slashed_dates_settle_an_ambiguous_one(posted, start):
    text = f"Seed fair in Lindale\n{posted}\n\nThe seed fair was held on 04/05/2024 at the Town Hall in Lindale.\n"
    assert dates(text)[0] == start


@pytest.mark.parametrize("sentence, start, end", [
    ("The seed fair opened on Friday 11 April and closed on Sunday 13 April 2025 at the Town Hall in Lindale.",
     "2025-04-11", "2025-04-13"),
    ("The seed fair ran from Thursday morning, 5 June, to Saturday night, 7 June 2025, at the Town Hall.",
     "2025-06-05", "2025-06-07"),
    ("The seed fair began on 30 December and ended on 2 January 2024 at the Town Hall in Lindale.",
     "2023-12-30", "2024-01-02"),
    # "the third <Name>" is the event's edition, not another date's
    ("The third Lindale Seed Fair opened on 18 October and closed on 20 October 2024 at the Town Hall.",
     "2024-10-18", "2024-10-20"),
])
def test_an_opening_day_and_a_closing_day_written_apart_are_one_span(sentence, start, end):
    assert dates("Seed fair in Lindale\n\n" + sentence + "\n")[:2] == (start, end)
