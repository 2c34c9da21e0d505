"""Labels whose head is what is counted: a noun phrase from the figures' sentences, not a bare measure.

``fact_labels`` and ``fact_names`` write a row's label from its claims; some labels still name only the
measure ("duration (seconds)", "distance (yards)"), or a part of the phrase the text gives ("services
market (percent)" of "7 percent of the services market"). This module reads the noun phrase the text
gives by the grammar around the figure and makes it the label's head:

- a time over a span: "went from zero to 100 km/h in 7.2 seconds", "does 0-50 mph in 4 seconds" is the time
  from one mark to the other ("time from zero to 100 km/h (seconds)");
- a term served where the text says: "sentenced to 40 weeks in jail" → "jail sentence (weeks)";
- a price with what it is for: "a $12 yearly fee for the parking permit" → "yearly fee for the parking
  permit"; what costs it: "the tickets cost $30" → "price of the tickets";
- a share of a whole: "12 percent of the regional freight market" → "share of the regional freight market
  (percent)";
- a measure-only label whose figures count a qualified unit: "distance (yards)" of "212 passing yards" →
  "passing yards".

It also tells which names a row's figures are not told of (``passing``): a name in an opening clause that
closes before the figure ("After its founder Ann Lee left, the fund lent $2 billion") or one that only owns
another noun ("the director of Harbor Trust said 500 claims ..."). ``subjects.name_rows`` leaves those out
of the row's label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.model import Claim

FUNCTION_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
                            "these", "those", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or",
                            "as", "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would",
                            "which", "who", "than", "but", "while", "when", "because", "after", "before", "since",
                            "each", "per", "about", "around", "including", "plus", "over", "under", "into", "it",
                            "they", "he", "she", "there", "here", "then", "now"})
_OWNERS = r"(?:the|its|their|his|her|our|your|my|a|an|each|every)"


def _tokens(text: str) -> list[str]:
    """Words as a label writes them: tokenised text's "15 - inch" as "15-inch"."""
    return re.sub(r"\s+-\s+", "-", text).split()


def _phrase(text: str, *, most: int = 4) -> str:
    """The noun phrase a run of words opens with, ended by a function word or a stop: "Stadia-like plan (its
    first)" → "Stadia-like plan"; names may stand in it ("Orla Plus subscription")."""
    kept: list[str] = []
    for word in _tokens(text)[:most]:
        bare = word.strip(",.;:()\"'“”’")
        figure = re.fullmatch(r"[\d.,$%]+", bare)
        if word[:1] in "([" or not bare or bare.lower() in FUNCTION_WORDS or not re.match(r"[A-Za-z0-9]", bare) \
                or figure:
            break
        kept.append(bare)
        if bare != word:
            break
    return " ".join(kept)


def most(values: Sequence[str]) -> str:
    """The value most claims give; on a tie the first in alphabetical order (never the claims' order)."""
    found = Counter(v for v in values if v)
    return min(found.items(), key=lambda item: (-item[1], item[0]))[0] if found else ""


def around(claim: Claim) -> tuple[str, str]:
    """The figure's sentence before and after its figure ("", "" when it does not hold it)."""
    return claim.around_figure() or ("", "")


# -- a time over a span --------------------------------------------------------------------------

_MARK = r"[\w.]+(?:\s*(?:mph|kph|km/h|km|miles|metres|meters|m))?"
# "from zero to 60 mph (97 kph) in", "0-62 mph in", "from the gate to the summit in"
_SPAN = re.compile(r"(?:\bfrom\s+(?:the\s+)?(?P<a>[\w.]+)\s+to\s+(?:the\s+)?(?P<b>" + _MARK + r")|"
                   r"(?<![\w.])(?P<a2>\d[\d.]*)\s*[-–]\s*(?P<b2>\d[\d.]*\s*(?:mph|kph|km/h)))"
                   r"(?:\s*\([^)]*\))?\s+in\s+(?:just\s+|about\s+|around\s+|under\s+|less\s+than\s+)?$",
                   re.IGNORECASE)


def span_time(claim: Claim) -> str:
    """The span a duration is the time of: "time from zero to 60 mph" ("from zero to 60 mph in 5.8 seconds",
    "0-60 mph in 5.8 seconds"); "" when its sentence gives none."""
    before, _ = around(claim)
    found = _SPAN.search(before)
    if not found:
        return ""
    a, b = (found.group("a"), found.group("b")) if found.group("a") else (found.group("a2"), found.group("b2"))
    return f"time from {a} to {' '.join(b.split())}"


