"""Sizes told as a modifier ("a nine-storey tower", "a 14-play drive", "a 410-horsepower engine") and counts
of an initialism ("19 KO"), kept when outlets of different sources tell them, on sentences written for these
tests."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.link.told_sizes import agreed_sizes, size_noun
from tests.link.made_claims import modifier, told


def test_the_noun_a_size_told_as_a_modifier_counts() -> None:
    assert size_noun(modifier("a:c1", "nine", 9, "Crews searched the nine-storey tower overnight.",
                              counted="storey")) == "storeys"
    assert size_noun(modifier("a:c1", "four", 4, "Flames gutted the four - story warehouse on Pell Street.",
                              counted="story")) == "storeys"
    assert size_noun(modifier("a:c1", "14", 14, "They answered with a 14-play drive to tie it.",
                              counted="play")) == "plays"
    assert size_noun(modifier("a:c1", "410", 410, "A 410 horsepower diesel engine drives the tug.",
                              counted="horsepower diesel engine")) == "horsepower"
    assert size_noun(modifier("a:c1", "19", 19, "Okafor (22-2, 19 KO) took the belt in the ninth.", counted="ko",
                              measure="count")) == "kos"


def test_a_kind_a_bare_level_or_an_initialism_before_a_noun_is_no_size() -> None:
    # a dimension that names a kind of thing, a share, a figure told as a part of something else
    assert size_noun(modifier("a:c1", "12", 12, "Deputies seized a 12-gauge shotgun.", counted="gauge")) is None
    assert size_noun(modifier("a:c1", "32", 32, "The update fixes 32-bit builds.", counted="bit")) is None
    # a level without a hyphen ("two story lines") or without a whole after it, one storey, decimals
    assert size_noun(modifier("a:c1", "two", 2, "The film weaves two story lines together.", counted="story")) is None
    assert size_noun(modifier("a:c1", "six", 6, "It climbed to the six-storey and stopped.", counted="storey")) is None
    assert size_noun(modifier("a:c1", "one", 1, "A one-storey shed burned.", counted="storey")) is None
    assert size_noun(modifier("a:c1", "2.5", 2.5, "A 2.5-storey house stood there.", counted="storey")) is None
    # an initialism that qualifies the noun after it counts that noun: "3 USB ports" are ports
    assert size_noun(modifier("a:c1", "3", 3, "The laptop has 3 USB ports on its left side.", counted="usb",
                              measure="count")) is None


def test_two_sources_in_their_own_words_agree_one_outlet_copies_and_other_values_do_not() -> None:
    a = told("a", modifier("a:c1", "nine", 9, "Crews searched the nine-storey tower overnight.", counted="storey"))
    b = told("b", modifier("b:c1", "nine", 9, "Residents fled the nine-storey block as the floors gave way.",
                           counted="storey"))
    kept = agreed_sizes([a, b])
    assert set(kept) == {"a:c1", "b:c1"}
    assert (kept["a:c1"].measure, kept["a:c1"].counted, kept["a:c1"].unit) == ("count", "storeys", "storeys")
    copy = told("c", modifier("c:c1", "nine", 9, "Crews searched the nine-storey tower overnight.", counted="storey"))
    assert agreed_sizes([a, copy]) == {}  # one text copied: one writer
    assert agreed_sizes([a, b], copies={"a": "a", "b": "a"}) == {}  # two outlets of one wire text
    other = told("d", modifier("d:c1", "eight", 8, "The eight-storey tower had stood since 1971.", counted="storey"))
    assert agreed_sizes([a, other]) == {}  # another value
    alone = told("e", modifier("e:c1", "nine", 9, "Crews searched the nine-storey tower overnight.", counted="storey"),
                 modifier("e:c2", "nine", 9, "The nine-storey tower was built in 1971.", counted="storey"))
    assert agreed_sizes([alone]) == {}  # one article repeating itself
    # "a 10-year-old boy", "a two-day visit": one outlet's background, whatever its noun, stays out
    visit = told("f", modifier("f:c1", "two", 2, "The minister began a two-day visit.", counted="day"))
    assert agreed_sizes([visit, a]) == {}


def test_a_modifier_agrees_with_a_plain_count_of_its_noun() -> None:
    ko = told("a", modifier("a:c1", "19", 19, "Okafor (22-2, 19 KO) took the belt in the ninth.", counted="ko",
                            measure="count"))
    kos = told("b", modifier("b:c1", "19", 19, "Okafor, who has 19 KOs in 24 fights, was never down.", counted="kos",
                             measure="count"))
    assert set(agreed_sizes([ko, kos])) == {"a:c1"}  # the plain count needs no keeping
    floors = told("c", modifier("c:c1", "nine", 9, "The tower's nine storeys folded within seconds.",
                                counted="storeys", measure="count"))
    tower = told("d", modifier("d:c1", "nine", 9, "Crews searched the nine-storey tower overnight.", counted="storey"))
    assert set(agreed_sizes([floors, tower])) == {"d:c1"}
    assert agreed_sizes([kos, floors]) == {}  # no modifier: nothing to keep


def test_an_agreed_size_reaches_the_facts_table_a_lone_one_does_not() -> None:
    a = told("a", modifier("a:c1", "nine", 9, "Crews searched the nine-storey tower overnight.", counted="storey"))
    b = told("b", modifier("b:c1", "nine", 9, "Residents fled the nine-storey block as the floors gave way.",
                           counted="storey"))
    facts = reconcile([a, b], story="s1")
    assert any(set(f.claims) == {"a:c1", "b:c1"} and f.measure == "count" and f.counted == "storeys" for f in facts)
    c = told("c", modifier("c:c1", "410", 410, "A 410-horsepower engine drives the new tug.", counted="horsepower"))
    d = told("d", modifier("d:c1", "410", 410, "Its 410 horsepower diesel engine was built in Finland.",
                           counted="horsepower diesel engine"))
    power = reconcile([c, d], story="s1")
    assert any(set(f.claims) == {"c:c1", "d:c1"} and f.counted == "horsepower" for f in power)
    lone = reconcile([a, told("e", modifier("e:c1", "six", 6, "A six-storey hotel stood nearby.", counted="storey"))],
                     story="s1")
    assert not any("a:c1" in f.claims or "e:c1" in f.claims for f in lone)


def test_an_initialism_ends_its_phrase_before_a_word_that_names_nothing() -> None:
    assert size_noun(modifier("a:c1", "97", 97, "He hit .291 with 97 RBI and 30 homers.", counted="rbi",
                              measure="count")) == "rbis"
    assert size_noun(modifier("a:c1", "two", 2, "The board fired two CEOs in a year.", counted="ceos",
                              measure="count")) is None  # a plain count: nothing to keep
    assert size_noun(modifier("a:c1", "40", 40, "A fleet of 40 LNG tankers sails weekly.", counted="lng",
                              measure="count")) is None
    # a decimal fraction whose point the reader split off is a rate, not a count
    assert size_noun(modifier("a:c1", "874", 874, "He posted a .874 OPS in June.", counted="ops",
                              measure="count")) is None
    assert size_noun(modifier("a:c1", "874", 874, "He posted a. 874 OPS in June.", counted="ops",
                              measure="count")) is None


def test_a_resolution_is_told_by_its_width_a_four_by_four_is_no_screen() -> None:
    assert size_noun(modifier("a:c1", "1920", 1920, "The tablet gets a 1920 x 1200 screen.", counted=None)) == "pixels"
    assert size_noun(modifier("a:c1", "640", 640, "A 640-by-480 panel sits above the keys.", counted=None)) == "pixels"
    assert size_noun(modifier("a:c1", "2560", 2560, "It shows 2560x1600 pixels.", counted=None)) == "pixels"
    assert size_noun(modifier("a:c1", "4", 4, "He rammed a 4x4 into the gate.", counted="x4")) is None
    assert size_noun(modifier("a:c1", "four", 4, "He rammed a four - by - four car into the gate.",
                              counted="by")) is None
    a = told("a", modifier("a:c1", "1920", 1920, "The tablet gets a 1920 x 1200 screen.", counted=None))
    b = told("b", modifier("b:c1", "1920", 1920, "Its display runs at 1920-by-1200, sharp enough for film.",
                           counted=None))
    kept = agreed_sizes([a, b])
    assert set(kept) == {"a:c1", "b:c1"} and (kept["b:c1"].measure, kept["b:c1"].unit) == ("resolution", "pixels")
