"""Numbers as news writes them: the one parser of amounts in storyline.

``find_quantities(sentence)`` returns every amount stated in a sentence: digits in several
locales ("4,000", "4 000", "4.000", "2.5"), words ("seven", "a hundred", "3 thousand"),
scales ("$57 million"), ranges ("200–250", "between 50 and 65"), currencies, vague amounts
("dozens", "several hundred", "a number of") and multipliers ("doubling", "twofold"), each
with its qualifier and bounds. Calendar dates, clock times, years, article and footnote
numbers are not amounts and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "k": 1_000, "m": 1_000_000}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
            "thirtieth": 30, "hundredth": 100}
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₸": "KZT", "₴": "UAH"}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "roubles": "RUB", "rubles": "RUB", "rub": "RUB",
    "tenge": "tenge", "kzt": "tenge", "yuan": "CNY", "hryvnias": "UAH", "hryvnia": "UAH", "rupees": "INR",
    "yen": "JPY", "francs": "CHF", "lira": "TRY", "liras": "TRY", "lunars": "lunars",
}
QUALIFIERS = (  # (pattern before the number, qualifier), longest first
    (r"no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|at\s+least", "at_least"),
    (r"more\s+than|over|above|upwards\s+of|in\s+excess\s+of|exceeds?|exceeding|in\s+excess", "more_than"),
    (r"almost|nearly|close\s+to|just\s+under|just\s+shy\s+of|fewer\s+than|less\s+than|under|below", "almost"),
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as|a\s+maximum\s+of|maximum(?:\s+\w+){0,2}\s+of|at\s+most|no\s+more\s+than",
     "up_to"),
    (r"about|around|roughly|approximately|some|an\s+estimated|estimated|circa|approx\.?|nearly\s+about|"
     r"more\s+or\s+less|in\s+the\s+region\s+of", "about"),
)
VAGUE = (  # vague amounts: (pattern, words that name it)
    r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|several\s+(?:dozen|hundred|thousand|million)"
    r"|a\s+few\s+(?:dozen|hundred|thousand)|dozens|hundreds|thousands|millions|scores|several|a\s+number\s+of"
    r"|a\s+few|a\s+handful\s+of|countless|numerous"
)
MULTIPLIERS = {"doubling": 2, "doubled": 2, "double": 2, "twofold": 2, "two-fold": 2, "tripling": 3, "tripled": 3,
               "threefold": 3, "three-fold": 3, "fourfold": 4, "quadrupled": 4, "tenfold": 10, "halved": 0.5}

# Text detokenised with a space after each mark ("230, 000", "a 6. 1 magnitude", "$2. 5
# million", as in corpora rebuilt from tokens) is read as the number it was.
_SPACED = r"\d{1,3}(?:,\s\d{3}(?!\d))+(?:\.\d+)?|\d{1,2}\.\s\d{1,2}(?![\d,.])"
_NUM = _SPACED + r"|\d+(?:[ \u00a0\u202f,.'’]\d{3})*(?:[.,]\d+)?|\d*[.,]\d+"
_WORD_NUM = "(?:" + "|".join(sorted(UNITS_WORDS, key=len, reverse=True)) + r")\b"
_SCALE = r"hundred|thousand|million|billion|trillion|mln|bn"
_AMOUNT = (rf"(?:(?P<sign>[$€£¥₽₸₴])\s?)?(?P<num>{_NUM}|(?:a|an|one)\b|{_WORD_NUM})"
           rf"(?:[\s-](?P<num2>{_WORD_NUM}))?(?:\s?(?P<scale>{_SCALE})\b|(?P<scale2>m|bn|k)\b(?![./-]))?")
_DASH = r"(?(between)\s+and\s+|(?:\s?[-–—]\s?|\s+to\s+))"  # "and" joins a range only after "between"
_QUAL = "|".join(f"(?:{p})" for p, _ in QUALIFIERS)
PATTERN = re.compile(
    rf"(?<![\w.,:$€£/])(?<![A-Za-z]-)(?P<between>between\s+)?(?P<qual>(?:{_QUAL})\s+)?"
    rf"(?P<vague>{VAGUE})?(?(vague)|{_AMOUNT}"
    rf"(?:(?P<dash>{_DASH})(?P<hi>(?:[$€£¥₽₸₴]\s?)?(?:{_NUM}|{_WORD_NUM})(?:\s?(?:{_SCALE})\b)?))?)"
    rf"(?P<pct>\s?(?:%|per\s?cent|percent))?",
    re.IGNORECASE,
)
_MULT = re.compile(r"\b(" + "|".join(map(re.escape, MULTIPLIERS)) + r")\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(
    r"\b(?P<ord>" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+(?P<unit>day|week|month|year)\b", re.IGNORECASE)
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
           r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_NOT_AMOUNT_BEFORE = re.compile(rf"(?:\b(?:{_MONTHS})\.?|\barticle|\bsection|\bchapter|\bparagraph|\bno\.|\bnumber|"
                                rf"\bpage|\bp\.|\bline|\bversion|\bpoint|\bcovid|\bg|#)\s*$", re.IGNORECASE)
_NOT_AMOUNT_AFTER = re.compile(
    rf"^\s*(?:(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b|[:.]\d{{2}}\b"
    rf"|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|hrs\b|o'clock)|\s*(?:gmt|utc|cet|local\s+time)\b)", re.IGNORECASE)


_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")
_CLOCK_BEFORE = re.compile(r"\b(?:from|at|until|till|by|between|after|before|since)\s+$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s*(?:to|until|till|-|–)\s*(?:[01]?\d|2[0-4])[.:][0-5]\d", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One amount in a sentence. Offsets are relative to the sentence."""

    start: int
    end: int
    text: str  # as written, qualifier included: "almost 4,000", "50–65 tenge"
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # exact | at_least | more_than | almost | about | up_to | range | vague
    currency: str | None = None
    percent: bool = False
    multiplier: bool = False
    ordinal: bool = False


