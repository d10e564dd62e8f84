"""Events told in ways the detector did not know (a scene of people at a place on a day, a
final, a spelling bee, trials, a ribbon cutting), and non-events told with event words (an
incident, a petition, a call for entries, a ruling by a hearings panel, a poll, a book)."""

from __future__ import annotations

import pytest

from archive.extract import extract_facts

from _extract_helpers import txt_article

EVENTS = [
    'Harriers edge Rovers in cup thriller\n\nHarbourside Harriers beat Millbrook Rovers 2-1 at Fenwick Park on Saturday afternoon in front of 1,800 supporters.',
    "Under-14s lift county shield\n\nThe under-14 girls of St Anne's won the county shield final against Dunmore on Sunday, scoring twice in the last ten minutes.",
    'Derby day\n\nPlayers took to the pitch at the Riverside ground on a wet Tuesday evening, and the home side never looked back.',
    'Colour and noise as carnival parade winds through town\n\nThousands lined the high street on Sunday as the annual carnival parade made its way from the station to the seafront.',
    'Veterans march past the cenotaph\n\nAbout 300 veterans and cadets paraded through Kelso on Remembrance Sunday before a two-minute silence at the war memorial.',
    "Candles lit for crash victims\n\nHundreds of residents held a candlelit vigil outside the town hall on Thursday night for the three teenagers killed in last week's crash.",
    'Community remembers nurse\n\nFriends and colleagues gathered at dusk in Elm Park on Friday to remember the nurse, laying flowers beside the bandstand.',
    'Volunteers haul 2 tonnes of litter from river\n\nMore than 120 volunteers pulled shopping trolleys, tyres and plastic from the River Wen on Saturday morning.',
    'Beach cleanup draws families\n\nFamilies, surfers and schoolchildren spent Sunday morning combing the dunes at Porth Bay for plastic, filling 90 bags.',
    'Chess tournament crowns young champion\n\nA 13-year-old from Larne won the Ulster junior chess tournament in Belfast on Sunday, beating 64 rivals over seven rounds.',
    'Padel open draws record entry\n\nThe third Coastline Padel Open got under way on Friday with 96 pairs competing on the courts of the Marina Club.',
    "Documentary premiere packs cinema\n\nThe new documentary on the town's mills was shown to a full house at the Regent Cinema on Wednesday night, followed by a Q&A with the director.",
    'Outdoor film night returns\n\nResidents brought blankets and deckchairs to Victoria Gardens on Friday for a free outdoor screening of a family classic.',
    "Proud day for nursing graduates\n\nOne hundred and forty nursing students received their degrees at the university's winter graduation ceremony on Tuesday.",
    'Class of 2024 says goodbye\n\nSeniors at Westfield High walked across the stage on Saturday as families cheered from the bleachers of the school gym.',
    'Careers fair links students and employers\n\nMore than 40 employers set up stands in the sports hall of Kirkton Academy on Thursday to meet pupils.',
    'Country fair a success\n\nThe village green was packed on Bank Holiday Monday for the Upper Wick country fair, with sheepdog trials, a dog show and a tug of war.',
    'Residents voice concerns over quarry\n\nDozens of residents spoke at a public hearing on the quarry expansion at the civic centre on Monday evening.',
    'Inquiry opens into bridge collapse\n\nThe public inquiry into the collapse of the Kell Bridge opened in Carlisle on Tuesday, with families of the victims in the public gallery.',
    'Minister tours flood defences\n\nThe environment minister visited the new flood barrier at Lowmoor on Friday and met engineers and residents.',
    'Ambassador meets farmers in Kisii\n\nThe Dutch ambassador spent Wednesday in Kisii, touring a dairy cooperative and meeting women farmers.',
    "Plaque unveiled for pioneering doctor\n\nA blue plaque honouring the town's first woman doctor was unveiled on her former surgery on Saturday in a short ceremony attended by her descendants.",
    'New bridge officially opened\n\nThe mayor cut the ribbon on the new footbridge over the Wen on Monday, watched by pupils from the nearby primary school.',
    'Gallery opens show of local quilts\n\nAn exhibition of 60 hand-stitched quilts opened at the Old Granary Gallery on Friday and runs until 30 June.',
    'Photographs of the coalfield go on show\n\nA new exhibition of photographs of the coalfield went on show at the town museum this week.',
    "Choir raises roof for hospice\n\nThe Dunmore Male Voice Choir sang to a packed St Mary's Church on Saturday night, raising £3,200 for the hospice.",
    "Orchestra plays under the stars\n\nThe city's youth orchestra performed in the castle courtyard on Friday evening to an audience of 500.",
    'Thousands march against hospital closure\n\nAn estimated 5,000 people marched through the centre of Dunford on Saturday to protest against plans to close the maternity unit.',
    'Teachers strike and rally outside parliament\n\nStriking teachers rallied outside the parliament building on Wednesday, demanding a pay rise.',
    'Students walk out over fees\n\nHundreds of students walked out of lectures on Monday and staged a sit-in at the administration building.',
    'Blood donors answer the call\n\nMore than 80 people gave blood at the community centre on Tuesday during a donor session run by the regional blood service.',
    'Firefighters roll up sleeves\n\nThe fire station hosted a blood drive on Saturday, collecting 64 units.',
    'Midwives trained in newborn care\n\nThirty midwives from rural clinics completed a five-day course on newborn resuscitation in Mzuzu last week.',
    'Food festival returns next month\n\nThe Harbour Food Festival will return to the quayside on 14 and 15 September with more than 70 stalls.',
    'Town to host national pipe band contest\n\nKirkwall will welcome 40 pipe bands on 3 August when the national championships come to the town for the first time.',
    'Fun day planned for park\n\nA free family fun day with bouncy castles, face painting and a dog show is planned for Castle Park on Sunday 12 May.',
    'Marathon weekend begins\n\nRunners from 30 countries are in the city this weekend for the marathon, which starts at 8am on Sunday outside the cathedral.',
    "Mud, rain and smiles\n\nThe rain had not stopped since dawn, but by nine o'clock the field behind the church was full of tents, tractors and children in wellies. The annual ploughing match was under way.",
    '\'We did it for Jamie\'\n\n"It was the best day of my life," said nine-year-old Ellie, who ran the 5km course at Hillside Park on Sunday with 200 others to raise money for her brother\'s ward.',
    'Hope for the high street\n\nShops in Millbrook have been closing at a rate of one a month since the bypass opened, and footfall is down by a third.\n\nOn Saturday, traders fought back with a street market that filled Market Square with 50 stalls and drew an estimated 4,000 shoppers.',
    'Ten years on\n\nA decade ago, the flood destroyed more than 300 homes in the valley and left two people dead.\n\nOn Sunday, survivors and rescue workers came together at the riverside memorial for a service of remembrance.',
    "Spelling bee crowns champion\n\nAn 11-year-old from Ashford spelled 'onomatopoeia' to win the county spelling bee at the Corn Exchange on Thursday.",
    'Jazz night at the library\n\nThe Central Library hosted its first late-night jazz session on Friday, with a quartet playing among the bookshelves.',
    'Tree planting day\n\nPupils from three schools planted 500 saplings along the new cycle path on Wednesday.',
    'Open garden raises funds\n\nVisitors toured the walled garden of Fenton House on Sunday, raising £1,100 for the church roof.',
    "Hackers build apps for the council\n\nTwenty teams spent the weekend coding at the university's computing building in a 48-hour hackathon set by the city council.",
    'Award night honours carers\n\nCarers from across the borough were honoured at an awards evening in the Grand Hotel on Thursday.',
    'Sheepdog trials\n\nHandlers and their dogs competed at Glenrow Farm on Saturday in the 60th Glenrow sheepdog trials.',
    'Conference on water\n\nSome 200 engineers attend a two-day conference on urban water that opens in Nairobi today.',
]

