"""The facts table: claims that report the same quantity, grouped and judged.

Claims are grouped by what they measure, who is counted and where (a place other than the
story's main one keeps a claim apart; amounts of things are grouped within their
sentence, where bracketed conversions restate one amount). Each group is judged:

- single_source: every figure comes from one article;
- consistent: all figures are compatible (their ranges overlap);
- evolving: a cumulative tally (killed, injured, detained, deployed) whose figures rise
  with the date they refer to (a claim's ``as_of``, else its article's date);
- conflicting: incompatible figures that time does not explain.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from storyline.dates import MONTHS
from storyline.extract import claim_words as W
from storyline.extract import counted_fix, more_figures, scales, screen_figures
from storyline.extract.claims import in_parentheses
from storyline.extract.nlp import DATELINE
from storyline.extract.ordinals import RANK, rank_key
from storyline.extract.quantities import ORDINALS, implied_range
from storyline.link import (
    agent_figures,
    agreed_rows,
    antecedents,
    areas,
    asides,
    assess,
    assess_rules,
    ceilings,
    conditions,
    corroborated,
    count_words,
    disputed,
    dissent,
    echoes,
    first_floors,
    gapped_counts,
    judged,
    kept_more,
    kindred_rows,
    late_deployments,
    life_years,
    lone_dissent,
    lone_pairs,
    lone_tolls,
    moved_rows,
    noise_rows,
    nth_of_kind,
    one_source,
    one_sum,
    others,
    past_spans,
    published_order,
    quake_depths,
    recalled,
    restated_rows,
    rising_days,
    running_days,
    running_totals,
    subjects,
    temperatures,
    told_sizes,
    told_twice,
    untabled,
    weights,
)
from storyline.link.aboard import ABOARD, TRAVELLERS, aboard
from storyline.link.assessed import odd_one, set_aside, typical
from storyline.link.clause_place import placed
from storyline.link.copies import copy_groups
from storyline.link.datelines import named_in
from storyline.link.fact_labels import relabel
from storyline.link.gazetteer import candidates, region_point
from storyline.link.general_figures import general_knowledge
from storyline.link.harm_counts import (
    harm_told,
    hospital_labels,
    in_hospital,
    kept_in_hospital,
    to_hospital,
    told_alone,
)
from storyline.link.job_losses import losing_jobs
from storyline.link.kept_figures import agreed, area_unit, harmed_area, spec_key, spec_unit
from storyline.link.kept_reports import undated
from storyline.link.later_times import ahead
from storyline.link.long_durations import own as own_span
from storyline.link.main_person import named_ages
from storyline.link.one_fact import fold_acts_done, fold_large_counts, fold_typed_apart
from storyline.link.one_length import fold_units_apart, in_two_units
from storyline.link.one_row import fold_bare_counts, fold_compounds
from storyline.link.one_row2 import apart_by_article, fold_retold
from storyline.link.one_row3 import fold_lone_reports, fold_ranked_counts
from storyline.link.other_time import from_capital, locator, question
from storyline.link.own_times import accounts, lasting, own_year
from storyline.link.records import fold_records
from storyline.link.same_quantity import (
    agree_figures,
    bound_fits,
    fold_bare_shares,
    fold_lone_tolls,
    fold_streaks,
    fold_times_into_acts,
    fold_tolls_told_by_who,
    same_act,
    vague_fits,
)
from storyline.link.same_rank import fold_ranks
from storyline.link.sent_things import fold_counted_into_sent
from storyline.link.side_figures import (
    article_count,
    intensifier,
    multiplied,
    multiplier_adjective,
    naming_size,
    nearby,
    only_articles,
    passing_score,
    rate,
    threshold,
)
from storyline.link.so_far import day_named, label_periods, nights_apart, so_far
from storyline.link.sought import sought
from storyline.link.sub_counts import SUBGROUP, SUBSET, VICTIMS, link_parts, sub_counts
from storyline.link.thing_sizes import dated_after, measured
from storyline.link.two_places import by_place
from storyline.link.two_sources import held_up
from storyline.link.unit_counts import group_size
from storyline.model import Article, Claim, Fact

CUMULATIVE = {"killed", "injured", "detained", "deployed", "abducted"}
PEOPLE_UNITS = W.PEOPLE_UNITS
SKIP_MEASURES = {"other"}
_MEASURE_WORDS = {"killed": "killed", "injured": "injured", "detained": "detained", "deployed": "deployed",
                  "price": "price", "damage": "damage", "duration": "duration", "count": "counted"}
_GROUP_WORDS = {"protesters": "protesters", "security_forces": "security forces", "civilians": "civilians",
                "foreign_troops": "foreign troops", "mixed": "people", "unspecified": "people",
                "not_people": ""}


@dataclass(frozen=True, slots=True)
class _Report:
    claim: Claim
    outlet: str
    when: str | None  # the date the figure refers to: its as_of, else its article's publication date
    low: float
    high: float
    day: str | None = None  # the day its article was published, when known


def interval(claim: Claim) -> tuple[float, float]:
    """The range of values a claim allows."""
    v = claim.value
    if claim.qualifier == "vague" or (v is None and claim.low is None and claim.high is None):
        return implied_range(claim.number_text) or (0.0, math.inf)
    if claim.qualifier == "range":
        return float(claim.low or 0.0), float(claim.high if claim.high is not None else math.inf)
    assert v is not None
    return {
        "exact": (v, v), "at_least": (v, math.inf), "more_than": (v, math.inf), "almost": (0.9 * v, v),
        "up_to": (0.0, v), "about": (0.85 * v, 1.15 * v),
    }.get(claim.qualifier, (v, v))


def reconcile(articles: Sequence[Article], *, story: str) -> tuple[Fact, ...]:
    """Group a story's claims into facts, judge each, and rank them for a reader.

    Background figures (distances, ages, clock times, figures of another year's event) stay
    claims and are left out; places that nest in the story's country are one fact, while a
    place an article sets apart from its total (one village's toll beside the quake's) is a
    sub-event of its own, ``part_of`` the total; a figure repeated in one article (headline
    and body) is one report; copies of one wire text are one source.
    """
    articles = placed(articles)  # a figure's place from its own clause, before the article's default
    articles = named_ages(articles)  # "the 48-year-old Australian": the main person's age (link/main_person.py)
    articles = conditions.as_injured(articles)  # "two runners were in critical condition": hurt (link/conditions.py)
    articles = agent_figures.as_agents(articles)  # "shot dead by two officers": the officers (link/agent_figures.py)
    main = _main_place(articles)
    area = _story_area(articles, main)
    home = _country(main) if main else None
    year = _story_year(articles)
    months = {int(a.published[5:7]) for a in articles if a.published and re.match(r"\d{4}-\d{2}", a.published)}
    protest = _protest_story(articles)
    copies = copy_groups(articles)
    # a long duration several outlets give in their own words: "a seven-month review", "a 41-year odyssey"
    agreed_long = agreed(articles, kept_out=_long, size=_base, copies=copies)
    # a count told as a modifier several outlets give: "a 40-member board", "a five-game winning streak"
    agreed_parts = kept_more.agreed_parts(articles, copies=copies)
    sizes = told_sizes.agreed_sizes(articles, copies=copies)  # "a six-storey building", "24 KO" (told_sizes.py)
    groups: dict[tuple[str, ...], list[_Report]] = {}
    left: dict[str, _Report] = {}  # the claims the filters below leave out
    joins: dict[str, str] = {}  # a converted amount's claim id -> the amount it converts
    payers: dict[str, str] = {}  # a sum's claim id -> who pays or offers it, when its sentence says
    shares = sub_counts(articles, copies=copies)  # a toll's claim id -> the part of it its words restrict it to
    names = others.StoryNames(articles)  # how many of the story's articles name someone
    whose = subjects.Subjects(articles)  # the named thing each figure is told of

    by_id = {c.id: c for a in articles for c in a.claims}

    def dated(claim: Claim, article: Article) -> bool:  # a figure its sentence sets in another year or time
        lived = life_years.apart(claim)  # a birth's or a work's year blanked: it dates no figure of another clause
        return (_other_year(lived, article, year) and not undated(claim) and not own_year(claim, year)
                and not dated_after(claim)) or (_other_time(ahead(lived), months, elsewhere=bool(
                    claim.location and _place(claim, main, area))) and not accounts(claim)) or (
            year is None and recalled.opening_year(claim))  # "In 2015, ...": another event, when ours has no year

    told_dated: dict[str, bool] = {}  # each claim as its article tells it, read once for the two tests below

    def dated_as_told(claim: Claim, article: Article) -> bool:
        if claim.id not in told_dated:
            told_dated[claim.id] = dated(claim, article)
        return told_dated[claim.id]

    # ... unless outlets of two sources give it for the same quantity and none tells it plainly: the story's own
    retold = corroborated.retold(articles, dated=dated_as_told, copies=copies,
                                 key=lambda claim: (*_key(claim, protest=protest), _place(claim, main, area)))
    # ... but a figure of another year at another place is another event's, however many outlets recall it ("In
    # 2016, three people were killed in a shooting at a bank in Leiria", told in a story of a shooting in Braga; "In
    # 2018, 12 boys and their football coach were trapped for 18 days in the Tham Luang cave", in a cave rescue's)
    retold = frozenset(i for i in retold if not _place(by_id[i], main, area))
    # ... nor one the story tells of its own event at other values, plainly ("Semeru's last major eruption, in
    # December 2021, killed more than 50 people" beside this eruption's 14, then 23 dead): an earlier event's
    plain: dict[tuple[str, ...], set[float]] = {}
    for a in articles:
        for c in a.claims:
            if c.measure in _TOLLS and c.value is not None and not dated_as_told(c, a):
                plain.setdefault(_key(c, protest=protest), set()).add(c.value)
    retold = frozenset(i for i in retold if not ((c := by_id[i]).measure in _TOLLS and (
        values := plain.get(_key(c, protest=protest))) and (c.value if c.value is not None else c.high) not in values))
    # a calendar stretch's total beside the event's own toll ("90 killed in attacks this year"): no telling of it
    period = recalled.period_totals(articles, months=months, key=lambda claim: _key(claim, protest=protest))
    inherited = asides.InheritedTimes()  # "It killed 612" after a sentence set in another time: that time's
    for article in articles:
        before: dict[int, tuple[str, ...]] = {}  # per sentence: the key of its last amount of things
        last: dict[int, str] = {}  # per sentence: its last amount of things
        amounts: dict[str, Claim] = {}
        for claim in article.claims:
            # "8GB of RAM", "a 2.3GHz chip", "a 9-acre site": a product's specification, an area: a figure of its own
            surface = area_unit(claim)
            spec = spec_unit(claim) or surface
            if spec:
                claim = dataclasses.replace(claim, measure="count", counted=surface or claim.counted)
            told_as_parts = claim.id in agreed_parts and not spec
            if told_as_parts:  # counted as its parts: "a 40-member board" counts 40 members
                claim = kept_more.as_count(claim, kept_more.part(claim) or "")
            elif claim.id in sizes and not spec:  # a size several sources tell: the count of its noun
                claim, told_as_parts = sizes[claim.id], True
            # an agreed count of parts is a size, whatever day its sentence dates ("In May, the 40-member board")
            dated_apart = not told_as_parts and claim.id not in retold and (
                dated(claim, article) or inherited.inherits(claim, article))
            # "the deadliest since 2009, when a bomber killed 35", "90 killed this year": another event, a wider span
            other_event = recalled.recalled(claim, year) or claim.id in period
            if dated_apart or other_event:
                inherited.set_apart(claim)
            if claim.measure in SKIP_MEASURES or claim.background or dated_apart \
                    or _speaker_age(claim) or (_long(claim) and past_spans.history(claim, size=_base(claim))
                                               and claim.id not in agreed_long and not own_span(claim, article)
                                               and not lasting(claim)) \
                    or _population(claim) \
                    or (_modifier(claim) and not spec and not told_as_parts and not group_size(claim)) \
                    or _code(claim) or _before_the_story(claim) or _speakers(claim) or _flow(claim) \
                    or _other_deal(claim, articles) or (naming_size(claim) and not measured(claim)) \
                    or passing_score(claim) or multiplier_adjective(claim) or multiplied(claim) or rate(claim) \
                    or nearby(claim) \
                    or threshold(claim) or temperatures.bound(claim) \
                    or intensifier(claim) or untabled.joined_size(claim) or question(claim) \
                    or others.another_subject(claim, article, names) or others.another_owner(claim, article, names) \
                    or others.another_record(claim, article, names) \
                    or one_source.age_or_decade(claim) or one_source.name_number(claim) \
                    or noise_rows.time_window(claim) or noise_rows.degree(claim) \
                    or noise_rows.rough(claim) or noise_rows.stature(claim) \
                    or noise_rows.that_happening(claim) or general_knowledge(claim, article, year) \
                    or asides.speaker_sketch(claim) or asides.rate_period(claim) or other_event:
                if not dated_apart and not other_event:  # another time's stays apart (corroborated.py, recalled.py);
                    left[claim.id] = _report(claim, article)  # others may join a row (agreed_rows)
                continue
            # a fire's or a flood's extent: one quantity, however it grew, in hectares whatever the unit it is told in
            extent = surface if surface and harmed_area(claim) else None
            if extent:
                claim = areas.in_hectares(claim, extent)
            report = _report(claim, article)
            key = spec_key(claim, spec) if spec else _key(claim, protest=protest)
            if extent:
                key = ("count", areas.HECTARES, "harmed")
            if _extra(claim) or (key[:2] == ("count", "crowd") and _another(claim)):
                # "another 20,000 marched in the north" is a second crowd beside the one told before, not its size;
                # "two extra life sentences" are added to those served, not their number
                key += ("another",)
            if claim.id in shares:  # "another four people died": a part of the toll, kept apart
                key += (shares[claim.id],)
            elif "subset" in key or (claim.measure in _TOLLS and claim.unit in PEOPLE_UNITS and claim.role in VICTIMS
                                     and _part_of_toll(claim, _head(claim.counted))):
                shares[claim.id] = SUBSET if "subset" in key else SUBGROUP  # keyed apart above, linked to its total
            if _of_things(claim):
                converted = amounts.get(last[claim.start]) if claim.start in before else None
                if claim.start in before and ((_bracketed(claim, article) and _converts(claim, converted))
                                              or _in_other_money(claim, converted)):
                    key = before[claim.start]  # "40 million euros (330 million lunars)": one amount, converted
                    joins[claim.id] = last[claim.start]
                else:
                    last[claim.start] = claim.id
                    amounts[claim.id] = claim
                before[claim.start] = key
            groups.setdefault(key, []).append(report)
    # who the story's sums and deals are about (the player every club bids for): named beside most of them
    subject = _common_names([r for key, group in groups.items() for r in group
                             if key[0] in ("money", "price") or key == ("duration", "term")])
    units: list[_Unit] = []
    for key, group in groups.items():
        for part in (p for whole in _amounts(key, group, joins=joins, named=payers, subject=subject)
                     for p in whose.apart(whole)):  # figures of two named things: two facts
            if _elsewhere(part, main=main):
                continue
            pieces = [p for piece in _told_apart(part) for p in judged.told_as_two(piece)]
            totals = _totals(pieces)
            first = len(units)
            elsewhere: list[_Unit] = []  # the same quantity at a place that does not nest in the row's
            for piece in pieces:
                total, parts = _scoped(piece, main=main, home=home, area=area)
                total, *apart = by_place(total, main=main, area=area) if total else [total]
                units.append(_Unit(total=total, parts=parts))
                elsewhere += [_Unit(total=t, parts={}) for t in apart]
            units += elsewhere
            for i, holder in totals.items():
                units[first + i].within = first + holder
    _absorb(units, copies=copies)
    keyed = functools.partial(_key, protest=protest)
    fold_tolls_told_by_who(units, key=keyed)  # "one man" and "one person" killed
    # one outlet's "three pupils killed" beside "children killed"
    fold_lone_tolls(units, key=keyed, bare=lambda c: _head(c.counted) in _GENERIC or not c.counted)
    fold_times_into_acts(units)  # "recharged 1,000 times" and "1,000 recharges"
    fold_streaks(units)  # "their eighth straight win" and "their eighth consecutive victory"
    fold_records(units)  # "Klitschko (52-3)" and "Klitschko, 53-3,": one record, told one game apart
    fold_ranks(units)  # "the Twelfth Doctor" and "the 12th actor to play the Doctor"
    fold_compounds(units, key=keyed)  # "Web sites" and "websites"
    fold_bare_counts(units, key=keyed, same=_same_figure)  # "14,000 people" fled
    fold_retold(units)  # "52 passes for 440 yards and four TDs", "52 catches for 440 yards and four scores"
    fold_typed_apart(units, key=keyed, head=lambda c: W.singular(_head(c.counted)), size=_base,
                     generic=_GENERIC_SINGULAR)  # "a 21-day sentence", "serving 21 days"
    fold_units_apart(units, key=keyed, size=_base)  # "sentenced to 144 months", "a 12-year sentence"
    running_days.fold_running(units, size=_base)  # "a second night of rioting", two days later "four nights"
    fold_large_counts(units, head=lambda c: _head(c.counted), people=lambda c: c.unit in PEOPLE_UNITS)  # "125 seats"
    fold_acts_done(units, same_act=same_act, agree=agree_figures)  # "six blocked shots", "six blocks"
    fold_bare_shares(units)  # "12 per cent of its work force" and "12 percent of the workforce"
    fold_lone_reports(units, bare=lambda c: _head(c.counted) in _GENERIC)  # "300 houses damaged", "300 buildings"
    fold_counted_into_sent(units)  # "three helicopters" and "two helicopters" sent
    fold_ranked_counts(units)  # "his 19th season" and "19 seasons"
    echoes.fold_echoes(units, articles=articles, copies=copies)  # "31 of 40 regional races", "31 of 40 hill climbs"
    antecedents.fold_antecedents(units, articles=articles)  # "one bomb ..., another bomb ..., two others"
    facts: list[Fact] = []
    made: dict[int, Fact] = {}
    for i in sorted(range(len(units)), key=lambda i: units[i].within is not None):  # totals before their parts
        unit = units[i]
        if not unit.total and not unit.parts:
            continue  # absorbed into another fact
        within = made.get(unit.within) if unit.within is not None else None
        whole = _fact(unit.total, story=story, main=main, copies=copies, protest=protest, area=area, payers=payers,
                      part_of=within.id if within else None, within=within) if unit.total else None
        if whole:
            facts.append(whole)
            made[i] = whole
        for scope, part in unit.parts.items():
            facts.append(_fact(part, story=story, main=main, copies=copies, protest=protest, area=area, scope=scope,
                               payers=payers,
                               part_of=whole.id if whole else None))
    facts = link_parts(facts, parts=shares, bounds=_bounds)
    told = {r.claim.id: r for group in groups.values() for r in group} | left
    # a bare count told of the noun of the figure before it ("45,000 people ..., and 180,000 ...") (gapped_counts)
    facts = gapped_counts.name_bare_rows(facts, {i: r.claim for i, r in told.items()}, articles=articles, copies=copies,
                                         rebuild=lambda ids, noun: _fact(
        [dataclasses.replace(told[i], claim=dataclasses.replace(told[i].claim, counted=noun)) for i in ids],
        story=story, main=main, copies=copies, protest=protest, area=area, payers=payers))
    early = {c.id for a in articles for c in a.claims if c.start <= EARLY * len(a.text)}
    topics = _topic_words(articles)
    afar = frozenset(c.id for a in articles for c in a.claims
                     if c.measure == "distance" and (from_capital(c) or locator(c)))
    # a price per unit ("120 tenge per litre") or a change in one ("doubling"), as against a sum paid
    per_unit = frozenset(c.id for a in articles for c in a.claims
                         if c.unit and (" per " in c.unit or c.unit == "times"))
    # a sum a court, the police or a kidnapper set: a fine, bail, a reward, a ransom
    penalty = frozenset(c.id for a in articles for c in a.claims if c.measure == "money" and _penalty(c))
    moved = frozenset(c.id for a in articles for c in a.claims if c.measure == "distance" and _moved(c))
    shown = [f for f in facts if _tabulated(f, early=early, topics=topics, afar=afar, per_unit=per_unit,
                                            penalty=penalty, moved=moved)]
    # one-source rows left out that writers apart tell as one figure of one thing: one row (link/agreed_rows.py)
    shown += [f for f in agreed_rows.join_left_out(
        [f for f in facts if f not in shown], [r.claim for r in left.values()], {i: r.claim for i, r in told.items()},
        shown=shown, early=early, copies=copies,
        make=lambda ids: _fact([told[i] for i in ids], story=story, main=main, copies=copies, protest=protest,
                               area=area, payers=payers))
        if _tabulated(f, early=early, topics=topics, afar=afar, per_unit=per_unit, penalty=penalty, moved=moved)]
    # one figure each source counts in its own noun ("about 15 attackers", "around 15 men"): one row (kindred_rows)
    shown += [f for f in kindred_rows.join_kindred(
        [f for f in facts if f not in shown], {i: r.claim for i, r in told.items()}, shown=shown, early=early,
        copies=copies, make=lambda ids: _fact([told[i] for i in ids], story=story, main=main, copies=copies,
                                              protest=protest, area=area, payers=payers))
        if _tabulated(f, early=early, topics=topics, afar=afar, per_unit=per_unit, penalty=penalty, moved=moved)]
    # two sources whose reports do not corroborate each other hold a row up no more than one does
    shown = [f for f in shown if f.sources < 2 or held_up(f, by_id, copies=copies, span=interval, size=_base)
             or _tabulated(dataclasses.replace(f, sources=1), early=early, topics=topics, afar=afar,
                           per_unit=per_unit, penalty=penalty, moved=moved)]
    articled = frozenset(c.id for a in articles for c in a.claims if article_count(c))
    # a temperature is the story's news only when a headline or a lead gives it (a wildfire's heat is its setting)
    lengths = {a.id: len(a.text) for a in articles}
    shown = [f for f in shown if f.measure != temperatures.MEASURE or temperatures.in_a_lead(f.claims, by_id, lengths)]
    shown = [f for f in shown if not only_articles(f.claims, articled)]
    shown = [f for f in shown if not nth_of_kind.only_ranked(f.claims, by_id)]  # "the third attack in six weeks"
    references = frozenset(c.id for a in articles for c in a.claims if untabled.anaphoric(c))
    shown = [f for f in shown if not untabled.only_references(f.claims, references)]  # "both officers"
    # an outlet's odd figure for a row's quantity, split off and gated as one source's: a dissent (link/dissent.py)
    shown = dissent.join_dissent(shown, [f for f in facts if f not in shown], by_id, copies=copies, parts=shares,
                                 key=keyed, span=interval, make=lambda ids: _fact(
                                     [told[i] for i in ids], story=story, main=main, copies=copies, protest=protest,
                                     area=area, payers=payers))

    def figures(fact: Fact) -> bool:  # not only "a man", "both officers": the filters of the rows above
        return not only_articles(fact.claims, articled) and not untabled.only_references(fact.claims, references)

    # a force or fleet sent, one outlet's, told late in its article (link/late_deployments.py)
    shown += [f for f in late_deployments.told_late(shown, [f for f in facts if f not in shown])
              if _tabulated(f, early=early | set(f.claims), topics=topics) and figures(f)]
    # a count of things wrecked or of people cared for, one outlet's (link/harm_counts.py)
    harmed = frozenset(i for i, c in by_id.items() if harm_told(c))
    hospital = frozenset(i for i in harmed if to_hospital(by_id[i]))
    shown += [f for f in told_alone(shown, [f for f in facts if f not in shown], harmed)
              if _tabulated(f, early=early, topics=topics, harmed=harmed) and figures(f)]
    shown = one_source.without_restatements(shown, by_id)
    shown = lone_tolls.beside_the_toll(shown, by_id, parts=shares, key=keyed)  # an outlet's odd toll (lone_tolls.py)
    # an outlet's recap of a figure it gives in a shown row, in other words: that row's (link/restated_rows.py)
    shown = lone_dissent.join_lone(shown, by_id, copies=copies, parts=shares, key=keyed, span=interval,
                                   make=lambda ids: _fact([told[i] for i in ids], story=story, main=main,
                                                          copies=copies, protest=protest, area=area, payers=payers))
    shown = restated_rows.join_restated(shown, by_id, copies=copies, make=lambda ids: _fact(
        [told[i] for i in ids], story=story, main=main, copies=copies, protest=protest, area=area, payers=payers))
    # people "forced from their homes" beside the same people "evacuated": one row (restated_rows.forced_out)
    shown = restated_rows.join_forced_out(shown, make=lambda ids: _fact(
        [told[i] for i in ids], story=story, main=main, copies=copies, protest=protest, area=area, payers=payers))
    # two outlets' one figure of one group, each in its own words, in two one-source rows: one row (lone_pairs.py)
    shown = lone_pairs.join_pairs(shown, by_id, copies=copies, make=lambda ids: _fact(
        [told[i] for i in ids], story=story, main=main, copies=copies, protest=protest, area=area, payers=payers))
    # a tally told beside the day's count ("bringing the number in custody to five"): its row's (running_totals.py)
    shown = running_totals.join_totals(shown, by_id, make=lambda ids: _fact(
        [told[i] for i in ids], story=story, main=main, copies=copies, protest=protest, area=area, payers=payers))
    # one sentence tells two rows' figures as one count moving ("arrests rose to 41, up from 38"): one row (moved_rows)
    def rebuilt(ids: list[str]) -> Fact:  # one row of the reports of these claims, as every row above is made
        return _fact([told[i] for i in ids if i in told], story=story, main=main, copies=copies, protest=protest,
                     area=area, payers=payers)

    shown = moved_rows.join_moved(shown, by_id, make=rebuilt)
    # one outlet's sum told as a loss where the others tell it as a cost: the others' row (link/one_sum.py)
    shown = one_sum.join_sums(shown, by_id, make=rebuilt)
    # one outlet's count keyed apart by its own noun, whose figure a larger row of its measure gives (lone_pairs.py)
    shown = lone_pairs.join_into_rows(shown, by_id, make=rebuilt)
    # a weight told by its unit alone ("12 tonnes") beside the one named weight giving its figure (weights.py)
    shown = weights.join_bare(shown, by_id, make=rebuilt)
    shown = relabel(shown, articles, main=main)  # the place and label a reader sees
    shown = hospital_labels(shown, hospital)  # "runners taken to hospital", not "runners counted"
    shown = whose.name_rows(shown, by_id)  # whose figure each is, where several things share a measure
    shown = count_words.reworded(shown, by_id)  # a record, an initialism, in the words a reader knows
    shown = label_periods(shown, by_id)  # "(running total)", "(one night)": a riot's tallies and nights (so_far.py)
    # one outlet's row whose figure another outlet gives in another row: consistent (link/told_twice.py)
    shown = told_twice.rejudged(shown, [f for f in facts if f not in shown], by_id, copies)
    shown.sort(key=_order)
    return tuple(dataclasses.replace(f, rank=i + 1) for i, f in enumerate(shown))


def _report(claim: Claim, article: Article) -> _Report:
    """A claim as one report of its article's outlet."""
    lo, hi = interval(claim)
    return _Report(claim=claim, outlet=article.outlet or article.id, when=_when(claim, article), low=lo, high=hi,
                   day=(article.published or "")[:10] or None)


# the story's core measures (claim_words.CORE_MEASURES) in the order a reader of a story of harm looks for them,
# among facts as well reported: the dead, the hurt and the missing, then arrests, the displaced, the damage; a
# quake's magnitude and sums after the human toll
_FIRST = ("killed", "injured", "missing", "abducted", "detained", "displaced", "evacuated", "rescued", "damage",
          "deployed", "magnitude", "money")


def _order(fact: Fact) -> tuple[int, int, int, str]:
    """Facts several sources report first, then the story's core quantities (the toll before the quake's
    magnitude), then the rest."""
    core = _FIRST.index(fact.measure) if fact.measure in _FIRST else len(_FIRST)
    return (-min(fact.sources, 3), core, -len(fact.claims), fact.label)


# What a story's own outlet alone may report and still be tabulated: its tolls, arrests, charges,
# sentences, damage, the people it moved and the quake's measures (the core of a story of harm)
TOLD_ALONE = W.VICTIM_MEASURES | {"detained", "charged", "sentence", "damage", "magnitude", "depth"}
EARLY = 0.5  # a single-source count is the story's own when its article states it in its first half


# What a sum is when a court, the police or a kidnapper sets it: the story's own, like a sentence
_PENALTY = re.compile(r"\b(?:fine[sd]?|bail|rewards?|ransom|bounty|restitution)\b", re.IGNORECASE)
PENALTY_SPAN = 40  # characters either side of the figure


def _penalty(claim: Claim) -> bool:
    """Whether the sum is a fine, bail, a reward or a ransom ("a $10,000 fine", "rewards totaling $30,000")."""
    at = claim.figure_at()
    if at < 0:
        return False
    return bool(_PENALTY.search(claim.text[max(0, at - PENALTY_SPAN):at + len(claim.number_text) + PENALTY_SPAN]))


def _topic_words(articles: Sequence[Article]) -> set[str]:
    """Words (singular, lower case) that at least two of the story's articles use: what the
    story is about, as against a word one article uses in passing."""
    seen: Counter[str] = Counter()
    for article in articles:
        seen.update({W.singular(w) for w in re.findall(r"[a-z]+", article.text.lower())})
    return {w for w, n in seen.items() if n >= 2} if len(articles) > 1 else set(seen)


WIRE_SPREAD = 3  # a wire's figure this many outlets republish early in their copies is shown, one source still


def _tabulated(fact: Fact, *, early: set[str], topics: set[str], afar: frozenset[str] = frozenset(),
               per_unit: frozenset[str] = frozenset(), penalty: frozenset[str] = frozenset(),
               moved: frozenset[str] = frozenset(), harmed: frozenset[str] = frozenset()) -> bool:
    """Whether a reader would put the fact in the table: figures several sources report and
    core quantities always; a wire's figure that ``WIRE_SPREAD`` outlets republish, told early in
    their copies (one source still); a count one source gives only when it names what it counts,
    what it counts is a word the story's articles share, and it stands in the first half
    of its article (background comes later)."""
    if fact.measure == "power":  # a grid's demand, the load a blackout cut: a fact when early, as a count is
        return fact.sources >= 2 or any(c in early for c in fact.claims)
    if fact.measure in SETTING_MEASURES:
        # the setting (distances, durations, speeds, ages): a fact when several sources give one
        # figure (a quake's epicentre, a chase, a camp's distance from the border, a crater's
        # width), but not a town's distance from the capital
        # (most of the row's reports place a town or a site from another: "Mfolozana, about 280 km north of
        # Durban", a report or two retold in other words does not make it the event's),
        # and a distance the story's own subject fell or travelled, told in the first half of an article
        placing = fact.measure == "distance" and 2 * sum(c in afar for c in fact.claims) > len(fact.claims)
        return (fact.sources >= 2 and not placing) or any(c in moved and c in early for c in fact.claims)
    if fact.measure in W.BACKGROUND_MEASURES:
        return echoes.settled(fact.measure, sources=fact.sources)  # a weight several sources give
    if fact.measure == "count" and not fact.counted and not any(c in harmed for c in fact.claims):
        return False  # a bare number that counts nothing named (but "two were taken to hospital": people)
    if fact.measure == "count" and fact.high is not None and fact.high <= 1:
        return False  # "one report said", "one particular shooting": a determiner, not a figure
    if fact.role == "objects" and fact.low is None and fact.high is None:
        return False  # "numerous buildings", "several cars": no figure to tabulate
    if fact.measure == RANK:  # a place in a line: the story's own when an outlet tells it in its first half,
        # not a round, a play or a marriage told in passing further down
        return fact.sources >= 2 and any(c in early for c in fact.claims)
    if fact.sources >= 2:
        return True
    stated_early = any(c in early for c in fact.claims)
    if stated_early and any(len(group) >= WIRE_SPREAD for group in fact.copies):
        return True  # one wire's figure that outlets republish, early in their copies: one source, told widely
    # one source: the story's tolls, arrests, charges, damage and quake; deployments and counts of
    # people only when the article states them in its first half (other events' figures come later).
    # A sum, a price paid, a share or a count of things one outlet alone gives is most often another
    # deal's, product's or player's figure: it stays a claim.
    if fact.measure in TOLD_ALONE or (fact.measure == "price" and any(c in per_unit for c in fact.claims)) or \
            (fact.measure == "money" and any(c in penalty for c in fact.claims)) or \
            any(c in harmed for c in fact.claims):
        return True  # and a price per litre, per share, a fine, bail, a reward: what the story is about
    if fact.measure in ("deployed", scales.RATING):  # a force sent, a tornado's rating, the day's air index
        return stated_early
    return fact.measure == "count" and fact.role != "objects" and bool(fact.counted) and \
        W.singular(_head(fact.counted)) in topics and stated_early


# the verb of a fall or a journey just before its distance: "after falling over half a kilometre", "swam 12 miles"
_MOVED = re.compile(r"\b(?:fell|fall(?:s|ing|en)?|plunged?|plunging|plummet\w*|tumbled?|tumbling|slid|sliding|"
                    r"dropped|dropping|walk(?:ed|ing|s)?|trekk?(?:ed|ing|s)?|hik(?:ed|ing|es)|swam|swimming|swims|"
                    r"drove|driving|drives|travell?(?:ed|ing|s)?|flew|flying|climb(?:ed|ing|s)|dragged|carried)\s+"
                    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to|at\s+least|roughly|an?\s+"
                    r"estimated)\s+)?$", re.IGNORECASE)


def _moved(claim: Claim) -> bool:
    """A distance someone fell or travelled, its verb just before the figure."""
    at = claim.figure_at()
    return at >= 0 and bool(_MOVED.search(claim.text[:at]))


def _scoped(reports: list[_Report], *, main: str | None, home: str | None, area: frozenset[str] = frozenset(),
            ) -> tuple[list[_Report], dict[str, list[_Report]]]:
    """The reports of the story-wide figure, and those of sub-events by place.

    A place is a sub-event's when an article gives, for the same quantity, a figure there
    and a clearly larger one for a place that holds it or for the whole (a village's toll
    beside the quake's). Other places nest in the story's area: "Aceh", "Central Aceh" and
    "Indonesia" report one toll. A place of the area is a sub-event's too when an article sets
    it so and most figures the articles give there are far under the whole's ("The storms
    killed 15 people: five in Lowndes County, four in Tuscaloosa County", every outlet's five):
    a county each outlet names with its own toll, where an area place whose figure elsewhere
    is the story's ("more than 200 injured in Northshire") stays the story's."""
    if reports and reports[0].claim.measure == quake_depths.DEPTH:
        return quake_depths.same_depth(reports, _base), {}  # "35 kilometres" and "about 22 miles": one depth
    if reports and reports[0].claim.measure == "magnitude":
        return _same_quake(reports), {}  # one event's magnitude, wherever the article places it
    if reports and reports[0].claim.measure in CUMULATIVE:
        reports = _same_event(reports)

    def key(r: _Report) -> str:  # the area nests only a setting's figures and a zero ("no one was hurt there")
        return _place(r.claim, main, area if r.claim.measure in SETTING_MEASURES or r.low <= 0 else frozenset())

    by_article: dict[str, dict[str, set[float]]] = {}
    for r in reports:
        if r.claim.qualifier != "vague":  # "hundreds" there beside 250 here: no figure to set apart
            by_article.setdefault(r.claim.article, {}).setdefault(key(r), set()).add(r.low)
    apart: set[str] = set()
    for places in by_article.values():
        if len(places) < 2:
            continue
        for place, lows in places.items():
            wider = set().union(*(v for p, v in places.items() if p != place and _wider(p, place, home)))
            known = _country(place) is not None  # a town the gazetteer knows, as against a camp or a building
            if place and lows and wider and not _is_country(place) and \
                    max(lows) <= (1.0 if known else PART) * max(wider) and max(lows) < max(wider):
                apart.add(place)  # a smaller figure the article sets beside a larger one for the whole
    whole = [r.low for r in reports if not _place(r.claim, main, area)]
    for place in [p for p in apart if p in area]:  # an area place most of whose figures are far under the whole's
        there = [r.low for r in reports if key(r) == place]
        if not whole or 2 * sum(1 for low in there if low <= PART * max(whole)) <= len(there):
            apart.discard(place)
    total: list[_Report] = []
    parts: dict[str, list[_Report]] = {}
    for r in reports:
        place = key(r)
        if place and place in apart:
            parts.setdefault(r.claim.location or place, []).append(r)
        else:
            total.append(r)
    return total, parts


COUNT_GAP = 8.0  # counts of one thing this many times apart, with nothing between, count two things
AMOUNT_RATIO = 1.6  # amounts of money within this ratio may be one amount in several currencies
DAMAGE_SPREAD = 3.0  # outlets' estimates of one damage, first and revised, stay within this ratio in one currency
# shares within this ratio may be one share rounded ("23.8%" and "24 percent"); further apart, two shares of
# one story ("a 27 percent premium", "shares fell 3 percent", "jumped 24 percent") are told of different things
PERCENT_RATIO = 1.1
# two readings of an air-quality index within this ratio are one reading told rounded ("nearly 250" for 247); any
# further apart are two readings, of two days or two stations
INDEX_RATIO = 1.02
# Figures of the setting: background when one source gives them, a fact when several agree on one
# (the depth of a quake's epicentre, a chase's length, a strike's 24 hours, a victim's age).
SETTING_MEASURES = frozenset({"distance", "duration", "speed", "age", temperatures.MEASURE, "power", "volume"})
RAINFALL = "rainfall"  # how much rain or snow fell (extract/counted_fix.precipitation), in millimetres or inches
SETTING_RATIO = {"distance": 1.15, "duration": 1.15, "speed": 1.15, "age": 1.0, "power": 1.15,
                 "volume": 1.15}  # "55 km" is "34 miles"
_IN_BASE = {  # a unit's size in kilometres, seconds or km/h
    "km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometer": 1.0, "mile": 1.609, "mi": 1.609, "nautical": 1.852,
    "metre": 1e-3, "meter": 1e-3, "m": 1e-3, "ft": 3.048e-4, "feet": 3.048e-4, "foot": 3.048e-4,
    "yard": 9.144e-4, "inch": 2.54e-5, "inche": 2.54e-5, "cm": 1e-5, "centimetre": 1e-5, "centimeter": 1e-5,
    "mm": 1e-6, "millimetre": 1e-6, "millimeter": 1e-6,
    "second": 1.0, "sec": 1.0, "min": 60.0, "minute": 60.0, "hour": 3600.0, "hr": 3600.0, "day": 86400.0,
    "night": 86400.0, "week": 604800.0, "month": 2.63e6, "year": 3.156e7, "decade": 3.156e8,
    "mph": 1.609, "kph": 1.0, "km/h": 1.0, "knot": 1.852,
    # power, in megawatts: every spelling claim_words knows, by the unit it names
    **{written: {"kW": 1e-3, "MW": 1.0, "GW": 1e3}[unit] for written, unit in W.POWER_NAMES.items()},
}


# "said Ann Lee, a 22-year-old resident", "said 61-year-old Nick Page": the age of someone quoted, a witness
_SPEAKER_AGE = re.compile(r"\b(?:said|says|told|added|recalled|explained)\s+(?:[A-Z][\w’'.-]*\s+){0,3}?"
                          r"(?:[A-Z][\w’'.-]*\s*,\s*)?(?:(?:an?|the)\s+)?$")
EVENT_SPAN = 30 * 86400.0  # durations longer than a month are a programme's or a history's, not the event's


def _long(claim: Claim) -> bool:
    """A duration longer than the event's own: "over three years", "three decades ago"; not the
    term of a deal the story is about ("an eight-year, $160 million offer")."""
    size = _base(claim) if claim.measure == "duration" else None
    return size is not None and size > EVENT_SPAN and not _term(claim) and not more_figures.tenure(claim) \
        and not life_years.career(claim)


# The words of an agreement whose length is one of its terms: "a seven-year deal", "an eight-year contract"
_DEAL = r"(?:deal|contract|offer|agreement|extension|lease|proposal|pact)s?"
_TERM_AFTER = re.compile(r"^\s*-?\s*(?:year|month)s?\b\s*-?\s*(?:,\s*)?(?:[\w$€£.-]+\s+){0,3}?" + _DEAL + r"\b",
                         re.IGNORECASE)
# ... or a length and a sum told together: "eight years, $160 million", "$184 million over eight years"
_SUM_NEAR = re.compile(r"(?:[$€£]|\b(?:US|USD|EUR)\s?)\s?\d")


# ... or the agreement or the act of making one comes first: "the offer is believed to be for at least eight
# years", "looks to ink the slugger for eight years", "have only offered seven years"
_TERM_BEFORE = re.compile(r"\b(?:(?:" + _DEAL + r")\s+(?:(?:is|was|would\s+be|will\s+be)\s+)?(?:[\w\"'’-]+\s+){0,3}?"
                          r"(?:for|of)|(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|lock(?:s|ed)?\s+up)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"for|offer(?:s|ed|ing)?(?:\s+(?:only|just|him|her|them))?)\s+[\"“]?$", re.IGNORECASE)
# ... or a length and a sum told as one pair: "at eight years and at least $160MM", "seven years, $140 million",
# "$184 million over eight years"
_PAIR_AFTER = re.compile(r"^\s*-?\s*years?\s*(?:,|and)\s*(?:(?:at\s+least|about|around|nearly|up\s+to)\s+)?"
                         r"(?:[$€£]|US\$|USD\s)", re.IGNORECASE)
_PAIR_BEFORE = re.compile(r"[$€£]\s?\d[\d.,\s]*(?:million|billion|mm|m|bn)?\s+over\s+(?:the\s+next\s+)?$",
                          re.IGNORECASE)


def _term(claim: Claim) -> bool:
    """Whether a duration is the length of an agreement (a contract, an offer, a lease): it qualifies
    the agreement's noun, the agreement or the act of making one comes right before it, it is paired
    with a sum, or a sum of money stands right beside it in a sentence about one."""
    at = claim.text.find(claim.number_text)
    if at < 0:
        return False
    after = claim.text[at + len(claim.number_text):]
    before = claim.text[:at]
    if _TERM_AFTER.match(after) or _PAIR_AFTER.match(after) or _TERM_BEFORE.search(before) or \
            _PAIR_BEFORE.search(before):
        return True
    near = claim.text[max(0, at - 30):at + len(claim.number_text) + 30]
    return bool(_SUM_NEAR.search(near) and re.search(r"\b" + _DEAL + r"\b", claim.text, re.IGNORECASE))


# the words of a rough size before a population: "about", "some", "more than", "an estimated"
_ROUGHLY = r"about|some|around|nearly|almost|roughly|approximately|over|more\s+than|an\s+estimated"
# "home to 200,000 people", "a population of 5 million", "the city, population 167,000", "which has about
# 200,000 residents", "a village of 450 people": how many live in a place, its setting, not a count of the story
_LIVE_BEFORE = re.compile(rf"\b(?:home\s+to|population(?:\s+of)?|populated\s+by)\s+(?:(?:{_ROUGHLY})\s+)?$",
                          re.IGNORECASE)
_LIVE_WITH = re.compile(rf"\b(?:has|have|had|with)\s+(?:(?:{_ROUGHLY})\s+)?$", re.IGNORECASE)
_LIVE_AFTER = re.compile(r"^\s+(?:residents|inhabitants|people\s+living)\b", re.IGNORECASE)
# "a coffee-growing settlement of about 450 people", "a megacity of 20 million", "the town of some 9,000
# inhabitants"
_PLACE_OF = re.compile(r"\b(?:town|village|(?:mega)?city|settlement|hamlet|community|island|district|municipality|"
                       r"country|nation|region|commune|suburb|neighbou?rhood|parish|county|province|capital|metropolis|"
                       rf"township)\s+of\s+(?:(?:{_ROUGHLY}|just\s+over|fewer\s+than|less\s+than|under)\s+)?$",
                       re.IGNORECASE)


# "Inchmorran's 1,100 residents", "for the 3,100 residents of La Jonquera, the second day meant": the people of a named
# place, not those something befell ("the 40 residents of Elm House were evacuated")
_PLACE_OWNS = re.compile(r"\b[A-Z][\w-]+['’]s?\s+$")
_DWELLERS = re.compile(r"^\s+(?:residents|inhabitants)\b", re.IGNORECASE)
_DWELLERS_DID = re.compile(r"^\s+\w+\s+(?:(?:have|has|had)\s+been|were|was|are|had|have)\b", re.IGNORECASE)
_FOR_THE = re.compile(r"\b(?:for|among)\s+the\s+$", re.IGNORECASE)
_DWELLERS_OF = re.compile(r"^\s+(?:residents|inhabitants)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                          r"\s*[,;]")


def _population(claim: Claim) -> bool:
    """How many people live in a place: the setting, not a figure of the story."""
    at = claim.text.find(claim.number_text)
    if at < 0 or claim.unit not in PEOPLE_UNITS:
        return False
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    return bool(_LIVE_BEFORE.search(before) or (_LIVE_WITH.search(before) and _LIVE_AFTER.match(after))
                or _PLACE_OF.search(before) or (_PLACE_OWNS.search(before) and _DWELLERS.match(after)
                                                and not _DWELLERS_DID.match(after))
                or (_FOR_THE.search(before) and _DWELLERS_OF.match(after)))


# Nouns that are plural without an -s: a figure above one may count them ("26 Somali crew", "five police")
_PLURAL_AS_IS = frozenset({"people", "men", "women", "children", "police", "personnel", "crew", "staff", "aircraft",
                           "cattle", "militia", "youth", "sheep", "fish", "deer", "offspring", "series", "species",
                           "livestock", "clergy", "media", "folk", "kin", "feet", "teeth", "geese", "mice", "dozen",
                           "hundred", "thousand", "military", "infantry", "spacecraft", "troops", "data"})
_NOT_COUNTS = frozenset({"money", "damage", "price", "magnitude", "depth", "percent", "sentence", RAINFALL,
                         *SETTING_MEASURES})


def _modifier(claim: Claim) -> bool:
    """A figure that qualifies a noun instead of counting it: more than one of a singular noun is no
    count ("a four-by-four car", "a .357 Magnum", "a nine-woman jury", "the 12000 block", "a
    mother-of-two daughter"). The head of "pieces of equipment" is "pieces"; a capitalised head
    (a demonym, a headline's word) and a plural without -s ("people", "crew", "gunmen") count; a
    figure with decimals ("a 2.9 aftershock") is a measure the claim reader took for a count."""
    if claim.measure in _NOT_COUNTS or not claim.counted or claim.counted in counted_fix.NAMED_FIGURES:
        return False  # and "authorised for 250": the places a stand has, a count; an oil rate; a ship's tonnage
    words = re.findall(r"[A-Za-z]+", claim.counted)
    lower = [w.lower() for w in words]
    if "of" in lower[1:]:
        words = words[:lower.index("of", 1)]
    value = claim.value if claim.value is not None else claim.low if claim.low is not None else claim.high
    if not words or value is None or value <= 1 or value != int(value):
        return False  # "a 2.9 aftershock": a measure, not a count
    head = words[-1].lower()
    return not (words[-1][0].isupper() or head in _PLURAL_AS_IS or head.endswith(("s", "men")))


_DIGIT_RUN = re.compile(r"\d+(?:[ .-]\d+){2,}")


_TALLIES = frozenset({"record", "score", "vote"})  # ``counted_as`` of a tally the claim reader read whole


def _tally(claim: Claim) -> bool:
    """A win-loss record, a game's score or a vote's count ("45-7-2", "88-81", "9-3"), read whole."""
    return claim.counted_as in _TALLIES


def _code(claim: Claim) -> bool:
    """A figure inside a run of three or more digit groups: a phone number ("0845 125 2222"), a
    reference, not an amount; a tally read whole is none ("a 45-7-2 record": wins, losses, draws)."""
    if _tally(claim):
        return False
    at = claim.text.find(claim.number_text)
    return at >= 0 and claim.number_text[:1].isdigit() and any(
        m.start() <= at < m.end() for m in _DIGIT_RUN.finditer(claim.text))


_EARLIER_THINGS = re.compile(r"\b(?:earlier|previous|prior)\b", re.IGNORECASE)


def _before_the_story(claim: Claim) -> bool:
    """A count of things the story's event came after: "two earlier legal opinions", "two previous
    prosecutors", "three prior convictions"."""
    return bool(claim.counted and _EARLIER_THINGS.search(claim.counted))


# "two major-league sources said", "several residents of the camp told him": those counted are who tell
_NOT_THE_COUNTED = (r"(?:but|and|or|has|have|had|who|which|that|while|is|are|was|were|after|before|when|as|because|"
                    r"since|if|until|then|police|he|she|they|it)")
_SPEAK_AFTER = re.compile(r"^\s*(?:(?!" + _NOT_THE_COUNTED + r"\b)[\w'’-]+\s+){0,6}?(?:said|say|says|told)\b",
                          re.IGNORECASE)


# "the sea lane through which over $100 billion of trade passes each year": a yearly flow, the setting
_FLOWS = re.compile(r"\b(?:pass(?:es)?|flows?|transits?|moves?|travels?|is\s+shipped|are\s+shipped)\b[^.;]{0,40}?"
                    r"\b(?:each|every|a|per)\s+year\b|\b(?:pass(?:es)?|flows?|transits?|moves?)\s+(?:\w+\s+){0,3}?"
                    r"annually\b|\bannually\s+(?:pass(?:es)?|flows?)\b", re.IGNORECASE)


# a deal's other party beside its sum: "a $70 million contract for Ray Dole", "the $1.6 billion purchase of Optix",
# "Mercury for $4.5 billion", "paid $20 million to Kane"
_DEAL_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}?(?:contract|deal|purchase|buy|acquisition|"
                         r"takeover|bid|offer|sum|package|payout|pact|extension)?\s*(?:for|of|to|with)\s+(?:the\s+)?"
                         r"(?P<name>(?:[A-Z]\.\s*)*[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)")
_DEAL_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)\s+for\s+(?:about\s+|nearly\s+|some\s+)?$")


