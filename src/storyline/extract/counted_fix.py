"""What a figure counts when the noun is not the word right after it.

Three shapes of news English put the counted noun away from the figure, or hide it
behind a word that only qualifies it:

- a part of a whole ("9 of 15 shots", "two of the team's 13 goals", "three of his 20
  stores"): the part counts what the whole counts;
- a modifier joined by a hyphen ("hundreds of energy-efficient schools",
  "dozens of fire-damaged homes"): the noun is the head of the phrase, not its first word;
- a unit written as an adjective ("a 180-pound man", "a 12-mile stretch", "a
  40-kilogram bag"): the same amount as "180 pounds", "12 miles", "40 kilograms";
- a noun left out after a second figure ("a 4.1 aftershock and a 3.6", "played for nine
  seasons and coached for four"): the second counts what the first counts.

Works on the parse (``ArticleReader``) only; the claims stage calls it where it looks for
the counted noun and the unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from storyline.extract import claim_words as W
from storyline.extract.reading import ArticleReader, Sentence
from storyline.model import Claim

_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_HYPHENS = frozenset({"-", "–"})
_MODIFIER_DEPS = frozenset({"compound", "npadvmod", "amod", "nmod"})
_REACH = 5  # tokens from "of" to the whole's number: "of the Eagles' 11", "of the club ’ s 20"


def whole_number(reader: ArticleReader, sent: Sentence, num: int) -> int | None:
    """The number of the whole a part is taken from: in "9 of 15 shots" or "five of the
    team's 13 assists", the token of 15 or 13 for the part 9 or five; None when the figure
    is not followed by "of" and another number."""
    of = num + 1
    if of >= sent.tokens.stop or reader.words(of).lower() != "of":
        return None
    for k in range(of + 1, min(of + 1 + _REACH, sent.tokens.stop)):
        tok = reader.tokens[k]
        if tok.pos == "NUM":
            return k if _names_a_thing(reader, sent, k) else None
        word = reader.words(k)
        if tok.pos == "DET" or word in _POSSESSIVE_MARKS or tok.tag == "POS" or \
                (word.lower() == "s" and reader.words(k - 1) in _POSSESSIVE_MARKS):
            continue  # "of the", "of his", "of the team's", "of the team ’ s" as some feeds space it
        if tok.pos in W.NOUNISH and k + 1 < sent.tokens.stop and \
                (reader.words(k + 1) in _POSSESSIVE_MARKS or reader.tokens[k + 1].tag == "POS"):
            continue  # the possessor: "the Eagles'", "the club's"
        return None
    return None


def _names_a_thing(reader: ArticleReader, sent: Sentence, k: int) -> bool:
    """Whether a noun follows the whole's number (so the part has something to count):
    "of 15 shots", "of 6 free throws"; not "19 of 31 for 240 yards"."""
    for j in range(k + 1, min(k + 6, sent.tokens.stop)):
        tok = reader.tokens[j]
        if tok.pos in W.NOUNISH:
            return True
        if tok.dep == "amod" or tok.pos in ("ADJ", "NUM") or reader.words(j) in _HYPHENS:
            continue  # "of 9 trapped miners", "of 6 long-range shots"
        return False
    return False


def phrase_head(reader: ArticleReader, sent: Sentence, noun: int) -> int:
    """The noun a modifier joined by a hyphen belongs to: in "energy-efficient
    schools" or "fire - damaged homes", schools and homes, not energy or fire.
    A noun not followed by a hyphen is its own head."""
    if noun + 1 >= sent.tokens.stop or reader.words(noun + 1) not in _HYPHENS:
        return noun
    at = noun
    for _ in range(6):
        tok = reader.tokens[at]
        head = tok.head
        if tok.dep not in _MODIFIER_DEPS or not (at < head < sent.tokens.stop) or head - at > 6:
            break
        at = head
        if reader.tokens[at].pos in W.NOUNISH and reader.tokens[at].dep not in _MODIFIER_DEPS:
            return at
    return at if reader.tokens[at].pos in W.NOUNISH and at != noun else noun


_PLURALS = {"foot": "feet", "inch": "inches"}


def unit_as_amount(unit: str | None, after: str) -> str | None:
    """The unit of "a 180-pound man" as "180 pounds" writes it: a unit of length or weight
    joined to its figure by a hyphen is singular in English ("a 12-mile stretch"), the same
    amount as the plural; None when the figure is not so written."""
    if not unit or not after.lstrip().startswith(("-", "–")):
        return None
    word = unit.split()[0]
    plural = _PLURALS.get(word, word + "s")
    units = W.DISTANCE_UNITS | W.WEIGHT_UNITS
    if len(word) > 2 and not word.endswith("s") and plural in units:  # not "km", "lbs": abbreviations keep their form
        return plural
    return None


# what may follow a figure that leaves its noun out: the end of its phrase, not a noun
_BARE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|but|at|in|on|each|apiece|respectively|a|per|this|that|"
                         r"last|so\s+far|overnight|earlier|later|today|yesterday)\b)", re.IGNORECASE)
# what may join it to the figure before: a conjunction, with the article the first figure had (not a bare
# comma, which also sets off an apposition, a list of other things or a new clause)
_JOINED_BEFORE = re.compile(r"\b(?:and|or)\s+(?:(?:an?|another|only|just|about|nearly|almost)\s+)?$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([a-z]+)\s+(?:(?:an?|the|only|just|about|nearly|almost|some)\s+)?$", re.IGNORECASE)
_PREPOSITIONS = frozenset({"for", "with", "in", "by", "of", "to", "from", "after", "over"})


def shares_noun(s_text: str, prev: Claim, start: int, end: int) -> bool:
    """Whether a bare figure at ``start:end`` of the sentence leaves out the noun of the figure
    before it: "a 4.1 aftershock and a 3.6", "magnitude 5.1 and 4.8", "played for nine seasons and
    coached for four" (the same preposition before both). The bare figure must end its phrase:
    "and 12 were hurt" or "and injured 12 more" say something else."""
    if not _BARE_AFTER.match(s_text[end:]):
        return False
    prev_at = prev.figure_at()  # the figure before, in the same sentence
    prev_end = prev_at + len(prev.number_text)
    if prev_at < 0 or prev_end > start:
        return False
    before = s_text[:start]
    if _JOINED_BEFORE.search(before) and ";" not in s_text[prev_end:start]:
        return True
    mine, theirs = _WORD_BEFORE.search(before), _WORD_BEFORE.search(s_text[:prev_at])
    return bool(mine and theirs and mine.group(1).lower() == theirs.group(1).lower()
                and mine.group(1).lower() in _PREPOSITIONS)


# a participle telling the bare figure's own fate, then the end of its phrase: "and about 400 delayed,"
_OWN_FATE_AFTER = re.compile(r"\s*(?P<verb>[a-z]+ed)\b(?=\s*(?:[,.;:)]|$|(?:and|by|on|in|at|as|while|after|before|"
                             r"according|so\s+far|overnight)\b))")


def shares_things(s_text: str, prev: Claim, start: int, end: int) -> str | None:
    """The fate of a bare figure that counts the things of the figure before it, joined to it by "and": "more
    than 700 flights had been cancelled and about 400 delayed" (flights delayed): its participle, or None."""
    fate = _OWN_FATE_AFTER.match(s_text[end:])
    prev_at = prev.figure_at()
    if fate is None or prev_at < 0 or prev_at + len(prev.number_text) > start:
        return None
    if not _JOINED_BEFORE.search(s_text[:start]) or ";" in s_text[prev_at:start]:
        return None
    return fate.group("verb").lower()


