"""What a fact's row says: the place a reader sees it at, and a label naming what is counted.

Grouping decides which claims make a fact (``reconcile``); this module only rewrites the
row's ``location`` and ``label`` so a reader can use them:

- **Place.** A story happens somewhere most of its articles agree on, and news names it
  at several levels: "a quake struck Indonesia's Aceh province", "a Detroit suburb, Troy",
  "the Yida refugee camp in South Sudan". The story's place is the most specific of the
  places its articles name widely (in many articles and in their leads), not the widest
  (the country) nor the home of an actor (a navy's country, a person's town: "Riva, 47,
  of Sterling Heights"), and never a person ("Palin") named as a place. A fact whose own
  place is only a wider level of the story's place, or such a home, is set at the story's
  place; a fact its articles set at another place ("in Thessaloniki, 20,000 marched")
  keeps it.
- **Label.** A noun phrase naming what is counted or measured, in the text's words:
  "jewellery and watches stolen" rather than "amount", "width of the crater (metres)"
  rather than "distance (metres)", "counts of attempted murder charged" rather than
  "count charged".
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Sequence

from storyline.extract.places import place_judge
from storyline.link import datelines
from storyline.link.fact_names import thing_label, whose_age
from storyline.link.fact_place import placeless
from storyline.link.fact_places import NoPlaces, figures_at, happens_nowhere
from storyline.link.gazetteer import (
    Place,
    area_point,
    areas,
    candidates,
    capital_of,
    feature_point,
    fold,
    own_name,
    region_base,
    region_named,
    regions_of_name,
    state_abbreviated,
)
from storyline.link.label_clauses import clause_label, name_words
from storyline.link.label_heads import head_label
from storyline.link.label_nouns import noun_label
from storyline.link.particle_labels import particle_label
from storyline.link.rate_labels import rate_label
from storyline.link.thin_country import set_nowhere, thin_country
from storyline.link.told_there import harmed, untold
from storyline.model import Article, Claim, Fact

PLACE_SHARE = 0.6  # a place named this much as widely as the most named one is one the articles agree on
LEAD_SENTENCES = 2  # the headline and lead sentences, where news says where the event happened

_SPLIT_NAME = re.compile(r"^(?:the)\s+|['’]s$", re.IGNORECASE)
_SMALLER = re.compile(r"\b(?:county|district|regency|municipality|borough|parish|township|prefecture)$",
                      re.IGNORECASE)


def _plain(name: str) -> str:
    """"the Gulf of Aden" → "Gulf of Aden"; "Indonesia's" → "Indonesia"."""
    return _SPLIT_NAME.sub("", name.strip()).strip(" -–—,")


def _level(name: str) -> int:
    """How wide a place is: 0 a town, a village, a site or a camp; 1 a county or district; 2 a
    first-level region (state, province) or a large natural feature (a sea, an island); 3 a
    country; 4 a continent."""
    if fold(name) in areas().continents:
        return 4
    found = candidates(name)
    if found and found[0].is_country:
        return 3
    if _SMALLER.search(name) or fold(name) in areas().counties:
        return 1
    if region_base(name) is not None or regions_of_name(name) or area_point(name) is not None \
            or feature_point(name) is not None or fold(name) in areas().codes:
        return 2
    return 0


def _not_places(articles: Sequence[Article]) -> frozenset[str]:
    """Names the story's articles give people or organisations at least as often as places:
    "Palin" of "Sarah Palin" (a parser may call it a place too), "Tyler" of "Tyler Hansbrough",
    a company's name no gazetteer knows;
    not "Athens" that one slip calls a person."""
    people: Counter[str] = Counter()
    named: Counter[str] = Counter()
    places: Counter[str] = Counter()
    # words of the people's full names: a lone "Palin" counts as a person when "Sarah Palin" is named
    full = {w.lower() for a in articles for n in a.names if n.label == "PERSON" and len(n.text.split()) > 1
            for w in n.text.split()}
    for article in articles:
        for name in article.names:
            words = name.text.split()
            if name.label in ("GPE", "LOC", "FAC"):
                places[name.text.lower()] += 1
            elif name.label == "PERSON" and len(words) == 1 and words[0].lower() not in full and own_name(name.text):
                continue  # a lone "Lyon" that no one's full name holds and the gazetteer knows: a parser's slip
            elif name.label == "PERSON" and words:
                people.update({name.text.lower(), words[0].lower(), words[-1].lower()})
            elif name.label in ("ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"):
                named[name.text.lower()] += 1
    # an organisation's name far more often than a place's ("Millom" of a headline's ORG, a known town, stays)
    named_so = {n for n, k in named.items() if k > 2 * places[n] and not own_name(n)}
    return frozenset({n for n, k in people.items() if k >= places[n]} | named_so)


def _seldom(articles: Sequence[Article]) -> frozenset[str]:
    """Names no gazetteer knows that the parser called a place only once in the story: too
    little to be where the story happened ("EYP Mission Critical" of a company's name)."""
    places = Counter(n.text.lower() for a in articles for n in a.names if n.label in ("GPE", "LOC", "FAC"))
    return frozenset(n for n, k in places.items() if k < 2 and not own_name(n))



# "320 km from Banda Aceh", "north of Detroit", "suburban Detroit", "near the border": a place the
# event is placed against, not in
_REFERENCE_BEFORE = re.compile(r"(?:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                               r"(?:ern)?\s+of|\b(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+){0,2}(?:of|from)|"
                               r"\bsuburban|\bsuburbs\s+of|\boutside(?:\s+of)?|\bnear|"
                               r"\b(?:headquarters|headquartered|based|offices?)\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                               re.IGNORECASE)
# "a Detroit suburb", "the Detroit area", "the Cupertino, Calif.-based company"
_REFERENCE_AFTER = re.compile(r"(?:-|\s+)(?:area|suburbs?|metro)\b|(?:,\s*[A-Z][a-z]+\.?)?-based\b", re.IGNORECASE)


def _named(article: Article, name: str) -> list[int]:
    """Where a place's name stands in an article as a place the story may be in: "Troy police" and
    "Wasilla Bible Church", not "Los Angeles" inside "Los Angeles County" (a longer place's name)
    nor "Detroit" of "a Detroit suburb" (a place the event is placed against)."""
    pattern = re.compile(r"(?<![\w-])(?:" + re.escape(name) + "|" + re.escape(name.upper()) + r")(?![\w-])")
    text = article.text
    return [m.start() for m in pattern.finditer(text)
            if not any(n.start <= m.start() and m.end() <= n.end and n.end - n.start > len(name)
                       and n.label in ("GPE", "LOC", "FAC", "PERSON") for n in article.names)
            and not _REFERENCE_BEFORE.search(text, max(0, m.start() - 60), m.start())
            and not _REFERENCE_AFTER.match(text, m.end()) and not _whose(article, m.end())]


_OWNER = re.compile(r"['’]s\s+")


def _whose(article: Article, end: int) -> bool:
    """Whether a place's name is a person's country or town, not where the story happens: "Belgium's
    Jonas Verhoeven" (a person's name right after the possessive; not "Gaza's health ministry")."""
    owner = _OWNER.match(article.text, end)
    return owner is not None and any(n.label == "PERSON" and n.start == owner.end() for n in article.names)


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘(]?[A-Z0-9])|\n")


def _lead_end(text: str) -> int:
    """Where the headline and the lead end: after the first few sentences or lines."""
    ends = [m.end() for m in itertools.islice(_SENTENCE_END.finditer(text), LEAD_SENTENCES + 1)]
    return ends[-1] if ends else len(text)


def story_place(articles: Sequence[Article]) -> str | None:
    """The most specific place the story's articles agree the event happened in: among the
    places named nearly as widely as the most named one (in most articles, and in their
    headlines and leads), the narrowest ("Aceh" over "Indonesia", "Troy" over "Michigan",
    "Yida" over "South Sudan"); None when the articles name no place."""
    agreed = agreed_places(articles)
    return agreed[0] if agreed else None


def agreed_places(articles: Sequence[Article]) -> list[str]:
    """The places the story's articles agree on (named nearly as widely as the most named one),
    narrowest first: the levels of the story's place ("Aceh", "Indonesia")."""
    score = place_scores(articles)
    if not score:
        return []
    best = score.most_common(1)[0][1]
    agreed = [n for n, s in score.items() if s >= PLACE_SHARE * best and (s >= 2 or len(articles) == 1)]
    figures = figures_at(articles)  # a tie goes to the place more of the story's figures are set in
    # the city the outlets' datelines give leads among places the articles agree on (link/datelines.py): the
    # story is set where its outlets file it from, not at a prison or a port named after another town
    dated = datelines.filed_from(articles, known=lambda city: bool(candidates(city)) or datelines.town_of_country(
        city, articles, nation=_nation, part=_country_of_part, rivals=agreed))
    if dated and not candidates(dated):
        dated = datelines.as_written(dated, articles)  # a town no gazetteer holds: "Saint-Alban-des-Eaux"
    if dated and datelines.abroad(dated, articles, countries_of=_countries_of, nation=_nation,
                                  story_places={n: c for n in agreed if n.lower() != dated.lower()
                                                if (c := _nation(n))}):
        dated = None  # filed from a desk abroad: the story happened where its articles say
    if dated and datelines.capital_desk(dated, articles, countries_of=_countries_of, capital_of=capital_of):
        dated = None  # filed from the capital's desk while another outlet files from the town it happened in
    if dated and datelines.hub_desk(dated, articles, agreed=agreed):
        agreed = [n for n in agreed if n.lower() != dated.lower()]
        dated = None  # filed from a regional town while the articles tell of a park, an island, a district
    if dated and dated.lower() not in {n.lower() for n in agreed}:
        agreed.append(dated)  # a city the parser did not tag but the outlets file from
    return sorted(agreed, key=lambda n: (n.lower() != (dated or "").lower(), _level(n), -score[n],
                                         -figures[n.lower()], n))


def place_scores(articles: Sequence[Article]) -> Counter[str]:
    """How widely each place is named: per article, 1 for naming it, 2 when its headline or
    lead does."""
    persons = _not_places(articles) | _seldom(articles)
    pieces = NoPlaces(articles)  # "Valley" of "the Missouri Valley Conference", "the red zone"
    names: set[str] = set()
    for article in articles:
        judge = place_judge(article)
        names.update(_plain(n.text) for n in article.names
                     if n.label in ("GPE", "LOC", "FAC") and judge(n.text) and n.text.lower() not in persons)
    forms: dict[str, Counter[str]] = {}  # one place however cased: "Sunnyvale", "SUNNYVALE" (a dateline)
    for name in names:
        if name and name.lower() not in persons and not _acronym(name) and not pieces(name):
            forms.setdefault(name.lower(), Counter())[name] += 1
    score: Counter[str] = Counter()
    for form in forms.values():
        name = max(form, key=lambda n: (n != n.upper(), form[n]))
        for article in articles:
            at = _named(article, name)
            if at:
                score[name] += 1 + (at[0] < _lead_end(article.text))  # named, and again if in the lead
    return score


def _acronym(name: str) -> bool:
    """"WBO", "IBF": capitals the gazetteer knows as no place (an organisation, a title), unlike "US"."""
    letters = re.sub(r"[^A-Za-z]", "", name)
    return len(letters) >= 2 and letters.isupper() and not own_name(name)


# "Riva, 47, of Sterling Heights", "a resident of Warren", "Macomb County's prosecutor": where a
# person lives or whose an office is, not where the event happened
_HOME_BEFORE = re.compile(r"(?:,\s*(?:\d+\s*,\s*)?of|\b(?:resident|native|man|woman|mayor|governor|police|sheriff)"
                          r"\s+of)\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s+){0,3}$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _set_against(place: str, claims: Sequence[Claim]) -> bool:
    """Whether the figures' own sentences never set them in ``place``: it is named there only as
    someone's home, an office's owner or a reference point ("north of Detroit"), or not at all
    (the article's main place, given by default)."""
    for claim in claims:
        if claim.location != place:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(place) + r"(?![\w-])", claim.text):
            before = claim.text[max(0, m.start() - 60):m.start()]
            if not (_HOME_BEFORE.search(before) or _REFERENCE_BEFORE.search(before)
                    or _POSSESSIVE_AFTER.match(claim.text, m.end()) or _REFERENCE_AFTER.match(claim.text, m.end())):
                return False
    return True


def _country_of(name: str) -> str | None:
    found = candidates(name)
    return max(found, key=lambda p: (p.is_country, p.population)).country if found else None


def _countries_of(name: str) -> set[str]:
    """Every country the gazetteer holds a place of that name in."""
    return {p.country for p in candidates(name)}


def _nation(name: str) -> str | None:
    """The country a name is ("Austria", "Thailand"), or None."""
    return next((p.country for p in candidates(name) if p.is_country), None)


def _country_of_part(where: str) -> str | None:
    """The country of a first-level part of one a dateline names after its city ("England", "Bavaria",
    "Texas") or of a state's abbreviation ("Ill.", "B.C."); else None."""
    region = region_named(where)
    state = state_abbreviated(where) if region is None else None
    return region.country if region else (state.country if state else None)


def _wider(place: str, than: str) -> bool:
    """Whether ``place`` is a wider level holding ``than``: "Indonesia" of "Aceh", "Aceh
    province" of "Central Aceh", a country or region whose country is the story place's."""
    a, b = _plain(place).lower(), _plain(than).lower()
    if a == b or (a in b and a != b) or (region_base(_plain(place)) or "").lower() == b:
        return True
    if _level(place) <= _level(than):
        return False
    mine, theirs = _country_of(place), _country_of(than)
    return mine is None or theirs is None or mine == theirs


SPREAD_PLACES = 2  # figures told at this many places outside the story's place: the event spans a wider area


def spread(claims: Sequence[Claim], story: str | None) -> bool:
    """Whether the story's figures are told at several places that lie outside its most named
    place but in its country (unrest in one city, figures from two other cities): the event then
    spans the country, and a figure the articles set country-wide is not the city's."""
    here = _town(story) if story else None
    if here is None or not here.region:
        return False  # a place the gazetteer does not hold as a town: nothing to measure the spread by
    elsewhere = set()
    for claim in (c for c in claims if c.location and not c.background):
        town = _town(claim.location or "")
        if town and town.country == here.country and town.region and town.region != here.region \
                and not _set_against(claim.location or "", [claim]):  # its sentence sets the figure there
            elsewhere.add(town.key or town.name)  # a town of the same country in another first-level region
    return len(elsewhere) >= SPREAD_PLACES


def _town(name: str) -> Place | None:
    """The gazetteer's most populous town (not a country) of that name."""
    towns = [p for p in candidates(name) if not p.is_country]
    return max(towns, key=lambda p: p.population) if towns else None


def place_of(fact: Fact, claims: Sequence[Claim], *, story: str | None, main: str | None,
             persons: frozenset[str] = frozenset(), levels: frozenset[str] = frozenset(),
             wide: bool = False) -> str | None:
    """Where a reader sees a fact: a sub-event keeps its own place; a fact set at the story's
    main place by default, at a wider level of the story's place, at a person's name or at
    someone's home is set at the story's place; a place its figures are set in stays. When the
    event spans a wider area (``wide``: figures told in several towns), a fact set at a wider
    level keeps it: a country-wide toll is not the most named city's."""
    place = fact.location
    if place is None or story is None or fact.scope:
        return place
    key = _plain(place).lower()
    if wide and _wider(place, story) and _plain(place).lower() != _plain(story).lower():
        return place
    if place == main or key in persons or key in levels or _wider(place, story):
        return story
    return story if _set_against(place, claims) else place


def _cased(place: str) -> str:
    """A place a dateline alone names, in a reader's case: "CHICAGO" → "Chicago", "NEW YORK" → "New
    York"; initials ("US", "D.C.") and names already in mixed case stay as written."""
    if not place.isupper() or not any(len(w) >= 4 for w in re.findall(r"[A-Z]+", place)):
        return place

    def word(m: re.Match[str]) -> str:
        w = m.group()
        if m.start() and w.lower() in _PARTICLES:
            return w.lower()  # "Rio de Janeiro", "Stratford-upon-Avon"
        short = len(w) == 1 or (len(w) == 2 and place[m.end():m.end() + 1] != ".")
        return w if short else w.capitalize()  # "US", "D.C." stay; "ST." is "St."
    return re.sub(r"[A-Z]+", word, place)


_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "la", "le", "of", "the", "al", "el", "upon", "on"})


