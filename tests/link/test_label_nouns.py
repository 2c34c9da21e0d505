"""Labels named by the noun a figure's own sentence gives it, on sentences written for these tests: a sum put at
a figure, a rate moved from or to one, a span of something, a coordination counted whole; and sentences that
must leave the label as it is."""

from __future__ import annotations

from storyline.link.fact_labels import thing_of
from storyline.link.label_nouns import away_from, coordination, led_verb, noun_label, part_of, put_at, share_price
from storyline.model import Claim
from tests.link.made_claims import said


def test_a_sum_someone_puts_at_a_figure_is_named_by_what_was_put() -> None:
    haul = said("Customs officers estimated the resale value at 12 million dollars.", "12 million dollars",
                measure="money")
    assert noun_label("amount", "money", [haul]) == "resale value"
    bill = said("The cleanup bill was put at about 4 million pounds by the council.", "about 4 million pounds",
                measure="money")
    assert noun_label("amount", "money", [bill]) == "cleanup bill"
    assert put_at(said("Insurers put their losses at $80 million.", "$80 million", measure="money")) == "losses"


def test_a_sum_told_otherwise_keeps_its_label() -> None:
    paid = said("The club paid 9 million euros for the striker.", "9 million euros", measure="money")
    assert noun_label("amount paid", "money", [paid]) == ""
    named = said("Experts estimated the damage at $3 million.", "$3 million", measure="damage")
    assert noun_label("damage", "damage", [named]) == ""  # the label names it already
    asked = said("He put it at $3 million, give or take.", "$3 million", measure="money")
    assert noun_label("amount", "money", [asked]) == ""  # a pronoun names nothing
    # one figure of three says it: too few to name the row
    others = [said("The deal is worth $40 million.", "$40 million", measure="money", n=i) for i in (2, 3)]
    assert noun_label("amount", "money", [bill_at(), *others]) == ""


def bill_at() -> Claim:
    return said("Analysts estimated the refit costs at $40 million.", "$40 million", measure="money")


def test_a_rate_moved_from_or_to_a_figure_is_named_by_the_rate() -> None:
    cut = said("The council will lower the parking levy rate from 12 percent to 9 percent next year.", "9 percent",
               measure="percent", unit="percent")
    assert noun_label("percent (percent)", "percent", [cut]) == "parking levy rate (percent)"
    fell = said("The jobless rate fell by half a point to 4.1 percent in March.", "4.1 percent", measure="percent",
                unit="percent")
    assert noun_label("percent (percent)", "percent", [fell]) == "jobless rate (percent)"
    alone = said("Turnout was 61 percent.", "61 percent", measure="percent", unit="percent")
    assert noun_label("percent (percent)", "percent", [alone]) == ""
    named = said("The levy rate rose to 9 percent.", "9 percent", measure="percent", unit="percent")
    assert noun_label("levy (percent)", "percent", [named]) == ""  # a label naming something already stays


def test_a_percentage_that_holds_its_sign_is_named_by_the_noun_after_it() -> None:
    duty = said("Ministers kept the 20% duties on imported steel.", "20%", measure="percent", unit="percent")
    assert thing_of(duty) == "duties"
    worded = said("The union wants a 6 percent pay rise over three years.", "6 percent", measure="percent",
                  unit="percent")
    assert thing_of(worded) == "pay rise"


def test_a_span_of_something_is_named_by_it() -> None:
    mourning = said("The mayor declared two days of public mourning.", "two", measure="duration", unit="days")
    assert noun_label("duration (days)", "duration", [mourning]) == "days of public mourning"
    service = said("She retired after 31 years of service.", "31", measure="duration", unit="years")
    assert noun_label("duration (years)", "duration", [service]) == "years of service"
    adrift = said("The crew spent nine days at sea before a tanker found them.", "nine", measure="duration",
                  unit="days")
    assert noun_label("duration (days)", "duration", [adrift]) == "time at sea (days)"


def test_a_span_told_otherwise_keeps_its_label() -> None:
    week = said("The fair ran for three days of the week.", "three", measure="duration", unit="days")
    assert noun_label("duration (days)", "duration", [week]) == ""
    plain = said("The strike lasted four days.", "four", measure="duration", unit="days")
    assert noun_label("duration (days)", "duration", [plain]) == ""
    named = said("The festival drew crowds over five days of music.", "five", measure="duration", unit="days")
    assert noun_label("duration of the festival (days)", "duration", [named]) == ""  # not a bare measure


def test_a_coordination_is_counted_whole() -> None:
    crews = said("About 80 nurses and porters were on duty that night.", "About 80", unit="people",
                 counted="nurses")
    assert noun_label("nurses counted", "count", [crews]) == "nurses and porters counted"
    three = said("Some 200 soldiers, medics and volunteers had been sent north.", "Some 200", measure="deployed",
                 unit="people", counted="soldiers")
    assert noun_label("soldiers deployed", "deployed", [three]) == "soldiers, medics and volunteers deployed"
    one = said("Rescuers freed three men and a boy from the mine.", "three", measure="rescued", unit="people",
               counted="men")
    assert coordination(one, "men") == ""  # "three" counts the men, not the boy
    flights = said("The storm forced 340 flights and crossings cancelled overnight.", "340", counted="flights")
    assert noun_label("flights", "count", [flights]) == "flights and crossings"


