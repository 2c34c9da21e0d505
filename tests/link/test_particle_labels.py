"""A label's participle keeps the particle its phrasal verb has before the figure ("cash turned up"); on
sentences written for these tests."""

from __future__ import annotations

from storyline.link.particle_labels import particle_label, particle_of
from storyline.model import Claim


def claim(cid: str, text: str, number_text: str, *, measure: str = "money") -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=1.0, low=1.0, high=1.0, qualifier="exact", unit="USD", measure=measure, subject=None,
                 subject_group="mixed", location=None, as_of=None, attributed_to=None, counted=None, role="other")


def test_the_particle_between_a_verb_and_its_figure() -> None:
    assert particle_of(claim("a:1", "The searches turned up $2.4 million in cash.", "$2.4 million"), "turned") == "up"
    assert particle_of(claim("a:2", "The sequel has raked in more than $90 million.", "$90 million"), "raked") == "in"
    assert particle_of(claim("a:3", "Volunteers handed out some 8,000 blankets.", "8,000"), "handed") == "out"
    # a passive verb's "in" is a preposition; a particle that does not stand before the figure is none
    assert particle_of(claim("a:4", "The tablet is offered in $499 and $649 versions.", "$499"), "offered") == ""
    assert particle_of(claim("a:5", "Police turned up at dawn and seized $40,000.", "$40,000"), "turned") == ""


def test_a_label_takes_the_particle_most_sentences_with_its_verb_give() -> None:
    told = [claim("a:1", "The searches turned up $2.4 million in cash.", "$2.4 million"),
            claim("b:1", "Officers also turned up about $2.4 million.", "$2.4 million"),
            claim("c:1", "Police put the cash found at $2.4 million.", "$2.4 million")]
    assert particle_label("cash turned", told) == "cash turned up"
    handed = [claim("a:1", "Volunteers handed out some 8,000 blankets.", "8,000", measure="count")]
    assert particle_label("blankets handed (count)", handed) == "blankets handed out (count)"


def test_labels_without_a_phrasal_verb_are_left_alone() -> None:
    plain = [claim("a:1", "Thieves stole $2.4 million in cash.", "$2.4 million")]
    assert particle_label("cash stolen", plain) == ""
    mixed = [claim("a:1", "The searches turned up $2.4 million.", "$2.4 million"),
             claim("b:1", "The searches turned $2.4 million over to the state.", "$2.4 million"),
             claim("c:1", "Agents turned $2.4 million over to the court.", "$2.4 million")]
    assert particle_label("cash turned", mixed) == ""  # one sentence of three with the verb has the particle
    assert particle_label("turned", [mixed[0]]) == ""  # a participle alone is no label to mend
    passive = [claim("a:1", "The tablet is offered in $499 and $649 versions.", "$499", measure="price")]
    assert particle_label("amount offered", passive) == ""
