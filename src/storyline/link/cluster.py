"""Stories: articles about the same real-world event, put together as they arrive.

Each article gets a profile: the names it uses, its content words and the pairs of
content words that follow each other ("defensive tackle", "deep throat"), the years it
mentions, its publication date (weighted by TF-IDF over every article stored, the title
and lead counted three times), and its multilingual sentence embedding (extract/embed.py).

First pass: an article joins the story it is most similar to on average (average
linkage: its mean similarity to the story's articles), if that is at least
``THRESHOLD``; else it opens a new story. Articles are taken in order of publication,
so a new batch is assigned to the stories already stored without clustering everything
again, then each new article is checked once more against the stories as they ended up.

Similarity, in one language: 0.1 × names cosine + 0.9 × words cosine, minus 0.05 when
both articles name years and no year in common, minus 0.3 when they were published
more than a year apart (two earthquakes in one town, years apart). Against a story in
another language the names carry more (``FOREIGN``: 0.4 × names + 0.6 × words, against
0.12; names are transliterated, so "Токаев" meets "Tokayev"). An article that finds no
story in its words and names looks for one in another language by meaning: 0.5 ×
embedding cosine + 0.5 × names cosine, against ``CROSS_THRESHOLD``.

Second pass (``Clustering._split``): each story this run touched is read again among its
own articles, with words weighted by how few of the story's articles use them, and cut
in two (a normalised cut, which finds two groups of comparable size) where the halves are
far less alike than each half is within (``SPLIT_RATIO``) or less alike than
``SPLIT_FLOOR``: two look-alike events that share their words (two DUI arrests of one
team's players) come apart on the names, figures and phrases only one of them uses. The
capitalised words of each article's title and first ``LEAD_WORDS`` words weigh
``LEAD_NAMES`` of that likeness: a news article names its event's own actors first and
the look-alike it recalls (the previous arrest, the actor replaced) further down. The words
of the headline (the title, or the first sentence of a text without one; not its dates and
figures) weigh ``HEAD``: a headline says what happened and to whom ("champion stops challenger
in sixth round", "club hires new coach"), which is what tells two events of one topic apart when the
text is a title and a lead with no date (ECB+ short variant: B-cubed 0.911 -> 0.919).

When, without a publication date: the months the title and lead name (``WHEN``): two
articles whose leads share a month are that much more alike in the split pass, two whose
leads name months and share none that much less (successive monthly figures, a
meeting's decision and the next one's). A missing date is neither a match nor a
mismatch: the month term, the year clash and the publication-date distance count only
pairs that both have one. Years named in the text were tried the same way and lost on
ECB+ (full 0.949 -> 0.941 or less, short unchanged): articles name background years.

What happened (issue 20): one topic holds many events (a policy announced, then struck
down in court; a nominee named, questioned, confirmed; a rate raised, then held), and on
short items from different outlets the words of one event are no more alike than those of
the next: the outlets' wording differs more than the events' do. Each profile keeps the
kinds of happening its headline and the lead's first sentence report (``event_words``: a
general news lexicon in which "rules", "struck down", "blocks" are one kind and "announces",
"unveils", "proposes" another), whether it speaks of what is to come, and the weekdays it
names. After the split on words, a story is cut again where the headlines' main kinds are
unrelated across the cut (``_event_parts``; an arrest and the charges, a killing and its
arrest, a verdict and the sentence are related: ``RELATED_EVENTS``) and the words do not
object. A headline that reports no kind of happening is neither a match nor a mismatch. An
article left alone by the splits looks once more for its story (an analysis piece drawn to a
story that held two events). Own short items (benchmarks/data/short_items_dev.jsonl): B-cubed
0.640 -> 0.773; ECB+ unchanged (full 0.942 -> 0.943, short 0.916). The tense and weekday cues
were tried as split evidence and did not help (results/i20b.md).

Same days, same name (``_same_days``): a word cut is not kept when every article of the two
halves is dated, their publication days overlap, and a capitalised word of the leads is in at
least half of each half's articles. A firm's job cuts told by the business press and, the same
days, by the papers of the town that loses its plant; a wildfire's evacuations and the homes it
burned told by the island's paper: the local half shares few words with the rest, and the word
cut parted 6 of 224 invented ten-outlet events this way (round 34: four development events, two
held out). Look-alike events are months or years apart; ECB+ and the short items carry no
dates, so their figures cannot move.

The weights, thresholds and the split floor were chosen on ECB+, with two-fold
cross-validation over its topics as the check (benchmarks/bench_clusters.py); the split
ratio so that two short look-alike stories of our own come apart (tests/link/
test_cluster.py); the cross-language threshold on the multilingual example corpus: see
the README.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources

import numpy as np

from storyline.dates import MONTHS, WEEKDAYS
from storyline.extract.embed import DIM, chunks, encode, vector
from storyline.link.names import name_key
from storyline.model import Article

THRESHOLD = 0.05
CROSS_THRESHOLD = 0.35
NAMES, WORDS, YEARS = 0.1, 0.9, 0.05
FOREIGN, FOREIGN_THRESHOLD = (0.4, 0.6), 0.12  # a story in another language: names and words, and the bar
DATES, DAYS_APART = 0.3, 365  # published more than a year apart: seldom one event's news
LOCAL, LOCAL_PRIOR, SPLIT_RATIO = 0.6, 5, 0.4
SPLIT_FLOOR = 0.045  # and, for articles of news length, halves less alike than this
MAX_SPLIT = 400  # a story larger than this is not re-read for a split (the matrix grows as the square)
LEAD_LINES, LEAD_BOOST = 3, 3
LEAD_WORDS, LEAD_NAMES = 80, 0.2  # the split pass also weighs the capitalised words of the title and lead
HEAD = 0.2  # and the words of the headline: what happened, to whom
WHEN = 0.06  # and the months the leads name: a match adds this much likeness, a mismatch takes it away
EVENT_RATIO = 1.5  # a cut between articles reporting unrelated kinds of happening: kept under this ratio
EVENT_BAR = 0.8  # and the kinds disagree across it at least this much on average (-1: every pair unrelated)
EVENT_PULL = 0.5  # how much the kinds of happening weigh when such a cut is looked for
TOP_TERMS = 400  # an article is compared by its strongest terms (all, in practice): a bound for very long texts
CANDIDATES = 10  # stories sharing the article's strongest terms that are scored in full
PRIOR_DOCS = 1000
REFINE_ROUNDS = 2
CANDIDATE_TERMS = 40
MAX_POSTING = 100  # a term more stories use says little of which one (and would grow the search with the store)

STOPWORDS = frozenset(w for line in resources.files("storyline.data").joinpath("stopwords.txt")
                      .read_text(encoding="utf-8").splitlines() if not line.startswith("#") for w in line.split())
_MONTHS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_MONTH_NAMES = frozenset(m for m in MONTHS if len(m) > 3)  # "may", "mar", "jan" are also words or too short
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,]*\d|\d", re.UNICODE)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_ADDRESS = re.compile(r"\s*(?:https?\s*:|www\s*\.)", re.IGNORECASE)  # a web address left at the top of a text


# --- what happened: the event word of the headline and lead ------------------------------------
# General news vocabulary, by the kind of happening a word reports; a class is a set of words that
# report one kind ("rules", "struck down", "blocks" a court's decision; "unveils", "proposes" an
# announcement). Words are given in their base form; the regular inflections are derived
# (``_forms``), irregular ones are listed. Phrases are matched on adjacent words.
EVENT_WORDS: dict[str, str] = {
    "announce": "announce unveil propose proposal introduce pitch impose slap levy launch",
    "decide": "rule ruling overturn uphold void veto invalidate unlawful illegal unconstitutional strike_down "
              "throw_out threw_out block reject",
    "approve": "approve approval pass vote ratify adopt endorse",
    "hearing": "hearing testify testimony grill quiz interrogate",
    "appoint": "nominate nomination pick choose chose chosen choice tap appoint appointment hire= hires= hired= "
               "select successor",
    "leave": "resign resignation quit step_down stepped_down sack dismiss oust axe retire part_ways exit",
    "charge": "charge indict indictment accuse prosecute sue lawsuit",
    "arrest": "arrest detain custody bust capture caught raid",
    "verdict": "convict conviction guilty verdict acquit acquittal",
    "sentence": "sentence jail imprison prison probation",
    "elect": "win won victory elect election defeat beat rout landslide lose lost concede",
    "walkout": "walkout walk_out walked_out picket stoppage",
    "settle": "deal agreement agree settle settlement accept accord pact truce ceasefire ends= ended=",
    "merge": "merge merger acquire acquisition takeover tie-up buy bought",
    "rise": "raise hike lift increase rise rose risen grow grew grown growth jump climb surge soar gain",
    "fall": "cut lower reduce trim slash fall fell fallen drop dip decline shrink shrank contract contraction "
            "slump tumble plunge slow layoff lay_off laid_off",
    "hold": "holds= unchanged steady pause freeze stand_pat",
    "results": "profit earnings revenue results",
    "warn": "warn warning alert",
    "disaster": "erupt eruption earthquake quake tremor flood hurricane storm! wildfire blaze explode explosion "
                "collapse crash sink derail",
    "death": "kill die died dead death deadly toll murder slay slain homicide manslaughter pass_away passed_away "
             "heart_attack succumb",
    "outage": "outage blackout offline down_for",
    "fine": "fine penalty penalise penalize punish",
    "attack": "attack hack ransomware bomb bombing shoot shooting shot stab overrun occupy seize stormed storming",
    "protest": "protest protester demonstration demonstrator rally clash riot tear_gas",
    "lift_off": "lift_off liftoff blast_off orbit",
    "abort": "scrub abort postpone delay call_off called_off",
    "rebuild": "rebuild reconstruction recovery aid relief",
}
# Kinds one story usually reports together: an incident and its toll, an arrest and the charges, a
# verdict and the sentence. Two headlines of related kinds are not evidence of two events.
RELATED_EVENTS = frozenset(frozenset(pair) for pair in (
    ("death", "attack"), ("death", "disaster"), ("attack", "disaster"), ("arrest", "charge"), ("arrest", "death"),
    ("arrest", "attack"), ("charge", "death"), ("charge", "attack"), ("verdict", "sentence"), ("settle", "merge")))
_IRREGULAR = {"struck": "strike", "threw": "throw", "thrown": "throw", "won": "win", "lost": "lose", "shot": "shoot",
              "fell": "fall", "rose": "rise", "grew": "grow", "shrank": "shrink",
              "chose": "choose", "chosen": "choose", "stood": "stand", "laid": "lay", "sank": "sink", "flew": "fly"}
_FUTURE = re.compile(r"\b(?:will|would|could|may|might|set to|plans? to|planned|expected to|due to|poised to|"
                     r"about to|looms?|next (?:week|month|year)|tomorrow|upcoming|later this (?:week|month|year))\b",
                     re.IGNORECASE)


def _forms(word: str) -> set[str]:
    """A word and its regular inflections: rule, rules, ruled, ruling; slap, slaps, slapped."""
    if word.endswith("!"):  # a noun only: "storm", "storms" (not "stormed")
        return {word[:-1], word[:-1] + "s"}
    if word.endswith("="):  # this form only: "hires" (not "hiring", the labour market's word)
        return {word[:-1]}
    out = {word}
    if word.endswith("e"):
        out |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        out |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    else:
        out |= {word + "s", word + "es", word + "ed", word + "ing"}
        if len(word) <= 4 and word[-1] not in "aeiouwy" and word[-2:-1] in "aeiou":
            out |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # slapped, stopped
    return out


def _lexicon() -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, words in EVENT_WORDS.items():
        for word in words.split():
            if "_" in word:  # a phrase: its first word inflected, the rest as written
                first, rest = word.split("_", 1)
                for form in _forms(first):
                    out.setdefault(f"{form} {rest.replace('_', ' ')}", kind)
            else:
                for form in _forms(word):
                    out.setdefault(form, kind)
    for form, base in _IRREGULAR.items():
        if base in out:
            out.setdefault(form, out[base])
        for phrase, kind in list(out.items()):
            if phrase.split(" ", 1)[0] == base and " " in phrase:
                out.setdefault(form + " " + phrase.split(" ", 1)[1], kind)
    return out


EVENT_LEXICON = _lexicon()


def event_words(text: str) -> list[str]:
    """The kinds of happening a headline or lead reports, in the order its words name them."""
    tokens = [t.lower() for t in _WORD.findall(text)]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        pair = f"{tokens[i]} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
        kind = EVENT_LEXICON.get(pair) if pair else None
        if kind is None:
            kind = EVENT_LEXICON.get(tokens[i])
            step = 1
        else:
            step = 2
        if kind and kind not in out:
            out.append(kind)
        i += step
    return out


@dataclass(frozen=True, slots=True)
class Profile:
    """What clustering knows of one article."""

    article: str
    language: str | None
    published: str | None
    names: dict[str, float]
    words: dict[str, float]
    years: frozenset[str]
    embedding: np.ndarray = field(repr=False)
    lead: dict[str, float] = field(default_factory=dict)  # capitalised words of the first LEAD_WORDS words
    head: dict[str, float] = field(default_factory=dict)  # the headline's words: what happened, to whom
    months: frozenset[int] = frozenset()  # the months the title and first LEAD_WORDS words name: when
    # what happened: the kinds of happening the headline and the lead's first sentence report (event_words),
    # the headline's first; "~future" when they speak of what is to come; "~monday" a weekday they name
    event: tuple[str, ...] = ()
    # what the embedding reads (embed.chunks: the title and the lead), kept while the article has
    # no embedding: it is embedded only once the store holds a second language (needs_embedding)
    lead_text: tuple[str, ...] = ()


def profile(article: Article) -> Profile:
    names: Counter[str] = Counter()
    words: Counter[str] = Counter()
    lead: Counter[str] = Counter()
    head: Counter[str] = Counter()
    months: set[int] = set()
    opening: list[str] = []  # the headline and the lead's first sentence
    seen = 0
    lines = [line for line in ((article.title or ""), *article.text.split("\n")) if line.strip()]
    if len(lines) > 1 and lines[0] == lines[1]:
        lines = lines[1:]
    for number, line in enumerate(lines):
        weight = LEAD_BOOST if number < LEAD_LINES else 1
        for sentence in _SENTENCE.split(line):
            tokens = _WORD.findall(sentence)
            run: list[str] = []
            for i, token in enumerate([*tokens, "."]):
                low = token.lower()
                if seen + i < LEAD_WORDS and low in _MONTH_NAMES and token[:1].isupper():
                    months.add(MONTHS[low])  # "in March", "March 14" (not "may", not "mar")
                if token[:1].isupper() and low not in STOPWORDS and low not in _MONTHS:
                    if seen + i < LEAD_WORDS and len(low) > 1:
                        lead[low] += 1
                    if i > 0 or number == 0 or not run:
                        run.append(token)
                    continue
                if run and not (len(run) == 1 and tokens and run[0] == tokens[0] and number > 0):
                    key = name_key(" ".join(run))  # a sentence's first word alone is no name
                    if key:
                        names[key] += weight
                run = []
            seen += len(tokens)
            if len(opening) < 2 and tokens and not _ADDRESS.match(line):
                opening.append(sentence)
            content = [low for low in (t.lower() for t in tokens) if low not in STOPWORDS and len(low) > 1]
            if not head and not _ADDRESS.match(line):  # the title, or the first sentence of a text without one
                head.update(low for low in content if low not in _MONTHS and not low[:1].isdigit())
            for low in content:
                words[low] += weight
            for first, second in itertools.pairwise(content):  # "defensive tackle", "deep throat"
                words[f"{first} {second}"] += weight
    return Profile(article=article.id, language=article.language, published=article.published,
                   names=dict(names), words=dict(words), years=frozenset(_YEAR.findall(article.text)),
                   embedding=vector(article.embedding), lead=dict(lead), head=dict(head),
                   months=frozenset(months), event=_event(opening),
                   lead_text=() if article.embedding else tuple(chunks(article)))


def needs_embedding(profiles: Iterable[Profile]) -> list[Profile]:
    """The articles to embed before clustering: none while the profiles are in one language
    (the embedding is read only across languages, ``Clustering._best``), else every one
    that has text to embed and no embedding yet."""
    profiles = list(profiles)
    if len({p.language for p in profiles if p.language}) < 2:
        return []
    return [p for p in profiles if p.language and p.lead_text and not p.embedding.any()]


PARALLEL_FROM = 64  # articles to embed: from here on, worker processes share them (a worker's start costs ~0.5 s)


def embedded(profiles: Sequence[Profile], *, jobs: int = 1) -> dict[str, bytes]:
    """The embedding of each profile's lead text (extract/embed.py's ``encode``), by article;
    with ``jobs`` > 1 and many articles (a store that just met its second language, a run of
    a multilingual pile), in that many processes, as the runner's workers did when every
    article was embedded as it was read."""
    texts = [p.lead_text for p in profiles]
    if jobs > 1 and len(texts) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor

        size = -(-len(texts) // (jobs * 4))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            vectors = [v for part in pool.map(_encode_all, [texts[i:i + size] for i in range(0, len(texts), size)])
                       for v in part]
    else:
        vectors = _encode_all(texts)
    return {p.article: data for p, data in zip(profiles, vectors, strict=True) if data}


def _encode_all(texts: Sequence[tuple[str, ...]]) -> list[bytes]:
    return [encode(parts) for parts in texts]


def with_embeddings(profiles: Iterable[Profile], embeddings: dict[str, bytes]) -> list[Profile]:
    """The profiles, those given an embedding now carrying it."""
    return [replace(p, embedding=vector(embeddings[p.article]), lead_text=())
            if p.article in embeddings else p for p in profiles]


def _event(opening: Sequence[str]) -> tuple[str, ...]:
    """What happened, from the headline and the lead's first sentence: the kinds of happening
    they report (the headline's first), whether they speak of what is to come, the weekdays
    they name."""
    head = event_words(opening[0]) if opening else []
    lead = [k for k in dict.fromkeys(k for sentence in opening[1:] for k in event_words(sentence)) if k not in head]
    text = " ".join(opening)
    cues = [f"~{w.lower()}" for w in _WORD.findall(text) if w.lower() in WEEKDAYS and w[:1].isupper()]
    if _FUTURE.search(text):
        cues.append("~future")
    return (*head, "|", *lead, *dict.fromkeys(cues)) if head or lead or cues else ()


def _tfidf(counts: dict[str, float], df: Counter[str], n: int) -> dict[str, float]:
    # PRIOR_DOCS documents that share no term with anything stand in for the world's other
    # news: in a small store a word every article uses is still the event's word
    weights = {t: (1 + math.log(c)) * math.log((n + PRIOR_DOCS + 1) / (df[t] + 0.5))
               for t, c in counts.items() if c > 0}
    top = sorted(weights.items(), key=lambda kv: -kv[1])[:TOP_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top if w > 0}


@dataclass
class _Story:
    id: str
    members: list[str] = field(default_factory=list)
    names: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    embedding: np.ndarray = field(default_factory=lambda: np.zeros(DIM, dtype=np.float32))
    years: list[frozenset[str]] = field(default_factory=list)
    days: list[int] = field(default_factory=list)  # publication days of the members that have one
    languages: Counter[str] = field(default_factory=Counter)

    def add(self, p: Profile, names: dict[str, float], words: dict[str, float]) -> None:
        self.members.append(p.article)
        self.names.update(names)
        self.words.update(words)
        self.embedding = self.embedding + p.embedding
        self.years.append(p.years)
        if (day := _day(p.published)) is not None:
            self.days.append(day)
        if p.language:
            self.languages[p.language] += 1
            self._relanguage()

    def remove(self, p: Profile, names: dict[str, float], words: dict[str, float]) -> None:
        self.members.remove(p.article)
        self.names.subtract(names)
        self.words.subtract(words)
        self.embedding = self.embedding - p.embedding
        self.years.remove(p.years)
        if (day := _day(p.published)) is not None:
            self.days.remove(day)
        if p.language:
            self.languages[p.language] -= 1
            self._relanguage()

    language: str | None = None  # the language most of its articles are in

    def _relanguage(self) -> None:
        top = self.languages.most_common(1)
        self.language = top[0][0] if top and top[0][1] > 0 else None


class Clustering:
    """The stories of a store, to which new articles are added."""

    def __init__(self, profiles: Iterable[Profile], members: dict[str, str]) -> None:
        self.profiles = {p.article: p for p in profiles}
        self.names_df: Counter[str] = Counter()
        self.words_df: Counter[str] = Counter()
        for p in self.profiles.values():
            self.names_df.update(p.names.keys())
            self.words_df.update(p.words.keys())
        self.stories: dict[str, _Story] = {}
        self.story_of: dict[str, str] = {}
        self._languages = {p.language for p in self.profiles.values() if p.language}
        self._row: dict[str, int] = {}
        self._sums = np.zeros((0, DIM), dtype=np.float32)
        self._sizes = np.ones(0, dtype=np.float32)
        self._language = np.zeros(0, dtype=np.int32)  # per row: a code for the story's language
        self._codes: dict[str, int] = {}
        self._ids: list[str] = []
        self._index: dict[str, set[str]] = {}
        self._vectors: dict[str, tuple[dict[str, float], dict[str, float]]] = {}
        for article, story in sorted(members.items()):
            if article in self.profiles:
                self._join(article, self.stories.setdefault(story, _Story(id=story)))

    def _vector(self, article: str) -> tuple[dict[str, float], dict[str, float]]:
        if article not in self._vectors:
            p, n = self.profiles[article], len(self.profiles)
            self._vectors[article] = (_tfidf(p.names, self.names_df, n), _tfidf(p.words, self.words_df, n))
        return self._vectors[article]

    def _join(self, article: str, story: _Story) -> None:
        names, words = self._vector(article)
        story.add(self.profiles[article], names, words)
        self._track(story)
        self.story_of[article] = story.id
        for term in (*(f"n:{t}" for t in names), *(f"w:{t}" for t in words)):
            self._index.setdefault(term, set()).add(story.id)

    def _leave(self, article: str) -> None:
        story = self.stories[self.story_of.pop(article)]
        names, words = self._vector(article)
        story.remove(self.profiles[article], names, words)
        self._track(story)
        if not story.members:
            del self.stories[story.id]

    def _track(self, story: _Story) -> None:
        """Keep the story's embedding sum and size in the matrix the cross-language search uses."""
        if story.id not in self._row:
            if len(self._row) == len(self._sizes):
                grow = max(64, len(self._sizes))
                self._sums = np.vstack([self._sums, np.zeros((grow, DIM), dtype=np.float32)])
                self._sizes = np.concatenate([self._sizes, np.ones(grow, dtype=np.float32)])
                self._language = np.concatenate([self._language, np.zeros(grow, dtype=np.int32)])
            self._row[story.id] = len(self._row)
            self._ids.append(story.id)
        row = self._row[story.id]
        self._sums[row] = story.embedding
        self._sizes[row] = max(1, len(story.members))
        # 0: no language, or an empty story (it takes no part in the search)
        code = self._codes.setdefault(story.language, len(self._codes) + 1) if story.language else 0
        self._language[row] = code if story.members else 0

    def add(self, new: Sequence[Profile]) -> dict[str, str]:
        """Assign new articles (in order of publication) to stories; returns article → story."""
        fresh = [p for p in new if p.article not in self.story_of]
        for p in fresh:
            if p.article not in self.profiles:
                self.names_df.update(p.names.keys())
                self.words_df.update(p.words.keys())
            self.profiles[p.article] = p
            if p.language:
                self._languages.add(p.language)
        self._vectors.clear()  # document frequencies changed: weights are computed again, lazily
        ordered = sorted(fresh, key=lambda p: (p.published or "", p.article))
        for p in ordered:
            best = self._best(p)
            if best is None:
                sid = _story_id(p.article)
                best = self.stories.setdefault(sid, _Story(id=sid))
            self._join(p.article, best)
        # Again, against the stories as they ended up; after the first round, only the
        # articles of stories that changed in the round before: an article whose story
        # stood seldom moves (ECB+: 0.9166 B-cubed against 0.9173 when all are checked),
        # and a whole second round over 100k articles costs minutes
        recheck = ordered
        for _ in range(REFINE_ROUNDS):
            changed: set[str] = set()
            for p in recheck:
                here, there = self._reseat(p)
                if there != here:
                    changed.update((here, there))
            if not changed:
                break
            recheck = [p for p in ordered if self.story_of[p.article] in changed]
        split = self._split(dict.fromkeys(self.story_of[p.article] for p in ordered))
        split += self._rehome([p for p in ordered if len(self.stories[self.story_of[p.article]].members) == 1])
        return {**{p.article: self.story_of[p.article] for p in fresh}, **{a: self.story_of[a] for a in split}}

    def _rehome(self, alone: Sequence[Profile]) -> list[str]:
        """An article left alone once the stories are split (an analysis piece drawn to a story
        that held two events) looks once more for the story it is most like."""
        moved = []
        for p in alone:
            here, there = self._reseat(p)
            if there != here:
                moved.append(p.article)
        return moved

    def _reseat(self, p: Profile) -> tuple[str, str]:
        """The article taken out of its story and put in the story it is now most like (its
        own again when none is): the story it was in, and the one it is in."""
        here = self.story_of[p.article]
        self._leave(p.article)
        target = self._best(p)
        if target is None:
            target = self.stories.setdefault(here, _Story(id=here))
        self._join(p.article, target)
        return here, target.id

    def _split(self, story_ids: Iterable[str]) -> list[str]:
        """Read each story again among its own articles, and split it where it holds two events.

        Two look-alike events (two DUI arrests of one team's players, two deaths of Watergate
        figures) share most of their words, so the first pass puts them together. Within the
        story those shared words are every article's words: weighted by how few of the
        story's articles use them (LOCAL of the similarity; the rest is the first pass's
        score; LEAD_NAMES of it goes to the capitalised words of the leads), the names,
        figures and phrases that tell the events apart decide. The story's articles are
        cut in two by a normalised cut (``_bisect``), and the cut is kept when the
        halves are less alike than SPLIT_RATIO of each half's own likeness, or than
        SPLIT_FLOOR (``_parts``, again within each half); the largest part (on a tie,
        the one with the story's first member) keeps the story, each other part becomes a
        story. Articles in another language than most of the story's stay where they
        are (their words do not meet). Returns the articles that moved.
        """
        moved: list[str] = []
        for sid in story_ids:
            story = self.stories.get(sid)
            if story is None or not 4 <= len(story.members) <= MAX_SPLIT:
                continue  # two parts of two articles at least
            members = [a for a in story.members if self.profiles[a].language == story.language]
            if len(members) < 4:
                continue
            within = self._within(members)
            happened = self._happened(members)
            days = [_day(self.profiles[a].published) for a in members]
            leads = [set(self.profiles[a].lead) for a in members]
            groups = sorted((part for group in _parts(within, list(range(len(members))),
                                                      functools.partial(_same_days, days, leads))
                             for part in _event_parts(within, happened, group)), key=lambda g: (-len(g), min(g)))
            for group in groups[1:]:
                articles = sorted((members[i] for i in group), key=lambda a: (self.profiles[a].published or "", a))
                target = _Story(id=self._new_id(articles))
                self.stories[target.id] = target
                for a in articles:
                    self._leave(a)
                    self._join(a, target)
                moved.extend(articles)
        return moved

    def _new_id(self, articles: Sequence[str]) -> str:
        for seed in (*articles, *(f"{articles[0]}/{n}" for n in range(1, 1000))):
            sid = _story_id(seed)
            if sid not in self.stories:
                return sid
        raise RuntimeError("no free story id")  # pragma: no cover - a thousand collisions

    def _within(self, members: Sequence[str]) -> np.ndarray:
        """Similarity of a story's articles to each other: the first pass's, and within the story's own words."""
        vectors = [self._vector(a) for a in members]
        names = _dense([v[0] for v in vectors])
        words = _dense([v[1] for v in vectors])
        years = [self.profiles[a].years for a in members]
        clash = np.array([[bool(x and y and not x & y) for y in years] for x in years], dtype=np.float32)
        days = np.array([_day(self.profiles[a].published) or np.nan for a in members], dtype=np.float64)
        apart = np.abs(days[:, None] - days[None, :]) > DAYS_APART  # an undated article is apart from none
        first = NAMES * (names @ names.T) + WORDS * (words @ words.T) - YEARS * clash - DATES * apart
        local = _local([self.profiles[a].words for a in members])
        within: np.ndarray = (1 - LOCAL) * first + LOCAL * (local @ local.T)
        lead = _local([self.profiles[a].lead for a in members])
        if lead.any():  # a script without capitals (or a store written before version 11) has no lead names
            within = (1 - LEAD_NAMES) * within + LEAD_NAMES * (lead @ lead.T)
        head = _local([self.profiles[a].head for a in members])
        if head.any():  # a store written before version 12 has no headlines
            within = (1 - HEAD) * within + HEAD * (head @ head.T)
        # when: two articles whose leads name months agree when they share one and differ when they
        # share none; an article whose lead names no month is neither
        months = [self.profiles[a].months for a in members]
        agree = np.array([[(1.0 if x & y else -1.0) if x and y else 0.0 for y in months] for x in months],
                         dtype=np.float32)
        within = within + WHEN * agree
        return within

    def _happened(self, members: Sequence[str]) -> np.ndarray:
        """Whether two of a story's articles report the same kind of happening: 1 when the main
        kind of one's headline is among the kinds the other's headline reports (``_kinds``: its
        lead's first sentence's when the headline reports none) or related to the other's main
        kind (RELATED_EVENTS), -1 when both name kinds and neither holds, 0 when either names none.
        The profile also keeps whether the opening speaks of what is to come and the weekdays it
        names; neither helped as a split criterion (results/i20b.md)."""
        events = [self.profiles[a].event for a in members]
        kinds = [_kinds(e) for e in events]
        n = len(members)
        out = np.zeros((n, n), dtype=np.float32)
        for i, j in itertools.combinations(range(n), 2):
            x, y = kinds[i], kinds[j]
            if x and y:
                out[i, j] = 1.0 if x[0] in y or y[0] in x or _related(x[0], y[0]) else -1.0
            out[j, i] = out[i, j]
        return out

    def _best(self, p: Profile) -> _Story | None:
        names, words = self._vector(p.article)
        terms = sorted([*((w, f"n:{t}") for t, w in names.items()), *((w, f"w:{t}") for t, w in words.items())],
                       reverse=True)
        candidates: dict[str, float] = {}
        for weight, term in terms[:CANDIDATE_TERMS]:
            posting = self._index.get(term, ())
            if len(posting) > MAX_POSTING:
                continue  # a word a hundred stories use does not tell which one this is
            for sid in posting:
                candidates[sid] = candidates.get(sid, 0.0) + weight
        ranked = heapq.nlargest(CANDIDATES, candidates.items(), key=operator.itemgetter(1))
        chosen = [sid for sid, _ in ranked if sid in self.stories]
        best: tuple[float, _Story] | None = None
        for sid in chosen:
            story = self.stories[sid]
            if p.language and story.language and story.language != p.language:
                # Words of two languages seldom meet: the names carry the weight they need
                # (FOREIGN), against their own threshold, on the same scale as the rest
                score = self._score(p, names, words, story, FOREIGN) - FOREIGN_THRESHOLD + THRESHOLD
            else:
                score = self._score(p, names, words, story)
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, story)
        if best is None and p.language and p.embedding.any() and len(self._languages) > 1:
            for other in self._other_languages(p):  # no story in its own words: one in another language?
                score = self._cross_score(p, names, other)
                if score >= CROSS_THRESHOLD and (best is None or score - CROSS_THRESHOLD > best[0] - THRESHOLD):
                    best = (score - CROSS_THRESHOLD + THRESHOLD, other)
        return best[1] if best else None

    def _score(self, p: Profile, names: dict[str, float], words: dict[str, float], story: _Story,
               weights: tuple[float, float] = (NAMES, WORDS)) -> float:
        size = len(story.members)
        name_sim = sum(w * story.names.get(t, 0.0) for t, w in names.items()) / size
        word_sim = sum(w * story.words.get(t, 0.0) for t, w in words.items()) / size
        clash = sum(1 for ys in story.years if ys and p.years and not ys & p.years) / size if p.years else 0.0
        day = _day(p.published)
        apart = sum(1 for d in story.days if abs(d - day) > DAYS_APART) / size if day is not None else 0.0
        return weights[0] * name_sim + weights[1] * word_sim - YEARS * clash - DATES * apart

    def _cross_score(self, p: Profile, names: dict[str, float], story: _Story) -> float:
        size = len(story.members)
        name_sim = sum(w * story.names.get(t, 0.0) for t, w in names.items()) / size
        return 0.5 * float(p.embedding @ story.embedding) / size + 0.5 * name_sim

    def _other_languages(self, p: Profile) -> list[_Story]:
        """The five stories of other languages nearest in meaning (one matrix product)."""
        own = self._codes.setdefault(p.language or "", len(self._codes) + 1)
        rows = np.nonzero((self._language[: len(self._row)] > 0) & (self._language[: len(self._row)] != own))[0]
        if not len(rows):
            return []
        sims = (self._sums[rows] @ p.embedding) / self._sizes[rows]
        ids = self._ids
        return [self.stories[ids[int(rows[i])]] for i in np.argsort(-sims)[:5]]

    def members(self) -> dict[str, list[str]]:
        return {sid: list(s.members) for sid, s in self.stories.items()}


