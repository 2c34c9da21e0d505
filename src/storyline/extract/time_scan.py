"""Fast whole-text scans for the time patterns of :mod:`storyline.extract.timex`.

``CLOCK_TALK``, ``ODD_DATE``, ``HOLIDAY_ANY``, ``HOLIDAY`` and ``EXTRA`` begin with an assertion
or a long alternation, so ``re`` cannot skip ahead: it tries them at every word of every article.
Here each scan first looks for cheap *anchors* — words that every match must hold or see, such as
"quarter past" before an hour, "am"/"pm" after one, "at"/"by" before one, a month name next to a
digit, a holiday's name, "now" or "daily" — and then runs the full pattern only over a window
around each anchor. The result is the same list of matches (same spans, same groups) as
``pattern.finditer(text)``:

* every match of the pattern starts at most :func:`reach` characters before an anchor's start and
  no later than its end (the anchors are written for the pattern's forms, in lower case, and
  searched in the :func:`folded` text; ``tests/extract/test_time_scan.py`` checks them against the
  full pattern on varied texts);
* :func:`reach` is worked out from the pattern itself: the most characters a match can look at
  from its start, with runs of white space counted at the longest run the text holds; the
  pattern is run to the window's end plus that reach again, so that nothing it looks at for a
  match that starts in the window is cut off;
* the windows are taken left to right, each from where the last match ended, as ``finditer``
  goes.

An anchor set is written for one version of a pattern: when the pattern's text is not the one the
anchors were checked against (another branch changed it), the scan falls back to the full
``finditer`` — the output stays the same, only slower — and the test of the fingerprints fails, so
that the anchors are looked at again.
"""

from __future__ import annotations

import hashlib
import re
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from storyline.extract import timex

_WHITE_RUN = re.compile(r"\s{2,}")


def fingerprint(pattern: re.Pattern[str]) -> str:
    """A short digest of a pattern's text and flags: the anchors are checked against it."""
    return hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()[:16]