# an earlier figure restated after the new one: "60 tankers, up from 35 on Tuesday", "cut the curfew from
# 12 hours to seven" (the second figure of a "from ... to" pair)
_ROUGHLY = r"(?:(?:about|some|around|nearly|almost|roughly|more\s+than|over|at\s+least|only|just)\s+)?"
# the earlier figure as a writer restates it: "up from 38", "up from its first estimate of 15,000", "down from a
# peak of 612,000", "up from an initial 150 million"
_EARLIER_FIGURE = (_ROUGHLY + r"(?:(?:its|their|the|an?)\s+)?(?:(?:first|initial|earlier|previous|original|"
                   r"preliminary)\s+)?(?:(?:estimate|figure|count|toll|total|tally|peak|high)\s+of\s+)?" + _ROUGHLY)
RESTATED = re.compile(r"\b(?:up|down)\s+from\s+" + _EARLIER_FIGURE + "$", re.IGNORECASE)
_RESTATED_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+with|against)\s+" + _EARLIER_FIGURE + "$",
                              re.IGNORECASE)
_FROM_TO = re.compile(r"^\s*(?:[\w$€£%-]+\s+){0,2}?to\s+(?:(?:about|some|around|nearly|almost|roughly|just|only)\s+)?$",
                      re.IGNORECASE)