def _party_name(claim: Claim) -> str:
    """The other party of the deal a sum is told of, when it stands beside the figure."""
    at = claim.figure_at()
    if at < 0:
        return ""
    after = _DEAL_AFTER.match(claim.text[at + len(claim.number_text):])
    if after:
        return after.group("name")
    before = _DEAL_BEFORE.search(claim.text[:at])
    if not before or re.search(r"\b(?:in|at|from|since|until)\s+$", claim.text[:before.start()]):
        return ""  # "will retail in Malaysia for", "back in January for": a place or a time, not a party
    return before.group("name")


def _share(name: str, articles: Sequence[Article]) -> float:
    """The share of a story's articles that name ``name`` (any of its capitalised words of four letters or more)."""
    words = [w for w in re.findall(r"[A-Z][\w'’&-]{3,}", name) if w.lower() not in _NOT_PARTIES]
    if not words or any(_MONTH_NAME.fullmatch(w) for w in words):
        return 1.0
    return sum(1 for a in articles if any(w in a.text for w in words)) / max(len(articles), 1)


_MONTH_NAME = re.compile(r"(?:January|February|March|April|June|July|August|September|October|November|December)")
OTHER_DEAL_SHARE = 0.25  # a party named in fewer of a story's articles than this is not the story's own


def _other_deal(claim: Claim, articles: Sequence[Article]) -> bool:
    """A sum of another deal than the story's, told for comparison: its other party stands beside the
    figure ("the $1.6 billion purchase of Optix", "a $70 million contract for Ray Dole") and few of the
    story's articles name it, while the story's own party is named in most."""
    if claim.measure not in ("money", "price") or len(articles) < 3:
        return False
    name = _party_name(claim)
    return bool(name) and _share(name, articles) < OTHER_DEAL_SHARE


