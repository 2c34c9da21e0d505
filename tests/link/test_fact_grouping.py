"""How claims are grouped into facts when outlets count one thing with different nouns, or one
article tells two quantities apart by value; on sentences written for these tests."""

from __future__ import annotations

import dataclasses

from storyline.link.reconcile import _told_apart, reconcile
from storyline.model import Article, Claim
from tests.link.made_claims import report


def claim(cid: str, number_text: str, value: float, text: str, *, measure: str = "count", unit: str = "people",
          counted: str | None = "people", did: str | None = None, role: str = "other",
          qualifier: str = "exact") -> Claim:
    low = value
    high = value if qualifier == "exact" else None
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=low, high=high, qualifier=qualifier, unit=unit, measure=measure, subject=None,
                 subject_group="mixed", location="Marlow", as_of=None, attributed_to=None, counted=counted,
                 counted_as=did, role=role)


def art(aid: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"{aid}: an account written by this outlet alone.",
                   published="2025-02-11", outlet=aid, claims=claims)


def things(cid: str, number_text: str, value: float, text: str, counted: str, did: str | None = None) -> Claim:
    return claim(cid, number_text, value, text, unit=counted.split()[-1], counted=counted, did=did, role="objects")


def test_one_group_of_people_under_another_noun_is_one_fact() -> None:
    # three outlets say two men were wounded; a fourth calls the same two "partners" of the firm
    wounded = [art(a, claim(f"{a}:c1", "two", 2, f"The gunman wounded two men, {a} reported.", measure="injured",
                            counted="men", role="victims")) for a in ("a", "b", "c")]
    partners = art("d", claim("d:c1", "two", 2, "Two partners of the firm were taken to hospital.",
                              counted="partners", did="taken"))
    facts = reconcile([*wounded, partners], story="s")
    assert len(facts) == 1
    assert set(facts[0].claims) == {"a:c1", "b:c1", "c:c1", "d:c1"}
    assert facts[0].measure == "injured" and facts[0].assessment == "consistent"


def test_one_set_of_things_told_with_one_verb_is_one_fact() -> None:
    boats = [art(a, things(f"{a}:c1", "four", 4, "The coastguard intercepted four boats off the cape.", "boats",
                           "intercepted")) for a in ("a", "b")]
    skiffs = art("c", things("c:c1", "four", 4, "Four skiffs were intercepted before dawn.", "skiffs", "intercepted"))
    facts = reconcile([*boats, skiffs], story="s")
    assert [set(f.claims) for f in facts] == [{"a:c1", "b:c1", "c:c1"}]


def test_an_uncommon_count_of_things_under_another_noun_is_the_same_set() -> None:
    # no word nor verb shared, but 140 is too uncommon a figure for two outlets to count two things with it
    stalls = [art(a, things(f"{a}:c1", "140", 140, "The fire gutted 140 stalls at the night market.", "stalls",
                            "gutted")) for a in ("a", "b")]
    kiosks = art("c", things("c:c1", "140", 140, "Some 140 kiosks are now ash.", "kiosks", "are"))
    assert [set(f.claims) for f in reconcile([*stalls, kiosks], story="s")] == [{"a:c1", "b:c1", "c:c1"}]
    # a small figure says too little: "six vans" are not the "six stalls"
    six = [art(a, things(f"{a}:c1", "six", 6, "The fire gutted six stalls at the night market.", "stalls",
                         "gutted")) for a in ("a", "b")]
    vans = [art(a, things(f"{a}:c1", "six", 6, "Six vans are now ash.", "vans", "are")) for a in ("c", "d")]
    assert sorted(sorted(f.claims) for f in reconcile([*six, *vans], story="s")) == [["a:c1", "b:c1"],
                                                                                   ["c:c1", "d:c1"]]


def test_an_uncommon_count_of_things_under_another_noun_must_give_the_very_figure() -> None:
    # "more than 30 beaches" admits 38, but an uncommon figure names its set only when it is the figure itself:
    # the line's "38 ships", told by two outlets, are not the beaches the debris reached
    beaches = [art(a, dataclasses.replace(things(f"{a}:c1", "more than 30", 30, "Debris reached more than 30 "
                                                 "beaches.", "beaches", "reached"), qualifier="more_than", high=None))
               for a in ("a", "b", "c")]
    ships = [art(a, things(f"{a}:c1", "38", 38, "The line operates a fleet of 38 ships.", "ships", "operates"))
             for a in ("d", "e")]
    facts = reconcile([*beaches, *ships], story="s")
    assert not any({"a:c1", "d:c1"} <= set(f.claims) for f in facts)
    # the very figure still names the set ("140 stalls", "140 kiosks": above)


def test_an_article_that_counts_two_nouns_apart_counts_two_things() -> None:
    # the same figure, but one article gives both nouns: two quantities, not one
    a = art("a", things("a:c1", "five", 5, "The frigate escorted five tankers.", "tankers", "escorted"),
            things("a:c2", "five", 5, "Five speedboats were escorted out of the strait.", "speedboats", "escorted"))
    b = art("b", things("b:c1", "five", 5, "Five tankers were escorted by the frigate.", "tankers", "escorted"))
    c = art("c", things("c:c1", "five", 5, "It escorted five tankers through the strait.", "tankers", "escorted"))
    d = art("d", things("d:c1", "five", 5, "Five speedboats were escorted away.", "speedboats", "escorted"))
    facts = reconcile([a, b, c, d], story="s")
    assert sorted(len(f.claims) for f in facts) == [2, 3]


def test_tolls_of_two_groups_with_one_figure_stay_apart() -> None:
    soldiers = [art(a, claim(f"{a}:c1", "two", 2, "Two soldiers were killed in the ambush.", measure="killed",
                             counted="soldiers", role="security_forces")) for a in ("a", "b")]
    farmers = art("c", claim("c:c1", "two", 2, "Two farmers were killed in the crossfire.", measure="killed",
                             counted="farmers", role="civilians"))
    facts = reconcile([*soldiers, farmers], story="s")
    assert sorted(len(f.claims) for f in facts) == [1, 2]


