"""Work the events step no longer repeats: what it keeps gives what it would read again."""

from __future__ import annotations

from storyline import dates


def test_dates_read_again_from_the_texts_kept_are_the_same_and_each_caller_gets_its_own_list() -> None:
    texts = ["Talks resumed on 5 March 2021 and ended 2021-03-09.", "Nothing dated here.",
             "The 4th of July of 1976 and 05-Aug-2016 were named; so was 25/12/2021."]
    first = [dates.find_dates(t) for t in texts]
    spans = [dates.find_date_spans(t) for t in texts]
    for got in first + spans:
        got.append(None)  # type: ignore[arg-type]  # a caller may change its own list
    for _ in range(3):
        assert [dates.find_dates(t) for t in texts] == [f[:-1] for f in first]
        assert [dates.find_date_spans(t) for t in texts] == [s[:-1] for s in spans]
    assert [dates.find_dates(t) for t in texts] == [
        [(d, s) for _, d, s in dates._found.__wrapped__(t)] for t in texts]


def test_a_date_resolved_again_from_the_texts_kept_is_the_same_for_each_anchor() -> None:
    from datetime import date

    friday, monday = date(2022, 1, 7), date(2022, 1, 10)
    texts = ["The talks ended on Sunday.", "Troops left last weekend.", "It rained two days ago.", "No date."]
    fresh = {(t, a): dates.resolve_date.__wrapped__(t, a) for t in texts for a in (friday, monday, None)}
    for _ in range(3):
        for (t, a), want in fresh.items():
            assert dates.resolve_date(t, a) == want
    assert fresh[("The talks ended on Sunday.", friday)] != fresh[("The talks ended on Sunday.", monday)]
