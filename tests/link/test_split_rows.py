"""One figure of one thing that the facts code splits over rows, joined again (link/split_rows.py), and the
splits that must stay apart."""

from __future__ import annotations

from storyline.link.dissent import join_dissent
from storyline.link.kindred_rows import join_kindred
from storyline.link.reconcile import _key, interval
from storyline.link.split_rows import counts_alike, one_noun, seconds
from storyline.model import Claim, Fact
from tests.link.made_claims import claim, things

GUARDS_SENT = claim("a:c1", "Some 300", 300, "Some 300 prison guards were sent to the compound overnight.",
                    measure="deployed", counted="prison guards", role="responders", qualifier="about")
GUARDS = claim("b:c1", "About 300", 300, "About 300 guards ringed the walls until dawn.", counted="guards",
               role="responders", qualifier="about")


def _row(*claims: Claim) -> Fact:
    first = claims[0]
    return Fact(id=f"s:{first.id}", label=first.counted or "amount", measure=first.measure, subject_group="mixed",
                location="Harwick", claims=tuple(c.id for c in claims), low=first.low, high=first.high,
                assessment="consistent" if len({c.article for c in claims}) > 1 else "single_source",
                explanation="", counted=first.counted, role=first.role, sources=len({c.article for c in claims}))


def _made(ids: list[str]) -> Fact:
    return Fact(id="s:joined", label="joined", measure="count", subject_group="mixed", location="Harwick",
                claims=tuple(ids), low=None, high=None, assessment="consistent", explanation="re-judged",
                sources=len({i.split(":")[0] for i in ids}))


def _kindred(*claims: Claim, early: frozenset[str] = frozenset()) -> list[set[str]]:
    every = {c.id: c for c in claims}
    made = join_kindred([_row(c) for c in claims], every, shown=[], early=early, copies={}, make=_made)
    return [set(f.claims) for f in made]


def _dissent(shown: list[tuple[Claim, ...]], left: Claim) -> list[set[str]]:
    every = {c.id: c for c in (*(c for row in shown for c in row), left)}
    rows = join_dissent([_row(*row) for row in shown], [_row(left)], every, copies={}, parts=frozenset(), key=_key,
                        span=interval, make=_made)
    return [set(f.claims) for f in rows]


def test_counts_told_with_two_verbs_are_one_count() -> None:
    assert counts_alike("deployed", "count")
    assert counts_alike("killed", "killed")
    assert not counts_alike("count", "duration")
    assert not counts_alike("money", "price")


def test_one_noun_reads_a_shared_word_of_the_nouns() -> None:
    assert one_noun([GUARDS_SENT], [GUARDS], measure="count", value=300)
    weeks = claim("a:c2", "nine", 9, "Nine weeks of talks ended on Friday.", measure="duration", unit="weeks",
                  counted="weeks of talks", role="other")
    plain = claim("b:c2", "nine", 9, "The talks had lasted nine weeks.", measure="duration", unit="weeks",
                  counted="weeks", role="other")
    assert one_noun([weeks], [plain], measure="duration", value=9)


def test_one_noun_wants_more_than_a_handful_a_whole_count_and_not_just_people() -> None:
    two = things("a:c3", "two", 2, "Two ferries left the quay.", "ferries")
    other_two = things("b:c3", "two", 2, "Both crossings used two ferries.", "ferries")
    assert not one_noun([two], [other_two], measure="count", value=2)
    average = things("a:c4", "11.4", 11.4, "She averaged 11.4 rebounds over the winter.", "rebounds")
    again = things("b:c4", "11.4", 11.4, "Her 11.4 rebounds led the league.", "rebounds")
    assert not one_noun([average], [again], measure="count", value=11.4)
    millions = things("a:c5", "1.5 million", 1_500_000, "Some 1.5 million ballots were cast.", "ballots")
    more = things("b:c5", "1.5 million", 1_500_000, "Officials counted 1.5 million ballots.", "ballots")
    assert one_noun([millions], [more], measure="count", value=1_500_000)
    crowd = claim("a:c6", "40", 40, "Some 40 people gathered at the gate.")
    others = claim("b:c6", "40", 40, "Police said 40 people were arrested.")
    assert not one_noun([crowd], [others], measure="count", value=40)