def test_counts_one_article_tells_apart_are_two_facts_and_the_smaller_is_part_of_the_running_total() -> None:
    # each article gives this raid's haul and the unit's total so far: two quantities, not a conflict
    def pair(a: str, one: str, total: str) -> Article:
        return art(a, things(f"{a}:c1", one, float(one), f"Customs seized {one} rifles in the raid.", "rifles",
                             "seized"),
                   things(f"{a}:c2", total, float(total), f"In all, the unit has seized {total} rifles so far this "
                          f"year.", "rifles", "seized"))
    facts = reconcile([pair("a", "9", "40"), pair("b", "9", "40"), art("c", things(
        "c:c1", "9", 9, "Nine rifles were seized, officers said.", "rifles", "seized"))], story="s")
    by_size = {f.low: f for f in facts}
    assert set(by_size) == {9, 40}
    assert by_size[9].assessment == "consistent" and by_size[40].assessment == "consistent"
    assert by_size[9].part_of == by_size[40].id and "not a conflict" in by_size[9].explanation
    assert by_size[40].part_of is None


def test_a_count_of_people_moved_out_that_others_round_is_one_count_beside_a_village_s_own() -> None:
    # one article tells the 6,400 evacuated apart from the 400 of one village still out; the outlets that said
    # "about 5,000" earlier gave the same standing count, a fifth off, not a third quantity. A count of seized
    # rifles a fifth off is still another count (the test above keeps 9 apart from 40, and 8 from 10 here)
    def moved(cid: str, text: str, value: float) -> Claim:
        return claim(cid, f"{value:,.0f}", value, text, measure="evacuated", role="victims")
    facts = reconcile([
        art("a", moved("a:c1", "Officials moved 5,000 people from five villages.", 5000)),
        art("b", moved("b:c1", "About 5,000 villagers were evacuated in the dark.", 5000)),
        art("c", moved("c:c1", "In all 6,400 people had been evacuated.", 6400),
            moved("c:c2", "About 400 people from Jitali remain evacuated.", 400)),
        art("d", moved("d:c1", "Some 6,400 residents were evacuated.", 6400))], story="s")
    sizes = sorted(sorted(c.split(":")[0] for c in f.claims) for f in facts if f.measure == "evacuated")
    assert sizes == [["a", "b", "c", "d"], ["c"]]
    rifles = reconcile([
        art("a", things("a:c1", "8", 8, "Customs seized 8 rifles in the raid.", "rifles", "seized"),
            things("a:c2", "30", 30, "The unit has seized 30 rifles this year.", "rifles", "seized")),
        art("b", things("b:c1", "10", 10, "Ten rifles were seized.", "rifles", "seized")),
        art("c", things("c:c1", "10", 10, "Police seized 10 rifles.", "rifles", "seized"))], story="s")
    ten = next(f for f in rifles if "b:c1" in f.claims)
    assert set(ten.claims) == {"b:c1", "c:c1"}


def test_a_count_given_with_its_earlier_value_joins_the_outlets_that_gave_either() -> None:
    # one article tells 212 cases of one city apart from the province's 1,774; another gives the 1,774 "up from
    # 1,486", which outlets had reported a day before: one count that grew, beside the city's own. Split by value
    # alone, 1,486 (a sixth off 1,774) would be a third quantity
    def cases(cid: str, number_text: str, text: str) -> Claim:
        return things(cid, number_text, float(number_text.replace(",", "")), text, "cases")
    up = "The ministry reported 1,774 suspected cases, up from 1,486 a day earlier."
    city = "The city has recorded 212 of the province's 1,774 suspected cases."
    reports = [report(c) for c in (
        cases("a:c1", "1,486", "The ministry has recorded 1,486 suspected cases."),
        cases("b:c1", "1,486", "A total of 1,486 cases were counted across the province."),
        cases("c:c1", "1,774", up), cases("c:c2", "1,486", up), cases("d:c1", "212", city),
        cases("d:c2", "1,774", city), cases("e:c1", "212", "Quelimane has had 212 cases."))]
    pieces = sorted(sorted(r.claim.id for r in p) for p in _told_apart(reports))
    assert pieces == [["a:c1", "b:c1", "c:c1", "c:c2", "d:c2"], ["d:c1", "e:c1"]]
    # "up from" between them, not just two figures of one sentence
    one = "The city has recorded 212 of the province's 1,486 suspected cases, and 1,774 are in camps."
    apart = [report(c) for c in (cases("f:c1", "212", one), cases("f:c2", "1,486", one),
                                 cases("f:c3", "1,774", one))]
    assert len(_told_apart(apart)) == 3


def test_an_updated_count_in_one_article_is_not_split() -> None:
    # "rose to": one quantity updated, not two quantities
    a = art("a", things("a:c1", "12", 12, "Officials first counted 12 damaged bridges.", "bridges", "damaged"),
            things("a:c2", "30", 30, "The number of damaged bridges rose to 30 on Friday.", "bridges", "damaged"))
    b = art("b", things("b:c1", "30", 30, "Thirty bridges were damaged, officials said.", "bridges", "damaged"))
    facts = reconcile([a, b], story="s")
    assert len(facts) == 1 and len(facts[0].claims) == 3


def test_another_event_recalled_with_its_month_and_place_is_not_the_story_s_toll() -> None:
    # a story of a shooting in Marlow in May; one outlet recalls a shooting elsewhere in March
    def toll(cid: str, number_text: str, value: float, text: str, location: str) -> Claim:
        return dataclasses.replace(claim(cid, number_text, value, text, measure="killed", role="victims"),
                                   location=location)

    a = art("a", toll("a:c1", "three", 3, "A gunman killed three people at a depot in Marlow on Monday.", "Marlow"),
            toll("a:c2", "seven", 7, "In March, a gunman killed seven people at a school in Dunmore.", "Dunmore"))
    b = art("b", toll("b:c1", "three", 3, "Three people were shot dead in Marlow, police said.", "Marlow"))
    facts = reconcile([dataclasses.replace(x, published="2025-05-13") for x in (a, b)], story="s")
    assert [(set(f.claims), f.assessment) for f in facts] == [({"a:c1", "b:c1"}, "consistent")]


