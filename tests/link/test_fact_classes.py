"""Classes of facts a reader tabulates from several outlets, on sentences written for these tests:
the story's area, figures of the setting (distances, durations, speeds, ages)."""

from __future__ import annotations

import dataclasses

from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim


def claim(cid: str, number_text: str, value: float | None, *, measure: str = "injured", unit: str | None = "people",
          location: str | None = "Valland", text: str = "…", counted: str | None = "people",
          role: str = "victims", qualifier: str = "exact") -> Claim:
    low = high = value if qualifier == "exact" else None
    if qualifier == "at_least":
        low = value
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=low, high=high, qualifier=qualifier, unit=unit, measure=measure, subject=None,
                 subject_group="mixed", location=location, as_of=None, attributed_to=None, counted=counted,
                 role=role)


def art(aid: str, *claims: Claim, text: str = "An account of its own, written by this outlet alone.") -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"{aid} {text}", published="2024-05-02",
                   outlet=aid, claims=claims)


def setting(cid: str, number_text: str, value: float, measure: str, unit: str, text: str) -> Claim:
    return claim(cid, number_text, value, measure=measure, unit=unit, text=text, counted=None, role="objects")


def test_a_place_many_figures_name_is_the_story_s_own_not_a_sub_event() -> None:
    # the quake's province is named by as many figures as the country: its toll is the story's toll,
    # even where one article gives a clinic's 50 there beside the country's 249
    others = [claim(f"x{i}:c1", "3", 3, measure="missing", location="Northshire") for i in range(5)]
    others += [claim(f"y{i}:c1", "5", 5, measure="missing", location="Valland") for i in range(6)]
    one = art("a", claim("a:c1", "around 50", 50, location="Northshire"), claim("a:c2", "249", 249))
    two = art("b", claim("b:c1", "more than 200", 200, location="Northshire", qualifier="at_least"))
    three = art("c", claim("c:c1", "249", 249))
    facts = reconcile([one, two, three, *(art(c.article, c) for c in others)], story="s")
    injured = [f for f in facts if f.measure == "injured"]
    assert [f.scope for f in injured] == [None]
    assert set(injured[0].claims) == {"a:c1", "a:c2", "b:c1", "c:c1"}
    assert injured[0].label == "people injured in Valland"



def test_a_district_every_outlet_gives_its_own_smaller_toll_is_a_sub_event_though_often_named() -> None:
    # the floods' two districts are named by as many figures as the country, but each outlet sets each
    # district's toll beside the whole's: two sub-events, part of the toll; the zero of a third stays the story's
    others = [claim(f"x{i}:c1", "3", 3, measure="missing", location="Eastmoor") for i in range(5)]
    others += [claim(f"y{i}:c1", "4", 4, measure="missing", location="Westfen") for i in range(5)]
    others += [claim(f"z{i}:c1", "5", 5, measure="missing", location="Valland") for i in range(6)]
    killed = {"measure": "killed"}
    one = art("a", claim("a:c1", "14", 14, **killed), claim("a:c2", "six", 6, location="Eastmoor", **killed),
              claim("a:c3", "five", 5, location="Westfen", **killed))
    two = art("b", claim("b:c1", "15", 15, **killed), claim("b:c2", "six", 6, location="Eastmoor", **killed),
              claim("b:c3", "five", 5, location="Westfen", **killed))
    three = art("c", claim("c:c1", "15", 15, **killed), claim("c:c2", "six", 6, location="Eastmoor", **killed))
    facts = reconcile([one, two, three, *(art(c.article, c) for c in others)], story="s")
    tolls = {f.scope: f for f in facts if f.measure == "killed"}
    assert set(tolls) == {None, "in Eastmoor", "in Westfen"}
    assert set(tolls[None].claims) == {"a:c1", "b:c1", "c:c1"}
    assert set(tolls["in Eastmoor"].claims) == {"a:c2", "b:c2", "c:c2"}
    assert tolls["in Eastmoor"].part_of == tolls["in Westfen"].part_of == tolls[None].id

def test_one_distance_in_two_units_from_two_outlets_is_one_fact() -> None:
    a = art("a", setting("a:c1", "55 kilometres", 55, "distance", "kilometres",
                         "The epicentre lay 55 kilometres west of the town of Harn."))
    b = art("b", setting("b:c1", "34 miles", 34, "distance", "miles",
                         "The quake was centred some 34 miles from Harn, seismologists said."))
    facts = reconcile([a, b], story="s")
    assert [(f.measure, set(f.claims), f.assessment) for f in facts] == [("distance", {"a:c1", "b:c1"}, "consistent")]
    assert facts[0].label.startswith("distance (")


