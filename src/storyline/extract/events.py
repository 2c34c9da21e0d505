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

from storyline.dates import resolve_date
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
    ("protest", r"\bprotest(?!ers)\w*|\bdemonstrat(?:ion|ed|e)\w*|\brall(?:y|ies)\b|\buprising\b|\bmarch(?:ed)?\b"),
    ("diplomatic_call", r"phone (?:call|conversation)|\bcalled (?:the |his |her )?[A-Z]?[^.]{0,30}minister|"
                        r"asked [^.]{0,40}\bfor (?:help|assistance)|\bappeal(?:ed)? for (?:help|assistance)"),
    ("statement", r"\b(?:said|says|announced|claimed|stated|declared|urged|warned|vowed|stressed|accused|"
                  r"promised|defines|argued|called for|told|added|wrote)\b"),
)
_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in TRIGGERS)
_COMPILED_CASED = {"diplomatic_call"}  # patterns that use capitals
SPLIT_BY_PLACE = {"airport_closure", "state_of_emergency", "curfew", "internet_shutdown", "protest"}
_PRESENT = re.compile(r"\b(?:is|are|remains?|continues?|now|says|has remained|do not|does not)\b", re.IGNORECASE)
_CONTINUES = re.compile(r"(?:he|she|they|it|later|earlier|then|meanwhile|afterwards)\b", re.IGNORECASE)
_DURATION = re.compile(r"\b(?:for|over|during|in)\s+(?:the\s+(?:next|past|last)\s+)?(?P<n>\d+|a|an|one|two|three|four|"
                       r"five|six|seven|eight|nine|ten|twelve|twenty|thirty)\s+(?P<u>hour|day|week|month|year)s?\b",
                       re.IGNORECASE)
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "thirty": 30}
_PART_OF_DAY = (("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"))


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
    previous: str | None = None
    for sent in reader.sentences:
        s_text = reader.text[sent.start:sent.end]
        low = s_text.lower()
        own = (_since(reader, s_text, began) or _until(reader, s_text) or _nth_day(s_text, began)
               or explicit_date(reader, s_text))
        if own is None and previous and _SAME_TIME.search(s_text):
            own = previous  # "a curfew was introduced to cover the same period"
        if own is None and _is_heading(reader, sent):
            own = _next_paragraph_date(reader, sent)  # a subheading is dated by the section it heads
        date = own or dated.get(sent.paragraph)
        opens = sent.paragraph not in seen_paragraphs
        seen_paragraphs.add(sent.paragraph)
        if date is None and opens and _CONTINUES.match(s_text):
            date = dated.get(sent.paragraph - 1)  # "He granted ...": the previous paragraph's story goes on
        if own and "/" not in own:  # a span ("since ...", "until ...") is its own clause's, not the paragraph's
            dated[sent.paragraph] = own
        previous = own or previous
        found = _types(s_text, low)
        cities = list(dict.fromkeys(n.text for n in reader.names_in(sent, ("GPE",))))
        context = placed.get(sent.paragraph)
        for kind in found:
            offset = _trigger_at(kind, s_text, low) or 0
            at = sent.start + offset
            site = _site(reader, sent, at)
            when = date
            if when is None and reader.anchor and _PRESENT.search(s_text[max(0, offset - 30):offset + 40]):
                when = reader.anchor.isoformat()  # a state described in the present: as of the article's day
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
                    text=s_text, type=kind, date=when, date_text=_date_text(s_text, reader) if own else None,
                    location=place, site=site, actors=_actors(reader, sent)))
        if cities:
            placed[sent.paragraph] = reader.nearest_name(sent, sent.end, ("GPE",)) or cities[-1]
    return dataclasses.replace(article, events=tuple(events), times=tuple(_times(reader)))


_SINCE_DATE = re.compile(r"\bsince\s+(?P<when>[^,.;]{3,30})", re.IGNORECASE)
_SINCE_START = re.compile(r"\bsince the (?:beginning|start|outbreak|onset) of the (?:unrest|protests?|crisis|riots?|"
                          r"violence|demonstrations|uprising|fighting|war|conflict|strikes?)\b", re.IGNORECASE)
_STARTED = re.compile(r"\b(?:began|begun|started|broke out|erupted|flared|was hit by|were hit by|kicked off)\b",
                      re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through|to last until)\s+(?P<when>[^,.;]{3,30})", re.IGNORECASE)
_SAME_TIME = re.compile(r"\b(?:the same (?:period|time|day|days|dates)|that same day|at the same time)\b",
                        re.IGNORECASE)


