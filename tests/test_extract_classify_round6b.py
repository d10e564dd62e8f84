"""More events and non-events: people counted doing what people do at an event ("1,200 students
graduated"), a screening or an inspection at a venue on a day; an obituary of someone who once ran
an event, a headline whose event noun qualifies something else ("festival plans", "rally ban",
"festival founder"), company results, road closures."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

EVENTS = [
    'Drought, debt and a meeting\n\nFor three years the rains have failed in the district, and many families have sold their cattle.\n\nOn Tuesday, more than 200 farmers met agriculture officials at the district headquarters to demand relief.',
    'Councillors to hear residents on bus cuts\n\nA public meeting on the proposed bus cuts will be held at the Memorial Hall on 14 March, the council said.',
    'Graduates celebrate\n\nIt was a day of caps, gowns and proud parents as 1,200 students graduated from Northfield University on Friday.',
    "Screening of climate film\n\nThe film society will screen the documentary 'Thin Ice' at the Arts Centre on 3 February, followed by a discussion with the director.",
    'Officials inspect new hospital wing\n\nA delegation from the health ministry inspected the new maternity wing at Kisumu County Hospital on Monday.',
    "Blood donation camp at college\n\nStudents and staff of St Xavier's College donated 120 units of blood at a camp organised by the NSS unit on Tuesday.",
    'Protesters block road\n\nAbout 500 residents protested outside the district office on Wednesday against the closure of the local clinic.',
    'Minister opens training centre\n\nThe labour minister inaugurated a vocational training centre in Gulu on Friday, which will train 300 young people a year.',
    'Town celebrates centenary\n\nThe town marked 100 years since its charter with a parade, fireworks and a street party on Saturday.',
    "Tournament results\n\nSt Joseph's won the under-12 football tournament, held at the Bluebell playing fields on Saturday, beating Holy Cross 3-1 in the final.",
    'Hundreds mourn at vigil\n\nCandles flickered on the steps of the cathedral on Monday night as hundreds mourned the victims of the ferry disaster.',
    'Exhibition explores migration\n\nA new exhibition at the City Museum tells the stories of migrants who arrived in the port over two centuries. It opens on 12 April.',
    'Choir festival\n\nTwelve choirs from across the region will compete in the annual choir festival in Bangor next Saturday.',
]

NON_EVENTS = [
    'App helps runners find routes\n\nA local start-up has launched an app that helps runners find safe routes through the city.',
    'Club announces new coach\n\nThe Harriers have announced the signing of a new head coach, who joins from Millbrook on a two-year deal.',
    "Former mayor dies at 90\n\nFormer mayor Alan Brooks, who organised the town's first carnival in 1962, has died at the age of 90.",
    'School named best in region\n\nWestfield High has been named the best state school in the region in a league table published on Thursday.',
    "Council approves £2m for sports centre\n\nThe council's cabinet has approved £2m for the refurbishment of the Northgate sports centre.",
    'Residents oppose festival plans\n\nResidents have objected to plans for a three-day music festival in Elm Park, saying it will bring noise and litter.',
    'Judge dismisses challenge to rally ban\n\nA judge has dismissed a challenge to the ban on a rally planned for the city centre next week.',
    'Heatwave warning issued\n\nThe weather service has issued a heatwave warning for the weekend, with temperatures expected to reach 38C.',
    'New bus route to the stadium\n\nA new bus route linking the railway station and the stadium will start running on Monday.',
    "Company reports record profits\n\nThe country's largest brewer reported record profits on Tuesday, helped by strong sales during the football tournament.",
    'Festival founder honoured\n\nThe founder of the Bay Jazz Festival has been made an MBE in the New Year Honours list.',
    "Census shows population growth\n\nThe town's population has grown by 8 per cent in ten years, according to census figures released on Wednesday.",
    'Scholarship winners named\n\nTwenty students from the county have won scholarships to study engineering at the university.',
    'Training centre gets new roof\n\nThe fire service training centre at Bramley has been fitted with a new roof after storm damage last winter.',
]


@pytest.mark.parametrize("text", EVENTS)
def test_more_events(text):
    assert extract_facts(txt_article(text)).value("is_event") is True


@pytest.mark.parametrize("text", NON_EVENTS)
def test_more_non_events(text):
    assert extract_facts(txt_article(text)).value("is_event") is False


SERIES = ("Harbour skills programme\n\n"
          "Under the programme the trust organised 6 local workshops and 3 online sessions for 200 fishers, as "
          "listed below.\n\n"
          "Workshop, Eastport, 4 March 2023\n\nThe first workshop met at the harbour office with 30 fishers.\n\n"
          "Workshop, Westport, 11 March 2023\n\nThe second met at the lifeboat station.\n\n"
          "Online session, 18 March 2023\n\nThe first online session covered safety at sea.\n")
SPREAD = ("In March the harbour trust held planning meetings in its four partner towns, namely:\n"
          "- Eastport, held at the Quay Hotel on 4 March 2023\n- Westport, held at the Mill on 6 March 2023\n"
          "- Northby, held at the Library on 9 March 2023\n- Southby, held at the Hall on 12 March 2023\n\n"
          "The meetings aimed to agree the next year's plan.\n")


@pytest.mark.parametrize("text", [SERIES, SPREAD])
def test_an_opening_that_counts_or_spreads_events_over_several_days_is_a_series(text):
    assert extract_facts(txt_article(text)).value("is_event") is False


@pytest.mark.parametrize("text", [
    # two counted workshops on one day stay one event
    "Harbour skills day\n\nThe trust organised two workshops for fishers in Eastport on 4 March 2023, "
    "one on safety and one on nets.\n",
    # a year before the event's name is no count of events
    "Eastport to host the basins forum\n\nEastport will host the 2026 River Basins Forum from 29 September "
    "to 1 October 2026.\n\nAbstracts are due by 31 May 2026.\n",
])
def test_no_series_without_a_count_of_events_over_several_days(text):
    assert extract_facts(txt_article(text)).value("is_event") is True