def relabel(facts: Sequence[Fact], articles: Sequence[Article], *, main: str | None) -> list[Fact]:
    """The facts with the place and the label a reader can use (the module's docstring)."""
    agreed = agreed_places(articles)
    story = agreed[0] if agreed else None
    levels = frozenset(p.lower() for p in agreed)  # the story place's wider levels the articles agree on
    persons = _not_places(articles)
    pieces = NoPlaces(articles)
    claims = {c.id: c for a in articles for c in a.claims}
    wide = spread([claims[c] for f in facts for c in f.claims if c in claims], story)  # the table's figures
    naming = sum(bool(_named(a, story)) for a in articles) if story else 0  # articles naming the story's place
    thin = thin_country(story, naming=naming, articles=len(articles))
    names = name_words(articles)  # words the parser names: no common nouns
    out = []
    for fact in facts:
        mine = [claims[c] for c in fact.claims if c in claims]
        place = place_of(fact, mine, story=story, main=main, persons=persons, levels=levels, wide=wide)
        place = story if pieces(place) else place  # a piece of a name is no place: the story's instead
        place = None if placeless(fact, mine) else place  # a measure of someone or something is set nowhere
        place = None if happens_nowhere(fact, mine) and not harmed(fact, mine) else place  # a price, an age unless hurt
        place = None if thin and place == story and set_nowhere(fact, mine) else place  # "US" of two articles in 17
        place = None if untold(fact, mine, place) else place  # an age set at a home or elsewhere: not here
        place = _cased(place) if place else place  # "CHICAGO" of a dateline: "Chicago"
        suffix = f" in {fact.location}" if fact.location else ""
        placed = bool(suffix) and fact.label.endswith(suffix)
        base = fact.label[:-len(suffix)] if placed else fact.label
        label = label_for(base, fact, mine)
        label = thing_label(label, fact.measure, mine) or label  # "duration (seconds)" of what
        label = head_label(label, fact.measure, mine) or label  # what is counted, as the text names it
        label = noun_label(label, fact.measure, mine) or label  # a sum put at, a span of, a coordination
        label = clause_label(label, fact.measure, mine, names) or label  # a level's subject, a time's clause
        label = rate_label(label, fact.measure, mine) or label  # a sum told per share, per day: not a total
        label = particle_label(label, mine) or label  # "amount brought in": a phrasal verb keeps its particle
        unplaced = not fact.location and not fact.label.startswith("age ")
        label = f"{label} in {place}" if place and (placed or unplaced) else label
        label = (whose_age(mine, articles) if fact.measure == "age" else "") or label  # a person's age: no place
        out.append(dataclasses.replace(fact, location=place, label=label))
    renamed = {old.label: new.label for old, new in zip(facts, out, strict=True) if old.label != new.label}
    # a part's explanation names its total by the total's label ("A part of people killed in Aceh (22)")
    return [dataclasses.replace(f, explanation=_renamed(f.explanation, renamed)) if f.part_of else f for f in out]


