"""Quantitative claims: every amount an article states, what it measures, who is counted,
where, as of when, and whom the article credits.

Works on the parse (sentences, tokens with their dependency tree, named spans) and on
``quantities.find_quantities``. English only for now: articles without a parse have no
claims.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable

from storyline.extract import claim_words as W
from storyline.extract import (
    counted_fix,
    crowd_counts,
    machine_units,
    more_figures,
    name_numbers,
    not_counts,
    not_durations,
    noun_before,
    scales,
    screen_figures,
    spelled_units,
)
from storyline.extract.lasting import what_lasted
from storyline.extract.nlp import CAPITALS
from storyline.extract.ordinals import as_rank, ranks
from storyline.extract.quantities import (
    AGE_ROLE_CLAUSE,
    CURRENCY_WORDS,
    TEMPERATURE_CONTEXT,
    Quantity,
    age_bound,
    changed_levels,
    find_quantities,
)
from storyline.extract.reading import ArticleReader, Sentence, explicit_date
from storyline.extract.standings import standings
from storyline.extract.tallies import read_tallies, tally_claim
from storyline.extract.word_counts import WordCount, blows, word_counts
from storyline.model import Article, Claim

# "$1.20 a litre", "per U.S. gallon", "per Acme share" (a company's name before the unit is not the unit)
_PER = re.compile(r"^\s*(?:\([^)]*\)\s*)?\)?\s*(?:per|a|an|/)\s+(?:(?:U\.S\.\s+)?(?:liquid\s+)?)?"
                  r"(?:(?-i:[A-Z][\w&'-]*\s+){1,2}(?=(?-i:[a-z])))?(?P<u>[a-z]+)", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?P<src>[^,.;:()“”\"]+?)"
                        r"(?=\s*(?:[,.;:()“”\"]|\b(?:that|are|is|were|was|have|has|had|will)\b|$))",
                        re.IGNORECASE)
_CITING = re.compile(r"\bciting\s+(?:the\s+)?(?P<src>[^,.;:()“”\"]+?)(?=\s*(?:[,.;:()“”\"]|\bthat\b|$))",
                     re.IGNORECASE)
_PARTITIVE = re.compile(r"^\s*(?:of\s+(?:whom|them|which)|of\s+those)\b", re.IGNORECASE)
_SUBSET = re.compile(r"\b(?:including|among\s+them(?:\s+(?:were|are))?|among\s+whom|of\s+whom|of\s+them)\s+$",
                     re.IGNORECASE)
_OF_THE = re.compile(r"^\s+of\s+(?:the|those|them|whom)\s+(?:\w+\s+){0,2}?(?:dead|killed|victims|injured|wounded|"
                     r"people|casualties|detainees|arrested|missing|hurt|them|whom)\b"
                     # "five of those rescued remain in hospital": a part of those rescued, told by where they are
                     r"|^\s+of\s+(?:the|those)\s+(?:rescued|evacuated|freed|released|survivors)\s+(?:\w+\s+){0,2}?"
                     r"(?:remain|remains|remained|are|were|is|was)\s+(?:still\s+)?(?:in\s+(?:hospital|a\s+critical|"
                     r"a\s+serious|critical|serious|intensive)|critically|seriously|hospitali[sz]ed)", re.IGNORECASE)
# "three of the dead were children", "two of those hurt are firefighters": who the part is
_PART_IS = re.compile(r"^\s+of\s+(?:the|those|them)\s+(?:\w+\s+){0,2}?(?:were|are|was|is)\s+(?:all\s+)?"
                      r"(?P<who>[a-z]+s|children|women|men|people)\b", re.IGNORECASE)
# "19 of them children", "two of whom were women": who a part named right after "of them" is
_OF_THEM_WHO = re.compile(r"^\s*of\s+(?:whom|them)\s+(?:(?:were|are|was|is)\s+)?(?:all\s+)?"
                          r"(?P<who>[a-z]+(?:\s+[a-z]+)?)\b", re.IGNORECASE)
# "more than 200,000 of the comments", "two of the skiffs", "three of the seven bullets": a part of a count
_OF_THE_THINGS = re.compile(r"^\s+of\s+(?:the|those|these|its|their)\s+(?:[\w,-]+\s+){0,2}?[a-z]+s\b", re.IGNORECASE)
_COUNTED_IN = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b",
                         re.IGNORECASE)


def _of_the_group(claim: Claim, after: str) -> bool:
    """Whether "two of the kidnappers were killed" tells the toll of a group the story names without a figure
    (two kidnappers killed), not a part of a figure told elsewhere ("two of the 23 passengers")."""
    told = _OF_THE_GROUP.match(after)
    return told is not None and claim.unit in W.PEOPLE_UNITS and claim.measure in _GROUP_TOLLS \
        and not _COUNTED_IN.search(told.group(0)) and told.group("who").lower() not in _TOLL_NOUNS


# "of the kidnappers were", "of the gunmen had been": a group named before the verb that tells what befell the part
_OF_THE_GROUP = re.compile(r"^\s+of\s+(?:the|those|these|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<who>[a-z]+)\s+"
                           r"(?:were|was|are|is|had|have|has|died|survived)\b", re.IGNORECASE)
_TOLL_NOUNS = frozenset({"victims", "casualties", "detainees", "hostages", "injured", "wounded", "dead", "bodies",
                         "deaths", "captives", "arrests", "fatalities", "survivors"})
_GROUP_TOLLS = frozenset({"killed", "injured", "detained", "missing", "abducted", "rescued", "charged"})
_RESTATED = re.compile(r"\bone\s+of\s+the\s+$", re.IGNORECASE)
_NOUNISH = W.NOUNISH
_URLISH = re.compile(r"https?\s?:\s?/|www\s?\.|\.\s?(?:com|org|net|html?)\s?/|(?:\s/\s\S+){3}"
                     r"|(?:^|\s)(?:com|net|org|uk|pk|au|in)\s?/\s?\S|(?:\b\w+\s?-\s?){5}\w",  # a link's path or slug
                     re.IGNORECASE)
_MAX_SOURCE_WORDS = 9


def claims_stage(article: Article) -> Article:
    """Every quantitative claim of a parsed article."""
    if not article.tokens or not article.sentences:
        return article
    reader = ArticleReader(article)
    lede = _lede_paragraph(reader)
    claims: list[Claim] = []
    last: dict[int, tuple[_Carried | None, _Carried | None, bool]] = {}  # paragraph -> (source, date, had claims)
    things: list[tuple[int, Claim]] = []  # the last count of things and its sentence ("Five bombs were dropped")
    for sent in reader.sentences:
        s_text = reader.text[sent.start:sent.end]
        prev_source, prev_date, prev_had = last.get(sent.paragraph, (None, None, False))
        cue = s_text.strip().lower().startswith(W.CONTINUATION_CUES)
        # the sentence's date, or the one carried from the sentence before: read only if a claim needs it
        dated = _Carried(functools.partial(explicit_date, reader, s_text), prev_date if cue or prev_had else None)
        # (every pattern of _URLISH needs a slash, a hyphen or "www")
        urlish = ("/" in s_text or "-" in s_text or "www" in s_text.lower()) and _URLISH.search(s_text) is not None
        found = [] if urlish else [
            q for q in find_quantities(s_text) if not _RESTATED.search(s_text[:q.start])]
        found = changed_levels(s_text, found)  # "raised from €20 million to €30 million": two levels, not a range
        found = found if urlish else screen_figures.resolutions(s_text, found)  # "4K", "1080p" (screen_figures.py)
        found = found if urlish else scales.ratings(s_text, found)  # "EF-4", "Category 3", "Level IV" (scales.py)
        tallies = [] if urlish or ("-" not in s_text and "–" not in s_text) else read_tallies(reader, sent)
        found = [q for q in found if not any(t.start < q.end and q.start < t.end for t in tallies)]  # "27" of "27-24"
        # "the 14th month bonus", "the second half of the year": a place in time, no length (extract/not_durations.py)
        found = [q for q in found if not not_durations.position_in_time(reader, sent, q)]
        placed = [] if urlish else standings(reader, sent)  # "the No. 5 seed", "24th in the rankings"
        found = [q for q in found if not any(p.quantity.start < q.end and q.start < p.quantity.end for p in placed)]
        running = more_figures.running_counts(reader, sent) if not urlish else []  # "the fifth coach fired"
        found += [r for r in running if not any(q.start < r.end and r.start < q.end for q in found)]
        worded = word_counts(reader, sent, taken=found + [p.quantity for p in placed]) if found or not urlish else []
        # "the 12th actor to play him", "in the sixth round": a place in a line (extract/ordinals.py)
        taken = found + [w.quantity for w in worded]
        ranked = {r.quantity: r for r in placed}
        ranked |= {} if urlish else {r.quantity: r for r in ranks(reader, sent, taken=taken + list(ranked))}
        in_sentence: list[Claim] = []
        for q, said in [*((q, None) for q in found), *((w.quantity, w) for w in worded), *((q, None) for q in ranked)]:
            claim = screen_figures.as_measure(q, _claim(reader, sent, q, index=len(claims)))  # "4K", "60fps"
            claim = scales.as_measure(q, claim)  # "EF-4": a rating on its scale
            if q in running:  # five coaches fired so far, told in the singular after the ordinal
                claim = more_figures.as_running_count(reader, sent, q, claim)
            if said is not None and said.things:  # "shot him twice": two shots, a count of things
                claim = dataclasses.replace(claim, measure=said.kind, unit=said.things, counted=said.things,
                                            role="objects", subject=None, subject_group="not_people", counted_as=None)
            if said is not None and said.measures:
                if said.noun and any(c.measure in said.measures for c in in_sentence):
                    continue  # "three people, a man and two women, were killed": a part of a toll told in figures
                claim = _worded(reader, sent, claim, said)
            if q.multiplier and _DEATHS_AFTER.match(s_text[q.end:]):
                # "a double murder", "a triple homicide": that many killed, not a change of an amount
                claim = _worded(reader, sent, dataclasses.replace(claim, value=q.value, low=q.value, high=q.value,
                                                                  qualifier="exact"), WordCount(q, ("killed",)))
            # (an age is no part of a toll: "the six killed, among them nine-year-old Jonas")
            whole = not_counts.whole_of(in_sentence, claim) \
                if claim.measure != "age" and _SUBSET.search(s_text[:q.start]) else None
            if whole is not None:
                # "dozens of deaths, including 18 officers": a part of the amount before it
                claim = dataclasses.replace(claim, measure=whole.measure)
            if in_sentence and _PARTITIVE.match(s_text[q.end:]):
                # "at least 18 officers, two of whom were beheaded": a subset, same measure and group
                prev = in_sentence[-1]
                # it counts what the whole counts ("four trucks ..., two of them fled": trucks, not people); but a
                # fate of its own befalls a part of a mere count: "160 whales stranded, and 40 of them had died"
                # tells the toll, not a part of it
                fate = prev.measure == "count" and claim.measure in _TOLLS and (
                    prev.unit in W.PEOPLE_UNITS or W.singular((prev.unit or "").lower()) in ANIMALS)
                claim = dataclasses.replace(claim, measure=claim.measure if fate else prev.measure,
                                            subject_group=prev.subject_group, unit=prev.unit, counted=prev.counted,
                                            role=claim.role if fate else prev.role,
                                            subject=claim.subject if fate else
                                            f"{claim.subject or prev.subject} (of whom)")
                who = _OF_THEM_WHO.match(s_text[q.end:])
                words = who.group("who").lower().split() if who else []
                while words and words[-1] not in W.PERSON_NOUNS and W.singular(words[-1]) not in W.PERSON_NOUNS:
                    words.pop()  # "two of them police officers", "19 of them children, and ..."
                if words and claim.unit in W.PEOPLE_UNITS:
                    # "112 victims freed, 19 of them children": the part counts children
                    claim = dataclasses.replace(claim, counted=" ".join(words))
            part = (_OF_THE.match(s_text[q.end:]) or (claim.measure != "percent"
                                                      and _OF_THE_THINGS.match(s_text[q.end:]) is not None)) \
                and not _of_the_group(claim, s_text[q.end:])
            if part and not (claim.subject or "").endswith("(of whom)"):
                # "Two of the dead were women": a part of a figure given elsewhere
                claim = dataclasses.replace(claim, subject=f"{claim.subject or ''} (of whom)".strip())
            told_as = _PART_IS.match(s_text[q.end:]) if part and claim.unit in W.PEOPLE_UNITS else None
            if told_as and told_as.group("who").lower() in W.PERSON_NOUNS:
                # "Three of the dead were children": the part counts children
                claim = dataclasses.replace(claim, counted=told_as.group("who").lower())
            fallen = counted_fix.precipitation(claim, s_text[q.end:], s_text[:q.start])
            if fallen is not None:  # "104 millimetres of rain fell in three hours": how much rain, not a count
                claim = dataclasses.replace(claim, measure="rainfall", unit=fallen[0], counted=fallen[1],
                                            counted_as=None, role="objects", subject=None)
            elif claim.measure == "duration" and any(c.measure == "rainfall" for c in in_sentence) \
                    and counted_fix.RAIN_SPELL.search(s_text[:q.start]):
                # "... of rain fell in three hours": the span the rain is told over, a part of its figure
                claim = dataclasses.replace(claim, background=True)
            claim = _told_around(claim, s_text, q)  # what the words around the figure say it counts
            if claim.measure in ("count", "detained") and counted_fix.at_large(s_text[q.end:]) and \
                    (claim.unit in W.PEOPLE_UNITS or claim.counted is None):
                # "leaving 184 still at large", "120 prisoners who remain on the run": the missing of a manhunt
                claim = dataclasses.replace(claim, measure="missing", unit="people",
                                            counted=claim.counted or "people",
                                            role="other" if claim.role in (None, "objects") else claim.role,
                                            subject=claim.subject or "people")
            if claim.measure in _TOLLS and claim.counted in (None, "people") and \
                    (named := counted_fix.named_after(s_text[q.end:], _counts_people)) is not None:
                # "Two of the dead were construction workers": a part of the toll, named
                claim = dataclasses.replace(claim, counted=named, subject=f"{named} (of whom)")
            if claim.measure == "count" and counted_fix.aboard(s_text, q.start, q.end):
                # "Boat carrying 146 capsizes": the people aboard, the headline's verb no noun of theirs
                claim = dataclasses.replace(claim, counted="people", unit="people", counted_as="carrying",
                                            role="other", subject="people")
            if in_sentence and said is None and claim.measure in _WHOLE_MEASURES \
                    and _whole_after_part(s_text, in_sentence[-1], q.start, q.end, own=claim.counted_as):
                # "3,900 of 6,100 schools remain closed", "freed 117 of the 138 hostages": the whole is a count of
                # its own, not closed, not freed
                claim = dataclasses.replace(claim, measure="count", counted_as=None)
            antecedent = things[-1][1] if things and sent.index - things[-1][0] <= _ELLIPSIS_REACH else None
            if said is None and antecedent is not None and _elided(reader, sent, q, claim) and not (
                    antecedent.unit not in W.PEOPLE_UNITS and W.HOSPITAL_CONDITION.search(s_text[q.end:])):
                # (not "four hospitals, where 11 were listed in critical condition": a patient's state is a person's)
                # "Five bombs were dropped; four exploded": a bare figure is a part of the count before it
                claim = dataclasses.replace(claim, measure="count", unit=antecedent.unit, counted=antecedent.counted,
                                            role=antecedent.role, subject_group=antecedent.subject_group,
                                            subject=f"{antecedent.subject or antecedent.counted} (of whom)")
            elif in_sentence and not (claim.subject or "").endswith("(of whom)") \
                    and _of_the_whole_before(s_text, in_sentence[-1], claim, q.start):
                claim = dataclasses.replace(claim, subject=f"{claim.subject or ''} (of whom)".strip())
            bare = in_sentence and said is None and claim.counted is None and claim.unit is None \
                and claim.subject is None and claim.measure == "count" and claim.qualifier != "vague"
            # a figure "up from" which names no one of its own is the count before it at another time, whatever
            # word a verb near it reads ("recovered 37 bodies, up from 14": the dead, not 14 rescued)
            again = in_sentence and said is None and claim.subject is None and claim.qualifier != "vague" \
                and counted_fix.RESTATED.search(s_text[:q.start]) is not None
            if bare and (added := counted_fix.brought_to(s_text, in_sentence, q.start)) is not None:
                # "arrested nine more people, bringing the total to 23": the 23 are people arrested, all told
                claim = _read_as(claim, added, subject=added.counted,  # (not the "new" of "three new stores")
                                 counted_as=added.counted_as if (added.counted_as or "").endswith("ed") else None)
            elif (bare or again) and (anchor := counted_fix.restated(s_text, in_sentence, q.start, q.end)) is not None:
                # "60 tankers were operating, up from 35": the same count at another time
                claim = _read_as(claim, anchor, counted_as=anchor.counted_as, subject=anchor.subject)
            elif bare and (in_sentence[-1].counted or in_sentence[-1].measure == "magnitude") \
                    and counted_fix.shares_noun(s_text, in_sentence[-1], q.start, q.end):
                prev = in_sentence[-1]  # "a 4.1 aftershock and a 3.6": the noun the second figure leaves out
                claim = dataclasses.replace(claim, measure=prev.measure, unit=prev.unit, counted=prev.counted,
                                            role=prev.role, subject_group=prev.subject_group, subject=prev.subject)
            elif bare and in_sentence[-1].counted and in_sentence[-1].measure == "count" \
                    and in_sentence[-1].unit not in W.PEOPLE_UNITS \
                    and (own_fate := counted_fix.shares_things(s_text, in_sentence[-1], q.start, q.end)):
                prev = in_sentence[-1]  # "700 flights had been cancelled and about 400 delayed": flights delayed
                claim = dataclasses.replace(claim, unit=prev.unit, counted=prev.counted, counted_as=own_fate,
                                            role=prev.role, subject_group=prev.subject_group, subject=prev.subject)
            if q in ranked:
                claim = as_rank(claim, ranked[q])
            if _bare_cold(claim, q, s_text, claims):
                # "the thermometer read minus 33.4", "the previous low, minus 32.2": a temperature, its unit left out
                claim = dataclasses.replace(claim, measure="temperature", unit="°", counted=None, counted_as=None,
                                            subject=None, role="objects", subject_group="not_people")
            if claim.measure == "count" and claim.unit not in (None, "people", "troops") and claim.counted \
                    and not (claim.subject or "").endswith("(of whom)") and not _spell_of_time(claim.counted) \
                    and claim.counted != counted_fix.CAPACITY:  # "licensed for 80": no thing a later figure counts
                things.append((sent.index, claim))
            in_sentence.append(claim)
            if in_parentheses(s_text, q.start):
                source = None  # an amount in brackets is the outlet's own conversion or aside
            else:
                source = _source(reader, sent, s_text, at=q.start) or \
                    (prev_source.value() if prev_had and prev_source is not None else None)
            as_of = dated.value() or _as_of_article_date(reader, sent, s_text, lede=lede)
            location = claim.location
            if source and location and location in source:  # "Authorities in Almaty said ...": the source's place
                location = _location(reader, sent, sent.start + q.start, skip=source)
            claim = dataclasses.replace(claim, attributed_to=source, as_of=as_of, location=location,
                                        id=f"{article.id}:c{len(claims) + 1}")
            claims.append(claim)
            second = said.measures[1] if said is not None and len(said.measures) > 1 else \
                _coordinated_measure(s_text, q, claim.measure)
            if second:  # "Dozens injured & killed", "no dead or wounded": one amount, two measures
                claims.append(dataclasses.replace(claim, measure=second, id=f"{article.id}:c{len(claims) + 1}"))
        for tally in tallies:  # records, scores, votes ("a 7-7 record", "won 27-24"): extract/tallies.py
            source = _source(reader, sent, s_text, at=tally.start) or \
                (prev_source.value() if prev_had and prev_source is not None else None)
            # a team's or a fighter's, not a place's: the city beside it is a team's name or the opponent's
            claim = tally_claim(reader, sent, tally, location=reader.main_place)
            claims.append(dataclasses.replace(claim, attributed_to=source, id=f"{article.id}:c{len(claims) + 1}",
                                              as_of=dated.value() or _as_of_article_date(reader, sent, s_text,
                                                                                        lede=lede)))
        had = bool(found or worded or tallies)
        # the sentence's source (read only if a later claim needs it), or the one carried from the sentence before
        last[sent.paragraph] = (_Carried(functools.partial(_source, reader, sent, s_text, at=None),
                                         prev_source if prev_had and had else None), dated, had)
    return dataclasses.replace(article, claims=tuple(claims))


def _read_as(claim: Claim, other: Claim, *, counted_as: str | None, subject: str | None) -> Claim:
    """The claim counting what ``other`` counts (its measure, unit, noun, role and side), with the fate and subject
    given, as a figure that restates it at another time ("up from 35") or totals it ("bringing the total to 23")."""
    return dataclasses.replace(claim, measure=other.measure, unit=other.unit, counted=other.counted,
                               counted_as=counted_as, role=other.role, subject_group=other.subject_group,
                               subject=subject)


_MINUS = re.compile(r"minus\s", re.IGNORECASE)


def _bare_cold(claim: Claim, q: Quantity, s_text: str, before: list[Claim]) -> bool:
    """"Measured minus 33.4", "the previous low, minus 32.2": a figure below zero told in words, with no unit
    and nothing counted, in a sentence of the weather or an article that gives temperatures, is a temperature."""
    return claim.unit is None and claim.counted is None and not q.currency and not q.percent \
        and _MINUS.match(q.text) is not None and (TEMPERATURE_CONTEXT.search(s_text) is not None
                                                  or any(c.measure == "temperature" for c in before))


class _Carried:
    """What a sentence names (its date, its source), else what the sentence before it in the paragraph
    carries; read on first use only, as most sentences have no claim that needs it."""

    __slots__ = ("_before", "_own", "_read", "_reader")

    def __init__(self, reader: Callable[[], str | None], before: _Carried | None) -> None:
        self._reader, self._before = reader, before
        self._read = False
        self._own: str | None = None

    def own(self) -> str | None:
        if not self._read:
            self._own, self._read = self._reader(), True
        return self._own

    def value(self) -> str | None:
        node: _Carried | None = self
        while node is not None:
            if found := node.own():
                return found
            node = node._before
        return None


def _spell_of_time(counted: str) -> bool:
    """"within a few moments", "in two minutes": a spell of time, never what a later bare figure counts."""
    head = counted.split()[-1].lower().rstrip("s")
    return head in W.TIME_UNITS or head in ("moment", "instant")


_DEATHS_AFTER = re.compile(r"\s*-?\s*(?:murders?|killings?|homicides?|slayings?|fatalit(?:y|ies)|executions?)\b",
                           re.IGNORECASE)
# "Ana Ruiz, 61,", "Tom Kerr Jr., 44,", "the gunman's uncle, 63,", "a driver, 52,": one person named, then an age
_AGE = re.compile(r"(?:[A-Z][\w’'-]+\.?|\b(?:man|woman|boy|girl|son|daughter|father|mother|brother|sister|uncle|aunt|"
                  r"nephew|niece|cousin|husband|wife|widow|widower|grandfather|grandmother|grandson|granddaughter|"
                  r"stepfather|stepmother|boyfriend|girlfriend|fianc[ée]e?|partner|friend|neighbou?r|driver|pilot|"
                  r"owner|teacher|suspect|victim|gunman|attacker|worker|resident|farmer|student|officer|guard|nurse|"
                  r"doctor|manager|captain|passenger|employee|mechanic|electrician|fisherman|miner|soldier))"
                  r",\s*$")


def _is_age(s_text: str, q: Quantity) -> bool:
    """"Piet Amsel, 54, who lives ...": a person's age after the name, not an amount of anything."""
    return (q.qualifier == "exact" and q.value is not None and q.value < 120 and bool(_AGE.search(s_text[:q.start]))
            and bool(re.match(r"\s*(?:,|\)|who\b|from\b|of\b|and\b|\.?\s*$)", s_text[q.end:])))


