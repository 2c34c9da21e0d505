"""Labels for rows still named by a bare measure, read from the clause the figure stands in.

``fact_labels``, ``label_heads`` and ``label_nouns`` read the noun phrase right next to a figure. A row keeps a
label that names only its measure ("percent (percent)", "distance (feet)", "duration (days)", "tonnes (weight)",
"amount") when its sentence names what is measured elsewhere in the figure's clause, and two such rows of one
story cannot be told apart. This module reads that clause by its grammar, never by a list of a story's words:

- the subject of a verb that gives a level: "Consumer inflation rose to 5.9% in May from 5.1%", "the gap had
  stretched to 600 feet", "the total payable rises to $178 million" → "consumer inflation (percent)", "gap
  (feet)", "total payable"; "the jobless rate, at 4.1%," is the same;
- the object a verb moves to a level: "lifted the repo rate by half a point to 7.75%", "raised its inflation
  forecast for next year to 5.4 percent" → "repo rate (percent)", "inflation forecast (percent)";
- what costs a sum ("the strike is costing the airline $15 million a day" → "cost of the strike"), what a change
  is of ("jump (percent)" of "a 14% jump in petrol prices" → "jump in petrol prices (percent)"), what a unit is a
  compound adjective of ("tonnes (weight)" of "a 40-tonne storage tank" → "storage tank (tonnes)");
- what a span of time is of: what it takes or leaves time to do ("has 21 days to appeal the fine" → "duration to
  appeal the fine (days)"), the clause that lasted it ("the jury deliberated for seven hours" → "duration for
  which the jury deliberated (hours)"), what it ran before or after ("waited 11 days before notifying the
  regulator" → "duration before notifying the regulator (days)"; "he pulled over after 15 minutes" → "duration
  before he pulled over"), the act that takes it ("closing the road will take two weeks" → "duration of closing
  the road"). The label keeps "duration": a reader (and the facts' labels) name a span of nothing else so.

As in ``label_nouns``, at least half of a row's figures must say it; a change ("rose 5%", "rose by 5%") names no
level and is left alone, and a capitalised first word the story's parser names as a person, an organisation or a
place is no common noun, so never heads such a label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.link.label_heads import FUNCTION_WORDS, around, most
from storyline.link.subjects import FIGURE_LABELS
from storyline.model import Article, Claim

_NEAR = (r"(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|more\s+than|less\s+than|over|under|"
         r"up\s+to|at\s+least|an\s+estimated|a\s+record|a\s+high\s+of|a\s+low\s+of)\s+)*")
_DET = r"(?i:the|its|their|his|her|our|a|an)"
_WORD = r"[A-Za-z][a-z-]*"
_NP = rf"(?P<np>{_WORD}(?:\s+(?!(?:had|has|have|is|are|was|were|would|will|could|may|might|be|been)\b)"\
      rf"[a-z][a-z-]*){{0,3}})"
# a short place or part the subject is told at: "the river at the Colusa gauge", "the break north of the town"
_PP = r"(?P<pp>\s+(?:at|of|in|on|near|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?" \
      r"[\w-]+(?:\s+[\w-]+){0,2}?)?"
_AUX = r"(?:(?:had|has|have|would|will|could|may|might|is|are|was|were|be|been|now|also|then|expected|forecast|" \
       r"likely|set|to)\s+){0,3}"
# verbs that move the subject, with the level they move it to or from ("rose to", not "rose 5%": a change)
_MOVED = r"(?:rose|rises|risen|rising|fell|falls|fallen|falling|climbed|climbs|jumped|dropped|slipped|eased|" \
         r"quickened|slowed|accelerated|grew|grown|increased|decreased|declined|surged|soared|slumped|plunged|" \
         r"stretched|widened|narrowed)"
# verbs that give what the subject stands at
_STANDS = r"(?:reached|reaches|hit|hits|stood|stands|stayed|remained|remains|peaked|averaged|crested|totalled|" \
          r"totaled|totals|total|topped|amounted|amounts|came\s+in|comes\s+in|was|were|is|are)"
# "Consumer inflation rose to 5.9% in May from", "the gap had stretched to", "the river crested at"
_SUBJECT = re.compile(rf"(?:\b{_DET}\s+|^|[,;:]\s+){_NP}{_PP},?\s+{_AUX}"
                      rf"(?:{_MOVED}(?:\s+(?:to|at)\s+[^,;()]{{1,40}}?\s+from|\s+(?:to|at|from))|"
                      rf"{_STANDS}(?:\s+(?:to|at|of))?)\s+{_NEAR}$")
# "the jobless rate, at 4.1%"
_APPOSED = re.compile(rf"(?:\b{_DET}\s+|^){_NP},\s+(?:at|of)\s+{_NEAR}$")
_MOVE = r"(?:rais(?:e|ed|es|ing)|lift(?:s|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|hik(?:e|ed|es|ing)|" \
        r"increas(?:e|ed|es|ing)|reduc(?:e|ed|es|ing)|set(?:s|ting)?|keep(?:s|ing)?|kept|hold(?:s|ing)?|held|" \
        r"leav(?:e|es|ing)|left|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|boost(?:s|ed|ing)?|push(?:es|ed|ing)?|" \
        r"driv(?:e|es|ing|en)|drove|bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|extend(?:s|ed|ing)?|" \
        r"revis(?:e|ed|es|ing)|doubl(?:e|ed|es|ing))"
# "lifted the repo rate by half a point to", "raised its inflation forecast for next year to"
_OBJECT = re.compile(rf"\b{_MOVE}\s+{_DET}\s+{_NP}(?:\s+(?:by|for|in|from)\s+[^,;()]{{1,40}}?)?"
                     rf"\s+(?:to|at|below|above)\s+{_NEAR}$", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:on|for|of|in|at|to|with|by|from|into|over|under|about|against|among|near)\s+$",
                          re.IGNORECASE)
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "not", "said",
                     "says", "told", "it", "they", "he", "she", "we", "you", "i", "there", "which", "who", "that"})


def name_words(articles: Sequence[Article]) -> frozenset[str]:
    """The words, lower-cased, of the names the story's parser found (a person, an organisation, a place; never
    a figure, a time or an amount): a capitalised first word among them is no common noun."""
    return frozenset(w.lower() for a in articles for n in a.names if n.label not in FIGURE_LABELS
                     for w in n.text.split())


def _common(words: list[str], *, opens: bool, names: frozenset[str]) -> list[str]:
    """Words of a common noun phrase as a label writes them; [] when one is no noun (a function word, a verb's
    form, a figure) or a capitalised first word is a name the story's parser gives (or a word opening no
    sentence)."""
    if not words:
        return []
    first = words[0]
    if first[:1].isupper():
        if not opens or (first.lower() in names and first.lower() not in FUNCTION_WORDS) or not first[1:].islower():
            return []
        words = [first.lower(), *words[1:]]
    for word in words:
        if word in FUNCTION_WORDS or word in _MODALS or not re.fullmatch(r"[a-z][a-z-]*", word):
            return []
    if len(words[-1]) > 4 and words[-1].endswith(("ed", "ing")):
        return []  # a participle or a verb ends no noun phrase ("the company raised")
    return words


def level_of(claim: Claim, names: frozenset[str] = frozenset()) -> str:
    """What a figure is the level of, by the clause it stands in: the subject of a verb giving a level
    ("consumer inflation" of "Consumer inflation rose to 5.9% in May from 5.1%"), the object a verb moves to it
    ("repo rate" of "lifted the repo rate by half a point to 7.75%"); "" when the clause names none."""
    before, _ = around(claim)
    for pattern in (_OBJECT, _SUBJECT, _APPOSED):
        words: list[str] = []
        at = 0
        while not words and (found := pattern.search(before, at)):
            opens = not before[:found.start("np")].strip()
            words = _common(found.group("np").split(), opens=opens, names=names)
            if pattern is not _OBJECT and _PREPOSITION.search(before[:found.start()]):
                words = []  # the object of a preposition ("compensation for the three farms is"), no subject
            at = found.start() + 1  # a later start: "The break north of the town" read from "break"
        if not words or not found:
            continue
        phrase = " ".join(words)
        place = (found.groupdict().get("pp") or "").strip()
        return f"{phrase} {place}" if place and len(place.split()) <= 4 else phrase
    return ""


# "the strike is costing the airline about", "the closure would cost the economy"
_COSTING = re.compile(rf"\b{_DET}\s+{_NP}\s+{_AUX}cost(?:s|ing)?\s+(?:the\s+|its\s+|their\s+)?"
                      rf"(?:[A-Za-z][\w-]*\s+){{0,2}}?{_NEAR}$")


def cost_of(claim: Claim, names: frozenset[str] = frozenset()) -> str:
    """What a sum is the cost of when its clause says something costs it: "the strike" ("the strike is costing
    the airline $15 million a day"); "" else."""
    before, _ = around(claim)
    found = _COSTING.search(before)
    words = _common(found.group("np").split(), opens=False, names=names) if found else []
    return f"the {' '.join(words)}" if words else ""


def change_of(claim: Claim, noun: str) -> str:
    """What a change a label names is of, as the figure's sentence says: "in petrol prices" ("a 14% jump in
    petrol prices"), "of the cruise fare" ("a 50% refund of the cruise fare"); "" else."""
    _, after = around(claim)
    found = re.match(rf"^\s*(?:%|percent|per\s*cent)?\s*{re.escape(noun)}\s+(?P<link>in|of|on)\s+"
                     r"(?P<det>(?:the|its|their)\s+)?(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
                     r"(?=\s*[,.;:()]|\s+(?:since|from|to|in|on|at|for|over|after|and|or|this|last|that|which|was|"
                     r"were|is|are)\b|\s*$)", after)
    if not found or not _common(found.group("np").split(), opens=False, names=frozenset()):
        return ""
    return f"{found.group('link')} {found.group('det') or ''}{found.group('np')}"


def unit_compound(claim: Claim, unit: str) -> str:
    """What a figure's unit is a compound adjective of: "storage tank" ("a 40-tonne storage tank"); "" else."""
    before, after = around(claim)
    stem = re.escape(unit.rstrip("s"))
    found = re.match(rf"^\s*-\s*{stem}s?\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)??)"
                     r"(?=\s*[,.;:()]|\s+(?:[a-z]+ed|was|were|is|are|in|on|at|of|for|with|that|which|from)\b|\s*$)",
                     after)
    if not found or not re.search(rf"\b{_DET}\s+$", before):
        return ""
    return " ".join(_common(found.group("np").split(), opens=False, names=frozenset()))


# -- a span of time --------------------------------------------------------------------------------

_CLAUSE_CUT = re.compile(r"[,;:()\"“”—–]|\s-\s|\b(?:and|but|or|while|when|as|because|says|said|say|that|who|which|"
                         r"where|if|although|though|until|after|before|since|saying|adding|telling)\b", re.IGNORECASE)
_VERBS = frozenset({"was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "can",
                    "may", "might", "must", "should", "did", "does", "do", "being", "having"})
_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,]*,")
_TAKE = re.compile(rf"\b(?:take|takes|took|taking|taken|has|have|had|given|gave|get|gets|got)\s+(?:[a-z]+\s+)?{_NEAR}$")
_LASTS = re.compile(rf"\s+(?:would|will|could|may|might|should|can|is\s+expected\s+to)?\s*(?:take|takes|took|last|"
                    rf"lasts|lasted)\s+{_NEAR}$")