def _renamed(explanation: str, renamed: dict[str, str]) -> str:
    for old, new in renamed.items():
        explanation = explanation.replace(f"A part of {old} (", f"A part of {new} (")
    return explanation


# -- labels --------------------------------------------------------------------------------

_DIMENSIONS = {"thick": "thickness", "thin": "thickness", "wide": "width", "broad": "width", "long": "length",
               "high": "height", "tall": "height", "deep": "depth", "across": "width", "above": "height",
               "below": "depth", "beneath": "depth"}
_FUNCTION = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
                       "those", "some", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "as",
                       "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "about",
                       "around", "nearly", "almost", "over", "under", "up", "just", "only", "than", "more", "less",
                       "which", "who", "it", "they", "he", "she", "we", "i", "total", "estimated",
                       "reportedly"})
_WORD = r"[A-Za-z][\w'’-]*"
_PHRASE = rf"(?P<np>(?:(?:{_WORD}|-)\s+){{0,3}}{_WORD})"
# "jewellery and watches worth £1.7m", "rewards totaling $30,000", "a blood alcohol level of 0.41%"
_THING_BEFORE = re.compile(_PHRASE + r"\s+(?:worth|totall?ing|valued\s+at|of)\s+"
                           r"(?:(?:an?\s+)?(?:estimated|about|around|"
                           r"nearly|almost|over|some|up\s+to|more\s+than|less\s+than|at\s+least)\s+)*$", re.IGNORECASE)