def _flow(claim: Claim) -> bool:
    """A sum that flows through a place each year (trade through a strait, goods through a port):
    the setting's size, not a sum of the story; a deal's yearly value ("$23 million a season") is not one."""
    return claim.measure in ("money", "price") and bool(_FLOWS.search(claim.text)) and \
        not re.search(r"\b" + _DEAL + r"\b", claim.text, re.IGNORECASE)


def _speakers(claim: Claim) -> bool:
    """A count of those an article heard from ("two sources said", "several residents told him",
    "two reports say"): who tells the story, not a figure of it."""
    if claim.measure != "count" or not claim.counted or claim.unit == "times":
        return False
    at = claim.figure_at()
    head = _head(claim.counted)
    end = claim.text.lower().find(head, at + len(claim.number_text)) if at >= 0 and head else -1
    return end >= 0 and bool(_SPEAK_AFTER.match(claim.text[end + len(head):]))


# the age's noun phrase is the subject of what was said, not the one who said it: "police said a 17-year-old boy
# had been arrested" (but "said a 34-year-old teacher who lives nearby" is the speaker)
_SAID_OF = re.compile(r"^[-\s]*(?:years?[-\s]+old\b)?\s*(?:(?!who\b|which\b|that\b)[\w-]+\s+){0,3}?"
                      r"(?:was|were|had|has|have|is|are|remains?|remained)\b", re.IGNORECASE)


def _speaker_age(claim: Claim) -> bool:
    """An age of someone the article quotes: a witness, not a person the story is about."""
    if claim.measure != "age":
        return False
    at = claim.text.find(claim.number_text)
    return at >= 0 and bool(_SPEAKER_AGE.search(claim.text[:at])) and \
        not _SAID_OF.match(claim.text[at + len(claim.number_text):])


def _base(claim: Claim) -> float | None:
    """A setting figure's value in one unit per measure (km, seconds, km/h; years for an age)."""
    value = claim.value if claim.value is not None else (claim.low if claim.low is not None else claim.high)
    if value is None:
        return None
    if claim.measure == "age":
        return float(value)
    if claim.measure == temperatures.MEASURE:
        return temperatures.celsius(claim)
    size = _unit_size(claim)
    if claim.measure == "volume" and size:
        return float(value) * size ** 3  # cubic kilometres: "3 million cubic metres" is "106 million cubic feet"
    return float(value) * size if size else None


def _unit_size(claim: Claim) -> float | None:
    """The size of a claim's unit in its measure's one unit (km, seconds, km/h); None for no such unit."""
    unit = (claim.unit or "").split(" ")[0].lower()
    return (_IN_BASE.get(W.singular(unit)) or _IN_BASE.get(unit)) if unit else None


def _elsewhere(reports: list[_Report], *, main: str | None) -> bool:
    """An amount every report places in another town than the story's (the jewels taken in
    Cannes, recalled in a story of a Paris heist), a town some report's sentence names: another
    event's, left out."""
    if not main or reports[0].claim.measure not in ("money", "damage"):
        return False
    places = {r.claim.location for r in reports}
    if None in places or main in places or not any(_placed_here(r.claim) for r in reports):
        return False  # a report set nowhere, at the story's place, or only by a dateline: the story's amount
    return all(not _is_country(p) and _country(p) is not None and not _wider(p.lower(), main.lower(), None)
               and not _wider(main.lower(), p.lower(), None) for p in places if p)


def _placed_here(claim: Claim) -> bool:
    """Whether the sentence of a figure names the place it is set in, beyond a dateline: not a place the article
    gives its figures by default ("LONDON, Aug 18 (Meridian) - ... interim payments of 25,000 pounds", a foreign
    outlet's home town)."""
    if not claim.location:
        return False
    text = claim.text
    if (dateline := DATELINE.match(text)) is not None:
        text = text[dateline.end():]
    return named_in(claim.location, [text])


def _amounts(key: tuple[str, ...], reports: list[_Report], *, joins: dict[str, str], payers: bool = True,
             named: dict[str, str] | None = None, subject: list[str] | None = None, kinds: bool = True,
             ) -> list[list[_Report]]:
    """Amounts of money grouped by size: "€2m", "$2.6m" and "£1.7m" are one haul told in
    three currencies; "€40m" in the same story is another amount. A conversion in brackets
    goes with the amount it converts, whatever its size. Shares are grouped so too ("23.8%" and "24
    percent" are one, "27 percent" another) when an article tells shares of different sizes."""
    air = key == (scales.RATING, scales.AIR_INDEX)  # "an API of 247", "203 on Monday": each reading a row
    if key[0] not in ("money", "damage", "price", "count", "percent", *SETTING_MEASURES) and not air:
        return [reports]
    if payers and key[0] == "damage" and not _damages_apart(reports, joins=joins):
        return [reports]  # no article tells two damages: outlets' estimates of one damage, however far apart
    if payers and (key[0] in ("money", "damage", "price") or key == ("duration", "term")) and \
            len(by_payer := _by_payer(reports, joins=joins, named=named, subject=subject)) > 1:
        # the sums of each party that pays apart: "the Nationals' $160 million", "the Red Sox's $184 million"
        return [c for part in by_payer for c in _amounts(key, part, joins=joins, payers=False, kinds=kinds)]
    if kinds and key[0] in ("money", "damage", "price") and len(by_kind := _by_kind(reports, joins=joins)) > 1:
        # what each sum is, where its sentence says: a cash part, a grant, a loan are not the price however close
        return [c for part in by_kind for c in _amounts(key, part, joins=joins, payers=False, kinds=False)]
    if key[0] == temperatures.MEASURE:  # "-33.4 degrees", "nearly -34C (-28F)": by reading, in degrees Celsius
        return temperatures.by_reading(reports)
    chained = False  # each figure against the one before it (counts), or against the cluster's first
    if key[0] in SETTING_MEASURES:  # a distance, a duration, a speed, an age: by its value in one unit
        ratio = 1.0 if key[1:] == ("term",) else SETTING_RATIO.get(key[0], 1.0)  # seven years, eight years
        sized = [(b, r) for r in reports if (b := _base(r.claim)) is not None]
    elif air:  # two readings within INDEX_RATIO are one, told rounded ("nearly 250" and 247)
        ratio = INDEX_RATIO
        sized = [(r.low if r.low > 0 else r.high, r) for r in reports]
    elif key[0] == "count":  # "3 ladder trucks" and "31 fire trucks": counts an order apart are two things
        ratio, chained = COUNT_GAP, True
        sized = [(r.low if r.low > 0 else r.high, r) for r in reports if r.claim.id not in joins]
    elif key[0] == "percent":  # "a 27 percent premium" and "fell 3 percent": two shares, by their size
        if not _shares_apart(reports):
            return [reports]  # no article tells two shares: "plunged 5.4 per cent", "closed down 3.9": one, moving
        ratio = PERCENT_RATIO
        sized = [(r.low if r.low > 0 else r.high, r) for r in reports if r.claim.id not in joins]
    else:
        ratio = AMOUNT_RATIO
        sized = [(r.low, r) for r in reports if r.claim.id not in joins]
    clusters: list[list[_Report]] = []
    home: dict[str, int] = {}
    first = 0.0
    for size, r in sorted(sized, key=lambda x: x[0]):
        if not (clusters and size <= first * ratio):
            clusters.append([])
            first = size
        if chained:
            first = size
        clusters[-1].append(r)
        home[r.claim.id] = len(clusters) - 1
    if key[0] in ("money", "damage", "price"):
        clusters = [piece for c in clusters for piece in _sums_apart(c, joins=joins)]
        home = {r.claim.id: i for i, c in enumerate(clusters) for r in c}
    if key[0] == "age":
        clusters = _one_person(clusters)
    elif key[0] in SETTING_MEASURES and key[1:] != ("term",):  # "205 yards" and "226 yards" in one article: two
        clusters = [piece for c in clusters for piece in apart_by_article(c, size=_base)]
    for r in reports:
        if r.claim.id in joins and key[0] not in SETTING_MEASURES:
            at = home.get(joins[r.claim.id])
            if at is None:
                clusters.append([r])
            else:
                clusters[at].append(r)
    return clusters


def _shares_apart(reports: list[_Report]) -> bool:
    """Whether an article tells two shares of different sizes (``PERCENT_RATIO`` apart): a premium and a fall,
    two parties' votes. When none does, outlets' different figures are one share told differently or
    moving ("stocks plunged 5.4 per cent", "closed down 3.9 percent") and stay one row."""
    told: dict[str, list[float]] = {}
    for r in reports:
        if r.low > 0:
            told.setdefault(r.claim.article, []).append(r.low)
    return any(max(v) > min(v) * PERCENT_RATIO for v in told.values())


# an estimate told beside the one it revises: "raised its estimate to 5 million lei, from about 3 million", "puts the
# damage at $740 million, well above the half a billion dollars the governor cited"
_REVISED = re.compile(r"\b(?:raised|lowered|revised|cut)\s+(?:its|their|his|her|the)\s+(?:\w+\s+)?estimate|"
                      r"\bwell\s+(?:above|below)\b|\bto\s+[^,;]{1,40},?\s+from\b", re.IGNORECASE)


def _damages_apart(reports: list[_Report], *, joins: dict[str, str]) -> bool:
    """Whether an article tells two damages of different sizes in one currency (not a conversion, nor an estimate
    told beside the one it revises): the damage to homes beside the damage to roads; or the estimates lie further
    apart than ``DAMAGE_SPREAD``. When neither, outlets' different estimates are one damage told or revised ("put
    total damage at $2.6 million", "the damage at $1.7 million")."""
    told: dict[tuple[str, str], list[float]] = {}
    spread: dict[str, list[float]] = {}
    for r in reports:
        if r.low > 0 and r.claim.id not in joins:
            if not (_RISING.search(r.claim.text) or _REVISED.search(r.claim.text)):
                told.setdefault((r.claim.article, r.claim.unit or ""), []).append(r.low)
            spread.setdefault(r.claim.unit or "", []).append(r.low)
    return any(max(v) > min(v) * (1 + AMOUNT_SLACK) for v in told.values()) or \
        any(max(v) > min(v) * DAMAGE_SPREAD for v in spread.values())


