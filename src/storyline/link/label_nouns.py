"""Labels that name what a figure counts by the noun its own sentence gives it, not by a measure or a part.

``fact_labels`` and ``label_heads`` name a row from the words next to its figure; some shapes of sentence
still leave a label that names only the measure ("amount", "percent (percent)", "duration (days)",
"distance (miles)") or one part of what is counted. Each is read by the grammar around the figure, never by
a list of a story's nouns, and only when at least half of the row's figures say it:

- a sum someone put at a figure: "officials estimated the street value at 280 million euros", "the recall
  costs were put at 310 million euros" → "street value", "recall costs"; where shares stood: "EDS shares
  soared $5.27 to finish at $24.13" → "EDS share price"; a part of a plural whole: "60 million euros of the
  losses" → "losses";
- a rate moved from or to a figure: "cut the company tax rate from 28 per cent to 26 per cent", "the jobless
  rate fell by half a point to 4.1 percent" → "company tax rate (percent)";
- a time or a span told as "<figure> <unit> of <noun>" or "<unit> at <noun>": "three days of official
  mourning", "36 hours at sea" → "days of official mourning", "time at sea (hours)"; a distance told from a
  place: "14 miles north-northeast of Healdsburg" → "distance from Healdsburg (miles)";
- a count of a coordination: "more than 150 firefighters and paramedics were working", "600 surgeries and
  procedures postponed" → "firefighters and paramedics counted", "surgeries and procedures" (not
  "firefighters counted": the figure counts every part). A coordination counts only when its last part is
  a plural noun followed by a stop, a function word (not a determiner) or a participle, so "killed three
  people and police said", "12 people and injured 30", "four women and a child" (four women) or "weighs 6.6
  pounds, and features a ..." are not read as one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.extract.quantities import MEASURE_UNITS
from storyline.link.label_heads import FUNCTION_WORDS, UNIT_TAIL, around, most
from storyline.model import Claim

# function words, and the adverbs, quantifiers and modals that never stand in a noun phrase a label is made of
_FUNCTION = FUNCTION_WORDS | {"there", "here", "then", "now", "more", "less", "some", "all", "both", "other", "others",
                              "could", "can", "may", "might", "must", "should", "not", "still", "also", "only", "just"}
_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                      "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
                      "thousands", "million", "millions", "dozen", "dozens", "several", "many", "few"})
# plural nouns of English that do not end in -s
_PLURAL = frozenset({"people", "police", "children", "men", "women", "staff", "crew", "personnel", "cattle",
                     "livestock", "clergy", "youth"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
                          "these", "those"})


def _noun(word: str) -> bool:
    """Whether a word can stand in a common noun phrase: lower case, no figure, no function word,
    no verb form (-ed, -ing)."""
    return bool(re.fullmatch(r"[a-z][a-z-]*", word)) and word not in _FUNCTION and word not in _NUMBERS \
        and not (len(word) > 4 and word.endswith(("ed", "ing")))


# -- a sum someone put at a figure -----------------------------------------------------------------

_ESTIMATE = r"(?:estimated?|estimates|estimating|put|puts|putting|valued?|values|valuing|pegged|pegs|placed|places)"
_NEAR = r"(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|up\s+to|an\s+estimated)\s+)?"
_OWNER = r"(?:the|its|their|his|her|our)"
# "estimated the street value at", "put their losses at", "the recall costs were put at"
_PUT_AT = re.compile(rf"\b(?:{_ESTIMATE}\s+{_OWNER}\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)|"
                     rf"{_OWNER}\s+(?P<np2>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})\s+(?:was|were|is|are|has\s+been|have\s+been|"
                     rf"had\s+been)\s+{_ESTIMATE})\s+at\s+{_NEAR}$", re.IGNORECASE)


def put_at(claim: Claim) -> str:
    """What a sum is when its sentence puts something at it: "street value" ("estimated the street value at
    280 million euros"); "" else."""
    before, _ = around(claim)
    found = _PUT_AT.search(before)
    if not found:
        return ""
    words = (found.group("np") or found.group("np2")).lower().split()
    return " ".join(words) if all(_noun(w) for w in words) else ""


# "EDS shares soared $5.27 to finish at", "Shares in Acme Corp closed at", "its shares rose 4% to"
_SHARES_AT = re.compile(rf"(?:\b(?P<name>[A-Z][\w&.-]*)\s+)?\b[Ss]hares\b(?:\s+(?:in|of)\s+(?P<name2>[A-Z][\w&.-]*"
                        rf"(?:\s+[A-Z][\w&.-]*){{0,2}}))?(?P<mid>[^;:()]{{0,90}}?)\s(?:at|to)\s+{_NEAR}$")


def share_price(claim: Claim) -> str:
    """A price its sentence gives as where shares stood: "EDS share price" ("EDS shares soared $5.27 to finish
    at $24.13"), "share price" ("its shares closed at $8"); "" else."""
    before, _ = around(claim)
    found = _SHARES_AT.search(before)
    if not found or re.search(r"\b(?:and|but|while|whereas)\s+[a-z]+\b.*\b[A-Z]", found.group("mid")):
        return ""  # a second clause about something else
    name = found.group("name2") or found.group("name") or ""
    name = "" if name.lower() in _FUNCTION or name.lower() in ("its", "their") else name
    return f"{name} share price".strip()


# "about 60 million euros of the losses": a part of a plural whole the text names
_PART_OF = re.compile(r"^\s*of\s+(?:the|its|their)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*[^\s\w]|\s+(?:"
                      r"the|a|an|in|on|at|for|to|from|by|with|and|or|was|were|is|are|has|have|had|said|says)\b|\s*$)")


def part_of(claim: Claim) -> str:
    """The plural whole a sum is a part of: "losses" ("60 million euros of the losses"); "" for an owner or a
    single thing ("$5 million of the company")."""
    _, after = around(claim)
    found = _PART_OF.match(after)
    words = found.group("np").split() if found else []
    return " ".join(words) if words and all(_noun(w) for w in words) and _plural(words[-1]) else ""


# -- a rate moved from one figure to another --------------------------------------------------------

_MOVED = r"(?:[a-z]+(?:ed|ing)|rose|rises|fell|falls|grew|grows|cut|cuts|rise|fall)"
# "cut the company tax rate from 28 per cent to", "the jobless rate fell by half a point to"
_FROM_TO = re.compile(rf"\b{_OWNER}\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})\s+(?:{_MOVED}\s+"
                      rf"(?:by\s+[^,;()]{{1,40}}?\s+)?to|from(?:\s+[^,;()]{{1,25}}?\s+to)?)\s+{_NEAR}$", re.IGNORECASE)


def moved_rate(claim: Claim) -> str:
    """What a percentage is the level of when its sentence moves something from or to it: "company tax rate"
    ("cut the company tax rate from 28 per cent to 26 per cent"); "" else."""
    before, _ = around(claim)
    found = _FROM_TO.search(before)
    if not found:
        return ""
    words = found.group("np").lower().split()
    fits = words and _noun(words[-1]) and all(_noun(w) or _gerund(w) for w in words)  # "parking levy rate"
    return " ".join(words) if fits else ""


# -- a time or a span of something -----------------------------------------------------------------

def span_of(claim: Claim) -> tuple[str, str]:
    """What a duration is of when its unit is followed by it: ("of", "official mourning") of "three days
    of official mourning", ("at", "sea") of "36 hours at sea"; ("", "") else."""
    _, after = around(claim)
    unit = (claim.unit or "").lower()
    if not unit:
        return "", ""
    found = re.match(rf"^\s*(?:-\s*)?{re.escape(unit.rstrip('s'))}s?\s+(?P<link>of|at)\s+(?P<np>[a-z][\w-]*"
                     r"(?:\s+[a-z][\w-]*)?)(?P<next>\s*[^\s\w]|\s+\w+|\s*$)", after)
    if not found:
        return "", ""
    np = found.group("np")
    nxt = found.group("next").strip().lower()
    if nxt and nxt[:1].isalpha() and nxt not in _FUNCTION and len(np.split()) == 1:
        return "", ""  # a noun phrase that goes on ("days of talks ended"): read no further than it is sure
    words = np.split()
    while words and not _noun(words[-1]) and not _gerund(words[-1]):
        words = words[:-1]
    np = " ".join(words)
    return (found.group("link"), np) if np and all(_noun(w) or _gerund(w) for w in words) else ("", "")


def _gerund(word: str) -> bool:
    """A noun in -ing after "of" ("days of mourning", "hours of fighting")."""
    return bool(re.fullmatch(r"[a-z]{3,}ing", word)) and word not in _FUNCTION


_POINTS = r"(?:north|south|east|west)(?:[\s-]*(?:north|south|east|west))*"
# "14 miles north-northeast of Healdsburg", "75 kilometers (50 miles) west of Lorin", "40 miles off the coast"
_AWAY = re.compile(r"^\s*(?:-\s*)?[a-z]+(?:\s+miles)?\s*(?:\([^)]*\)\s*)?(?:" + _POINTS + r"\s+of|off|from)\s+"
                   r"(?P<np>(?:the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))"
                   r"(?=\s*[^\s\w'’]|\s+(?:the|a|an|in|on|at|for|to|from|by|with|and|or|was|were|is|are|said|says)\b|\s*$)")


def away_from(claim: Claim) -> str:
    """The place a distance is measured from: "Healdsburg" ("14 miles north-northeast of Healdsburg"), "the
    coast" ("40 miles off the coast"); "" else."""
    _, after = around(claim)
    found = _AWAY.match(after)
    if not found:
        return ""
    np = found.group("np")
    words = np.split()
    if words[0] == "the" and not all(_noun(w) for w in words[1:]):
        return ""
    return "" if words[0].lower() in _FUNCTION - {"the"} else np


# -- a count of a coordination ---------------------------------------------------------------------

def _is_unit(word: str) -> bool:
    """Whether a word is a unit of measure ("pounds", "km"), which a coordination never joins."""
    return any(re.fullmatch(pattern, word, re.IGNORECASE) for pattern, _ in MEASURE_UNITS)


def _plural(word: str) -> bool:
    return word in _PLURAL or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def coordination(claim: Claim, noun: str) -> str:
    """The coordination a counted noun opens right after the figure: "firefighters and paramedics"
    ("150 firefighters and paramedics were working"), "firefighters, paramedics and police officers";
    "" when no such coordination follows or its last part is no plural noun."""
    _, after = around(claim)
    after = after.lstrip()
    if not after.startswith((f"{noun} ", f"{noun},")) or _is_unit(noun.split()[-1]):
        return ""  # a unit of measure ("6.6 pounds") is coordinated with nothing it counts
    tokens = re.findall(r"[\w'’-]+|[^\s\w]", after[len(noun):])
    parts: list[str] = []
    i, done = 0, False
    while not done:
        if tokens[i:i + 2] == [",", "and"] or tokens[i:i + 1] == ["and"]:
            i, done = i + (2 if tokens[i] == "," else 1), True
        elif tokens[i:i + 1] == [","]:
            i += 1
        else:
            return ""
        article = tokens[i:i + 1] in (["a"], ["an"])
        j = i + article
        words: list[str] = []
        while j < len(tokens) and len(words) < 2 and _noun(tokens[j]):
            words.append(tokens[j])
            j += 1
        if not words or len(parts) == 3 or (len(words) == 2 and words[0].endswith("s") and _plural(words[1])):
            return ""  # two plurals in a row: a verb and its object ("and carries crates")
        parts.append(" ".join(tokens[i:j]))
        i = j
    last = parts[-1].split()[-1]
    if parts[-1].split()[0] in ("a", "an") or not _plural(last):
        return ""  # "four women and a child": the figure counts the women
    following = tokens[i].lower() if i < len(tokens) else ""
    closes = not following[:1].isalpha() or (following in _FUNCTION and following not in _DETERMINERS) \
        or bool(re.fullmatch(r"[a-z]{3,}(?:ed|en)", following))  # not "weighs 6.6 pounds, and features a ..."
    if not closes:
        return ""
    return f"{noun}, {', '.join(parts[:-1])} and {parts[-1]}" if len(parts) > 1 else f"{noun} and {parts[0]}"


# -- a verb that only leads to another ------------------------------------------------------------

_LEADS = r"(?:managed|tried|attempted|failed|began|started|continued|wanted|sought|chose|decided|refused|helped)"


def led_verb(claim: Claim, verb: str) -> str:
    """The verb a leading verb of the label opens after the figure, as a participle: "escaped" ("two
    passengers managed to escape"); "" else."""
    _, after = around(claim)
    found = re.match(rf"^\s*(?:[a-z][\w-]*\s+){{1,3}}?{re.escape(verb)}\s+to\s+(?P<verb>[a-z]{{3,}})\b", after)
    if not found or not re.fullmatch(_LEADS, verb):
        return ""
    word = found.group("verb")
    if word in _FUNCTION:
        return ""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgkmnprt]", word):
        return word + word[-1] + "ed"  # "stop" → "stopped"
    return word + "d" if word.endswith("e") else word + "ed"


