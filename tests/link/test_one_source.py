"""Rows one outlet alone gives, on sentences written for these tests: a figure that restates under
another noun what several outlets report for the same measure, a count that is only an order of size
("millions of listeners"), and a number that is a decade, an age or a name's possessive, read as a
count."""

from __future__ import annotations

from storyline.link.one_source import age_or_decade, name_number, order_of_size, restates, without_restatements
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim, Fact


def claim(cid: str, number_text: str, value: float | None, text: str, *, counted: str = "villagers",
          measure: str = "displaced", role: str = "victims", qualifier: str = "exact") -> Claim:
    low = high = value if qualifier == "exact" else None
    if qualifier == "more_than":
        low = value
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=low, high=high, qualifier=qualifier, unit="people", measure=measure, subject=None,
                 subject_group="mixed", location="Norland", as_of=None, attributed_to=None, counted=counted,
                 role=role)


def art(aid: str, *claims: Claim) -> Article:
    # each outlet's own words, so that no two read as copies of one wire text
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=" ".join(c.text for c in claims),
                   published="2024-09-12", outlet=aid, claims=claims)


def fact(fid: str, claims: tuple[Claim, ...], *, sources: int, measure: str = "displaced", role: str = "victims",
         counted: str = "villagers", scope: str | None = None, part_of: str | None = None) -> Fact:
    values = [c.value for c in claims if c.value is not None]
    return Fact(id=fid, label=f"{counted} {measure}", measure=measure, subject_group="mixed", location="Norland",
                claims=tuple(c.id for c in claims), low=min(values, default=None), high=max(values, default=None),
                assessment="consistent",
                explanation="", counted=counted, role=role, scope=scope, part_of=part_of, sources=sources)


FLED = (claim("a:c1", "8,000", 8000, "Floods drove 8,000 villagers from their homes."),
        claim("b:c1", "8,000", 8000, "Some 8,000 villagers fled the rising river, officials said."),
        claim("c:c1", "9,000", 9000, "About 9,000 villagers were displaced by the floods."),
        claim("e:c1", "8,000", 8000, "The floods left 8,000 villagers homeless."))


# -- a one-outlet figure that restates a several-outlet row ----------------------------------------

def test_the_figure_most_outlets_give_under_another_noun_is_a_restatement() -> None:
    several = fact("f1", FLED, sources=4)
    families = claim("d:c1", "8,000", 8000, "The river forced 8,000 residents to flee.", counted="residents")
    lone = fact("f2", (families,), sources=1, counted="residents")
    claims = {c.id: c for c in (*FLED, families)}
    assert restates(lone, several, claims)
    assert without_restatements([several, lone], claims) == [several]


def test_another_figure_role_measure_or_a_part_is_a_row_of_its_own() -> None:
    several = fact("f1", FLED, sources=4)
    # 9,000 is one outlet's figure among the several, not the one most of them give
    other_figure = claim("d:c1", "9,000", 9000, "Officials counted 9,000 farmers displaced.", counted="farmers")
    # rescuers are not the villagers who fled, whatever the figure
    rescuers = claim("d:c2", "8,000", 8000, "Some 8,000 rescuers were sent to the valley.", counted="rescuers",
                     measure="deployed", role="security_forces")
    # the same figure for another measure: the injured are not the displaced
    hurt = claim("d:c3", "8,000", 8000, "In all 8,000 villagers were hurt.", measure="injured")
    claims = {c.id: c for c in (*FLED, other_figure, rescuers, hurt)}
    assert not restates(fact("f2", (other_figure,), sources=1, counted="farmers"), several, claims)
    assert not restates(fact("f3", (rescuers,), sources=1, measure="deployed", role="security_forces",
                             counted="rescuers"), several, claims)
    assert not restates(fact("f4", (hurt,), sources=1, measure="injured"), several, claims)
    # a figure a narrower place or group is given apart from the total stays its own row
    assert not restates(fact("f5", (claim("d:c4", "8,000", 8000, "In Lowmere 8,000 villagers fled."),),
                             sources=1, scope="in Lowmere"), several, claims)


