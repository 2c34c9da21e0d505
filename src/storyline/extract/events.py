"""Event mentions and temporal expressions, sentence by sentence.

An event is typed by the words that report it (DOSSIER.md Event types), in general news
vocabulary. A sentence reporting one kind of event in several places gives one event per
place, as closures and emergencies usually are. Dates come from the sentence (resolved
against the article's date), from a narrative the paragraph has already dated, or, for a
state described in the present ("airports are closed"), the article's date; else null.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from storyline.dates import find_date_spans, fold, parse_iso_clock, parse_iso_date, resolve_date
from storyline.extract import time_scan, timex
from storyline.extract.reading import ArticleReader, Sentence, explicit_date
from storyline.model import Article, Event, Time

# (type, pattern) in priority order; patterns are matched on the lower-cased sentence.
TRIGGERS: tuple[tuple[str, str], ...] = (
    ("state_of_emergency", r"state of emergency|emergency rule|martial law"),
    ("curfew", r"\bcurfew"),
    ("internet_shutdown", r"internet\b[^.]{0,60}\b(?:shut|block|cut|restrict|down|outage|intermittent)"
                          r"|(?:shut|block|cut|restrict)\w*[^.]{0,40}\binternet|connections were cut"),
    ("airport_closure", r"airports?\b[^.]{0,40}\b(?:closed|close|shut|suspend)|(?:closed|shut)[^.]{0,30}\bairports?"),
    ("threat_level", r"threat level|level of (?:terror )?threat|alert level"),
    ("government_resignation", r"(?:government|cabinet)[^.]{0,40}\bresign|resignation[^.]{0,40}\b(?:government|cabinet)"
                               r"|dismissed the government|sacked the government"),
    ("dismissal", r"\b(?:removed?|removing|ousted|sacked|dismissed)\b[^.]{0,60}\b(?:from (?:the |his |her )?post|"
                  r"as (?:head|chair)|from office)|\bremoving\b[^.]{0,60}\bfrom the post"),
    ("price_cap", r"\bcap(?:ped)? (?:the )?prices?|price caps?\b|\bcap the price"),
    ("price_change", r"(?:rise|increase|spike|hike|jump|surge|doubling|rose|raise)\w*[^.]{0,40}\bprices?|"
                     r"prices?[^.]{0,30}\b(?:rose|rise|increase|soared|doubled|jumped)|\bcut prices"),
    ("building_seizure", r"\b(?:storm|seiz|occup|broke into|broken into|took over|take over|captured)\w*"
                         r"[^.]{0,60}\b(?:building|headquarters|hall|residence|office|airport|station|akimat)"),
    ("arson", r"set on fire|set fire|\bburn(?:ed|ing|t)?\b|torched|ablaze|\bon fire\b"),
    ("looting", r"\bloot\w*|\brobbery|\bpillag\w*"),
    ("killing", r"\bkill\w*|\bdied\b|\bdie\b|\bdead\b|\bdeaths?\b|\beliminated\b|\bliquidated\b|beheaded|"
                r"\blives of\b|death toll"),
    ("injury", r"\binjur\w*|\bwounded\b|\bhurt\b"),
    ("arrest", r"\barrest\w*|\bdetain\w*|\bdetention|\bcustody\b"),
    ("military_deployment", r"\bdeploy\w*|peacekeep\w*|\btroops?\b[^.]{0,40}\b(?:arriv|land|sent|send)|"
                            r"(?:soldiers|military vehicles|armou?red vehicles)[^.]{0,30}\bwere seen|"
                            r"\bmilitary contingent|planes carrying"),
    ("clash", r"\bclash\w*|\bfighting\b|\bgunfire\b|shoot-?out|\bexplosions?\b|\bdispers\w*|\bcleared\b|"
              r"repelled an attack|tear gas|\bgunshots?\b"),
    ("riot", r"\briot(?!ers)\w*|turn(?:ed|ing)? violent|\bviolence\b"),
    ("protest", r"\bprotest(?!ers)\w*|\bdemonstrat(?:ion|ed|e)\w*|\brall(?:y|ies)\b|\buprising\b|"
                r"(?<!\d )(?<!\bin )(?<!\bof )(?<!\bsince )(?<!\buntil )(?<!\bearly )(?<!\blate )(?<!\bmid-)"
                r"\bmarch(?:ed|es)?\b(?!\s+\d)"),  # the walk, not the month
    ("diplomatic_call", r"phone (?:call|conversation)|\bcalled (?:the |his |her )?[A-Z]?[^.]{0,30}minister|"
                        r"asked [^.]{0,40}\bfor (?:help|assistance)|\bappeal(?:ed)? for (?:help|assistance)"),
    ("statement", r"\b(?:said|says|announced|claimed|stated|declared|urged|warned|vowed|stressed|accused|"
                  r"promised|defines|argued|called for|told|added|wrote)\b"),
)
_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in TRIGGERS)
_COMPILED_CASED = {"diplomatic_call"}  # patterns that use capitals
SPLIT_BY_PLACE = {"airport_closure", "state_of_emergency", "curfew", "internet_shutdown", "protest"}
_PRESENT = re.compile(r"\b(?:is|are|remains?|continues?|now|says|has remained|do not|does not)\b", re.IGNORECASE)
_CONTINUES = re.compile(r"(?:he|she|they|it|later|earlier|then|meanwhile|afterwards|however|but)\b", re.IGNORECASE)
def events_stage(article: Article) -> Article:
    """Typed event mentions and normalised temporal expressions of a parsed article."""
    if not article.tokens or not article.sentences:
        return article
    reader = ArticleReader(article)
    events: list[Event] = []
    dated: dict[int, str] = {}  # paragraph -> the date its narrative has set
    placed: dict[int, str] = {}  # paragraph -> the last city or country it named
    seen_paragraphs: set[int] = set()
    began = _beginning(reader)
    now, now_end = _now(reader)
    previous: str | None = None
    for sent in reader.sentences:
        s_text = reader.text[sent.start:sent.end]
        low = s_text.lower()
        own = (_since(reader, s_text, began) or _until(reader, s_text) or _nth_day(s_text, began)
               or _early_days(s_text, now_end) or explicit_date(reader, s_text))
        if own is None and previous and _holds(s_text, _SAME_TIME_WORDS) and _SAME_TIME.search(s_text):
            own = previous  # "a curfew was introduced to cover the same period"
        heading = _is_heading(reader, sent)
        title = heading and _is_title(reader, s_text)
        written = _date_text(s_text, reader) if own else None  # the date expression, as written
        scope = _relative_clause(reader, sent, s_text, written)
        narrative = dated.get(sent.paragraph)
        if heading and not title:
            narrative = _next_paragraph_date(reader, sent)  # a subheading is dated by the section it heads
        opens = sent.paragraph not in seen_paragraphs
        seen_paragraphs.add(sent.paragraph)
        if narrative is None and opens and _CONTINUES.match(s_text):
            narrative = dated.get(sent.paragraph - 1)  # "He granted ...": the previous paragraph's story goes on
        if own and "/" not in own and scope is None:  # a span ("since ...") or a relative clause's date is its own
            dated[sent.paragraph] = own
        previous = own or previous
        found = _types(s_text, low)
        cities = list(dict.fromkeys(n.text for n in reader.names_in(sent, ("GPE",))))
        context = placed.get(sent.paragraph)
        for kind in found:
            offset = _trigger_at(kind, s_text, low) or 0
            at = sent.start + offset
            site = _site(reader, sent, at)
            when = _when(reader, sent, kind, offset, own=own, scope=scope, inherited=narrative, now=now,
                         now_end=now_end, heading=heading)
            spots: list[str | None]
            if kind in ("statement", "diplomatic_call"):
                spots = [reader.main_place]  # where it matters, not where it was said
            elif kind in SPLIT_BY_PLACE and len(cities) > 1:
                spots = list(cities)
            else:
                spots = [reader.nearest_name(sent, at, ("GPE",)) or context or reader.main_place]
            for place in spots:
                events.append(Event(
                    id=f"{article.id}:e{len(events) + 1}", article=article.id, start=sent.start, end=sent.end,
                    text=s_text, type=kind, date=when, date_text=written,
                    location=place, site=site, actors=_actors(reader, sent)))
        if cities:
            placed[sent.paragraph] = reader.nearest_name(sent, sent.end, ("GPE",)) or cities[-1]
    return dataclasses.replace(article, events=tuple(events), times=tuple(_times(reader)))


def _when(reader: ArticleReader, sent: Sentence, kind: str, offset: int, *, own: str | None,
          scope: range | None, inherited: str | None, now: str | None, now_end: str | None,
          heading: bool) -> str | None:
    """The date of one event mention, from the most specific evidence that governs it.

    - A date in a relative clause ("Pashinyan, who spoke to him earlier in the day, said …")
      dates that clause only.
    - A cause ("prompted by a rise in prices", "in the wake of …") came before the time the
      sentence names: undated unless the cause names its own.
    - A consequence of a dated turn ("turned violent on 4 January, leading to clashes")
      runs from that day to the article's now.
    - A running tally ("almost 4,000 detained", "dozens killed") is dated only by its own
      sentence: a paragraph's narrative date is not the date of a cumulative count.
    - Otherwise the sentence's own date, then the paragraph's narrative; a state told in the
      present ("airports are closed", "fighting has started") or a headline is as of now.
    """
    s_text = reader.text[sent.start:sent.end]
    token = _token_at(reader, sent.start + offset)
    if own and scope is not None and (token is None or token not in scope):
        own = None
    start = max(0, offset - 80)
    causes = list(_CAUSE.finditer(s_text, start, offset))
    if causes and not re.search(r"[,;]", s_text[causes[-1].end():offset]):
        clause = re.split(r"[,;]", s_text[causes[-1].start():])[0]
        return explicit_date(reader, clause) if _date_text(clause, reader) else None
    consequence = _CONSEQUENCE.search(s_text[:offset])
    if consequence and own and "/" not in own and now_end and own < now_end:
        return f"{own}/{now_end}"
    if kind in _COUNTED and token is not None and _is_tally(reader, token):
        return own
    when = own or inherited
    present = (_PRESENT.search(s_text[max(0, offset - 30):offset + 40])
               or (token is not None and _perfect(reader, token)))
    if when is None and now and (heading or present):
        when = now  # a state described in the present, or a headline: as of the article's day
    return when


_CAUSE = re.compile(r"\b(?:(?:prompted|triggered|sparked|caused|fu?elled|driven|provoked) by|due to|because of|"
                    r"in the wake of|in response to|in protest (?:at|against))\b", re.IGNORECASE)
_CONSEQUENCE = re.compile(r"\b(?:leading to|resulting in|which led to|that led to|causing|sparking|triggering)\b",
                          re.IGNORECASE)
_COUNTED = {"killing", "injury", "arrest"}
_VAGUE_COUNTS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "number",
                 "toll", "million", "millions"}


def _token_at(reader: ArticleReader, offset: int) -> int | None:
    found = reader.tokens_in(offset, offset + 1)
    return found.start if len(found) else None


def _is_tally(reader: ArticleReader, i: int) -> bool:
    """A count of people reported as a participle or noun: "4,000 people detained",
    "dozens killed", "over 60 people … were injured", "the number of injured"."""
    tokens = reader.tokens
    near = {i, tokens[i].head}
    for j in list(near):
        near.update(reader.children.get(j, []))
    for j in list(near):
        if tokens[j].dep in ("nsubj", "nsubjpass"):
            near.update(reader.children.get(j, []))
    j = i
    for _ in range(3):  # "the number of injured protesters": up through the preposition
        j = tokens[j].head
        if tokens[j].dep not in ("pobj", "prep") and tokens[j].lemma.lower() not in _VAGUE_COUNTS:
            break
        near.add(j)
    return any(tokens[j].dep == "nummod" or tokens[j].lemma.lower() in _VAGUE_COUNTS
               or (tokens[j].tag == "CD" and tokens[j].dep in ("nsubj", "nsubjpass", "npadvmod", "dobj"))
               for j in near)


def _perfect(reader: ArticleReader, i: int) -> bool:
    """Whether the verb an event word belongs to is in the present perfect ("fighting has started")."""
    tokens = reader.tokens
    for j in [i, *reader.ancestors(i)[:2]]:
        if tokens[j].pos in ("VERB", "AUX"):
            if any(tokens[c].lemma == "have" and tokens[c].tag in ("VBZ", "VBP") and tokens[c].dep == "aux"
                   for c in reader.children.get(j, [])):
                return True
            if tokens[j].dep not in ("xcomp", "conj"):  # "has decided to deploy": up to the verb that carries it
                return False
    return False


def _relative_clause(reader: ArticleReader, sent: Sentence, s_text: str, written: str | None) -> range | None:
    """The tokens of the non-restrictive relative clause ("Pashinyan, who spoke to him earlier
    in the day, …") the sentence's date expression (``written``) sits in, if it does."""
    at = s_text.find(written) if written else -1
    if at < 0:
        return None
    i = _token_at(reader, sent.start + at)
    if i is None:
        return None
    for a in [i, *reader.ancestors(i)]:
        if a not in sent.tokens:
            break
        if reader.tokens[a].dep == "relcl":
            inside = reader.subtree(a)
            if inside[0] > 0 and reader.words(inside[0] - 1) in (",", "(", "—", "–"):  # set off: an aside
                return range(inside[0], inside[-1] + 1)
            return None  # "protesters who have taken to the streets since …" defines who is meant
    return None


def _now(reader: ArticleReader) -> tuple[str | None, str | None]:
    """The article's present as a TIMEX3 value, and its last day. A text written on one day
    and stamped the next ("earlier on Wednesday" on a page dated Thursday) speaks of a now
    that is one of those days: the interval from the first to the second."""
    day = reader.anchor  # the day the text was written, else its stamp
    stamp = parse_iso_date(reader.article.published or "")
    if day and stamp and day < stamp:
        return f"{day.isoformat()}/{stamp.isoformat()}", stamp.isoformat()
    return (day.isoformat(), day.isoformat()) if day else (None, None)


_EARLY_DAYS = re.compile(r"\b(?:the\s+)?(?:early|first)\s+(?:days|weeks)\s+of\s+(?:the\s+(?:new\s+)?year\s+)?"
                         r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _early_days(s_text: str, now_end: str | None) -> str | None:
    """"in the early days of 2022", written in that year: from its first day to now."""
    m = _EARLY_DAYS.search(s_text) if _holds(s_text, _EARLY_DAYS_WORDS) else None
    if not m or now_end is None or not now_end.startswith(m.group("year")):
        return None
    return f"{m.group('year')}-01-01/{now_end}"


_SINCE_DATE = re.compile(r"\bsince\s+(?P<when>[^,.;]{3,30})", re.IGNORECASE)
_SINCE_START = re.compile(r"\bsince the (?:beginning|start|outbreak|onset) of the (?:unrest|protests?|crisis|riots?|"
                          r"violence|demonstrations|uprising|fighting|war|conflict|strikes?)\b", re.IGNORECASE)
_STARTED = re.compile(r"\b(?:began|begun|started|broke out|erupted|flared|was hit by|were hit by|kicked off)\b",
                      re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through|to last until)\s+(?P<when>[^,.;]{3,30})", re.IGNORECASE)
_SAME_TIME = re.compile(r"\b(?:the same (?:period|time|day|days|dates)|that same day|at the same time)\b",
                        re.IGNORECASE)
# Words one of which every match of the pattern holds, read from it: a sentence without any is not
# searched (_holds).
_EARLY_DAYS_WORDS = time_scan.folded_needs(_EARLY_DAYS)
_SINCE_WORDS = time_scan.folded_needs(_SINCE_DATE, _SINCE_START)
_STARTED_WORDS = time_scan.folded_needs(_STARTED)
_UNTIL_WORDS = time_scan.folded_needs(_UNTIL)
_SAME_TIME_WORDS = time_scan.folded_needs(_SAME_TIME)


def _holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (in lower case) as an IGNORECASE pattern would find them:
    after fold, lower() gives every letter IGNORECASE matches to an ASCII one."""
    low = fold(text).lower()
    return any(word in low for word in words)


def _beginning(reader: ArticleReader) -> str | None:
    """The day the article says its story began ("protests erupted on January 2")."""
    for sent in reader.sentences:
        s_text = reader.text[sent.start:sent.end]
        if _holds(s_text, _STARTED_WORDS) and _STARTED.search(s_text) and not (
                _holds(s_text, _SINCE_WORDS) and _SINCE_DATE.search(s_text)):
            found = resolve_date(s_text, reader.anchor)
            if found and len(found[0]) == 10 and (reader.anchor is None or found[0] <= reader.anchor.isoformat()):
                return found[0]
    return None


_NTH_DAY = re.compile(r"\b(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"\d{1,2}(?:st|nd|rd|th)) day of (?:the )?(?:unrest|protests?|crisis|riots?|violence|"
                      r"demonstrations|uprising|fighting|war|conflict|strikes?)\b", re.IGNORECASE)
_NTH_DAY_WORDS = time_scan.folded_needs(_NTH_DAY)
_ORDINALS = {w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                          "ninth", "tenth"), start=1)}


def _nth_day(s_text: str, began: str | None) -> str | None:
    """"The sixth day of crisis": counted from the day the article says it began."""
    m = _NTH_DAY.search(s_text) if _holds(s_text, _NTH_DAY_WORDS) else None
    if not m or began is None:
        return None
    word = m.group("n").lower()
    n = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    return (date.fromisoformat(began) + timedelta(days=n - 1)).isoformat()


def _until(reader: ArticleReader, s_text: str) -> str | None:
    """"will remain in effect until January 19": from the article's day to that day."""
    m = _UNTIL.search(s_text) if _holds(s_text, _UNTIL_WORDS) else None
    if not m or reader.anchor is None:
        return None
    found = resolve_date(m.group("when"), reader.anchor)
    if not found or len(found[0]) != 10 or found[0] <= reader.anchor.isoformat():
        return None
    return f"{reader.anchor.isoformat()}/{found[0]}"


def _is_heading(reader: ArticleReader, sent: Sentence) -> bool:
    """A paragraph of one short sentence without final punctuation."""
    s_text = reader.text[sent.start:sent.end].strip()
    line_start = reader.text.rfind("\n", 0, sent.start) + 1
    line_end = reader.text.find("\n", sent.end)
    whole = reader.text[line_start:len(reader.text) if line_end < 0 else line_end].strip()
    return whole == s_text and len(_WORD_RUN.findall(s_text)) <= 18 and s_text[-1:] not in ".!?\"”"


def _is_title(reader: ArticleReader, s_text: str) -> bool:
    """The article's own headline: dated by when it was published, not by the paragraph below."""
    title = reader.article.title or ""
    return bool(title) and (s_text.strip() in title or title in s_text)


def _next_paragraph_date(reader: ArticleReader, sent: Sentence) -> str | None:
    first = next((s for s in reader.sentences if s.paragraph == sent.paragraph + 1), None)
    return explicit_date(reader, reader.text[first.start:first.end]) if first else None


def _since(reader: ArticleReader, s_text: str, began: str | None = None) -> str | None:
    """"since January 2": from that day to the article's date, as an ISO interval;
    "since the beginning of the unrest": from the day the article says it began."""
    if reader.anchor is None:
        return None
    if not _holds(s_text, _SINCE_WORDS):
        return None  # both patterns below begin with "since"
    if began and began < reader.anchor.isoformat() and _SINCE_START.search(s_text):
        return f"{began}/{reader.anchor.isoformat()}"
    m = _SINCE_DATE.search(s_text)
    if not m:
        return None
    found = resolve_date(m.group("when"), reader.anchor)
    if not found or len(found[0]) != 10 or found[0] >= reader.anchor.isoformat():
        return None
    return f"{found[0]}/{reader.anchor.isoformat()}"


# Each pattern with the strings one of which a sentence must hold for it to match (time_scan.needs):
# most sentences hold none of a pattern's, and testing for them is cheaper than the search.
_GATED = tuple((kind, pattern, kind in _COMPILED_CASED, tuple(sorted(time_scan.needs(pattern) or ("",), key=len)))
               for kind, pattern in _COMPILED)


def _types(s_text: str, low: str) -> list[str]:
    kinds = []
    for kind, pattern, cased, gate in _GATED:
        text = s_text if cased else low
        if any(word in text for word in gate) and pattern.search(text):
            kinds.append(kind)
    if len(kinds) > 1 and "statement" in kinds:
        kinds.remove("statement")  # "X said 26 were killed" reports the killing, not a statement
    return kinds


_SITE_WORDS = re.compile(r"\b(?:the\s+)?(?:[\w’']+\s+){0,2}?(?:airport|square|hospital|station|headquarters|"
                         r"residence|apartment|palace|city hall|town hall|akimat|building|parliament|embassy|"
                         r"port|base|terminal)\b", re.IGNORECASE)
_SITE_NAMES = time_scan.folded_needs(_SITE_WORDS)


def _site(reader: ArticleReader, sent: Sentence, at: int) -> str | None:
    """A square, an airport, a building: the finer place of an event, named or described."""
    named = reader.nearest_name(sent, at, ("FAC", "LOC"))
    if named:
        return named
    s_text = reader.text[sent.start:sent.end]
    m = _SITE_WORDS.search(s_text) if _holds(s_text, _SITE_NAMES) else None
    return m.group(0) if m else None


def _trigger_at(kind: str, s_text: str, low: str) -> int | None:
    for name, pattern in _COMPILED:
        if name == kind:
            m = pattern.search(s_text if kind in _COMPILED_CASED else low)
            return m.start() if m else None
    return None


def _actors(reader: ArticleReader, sent: Sentence) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.text for n in reader.names_in(sent, ("PERSON", "ORG", "NORP"))))


