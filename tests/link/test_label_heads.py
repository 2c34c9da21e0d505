"""Labels that name what is counted, on sentences written for these tests: a time over a span, what lasted,
a term's place of custody, what a price is for or what costs it, a share's whole, a qualified unit, an
amount's goods; a verb no figure's clause holds goes; names told only in passing are not whose a row is."""

from __future__ import annotations

import dataclasses

from storyline.link.label_heads import by_doer, head_label, passing
from storyline.link.reconcile import reconcile
from storyline.model import Article, NamedSpan
from tests.link.made_claims import said


def test_a_time_over_a_span_is_named_by_the_span() -> None:
    sprint = said("The new hatchback goes from zero to 100 km/h in 7.2 seconds.", "7.2", measure="duration",
                  unit="seconds")
    assert head_label("duration (seconds)", "duration", [sprint]) == "time from zero to 100 km/h (seconds)"
    quick = said("The coupe does 0-50 mph in 4.1 seconds, its maker says.", "4.1", measure="duration",
                 unit="seconds")
    assert head_label("duration (seconds)", "duration", [quick]) == "time from 0 to 50 mph (seconds)"
    ferry = said("The ferry crossed the bay in 40 minutes.", "40", measure="duration", unit="minutes")
    assert head_label("duration (minutes)", "duration", [ferry]) == "duration (minutes)"  # no span: as it was


def test_what_lasted_is_read_with_what_it_is_of() -> None:
    course = said("The course of antibiotics continued eventually for 10 weeks.", "10", measure="duration",
                  unit="weeks")
    assert head_label("duration (weeks)", "duration", [course]) == "duration of the course of antibiotics (weeks)"
    vague = said("It went on for three weeks.", "three", measure="duration", unit="weeks")
    assert head_label("duration (weeks)", "duration", [vague]) == "duration (weeks)"


def test_a_time_told_in_two_units_is_named_by_what_it_is_of() -> None:
    outage = said("Total downtime was 2hr 15 mins, the operator said.", "15", unit="mins", counted="mins")
    assert head_label("mins", "count", [outage]) == "downtime (mins)"
    alone = said("It took 2hr 15 mins to reopen the line.", "15", unit="mins", counted="mins")
    assert head_label("mins", "count", [alone]) == "mins"


def test_a_term_is_named_where_the_text_says_it_is_served() -> None:
    jail = said("A judge sentenced the driver to 40 weeks in jail on Monday.", "40", measure="sentence",
                unit="weeks")
    assert head_label("prison sentence (weeks)", "sentence", [jail]) == "jail sentence (weeks)"
    service = said("She was sentenced to 40 weeks of community service.", "40", measure="sentence", unit="weeks")
    assert head_label("prison sentence (weeks)", "sentence", [service]) == "prison sentence (weeks)"


def test_a_price_names_what_it_is_for_or_what_costs_it() -> None:
    fee = said("The council charges a $12 yearly fee for its parking permit (renewed each May).", "$12",
               measure="price", unit="USD")
    assert head_label("yearly fee", "price", [fee]) == "yearly fee for the parking permit"
    payable = said("Members pay a $12 yearly fee, due in March.", "$12", measure="price", unit="USD")
    assert head_label("yearly fee", "price", [payable]) == "yearly fee"
    tickets = said("The concert tickets cost $30 at the door.", "$30", measure="price", unit="USD")
    assert head_label("amount", "price", [tickets]) == "price of the concert tickets"
    passes = said("Season passes will cost $90.", "$90", measure="price", unit="USD")
    assert head_label("price", "price", [passes]) == "price of season passes"  # a sentence's first word
    it = said("It costs $30.", "$30", measure="price", unit="USD")
    assert head_label("price", "price", [it]) == "price"  # a pronoun names nothing


def test_an_amount_is_named_by_the_goods_most_figures_are_in() -> None:
    steel = said("The new duties cover $80 billion in imported steel products.", "$80 billion", measure="money",
                 unit="USD")
    again = said("Officials put the trade hit at $80 billion of steel products.", "$80 billion", measure="money",
                 unit="USD", n=2)
    assert head_label("amount", "money", [steel, again]) == "imported steel products"
    quarter = said("Sales reached $80 billion in the first quarter.", "$80 billion", measure="money", unit="USD")
    assert head_label("amount", "money", [quarter]) == "amount"  # a time, not what the amount is of
    part = said("The buyer paid $90 million ($70 million in cash).", "$70 million", measure="money", unit="USD")
    plain = said("The buyer paid $90 million for the mill.", "$90 million", measure="money", unit="USD", n=2)
    other = said("The mill was sold for $90 million.", "$90 million", measure="money", unit="USD", n=3)
    assert head_label("amount", "money", [part, plain, other]) == "amount"  # one figure of three says it


def test_a_comparative_is_no_thing() -> None:
    cut = said("The new model is $50 cheaper than the old one.", "$50", measure="price", unit="USD")
    assert head_label("cheaper dropped", "price", [cut]) == "price dropped"