def test_how_many_live_in_a_place_is_its_setting_not_a_fact() -> None:
    home = [art(a, claim(f"{a}:c1", "40,000", 40000, f"The port, home to 40,000 people, was shaken, {a} said."))
            for a in ("a", "b")]
    has = art("c", claim("c:c1", "about 40,000", 40000, "The town, which has about 40,000 residents, lost power.",
                         qualifier="about"))
    fled = [art(a, claim(f"{a}:c1", "300", 300, "Some 300 people fled to the hills.", did="fled"))
            for a in ("d", "e")]
    facts = reconcile([*home, has, *fled], story="s")
    assert [set(f.claims) for f in facts] == [{"d:c1", "e:c1"}]


def test_an_article_giving_about_one_count_beside_another_tells_them_apart() -> None:
    def rounds(cid: str, number_text: str, value: float, text: str, qualifier: str = "exact") -> Claim:
        return claim(cid, number_text, value, text, unit="rounds", counted="rounds", did="seized", role="objects",
                     qualifier=qualifier)

    a = art("a", rounds("a:c1", "about 250", 250, "About 250 rounds were seized in the raid.", "about"),
            rounds("a:c2", "1,100", 1100, "The unit has seized 1,100 rounds so far.", ))
    b = art("b", rounds("b:c1", "250", 250, "Police seized 250 rounds of ammunition."))
    c = art("c", rounds("c:c1", "1,100", 1100, "In all 1,100 rounds were seized this year."))
    facts = reconcile([a, b, c], story="s")
    assert sorted(sorted(f.claims) for f in facts) == [["a:c1", "b:c1"], ["a:c2", "c:c1"]]
    assert all(f.assessment == "consistent" for f in facts)


def test_a_figure_two_quantities_fit_goes_to_the_one_of_its_own_measure() -> None:
    # two deputies searched the house (a count) and two deputies were hurt (injured): a third outlet's
    # "two deputies" with no verb of harm joins the count
    search = [art(a, claim(f"{a}:c1", "two", 2, "Two deputies searched the house.", counted="deputies"))
              for a in ("a", "b")]
    hurt = [art(a, claim(f"{a}:c1", "two", 2, "Two deputies were hurt in the blast.", measure="injured",
                         counted="deputies")) for a in ("c", "d")]
    lone = art("e", claim("e:c1", "two", 2, "Two sheriff's deputies went in first.", counted="sheriff's deputies"))
    facts = reconcile([*search, *hurt, lone], story="s")
    assert sorted((f.measure, sorted(f.claims)) for f in facts) == [
        ("count", ["a:c1", "b:c1", "e:c1"]), ("injured", ["c:c1", "d:c1"])]


def test_a_magnitude_is_an_aftershock_s_only_when_aftershock_is_the_nearest_shock_word() -> None:
    def mag(cid: str, number_text: str, value: float, text: str) -> Claim:
        return claim(cid, number_text, value, text, measure="magnitude", unit="magnitude", counted=None,
                     role="objects")

    a = art("a", mag("a:c1", "6.2", 6.2, "Aftershocks shook the valley all night after a magnitude 6.2 quake hit."))
    b = art("b", mag("b:c1", "6.2", 6.2, "The 6.2 earthquake struck at noon."),
            mag("b:c2", "4.1", 4.1, "The strongest aftershock, of magnitude 4.1, came an hour later."))
    facts = reconcile([a, b], story="s")
    assert sorted((f.label.split(" in ")[0], sorted(f.claims)) for f in facts) == [
        ("magnitude of the aftershock", ["b:c2"]), ("magnitude of the event", ["a:c1", "b:c1"])]


def test_an_article_that_agrees_on_the_figure_and_gives_another_beside_it_is_no_conflict() -> None:
    # one outlet's row holds its "two wounded" and a stray "one" read from "one dead": it still agrees
    # with the outlets that say two; a third outlet saying five does clash
    def hurt(cid: str, number_text: str, value: float, text: str) -> Claim:
        return claim(cid, number_text, value, text, measure="injured", role="victims")

    a = art("a", hurt("a:c1", "one", 1, "The gunman killed one person and wounded two others."),
            hurt("a:c2", "two", 2, "The gunman killed one person and wounded two others."))
    b = art("b", hurt("b:c1", "two", 2, "Two employees were wounded, police said."))
    c = art("c", hurt("c:c1", "2", 2, "Gunman kills 1, wounds 2 at depot"))
    facts = reconcile([a, b, c], story="s")
    assert [f.assessment for f in facts] == ["consistent"]
    d = art("d", hurt("d:c1", "five", 5, "Five people were wounded in the attack."))
    assert [f.assessment for f in reconcile([a, b, c, d], story="s")] == ["conflicting"]


def test_an_open_bound_does_not_vouch_for_a_later_figure() -> None:
    # "at least three killed ... three people died": the article says three, which a later ten outdates;
    # its "at least three" fits ten too, but an open bound vouches for no figure
    def dead(cid: str, number_text: str, value: float, text: str, qualifier: str = "exact") -> Claim:
        return claim(cid, number_text, value, text, measure="killed", role="victims", qualifier=qualifier)

    early = art("a", dead("a:c1", "at least three", 3, "The quake killed at least three people.", "at_least"),
                dead("a:c2", "three", 3, "Three people died in the village."))
    late = art("b", dead("b:c1", "10", 10, "The death toll rose to 10 on Monday."))
    facts = reconcile([early, late], story="s")
    assert [f.assessment for f in facts] == ["evolving"]


def test_a_toll_under_a_generic_noun_is_the_toll_several_outlets_give_under_a_group_noun() -> None:
    # four outlets say three workers were killed; three others give the same toll as "three people" or
    # "three dead", and one of those restates it with the noun in the same article
    workers = [art(a, claim(f"{a}:c1", "three", 3, "Three workers were killed when the roof fell.", measure="killed",
                           counted="workers", role="victims")) for a in ("a", "b", "c", "d")]
    people = [art(a, claim(f"{a}:c1", "three", 3, "The collapse killed three people.", measure="killed",
                           counted="people", role="victims")) for a in ("e", "f")]
    both = art("g", claim("g:c1", "three", 3, "The roof fell, killing three.", measure="killed", counted="people",
                          role="victims"),
               claim("g:c2", "All three", 3, "All three workers died at the scene.", measure="killed",
                     counted="workers", role="victims"))
    facts = reconcile([*workers, *people, both], story="s")
    killed = [f for f in facts if f.measure == "killed"]
    assert len(killed) == 1 and killed[0].assessment == "consistent"
    assert {"a:c1", "e:c1", "g:c1", "g:c2"} <= set(killed[0].claims) | set(killed[0].repeats)  # g: one report