def test_two_bare_counts_restate_one_another_only_when_their_nouns_share_a_word() -> None:
    marchers = tuple(claim(f"{a}:c1", "300", 300, text, counted=counted, measure="count", role="other")
                     for a, text, counted in (("a", "Some 300 nurses marched on the ministry.", "nurses"),
                                              ("b", "About 300 nurses joined the march.", "nurses")))
    several = fact("f1", marchers, sources=2, measure="count", role="other", counted="nurses")
    # "300 striking nurses": the same nurses under a longer noun
    striking = claim("c:c1", "300", 300, "The 300 striking nurses carried banners.", counted="striking nurses",
                     measure="count", role="other")
    # "300 people" inside the hall is another count with the same figure
    hall = claim("c:c2", "300", 300, "The hall holds 300 people.", counted="people", measure="count", role="other")
    claims = {c.id: c for c in (*marchers, striking, hall)}
    assert restates(fact("f2", (striking,), sources=1, measure="count", role="other", counted="striking nurses"),
                    several, claims)
    assert not restates(fact("f3", (hall,), sources=1, measure="count", role="other", counted="people"),
                        several, claims)


def test_a_one_outlet_figure_that_no_larger_row_gives_stays() -> None:
    lone = claim("d:c1", "12", 12, "Twelve fishermen are still missing.", counted="fishermen", measure="missing")
    claims = {c.id: c for c in (*FLED, lone)}
    several, single = fact("f1", FLED, sources=4), fact("f2", (lone,), sources=1, measure="missing",
                                                        counted="fishermen")
    assert without_restatements([several, single], claims) == [several, single]


def test_the_table_keeps_the_quantity_once() -> None:
    # the outlets' figures vary (12 in three reports of seven), so that no rule folding one noun into
    # another on the figure most reports share takes the lone outlet's
    held = tuple(claim(f"{a}:c1", str(n), n, text, counted="suspects", measure="detained", role="perpetrators")
                 for a, n, text in (("a", 12, "Police detained 12 suspects after the raid."),
                                    ("b", 12, "Officers arrested 12 suspects at the port."),
                                    ("c", 12, "In all 12 suspects are in custody."),
                                    ("e", 10, "At first 10 suspects were held."),
                                    ("f", 14, "By Friday 14 suspects had been detained."),
                                    ("g", 9, "Nine suspects were arrested, the ministry said."),
                                    ("h", 15, "Reports put the suspects detained at 15.")))
    lone = claim("d:c1", "12", 12, "The raid netted 12 gang members, all now in jail.", counted="gang members",
                 measure="detained", role="perpetrators")
    facts = reconcile([art(c.article, c) for c in held] + [art("d", lone)], story="s1")
    rows = [f for f in facts if f.measure == "detained"]
    assert len(rows) == 1 and rows[0].sources == 7 and "d:c1" not in rows[0].claims


# -- an order of size one outlet alone gives -------------------------------------------------------

def test_an_order_of_size_one_outlet_gives_is_colour() -> None:
    for number_text, text, counted in (
            ("millions", "Her songs have reached millions of listeners around the world.", "listeners"),
            ("tens of thousands", "Tens of thousands of students now copy the singer's haircut.", "students"),
            ("thousands", "The app is used by thousands of farmers.", "farmers"),
            ("hundreds of thousands", "Hundreds of thousands of readers wrote to the paper.", "readers")):
        told = claim("a:c1", number_text, None, text, counted=counted, measure="count", role="other",
                     qualifier="vague")
        row = fact("f1", (told,), sources=1, measure="count", role="other", counted=counted)
        assert order_of_size(row, {told.id: told}), text


def test_a_number_a_smaller_amount_a_harm_or_several_outlets_keep_the_row() -> None:
    def row(number_text: str, value: float | None, text: str, *, measure: str = "count", qualifier: str = "vague",
            sources: int = 1) -> bool:
        told = claim("a:c1", number_text, value, text, counted="people", measure=measure, role="other",
                     qualifier=qualifier)
        return order_of_size(fact("f1", (told,), sources=sources, measure=measure, role="other", counted="people"),
                             {told.id: told})

    assert not row("hundreds", None, "Hundreds of people pelted the police with stones.")  # a crowd one can count
    assert not row("dozens", None, "Dozens of people queued outside the bank.")
    assert not row("25,000", 25000, "Some 25,000 people signed the petition.", qualifier="about")  # a number
    assert not row("thousands", None, "Thousands of people were left homeless.", measure="displaced")  # a harm
    assert not row("tens of thousands", None, "Tens of thousands of people marched.", sources=3)


