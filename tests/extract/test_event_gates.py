"""The strings a pattern needs (time_scan.needs) and the event types read with them: a sentence that
holds none of a trigger's strings is not searched, and the types found are those the full search finds."""

from __future__ import annotations

import random
import re

import pytest

from storyline.extract import events, time_scan


def test_needs_reads_literals_branches_repeats_and_lookarounds() -> None:
    assert time_scan.needs(re.compile(r"\bcurfew")) == {"curfew"}
    assert time_scan.needs(re.compile(r"\bkill\w*|\bdied\b|\bdie\b|death toll")) == {"kill", "die", "death toll"}
    assert time_scan.needs(re.compile(r"ab\w*cdef")) == {"cdef"}  # the longer of two runs
    assert time_scan.needs(re.compile(r"(?:x|yz)+w")) == {"w"}  # as short as "x", and one string, not two
    assert time_scan.needs(re.compile(r"(?:xy|yz)+w")) == {"xy", "yz"}  # its shortest is longer than "w"
    assert time_scan.needs(re.compile(r"(?=.*harbour)\w+")) == {"harbour"}
    assert time_scan.needs(re.compile(r"(?<=port )\d+")) == {"port "}


def test_needs_gives_nothing_where_a_match_may_hold_no_fixed_string() -> None:
    assert time_scan.needs(re.compile(r"\d+")) is None
    assert time_scan.needs(re.compile(r"strike|\w+ed")) == {"strike", "ed"}
    assert time_scan.needs(re.compile(r"strike|\w+")) is None  # one alternative without a string
    assert time_scan.needs(re.compile(r"(?:riot)?\s+")) is None  # an optional group
    assert time_scan.needs(re.compile(r"(?!riot)\w")) is None
    assert time_scan.needs(re.compile(r"curfew", re.IGNORECASE)) is None  # case folded: not read here
    assert time_scan.needs(re.compile(r"(?i:curfew)")) is None
    assert time_scan.needs(re.compile(r"a|")) is None


SENTENCES = [
    "Troops were deployed to the border after clashes left three people dead.",
    "The mayor said on Tuesday that the curfew would be lifted.",
    "Demonstrators marched through the capital and later rallied outside parliament.",
    "Police arrested 40 people after looting and arson in the port.",
    "He was removed from his post as head of the security council, officials announced.",
    "The government resigned after fuel prices doubled overnight.",
    "Internet connections were cut across the region; airports were closed.",
    "A state of emergency was declared and the threat level raised to its highest.",
    "Gunfire and explosions were heard as the crowd was dispersed with tear gas.",
    "Protesters stormed the akimat building and set it on fire.",
    "President Tokayev called the Russian foreign minister and asked Moscow for help.",
    "In March 5 people were injured; the March 8 parade went ahead.",
    "Nobody was hurt, the company says, and the plant remains open.",
    "The price cap on fuel was restored, and peacekeepers began to arrive.",
    "A quiet day: the council met and the budget passed.",
    "",
]


def _ungated(s_text: str, low: str) -> list[str]:
    kinds = [kind for kind, pattern in events._COMPILED
             if pattern.search(s_text if kind in events._COMPILED_CASED else low)]
    if len(kinds) > 1 and "statement" in kinds:
        kinds.remove("statement")
    return kinds


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_types_are_those_the_full_search_finds(sentence: str) -> None:
    assert events._types(sentence, sentence.lower()) == _ungated(sentence, sentence.lower())


def test_the_sentences_hold_most_types() -> None:
    found = {kind for s in SENTENCES for kind in events._types(s, s.lower())}
    assert len(found) >= 18


def _pieces() -> list[str]:
    """The words and bits of every trigger pattern, and words near them."""
    bits: set[str] = set()
    for _, pattern in events.TRIGGERS:
        bits.update(w for w in re.split(r"[^A-Za-z' -]+", pattern) if w.strip())
    return [*sorted(bits), "the", "a", "of", "in", "was", "were", "on", "Monday", "5", "March 3", ".", ",",
            "said", "Minister", "minister", "prices", "marching"]


@pytest.mark.parametrize("seed", range(6))
def test_texts_put_together_at_random_give_the_same_types(seed: int) -> None:
    rng = random.Random(seed)
    pieces = _pieces()
    gates = [(kind, pattern, time_scan.needs(pattern)) for kind, pattern in events._COMPILED]
    for _ in range(400):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 14))]
        text = rng.choice([" ", "", "  "]).join(words)
        low = text.lower()
        assert events._types(text, low) == _ungated(text, low), text
        for kind, pattern, gate in gates:
            seen = text if kind in events._COMPILED_CASED else low
            if gate is not None and pattern.search(seen):
                assert any(word in seen for word in gate), (kind, text)


def test_folded_needs_reads_lower_case_strings_from_case_blind_patterns() -> None:
    assert time_scan.folded_needs(re.compile(r"\bCurfew\b", re.IGNORECASE)) == ("curfew",)
    assert time_scan.folded_needs(re.compile(r"\b(?:fled|Evacuated)\b", re.IGNORECASE)) == ("fled", "evacuated")
    # two patterns behind one gate: the strings of both, without one that holds another
    assert time_scan.folded_needs(re.compile(r"since\s+\w+", re.I), re.compile(r"since the start", re.I)) == ("since",)


@pytest.mark.parametrize("pattern", [re.compile(r"curfew"), re.compile(r"\d+", re.I), re.compile(r"año", re.I),
                                     re.compile(r"strike|\w+", re.I)])
def test_folded_needs_refuses_a_pattern_it_cannot_gate(pattern: re.Pattern[str]) -> None:
    with pytest.raises(ValueError):
        time_scan.folded_needs(pattern)