def test_an_outlet_that_gives_another_figure_beside_the_toll_still_reports_the_toll() -> None:
    # one outlet's row holds a stray "four" (those shot) beside the toll of two it shares with the others
    women = [art(a, claim(f"{a}:c1", "two", 2, "Two women were killed in the raid.", measure="killed",
                           counted="women", role="victims")) for a in ("a", "b", "c", "d")]
    people = [art(a, claim(f"{a}:c1", "two", 2, "Two people died in the raid.", measure="killed", counted="people",
                           role="victims")) for a in ("e", "f", "g")]
    stray = art("h", claim("h:c1", "two", 2, "The raid killed two women.", measure="killed", counted="women",
                           role="victims"),
                claim("h:c2", "four", 4, "Gunmen shot four women, killing two.", measure="killed",
                      counted="women", role="victims"))
    facts = reconcile([*women, *people, stray], story="s")
    assert len([f for f in facts if f.measure == "killed"]) == 1


def test_two_groups_several_outlets_count_with_one_figure_stay_two_facts() -> None:
    # "two brothers" and "two sisters", each counted by three outlets: one figure, two groups
    brothers = [art(a, claim(f"{a}:c1", "two", 2, "Police questioned two brothers.", counted="brothers",
                             did="questioned")) for a in ("a", "b", "c")]
    sisters = [art(a, claim(f"{a}:c1", "two", 2, "Two sisters were questioned too.", counted="sisters",
                            did="questioned")) for a in ("d", "e", "f")]
    facts = reconcile([*brothers, *sisters], story="s")
    assert sorted(len(f.claims) for f in facts) == [3, 3]


def test_charges_told_in_two_wordings_are_one_fact() -> None:
    # "two murder charges" and "two counts of murder"; "one kidnapping charge" and "one count of kidnapping"
    def charged(cid: str, number_text: str, value: float, counted: str) -> Claim:
        return claim(cid, number_text, value, f"He faces {number_text} {counted}.", measure="charged",
                     unit=counted.split()[-1], counted=counted, role="objects")
    counts = [art(a, charged(f"{a}:c1", "two", 2, "counts of murder"), charged(f"{a}:c2", "one", 1,
                                                                             "count of kidnapping"))
              for a in ("a", "b", "c")]
    charges = art("d", charged("d:c1", "two", 2, "murder charges"), charged("d:c2", "one", 1, "kidnapping charge"))
    facts = reconcile([*counts, charges], story="s")
    assert sorted(len(f.claims) for f in facts) == [4, 4]


def test_an_arrest_joins_the_bare_count_of_the_same_named_people_but_a_toll_does_not() -> None:
    crew = [art(a, claim(f"{a}:c1", "26", 26, "The three skiffs had 26 Somali crew on board.", counted="Somali crew"))
            for a in ("a", "b", "c")]
    detained = art("d", claim("d:c1", "26", 26, "The navy detained 26 Somali pirates.", measure="detained",
                              counted="Somali pirates", role="perpetrators"))
    officers = [art(a, claim(f"{a}:c2", "two", 2, "Two plainclothes officers fired at him.", counted="officers",
                             did="fired")) for a in ("e", "f", "g")]
    injured = art("h", claim("h:c1", "Two", 2, "Two officers were injured in the clashes.", measure="injured",
                             counted="officers", role="security_forces"))
    facts = reconcile([*crew, detained, *officers, injured], story="s")
    assert sorted(sorted(f.claims) for f in facts) == [["a:c1", "b:c1", "c:c1", "d:c1"], ["e:c2", "f:c2", "g:c2"],
                                                       ["h:c1"]]


def test_a_figure_two_copies_of_one_text_give_takes_the_same_figure_under_another_noun() -> None:
    body = ("The fire broke out in the warehouse late on Sunday and spread to the roof within minutes, "
            "witnesses said, while crews from three towns fought the blaze through the night. About 100 workers "
            "were inside the plant when the alarm sounded.")
    wire = [Article(id=a, source=f"{a}.txt", format="txt", text=f"Headline {a}\n{body}", published="2025-02-11",
                    outlet=a, claims=(claim(f"{a}:c1", "About 100", 100, "About 100 workers were inside the plant.",
                                            counted="workers", qualifier="about"),)) for a in ("a", "b")]
    own = art("c", claim("c:c1", "roughly 100", 100, "Roughly 100 people were in the building.", did="entered",
                         qualifier="about"))
    facts = reconcile([*wire, own], story="s")
    assert len(facts) == 1 and facts[0].sources == 2


def test_a_toll_with_one_stray_one_among_three_reports_still_joins_the_named_toll() -> None:
    # "a double murder" twice, and "meant to kill one other person" read into the same row
    women = [art(a, claim(f"{a}:c1", "two", 2, "Two women were killed in the flat.", measure="killed",
                          counted="women", role="victims")) for a in ("a", "b", "c")]
    double = art("d", claim("d:c1", "double", 2, "He is charged with a double murder.", measure="killed",
                            role="victims"),
                 claim("d:c2", "one", 1, "He meant to kill one other person.", measure="killed", counted="person",
                       role="victims"))
    again = art("e", claim("e:c1", "double", 2, "A double murder shook the town.", measure="killed", role="victims"))
    facts = reconcile([*women, double, again], story="s")
    assert len(facts) == 1 and len(facts[0].claims) == 6


