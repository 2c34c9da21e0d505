"""Absolute calendar dates written in text: the one parser every stage uses.

Relative expressions ("on Thursday") are resolved elsewhere against an article's date;
this module only reads dates that name their day, month and year.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "january jan janvier janv enero ene gennaio genn januar jän tammikuu tammikuuta января январь янв janeiro",
        "february feb février févr febrero febbraio febr februar helmikuu helmikuuta февраля февраль фев fevereiro",
        "march mar mars marzo märz maaliskuu maaliskuuta марта март março",
        "april apr avril abril aprile huhtikuu huhtikuuta апреля апрель апр",
        "may mai mayo maggio magg toukokuu toukokuuta мая май maio",
        "june jun juin junio giugno juni kesäkuu kesäkuuta июня июнь junho",
        "july jul juillet julio luglio juli heinäkuu heinäkuuta июля июль julho",
        "august aug août agosto elokuu elokuuta августа август авг",
        "september sep sept septembre septiembre settembre syyskuu syyskuuta сентября сентябрь сен setembro",
        "october oct octobre octubre ottobre okt oktober lokakuu lokakuuta октября октябрь outubro",
        "november nov novembre noviembre marraskuu marraskuuta ноября ноябрь novembro",
        "december dec décembre déc diciembre dic dicembre dez dezember joulukuu joulukuuta декабря декабрь дек "
        "dezembro",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _num)

_MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_YEAR = r"(?P<y>(?:19|20)\d{2})"
PATTERNS = (
    # 2022-01-07, 2022/01/07
    re.compile(rf"\b{_YEAR}[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?!\d)"),
    # 07.01.2022 (day first: the European and Russian convention for dots)
    re.compile(rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.{_YEAR}\b"),
    # 7 January 2022, 7th of January, 2022, 7. Januar 2022, 7 января 2022
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?P<mn>{_MONTH_RE})\.?,?\s+(?:de\s+|del\s+)?{_YEAR}\b",
               re.IGNORECASE),
    # January 7, 2022 / Jan. 7 2022
    re.compile(rf"\b(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.IGNORECASE),
)


def find_dates(text: str) -> list[tuple[date, str]]:
    """Every unambiguous calendar date in ``text``, with the text that states it.

    Slash dates such as 05/10/2018 are skipped on purpose: day and month order differs
    by country, and a wrong date is worse than none.
    """
    found: list[tuple[int, date, str]] = []
    taken: list[range] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() in r or m.end() - 1 in r for r in taken):
                continue
            month = int(m.group("m")) if "m" in m.groupdict() and m.group("m") else MONTHS.get(
                (m.groupdict().get("mn") or "").lower().rstrip("."), 0)
            try:
                found.append((m.start(), date(int(m.group("y")), month, int(m.group("d"))), m.group(0)))
            except ValueError:
                continue
            taken.append(range(m.start(), m.end()))
    return [(d, s) for _, d, s in sorted(found, key=lambda t: t[0])]


def parse_iso_date(value: str) -> date | None:
    """The date of an ISO date or datetime string (``2022-01-07``, ``2022-01-07T08:00Z``)."""
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
