"""Cues for ``classify`` beyond an event noun and its verb: a crowd counted in the opening
under a headline that names an event, and the sentences that look like events but report a
decision, a summary of a year's activities or an announcement."""

from __future__ import annotations

import re

from .alternation import compile_factored
from .text import NUMBER_RE, WORD_START

#: Plural nouns for people: the common ones, and agent nouns ("growers", "scientists",
#: "musicians", "participants", "attendees") short of the things such endings also name.
_PEOPLE = (
    r"(?:people|persons|men|women|children|youths?|pupils|girls|boys|families|couples|locals|fans|crowds"
    r"|staff|delegates|guests|nurses|doctors|farmers|students|residents|members|volunteers|athletes"
    r"|(?!(?:documents|events|incidents|elements|instruments|segments|cents|percents|plants|grants"
    r"|centers|computers|meters|kilometers|containers|numbers|papers|letters|dollars|sectors|factors"
    r"|floors|doors|colors|colours|minutes|hours|years|months|weeks|days|projects|products|points"
    r"|tons|tonnes|acres|hectares|litres|liters|units|items|copies|shares|votes|seats|cases)\b)"
    r"[a-z]+(?:ers|eurs|ors|ists|ians|ants|ents|ees|ives|ites))")
#: An opening sentence whose subject is a counted crowd ("More than 200 growers from across
#: the district converged on ...", "Some 150 pupils showed ..."), after an optional dateline.
COUNTED_CROWD = re.compile(
    r"^(?:[^–—]{0,80}[–—]\s*|[A-Z][A-Z .,'’-]{2,40}\s*[-:]\s*)?"
    r"(?:(?:more|fewer)\s+than|over|about|around|some|nearly|almost|close\s+to|up\s+to|at\s+least"
    r"|roughly|approximately|an\s+estimated)?\s*(?:\d[\d,]*|" + NUMBER_RE[3:-1] + r"|hundreds|thousands|dozens)"
    r"(?!\s*(?:per\s*cent|percent|%))(?:\s+of)?\s+(?:[\w’'-]+\s+){0,3}?" + _PEOPLE + r"\b"
    r"(?:\s+(?:from|of|in|at|across|aged)\s+[^,;.]{1,60}?)?,?"
    r"\s+(?:have\s+|had\s+|were\s+|also\s+)?(?:[a-z]+ed|came|went|took|met|saw|spent|drew|ran|gave|brought"
    r"|flocked|made|sat|stood|heard|got|won)\b", re.IGNORECASE)

#: A decision taken at a meeting: the meeting is the frame, the news is what was decided
#: ("voted 5-2 at its meeting on Monday to ...", "a decision made at Monday's meeting").
DECISION = re.compile(
    WORD_START + r"(?:vot(?:ed|es|e)\s+(?:\d+[-–]\d+\s+)?(?:on\s+\w+\s+)?(?:(?:at|during)\s+[^,.;]{0,40}?\s+)?"
    r"(?:to|for|against|in\s+favou?r|down|unanimously)|decisions?\s+(?:made|taken|reached)|approved|approves"
    r"|rejected|rejects|adopted|adopts|passed|passes|decided|decides|agreed\s+to|agrees\s+to|endorsed)\b",
    re.IGNORECASE)
#: A proposal, plan or request turned down: the event it was for does not happen in the text
#: ("councillors rejected a proposal to close the square for the rally", "refused a permit for
#: the march").
REJECTED = re.compile(
    WORD_START + r"(?:rejected|rejects|refused|refuses|turned\s+down|turns\s+down|voted\s+(?:down|against)"
    r"|vetoed|vetoes|blocked|blocks|denied|denies|threw\s+out|throws\s+out|say\s+no\s+to|said\s+no\s+to)\b"
    r"(?=[^.;!?]{0,60}?\b(?:proposals?|plans?|motions?|requests?|applications?|bids?|permits?|permission"
    r"|licen[cs]es?|petitions?|idea)\b)", re.IGNORECASE)