NON_EVENTS = [
    "Council publishes report on sports facilities\n\nThe council has published a report on the state of the borough's sports halls, finding that half need new roofs.",
    'University climbs in rankings\n\nThe university has risen 12 places in the latest world rankings, published on Tuesday.',
    "Arts festival wins lottery grant\n\nThe Millbrook Arts Festival has been awarded a £40,000 grant from the National Lottery to expand next year's programme.",
    "Council sets budget for events\n\nCouncillors approved a budget of £250,000 for the summer events programme at Tuesday's meeting.",
    'New director for the festival\n\nThe Harbour Festival has appointed Jane Moss as its new artistic director. She takes up the post in January.',
    "Tributes paid to festival founder\n\nTributes have been paid to Tom Ellis, the founder of the town's folk festival, who has died aged 84.",
    'Company launches new running shoe\n\nSportswear maker Stride has launched a new running shoe designed for marathon runners.',
    'Survey finds most residents want more concerts\n\nA survey of 1,200 residents found that 68 per cent want more outdoor concerts in the park.',
    'Photographers invited to submit\n\nSubmissions are now open for the annual county photography competition. The closing date is 30 April.',
    "What's on this weekend\n\nSaturday: Craft fair at St John's Hall, 10am-4pm.\nSaturday: Quiz night at the Red Lion, 8pm.\nSunday: Car boot sale at Fenwick Park, 7am.",
    'Court rules against march organisers\n\nThe High Court has ruled that police were entitled to ban a march planned for the city centre.',
    "Parade cancelled due to weather\n\nSunday's carnival parade has been cancelled because of forecast high winds, organisers said.",
    'Festival to be scrapped\n\nThe long-running Bay Music Festival will not take place next year because of rising costs, its organisers announced.',
    'Stadium plans approved\n\nPlans for a 10,000-seat stadium on the edge of town were approved by the planning committee.',
    "Club's season in review\n\nIt has been a remarkable season for the club, with promotion, a cup run and record crowds.",
    'Applications invited for community grants\n\nCommunity groups can now apply for grants of up to £5,000 to run events and activities.',
    'Tour operator reports record bookings\n\nA tour operator says bookings for guided walking holidays are up 40 per cent.',
    'Vaccination rates rise\n\nFigures released by the health board show vaccination rates among children have risen to 92 per cent.',
    'Police appeal after vandalism\n\nPolice are appealing for witnesses after benches in Elm Park were damaged overnight.',
    'Marathon runner sets record\n\nA Kenyan runner has been named athlete of the year after setting a world record in Berlin last autumn.',
    'Review: a thrilling new production\n\nThe new production of Macbeth is a triumph of staging, with a cast that never lets up.',
    'Minister announces funding for school trips\n\nThe education minister announced £2m in funding for school trips to museums and galleries.',
    'Bus timetable changes\n\nBus services will run to a Sunday timetable on the bank holiday, the operator said.',
    'Firm appoints new chief executive\n\nThe company has appointed a new chief executive who will take up the role on 1 March.',
    "New book charts history of the carnival\n\nA new book by local historian Anne Reed charts the 150-year history of the town's carnival.",
    'Poll shows support for festival\n\nMost residents support the return of the summer festival, according to a poll commissioned by the council.',
    'Two hurt in hotel fire\n\nTwo people were injured in a fire at the Grand Hotel on Monday night, and 40 guests were evacuated.',
    'Arrests after match\n\nPolice arrested three men at the Riverside ground on Saturday after fighting broke out in the stands.',
    'Nurses sign petition\n\nMore than 2,000 nurses from across the county signed a petition on Monday calling for more staff.',
    "Short film days open a call for entries\n\nThe organisers of the Valley Film Days have opened their call for short films for this year's edition, which will take place in Ashby on 4-6 June.",
    "Writers invited to enter\n\nStories of up to 2,000 words can be submitted until 31 March for the county's new prize for short fiction, to be presented at the book festival.",
    "Fair gets the go-ahead\n\nThe licensing committee's hearings panel has granted a permit for the Ashby summer fair, planned for the common on 12 July.",
]


@pytest.mark.parametrize("text", EVENTS)
def test_events_told_as_scenes_or_by_their_kind(text):
    assert extract_facts(txt_article(text)).value("is_event") is True


@pytest.mark.parametrize("text", NON_EVENTS)
def test_non_events_told_with_event_words(text):
    f = extract_facts(txt_article(text))
    assert f.value("is_event") is False
    assert f.value("attendance_mode") is None
