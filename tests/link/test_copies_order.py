"""Wire copies keep the body's order: a rewrite that inserts paragraphs of its own, or a short
item that stands in the middle of a long article, is another report; a copy that is trimmed,
prefixed with an editor's note or cut before a repeated sign-off is still a copy."""

from __future__ import annotations

from storyline.link.copies import copy_groups, same_run, shingles
from storyline.model import Article

STORY = [
    "Floodwater poured into the basement of the city library on Tuesday night after a water main "
    "burst under the street outside, soaking thousands of old newspapers, the council said.",
    "Staff who arrived in the morning found the archive rooms under knee-deep water and began "
    "carrying the bound volumes up the stairs to the reading hall on the ground floor.",
    "The water company shut the main shortly after midnight and said crews would replace the "
    "cracked section of pipe, which had been laid more than sixty years ago.",
    "A conservator from the regional museum said paper that is frozen within two days can often "
    "be dried later without losing the print, and freezers had been hired for the purpose.",
    "The library will stay closed for the rest of the week while the basement is pumped out and "
    "the wiring is checked by electricians, a spokesman for the council said.",
    "Readers with books on loan were asked to keep them until the doors reopen, and no fines "
    "would be charged for the days the building stays shut.",
]


def art(aid: str, title: str, body: list[str]) -> Article:
    text = title + "\n" + "\n".join(body)
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, title=title)


def one_line(aid: str, line: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=line, title=line)


def same(a: Article, b: Article) -> bool:
    groups = copy_groups([a, b])
    return groups[a.id] == groups[b.id]


def test_an_update_that_inserts_paragraphs_of_its_own_is_another_report() -> None:
    """The update keeps the first version's paragraphs and lead but puts new ones between them
    (a new figure, a statement): a rewrite, not a copy."""
    update = [STORY[0],
              "By Wednesday afternoon the council put the number of ruined volumes at about four "
              "thousand, most of them local papers from the years before the war that were never copied.",
              STORY[1],
              "The mayor said in a statement that the city would ask the insurer to pay for the "
              "restoration and that a second archive on higher ground had been discussed for a decade.",
              STORY[2], STORY[3]]
    assert not same(art("a", "Library flooded", STORY[:4]), art("b", "Four thousand volumes ruined", update))


def test_a_copy_that_runs_on_past_the_trimmed_end_is_still_a_copy() -> None:
    assert same(art("a", "Library flooded", STORY[:3]), art("b", "Water main bursts", ["By a Staff Reporter", *STORY]))


def test_a_copy_under_an_editors_note_is_still_a_copy() -> None:
    note = "Reproduced with the agency's permission."
    assert same(art("a", "Library flooded", STORY), art("b", "Archive under water", [note, *STORY[:5]]))
    assert same(art("a", "Library flooded", STORY[:4]), art("b", "Archive under water", [note, *STORY]))


def test_a_short_item_in_the_middle_of_a_long_article_is_not_a_copy_of_it() -> None:
    """A round-up that quotes a brief whole, after paragraphs of its own, is not the brief."""
    roundup = [
        "It was a wet and costly week for the city, which counted three burst pipes, two closed "
        "schools and a flooded underpass in the space of four days, the council said on Friday.",
        "On Monday a pipe broke under the market square, and the stall holders moved their tables "
        "to the car park behind the town hall until the afternoon.",
        "Two primary schools on the east side sent pupils home on Tuesday when their heating failed "
        "after the same cold snap that cracked the pipes.",
        "The underpass by the station filled with water on Thursday and stayed closed to traffic "
        "for most of the day while the drains were cleared.",
        *STORY[:3],
        "Engineers said the network's oldest pipes would be surveyed before the winter ends.",
    ]
    assert not same(art("a", "Library flooded", STORY[:3]), art("b", "A week of burst pipes", roundup))


def test_a_line_the_longer_text_repeats_is_read_once() -> None:
    """A question to readers at the top and again at the end does not stretch the shared run
    over the paragraphs a trimmed copy left out."""
    ask = "Did you see the flooding at the library?"
    original = [ask, *STORY, ask]
    assert same(art("a", "Library flooded", original), art("b", "Flood at the library", [ask, *STORY[:2]]))


def test_same_run_reads_only_full_sentences() -> None:
    long_text = "LIBRARY FLOODED\nBy a Staff Reporter\n" + "\n".join(STORY)
    assert same_run(long_text, shingles("\n".join(STORY[:2]), size=3))
    assert not same_run(long_text, shingles(STORY[4], size=3))  # the run starts at the fifth sentence


def test_a_one_line_item_and_its_copy_are_copies() -> None:
    """A text that is only its title line is read whole: two outlets running one agency line,
    with a word changed, are copies; two lines written apart on one event are not."""
    line = ("A water main burst under the street outside the city library on Tuesday night, flooding "
            "its basement archive and soaking thousands of old newspapers, the council said.")
    edited = line.replace("the council said", "council officials said").replace("Tuesday night", "Tuesday")
    other = ("Thousands of old newspapers were soaked when the library's basement archive filled with "
             "water from a broken pipe this week, officials in the city said on Wednesday.")
    assert same(one_line("a", line), one_line("b", edited))
    assert not same(one_line("a", line), one_line("c", other))