def _date_text(s_text: str, reader: ArticleReader) -> str | None:
    found = resolve_date(s_text, reader.anchor)
    return found[1] if found else None


def _times(reader: ArticleReader) -> list[Time]:
    """Every temporal expression: the parser's dates and times (joined where one is told in
    two pieces, "the morning" "of" "June 2"; split where one names a range, "2005 to 2009", or
    a length and a day, "seven hours Thursday"), and the few it does not mark ("now", "daily",
    "every Sunday"), each with its TIMEX3 type and value (extract/timex.py), read in the tense of
    the verb it qualifies. A bare number the parser calls a date is an age ("Raymond Roth, 48,")
    and is left out; a clock time alone ("about 1:30 a.m.") is of the day the sentence before named."""
    spans: list[tuple[int, int]] = []
    for n in sorted((n for n in reader.article.names if n.label in ("DATE", "TIME")), key=lambda n: n.start):
        bare = n.text.strip()
        if _AGE.fullmatch(bare) or (_NUMBER.fullmatch(bare) and not timex.normalize(bare, None)[1]):
            continue  # "Roth, 48,", "He was 77", "at the age of 91", "2880 pixels": an age or a count, not a date
        if _model_year(reader.text, n.start, n.end) or (_SCORE.fullmatch(bare) and not timex.normalize(bare, None)[1]):
            continue  # "his 2008 Bentley", "a 1967 Mustang": a model year; "beat Miami 98-91": a score
        if (cut := _game_period(reader, n.start, n.end)) is not None:
            if cut >= n.end:
                continue  # "in the fourth quarter" of a game is no time of the calendar
            n_start = cut
        else:
            n_start = n.start
        if spans and _JOINS.fullmatch(reader.text[spans[-1][1]:n_start]):
            spans[-1] = (spans[-1][0], n.end)
        else:
            spans.append((n_start, n.end))
    readings: dict[tuple[int, int], str] = {}  # a span read as other words: "12" of "12 and 18 months"
    parts: list[tuple[int, int]] = []
    for span in spans:
        for start, end, reading in _range_parts(reader.text, *span):
            parts.append((start, end))
            if reading:
                readings[(start, end)] = reading
    spans = parts
    found = [(m.start(), m.end()) for m in [*time_scan.extra_times(reader.text), *time_scan.holidays(reader.text)]]
    found += [(start, end) for start, end, _ in find_date_spans(reader.text)]  # "05-Aug-2016", "4th of July of 1976"
    if _holds(reader.text, _LENGTH_BEFORE_WORDS):  # "one day before the vote"
        found += [(m.start(), m.end()) for m in _LENGTH_BEFORE.finditer(reader.text)]
    found += [(m.start(), m.end()) for m in time_scan.clock_talk(reader.text)]  # "half past 3", "at 7p"
    found += [(m.start(), m.end()) for m in time_scan.odd_dates(reader.text)]  # "Sep-23-2020", "the 15th day of"
    found += [(m.start(), m.end()) for m in timex.year_in_words(reader.text)]  # "in nineteen ninety six"
    found += [(m.start(), m.end()) for m in timex.SHORT_LENGTH.finditer(reader.text)]  # "for 3h", "1 hr"
    found += [(m.start(), m.end()) for m in time_scan.more_spans(reader.text)]  # "2.30pm", "the week after next"
    found += [(m.start(), m.end()) for m in time_scan.holidays_any(reader.text)  # "easter 2018", "next easter"
              if m.group("which") or m.group("y")]
    for start, end in found:
        words = reader.text[start:end]
        if _RATE.fullmatch(words) and not _is_rate(reader.text, start):
            continue  # "500 cars a day" is a rate; "a day after" is not
        if _in_name(reader.text, start, end) or (reader.text[end:end + 1] == "-" and words[-1:].isalpha()):
            continue  # "the New York Daily News", "the now-defunct category"
        overlap = [(s, e) for s, e in spans if s < end and start < e]
        if any(s < start or e > end for s, e in overlap):
            continue
        spans = [span for span in spans if span not in overlap]  # "every Sunday" holds the parser's "Sunday"
        spans.append((start, end))
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # "tomorrow" "before 5pm", "each Monday" "at 4pm": one time
        if joined and _CLOCK_GAP.fullmatch(reader.text[joined[-1][1]:start]) and timex.joins_clock(
                reader.text[joined[-1][0]:joined[-1][1]], reader.text[start:end]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    spans = joined
    joined = []
    for start, end in spans:  # "two days" "after" "today", "2 weeks" "before" "May 13 1999": one day
        gap = reader.text[joined[-1][1]:start] if joined else ""
        both = reader.text[joined[-1][0]:end] if joined else ""
        if joined and ((_OFFSET_GAP.fullmatch(gap) and timex.offset_day(both, reader.anchor or date(2000, 1, 3)))
                       or (_AND_GAP.fullmatch(gap) and timex.compound_length(both))):  # "1 hour" "and" "30 minutes"
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    spans = joined
    # a stamp with its minute (a message, not a news dateline) fixes "in half an hour"
    clock = parse_iso_clock(reader.article.published or "") if not reader.article.written else None
    if clock is not None:
        spans = timex.clock_shift_spans(reader.text, spans)
    out: list[Time] = []
    named_day: tuple[int, date] | None = None  # the last day an expression named, and its sentence
    for start, end in sorted(spans):
        text = reader.text[start:end]
        value: str | None
        rate = _RATE.fullmatch(text)
        sent = reader.sentence_at(start)
        at = sent.index if sent else 0
        if rate and _is_rate(reader.text, start):
            unit = rate.group(1).lower()
            kind, value = "SET", "PT1H" if unit == "hour" else f"P1{unit[0].upper()}"
        elif _generic_present(reader.text, start, end):
            kind, value = "DATE", "PRESENT_REF"  # "today's economy", "the youth of today"
        else:
            future = _tense(reader, start, end)
            anchor = reader.anchor
            if named_day and at - named_day[0] <= 1 and (
                    (not future and timex.clock_only(text)) or timex.day_counted(text)):
                anchor = named_day[1]  # "arrested early Sunday ... was going west about 1:30 a.m."; "the next day"
            kind, value = timex.normalize(readings.get((start, end), text), anchor, future=future,
                                          clock=clock if anchor == reader.anchor else None)
        if value and (day := parse_iso_date(value)) and _DAY_VALUE.match(value):
            named_day = (at, day)
        out.append(Time(id=f"{reader.article.id}:t{len(out) + 1}", article=reader.article.id, start=start,
                        end=end, text=text, type=kind, value=value))  # type: ignore[arg-type]
    return out


_AND_GAP = re.compile(r"\s+and\s+|\s*,\s*", re.IGNORECASE)
_OFFSET_GAP = re.compile(r"\s+(?:before|after|from|since)\s+", re.IGNORECASE)
_CLOCK_GAP = re.compile(r"\s*,?\s*(?:(?:at|around|about|by|circa|before|after|later\s+than|on)\s+)?", re.IGNORECASE)
_SCORE = re.compile(r"\d{1,3}\s*[-–]\s*\d{1,3}")
_LENGTH_BEFORE = re.compile(
    r"(?<![\w$£€.,-])(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty)\s+(?:minute|hour|day|week|month|year)s?(?=\s+(?:before|after|earlier|later)\b)", re.IGNORECASE)
_LENGTH_BEFORE_WORDS = time_scan.folded_needs(_LENGTH_BEFORE)
_MODEL_OWNER = re.compile(r"\b(?:a|an|his|her|their|its|my|your|our)\s+$", re.IGNORECASE)
_MODEL_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w-]*)|model\b|models\b|vintage\b)")
_EVENT_NAMES = re.compile(r"\s+(?:Olympics?|Games|World|Cup|Election|Elections|Summit|Championships?|Open|Series|"
                          r"Festival|Congress|Conference|Budget|Census|Act|Season|Tour|Final|Finals|Grand)\b")