def test_two_clauses_are_no_coordination() -> None:
    said_so = said("Gunmen shot four people and officers said they fled.", "four", measure="killed",
                   unit="people", counted="people")
    assert noun_label("people killed", "killed", [said_so]) == ""
    wounded = said("The blast killed 12 people and injured 30.", "12", measure="killed", unit="people",
                   counted="people")
    assert noun_label("people killed", "killed", [wounded]) == ""
    figure = said("He caught 40 passes and two touchdowns.", "40", counted="passes")
    assert noun_label("passes", "count", [figure]) == ""
    single = said("About 30 guards and the warden were held.", "About 30", unit="people", counted="guards")
    assert noun_label("guards counted", "count", [single]) == ""  # "the warden" is no plural noun
    verb = said("The parcel weighs 2.5 kilos, and holds spare parts.", "2.5", measure="weight", unit="kilos",
                counted="kilos")
    assert noun_label("kilos (weight)", "weight", [verb]) == ""
    clause = said("The van carried 40 boxes and carries crates from the port.", "40", counted="boxes")
    assert coordination(clause, "boxes") == ""  # a verb and its object, no coordination
    object_ = said("The van carried 40 boxes and holds the crates.", "40", counted="boxes")
    assert coordination(object_, "boxes") == ""  # a determiner after the run: a verb's object
    longer = said("Some 90 police officers and soldiers guarded the route.", "Some 90", measure="deployed",
                  unit="people", counted="police officers")
    other = said("About 90 police and soldiers guarded it.", "About 90", measure="deployed", unit="people",
                 counted="police", n=2)
    assert noun_label("police officers deployed", "deployed", [longer, other]) == \
        "police officers and soldiers deployed"


def test_where_shares_stood_is_a_share_price() -> None:
    closed = said("Acme shares slid 40 cents to close at $12.10 on Friday.", "$12.10", measure="price")
    assert noun_label("amount", "price", [closed]) == "Acme share price"
    inside = said("Shares in Borealis Mining jumped 9% to 3.40 euros.", "3.40 euros", measure="price")
    assert share_price(inside) == "Borealis Mining share price"
    change = said("Acme shares slid $1.20 on the news.", "$1.20", measure="price")
    assert share_price(change) == ""  # a move, not where they stood
    sold = said("The founder sold shares and agreed to pay $2 million.", "$2 million", measure="money")
    assert share_price(sold) == ""


def test_a_part_of_a_plural_whole() -> None:
    part = said("The port alone bore about 9 million dollars of the losses, officials said.",
                "about 9 million dollars", measure="money")
    assert noun_label("damage", "damage", [part]) == "losses"
    owner = said("He repaid $5 million of the company's debt.", "$5 million", measure="money")
    assert part_of(owner) == ""
    single = said("She gave $1 million of the prize to charity.", "$1 million", measure="money")
    assert part_of(single) == ""  # a single thing: what it came from, not what it is


def test_a_distance_from_a_place() -> None:
    quake = said("The tremor struck about 30 kilometres south-west of Corrigan at a shallow depth.", "about 30",
                 measure="distance", unit="kilometres")
    assert noun_label("distance (kilometres)", "distance", [quake]) == "distance from Corrigan (kilometres)"
    shore = said("The yacht was found 12 miles off the coast.", "12", measure="distance", unit="miles")
    assert away_from(shore) == "the coast"
    other = said("It hit 31 kilometres east of Marlow.", "31", measure="distance", unit="kilometres", n=2)
    assert noun_label("distance (kilometres)", "distance", [quake, other]) == ""  # two places: neither
    walk = said("He walked 6 miles to the station.", "6", measure="distance", unit="miles")
    assert noun_label("distance (miles)", "distance", [walk]) == ""


def test_a_verb_that_leads_to_another_gives_way_to_it() -> None:
    fled = said("Three hikers managed to reach the hut before dark.", "Three", unit="people", counted="hikers")
    assert noun_label("hikers managed", "count", [fled]) == "hikers reached"
    tried = said("About 40 migrants tried to climb the fence.", "About 40", unit="people", counted="migrants")
    assert led_verb(tried, "tried") == "climbed"
    ran = said("Two guards managed to flee the compound.", "Two", unit="people", counted="guards")
    assert led_verb(ran, "managed") == "fled"
    halt = said("Five officers tried to stop the convoy.", "Five", unit="people", counted="officers")
    assert led_verb(halt, "tried") == "stopped"
    kept = said("Nine riders finished the stage.", "Nine", unit="people", counted="riders")
    assert noun_label("riders finished", "count", [kept]) == ""


def test_a_height_told_with_a_copula_is_of_its_subject() -> None:
    wall = said("The flood wall was about four metres high.", "four", measure="distance", unit="metres")
    assert thing_of(wall) == "height of the flood wall"