#: An event called off: "will not go ahead", "has been cancelled", "organisers scrapped the
#: festival". A postponement counts when no new day follows it (``postponed to 5 May`` is an event
#: announced).
CANCELLED = compile_factored(
    WORD_START + r"(?:cancell?ed|cancels|cancell?ing|cancellation|called\s+off|calls\s+off|calling\s+off"
    r"|scrapped|scraps|axed|shelved|(?:will|would|is|are|was|were|shall)\s+not\s+(?:go\s+ahead|take\s+place"
    r"|be\s+held|be\s+staged|proceed|happen)|won['’]t\s+(?:go\s+ahead|take\s+place|be\s+held|happen)"
    r"|postponed|postpones|postponing|postponement)\b", re.IGNORECASE)
#: After a postponement: the new day ("postponed to 5 May", "postponed by the storm, will now be held on").
NEW_DAY = re.compile(r"[^.;!?]{0,60}?\b(?:(?:to|until|till)\s+(?:the\s+)?(?:\d|next|later|(?-i:[A-Z]))"
                     r"|will\s+(?:now\s+)?(?:be\s+held|take\s+place|run|go\s+ahead)|rescheduled|moved\s+to|new\s+date)",
                     re.IGNORECASE)
#: Around a cancellation: another year's edition, not the news ("cancelled last year", "returns
#: after a two-year break").
OTHER_TIME = re.compile(r"\b(?:last|previous|past)\s+(?:year|edition|two|three|years)|\byears?\s+ago"
                        r"|\bafter\s+(?:a|an|two|three|four|\d+)[\w\s-]{0,12}(?:break|hiatus|absence|gap)|\breturn",
                        re.IGNORECASE)
#: The meetings of a body that decides: a council meeting, a board's session, a sitting.
BODY_MEETING = re.compile(
    WORD_START + r"(?:meetings?|sessions?|sittings?|hearings?|debates?)\b", re.IGNORECASE)
#: People coming to the meeting make it an event whatever was decided there.
ATTENDED = re.compile(
    WORD_START + r"(?:attended|attend|took\s+part|turned\s+out|turned\s+up|packed|crowded|gathered"
    r"|participants|attendees|in\s+attendance)\b", re.IGNORECASE)
#: Events counted over a period: a summary of a year's activities, not one event
#: ("held 14 workshops this year", "organised 25 training sessions in 2024").
PERIOD = compile_factored(
    WORD_START + r"(?:this|last|past|previous)\s+(?:year|season|term|decade)|in\s+(?:the\s+year\s+)?(?:19|20)\d\d\b"
    r"(?!\s*[-–]?\s*\d)|so\s+far|to\s+date|since\s+(?:its|the|\d{4}|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)|over\s+the\s+(?:past|last)|during\s+the\s+year"
    r"|(?:each|every|a)\s+year|annually|throughout\s+the\s+year", re.IGNORECASE)
COUNTED = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of"
    r"|several|numerous|many)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
#: Money given: a grant, funding, a budget ("awarded a grant of $50,000 to the festival").
FUNDING = re.compile(
    WORD_START + r"(?:grants?|funding|funds|budget|[$€£]\s?\d|\d[\d,.]*\s*(?:million|billion|m|bn)\b"
    r"|ranked|rankings?|league\s+table)", re.IGNORECASE)