# past participles of English verbs that are not formed with -ed
_IRREGULAR = {"flee": "fled", "leave": "left", "get": "got", "run": "run", "swim": "swum", "make": "made",
              "find": "found", "break": "broken", "hold": "held", "keep": "kept", "take": "taken", "give": "given",
              "come": "come", "go": "gone", "win": "won", "buy": "bought", "sell": "sold", "pay": "paid",
              "hide": "hidden", "ride": "ridden", "drive": "driven", "write": "written", "steal": "stolen",
              "speak": "spoken", "see": "seen", "fight": "fought", "bring": "brought", "catch": "caught",
              "send": "sent", "spend": "spent", "build": "built", "lose": "lost", "stand": "stood", "sit": "sat",
              "meet": "met", "feed": "fed", "lead": "led", "throw": "thrown", "fly": "flown", "grow": "grown",
              "know": "known", "rise": "risen", "fall": "fallen", "begin": "begun",
              "do": "done", "eat": "eaten", "sleep": "slept", "teach": "taught", "think": "thought"}


# -- the label --------------------------------------------------------------------------------------

_SUM_LABELS = re.compile(r"^(?:amount|damage|cost|price|payment)(?:\s+[a-z]+)?$")
_DURATION = re.compile(r"^(?:(?:duration|distance) \((?P<unit>[^)]+)\)|(?P<bare>[a-z]+))$")


