"""Figures of another time, of another place's setting or of a question, which a reader leaves out
of the facts table although an article prints them.

Each test reads the grammar around one figure, never the story's words:

- a figure in a sentence that asks ("Should the club offer more than $25 million?", "What was he
  doing facing over six officers?"): nothing is asserted, so nothing is reported;
- a figure whose clause, or the sentence it opens, is anchored to an earlier season ("signed him to
  a $40 million deal last summer", "Last season, they won 50 games", "a contract agreed in the
  off-season"): another time's figure, recalled as background;
- a distance that places a town, a building or a passer-by from a named town ("Elmfield, a
  market town, is 40 km north of Dunmore", "the depot, about 15 miles west of Carver"): it
  sets the scene; the distance of the event itself ("the quake struck 30 km south of Orla")
  is told of the event, not of a place.
"""

from __future__ import annotations

import re

from storyline.model import Claim

# a question mark closing the sentence, after any closing quotes or brackets
_ASKS = re.compile(r"\?[\s\"'”’)\]]*$")
_QUOTES = re.compile(r"[\"“”]")


def question(claim: Claim) -> bool:
    """Whether the figure stands in a sentence that asks ("Should they pay more than $25 million?"),
    not in one that only quotes a question after the figure ("40 people answered the "Did you feel
    it?" survey")."""
    at = claim.figure_at()
    if at < 0 or not _ASKS.search(claim.text):
        return False
    end = claim.text.rstrip(" \"'”’)]").rfind("?")
    return not _QUOTES.search(claim.text, at + len(claim.number_text), end)


# an earlier season of the year, of a sport or of a market: "last summer", "in the off-season"
_EARLIER_SEASON = re.compile(r"\blast\s+(?:season|summer|spring|autumn|fall|winter|off-?\s*season)\b|"
                             r"\b(?:in\s+the|earlier\s+this|during\s+the)\s+off-?\s*season\b", re.IGNORECASE)
# what ends the figure's clause: punctuation that sets off a clause, or a word that opens another one
_CLAUSE_BREAK = re.compile(r"[,;:\u2014\u2013]|\s-\s|\b(?:but|while|which|who|whom|whose|where|when|after|before|"
                           r"although|though|because|whereas)\b", re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]*\)")
# a sentence that opens on the earlier season applies it to every figure it tells: "Last winter the club ..."
_OPENS_ON = re.compile(r"\s*[\"“]?(?:last\s+(?:season|summer|spring|autumn|fall|winter|off-?\s*season)|"
                       r"(?:in|during)\s+the\s+off-?\s*season)\b", re.IGNORECASE)


def earlier_season(claim: Claim) -> bool:
    """Whether the figure's clause is set in an earlier season ("they signed him to a $40 million
    deal last summer", "took the champions to six games last season"), or the sentence opens on
    one ("Last winter the club re-signed him for $12 million"). A figure of this season told beside
    it ("they lost eight of ten, after a big signing last summer") stands in another clause."""
    at = claim.figure_at()
    if at < 0:
        return False
    if _OPENS_ON.match(claim.text):
        return True
    # asides in brackets are read through: "the $161 million (over seven years) he received last winter"
    text = _ASIDE.sub(lambda m: " " * len(m.group()), claim.text)
    end = at + len(claim.number_text)
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    stop = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end)), len(text))
    return bool(_EARLIER_SEASON.search(text, start, stop))


# a compass bearing, plain or compound ("north", "north-northeast", "south - west"), or a bare "from"
_BEARING = (r"(?:(?:north|south|east|west)(?:\s*-?\s*(?:north|south))?(?:\s*-?\s*(?:east|west))?|"
            r"[NSEW]{1,3})\s+of|from|away\s+from")
# the unit (and a bracketed conversion), the bearing, then a named town or "here": "15 miles north of Carver"
_FROM_A_TOWN = re.compile(r"^\s*-?\s*[a-z.]+\s+(?:\([^)]*\)\s+)?(?:" + _BEARING + r")\s+(?:the\s+(?:city|town|village)"
                          r"\s+of\s+)?(?:[A-Z][\w'’.-]*|here\b)")
# what a place's distance may be told of: a named place, or a noun for a place or a building
_PLACE_NOUNS = (r"(?:building|office|offices|town|city|village|island|home|house|plant|factory|school|church|"
                r"hospital|store|shop|hotel|mall|station|suburb|district|county|farm|site|facility|headquarters)")
_PLACED = r"(?:[A-Z][\w'’.-]*|\b" + _PLACE_NOUNS + r")"
_ABOUT = r"(?:(?:about|some|roughly|around|approximately|nearly|almost|just|only|over|under|more\s+than|less\s+than)\s+)?"
# "Elmfield, a market town, is 40 km", "The depot is about 15 miles", "Dunmore lies 30 km"
_PLACE_IS = re.compile(_PLACED + r"(?:\s*,.{1,80}?,)?\s+(?:is|are|was|lies|lay|sits|sat)\s+(?:located\s+|situated\s+)?"
                       + _ABOUT + r"$")
# an aside after a place or a passer-by: "the depot, about 15 miles", "Elmfield, located 40 km", "a driver 50 miles"
_PLACE_ASIDE = re.compile(r"(?:" + _PLACED + r"\s*,\s*(?:(?:which\s+is|located|situated|lying)\s+)?|"
                          r"\b(?:an?|the)\s+[a-z]+(?:ist|er|or|an)\s+)" + _ABOUT + r"$")


def locator(claim: Claim) -> bool:
    """Whether a distance places a town, a building or someone from a named town ("Elmfield, a market
    town, is 40 km north of Dunmore", "the depot, about 15 miles west of Carver", "a driver 50 miles
    north of here"): the setting, as against the distance of the event ("the quake struck 30 km
    south of Orla", "the epicentre was 20 miles from Orla") or of a border or a landmark told
    without a name ("the camp is 10 miles from the border")."""
    if claim.measure != "distance":
        return False
    at = claim.figure_at()
    if at < 0 or not _FROM_A_TOWN.match(claim.text[at + len(claim.number_text):]):
        return False
    before = claim.text[:at]
    return bool(_PLACE_IS.search(before) or _PLACE_ASIDE.search(before))
