"""Figures of a place's setting or of a question, which a reader leaves out of the facts table
although an article prints them.

Each test reads the grammar around one figure, never the story's words:

- a figure in a sentence that asks ("Should the club offer more than $25 million?", "What was he
  doing facing over six officers?"): nothing is asserted, so nothing is reported;
- a distance that places a town, a building or a passer-by from a named town ("Elmfield, a
  market town, is 40 km north of Dunmore", "the depot, about 15 miles west of Carver"): it
  sets the scene; the distance of the event itself ("the quake struck 30 km south of Orla")
  is told of the event, not of a place.
"""

from __future__ import annotations

import re

from storyline.link.gazetteer import capitals
from storyline.model import Claim

# the end of the figure's sentence or quoted question: a stop, a question or an exclamation mark (not a
# decimal point), or a quotation opened after the figure
_STOP = re.compile(r"[.!](?!\d)|\?|[\"“”]")


def question(claim: Claim) -> bool:
    """Whether the figure stands in a question ("Should they pay more than $25 million?", "\"Can the
    council find 40 nurses?\" she asked"): the first stop after it is a question mark, with no
    quotation opened between ("40 people answered the \"Did you hear it?\" survey" states its figure)."""
    at = claim.figure_at()
    if at < 0:
        return False
    stop = _STOP.search(claim.text, at + len(claim.number_text))
    return stop is not None and stop.group() == "?"


# a compass bearing, plain or compound ("north", "north-northeast", "south - west"), or a bare "from"
_BEARING = (r"(?:(?:north|south|east|west)(?:\s*-?\s*(?:north|south))?(?:\s*-?\s*(?:east|west))?|"
            r"[NSEW]{1,3})\s+of|from|away\s+from")
# the unit (and a bracketed conversion), the bearing, then a named town or "here": "15 miles north of Carver"
# (or the capital, the city or its centre, told without a name: "12 km northeast of the city centre", "100 miles
# south-west of the state capital, Patna", "25 km from the district headquarters town of Sasaram")
_FROM_A_TOWN = re.compile(r"^\s*-?\s*[a-z.]+\s+(?:\([^)]*\)\s+)?(?:" + _BEARING + r")\s+(?:(?:the\s+(?:[a-z-]+\s+){0,3}"
                          r"(?:city|town|village|capital)\s+of\s+)?(?:[A-Z][\w'’.-]*|here\b)|the\s+(?:[a-z-]+\s+){0,2}"
                          r"(?:capital|city|town\s+cent(?:re|er))\b)")
# a distance and its unit, then an opened bracket: the figure after it converts that distance ("88 km (55 miles)")
_CONVERTED = re.compile(r"(?:\d[\d.,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                        r"twenty|thirty|forty|fifty|a\s+hundred))\s*-?\s*[a-z.]+\s*\(\s*$")
_CLOSED = re.compile(r"(?<=[a-z.])\s*\)")  # the bracket closed after the converted unit
# what a place's distance may be told of: a named place, or a noun for a place or a building
_PLACE_NOUNS = (r"(?:building|office|offices|town|city|village|island|home|house|plant|factory|school|church|"
                r"hospital|store|shop|hotel|hostel|mall|station|suburb|district|county|farm|site|facility|"
                r"headquarters|depot|warehouse|port|airport|prison|mine|campus|stadium|arena|resort|community|"
                r"valley|region|province|camp|shrine|temple|neighbou?rhood)")
# someone the story meets where they happen to be: "a driver 50 miles north of Carver saw the van"
_PASSERS_BY = (r"(?:motorist|driver|resident|witness|passer-?by|farmer|hiker|fisherman|neighbou?r|tourist|"
               r"trucker|pilot|man|woman)")
_PLACED = r"(?:[A-Z][\w'’.-]*|\b" + _PLACE_NOUNS + r")"
_ABOUT = (r"(?:(?:about|some|roughly|around|approximately|nearly|almost|just|only|over|under|more\s+than|"
          r"less\s+than)\s+)?")
# "Elmfield, a market town, is 40 km", "The depot is about 15 miles", "Dunmore lies 30 km"
_PLACE_IS = re.compile(_PLACED + r"(?:\s*,.{1,80}?,)?\s+(?:is|are|was|lies|lay|sits|sat)\s+(?:located\s+|situated\s+)?"
                       + _ABOUT + r"$")
# an aside after a place or a passer-by: "the depot, about 15 miles", "Elmfield, located 40 km", "a driver 50 miles",
# "Dalwa, a farming village about 25 km", "the Kasarani district about seven miles"
# ... or after a place noun and its size: "a city of nearly 200,000 people about 225 miles north of Lisbon"
_PLACE_ASIDE = re.compile(r"(?:" + _PLACED + r"\s*,\s*(?:(?:which\s+is|located|situated|lying)\s+|"
                          r"(?:an?|the)\s+(?:[a-z-]+\s+){0,2}" + _PLACE_NOUNS + r"\s+)?|"
                          r"\b(?:the\s+)?[A-Z][\w'’.-]*\s+" + _PLACE_NOUNS + r"\s+|"
                          r"\b(?:[Aa]n?|[Tt]he)\s+" + _PASSERS_BY + r"\s+|"
                          r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}" + _PLACE_NOUNS + r"\s+of\s+" + _ABOUT +
                          r"[\d,.]+(?:\s+million)?\s+(?:people|residents|inhabitants)\s*,?\s+)" + _ABOUT + r"$")