# what only people do as a crowd: "dozens gathered", "thousands marched", "hundreds rallied"
_CROWD_AFTER = re.compile(r"\s*(?:(?:have|had|were|had\s+been)\s+)?(?:gathered|marched|rallied|protested|"
                          r"demonstrated|chanted|attended|turned\s+out|took\s+to\s+the\s+streets|mourned|"
                          # ... or what only people do as a flow: "nearly 4,000 crossed on Tuesday", "2,000 fled"
                          r"crossed|fled|arrived|survived|drowned)\b",
                          re.IGNORECASE)
_ELLIPSIS_REACH = 2  # sentences back a left-out noun is looked for (news paragraphs are often one sentence)
_REST = re.compile(r"\b(?:other|remaining|another|further)\s+$", re.IGNORECASE)
_OF_THEM = re.compile(r"^\s+of\s+(?:them|those|these|which)\b", re.IGNORECASE)


_SENTENCED_BEFORE = re.compile(r"(?:\b(?:sentenced|jailed|imprisoned|locked\s+up)(?:\s+[\w’']+){0,3}?\s+(?:to|for)|"
                               r"\b(?:sentence|term)\s+of|\b(?:faces?|facing))"
                               r"\s+(?:(?:up\s+to|at\s+least|more\s+than|a\s+maximum\s+of|nearly|about)\s+)?$",
                               re.IGNORECASE)
_SENTENCED_AFTER = re.compile(r"^\s*-?\s*(?:years?|months?)\s*(?:-\s*)?(?:in\s+(?:(?:a\s+)?(?:federal|state|county|"
                              r"military|maximum[\s-]security|high[\s-]security|women's|foreign)\s+)?"
                              r"(?:prison|jail|penitentiary)|behind\s+bars|"
                              r"(?:of\s+)?imprisonment|jail\s+(?:term|sentence)|prison\s+(?:term|sentence))",
                              re.IGNORECASE)
# a term a court hands down, told as what the convicted gets: "gets 12 years for theft", "given 18 months in jail"
_GIVEN_BEFORE = re.compile(r"\b(?:gets?|got|getting|given|receives?|received|handed|draws?|drew)\s+"
                           r"(?:(?:up\s+to|at\s+least|nearly|about|another)\s+)?$", re.IGNORECASE)
_GIVEN_AFTER = re.compile(r"^\s*-?\s*(?:years?|months?)\s+(?:for|in|behind)\b", re.IGNORECASE)
_CHARGE_LEMMAS = frozenset({"charge", "convict", "indict", "guilty", "face", "plead", "accuse", "acquit", "count",
                            "arraign"})


def _judicial(reader: ArticleReader, sent: Sentence, q: Quantity, noun: int | None, *, measure: str) -> str:
    """A court's figures: a prison term ("sentenced to 25 years", "three life sentences", "ten years
    in prison") is a sentence, not a duration; counts and charges a defendant faces are charges."""
    s_text = reader.text[sent.start:sent.end]
    lemma = reader.tokens[noun].lemma.lower() if noun is not None else ""
    if lemma == "sentence" or (measure == "duration" and (
            _SENTENCED_BEFORE.search(s_text[:q.start]) or _SENTENCED_AFTER.match(s_text[q.end:]) or
            (_GIVEN_BEFORE.search(s_text[:q.start]) and _GIVEN_AFTER.match(s_text[q.end:])))):
        return "sentence"
    if lemma in ("count", "charge") and measure == "count" and \
            len({reader.tokens[i].lemma.lower() for i in sent.tokens} & _CHARGE_LEMMAS) >= 2:
        return "charged"  # "two counts of murder", "faces three charges"
    return measure


# a figure right after another and "of": "117 of the 138 hostages", "3,900 of the country's 6,100 schools"
_OF_WHOLE = re.compile(r"^\s*(?:out\s+)?of\s+(?:(?:the|its|their|all|[A-Za-z]+['’]s)\s+)?$", re.IGNORECASE)
# where the whole's own noun phrase ends: a verb of its clause, a conjunction, a stop
_PHRASE_END = re.compile(r"\s(?:were|was|is|are|had|has|have|remain(?:s|ed)?|and|but|after|while)\b|[,;:.]",
                         re.IGNORECASE)
_WHOLE_MEASURES = frozenset({"count", "detained", "deployed", *W.VICTIM_MEASURES})


# a whole told first, then a comma and its part: "Of the 17 dead, six were travelling in the minibus"
_OF_FRONTED = re.compile(r"(?:^|[.;:!?]\s+|\n)\s*Of\s+(?:the|those|these)\s+(?:(?:some|about|around|nearly|over|"
                         r"more\s+than|at\s+least)\s+)?$")
_COMMA_AFTER_WHOLE = re.compile(r"^\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*,\s*$")


def _of_the_whole_before(s_text: str, whole: Claim, part: Claim, start: int) -> bool:
    """Whether the figure at ``start`` follows a fronted whole of the same measure ("Of the 17 dead, six were
    travelling in the minibus"): a part of that whole. A whole of another measure is no such thing ("Of the 462
    people evacuated, 11 were injured": the injured, all of them)."""
    at = whole.figure_at()
    if at < 0 or whole.measure != part.measure or part.measure not in _WHOLE_MEASURES:
        return False
    end = at + len(whole.number_text)
    return end <= start and _OF_FRONTED.search(s_text[:at]) is not None \
        and _COMMA_AFTER_WHOLE.match(s_text[end:start]) is not None


def _whole_after_part(s_text: str, part: Claim, start: int, end: int, *, own: str | None = None) -> bool:
    """Whether the figure at ``start:end`` is the whole a part right before it is told of ("117 of the 138
    hostages were freed"): then the verb tells the part's fate, not the whole's, unless the whole's own phrase
    names one ("nine of the 23 passengers abducted from a bus have been freed": the 23 were abducted; "21 of
    the 58 people treated for poisoning": ``own``, the participle the claim reader read, is the 58's)."""
    at = part.figure_at()
    if at < 0 or at + len(part.number_text) > start or not _OF_WHOLE.match(s_text[at + len(part.number_text):start]):
        return False
    phrase = s_text[end:]
    stop = _PHRASE_END.search(phrase)
    words = re.findall(r"[a-z]+", (phrase[:stop.start()] if stop else phrase).lower())
    participle = own is not None and own.lower().endswith(("ed", "en")) and own.lower() in words
    return not participle and not any(w in W.MEASURE_LEMMAS for w in words)


def _elided(reader: ArticleReader, sent: Sentence, q: Quantity, claim: Claim) -> bool:
    """A figure that stands for a noun it leaves out: the subject of its verb ("four exploded",
    "two landed inside"), a part of a set ("two of them escaped"), the rest of one ("the
    remaining three"); naming nothing it counts and no toll."""
    if claim.subject is not None or claim.measure not in ("count", "deployed", "displaced") \
            or claim.unit not in (None, "people") or claim.value is None or claim.qualifier == "vague":
        return False
    s_text = reader.text[sent.start:sent.end]
    if _REST.search(s_text[:q.start]) or _OF_THEM.match(s_text[q.end:]):
        return True
    num = _number_token(reader, sent.start + q.start, sent.start + q.end)
    return num is not None and reader.tokens[num].dep in ("nsubj", "nsubjpass") and claim.measure != "displaced"


def _worded(reader: ArticleReader, sent: Sentence, claim: Claim, said: WordCount) -> Claim:
    """A count written without a number ("no one was hurt", "a man was killed"): people, counted as it says."""
    measure = said.measures[0]
    noun = said.noun
    role = W.ROLE_NOUNS.get(noun or "")
    if role not in ("perpetrators", "security_forces", "officials", "combatants"):
        role = "victims" if measure in W.VICTIM_MEASURES else role or "other"
    group = _group(reader, sent, None, "people", measure, noun)
    counted = noun if noun and role != "victims" else "people"  # "a child was killed": one of the toll's people
    return dataclasses.replace(claim, measure=measure, unit="people", counted=counted, role=role,
                               subject=noun, subject_group=group, counted_as=None)


def _birthday_of(reader: ArticleReader, sent: Sentence, q: Quantity) -> int | None:
    """Who "turns 29" or "will be 40": the subject of the verb the figure completes, when it is a
    person (a name, a person noun, "he"/"she"; "who" stands for the noun its clause qualifies).
    -1 for a pronoun that names nobody; None when the subject is no person ("the toll will be 30")."""
    num = _number_token(reader, sent.start + q.start, sent.start + q.end)
    if num is None or reader.tokens[num].dep not in ("dobj", "attr", "acomp", "oprd"):
        return None
    verb = reader.tokens[num].head
    subj = next((c for c in reader.children.get(verb, []) if reader.tokens[c].dep == "nsubj"), None)
    if subj is None:
        return None
    word = reader.words(subj).lower()
    if word in ("who", "that") and reader.tokens[verb].dep == "relcl":
        subj = reader.tokens[verb].head
    elif word in ("he", "she"):
        return -1
    named_as = [c for c in reader.children.get(subj, []) if reader.tokens[c].dep == "appos"
                and reader.tokens[c].pos == "PROPN"]
    subj = named_as[0] if named_as else subj  # "the novelist Ines Moreau will be 80"
    tok = reader.tokens[subj]
    named = any(n.label == "PERSON" and n.start <= tok.start < n.end for n in reader.article.names)
    # "the striker turned 25": whoever turns a figure has a birthday; "be" needs a person ("the toll will be 30")
    birthday = reader.tokens[verb].lemma.lower() == "turn" and tok.pos == "NOUN" and not _is_measure_word(reader, subj)
    return subj if named or birthday or tok.pos == "PROPN" or _is_people(reader, subj) else None


def _person_aged(reader: ArticleReader, sent: Sentence, q: Quantity) -> tuple[str | None, int | None]:
    """Whose age a figure is, and the word that names them: the name before it ("John Doe, 23,"),
    else the person noun an "N-year-old" qualifies ("a 16-year-old boy")."""
    start = sent.start + q.start
    at = bisect.bisect_left(reader.starts, start) - 1
    listed = _LISTED_AGES.search(reader.text[sent.start:start])
    if listed:  # "two sons, ages 6 and 16", "the men, aged 24 and 31": the noun the list of ages follows
        k = bisect.bisect_left(reader.starts, sent.start + listed.start("noun"))
        if sent.tokens.start <= k < sent.tokens.stop and reader.tokens[k].pos == "NOUN":
            return reader.words(k).lower(), k
    if at >= sent.tokens.start and reader.words(at) == ",":
        names: list[int] = []
        k = at - 1
        while k >= sent.tokens.start and reader.tokens[k].pos == "PROPN":
            names.insert(0, k)
            k -= 1
        if names and not reader.words(names[0])[:1].islower():  # (a "tram" tagged a name is none)
            return reader.text[reader.tokens[names[0]].start:reader.tokens[names[-1]].end], names[-1]
        role = AGE_ROLE_CLAUSE.search(reader.text[sent.start:start])
        if role:  # "the driver of the line 8 tram, 43,": the driver is that old, not the tram
            k = bisect.bisect_left(reader.starts, sent.start + role.start("role"))
            if sent.tokens.start <= k < sent.tokens.stop:
                return reader.words(k).lower(), k
    num = _number_token(reader, start, sent.start + q.end)
    if num is not None:
        for k in range(num + 1, min(num + 8, sent.tokens.stop)):
            if reader.tokens[k].pos in _NOUNISH and reader.words(k).lower() not in ("year", "years", "old", "month"):
                first = k
                old = next((j for j in range(num + 1, k) if reader.words(j).lower() == "old"), None)
                if old is not None and reader.tokens[old].dep == "amod" and k < reader.tokens[old].head < k + 4:
                    k = reader.tokens[old].head  # "a 57-year-old Wasilla woman": the woman is that old
                at_k = reader.tokens[k].start
                name = next((n for n in reader.article.names
                             if n.label == "PERSON" and n.start <= at_k < n.end and n.end <= sent.end), None)
                if name is not None:  # "16-year-old Kimani Gray": the person named after the age
                    last = bisect.bisect_left(reader.starts, name.end) - 1
                    return reader.text[name.start:name.end], last
                if all(reader.tokens[j].pos == "PROPN" for j in range(first, k + 1)) and k > first:
                    # a name the tagger did not call a person: "31-year-old Marcus Ellery"
                    return reader.text[reader.tokens[first].start:reader.tokens[k].end], k
                if reader.tokens[k].pos == "NOUN" or _is_people(reader, k):
                    # what an "N-year-old" qualifies is what is that old: "sergeant", "warehouse"
                    return reader.words(k).lower(), k
                return None, None
            if reader.tokens[k].pos in ("VERB", "AUX", "ADP") or reader.words(k) in (",", "."):
                break
    born = _birthday_of(reader, sent, q) if num is not None else None
    if born is not None and born >= 0:  # "Teixeira, who turns 29 on April 11": Teixeira is that old
        while reader.tokens[born].dep == "compound" and reader.tokens[born].head > born:
            born = reader.tokens[born].head
        first = born
        while first - 1 >= sent.tokens.start and reader.tokens[first - 1].dep == "compound" \
                and reader.tokens[first - 1].head == born:
            first -= 1
        if reader.tokens[born].pos == "PROPN":
            return reader.text[reader.tokens[first].start:reader.tokens[born].end], born
        return reader.words(born).lower(), born
    return None, None


_ACCUSED_LEMMAS = frozenset({"arrest", "charge", "convict", "accuse", "sentence", "detain", "jail", "indict", "try",
                             "suspect", "identify", "apprehend", "capture", "remand"})
_ACTS_LEMMAS = frozenset({"shoot", "kill", "stab", "attack", "murder", "escape", "flee", "plead", "target", "rob",
                          "fire", "open"})
_HARM_NOUNS = frozenset({"death", "murder", "killing", "shooting", "stabbing", "body", "funeral", "vigil", "slaying"})


# Who a person is to someone else in the story: their age is told by the way unless the sentence
# tells of harm or of a charge ("her 20-year-old daughter" among "the victims" is a fact).
_KIN_LEMMAS = frozenset({"son", "daughter", "wife", "husband", "sister", "brother", "nephew", "niece", "cousin",
                         "grandson", "granddaughter", "grandchild", "partner", "girlfriend", "boyfriend", "fiance",
                         "fiancee", "mother", "father", "mom", "mum", "dad", "parent", "uncle", "aunt", "stepson",
                         "stepdaughter", "child", "kid", "sibling", "friend", "neighbor", "neighbour"})
_HARM_LEMMAS = frozenset({"kill", "die", "death", "dead", "murder", "shoot", "shooting", "gunfire", "attack", "stab",
                          "injure", "wound", "hurt", "victim", "body", "arrest", "charge", "suspect", "accuse",
                          "missing", "slay", "rescue", "hospitalize", "hospitalise", "abduct", "kidnap"})


def _relative_by_the_way(reader: ArticleReader, sent: Sentence, person: int | None) -> bool:
    """Whether an age is a relative's or a friend's told in passing: the person is named as someone's
    son, wife, nephew or friend ("son Oscar, 8", "her nephew, Ravi Singh, 32,", "their 8-year-old son")
    in a sentence that tells of no harm, death or charge (where a relative is a victim or a suspect)."""
    if person is None:
        return False
    first = person
    while first - 1 >= sent.tokens.start and reader.tokens[first - 1].pos == "PROPN":
        first -= 1  # "daughter Ava Eliot": the word before the name
    near = {person, reader.tokens[person].head, first - 1, first - 2}
    if not any(sent.tokens.start <= i < sent.tokens.stop and reader.tokens[i].lemma.lower() in _KIN_LEMMAS
               for i in near):
        return False
    return not any(reader.tokens[i].lemma.lower() in _HARM_LEMMAS for i in sent.tokens)


