"""Where the event took place: venue, city (as written) and country (ISO alpha-2).

Candidates come from place phrases ("held in X", "took place in X", "at the V in X",
"visited X", "study visit to X", "X, Country"). Names that are part of an organisation
("OSCE Office in Tajikistan", "UNDP in Kazakhstan"), origins ("officials from X"), regions
("Almaty region") and places of other editions are not the event place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from . import gazetteer, nations, place_checks, place_cues, small_places
from .classify import EVENT_NOUN
from .place_names import (
    IN_US_STATE,
    ORG_SUFFIX_WORDS,
    city_country,
    ends_org_name,
    lookup,
    org_suffix,
    region_country,
    town_in_region,
)
from .text import WORD_START, Doc, Sentence

#: A place's name: up to three words, or five with lowercase joining words ("San Cristóbal de las
#: Casas", "Santiago de los Caballeros"), or four ending in "City" ("Ho Chi Minh City").
_WORD = r"[^\W\d_][\w’'\-]*"
_JOINED = r"(?:de|del|do|da|dos|das|di)(?:\s(?:la|las|los|el|le|les))?\s[A-Z][\w’'\-]*"
_NAME = rf"{_WORD}(?:[ \-](?:{_JOINED}|{_WORD}))?(?:[ \-](?:{_JOINED}|{_WORD}(?:\sCity\b)?))?"
_PLACE = re.compile(
    r"\b(?P<prep>in|In|at|At|to|visited|visiting|near|outside|across)\s+"
    # "the coastal city of X", "the southern port city of X"; "in east London"
    r"(?:(?P<the>the\s+(?:" + place_cues.DESCRIBED + r")?)|" + place_cues.QUARTER + r")?"
    rf"(?P<name>{_NAME})")
_VENUE = re.compile(
    r"\b(?:at|At)\s+(?:the\s+)?(?P<venue>(?:premises\s+of\s+the\s+|headquarters\s+of\s+the\s+)?"
    r"[A-Z][\w’'\-.]*(?:\s+(?:(?:of|the|for|and|on|against|de|du|des|del|della|di|da|do|dos|das|la|las|los"
    r"|le|les|von|van|der|den|under|à)\s+){0,3}"
    r"(?:[A-Z][\w’'\-.+]*|\([A-Z][\w.\-]*\))){0,12})"
    # a head noun in lower case closes the name: "at Golf hotel, Kakamega"
    r"(?P<head>\s+(?:hotel|hall|centre|center|stadium|grounds|auditorium|hospital|church|school|college|park"
    r"|club)\b)?"
    r"(?:,?\s+in\s+(?P<city>" + _NAME + r"))?")
#: "in the Family Life Center, 2210 Salem Avenue, Dayton": a building's name after "in (the)", its
#: head noun saying it is one (the address or town that follows is read as after "at").
_IN_VENUE = re.compile(
    r"\bin\s+(?:the\s+)?(?P<venue>(?:[A-Z][\w’'\-.]*\s+){1,5}?(?:Centre|Center|Hall|Hotel|Stadium|Arena|Auditorium"
    r"|Theatre|Theater|Library|Museum|Gallery|Church|Cathedral|Pavilion|Ballroom|Complex)s?)\b"
    r"(?:,?\s+in\s+(?P<city>" + _NAME + r"))?")
#: A place name followed, within two capitalised words, by a venue's head noun names the
#: venue ("the Dumbarton Agriculture Station"), not the place.
_VENUE_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w’'-]*\s+){0,2}(?:Centre|Center|Hall|Room|Hotel|Stadium|Arena|Park|Library|Museum"
    r"|University|College|School|Station|Hospital|Theatre|Theater|Church|Auditorium|Campus|Building"
    r"|Gallery|Club|Plaza|Institute|Academy)\b")
#: "Centre for the Coast Forum": a venue's name, then the event's.
_FOR_EVENT = re.compile(r"(?P<venue>.+?)\s+for\s+the\s+(?P<event>.+)$")
_VISIT_TO = re.compile(r"\b(?:visit|visits|trip|tour|travelled|traveled|mission|journey)$")
_AFTER_NOT_CITY = re.compile(
    r"^[\s-]*(?:region|regions|regional|oblast|province|provinces|district|districts|county|"
    r"counties|area|valley|street|avenue|square|river|lake|mountains|border|office|embassy|state(?!-)|State|"
    r"Region|Oblast|Province|District|County|Street|Avenue|Office|Embassy|"
    # a venue named after a place is not that place ("the Whitehorse Centre")
    r"Centre|Center|Hall|Room|Hotel|Stadium|Arena|Park|Library|Museum|University|College|"
    r"School|Station|Road|Airport|Hospital|Theatre|Theater|Church|Auditorium|Campus|Building|"
    r"House|Square|Gallery|Club|Plaza|Mall|Institute|Academy|Cent(?:re|er)s|"
    # a land's features ("the Davis Mountains"), or a region named by more words ("the Big Bend region")
    r"Mountains?|Hills|Range|Valley|River|Lake|Islands?|Peninsula|Coast|Bay|Plains?|Desert|Forest|"
    r"(?:[A-Z][\w’'\-]*\s+){1,2}(?:region|regions|area|valley|district|county|province))\b")
_BEFORE_NEG = re.compile(
    WORD_START + r"(?:first(?!\s+time)|previous|prior|last year|a year earlier|earlier|next|plans?|future|"
    r"later this|developments|crisis|situation|conflict|war|violence|unrest|elections|"
    r"follow-up|third|born|based|headquartered|returned|worked|working|studied|lives?"
    r"|edition\s+(?:will|would|is\s+to|is\s+set))\b",
    re.IGNORECASE)
_EVENT_VERB = re.compile(
    r"\b(?:held|took place|takes place|met|concluded|opened|convened|gathered|hosted|visited|"
    r"organi[sz]ed|took part|attended|came together|brought together|trained|completed|"
    r"carried out|conducted|kicked off|took off|ended|hosting|is hosting|will be held|to be held)\b")
#: "Basingstoke's hospital", "Brno's labs": a city's own venues.
_CITY_POSSESSIVE = re.compile(
    r"\b(?P<city>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)['’]s\s+(?:new\s+|main\s+|old\s+|central\s+)?"
    r"(?:hospitals?|librar(?:y|ies)|museums?|universit(?:y|ies)|town\s+hall|city\s+hall|stadiums?|campus|cathedral"
    r"|parks?|theatres?|theaters?|convention\s+cent(?:re|er)|exhibition\s+cent(?:re|er)|labs|laboratories"
    r"|lecture\s+halls|galleries|waterfront|streets|squares|schools)\b")
#: ", Saith Park, Chaguanas." after a venue: the last part of a comma address.
_ADDRESS_TAIL = re.compile(r"((?:,\s*[A-Z0-9][\w’'.-]*(?:\s+[A-Z0-9][\w’'.-]*){0,3}){1,3})"
                           r"\s*(?:[.;]|$|,?\s+(?:on|from|between|in|at|during)\s)")
#: "the Sports Complex on Saturday": a day or month after "on" closes a venue's name.
_DAY_AFTER = re.compile(r"\s+on\s+(?:" + "|".join(sorted(ORG_SUFFIX_WORDS - {"Today", "Participants", "Officials"}))
                        + r")\b.*$")


@dataclass
class Place:
    city: str | None
    country: str | None
    venue: str | None
    evidence: str
    offset: int
    score: int
    #: only the event's name holds the town: a dateline says more
    weak: bool = False
    #: an event verb puts the event there ("held in Kilifi County"): people met in person
    held: bool = False
    #: the town is read from the venue's name alone ("the Kigali Convention Centre"): a dateline's says more
    inferred: bool = False


def _place_matches(text: str) -> Iterator[re.Match[str]]:
    """Every 'in/at/to ... Name' match, overlapping: the name of one match may hold the next
    ('to the Bundestag in Berlin' holds 'in Berlin')."""
    pos = 0
    while (m := _PLACE.search(text, pos)) is not None:
        yield m
        pos = m.start("name")


_COME_TO = re.compile(r"\b(?:returns|returned|returning|comes|came|coming|come|moves|moved|travel(?:s|led|ed))"
                      r"(?:\s+(?:back|again|once\s+more))?\s+$")
#: Names of events that ``EVENT_NOUN`` leaves to other cues: "the Music Weekend returned to X".
_SHOW_NOUN = re.compile(r"\b(?:[Ww]eekend|[Ww]eek|[Nn]ights?|[Ss]how|[Pp]arade|[Rr]egatta|[Rr]aces?|[Gg]ala|[Cc]arnival"
                        r"|[Tt]our|[Mm]arket)\b")
#: Head words of venues named in Spanish, Portuguese or Italian ("Centro de Convenciones", "Casa da Cultura").
_ROMANCE_VENUE = re.compile(r"(?:Centro|Casa|Palacio|Palácio|Palazzo|Teatro|Museo|Museu|Parque|Plaza|Praça|Estadio"
                            r"|Estádio|Coliseo|Auditorio|Auditório|Complejo|Recinto|Salón|Salão|Praia|Playa|Igreja"
                            r"|Iglesia|Mercado|Fazenda|Hacienda|Quinta|Largo|Ponte|Puente|Castillo|Castelo|Convento"
                            r"|Mosteiro|Monasterio|Capela|Capilla|Ermita|Finca|Jardín|Jardim|Cerro|Morro|Ilha|Isla)$")
_JOINED_AFTER = re.compile(r"\s+(?:de|del|do|da|dos|das|di|della)\s+[A-Z]")
#: A German venue's one-word name before its town: "Stadthalle X", "Sportzentrum X", "Kulturhaus X".
_COMPOUND_VENUE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:zentrum|halle|haus|saal|stadion|arena|forum|hof|park)\s+(?=[A-Z])")
_OBSERVED = re.compile(r"\b(?:recorded|measured|observed|detected|sighted|logged)\s+$")


def _region(found: tuple[str | None, str | None, str], text: str, m: re.Match[str], offset: int,
            base_score: int, moved: bool = False) -> Place:
    """The place of a town or region read with its setting; after an event verb ("held in Kilifi
    County") or one of coming ("the fair returned to X") people met there."""
    held = moved or _EVENT_VERB.search(text[max(0, m.start() - 40):m.start()]) is not None
    neg = -6 if _BEFORE_NEG.search(text[max(0, m.start() - 60):m.start()]) and not moved else 0
    return Place(found[0], found[1], None, found[2], offset + m.start(), base_score + neg, held=held)


#: The most ``_candidates`` adds to a sentence's base score (+3 for a venue, or for a place
#: next to an event verb): ``find_place`` skips sentences that cannot beat the best so far.
MAX_BONUS = 3


def _candidates(sent: Sentence, base_score: int, whole: str = "") -> list[Place]:
    out: list[Place] = []
    text = sent.text
    verb = _EVENT_VERB.search(text)
    for vm in sorted((*_VENUE.finditer(text), *_IN_VENUE.finditer(text)), key=lambda m: m.start()):
        head = vm.groupdict().get("head") or ""
        venue = vm.group("venue").strip() + head
        venue = re.sub(r"\s+(?:of|the|for|and|on|in|under)$", "", _DAY_AFTER.sub("", venue))
        named = _FOR_EVENT.match(venue)
        if named and EVENT_NOUN.search(named["event"].split()[-1]):
            venue = named["venue"]  # "the Delta Centre for the Coast Forum": the event's name follows
        city = vm.group("city")
        score = base_score + 3
        before = text[max(0, vm.start() - 60):vm.start()]
        if _BEFORE_NEG.search(before):
            score -= 6
        if city:
            hit = lookup(city)
            if hit and not _AFTER_NOT_CITY.match(text[vm.start("city") + len(hit[1]):]) and not (
                    venue and venue.startswith(hit[1]) and place_checks.foreign_to(hit[1], whole or text)):
                kind, matched, cc = hit
                region = nations.region_after(matched, text[vm.start("city") + len(matched):])
                cc = region[0] if region and kind == "city" else cc
                out.append(Place(matched if kind == "city" else None, cc, venue,
                                 vm.group(0), sent.start + vm.start(), score))
                continue
            small = None if hit else small_places.venue_town(city, text[vm.start("city"):], whole or text)
            if small:  # "at the Civic Hall in X": a small town in a country the text names
                out.append(Place(small[0], small[1], venue, text[vm.start():vm.start("city") + len(small[0])],
                                 sent.start + vm.start(), score))
                continue
        # "the University of Tartu": a city at the end of the venue name
        tail = re.search(r"\bof\s+(" + _NAME + r")$", venue)
        hit = lookup(tail.group(1)) if tail else None
        town = hit[1] if hit and hit[0] == "city" else place_cues.venue_town(venue)  # "Museo de Arte de X"
        if town:
            out.append(Place(town, None, venue, vm.group(0), sent.start + vm.start(), score))
            continue
        # "at the Indoor Arena, Saith Park, Chaguanas.": the city closes the address
        address = _ADDRESS_TAIL.match(text, vm.end())
        if address:
            pieces = [p.strip(" .") for p in address.group(1).split(",")[1:]]
            last = pieces[-1]
            hit = lookup(last)
            region = None
            town_hit = lookup(pieces[-2]) if len(pieces) >= 2 else None
            if town_hit and town_hit[0] == "city" and town_hit[1] == pieces[-2]:
                # ", Salem Avenue, Dayton, Ohio": a state or country after the town closes the address
                region = nations.region_after(pieces[-2], ", " + last)
                if region or (hit and hit[0] != "city" and hit[2] == town_hit[2]):
                    hit, last = town_hit, pieces[-2]
            if hit and hit[1] == last:
                kind, matched, cc = hit
                region = region or nations.region_after(matched, text[vm.start("city") + len(matched):])
                cc = region[0] if region and kind == "city" else cc
                out.append(Place(matched if kind == "city" else None, cc, venue,
                                 text[vm.start():address.end()], sent.start + vm.start(), score))
                continue
        # "at KEFRI Kitui": a venue whose last word is its town
        words = venue.rstrip(".").split()
        if len(words) >= 2 and words[-1][:1].isupper() and (len(words) <= 3 or words[-2].isupper()) \
                and place_checks.institution_words(words[:-1]):
            if gazetteer.cities(words[-1]) and not _VENUE_AFTER.match(" " + words[-1]) \
                    and not place_cues.LOWER_HEAD_AFTER.match(text, vm.end("venue")) \
                    and not EVENT_NOUN.match(words[-1]):
                out.append(Place(words[-1], None, venue, vm.group(0), sent.start + vm.start(), score - 1,
                                 inferred=True))
                continue
        bare = venue[:len(venue) - len(head)]
        town = place_cues.lodging_town(bare, text[vm.end("venue"):], small_places.named_countries(whole or text))
        if town:  # "the Sofitel Abidjan Hôtel Ivoire": a chain's hotel, named by its town
            out.append(Place(town, None, bare, vm.group(0), sent.start + vm.start(), score - 1, inferred=True))
            continue
        town = place_cues.leading_town(venue)  # "the Kigali Convention Centre": a large town's own
        if town and place_checks.foreign_to(town, whole or text):
            town = None  # "the Shangri-La Hotel" in a text about Mongolia: a brand, not the town
        if town:
            out.append(Place(town, None, venue, vm.group(0), sent.start + vm.start(), score - 2, inferred=True))
    for cue in place_cues.councils(text):  # "organised by the City of Hobart ... in the city centre"
        hit = lookup(cue.name)
        if hit and hit[0] == "city" and hit[1] == cue.name:
            neg = -6 if _BEFORE_NEG.search(text[max(0, cue.offset - 60):cue.offset]) else 0
            out.append(Place(cue.name, None, None, cue.evidence, sent.start + cue.offset,
                             base_score + cue.bonus + neg))
    # "at Hobart Town Hall": the town's own; "through the streets of Oruro": the town's parts
    parts = place_cues.town_parts(text)
    for cue in place_cues.civic_buildings(text) + parts:
        hit = lookup(cue.name)
        found = (cue.name, None) if hit and hit[0] == "city" and hit[1] == cue.name else small_places.small_town(
            cue.name, whole or text) if cue in parts and not hit else None
        if found and found[0] == cue.name:
            neg = -6 if _BEFORE_NEG.search(text[max(0, cue.offset - 60):cue.offset]) else 0
            out.append(Place(cue.name, found[1], cue.venue, cue.evidence, sent.start + cue.offset,
                             base_score + cue.bonus + neg))
    for pm in _CITY_POSSESSIVE.finditer(text):
        hit = lookup(pm.group("city"))
        if hit and hit[0] == "city" and hit[1] == pm.group("city"):
            out.append(Place(hit[1], None, None, pm.group(0), sent.start + pm.start(), base_score + 1))
    for town, venue, at in place_checks.institution_towns(text):  # "the Stadtbibliothek Görlitz opened"
        out.append(Place(town, place_checks.german_speaking(town), venue, venue, sent.start + at, base_score + 1))
    for town, cc, evidence, at in nations.adjective_towns(text, whole or text):  # "the Kenyan capital"
        neg = -6 if _BEFORE_NEG.search(text[max(0, at - 60):at]) else 0
        bonus = 3 if _EVENT_VERB.search(text[max(0, at - 40):at]) else 1 if verb else 0
        out.append(Place(town, cc, None, evidence, sent.start + at, base_score + bonus + neg))
    for m in _place_matches(text):
        prep = m.group("prep").lower()
        name = m.group("name")
        # "the festival returns to X", "visitors came to the town of X": an event or its guests come there
        lead = max(0, m.start() - 80)
        moved = prep == "to" and _COME_TO.search(text, max(0, m.start() - 20), m.start()) is not None and (
            EVENT_NOUN.search(text, lead, m.start()) is not None or _SHOW_NOUN.search(text, lead, m.start()) is not None
            or place_checks.KIND_OF.search(m["the"] or "") is not None)
        if prep == "to" and not moved and not _VISIT_TO.search(text[:m.start()].rstrip()) \
                and not IN_US_STATE.match(text, m.end()):
            continue
        if _OBSERVED.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the tide recorded at X": where a thing was measured, not where people met
        if prep == "in" and place_checks.origin_before(text, m.start()):
            # "doctors from the Aga Khan Hospital in Mombasa": where they came from; its country alone
            cc = place_checks.origin_country(name, whole or text)
            if cc:
                out.append(Place(None, cc, None, m.group(0), sent.start + m.start(), base_score - 1, weak=True))
            continue
        hit = lookup(name) or nations.quarter_town(name)  # "in North Hobart": Hobart
        compound = None
        if not hit and (compound := _COMPOUND_VENUE.match(name)):
            hit = lookup(name[compound.end():])  # "in the Sportzentrum Landsberg": the town after the venue
            hit = hit if hit and hit[0] == "city" else None
        if not hit:
            held = moved or _EVENT_VERB.search(text[max(0, m.start() - 40):m.start()]) is not None
            in_region = place_checks.described_town(text, m, verb is not None, whole or text) or town_in_region(
                text, m, verb is not None) or small_places.after_cue(
                text, m, whole or text, held) or place_cues.region_of_country(
                name, text[m.end("name"):], verb is not None) or place_cues.region_place(
                text[m.start("name"):], verb is not None)
            if in_region:
                out.append(_region(in_region, text, m, sent.start, base_score, moved))
            continue
        kind, matched, cc = hit
        if kind == "city" and _ROMANCE_VENUE.match(matched) and _JOINED_AFTER.match(
                text, m.start("name") + len(matched)):
            continue  # "at the Centro de Convenciones X": a venue's head word, not the town Centro
        if kind == "city" and m.group("the") and m.group("the").strip() == "the" and not compound \
                and place_checks.alternate_only(matched):
            continue  # "in the Highlands", "across the Big Bend": a region's name, not a town's
        if kind == "city" and m.group("the") and m.group("the").strip() == "the" and not compound \
                and re.match(r" [A-Z][a-z]", text[m.start("name") + len(matched):]) \
                and not place_cues.VENUE_HEAD_AFTER.match(text, m.start("name") + len(matched)):
            continue  # "at the Lakeside Peace Stupa": the town's name opens a longer name
        if kind == "city" and (elsewhere := small_places.region_not_town(matched, whole or text)):
            kind, cc = "country", elsewhere  # "across Cornwall" in a text naming Britain: the county
        after = text[m.start("name") + name.find(matched) + len(matched):]
        if _VENUE_AFTER.match(" " + matched) and re.match(r"\s+\d", after):
            continue  # "at Hall 4": a hall's number, not the town Hall
        if _AFTER_NOT_CITY.match(after) or _VENUE_AFTER.match(after):
            unit = place_cues.region_place(text[m.start("name"):], verb is not None)
            if unit:  # "in Kilifi County", "in Nakhon Ratchasima province": the country alone
                out.append(_region(unit, text, m, sent.start, base_score))
            continue
        if kind == "city" and place_cues.VENUE_HEAD_AFTER.match(after):
            continue  # "at the Middlesex Filter Beds": a town's name in a venue's name
        state = IN_US_STATE.match(after)
        if state and prep in ("in", "at", "to"):
            # "Prince George's County, Md.": a place in a US state, whatever else bears its name
            us_city = kind == "city" and any(h.country == "US" for h in gazetteer.cities(matched))
            out.append(Place(matched if us_city and not state.group(1) else None, "US", None,
                             m.group(0) + state.group(0), sent.start + m.start(), base_score + 1))
            continue
        if kind == "country" and (after.startswith("’s") or after.startswith("'s")):
            unit = place_cues.region_of_country(name, after, verb is not None)
            if unit:  # "in Kenya's Rift Valley": the country alone
                out.append(_region(unit, text, m, sent.start, base_score))
            continue
        if after.startswith("-") or after.startswith("’s") or after.startswith("'s"):
            if re.match(r"-[A-Z]", after):  # "Omu-Aran": a town of its own, not "Omu"
                in_region = town_in_region(text, m, verb is not None)
                if in_region:
                    out.append(Place(in_region[0], in_region[1], None, in_region[2], sent.start + m.start(),
                                     base_score))
            continue
        if prep in ("in", "at") and not m.group("the") and (
                org_suffix(text, m.start()) or (kind == "country" and ends_org_name(text, m.start()))) and not (
                kind == "city" and place_checks.building_in_town(text, m.start())):
            continue  # "the OSCE Office in Dushanbe", not "toured Lewanika General Hospital in Mongu"
        score = base_score
        before = text[max(0, m.start() - 60):m.start()]
        if _BEFORE_NEG.search(before) and not moved:
            score -= 6
        near = text[max(0, m.start() - 40):m.start()]
        if _EVENT_VERB.search(near) or prep in ("visited", "visiting") or moved:
            score += 3
        elif verb:
            score += 1
        if prep in ("near", "outside", "across"):
            score -= 2
        if kind == "country":
            # "Antalya, Turkey": the country of a city already found
            prev = out[-1] if out else None
            if prev and prev.city and prev.offset + len(prev.evidence) >= sent.start + m.start() - 2:
                prev.country = prev.country or cc
                continue
            out.append(Place(None, cc, None, m.group(0), sent.start + m.start(), score - 1))
        else:
            region = nations.region_after(matched, after)  # "Madison, Wis.", "Ballarat, Victoria"
            country = region[0] if region else place_checks.german_speaking(matched) if compound else None
            cm = None if region or country else re.match(r",\s*(" + _NAME + r")", after)
            if cm:
                chit = lookup(cm.group(1))
                if chit and chit[0] == "country":
                    country = chit[2]
            out.append(Place(matched, country, None, m.group(0), sent.start + m.start(), score))
    # "Nairobi will host the forum", "the Tromsø Jazz festival", "on the University of Tartu
    # campus": unless the sentence names the town where it is held
    if not any(p.city for p in out):
        hosting = place_cues.hosts(text)
        for cue in hosting + place_cues.campuses(text) + place_cues.named_events(text):
            hit = lookup(cue.name)
            small = small_places.described_host(cue, text, whole or text) if not hit and cue in hosting else None
            if small:  # "the border town of X will welcome visitors": a small town the text names a town
                out.append(Place(small[0], small[1], None, cue.evidence, sent.start + cue.offset,
                                 base_score + cue.bonus))
            # "the Colorado Film Festival": a region's, not a town's of another country
            # nor "the Old Town Festival": a name the gazetteer holds only as another town's second name
            if hit and (hit[1] == cue.name or cue.prefix) and not (
                    cue.prefix and hit[0] == "city" and (place_checks.region_elsewhere(hit[1])
                                                          or place_checks.alternate_only(hit[1]))):
                out.append(Place(hit[1] if hit[0] == "city" else None, hit[2], cue.venue, cue.evidence,
                                 sent.start + cue.offset, base_score + cue.bonus, cue.prefix))
    return out


def find_place(doc: Doc, main_index: int, dateline_city: str | None
               ) -> tuple[Place | None, list[str]]:
    """The event place, or None. Returns (place, warnings)."""
    ordered: list[tuple[Sentence, int]] = []
    seen: set[int] = set()
    main = doc.sentences[main_index] if 0 <= main_index < len(doc.sentences) else None
    if main:
        ordered.append((main, 6))
        seen.add(main.index)
    for s in doc.sentences:
        if s.index in seen:
            continue
        if 0 <= s.para <= 1:
            ordered.append((s, 3 if s.para == 0 else 1))
            seen.add(s.index)
        elif 0 <= s.para <= 3 and EVENT_NOUN.search(s.text) and _EVENT_VERB.search(s.text):
            ordered.append((s, 1))  # a later sentence that reports the event itself
            seen.add(s.index)
    if doc.headline:
        hs = doc.headline_start
        ordered.append((Sentence(doc.headline, hs if hs >= 0 else -1, -1, -1, -1), 1))
    for s in doc.sentences:
        if s.para > 1 and s.index not in seen:
            ordered.append((s, -2))
    best: Place | None = None
    for sent, base in ordered:
        if best is not None and best.score >= base + MAX_BONUS:
            continue  # nothing in this sentence can score higher
        for cand in _candidates(sent, base, doc.text):
            if cand.score < 0:
                continue
            if best is None or cand.score > best.score:
                best = cand
    warnings: list[str] = []
    # a town of a later paragraph, or one no event verb puts the event in, yields to the dateline's
    # when the text names the dateline's town again
    # a town read from a venue's name alone yields to a dateline's town ("PIETERMARITZBURG — ... at the
    # Alexandra Park sports grounds")
    weak = best is None or best.weak or best.inferred or (
        best.score <= 2 and best.city is not None and not best.held and (
        dateline_city is not None and gazetteer.fold(best.city) != gazetteer.fold(dateline_city))
        and len(re.findall(re.escape(dateline_city), doc.text, re.IGNORECASE)) >= 2)  # named again
    if weak and dateline_city:
        # the whole dateline names the town: "FOR IMMEDIATE RELEASE", "DECORAH JOURNAL" name none
        hit = lookup(dateline_city, folded=True)
        hit = hit if hit and gazetteer.fold(hit[1]) == gazetteer.fold(dateline_city) else None
        small = None if hit else small_places.small_town(dateline_city, doc.text, folded=True)
        if small and gazetteer.fold(small[0]) == gazetteer.fold(dateline_city):
            written = dateline_city.title() if dateline_city.isupper() else dateline_city
            return Place(written, small[1], None, dateline_city, -1, 0), ["event place taken from the dateline"]
        if hit and hit[0] == "city":
            written = dateline_city.title() if dateline_city.isupper() else dateline_city
            pos = doc.text.find(dateline_city, 0, 400)  # "DUBLIN, Ohio —"
            region = nations.region_after(hit[1], doc.text[pos + len(dateline_city):]) if pos >= 0 else None
            country = region[0] if region else city_country(hit[1], doc, folded=True)
            return Place(written, country, None, dateline_city, -1, 0), \
                ["event place taken from the dateline"]
    if best is None:
        return None, warnings
    if best.city and not best.country:
        best.country = small_places.alternate_loses(best.city, doc.text) or city_country(
            best.city, doc) or small_places.not_elsewhere(best.city, region_country(doc.text[:6000])) \
            or small_places.weighed_country(best.city, doc.text)
    if best.offset < 0:
        best.offset = -1
    return best, warnings