# "the course of treatment continued ultimately for", "the first round of talks lasted nearly": what lasted,
# with what it is of and an adverb before the span
_LASTED = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+of\s+"
                     r"(?:the\s+)?[a-z][\w-]*)\s+(?:lasted|lasts|lasting|went\s+on|continued|ran)\s+(?:[a-z]+ly\s+)?"
                     r"(?:for\s+)?(?:just\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+)?$",
                     re.IGNORECASE)


def what_lasted(claim: Claim) -> str:
    """What a duration is the length of when the text names it with what it is of: "course of treatment"
    ("the course of treatment continued ultimately for 12 weeks"); "" else."""
    before, _ = around(claim)
    found = _LASTED.search(before)
    return found.group("np") if found and not any(w in FUNCTION_WORDS - {"of", "the"} for w in
                                                  found.group("np").lower().split()) else ""


# "Total downtime was 1hr 4 mins", "the delay was 2 hours 30 minutes": what a compound time is of
_COMPOUND_WAS = re.compile(r"(?:^|\b(?:the|total|overall|its|their)\s+)(?P<np>[a-z][\w-]*)\s+(?:was|were|is|are|"
                           r"totalled|totaled|stood\s+at)\s+\d[\d.]*\s*[a-z]+\s+(?:and\s+)?$", re.IGNORECASE)


def compound_time(claim: Claim) -> str:
    """What a time told in two units is of: "downtime" ("Total downtime was 1hr 4 mins"); "" else."""
    before, _ = around(claim)
    found = _COMPOUND_WAS.search(before)
    what = found.group("np").lower() if found else ""
    return "" if what in FUNCTION_WORDS else what


# -- a term served where the text says ------------------------------------------------------------

_CUSTODY = re.compile(r"^\s*-?\s*[A-Za-z]+\s+(?:in|behind)\s+(?P<place>jail|prison|gaol)\b", re.IGNORECASE)


def custody(claim: Claim) -> str:
    """Where a term is served, as its sentence says ("sentenced to 40 weeks in jail": "jail"); "" else."""
    _, after = around(claim)
    found = _CUSTODY.match(after)
    return found.group("place").lower() if found else ""


# -- a price and what it is for --------------------------------------------------------------------

_PRICE_NOUNS = r"(?:price|prices|fee|fees|rate|rates|cost|charge|fare|premium|subscription)"
# "$9.99 monthly fee for its streaming plan", "a $40 entry fee for each runner"
_PRICE_FOR = re.compile(r"^\s*(?:[a-z][\w-]*\s+){0,2}?" + _PRICE_NOUNS + r"\s+(?:for|of)\s+(?:" + _OWNERS +
                        r"\s+)?(?P<np>.{1,60})", re.IGNORECASE)
# "the tickets cost $30", "The 15-inch model starts at $1,799", "the bundle sells for $129"
_COSTS = re.compile(r"(?:^|\b(?P<det>the|its|their|a|an)\s+)(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
                    r"(?:will\s+|would\s+|now\s+)?"
                    r"(?:costs?|sells?\s+for|sold\s+for|retails?\s+(?:for|at)|(?:is\s+|are\s+)?priced\s+at|"
                    r"starts?\s+(?:off\s+)?at)\s+(?:just\s+|only\s+|about\s+|around\s+)?$", re.IGNORECASE)


# "$156 billion in farm goods", "$30,000 of jewellery", "£2m worth of stock"
_AMOUNT_IN = re.compile(r"^\s*(?:in|of|worth\s+of)\s+(?P<np>[^,.;()]{1,60})", re.IGNORECASE)
_MASS = frozenset({"cash", "revenue", "funding", "aid", "debt", "financing", "spending", "equity", "stock", "bail",
                   "income", "profit", "sales", "damage", "jewellery", "jewelry", "property", "merchandise"})


def amount_in(claim: Claim) -> str:
    """What an amount is of when its figure is followed by it: "farm goods" ("$156 billion in farm goods"),
    "jewellery" ("$30,000 of jewellery"); "" for a setting or an owner ("in the first quarter", "of the
    company") or a singular thing ("$129 in a new console": what is paid for, not what the amount is)."""
    _, after = around(claim)
    found = _AMOUNT_IN.match(after)
    if not found or re.match(r"(?:the|a|an|its|their|his|her|our|this|that|these|those)\b", found.group("np"),
                                 re.IGNORECASE):
        return ""
    what = _phrase(found.group("np"), most=3)
    head = what.split()[-1].lower() if what else ""
    if not head or not (head in _MASS or (head.endswith("s") and not head.endswith("ss"))) or what.isupper():
        return ""
    return what if any(w[:1].islower() for w in what.split()) else ""


