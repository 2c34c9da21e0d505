"""The short, undated variant of ECB+: each article cut to a title and the first two sentences.

    python benchmarks/ecb_short.py OUT.jsonl [--gold ../shared/bench/ecbplus/articles.jsonl]

A news pile is often headlines and leads only (feeds, aggregators, a search result page),
with no publication date. This makes that variant of ECB+ from the full articles, with the
same ids, topics and events (so the same gold):

- the title is the first line that is neither a web address nor a date stamp (many ECB+
  articles, the ``_ecbplus`` half, open with their URL, then a title, then "May 03, 2013"
  or "Published April 24th 2013 - 17: 59"; the ``_ecb`` half has no title line, so the
  first sentence of its first line stands in for it);
- the body is the first two sentences of the lines after it, with date stamp lines and a
  date stamp at the start of a sentence ("June 11, 2012 -") removed. Dates written into
  the sentences themselves ("on Tuesday, December 9, 2008") stay: they are the text's own.

The title and each sentence are put on lines of their own: a one-line JSON Lines text
was dropped by the cleaner at the time of writing (issue 18), a text of several lines is not.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from storyline.dates import MONTHS, WEEKDAYS

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "bench" / "ecbplus" / "articles.jsonl"

_URL = re.compile(r"^\s*(?:https?\s*:|www\s*\.)|\.\s*(?:com|org|net|co\.\s*uk|nl)\s*/", re.IGNORECASE)
# the words a date stamp is made of besides its month, weekday and numbers
_STAMP_WORDS = frozenset((  # noqa: SIM905 - a word list reads better as one string
    "published posted updated originally first last modified edited time on at by am pm et pt ct mt edt est pdt pst "
    "cdt cst mdt mst gmt utc bst cet cest ist aest hrs of the st nd rd th mon tue tues wed thu thur thurs fri sat sun "
    "uk release released found").split())
_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")
_ABBREVIATION = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Sgt|Col|Capt|Co|Inc|Jr|Sr|No|Mt|Ft|vs"
                           r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$")
_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])")


def _stamp_token(token: str, capitals: bool = False) -> bool:
    t = token.lower()
    return (t.isdigit() or len(t) == 1 or t in _STAMP_WORDS or t in MONTHS or t in WEEKDAYS
            or (capitals and token.isupper()))


def is_url(line: str) -> bool:
    return bool(_URL.search(line))


def is_date_stamp(line: str) -> bool:
    """A line that is a publication stamp ("May 03, 2013", "10: 10 AM PDT 6 / 6 / 2013", "7: 15 a. m."):
    only numbers, months, weekdays and stamp words, with a number among them."""
    tokens = _TOKEN.findall(line)
    return all(_stamp_token(t) for t in tokens) and (not tokens or any(t.isdigit() for t in tokens))


def strip_stamp(text: str) -> str:
    """The text without a publication stamp or dateline at its start ("Published time: March 12,
    2013 02: 03 Edited time: ... Police intervened ..." -> "Police intervened ...", "WASHINGTON, DC,
    April 28, 2009 The Obama administration ..." -> "The Obama administration ..."): the longest run
    of stamp words, numbers, dates and capitalised place words from the start that holds a year or
    a numeric date."""
    end = 0
    for match in _TOKEN.finditer(text):
        if not _stamp_token(match.group(), capitals=True):
            break
        end = match.end()
    if end and _DATED.search(text[:end]):
        return text[end:].lstrip(" .-—–:|,)")
    return text


def sentences(text: str) -> list[str]:
    """The text cut into sentences at a full stop, question or exclamation mark before a capital
    (not after an initial or a title such as 'Mr.')."""
    out, start = [], 0
    for match in _END.finditer(text):
        before = text[start:match.start() + 1].rstrip("\"”’')")
        if _ABBREVIATION.search(before):
            continue
        out.append(text[start:match.end()].strip())
        start = match.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def shorten(text: str, n_sentences: int = 2) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    lines = [line for line in lines if not is_url(line) and not is_date_stamp(line)]
    if not lines:
        return ""
    first = sentences(lines[0])  # an article with no title line: its first sentence stands in for one
    title, body = first[0], strip_stamp(" ".join([*first[1:], *lines[1:]]))
    return "\n".join([title, *sentences(body)[:n_sentences]])


def short_rows(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{**row, "text": shorten(str(row["text"]))} for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--gold", default=str(GOLD))
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    with Path(args.out).open("w", encoding="utf-8") as f:
        for row in short_rows(rows):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