def test_a_town_s_distance_from_the_capital_is_background_however_often_told() -> None:
    a = art("a", setting("a:c1", "940 miles", 940, "distance", "miles",
                         "The island lies 940 miles south of the capital."))
    b = art("b", setting("b:c1", "1,500 kilometres", 1500, "distance", "kilometres",
                         "The island, 1,500 kilometres from the capital, is home to fishermen."))
    assert reconcile([a, b], story="s") == ()


def test_ages_told_by_several_outlets_are_facts_and_a_quoted_witness_s_age_is_not() -> None:
    victim = [art(x, setting(f"{x}:c1", "16", 16, "age", "years",
                             "Officers shot 16-year-old Ray Dunne after a chase.")) for x in ("a", "b")]
    witness = [art(x, setting(f"{x}:c2", "22", 22, "age", "years",
                              "\"The roof fell,\" said Mia Toll, a 22-year-old resident.")) for x in ("c", "d")]
    facts = reconcile([*victim, *witness], story="s")
    assert [(f.measure, f.low, f.sources) for f in facts] == [("age", 16, 2)]


def test_a_strike_s_hours_are_a_fact_and_a_programme_s_years_are_not() -> None:
    hours = [art(x, setting(f"{x}:c1", "24", 24, "duration", "hours", "Unions held a 24-hour general strike."))
             for x in ("a", "b")]
    years = [art(x, setting(f"{x}:c2", "three", 3, "duration", "years", "Loans are paid over three years."))
             for x in ("c", "d")]
    facts = reconcile([*hours, *years], story="s")
    assert [(f.measure, f.low) for f in facts] == [("duration", 24)]


def test_a_setting_figure_one_outlet_gives_stays_a_claim() -> None:
    a = art("a", setting("a:c1", "120 mph", 120, "speed", "mph", "He was chased at up to 120 mph."))
    assert reconcile([a], story="s") == ()
    b = art("b", dataclasses.replace(a.claims[0], id="b:c1", article="b"))
    assert [f.measure for f in reconcile([a, b], story="s")] == ["speed"]


def people(cid: str, number_text: str, value: float | None, text: str, *, measure: str = "injured",
           qualifier: str = "exact", counted: str = "people", location: str | None = "Valland") -> Claim:
    return claim(cid, number_text, value, measure=measure, text=text, qualifier=qualifier, counted=counted,
                 location=location)


def test_the_seriously_hurt_are_a_part_of_the_injured_not_the_toll() -> None:
    a = art("a", people("a:c1", "250", 250, "The UN said 250 people were injured."),
            people("a:c2", "eight", 8, "Of those, eight were seriously injured and flown out.", counted="others"))
    b = art("b", people("b:c1", "261", 261, "Officials counted 261 injured."),
            people("b:c2", "12", 12, "Some 12 people remain in critical condition in intensive care."))
    facts = {f.label: f for f in reconcile([a, b], story="s")}
    assert set(facts) == {"people injured in Valland", "people seriously injured in Valland"}
    assert set(facts["people seriously injured in Valland"].claims) == {"a:c2", "b:c2"}


def test_a_vague_figure_at_a_place_does_not_make_the_place_a_sub_event() -> None:
    # "hundreds" in the province beside "250" in the country: both are the story's toll
    a = art("a", people("a:c1", "hundreds", None, "Hundreds were hurt across the province.", qualifier="vague",
                        location="Lowmark"), people("a:c2", "250", 250, "The UN counted 250 injured."))
    b = art("b", people("b:c1", "dozens", None, "Dozens were injured in Lowmark.", qualifier="vague",
                        location="Lowmark"))
    facts = reconcile([a, b], story="s")
    assert [(f.scope, len(f.claims)) for f in facts] == [(None, 3)]


def test_counts_of_one_thing_an_order_apart_are_two_quantities() -> None:
    def trucks(cid: str, number_text: str, value: float) -> Claim:
        return claim(cid, number_text, value, measure="count", unit="trucks", counted="trucks", role="objects",
                     text=f"Crews brought {number_text} trucks.")

    least = dataclasses.replace(trucks("b:c1", "at least two", 2), qualifier="at_least", high=None)
    told = "Fire crews brought their trucks to the warehouse."
    facts = reconcile([art("a", trucks("a:c1", "three", 3), text=told), art("b", least, text=told),
                       art("c", trucks("c:c1", "31", 31), text=told), art("d", trucks("d:c1", "31", 31), text=told)],
                      story="s")
    assert sorted((sorted(f.claims), f.assessment) for f in facts) == [(["a:c1", "b:c1"], "consistent"),
                                                                       (["c:c1", "d:c1"], "consistent")]