def test_one_side_named_two_ways_by_as_many_outlets_each_is_one_fact() -> None:
    # three outlets say "two transport officers", three others "two guards": both security forces, one pair
    officers = [art(a, claim(f"{a}:c1", "two", 2, "He pulled a gun on two transport officers.",
                             counted="transport officers", role="security_forces", did="pulled"))
                for a in ("a", "b", "c")]
    guards = [art(a, claim(f"{a}:c1", "two", 2, "The inmate overpowered two guards.", counted="guards",
                           role="security_forces", did="overpowered")) for a in ("d", "e", "f")]
    facts = reconcile([*officers, *guards], story="s")
    assert len(facts) == 1 and facts[0].sources == 6
    # two groups of bystanders, each named by three outlets, are not one side
    pupils = [art(a, claim(f"{a}:c2", "two", 2, "Two pupils saw it.", counted="pupils")) for a in ("a", "b", "c")]
    drivers = [art(a, claim(f"{a}:c2", "two", 2, "Two drivers saw it.", counted="drivers")) for a in ("d", "e", "f")]
    assert len(reconcile([*pupils, *drivers], story="s")) == 2


def money(cid: str, number_text: str, value: float, text: str, *, unit: str = "USD", measure: str = "money",
          qualifier: str = "exact") -> Claim:
    c = claim(cid, number_text, value, text, measure=measure, unit=unit, counted=None, role="objects",
              qualifier=qualifier)
    return dataclasses.replace(c, high=value if qualifier in ("exact", "about") else None)


def said(aid: str, text: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, published="2025-02-11", outlet=aid,
                   claims=claims)


def test_a_sum_and_its_part_one_sentence_tells_apart_are_two_facts() -> None:
    # a buyer pays $90 million, $72 million of it in cash: close in size, but one sentence tells them apart
    one = "Harlow Foods will pay $90 million for the bakery chain, including $72 million in cash."
    two = "The deal is worth $90 million ($72 million in cash), the company said."
    three = "Harlow Foods agreed to buy the chain for about $90 million."
    four = "It is paying $72 million in cash, the chief executive said."
    facts = reconcile([said("a", one, money("a:c1", "$90 million", 9e7, one), money("a:c2", "$72 million", 7.2e7, one)),
                       said("b", two, money("b:c1", "$90 million", 9e7, two),
                            money("b:c2", "$72 million", 7.2e7, two, measure="price")),
                       said("c", three, money("c:c1", "about $90 million", 9e7, three, qualifier="about")),
                       said("d", four, money("d:c1", "$72 million", 7.2e7, four, measure="price"))], story="s")
    assert sorted(sorted(f.claims) for f in facts) == [["a:c1", "b:c1", "c:c1"], ["a:c2", "b:c2", "d:c1"]]
    assert all(f.assessment == "consistent" for f in facts)


def test_an_amount_restated_alone_in_brackets_is_a_conversion_not_a_second_sum() -> None:
    one = "Damage to the hall was put at $US2 million ($2.9 million), the council said."
    two = "The council put the damage at $2 million."
    facts = reconcile([said("a", one, money("a:c1", "$US2 million", 2e6, one, measure="damage"),
                            money("a:c2", "$2.9 million", 2.9e6, one, measure="damage")),
                       said("b", two, money("b:c1", "$2 million", 2e6, two, measure="damage"))], story="s")
    assert len(facts) == 1 and facts[0].assessment == "consistent"


def test_a_vague_report_beside_the_figure_does_not_keep_the_same_people_apart() -> None:
    # three outlets count the evacuated residents, two only vaguely; a fourth gives the figure under a bare count
    evacuated = [art("a", claim("a:c1", "a number of", 0, "A number of residents were evacuated overnight.",
                                measure="evacuated", counted="residents", qualifier="vague")),
                 art("b", claim("b:c1", "Forty", 40, "Forty residents had to be evacuated from their flats.",
                                measure="evacuated", counted="residents")),
                 art("c", claim("c:c1", "Dozens", 0, "Dozens of people were evacuated from the street.",
                                measure="evacuated", qualifier="vague"))]
    moved = art("d", claim("d:c1", "Forty", 40, "Forty residents were moved to a school hall.", counted="residents"))
    facts = reconcile([*evacuated, moved], story="s")
    assert len(facts) == 1 and "d:c1" in facts[0].claims
    # a bare count beside a group that gives no figure at all stays apart
    inside = "A handful of worshippers were inside the hall."
    handful = [said(a, inside, dataclasses.replace(claim(f"{a}:c1", "A handful of", 0, inside, counted="worshippers",
                                                         qualifier="vague"), value=None, low=None, high=None))
               for a in ("e", "f", "h")]
    holds = "The hall holds about 300 worshippers."
    one = said("g", holds, claim("g:c1", "about 300", 300, holds, counted="worshippers", qualifier="about"))
    assert sorted(len(f.claims) for f in reconcile([*handful, one], story="s")) == [1, 3]


def test_sums_that_different_parties_offer_are_different_facts() -> None:
    # three clubs bid for one player; outlets tell each club's offer, one article names two clubs' offers
    lines = {
        "a": ["Rovers have offered Okafor a four - year deal worth $60 million.",
              "On Monday City made Okafor a $48 million offer."],
        "b": ["City have offered Okafor $48 million, a source said.", "Rovers are at $60 million, reports say."],
        "c": ["The Albion bid for Okafor is thought to be about $50 million.",
              "Albion made Okafor a $50 million offer on Friday."],
        "d": ["Okafor could sign for $60 million, the paper said."],
        "e": ["The Albion bid for Okafor stands at $50 million."],
    }
    figures = {"$60 million": 6e7, "$48 million": 4.8e7, "$50 million": 5e7, "about $50 million": 5e7}
    arts = []
    for aid, sentences in lines.items():
        text = " ".join(sentences)
        claims = []
        for i, sentence in enumerate(sentences):
            number = next(n for n in sorted(figures, key=len, reverse=True) if n in sentence)
            at = text.find(sentence)
            c = money(f"{aid}:c{i}", number, figures[number], sentence,
                      qualifier="about" if number.startswith("about") else "exact")
            claims.append(dataclasses.replace(c, start=at, end=at + len(sentence),
                                              number_start=at + sentence.find(number)))
        arts.append(said(aid, text, *claims))
    facts = reconcile(arts, story="s")
    assert sorted(sorted(f.claims) for f in facts) == [
        ["a:c0", "b:c1", "d:c0"], ["a:c1", "b:c0"], ["c:c0", "c:c1", "e:c0"]]
    labels = {f.claims[0]: f.label for f in facts}
    assert labels["c:c0"].startswith("amount of the Albion bid")
    assert labels["a:c1"].startswith("amount of the City offer")


