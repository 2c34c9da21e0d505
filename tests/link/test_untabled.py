"""Counts a reader would not tabulate, on sentences written for these tests: a number that only
points back at a set already named ("both pilots", "the two firms"), a size joined to another in one
modifier ("the 11- and 13-inch models")."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.link.untabled import anaphoric, joined_size, only_references
from storyline.model import Article, Claim


def count(cid: str, number_text: str, value: float | None, text: str, *, counted: str = "pilots",
          measure: str = "count", role: str = "other", qualifier: str = "exact") -> Claim:
    low = high = value if qualifier == "exact" else None
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=low, high=high, qualifier=qualifier, unit=None, measure=measure, subject=None,
                 subject_group="mixed", location="Valland", as_of=None, attributed_to=None, counted=counted,
                 role=role)


def art(aid: str, *claims: Claim) -> Article:
    # each outlet's own words, so that no two read as copies of one wire text
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=" ".join(c.text for c in claims),
                   published="2024-05-02", outlet=aid, claims=claims)


# -- a number that points back at a set already named ---------------------------------------------

def test_both_or_a_definite_number_points_back() -> None:
    for number_text, text, counted in (
            ("Both", "Both pilots walked away from the wreck unhurt.", "pilots"),
            ("both", "Talks stalled because both unions refused the offer.", "unions"),
            ("two", "Trade between the two republics has halved since the border closed.", "republics"),
            ("three", "Regulators said these three lenders had hidden their losses.", "lenders"),
            ("12", "The mayor thanked those 12 volunteers at the ceremony.", "volunteers")):
        assert anaphoric(count("a:c1", number_text, 2, text, counted=counted)), text


def test_a_plain_number_an_ordinal_a_partitive_or_a_relative_clause_is_told() -> None:
    assert not anaphoric(count("a:c1", "two", 2, "Two pilots were flying the plane when it crashed."))
    assert not anaphoric(count("a:c1", "third", 3, "The third pilot was rescued by a fishing boat."))
    # the whole a part is measured against: "two of the five pilots"
    assert not anaphoric(count("a:c1", "five", 5, "Two of the five pilots were hurt in the crash."))
    assert not anaphoric(count("a:c1", "40", 40, "Half of the 40 seats went to the opposition.", counted="seats"))
    # a relative clause names the set there and then
    assert not anaphoric(count("a:c1", "nine", 9, "The museum honours the nine climbers who died on the ridge.",
                               counted="climbers"))
    assert not anaphoric(count("a:c1", "four", 4, "Police named the four firms that won the contracts.",
                               counted="firms"))
    # a toll or an arrest is the story's own measure, whatever points at it
    assert not anaphoric(count("a:c1", "two", 2, "The two guards were killed at the gate.", measure="killed"))
    # a vague amount is no reference to a set counted before
    assert not anaphoric(count("a:c1", "dozens", None, "The mayor thanked the dozens of volunteers.",
                               counted="volunteers", qualifier="vague"))


def test_a_fact_every_outlet_only_points_at_is_left_out() -> None:
    facts = reconcile([art("a", count("a:c1", "two", 2, "Relations between the two republics have soured.",
                                      counted="republics", role="objects")),
                       art("b", count("b:c1", "two", 2, "The two republics traded accusations at the summit.",
                                      counted="republics", role="objects"))],
                      story="s")
    assert [f for f in facts if f.counted == "republics"] == []


def test_a_fact_an_outlet_tells_as_a_number_keeps_its_references() -> None:
    facts = reconcile([art("a", count("a:c1", "Both", 2, "Both pilots ejected before the jet hit the hillside.")),
                       art("b", count("b:c1", "two", 2, "Two pilots ejected before the crash, the air force said."))],
                      story="s")
    pilots = [f for f in facts if f.counted == "pilots"]
    assert len(pilots) == 1 and set(pilots[0].claims) == {"a:c1", "b:c1"}
    assert only_references(pilots[0].claims, frozenset({"a:c1"})) is False


# -- a size joined to another ---------------------------------------------------------------------

def test_sizes_joined_in_one_modifier_are_no_count() -> None:
    for number_text, text in (("11", "Storage is doubled in the 11- and 13-inch models."),
                              ("13", "The 13 - and 15 - inch laptops ship next week."),
                              ("24", "Buyers can pick 24-, 27- or 32-inch screens."),
                              ("15", 'The 15" models have faster chips.')):
        assert joined_size(count("a:c1", number_text, float(number_text), text, counted="models",
                                 role="objects")), text


def test_counts_joined_by_a_conjunction_stay() -> None:
    assert not joined_size(count("a:c1", "two", 2, "The flats have two and three bedrooms.", counted="bedrooms"))
    assert not joined_size(count("a:c1", "11", 11, "The firm sold 11 laptops and 13 phones.", counted="laptops"))
    assert not joined_size(count("a:c1", "40", 40, "Forty - two runners finished.", counted="runners"))