BIRTHDAY = 1.0  # two ages of one named person this many years apart: a birthday between reports ("28", "will turn 29")


def _person(reports: list[_Report]) -> list[str]:
    """The names an age's reports give for whose age it is ("Teixeira", "Mark Teixeira"), not nouns ("the girl")."""
    return [c for r in reports if (c := (r.claim.counted or "").strip()) and c[:1].isupper()]


def _one_person(clusters: list[list[_Report]]) -> list[list[_Report]]:
    """Ages a year apart that name one person are one age told before and after a birthday ("Teixeira, 28",
    "Teixeira, who turns 29 in April"), not two people's; two people a year apart are named apart ("Paul
    Riva, 47", "Alan Steinberg, 48"), and an article that gives both figures of another name tells two ages."""
    out = [list(c) for c in clusters]
    merged = True
    while merged:
        merged = False
        for i, j in itertools.combinations(range(len(out)), 2):
            a, b = out[i], out[j]
            va = {_base(r.claim) for r in a}
            vb = {_base(r.claim) for r in b}
            if None in va or None in vb or not all(abs((x or 0) - (y or 0)) <= BIRTHDAY for x in va for y in vb):
                continue
            names_a, names_b = _person(a), _person(b)
            if not names_a or not names_b or not all(_same_name(x, y) for x in names_a for y in names_b):
                continue  # nobody named, or two names: two people of about one age
            if {r.claim.article for r in a} & {r.claim.article for r in b}:
                continue  # one article gives both figures: it tells two ages apart
            out[i] = a + b
            del out[j]
            merged = True
            break
    return out


# What a sum is, by kind: sums of two kinds are two quantities however close in size ("$281 million in cash"
# beside "$334 million" paid in all; a grant beside the funding raised). The words of a whole deal (price,
# payment, offer, deal, contract, cost) name no kind of their own: every sum of a story of a deal is one of its.
_KINDS = {
    "cash": "means", "stock": "means", "stocks": "means", "shares": "means", "equity": "means",
    "funding": "funding", "financing": "funding", "investment": "funding", "investments": "funding",
    "round": "funding", "capital": "funding", "grant": "grant", "grants": "grant", "subsidy": "grant",
    "subsidies": "grant", "loan": "loan", "loans": "loan", "debt": "loan", "debts": "loan", "credit": "loan",
    "bond": "loan", "bailout": "bailout", "rescue": "bailout", "package": "bailout", "share": "share",
    "contribution": "share", "savings": "savings", "cuts": "savings", "revenue": "revenue", "revenues": "revenue",
    "sales": "revenue", "turnover": "revenue", "earnings": "profit", "profit": "profit", "profits": "profit",
    "income": "profit", "loss": "loss", "losses": "loss", "fine": "fine", "fines": "fine", "penalty": "fine",
    "bail": "bail", "reward": "reward", "ransom": "ransom", "settlement": "settlement", "salary": "salary",
    "wages": "salary", "fee": "fee", "fees": "fee", "valuation": "valuation", "charge": "charge", "charges": "charge",
    "writedown": "charge", "dividend": "dividend"}
# "$334 million in cash and stock", "in cash and shares": the whole sum, however it is paid
_MIXED_MEANS = re.compile(r"^\s*in\s+(?:cash|stock|shares)\s+(?:and|or|plus)\s+(?:cash|stock|shares)\b", re.IGNORECASE)
# "$281 million of the purchase price": a part of a sum, named by the whole it is a part of
_PART_OF = re.compile(r"^\s*of\s+(?:the|its|their|this|that)\b", re.IGNORECASE)


# where a share price moved to or stood: "Pinecrest shares rose 23.8% to $37.10", "the stock closed at $61.20": the
# market's price, not a sum a buyer offers or pays, however close the two are
_MARKET_BEFORE = re.compile(r"\b(?:shares?|stock|stocks)\b(?:[^.;:]|\.(?=\d)){0,60}?\b(?:rose|ris|fell|fall|jump|climb|"
                            r"gain|drop|slid|slip|sank|sink|soar|surg|tumbl|plung|plummet|clos|end|finish|open|trad|"
                            r"stood|stand|rall|edg|sag|slump|dip|shed|lost|los|advanc|declin|rebound|recover|was\s+up|"
                            r"was\s+down)[a-z]*\b(?:[^.;:]|\.(?=\d)){0,40}?\b(?:to|at)\s+(?:about\s+|around\s+|nearly\s+)?$",
                            re.IGNORECASE)
# "Rheintal had closed at 14.49 euros on Friday", "it ended the day at $61.20": a close told without "shares"
_CLOSED_AT = re.compile(r"\b(?:closed|ended|finished|opened)\s+(?:(?:the\s+)?(?:day|session|week|trading)\s+|"
                        r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday)\s+)?at\s+(?:about\s+|around\s+|"
                        r"nearly\s+)?$", re.IGNORECASE)
_SCALED = re.compile(r"\d\s*(?:[mb]n?|million|billion|trillion)\b", re.IGNORECASE)  # no share trades in millions


def _kind(claim: Claim) -> str:
    """The kind of sum a claim reports, when its words say one ("cash", "funding", "grant", "loan"), else ""."""
    at = claim.figure_at()
    if at >= 0 and (_MARKET_BEFORE.search(claim.text[max(0, at - 120):at])
                    or (claim.measure in ("money", "price") and not _SCALED.search(claim.number_text)
                        and _CLOSED_AT.search(claim.text[max(0, at - 60):at]))):
        # where a share opened is one price, where it closed another: "opened at 44.20 euros ... closing at 46.10"
        return MARKET_OPEN if _OPENED_AT.search(claim.text, max(0, at - 40), at) else MARKET
    words = re.findall(r"[a-z]+", (claim.counted or "").lower())
    kind = next((k for w in reversed(words) if (k := _KINDS.get(w))), "")
    if not kind:
        return ""
    after = claim.text[at + len(claim.number_text):] if at >= 0 else ""
    if _MIXED_MEANS.match(after) or _PART_OF.match(after):
        return ""
    return kind