def priced_for(claim: Claim, noun: str) -> str:
    """What a price noun the label ends in is for, in the figure's sentence: "for the streaming plan"
    ("$9.99 monthly fee for its streaming plan"); "" when it does not say."""
    _, after = around(claim)
    found = _PRICE_FOR.match(after)
    if not found or not re.search(rf"\b{re.escape(noun)}\b", after[:found.start("np")], re.IGNORECASE):
        return ""
    what = _phrase(found.group("np"))
    link = "for" if re.search(r"\bfor\s+\S*\s*$", after[:found.start("np")], re.IGNORECASE) else "of"
    return f"{link} the {what}" if what else ""


def what_costs(claim: Claim) -> str:
    """What costs a price, in the figure's sentence: "the tickets" ("the tickets cost $30"); "" else."""
    before, _ = around(claim)
    found = _COSTS.search(before)
    if not found:
        return ""
    words = _tokens(found.group("np"))
    det = bool(found.group("det"))
    while words and words[0].lower() in FUNCTION_WORDS:
        det = det or words[0].lower() in ("the", "its", "their", "a", "an")
        words = words[1:]
    if not words or any(w.lower() in FUNCTION_WORDS or w.lower() in ("it", "they", "which") for w in words):
        return ""
    phrase = " ".join(words)
    opens = not before[:found.start("np")].strip() and phrase[1:2].islower()  # a sentence's first word
    phrase = phrase[:1].lower() + phrase[1:] if opens else phrase
    return f"the {phrase}" if det else phrase


# -- a share of a whole ----------------------------------------------------------------------------

_SHARE_OF = re.compile(r"^\s*(?:(?:%|percent|per\s*cent)\s+)?of\s+(?:" + _OWNERS + r"\s+)?(?P<np>[^,.;()]{1,60})",
                       re.IGNORECASE)


def share_of(claim: Claim) -> str:
    """The whole a percentage is a share of: "regional freight market" ("12 percent of the regional
    freight market"); "" else, or when a verb follows (what happened to a share: "40% of the homes were lost")."""
    _, after = around(claim)
    found = _SHARE_OF.match(after)
    if not found:
        return ""
    rest = found.group("np")
    what = _phrase(rest)
    following = rest[len(what):].split()[:1] if what else []
    if not what or (following and following[0].lower() in ("was", "were", "is", "are", "has", "have", "had")):
        return ""
    return what if what[:1].islower() else ""


# -- a qualified unit --------------------------------------------------------------------------------

def qualified_unit(claim: Claim) -> str:
    """What a figure counts when it is a unit with a word before it: "rushing yards" of "189 rushing
    yards" (counted "rushing yards", unit "yards"); "" for a bare unit."""
    counted, unit = (claim.counted or "").strip(), (claim.unit or "").lower()
    words = counted.split()
    if len(words) < 2 or len(words) > 3 or not unit or words[-1].lower().rstrip("s") != unit.rstrip("s"):
        return ""
    if not all(re.fullmatch(r"[a-z][a-z-]*", w) and w not in FUNCTION_WORDS for w in words):
        return ""
    return counted


# -- a verb the figure's clause does not hold ---------------------------------------------------------

_AUX = ("was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can",
        "may", "might", "must", "should", "shall", "did", "does", "do")
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall"})
_ING_NOUNS = frozenset({"during", "morning", "evening", "building", "buildings", "something", "nothing", "anything",
                        "everything", "thing", "things", "ceiling", "including", "according", "spring", "string",
                        "wing", "ring", "king", "funding", "meeting", "hearing", "ruling", "housing", "training",
                        "warning", "opening", "offering", "rating", "ranking", "shooting", "bombing", "killing",
                        "fighting", "rioting", "wedding", "clothing", "bidding", "outstanding"})
_TRAILING_AUX = re.compile(r"(?:\b(?:" + "|".join(_AUX) + r")\s+(?:[a-z]+ly\s+|also\s+|not\s+|then\s+|since\s+)?)+$",
                           re.IGNORECASE)


