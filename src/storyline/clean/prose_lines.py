"""Lines of article text that have the shape of page furniture.

The cleaner's rules were written for raw scraped pages, where a short line among furniture,
a line with a sign-up pitch, a line naming a photographer and a lone number are boilerplate.
Article text that comes already clean (a scraper's output, a corpus) holds lines of the same
shapes that are the article itself: a list of results, dates or prices under a heading, a
sentence that reports what someone said on a social network or that customers can sign up
for something, a score or a price on a line of its own, a quotation the article gives before
the post it comes from. Each test here reads the grammar and the structure of a line (who is
addressed, how a list is built), never its topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.clean.lines import Line

# --- calls to action and mentions -------------------------------------------------------------

# Phrases of a sign-up pitch or a social-media widget that a reported sentence also uses:
# "customers can sign up for alerts", "she said on Twitter", "the templates include newsletters".
_MENTION = re.compile(
    r"newsletter|\bsign\ up\b|\bsubscribe\b|\bsubscription\b|\bon\ (?:twitter|facebook|instagram)\b"
    r"|\bfollow\ (?:us|him|her|them|me)\ on\b|\bshare\ (?:it|this)\ with\b",
    re.IGNORECASE | re.VERBOSE)
# Words by which a line speaks to its reader (a pitch), outside quotations.
_ADDRESS = re.compile(r"\b(?:you|your|yours|you'?ll|you’ll|we|our|us|let'?s|let’s)\b", re.IGNORECASE)
# Verbs a pitch starts with, in the imperative: "Follow ... on Twitter", "Be sure to subscribe".
_IMPERATIVE = frozenset((
    "be", "follow", "like", "join", "subscribe", "sign", "download", "get", "check", "visit", "share", "tap",
    "click", "find", "read", "watch", "listen", "see", "stay", "keep", "don't", "don’t", "never", "make", "register",
    "try", "learn", "send", "email", "call", "text", "tweet", "connect", "add", "enter", "support", "give", "tell",
    "discover", "grab", "claim", "shop", "buy", "order", "receive", "start",
))
_QUOTES = "\"“”«»„"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def outside_quotes(text: str) -> str:
    """The line without the words it quotes. A quotation mark without its pair (a quote that
    began on an earlier line, or goes on to the next) quotes the text before it when it is
    the line's first mark, and the text after it otherwise."""
    marks = [i for i, ch in enumerate(text) if ch in _QUOTES]
    if not marks:
        return text
    spans: list[tuple[int, int]] = []
    if len(marks) % 2:
        first = marks[0]
        if first > 0 and text[:first].strip():
            spans.append((0, first + 1))
            marks = marks[1:]
        else:
            spans.append((marks[-1], len(text)))
            marks = marks[:-1]
    spans += [(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]
    kept, at = [], 0
    for start, end in sorted(spans):
        if start >= at:
            kept.append(text[at:start])
            at = end
    kept.append(text[at:])
    return " ".join(kept)


def reports_a_mention(line: Line) -> bool:
    """A sentence that mentions signing up, subscribing or a social network while reporting
    something ("Others described the shaking on Twitter."), as opposed to a pitch to the
    reader ("Follow us on Twitter.", "Sign up for our newsletter."). The sentence must end as
    one, every widget phrase in it must be of the mentioned kind, and outside its quotations
    it must neither address the reader nor start with an imperative."""
    text = line.text.strip()
    if not line.terminal or line.words < 5:
        return False
    own = outside_quotes(text)
    words = _WORD.findall(own)
    if not words or _ADDRESS.search(own):
        return False
    return not (words[0].lower() in _IMPERATIVE and own.lstrip(" \t-–—•*·(").startswith(words[0]))


def only_mentions(ui: re.Pattern[str], text: str) -> bool:
    """Every match of the widget pattern ``ui`` in ``text`` is a phrase a sentence may mention."""
    return all(_MENTION.fullmatch(m.group(0)) for m in ui.finditer(text))


# --- photo credits ----------------------------------------------------------------------------

# What comes before the first spaced slash of a line, and the word after it.
_NAME_SLASH = re.compile(r"^\W{0,2}(?P<name>[^/]+?)\s/\s(?P<after>\w+)")
_NAME_WORDS = 5  # "AGENCY PHOTOGRAPHER NAME SURNAME" at most


def slash_is_prose(credit: re.Pattern[str], text: str) -> bool:
    """The photo credit pattern ``credit`` found in ``text`` only a spaced slash that does not
    follow a photographer's or agency's name: "more money and / or years", "its I / O
    virtualization". A name is a few words, each capitalised. A dateline naming two places
    ("Northport / Southport: ...") still reads as a credit: kept, its two filing places outweigh
    the story's own place in the lead (a story at sea placed in a bureau's city)."""
    if not all(m.start() == 0 and "/" in m.group(0) for m in credit.finditer(text)):
        return False  # an agency named outright
    m = _NAME_SLASH.match(text)
    if m is None:
        return False
    name = m.group("name").split()
    return len(name) > _NAME_WORDS or any(not w[:1].isupper() for w in name)


# --- figures on a line of their own -----------------------------------------------------------

_AMOUNT = re.compile(r"[$€£¥₩₹₽]\s?\d|\d\s?[$€£¥₩₹₽]")
_FIGURE_END = re.compile(r"\d\s*[.!?]$")


def is_figure(line: Line) -> bool:
    """A line without letters that states an amount ("$49.99") or ends a sentence with a figure
    ("12 - 9."): article text cut at a line break, not a counter or a share button."""
    text = line.text.strip()
    return bool(_AMOUNT.search(text) or _FIGURE_END.search(text))


# --- sentences and addresses ------------------------------------------------------------------

_ADDRESS_LINE = re.compile(r"^\W{0,2}(?:https?\s?:\s?/\s?/|www\s?\.)", re.IGNORECASE)


def is_sentence(line: Line) -> bool:
    """Judged article text on its own (long, or a sentence): a line of the text, even when a
    later line says it again (a quotation given before the post it comes from)."""
    return line.label == "good" and not is_address(line.text)


def is_address(text: str) -> bool:
    """A line that starts with a web address: a link, never a sentence of the article (a long
    one in a tokenised corpus, "http: / / www. ...", passes for text by its length alone)."""
    return _ADDRESS_LINE.match(text) is not None


# A rule of one repeated mark ("___", "* * *", "———") that a wire story puts between its sections.
_DIVIDER = re.compile(r"([_=*•·~#–—-])(?:\s*\1){2,}")


def is_divider(line: Line) -> bool:
    """A line that only divides the text into sections: no evidence that the lines around it are
    furniture (the subheading under it belongs to the section it opens)."""
    return _DIVIDER.fullmatch(line.text.strip()) is not None


# --- lists ------------------------------------------------------------------------------------

LIST_ITEMS = 3  # a list has at least this many items
_URL = re.compile(r"https?:|www\.|\w\.(?:com|org|net)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MARKS = re.compile(r"[():;,/|•*–—-]")


_INSIDE_WORD = re.compile(r"(?<=\w)[-/'’.](?=\w)")


def _skeleton(text: str) -> str:
    """The punctuation a line is built with, in order, leaving out marks inside a word or a
    figure ("T-Mobile", "2-1"): "Name (Group B): 9th place" → "():"."""
    return "".join(_MARKS.findall(_INSIDE_WORD.sub("", text)))


def _one_shape(items: Sequence[Line]) -> bool:
    texts = [ln.text.strip() for ln in items]
    if all(_DIGIT.search(t) for t in texts):
        return True  # results, dates, prices, places in a ranking
    skeletons = {_skeleton(t) for t in texts}
    if len(skeletons) == 1 and next(iter(skeletons)):
        return True  # items built alike: "Label (note): value"
    # "label: value" items
    return all(0 < t.find(":") < len(t) - 1 for t in texts)


def list_items(lines: list[Line]) -> list[Line]:
    """Short lines that are items of a list in the article: a run of at least three undecided
    lines in a row, all built alike (all with a figure, or all with the same punctuation),
    none an address, which follows article text (or precedes it at the top of the body) and
    does not run into furniture. Related links and tag lists at the foot of a scraped page
    are neither built alike nor numbered."""
    found: list[Line] = []
    i = 0
    while i < len(lines):
        if lines[i].label != "short":
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].label == "short":
            j += 1
        run = lines[i:j]
        before = lines[i - 1].label if i > 0 else None
        after = lines[j].label if j < len(lines) else None
        beside_text = (before == "good" and after in ("good", None)) or (before is None and after == "good")
        # the items alone, or a heading and its items
        shaped = (len(run) >= LIST_ITEMS and _one_shape(run)) or (len(run) > LIST_ITEMS and _one_shape(run[1:]))
        if beside_text and shaped and not any(_URL.search(ln.text) for ln in run):
            found.extend(run)
        i = j
    return found