MARKET = "market price"  # the kind of a share price told where it moved to
MARKET_OPEN = "opening price"  # ... and where it opened
_OPENED_AT = re.compile(r"\bopen(?:ed|ing|s)?\s+(?:(?:the\s+)?(?:day|session|trading)\s+|(?:on\s+)?[A-Z][a-z]+day\s+)?"
                        r"at\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)


def _by_kind(reports: list[_Report], *, joins: dict[str, str]) -> list[list[_Report]]:
    """Sums split by the kind their sentences give (cash, funding, a grant...). A sum of no kind joins the kind
    whose figure it gives (the same figure, within rounding), or in another currency one close in size (a
    conversion); else it stays with the sums of no kind. A conversion in brackets goes with what it converts."""
    kinds = {r.claim.id: _kind(r.claim) for r in reports if r.claim.id not in joins}
    if len({k for k in kinds.values() if k}) < 2 and not (any(kinds.values()) and not all(kinds.values())):
        return [reports]
    groups: dict[str, list[_Report]] = {}
    for r in reports:
        if kinds.get(r.claim.id):
            groups.setdefault(kinds[r.claim.id], []).append(r)
    for r in reports:
        if r.claim.id in joins or kinds.get(r.claim.id):
            continue
        best, near = "", math.inf
        for kind, members in groups.items():
            for m in members:
                x, y = r.claim.value or _top(r), m.claim.value or _top(m)  # the figures told, not an "about"'s bound
                if kinds.get(m.claim.id) != kind or x <= 0 or y <= 0 or kind in (MARKET, MARKET_OPEN):
                    continue  # (an offer near the market)
                gap = abs(math.log(x / y))
                same_unit = m.claim.unit == r.claim.unit
                # a bound holds the figure it gives ("about $2 billion"); a range told of charges does not give the
                # profit that falls inside it ("charges of $1.1 billion to $1.4 billion", "profit of $1.31 billion")
                held = "range" not in (r.claim.qualifier, m.claim.qualifier) and (
                    r.low <= m.low <= r.high or m.low <= r.low <= m.high)
                same = gap <= math.log(1 + EXACT_SLACK) or held
                if (same if same_unit else gap <= math.log(AMOUNT_RATIO)) and gap < near:
                    best, near = kind, gap
        groups.setdefault(best, []).append(r)
    where = {r.claim.id: k for k, members in groups.items() for r in members}
    for r in reports:
        if r.claim.id in joins:
            groups.setdefault(where.get(joins[r.claim.id], ""), []).append(r)
    return [g for g in groups.values() if g]


# A name as a sentence writes it: "the Washington Nationals", "AMD", "Red Sox"
_NAME = re.compile(r"\b[A-Z][\w'’&-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’&-]*)*")
# Capitalised words that open a sentence or name a time, not a party
_NOT_PARTIES = frozenset({
    "the", "a", "an", "if", "it", "its", "in", "on", "at", "but", "and", "or", "so", "last", "this", "that", "these",
    "those", "one", "some", "reports", "report", "various", "either", "however", "meanwhile", "according", "after",
    "before", "when", "while", "with", "without", "for", "from", "as", "by", "to", "he", "she", "they", "we", "i",
    "you", "his", "her", "their", "our", "there", "here", "what", "which", "who", "why", "how", "other", "another",
    "both", "all", "most", "many", "even", "also", "still", "now", "then", "today", "yesterday", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "us", "eur", "usd", "gbp",
    "ceo", "coo", "cfo", "inc", "corp", "co", "ltd", "llc", "plc", "sources", "source", "officials", "analysts"})
# A name that tells rather than pays: "WCVB-TV claims", "Lynch reported", "according to Newsday"
_TELLS = re.compile(r"^\s*(?:,\s*)?(?:has\s+|had\s+|also\s+)?(?:reported|reports|report|said|says|claims|claimed|"
                    r"told|wrote|writes|believes|estimates|suggested|confirmed)\b", re.IGNORECASE)
_OFFER_BY = re.compile(r"^[^.;]{0,40}?\b(?:offers?|bids?|deals?|proposals?)\s+(?:made\s+)?by\s+(?:the\s+)?"
                       r"(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)")
# What a party that pays does, right after its name: "the Nationals have offered", "AMD will pay", "the Red Sox
# offer", "the Orioles, according to reports, have made", "the Angels are reportedly at"
_PAYS = re.compile(r"^(?:\s*,[^,]{1,60},)?\s*(?:['’]s?\s+)?(?:(?:\w+|-)\s+){0,3}?"
                   r"(?:offer(?:s|ed|ing)?|bids?|bidding|bid|proposal|made|makes?|pa(?:y|ys|id|ying)|upgraded|raised|countered|tabled|proposed|acquir(?:e|es|ed|ing)|"
                   r"buy(?:s|ing)?|bought|invest(?:s|ed|ing)?|sp(?:end|ends|ent)|committed|(?:is|are|was|were)\s+"
                   r"(?:\w+\s+)?at)\b", re.IGNORECASE)
PAYER_NAMES = 3  # how many names back from a sum its payer may stand
PAYER_REPORTS = 2  # a party this many sentences name for their sums is one whose sums are told apart


def _names(text: str) -> list[tuple[int, int, str]]:
    """The names a sentence gives, with their offsets, leading words that only open the sentence dropped."""
    out = []
    for m in _NAME.finditer(text):
        words = m.group().split()
        while words and words[0].lower().strip("'’") in _NOT_PARTIES:
            words = words[1:]
        if words:
            name = " ".join(words)
            out.append((m.end() - len(name), m.end(), name))
    return out


def _words_of(name: str) -> frozenset[str]:
    return frozenset(w.lower().rstrip("'’s") for w in name.split())


def _same_name(a: str, b: str) -> bool:
    """"Nationals" is "the Washington Nationals"; "AMD" is "Advanced Micro Devices"."""
    wa, wb = _words_of(a), _words_of(b)
    if wa <= wb or wb <= wa:
        return True
    short, long_ = sorted((a, b), key=len)
    initials = "".join(w[0] for w in long_.split() if w[:1].isupper())
    return short.isupper() and len(short) >= 2 and short == initials


def _common_names(reports: list[_Report]) -> list[str]:
    """Names that most of a story's sums are told beside: who the story is about (the player every
    club bids for, the company bought), not who pays."""
    seen: Counter[str] = Counter()
    for r in reports:
        seen.update({n for _, _, n in _names(r.claim.text)})
    half = len({(r.claim.article, r.claim.start) for r in reports}) / 2
    return [n for n, k in seen.items() if k > half and len(seen) > 1]


def _payer(claim: Claim, common: list[str]) -> str:
    """Who pays, offers or bids the sum, when the sentence names it: the nearest name before the
    figure that is not the story's subject nor a source telling of it ("the Nationals have offered
    Teixeira an eight-year, $160 million contract"), or the one the offer is "by"."""
    at = claim.figure_at()
    if at < 0:
        return ""
    by = _OFFER_BY.match(claim.text[at + len(claim.number_text):])
    if by and not any(_same_name(by.group("name"), c) for c in common):
        return by.group("name")
    before = claim.text[:at]
    for start, end, name in reversed(_names(before)[-PAYER_NAMES:]):
        if any(_same_name(name, c) for c in common) or _TELLS.match(before[end:]) or \
                re.search(r"according\s+to\s+(?:the\s+)?$", before[:start], re.IGNORECASE) or \
                before[end:end + 1] in ("$", "€", "£") or name.lower() in _NOT_PARTIES:
            continue
        if _PAYS.match(before[end:]):
            return name
        if not re.match(r"\s*-\s*[A-Z]", before[end:]):  # "WCVB - TV claims": one teller's name, hyphenated
            return ""  # the nearest name does not pay: "..., the Orioles around seven years, $140 million"
    return ""


def _by_payer(reports: list[_Report], *, joins: dict[str, str], named: dict[str, str] | None = None,
              subject: list[str] | None = None) -> list[list[_Report]]:
    """Sums of one size that different parties pay or offer are different facts: "the Nationals made
    an eight-year, $160 million offer" and "the Angels are at eight years and $160 million" are two
    offers, not two reports of one. A cluster is split so only when one article names two parties for
    its sums; a sum whose sentence names no party (or one named once) joins the party whose figure it
    gives, else stays with the sums no party is known for."""
    common = _common_names(reports) + (subject or [])
    payers = {r.claim.id: _payer(r.claim, common) for r in reports}
    for r in reports:
        if r.claim.id in joins:  # a conversion in brackets is paid by whoever pays the sum it converts
            payers[r.claim.id] = payers.get(joins[r.claim.id], "")
    if named is not None:
        named.update((i, p) for i, p in payers.items() if p)
    parties: list[str] = []
    for name in sorted({p for p in payers.values() if p}, key=len, reverse=True):
        if not any(_same_name(name, known) for known in parties):
            parties.append(name)

    def party(r: _Report) -> str:
        name = payers[r.claim.id]
        return next((p for p in parties if name and _same_name(name, p)), "")

    told = Counter(p for p, _, _ in {(party(r), r.claim.article, r.claim.start) for r in reports if party(r)})
    known = {p for p, n in told.items() if n >= PAYER_REPORTS}  # named in this many sentences
    by_article: dict[str, set[str]] = {}
    for r in reports:
        if party(r) in known:
            by_article.setdefault(r.claim.article, set()).add(party(r))
    if not any(len(p) >= 2 for p in by_article.values()):
        return [reports]
    pieces: dict[str, list[_Report]] = {p: [] for p in sorted(known)}
    loose: list[_Report] = []
    for r in reports:
        if party(r) in known:
            pieces[party(r)].append(r)
    theirs = {p: list(v) for p, v in pieces.items()}
    for r in reports:
        if party(r) in known:
            continue
        fits = Counter({p: sum(_same_figure(r, g) for g in theirs[p]) for p in theirs})
        best = [p for p, n in fits.items() if n and n == max(fits.values())]
        if len(best) == 1:
            pieces[best[0]].append(r)
        else:
            loose.append(r)
    return [p for p in pieces.values() if p] + ([loose] if loose else [])


_DEAL_WORD = re.compile(r"\b(?:deal|contract|offer|agreement|extension|lease|proposal|pact|bid|acquisition|takeover|"
                        r"purchase|merger|loan|grant|fine|bail|reward|ransom|settlement|bailout)s?\b", re.IGNORECASE)


def _deal(claims: list[Claim], payers: dict[str, str]) -> str:
    """What a sum is the sum of, when most of its sentences say: "the Red Sox offer", "the
    acquisition", "the bail" ("" when they do not agree on a word); the payer first when most
    of them name one."""
    words = Counter(m.group().lower().rstrip("s") for c in claims if (m := _DEAL_WORD.search(c.text)))
    word, n = words.most_common(1)[0] if words else ("", 0)
    if n * 2 < len(claims) or len(claims) < 2:
        return ""
    who = Counter(p for c in claims if (p := payers.get(c.id)))
    payer, k = who.most_common(1)[0] if who else ("", 0)
    per = next((c.unit[c.unit.index(" per "):] for c in claims if c.unit and " per " in c.unit), "")
    return f"the {payer + ' ' if k * 2 >= len(claims) else ''}{word}{f' ({per.strip()})' if per else ''}"


def _sums_apart(reports: list[_Report], *, joins: dict[str, str]) -> list[list[_Report]]:
    """Amounts of one currency that one sentence tells apart are two amounts, however close: "$334
    million, including $281 million in cash" is a price and its part paid in cash, not two outlets'
    figures for one price. Each such exact amount anchors its own quantity; the others join the
    anchor they fit (a range that holds it, else the nearest)."""
    told: dict[tuple[str, int], list[tuple[float, _Report]]] = {}
    for r in reports:
        # a point figure, not a bound or a range, nor a conversion in brackets
        if r.claim.qualifier in ("exact", "about") and r.claim.value and r.claim.id not in joins:
            told.setdefault((r.claim.article, r.claim.start), []).append((r.claim.value, r))
    anchors = sorted({x for same in told.values() for x, a in same for y, b in same
                      if a.claim.unit == b.claim.unit and abs(x - y) > AMOUNT_SLACK * max(x, y)})
    if len(anchors) < 2:
        return [reports]
    pieces: dict[float, list[_Report]] = {v: [] for v in anchors}
    for r in reports:
        inside = [v for v in anchors if r.low <= v <= r.high]
        point = r.claim.value or _top(r)
        best = min(inside or anchors, key=lambda v: abs(math.log(v / max(point, 1e-9))))
        pieces[best].append(r)
    return [p for p in pieces.values() if p]


@dataclass
class _Unit:
    """One quantity's reports before it becomes a fact: the story-wide figure, the sub-events
    by place, and the unit of the total it is a part of (a count "in this operation" within
    the count "in five operations so far")."""
    total: list[_Report]
    parts: dict[str, list[_Report]]
    within: int | None = None


# Measures whose figures an article may tell apart by value within one group: counts of people and
# things, arrests, evacuations. Tolls (killed, injured) are left to places and dates, since an
# article that gives two tolls is most often updating one ("rose to 24 from 11").
_TOLD_APART_SKIP = frozenset({"killed", "injured", "money", "damage", "price", "magnitude", "depth", "percent",
                              *SETTING_MEASURES})
# sums, sizes and shares are not counted night by night: only head counts and tolls have a tally (so_far.py)
_UNTALLIED = _TOLD_APART_SKIP - {"killed", "injured"}
# counts of people standing at a time, not events of a day: the same quantity at two times, not two counts
_STANDING = frozenset({"deployed", "missing", "displaced", "evacuated"})


def _exact(r: _Report) -> bool:
    return r.claim.qualifier != "vague" and r.low == r.high and not math.isinf(r.low)


TOLD_SLACK = 0.1  # an exact count this close to one an article tells apart is that count, rounded or misread
STANDING_SLACK = 0.3  # for people standing at a time (evacuated, deployed, missing), whose count moves by the hour


def _told_apart(reports: list[_Report]) -> list[list[_Report]]:
    """A group whose figures one article tells apart holds several quantities: "six rifles were
    seized in the operation" and, in the same article, "14 rifles in its five operations so
    far" are two counts, not a conflict between outlets. Such a group is split by value: each
    exact figure is its own quantity, a bound or a vague figure joins the one it fits best."""
    # a share that names no counted noun ("rose 20 percent", "90 percent of the components") is told apart by
    # value like a count: outlets' unrelated percents are not one quantity
    bare = bool(reports) and reports[0].claim.measure == "percent" and not reports[0].claim.counted
    # the tally since the start, where the story also gives a night's own count: one quantity that grows, apart
    # from the nights', and each night's count its own (link/so_far.py)
    told_so_far = [so_far(r.claim) for r in reports]
    tallied = [r for r, t in zip(reports, told_so_far, strict=True) if t]
    rest = [r for r, t in zip(reports, told_so_far, strict=True) if not t]
    if tallied and nights_apart([r.claim for r in rest]) and reports[0].claim.measure not in _UNTALLIED:
        return [tallied, *_by_value(rest, {r.low for r in rest if _exact(r)})]
    if not reports or (reports[0].claim.measure in _TOLD_APART_SKIP and not bare) or \
            reports[0].claim.unit == "times":
        return [reports]
    by_article: dict[str, list[_Report]] = {}
    for r in reports:
        if r.claim.qualifier != "vague" and not math.isinf(r.high) and not _RISING.search(r.claim.text) \
                and not _EARLIER.search(r.claim.text):
            by_article.setdefault(r.claim.article, []).append(r)
    standing = reports[0].claim.measure in _STANDING
    # a figure told as a teller's estimate does not tell its count apart from a rival figure (``_estimated``)
    rival = {id(r) for told in by_article.values() for r in told if _estimated(r.claim)}
    pairs = [(a, b) for told in by_article.values() for a in told for b in told if (a.high < b.low or b.high < a.low)
             and not (standing and _two_days(a.claim, b.claim)) and id(a) not in rival and id(b) not in rival]
    if not pairs:
        return [reports]  # no article gives two figures that cannot both be one count
    return _up_from(_by_value(reports, {x.low for pair in pairs for x in pair if _exact(x)}))


# the words between a count and its earlier value in one sentence: "1,774 suspected cases ..., up from 1,486",
# "two remain missing, down from seven"
_UP_FROM = re.compile(r"^[^.;:]{0,60}?\b(?:up|down|rising|falling|climbing)\s+from\s+(?:about\s+|around\s+|some\s+)?$",
                      re.IGNORECASE)


# a figure told as one teller's estimate: "the airline put the number of striking pilots at 585", "the fire service's
# own latest estimate of 3,000 hectares", "35 houses under the mud, not 27"
_ESTIMATED = re.compile(r"(?:\b(?:put|puts|putting|placed|places|estimated|estimates|estimating)\s+"
                        r"(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,5}?at|"
                        r"\b(?:estimate|figure|count|tally)\s+(?:of|at|stood\s+at|stands\s+at|was|is)|,\s+not)\s+$",
                        re.IGNORECASE)


def _estimated(claim: Claim) -> bool:
    """Whether a figure is told as a teller's estimate (``_ESTIMATED``), so that beside another figure of its article
    it is a rival figure for one quantity, not a second quantity: "the union said about 640 pilots had joined ...;
    the airline put the number of striking pilots at 585". Two figures merely credited to two tellers are not
    enough: "the union said 62,000 teachers stayed away" beside the ministry's "87,000 teachers on the payroll" are
    two counts."""
    at = claim.figure_at()
    return at >= 0 and _ESTIMATED.search(claim.text[:at]) is not None


def _up_from(pieces: list[list[_Report]]) -> list[list[_Report]]:
    """The pieces a split by value made, with two joined when a sentence gives a figure of one as the earlier value
    of the other's ("1,774 suspected cases and 41 deaths, up from 1,486 cases a day earlier"): one count that moved,
    told as one by its own outlet, whatever other articles tell apart."""
    where = {id(r): k for k, piece in enumerate(pieces) for r in piece}
    parent = list(range(len(pieces)))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    told: dict[tuple[str, str], list[_Report]] = {}  # the figures of one sentence of one article
    for r in (r for piece in pieces for r in piece):
        told.setdefault((r.claim.article, r.claim.text), []).append(r)
    for sentence in told.values():
        for a, b in itertools.combinations(sorted(sentence, key=lambda r: r.claim.figure_at()), 2):
            start = a.claim.figure_at() + len(a.claim.number_text)
            if root(where[id(a)]) != root(where[id(b)]) and a.claim.figure_at() >= 0 and \
                    _UP_FROM.match(a.claim.text[start:b.claim.figure_at()]):
                parent[root(where[id(b)])] = root(where[id(a)])
    if all(parent[k] == k for k in range(len(pieces))):
        return pieces
    joined: dict[int, list[_Report]] = {}
    for k, piece in enumerate(pieces):
        joined.setdefault(root(k), []).extend(piece)
    return list(joined.values())


def _two_days(a: Claim, b: Claim) -> bool:
    """Whether two figures of one article each name their own day: a standing count told at two times ("1,350
    firefighters deployed on Wednesday; about 900 remained on Thursday"), not two counts."""
    day_a, day_b = day_named(a), day_named(b)
    return day_a is not None and day_b is not None and day_a != day_b


def _by_value(reports: list[_Report], apart: set[float]) -> list[list[_Report]]:
    """The reports split by value around the figures ``apart`` (figures told apart from another)."""
    # an exact figure no article tells apart from another, a tenth off one that is, is that figure told by
    # another outlet ("19 wives" beside "20", not "three bombs" beside "four"): a clash, not a second count
    near = {r.low: min(apart, key=lambda v: (abs(v - r.low), v)) if apart else r.low for r in reports if _exact(r)}
    slack = STANDING_SLACK if reports and reports[0].claim.measure in _STANDING else TOLD_SLACK
    near = {v: a if v in apart or abs(v - a) <= slack * max(a, v) else v for v, a in near.items()}
    anchors = Counter(near[r.low] for r in reports if _exact(r))
    clusters: dict[float, list[_Report]] = {v: [] for v in sorted(anchors)}
    loose: list[_Report] = []
    for r in reports:
        if _exact(r):
            clusters[near[r.low]].append(r)
            continue
        fits = [v for v in anchors if r.low <= v <= r.high]
        if fits:
            clusters[max(fits, key=lambda v: (anchors[v], v))].append(r)
        else:
            loose.append(r)
    out = [c for c in clusters.values() if c]
    return out + ([loose] if loose else [])


# "a total of 14", "so far", "thus far", "in all", "since September": a figure given as a running total
_TOTAL = re.compile(r"\b(?:a\s+total\s+of|in\s+total|so\s+far|thus\s+far|to\s+date|in\s+all|altogether|overall|"
                    r"since\s+(?:the\s+)?(?:[A-Z]\w+|\d{4}|last|early|late|then))\b")


def _totals(pieces: list[list[_Report]]) -> dict[int, int]:
    """Which split quantity is part of which: a smaller figure is a part of the larger one that
    its articles give as a running total ("14 rifles so far", "a total of 923 rounds")."""
    if len(pieces) < 2:
        return {}
    marked = [i for i, piece in enumerate(pieces) if sum(bool(_TOTAL.search(r.claim.text)) for r in piece) * 2
              > len(piece)]
    out: dict[int, int] = {}
    for i, piece in enumerate(pieces):
        top = max(r.low for r in piece)
        wider = [j for j in marked if j != i and min(r.low for r in pieces[j]) > top]
        if wider and i not in marked:
            out[i] = min(wider, key=lambda j: min(r.low for r in pieces[j]))
    return out


# Measures of the same kind whose counts may be one quantity told with two nouns: "26 Somali pirates
# detained" and "26 Somali crew on board", "two managers wounded" and "two men injured".
_ABSORB_SKIP = frozenset({"money", "damage", "price", "magnitude", "depth", "percent", *SETTING_MEASURES,
                          *W.BACKGROUND_MEASURES})
_TOLLS = frozenset({"killed", "injured", "missing"})  # a toll is its own quantity: never folded into a bare count
_SURVIVED = frozenset({"survived", "survive", "survives", "surviving"})
ODD_SHARE = 3  # a quantity takes another's reports when at most one in this many give another figure
ABSORB_SOURCES = 2  # a quantity this many sources or fewer give may be another's figure under another noun


def _absorb(units: list[_Unit], *, copies: dict[str, str]) -> None:
    """Fold a quantity into a larger one (several articles, even copies of one text) when it is
    the same figure of the same kind under another noun: one group of people ("two managers
    wounded", "two partners", "two wounded men"), one set of things told with one verb ("three
    skiffs intercepted", "three boats intercepted"), one toll under a generic noun ("killing two",
    "two workers killed"). The figure must be the one most of the larger quantity's reports give
    (one stray figure in three is let pass), the measures must agree (a bare count agrees with any;
    an arrest or a rescue with a bare count of the same named people; a toll only with a toll),
    and an article that gives both must restate one figure under a generic or shared noun: an
    article that counts two nouns apart counts two things. What several sources give folds only
    when the nouns share a word or the measures agree."""
    weights = [_weight(u.total, copies) for u in units]
    for i in sorted(range(len(units)), key=lambda i: weights[i]):
        small = units[i].total
        if not small or units[i].parts or units[i].within is not None:
            continue
        weights = [_weight(u.total, copies) for u in units]  # a quantity that took another's reports weighs more
        # a larger quantity, or one as large that comes first (two names of one group, told as often)
        fits = sorted(((_fits(small, unit.total), weights[j], j) for j, unit in enumerate(units)
                       if j != i and unit.total and weights[j][1] >= 2 and (weights[j], -j) > (weights[i], -i)),
                      reverse=True)
        # what several sources report takes another noun's figure only when a word of the nouns is shared
        fits = [f for f in fits if f[0][0] and (weights[i][0] <= ABSORB_SOURCES or f[0][1] >= 1)]
        if not fits or (len(fits) > 1 and fits[0][:2] == fits[1][:2]):
            continue  # nothing fits, or two quantities fit alike: which one it is stays unknown
        units[fits[0][2]].total = units[fits[0][2]].total + small
        units[i].total = []


def _weight(reports: list[_Report], copies: dict[str, str]) -> tuple[int, int, int]:
    articles = {r.claim.article for r in reports}
    return len({copies.get(a, a) for a in articles}), len(articles), len(reports)


def _fits(small: list[_Report], big: list[_Report]) -> tuple[int, int, int, int]:
    """How well a small quantity's figures fit a larger one as the same quantity under another
    noun: (fits at all, a word of the nouns and the measure shared (0-2), reports of the larger
    that give the small one's figure, articles)."""
    a, b = small[0].claim, big[0].claim
    if a.measure in _ABSORB_SKIP or b.measure in _ABSORB_SKIP or _of_things(a) != _of_things(b) or \
            a.unit == "times" or b.unit == "times":
        return (0, 0, 0, 0)
    words_a, words_b = _named(small), _named(big)
    if not words_a or not words_b:
        return (0, 0, 0, 0)  # a figure that names nothing it counts
    shared = (words_a & words_b) - _GENERIC_SINGULAR  # "Somali pirates" and "Somali crew"
    crowd = b.measure == "count" and a.measure not in _TOLLS and min(_top(r) for r in small + big) >= ROUNDED_FLOOR
    if a.measure != b.measure and a.measure != "count" and \
            not (b.measure == "count" and (shared or crowd) and a.measure not in _TOLLS):
        # "killed" and "injured", "injured" and a bare count: what happened is not lost; but an arrest or a
        # rescue joins a bare count of the same named people ("26 pirates detained", "26 Somali crew")
        return (0, 0, 0, 0)
    if a.measure == "count" != b.measure and not shared and _other_side(small, big):
        return (0, 0, 0, 0)  # "two police officers" are not "two of the eight people wounded": another side
    heads_a = {W.singular(_head(r.claim.counted)) for r in small} - {""}
    heads_b = {W.singular(_head(r.claim.counted)) for r in big} - {""}
    generic = bool((heads_a | heads_b) & (_GENERIC_SINGULAR | (_HELD_ANYONE if a.measure == "detained" else set())))
    if a.measure == b.measure and a.measure != "count" and not _of_things(a) and not (heads_a & heads_b or generic):
        return (0, 0, 0, 0)  # "soldiers killed" and "civilians killed": keyed apart on purpose
    by_figure = _of_things(a) and not (words_a & words_b or _verbs(small) & _verbs(big))
    if by_figure and not _uncommon(small):
        # things under two nouns are one set only when a word or the verb is shared, or when the figure
        # is too uncommon for two outlets to give it for two things ("27 overseas booths", "27 polling
        # stations abroad"; "46 KOs", "46 knockouts") ...
        return (0, 0, 0, 0)
    if not _restated(small, big, named_apart=not (generic or words_a & words_b)):
        return (0, 0, 0, 0)  # an article that gives both counts two things, unless it restates one
    agree = int(bool(shared) or _same_side(small, big)) + int(a.measure == b.measure != "count")
    if sum(r.high < 2 for r in small) * 2 >= len(small) and agree < 2:
        return (0, 0, 0, 0)  # "one", "a man": too common a figure to tell anything, unless the words agree
    same = odd = 0
    # of people, "dozens" or "a number of" beside one figure say no other figure
    told = {g.claim.article for g in big if g.claim.qualifier != "vague" or _of_things(g.claim)} or \
        {g.claim.article for g in big}
    for r in small:
        # ... the very figure, not one a bound or a word of amount admits ("38 ships" is no "more than 30 beaches")
        equal = [g for g in big if _same_figure(r, g) or (not by_figure and (bound_fits(r, g) or vague_fits(r, g)))]
        if len(equal) * 2 < len(told):
            odd += 1  # the larger quantity's figure is another
        same += len(equal)
    if odd * ODD_SHARE > len(small):
        return (0, 0, 0, 0)  # most of the small one's figures are not the larger one's
    return (1, agree, same, len({g.claim.article for g in big}))


# whoever is held is a suspect, a man or a woman: words for anyone an arrest counts ("seven suspected pirates
# detained", "the seven suspects were being held")
_HELD_ANYONE = frozenset({"suspect", "man", "woman", "detainee"})
UNCOMMON_FIGURE = 10  # from here up, the same exact count of things in two outlets' reports is rarely chance


def _uncommon(reports: list[_Report]) -> bool:
    """Whether every figure is a number, not a word of amount, and large enough to identify what it counts."""
    return all(r.claim.qualifier != "vague" and r.claim.value is not None and r.claim.value >= UNCOMMON_FIGURE
               for r in reports)


_SIDES = frozenset({"security_forces", "perpetrators", "officials", "combatants"})


def _roles(reports: list[_Report]) -> set[str | None]:
    """The roles the reports' counts of people give those they count."""
    return {r.claim.role for r in reports if r.claim.unit in PEOPLE_UNITS}


def _other_side(small: list[_Report], big: list[_Report]) -> bool:
    """Whether a count of people names one side of the story by its role (security forces, officials) and the
    larger quantity counts another (the victims of a toll)."""
    roles_a, roles_b = _roles(small), _roles(big)
    return len(roles_a) == 1 and bool(roles_a & _SIDES) and bool(roles_b) and not roles_a & roles_b


def _same_side(small: list[_Report], big: list[_Report]) -> bool:
    """Whether two counts of people name one side of the story by its role ("two transport
    officers" and "two guards", both security forces), not by a shared word."""
    roles_a, roles_b = _roles(small), _roles(big)
    return len(roles_a) == 1 and roles_a == roles_b and bool(roles_a & _SIDES)


def _restated(small: list[_Report], big: list[_Report], *, named_apart: bool) -> bool:
    """Whether the articles that give both quantities restate one: each gives them a figure in
    common, and one of the nouns is a generic one or the nouns share a word ("killing two" and
    "Both women died"; "two top leaders" and "two leaders of the sect"). "Two soldiers" beside
    "five civilians", or "five tankers" beside "five speedboats", count two groups."""
    shared = {r.claim.article for r in small} & {r.claim.article for r in big}
    if shared and named_apart:
        return False
    for article in shared:
        mine = {(r.low, r.high) for r in small if r.claim.article == article}
        theirs = {(r.low, r.high) for r in big if r.claim.article == article}
        if not mine & theirs:
            return False
    return True


def _named(reports: list[_Report]) -> set[str]:
    """The words of what the reports count ("Somali crew" -> somali, crew), singular."""
    return {W.singular(w) for r in reports for w in re.findall(r"[a-z]+", (r.claim.counted or "").lower())
            if len(w) >= 2}


def _verbs(reports: list[_Report]) -> set[str]:
    """What the reports say happened to what they count ("intercepted", "seized")."""
    return {v for r in reports if (v := _did(r.claim) or _participle(r.claim)) and v not in _STATES}


# Past participles that do not end in -ed: "three rifles were found", "two boats were seen"
_IRREGULAR = frozenset({"found", "seen", "shot", "hit", "taken", "held", "caught", "stolen", "sent", "brought",
                        "left", "kept", "thrown", "sunk", "struck", "driven", "fallen", "broken", "beaten", "lost",
                        "spent", "built", "burnt", "burned", "torn", "drawn", "set", "put", "made"})


def _participle(claim: Claim) -> str:
    word = (claim.counted_as or "").lower()
    return word if word in _IRREGULAR else ""


def _top(r: _Report) -> float:
    """A report's highest figure, an open bound ("at least 2") taken at its figure."""
    return r.low if math.isinf(r.high) else r.high


def _same_figure(r: _Report, g: _Report) -> bool:
    """Two reports give one figure: the same range, or an exact figure inside the other's "about"."""
    if (r.low, r.high) == (g.low, g.high):
        return True
    if _rounded(r) and _rounded(g) and r.claim.value and g.claim.value and r.claim.unit == g.claim.unit and \
            abs(r.claim.value - g.claim.value) <= ROUNDED_SLACK * max(r.claim.value, g.claim.value):
        return True  # "roughly 21,000" and "about 20,000", "nearly 23,000" and "over 24,000": one rough size
    return (_exact(r) and g.claim.qualifier == "about" and g.low <= r.low <= g.high) or \
        (_exact(g) and r.claim.qualifier == "about" and r.low <= g.low <= r.high)


ROUNDED_SLACK = 0.1  # two rough figures of a large number this close are one size, told by two outlets
ROUNDED_FLOOR = 1000  # ... when the number is large: "about 20" and "as many as 20" may count two groups


def _rounded(r: _Report) -> bool:
    """A rough figure of a large number: "about 20,000", "nearly 23,000", "more than 14,000"."""
    return r.claim.qualifier in ("about", "almost", "more_than", "at_least") and (r.claim.value or 0) >= ROUNDED_FLOOR


OTHER_EVENT = 100  # a toll this many times the story's usual figure is another event's ("the 2004 tsunami")


def _same_event(reports: list[_Report]) -> list[_Report]:
    """A toll far above the story's usual figure for it is another, earlier event's, recalled
    in passing (170,000 killed by the 2004 tsunami, in a story of a quake killing 24)."""
    lows = sorted(r.low for r in reports if r.low > 0 and not math.isinf(r.low))
    if len(lows) < 3:
        return reports
    usual = lows[len(lows) // 2]
    return [r for r in reports if r.low <= OTHER_EVENT * usual]


def _same_quake(reports: list[_Report]) -> list[_Report]:
    """Magnitudes of the story's event: a magnitude far from the most reported one (the
    2004 quake recalled in a story of 2013) is another event's, left out."""
    values = sorted(r.low for r in reports if not math.isinf(r.low))
    if not values:
        return reports
    middle = Counter(round(v, 1) for v in values).most_common(1)[0][0]
    return [r for r in reports if abs(r.low - middle) <= 0.6]


PART = 0.6  # a figure at a place the gazetteer does not know is a part only when this much smaller


def _wider(place: str, than: str, home: str | None) -> bool:
    """Whether ``place`` covers ``than``: the story's whole (no place), its country, or a
    name that holds the other ("Aceh" and "Central Aceh")."""
    return not place or _is_country(place) or (place in than and place != than) or \
        (home is not None and _country(place) == home and _country(than) != home)


def _is_country(name: str) -> bool:
    return any(p.is_country for p in candidates(name))


def _place(claim: Claim, main: str | None, area: frozenset[str] = frozenset()) -> str:
    """The claim's place as a key, "" for the story's own place: "Aceh province" and "the
    Persian Gulf" are the story's "Aceh" and "Gulf", and so is any place of the story's
    area (``_story_area``)."""
    place = (claim.location or "").lower().removeprefix("the ")
    own = (main or "").lower().removeprefix("the ")
    if not place or (own and (own in place or place in own)):
        return ""
    if place in area:
        return ""
    return place


AREA_SHARE = 0.25  # a place named by this share of the main place's figures is the story's area too
AREA_MIN = 5  # ... and by at least this many: a place a handful of figures name is no area


def _story_area(articles: Sequence[Article], main: str | None) -> frozenset[str]:
    """The places the story's figures are mostly set in: the main place and any place named
    nearly as often ("Indonesia", "Aceh", "Aceh province" in a story of a quake in Aceh).
    A toll given there is the story's toll, never a sub-event's; a sub-event is set in a
    place few of the figures name (a district, a village)."""
    if not main:
        return frozenset()
    counts = Counter(c.location for a in articles for c in a.claims if c.location and c.measure not in SKIP_MEASURES)
    floor = max(AREA_MIN, AREA_SHARE * counts[main])
    return frozenset(p.lower().removeprefix("the ") for p, n in counts.items() if n >= floor)


@functools.cache
def _country(name: str) -> str | None:
    """The country a place name most likely lies in (its largest namesake), or None."""
    found = candidates(name)
    if found:
        return max(found, key=lambda p: p.population).country
    region = region_point(name, None)
    return region.country if region else None


_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
# a season or a span of them: "1982-83", "2001-2005", "from 2001 to 2005", "the 2007-08 season"
_SEASONS = re.compile(r"\b(?:1[89]|20)\d{2}\s*[-\u2013/]\s*(?:\d{2}|(?:1[89]|20)\d{2})\b|"
                      r"\bfrom\s+(?:1[89]|20)\d{2}\s+(?:to|until|through)\s+(?:1[89]|20)\d{2}\b")


def _story_year(articles: Sequence[Article]) -> int | None:
    """The year the story happens in: its articles' publication years, else the years
    their texts name most."""
    years = Counter(int(a.published[:4]) for a in articles if a.published and a.published[:4].isdigit())
    if not years:
        years = Counter(int(y) for a in articles for y in _YEAR.findall(a.text[:400]))
    return years.most_common(1)[0][0] if years else None


# What ends the figure's clause before a year told after it: a comma or a dash, a relative or a time word, a
# participle's agent ("a region devastated by the tsunami of 2004"): the year dates that clause, not the figure
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:which|who|whom|whose|where|when|while|after|before|"
                           r"until|through|between)\b|\b\w+(?:ed|en)\s+by\b", re.IGNORECASE)


_YEAR_BOUND = frozenset({"count", "money", "price"})  # figures any year in their sentence dates
_FIGURE = re.compile(r"\d")  # a figure between ours and a year: the year dates that one


def _other_year(claim: Claim, article: Article, year: int | None) -> bool:
    """A figure of another year's event: "the 2004 tsunami killed 230,000", "killed 31,000 in Bam in
    2003". A year told after the figure, past the end of its clause, dates something else: "killing
    five in a region devastated by the tsunami of 2004", "40 were injured, which rekindled memories of
    the quakes of 2002"."""
    if year is None:
        return False
    # a record's first year dates no figure: "the highest three-hour total since records began in 1929"
    years = [m for m in _YEAR.finditer(claim.text) if not _SINCE_BEFORE.search(claim.text, 0, m.start())]
    own = {int(m.group(1)) for m in years}
    if not own or year in own or not all(abs(y - year) >= 1 for y in own):
        return False
    if claim.counted_as == "record" and not _YEAR.findall(_SEASONS.sub(" ", claim.text)):
        return False  # a record over seasons ("162-139 from 2001-05"): a career's span, not another event's year
    at = claim.figure_at()
    end = at + len(claim.number_text)
    if claim.measure in _YEAR_BOUND:
        # a count or a sum in a sentence of another year: history or another deal more often than the story;
        # not when every such year dates a figure told after ours ("80 million euros, beating the 52 million
        # paid in 2023": the year is the 52 million's)
        return at < 0 or not all(_FIGURE.search(_YEAR.sub(" ", claim.text[end:m.start()]))
                                 for m in years)  # (every year here is another year)
    for m in years:
        if at < 0 or m.start() < end or not _CLAUSE_BREAK.search(claim.text, end, m.start()):
            return True  # the year stands before the figure, or in its clause
        if _WHEN.search(claim.text, end, m.start()) and not _FIGURE.search(claim.text, end, m.start()):
            return True  # "killed more than 50 people when it erupted in December 2021": the killing's year
    return False


_WHEN = re.compile(r"\bwhen\b", re.IGNORECASE)  # a clause that dates the one before it
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:records?|record-keeping|measurements)\s+(?:\w+\s+){0,3}?(?:in\s+)?$",
                           re.IGNORECASE)