def test_the_table_leaves_an_order_of_size_out() -> None:
    fans = claim("a:c1", "millions", None, "The band has millions of fans.", counted="fans", measure="count",
                 role="other", qualifier="vague")
    hurt = claim("a:c2", "two", 2, "Two fans were hurt in the crush.", counted="fans", measure="injured")
    facts = reconcile([art("a", fans, hurt)], story="s1")
    assert {c for f in facts for c in f.claims} == {"a:c2"}


# -- a decade, an age or a possessive read as a count ----------------------------------------------

def test_a_decade_an_age_or_a_possessive_counts_nothing() -> None:
    for number_text, text, measure in (
            ("20", "When first arrested in his early 20's, he gave his trade as a baker.", "detained"),
            ("60", "She recorded her best albums in the 60s and toured for decades.", "count"),
            ("30", "Between age 18 and 30, he was jailed four times for fraud.", "detained"),
            ("52", "Two men, ages 49 and 52, were treated for burns.", "injured"),
            ("52", "A woman aged 52 was pulled from the car.", "rescued"),
            ("7400", "The 7400's battery lasts a full day.", "count")):
        assert age_or_decade(claim("a:c1", number_text, float(number_text), text, measure=measure)), text


def test_a_count_before_a_plural_noun_or_an_age_measure_is_no_decade() -> None:
    for number_text, text, measure in (
            ("20", "Police arrested 20 people after the match.", "detained"),
            ("3", "Three firefighters and 3 medics were hurt.", "injured"),
            ("40", "The 40 seats went to the ruling party.", "count"),
            ("52", "The driver, 52, was unhurt.", "age"),
            ("16", "He was jailed for 16 years.", "duration"),
            ("two", "Between them the two firms employ 500 people.", "count")):
        value = 2.0 if number_text == "two" else float(number_text)
        assert not age_or_decade(claim("a:c1", number_text, value, text, measure=measure)), text


def test_an_age_span_read_as_an_arrest_leaves_the_table() -> None:
    span = claim("a:c1", "25", 25, "Between age 17 and 25, the boxer was arrested six times.", measure="detained",
                 counted="people", role="perpetrators")
    plain = claim("a:c2", "six", 6, "Police said six fans were arrested after the bout.", measure="detained",
                  counted="fans", role="perpetrators")
    facts = reconcile([art("a", span, plain)], story="s1")
    assert {c for f in facts for c in f.claims} == {"a:c2"}


# -- a number that is part of a name ---------------------------------------------------------------

def test_a_number_after_a_name_in_running_text_is_part_of_the_name() -> None:
    for number_text, text, measure in (
            ("7400", "The only thing the Nimbus 7400 lacks is a headphone jack.", "missing"),
            ("16", "Rebels fired on two F 16 jets near the border.", "count"),
            ("12", "He tore a ligament in the club's Round 12 defeat.", "count"),
            ("3.2", "Users of the new Orbit 3.2 release reported crashes.", "count")):
        assert name_number(claim("a:c1", number_text, float(number_text), text, measure=measure)), text


def test_a_headline_a_source_a_date_or_an_amount_is_no_name() -> None:
    for number_text, text, measure in (
            ("22", "Quake Kills 22 In Coastal Towns", "killed"),  # a headline's capitals
            ("20", "A survivor told Reuters 20 people were still trapped.", "count"),  # whoever gives it
            ("3", "Talks resume on March 3 in the capital.", "count"),
            ("12", "She left with Daniel 12 weeks ago.", "duration"),
            ("15", "Police arrested 15 people in the square.", "detained"),
            ("1,200", "Workers at Harwick Mills 1,200 strong walked out.", "count")):  # not a bare number
        value = float(number_text.replace(",", ""))
        assert not name_number(claim("a:c1", number_text, value, text, measure=measure)), text