def _aged_role(reader: ArticleReader, person: int | None) -> str:
    """The part a person whose age is given plays, from the sentence's syntax: the one arrested,
    charged or who shot is a perpetrator; the one killed, shot or whose death or body is told a
    victim; a role noun the name stands beside ("the suspect, John Doe,") says it too."""
    if person is None:
        return "other"
    while reader.tokens[person].dep == "compound" and reader.tokens[person].head != person:
        person = reader.tokens[person].head
    tok = reader.tokens[person]
    named = W.ROLE_NOUNS.get(tok.lemma.lower())
    head = reader.tokens[tok.head]
    lemma = head.lemma.lower()
    if tok.dep == "appos" or (not named and head.pos == "NOUN" and tok.dep in ("appos", "compound")):
        named = W.ROLE_NOUNS.get(lemma) or ("victims" if lemma == "victim" else None)
    if named:
        return named
    if (tok.dep in ("nsubjpass", "dobj") and lemma in _ACCUSED_LEMMAS) or \
            (tok.dep == "nsubj" and lemma in _ACTS_LEMMAS):
        return "perpetrators"
    if tok.dep in ("dobj", "nsubjpass") and (W.MEASURE_LEMMAS.get(lemma) in ("killed", "injured")
                                             or lemma in ("shoot", "stab", "murder", "attack", "wound")):
        return "victims"
    if tok.dep == "pobj" and reader.tokens[head.head].lemma.lower() in _HARM_NOUNS:
        return "victims"
    return "other"


def _claim(reader: ArticleReader, sent: Sentence, q: Quantity, *, index: int) -> Claim:
    start, end = sent.start + q.start, sent.start + q.end
    num = _number_token(reader, start, end)
    noun = _counted_noun(reader, sent, num, end) if num is not None else None
    noun = _hyphen_last(reader, sent, noun) if noun is not None else None  # "600,000 pre-orders": orders
    before, after = reader.text[sent.start:start], reader.text[end:sent.end]  # the figure's sentence either side
    if noun is None and num is not None:  # "the attackers, about 150 of them": the noun before (noun_before.py)
        told = noun_before.noun_before(before, after)
        k = bisect.bisect_left(reader.starts, sent.start + told) if told is not None else -1
        noun = k if sent.tokens.start <= k < sent.tokens.stop and reader.tokens[k].pos == "NOUN" else None
    if noun is not None and not q.currency and not q.percent and q.value is not None \
            and reader.words(noun).lower() in CURRENCY_WORDS:
        q = dataclasses.replace(q, currency=CURRENCY_WORDS[reader.words(noun).lower()])  # "110 billion euro loans"
    if q.currency == "GBP" and ((_WEIGHED.search(before) and
                                 re.search(r"\bpounds?\b", q.text + after[:8], re.IGNORECASE)) or
                                counted_fix.pounds_weight(reader.text[sent.start:sent.end], q.text, after)):
        q = dataclasses.replace(q, currency=None)  # "weighing approximately 200 pounds": a weight, not money
    unit = _unit(reader, q, noun, after)
    joined_unit = counted_fix.unit_as_amount(unit, after)  # "a 180-pound man": 180 pounds
    unit = joined_unit or unit
    joined_unit = machine_units.machine_unit(q.unit, unit, _DEVICE_UNITS) or joined_unit  # "a 2.6GHz chip": GHz
    unit = joined_unit or unit
    if q.unit in _HEAT_UNITS and (unit is None or unit.lower() in _HEAT_LETTERS or unit.lower() in _HEAT_WORDS):
        # "reached 41.9C", "107.4F", "40°C" (the parser's noun "C"): a temperature, its unit glued on (the quantity
        # parser's)
        unit = q.unit.lower()
    if unit is None and noun is None and crowd_counts.counts_people(before, after):
        unit = "people"  # "a crowd of 6,500", "12,000 in attendance": the people a crowd holds (crowd_counts)
    spell = _OR_UNIT.search(before)
    if spell and noun is None:
        unit = spell.group("u").lower() + "s"  # "within a minute or two": two minutes, a spell of time
    measure = _measure(reader, sent, q, num, noun, unit)
    if measure == "other" and noun_before.numbered(before):
        measure = "count"  # "the gunmen, said to number more than 100": how many there were
    if unit == "people" and measure == "deployed" and noun is not None \
            and reader.tokens[noun].lemma in ("troop", "soldier", "serviceman", "contingent"):
        unit = "troops"
    measure = _typed(reader, sent, q, unit=unit, measure=measure)
    if measure == "count" and counted_fix.quake_rating(q.text, after):
        measure, unit = "magnitude", None  # "a 6.4 quake": its magnitude, not six quakes
    if measure == "magnitude" and (name_numbers.quake_in_degrees(q.text, after) or unit in W.PEOPLE_UNITS):
        unit = None  # "a 6.2 degree tremor": no degrees of heat; "of magnitude 6.2 killed 25 people": no people
    share = _share(reader, sent, q, num, noun) if not q.currency and not q.percent else None
    if share is not None:
        # "a quarter of the power", "one sixth the space", "half the roof": a share of something, as a percentage
        part, of = share
        return Claim(
            counted=(_counted(reader, of, unit=None, measure="count") or "").split(" of ")[0] or None, role="objects",
            id=f"{reader.article.id}:c{index + 1}", article=reader.article.id, start=sent.start, end=sent.end,
            text=reader.text[sent.start:sent.end], number_text=q.text, number_start=start, value=part * 100,
            low=(q.low if q.low is not None and q.low < 1 else part) * 100,
            high=(q.high if q.high is not None and q.high < 1 else part) * 100, qualifier=q.qualifier,
            unit="percent", measure="percent", subject=None, subject_group="not_people",
            location=_location(reader, sent, start), as_of=None, attributed_to=None)
    struck = blows(reader, sent, noun) if noun is not None and reader.words(noun).lower() == "times" else None
    if struck:
        # "shot seven times", "hit multiple times": bullets that struck, as "seven bullets hit him" says
        return Claim(
            counted=struck, role="objects", id=f"{reader.article.id}:c{index + 1}", article=reader.article.id,
            start=sent.start, end=sent.end, text=reader.text[sent.start:sent.end], number_text=q.text,
            number_start=start, value=q.value, low=q.low, high=q.high, qualifier=q.qualifier, unit=struck,
            measure="count", subject=struck, subject_group="not_people", location=_location(reader, sent, start),
            as_of=None, attributed_to=None)
    if _PARENT_OF.search(reader.text[sent.start:start]) and q.qualifier == "exact":
        # "a mother of two died": her two children, not two dead
        kids = reader.words(noun).lower() if noun is not None else "children"
        return Claim(
            counted=kids, role="other", id=f"{reader.article.id}:c{index + 1}", article=reader.article.id,
            start=sent.start, end=sent.end, text=reader.text[sent.start:sent.end], number_text=q.text,
            number_start=start, value=q.value,
            low=q.low, high=q.high, qualifier=q.qualifier, unit=kids, measure="count", subject=kids,
            subject_group="not_people", location=_location(reader, sent, start), as_of=None, attributed_to=None)
    told_of_beast = False  # a bare toll whose antecedent is an animal
    if measure in _TOLLS and ((noun is None and unit not in W.PEOPLE_UNITS)
                              or (noun is not None and reader.tokens[noun].lemma.lower() in ("other", "others"))):
        beast = _animal_before(reader, sent, start)  # "160 whales stranded ..., and more than 90 have died"
        if beast is not None:
            noun, unit, told_of_beast = beast, reader.words(beast).lower(), True
    if unit is None and noun is None and measure in _PEOPLE_MEASURES and q.unit not in _DEVICE_UNITS:
        # "more than 3,000 were arrested", "the toll rose to 14"; not a machine's figure ("captures are
        # indeed 30fps", "Red Dead Redemption 2 runs at 60fps": no one detained or killed)
        unit = "people"
    if noun is not None and unit not in W.PEOPLE_UNITS and not q.currency and not q.percent and \
            _is_people(reader, noun, toll=measure in _PEOPLE_MEASURES):
        unit = "people"  # "26 Somali pirates", "40 Palestinians": people, whatever the noun
    if unit not in W.PEOPLE_UNITS and measure in _PEOPLE_MEASURES and measure != "deployed" and not (
            measure in _TOLLS and noun is not None and reader.tokens[noun].lemma.lower() in ANIMALS
            and (told_of_beast or _DIED_AFTER.match(after))):
        measure = "count"  # "houses damaged ... people killed": things are counted, not killed (animals die)
    if unit not in W.PEOPLE_UNITS and measure == "deployed" and noun is not None and \
            reader.tokens[noun].lemma.lower() not in _FORCE_NOUNS and not _backing(reader, noun) and \
            not {reader.tokens[i].lemma.lower() for i in sent.tokens} & _SENT_LEMMAS:
        measure = "count"  # "a bomb landed", "two aircraft arrived": things that came, not forces sent
    if measure == "missing" and noun is None and _missing_a_thing(reader, sent):
        measure, unit = "count", None  # "the missing link between the two", "the 8900 is missing 3G": no one lost
    if unit == "people" and measure == "count" and noun is not None and \
            reader.tokens[noun].lemma.lower() in _DISPLACED_NOUNS:
        measure = "displaced"  # "40,000 refugees live in the camp": refugees are people driven from their homes
    if unit == "people" and measure == "count" and _held(reader, noun if noun is not None else num):
        measure = "detained"  # "99 alleged Mafia members seized", "a police bust of almost 100 people"
    if measure == "count" and noun is not None and _responding(reader, noun):
        measure = "deployed"  # "eight crews fought the blaze", "called in six more engines": sent to the scene
    measure = _judicial(reader, sent, q, noun, measure=measure)
    if unit == "people" and measure not in ("age", "time") and _inhabitants(reader, sent, q, num, noun):
        measure = "other"  # "a city of 500,000 people", "home to 120,000 people": how many live there
    if noun is not None and noun == (num or 0) + 1 and _YEAR.fullmatch(q.text) and \
            _YEAR_BEFORE.search(reader.text[sent.start:start]):
        measure = "other"  # "the 1967 slayings", "the 2004 tsunami": a year, written without a comma
    if measure == "count" and noun is not None and _one_of_a_kind(reader, sent, q, noun):
        measure = "other"  # "a 911 call", "a 747 jet": one thing, named by its number
    if (measure == "count" or measure in _PEOPLE_MEASURES) and not q.currency and not q.percent \
            and (name_numbers.part_of_name(reader, sent, num, q.text)
                 or (measure == "count" and unit not in W.PEOPLE_UNITS  # "iPhone 11", "Destiny 2 is out"
                     and screen_figures.names_a_product(reader, sent, num, q.text))):
        measure = "other"  # "Firefox 17 and 18", "Level 2 chargers": a version, a model, a level (name_numbers.py)
    if measure == "age" or q.age or _is_age(reader.text[sent.start:sent.end], q):
        # "John Doe, 23,", "a 16-year-old boy", "aged 35": an age, of the person named
        who, person = _person_aged(reader, sent, q)
        return Claim(
            counted=who, role=_aged_role(reader, person), id=f"{reader.article.id}:c{index + 1}",
            background=_relative_by_the_way(reader, sent, person), article=reader.article.id,
            start=sent.start, end=sent.end, text=reader.text[sent.start:sent.end], number_text=q.text,
            number_start=start, value=q.value,
            low=q.low, high=q.high, qualifier=q.qualifier, unit="years", measure="age", subject=who,
            subject_group="not_people", location=_location(reader, sent, start), as_of=None, attributed_to=None)
    subject = _subject_text(reader, noun) if noun is not None else None
    group = _group(reader, sent, noun, unit, measure, subject)
    counted_as = _counted_as(reader, sent, num, noun) if measure in _VERB_KEYED else None
    counted = joined_unit or _counted(reader, noun, unit=unit, measure=measure)
    if measure == "temperature" and (counted or "").lower() in _HEAT_LETTERS:
        counted = None  # "40°C": the degree's letter counts nothing
    if measure == "percent" and q.percent and num is not None:
        whole = _percent_of(reader, sent, q)  # "40 percent of the buildings": a share of buildings, as a fraction is
        if whole is not None:
            counted = (_counted(reader, whole, unit=None, measure="count") or "").split(" of ")[0] or None
    if q.currency and measure in ("money", "price", "damage"):
        counted = _money_kind(reader, sent, q, num, noun)  # not "150mm", "usd", "range": what the sum is
    if measure == "charged" and noun is not None and reader.tokens[noun].lemma.lower() == "charge":
        as_counts = _charges_as_counts(reader, num, noun)
        if as_counts:
            counted, unit = as_counts, "count" if q.value == 1 else "counts"
    return Claim(
        counted_as=counted_as, counted=counted, role=_role(reader, noun, unit=unit, measure=measure),
        id=f"{reader.article.id}:c{index + 1}", article=reader.article.id, start=sent.start, end=sent.end,
        text=reader.text[sent.start:sent.end], number_text=q.text, number_start=start, value=q.value, low=q.low,
        high=q.high,
        qualifier=q.qualifier, unit=unit, measure=measure, subject=subject, subject_group=group,
        location=_location(reader, sent, start), as_of=None, attributed_to=None,
        lasting=what_lasted(reader, sent, start, end) if measure == "duration" else None,
    )


_DISPLACED_NOUNS = frozenset({"refugee", "refugees"})
_FORCE_NOUNS = frozenset({"soldier", "troop", "serviceman", "vehicle", "tank", "contingent"})  # seen: deployed
_SENT_LEMMAS = frozenset({"deploy", "send", "dispatch", "mobilize", "mobilise", "reinforce", "reinforcement"})
# A verb of weighing just before a figure in pounds: "weighing approximately 200 pounds", "weighs about 150 lb"
_WEIGHED = re.compile(r"\bweigh(?:s|ed|ing)?\s+(?:(?:in\s+at|about|around|approximately|roughly|some|nearly|almost|"
                      r"more\s+than|less\s+than|over|under|just|only|at\s+least|up\s+to)\s+)*$", re.IGNORECASE)
_PEOPLE_MEASURES = W.VICTIM_MEASURES | {"detained", "deployed"}
# the animals news counts dead, hurt or missing: a toll of its own, keyed by the animal (link/reconcile._key)
ANIMALS = frozenset({
    "animal", "whale", "dolphin", "porpoise", "seal", "turtle", "shark", "fish", "bird", "chicken", "hen", "duck",
    "goose", "poultry", "turkey", "cattle", "cow", "bull", "calf", "sheep", "goat", "pig", "hog", "horse", "donkey",
    "camel", "livestock", "elephant", "tiger", "leopard", "lion", "bear", "wolf", "deer", "dog", "cat", "bee",
    "flamingo", "penguin", "rhino", "rhinoceros", "giraffe", "buffalo", "monkey", "gorilla", "chimpanzee", "bat"})


def _told_around(claim: Claim, s_text: str, q: Quantity) -> Claim:
    """The claim of the figure ``q`` of the sentence ``s_text``, retyped by what the words around it tell: a part told
    of the place hardest hit, an oil rate, a ship's tonnage, a licensed limit, an age bound, a fate told right after
    the figure, a list "among the dead", a number named by its people's fate, a capacity."""
    if claim.measure in (*_TOLLS, "count") and claim.counted and not (claim.subject or "").endswith(
            "(of whom)") and counted_fix.hardest_hit(s_text[:q.start]):
        # "Bawku is the hardest hit, with 19 deaths": a part of the toll, told of its worst place
        claim = dataclasses.replace(claim, subject=f"{claim.subject or claim.counted} (of whom)")
    if claim.measure in ("count", "other") and not q.currency and counted_fix.oil_rate(s_text[q.end:]):
        # "220,000 b/d", "a 220,000-barrel-per-day refinery", "220,000 barrels a day": one rate
        claim = dataclasses.replace(claim, measure="count", counted=counted_fix.BARRELS_A_DAY,
                                    unit=counted_fix.BARRELS_A_DAY, counted_as=None, role="objects",
                                    subject=None, subject_group="not_people")
    if claim.measure == "deployed" and claim.unit not in W.PEOPLE_UNITS and counted_fix.per_time(s_text[q.end:]):
        # "about 11,000 vehicles a day pass the town", "a road that carries 140,000 vehicles a day": traffic
        claim = dataclasses.replace(claim, measure="count", counted_as=None)
    if claim.measure in ("count", "weight", "other") and not q.currency \
            and counted_fix.tonnage(s_text, q.start, q.end):
        # "a gross tonnage of 92,700", "the 92,700-tonne vessel": the ship's size, one figure however written
        claim = dataclasses.replace(claim, measure="weight", counted=counted_fix.TONNAGE, unit="tonnes",
                                    counted_as=None, role="objects", subject=None, subject_group="not_people")
    if claim.measure == "weight" and counted_fix.licensed_limit(s_text[:q.start], s_text[q.end:]):
        # "licensed to store only about 660 pounds", "a licence for 300 kg": what was allowed, not what was stored
        claim = dataclasses.replace(claim, counted=counted_fix.LIMIT, counted_as=None)
    if claim.measure == "age" and q.qualifier != "exact" and age_bound(s_text, q.start):
        claim = dataclasses.replace(claim, background=True)  # "children under five": who, not a figure
    fate_told = counted_fix.fate_after(s_text[q.end:]) \
        if claim.measure == "count" and claim.unit in W.PEOPLE_UNITS else None
    if fate_told is not None:  # "six officers were hit by gunfire", "22 suspects were taken in for questioning"
        claim = dataclasses.replace(claim, measure=fate_told, counted_as=None,
                                    role="victims" if fate_told == "injured" else claim.role)
    if claim.measure == "missing" and counted_fix.found_safe(s_text[q.end:]):
        # "two people initially listed as missing were found safe": the found, no longer missing
        claim = dataclasses.replace(claim, measure="count", counted_as="found", role="other")
    listed = claim.measure in ("count", "deployed") and claim.unit in W.PEOPLE_UNITS
    among_after = counted_fix.among_the_after(s_text[q.end:]) \
        if listed or (claim.measure in _TOLLS and claim.unit in W.PEOPLE_UNITS) else None
    if among_after is not None and not listed and among_after != claim.measure:
        among_after = None  # "two are among the dead" of a count of the missing: no part of it
    among = (counted_fix.among_the(s_text[:q.start]) or among_after) if listed or among_after else None
    if among is not None:  # "Among the dead were 15 mutineers, six soldiers": six soldiers killed
        claim = dataclasses.replace(claim, measure=among, role="victims")
        if among_after is not None and not (claim.subject or "").endswith("(of whom)"):
            # "five players and four children are among the dead": a part of the toll told elsewhere
            claim = dataclasses.replace(claim, subject=f"{claim.subject or claim.counted or ''} (of whom)".strip())
    befell = counted_fix.fate_of_number(claim, s_text[:q.start])
    if befell is not None:  # "bringing the number held to five": five people detained
        claim = dataclasses.replace(claim, measure=befell, counted="people", unit="people",
                                    role="victims" if befell in _TOLLS else claim.role,
                                    subject_group="protesters" if befell == "detained" else
                                    "mixed" if befell in ("killed", "injured") else "unspecified")
    if ((claim.measure == "count" and claim.unit in (None, "people"))
            or (claim.measure in ("count", "other") and claim.unit in ("seat", "seater", "capacity"))) \
            and counted_fix.capacity(s_text, q.start, q.end):
        # "authorised for 250 people", "a 250-seat stand": what the place may hold, not who was in it
        claim = dataclasses.replace(claim, measure="count", counted=counted_fix.CAPACITY, unit="places",
                                    counted_as=None, role="objects", subject=None, subject_group="not_people")
    return claim


# the animals' fate told right after them, in their clause: "whales dead", "40 of them had died"
_DIED_AFTER = re.compile(r"[^,;:]{0,40}?\b(?:dead|died|die|dying|killed|perished|drowned|culled|euthani[sz]ed|"
                         r"injured|hurt|wounded|missing)\b", re.IGNORECASE)


def _animal_before(reader: ArticleReader, sent: Sentence, start: int) -> int | None:
    """The last noun of an animal the sentence names before ``start``, if any: the antecedent of a bare toll."""
    found = None
    for i in sent.tokens:
        tok = reader.tokens[i]
        if tok.start >= start:
            break
        if tok.lemma.lower() in ANIMALS and (tok.pos == "NOUN" or (tok.pos == "PROPN" and reader.words(i).islower())) \
                and not _HARMS_AFTER.match(reader.text, tok.end):
            found = i  # "rhino toll hits 14" (a lower-case word the parser calls a name); not "Lion Air"
    return found


# an animal that harms, told before its victims: "wild elephants kill two", "the herd of elephants that killed two
# men", "a shark attack killed a swimmer" (the victims are people, not the animal)
_HARMS_AFTER = re.compile(r"\s+(?:(?:that|which|who|had|have|has|also|then|again|later)\s+){0,2}"
                          r"(?:kill|trampl|attack|maul|bit|gor|injur|wound|crush|savag|charg|stamped|rampag)",
                          re.IGNORECASE)


