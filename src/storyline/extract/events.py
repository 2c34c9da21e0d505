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

from storyline.dates import parse_iso_date, resolve_date
from storyline.extract import timex
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
        if own is None and previous and _SAME_TIME.search(s_text):
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
    m = _EARLY_DAYS.search(s_text)
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
    return whole == s_text and len(re.findall(r"\w+", s_text)) <= 18 and s_text[-1:] not in ".!?\"”"


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
    """Every temporal expression: the parser's dates and times (joined where one is told in
    two pieces, "the morning" "of" "June 2"; split where one names a range, "2005 to 2009"),
    and the few it does not mark ("now", "daily", "every Sunday"), each with its TIMEX3 type
    and value (extract/timex.py), read in the tense of the verb it qualifies."""
    spans: list[tuple[int, int]] = []
    for n in sorted((n for n in reader.article.names if n.label in ("DATE", "TIME")), key=lambda n: n.start):
        if spans and _JOINS.fullmatch(reader.text[spans[-1][1]:n.start]):
            spans[-1] = (spans[-1][0], n.end)
        else:
            spans.append((n.start, n.end))
    spans = [part for span in spans for part in _range_parts(reader.text, *span)]
    for m in timex.EXTRA.finditer(reader.text):
        if _RATE.fullmatch(m.group(0)) and not _is_rate(reader.text, m.start()):
            continue  # "500 cars a day" is a rate; "a day after" is not
        overlap = [(s, e) for s, e in spans if s < m.end() and m.start() < e]
        if any(s < m.start() or e > m.end() for s, e in overlap):
            continue
        spans = [span for span in spans if span not in overlap]  # "every Sunday" holds the parser's "Sunday"
        spans.append((m.start(), m.end()))
    out: list[Time] = []
    for start, end in sorted(spans):
        text = reader.text[start:end]
        value: str | None
        rate = _RATE.fullmatch(text)
        if rate and _is_rate(reader.text, start):
            unit = rate.group(1).lower()
            kind, value = "SET", "PT1H" if unit == "hour" else f"P1{unit[0].upper()}"
        else:
            kind, value = timex.normalize(text, reader.anchor, future=_tense(reader, start, end))
        out.append(Time(id=f"{reader.article.id}:t{len(out) + 1}", article=reader.article.id, start=start,
                        end=end, text=text, type=kind, value=value))  # type: ignore[arg-type]
    return out


_RATE = re.compile(r"(?:a|an|per)\s+(hour|day|week|month|year)", re.IGNORECASE)


def _is_rate(text: str, start: int) -> bool:
    """Whether "a day" at start follows a quantity ("500 cars a day", "$5 per month"), not "for a day"."""
    before = text[max(0, start - 30):start]
    return bool(re.search(r"\d", before)) and not re.search(
        r"\b(?:for|in|over|within|after|about|nearly|almost|than|once|twice)\s*$", before, re.IGNORECASE)


_JOINS = re.compile(r"\s*(?:of|on|,)?\s*")
_RANGE = re.compile(r"(?:from\s+|between\s+)?(?P<a>.+?)\s*(?:\bto\b|\band\b|\bthrough\b|-|–)\s*(?P<b>.+)")


def _range_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A range the parser marked as one date ("2005 to 2009", "between March and May") as its two ends."""
    m = _RANGE.fullmatch(text[start:end])
    if not m or not all(timex.normalize(m.group(g), None)[1] for g in ("a", "b")):  # both ends a date alone
        return [(start, end)]
    return [(start + m.start("a"), start + m.end("a")), (start + m.start("b"), start + m.end("b"))]


def _tense(reader: ArticleReader, start: int, end: int) -> bool | None:
    """Whether the verb an expression qualifies tells the future (True: "will resume on
    Monday", "expects to finish by August"), the past (False: "said", "have controlled"),
    or neither (None: the present, "takes effect on Jan. 1")."""
    inside = reader.tokens_in(start, end)
    if not len(inside):
        return None
    i = inside[0]
    for _ in range(8):
        if reader.tokens[i].pos in ("VERB", "AUX") and i not in inside:
            break
        if reader.tokens[i].head == i:
            break
        i = reader.tokens[i].head
    tok = reader.tokens[i]
    if tok.pos not in ("VERB", "AUX"):
        return None
    aux = [c for c in reader.children.get(i, []) if reader.tokens[c].dep in ("aux", "auxpass")]
    helpers = [reader.tokens[c] for c in aux]
    words = {reader.words(c).lower() for c in aux}
    if words & {"will", "shall", "'ll", "wo"} or (tok.tag == "VB" and "to" in words):
        return True
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


_AHEAD = frozenset({"expect", "schedule", "plan", "slate", "due", "intend", "forecast"})
