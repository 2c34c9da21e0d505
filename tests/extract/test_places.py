"""Which names the parser calls places can be a fact's place (extract/places.py)."""

from __future__ import annotations

import re

from storyline.extract.places import is_place, placed_names
from storyline.model import Article, NamedSpan


def article(text: str, labels: dict[str, str]) -> Article:
    """An article whose every occurrence of each name carries the label given (the parse's names)."""
    names = [NamedSpan(start=m.start(), end=m.end(), label=label, text=name)
             for name, label in labels.items() for m in re.finditer(re.escape(name), text)]
    # a longer name holds the shorter one: keep the longest span at each place
    names = [n for n in names if not any(o is not n and o.start <= n.start and n.end <= o.end
                                         and len(o.text) > len(n.text) for o in names)]
    return Article(id="t", source="t", format="txt", text=text, language="en",
                   names=tuple(sorted(names, key=lambda n: n.start)))


def test_a_surname_is_no_place() -> None:
    text = "Coach Dana Whitfield was fired on Monday. The team was 3-9, Whitfield said."
    a = article(text, {"Dana Whitfield": "PERSON", "Whitfield": "GPE"})
    assert not is_place(a, "Whitfield")


def test_a_company_or_product_the_gazetteer_cannot_place_is_no_place() -> None:
    text = "The laptop uses a chip from Zentrix. Zentrix makes the graphics. It ships with a built-in Quaro card."
    a = article(text, {"Zentrix": "GPE", "Quaro": "GPE"})
    assert not is_place(a, "Zentrix")  # "from" alone is no place's word
    assert not is_place(a, "Quaro")  # "built-in" is no "in"
    text = "The studio will shoot DARK TIDE next year. In DARK TIDE, a diver is lost. DARK TIDE opens in May."
    assert not is_place(article(text, {"DARK TIDE": "GPE"}), "DARK TIDE")  # a title "in" which a story is set


def test_a_firm_that_owns_a_plant_or_an_office_where_the_text_puts_it_is_no_place() -> None:
    # "at X's Livingston plant" puts the plant somewhere and says X owns it
    text = ("Workers at Velcor's Livingston plant were told on Tuesday that 850 jobs will go. The union will press "
            "Velcor to use the consultation. Velcor said staff would be offered support.")
    assert not is_place(article(text, {"Velcor": "GPE"}), "Velcor")
    text = "Staff at Tessmark's Leeds office were sent home. Tessmark said 40 jobs would go at Tessmark's stores."
    assert not is_place(article(text, {"Tessmark": "GPE"}), "Tessmark")
    # a place the gazetteer lacks, with its own square: still where things happen
    text = "Crowds gathered in Tolkvar's main square. Police in Tolkvar said 30 were held. Tolkvar is calm."
    assert is_place(article(text, {"Tolkvar": "GPE"}), "Tolkvar")


def test_a_place_the_gazetteer_lacks_is_one_where_the_article_puts_it() -> None:
    text = "Two houses burned in Oakridge Hollow on Friday. Oakridge Hollow has 300 people."
    assert is_place(article(text, {"Oakridge Hollow": "GPE"}), "Oakridge Hollow")
    text = "Jets bombed the area of Tolka on Monday. Tolka lies on the border."
    assert is_place(article(text, {"Tolka": "GPE"}), "Tolka")
    text = "The commissioner of Ruweng county said eight died. Ruweng county is remote."
    assert is_place(article(text, {"Ruweng county": "GPE"}), "Ruweng county")
    text = "Refugees fled Sudan's Blue Kettle state. Aid reached Blue Kettle late, and Marra Flats, Utah, sent food."
    a = article(text, {"Blue Kettle": "GPE", "Marra Flats": "GPE"})
    assert is_place(a, "Blue Kettle")  # held by a place before it, and a kind word after it
    assert is_place(a, "Marra Flats")  # held by a place after it
    text = "The quake struck four miles west of Tarnby. Tarnby residents felt it."
    assert is_place(article(text, {"Tarnby": "GPE"}), "Tarnby")
    text = "The fight was held at the Vestbro Arena before 9,000 fans."
    assert is_place(article(text, {"Vestbro Arena": "FAC"}), "Vestbro Arena")


def test_known_places_and_their_forms() -> None:
    text = "Prices rose in Lyon. Flooding hit Tenn. and Southern California, and Oklahoma City's mayor spoke."
    a = article(text, {"Lyon": "GPE", "Tenn.": "GPE", "Southern California": "LOC", "Oklahoma City's": "GPE"})
    assert is_place(a, "Lyon")
    assert is_place(a, "Tenn.")
    assert is_place(a, "Southern California")
    assert is_place(a, "Oklahoma City's")


def test_a_country_that_is_a_persons_name_here_needs_a_place_word() -> None:
    text = "Guard Marcus Jordan scored 20. Jordan said the team played well."
    assert not is_place(article(text, {"Marcus Jordan": "PERSON", "Jordan": "GPE"}), "Jordan")
    text = "Guard Marcus Jordan scored 20 on the team's tour in Jordan. Jordan hosted the games."
    assert is_place(article(text, {"Marcus Jordan": "PERSON", "Jordan": "GPE"}), "Jordan")


