"""Wire copies: a republished text is one source, an agency's rewrite with a new lead is not."""

from __future__ import annotations

from storyline.link.copies import copy_groups, lead
from storyline.model import Article

BODY = [
    "A freight train left the rails near the river crossing at dawn on Friday, spilling grain across "
    "the tracks and closing the line for the day, the rail operator said.",
    "Engineers from the operator reached the site within the hour and began lifting the wagons back "
    "onto the rails with two heavy cranes brought from the depot in the north.",
    "Passengers on the morning services were moved onto buses that ran between the two nearest "
    "stations until the early evening, a spokeswoman for the operator said.",
    "The cause of the derailment was not yet known, and an inquiry would look at the state of the "
    "track and the signals along the stretch, the transport ministry said in a statement.",
    "The line carries around forty freight trains a week between the port and the inland silos, "
    "and farmers had warned last year that the old bridge needed repairs.",
]


def art(aid: str, title: str, body: list[str]) -> Article:
    text = title + "\n" + "\n".join(body)
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, title=title)


def test_a_reheadlined_trimmed_bylined_copy_is_a_copy() -> None:
    original = art("a", "Train derails at river crossing", BODY)
    copy = art("b", "Grain spilled as freight train leaves rails", ["By Staff Reporter", *BODY[:4],
                                                                     "(Reporting by the agency)"])
    groups = copy_groups([original, copy])
    assert groups["a"] == groups["b"] == "a"


def test_a_copy_with_spelling_and_dateline_edits_keeps_its_lead() -> None:
    edited = [BODY[0].replace("A freight train", "RIVERTON (Wire) - A freight train").replace("rails", "rail"),
              *BODY[1:]]
    groups = copy_groups([art("a", "Train derails", BODY), art("b", "Freight derailment", edited)])
    assert groups["a"] == groups["b"]


def test_a_rewrite_under_a_new_lead_is_another_report() -> None:
    """An agency's update keeps the background and the quotes but opens on new news: the
    shorter text's lead is not in the longer one, so they are two reports."""
    update = ["Two rail workers were hurt on Friday evening when a crane toppled while lifting wagons of "
              "a freight train that had derailed near the river crossing, the operator said.",
              "Both were taken to hospital with injuries that were not life-threatening.",
              *BODY[1:]]
    groups = copy_groups([art("a", "Train derails", BODY), art("b", "Two hurt in derailment", update)])
    assert groups["a"] != groups["b"]


def test_a_different_article_on_the_same_event_is_not_a_copy() -> None:
    other = ["Grain lay in heaps beside the line on Friday after a goods train came off the track close "
             "to the bridge over the river, and the line stayed shut until night.",
             "Buses took passengers between the stations while crews worked on the wagons.",
             "Farmers said they had asked for the old bridge to be mended a year ago."]
    groups = copy_groups([art("a", "Train derails", BODY), art("b", "Line shut", other)])
    assert groups["a"] != groups["b"]


def test_the_lead_is_the_first_full_sentence() -> None:
    text = "By Staff Reporter\nRobbers raid store, grab watches\n" + BODY[0] + " " + BODY[1]
    assert lead(text) == BODY[0]