def test_a_magnitude_of_another_month_or_an_earlier_quake_is_not_the_story_s() -> None:
    def mag(cid: str, number_text: str, value: float, text: str) -> Claim:
        return claim(cid, number_text, value, measure="magnitude", unit=None, counted=None, role="objects", text=text)

    a = art("a", mag("a:c1", "6.1", 6.1, "A 6.1-magnitude quake shook the valley on Tuesday."),
            mag("a:c2", "6.4", 6.4, "On April 20, a 6.4-magnitude earthquake jolted the islands."))
    b = art("b", mag("b:c1", "6.1", 6.1, "The magnitude 6.1 quake struck at dawn."),
            mag("b:c2", "5.2", 5.2, "The last major quake, a magnitude 5.2, hit the coast."))
    facts = reconcile([a, b], story="s")
    assert [(f.measure, set(f.claims), f.assessment) for f in facts] == [("magnitude", {"a:c1", "b:c1"}, "consistent")]


def test_a_count_of_one_is_a_determiner_not_a_figure() -> None:
    one = [art(x, claim(f"{x}:c1", "One", 1, measure="count", unit="report", counted="report", role="objects",
                        text="One report said the bridge fell.")) for x in ("a", "b")]
    assert reconcile(one, story="s") == ()


def test_a_crowd_told_as_joined_gathered_or_marched_is_one_count() -> None:
    def crowd(cid: str, number_text: str, value: float, did: str, text: str) -> Claim:
        c = claim(cid, number_text, value, measure="count", counted="people", role="other", text=text)
        return dataclasses.replace(c, counted_as=did)

    told = "Mourners gathered at the vigil before the march to the station."
    facts = reconcile([art("a", crowd("a:c1", "about 200", 200, "gathered", "About 200 people gathered."), text=told),
                       art("b", crowd("b:c1", "200", 200, "joined", "Some 200 people joined the vigil."), text=told),
                       art("c", crowd("c:c1", "40", 40, "evacuated", "Police evacuated 40 people."), text=told)],
                      story="s")
    assert {"a:c1", "b:c1"} in [set(f.claims) for f in facts]
    assert all("c:c1" not in f.claims or len(f.claims) == 1 for f in facts)


def test_labels_name_whose_age_and_the_court_s_figures() -> None:
    def court(cid: str, number_text: str, value: float, measure: str, unit: str | None, counted: str | None,
              role: str, subject: str | None = None) -> Claim:
        return dataclasses.replace(claim(cid, number_text, value, measure=measure, unit=unit, counted=counted,
                                         role=role, text="…"), subject=subject)

    def label(*claims: Claim) -> str:
        facts = reconcile([art(c.article, c) for c in claims], story="s")
        assert len(facts) == 1
        return facts[0].label

    # "Tom Vale, 41, was charged ..." in two outlets: whose age, and his part, not "age (years) in Valland"
    assert label(*(court(f"{x}:c1", "41", 41, "age", "years", "Tom Vale", "perpetrators") for x in "ab")) == \
        "age of Tom Vale (suspect)"
    assert label(*(court(f"{x}:c1", "9", 9, "age", "years", "boy", "victims") for x in "ab")) == \
        "age of the boy (victim)"
    assert label(*(court(f"{x}:c1", "58", 58, "age", "years", "Lena Ruiz", "other") for x in "ab")) == \
        "age of Lena Ruiz"
    # "sentenced Ed Moss to 12 years": a prison sentence, whose when the sentence names him
    assert label(*(court(f"{x}:c1", "12", 12, "sentence", "years", None, "perpetrators", "Ed Moss")
                   for x in "ab")).startswith("prison sentence (years) of Ed Moss")
    assert label(*(court(f"{x}:c1", "two", 2, "sentence", None, "life sentences", "perpetrators")
                   for x in "ab")).startswith("life sentences")
    # "faces four counts of arson": the counts charged
    assert label(*(court(f"{x}:c1", "four", 4, "charged", None, "counts of arson", "perpetrators", "Ed Moss")
                   for x in "ab")).startswith("counts of arson charged against Ed Moss")
    assert label(*(court(f"{x}:c1", "two", 2, "charged", None, "murder charges", "perpetrators")
                   for x in "ab")).startswith("murder charges")