def test_one_figure_of_one_noun_typed_with_two_measures_is_one_row_though_told_late() -> None:
    assert _kindred(GUARDS_SENT, GUARDS) == [{"a:c1", "b:c1"}]


def test_two_measures_of_two_nouns_stay_apart() -> None:
    buses = things("b:c7", "About 300", 300, "About 300 buses ran on the night routes.", "buses",
                   qualifier="about")
    assert _kindred(GUARDS_SENT, buses, early=frozenset({"a:c1", "b:c7"})) == []


def test_a_small_figure_told_late_by_both_stays_apart() -> None:
    crews = things("a:c8", "four", 4, "Four crews worked through the night.", "crews")
    more = things("b:c8", "four", 4, "By then four crews had arrived from the coast.", "crews")
    assert _kindred(crews, more) == []


def test_close_figures_of_one_noun_stay_apart() -> None:
    about = things("a:c9", "nearly 90", 90, "Nearly 90 stalls were shut by the council.", "stalls",
                   qualifier="almost")
    more = things("b:c9", "85", 85, "The council shut 85 stalls on the square.", "stalls")
    assert _kindred(about, more, early=frozenset({"a:c9", "b:c9"})) == []


RATE = (claim("a:r1", "about 14%", 14, "Rents rose by about 14% over the year.", measure="percent",
              unit="percent", counted="rents", role="objects", qualifier="about"),
        claim("b:r1", "14 per cent", 14, "The landlords' body said rents climbed 14 per cent.", measure="percent",
              unit="percent", counted="rents", role="objects"))


def test_a_left_out_figure_the_shown_row_prints_is_its_next_source() -> None:
    bare = claim("c:r1", "14%", 14, "A rise of 14% was steeper than wages.", measure="percent", unit="percent",
                 counted=None, role="objects")
    assert _dissent([RATE], bare) == [{"a:r1", "b:r1", "c:r1"}]


def test_a_figure_of_another_noun_with_no_word_beside_in_common_stays_out() -> None:
    fares = claim("c:r2", "14%", 14, "Bus fares went up 14% in March.", measure="percent", unit="percent",
                  counted="fares", role="objects")
    assert _dissent([RATE], fares) == [{"a:r1", "b:r1"}]


def test_a_reference_to_things_named_before_never_seconds_a_row() -> None:
    crews = (things("a:k1", "two", 2, "Two crews rescued the hikers.", "crews"),
             things("b:k1", "two", 2, "The hikers were lifted out by two crews.", "crews"))
    both = things("c:k1", "Both", 2, "Both crews were praised by the mayor.", "crews")
    assert not seconds([both], list(crews), copies={})


def test_a_figure_from_an_outlet_of_the_row_or_its_copy_is_no_second_source() -> None:
    again = claim("b:r3", "14%", 14, "Rents are 14% dearer than last spring.", measure="percent", unit="percent",
                  counted="rents", role="objects")
    assert not seconds([again], list(RATE), copies={})
    wire = claim("w:r3", "14%", 14, "Rents are 14% dearer than last spring.", measure="percent", unit="percent",
                 counted="rents", role="objects")
    assert not seconds([wire], list(RATE), copies={"w": "a"})


def test_a_span_of_the_same_length_never_seconds_a_row() -> None:
    term = (claim("a:t1", "seven", 7, "The lease on the depot runs for seven years.", measure="duration",
                  unit="years", counted=None, role="other"),
            claim("b:t1", "seven", 7, "Tenants signed for seven years.", measure="duration", unit="years",
                  counted=None, role="other"))
    tenure = claim("c:t1", "seven", 7, "The tenants have run the depot for seven years.", measure="duration",
                   unit="years", counted=None, role="other")
    assert not seconds([tenure], list(term), copies={})
