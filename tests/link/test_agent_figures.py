"""A toll's figure told as the doer of the harm reads as a count of the doers (link/agent_figures.py)."""

from __future__ import annotations

from storyline.link.agent_figures import as_agents, by_agent
from tests.link.made_claims import art, claim


def test_the_agent_of_a_passive_harm_is_no_toll() -> None:
    shot = claim("a:c1", "three", 3, "The farmer was shot dead by three masked men near the barn.", measure="killed",
                 counted="masked men")
    hurt = claim("a:c2", "two", 2, "A guard was wounded by the two intruders.", measure="injured", counted="intruders")
    assert by_agent(shot) and by_agent(hurt)
    read = as_agents([art("a", shot, hurt)])[0].claims
    assert [c.measure for c in read] == ["count", "count"]
    assert [c.counted for c in read] == ["masked men", "intruders"]


def test_a_toll_that_grew_by_a_figure_or_a_plain_toll_stays() -> None:
    rose = claim("a:c3", "12", 12, "The death toll rose by 12 overnight.", measure="killed")
    plain = claim("a:c4", "four", 4, "Gunmen killed four villagers by the river.", measure="killed",
                  counted="villagers")
    arrest = claim("a:c5", "eight", 8, "Both were arrested by eight officers.", measure="detained")
    assert not any(by_agent(c) for c in (rose, plain, arrest))
    article = art("a", rose, plain, arrest)
    assert as_agents([article])[0] is article
