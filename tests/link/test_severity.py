"""How badly the injured are hurt, read from the words beside each figure: a word of severity belongs to
the figure it follows, not to an earlier one that another figure stands between (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from storyline.link.reconcile import _severity, reconcile
from tests.link.made_claims import art, claim


def hurt(number_text: str, value: float, text: str) -> str:
    return _severity(claim("a:c1", number_text, value, text, measure="injured"))


@pytest.mark.parametrize("number_text, value, text, how", [
    ("23", 23, "The blast killed three and left 23 people injured, six of them seriously.", ""),
    ("six", 6, "The blast killed three and left 23 people injured, six of them seriously.", "serious"),
    ("40", 40, "Of the 40 people hurt, two remain in critical condition.", ""),
    ("two", 2, "Of the 40 people hurt, two remain in critical condition.", "serious"),
    ("11", 11, "Eleven passengers were hurt, none of them seriously, and 11 were treated at the scene.", ""),
    ("Eight", 8, "Eight people were seriously injured and 30 suffered minor injuries.", "serious"),
    ("30", 30, "Eight people were seriously injured and 30 suffered minor injuries.", "minor"),
    ("Five", 5, "Five climbers were badly hurt in the fall.", "serious"),
    ("19", 19, "Some 19 people were injured, most of them lightly.", ""),
])
def test_severity_belongs_to_the_figure_it_follows(number_text: str, value: float, text: str, how: str) -> None:
    assert hurt(number_text, value, text) == how


def test_the_injured_are_one_row_when_one_outlet_adds_how_many_were_hurt_badly() -> None:
    a = claim("a:c1", "23", 23, "The blast left 23 people injured, six of them seriously.", measure="injured")
    a2 = claim("a:c2", "six", 6, "The blast left 23 people injured, six of them seriously.", measure="injured")
    b = claim("b:c1", "23", 23, "Twenty-three people were hurt in the blast, officials said.", measure="injured")
    facts = reconcile([art("a", a, a2), art("b", b)], story="s")
    rows = {f.label: set(f.claims) for f in facts}
    injured = [ids for label, ids in rows.items() if "injured" in label and "seriously" not in label]
    assert {"a:c1", "b:c1"} in injured
    assert any(ids == {"a:c2"} for label, ids in rows.items() if "seriously" in label)