# a running total a sentence brings its figure to: "arrested nine more people, bringing the total to 23", "taking
# the number of those held to 11", "raising the tally to 40"
BROUGHT_TO = re.compile(r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushed|"
                        r"lifting|lifted)\s+(?:the|its|their|his|her)\s+(?:overall\s+|total\s+|running\s+)?"
                        r"(?:total|number|tally|count|figure)(?:\s+of\s+(?:\w+\s+){1,3}?)?\s+(?:so\s+far\s+)?to\s+"
                        + _ROUGHLY + "$", re.IGNORECASE)


def brought_to(s_text: str, before: Sequence[Claim], start: int) -> Claim | None:
    """The figure a running total at ``start`` adds to ("nine more people ..., bringing the total to 23": the
    nine's measure and noun): the last figure before it that names what it counts, in the same clause run
    (no semicolon between); None when the total is not told so or no figure before names anything."""
    if not BROUGHT_TO.search(s_text[:start]):
        return None
    for prev in reversed(before):
        at = prev.figure_at()
        if at < 0 or at > start or ";" in s_text[at:start]:
            return None
        if prev.counted and not (prev.subject or "").endswith("(of whom)"):
            return prev
    return None


_SUBSET_BEFORE = re.compile(r"\b(?:including|among\s+them|such\s+as|of\s+whom|at|in|on|across|from|of|by|with|to|for)"
                            r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_PAIR_AFTER = re.compile(r"^\s*(?:and|or)\s+(?:\w+\s+)?\d")
# a figure of an earlier period, not of the story's days: "down from three a year ago", "up from eight the year before"
_EARLIER_PERIOD = re.compile(r"^\s*(?:(?:a|one|two|three|\d+)\s+(?:years?|months?|decades?)\s+(?:ago|earlier|before)|"
                             r"(?:the|a)\s+(?:year|month|season|decade)\s+(?:before|earlier)|last\s+(?:year|month|season)|"
                             r"in\s+(?:19|20)\d\d)\b", re.IGNORECASE)


def restated(s_text: str, before: Sequence[Claim], start: int, end: int) -> Claim | None:
    """The figure before it that a bare figure at ``start:end`` of the sentence restates at another
    time, leaving out its noun: "four cranes are at the scene, up from two on Monday", "14 suspects,
    including three women, had been arrested, up from six" (the suspects, not the women), "shortened
    the curfew from 12 hours to seven"; None when no figure before is the one. A subset ("including
    three women") or a figure in a phrase ("at three centres") is passed over; the total of a list
    ("15 plotters, six soldiers and nine civilians, up from 21") names no one figure, and a pair restated
    ("467 destroyed and 1,380 damaged, up from 412 and 1,150") restates the pair in order; a figure of an
    earlier period ("down from three a year ago") is another quantity."""
    if _EARLIER_PERIOD.match(s_text[end:]):
        return None
    text_before = s_text[:start]
    if _PAIR_AFTER.match(s_text[end:]) or _PAIR_SECOND.search(text_before):
        return _paired(s_text, before, start, end)
    for i in range(len(before) - 1, -1, -1):
        prev = before[i]
        prev_at = prev.figure_at()
        prev_end = prev_at + len(prev.number_text)
        if prev_at < 0 or prev_end > start or ";" in s_text[prev_end:start]:
            return None
        ahead = s_text[:prev_at]
        if ahead.rstrip().lower().endswith("from") and _FROM_TO.match(s_text[prev_end:start]) is not None:
            return prev if prev.counted else None  # "from 12 hours to seven"
        if _SUBSET_BEFORE.search(ahead):
            continue
        if re.search(r",\s*$", ahead) or any(re.search(r",\s*$", s_text[:o.figure_at()]) for o in before[:i]
                                             if o.figure_at() >= 0):
            return None  # an item of a list, or a list before it
        if _RESTATED_BEFORE.search(text_before):
            return prev if prev.counted else None
        return None
    return None


# the second of a pair restated: "467 destroyed and 1,380 damaged, up from 412 and 1,150"
_PAIR_SECOND = re.compile(r"\b(?:up|down)\s+from\s+" + _EARLIER_FIGURE + r"[\d,.]+\s+and\s+" + _ROUGHLY + "$",
                          re.IGNORECASE)


_PAIR_FIRST = re.compile(r"\band\s+(?:\w+\s+){0,3}?[\d,.]*\d[^;]*?\b(?:up|down)\s+from\s+" + _EARLIER_FIGURE + "$",
                         re.IGNORECASE)


def pair_restated(between: str, after_old: str) -> bool:
    """Whether the words between a new figure and an earlier one restated later in its sentence tell them as one
    pair's members ("467 homes were destroyed and 1,380 damaged, up from 412 and 1,150": 467 and 412, 1,380 and
    1,150), ``after_old`` being the words after the earlier figure."""
    first = _PAIR_FIRST.search(between) is not None and _PAIR_AFTER.match(after_old) is not None
    return first or _PAIR_SECOND.search(between) is not None


def _paired(s_text: str, before: Sequence[Claim], start: int, end: int) -> Claim | None:
    """The figure a pair restated matches, in order: in "467 homes were destroyed and 1,380 damaged, up from 412
    and 1,150", 412 restates 467 and 1,150 restates 1,380; None unless the sentence gives the two new figures
    joined by "and" right before the restated pair."""
    second = _PAIR_SECOND.search(s_text[:start]) is not None
    if second:
        if len(before) < 3:
            return None
        new, other, restated_first = before[-2], before[-3], before[-1]
        if restated_first.figure_at() < 0 or not RESTATED.search(s_text[:restated_first.figure_at()]):
            return None
    else:
        if len(before) < 2 or not RESTATED.search(s_text[:start]):
            return None
        other, new = before[-1], before[-2]
    at_new, at_other = new.figure_at(), other.figure_at()
    first, last = sorted((new, other), key=lambda c: c.figure_at())
    if at_new < 0 or at_other < 0 or not re.search(r"\band\b", s_text[first.figure_at():last.figure_at()]) \
            or ";" in s_text[first.figure_at():start]:
        return None
    return new if new.counted else None


# a depth of rain or snow: "104 millimetres of rain", "over 100mm of rain", "four inches (10 cm) of snow"
_FALLEN = re.compile(r"^\s*(?P<unit>mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|inch(?:es)?|in\.)?\s*"
                     r"(?:\([^)]*\)\s*)?of\s+(?:(?:heavy|torrential|fresh|new)\s+)?"
                     r"(?P<what>rain|rainfall|snow|snowfall|precipitation)\b", re.IGNORECASE)
_FALLEN_UNITS = {"mm": "millimetres", "millimetre": "millimetres", "millimeter": "millimetres", "cm": "centimetres",
                 "centimetre": "centimetres", "centimeter": "centimetres", "inch": "inches", "in.": "inches"}


# a depth of rain told after its word: "rainfall totals could reach 15 inches", "snowfall of up to 40 cm"
_FALL_BEFORE = re.compile(r"\b(?P<what>rain|rainfall|snow|snowfall)\s+(?:totals?\s+)?(?:could\s+reach|reached|"
                          r"of|hit|measured|totalled|totaled)\s+(?:(?:up\s+to|about|around|nearly|more\s+than|over)\s+)?$",
                          re.IGNORECASE)
_UNIT_AFTER = re.compile(r"^\s*(?P<unit>mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|inch(?:es)?)\b", re.IGNORECASE)


# the span a depth of rain is told over: "104 mm of rain fell in three hours", "in the past 24 hours"
RAIN_SPELL = re.compile(r"\b(?:in|within|over)\s+(?:(?:the\s+)?(?:past|last|first)\s+)?"
                        r"(?:(?:about|just|only|less\s+than)\s+)?$", re.IGNORECASE)


def _depth_unit(word: str) -> str | None:
    """The name of a unit of depth as written ("mm", "millimeters", "inch"): "millimetres", "centimetres",
    "inches"; None for another word."""
    word = word.lower()
    return _FALLEN_UNITS.get("inch" if word == "inches" else word.rstrip("s")) or _FALLEN_UNITS.get(word)


def precipitation(claim: Claim, after: str, before: str = "") -> tuple[str, str] | None:
    """The unit and what fell, when a figure is a depth of rain or snow ("104 millimetres of rain", "over 100mm
    of rain", "four inches of snow", "rainfall totals could reach 15 inches"): its unit written after it or glued
    to it; None otherwise."""
    m = _FALLEN.match(after)
    if m is None:
        told, written = _FALL_BEFORE.search(before), _UNIT_AFTER.match(after)
        if told is None or written is None or (named := _depth_unit(written.group("unit"))) is None:
            return None
        return named, "snow" if told.group("what").lower().startswith("snow") else "rain"
    glued = re.search(r"\d\s*(mm|cm)$", claim.number_text.lower())
    named = _depth_unit(m.group("unit") or claim.unit or "") or (_FALLEN_UNITS[glued.group(1)] if glued else None)
    if named is None:
        return None
    return named, "snow" if m.group("what").lower().startswith("snow") else "rain"


# what a headline's people aboard are told in: "Boat carrying 146 capsizes", "Plane with 72 on board crashes"
_ABOARD_BEFORE = re.compile(r"\b(?:carrying|with)\s+(?:(?:about|some|nearly|almost|around|more\s+than|over|at\s+least)"
                            r"\s+)?$", re.IGNORECASE)
# a headline's verb right after the figure, then where or how: "capsizes in", "crashes near", "sinks off"
_HEADLINE_VERB = re.compile(r"^\s*(?:capsizes|crashes|sinks|overturns|plunges|collides|derails|explodes|vanishes|"
                            r"disappears|topples|skids|flips)\s+(?:in|off|near|on|into|at|over|after|during|outside)\b",
                            re.IGNORECASE)


def aboard(s_text: str, start: int, end: int) -> bool:
    """Whether a figure is the people a headline's vehicle carries, its verb read as the noun the figure
    counts: "Boat carrying 146 capsizes in Niger State", "Bus with 40 plunges into river"."""
    return bool(_ABOARD_BEFORE.search(s_text[:start]) and _HEADLINE_VERB.match(s_text[end:]))


# the words after a count of people that put them beyond the law's reach: "184 still at large", "about 176
# remained at large", "more than 120 prisoners who remain on the run", "two gunmen are still at large"
_AT_LARGE = re.compile(r"^\s*(?:[A-Za-z-]+\s+){0,2}?(?:(?:who|that|are|were|is|was|remain(?:s|ed)?|still|now|"
                       r"believed\s+to\s+be)\s+){0,3}(?:at\s+large|on\s+the\s+run)\b")


def at_large(after: str) -> bool:
    """Whether the words right after a figure put those it counts at large ("leaving 184 still at large",
    "prisoners who remain on the run"): the missing of a manhunt, however the figure's own words read."""
    return _AT_LARGE.match(after) is not None


# the people a part of a toll is, named after a copula: "two of the dead were construction workers", "and two were
# passers-by", "three of the victims were children"
_NAMED_AFTER = re.compile(r"^\s+(?:of\s+(?:the|them|those)\s+(?:(?:dead|killed|victims|injured|wounded|hurt)\s+)?)?"
                          r"(?:were|was|are|is)\s+(?:all\s+|also\s+)?(?P<what>(?:[a-z]+\s+)?[a-z][a-z-]*)\b")


def named_after(after: str, is_people: Callable[[str], bool]) -> str | None:
    """The people a bare part of a toll is named as after its copula ("Two of the dead were construction workers":
    construction workers), when the last word counts people; None otherwise."""
    m = _NAMED_AFTER.match(after)
    if m is None:
        return None
    words = m.group("what").split()
    while words and not is_people(words[-1].lower()):
        words = words[:-1]  # "were workers from the site": the noun, not the words after it
    return " ".join(words) if words else None


# a quake named after its figure, the noun in the singular: "a 6.1 quake", "a 2. 9 aftershock"
_QUAKE_AFTER = re.compile(r"\s*-?\s*(?:earth)?(?:quake|temblor|tremor|aftershock|shock)\b(?!s)", re.IGNORECASE)


def quake_rating(number_text: str, after: str) -> bool:
    """Whether a figure with a decimal point right before a quake's noun is its magnitude ("a
    6.1 quake", "a 4.5 aftershock", "a 7.0 earthquake"): a point cannot count quakes."""
    return "." in number_text and re.search(r"\d\s?\.\s?\d", number_text) is not None \
        and _QUAKE_AFTER.match(after) is not None


# words that make "pounds" a weight in the sentence: "the lightest", "heavier", "its weight"
# (not "heavy" or "hefty": "a heavy fine of 200 pounds" is money)
_WEIGHT_WORDS = re.compile(r"\b(?:weigh(?:s|ed|ing|t|ts)?|light(?:er|est)|heavi(?:er|est)|stor(?:e|ed|ing)|"
                           r"stockpiled?|stockpiling)\b", re.IGNORECASE)


def pounds_weight(s_text: str, number_text: str, after: str) -> bool:
    """Whether "pounds" written out after a figure is a weight: the sentence speaks of weight or of goods stored
    ("at 4.5 pounds, the lightest yet", "heavier, at 30 pounds", "licensed to store only about 660 pounds"), and the
    figure is not written with the sign of the currency."""
    return "£" not in number_text and re.match(r"\s*(?:pounds?|lbs?)\b", after + " ", re.IGNORECASE) is not None \
        and _WEIGHT_WORDS.search(s_text) is not None


# "bringing the number held to five", "the total in custody rose to 14": a count named by its people's fate before it
_NUMBER_OF_FATE = re.compile(r"\b(?:number|total|tally|count)\s+(?:of\s+(?:people|persons)\s+)?(?:now\s+)?"
                             r"(?P<fate>held|arrested|detained|in\s+custody|dead|killed|injured|hurt|wounded|missing|"
                             r"rescued|evacuated)\s+(?:(?:has|had|have)\s+)?(?:(?:now|so\s+far)\s+)?"
                             r"(?:to|at|(?:rose|risen|climbed|jumped|grew|stood|stands|reached)(?:\s+to|\s+at)?)\s+"
                             r"(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least)\s+)?$", re.IGNORECASE)


def fate_measure(words: str) -> str | None:
    """The measure a fate's words name, by the claims' own lexicon (``claim_words.MEASURE_LEMMAS``): "dead" killed,
    "in custody" detained (its last word), "held" detained (a state the lexicon leaves to its verbs)."""
    last = words.lower().split()[-1]
    return "detained" if last == "held" else W.MEASURE_LEMMAS.get(last)


def fate_of_number(claim: Claim, before: str) -> str | None:
    """The measure of a bare count told as the number of people a fate befell ("bringing the number held to five":
    detained), or None."""
    if claim.measure != "count" or claim.counted is not None:
        return None
    m = _NUMBER_OF_FATE.search(before)
    if m is None:
        return None
    return fate_measure(m.group("fate"))


CAPACITY = "capacity"  # what a capacity counts: the places a stand, a boat or a hall has, whoever fills them
BARRELS_A_DAY = "barrels per day"  # an oil field's, a refinery's or a pipeline's rate, however written

# what a place or a vehicle may hold, told before its figure ("licensed for just 250", "an authorised capacity of
# 250", "built to hold 300") or after it ("a 250-seat stand", "a 40,000-capacity stadium", "the 10,000 people the
# complex was designed to hold")
_CAPACITY_BEFORE = re.compile(r"\b(?:(?:authori[sz]ed|licen[sc]ed|approved|certified|rated|built|designed|meant|"
                              r"intended|permitted|cleared)\s+(?:in\s+\d{4}\s+)?(?:only\s+|just\s+)?"
                              r"(?:for|to\s+(?:hold|carry|seat|take|house|accommodate))|"
                              r"(?:(?:authori[sz]ed|maximum|max|seating|official|legal|permitted|full|its|a|the)\s+)?"
                              r"capacity\s+(?:of|for)|(?:room|space|places|beds)\s+for|"
                              r"(?:can|could)\s+(?:hold|seat|carry|take|house|accommodate))\s+"
                              r"(?:(?:just|only|up\s+to|about|some|around|nearly|almost|roughly|no\s+more\s+than)\s+)?$",
                              re.IGNORECASE)
_CAPACITY_AFTER = re.compile(r"^[\s-]?(?:seat(?:er)?|capacity|passenger|person|people)\b(?!\s+(?:were|was|are|is|"
                             r"had|have|died|killed))", re.IGNORECASE)


# "the 10,000 people the complex was designed to hold": the capacity told in a clause after the figure's noun
_CAPACITY_CLAUSE = re.compile(r"^\s+(?:[a-z]+\s+)?(?:the|its|a)\s+(?:[\w-]+\s+){1,2}(?:was|is|had\s+been|has\s+been)\s+"
                              r"(?:designed|built|meant|licen[sc]ed|authori[sz]ed|rated|approved)\s+"
                              r"(?:to\s+(?:hold|carry|seat|take)|for)\b", re.IGNORECASE)


def capacity(s_text: str, start: int, end: int) -> bool:
    """Whether the figure tells what a place or a vehicle may hold, not how many it held (the module's
    docstring)."""
    if _CAPACITY_BEFORE.search(s_text[:start]) or _CAPACITY_CLAUSE.match(s_text[end:]):
        return True
    # "a 250-seat stand" is a capacity where the sentence sets another figure against it ("512 tickets were sold for
    # the 250-seat stand"); alone it names a kind of place ("the bill went to the 300-seat chamber")
    return bool(_CAPACITY_AFTER.match(s_text[end:]) and s_text[end:end + 1] == "-"
                and re.search(r"\d", s_text[:start] + s_text[end:]))


# people "hit by gunfire", "struck by stray bullets", "hit by a car": hurt, not a mere count
_HIT_BY = re.compile(r"^[^,.;]{0,40}?\b(?:were|was|had\s+been|have\s+been|has\s+been|got)\s+(?:hit|struck)\s+by\s+"
                     r"(?:[a-z-]+\s+){0,2}(?:gunfire|bullets?|shrapnel|shots|rounds|debris|rubble|stones|rocks|"
                     r"cars?|vehicles?|trucks?|lorr(?:y|ies)|buses|bus|trains?|falling\s+\w+)\b", re.IGNORECASE)


# a list told as a part of a toll's people: "Among the dead were 15 mutineers, six soldiers and nine civilians"
_AMONG_THE = re.compile(r"\b(?:among|of)\s+the\s+(?P<fate>dead|killed|injured|wounded|hurt|missing)\s+"
                        r"(?:were|are|was|is|included|include|are\s+said\s+to\s+be)\b[^.;:]*$", re.IGNORECASE)


# ... or before it: "five players and four children are among the dead", "two Britons were among those killed"
# ... or among a figure: "two British hikers are among seven people still missing"
_AMONG_THE_AFTER = re.compile(r"^[^.;:]{0,60}?\b(?:are|were|is|was)\s+(?:also\s+|now\s+)?among\s+(?:(?:the|those)\s+|"
                              r"(?:the\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                              r"dozens|scores|hundreds)\s+(?:[\w-]+\s+){0,2}?(?:still\s+|now\s+)?)"
                              r"(?P<fate>dead|killed|injured|wounded|hurt|missing)\b", re.IGNORECASE)