_VERB_KEYED = frozenset({"count", "money", "damage"})
_TOLLS = frozenset({"killed", "injured", "missing"})
_PARENT_OF = re.compile(r"\b(?:mother|father|mom|mum|dad|parent|grandmother|grandfather|grandparent)s?"
                        r"\s?-?\s?of\s?-?\s?$", re.IGNORECASE)
_OR_UNIT = re.compile(r"\b(?:a|an|one)\s+(?P<u>second|minute|hour|day|week|month|year|night)\s+or\s+$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^\s?-?\s?(?:years?|yrs?)\s?-\s?old|^\s+(?:years?|yrs?)\s+old\b|^\s?-?\s?month\s?-\s?old",
                        re.IGNORECASE)
# "aged 35", "at age 35", "died at the age of 85": an age, not a toll the death verb would make it
_AGED_BEFORE = re.compile(r"\b(?:aged|age)\s+(?:of\s+)?$", re.IGNORECASE)
# ... and every age of a list: "two men, aged 24 and 31", "two sons, ages 6 and 16", "aged between 24 and 51",
# not a count told after it ("aged 35, and 40 others were hurt")
_AGES_BEFORE = re.compile(r"\b(?:aged|ages)\s+(?:between\s+)?"
                          r"(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|to\s+|-\s*))*$", re.IGNORECASE)
_LISTED_AGES = re.compile(r"\b(?P<noun>[a-z]+)\s*,\s*(?:aged|ages)\s+(?:between\s+)?"
                          r"(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|to\s+|-\s*))*$")
_NOT_AN_AGE_AFTER = re.compile(r"^\s*(?:others?|more|people|of|per|percent|%|years?\s+ago)\b", re.IGNORECASE)
# An age told as a birthday: "who turns 29 on April 11", "will be 40 in June", "turned 25 last week"; not
# "turned 5 percent", "will be 40 km long" (a unit follows) nor "the toll will be 30 by now".
_TURNS_BEFORE = re.compile(r"\b(?:turns?|turned|turning|will\s+be|would\s+have\s+been)\s+$", re.IGNORECASE)
_TURNS_AFTER = re.compile(r"^\s*(?:in|on|next|this|last|later|today|tomorrow)\b|^\s*[,.;]|^\s*$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"^\s*(?:[:.]\s?\d{2}\s*)?(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|gmt\b|utc\b|[ecmp][sd]?t\b"
                          r"|local\s+time\b|o'clock\b|hours?\s+(?:gmt|utc|local))", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\d\s?[:.]\s?$")
_CODE_BEFORE = re.compile(r"(?:\b[A-Z]{1,4}|\d)\s?-\s?$")
_CODE_AFTER = re.compile(r"^\s?-\s?\d")
_KIND_AFTER = re.compile(r"^\s?-\s?(?!(?:year|month|week|day|night|hour|minute|second|old|odd|thirds?|quarters?|"
                         r"halves|fifths?|tenths?)s?\b)[a-z]+(?:\s?-\s?[a-z]+)*\s+(?!(?:of|and|or|to|in|the|a|an|"
                         r"were|was|is|are|from|at|on)\b)[A-Za-z]", re.IGNORECASE)


def _singular_unit(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


_TICKER_BEFORE = re.compile(r"(?:^|[\s(])[A-Z]{2,5}\s?[+\-−]\s?$")
_DEAL_LEMMAS = frozenset({"acquire", "acquisition", "buy", "purchase", "deal", "takeover", "merger", "contract",
                          "offer", "bid", "sign"})
_DECADE_AFTER = re.compile(r"\s*-?\s*(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
                           re.IGNORECASE)
# Two small numbers joined bare, right after "the" or "since": a day named by its month and day
_DAY_NAMED = re.compile(r"(?:[12]\d|3[01]|0?[1-9])\s?[-/]\s?(?:[12]\d|3[01]|0?[1-9])")
# ... and followed by what a day names: an event ("the 9-11 attacks"), or nothing ("since 9/11,")
_DAY_NAMED_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|blasts?|"
                              r"hijack(?:ers|ings?)|anniversary|commission|memorial|tragedy|era|aftermath|victims|strikes?)\b)",
                              re.IGNORECASE)
_DAY_NAMED_BEFORE = re.compile(r"(?:\b(?:the|since|post|pre)\s?-?\s?)$", re.IGNORECASE)
_DEPTH_BEFORE = re.compile(r"\b(?:depth|deep)\s+(?:of\s+)?(?:(?:just|only|about|around|some|roughly|nearly|"
                           r"approximately|more\s+than|less\s+than|over|under)\s+)?$", re.IGNORECASE)
# a depth's conversion in brackets: "at a depth of 10 kilometers (6 miles)"
_DEPTH_CONVERTED = re.compile(r"\b(?:depth|deep)\s+(?:of\s+)?(?:(?:just|only|about|around|some|roughly|nearly|"
                              r"approximately)\s+)?\d[\d.,\s]*\s?(?:km|kms|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s?|"
                              r"m|feet|ft)\s*\(\s*$", re.IGNORECASE)
_MAGNITUDE = re.compile(r"\b(?:magnitude|richter|mw|moment\s+magnitude)\b", re.IGNORECASE)
_LEAST_POWER = 10  # "7.8 Mw" is a quake's magnitude; "2,400 MW" or "12 megawatts" a power


def _typed(reader: ArticleReader, sent: Sentence, q: Quantity, *, unit: str | None, measure: str) -> str:
    """A finer measure from the unit and the words around the figure: a distance, an age,
    a magnitude, a clock time, a percentage. These are what a figure is, whatever the verb."""
    s_text = reader.text[sent.start:sent.end]
    before, after = s_text[:q.start], not_counts.past_paired(s_text[q.end:])  # "7.6 and 7.5 magnitude quakes"
    # past the sentence's end too: "at around 9. 35am" is one clock time the sentence splitter cut after "9."
    if _CLOCK_AFTER.match(reader.text[sent.start + q.end:sent.start + q.end + 24]) or _CLOCK_BEFORE.search(before):
        return "time"  # "9: 25 a. m.", "at 11 ET"
    if _AGE_AFTER.match(after) or _AGED_BEFORE.search(before):
        return "age"
    if _AGES_BEFORE.search(before) and not _NOT_AN_AGE_AFTER.match(after) and q.value is not None and q.value < 120:
        return "age"  # "ages 47 and 48": the second man's age, not 48 shot
    loose = unit is None or re.match(r"\s*(?:last|next|this)\s", after) is not None  # "turned 21 last week"
    if loose and not q.currency and not q.percent and q.qualifier == "exact" and q.value is not None \
            and 0 < q.value < 120 and q.value == int(q.value) and _TURNS_BEFORE.search(before) \
            and _TURNS_AFTER.match(after) and _birthday_of(reader, sent, q) is not None:
        return "age"  # "who turns 29 on April 11", "will be 40 in June": a birthday, an age
    if not q.currency and not q.percent and (
            more_figures.age_at_death(before, after, value=q.value, qualifier=q.qualifier) or (
                more_figures.age_told_bare(before, after, value=q.value, qualifier=q.qualifier)
                and _birthday_of(reader, sent, q) is not None)):
        return "age"  # "Felt dies at 95", "He was 95.": an age, not 95 dead nor 95 of anything
    if q.percent:
        # "AMD +0.26%", "INTC -1.1%": a share price's move beside its ticker, a market quote
        return "other" if _TICKER_BEFORE.search(before) else "percent"
    head = (unit or "").split()[0] if unit else ""
    if head in W.DISTANCE_UNITS and re.match(r"\s*-?\s*[a-z]+\s+(?:per|an|a)\s+hour\b", after, re.IGNORECASE):
        return "speed"  # "120 miles per hour"
    if head in W.DISTANCE_UNITS and (re.search(r"\bcubic\s*-?\s*$", before, re.IGNORECASE)
                                     or re.match(r"\s*-?\s*cubic\b", after, re.IGNORECASE)):
        return "volume"  # "97 million cubic metres of gas", "some 3 million cubic metres of ice": a volume
    if (head in W.DISTANCE_UNITS and re.search(r"\bsquare\s*-?\s*$", before, re.IGNORECASE)) or \
            re.match(r"\s*-?\s*square\b", after, re.IGNORECASE):
        return "other"  # "40,000 square feet", "a 1,500-square-kilometre island": an area
    if (q.ordinal or re.match(r"(?:st|nd|rd|th)\b", after)) and _singular_unit(head) not in W.TIME_UNITS:
        return "other"  # "the 67th Precinct", "the 13th month": a rank, not an amount
    if not q.currency and _DECADE_AFTER.match(after):
        return "other"  # "the nineteen sixties": a decade, not sixties counted nineteen times
    if not q.currency and not q.percent and _DAY_NAMED.fullmatch(q.text) and _DAY_NAMED_BEFORE.search(before) \
            and _DAY_NAMED_AFTER.match(after):
        return "other"  # "the 9-11 attacks", "since 9/11", "the 7-7 bombings": a day as a name, not a range
    if not q.currency and (_CODE_BEFORE.search(before) or _CODE_AFTER.match(after)):
        return "other"  # "DC-3 planes", "a 9-1-1 call", "AK-47": part of a name or a model
    if not q.currency and not q.percent and _named_by_number(s_text, q):
        return "other"  # a phone number, a model, a calibre, an address, a rank in a list: a name, not an amount
    if not q.currency and name_numbers.quake_in_degrees(q.text, after):
        return "magnitude"  # "a 6.2 degree tremor", "a 4.8-degree quake": a quake has no temperature
    if not q.currency and not q.percent and head not in W.DISTANCE_UNITS | W.WEIGHT_UNITS and _KIND_AFTER.match(after) \
            and not _MAGNITUDE.match(after.lstrip(" -")):
        return "other"  # "a 12-gauge shotgun", "the 300-seat parliament", "a four-by-four car": a kind
    if not q.currency and not q.percent and head in W.POWER_UNITS and (q.value or 0) >= _LEAST_POWER:
        return "power"  # "peak demand of 28,614 megawatts", "Monday's peak of 28,614 MW" (not a quake's "7.8 Mw")
    if not q.currency and head not in W.DISTANCE_UNITS and (
            _MAGNITUDE.search(before[-16:]) or _MAGNITUDE.match(after.lstrip(" -"))):
        return "magnitude"  # "magnitude 6.1", "a 6.1-magnitude quake", "measuring 6.1 on the Richter scale"
    if head in W.DISTANCE_UNITS:
        deep = re.search(r"\b(?:deep|depth|below|underground)\b", after[:40], re.IGNORECASE) or \
            _DEPTH_BEFORE.search(before) or _DEPTH_CONVERTED.search(before)  # "10 km deep", "at a depth of 10 km"
        return "depth" if deep else "distance"
    for units, name in ((W.SPEED_UNITS, "speed"), (W.WEIGHT_UNITS, "weight"), (W.TEMPERATURE_UNITS, "temperature")):
        if head in units:
            return name
    return measure


# Figures that name rather than count. A phone number: a leading zero, or three or more groups of
# digits ("0845 125 2222", "0800 555 111"); the groups are looked at around the figure.
_DIGIT_RUN = re.compile(r"\d(?:[\d ,.-]*\d)?")  # digits with what may separate them: "0845 125 2222", "20, 000"
_PHONE = re.compile(r"0\d{2,}(?:[ -]\d+)*|\d{2,5}(?:[ -]\d{2,5}){2,}")
# A model written without its hyphen: "six AK 47 rifles", "an F 16 jet" (the code in capitals, the figure in digits).
_BARE_CODE_BEFORE = re.compile(r"(?:^|[\s(])[A-Z]{2,4}\s$")  # not "A 911 supervisor"
# A calibre: ".38-caliber revolver", "a .357 Magnum", "a 12-gauge", "9mm" (outlets space ".357" as "a. 357").
_CALIBRE_AFTER = re.compile(r"^\s?-?\s?(?:caliber|calibre|cal\b|gauge|magnum|mm\b)", re.IGNORECASE)
_CALIBRE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the)?\.\s?$", re.IGNORECASE)
# A size written as a product: "a four-by-four car", "a 4x4 vehicle", "a 2-by-4 plank".
_BY_AFTER = re.compile(r"^\s?(?:-\s?by\s?-|[x×]\s?\d)", re.IGNORECASE)
_BY_BEFORE = re.compile(r"(?:\d|\b[a-z]+)\s?(?:-\s?by\s?-|[x×])\s?$", re.IGNORECASE)
# An address: "the 12000 block of Roosevelt Boulevard", "at 24 Independent Street".
_ADDRESS_AFTER = re.compile(r"^\s?-?\s?block\s+of\b|^\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:Street|St\b|Avenue|Ave\b|"
                            r"Road|Rd\b|Boulevard|Blvd\b|Lane|Drive|Place|Square|Terrace|Court|Highway)")
# The size of a ranked list: "the 10 most endangered properties", "their 15 Most Wanted list", "the top 10".
_RANKED_AFTER = re.compile(r"^\s+[“\"]?\s?most\s+(?!(?:seriously|badly|critically|severely|gravely)\b)[a-z]",
                           re.IGNORECASE)
_RANKED_BEFORE = re.compile(r"\btop\s$", re.IGNORECASE)


def _named_by_number(s_text: str, q: Quantity) -> bool:
    """Whether a figure names something rather than counting it: a phone number, a model code
    written without its hyphen, a calibre, a size written as a product (a four-by-four), an
    address, or the length of a ranked list."""
    before, after = s_text[:q.start], s_text[q.end:]
    for run in _DIGIT_RUN.finditer(s_text):
        if run.start() < q.end and q.start < run.end() and not re.search(r"[,.]", run.group(0)) \
                and _PHONE.fullmatch(run.group(0)):
            return True  # not "20, 000" nor "6. 1": thousands and decimals are amounts
    digits = re.fullmatch(r"\d+", q.text) is not None
    if digits and _BARE_CODE_BEFORE.search(before) and re.search(r"[a-z]", s_text):
        return True  # an all-capitals headline ("KILLS 12") is not a code
    if _CALIBRE_AFTER.match(after) or (digits and _CALIBRE_BEFORE.search(before)):
        return True
    if q.qualifier == "exact" and (_BY_AFTER.match(after) or _BY_BEFORE.search(before)):
        return True
    return bool(_ADDRESS_AFTER.match(after) or (q.qualifier == "exact" and (
        _RANKED_AFTER.match(after) or _RANKED_BEFORE.search(before))))


_SETTLEMENTS = frozenset({"city", "town", "village", "island", "country", "nation", "province", "region", "district",
                          "metropolis", "capital", "port", "county", "municipality", "suburb", "state"})
_HOME_TO = re.compile(r"\b(?:home\s+to|population\s+of|populated\s+by|inhabited\s+by)\s+(?:(?:about|some|around|nearly|"
                      r"almost|roughly|approximately|over|more\s+than|an\s+estimated|just\s+under|some)\s+)?$",
                      re.IGNORECASE)


def _inhabitants(reader: ArticleReader, sent: Sentence, q: Quantity, num: int | None, noun: int | None) -> bool:
    """How many live in a place, its setting: "a town of 15,000 people", "the island, home to
    120,000 people", "a population of 5 million". Not a camp's or a community's people, whom
    the story is about."""
    if _HOME_TO.search(reader.text[sent.start:sent.start + q.start]):
        return True
    anchor = noun if noun is not None else num
    if anchor is None or reader.tokens[anchor].dep != "pobj":
        return False
    prep = reader.tokens[anchor].head
    over = reader.tokens[prep].head
    return reader.words(prep).lower() == "of" and over != prep and reader.tokens[over].lemma.lower() in _SETTLEMENTS


# A year before a noun: news writes counts of a thousand and more with a comma ("2,000 deaths"), years without.
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_YEAR_BEFORE = re.compile(r"(?:\b(?:the|a|an|in|of|since|after|before|during)|['’]s)\s$", re.IGNORECASE)


def _one_of_a_kind(reader: ArticleReader, sent: Sentence, q: Quantity, noun: int) -> bool:
    """"a 911 call", "a 999 operator", "a 747 jet": the article "a" and a singular noun around a
    figure in digits say there is one thing, and the figure names its kind or its line."""
    before = reader.text[sent.start:sent.start + q.start]
    return re.fullmatch(r"\d+", q.text) is not None and (q.value or 0) > 1 \
        and re.search(r"(?:^|\s)(?:a|an)\s$", before, re.IGNORECASE) is not None \
        and reader.tokens[noun].tag == "NN"


def _missing_a_thing(reader: ArticleReader, sent: Sentence) -> bool:
    """Whether each "missing" of a sentence says a thing is lacking, not that people are lost: an
    adjective on a noun that counts no one ("the missing link", "a missing piece") or a verb with an
    object ("the phone is missing 3G")."""
    found = [i for i in sent.tokens if reader.words(i).lower() == "missing"]
    if not found:
        return False
    for i in found:
        tok = reader.tokens[i]
        kids = reader.children.get(i, [])
        if tok.dep == "amod" and reader.tokens[tok.head].pos in _NOUNISH and not _is_people(reader, tok.head):
            continue
        if any(reader.tokens[c].dep == "dobj" for c in kids):
            continue
        return False
    return True


def _is_people(reader: ArticleReader, noun: int, *, toll: bool | None = None) -> bool:
    """Whether a noun counts people: a person noun, or a people's name ("Palestinians"); with
    ``toll`` (the figure's measure is a toll's), also a noun the sentence treats as people."""
    tok = reader.tokens[noun]
    word, lemma = reader.words(noun).lower(), tok.lemma.lower()
    if word in W.PERSON_NOUNS or lemma in W.PERSON_NOUNS or lemma in W.ROLE_NOUNS:
        return True
    if any(n.label == "NORP" and n.start <= tok.start < n.end for n in reader.article.names):
        return True
    if lemma in ANIMALS:
        return False  # "17 rhinos dead": a toll of animals, keyed apart from people's
    return _told_as_people(reader, noun, toll=toll is True)


def _told_as_people(reader: ArticleReader, noun: int, *, toll: bool = True) -> bool:
    """Whether the sentence treats a noun no word list knows as people: it is arrested,
    questioned, charged or hired ("two leaders were arrested", "police questioned two
    accountants"), wounded or injured for a toll ("two managers were wounded", "the attack
    injured three cashiers"), or named after a comma ("two managers, Paul Riva and Alan
    Steinberg,"). Things are damaged, not wounded. ("who" is no cue: parses hang it on the
    wrong noun, and countries are "who".)"""
    lemmas = _WOUND_LEMMAS | _PERSON_VERBS if toll else _PERSON_VERBS
    tok = reader.tokens[noun]
    own_verb = False  # "800 homes destroyed": its own participle says what befell it
    kids = list(reader.children.get(noun, []))
    for prep in kids[:]:  # "2 leaders of polygamist group arrested": the parse hangs the participle on the group
        if reader.tokens[prep].dep == "prep" and reader.words(prep).lower() == "of":
            kids += [a for o in reader.children.get(prep, []) for a in reader.children.get(o, [])
                     if reader.tokens[a].dep == "acl" and reader.tokens[a].lemma.lower() in _PERSON_VERBS]
    for c in kids:
        dep = reader.tokens[c].dep
        if dep in ("acl", "amod", "relcl") and reader.tokens[c].lemma.lower() in lemmas:
            return True  # "two partners wounded", "three wounded guards", "two leaders arrested"
        own_verb = own_verb or (dep in ("acl", "relcl") and reader.tokens[c].pos == "VERB")
        if dep == "appos" and noun + 1 < len(reader.tokens) and reader.words(noun + 1) == ",":
            at = reader.tokens[c].start
            if any(n.label == "PERSON" and n.start <= at < n.end for n in reader.article.names):
                return True
    if tok.dep in ("nsubjpass", "dobj", "nsubj") and tok.head != noun and not own_verb:
        verb = reader.tokens[tok.head]
        # the subject of "wounded" counts the wounded only when nothing else is its object:
        # "two bombs wounded ten people" counts bombs that wounded
        objects = [c for c in reader.children.get(tok.head, []) if reader.tokens[c].dep == "dobj"]
        if verb.lemma.lower() in lemmas and (tok.dep != "nsubj" or not objects) and \
                (tok.dep != "nsubj" or verb.lemma.lower() in _WOUND_LEMMAS):  # "two leaders arrested X" did it
            return True
    return False


# Verbs whose object is a living body: what they count is people, whatever the noun.
# Not "kill" (herds and flocks are killed), "hurt" (sales are hurt), "shoot" (drones are shot down).
_WOUND_LEMMAS = frozenset({"wound", "injure", "stab", "maim", "hospitalize", "hospitalise", "gun"})  # gun down
# Verbs whose object is a person whatever the figure measures: "two accountants were questioned", "police arrested
# two leaders". Not "capture" or "seize" (ships and towns are captured), "rescue" or "evacuate" (homes are evacuated).
_PERSON_VERBS = frozenset({"arrest", "detain", "question", "interview", "interrogate", "charge", "convict", "indict",
                           "arraign", "sentence", "jail", "imprison", "kidnap", "abduct", "handcuff", "hire", "employ",
                           "elect", "appoint", "apprehend", "acquit", "extradite", "deport"})  # not "nab" (loot)


# a measure word that, as a noun after a figure, names things: "five shelters" are shelters, not five sheltered
_THING_NOUNS = frozenset({"shelter"})
_COUNTED_SKIP = frozenset({"more", "other", "least", "most", "some", "additional", "further", "total", "estimated",
                           "reported", "several", "many", "few", "new", "the", "a", "an", "of", "about", "around",
                           "twin", "both", "pair", "such"})


def _counted(reader: ArticleReader, noun: int | None, *, unit: str | None, measure: str) -> str | None:
    """The noun phrase a figure counts, normalised: the counted noun with the words that
    qualify it ("Israeli soldiers", "Somali pirates", "houses"), never a fragment of the
    sentence; "people" for a bare toll; None for a magnitude or a depth."""
    if measure in ("magnitude", "depth", "time", "percent"):
        return None
    if noun is None or (reader.tokens[noun].lemma.lower() in W.MEASURE_LEMMAS
                        and reader.tokens[noun].lemma.lower() not in _THING_NOUNS):
        return "people" if unit in W.PEOPLE_UNITS else None  # "24 dead", "15 hurt": no noun
    first = _hyphen_first(reader, noun)  # the first part of a hyphenated noun the parser split: "co-workers"
    keep = [noun]
    for c in sorted(reader.children.get(noun, []), reverse=True):
        tok = reader.tokens[c]
        word = reader.words(c)
        if c == (keep[0] if keep[0] != noun else first) - 1 and tok.dep in ("amod", "compound") \
                and tok.pos in ("ADJ", "NOUN", "PROPN") \
                and not re.search(r"\d", word) and word.lower() not in _COUNTED_SKIP \
                and not find_quantities(word):  # "Sixty residents" counts residents
            keep.insert(0, c)
    words = [reader.text[reader.tokens[first].start:reader.tokens[noun].end] if i == noun else reader.words(i)
             for i in keep[-3:]]
    phrase = " ".join(w if w[:1].isupper() and i < len(words) - 1 else w.lower() for i, w in enumerate(words))
    if unit not in W.PEOPLE_UNITS:
        phrase += _of_what(reader, noun)
    return phrase.strip("“”\"' -") or None


_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
              "sixth": 6, "sixths": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "tenths": 10}


