"""Labels a reader can use: whose age a row gives, what a duration or a unit measures, and the
text's own word for the people counted; on sentences written for these tests."""

from __future__ import annotations

from collections import Counter

from storyline.link import assess
from storyline.link.fact_names import _named_last, fullest, measured_thing, thing_label, whose_age
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim, NamedSpan


def claim(cid: str, text: str, number_text: str, *, measure: str = "age", unit: str | None = "years",
          counted: str | None = None, role: str | None = "other", value: float | None = None,
          qualifier: str = "exact") -> Claim:
    value = value if value is not None else float(number_text) if number_text.isdigit() else 1.0
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=value, qualifier=qualifier, unit=unit, measure=measure, subject=None,
                 subject_group="mixed", location=None, as_of=None, attributed_to=None, counted=counted, role=role)


def article(aid: str, text: str, *persons: str, claims: tuple[Claim, ...] = ()) -> Article:
    names = tuple(NamedSpan(start=text.index(p), end=text.index(p) + len(p), label="PERSON", text=p)
                  for p in persons)
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, published="2024-05-02", outlet=aid,
                   names=names, claims=claims)


# -- ages ------------------------------------------------------------------------------------

def test_a_surname_takes_the_fullest_name_the_story_gives() -> None:
    persons = Counter({"Orla Venn": 3, "Venn": 4, "Orla Venn Jr.": 1})
    assert fullest("Venn", persons) == "Orla Venn Jr."
    assert fullest("Orla Venn", persons) == "Orla Venn Jr."


def test_a_surname_two_persons_bear_stays_a_surname() -> None:
    persons = Counter({"Ada Brisk": 2, "Tom Brisk": 2})
    assert fullest("Brisk", persons) == "Brisk"


def test_an_age_names_its_person_with_the_role_the_figures_give() -> None:
    one = article("a", "Police charged Hal Munro, 52, with arson at the depot.", "Hal Munro")
    two = article("b", "Munro, 52, appeared in court on Monday.", "Munro")
    claims = [claim("a:1", "Police charged Hal Munro, 52, with arson at the depot.", "52", counted="Hal Munro",
                    role="perpetrators"),
              claim("b:1", "Munro, 52, appeared in court on Monday.", "52", counted="Munro")]
    assert whose_age(claims, [one, two]) == "age of Hal Munro (suspect)"


def test_two_forms_of_a_name_as_often_give_the_fullest_whatever_the_order() -> None:
    # two persons bear the surname, so "Venn" alone stays "Venn"; one figure says "Venn", one "Orla Venn"
    one = article("a", "Venn, 61, took the stand on Monday.", "Venn")
    two = article("b", "Orla Venn, 61, and Tom Venn left the court together.", "Orla Venn", "Tom Venn")
    claims = [claim("a:1", "Venn, 61, took the stand on Monday.", "61", counted="Venn"),
              claim("b:1", "Orla Venn, 61, and Tom Venn left the court together.", "61", counted="Orla Venn")]
    assert whose_age(claims, [one, two]) == "age of Orla Venn"
    assert whose_age(claims[::-1], [two, one]) == "age of Orla Venn"


def test_a_date_word_read_as_a_name_gives_way_to_the_name_beside_the_figure() -> None:
    text = "On Saturday, Priya Doyle, 34, was found alive by rescuers."
    one = article("a", text, "Priya Doyle")
    two = article("b", "Rescuers reached Priya Doyle after two days.", "Priya Doyle")
    claims = [claim("a:1", text, "34", counted="Saturday")]
    assert whose_age(claims, [one, two]) == "age of Priya Doyle"


def test_a_pronoun_stands_for_the_story_s_main_person_named_last_before_it() -> None:
    texts = ["The painter Ines Kalder died at home on Tuesday. She was 88.",
             "Ines Kalder, whose murals fill the old station, has died.",
             "Tributes were paid to Kalder by the city's mayor, Rolf Asch."]
    arts = [article("a", texts[0], "Ines Kalder"), article("b", texts[1], "Ines Kalder"),
            article("c", texts[2], "Kalder", "Rolf Asch")]
    told = claim("a:1", "She was 88.", "88")
    told = Claim(**{**{f: getattr(told, f) for f in told.__slots__}, "start": texts[0].index("She")})
    assert whose_age([told], arts) == "age of Ines Kalder"


def test_two_forms_of_one_surname_give_the_fullest_whatever_their_order() -> None:
    # "Kalder" alone and "Ines Kalder" both main persons: the surname matches at one place for both
    text = "Tributes poured in for Kalder on Tuesday. She was 88."
    told = claim("a:1", "She was 88.", "88")
    told = Claim(**{**{f: getattr(told, f) for f in told.__slots__}, "start": text.index("She")})
    one = article("a", text, "Kalder")
    assert _named_last(told, one, ["Kalder", "Ines Kalder"]) == "Ines Kalder"
    assert _named_last(told, one, ["Ines Kalder", "Kalder"]) == "Ines Kalder"


