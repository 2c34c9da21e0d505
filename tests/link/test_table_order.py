"""The facts table leads with the human toll among facts as well reported, on sentences of our own."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.link.made_claims import art, claim, things


def test_the_toll_comes_before_the_magnitude_and_the_hurt_before_sums() -> None:
    def quake(cid: str, number_text: str, value: float) -> Claim:
        return things(cid, number_text, value, f"A magnitude {number_text} quake shook the valley.", "quake",
                      measure="magnitude", unit="")

    arts = [art(x, quake(f"{x}:1", "6.1", 6.1),
                claim(f"{x}:2", "23", 23, "The quake killed 23 people.", measure="killed"),
                claim(f"{x}:3", "300", 300, "About 300 people were hurt.", measure="injured"),
                things(f"{x}:4", "$20 million", 2e7, "The government released $20 million in aid.", "aid",
                       measure="money", unit="USD"))
            for x in "abc"]
    order = [f.measure for f in sorted(reconcile(arts, story="s"), key=lambda f: f.rank or 0)]
    assert order.index("killed") < order.index("injured") < order.index("magnitude") < order.index("money")