def test_a_figure_that_qualifies_a_singular_noun_is_no_count() -> None:
    # "a four-by-four car", "a nine-woman jury", "the 4100 block": more than one of a singular noun
    def count(cid: str, number_text: str, value: float, counted: str, text: str) -> Claim:
        return claim(cid, number_text, value, measure="count", unit=counted.split()[-1], counted=counted, text=text,
                     role="objects")
    modifiers = [art(a, count(f"{a}:c1", "four", 4, "car", "The thieves rammed a four-by-four car into the shop."),
                     count(f"{a}:c2", "nine", 9, "woman", "A nine-woman jury heard the case."),
                     count(f"{a}:c3", "4100", 4100, "block", "It happened in the 4100 block of Elm Road."))
                 for a in ("a", "b")]
    counts = [art(a, count(f"{a}:c4", "three", 3, "cars", "Three cars were burnt."),
                  count(f"{a}:c5", "26", 26, "crewmen", "The boats had 26 crewmen aboard."),
                  count(f"{a}:c6", "two", 2, "pieces of equipment", "Two pieces of equipment were lost."),
                  count(f"{a}:c7", "2.9", 2.9, "aftershock", "A 2.9 aftershock followed."))
              for a in ("c", "d")]
    facts = reconcile([*modifiers, *counts], story="s")
    assert sorted(f.claims[0].split(":")[1] for f in facts) == ["c4", "c5", "c6", "c7"]


def test_phone_numbers_and_counts_of_earlier_things_are_left_out() -> None:
    # "call 0161 496 0000" is no amount; "two earlier rulings" came before the story's event
    def count(cid: str, number_text: str, value: float, counted: str, text: str) -> Claim:
        return claim(cid, number_text, value, measure="count", unit=counted.split()[-1], counted=counted, text=text,
                     role="objects")
    pile = [art(a, count(f"{a}:c1", "496", 496, "detectives", "Call detectives on 0161 496 0000 with information."),
                count(f"{a}:c2", "two", 2, "earlier rulings", "The judge set aside two earlier rulings."),
                count(f"{a}:c3", "three", 3, "previous owners", "The house had three previous owners."),
                count(f"{a}:c4", "four", 4, "fire engines", "Four fire engines were sent, with 12 firefighters."))
            for a in ("a", "b")]
    facts = reconcile(pile, story="s")
    assert sorted(f.claims[0].split(":")[1] for f in facts) == ["c4"]


def test_nobody_hurt_in_a_serious_incident_is_the_story_s_zero_toll() -> None:
    zero = [art(a, claim(f"{a}:c1", "No one", 0, text="No one was injured, police said.")) for a in ("a", "b")]
    serious = art("c", claim("c:c1", "no-one", 0, text="Nobody said no-one had been injured in what was a serious "
                                                         "incident."))
    facts = reconcile([*zero, serious], story="s")
    assert len(facts) == 1 and len(facts[0].claims) == 3


def test_a_sentence_that_opens_on_another_month_recalls_another_event() -> None:
    def killed(cid: str, number_text: str, value: float, text: str) -> Claim:
        return claim(cid, number_text, value, measure="killed", text=text)
    pile = [art(a, killed(f"{a}:c1", "two", 2, "The gunman killed two guards on Tuesday night."),
                killed(f"{a}:c2", "four", 4, "In March, a gunman killed four people at a school in Tolland."),
                killed(f"{a}:c3", "nine", 9, "Last June, a fire killed nine people in the same district."))
            for a in ("a", "b")]
    facts = reconcile(pile, story="s")
    assert [sorted(f.claims) for f in facts] == [["a:c1", "b:c1"]]
    # the story's own month is no other event: "In March, ..." in a story of March stays
    march = [dataclasses.replace(a, published="2024-03-20") for a in pile]
    kept = {c for f in reconcile(march, story="s") for c in f.claims}
    assert "a:c2" in kept and "a:c3" not in kept


def test_a_distance_several_sources_agree_on_is_a_fact_even_without_a_quake_or_a_chase() -> None:
    camp = [art(x, setting(f"{x}:c1", "15 miles", 15, "distance", "miles",
                           "The camp lies 15 miles from the border.")) for x in ("a", "b")]
    crater = [art(x, setting(f"{x}:c2", "three metres", 3, "distance", "metres",
                             "The bomb left a crater three metres wide.")) for x in ("c", "d")]
    facts = reconcile([*camp, *crater], story="s")
    assert sorted(f.low for f in facts if f.low is not None) == [3, 15]


