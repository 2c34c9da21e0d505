"""The story's place as its outlets file it: the city of the wire datelines its articles open with.

The place a reader sees a row at is the story's place when its figures sit anywhere in the story's area,
and the story's place is the narrowest place the articles agree on (``fact_labels.agreed_places``).
Counted over names, a place the text names for another reason can win: a prison, a stadium or a port
named after a town elsewhere ("the San Rafael penitentiary" in Cucuta), the port a boat left from, or a
city the parser does not tag at all. A dateline ("CUCUTA, Colombia (Andean Wire) - ", "LAMPEDUSA,
Italy - ") is the outlet's own statement of where it files the story from; when two or more articles
of the story open with the same dateline city, no other city is given by as many, and the gazetteer
knows the city, that city leads the story's places. Stories without datelines (most scraped pages)
keep the places their articles name.

A gazetteer holds the cities wires keep desks in, not every village news happens in. A dateline city no
gazetteer knows counts as a place (``town_of_country``) when a dateline gives it with its country
("SAINT-ALBAN-DES-EAUX, France (EuroWire) - ") and at least two articles name it beyond their datelines: a desk
is in a city a gazetteer holds, so such a town is where the outlets report from on the spot. It is written as
the articles write it ("Saint-Alban-des-Eaux", ``as_written``).

An outlet files news of another country from its own desk or a hub abroad: a Portuguese frigate's
capture of pirates off Somalia from Lisbon, air strikes in Myanmar from Chiang Mai, a quake in one
country from a neighbour's capital. A dateline city outside every country the story's agreed places
name (its dateline's own country when it names one, "LECH, Austria"; else any country the gazetteer
holds a city of that name in) is where the story was filed, not where it happened: ``abroad`` tells
it, and the story keeps the places its articles name. Only countries the articles name count: a
town's name is too often a person's, a team's or a street's that the gazetteer finds abroad.

A wire files national news from the capital's desk, and an outlet on the spot files it from the town where it
happened: "QUITO" twice and "ESMERALDAS, Ecuador" once for a prison riot in Esmeraldas; "LIMA" and "CARHUAZ,
Peru" for a quake in the Andes. When the datelines' city is its country's capital and another article's
dateline names another city of that country, the capital is the desk (``capital_desk``), and the story keeps
the places its articles name.

A wire files from the regional town it keeps a stringer in, and the event happens in the park, the island or
the district beyond it: "MTUBATUBA" for poaching in a national park the articles name throughout, "PESHAWAR"
for a quake in Shangla district, "BLANTYRE" for cholera in Nsanje. When another place the articles agree on is
named in at least twice as many articles' bodies (beyond their datelines) as the dateline city, and the bodies
name the city too (a hospital, a court there), the city is the desk (``hub_desk``), and the story keeps the
places its articles name.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from storyline.extract.nlp import DATELINE
from storyline.link.names import plain
from storyline.model import Article

_LINE = re.compile(r"[^\n]+")
LEAD_PARAGRAPHS = 4  # a dateline opens one of the first paragraphs (after a headline and a byline)
MIN_ARTICLES = 2  # articles that must give one dateline city for it to be the story's place


def dateline_city(article: Article) -> str | None:
    """The city an article's dateline names, in a reader's case ("CUCUTA" -> "Cucuta"), or None."""
    found = _dateline(article)
    return _cased(found.group("city")) if found else None


def opens_dateline(text: str) -> bool:
    """Whether a text opens with a wire dateline ("GUAYAQUIL, Ecuador - Police ..."): its city in capitals."""
    found = DATELINE.match(text)
    return found is not None and found.group("city").isupper()


def _dateline(article: Article) -> re.Match[str] | None:
    lines = (m.group().strip() for m in _LINE.finditer(article.text))  # read no further than the lead
    for paragraph in itertools.islice((line for line in lines if line), LEAD_PARAGRAPHS):
        found = DATELINE.match(paragraph)
        if found:
            return found
    return None


def filed_from(articles: Sequence[Article], *, known: Callable[[str], bool]) -> str | None:
    """The dateline city two or more of the story's articles give, more often than any other, when
    ``known`` takes it for a place; None else."""
    cities = Counter(c for c in (dateline_city(a) for a in articles) if c)
    ranked = cities.most_common(2)
    if not ranked or ranked[0][1] < MIN_ARTICLES or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0] if known(ranked[0][0]) else None


def town_of_country(city: str, articles: Sequence[Article], *, nation: Callable[[str], str | None],
                    part: Callable[[str], str | None] = lambda where: None, rivals: Sequence[str] = ()) -> bool:
    """Whether a dateline city no gazetteer knows is a town the outlets file from on the spot: a dateline gives it
    with a country ("SAINT-ALBAN-DES-EAUX, France (EuroWire) - "), and at least two articles name it beyond their
    datelines. A wire's desk is in a city a gazetteer holds; a village that is no desk is where the news happened.
    A dateline that gives the town with a part of a country (``part``: "KELDERBY, England", "SILVERTIP, B.C.")
    is read the same way when no other of the story's agreed places (``rivals``) is named in more articles: a
    lake or a resort more articles name is where the news is, the town beside it where reporters file from."""
    lines = [found for found in map(_dateline, articles)
             if found and found.group("where") and _cased(found.group("city")).lower() == city.lower()]
    bodies = [_body(article) for article in articles]
    here = _naming(plain(city), bodies)
    if any(nation(found.group("where")) for found in lines):
        return here >= 2
    if not any(part(found.group("where")) for found in lines):
        return False
    return here >= 2 and all(_naming(plain(place), bodies) <= here for place in rivals
                             if plain(place).lower() != plain(city).lower())


def as_written(city: str, articles: Sequence[Article]) -> str:
    """The dateline city as the articles write it beyond their datelines ("Saint-Alban-des-Eaux" for
    "SAINT-ALBAN-DES-EAUX"), else in a reader's case."""
    word = _word(city)
    for article in articles:
        written = next((m.group() for m in word.finditer(_beyond(article)) if not m.group().isupper()), None)
        if written:
            return written
    return city