def test_sums_no_sentence_gives_a_payer_for_are_grouped_by_size_alone() -> None:
    # a heist's haul in three currencies: place names and sentence openers are no parties
    one = "Paris thieves grab $2.6 million of jewels."
    two = "Thieves in Paris made off with 2 million euros of watches."
    three = "Jewellery worth £1.7m was taken from the Paris shop."
    facts = reconcile([said("a", one, money("a:c1", "$2.6 million", 2.6e6, one)),
                       said("b", two, money("b:c1", "2 million euros", 2e6, two, unit="EUR")),
                       said("c", three, money("c:c1", "£1.7m", 1.7e6, three, unit="GBP"))], story="s")
    assert [sorted(f.claims) for f in facts] == [["a:c1", "b:c1", "c:c1"]]


def test_two_exact_sums_in_one_currency_clash_and_a_price_per_litre_is_always_shown() -> None:
    one = "The club offered him $184 million."
    two = "The club offered him $200 million, a radio host said."
    facts = reconcile([said("a", one, money("a:c1", "$184 million", 1.84e8, one)),
                       said("b", two, money("b:c1", "$200 million", 2e8, two))], story="s")
    assert [f.assessment for f in facts] == ["conflicting"]
    text = "Drivers queued all day. " * 20 + "Fuel now costs 95 crowns per litre."
    litre = dataclasses.replace(money("a:c1", "95 crowns", 95, text, unit="crowns per litre", measure="price"),
                                start=text.index("Fuel"), number_start=text.index("95"))
    assert [f.measure for f in reconcile([said("a", text, litre)], story="s")] == ["price"]


def kind(c: Claim, what: str | None) -> Claim:
    """A sum its sentence names ("in cash", "profit")."""
    return dataclasses.replace(c, counted=what)


def test_sums_are_keyed_by_what_they_are_where_their_sentences_say() -> None:
    # a price, its cash part, and the funding the firm had raised: close in size, three quantities
    one = "Orla Systems will buy Pennant for $500 million, including $420 million in cash."
    two = "Orla is paying $420 million in cash for the start-up."
    three = "Pennant, which had raised $460 million in funding, was founded by two engineers."
    four = "Backers had put $460 million of venture funding into Pennant."
    five = "Orla will pay $500 million in cash and stock for Pennant."
    six = "The $500 million deal is Orla's largest."
    facts = reconcile([said("a", one, money("a:c1", "$500 million", 5e8, one),
                            kind(money("a:c2", "$420 million", 4.2e8, one), "cash")),
                       said("b", two, kind(money("b:c1", "$420 million", 4.2e8, two), "cash")),
                       said("c", three, kind(money("c:c1", "$460 million", 4.6e8, three), "funding")),
                       said("d", four, kind(money("d:c1", "$460 million", 4.6e8, four), "funding")),
                       # one deal in other words: "in cash and stock" is the whole sum, and so is "the deal"
                       said("e", five, kind(money("e:c1", "$500 million", 5e8, five), "cash")),
                       said("f", six, kind(money("f:c1", "$500 million", 5e8, six), "deal"))], story="s")
    assert sorted(sorted(f.claims) for f in facts) == [["a:c1", "e:c1", "f:c1"], ["a:c2", "b:c1"], ["c:c1", "d:c1"]]


def test_a_range_of_charges_does_not_give_the_profit_that_falls_inside_it() -> None:
    # quarterly results: a profit of $1.31 billion and charges "of $1.1 billion to $1.4 billion" are two sums,
    # though the profit lies between the range's bounds; "about $1.3 billion" of profit still gives the profit
    one = "Net profit dropped 36% to $1.31 billion."
    two = "Orvanta reported net profit of $1.31 billion for its fiscal third quarter."
    three = "It expects to record charges of $1.1 billion to $1.4 billion."
    four = "Orvanta, which made about $1.3 billion in profit, expects charges of $1.1 billion to $1.4 billion."
    charges = [dataclasses.replace(money(cid, "$1.1 billion to $1.4 billion", 1.1e9, text, qualifier="range"),
                                   value=None, high=1.4e9) for cid, text in (("c:c1", three), ("d:c2", four))]
    facts = reconcile([said("a", one, kind(money("a:c1", "$1.31 billion", 1.31e9, one), "profit")),
                       said("b", two, kind(money("b:c1", "$1.31 billion", 1.31e9, two), "profit")),
                       said("c", three, charges[0]),
                       said("d", four, money("d:c1", "about $1.3 billion", 1.3e9, four, qualifier="about"),
                            charges[1])], story="s")
    assert sorted(sorted(f.claims) for f in facts) == [["a:c1", "b:c1", "d:c1"], ["c:c1", "d:c2"]]


def test_rough_figures_of_one_large_crowd_under_another_noun_are_one_fact() -> None:
    # two outlets put a camp at about 30,000 refugees; a third at "roughly 31,000 people": one rough size
    refugees = [art(a, claim(f"{a}:c1", "about 30,000", 30000, "The camp holds about 30,000 refugees.",
                             counted="refugees", qualifier="about")) for a in ("a", "b")]
    people = art("c", claim("c:c1", "roughly 31,000", 31000, "Planes bombed a camp of roughly 31,000 people.",
                            counted="people", did="bombed", qualifier="about"))
    facts = reconcile([*refugees, people], story="s")
    assert [sorted(f.claims) for f in facts] == [["a:c1", "b:c1", "c:c1"]]
    # small rough figures stay apart: "about 20 inside" and "as many as 20 led out" may be two groups
    inside = [art(a, claim(f"{a}:c1", "about 20", 20, "About 20 staff were inside the bank.", counted="staff",
                           qualifier="about")) for a in ("a", "b")]
    led = art("c", claim("c:c1", "around 22", 22, "Around 22 people were led out by firefighters.",
                         counted="people", did="led", qualifier="about"))
    assert all("c:c1" not in f.claims for f in reconcile([*inside, led], story="s"))


