"""The cleaner on scraped pages of many shapes. None of these texts comes from the seeds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.boilerplate import clean_body
from storyline.clean.normalize import normalize_text
from tests.clean.cleaned import removed

P1 = ("Heavy snow closed the mountain pass on Monday, stranding about 400 lorries near the border crossing, "
      "police said.")
P2 = ("Drivers spent the night in their cabs as temperatures fell to minus 18 degrees, and volunteers handed out "
      "hot drinks and blankets.")
P3 = ("The road authority said snowploughs would work through Tuesday and that the pass could reopen by the "
      "evening if the wind eased.")


def test_subheadings_between_paragraphs_stay_and_widgets_go() -> None:
    body = "\n".join([
        "Border pass closed by snow", "Share", P1, "", "Stranded overnight", "", P2, "",
        "What happens next", P3, "Photo: AP / Lena Moor", "Most read", "Comments", "37", "Sign in",
    ])
    result = clean_body(body)
    assert result.title == "Border pass closed by snow"
    for kept in ("Stranded overnight", "What happens next", P1, P2, P3):
        assert kept in result.text
    assert set(removed(result)) == {"Share", "Photo: AP / Lena Moor", "Most read", "Comments", "37", "Sign in"}


def test_russian_page_with_russian_furniture_and_a_latin_promo() -> None:
    para = ("Сильный снегопад в понедельник перекрыл горный перевал, около 400 грузовиков застряли у границы, "
            "сообщила полиция.")
    para2 = ("Водители провели ночь в кабинах при морозе минус 18 градусов, волонтеры раздавали горячий чай.")
    body = "\n".join(["Снег закрыл перевал", "Поделиться", para, "Читайте также: Как пережить метель в дороге",
                      para2, "Download our app for breaking news", "Комментарии", "0"])
    result = clean_body(body)
    assert para in result.text and para2 in result.text
    gone = removed(result)
    assert gone["Download our app for breaking news"].startswith(("interface text in another script", "link"))
    assert {"Поделиться", "Комментарии", "0", "Читайте также: Как пережить метель в дороге"} <= set(gone)


def test_stamp_kicker_and_headline_below_them() -> None:
    body = "\n".join([
        "- Valley Courier Online, 1080, 03.02.2024", "Weather", P1, "",
        "Snowbound Lorry Drivers Spend Second Night at the Border Pass", "", P2, P3,
    ])
    result = clean_body(body)
    assert result.title == "Snowbound Lorry Drivers Spend Second Night at the Border Pass"
    assert result.header.outlet == "Valley Courier Online"
    assert result.header.published == "2024-02-03"
    assert removed(result) == {"- Valley Courier Online, 1080, 03.02.2024": "page stamp",
                               "Weather": "section label above the headline"}
    assert P1 in result.text  # a paragraph above the headline is content, not a kicker


def test_title_cased_line_glued_between_paragraphs_is_a_subheading() -> None:
    body = "\n".join([P1, "Snowbound Lorry Drivers Spend Second Night at the Border Pass", P2, P3])
    result = clean_body(body)
    assert result.title is None
    assert "Snowbound Lorry Drivers Spend Second Night at the Border Pass" in result.text


def test_repeated_caption_and_related_card_go_paragraphs_stay() -> None:
    caption = "Lorries queue in the snow at the border crossing near the pass on February 3, 2024."
    body = "\n".join([
        P1, "© VALLEY PRESS / JON ARK " + caption, caption, P2, caption, "Europe",
        "Why Mountain Passes Close Every Winter and What Drivers Can Do", P3,
    ])
    result = clean_body(body)
    gone = removed(result)
    assert [r.reason for r in result.removed].count("repeated line") == 2
    assert "Why Mountain Passes Close Every Winter and What Drivers Can Do" in gone
    assert "Europe" in gone
    assert result.text.split("\n\n") == [P1, P2, P3]  # no title: none of these is a headline


def test_date_prefix_followed_by_a_stamp_not_a_title() -> None:
    body = " date 2024-02-03 VPN – (Article updated at 9, 15 of 3 February 2024)\n\n" + P1 + "\n\n" + P2
    result = clean_body(body, date_prefix=True)
    assert result.title is None
    assert result.header.published == "2024-02-03"
    assert result.header.outlet == "VPN"
    assert list(removed(result).values()) == ["byline or time stamp"]


def test_date_prefix_followed_by_a_headline_ending_in_a_period() -> None:
    body = " date 2024-02-03 “We slept in the cab,” drivers say.\n\n" + P1
    result = clean_body(body, date_prefix=True)
    assert result.title == "“We slept in the cab,” drivers say."
    assert result.text == f"{result.title}\n\n{P1}" and not result.removed  # the headline is content


def test_first_line_sentence_is_not_a_title() -> None:
    result = clean_body("\n".join([P1, P2]))
    assert result.title is None and result.text == f"{P1}\n\n{P2}"


def test_german_capitalised_nouns_do_not_look_like_link_titles() -> None:
    g1 = ("Der Schnee hat am Montag den Pass gesperrt, rund 400 Lastwagen stecken an der Grenze fest, teilte die "
          "Polizei mit. Die Fahrer verbrachten die Nacht in ihren Kabinen bei Temperaturen von minus 18 Grad.")
    g2 = ("Die Straßenbehörde erklärte, die Räumfahrzeuge würden bis Dienstag arbeiten und der Pass könne am Abend "
          "wieder öffnen, wenn der Wind nachlasse und die Lawinengefahr sinke.")
    body = "\n".join([g1, "Kritik an Behörden wegen später Warnung", g2, "Fahrer Berichten von Langen Wartezeiten",
                      g1 + " " + g2])
    result = clean_body(body)
    assert result.title is None
    assert "Kritik an Behörden wegen später Warnung" in result.text
    assert "Fahrer Berichten von Langen Wartezeiten" in result.text


def test_extracted_profile_keeps_repeats_and_other_scripts() -> None:
    q = "What inspired you to start cooking for an audience?"
    body = "\n".join([P1, q, P2, q, "Аккаунт: @snow_cook", P3, "Read more: Ten winter recipes"])
    result = clean_body(body, profile="extracted")
    assert result.text.count(q) == 2 and "Аккаунт: @snow_cook" in result.text
    assert list(removed(result)) == ["Read more: Ten winter recipes"]


def test_translation_note_is_removed_and_named() -> None:
    result = clean_body("\n".join([P1, P2, "(Machine translated from Finnish.)"]))
    assert removed(result) == {"(Machine translated from Finnish.)": "translation note"}


line = st.one_of(
    st.sampled_from([P1, P2, P3, "Share", "0", "Related", "Subscribe to our newsletter", "A short heading", ""]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=120),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(line, max_size=25), st.booleans())
def test_nothing_is_lost_every_line_is_kept_titled_or_removed(lines: list[str], extracted: bool) -> None:
    body = normalize_text("\n".join(lines))
    result = clean_body(body, profile="extracted" if extracted else "text")
    kept = result.text.split("\n\n") if result.text else []
    gone = [r.text for r in result.removed]
    expected = [ln.strip() for ln in body.split("\n") if ln.strip()]
    assert sorted(kept + gone) == sorted(expected)


def test_a_body_of_short_lines_only_is_kept() -> None:
    # A missing neighbour is no evidence of furniture: one-sentence items, short leads and
    # single-line texts (as JSON Lines feeds carry them) stay whole.
    for body in ("Two ferries collided off Brindisi on Sunday.",
                 "Ceasefire holds in Tigray",
                 "Markets closed higher.\nThe yen slipped against the euro."):
        result = clean_body(body)
        assert result.text == body.replace("\n", "\n\n"), body
        assert result.removed == []


def test_a_short_sentence_beside_only_furniture_is_judged_on_its_shape() -> None:
    result = clean_body("The dam held overnight, engineers said.\nShare\nComments")
    assert result.text == "The dam held overnight, engineers said."
    assert set(removed(result)) == {"Share", "Comments"}


def test_a_one_line_jsonl_item_survives_cleaning(tmp_path) -> None:
    import json

    from storyline.clean.stages import to_article
    from storyline.ingest import read
    from storyline.model import Document

    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "s1", "text": "A magnitude 5.1 quake shook Izmir at dawn.",
                                "published": "2024-03-02"}) + "\n", encoding="utf-8")
    doc = next(iter(read(path)))
    assert isinstance(doc, Document)
    assert to_article(doc).text == "A magnitude 5.1 quake shook Izmir at dawn."
