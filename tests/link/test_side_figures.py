"""Figures a reader leaves out of the facts table, on sentences written for these tests: counts read
from an indefinite article, sizes that name a thing, scores on the way to the result, rates and
averages, vague counts of steps away, thresholds, "100 percent" as a degree, multiplier words used as
adjectives."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.link.side_figures import (
    article_count,
    intensifier,
    multiplied,
    multiplier_adjective,
    naming_size,
    nearby,
    passing_score,
    rate,
    threshold,
)
from storyline.model import Article, Claim


def claim(cid: str, number_text: str, value: float | None, text: str, *, measure: str = "killed",
          unit: str | None = "people", counted: str | None = "people", role: str = "victims",
          qualifier: str = "exact") -> Claim:
    low = high = value if qualifier == "exact" else None
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=low, high=high, qualifier=qualifier, unit=unit, measure=measure, subject=None,
                 subject_group="mixed", location="Valland", as_of=None, attributed_to=None, counted=counted,
                 role=role)


def size(cid: str, number_text: str, value: float, text: str, unit: str = "inch") -> Claim:
    return claim(cid, number_text, value, text, measure="distance", unit=unit, counted=unit, role="objects")


def score(cid: str, number_text: str, text: str) -> Claim:
    return claim(cid, number_text, None, text, measure="count", unit="points", counted=f"points ({number_text})",
                 role="other", qualifier="vague")


def art(aid: str, *claims: Claim) -> Article:
    # each outlet's own words (the claims' sentences), so that no two read as copies of one wire text
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=" ".join(c.text for c in claims),
                   published="2024-05-02", outlet=aid, claims=claims)


# -- a count read from an indefinite article ---------------------------------------------------

def test_an_indefinite_article_before_a_noun_is_no_figure() -> None:
    for number_text, text in (("a cyclist", "A van struck and killed a cyclist on the ring road."),
                              ("An elderly man", "An elderly man died when the balcony gave way."),
                              ("a night porter", "Thieves stabbed a night porter during the raid.")):
        assert article_count(claim("a:c1", number_text, 1, text))


def test_a_number_a_quantity_word_or_the_next_of_a_count_stays_a_figure() -> None:
    assert not article_count(claim("a:c1", "one cyclist", 1, "The crash killed one cyclist."))
    assert not article_count(claim("a:c1", "a dozen", 12, "A dozen hikers were rescued."))
    assert not article_count(claim("a:c1", "a third", 1, "The gunman killed two guards and wounded a third.",
                                   measure="injured"))
    assert not article_count(claim("a:c1", "a few", None, "A few tenants were hurt.", qualifier="vague"))


def test_a_fact_every_outlet_tells_with_an_article_is_left_out() -> None:
    # three outlets say "a courier", "a rider": who the story is about, not a toll to tabulate
    facts = reconcile([art("a", claim("a:c1", "a courier", 1, "A lorry hit and killed a courier near the docks.")),
                       art("b", claim("b:c1", "A rider", 1, "A rider was killed when a lorry hit her bike.")),
                       art("c", claim("c:c1", "a courier", 1, "Police charged the driver who killed a courier."))],
                      story="s")
    assert [f for f in facts if f.measure == "killed"] == []


def test_a_toll_one_outlet_gives_as_a_number_keeps_its_article_reports() -> None:
    facts = reconcile([art("a", claim("a:c1", "a child", 1, "The landslide killed a child in the hill village.")),
                       art("b", claim("b:c1", "one", 1, "One person, a boy, was killed by the landslide.")),
                       art("c", claim("c:c1", "A child", 1, "A child died when the slope gave way."))],
                      story="s")
    killed = [f for f in facts if f.measure == "killed"]
    assert len(killed) == 1 and set(killed[0].claims) == {"a:c1", "b:c1", "c:c1"}


# -- a size that names a thing ---------------------------------------------------------------------

def test_a_size_after_a_definite_article_or_before_a_name_names_the_thing() -> None:
    for number_text, text in (("12", "Reviewers preferred the 12-inch tablet to its rivals."),
                              ("27", "The firm also sells a 27-inch Vista monitor."),
                              ("10", "Play resumed from the 10 - metre line after the break."),
                              ("14", "The cheapest 14 - inch model starts at 900 euros.")):
        assert naming_size(size("a:c1", number_text, float(number_text), text)), text
    # coordinated sizes: "the 11- and 13-inch models", "the 13 - inch and 15 - inch Orbit laptops"
    assert naming_size(size("a:c1", "13", 13, "Both the 11 - and 13 - inch models ship today."))
    assert naming_size(size("a:c1", "11", 11, "Both the 11 - and 13 - inch models ship today."))
    assert naming_size(size("a:c1", "13", 13, "Shops stock the new 11 - inch and 13 - inch Orbit laptops."))


def test_a_size_told_of_a_thing_stays_a_figure() -> None:
    assert not naming_size(size("a:c1", "2.5", 2.5, "The phone has a 2.5-inch screen and a metal case."))
    assert not naming_size(size("a:c1", "40", 40, "He scored on a 40-yard run.", unit="yard"))
    assert not naming_size(size("a:c1", "6", 6, "The suspect is 6 feet tall.", unit="feet"))
    assert not naming_size(size("a:c1", "30", 30, "Police chased him for 30 miles.", unit="miles"))
    # a duration or an age in a compound is not a size: "the 15-year veteran" is his career's length
    tenure = claim("a:c1", "15", 15, "The 15-year veteran was on patrol.", measure="duration", unit="years")
    assert not naming_size(tenure)


def test_sizes_that_name_models_make_no_fact() -> None:
    facts = reconcile([art("a", size("a:c1", "16", 16, "The firm unveiled the 16-inch Orbit laptop on Monday.")),
                       art("b", size("b:c1", "16", 16, "Buyers waited months for the 16-inch model.")),
                       art("c", size("c:c1", "16", 16, "Its new 16-inch Orbit is thinner than before."))],
                      story="s")
    assert [f for f in facts if f.measure == "distance"] == []


# -- a score on the way to the result ----------------------------------------------------------------

def test_a_lead_or_a_run_is_a_moment_of_the_game() -> None:
    for number_text, text in (("21-7", "Rovers took a 21-7 lead into halftime."),
                              ("12 - 2", "The hosts closed the half on a 12 - 2 run."),
                              ("3-0", "United built a 3-0 advantage before the break.")):
        assert passing_score(score("a:c1", number_text, text)), text


def test_a_final_score_or_a_record_is_no_moment() -> None:
    assert not passing_score(score("a:c1", "31-24", "The Colts won 31-24 at home."))
    assert not passing_score(score("a:c1", "88-81", "It was an 88-81 win over the Hawks."))
    assert not passing_score(score("a:c1", "11-4", "The Hawks (11-4) lead the division."))
    assert not passing_score(claim("a:c1", "seven", 7, "There were seven run-ins with the law.", measure="count",
                                   unit="ins", counted="ins", role="objects"))


# -- a multiplier word used as an adjective ---------------------------------------------------------

def multiplier(text: str, word: str = "double", unit: str = "times") -> Claim:
    return claim("a:c1", word, 2, text, measure="money", unit=unit, counted=None, role="objects")


def test_a_multiplier_before_a_noun_is_an_adjective() -> None:
    assert multiplier_adjective(multiplier("They face double-digit losses this year."))
    assert multiplier_adjective(multiplier("She reached double figures in the second half."))
    assert multiplier_adjective(multiplier("The guests shared a double room.", word="double"))


def test_a_multiplier_of_an_amount_or_a_count_is_kept() -> None:
    assert not multiplier_adjective(multiplier("Rents will double the cost of living there."))
    assert not multiplier_adjective(multiplier("Fares doubled from 40 cents.", word="doubled"))
    assert not multiplier_adjective(multiplier("Profits tripled to 90 million.", word="tripled"))
    assert not multiplier_adjective(multiplier("Prices have doubled.", word="doubled"))
    # a noun of change that the multiplier sizes: the amount did multiply
    assert not multiplier_adjective(multiplier("The tariff rose with a twofold increase overnight.", word="twofold"))
    assert not multiplier_adjective(multiplier("Tenants face a threefold rise in rents.", word="threefold"))
    assert not multiplier_adjective(multiplier("A doubling of bus fares angered commuters.", word="doubling"))
    # "a double murder": the claim reader counted two people killed, not a change
    assert not multiplier_adjective(claim("a:c1", "double", 2, "Police opened a double murder inquiry."))


# -- a rate or an average ------------------------------------------------------------------------

def stat(number_text: str, value: float, text: str, counted: str = "points", measure: str = "count",
         cid: str = "a:c1") -> Claim:
    return claim(cid, number_text, value, text, measure=measure, unit=counted, counted=counted, role="objects")


def test_a_count_per_game_or_an_average_is_a_rate() -> None:
    assert rate(stat("18.5", 18.5, "The guard is averaging 18.5 points per game this winter."))
    assert rate(stat("nine", 9, "She pulls down nine rebounds a game.", counted="rebounds"))
    assert rate(stat("more than 40", 40, "The striker has averaged more than 40 goals in his five seasons.",
                     counted="goals"))
    assert rate(stat("two", 2, "The pitcher allows two walks per start.", counted="walks"))
    assert rate(stat("ten", 10, "Miners worked ten hours a day underground.", counted="hours", measure="duration"))


def test_a_count_of_the_game_itself_is_no_rate() -> None:
    assert not rate(stat("31", 31, "The forward scored 31 points in the final."))
    assert not rate(stat("91-73", 0, "The hosts beat the visitors 91-73 in a game of few fouls."))
    assert not rate(stat("two", 2, "He threw two touchdown passes in a game-tying drive.", counted="passes"))
    assert not rate(stat("six", 6, "The strike lasted six hours.", counted="hours", measure="duration"))
    # a toll told per day is a harm, not a player's form
    assert not rate(claim("a:c1", "50", 50, "The fever killed 50 people a day at its peak."))


def test_a_player_s_averages_make_no_fact() -> None:
    averages = [art("a", stat("22", 22, "Okafor is averaging 22 points per game.", cid="a:c1")),
                art("b", stat("22", 22, "Okafor, averaging 22 points, sat out the second half.", cid="b:c1")),
                art("c", stat("22", 22, "The center scores 22 points a game.", cid="c:c1"))]
    assert [f for f in reconcile(averages, story="s") if f.measure == "count"] == []
    # the same figure told of the game is a fact
    game = [art("a", stat("22", 22, "Okafor scored 22 points on Friday.", cid="a:c1")),
            art("b", stat("22", 22, "Okafor had 22 points against the Hawks.", cid="b:c1")),
            art("c", stat("22", 22, "The center finished with 22 points.", cid="c:c1"))]
    assert [len(f.claims) for f in reconcile(game, story="s") if f.measure == "count"] == [3]


# -- a vague count of steps away -----------------------------------------------------------------

def steps(number_text: str, value: float | None, text: str, counted: str, qualifier: str = "vague") -> Claim:
    return claim("a:c1", number_text, value, text, measure="count", unit=counted, counted=counted, role="objects",
                 qualifier=qualifier)


def test_a_vague_count_of_steps_away_says_nearby() -> None:
    assert nearby(steps("a few", None, "Officers stopped the van a few streets away.", "streets"))
    assert nearby(steps("several", None, "The dog was found several houses down the lane.", "houses"))
    assert nearby(steps("a couple of", None, "She parked a couple of blocks up from the bank.", "blocks"))


def test_a_number_of_steps_or_a_vague_count_of_people_stays() -> None:
    assert not nearby(steps("three", 3, "He hid in a shed three houses away.", "houses", qualifier="exact"))
    assert not nearby(steps("dozens", None, "Dozens of residents were turned away at the gate.", "residents"))
    assert not nearby(steps("a few", None, "A few fans stayed behind.", "fans"))


# -- a rule's threshold --------------------------------------------------------------------------

def test_a_rule_s_threshold_is_no_figure_of_the_story() -> None:
    level = "The driver's level was 0.09 percent, above the legal limit of 0.05 percent."
    assert threshold(claim("a:c1", "0.05 percent", 0.05, level, measure="percent", unit="percent"))
    assert threshold(claim("a:c1", "30 mph", 30, "He drove at 70 mph in a zone with a speed limit of 30 mph.",
                           measure="speed", unit="mph"))
    assert threshold(claim("a:c1", "5 percent", 5, "Parties need to pass a threshold of 5 percent to win seats.",
                           measure="percent", unit="percent"))


def test_the_story_s_own_measure_beside_a_threshold_stays() -> None:
    level = "The driver's level was 0.09 percent, above the legal limit of 0.05 percent."
    assert not threshold(claim("a:c1", "0.09 percent", 0.09, level, measure="percent", unit="percent"))
    assert not threshold(claim("a:c1", "three", 3, "His level was three times the legal limit.", measure="count",
                               unit="times"))
    assert not threshold(claim("a:c1", "70 mph", 70, "He drove at 70 mph in a zone with a speed limit of 30 mph.",
                               measure="speed", unit="mph"))


# -- "100 percent" as a degree -------------------------------------------------------------------

def share(text: str, number_text: str = "100 percent") -> Claim:
    return claim("a:c1", number_text, 100, text, measure="percent", unit="percent", counted=None, role="objects")


def test_a_hundred_percent_after_a_verb_of_being_is_a_degree() -> None:
    assert intensifier(share("The coach said the keeper was 100 percent fit."))
    assert intensifier(share("\"I'm not 100 percent sure it was him,\" the witness said."))
    assert intensifier(share("The charity says the disease is 100% preventable.", number_text="100%"))


def test_a_hundred_percent_share_stays() -> None:
    assert not intensifier(share("The firm bought 100 percent of the shares."))
    assert not intensifier(share("Homes in the valley were destroyed 100 percent, the mayor said."))
    assert not intensifier(share("Turnout was 100 percent in two districts."))
    assert not intensifier(claim("a:c1", "40 percent", 40, "The vote was 40 percent lower.", measure="percent",
                                 unit="percent", counted=None, role="objects"))


# -- a multiplier word that tells how an amount changed ----------------------------------------------

def test_a_multiplier_of_an_amount_is_a_ratio_left_out_of_the_table() -> None:
    assert multiplied(multiplier("The reward was doubled to $30,000 on Thursday.", word="doubled"))
    assert multiplied(multiplier("74 homes were destroyed, double the figure given on Tuesday."))
    assert not multiplied(claim("a:c1", "double", 2, "A double murder shocked the town."))  # two dead, in people
    # a noun of the change: the change is the news
    assert not multiplied(multiplier("This doubling of fuel costs sparked the protests.", word="doubling"))
    assert not multiplied(multiplier("Residents opposed a twofold increase in gas prices.", word="twofold"))
    reward = claim("a:c2", "$30,000", 30000, "The reward was doubled to $30,000 on Thursday.", measure="money",
                   unit="USD", counted="reward", role="objects")
    facts = reconcile([art("a", multiplier("The reward was doubled to $30,000 on Thursday.", word="doubled"), reward),
                       art("b", multiplier("Police doubled the reward to $30,000.", word="doubled"),
                           claim("b:c2", "$30,000", 30000, "Police doubled the reward to $30,000.", measure="money",
                                 unit="USD", counted="reward", role="objects"))], story="s")
    assert [(f.low, f.high) for f in facts if f.measure == "money"] == [(30000, 30000)]
