"""Figures of a kind the facts table leaves out, kept when several outlets agree on them, on sentences
written for these tests: a long duration two outlets give in their own words early in their articles, a
product's specification (memory, clock speed, pixels) and an area several outlets give."""

from __future__ import annotations

from storyline.link.kept_figures import agreed, area_unit, harmed_area, same_wording, spec_unit, window
from storyline.link.reconcile import _base, _long, reconcile
from storyline.model import Article, Claim
from tests.link.made_claims import told

FILLER = " The council met again on Tuesday to discuss the harbour budget and the new ferry timetable." * 6


def duration(cid: str, number_text: str, value: float, text: str, *, unit: str = "months", start: int = 0,
             qualifier: str = "exact") -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=start, end=start + len(text), text=text,
                 number_text=number_text, value=value, low=value, high=value, qualifier=qualifier, unit=unit,
                 measure="duration", subject=None, subject_group="not_people", location="Valland", as_of=None,
                 attributed_to=None, counted=unit, role="objects")


def art(aid: str, claim: Claim, *, late: bool = False) -> Article:
    """An article of its own outlet telling the claim's sentence alone, or after a long preamble."""
    if late:
        text = FILLER + " " + claim.text
        claim = Claim(**{**{f: getattr(claim, f) for f in Claim.__slots__ if not f.startswith("__")},
                         "start": len(FILLER) + 1, "end": len(text)})
    else:
        text = claim.text
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, published="2024-05-02", outlet=aid,
                   claims=(claim,))


def kept(*articles: Article) -> frozenset[str]:
    return agreed(articles, kept_out=_long, size=_base)


def test_a_long_duration_two_outlets_tell_in_their_own_words_is_kept() -> None:
    a = art("a", duration("a:c1", "nine", 9, "The arrests end a nine-month inquiry by the port authority's auditors."))
    b = art("b", duration("b:c1", "nine", 9, "Auditors combed through the harbour accounts for nine months."))
    assert kept(a, b) == {"a:c1", "b:c1"}


def test_two_units_of_one_length_agree() -> None:
    a = art("a", duration("a:c1", "18", 18, "The drought that emptied the reservoir has lasted 18 months."))
    b = art("b", duration("b:c1", "a year and a half", 1.5, "Farmers have waited a year and a half for rain.",
                          unit="years"))
    assert kept(a, b) == {"a:c1", "b:c1"}


def test_other_lengths_one_outlet_a_copied_sentence_or_a_late_mention_are_not_kept() -> None:
    seven = art("a", duration("a:c1", "seven", 7, "The strike at the mill has now run for seven years.", unit="years"))
    eight = art("b", duration("b:c1", "eight", 8, "Workers at the mill walked out eight years into the dispute.",
                              unit="years"))
    assert not kept(seven, eight)  # seven years and eight years are two lengths
    once = art("a", duration("a:c1", "nine", 9, "The arrests end a nine-month inquiry by the auditors."))
    assert not kept(once)
    wire = "The arrests end a nine-month inquiry by the port authority's auditors, officials said."
    assert not kept(art("a", duration("a:c1", "nine", 9, wire)), art("b", duration("b:c1", "nine", 9, wire)))
    history = art("b", duration("b:c1", "nine", 9, "The old quay was rebuilt over nine months in the sixties."),
                  late=True)
    assert not kept(once, history)  # one outlet tells it early, the other only in its history


def test_a_window_from_the_writers_day_or_an_age_is_no_length_of_the_story() -> None:
    for number_text, text in (("two", "Sales have grown in the past two years."),
                              ("24", "Prices may double over the next 24 months."),
                              ("six", "The republic split from its neighbour six months ago."),
                              ("forty", "She had left the stage forty years prior."),
                              ("61", "The women, who were 61 and 48 years old, were found at home.")):
        assert window(duration("a:c1", number_text, 1, text, unit="years"))
    assert not window(duration("a:c1", "nine", 9, "The arrests end a nine-month inquiry."))
    assert not window(duration("a:c1", "41", 41, "The arrest ends a 41-year search for the killer.", unit="years"))


def test_same_wording_tells_a_copy_from_a_retelling() -> None:
    assert same_wording("Ferries were halted for three days, the operator said.",
                        "Ferries were halted for three days, the operator said on Monday.")
    assert not same_wording("Ferries were halted for three days, the operator said.",
                            "The operator kept its boats in port from Friday to Monday.")


def test_the_agreed_length_reaches_the_facts_table() -> None:
    a = art("a", duration("a:c1", "nine", 9, "The arrests end a nine-month inquiry by the port authority's auditors."))
    b = art("b", duration("b:c1", "nine", 9, "Auditors combed through the harbour accounts for nine months."))
    facts = reconcile([a, b], story="s1")
    assert any(f.measure == "duration" and set(f.claims) == {"a:c1", "b:c1"} for f in facts)
    alone = reconcile([a, art("b", duration("b:c1", "two", 2, "The ferry line has run for two decades.",
                                            unit="decades"))], story="s1")
    assert not any(f.measure == "duration" for f in alone)  # no outlet agrees: the setting, left out


# -- a product's specification ---------------------------------------------------------------

def spec(cid: str, number_text: str, value: float, text: str, counted: str, *, measure: str = "count",
         qualifier: str = "exact") -> Claim:
    high = value
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=None if qualifier == "up_to" else value, high=high, qualifier=qualifier,
                 unit=counted.split()[0], measure=measure, subject=None, subject_group="not_people",
                 location="Valland", as_of=None, attributed_to=None, counted=counted, role="objects")