_EARLIER = re.compile(r"\b(?:last\s+year|last\s+month|(?:a|one|two|three|four|five|several|\d+)\s+(?:years|decades)\s+"
                      r"ago|the\s+(?:last|previous)\s+(?:major\s+|big\s+|strong\s+|deadly\s+)?(?:earth)?quake|"
                      r"(?:a|the)\s+previous\s+(?:earth)?quake|"
                      # "comes two months after a gunman wounded four people": another event, months away
                      r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)\s+"
                      r"(?:months?|years?|decades?)\s+after\s+(?:a|an|another|the\s+(?:last|previous))\b)\b",
                      re.IGNORECASE)
_MONTH = re.compile(r"\b(?<!since\s)(?<!from\s)(?<!until\s)(?P<m>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
                    r"(?:uary|ruary|ch|il|e|y|ust|ember|ober)?\.?(?=\s+\d|\s*,|\s+(?:last|this)\b|\s+when\b)",
                    re.IGNORECASE)


# A sentence that opens on a month ("In February,", "Last June,", "In December 2008,"): another event recalled
_OPENING_MONTH = re.compile(r"\s*(?:in|last|earlier\s+in|back\s+in)\s+(?:early\s+|late\s+|mid-?\s*)?"
                            r"(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b(?:\s+\d{4})?\s*,",
                            re.IGNORECASE)


def _other_time(claim: Claim, months: set[int], *, elsewhere: bool = False) -> bool:
    """A figure of an earlier event, placed in time by its sentence: "last year, a 6.4-magnitude
    quake", "the last major quake"; a month other than the story's for a magnitude (one quake's
    own: "On April 20, a 6.4-magnitude quake", in a story of July) or, before any figure set in
    another place than the story's, another event recalled ("In February, a gunman killed five
    people at a mall in Salt Lake City", in a story of an April shooting in Detroit); and any figure
    of a sentence that opens on a month not the story's ("In December 2004, a massive quake ..."),
    whose own events news tells by the day ("on Thursday night")."""
    at = claim.text.find(claim.number_text)
    if _EARLIER.search(claim.text):
        return True
    opening = _OPENING_MONTH.match(claim.text)
    if opening and MONTHS[opening.group("m").lower()[:3]] not in months:
        return True  # "In February, a woman opened fire at ...": news recalls another event so, the story's own by day
    if (claim.measure != "magnitude" and not elsewhere) or not months or at < 0:
        return False
    end = len(claim.text) if claim.measure == "magnitude" else at  # another event's month comes before its toll
    named = {MONTHS[x.group("m").lower()[:3]] for x in _MONTH.finditer(claim.text, 0, end)}
    return bool(named) and not named & months


_PROTEST = re.compile(r"\b(?:protest|protests|protesters|protestors|demonstrat\w*|riot\w*|unrest|rall(?:y|ies))\b",
                      re.IGNORECASE)


def _protest_story(articles: Sequence[Article]) -> bool:
    """Whether the story is one of protest or unrest, whose sides are protesters and the
    security forces; a story of pirates, a heist or a war has no protesters."""
    hits = sum(1 for a in articles if len(_PROTEST.findall(a.text)) >= 2)
    return hits * 2 >= len(articles) and hits > 0


def _main_place(articles: Sequence[Article]) -> str | None:
    counts: dict[str, int] = {}
    for article in articles:
        for claim in article.claims:
            if claim.location:
                counts[claim.location] = counts.get(claim.location, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _when(claim: Claim, article: Article) -> str | None:
    for value in (claim.as_of, article.published):
        if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return value
    return None


_GENERIC = frozenset({"people", "person", "persons", "victim", "victims", "casualty", "casualties", "body", "bodies",
                      "death", "deaths", "dead", "life", "lives", "individual", "individuals", "toll", "arrest",
                      "arrests", "detention", "detentions", "injury", "injuries", "fatality", "fatalities"})


# a count of homes' people: "120 families were evacuated", "300 households displaced" (one thing, not people)
_HOUSEHOLDS = frozenset({"family", "household"})


def _key(claim: Claim, *, protest: bool = False) -> tuple[str, ...]:
    """What makes two claims report one quantity: the measure, who or what is counted (the
    head of the counted phrase, unless it is a generic word for people), and for counts
    what happened to them. Places are not part of it: ``_scoped`` sorts them."""
    subset = "subset" if (claim.subject or "").endswith("(of whom)") else ""
    if claim.measure in SETTING_MEASURES:  # told apart by value (``_amounts``): "55 km" and "34 miles" are one
        # a deal's length is one of its terms, never the setting's: "an eight-year offer" beside "eight years ago"
        return (claim.measure, "term") if claim.measure == "duration" and _term(claim) else (claim.measure,)
    if claim.measure == RAINFALL:  # how much rain or snow fell, in any unit: rain and snow are two depths
        return (claim.measure, claim.counted or "")
    if claim.measure == RANK:  # "the 12th Doctor": one place in one line (extract/ordinals.py)
        return rank_key(claim)
    if claim.measure in screen_figures.MEASURES:  # "4K", "1080p", "60fps": told apart by value
        return screen_figures.key(claim)
    if claim.measure == scales.RATING:  # "EF-4", "Category 3": a rating on its scale, told apart by value
        return (claim.measure, claim.unit or "")
    head = _head(claim.counted)
    if claim.unit in PEOPLE_UNITS:
        role = base_role = "victims" if claim.role in ("victims", "civilians", "other", None) else claim.role
        who = "" if head in _GENERIC or _is_people_name(claim.counted) else head
        # the workers or the pupils a gang takes are those abducted, not a part of them ("30 workers abducted")
        if role == "victims" and claim.measure != "count" and (claim.measure == "abducted"
                                                                or not _part_of_toll(claim, who)):
            who = ""  # "villagers killed", "others killed", "people killed": one toll
        if W.singular(head) in _HOUSEHOLDS and claim.measure not in _TOLLS:
            # "212 families, or 740 people": the families housed, moved or counted are not the people (but "a family
            # of five killed" is a part of the toll)
            who = "household"
        if _caught(claim, who) and subset and not _of_the_caught(claim):
            subset = ""  # "recaptured 43 of the escapees", "12 of the protesters were arrested": those held
        # a small exact count of a named group (hostages, guards, inmates) is its own quantity, not a side's
        side = protest and not _named_group(claim, who)
        if side:  # a story of protest has sides: whatever an outlet calls them, a side is one
            # but a part of a toll stays apart from it ("two women and a man" of the three killed)
            part = role == "victims" and claim.measure in _TOLLS and _part_of_toll(claim, who)
            role, who = claim.subject_group, who if part else ""
            if claim.measure == "count" and role in _CROWD_GROUPS:
                role = "crowd"  # a crowd's size: "protesters gathered", "people joined", "teenagers": one crowd
        # a crowd is not a running tally: the same count on another day is another fact
        day = (claim.as_of or "") if claim.measure == "count" and protest else ""
        # a count of people is told apart by what happened to them, unless a noun names them
        verb = _did(claim) if claim.measure == "count" else ""  # what befell those counted, named or not
        did = "" if who else verb
        did = "" if did in _CROWD_VERBS else did  # "joined", "gathered", "marched": a crowd's size, however told
        did = "let go" if losing_jobs(claim) else did  # "to lay off 2,000 employees": not the head count (job_losses)
        if not who and aboard(claim):  # "250 people on board when it overturned", "carried 270 people" (aboard.py)
            did = ABOARD
        if claim.measure == "count" and ((verb if who else did) in _IN_CARE or in_hospital(claim)):
            # "46 were admitted to hospital", "22 taken to hospital", "97 are in hospital", "41 treated": one count
            # (so too of named people: "41 children were admitted to hospital", "63 children were in hospital")
            did = "in hospital"
        # the badly or lightly hurt are a part of the injured however told ("four of the injured remain in critical
        # condition", "four people listed in critical condition"): the severity keys them, not the words "of whom"
        severity = _severity(claim)
        if claim.measure in _TOLLS and _earlier_toll(claim):
            severity = "earlier"  # "two climbers had already died on the mountain this season": not this toll
        elif where := _died_where(claim):
            severity = where  # "Six of them died at the scene", "two more in hospital": a part of the toll
        measure = claim.measure
        if measure == "injured" and kept_in_hospital(claim) and not severity:
            measure, did = "count", "in hospital"  # "12 patients remained hospitalized": those in hospital, one count
        if measure == "count" and _responders(claim, who) and not subset and not harm_told(claim):
            # "about 180 rescuers were searching", "the number of rescuers was scaled back to 120": the force sent,
            # however its verb is told (not "two firefighters were treated for smoke inhalation": cared for)
            measure, role, did = "deployed", base_role, ""
        if measure == "detained" and W.singular(who) in ("suspect", "detainee"):
            # "14 people were arrested", "at least 14 suspects were detained": those held are the suspects, one count
            role, who = "victims", ""
        if measure == "count" and not subset and (W.singular(who) == "survivor" or (not who and did in _SURVIVED)
                                                  or (W.singular(who) in TRAVELLERS and verb in _SURVIVED)):
            # "12 survivors were found", "only 12 people survived", "12 rescued": those brought out alive, one count
            measure, role, who, did = "rescued", base_role, "", ""
        if measure == "count" and (did in _FELL_ILL or (not did and not who and claim.said_after(_TAKEN_ILL))):
            did = FELL_ILL  # "19 people diagnosed", "21 people confirmed", "42 sickened": those taken ill, one count
        handled = _handled(claim) if subset else ""
        # a named part of a toll is one count however told: "four children were killed" and "nine dead, including
        # four children" (a part marked or not)
        named_part = measure in _TOLLS and W.singular(who) in _YOUNG_OR_WOMEN
        return (measure, role or "", _SAME_PEOPLE.get(W.singular(who), W.singular(who)),
                "" if severity or named_part else subset,
                day, did or severity or handled)
    if _tally(claim):  # one tally, whoever an outlet says holds it ("of Cheeks", "of Philadelphia"): its figures
        return (claim.measure, "tally", claim.counted_as or "", "-".join(re.findall(r"\d+", claim.number_text)))
    if claim.unit == "times":  # "doubling", "twofold": the same change, wherever it is told
        return (claim.measure, claim.subject_group, "times")
    if claim.measure in ("magnitude", "depth"):
        return (claim.measure, "aftershock" if _aftershock(claim) else "")
    if claim.measure in ("money", "damage", "price"):
        # amounts are told apart by value (``_amounts``), not by verb; a price paid is a sum of money ("AMD
        # will pay $334 million", "the purchase price of $334 million"), whichever word the claim reader chose
        return ("damage" if claim.measure == "damage" else "money", subset)
    if claim.measure == "sentence" and sought(claim):  # "prosecutors had asked for 15 years": not the term given
        return (claim.measure, "sought", W.singular(head or (claim.unit or "").lower()), subset)
    thing = W.singular(head or (claim.unit or "").lower())
    if thing == "case" and illness_cases(claim):  # "grows to 19 cases": the people taken ill, however counted
        return ("count", "victims", "", subset, "", FELL_ILL)
    thing, measure = _SAME_THING.get(thing, thing), claim.measure
    if measure == "count" and thing in _SENT_THINGS and not _fate(claim) \
            and (claim.counted_as or "").lower() not in _LOST_THINGS:
        # "four helicopters were involved", "three helicopters shuttled between the site and the town": the
        # aircraft an emergency sends, one count with "the army sent four helicopters" (not "two helicopters crashed")
        measure = "deployed"
    whole = ("whole",) if measure == "count" and _whole_of_things(claim) else ()
    return (measure, thing, subset, *(_fate(claim) if measure == "count" else ()), *whole)


# the words before the whole a part of things is told against: "shut some 1,650 of the country's 1,950 pharmacies",
# "1,150 by midday, out of roughly 1,950 in the country"
_WHOLE_BEFORE = re.compile(r"(?:\bout\s+of|\d[\d,.]*(?:\s+(?:million|thousand))?\s+of\s+(?:the|its|their|all|"
                           r"[A-Za-z]+['’]s|the\s+[A-Za-z]+['’]s))\s+$", re.IGNORECASE)


def _whole_of_things(claim: Claim) -> bool:
    """Whether a count of things is the whole a part right before it is told against: the country's pharmacies
    beside those the strike shut, a quantity of its own."""
    around = claim.around_figure()
    return around is not None and _WHOLE_BEFORE.search(around[0]) is not None


# the machines an emergency sends, whatever verb an outlet tells them with; and what befalls them instead
_SENT_THINGS = frozenset({"helicopter", "aircraft", "ambulance", "drone", "lifeboat"})
_LOST_THINGS = frozenset({"crashed", "destroyed", "damaged", "downed", "lost", "burned", "burnt", "grounded",
                          "hijacked", "seized", "stolen", "shot", "cancelled", "canceled", "delayed", "diverted"})


# what befalls people an illness takes: one count, whether told as people or as cases
FELL_ILL = "taken ill"
_FELL_ILL = frozenset({"diagnosed", "sickened", "infected", "confirmed", "contracted", "ill"})
# the cases that hold things or are a court's, not people taken ill: "display cases", "cartridge cases", "court cases"
_THING_CASES = frozenset({"display", "cartridge", "shell", "glass", "court", "criminal", "civil", "legal", "pending",
                          "fraud", "murder", "corruption", "rape", "abuse", "cold", "pencil", "phone", "brief", "book",
                          "show", "test", "special", "suitcase", "packing", "wine", "beer", "water"})
# a kind of case that is not (yet) one of those taken ill, or the day's addition: "eight suspected cases",
# "six new cases", "two more cases"
_OTHER_CASES = re.compile(r"\b(?:suspected|probable|possible|potential|new|more|further|additional|other|imported|"
                          r"fresh|daily|weekly)\b", re.IGNORECASE)


# the words after a count of people that say an illness took them: "19 people have now been confirmed with
# Legionnaires' disease", "21 people confirmed to have caught it", "40 fell ill"
_TAKEN_ILL = re.compile(r"^[^.;:]{0,40}?\b(?:(?:confirmed|diagnosed|infected)\s+(?:with|to\s+have)|fell\s+ill|"
                        r"fallen\s+ill|taken\s+ill|contracted|caught\s+(?:the\s+)?(?:disease|virus|infection|it))\b",
                        re.IGNORECASE)


def illness_cases(claim: Claim) -> bool:
    """Whether a count of "cases" counts the people an illness took ("grows to 19 cases", "21 confirmed cases",
    "dengue cases"): no word of the noun, or between the figure and "cases", makes them things ("display cases",
    "court cases") or another kind of case ("suspected", "new", "more")."""
    if claim.measure != "count":
        return False
    around = claim.around_figure()
    if around is None:
        return False
    before, after = around
    between = after[:after.lower().find("case")] if "case" in after.lower() else ""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{claim.counted or ''} {between}")}
    return not words & _THING_CASES and not _OTHER_CASES.search(between) and \
        not re.search(r"\b(?:suspected|probable|new|more|further)\s+$", before, re.IGNORECASE)


def _fate(claim: Claim) -> tuple[str, ...]:
    """What befell counted things, where it keys them apart from the rest of their noun: harmed less ("1,150 homes
    damaged" beside "412 destroyed", "200 flights delayed" beside "370 cancelled"), cared for, not harmed ("more
    than 2,900 dogs vaccinated" beside "more than 1,000 dogs have been poisoned"), only threatened or lacking ("17
    homes are now at risk" beside "three homes fell", "short of at least 1,800 doses" beside "760 doses given")."""
    did = (claim.counted_as or "").lower()
    fate = (did,) if did in _LESSER_FATES else ("cared",) if did in _CARED_FOR else ()
    state = _thing_state(claim)
    return (*fate, state) if state else fate


_AT_RISK = re.compile(r"^(?:\s+[\w'-]+){0,3}?\s+(?:(?:are|were|is|was|remain|remained)\s+)?(?:now\s+|still\s+)?"
                      r"(?:at\s+(?:immediate\s+|serious\s+|high\s+)?risk|under\s+threat|threatened)\b",
                      re.IGNORECASE)
_SHORT_OF = re.compile(r"\b(?:short(?:fall|age)?\s+of|short\s+by|lack(?:s|ed|ing)?)\s+"
                       r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+|almost\s+|around\s+|more\s+than\s+)?$",
                       re.IGNORECASE)


def _thing_state(claim: Claim) -> str:
    """"at risk" or "short" when a count of things is told of those threatened or lacking, else ""."""
    around = claim.around_figure()
    if around is None:
        return ""
    if _AT_RISK.match(around[1]):
        return "at risk"
    return "short" if _SHORT_OF.search(around[0]) else ""


_LESSER_FATES = frozenset({"damaged", "delayed"})
_CARED_FOR = frozenset({"vaccinated", "inoculated", "immunised", "immunized", "sterilised", "sterilized", "neutered",
                        "microchipped", "tested", "screened"})