def among_the(before: str) -> str | None:
    """The measure of the people a list names after "among the dead were" (the sentence before the figure), or
    None."""
    m = _AMONG_THE.search(before)
    return fate_measure(m.group("fate")) if m else None


def among_the_after(after: str) -> str | None:
    """The measure of the people told before "are among the dead" (the sentence after the figure), or None."""
    m = _AMONG_THE_AFTER.match(after)
    return fate_measure(m.group("fate")) if m else None


# people "taken in for questioning", "held in pre-trial detention", "brought into custody", "are behind bars",
# "were in custody" (past an aside: "five suspects, including two from the township, were in custody"): detained
_HELD = re.compile(r"^(?:[^,.;]{0,40}?|[^,.;]{0,30}?,\s*(?:including|among\s+them)\b[^,.;]{0,40},[^,.;]{0,20}?)"
                   r"\b(?:(?:taken|brought|held|hauled|kept|remanded)\s+(?:in\s+|into\s+)?"
                   r"(?:for\s+questioning|(?:pre-?trial\s+|police\s+)?(?:detention|custody))|"
                   r"(?:are|were|is|was|remain|remained|remains)\s+(?:now\s+|still\s+)?"
                   r"(?:behind\s+bars|in\s+(?:police\s+)?(?:custody|detention)))\b", re.IGNORECASE)

