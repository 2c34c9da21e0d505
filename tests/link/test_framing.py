"""Framing: the words an outlet uses in its own voice, the words it only quotes, its sources."""

from storyline.link.entities import resolve
from storyline.link.framing import framing
from storyline.model import Article, Claim, NamedSpan, Story

TEXT = ("Thousands of protesters marched in Minsk on Sunday. Police detained 200 demonstrators, "
        "according to Viasna. The interior minister called them “hooligans”, and state television said "
        "rioters had attacked the police. The ministry spoke of “paid provocateurs and bandits”.")


def test_own_voice_quotes_scare_quotes_and_sources() -> None:
    minsk = TEXT.index("Minsk")
    article = Article(id="a", source="a.txt", format="txt", text=TEXT, outlet="Minsk Daily",
                      names=(NamedSpan(start=minsk, end=minsk + 5, label="GPE", text="Minsk"),),
                      claims=(Claim(id="c1", article="a", start=0, end=10, text="", number_text="200", value=200,
                                    low=200, high=200, qualifier="exact", unit="people", measure="detained",
                                    subject="demonstrators", subject_group="protesters", location=None, as_of=None,
                                    attributed_to="Viasna"),))
    story = Story(id="s", title="t", articles=("a",))
    (f,) = framing(story, [article], resolve([article]))
    assert f.terms_for_protesters == ("protesters",)  # the outlet's own word
    assert set(f.terms_in_quotes) == {"demonstrators", "hooligans", "rioters", "provocateurs", "bandits"}
    assert f.scare_quotes == ("hooligans",)  # a one-word quotation keeps its distance
    assert f.sources_cited == ("Viasna",) and f.outlet == "Minsk Daily"
