"""Where people meet in person: a named venue ("at the Spectacular Event Center"), a place
named by its kind ("in the council chambers"), a crowd that filled one, a venue named in
another language. Read by ``classify`` (an event noun, a day and a venue report an event) and
``attendance`` (a venue with nothing online means people came in person)."""

from __future__ import annotations

from .alternation import compile_factored

#: A crowd that filled a place: "packed the Vigie Beach waterfront", "filled the main auditorium".
_CROWD_INTO = r"(?:packed|filled|thronged|crowded|passed\s+through|poured\s+into|converged?\s+on)"
#: A venue named in another language, its kind first: "Casa de la Cultura de Occidente",
#: "Palais des Congrès", "Centro Cultural Chaves de la Rosa", "Museo Marítimo de Valparaíso".
_FOREIGN_VENUE = (
    r"(?:Palais|Palacio|Palazzo|Centro|Casa|Teatro|Théâtre|Museo|Musée|Museu|Maison|Salle|Sala|Aula|Auditorio"
    r"|Biblioteca|Bibliothèque|Universidad|Université|Universidade|Università|Instituto|Institut|Hôtel|Parque"
    r"|Parc|Estadio|Stade|Estádio|Praça|Piazza)\s+(?:(?:de|del|des|du|de\s+la|la|le|les|do|da|dos|das|di|della)\s+)?"
    r"[A-ZÀ-Ý][\w’'.&-]*(?:\s+(?:(?:de|del|des|du|la|le|les|do|da|dos|das|di|della|y|et|e)\s+)*[A-ZÀ-Ý][\w’'.&-]*){0,5}")
#: A physical venue: "at the Spectacular Event Center", "in the Waratah Room", "at the
#: institute's auditorium", "on campus". With no online cue, people met in person.
VENUE_CUE = compile_factored(
    r"\b(?:at|in|inside|outside|" + _CROWD_INTO + r")\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
    r"(?:[A-Z][\w’'.&-]*\s+(?:(?:of|and|for|the)\s+)?){0,6}"
    r"(?:Hall|Centre|Center|Room|H[oô]tel|Stadium|Arena|Park|Library|Museum|University|College|School"
    r"|Station|Hospital|Theatre|Theater|Auditorium|Campus|Building|Gallery|Grounds?|Venue|Church"
    r"|Headquarters|Institute|Club|Plaza|Square|Assembly|Chambers?|Complex|Pavilion|Gymnasium|Cathedral"
    r"|Showgrounds?|Fairgrounds?|Racecourse|Velodrome|Cinema|Cinematheque|Waterfront|Amphitheat(?:re|er)"
    r"|Gardens?|Marketplace|Oval|Pier|Quay|Wharf|Castle|Palace|Temple|Mosque|Chapel|Abbey"
    r"|Lodge|Inn|Resort|Caf[eé]|Restaurant|Pub|Tavern|Brewery|Winery|Zoo|Aquarium|Observatory|Studios?"
    r"|Courthouse|Barracks)\b"
    r"|\b(?:at|in|inside|outside|on|" + _CROWD_INTO + r")\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+[’']s\s+)?"
    # "at the Hillford Water Board headquarters", "on the Hillford Sports Institute grounds": a named
    # place's building or grounds
    r"(?:[A-Z][\w’'.&-]*\s+){0,5}(?:[a-z]+\s+){0,2}"
    r"(?:auditorium|campus|venue|parade\s+ground|grounds(?!\s+(?:that|of)\b)|halls?|premises|stadium|hotel"
    r"|library|museum|theatre|park|centre|center|conference\s+room|meeting\s+room|headquarters|sports\s+complex"
    r"|waterfront|cloisters?|cinemas?|courtyard|amphitheat(?:re|er)|showgrounds?|fairgrounds?|pavilion|plaza"
    r"|farm|memorial|church|mosque|temple|cathedral|chapel|shrine|beach|square|classroom|gym(?:nasium)?|playground"
    r"|clubhouse|studio|arena|marquee|lawn|courthouse|chambers?|school(?!\s+(?:level|year|term|system|board"
    r"|district|curriculum|fees|calendar|holidays?)\b))\b"
    # "at the district agricultural office" (an article, so not "in office")
    r"|\b(?:at|in)\s+(?:the|its|their)\s+(?:[A-Z][\w’'.&-]*\s+){0,5}(?:[a-z]+\s+){0,2}offices?\b"
    # "at the Casa de la Cultura", "in the Palais des Congrès": a venue named in another language
    r"|\b(?:at|in|inside|outside|" + _CROWD_INTO + r")\s+(?:the\s+)?" + _FOREIGN_VENUE +
    # "the Main Gallery will host", "the Museo Marítimo presents": a named venue that hosts
    r"|\b[Tt]he\s+(?:(?:[A-Z][\w’'.&-]*\s+(?:(?:of|and|for|the)\s+)?){1,6}(?:Hall|Centre|Center|Gallery|Museum"
    r"|Theatre|Theater|Library|Auditorium|Arena|Stadium|Cinema)|" + _FOREIGN_VENUE + r")"
    r"\s+(?:will\s+(?:host|present|stage)|hosts|hosted|is\s+hosting|presents|presented|stages|staged)\b"
    # "the Charter Hall meeting": a named venue before the event's noun
    r"|\b[A-Z][\w’'-]+\s+(?:Hall|Centre|Center|Stadium|Hotel|Auditorium|Theatre|Theater|Arena)\s+"
    r"(?:meeting|conference|seminar|workshop|forum|event|gathering|dialogue|session|ceremony)s?\b"
    # "held in Omu-Aran" (a town the gazetteer may not know)
    r"|\b(?:held|took\s+place|hosted)\s+in\s+(?!Zoom\b|Microsoft\b|Teams\b|Google\b|Webex\b|Skype\b)"
    r"[A-Z][\w’'-]+,\s+[A-Z]")
