from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from storyline.clean.lines import count_scripts, make_line, script_of


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))))
def test_fast_script_count_equals_the_per_character_definition(text: str) -> None:
    assert count_scripts(text) == Counter(script_of(c) for c in text if c.isalpha())


def test_line_shape() -> None:
    line = make_line(3, "Why Mountain Passes Close Every Winter?")
    assert (line.no, line.words, line.script, line.terminal, line.title_case) == (3, 6, "latin", True, True)
    cjk = make_line(1, "東京で震度5強の地震、けが人の情報なし")
    assert cjk.script == "cjk" and cjk.words >= 8