# Units a fraction of is an amount, not a share: "half an hour", "a quarter of a century", "a half-liter".
_MEASURE_UNITS = frozenset({*W.TIME_UNITS, *(f"{u}s" for u in W.TIME_UNITS), "century", "centuries", "millennium",
                            *W.DISTANCE_UNITS, *W.WEIGHT_UNITS, "liter", "litre", "liters", "litres", "gallon",
                            "gallons", "pint", "pints", "cup", "cups", "barrel", "barrels", "dozen"})


def _share(reader: ArticleReader, sent: Sentence, q: Quantity, num: int | None,
           noun: int | None) -> tuple[float, int] | None:
    """A fraction of something and the noun it is a share of: "a quarter of the power", "half
    the roof", "two-thirds of the houses", "one sixth the space" (the number parser reads "one"
    there, and the fraction word is the noun after it). Not a fraction of a unit of time,
    distance or money ("half an hour", "a quarter of a mile"), nor of a count ("half of 200")."""
    if q.value is None or num is None:
        return None
    part: float | None = None
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", q.text)}
    last = bisect.bisect_left(reader.starts, sent.start + q.end) - 1  # the figure's last word
    after = reader.words(last + 1).lower() if last + 1 < sent.tokens.stop else ""
    if words & _MEASURE_UNITS:
        return None  # "a half-liter of vodka": a quantity in a unit, not a share
    if 0 < q.value < 1 and words & _FRACTIONS.keys():
        part = q.value
    elif q.value == 1 and q.qualifier == "exact" and after in _FRACTIONS:
        part, last = 1 / _FRACTIONS[after], last + 1  # "one quarter the power", "one sixth the space"
    if part is None:
        return None
    for k in range(last + 1, min(last + 6, sent.tokens.stop)):
        tok = reader.tokens[k]
        word = reader.words(k).lower()
        if tok.pos in _NOUNISH and word not in _FRACTIONS:
            if tok.dep == "poss" and tok.head > k:  # "three-quarters of the world's computers": computers
                continue
            unitish = tok.lemma.lower() in _MEASURE_UNITS or word in _MEASURE_UNITS or word in CURRENCY_WORDS
            return None if unitish or find_quantities(word) else (part, _compound_head(reader, sent, k))
        if word in ("'s", "’s"):
            continue
        if tok.pos not in ("DET", "ADJ", "ADP", "NOUN", "PROPN") or (tok.pos == "ADP" and word != "of"):
            return None
    return None


def _percent_of(reader: ArticleReader, sent: Sentence, q: Quantity) -> int | None:
    """The noun a written percentage is a share of: "40 percent of the buildings", "60% of the
    town's homes"; None when no "of" follows the figure or what follows is a unit or a number
    ("10 percent of $5 million")."""
    last = bisect.bisect_left(reader.starts, sent.start + q.end) - 1  # the figure's last word
    if last + 1 >= sent.tokens.stop or reader.words(last + 1).lower() != "of":
        return None
    for k in range(last + 2, min(last + 7, sent.tokens.stop)):
        tok = reader.tokens[k]
        word = reader.words(k).lower()
        if tok.pos in _NOUNISH:
            if tok.dep == "poss" and tok.head > k:  # "of the town's homes": homes
                continue
            unitish = tok.lemma.lower() in _MEASURE_UNITS or word in _MEASURE_UNITS or word in CURRENCY_WORDS
            return None if unitish or find_quantities(word) else _compound_head(reader, sent, k)
        if word in ("'s", "’s"):
            continue
        if tok.pos not in ("DET", "ADJ"):
            return None
    return None


def _money_kind(reader: ArticleReader, sent: Sentence, q: Quantity, num: int | None, noun: int | None) -> str | None:
    """What a sum of money is, read from the syntax around it: the noun it qualifies ("an
    eight-year, $160 million offer"), the noun it is "of" ("a fine of $2m", "a purchase price of
    $1.1bn") or "worth" ("a seven-year deal worth $140m"), what it is "in" ("$281m in cash"), else
    the verb it is the object of ("raised $15m": funding; "offered $5m": offer). None when nothing
    says, so that one deal told by several outlets is not named by a fragment of one sentence."""
    def named(i: int) -> str | None:
        lemma, word = reader.tokens[i].lemma.lower(), reader.words(i).lower()
        if lemma not in W.MONEY_NOUNS and word not in W.MONEY_NOUNS:
            return None
        mods = [c for c in reader.children.get(i, []) if c == i - 1 and reader.tokens[c].dep == "compound"
                and reader.tokens[c].pos == "NOUN" and reader.tokens[c].lemma.lower() not in W.TIME_UNITS]
        return " ".join([*(reader.words(c).lower() for c in mods), word])  # "purchase price", "posting fee"
    if noun is not None and named(noun):
        return named(noun)
    anchor = num
    if anchor is None:
        return None
    head = reader.tokens[anchor].head
    if reader.tokens[anchor].dep in ("nummod", "compound", "quantmod") and reader.tokens[head].pos == "NOUN":
        anchor = head  # "$" or "million" carries the dependency
        head = reader.tokens[anchor].head
    for _ in range(2):  # "$" -> "million" -> ...
        if reader.tokens[anchor].dep in ("nummod", "compound", "quantmod") and reader.tokens[head].pos in _NOUNISH \
                and reader.tokens[head].lemma.lower() not in ("million", "billion", "thousand", "$"):
            break
        if reader.tokens[anchor].dep in ("nummod", "compound", "quantmod") and head != anchor:
            anchor, head = head, reader.tokens[head].head
    dep = reader.tokens[anchor].dep
    if dep in ("nummod", "compound", "amod") and named(head):
        return named(head)
    if dep == "pobj" and reader.words(head).lower() in ("of", "worth") and head != reader.tokens[head].head:
        over = reader.tokens[head].head
        if named(over):
            return named(over)
    if dep == "pobj" and reader.words(head).lower() in ("to", "at") and head != reader.tokens[head].head:
        # "net profit dropped to 212 million euros", "set bail at $750,000", "put its losses at $140 million":
        # the sum the verb moves or sets, named by the verb's subject or object
        verb = reader.tokens[head].head
        if reader.tokens[verb].pos == "NOUN" and named(verb) \
                and reader.tokens[verb].lemma.lower() not in ("share", "stock"):
            return named(verb)  # "set bail at $750,000" parsed with "at" on the noun
        if reader.tokens[verb].pos in ("VERB", "AUX"):
            for k in reader.children.get(verb, []):
                if reader.tokens[k].dep in ("nsubj", "nsubjpass", "dobj") and named(k) \
                        and reader.tokens[k].lemma.lower() not in ("share", "stock"):  # a share price, not a sum
                    return named(k)
    if reader.words(head).lower() == "worth" and reader.tokens[reader.tokens[head].head].pos == "NOUN":
        # "a deal worth $140 million", "jewels worth 2 million euros": the value of what it qualifies
        return named(reader.tokens[head].head) or reader.words(reader.tokens[head].head).lower()
    after = reader.text[sent.start + q.end:sent.end]
    inside = re.match(r"\s*(?:\)\s*)?in\s+(?:\w+\s+){0,3}?(?P<k>[a-z]+)\b", after)
    if inside and inside.group("k") in W.MONEY_NOUNS:
        return inside.group("k")  # "$281m in cash", "$35m in two rounds of funding"
    if dep in ("dobj", "nsubjpass", "attr") and head != anchor:
        return W.MONEY_VERBS.get(reader.tokens[head].lemma.lower())
    return None


def _charges_as_counts(reader: ArticleReader, num: int | None, noun: int) -> str | None:
    """"two first-degree murder charges" as a court counts them: "counts of first - degree murder",
    the phrase "two counts of first-degree murder" gives, so both name one quantity."""
    k = noun - 1
    while k > (num if num is not None else -1) and reader.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "VERB", "PUNCT") \
            and reader.words(k) not in (",", ";", ":", "(", ")") and not find_quantities(reader.words(k)):
        k -= 1
    if k + 1 >= noun:
        return None
    return "counts of " + reader.text[reader.tokens[k + 1].start:reader.tokens[noun - 1].end].lower()


def _of_what(reader: ArticleReader, noun: int) -> str:
    """What a noun of measure holds: "rounds of ammunition", "pieces of equipment", "counts of
    murder", "gallons of water"; nothing for a part of a definite set ("two of the boats")."""
    for prep in reader.children.get(noun, []):
        if reader.tokens[prep].dep != "prep" or reader.words(prep).lower() != "of" or prep != noun + 1:
            continue
        objs = [c for c in reader.children.get(prep, []) if reader.tokens[c].dep == "pobj"
                and reader.tokens[c].pos == "NOUN" and c <= prep + 5]
        kids = reader.children.get(objs[0], []) if objs else []
        if objs and not any(reader.tokens[c].dep in ("det", "poss", "nummod") for c in kids):
            return " of " + reader.text[reader.tokens[prep + 1].start:reader.tokens[objs[0]].end].lower()
    return ""


def _role(reader: ArticleReader, noun: int | None, *, unit: str | None, measure: str) -> str:
    """The part those counted play in the story: victims of a toll, perpetrators, security
    forces, officials, combatants, civilians; objects for things."""
    if unit not in W.PEOPLE_UNITS:
        return "objects"
    lemma = reader.tokens[noun].lemma.lower() if noun is not None else ""
    role = W.ROLE_NOUNS.get(lemma) or W.ROLE_NOUNS.get(reader.words(noun).lower() if noun is not None else "")
    if role in ("perpetrators", "security_forces", "officials", "combatants"):
        return role
    if measure in W.VICTIM_MEASURES:
        return "victims"
    return role or "other"


def _counted_as(reader: ArticleReader, sent: Sentence, num: int | None, noun: int | None) -> str | None:
    """What a count is of: the verb or adjective that says what happened to those counted
    ("evacuated", "missing", "gathered"), so counts of different things stay apart."""
    anchor = noun if noun is not None else num
    if anchor is None:
        return None
    near = [c for c in reader.children.get(anchor, []) if reader.tokens[c].dep in ("acl", "relcl", "amod")]
    if anchor + 1 < sent.tokens.stop and reader.tokens[anchor + 1].dep == "oprd":
        near.insert(0, anchor + 1)  # "left 14 others trapped": trapped, not left
    prep = reader.tokens[anchor].head
    if reader.tokens[anchor].dep != "pobj" or reader.words(prep).lower() == "of":
        # not through a place's preposition: "treated at three hospitals" is not what the hospitals did
        ups = [a for a in reader.ancestors(anchor)[:3] if a in sent.tokens]
        near += more_figures.up_to_its_verb(ups, [reader.tokens[a].pos for a in ups])
    near += list(range(anchor + 1, min(anchor + 6, sent.tokens.stop)))
    for i in near:
        tok = reader.tokens[i]
        if tok.pos in ("VERB", "ADJ") and tok.lemma.lower() not in W.SPEECH_LEMMAS | _HEDGES | {"be", "have", "remain",
                                                                                               "other"}:
            return reader.words(i).lower()
    return None


# Verbs that hedge what happened rather than say it: "were believed to be trapped", "are feared trapped", "were
# reported missing", "are thought to have fled": what happened is the word after
_HEDGES = frozenset({"believe", "fear", "think", "report", "understand", "presume", "suspect", "expect", "estimate",
                     "assume", "know", "seem", "appear"})


def _number_token(reader: ArticleReader, start: int, end: int) -> int | None:
    inside = reader.tokens_in(start, end)
    if not inside:
        return None
    nums = [i for i in inside if reader.tokens[i].pos == "NUM"]
    return nums[-1] if nums else inside[-1]


def _counted_noun(reader: ArticleReader, sent: Sentence, num: int, end: int) -> int | None:
    """The noun an amount counts: "26 armed people", "dozens of deaths", "2,200 arrests";
    None when the amount stands alone ("dozens killed", "more than 3,000 were arrested")."""
    whole = counted_fix.whole_number(reader, sent, num)
    if whole is not None and (counted := _counted_noun(reader, sent, whole, reader.tokens[whole].end)) is not None:
        return counted  # "9 of 15 shots", "five of the team's 13 assists": the part counts what the whole counts
    tok = reader.tokens[num]
    if more_figures.counted_after_number_noun(tok.lemma, tok.dep, reader.words(tok.head), reader.tokens[tok.head].pos,
                                              head_after=tok.head > num):
        return _compound_head(reader, sent, tok.head)  # "at least a dozen people": people, not a dozen
    if tok.pos in _NOUNISH and tok.tag != "NNP" and tok.dep != "compound":  # "dozens"; not "Twin blasts"
        nxt = num + 1
        if nxt < sent.tokens.stop and reader.words(nxt).lower() == "of":
            for j in range(nxt + 1, min(nxt + 5, sent.tokens.stop)):
                if reader.tokens[j].pos in _NOUNISH:
                    return counted_fix.phrase_head(reader, sent, j)  # "hundreds of energy-efficient schools"
        return _number_of(reader, sent, num)
    head = tok.head
    past = max(num + 1, bisect.bisect_left(reader.starts, end))  # the words after the amount ("90 per cent" is one)
    # (not a noun glued inside the figure: "the 1.2m it announced" is parsed "1.2" of a noun "m", its own scale)
    if tok.dep in ("nummod", "quantmod", "compound") and reader.tokens[head].pos in _NOUNISH and head > num \
            and not (reader.tokens[head].start < end and _glued(reader, num, head)) \
            and not any(reader.words(k) in (",", ";", ":") for k in range(num + 1, head)) \
            and not any(reader.tokens[k].pos in ("ADP", "SCONJ") for k in range(past, head)):
        # not "Two dead, scores", "Three dead after fire-bomb hits"
        return _compound_head(reader, sent, head)
    j = bisect.bisect_left(reader.starts, end)
    for k in range(j, min(j + 5, sent.tokens.stop)):
        t = reader.tokens[k]
        if t.pos in _NOUNISH:
            return _compound_head(reader, sent, counted_fix.phrase_head(reader, sent, k))
        if t.pos == "DET" and k > j and reader.words(k - 1).lower() == "of":
            continue  # "two of the boats": a part of a set the article names
        stop_punct = t.pos == "PUNCT" and reader.words(k) not in ("“", "”", '"', "'", "‘", "’", "-")
        if stop_punct or t.pos in ("VERB", "AUX", "DET", "SCONJ") or \
                (t.pos == "ADP" and reader.words(k).lower() != "of"):  # "Three dead after fire-bomb hits bank"
            break
    return _number_of(reader, sent, num)


def _glued(reader: ArticleReader, a: int, b: int) -> bool:
    return reader.tokens[a].end == reader.tokens[b].start


def _hyphen_last(reader: ArticleReader, sent: Sentence, noun: int) -> int:
    """The last part of a hyphenated word the parser split ("pre - orders", "co - workers", "e - mails"):
    the word's own noun, not its prefix."""
    while noun + 2 < sent.tokens.stop and reader.words(noun + 1) == "-" and _glued(reader, noun, noun + 1) \
            and _glued(reader, noun + 1, noun + 2) and reader.words(noun + 2).isalpha():
        noun += 2
    return noun


def _hyphen_first(reader: ArticleReader, noun: int) -> int:
    """The first part of the hyphenated word that ends at ``noun`` ("co" of "co - workers"), in its sentence."""
    first = noun
    while first >= 2 and reader.tokens[first - 2].sent == reader.tokens[noun].sent \
            and reader.words(first - 1) == "-" and _glued(reader, first - 1, first) \
            and _glued(reader, first - 2, first - 1) and reader.words(first - 2).isalpha():
        first -= 2
    return first


def _compound_head(reader: ArticleReader, sent: Sentence, noun: int) -> int:
    """The noun a modifier noun belongs to: "AK-47 rifles", "two U.N. aircraft", "plainclothes officers"
    count rifles, aircraft, officers. A model code written with a spaced hyphen ("six AK - 47
    rifles") names the kind of the noun after it, not what is counted."""
    code = noun + 3 < sent.tokens.stop and reader.words(noun + 1) in ("-", "–") \
        and reader.tokens[noun + 2].pos == "NUM" and reader.tokens[noun + 3].pos in _NOUNISH \
        and re.fullmatch(r"[A-Z]{1,4}", reader.words(noun)) is not None
    if code:
        noun += 3
    for _ in range(4):
        tok = reader.tokens[noun]
        model = tok.dep == "nummod" and tok.pos == "PROPN"  # "three M-16 rifles"
        if not (tok.dep == "compound" or model) or not (noun < tok.head < min(noun + 5, sent.tokens.stop)) \
                or reader.tokens[tok.head].pos not in _NOUNISH or reader.words(noun - 1) == "-" \
                or tok.lemma.lower() in W.TIME_UNITS or not_counts.sizes_one_thing(reader, noun):
            break  # "a 24-hour strike" is a duration, not a count of strikes; "a 40 acre plot": acres
        noun = tok.head
    return noun