#: Before an event noun: the event receives the money or the ranking, it does not happen
#: in the sentence ("funding for youth camps", "a grant to the Hillford Film Festival").
BENEFICIARY = re.compile(
    r"\b(?:for|to|towards|toward|fund|funds|support|supports|stage|host|run|organi[sz]e)\s+(?:(?:the|its|their|a|an"
    r"|this|next|new|year['’]s)\s+)?(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
#: A meeting as the frame of a sentence, not its subject ("at its meeting", "during
#: Monday's council session", "at a meeting held on Tuesday").
FRAME = re.compile(
    r"\b(?:at|during|in|following|after)\s+(?:its|their|the|a|an|this|last|[\w’']+['’]s?)\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE)

#: Kinds of event whose word names other things too: an event only with a qualifier before it
#: (a "farmers' market", not "the stock market"; a "blood donation drive", not "drive growth";
#: a "charity race", not "the presidential race"). The look-ahead keeps the lists from being
#: tried at every word.
#: The nouns ``QUALIFIED_PHRASES`` end in: a look-ahead for them keeps the qualifier lists from
#: being tried at every word.
QUALIFIED_TAILS = (r"(?:markets?|drives?|sales?|races?|challenges?|rides?|shows?|march(?:es)?|dinners?"
                   r"|breakfasts?|launch(?:es)?|signings?|readings?|performances?|openings?|services?|displays?"
                   r"|match(?:es)?|finals?|bees?|trials|inquir(?:y|ies)|campaigns?|outreach(?:es)?|mass(?:es)?)\b")
QUALIFIED_PHRASES = (
    r"(?:(?:farmers|growers|makers|producers|crafters)['’]?\s+markets?"
    r"|(?:night|christmas|craft|crafts|flea|street|artisan|weekend|pop-up|holiday|community|village"
    r"|antiques?|vintage|harvest|winter|summer|sunday|saturday|easter|handicrafts?)\s+markets?"
    r"|(?:blood|donation|donor|food|toy|book|clothing|coat|charity|fundraising|tree[- ]planting|vaccination"
    r"|immuni[sz]ation|polio|registration|recruitment|enrol?ment|membership|literacy|health|cleanliness"
    r"|sanitation|awareness|clean[- ]?up)\s+drives?"
    # a day's work by many hands: "a clean-up campaign", "a tree-planting campaign" (not a "campaign
    # for change", which runs for months)
    r"|(?:clean[- ]?up|cleanliness|sanitation|tree[- ]planting|vaccination|immuni[sz]ation|blood[- ]donation)"
    r"\s+campaigns?|(?:medical|health|dental|eye|community|legal|free)\s+outreach(?:es)?"
    # worship held as an occasion (a funeral's or memorial's service stays out: that is an obituary's)
    r"|(?:carol|thanksgiving|prayer|interfaith|ecumenical|dedication|ordination|anniversary|jubilee|church"
    r"|open-air|harvest)\s+services?|(?:thanksgiving|holy|open-air|jubilee|anniversary|pontifical)\s+mass(?:es)?"
    r"|(?:bake|garage|yard|jumble|rummage|plant|boot|charity)\s+sales?"
    r"|(?:\d+\s?k|\d+-(?:km|kilometre|kilometer|mile)|road|relay|charity|fun|boat|bike|cycle|cycling|sailing|yacht"
    r"|dragon[- ]boat|trail|sack|canoe|kayak|rowing|obstacle|running|sprint|swimming)\s+races?"
    r"|(?:cycling|cycle|charity|sponsored|fitness|running|swimming|walking|hiking|rowing|bike)\s+challenges?"
    r"|(?:charity|sponsored|cycle|bike|group|memorial|fun)\s+rides?"
    r"|(?:air|trade|flower|talent|fashion|car|art|dog|horse|agricultural|county|garden|craft|puppet|comedy|light"
    r"|road|variety|cabaret|magic)\s+shows?"
    r"|(?:protest|peace|solidarity|pride|memorial|remembrance|charity|silent|climate)\s+march(?:es)?"
    r"|(?:gala|charity|awards?|fundraising|fund-raising|benefit)\s+dinners?|(?:prayer|networking|charity)\s+breakfasts?"
    r"|(?:book|album|product|brand)\s+(?:launch(?:es)?|signings?)|(?:poetry|book)\s+readings?"
    r"|(?:dance|theatre|theater|live|musical|stage|street)\s+performances?|(?:grand|official|gala)\s+openings?"
    r"|(?:memorial|thanksgiving|remembrance|commemorative)\s+services|fireworks?\s+displays?"
    r"|(?:football|soccer|cricket|rugby|charity|friendly|exhibition|tennis|basketball|netball|hockey|volleyball)"
    r"\s+match(?:es)?"
    # a match, a final, a bee or trials of a kind: "the ploughing match", "the county shield final",
    # "the spelling bee", "the sheepdog trials", and an inquiry held in public
    r"|(?:ploughing|plowing|cup|league|derby|home|away|test|club|county|schools?|netball|darts|pool|snooker"
    r"|chess|boxing|wrestling|polo)\s+match(?:es)?"
    r"|(?:cup|shield|trophy|league|county|grand|play-?off|championship|national|regional|state|world|district"
    r"|schools?|provincial)\s+finals?|(?:spelling|quilting|sewing|geography|maths?|science)\s+bees?"
    r"|(?:sheepdog|horse|pony|time|field|sled\s+dog)\s+trials|public\s+inquir(?:y|ies))")
QUALIFIED_KINDS = r"(?=[\w’'-]+\s+" + QUALIFIED_TAILS + r")" + QUALIFIED_PHRASES
#: Kinds of event whose word names nothing else.
KIND_NOUNS = (
    r"triathlons?|regattas?|championships?|carnivals?|fiestas?|bazaars?|f[eê]tes?|jamborees?|pageants?|rodeos?"
    r"|recitals?|tastings?|banquets?|luncheons?|picnics?|vigils?|reunions?|premieres?|biennal[es]|biennials?"
    r"|triennal[es]|cook-offs?|bake-offs?|ribbon[- ]cuttings?|groundbreakings?|ground-breakings?|semi-finals?"
    r"|quarter-finals?|sit-ins?|graduations?|convocations?|walkathons?|fun\s+runs?|(?:sports|field|fun|gala|race"
    r"|play)\s+days?|homecomings?|pilgrimages?|prize-?givings?|crusades?|play-?offs?"
    # a gathering, not a treaty: "the Convention on ..." and "the 2005 Convention" name an instrument
    r"|(?-i:conventions?)|(?<!\d\d\d\d\s)(?-i:Conventions?)(?!\s+(?:on|against|for|of|to|concerning)\b)")
#: A text that looks back over a period: a year in review, a season's highlights.
REVIEW = re.compile(
    WORD_START + r"(?:(?:(?:19|20)\d\d|year|season|term|decade|month|week)\s+in\s+(?:review|pictures|numbers|brief)"
    r"|looking\s+back\s+(?:at|on|over)|a\s+look\s+back|highlights\s+of\s+(?:the|our|this|last|a)\s+(?:[\w’'-]+\s+)?"
    r"(?:year|season|term)|the\s+year\s+that\s+was|(?:a|an)\s+(?:busy|big|eventful|record|successful"
    r"|great|remarkable|memorable|packed)\s+(?:year|season|term)"
    # an organisation's own voice: "our busiest year yet" (an event's "its busiest year" is no review)
    r"|our\s+(?:busiest|biggest|best|most\s+\w+)\s+(?:year|season|term)\s+(?:yet|ever|so\s+far))\b",
    re.IGNORECASE)
#: schema.org's kinds of event, by the word that names one (tried after business, hackathon,
#: exhibition, festival and education events).
KIND_TYPES = tuple((re.compile(WORD_START + r"(?:" + words + r")", re.IGNORECASE), kind) for words, kind in (
    (r"comedy|stand-up", "ComedyEvent"),
    (r"dance\s+performance|ball\b|ballet", "DanceEvent"),
    (r"screenings?|film\s+nights?|movie\s+nights?|cinema\s+nights?|premieres?", "ScreeningEvent"),
    (r"book\s+(?:launch|signing|reading)|poetry\s+(?:reading|night|evening)|literary", "LiteraryEvent"),
    (r"concerts?|recitals?|music\s+nights?|gigs?\b", "MusicEvent"),
    (r"theat(?:re|er)\s+performance|stage\s+performance|plays?\b|pageants?", "TheaterEvent"),
    (r"tastings?|cook-offs?|bake-offs?|(?:farmers|growers|producers)['’]?\s+markets?", "FoodEvent"),
    (r"(?:bake|garage|yard|jumble|rummage|plant|boot|charity)\s+sales?|bazaars?"
     r"|(?:flea|craft|crafts|christmas|night|antiques?|vintage)\s+markets?", "SaleEvent"),
    (r"races?\b|marathons?|triathlons?|regattas?|tournaments?|championships?|match(?:es)?\b|fun\s+runs?"
     r"|\w+\s+challenges?|\w+\s+rides?|sportives?", "SportsEvent"),
    (r"galas?|receptions?|picnics?|reunions?|banquets?|luncheons?|dinners?|parties|party\b|f[eê]tes?", "SocialEvent"),
))


#: An event's noun as the subject of a passive "conducted": "the training was conducted".
EVENT_CONDUCTED = re.compile(
    r"\b(?:workshops?|trainings?|seminars?|courses?|sessions?|meetings?|consultations?|forums?|conferences?"
    r"|camps?|clinics?|drills?|exercises?|webinars?|programmes?|programs?|dialogues?)\s+(?:was|were|is|are"
    r"|will\s+be|has\s+been|have\s+been|being)\s+(?:successfully\s+|jointly\s+)?$", re.IGNORECASE)