def abroad(city: str, articles: Sequence[Article], *, story_places: Mapping[str, str],
           countries_of: Callable[[str], set[str]], nation: Callable[[str], str | None]) -> bool:
    """Whether the story was filed from ``city`` in another country than the one it happened in: the
    countries the story's agreed places name (``story_places``: name -> country) hold none the dateline
    city may lie in, the country its datelines name when they do ("LECH, Austria": ``nation`` of
    "Austria", what a dateline gives after its city), else any of ``countries_of`` the city. A place the
    text names only in its datelines ("Thailand" of "CHIANG MAI, Thailand -") is the desk's, not the story's."""
    lines = [(article, _dateline(article)) for article in articles]
    named = {c for _, found in lines if found and found.group("where")
             and _cased(found.group("city")).lower() == city.lower() and (c := nation(found.group("where")))}
    mine = named or countries_of(city)
    bodies = [_beyond(article) for article in articles]  # the text beyond each article's dateline
    story = {country for name, country in story_places.items() if named_in(name, bodies)}
    return bool(mine) and bool(story) and not (mine & story)


def capital_desk(city: str, articles: Sequence[Article], *, countries_of: Callable[[str], set[str]],
                 capital_of: Callable[[str], str | None]) -> bool:
    """Whether ``city`` is its country's capital and another article of the story is filed from another
    city of that country: the capital is the wire's desk, the other the place the news is from."""
    capitals = {country for country in countries_of(city) if (capital_of(country) or "").lower() == city.lower()}
    others = {c for c in (dateline_city(a) for a in articles) if c and c.lower() != city.lower()}
    return any(capitals & countries_of(other) for other in others)


DESK_RATIO = 2  # a place named in this many times as many bodies as the dateline city: the city is a desk


def hub_desk(city: str, articles: Sequence[Article], *, agreed: Sequence[str]) -> bool:
    """Whether another of the story's agreed places is named in at least ``DESK_RATIO`` times as many
    articles' bodies as the dateline ``city`` (the module): the city is where the story was filed from."""
    bodies = [_body(article) for article in articles]
    here = _naming(plain(city), bodies)
    if not here:
        return False  # a city named only in the datelines: the place a prison or a port is named after is not it
    return any(_naming(plain(place), bodies) >= DESK_RATIO * here for place in agreed if plain(place) != plain(city))


def _beyond(article: Article) -> str:
    """An article's text beyond its dateline (the dateline blanked), or its whole text when it has none."""
    found = _dateline(article)
    return article.text.replace(found.group(), " ", 1) if found else article.text


def _body(article: Article) -> str:
    """An article's text beyond its dateline, accents folded (``names.plain``)."""
    return plain(_beyond(article))


def named_in(name: str, texts: Sequence[str]) -> bool:
    """Whether some text names ``name`` as a word."""
    word = _word(name)
    return any(word.search(text) for text in texts)


def _naming(name: str, texts: Sequence[str]) -> int:
    """How many of the texts name ``name`` as a word."""
    word = _word(name)
    return sum(1 for text in texts if word.search(text))


def _word(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)


def _cased(city: str) -> str:
    """"MASBATE CITY" -> "Masbate City", "NEW YORK" -> "New York"."""
    return " ".join(w[:1] + w[1:].lower() for w in city.split())