def test_the_length_of_a_deal_is_a_fact_and_other_long_durations_are_not() -> None:
    def years(cid: str, number_text: str, value: float, text: str) -> Claim:
        return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                     value=value, low=value, high=value, qualifier="exact", unit="years", measure="duration",
                     subject=None, subject_group="not_people", location="Dunmore", as_of=None, attributed_to=None)

    lines = {"a": "United have offered the striker a five - year contract worth $90 million.",
             "b": "The club's proposal runs five years, $90 million, a source said.",
             "c": "Rovers made him a four - year offer last week.",
             "d": "Rovers are said to have tabled a four - year deal.",
             "e": "The striker joined the academy 12 years ago.",
             "f": "He has played for the club for 12 years."}
    number = {"a": "five", "b": "five", "c": "four", "d": "four", "e": "12", "f": "12"}
    arts = [Article(id=a, source=f"{a}.txt", format="txt", text=t, published="2025-06-01", outlet=a,
                    claims=(years(f"{a}:c1", number[a], {"five": 5, "four": 4, "12": 12}[number[a]], t),))
            for a, t in lines.items()]
    facts = reconcile(arts, story="s")
    assert sorted(sorted(f.claims) for f in facts) == [["a:c1", "b:c1"], ["c:c1", "d:c1"]]
    assert all(f.label.startswith("duration of the ") and "(years)" in f.label for f in facts)


def test_those_an_article_heard_from_are_no_figure_of_the_story() -> None:
    def count(cid: str, number_text: str, value: float, text: str, counted: str, unit: str = "people") -> Claim:
        return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                     value=value, low=value, high=value, qualifier="exact", unit=unit, measure="count", subject=None,
                     subject_group="mixed", location="Harlow", as_of=None, attributed_to=None, counted=counted,
                     role="other")

    heard = "Three club officials said the striker would stay. Three officials told the paper he was tired."
    marched = "Three hundred fans gathered and three officials were jeered; the fans said they were angry."
    facts = reconcile([
        Article(id="a", source="a.txt", format="txt", text=heard, published="2025-06-01", outlet="a",
                claims=(count("a:c1", "Three", 3, heard, "club officials"),)),
        Article(id="b", source="b.txt", format="txt", text=heard, published="2025-06-01", outlet="b",
                claims=(count("b:c1", "Three", 3, "Three officials told the paper he was tired.", "officials"),)),
        Article(id="c", source="c.txt", format="txt", text=marched, published="2025-06-01", outlet="c",
                claims=(count("c:c1", "three", 3, marched, "officials"),)),
        Article(id="d", source="d.txt", format="txt", text=marched, published="2025-06-01", outlet="d",
                claims=(count("d:c1", "three", 3, marched, "officials"),))], story="s")
    assert [sorted(f.claims) for f in facts] == [["c:c1", "d:c1"]]


def test_a_yearly_flow_of_money_through_a_place_is_its_setting_not_a_sum_of_the_story() -> None:
    def sum_(cid: str, number_text: str, value: float, text: str) -> Claim:
        return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                     value=value, low=value, high=value, qualifier="exact", unit="USD", measure="money", subject=None,
                     subject_group="not_people", location="Harlow", as_of=None, attributed_to=None, role="objects")

    lines = {"a": ("The strait, through which $40 billion of grain passes each year, was closed.", "$40 billion", 4e10),
             "b": ("Some $40 billion in goods moves through the strait annually.", "$40 billion", 4e10),
             "c": ("The shipper lost $2 million when the strait was closed.", "$2 million", 2e6),
             "d": ("Its losses reached $2 million, the shipper said.", "$2 million", 2e6),
             "e": ("He signed a deal worth $9 million a year.", "$9 million", 9e6)}
    facts = reconcile([Article(id=a, source=f"{a}.txt", format="txt", text=t, published="2025-06-01", outlet=a,
                               claims=(sum_(f"{a}:c1", n, v, t),)) for a, (t, n, v) in lines.items()], story="s")
    # the shipper's loss is the story's; a deal one outlet alone tells stays a claim
    assert sorted(sorted(f.claims) for f in facts) == [["c:c1", "d:c1"]]