def test_a_thing_s_age_is_never_given_to_the_story_s_main_person() -> None:
    # "the 40-year-old bridge": a noun the story never calls the person by
    texts = ["Mayor Lena Ostrow opened the 40-year-old bridge again.", "Lena Ostrow cut the ribbon.",
             "Ostrow thanked the engineers."]
    arts = [article("a", texts[0], "Lena Ostrow"), article("b", texts[1], "Lena Ostrow"),
            article("c", texts[2], "Ostrow")]
    claims = [claim("a:1", texts[0], "40", counted="bridge")]
    assert whose_age(claims, arts) == ""



def test_an_age_of_one_of_several_is_never_given_to_the_story_s_main_person() -> None:
    # "the men, aged 24 and 31": an age of one of two men, not the inspector's the story names
    texts = ["Inspector Dana Vole said the men, aged 24 and 31, were held overnight.",
             "Dana Vole led the search.", "Two men from Hull, aged 24 and 31, were arrested, Vole said."]
    arts = [article("a", texts[0], "Dana Vole"), article("b", texts[1], "Dana Vole"), article("c", texts[2], "Vole")]
    claims = [claim("a:1", texts[0], "24", counted="men", role="perpetrators"), claim("c:1", texts[2], "24")]
    assert whose_age(claims, arts) == ""
    # one man's age told so is the named person's, as before
    one = article("d", "Dana Vole, 52, led the search.", "Dana Vole")
    assert whose_age([claim("d:1", "Dana Vole, 52, led the search.", "52", counted="Dana Vole")], [one]) == \
        "age of Dana Vole"

def test_someone_an_indefinite_article_brings_in_is_never_a_person_named_before() -> None:
    # the fire chief is named before each figure, but "a 9-year-old boy" is someone met for the first time
    texts = ["Chief Rosa Imbert said a 9-year-old boy died in hospital on Sunday.",
             "The dead were a 9-year-old boy and two women, Chief Rosa Imbert said.",
             "Rosa Imbert praised the crews."]
    arts = [article("a", texts[0], "Rosa Imbert"), article("b", texts[1], "Rosa Imbert"),
            article("c", texts[2], "Rosa Imbert")]
    claims = [claim("a:1", texts[0], "9", counted="boy"), claim("b:1", texts[1], "9", counted="boy")]
    assert whose_age(claims, arts) == "age of the boy"
    # "an 8-year-old girl" with the side the figures give her
    girl = "Rosa Imbert said an 8-year-old girl was hurt."
    hurt = [claim("d:1", girl, "8", counted="girl", role="victims"), claim("d:2", girl, "8", counted="girl")]
    assert whose_age(hurt, [*arts, article("d", girl, "Rosa Imbert")]) == "age of the girl (victim)"


def test_an_indefinite_age_said_of_a_named_person_stays_theirs() -> None:
    # an apposition to a name or a copula after one: the person the story named, as before
    texts = ["Ada Brisk, a 39-year-old woman from Leeds, was charged on Friday.", "Ada Brisk was charged.",
             "Police said Brisk was a 39-year-old woman with no record."]
    arts = [article("a", texts[0], "Ada Brisk"), article("b", texts[1], "Ada Brisk"), article("c", texts[2], "Brisk")]
    claims = [claim("a:1", texts[0], "39", counted="woman"), claim("c:1", texts[2], "39", counted="woman")]
    assert whose_age(claims, arts) == "age of Ada Brisk"
    # "the 39-year-old man" refers to someone met before: no newcomer
    the = "Ada Brisk said the 39-year-old man had left."
    assert whose_age([claim("d:1", the, "39", counted="man")], [*arts, article("d", the, "Ada Brisk")]) == \
        "age of Ada Brisk"


def test_one_figure_s_stray_noun_does_not_keep_a_pronoun_s_age_from_the_main_person() -> None:
    # three articles say "He was 81."; one reads a thing ("prison") as what is aged: the painter's age still
    texts = ["The forger Milo Tarrant has died. He was 81.", "Milo Tarrant, the forger, died on Sunday. He was 81.",
             "Tarrant, who spent years in prison before dying at 81, painted on."]
    arts = [article("a", texts[0], "Milo Tarrant"), article("b", texts[1], "Milo Tarrant"),
            article("c", texts[2], "Tarrant")]
    told = [Claim(**{**{f: getattr(c, f) for f in c.__slots__}, "start": texts[i].index("He")})
            for i, c in enumerate([claim("a:1", "He was 81.", "81"), claim("b:1", "He was 81.", "81")])]
    stray = claim("c:1", texts[2], "81", counted="prison")
    assert whose_age([*told, stray], arts) == "age of Milo Tarrant"
    # but a thing most figures give the age of is still no person's ("the 40-year-old bridge" below)
    assert whose_age([stray], arts) == ""