def parse_number(text: str) -> float | None:
    """A number written in digits (any common locale) or words; None if it is not one."""
    t = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    if t in ("a", "an"):
        return 1.0
    if t in UNITS_WORDS:
        return float(UNITS_WORDS[t])
    words = re.split(r"[\s-]+", t)
    if len(words) == 2 and all(w in UNITS_WORDS for w in words):  # "twenty five"
        return float(UNITS_WORDS[words[0]] + UNITS_WORDS[words[1]])
    t = re.sub(r"(?<=\d)([,.])\s(?=\d)", r"\1", t)
    if not re.fullmatch(_NUM, t):
        return None
    groups = re.split(r"[ ,.'’]", t)
    seps = re.findall(r"[ ,.'’]", t)
    if not seps:
        return float(t)
    last = seps[-1]
    if len(groups[-1]) != 3 or (len(set(seps)) > 1 and last in ",."):
        # a decimal mark at the end: "2.5", "1,5", "1.234,5", "1,234.5"
        whole = "".join(groups[:-1])
        return float(f"{whole}.{groups[-1]}")
    if len(set(seps)) == 1 and last in ",." and len(groups) == 2 and groups[0] == "0":
        return float(f"0.{groups[1]}")
    return float("".join(groups))  # every separator groups thousands: "4,000", "4 000", "4.000"


def _amount(num: str, num2: str | None, scale: str | None) -> float | None:
    value = parse_number(num)
    if value is None:
        return None
    if num2:
        extra = parse_number(num2)
        if extra is not None and value >= 20 and extra < 10:
            value += extra  # "twenty five"
    if scale:
        value *= SCALES[scale.lower()]
    return value


def _qualifier(words: str | None) -> str:
    if not words:
        return "exact"
    w = " ".join(words.lower().split())
    for pattern, name in QUALIFIERS:
        if re.fullmatch(pattern, w):
            return name
    return "exact"


def find_quantities(sentence: str) -> list[Quantity]:
    """Every amount in ``sentence``, left to right."""
    found: list[Quantity] = []
    for m in PATTERN.finditer(sentence):
        q = _from_match(sentence, m)
        if q is not None:
            found.append(q)
    found.extend(_multipliers(sentence, found))
    found.extend(_ordinal_durations(sentence, found))
    return sorted(found, key=lambda q: q.start)