def _number_of(reader: ArticleReader, sent: Sentence, num: int) -> int | None:
    """"The number of injured protesters is counted in the thousands": the count is of protesters (of cases, in
    "the number of measles cases", not of measles)."""
    for k in sent.tokens:
        if k < num and reader.words(k).lower() == "number" and k + 1 < num and reader.words(k + 1).lower() == "of":
            for j in range(k + 2, min(k + 6, num)):
                if reader.tokens[j].pos in _NOUNISH:
                    return _compound_head(reader, sent, j)
    return None


def _subject_text(reader: ArticleReader, noun: int) -> str:
    keep = {noun}
    for c in reader.children.get(noun, []):
        if reader.tokens[c].dep in ("amod", "compound", "nmod", "poss") and c < noun:
            keep.update(reader.subtree(c))
        if reader.tokens[c].dep == "prep" and reader.words(c).lower() == "of":
            keep.update(reader.subtree(c))
    idx = sorted(i for i in keep if abs(i - noun) <= 12)
    return reader.text[reader.tokens[idx[0]].start:reader.tokens[idx[-1]].end].strip("“”\"' ")


def _unit(reader: ArticleReader, q: Quantity, noun: int | None, after: str) -> str | None:
    per = _PER.match(after)
    per_unit = f" per {per.group('u').lower()}" if (per and per.group("u").lower() not in ("day", "year")) or \
        (per and q.currency) else ""
    if q.currency:
        return q.currency + per_unit
    if q.percent:
        return "percent"
    if q.multiplier:
        return "times"
    if q.unit in W.SPEED_UNITS:
        return q.unit  # "87 km/h", "the 60 km/h limit": a speed, though the parser takes "km" or "limit" for its noun
    if q.ordinal:
        word = q.text.split()[-1].lower()
        return word + "s"
    if q.unit:
        # "half a kilometre", "half an hour": the unit is inside the figure's own words (and "nearly a tonne of
        # cocaine" weighs the noun after it)
        word = spelled_units.unit_word(q.text)  # "a year and a half": years, not halves
        if noun is None and _singular_unit(word) in W.TIME_UNITS:
            return _singular_unit(word) + "s"
        if word in _UNIT_WORDS and (noun is None or word not in reader.words(noun).lower()):
            return word
    if noun is None:
        people = re.match(r"\s*(?:&\s*\w+\s*)?(?:killed|injured|detained|arrested|dead|wounded|hurt|died|held|"
                          # "seven remained in hospital", "five are still in hospital": patients
                          r"(?:(?:are|were|is|was|remain(?:s|ed)?)\s+)?(?:still\s+)?in\s+(?:the\s+)?hospital)\b",
                          after, re.IGNORECASE)
        # a bare number counts people only beside a toll's verb, or as those who did what a crowd does, or as
        # those an illness struck ("has killed 27 people and sickened 1,212", "infected 2,031")
        struck = _STRUCK_BEFORE.search(reader.text[max(0, q.start - 30):q.start])
        return "people" if people or _CROWD_AFTER.match(after) or struck else None
    lemma = reader.tokens[noun].lemma.lower()
    if lemma in W.TIME_UNITS:
        return lemma + "s"
    word = reader.words(noun).lower()
    if word in _TIME_ABBREVIATIONS:
        return _TIME_ABBREVIATIONS[word] + "s"  # "a 30 min walk", "takes 45 mins", "a 2 hr drive": a length of time
    if word in W.PERSON_NOUNS or lemma in W.PERSON_NOUNS or W.MEASURE_LEMMAS.get(word) in _TOLLS:
        return "people"  # "2 Dead, 1 Wounded": a headline in title case tags its toll words as nouns
    tok = reader.tokens[noun]
    whole = _HYPHENATED.search(reader.text[max(0, tok.start - 20):tok.end])
    if whole and whole.group(0).lower() in W.PERSON_NOUNS:
        return "people"  # "four passers-by": the parser splits the word and takes "by" for its noun
    return word + per_unit


_UNIT_WORDS = W.DISTANCE_UNITS | W.SPEED_UNITS | W.WEIGHT_UNITS | W.TEMPERATURE_UNITS
_NOT_PARTS = frozenset({"people", "persons", "victims", "others", "dead", "bodies"})  # the toll itself, not a part
_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+$")  # the hyphenated word a token ends
# the verb of an illness right before a bare figure: those it struck are people
_STRUCK_BEFORE = re.compile(r"\b(?:sickened|infected|poisoned)\s+(?:(?:about|some|around|nearly|almost|more\s+than|"
                            r"over|at\s+least)\s+)?$", re.IGNORECASE)


def _counts_people(word: str) -> bool:
    """Whether a word names people who can be a part of a toll ("workers", "passers-by"; not "people", "victims")."""
    return (word in W.PERSON_NOUNS or W.singular(word) in W.PERSON_NOUNS) and word not in _NOT_PARTS


# units of time as writers shorten them, after a figure
_TIME_ABBREVIATIONS = {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "sec": "second",
                       "secs": "second", "wk": "week", "wks": "week", "yr": "year", "yrs": "year", "mth": "month",
                       "mths": "month"}
# units a machine's figures are told in (data, rates, frequency, power, energy, frames, engines): never people
_HEAT_UNITS = frozenset({"°C", "°F", "°"})  # the quantity parser's temperature units
_HEAT_LETTERS = frozenset({"c", "f", "°", "°c", "°f"})  # what the parser takes for a noun in "40°C"
# ... or in "minus 33.4 degrees Celsius", "93 degrees Fahrenheit": the scale's name
_HEAT_WORDS = frozenset({"celsius", "fahrenheit", "centigrade"})
_DEVICE_UNITS = frozenset({"KB", "MB", "GB", "TB", "PB", "Mbit", "bit", "Gbps", "Mbps", "kbps", "fps", "Hz", "kHz",
                           "MHz", "GHz", "megapixel", "GFLOPS", "TFLOPS", "PFLOPS", "rpm", "W", "kW", "MW", "GW",
                           "Wh", "kWh", "mAh", "hp", "lb-ft", "Nm"})


# where those counted before died, a clause a later "and two in hospital" leaves its verb out of
_DIED_THERE_BEFORE = re.compile(r"\b(?:at\s+the\s+scene|on\s+the\s+spot|instantly|at\s+home|on\s+the\s+way)\b[^.;]*$",
                                re.IGNORECASE)


def _measure(reader: ArticleReader, sent: Sentence, q: Quantity, num: int | None, noun: int | None,
             unit: str | None) -> str:
    anchor = noun if noun is not None else num  # the word that stands for those counted
    before = reader.text[sent.start:sent.start + q.start]
    if re.search(r"\bper\s+$", before):
        return "other"  # "per 0.26 gallons": a conversion factor, not a claim about the world
    if unit and unit.split()[0] in {f"{u}s" for u in W.TIME_UNITS}:
        return "duration"
    s_lemmas = {reader.tokens[i].lemma.lower() for i in sent.tokens}
    if q.currency or q.multiplier:
        if s_lemmas & {"damage", "loss", "losses", "destruction"}:
            return "damage"
        priced = {reader.tokens[i].lemma.lower() for i in sent.tokens
                  if not _saving_of(reader, i) and not _valued_at(reader, i)}
        if not priced & {"price", "cost", "fare", "tariff", "liter", "litre", "gallon"}:
            return "money"  # and "cost savings of $90 million a year": a sum saved, not what a thing costs
        # a price is what a unit of something costs ("$1.20 a litre", "tickets cost $45"); what a buyer
        # pays for a whole firm or a player's contract is a sum of money, however the outlet words it
        # ("the deal cost AMD $334 million", "the purchase price of $1.1 billion")
        per = _PER.match(reader.text[sent.start + q.end:sent.end])
        return "money" if s_lemmas & _DEAL_LEMMAS and not per else "price"
    if noun is not None and reader.tokens[noun].lemma.lower() == "casualty":
        return "other"  # casualties may be dead or hurt
    told = _toll_word(reader, sent, q, num, noun)
    if told:
        return told
    if noun is None and num is not None and num + 1 < sent.tokens.stop:
        nxt = reader.tokens[num + 1]
        if nxt.tag == "VBN" and nxt.lemma.lower() not in W.MEASURE_LEMMAS and \
                reader.words(num + 1).lower() not in W.MEASURE_LEMMAS:
            return "count"  # "six were killed and 14 trapped": the 14 are trapped, not killed
    if q.value == 1 and q.qualifier == "exact" and noun is not None and reader.tokens[noun].dep == "nsubj" \
            and reader.tokens[reader.tokens[noun].head].lemma.lower() in W.SPEECH_LEMMAS:
        return "other"  # "One report said ...", "one official told ...": a source, not an amount
    if noun is not None and reader.tokens[noun].dep == "nsubj" and not _is_measure_word(reader, noun) \
            and reader.tokens[reader.tokens[noun].head].lemma.lower() in _TELLING_LEMMAS:
        return "other"  # "two senior sources said", "several residents told him": who speaks, not a figure
    if noun is not None and _heard_from(reader, noun):
        return "other"  # "he talked to five aid workers", "we spoke with two neighbours": sources
    homes = _from_homes(reader, anchor)
    if homes:
        return homes  # "about 1,200 residents forced from their homes" beside another count's verb: theirs
    if _to_safety(reader, noun, num):
        return "rescued"  # "46 of the 47 people stranded have been brought to safety", "led 12 residents to safety"
    if noun is not None and _left_in_state(reader, sent, noun):
        return "count"  # "killed six and left 14 others trapped": the 14 are trapped, not killed
    if _gunned_down(reader, sent, anchor):
        return "killed"  # "gunned down two women and left a man wounded": the two were shot dead
    if _other_fate(reader, num, anchor):
        return "count"  # "nine were killed and 30 prisoners escaped": the 30 got away, they were not killed
    if _pulled_out(reader, anchor):
        return "rescued"  # "fishermen pulled 187 people from the water", "six were pulled alive from the rubble"
    moved = _told_to_leave(reader, anchor)
    if moved:
        return moved  # "120 residents were told to leave their homes" (moved "from their homes": above)
    if _with_wounds(reader, anchor):
        return "injured"  # "40 people had been taken to hospitals with injuries", "admitted with gunshot wounds"
    if W.BARE_IN_HOSPITAL.match(reader.text[sent.start + q.end:sent.end]) and not _DIED_THERE_BEFORE.search(before):
        # "Nine in hospital, 1,200 evacuated", "two dead, five in hospital": those in hospital, not evacuated or dead
        # (another item's word); but "six died at the scene and two in hospital" tells where two more died
        return "count"
    for i in _measure_candidates(reader, sent, num, noun):
        if reader.tokens[i].pos == "PROPN":
            continue  # a measure word in a name ("Rescue 1122 said", "Save the Children"): no act of the figure's
        if noun is not None and reader.tokens[i].dep == "compound" and reader.tokens[i].head == noun:
            continue  # a word that names who is counted ("six rescue workers were killed"): no act befalling them
        if noun is not None and _names_a_thing(reader, noun, i):
            continue  # "both officers wore body cameras", "two guards received death threats": a thing they had
        found = _measure_of(reader, i)
        if found in _TOLLS and _crime_charged(reader, i) and anchor not in \
                reader.subtree(i):  # but "charged in the killings of two tourists": the two were killed
            return "count"  # "three men were charged with murder": the accused, not a toll (their crime's word)
        if found and found not in ("price", "damage"):
            return found
    if noun is not None and reader.tokens[noun].lemma.lower() in _FORCE_NOUNS and not _wrecked(reader, noun):
        return "detained" if _held(reader, noun) else "deployed"
    if noun is not None and _backing(reader, noun):
        return "deployed"
    return "count"


# the verbs of a case brought against people: what they are charged with names a crime, not what befell them
_CHARGING_LEMMAS = frozenset({"charge", "accuse", "investigate", "suspect", "convict", "indict", "prosecute", "try",
                              "acquit", "implicate"})


def _crime_charged(reader: ArticleReader, i: int) -> bool:
    """Whether the word is the crime of a charge: "charged with murder", "investigated for culpable homicide"."""
    tok = reader.tokens[i]
    if tok.dep != "pobj" or tok.head == i:
        return False
    verb = reader.tokens[tok.head].head
    return reader.tokens[verb].lemma.lower() in _CHARGING_LEMMAS


# what backs a force in the field: "620 firefighters backed by 205 vehicles and 12 water-bombing aircraft",
# "police, supported by two helicopters"
_BACKING_LEMMAS = frozenset({"back", "support", "aid", "assist", "help", "reinforce", "bolster"})


def _backing(reader: ArticleReader, noun: int) -> bool:
    """Whether the things counted back the people at work ("backed by 12 aircraft", "supported by 23 planes and
    helicopters", the second of a list too): a force sent, like the people they back."""
    at = noun
    while reader.tokens[at].dep == "conj" and reader.tokens[at].head != at:
        at = reader.tokens[at].head
    tok = reader.tokens[at]
    if tok.dep != "pobj" or reader.words(tok.head).lower() != "by":
        return False
    verb = reader.tokens[tok.head].head
    return reader.tokens[verb].tag == "VBN" and reader.tokens[verb].lemma.lower() in _BACKING_LEMMAS


# what befalls a vehicle or a tank that is no force sent: it burns, is torched, wrecked or looted
_WRECKED_LEMMAS = frozenset({"burn", "burning", "burned", "burnt", "torch", "torched", "char", "charred", "wreck",
                             "wrecked", "destroy", "destroyed", "damage", "damaged", "gut", "gutted", "loot", "looted",
                             "smash", "smashed", "overturn", "overturned", "vandalize", "vandalise", "firebomb",
                             "ablaze", "alight", "fire", "blaze", "flame", "flames"})


def _wrecked(reader: ArticleReader, noun: int) -> bool:
    """Whether the vehicles or tanks counted are ones harmed, not a force sent: a word of burning or wrecking
    on the noun ("22 burning vehicles", "57 torched cars"), its verb's ("57 vehicles were set on fire", "119
    vehicles have been set alight", "looted 12 trucks"), or the fire it is in ("fires in 74 vehicles")."""
    def harm(i: int) -> bool:
        if reader.tokens[i].pos == "VERB" and reader.tokens[i].lemma.lower() == "fire":
            return False  # "12 tanks fired on the town": a force shooting, not one burning
        return reader.tokens[i].lemma.lower() in _WRECKED_LEMMAS or reader.words(i).lower() in _WRECKED_LEMMAS

    tok = reader.tokens[noun]
    if any(reader.tokens[c].dep in ("amod", "compound") and harm(c) for c in reader.children.get(noun, [])):
        return True
    head = tok.head
    if tok.dep in ("nsubjpass", "dobj", "nsubj") and (harm(head) or any(
            harm(c) or (reader.tokens[c].dep == "prep" and any(harm(o) for o in reader.children.get(c, [])))
            for c in reader.children.get(head, []) if c != noun)):
        return True
    if tok.dep != "pobj":
        return False
    above = reader.tokens[head].head  # "fires in 74 vehicles", "fought fires in 74 vehicles"
    return harm(above) or any(reader.tokens[c].dep == "dobj" and harm(c) for c in reader.children.get(above, []))


_SAVED_HEADS = frozenset({"saving", "savings", "cut", "cuts", "cutting", "reduction", "synergy", "synergies",
                          "overrun", "overruns"})


def _valued_at(reader: ArticleReader, i: int) -> bool:
    """Whether a token is "prices" or "value" of a kind a sum is reckoned at ("worth more than 12 million euros at
    retail prices", "at today's prices"): the basis of a valuation, not what a unit costs."""
    token = reader.tokens[i]
    if token.lemma.lower() not in ("price", "value") or token.dep != "pobj" or reader.words(token.head).lower() != "at":
        return False
    # "at retail prices", "at today's prices": a kind of price named; not "at a price of $119" or "at prices
    # ranging from $500 to $550", what a unit costs, told after the word
    kids = reader.children.get(i, [])
    return any(reader.tokens[c].dep in ("amod", "compound", "poss") for c in kids) and \
        not any(reader.words(c).lower() == "of" or reader.tokens[c].dep in ("acl", "relcl") for c in kids)


def _saving_of(reader: ArticleReader, i: int) -> bool:
    """Whether a token is "cost" or "price" naming a saving or a cut ("cost savings", "cost cuts",
    "price reductions"), not what a thing costs."""
    token = reader.tokens[i]
    return token.dep == "compound" and (reader.tokens[token.head].lemma.lower() in _SAVED_HEADS
                                        or reader.words(token.head).lower() in _SAVED_HEADS)


def _heard_from(reader: ArticleReader, noun: int) -> bool:
    """Whether people counted are those a reporter or a speaker heard from: the object of "talked to",
    "spoke with", "heard from" ("he talked to five aid workers"). Not those interviewed or questioned:
    "police interviewed three witnesses" is a step of the inquiry."""
    tok = reader.tokens[noun]
    if tok.dep == "pobj" and reader.words(tok.head).lower() in ("to", "with", "from"):
        verb = reader.tokens[reader.tokens[tok.head].head]
        return verb.lemma.lower() in ("talk", "speak", "hear", "chat")
    return False


# Verbs of telling: those counted as their subject are the article's sources ("two sources said").
_TELLING_LEMMAS = frozenset({"say", "tell", "add", "claim", "allege", "insist", "recall", "recount", "explain",
                             "testify", "describe", "speak", "talk"})
# "99 members seized", "rounded up 40 people", "a police sweep of 89 people": people taken into custody
# (not "capture" or "seize" alone for things: only people counted, read by the caller, are held).
_HOLD_NOUNS = frozenset({"bust", "sweep", "roundup", "round-up", "crackdown", "dragnet"})


def _held(reader: ArticleReader, anchor: int | None) -> bool:
    """Whether people a figure counts are seized or rounded up: the participle after them, the
    verb they are the object of, or a sweep or bust "of" them."""
    if anchor is None:
        return False
    def holds(verb: int) -> bool:
        lemma = reader.tokens[verb].lemma.lower()
        up = any(reader.tokens[c].dep == "prt" and reader.words(c).lower() == "up"
                 for c in reader.children.get(verb, []))
        # "three people are being held", "the two held on Tuesday"; not "held hostage", "held by the gunmen"
        kept = lemma == "hold" and reader.tokens[verb].tag == "VBN" and not any(
            reader.tokens[c].dep in ("oprd", "xcomp", "dobj", "attr", "agent") for c in reader.children.get(verb, []))
        return lemma == "seize" or (lemma in ("round", "pick") and up) or kept
    if any(reader.tokens[c].dep in ("acl", "relcl") and holds(c) for c in reader.children.get(anchor, [])):
        return True
    tok = reader.tokens[anchor]
    if tok.dep in ("dobj", "nsubjpass") and holds(tok.head):
        return True
    prep = tok.head
    return tok.dep == "pobj" and reader.words(prep).lower() == "of" \
        and reader.tokens[reader.tokens[prep].head].lemma.lower() in _HOLD_NOUNS


# Who and what is sent to an emergency (a responder, an engine), and the verbs of being sent or of
# fighting it: "50 firefighters tackled the blaze", "ten engines attended", "officers who rushed to the scene".
_RESPONDERS = frozenset({"firefighter", "fireman", "crew", "engine", "appliance", "tender", "pump", "truck",
                         "apparatus", "helicopter", "ambulance", "paramedic", "lifeboat", "police", "officer",
                         "policeman", "trooper", "rescuer", "medic", "equipment", "vehicle", "unit", "boat", "team",
                         "personnel"})
_RESPONSE_KINDS = frozenset({"rescue", "emergency", "relief", "fire", "search", "medical"})  # "rescue workers"
_RESPONSE_LEMMAS = frozenset({"fight", "tackle", "battle", "attend", "respond", "arrive", "rush", "send", "dispatch",
                              "deploy", "call", "bring", "scramble", "converge", "race", "douse", "extinguish",
                              "contain", "come"})