def test_the_noun_the_story_calls_a_person_by_is_their_role() -> None:
    texts = ["The 29-year-old sprinter withdrew from the final.", "Sprinter Jonah Reyes, 29, felt a cramp.",
             "Jonah Reyes will rest for a month."]
    arts = [article("a", texts[0]), article("b", texts[1], "Jonah Reyes"), article("c", texts[2], "Jonah Reyes")]
    claims = [claim("a:1", texts[0], "29", counted="sprinter"),
              claim("b:1", texts[1], "29", counted="Jonah Reyes")]
    assert whose_age(claims, arts) == "age of Jonah Reyes (sprinter)"


# -- what a duration or a unit measures ------------------------------------------------------

def test_what_lasts_is_the_subject_of_lasted() -> None:
    found = claim("a:1", "The second blackout lasted about 40 minutes, the utility said.", "about 40",
                  measure="duration", unit="minutes")
    assert measured_thing(found) == "second blackout"
    assert thing_label("duration (minutes)", "duration", [found]) == "duration of the second blackout (minutes)"


def test_a_pronoun_or_an_adverb_names_nothing() -> None:
    said = claim("a:1", "It lasted 30 seconds, a witness said.", "30", measure="duration", unit="seconds")
    ago = claim("a:2", "She moved to the coast three weeks ago.", "three", measure="duration", unit="weeks")
    assert measured_thing(said) == "" and measured_thing(ago) == ""
    assert thing_label("duration (seconds)", "duration", [said, ago]) == ""


def test_time_left_and_time_to_do_something() -> None:
    left = claim("a:1", "The visitors scored with 17 seconds left in the match.", "17", measure="duration",
                 unit="seconds")
    fix = claim("b:1", "Engineers said it would take nine days to replace the pump.", "nine", measure="duration",
                unit="days")
    assert measured_thing(left) == "time remaining"
    assert measured_thing(fix) == "time to replace the pump"
    assert thing_label("duration (days)", "duration", [fix]) == "duration of time to replace the pump (days)"


def test_a_unit_as_a_label_s_head_gives_way_to_what_it_measures() -> None:
    chip = claim("a:1", "The tablet gets a 2.4 GHz quad core chip and more memory.", "2.4", measure="count",
                 unit="ghz", value=2.4)
    assert thing_label("ghz", "count", [chip]) == "quad core chip (ghz)"
    total = claim("b:1", "Total delay was 95 minutes on the northern line.", "95", measure="count", unit="minutes")
    assert thing_label("minutes", "count", [total]) == "delay (minutes)"


def test_a_counted_noun_is_no_unit() -> None:
    seats = claim("a:1", "The party won 41 seats in the vote.", "41", measure="count", unit="seats",
                  counted="seats")
    assert thing_label("seats", "count", [seats]) == ""


# -- the text's word for people --------------------------------------------------------------

def test_people_the_text_counts_as_people_stay_people() -> None:
    def said(aid: str, text: str, number_text: str, value: float) -> Article:
        c = Claim(id=f"{aid}:1", article=aid, start=0, end=len(text), text=text, number_text=number_text,
                  value=value, low=value, high=value, qualifier="exact", unit="people", measure="detained",
                  subject=None, subject_group="protesters", location="Harn", as_of=None, attributed_to=None,
                  counted="people", role="perpetrators")
        return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, published="2024-05-02", outlet=aid,
                       claims=(c,))
    facts = reconcile([said("a", "Police detained 40 people after the march in Harn.", "40", 40),
                       said("b", "Some 40 people were detained in Harn on Sunday.", "40", 40)], story="s")
    assert [f.label for f in facts if f.measure == "detained"] == ["people detained in Harn"]


# -- rounding --------------------------------------------------------------------------------

def test_a_round_figure_is_the_exact_one_rounded() -> None:
    assert assess.rounds_to(claim("a:1", "…", "40", measure="percent", unit="%"),
                            claim("b:1", "…", "39", measure="percent", unit="%"))
    assert assess.rounds_to(claim("a:1", "…", "1100", measure="price", unit="USD"),
                            claim("b:1", "…", "1099", measure="price", unit="USD"))


def test_a_far_figure_or_an_age_is_no_rounding() -> None:
    assert not assess.rounds_to(claim("a:1", "…", "50", measure="percent", unit="%"),
                                claim("b:1", "…", "47", measure="percent", unit="%"))
    assert not assess.rounds_to(claim("a:1", "…", "60"), claim("b:1", "…", "61"))  # two ages
    assert not assess.rounds_to(claim("a:1", "…", "41", measure="percent", unit="%"),
                                claim("b:1", "…", "39", measure="percent", unit="%"))