def _is_white(items: Any) -> bool:
    """Whether a repeated item can only match white space (``\\s``, a space, a class of them)."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is sre_c.LITERAL:
        return chr(av).isspace()
    if op is sre_c.IN:
        return all((o is sre_c.CATEGORY and a is sre_c.CATEGORY_SPACE) or (o is sre_c.LITERAL and chr(a).isspace())
                   for o, a in av)
    return False


def _seq(items: Any, white: int) -> tuple[int, int] | None:
    """(the most characters a sequence can take, the most characters it can look at from its start)."""
    pos = reach = 0
    for op, av in items:
        got = _item(op, av, white)
        if got is None:
            return None
        width, ahead = got
        reach = max(reach, pos + ahead)
        pos += width
    return pos, max(reach, pos)


def _item(op: Any, av: Any, white: int) -> tuple[int, int] | None:
    if op in (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.ANY, sre_c.IN):
        return 1, 1
    if op is sre_c.AT:
        return 0, 1  # "\b", "$" look at the next character
    if op is sre_c.BRANCH:
        parts = [_seq(p, white) for p in av[1]]
        if any(p is None for p in parts):
            return None
        return max(p[0] for p in parts if p), max(p[1] for p in parts if p)
    if op is sre_c.SUBPATTERN:
        return _seq(av[3], white)
    if op is sre_c.ATOMIC_GROUP:
        return _seq(av, white)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        _, high, sub = av
        one = _seq(sub, white)
        if one is None:
            return None
        if high is sre_c.MAXREPEAT:
            if not _is_white(sub):
                return None  # an unbounded repeat of anything but white space: no window
            high = white
        if high == 0:
            return 0, 0
        return high * one[0], (high - 1) * one[0] + one[1]
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        direction, sub = av
        if direction < 0:
            return 0, 0  # a look behind reads before the start: the full text is there
        inner = _seq(sub, white)
        return None if inner is None else (0, inner[1])
    if op is sre_c.GROUPREF_EXISTS:
        _, yes, no = av
        a, b = _seq(yes, white), (_seq(no, white) if no else (0, 0))
        return None if a is None or b is None else (max(a[0], b[0]), max(a[1], b[1]))
    return None  # a back reference or an opcode not known here: no window


def least(items: Any) -> int:
    """The fewest characters a parsed sequence can match (``getwidth()[0]`` without its cost: that
    also works out the most, for every node, and takes ~0.1 s over timex's patterns); 0 where a node
    is not known here, which only makes a scan fall back to the full search."""
    total = 0
    for op, av in items:
        if op in (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.ANY, sre_c.IN):
            total += 1
        elif op is sre_c.BRANCH:
            total += min(least(p) for p in av[1])
        elif op is sre_c.SUBPATTERN:
            total += least(av[3])
        elif op is sre_c.ATOMIC_GROUP:
            total += least(av)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            total += av[0] * least(av[2])
    return total


def needs(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every text that ``pattern`` finds something in holds: a text that holds
    none of them needs no search ("curfew" for ``\\bcurfew``; "kill", "die", "dead", … for a
    list of words). Read from the pattern's parse: a run of literal characters, a group, a branch
    (one string of each alternative), a repeat of at least one, a lookahead or lookbehind (what it
    looks at is in the text too). None when no such set is read: a pattern with re.IGNORECASE or
    flags set inside, or one whose every part may match without a fixed string."""
    if pattern.flags & re.IGNORECASE:
        return None
    got = _needs_seq(sre_parse.parse(pattern.pattern, pattern.flags))
    return None if got is None or "" in got else got


def folded_needs(*patterns: re.Pattern[str]) -> tuple[str, ...]:
    """For IGNORECASE patterns: strings in lower case one of which ``fold(text).lower()`` holds
    wherever one of ``patterns`` finds something (after ``dates.fold``, lower() gives every letter
    IGNORECASE takes for an ASCII one as that letter). Read from each pattern's parse as ``needs``
    reads it; a ValueError when a pattern gives none, or one with a letter beyond ASCII, so that no
    gate is ever missing a string."""
    every: set[str] = set()
    for pattern in patterns:
        got = _needs_seq(sre_parse.parse(pattern.pattern, pattern.flags))
        if not pattern.flags & re.IGNORECASE or got is None or "" in got or not all(map(str.isascii, got)):
            raise ValueError(f"no strings to gate {pattern.pattern[:40]!r} on")
        every |= {g.lower() for g in got}
    # a string that holds another of the set adds nothing: "since the " with "since"
    return tuple(sorted((g for g in every if not any(o != g and o in g for o in every)), key=lambda g: (len(g), g)))


def _needs_seq(items: Any) -> frozenset[str] | None:
    """The best set of strings a sequence needs: of those its parts give, the one whose shortest
    string is longest (a longer string is found in fewer texts), then the smallest."""
    choices: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre_c.LITERAL:
            run += chr(av)
            continue
        if run:
            choices.append(frozenset({run}))
            run = ""
        got = _needs_item(op, av)
        if got is not None:
            choices.append(got)
    if run:
        choices.append(frozenset({run}))
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _needs_item(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre_c.SUBPATTERN:
        _, add, remove, sub = av
        return None if add or remove else _needs_seq(sub)
    if op is sre_c.ATOMIC_GROUP:
        return _needs_seq(av)
    if op is sre_c.BRANCH:
        parts = [_needs_seq(p) for p in av[1]]
        if any(p is None for p in parts):
            return None
        every = frozenset().union(*(p for p in parts if p))
        # a string that holds another of the set adds nothing: "died" with "die"
        return frozenset(s for s in every if not any(o != s and o in s for o in every))
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        low, _, sub = av
        return _needs_seq(sub) if low >= 1 else None
    if op is sre_c.ASSERT:
        return _needs_seq(av[1])
    return None  # a class, any character, a negative lookaround, a position: no string


_REACH: dict[tuple[str, int, int], int | None] = {}
_PARSED: dict[tuple[str, int], Any] = {}


def reach(pattern: re.Pattern[str], white: int) -> int | None:
    """The most characters ``pattern`` can look at from where a match starts (lookaheads and the
    character after a ``\\b`` included), when no run of white space is longer than ``white``; None
    when it has no bound (an unbounded repeat of something other than white space) or can match
    nothing at all."""
    key = (pattern.pattern, pattern.flags, white)  # a pattern's hash reads all its code: its text's is kept
    if key not in _REACH:
        if key[:2] not in _PARSED:
            parsed = sre_parse.parse(pattern.pattern, pattern.flags)
            _PARSED[key[:2]] = parsed, least(parsed) == 0  # an empty match needs no anchor: no window
        parsed, empty = _PARSED[key[:2]]
        got = _seq(parsed, white)
        _REACH[key] = None if got is None or empty else got[1]
    return _REACH[key]


_white: tuple[str, int] = ("", 1)  # the last text and its longest run of white space, swapped whole


def _longest_white(text: str) -> int:
    global _white
    last = _white
    if last[0] is not text:
        last = _white = (text, max((len(r) for r in _WHITE_RUN.findall(text)), default=1))
    return last[1]


# Letters that a pattern with re.IGNORECASE matches to an ASCII letter, though lower() does not give it
# (lower() of "İ" is two characters): folded first, so that the text in lower case keeps every place.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def folded(text: str) -> str:
    """``text`` in lower case, place for place: an anchor written in lower case and searched in it
    without re.IGNORECASE finds what it would find in ``text`` with re.IGNORECASE."""
    if text.isascii() or not any(c in text for c in "\u0130\u0131\u017f"):
        return text.lower()
    return text.translate(_FOLD).lower()


Anchor = tuple[str, re.Pattern[str]]  # a word that must be in the folded text, and the anchor that begins with it
Spec = tuple[str, str]  # the word an anchor begins with, and the anchor's pattern


def _words(words: str | list[str] | tuple[str, ...], then: str = "") -> list[Spec]:
    """One anchor per word, the word followed by ``then``."""
    names = words.split("|") if isinstance(words, str) else words
    return [(_lead(w), f"{w}{then}") for w in dict.fromkeys(names)]


def _lead(regex: str) -> str:
    """The letters every match of a pattern begins with ("may" of "may\\s+day", "mother" of
    "mother['’]?s", "" of "\\d…"), read from its parse: a quantifier or a branch ends them."""
    lead = ""
    for op, av in sre_parse.parse(regex):
        if op is not sre_c.LITERAL or not "a" <= chr(av) <= "z":
            break
        lead += chr(av)
    return lead


def _one(regex: str) -> Spec:
    return _lead(regex), regex


def _anchors(*specs: Spec) -> tuple[Anchor, ...]:
    """The anchors, one pattern per first word, words that begin with a shorter one ("january",
    "jan") put with it: a word not in the text costs one substring test, and a word in it a search
    that skips to the word (re moves the common beginning out of "jan…|january…" by itself). One
    pattern "(?:a|b)…" would be tried at almost every place."""
    groups: dict[str, list[str]] = {}
    for lead, regex in sorted(specs, key=lambda s: len(s[0])):
        key = next((k for k in groups if k and lead.startswith(k)), lead)
        groups.setdefault(key, []).append(f"(?:{regex})")
    return tuple((lead, re.compile("|".join(dict.fromkeys(group)))) for lead, group in groups.items())


_Found = list[tuple[int, int]]
# The last text, folded, and the anchors found in it by anchor set (HOLIDAY and HOLIDAY_ANY share theirs),
# kept as one tuple that is swapped whole, so that threads never mix two texts.
_last: tuple[str, str, dict[int, tuple[tuple[Anchor, ...], _Found]]] = ("", "", {})


def _anchored(anchors: tuple[Anchor, ...], text: str) -> _Found:
    """The spans of the anchors in ``text``, in order of their starts."""
    global _last
    last = _last
    if last[0] is not text:
        last = _last = (text, folded(text), {})
    kept = last[2].get(id(anchors))
    if kept is not None and kept[0] is anchors:
        return kept[1]
    low = last[1]
    found = sorted((a.start(), a.end()) for word, anchor in anchors if word in low for a in anchor.finditer(low))
    last[2][id(anchors)] = (anchors, found)
    return found


def windowed(pattern: re.Pattern[str], anchors: tuple[Anchor, ...], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, searched only around the anchors (searched in
    :func:`folded` text): every match of ``pattern`` must look at (hold, or see in a lookahead)
    the start of an anchor."""
    found = _anchored(anchors, text)
    if not found:
        return []
    far = reach(pattern, _longest_white(text))
    if far is None:
        return list(pattern.finditer(text))
    far += 1
    windows: list[list[int]] = []
    for start, end in found:  # a match that looks at an anchor starts at most `far` before it
        lo = max(0, start - far)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([lo, end])
    out: list[re.Match[str]] = []
    done = 0  # where the last match ended: finditer goes on from there
    size = len(text)
    for lo, hi in windows:
        for m in pattern.finditer(text, max(lo, done), min(size, hi + far)):
            if m.start() > hi:
                break  # past the window, the cut text may mislead the pattern
            out.append(m)
            done = m.end()
    return out


# Anchors are in lower case, searched in folded text without re.IGNORECASE; each begins with a
# letter (or a digit), so that re skips quickly to the places where it may start.
_HW = timex._HW.split("|")  # one … twelve
_MW = ("five", "ten", "fifteen", "twenty", "thirty", "forty", "fifty")  # the words of timex._MW
_WEEKDAYS = timex._WEEKDAY_WORD.split("|")

# --- CLOCK_TALK: each of its forms holds one of these -------------------------------------------------------
_CLOCK_ANCHORS = _anchors(
    # "a quarter past 3", "half to nine", "5 minutes to 7", "twenty-five past 4"
    *_words(("quarter", "half", "min", *_MW), rf"(?:ute)?s?\s+(?:past|to)\s+(?:\d|{timex._HW})"),
    # "11ish", "3 p . m .", "at 7p" (a letter after it, as in "7pm", is EXTRA's; folded text keeps what \w is)
    _one(r"\d(?:\s*(?:ish|[ap]\s\.)|[ap](?!\w|\.\w))"),
    *_words((*_HW, *_MW, "clock"), r"\s*[ap]\.?m"),  # "six pm", "twenty-five am", "7 o'clock pm"
    # an hour after a word of timex._AT, told with a part of the day after it: "at 5 in the morning"
    *_words(("at", "by", "around", "about", "circa", "than", "before", "after", "until", "till"),
            rf"\s+(?:\d|{timex._HW})(?=[\s\S]*?(?:morning|afternoon|evening|night))"),
    # a day or a part of it just before one of the words before an hour: "tonight around 7", "Monday, at 9"
    *_words(("today", "tomorrow", "yesterday", "night", "morning", "afternoon", "evening", *_WEEKDAYS),
            r"\s*,?\s*(?:at|around|about|by|circa|before|after|later)\s"),
    *_words(_HW, "-"),  # "seven-thirty tomorrow"
)
_CLOCK_TALK_FOR = "fd219f8f7e11a09a"  # fingerprint(timex.CLOCK_TALK) the anchors were checked against

# --- ODD_DATE: one anchor per shape of timex._ODD_SHAPES ---------------------------------------------------
_MONTHS = timex._MONTH_NAME.removeprefix("(?:").removesuffix(")").replace("(?-i:May)", "may").split("|")
_FULL_MONTHS = timex._FULL_MONTH.removeprefix("(?:").removesuffix(")").replace("(?-i:May)", "may").split("|")
_ODD_ANCHORS = _anchors(
    *_words(_MONTHS, r"(?:[-/.]?\d|\s+in\s+\d)"),  # "Sep-23-2020", "Dec31, 1994", "June in 2020"
    _one(rf"\d(?:[-/.](?:{'|'.join(_MONTHS)})|\d{{7}})"),  # "2020/Sep/23", "23-2020-September", "20170302"
    _one(rf"of\s+(?:{'|'.join(_FULL_MONTHS)})"),  # "the fourth of July"
    *_words(_FULL_MONTHS, rf"\s+(?:the\s+)?(?:{timex._ORD_WORD})"),  # "July the fourth"
    *_words(_WEEKDAYS, r",?\s+the\s"),  # "Tuesday the eleventh"
    _one("month"), _one(r"week\s+of"),  # "the 15th day of next month", "the first week of 2015"
)
_ODD_DATE_FOR = "f6bc1c0b9b1f027b"  # fingerprint(timex.ODD_DATE)

# --- HOLIDAY_ANY: the name of the holiday, its group "h" ----------------------------------------------------
_HOLIDAY_ANCHORS = _anchors(*_words([  # each name, as the pattern spells it
    re.escape(h).replace("'", "['’]?").replace(r"\ ", r"\s+")
    for h in (*timex._FIXED_HOLIDAYS, *timex._MOVABLE_HOLIDAYS, *timex._HOLIDAY_ALIASES)]))
_HOLIDAY_ANY_FOR = "ae397aa38cc95cb1"  # fingerprint(timex.HOLIDAY_ANY)
_HOLIDAY_FOR = "f58a43093ffb88c6"  # fingerprint(timex.HOLIDAY)


# --- EXTRA: clock times next to a day, words of time and of how often ----------------------------------------
_EXTRA_ANCHORS = _anchors(
    _one(r"\d(?:\s*[ap]\.?m|[:.][0-5]\d)"),  # "9pm today", "Monday at 10:30", "3:07:35", "14:00 GMT"
    *_words(("now", "currently", "presently", "recently", "lately", "future", "daily", "weekly", "monthly",
             "annual", "yearly", "hourly", "nightly", "noon", "midnight", "every", "each", "fortnightly", "once",
             "twice", "moment", "present")),  # "nowadays", "bi-weekly", "semi-annually", "half-yearly", "everyday"
    *_words(("this", "last", "next", "previous", "following", "coming"),
            rf"\s+(?:{timex._WEEKDAY_WORD}|{'|'.join(m for m in _FULL_MONTHS)})"),  # "next Friday", "last May"
    *_words(("at",), r"\s+this\s+time"), *_words(("to",), r"\s+date"),
    *_words(("a", "per"), r"\s+(?:day|week|month|year)"),  # "twice a week", "per year"
    *_words(("in",), r"\s+the\s+(?:morning|afternoon|evening|daytime)"), *_words(("end",), r"\s+of"),
    *_words(("today", "tomorrow", "yesterday"), r"\s+[ap]m"),
)
_EXTRA_FOR = "ac4157be4987eacb"  # fingerprint(timex.EXTRA)


class _Scan:
    """The scan of one pattern of timex, by name, with the anchors checked against its fingerprint."""

    def __init__(self, name: str, anchors: tuple[Anchor, ...], checked: str) -> None:
        self.name, self.anchors, self.checked = name, anchors, checked
        self._seen: re.Pattern[str] | None = None  # the pattern last found to have that fingerprint

    def __call__(self, text: str) -> list[re.Match[str]]:
        pattern: re.Pattern[str] = getattr(timex, self.name)
        if pattern is not self._seen:
            if fingerprint(pattern) != self.checked:
                return list(pattern.finditer(text))  # the pattern changed since the anchors were checked
            self._seen = pattern
        return windowed(pattern, self.anchors, text)


_CLOCK_TALK = _Scan("CLOCK_TALK", _CLOCK_ANCHORS, _CLOCK_TALK_FOR)
_ODD_DATE = _Scan("ODD_DATE", _ODD_ANCHORS, _ODD_DATE_FOR)
_HOLIDAY_ANY = _Scan("HOLIDAY_ANY", _HOLIDAY_ANCHORS, _HOLIDAY_ANY_FOR)
_HOLIDAY = _Scan("HOLIDAY", _HOLIDAY_ANCHORS, _HOLIDAY_FOR)  # the same names, capitalised
_EXTRA = _Scan("EXTRA", _EXTRA_ANCHORS, _EXTRA_FOR)


def clock_talk(text: str) -> list[re.Match[str]]:
    """``timex.CLOCK_TALK.finditer(text)``, as a list: "half past 3", "at 7p", "six pm"."""
    return _CLOCK_TALK(text)


def odd_dates(text: str) -> list[re.Match[str]]:
    """``timex.ODD_DATE.finditer(text)``, as a list: "Sep-23-2020", "the 15th day of next month"."""
    return _ODD_DATE(text)


def holidays_any(text: str) -> list[re.Match[str]]:
    """``timex.HOLIDAY_ANY.finditer(text)``, as a list: "easter 2018", "next new year's day"."""
    return _HOLIDAY_ANY(text)


def holidays(text: str) -> list[re.Match[str]]:
    """``timex.HOLIDAY.finditer(text)``, as a list: "Christmas Eve", "Thanksgiving, 2019"."""
    return _HOLIDAY(text)


def extra_times(text: str) -> list[re.Match[str]]:
    """``timex.EXTRA.finditer(text)``, as a list: "Monday at 10:30", "twice a week", "nowadays"."""
    return _EXTRA(text)


# --- timex.more_spans: each form is searched around the words of its gate that its matches hold ---------------
# Each form of timex._MORE_FORMS comes with one or two sets of words a text must hold for it to be searched.
# Every match of a form holds a word of its first set ("9.am." holds "am", "every weekend" "every") except
# for the forms named here by their first set, whose matches hold a word of the second: "for 10D" looks
# back at "for" but holds "d"; "April of 87" holds "april" as well as "of"; "one and a half years" "half".
_MORE_BY_SECOND = (frozenset({"for", "lasted"}), frozenset({"of"}), frozenset({"and"}))
_MORE_FOR = "a6dd22344cdbc93c"  # fingerprint(timex.MORE_SPANS) the gates were checked against
_MORE_ANCHORS = tuple(_anchors(*_words(sorted(second if first in _MORE_BY_SECOND else first)))
                      for first, second, _ in timex._MORE_SCANS)


_more_seen: list[re.Pattern[str]] = []  # timex.MORE_SPANS, once found to have the fingerprint checked


# Below this length a form whose words the text holds is searched in full: the anchors cost more than they save.
_MORE_SHORT = 500


def more_spans(text: str) -> list[re.Match[str]]:
    """``timex.more_spans(text)``: each form searched only around the words its matches hold (in a
    text of ``_MORE_SHORT`` characters or more)."""
    if len(text) < _MORE_SHORT:
        return timex.more_spans(text)
    return more_spans_windowed(text)


def more_spans_windowed(text: str) -> list[re.Match[str]]:
    """``timex.more_spans(text)``, each form searched around the anchors of its words, whatever the length."""
    if timex.MORE_SPANS not in _more_seen:
        if fingerprint(timex.MORE_SPANS) != _MORE_FOR or len(_MORE_ANCHORS) != len(timex._MORE_SCANS):
            return timex.more_spans(text)  # the forms changed since their anchors were checked
        _more_seen[:] = [timex.MORE_SPANS]
    return timex.more_spans(text, lambda i, scan: windowed(scan, _MORE_ANCHORS[i], text))