# "a 24-hour general strike", "a 2.44-inch display", "a $50 anti-glare option", "60% greater color gamut"
_THING_AFTER = re.compile(r"^\s*(?:(?:greater|larger|smaller|bigger|higher|lower|more|less|extra)\s+)*"
                          r"(?P<np>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"^\s*(?:-\s*)?(?:[A-Za-z]+|%)(?![\w-])\s*")
# "40 percent of the buildings were destroyed", "99% of their supplier traffic has been restored"
_SHARE_OF = re.compile(r"^(?:\s*(?:to\s+\S+\s+)?(?:percent|per\s*cent|%))?\s+of\s+(?:the\s+|their\s+|its\s+|our\s+)?"
                       r"(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+?)(?:\s+(?:in|on|at|of|across)\s+[^,.;]*?)?\s+"
                       r"(?:were|was|has\s+been|have\s+been|had\s+been|are|is)\s+(?P<verb>\w+ed|\w+en)\b",
                       re.IGNORECASE)
# "a crater about two metres wide", "0.98 inches thick"
_DIMENSION = re.compile(r"^\s*[^,;()]{0,20}?(?:\([^)]*\))?\s*(?P<adj>" + "|".join(_DIMENSIONS) + r")\b", re.IGNORECASE)


def _noun_phrase(words: str) -> str:
    """The noun phrase a run of words ends in, without leading function words or figures;
    a coordination stays whole ("jewellery and watches")."""
    kept: list[str] = []
    tokens = re.sub(r"\s+-\s+", "-", words).split()  # "seven - year deal" as tokenised text writes "seven-year deal"
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i]
        joins = word.lower() in ("and", "&") and kept and i > 0 and _content(tokens[i - 1])
        if not joins and not _content(word):
            break
        kept.insert(0, word)
        if len(kept) > 2 and kept[1].lower() in ("and", "&"):
            break  # a coordination's first part is one word: "took paintings and sculptures" → "paintings and ..."
    phrase = " ".join(kept).strip(" ,.;:'’\"")
    return "" if phrase.lower() in _VAGUE else phrase