def _holds_verb(text: str) -> bool:
    """Whether a stretch of a sentence holds a verb of its own: a modal ("could keep"), an -ing form ("helping
    drive"), or an -ed form before a function word or a stop ("served as", not "aggravated assault")."""
    tokens = re.findall(r"[A-Za-z’'-]+|[(),;:.]", text)
    for i, token in enumerate(tokens):
        low, after = token.lower(), tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if low in _MODALS or (low.endswith("ing") and len(low) > 5 and low not in _ING_NOUNS):
            return True
        if low.endswith("ed") and len(low) > 4 and (not after or after in FUNCTION_WORDS or after in "(),;:."):
            return True
    return False


def governs(verb: str, claim: Claim) -> bool:
    """Whether a verb has the figure in its own clause: before it with no verb, bracket or stop between
    ("have confiscated 14 rifles, 31 magazines and 900 rounds", "was paid $3 million"), or after it, as
    the figure's own predicate ("300 rounds were seized", "5 million viewers tuned in"), not a second
    predicate ("caught four passes, and scored twice") nor another clause's ("(46 KOs) blasted a rival")."""
    before, after = around(claim)
    word = re.compile(rf"(?<![\w-]){re.escape(verb)}(?!\w)", re.IGNORECASE)
    ahead = [m for m in word.finditer(before)]
    if ahead:
        between = before[ahead[-1].end():]
        if len(between) < 120 and not re.search(r"[()]", between) and not _holds_verb(between):
            return True
    found = word.search(after)
    if not found or found.start() > 100 or re.search(r"[().;:]", after[:found.start()]):
        return False
    between = after[:found.start()]
    core = _TRAILING_AUX.sub("", between)
    if _holds_verb(core):
        return False
    return core != between or not re.search(r",|\b(?:and|or|but)\b", core)


def _loose_verb(label: str, claims: Sequence[Claim]) -> str:
    """``label`` without a last word that is a verb the claims read ("kos blasted" of "46 KOs) blasted a
    rival", "amount underlined" of a verb three clauses away) when no figure's clause holds it; "" else."""
    unit = UNIT_TAIL.search(label)
    said, tail = (label[:unit.start()], unit.group()) if unit else (label, "")
    words = said.split()
    if len(words) < 2 or not any(words[-1].lower() == (c.counted_as or "").lower() for c in claims):
        return ""
    told = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?!\w)", re.IGNORECASE)
    if not any(told.search(c.text) for c in claims) or any(governs(words[-1], c) for c in claims):
        return ""  # a verb the text does not write ("evacuated" of "an evacuation"), or one holding it
    return " ".join(words[:-1]) + tail


# -- the label --------------------------------------------------------------------------------------

_GENERIC = re.compile(r"^(?P<measure>duration|distance|speed) \((?P<unit>[^)]+)\)$")
UNIT_TAIL = re.compile(r"\s\((?P<unit>[^()]*)\)$")


def head_label(label: str, measure: str, claims: Sequence[Claim]) -> str:
    """``label`` (without its place) with a head naming what is counted (the module's docstring); ``label``
    itself when the claims say no more than it does."""
    label = _loose_verb(label, claims) or label
    generic = _GENERIC.match(label)
    if generic and measure == "duration":
        span = most([span_time(c) for c in claims])
        if span:
            return f"{span} ({generic.group('unit')})"
        # what the parse says lasted ("a 48-hour general strike", extract/lasting.py), else the words before it
        lasted = most([c.lasting or "" for c in claims]) or most([what_lasted(c) for c in claims])
        if lasted:
            return f"duration of the {lasted} ({generic.group('unit')})"
    if re.fullmatch(r"[a-z]+", label) and any((c.unit or "").lower() == label for c in claims):
        what = most([compound_time(c) for c in claims])  # a label that is only a unit ("mins")
        if what:
            return f"{what} ({label})"
    if generic:
        qualified = most([qualified_unit(c) for c in claims])
        if qualified:
            return qualified
    if measure == "sentence" and label.startswith("prison sentence"):
        place = most([custody(c) for c in claims])
        if place and place != "prison":
            return f"{place} sentence{label[len('prison sentence'):]}"
    if measure in ("money", "price"):
        label = _compared(label, measure, claims) or label
        return _price_label(label, claims) or label
    if measure == "percent":
        return _share_label(label, claims) or label
    return label


