"""A fact's row as a reader sees it (link/fact_labels.py): the story's place, a fact's place, and
labels naming what is counted, on sentences written for these tests."""

from __future__ import annotations

import re

from storyline.link.fact_labels import agreed_places, label_for, place_of, spread, story_place, thing_of
from storyline.model import Article, Claim, Fact, NamedSpan


def article(aid: str, text: str, **labels: str) -> Article:
    """An article whose names are every occurrence of the given texts (``Peru="GPE"``)."""
    names = []
    for name, label in labels.items():
        name = name.replace("_", " ")
        names += [NamedSpan(start=m.start(), end=m.end(), label=label, text=name)
                  for m in re.finditer(re.escape(name), text)]
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text,
                   names=tuple(sorted(names, key=lambda n: n.start)))


def claim(text: str, number_text: str, *, measure: str, unit: str | None = None, counted: str | None = None,
          counted_as: str | None = None, subject: str | None = None, location: str | None = None,
          cid: str = "a:c1") -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=1.0, low=1.0, high=1.0, qualifier="exact", unit=unit, measure=measure, subject=subject,
                 subject_group="not_people", location=location, as_of=None, attributed_to=None, counted=counted,
                 counted_as=counted_as)


def fact(measure: str, label: str, *, location: str | None = None, scope: str | None = None) -> Fact:
    return Fact(id="s:f1", label=label, measure=measure, subject_group="not_people", location=location,
                claims=("a:c1",), low=1.0, high=1.0, assessment="single_source", explanation="", scope=scope)


# -- the story's place --------------------------------------------------------------------------

def test_the_story_is_placed_in_the_town_its_articles_agree_on_not_the_country() -> None:
    pile = [article("a", "A landslide buried homes in Cusco, Peru on Monday. Peru sent rescuers to Cusco.",
                    Cusco="GPE", Peru="GPE"),
            article("b", "Rescuers in Cusco dug through mud. The government of Peru declared an emergency.",
                    Cusco="GPE", Peru="GPE"),
            article("c", "Peru mourns as the Cusco landslide toll rises.", Cusco="GPE", Peru="GPE")]
    assert story_place(pile) == "Cusco"


def test_a_city_named_only_as_a_reference_point_is_not_the_story_s_place() -> None:
    endings = (("a", "officials said."), ("b", "near Tulsa."), ("c", "in the Tulsa area."))
    pile = [article(aid, f"A tornado hit Joplin on Sunday, some 70 miles from Tulsa, {extra}",
                    Joplin="GPE", Tulsa="GPE") for aid, extra in endings]
    pile += [article("d", "Storm chasers drove north of Tulsa before the tornado reached Joplin.",
                     Joplin="GPE", Tulsa="GPE")]
    assert story_place(pile) == "Joplin"


def test_a_city_the_parser_calls_a_person_is_still_the_story_s_place() -> None:
    # a lone "Genoa" tagged PERSON by a slip, in no one's full name, is the city the gazetteer knows
    pile = [article(aid, f"GENOA, Italy - A crane collapsed at the port of Genoa on {day}, killing three dockers. "
                         "Italy ordered checks on every crane.", Genoa="PERSON", Italy="GPE")
            for aid, day in (("a", "Monday"), ("b", "Monday night"))]
    pile += [article("c", "Three dead in Genoa port crane collapse. Dockers in Genoa went on strike; Italy mourns.",
                     Genoa="GPE", Italy="GPE")]
    assert story_place(pile) == "Genoa"
    # a lone name that is a person's, named in full too, stays a person's: "Austin" of "Tom Austin"
    pile = [article(aid, "Tom Austin, the Dallas fire chief, said Austin had sent crews. A fire hit Dallas.",
                    Tom_Austin="PERSON", Austin="PERSON", Dallas="GPE") for aid in "ab"]
    assert story_place(pile) == "Dallas"


def test_a_country_before_a_player_s_name_is_a_nationality_not_the_story_s_place() -> None:
    pile = [article(aid, f"LYON - Norway's Ida Berg beat Chile's Ana Rojas in the Lyon final on {day}.",
                    Lyon="GPE", Norway="GPE", Chile="GPE", Ida_Berg="PERSON", Ana_Rojas="PERSON")
            for aid, day in (("a", "Sunday"), ("b", "Sunday night"), ("c", "a hot Sunday"))]
    assert story_place(pile) == "Lyon"
    assert not {"Norway", "Chile"} & set(agreed_places(pile))