# "in the vicinity of $1 million", "a total of 26": words of an approximation, not what is counted
_VAGUE = frozenset({"vicinity", "neighborhood", "neighbourhood", "excess", "tune", "upwards", "range", "total", "sum",
                    "amount", "figure", "figures", "number", "numbers", "estimate", "maximum", "minimum", "average",
                    "order", "region", "worth"})


def _content(word: str) -> bool:
    """Whether a word can stand in a noun phrase: not a function word, a figure or a verb's
    past form ("reached speeds of 100 mph": "speeds")."""
    bare = word.lower().strip(",.;:")
    return bool(re.match(r"[a-z]", bare)) and bare not in _FUNCTION and not re.search(r"\d", bare) \
        and not (len(bare) > 4 and bare.endswith("ed") and "-" not in bare)


def thing_of(claim: Claim) -> str:
    """What an amount, a share or a measure is of, in its sentence's words: "jewellery and
    watches" (worth ...), "blood alcohol level" (of 0.41%), "general strike" (a 24-hour ...),
    "buildings destroyed" (40 percent of the buildings were destroyed), "width of the crater"
    (a crater two metres wide); "" when the sentence does not say."""
    at = claim.figure_at()
    if at < 0:
        return ""
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    share = _SHARE_OF.match(after)
    if claim.measure == "percent" and share:
        return f"{_noun_phrase(share.group('np'))} {share.group('verb')}".strip()
    dimension = _DIMENSION.match(after)
    if dimension and claim.measure == "distance":
        # "a crater about two metres wide", "the waves were up to three metres high"
        whose = _noun_phrase(re.sub(r"(?:\b(?:about|around|some|nearly|almost|over|just|only|at|up\s+to|was|were|is|"
                                    r"are|which|that)\s*|,\s*)+$", "", before.strip(), flags=re.IGNORECASE))
        noun = _DIMENSIONS[dimension.group("adj").lower()]
        return f"{noun} of the {whose}" if whose and whose[:1].islower() else noun
    found = _THING_BEFORE.search(before)
    if found and _noun_phrase(found.group("np")):
        return _noun_phrase(found.group("np"))
    # the figure as a modifier after a determiner: "a 24-hour general strike", "a $50 anti-glare option"
    modifier = re.search(r"(?:\b(?:a|an|the|its|their|his|her)|['’]s)\s+(?:[a-z]+ly\s+)?(?:[\w-]+\s+)?$", before,
                         re.IGNORECASE)  # "a relatively low $3 million salary"
    compound = re.match(r"^\s*-\s*[A-Za-z]+", after)  # "24-hour", "2.44-inch": the figure modifies a noun
    comparative = re.match(r"^\s*(?:%|percent|per\s*cent)?\s*(?:greater|larger|smaller|bigger|higher|lower)\s+[a-z]",
                           after)
    if (modifier or comparative) and (compound or claim.measure in ("money", "price", "percent")):
        rest = after
        if claim.measure in ("percent", "duration", "distance") or compound:
            # a figure that holds its percent sign or word ("15%", "15 percent") has no unit after it
            told = claim.measure == "percent" and re.search(r"(?:%|percent|per\s*cent|pct)$", claim.number_text)
            unit = None if told else _UNIT_AFTER.match(after)
            rest = after[unit.end():] if unit else after
        ahead = _THING_AFTER.match(rest)
        if ahead:
            return _noun_phrase_ahead(ahead.group("np") + rest[ahead.end():ahead.end() + 40])
    return ""