def _responding(reader: ArticleReader, noun: int) -> bool:
    """Whether a count is of responders or their engines sent to an emergency: a responder noun
    ("pieces of firefighting apparatus" count apparatus) whose verb is one of being sent or of
    fighting the emergency, as its subject or object or in a clause on it ("officers who
    rushed"); "with" joins the engines to the crews that came with them."""
    what = noun
    for prep in reader.children.get(noun, []):  # "pieces of firefighting equipment"
        if reader.words(prep).lower() == "of" and reader.tokens[noun].lemma.lower() in ("piece", "unit"):
            what = next((c for c in reader.children.get(prep, []) if reader.tokens[c].dep == "pobj"), noun)
    if reader.tokens[what].lemma.lower() not in _RESPONDERS and not any(  # "rescue workers", "relief teams"
            reader.tokens[c].dep == "compound" and reader.tokens[c].lemma.lower() in _RESPONSE_KINDS
            for c in reader.children.get(what, [])):
        return False
    tok = reader.tokens[noun]
    if tok.dep == "pobj" and reader.words(tok.head).lower() == "with":  # "50 firefighters with 10 engines fought"
        noun = reader.tokens[tok.head].head  # the crews the engines came with
        tok = reader.tokens[noun]
    if tok.dep == "pobj" and reader.words(tok.head).lower() == "of" \
            and reader.tokens[reader.tokens[tok.head].head].lemma.lower() in ("total", "number"):
        noun = reader.tokens[tok.head].head  # "a total of 31 fire trucks were called"
        tok = reader.tokens[noun]
    if tok.dep == "pobj" and reader.words(tok.head).lower() in ("in", "out") \
            and reader.tokens[reader.tokens[tok.head].head].lemma.lower() in ("call", "send", "bring"):
        return True  # "called in six more engines": "in" is the phrasal verb's, parsed as a preposition
    if any(reader.tokens[c].dep in ("acl", "relcl") and reader.tokens[c].lemma.lower() in _RESPONSE_LEMMAS
           for c in reader.children.get(noun, [])):
        return True
    if tok.dep in ("dobj", "nsubjpass") and reader.tokens[tok.head].lemma.lower() == "use":
        # "responded, using two ladder trucks", "ladders used to fight the fire": used in the response
        use = tok.head
        linked = [c for c in reader.children.get(use, []) if reader.tokens[c].dep in ("xcomp", "advcl")]
        if reader.tokens[use].dep == "advcl":
            linked.append(reader.tokens[use].head)
        return any(reader.tokens[v].lemma.lower() in _RESPONSE_LEMMAS for v in linked)
    verb = reader.tokens[tok.head]
    if tok.dep == "dobj" and verb.lemma.lower() == "take" and any(
            reader.tokens[c].dep == "xcomp" for c in reader.children.get(tok.head, [])) and any(
            reader.tokens[c].dep == "nsubj" and reader.tokens[c].lemma.lower() == "it"
            for c in reader.children.get(tok.head, [])):
        return True  # "it took 40 firefighters to knock down the blaze": as many as it needed
    while tok.dep == "conj" and tok.head != noun:  # "seven excavators and about 500 rescue workers were there"
        noun = tok.head
        tok = reader.tokens[noun]
    if tok.dep == "nsubj" and _at_work(reader, tok.head):
        return True  # "some 450 rescuers are taking part in the search", "over 300 rescuers are at the site"
    return tok.dep in ("nsubj", "nsubjpass", "dobj") and verb.lemma.lower() in _RESPONSE_LEMMAS


# what responders do at the scene, as the subject of the verb: search, dig, work, take part; or be there
_AT_WORK_LEMMAS = frozenset({"search", "comb", "scour", "participate", "work", "dig", "help", "assist", "toil"})
# the aims of work at a scene ("worked to put it out", "to contain the cloud"): a response's verbs, and a rescue's
_RESCUE_AIMS = _RESPONSE_LEMMAS | {"put", "rescue", "save", "free", "reach", "clear", "find", "recover", "search",
                                   "locate"}
_SCENES = frozenset({"site", "scene", "ground", "spot", "wreckage", "rubble"})


def _at_work(reader: ArticleReader, verb: int) -> bool:
    """Whether a verb says its subject is at work at the scene ("were searching the river", "are taking part in
    the search") or there ("are at the site", "were on the ground")."""
    lemma = reader.tokens[verb].lemma.lower()
    kids = reader.children.get(verb, [])
    if lemma in _AT_WORK_LEMMAS:  # "worked to put it out"; not "are working to facilitate relations": no scene
        return not any(reader.tokens[c].dep in ("xcomp", "advcl") and reader.tokens[c].lemma.lower() not in
                       _RESCUE_AIMS for c in kids)
    if lemma == "take" and any(reader.words(c).lower() == "part" for c in kids):
        return True
    return lemma == "be" and any(reader.words(p).lower() in ("at", "on") and any(
        reader.tokens[o].lemma.lower() in _SCENES for o in reader.children.get(p, [])) for p in kids)


_FROM_HOMES = {"move": "evacuated", "order": "evacuated", "clear": "evacuated",
               "remove": "evacuated", "relocate": "evacuated", "usher": "evacuated", "force": "displaced",
               "drive": "displaced", "chase": "displaced"}


_WOUNDS = frozenset({"injury", "wound", "burn", "fracture", "bruise", "cut", "injuries", "wounds", "burns"})


def _with_wounds(reader: ArticleReader, anchor: int | None) -> bool:
    """Whether those counted are taken, brought or admitted to hospital "with" wounds: the hurt, though their verb
    names no harm ("had been taken to hospitals with injuries", "were admitted with gunshot wounds")."""
    if anchor is None or reader.tokens[anchor].dep not in ("nsubjpass", "dobj"):
        return False
    verb = reader.tokens[anchor].head
    return any(reader.words(p).lower() == "with" and any(
        reader.tokens[o].lemma.lower() in _WOUNDS or reader.words(o).lower() in _WOUNDS
        for o in reader.children.get(p, [])) for p in reader.children.get(verb, []))


def _from_homes(reader: ArticleReader, anchor: int | None) -> str | None:
    """People moved "from their homes" by a verb no toll word names: "were moved from their homes"
    (evacuated), "were forced from their homes" (displaced), "about 1,200 residents forced from their homes"."""
    if anchor is None:
        return None
    # the verb those counted are the subject or object of, or a participle that follows them ("about 1,200 residents
    # forced from their homes", as a list or a headline leaves out "were")
    verbs = [reader.tokens[anchor].head] if reader.tokens[anchor].dep in ("nsubjpass", "dobj") else []
    verbs += [c for c in reader.children.get(anchor, [])
              if reader.tokens[c].dep == "acl" and reader.tokens[c].tag == "VBN"]
    for verb in verbs:
        measure = _FROM_HOMES.get(reader.tokens[verb].lemma.lower())
        homes = any(  # "from their homes", "out of their homes"; not "from the house"
            reader.tokens[o].lemma.lower() in ("home", "house", "flat", "apartment")
            and any(reader.tokens[d].dep == "poss" for d in reader.children.get(o, []))
            for o in _taken_from(reader, reader.children.get(verb, [])))
        if measure and homes:
            return measure
    return None


# Verbs that send people away without a toll word ("were told to leave their homes", "ordered 300 villagers to
# leave the area"), what they are told to do, and the places left: a dwelling or the area around the danger
_TELL_TO_GO = frozenset({"tell", "order", "ask", "advise", "urge", "instruct", "direct", "warn"})
_GO_AWAY = frozenset({"leave", "vacate", "quit", "abandon"})
_LEFT_PLACES = frozenset({"home", "house", "flat", "apartment", "area", "village", "town", "building", "neighbourhood",
                          "neighborhood", "district", "street", "estate", "block", "premises", "property", "zone"})


def _told_to_leave(reader: ArticleReader, anchor: int | None) -> str | None:
    """People told, ordered or advised to leave their homes or the area (evacuated): "About 120 residents were told
    to leave their homes", "police ordered 300 villagers to leave the area". Not "told to leave the meeting": the
    place left is a dwelling or a stretch of land."""
    if anchor is None or reader.tokens[anchor].dep not in ("nsubjpass", "dobj"):
        return None
    verb = reader.tokens[anchor].head
    if reader.tokens[verb].lemma.lower() not in _TELL_TO_GO:
        return None
    for go in reader.children.get(verb, []):
        if reader.tokens[go].dep == "xcomp" and reader.tokens[go].lemma.lower() in _GO_AWAY and any(
                reader.tokens[o].dep == "dobj" and reader.tokens[o].lemma.lower() in _LEFT_PLACES
                for o in reader.children.get(go, [])):
            return "evacuated"
    return None


def _taken_from(reader: ArticleReader, heads: list[int]) -> list[int]:
    """What a verb takes its object out of, among its dependents ``heads``: "from the water", "of the rubble",
    "out of their homes" (the object hangs from "of")."""
    objects: list[int] = []
    for p in heads:
        word = reader.words(p).lower()
        if word == "out":
            objects += [o for c in reader.children.get(p, []) if reader.words(c).lower() == "of"
                        for o in reader.children.get(c, [])]
        elif word in ("from", "of"):
            objects += reader.children.get(p, [])
    return objects


# Verbs that take people out of what would have killed them, and what they are taken from: "pulled from the
# water", "plucked from the sea", "dug out of the rubble", "hauled from the wreckage"
_PULL_LEMMAS = frozenset({"pull", "pluck", "drag", "haul", "dig", "winch", "fish", "lift", "airlift", "free", "bring"})
_PERIL_LEMMAS = frozenset({"water", "waters", "sea", "river", "lake", "ocean", "rubble", "debris", "wreckage", "ruin",
                           "ruins", "flame", "flames", "mud", "floodwater", "floodwaters", "ice", "surf", "wave",
                           "waves", "sinkhole", "shaft", "cave", "mudslide", "landslide", "avalanche", "snow"})


def _pulled_out(reader: ArticleReader, anchor: int | None) -> bool:
    """Whether those counted are taken out of the water, the rubble or a wreck by a verb no rescue word
    names: "pulled 187 people from the water", "six were pulled alive from the rubble"."""
    if anchor is None or _is_measure_word(reader, anchor):
        return False  # "three bodies were pulled from the river": the dead, not the rescued
    if reader.tokens[anchor].dep not in ("nsubjpass", "dobj"):
        return False
    verb = reader.tokens[anchor].head
    if reader.tokens[verb].lemma.lower() not in _PULL_LEMMAS:
        return False
    beside = [c for c in (*reader.children.get(verb, []), *reader.children.get(anchor, []))  # "alive"
              if reader.tokens[c].dep in ("oprd", "acomp", "amod")]
    if any(reader.words(c).lower() == "alive" for c in (*beside, *reader.children.get(verb, []))):
        return True  # "had pulled 38 people out alive", "two more were dug out alive": alive is rescued, from anywhere
    heads = [*reader.children.get(verb, []), *(p for c in beside for p in reader.children.get(c, []))]
    return any(reader.tokens[o].lemma.lower() in _PERIL_LEMMAS or reader.words(o).lower() in _PERIL_LEMMAS
               for o in _taken_from(reader, heads))


def _to_safety(reader: ArticleReader, noun: int | None, num: int | None) -> bool:
    """Whether those counted are brought, led, carried or flown "to safety" (rescued), by whatever verb: "have been
    brought to safety", "firefighters led 12 residents to safety", "Forty-six of the 47 people were airlifted to
    safety" (the part is the one the verb takes, the whole hangs from "of")."""
    for anchor in (noun, num):
        if anchor is None or reader.tokens[anchor].dep not in ("nsubjpass", "dobj"):
            continue
        verb = reader.tokens[anchor].head
        if reader.tokens[verb].lemma.lower() in W.MEASURE_LEMMAS:
            continue  # "evacuated to safety": the verb's own measure
        if any(reader.words(p).lower() == "to" and any(reader.words(o).lower() == "safety"
                                                        for o in reader.children.get(p, []))
               for p in reader.children.get(verb, [])):
            return True
    return False


def _gunned_down(reader: ArticleReader, sent: Sentence, anchor: int | None) -> bool:
    """Whether those counted are the object of "gun down" (shot dead), the phrasal verb no single lemma names."""
    if anchor is None or reader.tokens[anchor].dep not in ("dobj", "nsubjpass"):
        return False
    verb = reader.tokens[anchor].head
    return reader.tokens[verb].lemma.lower() == "gun" and any(
        reader.tokens[c].dep == "prt" and reader.words(c).lower() == "down" for c in reader.children.get(verb, []))


# verbs (and phrasal verbs, with their particle) that tell a fate no measure names: those counted got away from
# what befell the others. A figure they govern counts the ones who escaped or survived, never the dead or hurt a
# neighbouring clause counts (the abducted have a measure of their own: claim_words)
_OTHER_FATES = frozenset({"escape", "abscond", "survive", "sicken", "infect"})
_OTHER_FATES_PHRASAL = frozenset({("break", "out"), ("slip", "away"), ("get", "away"), ("walk", "free")})


def _other_fate(reader: ArticleReader, num: int | None, anchor: int | None) -> bool:
    """Whether the figure's own verb tells a fate no measure names: its subject escaped or survived ("30
    prisoners escaped", "dozens broke out", "the 58 inmates who escaped") or a verb made them do so ("allowed 61
    inmates to escape"). Without it the fallback window lends them the toll of the clause beside ("12 died and 30
    escaped": the 30 are not dead)."""
    if anchor is None:
        return False
    if num is not None and anchor != num and reader.tokens[num].head != anchor:
        anchor = num  # "recaptured 31 of the 58 inmates who escaped": the 31 are a part told by its own verb
    # "the 58 inmates who escaped", "allowed 25 prisoners to slip away" (parsed as a clause of the noun)
    verbs = [c for c in reader.children.get(anchor, []) if reader.tokens[c].dep in ("acl", "relcl")]
    if any(_is_measure_word(reader, v) for v in verbs):
        return False  # "Nine inmates killed in riot, dozens escape": the noun's own verb tells their fate
    if reader.tokens[anchor].dep in ("nsubj", "dobj", "nsubjpass"):
        verb = reader.tokens[anchor].head
        verbs.append(verb)
        if reader.tokens[anchor].dep == "dobj":  # "allowed 61 prisoners to escape", "helped 12 men get away"
            verbs += [c for c in reader.children.get(verb, []) if reader.tokens[c].dep in ("xcomp", "ccomp")]
    for v in verbs:
        lemma = reader.tokens[v].lemma.lower()
        if reader.tokens[v].pos != "VERB":
            continue
        if lemma in _OTHER_FATES or any((lemma, reader.words(c).lower()) in _OTHER_FATES_PHRASAL
                                        for c in reader.children.get(v, [])
                                        if reader.tokens[c].dep in ("prt", "prep", "advmod")):
            return True
    return False


def _is_measure_word(reader: ArticleReader, i: int) -> bool:
    return reader.tokens[i].lemma.lower() in W.MEASURE_LEMMAS or reader.words(i).lower() in W.MEASURE_LEMMAS


def _left_in_state(reader: ArticleReader, sent: Sentence, noun: int) -> bool:
    """Whether those counted are in a state a participle right after them says, under a verb
    that is no toll: "left 14 others trapped", "five people stranded on the roof". Not when the
    verb over them is a toll ("killed five people trapped inside") or the participle is one
    ("two people shot dead", "ten people arrested")."""
    after = noun + 1
    if after >= sent.tokens.stop or _is_measure_word(reader, noun):
        return False
    tok = reader.tokens[after]
    if tok.tag != "VBN" or tok.dep not in ("oprd", "acl", "amod", "xcomp") \
            or tok.head not in (noun, reader.tokens[noun].head):
        return False
    if _is_measure_word(reader, after) or (after + 1 < sent.tokens.stop and _is_measure_word(reader, after + 1)):
        return False
    over = reader.tokens[noun].head
    if reader.tokens[noun].dep == "pobj" and reader.tokens[over].head != over:
        over = reader.tokens[over].head  # "the deaths of two women found in a home": what the deaths count
    return over == noun or not _is_measure_word(reader, over)


_ALL_CAPS = re.compile(r"[^a-z]*[A-Z]{3}[^a-z]*")  # a line written in capitals


def _toll_word(reader: ArticleReader, sent: Sentence, q: Quantity, num: int | None, noun: int | None) -> str | None:
    """The toll a figure's own neighbour states, as headlines list them: the verb right before it
    ("kills 1, wounds 2", "arrested 30 protesters"), or the word right after a figure that names no
    noun ("Two dead, scores hurt", "dozens injured")."""
    before = bisect.bisect_left(reader.starts, sent.start + q.start) - 1
    if before >= sent.tokens.start and reader.tokens[before].pos in ("VERB", "NOUN", "PROPN"):  # "wounds 12"
        found = W.MEASURE_LEMMAS.get(reader.tokens[before].lemma.lower())
        word = reader.words(before)
        if found is None and word[:1].isupper():  # a headline in title case: "Kills Two" is tagged a name
            found = W.MEASURE_LEMMAS.get(re.sub(r"e?s$", "", word.lower()))
        if found in _PEOPLE_MEASURES and found != "deployed":
            return found
    after = num + 1 if num is not None else sent.tokens.stop
    if num is not None and after < sent.tokens.stop and _ALL_CAPS.fullmatch(reader.text[sent.start:sent.end]):
        # a headline in capitals ("FIVE DEAD, SIX MISSING") is parsed as names: the word after the figure tells
        found = W.MEASURE_LEMMAS.get(reader.words(after).lower())
        if found in _PEOPLE_MEASURES and found != "deployed":
            return found
    if noun is None and after < sent.tokens.stop and reader.tokens[after].pos in ("ADJ", "VERB"):
        found = W.MEASURE_LEMMAS.get(reader.words(after).lower())
        if found in _PEOPLE_MEASURES and found != "deployed":
            return found
    return None