_GAME_PERIOD = re.compile(r"(?:the\s+)?(?:(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
                          r"(?:quarter|half|period|inning)|overtime|double\s+overtime|halftime|half-time|extra\s+time)"
                          r"(?=\s|$)", re.IGNORECASE)
_SPORT = re.compile(r"\b(?:points?|scored?|scoring|scorer|touchdowns?|goals?|rebounds?|assists?|innings?|games?|match|"
                    r"baskets?|three-pointers?|free\s+throws?|trailed|tied|victory|defeat(?:ed)?|beat|coach|quarterback|"
                    r"striker|playoffs?|fans|stadium|referee|penalty|basketball|football|hockey|soccer|rugby|"
                    r"\d{1,3}-\d{1,3})\b", re.IGNORECASE)
_MONEY = re.compile(r"\b(?:revenues?|profits?|earnings|sales|fiscal|percent|quarterly|shares?|income|losses|"
                    r"growth|economy|gdp|billion|investors?|analysts?|forecasts?|results)\b|%", re.IGNORECASE)


def _model_year(text: str, start: int, end: int) -> bool:
    """Whether a year names the model of a thing owned or sold, not a time: "his 2008 Bentley",
    "a 1967 Mustang", "a 2011 model"; "the 2008 election" and "her 2012 Olympics" stay dates."""
    if not _YEAR_ONLY.fullmatch(text[start:end]) or not _MODEL_OWNER.search(text[max(0, start - 8):start]):
        return False
    tail = text[end:end + 30]
    return bool(_MODEL_AFTER.match(tail)) and not _EVENT_NAMES.match(tail)


