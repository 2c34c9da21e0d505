"""Article lines shaped like furniture stay in clean text; the furniture they resemble still goes.
Every text here is written for these tests."""

from storyline.clean.boilerplate import clean_body
from storyline.clean.lines import make_line
from storyline.clean.prose_lines import is_sentence, outside_quotes, reports_a_mention
from tests.clean.cleaned import removed

P1 = ("The regional league ended its season on Sunday, and the two clubs that finished level on points will meet "
      "again in a play-off next month, the organisers said.")
P2 = ("Attendance rose for the third year in a row, with an average of 2,300 spectators a match, according to "
      "figures the league published on Monday.")
P3 = ("The harbour master said ferries would keep to the winter timetable until the end of March, when two more "
      "crossings a day are added.")


def test_a_list_of_results_at_the_end_of_the_text_stays() -> None:
    items = ["Northfield Rovers (Pool 2): 41 points", "Eastgate Athletic (Pool 1): 41 points",
             "Millbrook Town (Pool 2): 37 points", "Harbour United (Pool 1): Thirty points"]
    result = clean_body("\n".join([P1, P2, "", "Final table", *items]))
    assert not result.removed
    for line in ["Final table", *items]:
        assert line in result.text


def test_a_list_of_dates_between_paragraphs_stays() -> None:
    dates = ["May 4 – Porto, Coliseu", "May 6 – Seville, Teatro Central", "May 9 – Lyon, Halle Tony Garnier"]
    result = clean_body("\n".join([P1, "", *dates, "", P2]))
    assert not result.removed


def test_a_list_of_concert_dates_in_title_case_stays() -> None:
    dates = ["November 20 – Glasgow, Royal Concert Hall", "November 22 – Newcastle-upon-Tyne, City Hall",
             "November 25 – Cardiff, St David's Hall", "November 28 – Dublin, 3Arena"]
    result = clean_body("\n".join([P1, P2, "", "Tour Dates", *dates]))
    assert not result.removed


def test_label_value_items_without_figures_stay() -> None:
    items = ["Venue: the old customs house", "Tickets: at the door only", "Dress code: none at all"]
    result = clean_body("\n".join([P3, *items]))
    assert not result.removed


def test_related_links_at_the_foot_of_a_page_still_go() -> None:
    links = ["How Avalanche Forecasts Are Made", "Ski Resorts Brace for a Short Season",
             "Readers Share Their Winter Driving Tips"]
    result = clean_body("\n".join([P1, P2, *links]))
    assert set(removed(result)) == set(links)


def test_a_list_that_runs_into_furniture_is_not_taken_for_article_text() -> None:
    links = ["Storm 1: what we know", "Storm 2: what we know", "Storm 3: what we know"]
    result = clean_body("\n".join([P1, *links, "Share", "Comments"]))
    assert set(links) <= set(removed(result))


def test_sentences_that_report_a_post_or_a_sign_up_stay() -> None:
    kept = [
        "Hundreds of residents described the tremor on Facebook within minutes.",
        "The club said supporters can sign up for ticket alerts on its website.",
        "“If you can stay home tonight, please do,” the mayor wrote on Twitter.",
        "The bakery's weekly newsletter announced the closure on Friday.",
    ]
    result = clean_body("\n".join([P1, *kept, P2]))
    assert not result.removed
    for line in kept:
        assert line in result.text


def test_pitches_to_the_reader_still_go() -> None:
    pitches = [
        "Follow our live coverage of the storm on Twitter.",
        "Be sure to like the station on Facebook and Instagram.",
        "Get the morning briefing: sign up for our newsletter.",
        "You can subscribe to the weekly digest here.",
    ]
    result = clean_body("\n".join([P1, *pitches, P2]))
    assert set(pitches) <= set(removed(result))


def test_reader_address_inside_a_quotation_does_not_make_a_pitch() -> None:
    line = make_line(1, "“Sign up before Friday, we beg you,” the organiser told volunteers on Facebook.")
    assert reports_a_mention(line)
    assert "you" not in outside_quotes(line.text)
    assert not reports_a_mention(make_line(1, "Sign up before Friday for updates on the ferry timetable."))
    # a quotation that began on the line before
    assert outside_quotes("stay away from the cliffs,” the warden wrote.").strip() == "the warden wrote."


def test_a_spaced_slash_in_a_sentence_is_not_a_photo_credit() -> None:
    prose = ["The council will decide whether to widen and / or resurface the road next spring."]
    credits = ["MARTA LINDQVIST / NORDPRESS Ferries wait in the harbour at dawn.", "Jon Ark / Valley Press"]
    result = clean_body("\n".join([P3, *prose, *credits, P1]))
    gone = removed(result)
    assert not set(prose) & set(gone)
    assert all(gone.get(c) == "photo credit" for c in credits)


def test_a_price_or_a_score_on_its_own_line_stays_a_counter_goes() -> None:
    result = clean_body("\n".join([P1, "€1,250.", P2, "7 - 3.", P3, "37", "•••"]))
    gone = removed(result)
    assert "€1,250." in result.text and "7 - 3." in result.text
    assert gone == {"37": "counter or symbol", "•••": "counter or symbol"}


def test_a_quoted_sentence_keeps_its_place_when_the_post_repeats_it() -> None:
    quote = "“We will reopen the pass as soon as the wind drops,” the director wrote on Facebook."
    post = "We will reopen the pass as soon as the wind drops. #winter"
    result = clean_body("\n".join([P1, quote, P2, post, P3]))
    assert quote in result.text
    assert removed(result) == {post: "repeated line"}


def test_a_web_address_is_never_taken_for_a_sentence_of_the_text() -> None:
    spaced = ("http: / / www. example. net / 2024 / 02 / 03 / ferries - resume - after - the - storm - in - the - "
              "north - harbour / 7654321. html")  # long enough to pass for text by its length alone
    for text, sentence in ((spaced, False), ("https://news.example.org/2024/ferries", False), (P1, True)):
        line = make_line(1, text)
        line.label = "good"
        assert is_sentence(line) is sentence


def test_extracted_profile_keeps_short_lines_the_text_profile_judges() -> None:
    items = ["Northfield Rovers (Pool 2): 41 points", "Eastgate Athletic (Pool 1): 41 points",
             "Millbrook Town (Pool 2): 37 points"]
    result = clean_body("\n".join([P1, *items, "www.example.org/ferries", P2]), profile="extracted")
    assert not result.removed


def test_a_subheading_under_a_section_divider_stays() -> None:
    body = "\n".join([P1, "", "___", "", "WHAT HAPPENS TO THE RUNNERS-UP?", "", P2, "", "* * *", "",
                      "Where the Play-off Will Be Held", "", P3])
    result = clean_body(body)
    assert "WHAT HAPPENS TO THE RUNNERS-UP?" in result.text
    assert "Where the Play-off Will Be Held" in result.text
    assert set(removed(result)) == {"___", "* * *"}


def test_a_divider_does_not_rescue_furniture_between_furniture() -> None:
    body = "\n".join([P1, P2, P3, f"{P2} {P1}", "Share", "___", "Most Viewed Stories This Week", "Comments"])
    result = clean_body(body)
    assert "Most Viewed Stories This Week" in removed(result)