# one thing in outlets' words: "120 houses destroyed" and "120 homes destroyed", "40 stores" and "40 shops" to close
_SAME_THING = {"house": "home", "dwelling": "home", "bungalow": "home", "cottage": "home", "property": "home",
               "store": "shop", "apartment": "flat", "storey": "floor", "plane": "aircraft", "airplane": "aircraft",
               "airliner": "aircraft", "match": "game", "ballot": "vote", "lorry": "truck", "blaze": "fire",
               "automobile": "car", "vessel": "ship"}


_SHOCK = re.compile(r"\b(?:(?P<after>after-?shocks?)|(?:earth)?quakes?|tremors?|temblors?|shocks?)\b", re.IGNORECASE)


def _aftershock(claim: Claim) -> bool:
    """Whether a magnitude is an aftershock's: the shock word nearest its figure is "aftershock"
    ("two aftershocks, magnitude 2.9 and 2.2"), not "quake" ("aftershocks have hit the island since
    a magnitude 5.9 earthquake")."""
    at = claim.text.find(claim.number_text)
    words = list(_SHOCK.finditer(claim.text))
    if at < 0 or not words:
        return False
    nearest = min(words, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)))
    return nearest.group("after") is not None


_GENERIC_SINGULAR = frozenset(W.singular(w) for w in _GENERIC)
# the people an emergency sends: counted without a verb of sending, they are still the force sent
_RESPONDERS = frozenset({"rescuer", "firefighter", "fireman", "soldier", "troop", "paramedic", "policeman",
                         "responder"})

# workers a rescue sends, named by what they do: "300 rescue workers", "emergency workers"
_RESPONDING_WORKERS = re.compile(r"\b(?:rescue|emergency|search)\s+(?:workers?|teams?|personnel)$", re.IGNORECASE)


def _responders(claim: Claim, who: str) -> bool:
    """Whether a count of people counts the force an emergency sends: rescuers, firefighters, soldiers, and
    workers or teams named by the rescue they do ("about 500 rescue workers are now involved")."""
    return W.singular(who) in _RESPONDERS or bool(_RESPONDING_WORKERS.search((claim.counted or "").strip()))


# one group told in outlets' words: "1,500 troops" on Monday, "2,000 soldiers" on Tuesday are one deployment; "23
# infants" and "23 babies" admitted, "11 pupils" and "11 students" killed are one count
_SAME_PEOPLE = {"troop": "soldier", "serviceman": "soldier", "servicemember": "soldier",
                "infant": "baby", "newborn": "baby", "kid": "child", "pupil": "student", "schoolchild": "student"}


# Parts of a toll a reader keeps apart from it ("children killed" beside "people killed").
_SUBGROUPS = frozenset({"child", "children", "woman", "women", "student", "foreigner", "tourist", "worker", "baby",
                        "minor", "pupil", "journalist", "civilian", "prisoner", "patient", "firefighter", "rescuer",
                        "passer-by", "passers-by", "bystander", "pedestrian"})
# the parts of a toll news names by age or sex, however told ("four children were killed", "including four children")
_YOUNG_OR_WOMEN = frozenset({"child", "children", "woman", "women", "baby", "minor", "pupil", "student", "girl", "boy"})
# Men, women, boys, girls: a toll told by sex ("two women and a man died") is the toll's breakdown
_SEXES = frozenset({"man", "men", "boy", "girl"})


def _caught(claim: Claim, who: str) -> bool:
    """Whether a count of people held is of those held, whoever they were before: "96 escapees recaptured",
    "158 of the prisoners who broke out have been recaptured", "12 of the protesters were arrested" (not the
    women or the children among them)."""
    return claim.measure == "detained" and W.singular(who) not in _YOUNG_OR_WOMEN | _SEXES


def _of_the_caught(claim: Claim) -> bool:
    """Whether the whole a part of those held is told of was itself held or is people untold: "of the 300
    arrested, 43 were women", "two of those detained"; not "43 of the escapees"."""
    whole = (claim.subject or "").removesuffix("(of whom)").strip().lower()
    words = whole.split()
    return not words or words[-1] in _GENERIC or W.MEASURE_LEMMAS.get(words[-1]) == "detained" \
        or words[-1] in ("those", "them", "who")


def _part_of_toll(claim: Claim, who: str) -> bool:
    """Whether those a toll counts are a part of the story's toll a reader keeps apart: children, women, workers
    ("two women and a man died" beside "three people killed"); a man or a boy only in a toll."""
    word = W.singular(who)
    return word in _SUBGROUPS or (claim.measure in _TOLLS and word in _SEXES)


_STATES = frozenset({"missing", "dead", "homeless", "trapped", "stranded", "hospitalised", "hospitalized"})


_SERIOUS = re.compile(r"\b(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|badly|grave(?:ly)?|intensive\s+care|"
                      r"life-threatening)\b", re.IGNORECASE)
_MINOR = re.compile(r"\b(?:minor|slight(?:ly)?|light(?:ly)?|outpatients?|superficial)\b", re.IGNORECASE)


# what is done with the dead once counted: a part of a toll told by it is a count of its own ("14 of the bodies had been
# identified", "29 of the dead have been handed over to their families"), not a part told by where they lived
_HANDLED = re.compile(r"^[^.;:]{0,40}?\b(?:had|have|has|were|was)\s+(?:now\s+|so\s+far\s+|already\s+)?been\s+"
                      r"(?:positively\s+)?(?P<act>identified|buried|handed\s+over|released|returned|claimed|"
                      r"repatriated|collected)\b", re.IGNORECASE)


def _handled(claim: Claim) -> str:
    """What was done with the dead a part of a toll counts, told right after its figure: "identified",
    "handed over" (``_HANDLED``); "" when nothing is."""
    if claim.measure != "killed":
        return ""
    at = claim.figure_at()
    found = _HANDLED.match(claim.text[at + len(claim.number_text):]) if at >= 0 else None
    return " ".join(found.group("act").lower().split()) if found else ""


_IN_CARE = frozenset({"treated", "admitted", "hospitalised", "hospitalized"})  # people a count puts in care


# deaths before the story's event, told beside its toll: "had already died on the mountain this season", "two other
# climbers had died earlier in the season", "with two deaths earlier in the season"
_EARLIER_TOLL = re.compile(r"[^.;]{0,40}?\b(?:had\s+already\s+(?:died|been\s+killed)|had\s+(?:died|been\s+killed)\s+"
                           r"(?:[\w-]+\s+){0,4}?(?:earlier|previously|before)|(?:deaths?|killed|died)\s+earlier\s+"
                           r"(?:in|this)\b)", re.IGNORECASE)


def _earlier_toll(claim: Claim) -> bool:
    """Whether a toll counts deaths before the story's event, told after the figure in its clause."""
    at = claim.figure_at()
    return at >= 0 and bool(_EARLIER_TOLL.match(claim.text, at + len(claim.number_text)))


# words that end the clause of a figure or start another figure ("risen to eight after a pensioner died in hospital",
# "Of the eight victims, six died at the scene")
_NOT_FILLER = (r"(?:after|when|as|and|but|before|since|while|because|until|who|whom|which|that|one|two|three|four|five|"
               r"six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|another|a)\b")
# where the dead died, told right after the figure: "six died at the scene", "Two other residents ... died at the
# scene", "two more in hospital", "another on the way to hospital", "five of the victims died in the rubble"
_DEATH_VERB = (r"(?:(?:(?:have|had)\s+)?(?:died|die|dies)|(?:were|was)\s+(?:killed|pronounced\s+dead|declared\s+dead)|"
               r"(?:had|have|were|was)\s+(?:been\s+)?(?:recovered|found))")
_DEATH_WHEN = r"(?:instantly\s+|later\s+|overnight\s+|subsequently\s+|afterwards\s+)?"
_A_HOSPITAL = r"(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,4}(?:hospital|infirmary|medical\s+cent(?:re|er)|clinic)"
_TO_HOSPITAL_WAY = r"(?:on\s+the\s+way|en\s+route)\s+to\s+(?:the\s+)?hospital"
_DIED_WHERE = re.compile(
    r"^\s+(?:(?:more|others?|of\s+them|of\s+the\s+(?:dead|victims))\s+)?(?:"
    # with its verb: "died at the scene", "were pronounced dead at the scene", "died overnight at the Federal Medical
    # Centre", "die in hospital", "47 bodies had been recovered at the scene"
    r"(?:(?!" + _NOT_FILLER + r")[A-Za-z'-]+\s+){0,4}?" + _DEATH_VERB + r"\s+" + _DEATH_WHEN
    + r"(?:(?P<scene>at\s+the\s+scene|on\s+the\s+spot|instantly|in\s+the\s+rubble)|(?P<hospital>" + _A_HOSPITAL + "|"
    + _TO_HOSPITAL_WAY + "))"
    # the verb told before ("six died at the scene and two in hospital", "two more in hospital")
    r"|(?:later\s+)?(?:(?P<scene2>at\s+the\s+scene|on\s+the\s+spot)|(?:in|at)\s+hospital|" + _TO_HOSPITAL_WAY + "))"
    r"\b(?!['’]s\b|\s+(?:blaze|fire|ward|building|attack|bombing|strike|collapse)\b)")


def _died_where(claim: Claim) -> str:
    """Where the dead a toll counts died, when the words right after the figure say it ("six died at the
    scene", "two more in hospital"): a part of the toll, apart from it; "" when not told."""
    if claim.measure != "killed" or claim.number_text.lower().split()[-1] in ORDINALS:
        return ""  # ("a fifth person died later in hospital": one more, not five)
    around = claim.around_figure()
    if around is None:
        return ""
    before, after = around
    told = _DIED_WHERE.match(after)
    if told is None or (not _DIED_VERB.search(told.group()) and not _ELIDED_BEFORE.search(before)
                        and not _MORE_AFTER.match(after)):
        return ""  # a place with no verb of its own is one only after a figure that had it ("six died at the scene
        # and two in hospital"), not "Fire kills nine in hospital": the fire's place
    return "at the scene" if told.group("scene") or told.group("scene2") else "in hospital"


_DIED_VERB = re.compile(r"\b(?:died|die|dies|killed|dead|recovered|found)\b", re.IGNORECASE)
# the words before a figure whose verb is left out: "six died at the scene and two in hospital", ", two in hospital"
_ELIDED_BEFORE = re.compile(r"(?:\band|\bwhile|[,;])\s+$", re.IGNORECASE)


def _severity(claim: Claim) -> str:
    """How badly those a count of injured are hurt, when the words by the figure say it: "eight
    seriously injured", "261 with minor injuries" are parts of the injured, not the toll."""
    if claim.measure != "injured" or claim.high == 0:
        return ""  # "no-one was injured in what was a serious incident": nobody hurt, seriously or not
    at = claim.text.find(claim.number_text)
    after = claim.text[at + len(claim.number_text):at + len(claim.number_text) + 40] if at >= 0 else ""
    after = after[:m.start()] if (m := _NEXT_FIGURE.search(after)) else after  # "17 injured, four of them seriously"
    near = claim.text[max(0, at - 12):at + len(claim.number_text)] + after if at >= 0 else ""
    if conditions.condition_told(claim):
        return "serious"  # "three children remain in the paediatric intensive care unit": a grave condition told
    return "serious" if _SERIOUS.search(near) else "minor" if _MINOR.search(near) else ""


# another figure after a count of injured: the words past it tell of that figure ("17 people injured, four of them
# seriously", "of the 17 people injured, four remain in intensive care")
_NEXT_FIGURE = re.compile(r"\b(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
                          r"dozens|several|some|most|many|half|all|none)\b)", re.IGNORECASE)


_ANOTHER = re.compile(r"\b(?:another|a\s+further|further|an\s+additional|additional)\s+(?:(?:about|some|around|nearly|"
                      r"almost|roughly|approximately|over|more\s+than|up\s+to|as\s+many\s+as)\s+)?$", re.IGNORECASE)
_MORE_AFTER = re.compile(r"^\s*more\b", re.IGNORECASE)


def _another(claim: Claim) -> bool:
    """Whether a count is told as more besides one told before: "another 20,000 marched in the north", "a further
    5,000 joined", "2,000 more gathered"."""
    at = claim.figure_at()
    if at < 0:
        return False
    return bool(_ANOTHER.search(claim.text[:at]) or _MORE_AFTER.match(claim.text[at + len(claim.number_text):]))


_EXTRA = re.compile(r"(?:extra|additional|further)\b")


def _extra(claim: Claim) -> bool:
    """Whether what a count counts is named as more besides others: "two extra life sentences", "additional
    charges", "further troops"."""
    return bool(_EXTRA.match((claim.counted or "").lower()))


_CROWD_GROUPS = frozenset({"protesters", "unspecified", "civilians", "mixed"})  # not a side that polices or rules
_CROWD_VERBS = frozenset({"joined", "gathered", "attended", "marched", "rallied", "protested", "demonstrated",
                          "assembled", "massed", "participated", "converged", "turned", "showed", "crowded",
                          "numbered"})


CROWD_FLOOR = 1000  # a count of people from this size up, in a story of unrest, is a crowd's, whatever its noun


def _named_group(claim: Claim, who: str) -> bool:
    """Whether a count in a story of unrest counts a group its noun names apart from the sides' crowds: a
    small exact figure of hostages, guards, nurses or inmates ("the 11 guards were freed"), not protesters,
    not a crowd told by its verb ("300 students marched"), not a vague or large one ("tens of thousands of
    striking workers")."""
    return claim.measure == "count" and bool(who) and claim.subject_group != "protesters" and \
        _did(claim) not in _CROWD_VERBS and claim.qualifier != "vague" and \
        (claim.high or claim.value or 0) < CROWD_FLOOR


def _did(claim: Claim) -> str:
    """What happened to those a count counts, when a participle or state says it
    ("evacuated", "missing"), not any word near the figure ("large", "worth")."""
    word = (claim.counted_as or "").lower()
    return word if word.endswith("ed") or word in _STATES else ""


def _head(counted: str | None) -> str:
    words = (counted or "").lower().split()
    return words[-1] if words else ""


def _is_people_name(counted: str | None) -> bool:
    """"Palestinians", "Somalis": a people named by its demonym counts people in general."""
    words = (counted or "").split()
    return len(words) == 1 and words[0][:1].isupper()


def _of_things(claim: Claim) -> bool:
    """Whether a claim counts things (the last kind of ``_key``), not people or a change."""
    return claim.unit not in PEOPLE_UNITS and claim.unit != "times"


def _bracketed(claim: Claim, article: Article) -> bool:
    """Whether the amount stands in brackets in its sentence: "(330 million lunars)"."""
    sentence = article.text[claim.start:claim.end]
    at = sentence.find(claim.number_text)
    return at > 0 and in_parentheses(sentence, at)


_OR_ABOUT = re.compile(r"\s*,\s*(?:or\s+)?(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?")


def _in_other_money(claim: Claim, amount: Claim | None) -> bool:
    """Whether a sum restates the one just before it in another currency, after a comma: "0.35 lei, or about 7
    euro cents", "N50m, about $32,000". Not "$2.4 billion, or $38 a share": one currency, two amounts."""
    sums = ("money", "damage", "price")
    if amount is None or not claim.unit or not amount.unit or claim.measure not in sums or \
            amount.measure not in sums or claim.unit.split(" ")[0] == amount.unit.split(" ")[0]:
        return False  # and "a deficit of NZ$9bn, or 2.1% of GDP", "fell $1.43, or 6.9 percent": no sum restated
    at = claim.text.find(amount.number_text)
    end = at + len(amount.number_text)
    told = claim.text.find(claim.number_text, end)
    return at >= 0 and told >= end and _OR_ABOUT.fullmatch(claim.text, end, told) is not None


def _converts(claim: Claim, amount: Claim | None) -> bool:
    """Whether an amount in brackets restates the one before it ("€40m (330 million lunars)", "$US1
    million ($1.52 million)"), as against a part of it ("$334 million ($281M in cash)"): a
    conversion is another currency, or the bracket holds the amount alone."""
    if amount is None or claim.unit != amount.unit:
        return True
    alone = re.compile(r"\(\s*" + re.escape(claim.number_text) + r"\s*\)")
    return bool(alone.search(claim.text))


def _fact(reports: list[_Report], *, story: str, main: str | None, copies: dict[str, str], protest: bool,
          area: frozenset[str] = frozenset(), scope: str | None = None, part_of: str | None = None,
          within: Fact | None = None, payers: dict[str, str] | None = None) -> Fact:
    restated = judged.restated_in_one_sentence(reports)  # before repeats go: "seven" again in "seven, up from three"
    reports, repeats = _one_per_article(reports)
    claims = [r.claim for r in reports]
    groups = [copies.get(c.article, c.article) for c in claims]
    sources = len(set(groups))
    copied = tuple(tuple(sorted({c.article for c, g in zip(claims, groups, strict=True) if g == group}))
                   for group in dict.fromkeys(groups))
    copied = tuple(c for c in copied if len(c) > 1)
    assessment, explanation = _judge(reports, sources=sources, copied=copied, restated=restated)
    first = _typical(claims)
    # the row's range in its label's unit: "144 months" beside "12 years" is 12 years, not a range up to 144
    into = [_in_unit_of(first, r.claim) for r in reports]
    known_lows = [x for r, k in zip(reports, into, strict=True) if (x := _told(r.claim.low, r.claim, k)) is not None]
    known_highs = [x for r, k in zip(reports, into, strict=True) if (x := _told(r.claim.high, r.claim, k)) is not None]
    own = first.location and _place(first, main, area) == ""  # a place of the story's area: named as the main one
    place = scope or (first.location if first.location and not own and part_of is None else None) \
        or main or ""
    group = first.subject_group if protest or first.subject_group != "protesters" else "unspecified"
    label = _label(first, place, group=group)
    if first.measure in ("money", "price") and (deal := _deal(claims, payers or {})):
        label = f"{'price' if first.measure == 'price' else 'amount'} of {deal}" + (f" in {place}" if place else "")
    elif first.measure == "duration" and _term(first) and (deal := _deal(claims, payers or {})):
        label = f"duration of {deal}" + (f" ({first.unit})" if first.unit else "") + (f" in {place}" if place else "")
    digest = hashlib.sha1("|".join(c.id for c in claims).encode()).hexdigest()[:10]
    if part_of and scope:
        explanation += f" A part of the story's total, for {scope} only: not a conflict with it."
    elif within is not None:
        explanation += (f" A part of {within.label} ({_bounds(within)}), which its articles give beside it as a "
                        f"running total: not a conflict with it.")
    return Fact(id=f"{story}:f{digest}", label=label, measure=first.measure, subject_group=group,
                location=place or None, claims=tuple(c.id for c in claims),
                low=min(known_lows) if known_lows else None, high=max(known_highs) if known_highs else None,
                assessment=assessment, explanation=explanation, counted=first.counted, role=first.role,
                scope=f"in {scope}" if scope else None, part_of=part_of, sources=sources,
                repeats=tuple(c.id for c in repeats), copies=copied)


def _told(bound: float | None, claim: Claim, k: float) -> float | None:
    """A bound of a claim (its value when it gives none) in its row's unit, ``k`` being ``_in_unit_of``'s factor."""
    x = bound if bound is not None else claim.value
    if x is None:
        return None
    return x if k == 1.0 else round(x * k, 6)  # 144 months in years: 12.0, not 12.000000000000002


def _in_unit_of(first: Claim, claim: Claim) -> float:
    """What a claim's figures are multiplied by to be told in the unit of the row's typical claim: 1/12 for
    "144 months" in a row of years; 1 when the units are one, or either is no unit of time, length or speed."""
    if claim.unit == first.unit or claim.measure == "age" or first.measure == "age":
        return 1.0
    mine, theirs = _unit_size(first), _unit_size(claim)
    return theirs / mine if mine and theirs else 1.0


def _bounds(fact: Fact) -> str:
    low, high = fact.low, fact.high
    if low is None or high is None or low == high:
        return f"{low if low is not None else high:g}"
    return f"{low:g} to {high:g}"


def _typical(claims: list[Claim]) -> Claim:
    """The claim whose wording names the fact (``assessed.typical``)."""
    return typical(claims)


def _one_per_article(reports: list[_Report]) -> tuple[list[_Report], list[Claim]]:
    """One report per figure per article: the same figure again in the same article (the
    headline, then the lead, then a recap) is a repeat, not a second report."""
    kept: list[_Report] = []
    repeats: list[Claim] = []
    seen: set[tuple[str, float, float]] = set()
    for r in reports:
        key = (r.claim.article, r.low, r.high)
        if key in seen:
            repeats.append(r.claim)
        else:
            seen.add(key)
            kept.append(r)
    return kept, repeats