def _game_period(reader: ArticleReader, start: int, end: int) -> int | None:
    """Where the rest of a span begins once a game's period is cut from its front ("the fourth
    quarter" of a basketball game, "overtime", "the second half" of a match): ``end`` when nothing
    is left, None when the span holds no game period or the sentence is not about a game (a
    company's "fourth quarter" is a time)."""
    m = _GAME_PERIOD.match(reader.text, start, end)
    sent = reader.sentence_at(start)
    if not m or sent is None:
        return None
    words = reader.text[sent.start:sent.end]
    if not _SPORT.search(words) or _MONEY.search(words):
        return None
    rest = _REST_ON.match(reader.text[m.end():end])
    return m.end() + (rest.end() if rest else 0)


_RATE = re.compile(r"(?:a|an|per)\s+(hour|day|week|month|year)", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,.]*")
_AGE = re.compile(r"(?:(?:the\s+)?ages?\s+(?:of\s+)?)?\d{1,3}", re.IGNORECASE)
_NAME_WORDS = re.compile(r"(?:daily|weekly|monthly|yearly|annually|quarterly|nightly)$", re.IGNORECASE)
_GENERIC_AFTER = re.compile(
    r"'s\s+(?:\w+\s+)?(?:economy|economies|world|society|youth|young|children|kids|teens|teenagers|generation|"
    r"market|markets|marketplace|environment|culture|politics|standards|technology|media|age|era|climate|"
    r"workforce|workplace|consumers?|families|parents|students|schools|business|industry|game|music|"
    r"landscape|reality|realities|challenges|threats|problems|needs|life|lives)\b|,?\s+more\s+than\s+ever\b",
    re.IGNORECASE)