def _measure_candidates(reader: ArticleReader, sent: Sentence, num: int | None, noun: int | None) -> list[int]:
    """Where the word that says what is counted is looked for, nearest first."""
    order: list[int] = []
    if noun is not None:
        order.append(noun)
        order.extend(c for c in reader.children.get(noun, []) if reader.tokens[c].dep in ("acl", "relcl", "amod"))
        # the state a phrase right after them puts them in: "12 people in custody", "four men under arrest"
        order.extend(_state_nouns(reader, noun, after=noun))
    if num is not None:
        for k in range(num + 1, min(num + 3, sent.tokens.stop)):  # "dozens killed", "a thousand injured"
            if reader.tokens[k].pos in ("SCONJ", "PUNCT") or reader.words(k).lower() in ("as", "while", "when",
                                                                                          "after"):
                # "toll reaches 131 as arrests rise to seven", "puts the number on board at 65, rescued eight":
                # another clause's word, not the figure's
                break
            order.append(k)
    anchor = noun if noun is not None else num
    if anchor is not None and _in_adjunct(reader, anchor):
        return order  # "dispatched after two quakes", "hurt in clashes with 200 protesters": not what befell them
    if anchor is not None:
        # a figure told in a relative clause is told of its words only ("the coastguard, which puts the number on
        # board at 65, rescued eight": not what the 65 counts)
        relative = next((a for a in reader.ancestors(anchor) if a in sent.tokens and reader.tokens[a].dep == "relcl"),
                        None)
        # the figure's part of the sentence, between semicolons: "toll climbs to 24; four arrested" ends the toll's
        stops = [i for i in sent.tokens if reader.words(i) == ";"]
        lo = max((i for i in stops if i < anchor), default=sent.tokens.start - 1)
        hi = min((i for i in stops if i > anchor), default=sent.tokens.stop)
        for a in reader.ancestors(anchor):  # up to the verb that governs the amount, no further
            if a not in sent.tokens or a > hi:  # (a list's items hang from what comes before: "killed 15: five in
                break  # Lowndes; four in Tuscaloosa", but nothing after a semicolon governs the figure before it)
            order.append(a)
            if reader.tokens[a].lemma.lower() in _RAISING and reader.tokens[a].pos == "VERB":
                # "six people are now known to have been hurt": what befell them is the verb the knowing governs
                order.extend(c for c in reader.children.get(a, []) if reader.tokens[c].dep == "xcomp")
            if a == relative:
                break
            if reader.tokens[a].dep in ("aux", "auxpass") and reader.tokens[a].head in sent.tokens:
                continue  # a subject the parser hung on the auxiliary ("70 people were unaccounted for"): its word
            if reader.tokens[a].pos in ("VERB", "AUX") and reader.tokens[a].lemma.lower() not in W.SPEECH_LEMMAS:
                # "The death toll rose to 14": what the verb's subject names is what is counted
                subjects = [c for c in reader.children.get(a, [])
                            if reader.tokens[c].dep in ("nsubj", "nsubjpass") and c != anchor]
                for c in subjects:  # (not the words of another figure's noun: "300 rescue workers and 45 divers")
                    order.extend(t for t in reader.subtree(c) if not not_counts.anothers_modifier(reader, anchor, t))
                # the state a copula puts its subject in: "five people were now in custody", "remain in custody"
                # (not "were among the dead": a part of the toll, which counted_fix reads)
                subject = (reader.tokens[anchor].head == a and reader.tokens[anchor].dep in ("nsubj", "nsubjpass")) \
                    or any(anchor in reader.subtree(c) for c in subjects)
                if subject and reader.tokens[a].lemma.lower() in _COPULAS:
                    order.extend(_state_nouns(reader, a))
                level = reader.tokens[anchor].dep == "pobj" and reader.tokens[reader.tokens[anchor].head].head == a
                if level and any(_names_the_amount(reader, c) for c in subjects):
                    return order  # "measles cases have climbed to 468 and a third child has died": cases, not deaths
                # "60 people spent the night in a church after being evacuated": what befell them, told after
                clauses = [c for c in reader.children.get(a, []) if reader.tokens[c].dep == "advcl"]
                clauses += [g for c in reader.children.get(a, []) if reader.tokens[c].dep == "prep"
                            for g in reader.children.get(c, []) if reader.tokens[g].dep == "pcomp"]  # "after being"
                order.extend(c for c in clauses  # no subject of its own: "if someone was hurt" is not about them
                             if any(reader.tokens[g].dep == "auxpass" for g in reader.children.get(c, []))
                             and not any(reader.tokens[g].dep in ("nsubj", "nsubjpass")
                                         for g in reader.children.get(c, [])))
                break
        window = [*range(anchor + 1, min(anchor + 7, sent.tokens.stop, hi)),
                  *range(anchor - 1, max(anchor - 7, sent.tokens.start - 1, lo), -1)]
        if relative is not None:
            inside = set(reader.subtree(relative))
            window = [i for i in window if i in inside]
        # "trapped 23 workers, killing two of them": the clause of a part's fate, and all after it, is not theirs
        cut = next((i for i in window if i > anchor and not_counts.fate_of_a_part(reader, anchor, i)), None)
        if cut is not None:
            window = [i for i in window if i < cut]
        # not "no one was hurt"; and of a clause beside the figure's own only a hurt, which a stay in hospital or a
        # treatment told of the figure's people may be ("12 were injured and four others were taken to hospital"),
        # not a death or a loss ("12 people were missing and 38 had been taken to hospital")
        order.extend(i for i in window if not not_counts.other_clause(reader, anchor, i)
                     and not not_counts.anothers_fate(reader, anchor, i)
                     and not not_counts.anothers_modifier(reader, anchor, i)
                     and not not_counts.doers_kind(reader, anchor, i)
                     and (not not_counts.beside_own_verb(reader, anchor, i) or _measure_of(reader, i) == "injured"))
    return order


# the verbs that report a fate they govern: "known to have been hurt", "believed to have died", "feared drowned"
_RAISING = frozenset({"know", "believe", "think", "fear", "presume", "understand", "confirm"})
# the nouns a toll's word may name the tally of ("the death count", "the injury total", "arrest figures")
_TALLY_NOUNS = frozenset({"count", "tally", "total", "number", "figure", "list", "rate", "toll", "roll"})


def _names_a_thing(reader: ArticleReader, noun: int, i: int) -> bool:
    """Whether a measure word only names a kind of thing the counted ones do something with, the object of
    their own verb: "both officers wore body cameras", "two guards received death threats" (not "the death
    toll", "the injury count", "remained in evacuation centres")."""
    tok = reader.tokens[i]
    if tok.dep != "compound" or tok.head == i:
        return False
    head = reader.tokens[tok.head]
    if head.dep != "dobj" or reader.tokens[noun].dep != "nsubj" or head.head != reader.tokens[noun].head:
        return False
    return head.pos == "NOUN" and not _is_measure_word(reader, tok.head) and head.lemma.lower() not in _TALLY_NOUNS \
        and not not_counts.person_noun(reader, tok.head)


_COPULAS = frozenset({"be", "remain", "stay"})  # verbs whose "in ..." puts their subject in a state


def _state_nouns(reader: ArticleReader, head: int, *, after: int = -1) -> list[int]:
    """The nouns of the "in ..." and "under ..." phrases of a word, past ``after``: the state they put its people
    in ("in custody", "under arrest")."""
    return [g for c in reader.children.get(head, []) if reader.tokens[c].dep == "prep" and c > after
            and reader.tokens[c].lemma.lower() in ("in", "under")
            for g in reader.children.get(c, []) if reader.tokens[g].dep == "pobj"]


def _measure_of(reader: ArticleReader, i: int) -> str | None:
    """The measure a word names ("injured" for "wounded"), if any."""
    if reader.words(i).lower() == "body" and _institution(reader, i):
        return None  # "the national examinations body canceled the paper for 27,000 candidates": no dead
    if reader.words(i).lower() == "toll" and _ROAD_TOLL.match(reader.text, reader.tokens[i].end):
        return None  # "a toll-free line on 997", "the toll road", "a toll plaza": a charge, not a death toll
    return W.MEASURE_LEMMAS.get(reader.tokens[i].lemma.lower()) or W.MEASURE_LEMMAS.get(reader.words(i).lower())


# what follows "toll" when it is a charge or a free phone line, not a count of the dead
_ROAD_TOLL = re.compile(r"[\s-]*(?:free|road|roads|booth|booths|plaza|plazas|gate|gates|bridge|lane|lanes|charge|"
                        r"charges|fee|fees|motorway|highway|expressway|collector|operator)\b", re.IGNORECASE)


# what makes "body" an institution: "the examinations body", "the governing body", "the sport's world body"
_INSTITUTION_ADJECTIVES = frozenset({"governing", "national", "regulatory", "advisory", "international", "world",
                                     "professional", "statutory", "independent", "examining", "global", "federal",
                                     "regional", "local", "oversight", "umbrella", "representative", "legislative"})


def _institution(reader: ArticleReader, i: int) -> bool:
    """Whether a singular "body" names an institution (a noun before it, or an adjective of one), not a corpse."""
    return any((reader.tokens[c].dep == "compound" and reader.tokens[c].pos in W.NOUNISH
                and reader.tokens[c].lemma.lower() not in ("child", "baby", "woman", "man", "victim"))
               or (reader.tokens[c].dep in ("amod", "compound") and reader.words(c).lower() in _INSTITUTION_ADJECTIVES)
               for c in reader.children.get(i, []))


def _names_the_amount(reader: ArticleReader, subject: int) -> bool:
    """Whether a verb's subject is a thing, not a person, named by no measure word: what the level the verb
    moves to is an amount of ("cases have climbed to 468", "the budget rose to $2 billion"). The clause beside
    ("and a third child has died") says nothing of it."""
    tok = reader.tokens[subject]
    if tok.pos not in ("NOUN", "PROPN") or not_counts.person_noun(reader, subject):
        return False
    return not any(_is_measure_word(reader, k) for k in reader.subtree(subject))


# prepositions of a clause's setting (when, where, by whom, against whom): a figure they govern is no one the
# clause's verb befalls. Not "of" ("the deaths of 12 miners"), nor the prepositions of a part ("including",
# "among"), nor those a figure's own change or estimate governs ("the toll rose to 14", "put the figure at 52,000")
_ADJUNCT_PREPS = frozenset({"after", "before", "since", "during", "following", "in", "on", "into", "from", "by",
                            "with", "against", "near", "across", "through", "outside", "inside", "around",
                            "between"})


_TIME_PREPS = frozenset({"after", "before", "since", "during", "following"})


def _in_adjunct(reader: ArticleReader, anchor: int) -> bool:
    """Whether a figure's noun is the object of a preposition of its clause's setting: "a team was dispatched
    after two quakes", "hurt in clashes with 200 protesters", "killed by 3 gunmen".
    The verb above says what befell others, not what the figure counts."""
    tok = reader.tokens[anchor]
    if tok.dep != "pobj" or reader.words(tok.head).lower() not in _ADJUNCT_PREPS:
        return False
    if reader.words(tok.head).lower() in _TIME_PREPS:
        return True  # "rescue operations are under way after a 6.4 quake": a time, whatever the verb
    if tok.head > 0 and reader.words(tok.head - 1).lower() in ("along", "together"):
        return False  # "sent 120 firefighters, along with three helicopters": sent too
    # the verb the setting is of says what befell others ("hurt", "killed"); another verb ("joined by 60
    # volunteers") says nothing of what is counted, and the figure is read as any other
    verb = next((a for a in reader.ancestors(tok.head) if reader.tokens[a].pos in ("VERB", "AUX")), None)
    return verb is not None and _is_measure_word(reader, verb)


def _group(reader: ArticleReader, sent: Sentence, noun: int | None, unit: str | None, measure: str,
           subject: str | None) -> str:
    if unit not in W.PEOPLE_UNITS:
        return "not_people"
    words = set(re.findall(r"[\w.-]+", (subject or "").lower()))
    if noun is not None:
        words.add(reader.tokens[noun].lemma.lower())
    sentence_words = {reader.words(i).lower() for i in sent.tokens}
    groups = {W.PERSON_NOUNS[w] for w in words if w in W.PERSON_NOUNS}
    if "security_forces" in groups:
        if "mixed" in groups and "including" in words:
            return "mixed"
        foreign = words & W.FOREIGN_MARKERS or (measure == "deployed" and (
            sentence_words & W.FOREIGN_MARKERS or _foreign_nationality(reader, sent)))
        return "foreign_troops" if foreign else "security_forces"
    if "protesters" in groups or words & W.ARMED_MARKERS:
        return "protesters"
    if "civilians" in groups:
        return "civilians"
    if measure == "detained":
        return "protesters"
    if measure == "count" and sentence_words & {"protest", "protests", "protested", "demonstrated", "rally",
                                                "demonstration", "demonstrations", "gathered", "marched"}:
        return "protesters"
    if measure == "count" and noun is not None and reader.tokens[noun].dep == "nsubj" \
            and reader.tokens[reader.tokens[noun].head].lemma.lower() in _CROWD_LEMMAS:
        return "protesters"  # "about 130 people were marching", "more than 100 people joined together for a vigil"
    return "mixed" if measure in ("killed", "injured") else "unspecified"


# People who march, rally or come together are a crowd, however the verb is inflected ("were marching", "joined")
_CROWD_LEMMAS = frozenset({"protest", "demonstrate", "rally", "march", "gather", "riot", "join", "assemble",
                           "converge", "congregate", "mass", "flock"})


def _foreign_nationality(reader: ArticleReader, sent: Sentence) -> bool:
    """A nationality other than the story country's is named in the paragraph ("the Russians")."""
    home = (reader.main_place or "")[:5].lower()
    start = min(s.start for s in reader.sentences if s.paragraph == sent.paragraph)
    return any(n.label == "NORP" and start <= n.start < sent.end and not n.text.lower().startswith(home)
               for n in reader.article.names) if home else False


_SITE = re.compile(r"\b(?:at|in|near|outside|inside)\s+(?:the\s+)?"
                   # (not "at that station", "at its airport": a site told before, not named here)
                   r"(?:(?!(?:that|this|these|those|its|their|his|her)\s)[\w’']+\s+){0,2}?"
                   r"(?P<site>airport|square|hospital|station|port|border|crossing|palace|residence|headquarters)\b",
                   re.IGNORECASE)


# a country or town that sends help, not where it is used: "two Canadair planes sent by Spain", "rescuers flown in
# from Italy", "aid donated by Japan"
_SENDER = re.compile(r"\b(?:sent|dispatched|provided|supplied|lent|loaned|donated|offered|pledged|flown(?:\s+in)?|"
                     r"deployed|contributed)\s+(?:by|from)\s+(?:the\s+|neighbou?ring\s+)?$", re.IGNORECASE)


def _location(reader: ArticleReader, sent: Sentence, at: int, *, skip: str | None = None) -> str | None:
    """The most specific place named in the sentence, nearest the amount; a site ("the city's
    airport") when no place is named; else the article's main place. A name the parser calls a
    place but the article does not ("said Payton", "Nvidia", "IE6": ``places.is_place``) is none."""
    places = [n for n in reader.names_in(sent, ("GPE", "LOC", "FAC")) if not (skip and n.text in skip)
              and not reader.addressed(n) and reader.is_place(n.text)
              and not _SENDER.search(reader.text[max(sent.start, n.start - 40):n.start])]
    dateline = _DATELINE.match(reader.text[sent.start:sent.end])
    if dateline and any(n.start >= sent.start + dateline.end() for n in places):
        # "TOKYO (Wire) - At least 56 people have died in Japan": where the reporter files from, not where
        # the figure is, when the sentence names a place of its own
        places = [n for n in places if n.start >= sent.start + dateline.end()]
    if places:
        # a list's item names its own place right after its figure ("seven in Halls, three in Humboldt and two in
        # rural Dyer County"): that place, not the one closer before it that the item before named
        own = [n for n in places if n.start > at and _OWN_PLACE.fullmatch(reader.text[at:n.start])]
        return own[0].text if own else min(places, key=lambda n: abs(n.start - at)).text
    site = _SITE.search(reader.text[sent.start:sent.end])
    if site:
        return site.group(0).split(maxsplit=1)[1]
    return reader.main_place


# a figure followed by its own place: "three in Humboldt", "two people in rural Dyer County", "5 dead at Halls",
# "four in the Indian state of West Bengal"
_OWN_PLACE = re.compile(r"[\w.,-]*(?:\s+[\w-]+){0,2}?\s+(?:in|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?"
                        r"(?:(?:state|province|region|district|city|town|village|county|prefecture)\s+of\s+)?",
                        re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r";|,\s+while\s+|,\s+whereas\s+|\s+while\s+")


def in_parentheses(s_text: str, at: int) -> bool:
    before = s_text[:at]
    return before.count("(") > before.count(")")


def _source(reader: ArticleReader, sent: Sentence, s_text: str, *, at: int | None) -> str | None:
    """Whom a sentence (or, with ``at``, the clause holding an amount) credits:
    "according to X", "X said", "citing Y"; a speaker and a channel as "X (via Y)"."""
    clause = s_text
    if at is not None:
        cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(s_text)), len(s_text)]
        lo = max(c for c in cuts if c <= at)
        hi = min((c for c in cuts if c > at), default=len(s_text))
        clause = s_text[lo:hi]
    m = _ACCORDING.search(clause)
    according = _clip(m.group("src")) if m else None
    speaker = _speaker(reader, sent, at=sent.start + at if at is not None else None)
    source: str | None
    if speaker and according:
        source = speaker if not re.search(r"[A-Z]", according) else f"{speaker} (via {according})"
    else:
        source = according or speaker
    cited = _CITING.search(s_text)
    if cited and source and cited.group("src").lower() not in source.lower():
        source = f"{source} citing {_clip(cited.group('src'))}"
    elif cited and not source:
        source = _clip(cited.group("src"))
    return source


# a wire dateline the parser takes into the subject: "CHICAGO (Reuters) - ", "MADISON, Wis. (AP) — ", "KABUL - "
_DATELINE = re.compile(r"^\W{0,2}[" + CAPITALS + r"][" + CAPITALS + r" .'’-]{1,40}"
                       r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*"
                       r"(?:\([^)]{1,40}\)\s*)?[-–—]+\s*")


def _speaker(reader: ArticleReader, sent: Sentence, *, at: int | None = None) -> str | None:
    """The subject of the sentence's first verb of saying or reporting (a dateline before it is no part of
    it: "CHICAGO (Wire One) - Harlow Foods said" credits Harlow Foods); with ``at`` (a figure's offset in the
    text), a later verb of saying that governs the figure, when its subject names a source itself (not a pronoun,
    not "clashes" that "claimed the lives of 18"): "Police said 12 people died, but the Red Cross said 15 were
    killed" credits the 15 to the Red Cross."""
    said = next((who for i in sent.tokens if (who := _said_by(reader, sent, i)) is not None), None)
    if said is None:
        return None
    first = _clip(said[0])
    figure = bisect.bisect_right(reader.starts, at) - 1 if at is not None else -1
    if not (sent.tokens.start <= figure < sent.tokens.stop and at is not None and at < reader.tokens[figure].end):
        return first
    for a in reader.ancestors(figure):  # the verb nearest the figure first
        own = _said_by(reader, sent, a) if a in sent.tokens else None
        if own is not None and not own[1] and (name := _clip(own[0])) is not None:
            return name
    return first


def _said_by(reader: ArticleReader, sent: Sentence, i: int) -> tuple[str, bool] | None:
    """The subject of a verb of saying or reporting, as written (a pronoun told by its antecedent), and whether it
    was a pronoun; None when the word is no such verb or names no subject."""
    tok = reader.tokens[i]
    if tok.pos != "VERB" or tok.lemma.lower() not in W.SPEECH_LEMMAS:
        return None
    subj = [c for c in reader.children.get(i, []) if reader.tokens[c].dep == "nsubj"]
    if not subj:
        return None
    idx = reader.subtree(subj[0])
    start = reader.tokens[idx[0]].start
    text = reader.text[start:reader.tokens[idx[-1]].end]
    lead = _DATELINE.match(reader.text[sent.start:tok.start])
    if lead and start < sent.start + lead.end():  # the parser took the dateline for the subject: the words
        text = reader.text[sent.start + lead.end():tok.start]  # between it and the verb speak
    text = _DATELINE.sub("", text).strip()
    pronoun = text.lower() in W.PRONOUNS
    if pronoun:
        text = _antecedent(reader, sent, i) or ""
    if not text or re.search(r"\d", text):
        return None
    return text, pronoun


def _antecedent(reader: ArticleReader, sent: Sentence, before: int) -> str | None:
    """The organisation or person a pronoun most likely stands for: the last one named earlier in the sentence."""
    named = reader.names_in(sent, ("ORG", "PERSON", "NORP", "GPE"), before=reader.tokens[before].start)
    return named[-1].text if named else None


def _clip(source: str) -> str | None:
    """A source as a short name; None for what cannot be one ("damage", "it")."""
    words = re.sub(r"^(?:the|a|an)\s+", "", source.strip().lstrip("-–—•* "), flags=re.IGNORECASE).split()
    if not words:
        return None
    bare = {re.sub(r"(?:['’]s|[,.;:])$", "", w.lower()) for w in words}
    if not any(w[:1].isupper() for w in words) and not bare & W.SOURCE_NOUNS:
        return None
    return " ".join(words[:_MAX_SOURCE_WORDS]).strip("“”\"' ,")


_TALLY = re.compile(r"\b(?:since|so\s+far|to\s+date|now|currently|as\s+of|in\s+total|thus\s+far)\b", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"^\s*(?P<a>\w+)\s*(?:&|and|or)\s*(?P<b>\w+)")


def _lede_paragraph(reader: ArticleReader) -> int | None:
    """The first paragraph of body text (the lede): the first that ends a sentence, after the title."""
    for sent in reader.sentences:
        if sent.paragraph == 0 and reader.article.title and reader.text.startswith(reader.article.title):
            continue
        if re.search(r"[.!?”\"]\s*$", reader.text[sent.start:sent.end]):
            return sent.paragraph
    return None


def _as_of_article_date(reader: ArticleReader, sent: Sentence, s_text: str, *, lede: int | None) -> str | None:
    """Figures the article states as of its own date: in the headline or a subheading, in the
    lede, or as a running tally ("since ...", "so far", "now")."""
    if reader.anchor is None:
        return None
    heading = not re.search(r"[.!?]\W*$", s_text.strip()) and len(s_text.split()) <= 20
    if heading or sent.paragraph == lede or _TALLY.search(s_text):
        return reader.anchor.isoformat()
    return None


def _coordinated_measure(s_text: str, q: Quantity, first: str) -> str | None:
    m = _MEASURE_AFTER.match(s_text[q.end:])
    if not m:
        return None
    a, b = W.MEASURE_LEMMAS.get(m.group("a").lower()), W.MEASURE_LEMMAS.get(m.group("b").lower())
    return b if a == first and b and b != a and b in ("killed", "injured", "detained") else None