_STOP_AHEAD = frozenset({"a", "an", "the", "that", "which", "who", "was", "were", "is", "are", "and", "or", "of", "in",
                         "on", "at", "to",
                         "for", "with", "by", "from", "as", "than", "when", "while", "has", "have", "had", "will"})


def _noun_phrase_ahead(words: str) -> str:
    """The common noun phrase a run of words starts with, ended within three words by a function
    word or a stop: "general strike that ..." → "general strike"; "" for a name ("MacBook Pro")
    or a run that goes on (a verb's clause)."""
    kept: list[str] = []
    tokens = re.sub(r"\s+-\s+", "-", words).split()
    for word in tokens[:4]:
        bare = word.strip(",.;:)")
        if bare.lower() in _STOP_AHEAD or not bare or not _content(bare):
            break
        kept.append(bare)
        if bare != word:  # a comma or a stop ends it
            break
    else:
        if len(tokens) > 3:
            return ""  # four words on and no end: a clause, not a noun phrase
    return " ".join(kept) if kept and kept[0][:1].islower() and len(kept) <= 3 else ""


_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}
_AMOUNT_WORDS = frozenset({"amount", "damage", "price"})
_RATIO_MEASURES = frozenset({"duration", "distance", "speed"})


# past participles that end in neither -ed nor -en (general English, not any story's words)
_IRREGULAR = frozenset({"paid", "sold", "lost", "spent", "won", "bought", "brought", "sought", "held", "made", "built",
                        "caught", "kept", "left", "sent", "owed", "raised", "lent", "borrowed"})


