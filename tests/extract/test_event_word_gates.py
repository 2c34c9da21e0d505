"""The events step searches some sentence patterns only in sentences that hold one of the words every match
of the pattern holds (events._holds, reading's _REPORTED_WORDS): each gate must pass wherever its pattern finds
something, whatever the case or the letters IGNORECASE takes for ASCII ones (ı, ſ, the Kelvin sign)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract import events, reading

GATES = [
    (events._EARLY_DAYS, events._EARLY_DAYS_WORDS),
    (events._SINCE_DATE, events._SINCE_WORDS),
    (events._SINCE_START, events._SINCE_WORDS),
    (events._STARTED, events._STARTED_WORDS),
    (events._UNTIL, events._UNTIL_WORDS),
    (events._SAME_TIME, events._SAME_TIME_WORDS),
    (events._NTH_DAY, events._NTH_DAY_WORDS),
    (events._SITE_WORDS, events._SITE_NAMES),
    (events._LENGTH_BEFORE, events._LENGTH_BEFORE_WORDS),
    (reading._REPORTED_ON, reading._REPORTED_WORDS),
]

VOCAB = ["the", "early", "FIRST", "fırst", "days", "weeks", "of", "new", "year", "2021", "since", "ſince", "beginning",
         "unrest", "began", "Begun", "started", "broke", "out", "erupted", "flared", "was", "hit", "by", "kicked",
         "off", "until", "TILL", "through", "to", "last", "same", "period", "day", "that", "at", "time", "third",
         "5th", "protests", "airport", "Square", "hospital", "city", "hall", "akimat", "parliament", "embassy",
         "terminal", "two", "hours", "before", "after", "earlier", "later", "said", "SAYS", "reported", "told",
         "reporters", "on", "Monday", "March", "3", ",", ".", "Kabul"]

SENTENCES = [
    "Protests began in the capital and broke out again on the third day of the unrest.",
    "Since the beginning of the crisis, officials said on Monday, the airport has stayed shut until March 3.",
    "The curfew runs through Friday; at the same time the parliament met in the city hall.",
    "In the early days of 2021 the strike flared, two hours before the vote, and the embassy was hit by rockets.",
    "ſINCE JANUARY THE CITY WAS KICKED OFF THE LIST, THE MINISTER TOLD REPORTERS ON TUESDAY.",
    "Nothing of the kind is named here.",
]


def _check(text: str) -> None:
    for pattern, words in GATES:
        if pattern.search(text):
            assert events._holds(text, words), (pattern.pattern[:40], text)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(VOCAB), max_size=14).map(" ".join))
def test_each_gate_passes_where_its_pattern_matches(text: str) -> None:
    _check(text)
    _check(text.upper())


def test_the_gates_on_sentences_of_my_own() -> None:
    for text in SENTENCES:
        _check(text)
    assert events._holds(SENTENCES[4], events._SINCE_WORDS)  # "ſINCE" is "since" to IGNORECASE
    assert not events._holds(SENTENCES[5], events._STARTED_WORDS)
