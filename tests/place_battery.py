"""A battery of own place sentences from many regions and publishers' styles: prints each one the
extractor gets wrong and the pass count per group. Not a test (some are known to fail); run it as
``PYTHONPATH=src python tests/place_battery.py [-v]``."""

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive.extract import extract_facts

from _extract_helpers import txt_article


def fold(t):
    t = unicodedata.normalize("NFKD", str(t))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s-]", " ", re.sub(r"[\u2010-\u2015]", "-", t.casefold()))).strip()


H = "Workshop draws participants\n\n"
A = "*"  # any value
cases = [
    # Latin America
    (
        "LA",
        "The three-day workshop on coffee rust was held in Matagalpa, Nicaragua, from 4 to 6 March 2024.",
        "Matagalpa",
        "NI",
        "offline",
    ),
    (
        "LA",
        "Farmers met on 12 April 2024 in the Peruvian town of Ollantaytambo for the potato festival.",
        "Ollantaytambo",
        "PE",
        "offline",
    ),
    ("LA", "The regional forum on water took place on 9 May 2024 in Cochabamba.", "Cochabamba", "BO", "offline"),
    (
        "LA",
        "The seminar was held in San Cristóbal de las Casas, in the Mexican state of Chiapas, on 2 June 2024.",
        "San Cristóbal de las Casas",
        "MX",
        "offline",
    ),
    (
        "LA",
        "Some 200 teachers gathered at the National University in Heredia, Costa Rica, on 14 March 2024 for the workshop.",
        "Heredia",
        "CR",
        "offline",
    ),
    ("LA", "The training was held on 5 May 2024 in Valparaíso.", "Valparaíso", "CL", "offline"),
    ("LA", "The training was held on 5 May 2024 in Valparaiso, Chile.", "Valparaíso", "CL", "offline"),
    (
        "LA",
        "QUITO, March 3, 2024 (Reuters) - Ecuador's health ministry opened a vaccination conference on Monday.",
        "Quito",
        "EC",
        "offline",
    ),
    ("LA", "The Colombian city of Medellín hosted the innovation summit on 20 May 2024.", "Medellín", "CO", "offline"),
    ("LA", "The fair was held on 8 June 2024 in the town of Pisac, in Peru's Sacred Valley.", "Pisac", "PE", "offline"),
    (
        "LA",
        "The conference was held on 12 March 2024 in Santa Cruz de la Sierra, Bolivia.",
        "Santa Cruz de la Sierra",
        "BO",
        "offline",
    ),
    ("LA", "The forum was held on 3 May 2024 in Bogotá.", "Bogotá", "CO", "offline"),
    ("LA", "The forum was held on 3 May 2024 in Bogota, Colombia.", "Bogotá", "CO", "offline"),
    # South and Southeast Asia
    ("SA", "The Philippine city of Iloilo hosted the conference from 7 to 9 February 2024.", "Iloilo", "PH", "offline"),
    ("SA", "The workshop was held on 3 March 2024 in the Philippine city of Tacloban.", "Tacloban", "PH", "offline"),
    ("SA", "The training took place in Siem Reap, Cambodia, on 11 January 2024.", "Siem Reap", "KH", "offline"),
    (
        "SA",
        "Health workers met in the northern town of Chiang Rai on 15 February 2024 for the workshop.",
        "Chiang Rai",
        "TH",
        "offline",
    ),
    ("SA", "The seminar was held on 1 March 2024 in Pokhara, Nepal.", "Pokhara", "NP", "offline"),
    (
        "SA",
        "The Dhaka-based group held its annual conference on 22 February 2024 in Sylhet.",
        "Sylhet",
        "BD",
        "offline",
    ),
    (
        "SA",
        "The district-level workshop was held on 10 January 2024 at the Collectorate in Darbhanga, Bihar.",
        "Darbhanga",
        "IN",
        "offline",
    ),
    ("SA", "The workshop was held at the Circuit House in Sukkur on 5 March 2024.", "Sukkur", "PK", "offline"),
    ("SA", "The forum took place in Yogyakarta on 18 March 2024.", "Yogyakarta", "ID", "offline"),
    ("SA", "The festival was held on 6 April 2024 in Hội An, Vietnam.", "Hội An", "VN", "offline"),
    ("SA", "The meeting was held in Kandy, Sri Lanka, on 12 March 2024.", "Kandy", "LK", "offline"),
    ("SA", "The camp was held on 9 March 2024 in Dharamshala, Himachal Pradesh.", "Dharamshala", "IN", "offline"),
    ("SA", "The training was held at Batticaloa Teaching Hospital on 4 April 2024.", "Batticaloa", "LK", "offline"),
    ("SA", "The festival was held on 2 March 2024 in the Indonesian town of Ubud.", "Ubud", "ID", "offline"),
    # Pacific
    ("PA", "The regional climate workshop was held in Suva, Fiji, from 2 to 4 April 2024.", "Suva", "FJ", "offline"),
    ("PA", "The conference took place on 14 May 2024 in Apia.", "Apia", "WS", "offline"),
    ("PA", "The workshop was held on 20 May 2024 in Port Vila, Vanuatu.", "Port Vila", "VU", "offline"),
    ("PA", "The summit was held in Nuku'alofa on 6 May 2024.", "Nuku'alofa", "TO", "offline"),
    ("PA", "The training took place on 3 June 2024 in Lae, Papua New Guinea.", "Lae", "PG", "offline"),
    ("PA", "The fisheries forum was held on 11 June 2024 in Honiara.", "Honiara", "SB", "offline"),
    # North and West Africa
    ("AF", "The seminar was held on 4 March 2024 in Sfax, Tunisia.", "Sfax", "TN", "offline"),
    ("AF", "The forum took place in the Moroccan city of Agadir on 10 April 2024.", "Agadir", "MA", "offline"),
    ("AF", "The training was held on 12 April 2024 in Tamale, in Ghana's Northern Region.", "Tamale", "GH", "offline"),
    (
        "AF",
        "DAKAR, Senegal — The workshop opened on Monday, 6 May 2024, in Thiès, 70 km east of the capital.",
        "Thiès",
        "SN",
        "offline",
    ),
    ("AF", "The meeting took place on 20 March 2024 in Ouagadougou.", "Ouagadougou", "BF", "offline"),
    ("AF", "The workshop was held on 2 May 2024 at the Transcorp Hilton in Abuja.", "Abuja", "NG", "offline"),
    ("AF", "The training was held on 15 May 2024 in Kaduna State.", None, "NG", "offline"),
    (
        "AF",
        "Farmers from across the state gathered in Wudil on 3 June 2024 for the field day.",
        "Wudil",
        "NG",
        "offline",
    ),
    ("AF", "The clinic was held on 7 May 2024 in Ségou, Mali.", "Ségou", "ML", "offline"),
    ("AF", "The festival was held in Saint-Louis, Senegal, on 25 May 2024.", "Saint-Louis", "SN", "offline"),
    ("AF", "The clinic was held on 9 March 2024 in the northern town of Kitgum, Uganda.", "Kitgum", "UG", "offline"),
    # Central and Eastern Europe
    ("EU", "The conference was held on 15 March 2024 in Kraków, Poland.", "Kraków", "PL", "offline"),
    ("EU", "The conference was held on 15 March 2024 in Krakow.", "Kraków", "PL", "offline"),
    ("EU", "The workshop took place in the Czech town of Telč on 9 April 2024.", "Telč", "CZ", "offline"),
    ("EU", "The forum was held on 18 April 2024 in Cluj-Napoca, Romania.", "Cluj-Napoca", "RO", "offline"),
    ("EU", "The seminar was held on 22 April 2024 in Lviv.", "Lviv", "UA", "offline"),
    ("EU", "The training was held on 6 May 2024 at the town hall in Kutná Hora.", "Kutná Hora", "CZ", "offline"),
    ("EU", "The festival took place on 1 June 2024 in the Slovak village of Čičmany.", "Čičmany", "SK", "offline"),
    ("EU", "The meeting was held on 14 May 2024 in Tartu, in eastern Estonia.", "Tartu", "EE", "offline"),
    ("EU", "The workshop was held on 4 June 2024 in Pécs.", "Pécs", "HU", "offline"),
    ("EU", "The workshop was held on 4 June 2024 in Pecs, Hungary.", "Pécs", "HU", "offline"),
    ("EU", "The forum was held in Ohrid, North Macedonia, on 8 June 2024.", "Ohrid", "MK", "offline"),
    ("EU", "The workshop was held on 8 May 2024 in Łódź.", "Łódź", "PL", "offline"),
    ("EU", "The workshop was held in Lodz, Poland, on 8 May 2024.", "Lodz", "PL", "offline"),
    ("EU", "The festival was held on 12 May 2024 in Tromso.", "Tromso", "NO", "offline"),
    ("EU", "The meeting took place in Reykjavík on 6 May 2024.", "Reykjavík", "IS", "offline"),
    # Caribbean
    ("CB", "The workshop was held on 7 March 2024 in Montego Bay, Jamaica.", "Montego Bay", "JM", "offline"),
    (
        "CB",
        "The training took place on 11 March 2024 at the Hilton in Port of Spain.",
        "Port of Spain",
        "TT",
        "offline",
    ),
    ("CB", "The conference was held on 19 March 2024 in Bridgetown.", "Bridgetown", "BB", "offline"),
    ("CB", "The fair was held on 23 March 2024 in Cap-Haïtien, Haiti.", "Cap-Haïtien", "HT", "offline"),
    ("CB", "The regatta was held on 6 April 2024 in Castries, Saint Lucia.", "Castries", "LC", "offline"),
    (
        "CB",
        "The workshop was held in Santiago de los Caballeros, Dominican Republic, on 12 April 2024.",
        "Santiago de los Caballeros",
        "DO",
        "offline",
    ),
    # Canada
    ("CA", "The conference was held on 22 May 2024 in Moncton, New Brunswick.", "Moncton", "CA", "offline"),
    ("CA", "The workshop took place in Yellowknife on 4 June 2024.", "Yellowknife", "CA", "offline"),
    (
        "CA",
        "The forum was held on 10 June 2024 at the Delta Hotel in Trois-Rivières, Quebec.",
        "Trois-Rivières",
        "CA",
        "offline",
    ),
    ("CA", "The festival was held in Lunenburg, N.S., on 15 June 2024.", "Lunenburg", "CA", "offline"),
    ("CA", "The workshop was held on 3 May 2024 in Whitehorse, Yukon.", "Whitehorse", "CA", "offline"),
    # Australia
    ("AU", "The field day was held on 9 May 2024 in Dubbo, New South Wales.", "Dubbo", "AU", "offline"),
    ("AU", "The workshop was held on 14 May 2024 at the showgrounds in Mudgee.", "Mudgee", "AU", "offline"),
    ("AU", "The forum took place in Alice Springs on 21 May 2024.", "Alice Springs", "AU", "offline"),
    ("AU", "The conference was held on 28 May 2024 in Townsville, Queensland.", "Townsville", "AU", "offline"),
    ("AU", "The fair was held on 2 June 2024 in the Victorian town of Kyneton.", "Kyneton", "AU", "offline"),
    # venue only
    ("VE", "The workshop was held on 3 March 2024 at the Kigali Convention Centre.", "Kigali", "RW", "offline"),
    (
        "VE",
        "The conference was held on 5 March 2024 at the Bandaranaike Memorial International Conference Hall.",
        None,
        None,
        "offline",
    ),
    ("VE", "The symposium took place on 8 March 2024 at the Sheraton hotel.", None, None, "offline"),
    # province, state, district only
    ("RG", "The training was held on 12 March 2024 in Kilifi County.", None, "KE", "offline"),
    (
        "RG",
        "The campaign was launched on 15 March 2024 at a school in Nakhon Ratchasima province.",
        None,
        "TH",
        "offline",
    ),
    ("RG", "The workshop was held on 8 April 2024 in the Ashanti Region of Ghana.", None, "GH", "offline"),
    ("RG", "The field day was held on 8 April 2024 in Mpumalanga province, South Africa.", None, "ZA", "offline"),
    # X-based
    ("XB", "The Nairobi-based charity held the workshop on 9 April 2024 in Nakuru.", "Nakuru", "KE", "offline"),
    (
        "XB",
        "The London-based foundation funded the training, which took place on 10 April 2024 in Gulu, Uganda.",
        "Gulu",
        "UG",
        "offline",
    ),
    # datelines
    (
        "DL",
        "KATHMANDU, March 5, 2024 — Health workers from 12 districts attended a training on Tuesday in Nepalgunj.",
        "Nepalgunj",
        "NP",
        "offline",
    ),
    (
        "DL",
        "SUVA, Fiji, March 4, 2024 (AP) — Delegates from 14 countries met on Monday for a conference on ocean health.",
        "Suva",
        "FJ",
        "offline",
    ),
    (
        "DL",
        "MANILA, Philippines — The health department held a workshop in Cebu City on 3 March 2024.",
        "Cebu City",
        "PH",
        "offline",
    ),
    ("DL", "LIMA, Peru — A conference on mining was held online on 4 March 2024.", None, None, "online"),
    # false-place risk
    (
        "FP",
        "The workshop took place on 5 March 2024. Florence Mwangi, who led it, said the programme would expand.",
        None,
        None,
        A,
    ),
    ("FP", "The workshop, organised by the Victoria Foundation, took place on 6 March 2024.", None, None, A),
    ("FP", "Trainer Jackson Banda led the workshop on 7 March 2024.", None, None, A),
    ("FP", "The seminar was held on 8 March 2024 at Hope Primary School.", None, None, "offline"),
    ("FP", "The workshop on 9 March 2024 was opened by Dr. Marion Lima, the director.", None, None, A),
    ("FP", "Participants at the 9 March 2024 workshop praised Chelsea Sherman for her talk.", None, None, A),
]
bad = 0
by = {}
for grp, s, city, cc, mode in cases:
    f = extract_facts(txt_article(H + s + "\n"))
    got = (f.value("city"), f.value("country"), f.value("attendance_mode"))
    ok = (fold(got[0] or "") == fold(city or "")) and got[1] == cc and (mode == A or got[2] == mode)
    bad += not ok
    t = by.setdefault(grp, [0, 0])
    t[0] += ok
    t[1] += 1
    if not ok or "-v" in sys.argv:
        print("OK " if ok else "BAD", grp, got, "want", (city, cc, mode), "|", s[:90])
print({k: f"{a}/{b}" for k, (a, b) in by.items()})
print("pass", len(cases) - bad, "of", len(cases))