def test_a_person_s_surname_the_parser_calls_a_place_is_not_the_story_s_place() -> None:
    text = "Senator Ada Quill visited Tacoma. Quill said the plant in Tacoma would reopen. Quill thanked workers."
    pile = [article(aid, text, Ada_Quill="PERSON", Quill="GPE", Tacoma="GPE") for aid in "abc"]
    assert story_place(pile) == "Tacoma"


def test_no_place_named_gives_no_story_place() -> None:
    assert story_place([article("a", "The band released its fourth album on Friday.")]) is None


# -- a fact's place -------------------------------------------------------------------------------

def test_a_fact_at_the_country_is_set_at_the_story_s_place() -> None:
    one = claim("Peru said 12 people died.", "12", measure="killed", unit="people", location="Peru")
    assert place_of(fact("killed", "people killed in Peru", location="Peru"), [one], story="Cusco",
                    main="Peru") == "Cusco"


def test_a_fact_at_someone_s_home_is_set_at_the_story_s_place() -> None:
    one = claim("The victim, Lena Ortiz, 34, of Brookvale, was treated for burns.", "34", measure="age",
                location="Brookvale")
    assert place_of(fact("age", "age of Lena Ortiz", location="Brookvale"), [one], story="Fairhaven",
                    main="Fairhaven") == "Fairhaven"


def test_a_fact_its_sentence_sets_elsewhere_keeps_its_place() -> None:
    one = claim("In Norvik, another 300 people marched to the harbour.", "300", measure="count", unit="people",
                location="Norvik")
    assert place_of(fact("count", "people marched in Norvik", location="Norvik"), [one], story="Dalby",
                    main="Dalby") == "Norvik"


def test_a_sub_event_keeps_its_scope_s_place() -> None:
    one = claim("In Ostend district, four died.", "four", measure="killed", unit="people", location="Ostend")
    assert place_of(fact("killed", "people killed in Ostend", location="Ostend", scope="in Ostend"), [one],
                    story="Flanders", main="Flanders") == "Ostend"


# -- what an amount, a share or a measure is of ----------------------------------------------------

def test_what_an_amount_is_worth_or_totals() -> None:
    assert thing_of(claim("Thieves took paintings and sculptures worth $3 million from the gallery.", "$3 million",
                          measure="money", unit="USD")) == "paintings and sculptures"
    assert thing_of(claim("Donations totalling €40,000 reached the shelter.", "€40,000", measure="money",
                          unit="EUR")) == "Donations"
    assert thing_of(claim("She was ordered to pay a $2,500 fine by Friday.", "$2,500", measure="money",
                          unit="USD")) == "fine"
    assert thing_of(claim("The club paid $5 million last year.", "$5 million", measure="money", unit="USD")) == ""


def test_what_a_share_is_of() -> None:
    assert thing_of(claim("Officials said 60 percent of the crops were ruined by the frost.", "60 percent",
                          measure="percent", unit="percent")) == "crops ruined"
    assert thing_of(claim("The pilot had a blood sugar level of 4.1%.", "4.1%", measure="percent",
                          unit="percent")) == "blood sugar level"
    assert thing_of(claim("Turnout rose 3 percent.", "3 percent", measure="percent", unit="percent")) == ""


def test_what_a_length_or_a_time_measures() -> None:
    assert thing_of(claim("Divers found a hole about four metres wide in the hull.", "four", measure="distance",
                          unit="metres")) == "width of the hole"
    assert thing_of(claim("Dockers began a 48-hour regional strike that shut the port.", "48", measure="duration",
                          unit="hours")) == "regional strike"
    assert thing_of(claim("The storm lasted 40 minutes.", "40", measure="duration", unit="minutes")) == ""
    # a product named by a size is a name, not what the size measures
    assert thing_of(claim("Stores sold the 13-inch Zephyr Book first.", "13", measure="distance", unit="inch")) == ""


# -- labels ---------------------------------------------------------------------------------------

def test_an_amount_is_labelled_by_what_it_is_and_what_happened_to_it() -> None:
    one = claim("Paintings worth $3 million were stolen.", "$3 million", measure="money", unit="USD",
                counted_as="stolen")
    assert label_for("amount", fact("money", "amount"), [one]) == "paintings stolen"
    bare = claim("The club paid $5 million.", "$5 million", measure="money", unit="USD", counted_as="paid")
    assert label_for("amount", fact("money", "amount"), [bare]) == "amount paid"