_VERBS = {m: m for m in W.VICTIM_MEASURES | {"detained", "deployed"}}  # "people killed", "troops deployed"


def _label(claim: Claim, place: str, *, group: str) -> str:
    """A noun phrase a reader understands: "people killed in Aceh", "Israeli soldiers killed
    in Gaza", "houses damaged", "magnitude of the earthquake", "money stolen"."""
    if claim.unit in PEOPLE_UNITS:
        # the text's own word: "people" stays "people" (not the side a story puts them on); only a
        # figure that names nobody ("others") is named by its side
        who = ("people" if claim.counted.lower() == "persons" else claim.counted) \
            if claim.counted and claim.counted.lower() not in ("others", "other") else \
            _GROUP_WORDS.get(group, "people") or "people"
        did = _did(claim) if claim.measure == "count" else None
        if did is not None and (_head(claim.counted) in _GENERIC or not claim.counted) and aboard(claim):
            did = ABOARD  # "people aboard", whatever verb the clause tells the wreck with (aboard.py)
        how = {"serious": "seriously ", "minor": "lightly "}.get(_severity(claim), "")  # "people seriously injured"
        what = f"{who} {how}{did or _VERBS.get(claim.measure) or _MEASURE_WORDS.get(claim.measure, claim.measure)}"
    elif claim.measure == "age":
        return _age_label(claim, place)
    elif claim.measure == "sentence":
        # "life sentences", else "prison sentence (years)"; whose, when the sentence names him
        what = claim.counted if claim.counted and "sentence" in claim.counted.lower() else \
            f"prison sentence ({claim.unit})" if claim.unit else "prison sentence"
        what = what.replace("sentence", "sentence sought", 1) if sought(claim) else what
        what += f" of {_whom(claim)}" if _whom(claim) else ""
    elif claim.measure == "charged":
        # "counts of fraud charged against Ann Lee": the counted phrase holds the charge
        thing = claim.counted or "counts"
        what = thing if re.search(r"\bcharge", thing.lower()) else f"{thing} charged"  # not "charges charged"
        what += f" against {_whom(claim)}" if _whom(claim) else ""
    elif claim.measure == "duration" and _term(claim):
        what = f"duration of the deal ({claim.unit})" if claim.unit else "duration of the deal"
    elif claim.measure == temperatures.MEASURE:
        what = f"temperature ({temperatures.scale(claim)})"  # "temperature (°C)", whatever unit the figure has
    elif claim.measure == "volume":
        what = f"volume (cubic {claim.unit})" if claim.unit else "volume"  # "volume (cubic metres)"
    elif claim.measure == "power":  # "power (MW)": a grid's demand, a plant's output, the load a blackout cut
        unit = (claim.unit or "").lower()
        what = f"power ({W.POWER_NAMES.get(unit, unit)})" if unit else "power"
    elif claim.measure in SETTING_MEASURES:
        what = f"{claim.measure} ({claim.unit})" if claim.unit else claim.measure  # "distance (kilometres)"
    elif claim.measure == RAINFALL:
        what = f"{claim.counted or 'rain'} ({claim.unit})" if claim.unit else claim.counted or "rain"  # "rain (mm)"
    elif claim.measure in ("magnitude", "depth"):
        what = f"{claim.measure} of the {'aftershock' if _aftershock(claim) else 'event'}"
    elif claim.measure == scales.RATING:  # "tornado rating (Enhanced Fujita)", "alert level"
        what = scales.SCALES.get(claim.unit or "", "rating")
    elif claim.measure in ("money", "damage", "price"):
        what = {"money": "amount", "damage": "damage", "price": "price"}[claim.measure]
        what += f" {_did(claim)}" if _did(claim) else ""
    else:
        thing = claim.counted or claim.unit or "amount"
        did = _did(claim) if _did(claim) not in thing else None
        verb = _VERBS.get(claim.measure)
        what = f"{thing} {did or verb}" if did or verb else (
            f"{thing} ({claim.measure})" if claim.measure != "count" else thing)
    return f"{what} in {place}" if place else what


_ROLE_NOUNS = {"victims": "victim", "perpetrators": "suspect"}


def _whom(claim: Claim) -> str:
    """The person a sentence or a charge is about, when the claim names one: "Ann Lee"."""
    who = (claim.subject or "").strip()
    return who if who[:1].isupper() and who != claim.counted else ""


def _age_label(claim: Claim, place: str) -> str:
    """Whose age: "age of John Jenkin (suspect)", "age of the girl (victim)", "age of the victim".
    A person's age is not in a place; an age nobody is named for keeps the place to stay apart."""
    who = (claim.counted or "").strip()
    role = _ROLE_NOUNS.get(claim.role or "", "")
    if who:  # a name, or a noun: "girl", "sergeant"
        whose = who if who[:1].isupper() else f"the {who}"
        return f"age of {whose} ({role})" if role and role not in who.lower() else f"age of {whose}"
    what = f"age of the {role}" if role else "age (years)"
    return f"{what} in {place}" if place else what


def _figure(r: _Report) -> str:
    c = r.claim
    shown = f"{c.number_text} {temperatures.scale(c)}" if c.measure == temperatures.MEASURE else \
        assess.with_unit(c) if c.measure in SETTING_MEASURES - {'age'} else c.number_text
    parts = [f"{shown} ({r.outlet}"]
    if r.when:
        parts.append(f", {r.when}")
    if c.attributed_to:
        parts.append(f", credited to {c.attributed_to}")
    return "".join(parts) + ")"


Assessment = Literal["consistent", "evolving", "conflicting", "single_source"]


def _figures(reports: list[_Report], *, most: int = 4) -> str:
    shown = "; ".join(_figure(r) for r in reports[:most])
    return shown + (f"; and {len(reports) - most} more" if len(reports) > most else "")


_STOP = {"the", "of", "s", "and", "in", "a", "an", "via", "citing"}


def _words(name: str) -> set[str]:
    words = set(re.findall(r"[^\W_]+", name.lower()))
    return (words - _STOP) or words


def _credit(reports: list[_Report]) -> str:
    """How many figures credit the most cited source. Spellings of one source ("Interior
    Ministry", "Ministry of the Interior") are counted together when most words overlap."""
    sources = [r.claim.attributed_to for r in reports if r.claim.attributed_to]
    if not sources:
        return "none credited to a source"
    best, best_n = sources[0], 0
    for s in sources:
        ws = _words(s)
        n = sum(1 for t in sources if len(ws & _words(t)) / max(1, min(len(ws), len(_words(t)))) >= 0.5)
        if n > best_n:
            best, best_n = s, n
    return f"{best_n} of {len(reports)} credited to {best}"


def _judge(reports: list[_Report], *, sources: int, copied: tuple[tuple[str, ...], ...] = (),
           restated: tuple[_Report, _Report] | None = None) -> tuple[Assessment, str]:
    articles = {r.claim.article for r in reports}
    figures = _figures(reports)
    if len(articles) == 1:
        return "single_source", f"Reported by one article only: {figures}."
    if sources == 1:
        return "single_source", (f"{len(articles)} articles, one source: they are copies of one text "
                                 f"({', '.join(copied[0]) if copied else ''}): {figures}.")
    if moved := judged.moved_in_one_sentence(reports):
        return "evolving", (f"{moved[0].claim.article} tells the figure moving, from {moved[0].claim.number_text} to "
                            f"{moved[1].claim.number_text}: {figures}.")
    # two articles clash when none of one's figures fits any of the other's: an article that gives a
    # figure besides the one both agree on ("one dead and two hurt", read into one row) is no clash.
    # Only figures that say how many agree so: "dozens", "at least 50" fit too much to vouch for one.
    told = [r for r in reports if r.claim.qualifier != "vague" and not math.isinf(r.high)]
    agree = {(a.claim.article, b.claim.article) for a in told for b in told
             if a.claim.article != b.claim.article and not _clash(a, b)} | assess.floors_agree(reports)
    clash = [(a, b) for i, a in enumerate(reports) for b in reports[i + 1:]
             if a.claim.article != b.claim.article and (a.claim.article, b.claim.article) not in agree
             and _clash(a, b) and not _rough(a, b) and not judged.rounds_to(a.claim, b.claim)]
    clash = clash or assess_rules.told_two_ways(reports, fits=lambda a, b: not _clash(a, b) or _rough(a, b))
    if not clash and (grew_on := rising_days.floor_then_more(reports[0].claim.measure, reports)):
        return "evolving", rising_days.grown(*grew_on)  # "more than 600", then 1,386 days later
    if not clash and restated:  # the figures agree but one article tells the count moving: "seven, up from three"
        old, new = restated
        return "evolving", (f"{new.claim.article} tells the figure moving, from {old.claim.number_text} to "
                            f"{new.claim.number_text}: {figures}.")
    if not clash:
        aside = assess.beside(reports, fits=lambda a, b: not _clash(a, b) or _rough(a, b))
        return "consistent", f"{len(articles)} articles give compatible figures: {figures}.{aside}"
    measure = reports[0].claim.measure
    if disputed.disputes(r.claim for pair in clash for r in pair):  # "more than the department's count of 17"
        a, b = clash[0]
        return "conflicting", (f"{_figure(a)} and {_figure(b)} cannot both hold: an article sets its figure "
                               f"against the other count; {len(reports)} reports in all ({_credit(reports)}).")
    if on := running_days.counted_on(reports, _base):
        return "evolving", (f"The length grows by the days between reports: {on[0].claim.number_text} on "
                            f"{on[0].when}, {on[1].claim.number_text} on {on[1].when} ({_credit(reports)}).")
    if measure in CUMULATIVE | {"missing"} and any(_RISING.search(r.claim.text) for r in reports):
        rising = sorted(reports, key=lambda r: r.low)
        return "evolving", (f"The articles say the figure rose: from {rising[0].claim.number_text} to "
                            f"{rising[-1].claim.number_text} ({_credit(reports)}).")
    if measure not in _UNMOVED and (moving := [r for r in reports if _MOVED_FROM.search(r.claim.text)]):
        # "about 120,000 households were without power, down from a peak of 450,000": a count that moves
        return "evolving", (f"{moving[0].claim.article} tells the figure moving ({moving[0].claim.number_text}, "
                            f"from an earlier figure): {figures}.")
    dated = sorted((r for r in reports if r.when), key=lambda r: r.when or "")
    if (measure in CUMULATIVE or _falls(reports)) and len({r.when for r in dated}) >= 2:
        first_day, last_day = dated[0].when, dated[-1].when
        early = _middle([r for r in dated if r.when == first_day])
        late = _middle([r for r in dated if r.when == last_day])
        fell = published_order.fell_by_publication(reports)
        if measure in CUMULATIVE and early < late and not fell:
            return "evolving", (f"Figures rise from {_range_text(dated, first_day)} on {first_day} to "
                                f"{_range_text(dated, last_day)} on {last_day} ({_credit(reports)}).")
        if _falls(reports) and early > late and fell:
            return "evolving", (f"Figures fall from {_range_text(dated, first_day)} on {first_day} to "
                                f"{_range_text(dated, last_day)} on {last_day}, as the missing are found or the "
                                f"badly hurt recover ({_credit(reports)}).")
    if measure == "age" and (older := _aged(reports)):
        return "evolving", f"A birthday between reports: {older}."
    if measure in CUMULATIVE and (risen := _risen_by_day(reports)):
        return "evolving", (f"Each day's articles give a higher toll than the day before's: "
                            f"{risen} ({_credit(reports)}).")
    if grown := first_floors.grew_from_floor(clash, reports):
        return "evolving", (f"A first count given as a floor, {_figure(grown[0])}, then {_figure(grown[1])} "
                            f"a later day: the count grew ({_credit(reports)}).")
    if (measure in CUMULATIVE | {"missing"} or reports[0].claim.measure == "count") and \
            all(_still_counting(*pair) for pair in clash):
        low, high = sorted(clash[0], key=lambda r: r.low)
        return "evolving", (f"A count still being made: {high.claim.number_text} is a floor above "
                            f"{low.claim.number_text} ({_credit(reports)}).")

    if rose := rising_days.follow_days(measure, clash):  # a head count each later day puts higher
        return "evolving", rising_days.rose(*rose)

    def fits(a: _Report, b: _Report) -> bool:  # two reports that tell one figure
        return not _clash(a, b) or _rough(a, b) or judged.rounds_to(a.claim, b.claim)

    if odd := odd_one(reports, fits=fits, source={a: c[0] for c in copied for a in c}, when=lambda r: r.when):
        return "consistent", f"{len(articles)} articles give compatible figures: {figures}.{set_aside(odd)}"
    if moved := judged.running_total(clash):
        return "evolving", (f"{_figure(moved[1])} is told as a running total, above {_figure(moved[0])}: "
                            f"the count moved between reports ({_credit(reports)}).")
    a, b = clash[0]
    when = "" if a.when == b.when or not (a.when and b.when) else " and time does not explain the difference"
    return "conflicting", (f"{_figure(a)} and {_figure(b)} cannot both hold{when}; "
                           f"{len(reports)} reports in all ({_credit(reports)}).")


def _falls(reports: list[_Report]) -> bool:
    """Whether the count is one that falls with the days: the missing (found alive or dead) and the badly hurt
    (who recover, or die), every report of which tells them so."""
    return reports[0].claim.measure == "missing" or all(_severity(r.claim) == "serious" for r in reports)


# "who turns 29 in April", "will be 40 in June", "is turning 30": an age the person has yet to reach
_BIRTHDAY = re.compile(r"\b(?:turns|turning|will\s+(?:turn|be)|to\s+turn)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _aged(reports: list[_Report]) -> str:
    """One person's age told one year lower by every article of an earlier day ("26" in January, "27" in
    September): a birthday between the reports, empty if the dates do not say so."""
    by_value: dict[float, set[str]] = {}
    for r in reports:
        if r.day and r.claim.value is not None:
            by_value.setdefault(r.claim.value, set()).add(r.day)
    if len(by_value) != 2:
        return ""
    (young, early), (old, late) = sorted(by_value.items())
    if max(early) >= min(late):
        return ""
    return f"{young:g} on {max(early)}, {old:g} from {min(late)}"


def _still_counting(a: _Report, b: _Report) -> bool:
    """Whether two figures clash only as a count still being made does: the larger is a floor ("at least four
    aftershocks", "more than 20 dead") above the other's figure, as a later report of a rising tally gives it."""
    low, high = sorted((a, b), key=lambda r: r.low)
    if low.claim.qualifier == "vague" or (a.claim.as_of and a.claim.as_of == b.claim.as_of):
        return False  # "dozens" is no count; two figures for one day are a clash ("748" and "at least 784" on May 3)
    return high.claim.qualifier in ("at_least", "more_than") and math.isinf(high.high) and high.low > _top(low)


VAGUE_SLACK = 2.0  # a figure contradicts a vague word only this many times outside the sizes the word allows


def _rough(a: _Report, b: _Report) -> bool:
    """Whether a vague word beside a figure is only a rough size, not a clash: "several" buildings
    and two or ten, "thousands" and about 1,000. A figure far outside the sizes the word allows
    ("dozens" seriously injured against eight, "dozens" injured against over a thousand) does
    contradict it."""
    if (a.claim.qualifier == "vague") == (b.claim.qualifier == "vague"):
        return False
    vague, told = (a, b) if a.claim.qualifier == "vague" else (b, a)
    return told.high * VAGUE_SLACK >= vague.low and told.low <= vague.high * VAGUE_SLACK


def _risen_by_day(reports: list[_Report]) -> str:
    """A toll every article of a later day puts above every article of the day before: the
    tally of an event still being counted, told by the day each article was published (a
    figure's own date may be the event's: "killed 24 in the quake that struck on Tuesday").
    An article's toll is the largest figure it gives (its smaller ones are parts: "another
    four died in hospital"); articles with no date say nothing of the order. Empty if not so."""
    tops: dict[str, dict[str, _Report]] = {}
    for r in reports:
        if r.day and r.claim.qualifier != "vague":
            mine = tops.setdefault(r.day, {})
            if r.claim.article not in mine or r.low > mine[r.claim.article].low:
                mine[r.claim.article] = r
    days = sorted(tops)
    if len(days) < 2:
        return ""
    for early, late in itertools.pairwise(days):
        if min(r.low for r in tops[late].values()) <= max(r.low for r in tops[early].values()):
            return ""
    return "; ".join(f"{' / '.join(r.claim.number_text for r in tops[d].values())} on {d}" for d in days)


# an earlier figure restated beside the new one, either way: "down from a peak of 450,000", "up from 75 million"
_MOVED_FROM = re.compile(r"\b(?:up|down)\s+from\b", re.IGNORECASE)
_UNMOVED = frozenset({"magnitude", "depth", "age", "percent", *SETTING_MEASURES})  # what no later report moves
_RISING = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|mounted|mounting|rising|new toll|"
                     r"updated|revised|now stands|has reached|had reached|more bodies|further deaths|"
                     # the earlier figure restated beside the new: "18,900 hectares, up from 17,500 on Wednesday",
                     # "74 homes, double the figure of 37 given on Tuesday", "has nearly tripled to 11,800"; or
                     # beside a smaller one: "two people remain missing, down from seven on Thursday"
                     r"(?:up|down)\s+from|doubled|tripled|quadrupled|(?:double|triple|twice)\s+the\s+(?:figure|number|count|"
                     r"total|toll|tally))\b", re.IGNORECASE)
MAGNITUDE_SLACK = 0.15  # agencies' magnitudes of one quake differ by a tenth
EXACT_SLACK = 0.05  # two exact sums in one currency differ by rounding only this much ("$2.5m", "$2.6m")
AMOUNT_SLACK = 0.1  # outlets round an amount, or convert it at another day's rate, by up to a tenth


def _clash(a: _Report, b: _Report) -> bool:
    """Whether two reports cannot both hold. Amounts in different currencies are not
    compared (a conversion is not a conflict); a magnitude allows a tenth of slack."""
    if ceilings.falls_short(a, b):  # "as many as 230" against "212": the estimate's top is its figure
        return True
    if a.claim.measure == b.claim.measure == temperatures.MEASURE:  # "nearly -34C" and "minus 33.4 degrees": one
        return not temperatures.one_reading(a.claim, b.claim)
    if a.claim.measure == "age" and a.claim.value is not None and b.claim.value is not None:
        # one person's age: any other figure clashes, unless the older one is told as a birthday to come
        young, old = sorted((a, b), key=lambda r: r.claim.value or 0.0)
        return old.claim.value != young.claim.value and not _BIRTHDAY.search(old.claim.text[:old.claim.figure_at()])
    if a.claim.measure in SETTING_MEASURES or in_two_units(a.claim, b.claim, _base) \
            or quake_depths.in_two_units(a.claim, b.claim):  # "144 months", "12 years"; "35 km", "22 miles"
        x, y = _base(a.claim), _base(b.claim)
        return x is not None and y is not None and abs(x - y) > AMOUNT_SLACK * max(x, y) and \
            _clash_raw(a, b, same_unit=a.claim.unit == b.claim.unit) and \
            not assess.alike_in_units(a, b, base=(x, y), slack=AMOUNT_SLACK)
    if weights.in_two_units(a.claim, b.claim):  # "4.3 tonnes" and "4,300 kilograms"
        x, y = weights.kilograms(a.claim), weights.kilograms(b.claim)
        return x is not None and y is not None and abs(x - y) > AMOUNT_SLACK * max(x, y)
    if a.claim.measure in ("money", "damage", "price"):
        if a.claim.unit != b.claim.unit:
            return False
        # two exact sums in one currency are rounded, not converted: "$184 million" and "$200 million" clash
        slack = EXACT_SLACK if _exact(a) and _exact(b) else AMOUNT_SLACK
        return a.high * (1 + slack) < b.low or b.high * (1 + slack) < a.low
    return (_clash_raw(a, b) or disputed.rough_apart(a.claim, b.claim)) and \
        not echoes.rounded(a.claim, b.claim)  # "4.5 pounds" rounds "4.46 pounds"


def _clash_raw(a: _Report, b: _Report, *, same_unit: bool = True) -> bool:
    """Whether two reports' ranges miss each other (figures in different units always might)."""
    if not same_unit:
        return True
    slack = MAGNITUDE_SLACK if a.claim.measure == "depth" else \
        judged.magnitude_slack(a.claim, b.claim) if a.claim.measure == "magnitude" else 0.0
    return a.high + slack < b.low or b.high + slack < a.low


def _middle(reports: list[_Report]) -> float:
    values = sorted(r.low if math.isinf(r.high) else (r.low + r.high) / 2 for r in reports)
    return values[len(values) // 2]


def _range_text(reports: list[_Report], day: str | None) -> str:
    return " / ".join(r.claim.number_text for r in reports if r.when == day)
