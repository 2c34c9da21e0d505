"""The missing and the badly hurt fall with the days: a count lower each later day is evolving, not a clash
(link/reconcile.py ``_falls``)."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from tests.link.made_claims import claim, told


def _row(measure: str, days: tuple[tuple[str, str, float, str], ...]) -> str:
    articles = [told(f"a{i}", claim(f"a{i}:c1", number, value, text, measure=measure), published=day)
                for i, (day, number, value, text) in enumerate(days)]
    rows = [f for f in reconcile(articles, story="s") if f.measure == measure]
    assert len(rows) == 1
    return rows[0].assessment


def test_the_missing_found_day_by_day_are_evolving() -> None:
    assert _row("missing", (("2025-03-04", "14", 14, "Officials said 14 people were still missing in Harwick."),
                            ("2025-03-04", "14", 14, "Fourteen people were missing in Harwick, officials said."),
                            ("2025-03-05", "Ten", 10, "Ten people remain missing in Harwick."),
                            ("2025-03-06", "Five", 5, "Five people are still missing in Harwick."))) == "evolving"


def test_the_badly_hurt_fewer_each_day_are_evolving() -> None:
    assert _row("injured", (("2025-03-04", "11", 11, "In Harwick 11 people were seriously injured."),
                            ("2025-03-05", "nine", 9, "In Harwick nine people remain seriously injured."),
                            ("2025-03-06", "Seven", 7, "Seven people are still seriously injured in Harwick."))) \
        == "evolving"


def test_a_toll_lower_a_later_day_still_clashes() -> None:
    assert _row("killed", (("2025-03-04", "14", 14, "Fourteen people were killed in Harwick."),
                           ("2025-03-05", "Ten", 10, "Ten people were killed in Harwick."))) == "conflicting"


def test_a_count_an_article_tells_moving_from_an_earlier_figure_is_evolving() -> None:
    assert _row("count", (("2025-06-17", "about 300,000", 300000, "Power cuts hit about 300,000 people in Harwick."),
                          ("2025-06-17", "about 300,000", 300000, "About 300,000 people in Harwick lost power."),
                          ("2025-06-19", "about 120,000", 120000, "About 120,000 people in Harwick were without "
                                                                  "power, down from a peak of 450,000."))) \
        == "evolving"
    # a magnitude restated is no move of the quake
    assert _row("magnitude", (("2025-06-17", "6.1", 6.1, "A 6.1 quake hit Harwick."),
                              ("2025-06-18", "5.8", 5.8, "The quake in Harwick was 5.8, down from an early 6.1."))) \
        == "conflicting"