def noun_label(label: str, measure: str, claims: Sequence[Claim]) -> str:
    """``label`` (without its place) named by the noun the figures' sentences give what they count (the
    module's docstring); "" when they give none or the label already names it."""
    if measure in ("money", "damage", "price") and _SUM_LABELS.match(label):
        read = [t for c in claims if (t := put_at(c) or share_price(c) or part_of(c))]
        thing = most(read) if 2 * len(read) >= len(claims) else ""
        return thing if thing and thing not in label else ""
    if measure == "percent" and label in ("percent (percent)", "per cent (percent)", "% (percent)"):
        read = [t for c in claims if (t := moved_rate(c))]
        thing = most(read) if 2 * len(read) >= len(claims) else ""
        return f"{thing} (percent)" if thing else ""
    duration = _DURATION.match(label)
    if measure in ("duration", "distance") and duration:
        unit = duration.group("unit") or duration.group("bare")
        if duration.group("bare") and not any((c.unit or "").lower() == unit for c in claims):
            return ""
        spans = [f"{link} {np}" for c in claims for link, np in [span_of(c)] if link]
        span = most(spans) if 2 * len(spans) >= len(claims) else ""
        if not span and measure != "distance":
            return ""
        if measure == "distance" and not span:
            places = [t for c in claims if (t := away_from(c))]
            place = places[0] if 2 * len(places) >= len(claims) and len(set(places)) == 1 else ""  # one place
            return f"distance from {place} ({unit})" if place and duration.group("unit") else ""
        link, np = span.split(" ", 1)
        what = "time" if measure == "duration" else "distance"
        return f"{unit} of {np}" if link == "of" else f"{what} at {np} ({unit})"
    return _coordinated(label, claims) or _led(label, claims)


def _led(label: str, claims: Sequence[Claim]) -> str:
    """"passengers escaped" of "passengers managed" ("two passengers managed to escape")."""
    words = label.split()
    if len(words) < 2 or not re.fullmatch(_LEADS, words[-1]):
        return ""
    done = most([led_verb(c, words[-1]) for c in claims])
    return " ".join([*words[:-1], done]) if done else ""


def _coordinated(label: str, claims: Sequence[Claim]) -> str:
    unit = UNIT_TAIL.search(label)
    said = label[:unit.start()] if unit else label
    # the label is the counted noun, with at most a verb after it ("firefighters deployed")
    nouns = {c.counted for c in claims if c.counted and (said == c.counted or (
        said.startswith(f"{c.counted} ") and len(said[len(c.counted):].split()) == 1))}
    for noun in sorted((n for n in nouns if n), key=lambda n: (-len(n), n)):
        whole = most([coordination(c, noun) for c in claims if c.counted == noun])
        if whole:
            return whole + label[len(noun):]
    return ""