def test_a_head_count_is_no_rounding() -> None:
    assert not assess.rounds_to(claim("a:1", "…", "40", measure="count", unit="divers"),
                                claim("b:1", "…", "39", measure="count", unit="divers"))


# -- what a percentage is of -----------------------------------------------------------------

def share(text: str, number_text: str) -> Claim:
    return claim("a:1", text, number_text, measure="percent", unit="%", value=1.0)


def test_a_percentage_change_names_what_changed_and_which_way() -> None:
    assert thing_label("percent (percent)", "percent",
                       [share("Airline shares slid 7 percent after the warning.", "7 percent")]) == \
        "fall in airline shares (percent)"  # a sentence's first word is lowered
    assert thing_label("percent (percent)", "percent",
                       [share("By noon, copper prices climbed 2.5 per cent.", "2.5 per cent")]) == \
        "rise in copper prices (percent)"
    assert thing_label("percent (percent)", "percent",
                       [share("Rents rose by about 6 percent this year.", "about 6 percent")]) == \
        "rise in rents (percent)"


def test_a_share_of_a_group_and_a_comparison() -> None:
    assert thing_label("percent", "percent",
                       [share("Some 70 percent of the 412 nurses joined the strike.", "70 percent")]) == \
        "share of nurses (percent)"
    assert thing_label("percent", "percent",
                       [share("The new model has 30 percent brighter screens.", "30 percent")]) == \
        "brighter screens (percent)"
    assert thing_label("percent", "percent",
                       [share("Officials said the turnout was nearly 64%.", "nearly 64%")]) == "turnout (percent)"


def test_a_percentage_whose_sentence_does_not_say_keeps_its_label() -> None:
    assert thing_label("percent", "percent", [share("It fell 3 percent.", "3 percent")]) == ""
    # the phrase's head lies before the words read ("shares in the bank"): no guess
    assert thing_label("percent", "percent", [share("Shares in the lender fell 12 percent.", "12 percent")]) == ""


def test_a_percentage_that_sizes_a_noun_is_named_by_it() -> None:
    assert thing_label("percent", "percent",
                       [share("The bid is a 31 percent premium to Tuesday's close.", "31 percent")]) == \
        "premium (percent)"
    assert thing_label("percent", "percent",
                       [share("The fund bought a 4.9% stake in the airline last year.", "4.9%")]) == \
        "stake (percent)"
    # no article before the figure: "7 percent of the vote" and "10 percent off" are not sized nouns
    assert thing_label("percent", "percent",
                       [share("Prices were 10 percent above their peak.", "10 percent")]) == ""


def test_more_than_a_close_is_a_comparison_not_a_thing() -> None:
    # "27% more than Friday's close": nothing is "more than share"; the word before the comma is not its noun
    assert thing_label("percent", "percent",
                       [share("The buyer will pay $38 per share, 27% more than Friday's close.", "27%")]) == ""


def test_a_place_the_parser_reads_as_a_person_in_headlines_is_nobody_whose_age_it_is() -> None:
    # the town's name leads each headline, where the parser takes it for a person; the bodies tag it as a place
    texts = ["Harlow Green blast: toll rises to six as man, 47, arrested",
             "Harlow Green explosion: survivors tell of night of terror\n\nResidents of Harlow Green fled.",
             "Harlow Green blast: gas board under fire\n\nThe blast in Harlow Green destroyed a block of flats.",
             "Flats collapse\n\nPolice in Harlow Green said a 47-year-old man was held."]
    arts = []
    for i, text in enumerate(texts):
        first = NamedSpan(start=0, end=len("Harlow Green"), label="PERSON", text="Harlow Green") if i < 3 else None
        later = text.find("Harlow Green", 1)
        place = NamedSpan(start=later, end=later + len("Harlow Green"), label="GPE", text="Harlow Green") \
            if later > 0 else None
        arts.append(Article(id=f"a{i}", source=f"a{i}.txt", format="txt", text=text, published="2024-05-02",
                            outlet=f"a{i}", names=tuple(n for n in (first, place) if n)))
    ages = [claim("a0:1", texts[0], "47", counted=None, role="perpetrators"),
            claim("a3:1", "Police in Harlow Green said a 47-year-old man was held.", "47", counted="man",
                  role="perpetrators")]
    assert "Harlow Green" not in whose_age(ages, arts)
    # a person the parser tags so in most articles keeps their age
    people = [article(f"b{i}", f"Ann Velk, 47, was arrested on day {i}.", "Ann Velk") for i in range(3)]
    assert whose_age([claim("b0:1", "Ann Velk, 47, was arrested on day 0.", "47")], people) == "age of Ann Velk"
