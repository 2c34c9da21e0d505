"""Counts of people let go are not the head count (link/job_losses.py)."""

from __future__ import annotations

from storyline.link.job_losses import losing_jobs
from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.link.made_claims import art, claim, groups


def _staff(cid: str, number_text: str, value: float, text: str, *, did: str | None = None) -> Claim:
    return claim(cid, number_text, value, text, counted="employees", did=did, role="other")


def test_a_count_of_people_let_go_is_told_by_its_verb_or_its_clause() -> None:
    assert losing_jobs(_staff("a:1", "3,000", 3000, "The carmaker plans to lay off 3,000 employees.", did="lay"))
    assert losing_jobs(_staff("a:2", "900", 900, "About 900 employees will be made redundant in spring."))
    assert losing_jobs(_staff("a:3", "1,200", 1200, "Some 1,200 employees could lose their jobs."))
    assert not losing_jobs(_staff("a:4", "40,000", 40000, "The carmaker has 40,000 employees worldwide."))
    assert not losing_jobs(_staff("a:5", "300", 300, "The plant hired 300 employees last year.", did="hired"))


def test_job_losses_and_the_head_count_are_two_quantities() -> None:
    one = art("a", _staff("a:1", "2,500", 2500, "The airline will lay off 2,500 employees.", did="lay"),
              _staff("a:2", "3,000", 3000, "The airline has 3,000 employees."))
    two = art("b", _staff("b:1", "2,500", 2500, "Some 2,500 employees are to be laid off, the airline said."),
              _staff("b:2", "3,100", 3100, "It employs 3,100 employees across Europe."))
    found = groups(reconcile([one, two], story="s"))
    assert {"a:1", "b:1"} in found and {"a:2", "b:2"} in found  # the cuts, and the staff the airline has
