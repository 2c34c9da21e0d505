from storyline.link.entities import resolve
from storyline.link.groups import country_of_word, group_entities
from storyline.model import Article, NamedSpan

TEXT = ("Police in Minsk detained hundreds of demonstrators on Sunday, Belarusian authorities said. "
        "State television called the protesters “hooligans” and “paid provocateurs”. "
        "The government said Belarusian troops would guard the border, and “armed” people were seen near it. "
        "Russian troops were not involved, the Kremlin said. Government buildings were closed, "
        "and law enforcement officers blocked the square. Security forces later withdrew.")


def article() -> Article:
    names = [NamedSpan(start=TEXT.index(w), end=TEXT.index(w) + len(w), label=label, text=w)
             for w, label in (("Minsk", "GPE"), ("Belarusian", "NORP"), ("Kremlin", "ORG"))]
    names.append(NamedSpan(start=0, end=0, label="GPE", text="Belarus"))
    return Article(id="a", source="a.txt", format="txt", text=TEXT, names=tuple(names))


def by_name(entities, name):
    return next(e for e in entities if e.name == name)


def test_each_side_is_one_entity_whatever_it_is_called() -> None:
    groups = group_entities([article()])
    people = by_name(groups, "Protesters in Belarus")
    assert {"demonstrators", "protesters", "hooligans", "provocateurs", "“armed” people"} <= set(people.aliases)
    assert people.type == "NORP" and len(people.mentions) == 5
    government = by_name(groups, "Government of Belarus")
    assert {"Belarusian authorities", "government"} <= set(government.aliases)
    assert "Government buildings" not in government.aliases  # a label modifying a noun names something else
    forces = by_name(groups, "Security forces in Belarus")
    assert set(forces.aliases) == {"Belarusian troops", "Security forces"}  # not "law enforcement officers"
    assert by_name(groups, "Security forces of Russia").aliases == ("Russian troops",)
    for entity in groups:
        for m in entity.mentions:
            assert TEXT[m.start:m.end] in entity.aliases


def test_groups_join_the_named_entities() -> None:
    assert any(e.name == "Protesters in Belarus" for e in resolve([article()]))


def test_demonyms_belong_to_countries() -> None:
    found = {w: getattr(country_of_word(w), "name", None)
             for w in ("Kazakh", "American", "Indian", "Dutch", "Swiss", "Austrian", "The", "Security")}
    assert found == {"Kazakh": "Kazakhstan", "American": "United States", "Indian": "India", "Dutch": "Netherlands",
                     "Swiss": "Switzerland", "Austrian": "Austria", "The": None, "Security": None}