# people treated for a hurt: "38 people had been treated for burns and smoke inhalation", "17 were taken to
# hospital with cuts and fractures" (injured, not a mere count of patients)
_TREATED_FOR = re.compile(r"^[^,.;]{0,40}?\b(?:treated|hospitali[sz]ed|taken\s+to\s+(?:a\s+)?hospitals?|admitted)"
                          r"(?:\s+[a-z]+){0,3}?\s+(?:for|with)\s+(?:[a-z-]+\s+){0,2}?(?:injur\w*|burns|wounds|cuts|"
                          r"fractures|bruises|smoke\s+inhalation|gunshot|stab|trauma)\b", re.IGNORECASE)
# what befell the people a figure counts, told right after it, and the measure it makes of them
_FATES_AFTER = ((_HIT_BY, "injured"), (_HELD, "detained"), (_TREATED_FOR, "injured"))


def fate_after(after: str) -> str | None:
    """The measure of what befell the people a figure counts, told in the words right after it: "six officers were
    hit by gunfire" (injured), "22 suspects were taken in for questioning" (detained); None when none is told."""
    return next((measure for pattern, measure in _FATES_AFTER if pattern.match(after)), None)


# people once missing told found alive: "two people initially listed as missing were found safe", "three of the missing
# have since been located unharmed": a count of the found, not of the missing
_FOUND_SAFE = re.compile(r"^[^.;:]{0,60}?\bmissing\b[^.;:]{0,30}?\b(?:were|was|have|has|had|are|is)\s+"
                         r"(?:(?:been|since|later|now|all|both|also|subsequently)\s+)*"
                         r"(?:found|located|traced|accounted\s+for)(?:\s+\w+){0,2}?\s+"
                         r"(?:safe|alive|unharmed|uninjured|well|safe\s+and\s+well)\b", re.IGNORECASE)