def _beginning(reader: ArticleReader) -> str | None:
    """The day the article says its story began ("protests erupted on January 2")."""
    for sent in reader.sentences:
        s_text = reader.text[sent.start:sent.end]
        if _STARTED.search(s_text) and not _SINCE_DATE.search(s_text):
            found = resolve_date(s_text, reader.anchor)
            if found and len(found[0]) == 10 and (reader.anchor is None or found[0] <= reader.anchor.isoformat()):
                return found[0]
    return None


_NTH_DAY = re.compile(r"\b(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"\d{1,2}(?:st|nd|rd|th)) day of (?:the )?(?:unrest|protests?|crisis|riots?|violence|"
                      r"demonstrations|uprising|fighting|war|conflict|strikes?)\b", re.IGNORECASE)
_ORDINALS = {w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                          "ninth", "tenth"), start=1)}


def _nth_day(s_text: str, began: str | None) -> str | None:
    """"The sixth day of crisis": counted from the day the article says it began."""
    m = _NTH_DAY.search(s_text)
    if not m or began is None:
        return None
    word = m.group("n").lower()
    n = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    return (date.fromisoformat(began) + timedelta(days=n - 1)).isoformat()


def _until(reader: ArticleReader, s_text: str) -> str | None:
    """"will remain in effect until January 19": from the article's day to that day."""
    m = _UNTIL.search(s_text)
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
    return whole == s_text and len(s_text.split()) <= 14 and s_text[-1:] not in ".!?\"”"


def _next_paragraph_date(reader: ArticleReader, sent: Sentence) -> str | None:
    first = next((s for s in reader.sentences if s.paragraph == sent.paragraph + 1), None)
    return explicit_date(reader, reader.text[first.start:first.end]) if first else None


def _since(reader: ArticleReader, s_text: str, began: str | None = None) -> str | None:
    """"since January 2": from that day to the article's date, as an ISO interval;
    "since the beginning of the unrest": from the day the article says it began."""
    if reader.anchor is None:
        return None
    if began and began < reader.anchor.isoformat() and _SINCE_START.search(s_text):
        return f"{began}/{reader.anchor.isoformat()}"
    m = _SINCE_DATE.search(s_text)
    if not m:
        return None
    found = resolve_date(m.group("when"), reader.anchor)
    if not found or len(found[0]) != 10 or found[0] >= reader.anchor.isoformat():
        return None
    return f"{found[0]}/{reader.anchor.isoformat()}"


def _types(s_text: str, low: str) -> list[str]:
    kinds = []
    for kind, pattern in _COMPILED:
        if pattern.search(s_text if kind in _COMPILED_CASED else low):
            kinds.append(kind)
    if len(kinds) > 1 and "statement" in kinds:
        kinds.remove("statement")  # "X said 26 were killed" reports the killing, not a statement
    return kinds


_SITE_WORDS = re.compile(r"\b(?:the\s+)?(?:[\w’']+\s+){0,2}?(?:airport|square|hospital|station|headquarters|"
                         r"residence|apartment|palace|city hall|town hall|akimat|building|parliament|embassy|"
                         r"port|base|terminal)\b", re.IGNORECASE)


def _site(reader: ArticleReader, sent: Sentence, at: int) -> str | None:
    """A square, an airport, a building: the finer place of an event, named or described."""
    named = reader.nearest_name(sent, at, ("FAC", "LOC"))
    if named:
        return named
    m = _SITE_WORDS.search(reader.text[sent.start:sent.end])
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
    """Every temporal expression the parser marked, as a TIMEX3 value where one can be given."""
    out: list[Time] = []
    for n in reader.article.names:
        if n.label not in ("DATE", "TIME"):
            continue
        text = n.text
        m = _DURATION.search(reader.text[max(0, n.start - 12):n.end])
        if m:
            count = int(m.group("n")) if m.group("n").isdigit() else _WORDS[m.group("n").lower()]
            unit = m.group("u").lower()
            duration = f"PT{count}H" if unit == "hour" else f"P{count}{unit[0].upper()}"
            out.append(Time(id=f"{reader.article.id}:t{len(out) + 1}", article=reader.article.id, start=n.start,
                            end=n.end, text=text, type="DURATION", value=duration))
            continue
        found = resolve_date(text, reader.anchor)
        value = found[0] if found else None
        kind = "TIME" if n.label == "TIME" else "DATE"
        part = next((code for word, code in _PART_OF_DAY if word in text.lower()), None)
        if part and value and len(value) == 10:
            value, kind = f"{value}T{part}", "TIME"
        out.append(Time(id=f"{reader.article.id}:t{len(out) + 1}", article=reader.article.id, start=n.start,
                        end=n.end, text=text, type=kind, value=value))  # type: ignore[arg-type]
    return out

