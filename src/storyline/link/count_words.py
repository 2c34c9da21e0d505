"""A row's label in the words a reader knows, where news writes a count in a trade's shorthand.

``fact_labels`` names what a row counts with the noun its sentences count by; two ways news
words a count leave that noun unreadable to someone outside the trade:

- **A standing told as a tally.** "The Colts (11-4)", "improved to 58-3", "a 43-39 record": the
  figure is a win-loss record, not a number of wins, and sport writing calls it a record ("a 7-7
  record", "his record fell to 36-3"). ``extract.tallies`` keys the tally by its first number's
  noun ("wins (11-4)", so two teams' records stay apart); the row says "win-loss record (11-4)".
  A score ("points (27-24)") or a vote is a tally of another kind and is left as it is.
- **An initialism.** Statistics lines abbreviate what they count: "four TDs", "46 KOs", "(51 KO)",
  "88 RBIs". Labels are lower case, so "tds" and "kos" reach the reader as no word at all. An
  initialism the text writes in capitals is spelled out when it is one of the stock abbreviations
  of score sheets (``SPELLED``), and otherwise given back its capitals ("RBIs", "GB"), as the
  articles write it; a word the text writes in lower case ("gb of storage" from "gb") stays.
- **Yards gained.** Football writing counts yards by how they were gained, and says so by the verb or
  the word after the figure: "rushed for 404 yards", "716 yards rushing", "30 yards on six carries"
  (rushing); "caught 52 passes for 440 yards", "440 receiving yards" (receiving); "threw for 364
  yards", "completed 29 of 34 passes for 364 yards" (passing); "returned the pick 35 yards", "a
  35-yard interception return" (return). A row labelled only by its unit ("distance (yards)") takes
  the kind most of its sentences give, when they give no other as often.
- **A purchase told by its verb.** Business news gives what a company paid by the deal's verb, not by a
  noun: "agreed to acquire Fenwick for about $2 billion", "will pay $2 billion for Fenwick", "the $2
  billion takeover of Fenwick". The row is labelled by a word for any sum ("amount of the deal",
  "payment", "acquisition"); when most of its sentences tell the sum so, it is the purchase price.
- **A range told by its charge.** How far a vehicle goes is told as a distance "on a single charge", "on
  a full tank", or as "a range of 300 miles", "a 300-mile range": a row labelled only by its unit
  ("distance (miles)") whose sentences say so at least as often as not ("300 miles on a single charge",
  "300 miles on the test cycle") is the range.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from storyline.model import Claim, Fact

# the stock abbreviations of score sheets and fight records, spelled out as the count they stand for
SPELLED = {"td": "touchdowns", "ko": "knockouts", "tko": "technical knockouts", "int": "interceptions",
           "yds": "yards", "pts": "points", "reb": "rebounds", "hr": "home runs"}

# how yards were gained, as the words about the figure say ({n}: the figure)
_YARDS = {
    "rushing": (r"\b(?:rush(?:ed|es|ing)?|ran|runs?|running)\s+for\s+(?:a\s+total\s+of\s+|over\s+|more\s+than\s+|"
                r"just\s+|only\s+)?{n}", r"^{n}\s+(?:total\s+)?yards?\s+(?:rushing|on\s+(?:\w+\s+)?carries|"
                r"on\s+the\s+ground)\b", r"^{n}\s+rushing\s+yards?\b"),
    "receiving": (r"\b(?:caught|catching|catches|receptions)\s+(?:\S+\s+){0,3}?(?:passes\s+)?for\s+{n}",
                  r"^{n}\s+yards?\s+receiving\b", r"^{n}\s+receiving\s+yards?\b",
                  r"^{n}\s+yards?\s+on\s+(?:\w+\s+)?(?:catches|receptions)\b"),
    "passing": (r"\b(?:threw|throwing|throws|passed|passing)\s+for\s+(?:a\s+career-high\s+|over\s+|more\s+than\s+)?{n}",
                r"\bcomplet(?:ed|ing)\s+\d+\s+(?:of\s+\d+\s+)?passes\s+for\s+{n}",
                r"\b\d+\s+(?:of|/)\s+\d+\s+for\s+{n}",
                r"^{n}\s+yards?\s+passing\b", r"^{n}\s+passing\s+yards?\b"),
    "return": (r"\breturn(?:ed|ing|s)?\s+(?:\S+\s+){0,3}?{n}", r"^{n}\s*-?\s*yards?\s+(?:\w+\s+)?return\b"),
}
_YARDS_LABEL = re.compile(r"^distance(?: of (?P<whose>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*))? \(yards\)")
_AMOUNT_WORDS = frozenset({"amount", "payment", "acquisition", "deal", "sum", "purchase", "transaction", "value"})
_HEDGE = r"(?:(?:about|approximately|around|roughly|nearly|almost|some|an\s+estimated|more\s+than|over|up\s+to)\s+)*"
_BOUGHT_FOR = re.compile(r"\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|"
                         r"tak(?:e|es|ing)\s+over|took\s+over)\b[^.;$£€]{0,90}?\bfor\s+" + _HEDGE + r"$", re.IGNORECASE)
_PAID_FOR = (re.compile(r"\bpa(?:y|ys|id|ying)\s+" + _HEDGE + r"$", re.IGNORECASE),
             re.compile(r"^\s*(?:\S+\s+)?for\s+(?:the\s+)?[A-Z]"))
_SUM_OF_DEAL = re.compile(r"^\s*(?:-\s*)?(?:\w+\s+)?(?:acquisition|purchase|takeover|buyout)\s+of\b", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"^\s*(?:-\s*)?(?:miles?|mi|kilomet(?:re|er)s?|km)\b[^.;]{0,20}?"
                          r"(?:\b(?:on\s+(?:a|one|each|its)|per)\s+(?:single\s+|full\s+|one\s+)?(?:charge|tank|battery)"
                          r"|\s+range)\b", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\branges?\s+(?:of\s+)?(?:up\s+to\s+)?" + _HEDGE + r"$", re.IGNORECASE)
_DISTANCE_LABEL = re.compile(r"^distance(?: of [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)? \((?:miles|kilomet(?:re|er)s|km)\)")
_RECORD_LABEL = re.compile(r"^wins(?= \(| of )")
_TALLY = re.compile(r"\(\d{1,3}-\d{1,3}(?:-\d{1,2})?\)")
_INITIALISM = re.compile(r"(?<![\w'’])(?P<caps>[A-Z]{2,4})(?P<s>s?)(?![\w'’])")


def reworded(facts: Sequence[Fact], claims: dict[str, Claim]) -> list[Fact]:
    """The rows with labels a reader can read (the module's docstring); other rows as they are.
    A part's explanation names its total by the total's new label."""
    out = []
    for fact in facts:
        mine = [claims[c] for c in fact.claims if c in claims]
        label = record_label(fact.label, mine)
        label = spelled_out(label, mine)
        label = yards_label(label, mine)
        label = price_label(label, fact.measure, mine)
        label = range_label(label, mine)
        out.append(dataclasses.replace(fact, label=label) if label != fact.label else fact)
    renamed = {old.label: new.label for old, new in zip(facts, out, strict=True) if old.label != new.label}
    return [dataclasses.replace(f, explanation=_renamed(f.explanation, renamed)) if f.part_of and renamed else f
            for f in out]


def record_label(label: str, claims: Sequence[Claim]) -> str:
    """"wins of Jaguars (5-10)" → "win-loss record of Jaguars (5-10)" when most of the row's figures are
    records (tallies told as a standing, ``counted_as`` "record"; one outlet's "beat the Jaguars (5-10)"
    may read as a score); any other label as it is."""
    if not claims or not _RECORD_LABEL.match(label) or not _TALLY.search(label):
        return label
    if sum(c.counted_as == "record" for c in claims) * 2 <= len(claims):
        return label  # most of the row's figures are scores or votes
    return _RECORD_LABEL.sub("win-loss record", label, count=1)


def spelled_out(label: str, claims: Sequence[Claim]) -> str:
    """The label with each word its claims write as an initialism in capitals ("TDs", "KO") spelled out
    (``SPELLED``) or given back its capitals; words the text writes otherwise as they are."""
    written = _initialisms(claims)
    if not written:
        return label

    def word(m: re.Match[str]) -> str:
        key = m.group(0).lower()
        bare = key[:-1] if key.endswith("s") and key[:-1] in written else key
        if bare not in written:
            return m.group(0)
        return SPELLED.get(bare) or (written[bare] + ("s" if bare != key else ""))

    return re.sub(r"(?<![\w'’-])[a-z]{2,5}(?![\w'’-])", word, label)


def yards_label(label: str, claims: Sequence[Claim]) -> str:
    """"distance (yards) in Leeds" → "rushing yards in Leeds" when most of the row's sentences tell the
    yards as rushed and no other kind as often; "distance of Ann Lee (yards)" → "passing yards of Ann Lee"."""
    m = _YARDS_LABEL.match(label)
    if not m or not claims:
        return label
    kinds = Counter(k for k in (yards_kind(c) for c in claims) if k)
    if not kinds:
        return label
    (best, n), *rest = kinds.most_common()
    if n * 2 <= len(claims) or (rest and rest[0][1] * 2 >= n):
        return label
    whose = f" of {m.group('whose')}" if m.group("whose") else ""
    return f"{best} yards{whose}{label[m.end():]}"


def price_label(label: str, measure: str, claims: Sequence[Claim]) -> str:
    """"payment in Leeds" → "purchase price in Leeds" when the row is a sum named by a word for any sum and
    most of its sentences tell it as what a buyer pays (``bought_for``); any other label as it is."""
    head, _, place = label.partition(" in ")
    if measure not in ("money", "price") or not claims or head.split(" ")[0] not in _AMOUNT_WORDS:
        return label
    if len(head.split()) > 4 or sum(bought_for(c) for c in claims) * 2 <= len(claims):
        return label
    return "purchase price" + (f" in {place}" if place else "")


def bought_for(claim: Claim) -> bool:
    """Whether a claim's sentence tells its sum as what a buyer pays for a company or an asset: "acquire
    Fenwick for $2 billion", "pay $2 billion for Fenwick", "a $2 billion takeover of Fenwick"."""
    at = claim.figure_at()
    if at < 0:
        return False
    before, after = claim.text[max(0, at - 160):at], claim.text[at + len(claim.number_text):]
    paid, whom = _PAID_FOR
    return bool(_BOUGHT_FOR.search(before) or (paid.search(before) and whom.match(after))
                or _SUM_OF_DEAL.match(after))


def range_label(label: str, claims: Sequence[Claim]) -> str:
    """"distance (miles) in Leeds" → "range (miles) in Leeds", "distance of Tarn (miles)" → "range of Tarn
    (miles)", when at least half the row's sentences tell the distance as how far something goes on a
    charge or a tank, or call it a range."""
    m = _DISTANCE_LABEL.match(label)
    if not m or not claims:
        return label
    told = sum(1 for c in claims if (at := c.figure_at()) >= 0 and (
        _RANGE_AFTER.match(c.text[at + len(c.number_text):]) or _RANGE_BEFORE.search(c.text[:at])))
    return f"range{label[len('distance'):]}" if told * 2 >= len(claims) else label


def yards_kind(claim: Claim) -> str | None:
    """How the yards of a claim were gained ("rushing", "receiving", "passing", "return"), as its sentence
    says about the figure; None when it does not say or says two."""
    at = claim.figure_at()
    if at < 0:
        return None
    figure = re.escape(claim.number_text)
    before, here = claim.text[max(0, at - 60):at + len(claim.number_text)], claim.text[at:at + 60]
    said = {kind for kind, patterns in _YARDS.items() for p in patterns
            if re.search(p.replace("{n}", figure) + ("" if p.startswith("^") else r"\s*(?:-\s*)?yards?\b"),
                         here if p.startswith("^") else before + claim.text[at + len(claim.number_text):][:8],
                         re.IGNORECASE)}
    return next(iter(said)) if len(said) == 1 else None


def _initialisms(claims: Sequence[Claim]) -> dict[str, str]:
    """The initialisms the claims' sentences write in capitals near their figures, by their lower-case
    form: {"td": "TD", "rbi": "RBI"}."""
    found: dict[str, str] = {}
    for claim in claims:
        letters = re.findall(r"[A-Za-z]", claim.text)
        if sum(ch.isupper() for ch in letters) * 2 > len(letters):
            continue  # a headline in capitals ("FIVE KILLED IN CRASH") writes every word so
        at = claim.figure_at()
        near = claim.text[max(at, 0):max(at, 0) + len(claim.number_text) + 24] if at >= 0 else claim.text
        for m in _INITIALISM.finditer(near):
            found.setdefault(m.group("caps").lower(), m.group("caps"))
    return found


def _renamed(explanation: str, renamed: dict[str, str]) -> str:
    for old, new in renamed.items():
        explanation = explanation.replace(f"A part of {old} (", f"A part of {new} (")
    return explanation