def _from_match(sentence: str, m: re.Match[str]) -> Quantity | None:
    if m.group("vague"):
        start = m.start("qual") if m.group("qual") else m.start("vague")
        return Quantity(start=start, end=m.end("vague"), text=sentence[start:m.end("vague")], value=None,
                        low=None, high=None, qualifier="vague")
    num = m.group("num")
    if not num:
        return None
    if num.lower() in ("a", "an", "one") and not m.group("scale"):
        return None  # "a", "one" alone are articles and pronouns far more often than counts
    before, after = sentence[: m.start("num")], sentence[m.end():]
    if _NOT_AMOUNT_BEFORE.search(before) or _NOT_AMOUNT_AFTER.match(after):
        return None
    if re.match(r"\s*\)", after) and re.search(r"\(\s*$", before):
        return None  # a footnote marker "(1)"
    if _CLOCK.fullmatch(num) and (_CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(after)
                                  or (m.group("hi") and _CLOCK.fullmatch(m.group("hi").strip()))):
        return None  # "from 23.00 to 7.00": clock times
    if re.match(r"/\d", after):
        return None  # "9/11", "24/7": a name or a code, not an amount
    value = _amount(num, m.group("num2"), m.group("scale") or m.group("scale2"))
    if value is None:
        return None
    if _is_year(num, m, after):
        return None
    currency = CURRENCY_SIGNS.get(m.group("sign") or "")
    end = m.end()
    qual = _qualifier(m.group("qual"))
    start = m.start("qual") if m.group("qual") else (m.start("sign") if m.group("sign") else m.start("num"))
    low = high = None
    if m.group("hi") and m.group("dash"):
        hi_text = re.sub(r"^[$€£¥₽₸₴]\s?", "", m.group("hi"))
        hi_m = re.match(rf"(?P<n>{_NUM}|{_WORD_NUM})(?:\s?(?P<s>{_SCALE}))?", hi_text, re.IGNORECASE)
        hi_value = _amount(hi_m.group("n"), None, hi_m.group("s") or m.group("scale")) if hi_m else None
        is_and = m.group("dash").strip().lower() == "and"
        if hi_value is not None and hi_value > value and (not is_and or m.group("between")):
            if m.group("between"):
                start = m.start("between")
            low, high, qual, value = value, hi_value, "range", None
            if not m.group("scale") and hi_m and hi_m.group("s"):
                low = _amount(num, m.group("num2"), hi_m.group("s"))
        else:
            end = m.start("dash")  # "2 and 3" or "20-10": two amounts, not a range
    if qual == "range":
        pass
    elif qual in ("at_least", "more_than"):
        low = value
    elif qual in ("almost", "up_to"):
        high = value
    elif qual == "exact":
        low = high = value
    after_end = sentence[end:]
    cur_word = re.match(r"\s*([A-Za-z]+)", after_end)
    if currency is None and cur_word and cur_word.group(1).lower() in CURRENCY_WORDS:
        currency = CURRENCY_WORDS[cur_word.group(1).lower()]
        end += cur_word.end()
    text = sentence[start:end].rstrip()
    return Quantity(start=start, end=start + len(text), text=text, value=value, low=low, high=high,
                    qualifier=qual, currency=currency, percent=bool(m.group("pct")))


def _is_year(num: str, m: re.Match[str], after: str) -> bool:
    """A bare four-digit number from 1900 to 2100 with no unit or noun of its own is a year."""
    if m.group("sign") or m.group("scale") or m.group("scale2") or m.group("pct") \
            or not re.fullmatch(r"(?:19|20)\d{2}|2100", num):
        return False
    return not re.match(r"\s*(?:people|persons|troops|soldiers|officers|protesters|[a-z]+s\b)", after, re.IGNORECASE) \
        or bool(re.match(r"\s*(?:and|to|or|,|\.|\)|$)", after))


def _overlaps(start: int, end: int, taken: list[Quantity]) -> bool:
    return any(start < q.end and q.start < end for q in taken)


def _multipliers(sentence: str, taken: list[Quantity]) -> list[Quantity]:
    out = []
    for m in _MULT.finditer(sentence):
        if not _overlaps(m.start(), m.end(), taken):
            v = float(MULTIPLIERS[m.group(1).lower()])
            out.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=v, low=v, high=v,
                                qualifier="exact", multiplier=True))
    return out


def _ordinal_durations(sentence: str, taken: list[Quantity]) -> list[Quantity]:
    """"the sixth day of the crisis": an elapsed duration of six days."""
    out = []
    for m in _ORDINAL_DAY.finditer(sentence):
        if _overlaps(m.start(), m.end(), taken):
            continue
        word = m.group("ord").lower()
        v = float(ORDINALS[word]) if word in ORDINALS else float(re.sub(r"\D", "", word))
        if v < 2:
            continue  # "the first day" is a position, not a length
        out.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=v, low=v, high=v,
                            qualifier="exact", ordinal=True))
    return out
