"""One quantity, one row: a noun written open or closed, and a bare count beside the quantity it restates
(link/one_row.py); on sentences written for these tests."""

from __future__ import annotations

from storyline.link.one_row import closed, fold_compounds
from storyline.link.reconcile import _key, reconcile
from storyline.model import Fact
from tests.link.made_claims import art, claim, groups, ids, things, unit


def together(facts: tuple[Fact, ...], *ids: str) -> bool:
    return any(set(ids) <= g for g in groups(facts))


# -- a noun written open, hyphenated or closed ----------------------------------------------------------------

def test_closed_writes_the_last_two_words_as_one() -> None:
    assert closed("Web sites") == "websites"
    assert closed("fire fighters") == "firefighters"
    assert closed("co - workers") == "coworkers"
    assert closed("data centres") == "datacentres"
    assert closed("e-mail accounts") is None  # its head is "accounts": nothing to close
    assert closed("tankers") is None
    assert closed(None) is None


def test_data_centres_and_datacentres_are_one_count() -> None:
    # three outlets write the noun open, three closed: no word is shared, and each side is several sources
    closed_ = [art(x, things(f"{x}:c1", "three", 3, f"Three datacentres went dark after the storm ({x}).",
                             "datacentres", did="closed")) for x in "abc"]
    open_ = [art(x, things(f"{x}:c1", "three", 3, f"Three data centres lost power overnight ({x}).", "data centres",
                           did="lost")) for x in "def"]
    assert groups(reconcile([*closed_, *open_], story="s")) == [{f"{x}:c1" for x in "abcdef"}]


def test_web_sites_infected_join_websites_infected_as_the_count_grows() -> None:
    # "at least 1,500" early and "about 4,000" later: the figures differ, the noun is one
    a = art("a", things("a:c1", "about 4,000", 4000, "The worm infected about 4,000 websites.", "websites",
                        did="infected", qualifier="about"))
    b = art("b", things("b:c1", "4,000", 4000, "Researchers counted 4,000 infected websites.", "websites",
                        did="infected"))
    c = art("c", things("c:c1", "at least 1,500", 1500, "At least 1,500 Web sites were infected by Sunday.",
                        "Web sites", did="infected", qualifier="at_least"))
    d = art("d", things("d:c1", "about 4,000", 4000, "About 4,000 Web sites carry the code.", "Web sites",
                        did="carry", qualifier="about"))
    assert groups(reconcile([a, b, c, d], story="s")) == [{"a:c1", "b:c1", "c:c1", "d:c1"}]


def test_an_open_noun_joins_the_closed_row_of_figures_not_a_word_of_amount_beside_it() -> None:
    # two rows of the closed noun: one of figures, one of a word of amount ("thousands of websites"); the open
    # noun's figures join the row of figures, and a word of amount of the open noun stays where it is
    figures = unit(things("a:c1", "about 4,000", 4000, "The worm infected about 4,000 websites.", "websites",
                          did="infected", qualifier="about"),
                   things("b:c1", "4,000", 4000, "Researchers counted 4,000 infected websites.", "websites",
                          did="infected"))
    word = unit(things("c:c1", "thousands", 1000, "Thousands of websites may host the code.", "websites",
                       did="host", qualifier="vague"))
    open_ = unit(things("d:c1", "at least 1,500", 1500, "At least 1,500 Web sites were infected by Sunday.",
                        "Web sites", did="infected", qualifier="at_least"),
                 things("e:c1", "about 4,000", 4000, "About 4,000 Web sites carry the code.", "Web sites",
                        did="carry", qualifier="about"))
    rough = unit(things("f:c1", "hundreds", 100, "Hundreds of Web sites were cleaned.", "Web sites", did="cleaned",
                        qualifier="vague"))
    fold_compounds([figures, word, open_, rough], key=_key)
    assert ids(figures) == {"a:c1", "b:c1", "d:c1", "e:c1"} and ids(word) == {"c:c1"}
    assert ids(rough) == {"f:c1"}  # which of the two rows a word of amount restates stays unknown


def test_an_open_noun_the_story_never_writes_closed_stays_its_own() -> None:
    # "ladder trucks" are not "firetrucks": only the compound the story writes closed is joined
    a = art("a", things("a:c1", "31", 31, "Crews brought 31 firetrucks to the blaze.", "firetrucks", did="brought"),
            things("a:c2", "three", 3, "Three ladder trucks reached the roof.", "ladder trucks", did="reached"))
    b = art("b", things("b:c1", "31", 31, "In all, 31 firetrucks were sent.", "firetrucks", did="sent"))
    c = art("c", things("c:c1", "three", 3, "Three ladder trucks were used on the roof.", "ladder trucks",
                        did="used"))
    facts = reconcile([a, b, c], story="s")
    assert together(facts, "a:c1", "b:c1")
    assert not together(facts, "a:c1", "a:c2")
    assert not together(facts, "b:c1", "c:c1")


# -- a bare count of people beside the quantity it restates ---------------------------------------------------