_GENERIC_BEFORE = re.compile(r"(?:\bof|\bthe\s+world|\bsociety|\bAmerica|\bBritain|\bEurope|\bChina)\s+$",
                             re.IGNORECASE)


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether a word such as "Daily" is part of a capitalised name ("New York Daily News")."""
    word = text[start:end]
    if not word[:1].isupper() or not _NAME_WORDS.match(word):
        return False
    after = _CAPITAL_AFTER.match(text[end:end + 3])
    before = _WORD_BEFORE.search(text[max(0, start - 30):start])
    return bool(after or (before and before.group(1)[0].isupper()))


def _generic_present(text: str, start: int, end: int) -> bool:
    """Whether "today" means the present in general, not the article's day ("today's economy",
    "the youth of today", "today, more than ever")."""
    if text[start:end].lower().removesuffix("'s").removesuffix("\u2019s") != "today":
        return False
    tail = text[start + 5:start + 60].replace("\u2019", "'")
    return bool(_GENERIC_AFTER.match(tail) or (_GENERIC_BEFORE.search(text[max(0, start - 30):start])
                                                and not tail.startswith("'s")))


def _is_rate(text: str, start: int) -> bool:
    """Whether "a day" at start follows a quantity ("500 cars a day", "$5 per month"), not "for a day"."""
    before = text[max(0, start - 30):start]
    return bool(_DIGIT.search(before)) and not _NOT_RATE_BEFORE.search(before)


_JOINS = re.compile(r"\s*(?:of|on|,)?\s*")
# Patterns of the readings below, compiled once (re.match(str, ...) looks its pattern up in re's cache at each call).
_WORD_RUN = re.compile(r"\w+")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_REST_ON = re.compile(r"[\s,]*(?:on\s+)?")
_CAPITAL_AFTER = re.compile(r"\s+([A-Z])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_DIGIT = re.compile(r"\d")
_NOT_RATE_BEFORE = re.compile(r"\b(?:for|in|over|within|after|about|nearly|almost|than|once|twice)\s*$", re.IGNORECASE)
_COUNT_OR_WORD = re.compile(r"\d[\d,.]*|\w+")
_RANGE = re.compile(r"(?:from\s+|between\s+)?(?P<a>.+?)\s*(?:\bto\b|\band\b|\bthrough\b|-|–)\s*(?P<b>.+)")
_UNIT_AFTER = re.compile(r"(?P<n>\d[\d,.]*|\w+)\s+(?P<u>(?:second|minute|hour|day|week|month|year|decade)s?)",
                         re.IGNORECASE)
_LENGTH_THEN_DAY = re.compile(rf"(?P<a>.+?\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))\s+"
                              rf"(?P<b>(?:on\s+)?(?:{timex.DAY_REF}|(?:next|last|this|previous|coming|following)\s+"
                              r"(?:week|month|year|weekend))\b.*)", re.IGNORECASE)
_WEEK_THEN_CLOCK = re.compile(r"(?P<a>(?:this|next|last|previous|coming|following)\s+week(?:end)?)\s+"
                              r"(?P<b>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:\s*[ap]\.?\s?m\b\.?)?)", re.IGNORECASE)
_THEN_SET = re.compile(r"(?P<a>.+?)\s+(?P<b>(?:every|each)\s+\S+)", re.IGNORECASE)  # "19 June every year"
_LOOSE_ENDS = re.compile(r"(?:\d{1,2}\s+)?(?P<a>.+?)(?:\s+(?:later|earlier))?", re.IGNORECASE)  # "3 next week later"


_THEN_LENGTH = re.compile(r"(?P<a>[^,]+),\s+(?P<b>[^,]+)")  # "in 2005, just three weeks (after ...)"


def _ends(m: re.Match[str], start: int) -> list[tuple[int, int, str | None]]:
    """The spans of a match's groups "a" and "b", in a text where the match's string begins at ``start``."""
    return [(start + m.start("a"), start + m.end("a"), None), (start + m.start("b"), start + m.end("b"), None)]


def _range_parts(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """A range the parser marked as one date ("2005 to 2009", "between March and May") as its two
    ends; "between 12 and 18 months" as two lengths (the first read as "12 months"); a length
    told with its day ("almost seven hours Thursday") or after a date ("2005, just three weeks")
    as the two."""
    words = text[start:end]
    if (m := _THEN_LENGTH.fullmatch(words)) and timex.normalize(m.group("b"), None)[0] == "DURATION" \
            and timex.normalize(m.group("a"), None)[1]:
        return _ends(m, start)
    if (m := _LENGTH_THEN_DAY.fullmatch(words)) and timex.normalize(m.group("a"), None)[0] == "DURATION":
        return _ends(m, start)
    if m := _WEEK_THEN_CLOCK.fullmatch(words):  # "this week 8am" (the parser's span ends in "8"), "this week 8p.m."
        if timex.normalize(m.group("b"), date(2000, 1, 3))[0] == "TIME":
            return _ends(m, start)
        return [(start + m.start("a"), start + m.end("a"), None)]
    if (m := _THEN_SET.fullmatch(words)) and timex.normalize(m.group("b"), None)[0] == "SET" \
            and timex.normalize(m.group("a"), date(2000, 1, 3))[1]:
        return _ends(m, start)
    if (m := _LOOSE_ENDS.fullmatch(words)) and m.group("a") != words \
            and not timex.normalize(words, date(2000, 1, 3))[1] and timex.normalize(m.group("a"), date(2000, 1, 3))[1]:
        return [(start + m.start("a"), start + m.end("a"), None)]  # a count or "later" the parser took in
    m = _RANGE.fullmatch(words)
    if not m:
        return [(start, end, None)]
    unit = _UNIT_AFTER.fullmatch(m.group("b"))
    if unit and _COUNT_OR_WORD.fullmatch(m.group("a")) and timex.normalize(m.group("b"), None)[0] == "DURATION":
        reading = f"{m.group('a')} {unit.group('u')}"
        if timex.normalize(reading, None)[1]:  # "between 12 and 18 months": two lengths
            return [(start + m.start("a"), start + m.end("a"), reading),
                    (start + m.start("b"), start + m.end("b"), None)]
    if not all(timex.normalize(m.group(g), None)[1] for g in ("a", "b")):  # both ends a date alone
        return [(start, end, None)]
    return _ends(m, start)


def _tense(reader: ArticleReader, start: int, end: int) -> bool | None:
    """Whether the verb an expression qualifies tells the future (True: "will resume on
    Monday", "would close in March", "is due to be published in May", "was postponed until
    Saturday"), the past (False: "said", "have controlled", "agreed to sell ... in October"),
    or neither (None: the present, "takes effect on Jan. 1")."""
    inside = reader.tokens_in(start, end)
    if not len(inside):
        return None
    i = inside[0]
    prep: str | None = None  # the preposition that ties the expression to its verb ("until")
    for _ in range(8):
        if reader.tokens[i].pos in ("VERB", "AUX") and i not in inside:
            break
        if reader.tokens[i].head == i:
            break
        if reader.tokens[i].dep == "prep":
            prep = reader.words(i).lower()
        i = reader.tokens[i].head
    tok = reader.tokens[i]
    if tok.pos not in ("VERB", "AUX"):
        return None
    aux = [c for c in reader.children.get(i, []) if reader.tokens[c].dep in ("aux", "auxpass")]
    helpers = [reader.tokens[c] for c in aux]
    words = {reader.words(c).lower() for c in aux}
    if prep in ("until", "till", "to") and tok.lemma in _PUT_OFF:
        return True  # "was postponed until Saturday": the new date lies ahead
    if tok.tag == "VBN" and any(h.lemma == "have" for h in helpers):
        return False  # "have controlled", "would have turned 50 on Monday"
    if words & _MODALS:
        return True  # "will resume on Monday", "would close in March": a future, seen from the article or a report
    if "to" in words and tok.tag in ("VB", "VBN"):  # an infinitive takes its time from the verb it depends on
        return _infinitive_ahead(reader, i)
    if tok.tag == "VBD" or any(h.tag == "VBD" for h in helpers) or (
            tok.tag == "VBN" and any(h.lemma == "have" for h in helpers)):
        return False
    # a present that looks ahead: "results are expected on Thursday", "the report is due in the autumn"
    present = tok.tag in ("VBP", "VBZ") or any(h.tag in ("VBP", "VBZ") for h in helpers)
    told = {tok.lemma, *(reader.tokens[c].lemma for c in reader.children.get(i, [])
                         if reader.tokens[c].dep in ("acomp", "attr"))}
    if present and told & _AHEAD:
        return True
    return None


def _infinitive_ahead(reader: ArticleReader, i: int) -> bool | None:
    """"plans to open ... in May", "is due to be published in May", "is set to appear on Monday" lie
    ahead: the tense of the word the infinitive hangs on. After a past ("agreed to sell ... in
    October", "was remanded to appear on 19 August") the tense is not told: a bare month is then
    the last one, a day of the month the nearest."""
    gov = reader.tokens[i].head
    if gov == i:
        return True
    if reader.tokens[gov].pos == "ADJ" and reader.tokens[gov].head != gov:
        gov = reader.tokens[gov].head  # "is due to ...": the copula tells the tense
    head = reader.tokens[gov]
    helpers = [reader.tokens[c] for c in reader.children.get(gov, []) if reader.tokens[c].dep in ("aux", "auxpass")]
    if {reader.words(c).lower() for c in reader.children.get(gov, [])
            if reader.tokens[c].dep in ("aux", "auxpass")} & _MODALS:
        return True
    return None if head.tag == "VBD" or any(h.tag == "VBD" for h in helpers) else True


_AHEAD = frozenset({"expect", "schedule", "plan", "slate", "due", "intend", "forecast"})
_MODALS = frozenset({"will", "shall", "'ll", "wo", "would", "could", "might", "may", "should", "must", "'d"})
_PUT_OFF = frozenset({"postpone", "delay", "adjourn", "defer", "reschedule", "push", "move", "put", "extend",
                      "recess", "suspend"})