def _related(x: str, y: str) -> bool:
    return frozenset((x, y)) in RELATED_EVENTS


def _kinds(event: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of happening the headline reports, the main one first; or, when it reports
    none, those of the lead's first sentence."""
    if "|" not in event:
        return ()
    at = event.index("|")
    return event[:at] or tuple(k for k in event[at + 1:] if not k.startswith("~"))


def _story_id(seed: str) -> str:
    """A story's id: from the article that opened it (or a seed derived from it)."""
    return f"s{hashlib.sha1(seed.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


@functools.lru_cache(maxsize=65536)
def _day(published: str | None) -> int | None:
    """The publication date as a day number, or None when there is none."""
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def _dense(rows: Sequence[dict[str, float]], norm: bool = False) -> np.ndarray:
    """Sparse term weights as one dense matrix (a story's articles share a vocabulary of a few thousand)."""
    columns: dict[str, int] = {}
    for row in rows:
        for t in row:
            columns.setdefault(t, len(columns))
    out = np.zeros((len(rows), max(1, len(columns))), dtype=np.float32)
    for i, row in enumerate(rows):
        for t, w in row.items():
            out[i, columns[t]] = w
    if norm:
        lengths = np.linalg.norm(out, axis=1, keepdims=True)
        out /= np.where(lengths > 0, lengths, 1.0)
    return out


def _local(counts: Sequence[dict[str, float]]) -> np.ndarray:
    """Term weights within a story: a term counts for more the fewer of the story's articles use it."""
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    idf = {t: math.log((len(counts) + LOCAL_PRIOR + 1) / (n + 0.5)) for t, n in df.items()}
    return _dense([{t: (1 + math.log(c)) * idf[t] for t, c in cs.items() if c > 0} for cs in counts], norm=True)


def _same_days(days: Sequence[int | None], leads: Sequence[set[str]], a: list[int], b: list[int]) -> bool:
    """Whether two halves of a story report one event in the same days: every article is dated,
    the halves' publication days overlap, and a name of the leads is in at least half of each
    half's articles. A company's job cuts reported by the business press and, the same days,
    by the papers of the town that loses its plant; a wildfire's evacuations and the homes it
    destroyed: the local half shares few words with the rest, but not the days and the name.
    Look-alike events a word cut must part (two arrests of one team's players, two quakes in
    one region) are months or years apart."""
    ad, bd = [d for i in a if (d := days[i]) is not None], [d for i in b if (d := days[i]) is not None]
    if len(ad) < len(a) or len(bd) < len(b) or max(min(ad), min(bd)) > min(max(ad), max(bd)):
        return False
    shared = [Counter(name for i in half for name in leads[i]) for half in (a, b)]
    return any(2 * n >= len(a) and 2 * shared[1][name] >= len(b) for name, n in shared[0].items())


def _parts(similarity: np.ndarray, rows: list[int],
           together: Callable[[list[int], list[int]], bool] | None = None) -> list[list[int]]:
    """The rows cut in two, again and again, where the two halves of a normalised cut are
    far less alike than each half is within (under SPLIT_RATIO of it), or less alike than
    SPLIT_FLOOR.

    The ratio is the bar that holds for any length of text (short texts are more alike
    than long ones, so two short look-alike stories can be 0.07 alike and still two);
    the floor was set on ECB+'s news-length articles. Each half needs at least two
    articles (an odd article out stays)."""
    if len(rows) < 4:
        return [rows]
    sub = similarity[np.ix_(rows, rows)]
    a, b = _bisect(sub)
    between = float(sub[np.ix_(a, b)].mean())
    within = min(float(sub[np.ix_(h, h)][~np.eye(len(h), dtype=bool)].mean()) for h in (a, b))
    if between >= max(SPLIT_RATIO * within, SPLIT_FLOOR):
        return [rows]
    halves = [[rows[i] for i in h] for h in (a, b)]
    if together is not None and together(*halves):
        return [rows]
    return [part for h in halves for part in _parts(similarity, h, together)]


def _event_parts(similarity: np.ndarray, happened: np.ndarray, rows: list[int]) -> list[list[int]]:
    """The rows cut in two, again and again, where the articles report unrelated kinds of
    happening on the two sides (a policy announced and struck down; a nominee named,
    questioned, confirmed) and their words agree: the cut is looked for with the kinds of
    happening weighing ``EVENT_PULL``, and kept when the kinds disagree across it (on average
    at least ``EVENT_BAR``; within each half at most half that) and the words do not object:
    the halves' likeness is under ``EVENT_RATIO`` of each half's own. Short items from
    different outlets share few words within one event, so the words seldom decide here."""
    if len(rows) < 4:
        return [rows]
    sub, kinds = similarity[np.ix_(rows, rows)], happened[np.ix_(rows, rows)]
    if not (kinds < 0).any():
        return [rows]
    a, b = _bisect(sub + EVENT_PULL * kinds)
    off = ~np.eye(len(rows), dtype=bool)

    def mean(m: np.ndarray, x: list[int], y: list[int]) -> float:
        block = m[np.ix_(x, y)]
        return float(block[off[np.ix_(x, y)]].mean()) if x is y else float(block.mean())

    between, within = mean(sub, a, b), min(mean(sub, h, h) for h in (a, b))
    if (mean(kinds, a, b) > -EVENT_BAR or min(mean(kinds, h, h) for h in (a, b)) < -EVENT_BAR / 2
            or between >= EVENT_RATIO * within):
        return [rows]
    return [part for h in (a, b) for part in _event_parts(similarity, happened, [rows[i] for i in h])]


def _bisect(similarity: np.ndarray) -> tuple[list[int], list[int]]:
    """The cut in two (at least two rows a side) with the lowest normalised cut, along the
    graph's Fiedler vector.

    A normalised cut weighs what the halves share against what each holds, so it finds two
    events of comparable size; the average-linkage cut used before mostly peeled off one
    odd article (ECB+: 0.929 → 0.939 B-cubed with the lead's names, see the module notes)."""
    graph = np.clip(similarity.astype(np.float64), 0.0, None)
    np.fill_diagonal(graph, 0.0)
    degree = np.maximum(graph.sum(axis=1), 1e-9)
    scale = 1 / np.sqrt(degree)
    _, vectors = np.linalg.eigh(scale[:, None] * graph * scale[None, :])
    order = np.argsort(vectors[:, -2] * scale, kind="stable")
    ranked = graph[np.ix_(order, order)]
    # moving the next row to the left half: its ties to the rows after it are cut, to those before mended
    cuts = np.cumsum(np.triu(ranked, 1).sum(axis=1) - np.tril(ranked, -1).sum(axis=1))
    volumes = np.cumsum(degree[order])
    costs = [cuts[k - 1] / volumes[k - 1] + cuts[k - 1] / (volumes[-1] - volumes[k - 1])
             for k in range(2, len(order) - 1)]
    k = 2 + int(np.argmin(costs))
    return sorted(int(i) for i in order[:k]), sorted(int(i) for i in order[k:])