def _participle(word: str | None) -> str:
    """A past participle a claim gives for what happened to what it counts ("stolen", "offered", "paid")."""
    word = (word or "").lower()
    regular = re.fullmatch(r"[a-z]{3,}(?:ed|en)", word) and word not in ("been", "seven", "eleven")
    return word if regular or word in _IRREGULAR else ""


def _most(values: Sequence[str]) -> str:
    found = Counter(v for v in values if v)
    return found.most_common(1)[0][0] if found else ""


def _echo(thing: str, measure: str, unit: str | None) -> str:
    """A thing that only repeats the measure or its unit ("speeds" of a speed, "duration") says
    nothing; possessives and articles before it go ("our required capacity")."""
    thing = re.sub(r"^(?:the|our|their|its|his|her|my|your)\s+", "", thing, flags=re.IGNORECASE)
    last = thing.lower().split(" ")[-1].rstrip("s") if thing else ""
    return "" if last in (measure, (unit or "").lower().rstrip("s")) else thing


def _own_words(thing: str, claims: Sequence[Claim]) -> str:
    """A phrase as a label writes it: lower case where it only opens its sentence ("Rewards")."""
    opens = any(c.text.lstrip().startswith(thing) for c in claims)
    return thing[:1].lower() + thing[1:] if opens and thing[1:2].islower() else thing