def found_safe(after: str) -> bool:
    """Whether the people a figure counts as missing are told found alive, in the words right after it."""
    return bool(_FOUND_SAFE.match(after))


# a place told as the worst part of a toll: "Bawku is the hardest hit, with 287 cases and 19 deaths", "the district
# still accounts for the largest share, with 22 deaths"
_HARDEST_HIT = re.compile(r"\b(?:(?:is|was|are|were|remains?|remained|has\s+been)\s+(?:the\s+)?(?:hardest|worst|most\s+"
                          r"(?:badly|severely|heavily))[\s-]+(?:hit|affected)|accounts?\s+for\s+(?:the\s+)?"
                          r"(?:largest|biggest|greatest|lion['’]s)\s+share)\b[^.;:]*$", re.IGNORECASE)


def hardest_hit(before: str) -> bool:
    """Whether the figure is told of the place hardest hit, a part of the story's count (the sentence before the
    figure)."""
    return bool(_HARDEST_HIT.search(before))


# an oil rate, however written after its figure: "220,000 b/d", "150,000 bpd", "a 220,000-barrel-per-day refinery",
# "220,000 barrels a day", "220,000 barrels of crude a day"
_OIL_RATE = re.compile(r"^(?:\s*(?:b/d|bpd|bbl/d|bopd)\b|[\s-]+(?:barrels?|bbl)(?:[\s-]+of\s+(?:crude|oil))?[\s-]+"
                       r"(?:per|a)[\s-]+day\b)", re.IGNORECASE)