# the unit (and a bracketed conversion), then only a bearing or "away", the clause ending there
_BEARING_ONLY = re.compile(r"^\s*-?\s*[a-z.]+\s+(?:\([^)]*\)\s+)?(?:to\s+the\s+(?:north|south|east|west)"
                          r"(?:\s*-?\s*(?:east|west))?|away)\s*(?:[,.;)]|and\b|$)")
# a capitalised name, then a comma: "Islamabad, about"
_NAMED_ASIDE = re.compile(r"\b[A-Z][\w'’.-]*\)?\s*,\s*" + _ABOUT + r"$")  # "Hospital (PMCH), about"


_EPICENTRE = re.compile(r"\bepicent(?:er|re)\b", re.IGNORECASE)


def locator(claim: Claim) -> bool:
    """Whether a distance places a town, a building or someone from a named town ("Elmfield, a market town, is 40 km
    north of Dunmore", "the depot, about 15 miles west of Carver", "a driver 50 miles north of here", "felt in
    Islamabad, about 160 km to the south"): the setting, as against the distance of the event ("the quake struck
    30 km south of Orla", "the epicentre was 20 miles from Orla") or of a border or a landmark told without a
    name ("the camp is 10 miles from the border")."""
    if claim.measure != "distance":
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    converted = _CONVERTED.search(before)
    if converted:  # the bracketed conversion of the distance before it: "lies 88 km (55 miles) south of Dunmore"
        before, after = before[:converted.start()], _CLOSED.sub("", after, count=1)
    if _EPICENTRE.search(before):
        return False  # "placed the epicenter in Lucanas province, in the Ayacucho region, roughly 22 miles northeast
        # of Puquio": the quake's distance, whatever place is named between
    if _FROM_A_TOWN.match(after):
        return bool(_PLACE_IS.search(before) or _PLACE_ASIDE.search(before))
    # a named place and, set off by a comma, how far it lies: "felt in Islamabad, about 160 kilometres to the
    # south", "Quetta, 300 miles away": where the named place is, not how far anything of the event went
    return bool(_BEARING_ONLY.match(after) and _NAMED_ASIDE.search(before))


# how far something lies from a named town: the unit, a bearing or "away", then "of" or "from" and the name
_OFF_A_NAME = re.compile(r"^\s*-?\s*[a-z.]+\s+(?:\([^)]*\)\s+)?(?:" + _BEARING + r")\s+"
                         r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


# "940 miles south of the capital", "from the state capital": a distance told from a capital, named or not
_FROM_THE_CAPITAL = re.compile(r"\b(?:from|of|to)\s+(?:the\s+)?(?:\w+\s+){0,2}capital\b", re.IGNORECASE)


def from_capital(claim: Claim) -> bool:
    """Whether a distance measures from a capital ("940 miles south of the capital"; "the island, 1,000 kilometres
    south of Tehran", "some 350 km from Kuala Lumpur", a country's capital by name): where the place lies for a
    reader abroad, not how far anything of the event went (a quake's epicentre "100 km north of Tehran" is the
    event's, unless its sentence says "the capital")."""
    if claim.measure != "distance":
        return False
    if _FROM_THE_CAPITAL.search(claim.text):
        return True
    around = claim.around_figure()
    if around is None or _EPICENTRE.search(around[0]):
        return False
    named = _OFF_A_NAME.match(around[1])
    return named is not None and named.group("name") in capitals()