def test_deals_of_one_length_that_different_parties_offer_are_different_facts() -> None:
    def years(cid: str, text: str) -> Claim:
        return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text="four",
                     value=4, low=4, high=4, qualifier="exact", unit="years", measure="duration", subject=None,
                     subject_group="not_people", location="Dunmore", as_of=None, attributed_to=None)

    lines = {"a": ["Rovers have offered Okafor a four - year deal.", "City made Okafor a four - year offer too."],
             "b": ["City have offered Okafor a four - year contract.", "Rovers’ offer is four years and $60 million."]}
    arts = []
    for aid, sentences in lines.items():
        text = " ".join(sentences)
        arts.append(Article(id=aid, source=f"{aid}.txt", format="txt", text=text, published="2025-06-01", outlet=aid,
                            claims=tuple(dataclasses.replace(years(f"{aid}:c{i}", s), start=text.find(s),
                                                             end=text.find(s) + len(s))
                                         for i, s in enumerate(sentences))))
    facts = reconcile(arts, story="s")
    assert sorted(sorted(f.claims) for f in facts) == [["a:c0", "b:c1"], ["a:c1", "b:c0"]]
    assert {f.label.split(" (")[0] for f in facts} == {"duration of the Rovers deal", "duration of the City offer"}


def age(cid: str, value: float, who: str, text: str, published: str = "2024-05-02") -> Article:
    c = claim(cid, f"{value:g}", value, measure="age", unit="years", counted=who, role="other", text=text)
    return dataclasses.replace(art(c.article, c), published=published)


def test_one_person_s_age_a_year_apart_is_one_fact_and_two_people_s_are_two() -> None:
    # a singer is 34 in two outlets, and "will turn 35 next month" in two more: one age, consistent
    facts = reconcile([age("a:c1", 34, "Ines Moura", "Ines Moura, 34, cancelled the tour."),
                       age("b:c1", 34, "Moura", "The 34-year-old Moura was not reached."),
                       age("c:c1", 35, "Ines Moura", "Moura, who will turn 35 in June, is resting."),
                       age("d:c1", 35, "Moura", "Moura turns 35 next month.")], story="s")
    assert [len(f.claims) for f in facts] == [4]
    assert facts[0].assessment == "consistent"
    # two partners of a firm, 52 and 53, named apart: two ages
    facts = reconcile([age("a:c1", 52, "Otto Brandt", "Otto Brandt, 52, and Karl Weiss, 53, were hurt."),
                       age("a:c2", 53, "Karl Weiss", "Otto Brandt, 52, and Karl Weiss, 53, were hurt."),
                       age("b:c1", 52, "Otto Brandt", "Brandt, 52, was treated."),
                       age("c:c1", 53, "Karl Weiss", "Weiss, 53, was released.")], story="s")
    assert sorted(len(f.claims) for f in facts) == [2, 2]
    # nobody named: a 40-year-old and a 41-year-old are not one person
    facts = reconcile([age("a:c1", 40, "man", "A 40-year-old man was held."),
                       age("b:c1", 40, "man", "Police held a 40-year-old man."),
                       age("c:c1", 41, "woman", "A 41-year-old woman was freed."),
                       age("d:c1", 41, "woman", "The woman, 41, was freed.")], story="s")
    assert sorted(len(f.claims) for f in facts) == [2, 2]


def test_one_person_s_two_ages_clash_unless_dates_or_a_birthday_explain_them() -> None:
    same_day = [age("a:c1", 60, "Rita Lane", "Rita Lane, 60, was charged."),
                age("b:c1", 60, "Rita Lane", "Sixty-year-old Rita Lane was arrested."),
                age("c:c1", 61, "Rita Lane", "Rita Lane, 61, was charged on Friday.")]
    assert [f.assessment for f in reconcile(same_day, story="s")] == ["conflicting"]
    # 26 when charged in March, 27 at the verdict in October: a birthday between the reports
    months = [age("a:c1", 26, "Dan Roe", "Dan Roe, 26, was charged.", "2024-03-01"),
              age("b:c1", 26, "Dan Roe", "Roe, 26, denies it.", "2024-03-02"),
              age("c:c1", 27, "Dan Roe", "A jury convicted Dan Roe, 27.", "2024-10-11")]
    assert [f.assessment for f in reconcile(months, story="s")] == ["evolving"]