# a count told per span of time right after its noun: "11,000 vehicles a day", "40 trucks per hour", "buses daily"
_PER_TIME = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|night)|daily|"
                       r"weekly|monthly|annually|nightly|hourly)\b", re.IGNORECASE)


def per_time(after: str) -> bool:
    """Whether the things a figure counts are told per span of time (the text right after the figure): a rate of
    traffic or output, not a number of things at one time."""
    return bool(_PER_TIME.match(after))


def oil_rate(after: str) -> bool:
    """Whether the figure is an oil rate in barrels a day (the text right after it)."""
    return bool(_OIL_RATE.match(after))


TONNAGE = "gross tonnage"  # a ship's size, however written: not a weight it carries
# what the readers above name a figure by: a count of its own, never a modifier of one thing (reconcile._modifier)
LIMIT = "licensed limit"  # what a licence allows someone to store or hold: not what was stored
NAMED_FIGURES = frozenset({CAPACITY, BARRELS_A_DAY, TONNAGE, LIMIT})
# "a gross tonnage of 92,700", "the 92,700-tonne vessel", "a 93,000-ton cruise ship", "the 92,700 gt cruise ship"
_TONNAGE_BEFORE = re.compile(r"\bgross\s+(?:register(?:ed)?\s+)?tonnage\s+(?:of\s+)?(?:(?:about|some|nearly|almost|"
                             r"around|roughly|more\s+than|over)\s+)?$", re.IGNORECASE)