def test_a_bare_count_restating_the_displaced_joins_them() -> None:
    fled = [art("a", claim("a:c1", "about 3,000", 3000, "About 3,000 people fled their homes as the river rose.",
                           measure="displaced", qualifier="about")),
            art("b", claim("b:c1", "3,000", 3000, "The floods displaced 3,000 residents, officials said.",
                           measure="displaced", counted="residents")),
            art("c", claim("c:c1", "3,000", 3000, "Some 3,000 people were forced from their homes.",
                           measure="displaced"))]
    sheltering = [art(x, claim(f"{x}:c1", "over 3,000", 3000, f"Over 3,000 people were sheltering in schools ({x}).",
                               role="other", qualifier="more_than")) for x in "def"]
    assert groups(reconcile([*fled, *sheltering], story="s")) == [{f"{x}:c1" for x in "abcdef"}]


def test_a_bare_count_an_article_tells_apart_stays_its_own() -> None:
    # one article gives 1,200 evacuated and 400 people in the shelter: two quantities
    a = art("a", claim("a:c1", "1,200", 1200, "Police evacuated 1,200 people from the valley.", measure="evacuated"),
            claim("a:c2", "about 400", 400, "About 400 people were in the sports hall shelter.", did="were",
                  role="other", qualifier="about"))
    b = art("b", claim("b:c1", "1,200", 1200, "Some 1,200 residents were evacuated.", measure="evacuated",
                       counted="residents"))
    c = art("c", claim("c:c1", "about 400", 400, "The shelter held about 400 people overnight.", did="held",
                       role="other", qualifier="about"))
    facts = reconcile([a, b, c], story="s")
    assert not together(facts, "a:c1", "a:c2")
    assert not together(facts, "b:c1", "c:c1")


def test_a_few_people_counted_do_not_join_a_toll_of_as_many() -> None:
    killed = [art(x, claim(f"{x}:c1", "five", 5, f"The blast killed five people ({x}).", measure="killed"))
              for x in "abc"]
    inside = [art(x, claim(f"{x}:c1", "five", 5, f"Five people were inside the shop at the time ({x}).",
                           role="other")) for x in "def"]
    facts = reconcile([*killed, *inside], story="s")
    assert together(facts, "a:c1", "b:c1", "c:c1")
    assert together(facts, "d:c1", "e:c1", "f:c1")
    assert not together(facts, "a:c1", "d:c1")


def test_a_bare_count_two_quantities_fit_stays_its_own() -> None:
    injured = [art(x, claim(f"{x}:c1", "1,500", 1500, f"The quake injured 1,500 people ({x}).", measure="injured"),
                   claim(f"{x}:c2", "1,500", 1500, f"Another 1,500 were evacuated from the coast ({x}).",
                         measure="evacuated")) for x in "abc"]
    affected = [art(x, claim(f"{x}:c1", "about 1,500", 1500, f"About 1,500 people were affected ({x}).",
                             role="other", qualifier="about")) for x in "def"]
    facts = reconcile([*injured, *affected], story="s")
    assert together(facts, "d:c1", "e:c1", "f:c1")
    assert not together(facts, "a:c1", "d:c1")
    assert not together(facts, "a:c2", "d:c1")


def test_a_side_counted_is_not_a_bare_count() -> None:
    # 2,000 police on patrol beside 2,000 people detained: a side, not the detained told loosely
    a = art("a", claim("a:c1", "2,000", 2000, "Police detained 2,000 people over the weekend.", measure="detained"))
    b = art("b", claim("b:c1", "2,000", 2000, "Some 2,000 people were detained.", measure="detained"))
    c = art("c", claim("c:c1", "2,000", 2000, "Officers held 2,000 people in all.", measure="detained"))
    police = [art(x, claim(f"{x}:c1", "2,000", 2000, f"About 2,000 police officers patrolled the centre ({x}).",
                           did="patrolled", counted="police officers", role="security_forces")) for x in "def"]
    facts = reconcile([a, b, c, *police], story="s")
    assert together(facts, "a:c1", "b:c1", "c:c1")
    assert not together(facts, "a:c1", "d:c1")


def test_a_bare_count_restating_people_a_noun_names_joins_them() -> None:
    passengers = [art(x, claim(f"{x}:c1", "240", 240, f"The ferry was carrying 240 passengers ({x}).",
                               counted="passengers")) for x in "abc"]
    aboard = [art(x, claim(f"{x}:c1", "about 240", 240, f"About 240 people were on board ({x}).", role="other",
                           qualifier="about")) for x in "def"]
    assert groups(reconcile([*passengers, *aboard], story="s")) == [{f"{x}:c1" for x in "abcdef"}]


def test_a_bare_count_of_another_size_than_the_named_people_stays_its_own() -> None:
    passengers = [art(x, claim(f"{x}:c1", "240", 240, f"The ferry was carrying 240 passengers ({x}).",
                               counted="passengers")) for x in "abc"]
    rescued = [art(x, claim(f"{x}:c1", "about 90", 90, f"About 90 people were pulled from the water ({x}).",
                            role="other", qualifier="about")) for x in "def"]
    facts = reconcile([*passengers, *rescued], story="s")
    assert not together(facts, "a:c1", "d:c1")