def test_a_figure_in_a_unit_of_memory_speed_or_pixels_is_a_specification() -> None:
    assert spec_unit(spec("a:c1", "16", 16, "The tablet carries 16GB of memory.", "gb of memory")) == "GB"
    assert spec_unit(spec("a:c1", "2.4", 2.4, "It runs a 2.4GHz chip.", "ghz chip")) == "GHz"
    assert spec_unit(spec("a:c1", "12", 12, "A 12-megapixel camera sits on the back.", "megapixel camera",
                          measure="other")) == "megapixel"
    assert spec_unit(spec("a:c1", "3", 3, "Three chips were sold.", "chips")) is None
    assert spec_unit(spec("a:c1", "40", 40, "The lab hired 40 engineers.", "engineers")) is None


def test_specifications_several_outlets_give_are_facts_one_per_value() -> None:
    a = art("a", spec("a:c1", "16", 16, "The new tablet ships with 16GB of memory.", "gb of memory"))
    b = art("b", spec("b:c1", "16", 16, "Buyers get 16GB standard in every model.", "gb"))
    c = art("c", spec("c:c1", "up to 32", 32, "The tablet can hold up to 32GB of memory.", "gb of memory",
                      qualifier="up_to"))
    d = art("d", spec("d:c1", "32", 32, "A 32GB version costs more.", "gb version"))
    facts = reconcile([a, b, c, d], story="s1")
    claims = sorted(sorted(f.claims) for f in facts)
    assert ["a:c1", "b:c1"] in claims and ["c:c1", "d:c1"] in claims  # 16GB standard, 32GB at most: two facts
    alone = reconcile([a, art("e", spec("e:c1", "40", 40, "The firm hired 40 engineers.", "engineers"))],
                      story="s1")
    assert not any("a:c1" in f.claims for f in alone)  # one outlet's specification stays a claim


# -- an area -------------------------------------------------------------------------------------

def test_an_area_is_a_measure_of_the_place_not_a_count() -> None:
    for number_text, text, unit in (("250,000", "The 250,000-square-foot depot burned for hours.", "square feet"),
                                    ("40", "Crews cleared a 40 - acre lot behind the mill.", "acres"),
                                    ("3,000", "The plant covers 3,000 square metres of the harbour.",
                                     "square metres"),
                                    ("12", "Flames spread across 12 hectares of scrub.", "hectares")):
        assert area_unit(spec("a:c1", number_text, 1, text, "thing", measure="other")) == unit
    assert area_unit(spec("a:c1", "1,200", 1200, "Valby, a 1,200-square-kilometre island, lies offshore.",
                          "kilometre", measure="other")) is None  # a named place's size: its setting
    assert area_unit(spec("a:c1", "40", 40, "Crews cleared 40 cars from the lot.", "cars")) is None


def test_an_area_two_outlets_give_is_a_fact() -> None:
    a = art("a", spec("a:c1", "250,000", 250000, "The 250,000-square-foot depot burned for hours.", "foot",
                      measure="other"))
    b = art("b", spec("b:c1", "250,000", 250000, "Firefighters ringed the 250,000 square foot warehouse.",
                      "foot warehouse", measure="other"))
    facts = reconcile([a, b], story="s1")
    assert any(set(f.claims) == {"a:c1", "b:c1"} and f.counted == "square feet" for f in facts)


def test_the_area_a_fire_burned_is_one_quantity_that_grows() -> None:
    assert harmed_area(spec("a:c1", "about 4,200", 4200, "The fire has burned about 4,200 hectares of forest.",
                            "hectares"))
    assert harmed_area(spec("a:c1", "17,500", 17500, "Civil protection counted 17,500 hectares burned.", "hectares"))
    # the size of a place, even in a story of fire, is no extent of harm
    assert not harmed_area(spec("a:c1", "250,000", 250000, "The 250,000-square-foot depot burned for hours.",
                                "foot", measure="other"))
    assert not harmed_area(spec("a:c1", "3,000", 3000, "The plant covers 3,000 square metres of the harbour.",
                                "metres"))
    days = [art("a", spec("a:c1", "about 4,200", 4200, "The fire has burned about 4,200 hectares of forest.",
                          "hectares")),
            art("b", spec("b:c1", "11,800", 11800, "The flames have now eaten through 11,800 hectares.", "hectares")),
            told("c", spec("c:c1", "18,900", 18900, "The fire has burned 18,900 hectares, up from 17,500 on Monday.",
                           "hectares"),
                 spec("c:c2", "17,500", 17500, "The fire has burned 18,900 hectares, up from 17,500 on Monday.",
                      "hectares"))]
    rows = [set(f.claims) for f in reconcile(days, story="s1") if "hectares" in (f.counted or "")]
    assert len(rows) == 1 and {"a:c1", "b:c1", "c:c1"} <= rows[0]  # one row, the earlier figure restated or left


def test_a_unit_glued_to_the_figure_makes_a_specification() -> None:
    chip = spec("a:c1", "800", 800, "The handset runs an 800MHz processor.", "processor", measure="other")
    assert spec_unit(chip) == "MHz"
    assert spec_unit(spec("a:c1", "800", 800, "The handset sold 800 units.", "units")) is None