def test_a_figure_is_not_placed_at_a_firm_or_a_person_the_parser_calls_a_place() -> None:
    from storyline.extract import nlp
    from storyline.extract.claims import claims_stage

    nlp.setup()

    def places(text: str) -> dict[str, str | None]:
        parsed = nlp.parse_stage(Article(id="t", source="t", format="txt", text=text, language="en",
                                         published="2024-03-15"))
        return {c.number_text: c.location for c in claims_stage(parsed).claims}

    assert places("The new laptop from Nvidia costs $1,999. Nvidia said 40,000 units were sold.") == \
        {"$1,999": None, "40,000": None}
    assert places("Payton said three players were hurt in the game.") == {"three": None}
    assert places("Three players were hurt in Lyon on Sunday.")["Three"] == "Lyon"


def test_a_town_the_parser_calls_a_product_or_a_person_is_a_place_where_the_text_puts_it() -> None:
    text = ("Gunmen stormed a hotel in the coastal town of Malindi, police said. Mark Teixeira signed in Boston. "
            "Malindi was quiet. The NFL fined the team. A chip from Nvidia costs $40.")
    names = tuple(NamedSpan(start=m.start(), end=m.end(), label=label, text=m.group())
                  for word, label in (("Malindi", "PRODUCT"), ("Mark Teixeira", "PERSON"), ("Teixeira", "PERSON"),
                                      ("NFL", "ORG"), ("Nvidia", "ORG"))
                  for m in re.finditer(re.escape(word), text))
    placed = placed_names(Article(id="a", source="a.txt", format="txt", text=text, names=names))
    labels = {(n.text, n.start): n.label for n in placed.names}
    first, second = (m.start() for m in re.finditer("Malindi", text))
    assert labels[("Malindi", first)] == "GPE"  # "the coastal town of Malindi"
    # not where a place goes, but the article has called it a town: that town (round 45; before, left a product)
    assert labels[("Malindi", second)] == "GPE"
    assert labels[("NFL", text.index("NFL"))] == "ORG" and labels[("Nvidia", text.index("Nvidia"))] == "ORG"
    assert all(label == "PERSON" for (word, _), label in labels.items() if "Teixeira" in word)


def test_a_peoples_adjective_before_a_kind_of_place_is_no_place() -> None:
    art = article("A gas blast tore through a block in the western Ukrainian city of Drohobych. Congolese authorities "
                  "said nothing. Rescuers worked in Gritzenalm.",
                  {"Ukrainian": "GPE", "Drohobych": "GPE", "Congolese": "GPE", "Gritzenalm": "LOC"})
    assert not is_place(art, "Ukrainian") and not is_place(art, "Congolese")
    assert is_place(art, "Drohobych") and is_place(art, "Gritzenalm")


def test_a_name_the_text_calls_a_village_is_a_place_the_gazetteer_lacks() -> None:
    # the small model reads an unknown village's name as a person's or a firm's; "the village of" says what it is,
    # and the name is that place wherever else the article gives it
    text = ("A freight train hit a tractor near the village of Brindle Ashcot on Monday. Residents of Brindle Ashcot "
            "said the crossing was dangerous. The mining town of Okwerra Flats lost power. The Bank of Tellmoor and "
            "the City of Harnley Police said nothing. Sara Ashcot, 41, was hurt.")
    names = [NamedSpan(start=m.start(), end=m.end(), label=label, text=m.group())
             for word, label in (("Brindle Ashcot", "PERSON"), ("Okwerra Flats", "ORG"), ("Tellmoor", "ORG"),
                                 ("Harnley", "ORG"), ("Sara Ashcot", "PERSON"))
             for m in re.finditer(re.escape(word), text)]
    placed = placed_names(Article(id="a", source="a.txt", format="txt", text=text,
                                  names=tuple(sorted(names, key=lambda n: n.start))))
    labels = {(n.text, n.start): n.label for n in placed.names}
    assert [label for (word, _), label in sorted(labels.items(), key=lambda kv: kv[0][1])
            if word == "Brindle Ashcot"] == ["GPE", "GPE"]  # named so once, a place at both mentions
    assert labels[("Okwerra Flats", text.index("Okwerra Flats"))] == "GPE"
    # "the Bank of", "the City of ... Police": a kind written as part of another name is no place's word
    assert labels[("Tellmoor", text.index("Tellmoor"))] == "ORG" and labels[("Harnley", text.index("Harnley"))] == "ORG"
    assert labels[("Sara Ashcot", text.index("Sara Ashcot"))] == "PERSON"
    assert is_place(placed, "Brindle Ashcot")


def test_a_name_called_a_town_where_the_parser_saw_a_place_is_one_at_its_other_mentions() -> None:
    text = "Floods cut off the town of Okwerra Flats on Monday. Okwerra Flats was dark for a week."
    first, second = (m.start() for m in re.finditer("Okwerra Flats", text))
    names = (NamedSpan(start=first, end=first + 13, label="GPE", text="Okwerra Flats"),
             NamedSpan(start=second, end=second + 13, label="ORG", text="Okwerra Flats"))
    placed = placed_names(Article(id="a", source="a.txt", format="txt", text=text, names=names))
    assert [n.label for n in placed.names] == ["GPE", "GPE"]