def _spoken(clause: str) -> bool:
    """Whether a clause is a speaker's own ("I held on", "a boat found me"): no label for a reader."""
    return bool(re.search(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our)\b", clause))


def _clause(text: str, names: frozenset[str], *, most_words: int = 8) -> str:
    """The last clause of a stretch of a sentence, when it is short and holds no figure, its first word in lower
    case where it only opens the sentence: "the jury deliberated" of "In Fort Smith, the jury deliberated",
    "the attackers were inside" of "The attackers, who asked for a ransom, were inside"; "" else."""
    text = _RELATIVE.sub("", text).rstrip()
    parts = _CLAUSE_CUT.split(text)
    clause = parts[-1].strip() if parts else ""
    words = clause.split()
    if len(words) < 2 or len(words) > most_words or re.search(r"\d", clause):
        return ""
    first = words[0]
    verb = first.lower() in _VERBS or bool(re.fullmatch(r"[a-z]{3,}ed", first))  # "released a statement"
    if verb or _spoken(clause) or first.lower() == "it":
        return ""  # a clause with no subject ("was battled by firefighters"), a speaker's or a vague one
    if not re.search(r"\w", text[:text.rfind(clause)]) and first[1:].islower() \
            and (first.lower() not in names or first.lower() in FUNCTION_WORDS):
        return first.lower() + clause[len(first):]
    return clause


def _unit_after(claim: Claim) -> str | None:
    """The sentence after the figure's unit; None when its unit does not follow the figure."""
    _, after = around(claim)
    unit = (claim.unit or "").lower().rstrip("s")
    found = re.match(rf"^\s*(?:-\s*)?{re.escape(unit)}s?\b", after, re.IGNORECASE) if unit else None
    return after[found.end():] if found else None


def time_of(claim: Claim, names: frozenset[str] = frozenset()) -> str:
    """What a duration is the span of, by its clause: "duration to appeal the fine", "duration for which the jury
    deliberated", "duration before notifying the regulator", "duration before he pulled over", "duration of
    closing the breach"; "" when the clause says none of these."""
    before, _ = around(claim)
    rest = _unit_after(claim)
    if rest is None:
        return ""
    act = re.match(r"^\s+to\s+(?P<vp>[a-z]+(?:\s+(?:the\s+|its\s+|their\s+)?[a-z][a-z-]*){0,3})(?=\s*[,.;:]|\s+"
                   r"(?:by|before|after|in|on|at|from|and|or|but|if|while|when|as|which)\b|\s*$)", rest)
    if act and _TAKE.search(before) and act.group("vp").split()[0] not in FUNCTION_WORDS:
        return f"duration to {act.group('vp')}"
    lasted = re.search(rf"\bfor\s+{_NEAR}$", before)
    if lasted:
        clause = _clause(before[:lasted.start()], names)
        if clause and clause.split()[-1].lower() not in FUNCTION_WORDS:
            return f"duration for which {clause}"
    took = _LASTS.search(before)
    if took:
        clause = _clause(before[:took.start()], names, most_words=5)
        words = clause.split()
        if words and re.fullmatch(r"[a-z]{3,}ing", words[0]) and all(w.islower() for w in words[1:]):
            return f"duration of {clause}"
    ran = re.match(r"^\s+(?P<link>before|until|after|since)\s+(?P<cl>[^,;:()]+?)(?=\s*[,.;:(]|\s*$)", rest)
    if ran and len(ran.group("cl").split()) <= 6 and not re.search(r"\d", ran.group("cl")) \
            and not _spoken(ran.group("cl")):
        return f"duration {ran.group('link')} {ran.group('cl')}"
    late = re.search(rf"\bafter\s+{_NEAR}$", before)
    if late and re.match(r"^\s*(?:[,.;:]|$)", rest):
        clause = _clause(before[:late.start()], names)
        if clause:
            return f"duration before {clause}"
    return ""


# -- the label --------------------------------------------------------------------------------------

_BARE = re.compile(r"^(?:(?:percent|per cent|%) \((?P<percent>percent)\)|"
                   r"(?:duration|distance|speed) \((?P<unit>[^)]+)\)|"
                   r"(?P<sum>amount|cost|price|payment)|(?P<own>[a-z]+) \((?P<measure>[a-z]+)\))$")


def clause_label(label: str, measure: str, claims: Sequence[Claim], names: frozenset[str] = frozenset()) -> str:
    """``label`` (without its place) named by what the figures' clauses measure (the module's docstring) when it
    names only a measure; "" when it names more or the clauses say nothing at least half of the figures agree on."""
    bare = _BARE.match(label)
    if not bare or not claims:
        return ""

    def agreed(values: list[str]) -> str:
        told = [v for v in values if v]
        return most(told) if 2 * len(told) >= len(claims) else ""

    if measure == "duration" and bare.group("unit"):
        time = agreed([time_of(c, names) for c in claims])
        return f"{time} ({bare.group('unit')})" if time else ""
    own = bare.group("own")
    if own and any((c.unit or "").lower() == own for c in claims):
        thing = agreed([unit_compound(c, own) or level_of(c, names) for c in claims])
        return f"{thing} ({own})" if thing else ""
    if own and bare.group("measure") == "percent":
        change = agreed([change_of(c, own) for c in claims])  # "jump (percent)": a jump in what
        return f"{own} {change} (percent)" if change else ""
    if measure == "duration" or not (bare.group("percent") or bare.group("unit") or bare.group("sum")):
        return ""
    if bare.group("sum") == "cost":
        thing = agreed([cost_of(c, names) for c in claims])
        if thing:
            return f"cost of {thing}"
    thing = agreed([level_of(c, names) for c in claims])
    if not thing:
        return ""
    unit = bare.group("percent") or bare.group("unit")
    return f"{thing} ({unit})" if unit else thing
