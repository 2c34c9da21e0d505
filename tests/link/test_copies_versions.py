"""Copies of one text are copies of one another, and an edited version is not a copy.

A group of copies is not a chain: an agency's first version and its later write-through can each
be copied, and a member of one can read as a copy of a member of the other, without the two
versions being one report. And an outlet that rewrites the lead and puts a paragraph of its own in
the body has written another report; one that only rewrites the lead over the kept body has not.
"""

from __future__ import annotations

from storyline.link.copies import _link, copy_groups
from storyline.model import Article

BODY = [
    "A cargo ferry ran aground on a sandbank at the mouth of the estuary early on Sunday, and its "
    "forty passengers were taken off by lifeboat before the tide turned, the coastguard said.",
    "The vessel, which was carrying timber and farm machinery to the islands, settled on its side "
    "in shallow water about a mile from the harbour wall.",
    "Divers who inspected the hull in the afternoon found no breach, and the owners said they hoped "
    "to refloat the ship on the next high tide with the help of two tugs.",
    "The harbour master closed the channel to all traffic for the day and asked fishing boats to "
    "use the northern approach until the wreck was cleared.",
    "The crew of twelve stayed on board overnight to keep the pumps running and to watch the "
    "moorings, the owners said in a statement on Sunday evening.",
]
# The lead as another outlet rewrote it: the same news, several of its phrases in other words.
REWRITTEN_LEAD = ("A cargo ferry struck a sandbank at the mouth of the estuary early on Sunday, and all "
                  "forty passengers were taken off by lifeboat before the tide turned, coastguards said.")
INSERTED = ("One passenger, a retired teacher travelling to visit her son, said the ship lurched twice "
            "before the lights went out and the crew handed out life jackets in the dark.")


def art(aid: str, title: str, body: list[str]) -> Article:
    text = title + "\n" + "\n".join(body)
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, title=title)


def same(a: Article, b: Article) -> bool:
    groups = copy_groups([a, b])
    return groups[a.id] == groups[b.id]


def test_a_copy_under_a_rewritten_lead_is_still_a_copy() -> None:
    """An outlet that puts its own words on the lead and runs the agency's body as it came
    republished the report: one source."""
    assert same(art("a", "Ferry aground", BODY), art("b", "Passengers rescued", [REWRITTEN_LEAD, *BODY[1:]]))


def test_a_rewritten_lead_over_a_body_with_a_paragraph_put_in_is_another_report() -> None:
    """A rewritten lead and a paragraph of the outlet's own between the ones it kept: an edited
    version (its own reporting added), not a copy, though most of its text is the agency's."""
    version = [REWRITTEN_LEAD, BODY[1], INSERTED, *BODY[2:]]
    assert not same(art("a", "Ferry aground", BODY), art("b", "Passengers rescued", version))
    assert not same(art("a", "Ferry aground", BODY[:4]), art("b", "Passengers rescued", version))


def test_a_paragraph_put_in_under_the_agencys_own_lead_is_still_a_copy() -> None:
    """Under the agency's lead as it came, an editor's paragraph in the body is tolerated (a
    caption, a local line): the rule on insertions tightens only when the lead was rewritten."""
    edited = [BODY[0], BODY[1], INSERTED, *BODY[2:]]
    assert same(art("a", "Ferry aground", BODY), art("b", "Passengers rescued", edited))


def test_a_group_of_copies_is_not_a_chain() -> None:
    """Item 1 reads as a copy of item 0 and of item 2, but 0 and 2 are not copies: 1 joins the
    closer one, and the other keeps its own group."""
    assert _link(3, [(0.9, 0, 1), (0.7, 1, 2)]) == [0, 0, 2]
    assert _link(3, [(0.7, 0, 1), (0.9, 1, 2)]) == [0, 1, 1]


def test_a_text_that_is_a_copy_of_most_members_joins_the_group() -> None:
    """A copy trimmed harder than the others, or bylined with a longer note, may miss one member
    of the group: it joins when it is a copy of most of them."""
    assert _link(4, [(0.9, 0, 1), (0.85, 0, 2), (0.8, 1, 2), (0.7, 3, 0), (0.65, 3, 1)]) == [0, 0, 0, 0]
    assert _link(4, [(0.9, 0, 1), (0.85, 0, 2), (0.8, 1, 2), (0.7, 3, 0)]) == [0, 0, 0, 3]


def test_two_versions_each_copied_stay_apart() -> None:
    """Two copy pairs (an agency's first version and its write-through, each run by an outlet)
    linked by one pair that reads as a copy across them stay two groups."""
    pairs = [(0.95, 0, 1), (0.9, 2, 3), (0.7, 1, 2)]
    assert _link(4, pairs) == [0, 0, 2, 2]