def test_a_count_another_outlet_rounds_joins_the_count_an_article_tells_apart() -> None:
    # one article tells two crews apart (4 and 40); another outlet gives 38 for the larger one: one count in
    # two wordings (a conflict between outlets), not a third crew; 7 is no rounding of 4 and stays its own
    a = art("a", things("a:c1", "4", 4, "Four divers searched the lake on Sunday.", "divers"),
            things("a:c2", "40", 40, "By Monday some 40 divers had joined the search.", "divers"))
    b = art("b", things("b:c1", "38", 38, "Thirty-eight divers took part in the search.", "divers"))
    c = art("c", things("c:c1", "7", 7, "Seven divers were at the lake, a witness said.", "divers"))
    facts = reconcile([a, b, c], story="s")
    by_claims = {frozenset(f.claims): f for f in facts}
    assert frozenset({"a:c2", "b:c1"}) in by_claims
    assert by_claims[frozenset({"a:c2", "b:c1"})].assessment == "conflicting"
    assert not any("c:c1" in f.claims and len(f.claims) > 1 for f in facts)


def _dated(aid: str, *claims: Claim) -> Article:
    return dataclasses.replace(art(aid, *claims), published="2019-08-14")


def test_a_year_past_the_end_of_the_figure_s_clause_does_not_drop_it() -> None:
    # a story of 2019: the years of 1998 and 2005 date the earlier flood and quake, not this week's toll
    tolls = [_dated("a", claim("a:c1", "at least 12", 12, "The flood killed at least 12 people in a valley devastated "
                               "by the mudslides of 1998.", measure="killed", role="victims", qualifier="at_least")),
             _dated("b", claim("b:c1", "Twelve", 12, "Twelve people died, which recalled the quake that hit the town "
                               "in 2005.", measure="killed", role="victims"))]
    facts = reconcile(tolls, story="s")
    assert [set(f.claims) for f in facts] == [{"a:c1", "b:c1"}]


def test_a_year_before_the_figure_or_in_its_clause_still_dates_it() -> None:
    # "In 1998, mudslides killed 300" and "killed 300 people in the valley in 1998" are the earlier event's
    story = _dated("a", claim("a:c1", "12", 12, "The flood killed 12 people on Monday.", measure="killed",
                              role="victims"))
    before = _dated("b", claim("b:c1", "300", 300, "In 1998, mudslides killed 300 people in the valley.",
                               measure="killed", role="victims"))
    within = _dated("c", claim("c:c1", "300", 300, "Mudslides killed 300 people in the valley in 1998.",
                               measure="killed", role="victims"))
    counted = _dated("d", claim("d:c1", "two", 2, "The valley has had two dams, and the first was built in 1998.",
                                counted="dams", unit="dams", role="objects"))
    facts = reconcile([story, before, within, counted], story="s")
    assert {c for f in facts for c in f.claims} == {"a:c1"}


def _rally(aid: str, *claims: Claim) -> Article:
    # an article of a story of protest: the word that makes the story one of protest, twice
    return dataclasses.replace(art(aid, *claims), text=f"{aid}: protesters rallied; the protest went on.")


def test_a_toll_told_by_sex_is_its_breakdown_not_the_toll_in_a_story_of_protest_too() -> None:
    # three died in a burning shop during a protest; two outlets add "two men and a woman"
    def toll(cid: str, number_text: str, value: float, text: str, counted: str) -> Claim:
        return claim(cid, number_text, value, text, measure="killed", counted=counted, role="victims")

    arts = [_rally("a", toll("a:c1", "three", 3, "Three people died when the shop burned.", "people"),
                   toll("a:c2", "two", 2, "Police said two men and a woman died in the blaze.", "men")),
            _rally("b", toll("b:c1", "three", 3, "The fire killed three shop workers.", "people"),
                   toll("b:c2", "two", 2, "The dead were two men and a woman.", "men")),
            _rally("c", toll("c:c1", "3", 3, "March turns violent, 3 dead", "people"))]
    facts = reconcile(arts, story="s")
    by_claims = {frozenset(f.claims): f for f in facts}
    assert frozenset({"a:c1", "b:c1", "c:c1"}) in by_claims
    assert by_claims[frozenset({"a:c1", "b:c1", "c:c1"})].assessment == "consistent"
    assert frozenset({"a:c2", "b:c2"}) in by_claims


def test_a_man_arrested_is_no_part_apart_from_those_arrested() -> None:
    # only a toll is told apart by sex: "a man was detained" is one of those detained, not a part kept apart
    arts = [art("a", claim("a:c1", "one", 1, "One person was detained at the scene.", measure="detained",
                           role="victims")),
            art("b", claim("b:c1", "a man", 1, "Police detained a man at the scene.", measure="detained",
                           counted="man", role="victims"))]
    facts = reconcile(arts, story="s")
    assert [set(f.claims) for f in facts] == [{"a:c1", "b:c1"}]


def test_a_crowd_of_protest_is_one_fact_whoever_the_outlet_says_its_people_are() -> None:
    # "protesters gathered", "people joined", "teenagers marched": one crowd, however each outlet names it
    def crowd(cid: str, number_text: str, value: float, text: str, group: str, did: str,
              qualifier: str = "exact") -> Claim:
        return dataclasses.replace(claim(cid, number_text, value, text, did=did, qualifier=qualifier),
                                   subject_group=group)

    arts = [_rally("a", crowd("a:c1", "about 300", 300, "About 300 protesters gathered outside the town hall.",
                              "protesters", "gathered", "about")),
            _rally("b", crowd("b:c1", "300", 300, "Some 300 people joined the vigil on the steps.", "unspecified",
                              "joined"),
                   crowd("b:c2", "2,000", 2000, "A further 2,000 people marched in the port city.", "unspecified",
                         "marched")),
            _rally("c", crowd("c:c1", "300", 300, "Three hundred teenagers marched to the hall.", "civilians",
                              "marched"),
                   crowd("c:c2", "2,000", 2000, "In the port city, another 2,000 marched on the docks.",
                         "protesters", "marched"))]
    facts = reconcile(arts, story="s")
    assert {frozenset(f.claims) for f in facts} == {frozenset({"a:c1", "b:c1", "c:c1"}), frozenset({"b:c2", "c:c2"})}