def test_a_deal_s_length_told_after_the_deal_or_paired_with_a_sum_is_its_term() -> None:
    def years(cid: str, number_text: str, value: float, text: str) -> Claim:
        return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                     value=value, low=value, high=value, qualifier="exact", unit="years", measure="duration",
                     subject=None, subject_group="not_people", location="Dunmore", as_of=None, attributed_to=None)

    lines = {"a": ("The lease is thought to be for at least six years.", "at least six", 6),
             "b": ("The port authority wants to sign the operator for six years.", "six", 6),
             "c": ("Harbour Co is at six years and about $40 million, the paper said.", "six", 6),
             "d": ("The city has only offered six years.", "six", 6),
             "e": ("The operator has run the quay for six years.", "six", 6),
             "f": ("Six years ago the quay was rebuilt.", "Six", 6)}
    arts = [Article(id=a, source=f"{a}.txt", format="txt", text=t, published="2025-06-01", outlet=a,
                    claims=(years(f"{a}:c1", n, v, t),)) for a, (t, n, v) in lines.items()]
    facts = reconcile(arts, story="s")
    assert [sorted(f.claims) for f in facts] == [["a:c1", "b:c1", "c:c1", "d:c1"]]
    assert facts[0].label.startswith("duration of the ")


def test_a_figure_one_outlet_alone_gives_is_tabulated_only_when_it_is_the_story_s_harm_or_people() -> None:
    # one outlet alone: a sum, a share and a count of things are most often another deal's, product's or
    # player's figure and stay claims; its toll, its arrests and a count of the people the story is about
    # are the story's own and stay in the table
    told = "Volunteers and firefighters searched the flooded valley while residents waited for news."
    alone = [
        claim("a:c1", "six", 6, measure="killed", counted="residents", text="Six residents drowned in the flood."),
        claim("a:c2", "40", 40, measure="count", counted="volunteers", role="other",
              text="Forty volunteers searched the valley."),
        claim("a:c3", "12", 12, measure="count", unit="pumps", counted="pumps", role="objects",
              text="The rescuers used 12 pumps."),
        claim("a:c4", "$3 million", 3e6, measure="money", unit="USD", counted=None, role="objects",
              text="A mill upstream was sold for $3 million."),
        claim("a:c5", "14 percent", 14, measure="percent", unit="percent", counted=None, role="objects",
              text="Turnout rose 14 percent."),
        claim("a:c6", "three", 3, measure="detained", counted="looters", role="perpetrators",
              text="Police arrested three looters."),
    ]
    shown = reconcile([art("a", *alone, text=told), art("b", text=told)], story="s")
    assert sorted(c for f in shown for c in f.claims) == ["a:c1", "a:c2", "a:c6"]
    # two outlets giving the count of things: a fact like any other
    pumps = [art("a", alone[2], text=told),
             art("b", claim("b:c1", "12", 12, measure="count", unit="pumps", counted="pumps", role="objects",
                            text="Twelve pumps ran all night."), text=told)]
    assert [sorted(f.claims) for f in reconcile(pumps, story="s")] == [["a:c3", "b:c1"]]


def test_a_fine_bail_or_reward_one_outlet_alone_gives_is_the_story_s_own() -> None:
    told = "The judge heard the case of the poacher caught in the reserve."

    def sum_(cid: str, number_text: str, value: float, text: str) -> Claim:
        return claim(cid, number_text, value, measure="money", unit="USD", counted=None, role="objects", text=text)

    alone = [sum_("a:c1", "$5,000", 5e3, "The judge set bail at $5,000 on Tuesday."),
             sum_("a:c2", "$12,000", 1.2e4, "He was also ordered to pay a $12,000 fine."),
             sum_("a:c3", "$2,500", 2.5e3, "Rangers offered a reward of $2,500 for tips."),
             sum_("a:c4", "$40 million", 4e7, "The reserve was bought for $40 million in the nineties.")]
    shown = reconcile([art("a", *alone, text=told), art("b", text=told)], story="s")
    assert sorted(c for f in shown for c in f.claims) == ["a:c1", "a:c2", "a:c3"]