def test_a_share_is_named_by_its_whole() -> None:
    market = said("The merger gives the group 12 percent of the regional freight market, analysts said.",
                  "12 percent", measure="percent", unit="percent", counted="freight market")
    assert head_label("freight market (percent)", "percent", [market]) == \
        "share of the regional freight market (percent)"
    flooded = said("About 40 percent of the homes were flooded.", "40 percent", measure="percent", unit="percent")
    assert head_label("percent (percent)", "percent", [flooded]) == "percent (percent)"  # what happened to a share


def test_a_measure_only_label_takes_the_qualified_unit_the_figures_count() -> None:
    yards = said("The winger ran for 212 passing yards on Sunday.", "212", measure="distance", unit="yards",
                 counted="passing yards")
    assert head_label("distance (yards)", "distance", [yards]) == "passing yards"
    bare = said("He ran 212 yards.", "212", measure="distance", unit="yards", counted="yards")
    assert head_label("distance (yards)", "distance", [bare]) == "distance (yards)"


def test_a_verb_no_figure_s_clause_holds_leaves_the_label() -> None:
    bracket = said("The champion (40-2, 33 KOs) stopped his rival in Leeds.", "33", unit="kos", counted="kos",
                   did="stopped")
    assert head_label("kos stopped", "count", [bracket]) == "kos"
    team = said("Ana Ruiz had 9 rebounds for Westfield, which reached the semifinal.", "9", unit="rebounds",
                counted="rebounds", did="reached")
    assert head_label("rebounds reached", "count", [team]) == "rebounds"
    second = said("She caught six passes for 80 yards and two scores, and scored once more late on.", "two",
                  unit="scores", counted="scores", did="scored")
    assert head_label("scores scored", "count", [second]) == "scores"
    # the figure's own verb stays, in a list before it or as its predicate after it
    listed = said("The navy has seized 12 rifles, 30 magazines and 800 rounds of ammunition.", "30",
                  unit="magazines", counted="magazines", did="seized")
    assert head_label("magazines seized", "count", [listed]) == "magazines seized"
    after = said("About 300 rounds of ammunition were seized from the boat.", "300", unit="rounds",
                 counted="rounds of ammunition", did="seized")
    assert head_label("rounds of ammunition seized", "count", [after]) == "rounds of ammunition seized"
    plain = said("A jury recommended the maximum term and a $5,000 fine.", "$5,000", measure="money", unit="USD",
                 did="recommended")
    assert head_label("fine recommended", "money", [plain]) == "fine recommended"


def test_a_name_told_in_passing_is_not_whose_the_figures_are() -> None:
    lent = said("After its founder Ann Lee left the fund, Harbor Bank lent it $2 billion.", "$2 billion",
                measure="money", unit="USD")
    assert passing("Ann Lee", lent) and not passing("Harbor Bank", lent)
    owner = said("The director of Harbor Trust said 500 claims were filed.", "500", unit="claims")
    assert passing("Harbor Trust", owner)
    subject = said("Harbor Trust said 500 claims were filed.", "500", unit="claims")
    assert not passing("Harbor Trust", subject)


def test_a_row_names_the_doer_of_its_verb() -> None:
    threw = said("Lee completed 20 passes in the win.", "20", unit="passes", counted="passes", did="completed")
    assert by_doer("passes completed in Harwick", name="Ann Lee", location="Harwick", claims=[threw]) == \
        "passes completed by Ann Lee in Harwick"
    who = said("Lee, who completed 20 passes, was rested.", "20", unit="passes", counted="passes")
    assert by_doer("passes completed", name="Ann Lee", location=None, claims=[who]) == "passes completed by Ann Lee"
    praised = said("The coach praised Lee after 20 passes were completed.", "20", unit="passes", counted="passes")
    assert by_doer("passes completed", name="Ann Lee", location=None, claims=[praised]) == ""
    assert by_doer("points", name="Ann Lee", location=None, claims=[threw]) == ""  # no verb: "points of Ann Lee"


def test_a_row_whose_only_name_is_told_in_passing_is_not_labelled_with_it() -> None:
    def story(aid: str, text: str, number_text: str, value: float, *names: tuple[str, str]) -> Article:
        figure = dataclasses.replace(said(text, number_text, measure="distance", unit="miles"), id=f"{aid}:c1",
                                     article=aid, value=value, low=value, high=value)
        spans = tuple(NamedSpan(start=text.index(name), end=text.index(name) + len(name), label=label, text=name)
                      for name, label in names)
        return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, published="2024-05-14", outlet=aid,
                       names=spans, claims=(figure,))

    facts = reconcile([
        story("a", "After Ann Lee left the firm, its scooter could still ride 40 miles on one charge.", "40", 40.0,
              ("Ann Lee", "PERSON")),
        story("b", "On one charge the scooter can ride 40 miles, its maker said.", "40", 40.0),
        story("c", "The Tarn can ride 38 miles on one charge.", "38", 38.0, ("Tarn", "PRODUCT")),
        story("d", "The Tarn rides 38 miles per charge.", "38", 38.0, ("Tarn", "PRODUCT"))], story="s")
    labels = sorted(f.label for f in facts if f.measure == "distance")
    assert labels == ["range (miles)", "range of Tarn (miles)"]  # not "range of Ann Lee (miles)"