def test_extra_sentences_are_apart_from_the_sentences_served() -> None:
    # "serving four life terms" and "given two additional life terms": what was added, not the number served
    def terms(cid: str, number_text: str, value: float, text: str, counted: str) -> Claim:
        return claim(cid, number_text, value, text, measure="sentence", unit="terms", counted=counted,
                     role="objects")

    # no article gives both, so no article tells them apart by value
    arts = [art("a", terms("a:c1", "four", 4, "The fugitive is serving four life terms.", "life terms")),
            art("b", terms("b:c1", "four", 4, "He was serving four life terms when he fled.", "life terms")),
            art("c", terms("c:c1", "two", 2, "He was given two additional life terms for the attack.",
                           "additional life terms")),
            art("d", terms("d:c1", "two", 2, "A judge added two additional life terms.", "additional life terms"))]
    facts = reconcile(arts, story="s")
    assert {(frozenset(f.claims), f.assessment) for f in facts} == {
        (frozenset({"a:c1", "b:c1"}), "consistent"), (frozenset({"c:c1", "d:c1"}), "consistent")}


def test_a_town_s_population_told_without_of_is_its_setting() -> None:
    town = art("a", claim("a:c1", "80,000", 80000, "Power was cut to the port, population 80,000, where people fled "
                          "their homes.", measure="displaced", role="victims"))
    fled = [art(a, claim(f"{a}:c1", "about 6,000", 6000, "About 6,000 people fled their homes.", measure="displaced",
                         role="victims", qualifier="about")) for a in ("b", "c")]
    facts = reconcile([town, *fled], story="s")
    assert [set(f.claims) for f in facts] == [{"b:c1", "c:c1"}]


def test_a_large_crowd_of_people_counted_under_another_verb_is_the_same_crowd() -> None:
    # "about 6,000 fled their homes" and "some 6,000 people sheltered in tents": one number of people, told twice
    fled = art("a", claim("a:c1", "About 6,000", 6000, "About 6,000 people fled their homes, the agency said.",
                          measure="displaced", role="victims", qualifier="about"))
    tents = [art(a, claim(f"{a}:c1", "some 6,000", 6000, "Some 6,000 people sheltered in tents on the hills.",
                          did="sheltered", qualifier="about")) for a in ("b", "c")]
    over = art("d", claim("d:c1", "over 6,000", 6000, "Over 6,000 people spent the night in camps.", did="spent",
                          qualifier="more_than"))
    facts = reconcile([fled, *tents, over], story="s")
    assert [set(f.claims) for f in facts] == [{"a:c1", "b:c1", "c:c1", "d:c1"}]
    # a small figure is too common to tell one group: "about 60 fled" beside "some 60 sheltered" stay apart
    small = [dataclasses.replace(c, value=60.0, low=60.0, number_text=c.number_text.replace("6,000", "60"),
                                 text=c.text.replace("6,000", "60"))
             for a in (fled, *tents, over) for c in a.claims]
    facts = reconcile([art(c.article, c) for c in small], story="s")
    assert len(facts) == 2


def test_a_floor_above_another_outlet_s_count_is_a_count_still_being_made() -> None:
    # undated: "two aftershocks were felt" and "at least five aftershocks" is a count that rose, not a clash;
    # "two" and "five", both exact, do clash
    def shocks(cid: str, number_text: str, value: float, text: str, qualifier: str = "exact") -> Claim:
        return things(cid, number_text, value, text, "aftershocks") if qualifier == "exact" else \
            dataclasses.replace(things(cid, number_text, value, text, "aftershocks"), qualifier=qualifier, high=None)

    def undated(aid: str, *claims: Claim) -> Article:
        return dataclasses.replace(art(aid, *claims), published=None)

    rising = reconcile([undated("a", shocks("a:c1", "two", 2, "Two aftershocks were felt in the valley.")),
                        undated("b", shocks("b:c1", "at least five", 5, "At least five aftershocks followed.",
                                            "at_least"))], story="s")
    assert [f.assessment for f in rising] == ["evolving"]
    clash = reconcile([undated("a", shocks("a:c1", "two", 2, "Two aftershocks were felt in the valley.")),
                       undated("b", shocks("b:c1", "five", 5, "Five aftershocks followed."))], story="s")
    assert [f.assessment for f in clash] == ["conflicting"]


def test_responders_counted_without_a_verb_of_sending_are_the_force_sent() -> None:
    sent = [art(a, claim(f"{a}:c1", "About 180", 180, "About 180 rescuers were searching the debris.",
                         measure="deployed", counted="rescuers", qualifier="approx")) for a in ("a", "b")]
    later = art("c", claim("c:c1", "about 150", 150, "Around 150 rescuers are back on the debris cone.",
                           counted="rescuers", qualifier="approx"))
    facts = reconcile([*sent, later], story="s")
    assert len(facts) == 1 and set(facts[0].claims) == {"a:c1", "b:c1", "c:c1"}
    # a count of people who are no responders stays a count of its own
    guests = [art(a, claim(f"{a}:c1", "about 150", 150, "Around 150 guests were in the hotel.", counted="guests",
                           qualifier="approx")) for a in ("d", "e")]
    facts = reconcile([*sent, *guests], story="s")
    assert sorted(sorted(f.claims) for f in facts) == [["a:c1", "b:c1"], ["d:c1", "e:c1"]]


def test_the_dead_identified_are_a_count_apart_from_the_dead_from_one_village() -> None:
    def part(cid: str, number_text: str, value: float, text: str) -> Claim:
        return dataclasses.replace(claim(cid, number_text, value, text, measure="killed", role="victims"),
                                   subject="(of whom)")
    named = [art(a, part(f"{a}:c1", "14", 14, "Only 14 of the bodies had been identified by Monday.")) for a in "ab"]
    home = [art(a, part(f"{a}:c1", "At least 18", 18, "At least 18 of the dead were from Kikopey village."))
            for a in "cd"]
    facts = reconcile([*named, *home], story="s")
    groups = sorted(sorted(f.claims) for f in facts)
    assert ["a:c1", "b:c1"] in groups and not any({"a:c1", "c:c1"} <= set(g) for g in groups)