def test_a_three_part_record_is_a_tally_not_a_code_and_a_record_over_seasons_is_no_other_year() -> None:
    # "a 38-4-1 record" (wins, losses, draws) is no phone number; "61-70 from 2009-12" spans a career,
    # while a count in a sentence of another year ("in 2019, 40 were hurt") stays out
    def tally(cid: str, number_text: str, value: float, text: str, kind: str = "record") -> Claim:
        return dataclasses.replace(claim(cid, number_text, value, measure="count", unit="wins",
                                         counted=f"wins ({number_text})", text=text, role="other"),
                                   counted_as=kind)
    pile = [dataclasses.replace(art(a, tally(f"{a}:c1", "38-4-1", 38, "Ortega (38-4-1, 20 KOs) won on points."),
                                     tally(f"{a}:c2", "61-70", 61, "She went 61-70 with Dunmore from 2009-12."),
                                     claim(f"{a}:c3", "40", 40, text="In 2019, 40 were hurt in a similar bout.")),
                                published="2024-05-02") for a in ("a", "b")]
    facts = reconcile(pile, story="s")
    assert sorted(f.claims[0].split(":")[1] for f in facts) == ["c1", "c2"]


def test_one_tally_is_one_fact_whoever_holds_it_and_two_tallies_are_two() -> None:
    # outlets name a record's holder as the coach, the team or its city: the figures make the fact
    def tally(cid: str, number_text: str, value: float, counted: str) -> Claim:
        return dataclasses.replace(claim(cid, number_text, value, measure="count", unit="wins", counted=counted,
                                         text=f"The side is {number_text} this season.", role="other"),
                                   counted_as="record")
    pile = [art("a", tally("a:c1", "12-9", 12, "wins of Harwick (12-9)"), tally("a:c2", "30-41", 30, "wins (30-41)")),
            art("b", tally("b:c1", "12-9", 12, "wins of Dunmore (12 - 9)"), tally("b:c2", "30-41", 30, "wins (30-41)"))]
    facts = reconcile(pile, story="s")
    assert sorted(sorted(f.claims) for f in facts) == [["a:c1", "b:c1"], ["a:c2", "b:c2"]]


def test_a_sum_of_another_deal_told_for_comparison_is_left_out() -> None:
    # every outlet tells of Halden buying Brightwave; two recall Halden's earlier buys for comparison
    def sum_(cid: str, number_text: str, value: float, text: str) -> Claim:
        return claim(cid, number_text, value, measure="money", unit="dollars", counted=None, text=text,
                     role="objects")
    story = "Halden agreed to buy Brightwave, the chip designer."
    own = [art(a, sum_(f"{a}:c1", "$40 million", 4e7, "Halden will pay $40 million for Brightwave, it said."),
               text=story) for a in "abcde"]
    earlier = [art(a, sum_(f"{a}:c1", "$40 million", 4e7, "Halden will pay $40 million for Brightwave."),
                   sum_(f"{a}:c2", "$900 million", 9e8, "The largest was the $900 million purchase of Corvel Systems."),
                   sum_(f"{a}:c3", "$2.1 billion", 2.1e9, "Its rival Oskar took over Pendle Labs for $2.1 billion."),
                   text=story) for a in "fg"]
    facts = reconcile([*own, *earlier], story="s")
    assert [sorted(f.claims) for f in facts] == [sorted(f"{a}:c1" for a in "abcdefg")]


def test_a_distance_the_story_s_climber_fell_is_a_fact_from_one_article() -> None:
    # "fell about 300 metres" is what happened; "40 km from the town" one outlet alone gives is the setting
    fell = art("a", setting("a:c1", "about 300 metres", 300, "distance", "metres",
                            "Ana Lusk, a hiker from Tarn, died after falling about 300 metres down a ravine."))
    walked = art("b", setting("b:c1", "12 miles", 12, "distance", "miles",
                              "Rescuers walked 12 miles through snow to reach the body."))
    town = art("c", setting("c:c1", "40 km", 40, "distance", "km", "The ravine lies 40 km from the town of Harn."))
    facts = reconcile([fell, walked, town], story="s")
    assert sorted(f.claims[0] for f in facts) == ["a:c1", "b:c1"]


def test_shares_that_name_nothing_counted_are_told_apart_by_value() -> None:
    # an outlet gives "20 percent" and "35 percent" of different things: two shares, not one in conflict
    def share(cid: str, number_text: str, value: float, text: str) -> Claim:
        return claim(cid, number_text, value, measure="percent", unit="percent", counted=None, text=text,
                     role="objects")
    pile = [art(a, share(f"{a}:c1", "20 percent", 20, "Brightwave holds 20 percent of the market."),
                share(f"{a}:c2", "35 percent", 35, "Its chips use 35 percent less power, the firm said."))
            for a in ("a", "b")]
    facts = reconcile(pile, story="s")
    assert sorted((sorted(f.claims), f.assessment) for f in facts) == [
        (["a:c1", "b:c1"], "consistent"), (["a:c2", "b:c2"], "consistent")]