def test_a_share_and_a_duration_are_labelled_by_their_thing_and_keep_the_measure() -> None:
    share = claim("About 60 percent of the crops were ruined.", "60 percent", measure="percent", unit="percent")
    assert label_for("percent (percent)", fact("percent", "percent (percent)"), [share]) == "crops ruined (percent)"
    strike = claim("Dockers began a 48-hour regional strike on Monday.", "48", measure="duration", unit="hours")
    assert label_for("duration (hours)", fact("duration", "duration (hours)"), [strike]) == \
        "duration of regional strike (hours)"
    told = claim("The jury returned after 12 hours of deliberation.", "12", measure="duration", unit="hours",
                 counted="hours of deliberation")
    assert label_for("duration (hours)", fact("duration", "duration (hours)"), [told]) == \
        "duration of deliberation (hours)"
    plain = claim("The tremor lasted 40 seconds.", "40", measure="duration", unit="seconds")
    assert label_for("duration (seconds)", fact("duration", "duration (seconds)"), [plain]) == "duration (seconds)"


def test_a_charge_is_labelled_by_its_whole_name_in_the_plural() -> None:
    one = claim("He faces one count of arson of an occupied building in the fire at the depot.", "one",
                measure="charged", unit="count", counted="count", subject="count of arson of an occupied building")
    assert label_for("count charged", fact("charged", "count charged"), [one]) == \
        "counts of arson of an occupied building charged"
    short = claim("She faces one count of fraud.", "one", measure="charged", unit="count", counted="count of fraud",
                  subject="count of fraud")
    assert label_for("count of fraud charged", fact("charged", "count of fraud charged"), [short]) == \
        "counts of fraud charged"


def test_times_plural_people_and_marks_that_name_nothing() -> None:
    calls = [claim("The suspect called the clinic four times.", "four", measure="count", unit="times",
                   counted="times", counted_as="called", cid="a:c1"),
             claim("He phoned four more times.", "four", measure="count", unit="times", counted="times",
                   counted_as="more", cid="b:c1")]
    assert label_for("times", fact("count", "times"), calls) == "times called"
    assert label_for("man killed", fact("killed", "man killed"), []) == "men killed"
    assert label_for("person detained", fact("detained", "person detained"), []) == "people detained"
    assert label_for(".", fact("count", "."), []) == "count"
    assert label_for("age of the man", fact("age", "age of the man"), []) == "age of the man"


# -- an event that spans its country ------------------------------------------------------------

def test_figures_told_in_towns_of_other_regions_keep_country_wide_facts_in_the_country() -> None:
    # strikes centred on one city, with the table's figures set in two towns of other regions
    wide = [claim("In Marseille 40 were held", "40", measure="detained", location="Marseille", cid="a:c1"),
            claim("in Lille 12 were hurt", "12", measure="injured", location="Lille", cid="a:c2")]
    assert spread(wide, "Lyon")
    country = fact("detained", "people detained in France", location="France")
    assert place_of(country, [], story="Lyon", main=None, wide=spread(wide, "Lyon")) == "France"
    # figures set only in the story's own town: a country-wide fact narrows to the town, as before
    local = [claim("40 were evacuated in Lyon", "40", measure="evacuated", location="Lyon", cid="b:c1")]
    assert not spread(local, "Lyon")
    assert place_of(country, [], story="Lyon", main=None, wide=spread(local, "Lyon")) == "Lyon"
    # towns named only as reference points ("300 km south of Marseille") spread nothing
    afar = [claim("The village lies 300 km south of Marseille", "300", measure="distance", location="Marseille",
                  cid="c:c1"),
            claim("Rescuers came from Lille, 20 of them", "20", measure="deployed", location="Lille", cid="c:c2")]
    assert not spread(afar, "Lyon")
    # a place the gazetteer does not hold as a town says nothing of the spread
    assert not spread(wide, "Ruritania Square")


def test_a_place_only_a_dateline_names_reads_in_a_readers_case() -> None:
    from storyline.link.fact_labels import _cased
    assert _cased("CHICAGO") == "Chicago"
    assert _cased("NEW YORK") == "New York"
    assert _cased("ST. LOUIS") == "St. Louis"
    assert _cased("RIO DE JANEIRO") == "Rio de Janeiro"
    assert _cased("WASHINGTON D.C.") == "Washington D.C."  # initials stay
    assert _cased("UAE") == "UAE" and _cased("US") == "US"  # an acronym alone is left as written
    assert _cased("Chicago") == "Chicago" and _cased("McAllen") == "McAllen"
