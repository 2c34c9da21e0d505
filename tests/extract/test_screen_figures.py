"""Figures of technology that are no counts (extract/screen_figures.py): a picture's resolution and a frame
rate are measures of their own, read with their unit; a number that ends a product's name is no figure."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.screen_figures import FRAME_RATE, RESOLUTION
from tests.extract.parsed_claims import by_number


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize(("text", "figure", "value", "unit"), [
    ("The new set shows films in 4K and upscales older broadcasts.", "4K", 4, "K"),
    ("Subscribers get 4k streaming on their television sets.", "4k", 4, "K"),
    ("The drone's camera records 8K video.", "8K", 8, "K"),
    ("Our review unit ran the game at a native 1080p.", "1080p", 1080, "p"),
    ("The webcam is stuck at 720p, which looks grainy.", "720p", 720, "p"),
    ("Cable channels still broadcast in 1080i.", "1080i", 1080, "p"),
])
def test_a_resolution_is_a_measure_with_its_unit(text: str, figure: str, value: float, unit: str) -> None:
    claim = by_number(text)[figure]
    assert (claim.measure, claim.value, claim.unit, claim.counted) == (RESOLUTION, value, unit, None)


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("The handheld holds most games at 40fps.", "40", 40),
    ("The patch raises the cap to 120 frames per second.", "120", 120),
])
def test_a_frame_rate_is_a_measure_and_counts_nothing(text: str, figure: str, value: float) -> None:
    claim = by_number(text)[figure]
    assert (claim.measure, claim.value, claim.unit, claim.counted) == (FRAME_RATE, value, "frames per second", None)


@pytest.mark.parametrize(("text", "figure"), [
    ("She gave $4K to the shelter.", "$4K"),
    ("Organisers said 900 runners finished the 5K run.", "900"),
    ("Police said 1,080 people were evacuated.", "1,080"),
])
def test_other_figures_are_no_resolutions(text: str, figure: str) -> None:
    found = by_number(text)
    assert figure in found
    assert all(c.measure != RESOLUTION for c in found.values())


def test_a_race_is_no_resolution() -> None:
    found = by_number("She won the 5K race in Leeds, shown live on a big screen.")
    assert all(c.measure != RESOLUTION for c in found.values())


@pytest.mark.parametrize(("text", "figure"), [
    ("Vendors shipped 12 million eReader 5 tablets last year.", "5"),
    ("Quarry 3 goes on sale next week.", "3"),
    ("The desk has four Lightstream 2 sockets.", "2"),
    ("Owners of the Grover Tab 8 can update now.", "8"),
])
def test_a_number_that_ends_a_product_name_is_no_figure(text: str, figure: str) -> None:
    claim = by_number(text).get(figure)
    assert claim is None or claim.measure == "other"


@pytest.mark.parametrize(("text", "figure", "counted"), [
    ("Vendors shipped 12 million eReader 5 tablets last year.", "12 million", "tablets"),
    ("The desk has four Lightstream 2 sockets.", "four", "sockets"),
    ("A spokesman told Reuters 14 people were hurt.", "14", "people"),
    ("Police 12 arrested in dawn raid.", "12", "people"),
    ("In 54 games he scored 31 goals.", "54", "games"),
    ("By March 3 the shop had sold 200 bikes.", "200", "bikes"),
])
def test_a_count_beside_a_name_still_counts(text: str, figure: str, counted: str) -> None:
    claim = by_number(text)[figure]
    assert claim.measure != "other" and (claim.counted or "").endswith(counted)
