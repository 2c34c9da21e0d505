"""Remove scraper boilerplate from a text body, line by line, and keep what was removed.

Each non-blank line is first judged on its own: certainly boilerplate (an interface
string, a credit, a stamp, a counter, a repeated caption, a line in another script),
certainly text (a long sentence-like line), or short and undecided. Undecided lines
then take the verdict of their neighbours, as in jusText (Pomikálek, 2011): a short line
between paragraphs of text is a subheading or a list item; between boilerplate it is
more furniture. Nothing here knows any particular site or article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from storyline.clean import header as hdr
from storyline.clean import prose_lines
from storyline.clean.language import translation_note
from storyline.clean.lexicon import CREDIT, UI_ANYWHERE, UI_LINES, UI_PREFIX
from storyline.clean.lines import Line, dominant_script, make_line
from storyline.model import RemovedLine

GOOD_WORDS = 10  # a line this long that ends as a sentence is article text
LONG_WORDS = 25  # a line this long is article text whatever its ending
FOREIGN_SHARE = 0.15  # lines in a script that holds less than this share of the letters are UI
_PUNCT_EDGES = " \t-–—•*·|:;.,!?()[]{}\"'“”‘’«»›‹>"
_CLOSING = "\"'”’»)] "
_BRACKET_TAG = re.compile(r"\[[A-Z][A-Z ]{2,15}\]\W*$")


@dataclass(slots=True)
class Cleaned:
    """The result of cleaning one body."""

    text: str
    title: str | None
    removed: list[RemovedLine] = field(default_factory=list)
    header: hdr.HeaderFacts = field(default_factory=hdr.HeaderFacts)


Profile = Literal["text", "extracted"]


def clean_body(body: str, *, title: str | None = None, date_prefix: bool = False,
               profile: Profile = "text") -> Cleaned:
    """Split ``body`` into lines, drop the boilerplate ones, and join the rest as paragraphs.

    ``title`` is a title known from metadata (then the body is not searched for one).
    ``date_prefix`` says the first line may start with the `` date YYYY-MM-DD `` prefix.
    ``profile`` is "text" for raw scraped text (every rule, and short lines judged by
    their neighbours) or "extracted" for text an HTML extractor already took from the
    page's main content: then only the rules that name furniture outright apply, since
    the page structure has done the rest (repeated lines, for one, are real content
    there: an interview repeats its questions).
    """
    context = profile == "text"
    facts = hdr.HeaderFacts()
    raw_lines = body.split("\n")
    if date_prefix and raw_lines:
        m = hdr.DATE_PREFIX.match(raw_lines[0])
        if m:
            facts.published, facts.published_text, facts.date_prefix = m.group(1), m.group(0).strip(), True
            raw_lines[0] = raw_lines[0][m.end():].strip()
    lines = [make_line(i + 1, t.strip()) for i, t in enumerate(raw_lines) if t.strip()]
    _judge_alone(lines, strict=context)
    if context:
        _judge_repeats(lines)
    found_title = _find_title(lines, facts, known_title=title)
    if context:
        for item in prose_lines.list_items(lines):
            item.label = "good"
        _judge_by_neighbours(lines)
    else:
        for line in lines:
            if line.label == "short":
                line.label = "good"
    removed = [RemovedLine(text=ln.text, reason=ln.reason, line_no=ln.no) for ln in lines if ln.label == "bad"]
    # A headline that is a line of the body stays in the text, as its first paragraph: it
    # is article content (claims and events in headlines get offsets like any other).
    kept = [ln for ln in lines if ln.label == "good"]
    return Cleaned(text="\n\n".join(ln.text for ln in kept), title=found_title, removed=removed, header=facts)


def _bad(line: Line, reason: str) -> None:
    line.label, line.reason = "bad", reason


def _judge_alone(lines: list[Line], *, strict: bool) -> None:
    script, letters = dominant_script(lines)
    total = sum(letters.values()) or 1
    # Where ordinary sentences are title-cased (German capitalises nouns), capitals say
    # nothing about headlines.
    long_lines = [ln for ln in lines if ln.words >= LONG_WORDS]
    caps_mark_headlines = not long_lines or sum(ln.title_case for ln in long_lines) / len(long_lines) < 0.3
    if not caps_mark_headlines:
        for line in lines:
            line.title_case = False
    for line in lines:
        text = line.text
        bare = text.strip(_PUNCT_EDGES).lower()
        if strict and line.letters == 0 and len(text) <= 12 and not prose_lines.is_figure(line):
            _bad(line, "counter or symbol")
        elif strict and line.script and line.script != script and letters[line.script] / total < FOREIGN_SHARE:
            _bad(line, f"interface text in another script ({line.script})")
        elif line.words <= 6 and re.sub(r"\s+", " ", bare) in UI_LINES:
            _bad(line, "interface string")
        elif line.words <= 40 and UI_PREFIX.match(text):
            _bad(line, "link, call to action or credit")
        elif line.words <= 25 and UI_ANYWHERE.search(text) \
                and not (prose_lines.only_mentions(UI_ANYWHERE, text) and prose_lines.reports_a_mention(line)):
            _bad(line, "call to action")
        elif strict and line.words <= 40 and CREDIT.search(text) and not prose_lines.slash_is_prose(CREDIT, text):
            _bad(line, "photo credit")
        elif hdr.is_stamp(line):
            _bad(line, "page stamp")
        elif strict and hdr.is_byline_or_timestamp(line):
            _bad(line, "byline or time stamp")
        elif line.words <= 15 and translation_note(text):
            _bad(line, "translation note")
        elif line.words <= 25 and _BRACKET_TAG.search(text):
            _bad(line, "related link")
        elif (line.words >= GOOD_WORDS and line.terminal and not line.title_case) or line.words >= LONG_WORDS:
            line.label = "good"
        else:
            line.label = "short"


def _judge_repeats(lines: list[Line]) -> None:
    """A line said twice is a caption, a pull quote or a card: keep only its first copy."""
    seen: dict[str, Line] = {}
    candidates: list[tuple[set[str], Line]] = []
    for line in lines:
        stamp = hdr.is_stamp(line)
        norm = make_line(line.no, line.text[: stamp.start()]).norm if stamp else line.norm
        if len(norm.split()) < 4:
            continue
        first = seen.get(norm)
        if first is not None:
            _bad(line, "repeated line")
            continue
        seen[norm] = line
        tokens = set(norm.split())
        if 8 <= len(tokens) <= 80:
            for other_tokens, other in candidates:
                shorter = min(len(tokens), len(other_tokens))
                if len(tokens & other_tokens) / shorter >= 0.9 and max(len(tokens), len(other_tokens)) <= 1.5 * shorter:
                    _bad(line, "repeated line")
                    # both copies of a caption are captions; a sentence of the text keeps its place
                    if not (other.label == "bad" or prose_lines.is_sentence(other)):
                        _bad(other, "repeated line")
                    break
            else:
                candidates.append((tokens, line))


def _judge_by_neighbours(lines: list[Line]) -> None:
    decided = [ln.label if ln.label != "short" and not prose_lines.is_divider(ln) else None for ln in lines]
    for i, line in enumerate(lines):
        if line.label != "short":
            continue
        # A missing neighbour is no evidence that the line is furniture: a body of short
        # lines only (a one-sentence item, a short lead, a single-line text) stays, and at
        # an edge the line is judged on its own shape below, not by the side that is not there.
        before = next((d for d in reversed(decided[:i]) if d), None)
        after = next((d for d in decided[i + 1:] if d), None)
        if before is None and after is None:
            line.label = "good"
        elif before is not None and before == after:
            line.label = before
        elif line.words <= 1:
            line.label = "bad"
        elif line.title_case and line.words >= 4 and not line.text.rstrip(_CLOSING).endswith("."):
            line.label = "bad"  # a title-cased line beside furniture is a link to another story
        elif line.terminal and line.words >= 3 and line.text[:1].isupper():
            line.label = "good"  # a short closing or opening sentence
        else:
            line.label = after or "bad"  # a heading belongs to what follows it
        if line.label == "bad":
            line.reason = "short line among boilerplate"


def _find_title(lines: list[Line], facts: hdr.HeaderFacts, *, known_title: str | None) -> str | None:
    """Read the header zone: stamps and bylines give metadata; one line may be the title."""
    top = lines[: hdr.HEADER_LINES]
    for line in top:
        if line.label == "bad" and line.reason in ("page stamp", "byline or time stamp"):
            hdr.read_stamp(line, facts)
    if known_title:
        key = make_line(0, known_title).norm
        for line in top[:2]:
            if line.norm == key and line.label != "bad":
                facts.title_line = line.no
        return known_title
    if not top:
        return None
    first = next((ln for ln in lines[:2] if ln.label != "bad"), None)
    if first is not None and first.no == 1 and facts.date_prefix:
        return _take_title(first, lines, facts)  # the prefix convention: the rest of line 1 is the title
    if first is not None and hdr.is_headline(first):
        return _take_title(first, lines, facts)
    # A headline further down the header (after a stamp or a tag line) must look like one:
    # title-cased and long enough not to be a section label.
    for i, line in enumerate(top):
        if line.label != "bad" and line.title_case and line.words >= 5 and hdr.is_headline(line) \
                and _stands_apart(lines, i):
            return _take_title(line, lines, facts)
    return None


def _stands_apart(lines: list[Line], i: int) -> bool:
    """No paragraph of text directly above or below (a blank line or furniture between):
    how a page's headline sits in a scrape, unlike a subheading inside the text."""
    before = lines[i - 1] if i > 0 else None
    after = lines[i + 1] if i + 1 < len(lines) else None
    apart_before = before is None or before.label == "bad" or before.no < lines[i].no - 1
    apart_after = after is None or after.label == "bad" or after.no > lines[i].no + 1
    return apart_before and apart_after


def _take_title(line: Line, lines: list[Line], facts: hdr.HeaderFacts) -> str:
    facts.title, facts.title_line = line.text, line.no
    line.label = "good"
    # Section labels and kickers above the headline ("World", "Politics") are furniture.
    for above in lines[: lines.index(line)]:
        if above.label != "bad" and above.words <= 4 and not above.terminal:
            _bad(above, "section label above the headline")
    return line.text