def label_for(base: str, fact: Fact, claims: Sequence[Claim]) -> str:
    """A label (without its place) naming what is counted or measured, in the text's words;
    ``base`` when the claims say no more than it does."""
    first = base.split(" ", 1)[0]
    if first in _PLURALS and fact.measure != "age":  # "man killed" of "one man": the row counts men
        return f"{_PLURALS[first]}{base[len(first):]}"
    if not re.search(r"[A-Za-z]", base.split(" (")[0]):  # "." or "+" read as what is counted
        return fact.measure
    if fact.measure == "charged":
        return _charge(base, claims)
    unit = next((c.unit for c in claims if c.unit), None)
    if fact.measure in ("money", "damage", "price") and base.split(" ")[0] in _AMOUNT_WORDS and len(base.split()) <= 2:
        things = {c.id: thing_of(c) or (c.counted if c.counted and c.counted != c.counted_as
                                        and not _participle(c.counted) else "") for c in claims}
        thing = _most(list(things.values()))
        # what happened to it, as the claims that name it say ("jewellery and watches ... stolen")
        head = thing.lower().split(" ")[-1] if thing else ""
        done = base.split(" ")[1] if " " in base else _most([_participle(c.counted_as) or _participle(c.counted)
                                                              for c in claims
                      if not thing or things[c.id].lower().split(" ")[-1:] == [head]])
        if thing:
            thing = _own_words(thing, claims)
            return f"{thing} {done}" if done and done not in thing else thing
        return f"{base.split(' ')[0]} {done}" if done else base
    if fact.measure == "percent" and base.startswith(("percent", "per cent", "%")):
        thing = _most([_echo(thing_of(c), fact.measure, unit) for c in claims])
        return f"{_own_words(thing, claims)} (percent)" if thing else base
    if fact.measure in _RATIO_MEASURES and base.startswith(f"{fact.measure} ("):
        thing = _most([_echo(thing_of(c), fact.measure, unit) for c in claims]) or _most(
            [c.counted.split(" of ", 1)[1] for c in claims if c.counted and " of " in c.counted])
        if not thing:
            return base
        if thing.split(" ")[0] in _DIMENSIONS.values():
            return f"{thing} ({unit})" if unit else thing
        return f"{fact.measure} of {_own_words(thing, claims)}" + (f" ({unit})" if unit else "")
    if unit == "times" and base.split(" ")[0] == "times":
        done = _most([_participle(c.counted_as) for c in claims])
        return f"times {done}" if done else base
    return base


_CHARGE_CUT = re.compile(r"\s+(?:in\s+(?:the|connection|a|an)\b|against\b|for\s+the\b|after\b|with\b|"
                         r"and\s+\w+\s+counts?\b)|[;(]|,\s+(?=[A-Z\d])")


def _charge(base: str, claims: Sequence[Claim]) -> str:
    """"counts of attempted murder charged" from "one count of attempted murder in the shooting";
    a charge's row names every count, so "counts"."""
    phrases = []
    for claim in claims:
        said = claim.subject or claim.counted or ""
        m = re.match(r"(?i)counts?\s+of\s+", said)
        if m:
            phrases.append("counts of " + _CHARGE_CUT.split(said[m.end():], maxsplit=1)[0].strip())
    phrase = _most([p for p in phrases if len(p.split()) > 2])
    if not phrase:
        return re.sub(r"^count\b", "counts", base)
    whom = re.search(r"\s+against\s+.*$", base)
    return f"{phrase} charged" + (whom.group(0) if whom else "")