_TONNAGE_AFTER = re.compile(r"^(?:\s?(?:gt|grt|dwt)\b|-(?:tonne|ton)\s+(?:[a-z-]+\s+){0,2}?(?:vessel|ship|liner|tanker|"
                            r"ferry|freighter|carrier|trawler|boat|barge|containership|bulker)s?\b)", re.IGNORECASE)


def tonnage(s_text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a ship's tonnage (the module's docstring), not a weight."""
    return bool(_TONNAGE_BEFORE.search(s_text[:start]) or _TONNAGE_AFTER.match(s_text[end:]))


# the amount a licence allows, told before its figure: "held a licence to keep up to 300 kg", "was licensed to store
# only about 660 pounds", "against a licence for 300 kg", "his licence ... permitted him to store no more than 300 kg"
_LICENSED_BEFORE = re.compile(r"\b(?:licen[cs]ed?|permit(?:ted)?|allowed|authori[sz]ed)\b[^.;]{0,60}?\b"
                              r"(?:to\s+(?:store|keep|hold|stock|possess)|for)\s+"
                              r"(?:(?:only|just|up\s+to|no\s+more\s+than|a\s+maximum\s+of)\s+)?"
                              r"(?:(?:about|some|around|roughly)\s+)?$", re.IGNORECASE)


# "the warehouse's permit allowed 50 tonnes"; after the figure: "five times the 50 tonnes its permit allowed"
_PERMIT_ALLOWED = r"(?:permit|licen[cs]e)\s+(?:allowed|allows|permitted|permits|covered|covers)"
_ALLOWED_BEFORE = re.compile(r"\b" + _PERMIT_ALLOWED + r"\s+(?:it\s+)?(?:(?:only|just|up\s+to)\s+)?$", re.IGNORECASE)
_ALLOWED_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?(?:its|the|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?" + _PERMIT_ALLOWED
                            + r"\b", re.IGNORECASE)


def licensed_limit(before: str, after: str = "") -> bool:
    """Whether the figure is the amount a licence or a permit allows (the sentence before and after it), not an
    amount held."""
    return bool(_LICENSED_BEFORE.search(before) or _ALLOWED_BEFORE.search(before) or _ALLOWED_AFTER.match(after))