def _compared(label: str, measure: str, claims: Sequence[Claim]) -> str:
    """A label that opens on a comparative the figure is told with ("cheaper dropped" of "$100 cheaper than
    the old one") named by its measure instead ("amount dropped"): a comparison is no thing; "" else."""
    first, _, rest = label.partition(" ")
    if not re.fullmatch(r"[a-z]{3,}(?:er|ier)", first):
        return ""
    if not any(re.match(rf"^\s*{re.escape(first)}\s+than\b", around(c)[1]) for c in claims):
        return ""
    word = "price" if measure == "price" else "amount"
    return f"{word} {rest}".strip()


def _price_label(label: str, claims: Sequence[Claim]) -> str:
    words = label.split()
    if not words or len(words) > 3 or " of " in label or " for " in label:
        return ""
    if re.fullmatch(_PRICE_NOUNS, words[-1], re.IGNORECASE):
        what = most([priced_for(c, words[-1]) for c in claims])
        if what:
            return f"{label} {what}"
    if len(words) <= 2 and words[0] in ("amount", "price", "cost", "payment"):
        thing = most([what_costs(c) for c in claims])
        if thing:
            return f"price of {thing}"
        read = [t for c in claims if (t := amount_in(c))]
        thing = most(read) if 2 * len(read) >= len(claims) else ""  # most figures say it ("$281M in cash" of one)
        if thing:
            return f"{thing} {words[1]}" if len(words) == 2 and _participle_form(words[1]) else thing
    return ""


def _participle_form(word: str) -> bool:
    return bool(re.fullmatch(r"[a-z]{3,}(?:ed|en)", word)) or word in ("paid", "sold", "lost", "spent", "bought")


def _share_label(label: str, claims: Sequence[Claim]) -> str:
    unit = UNIT_TAIL.search(label)
    if not unit or unit.group("unit") != "percent":
        return ""
    said = label[:unit.start()]
    bare = said.lower() in ("percent", "per cent", "%")
    mine = set(re.sub(r"^share of\s+", "", said).lower().split()) - {"the"}
    # the whole the label names a part of ("services market" of "the technology services market")
    wholes = [w for c in claims if (w := share_of(c)) and (bare or (mine and mine <= set(w.lower().split())))]
    found = Counter(wholes)
    if not found:
        return ""
    whole = min(found, key=lambda w: (-found[w], -len(w), w))
    return f"share of the {whole} (percent)"


# -- names a row's figures are not told of ----------------------------------------------------------

# a clause opening the sentence that closes before what follows: "After its founder Ann Lee left, ..."
_OPENING = re.compile(r"^\s*(?:after|when|as|since|before|because|if|although|though|while|once|until|unless|"
                      r"whereas)\b[^,;]*$", re.IGNORECASE)
_OWNS = re.compile(r"\b(?:of|at|for)\s+(?:the\s+)?$", re.IGNORECASE)


def passing(name: str, claim: Claim) -> bool:
    """Whether a claim's sentence names ``name`` only in passing before its figure: in an opening clause
    closed by a comma before the figure, or as the owner of another noun ("the director of Harbor Trust")."""
    before, _ = around(claim)
    spots = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", before)]
    if not spots:
        return False
    for at in spots:
        opening = _OPENING.match(before[:at]) and "," in before[at:]
        if not (opening or _OWNS.search(before[:at])):
            return False
    return True


def by_doer(label: str, *, name: str, location: str | None, claims: Sequence[Claim]) -> str:
    """A row's label naming whose figure it is when its last word is what that one did: "passes completed by
    Ann Lee" (not "passes completed of Ann Lee") when a figure's sentence reads "Lee completed 20 passes" or
    "Lee, who completed 20 passes"; "" when the label ends in no such verb."""
    suffix = f" in {location}" if location and label.endswith(f" in {location}") else ""
    base = label[:-len(suffix)] if suffix else label
    unit = UNIT_TAIL.search(base)
    head, tail = (base[:unit.start()], unit.group()) if unit else (base, "")
    words, names = head.split(), re.findall(r"[\w'’-]+", name)
    if len(words) < 2 or not names or not _participle_form(words[-1]):
        return ""
    did = re.compile(rf"(?<![\w-]){re.escape(names[-1])}(?:['’]s)?(?:,\s+who)?(?:\s+[a-z]+ly)?\s+(?:has\s+|had\s+)?"
                     rf"{re.escape(words[-1])}\b")
    if not any(did.search(c.text) for c in claims):
        return ""
    return f"{head} by {name}{tail}{suffix}"
