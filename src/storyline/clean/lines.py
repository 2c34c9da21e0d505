"""What the cleaner knows about one scraped line: length, script, shape."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"\w+(?:['’-]\w+)*", re.UNICODE)
_CLOSERS = "\"'”’»)]›*"
_TERMINAL = ".!?…;:。！？"

# (first code point, last code point, script); letters outside these ranges are "other".
_SCRIPT_RANGES = (
    (0x0041, 0x024F, "latin"), (0x1E00, 0x1EFF, "latin"), (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"), (0x0530, 0x058F, "armenian"), (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"), (0x0900, 0x097F, "devanagari"), (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"), (0x1100, 0x11FF, "hangul"), (0xAC00, 0xD7AF, "hangul"),
    (0x3040, 0x30FF, "cjk"), (0x3400, 0x9FFF, "cjk"), (0xF900, 0xFAFF, "cjk"),
)
_CJK_LIKE = {"cjk", "thai"}  # scripts written without spaces between words


_NOT_LETTER = re.compile(r"[\W\d_]+")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_SCRIPT_CLASSES: dict[str, re.Pattern[str]] = {}
for _lo, _hi, _name in _SCRIPT_RANGES:
    _SCRIPT_CLASSES[_name] = re.compile(
        (_SCRIPT_CLASSES[_name].pattern[:-1] if _name in _SCRIPT_CLASSES else "[") + f"\\u{_lo:04x}-\\u{_hi:04x}]")


def count_scripts(text: str) -> Counter[str]:
    """Letters per script, counted by regular expressions (this runs on every line)."""
    if text.isascii():
        n = len(_ASCII_LETTERS.findall(text))
        return Counter({"latin": n}) if n else Counter()
    letters = _NOT_LETTER.sub("", text)
    if not letters.isalpha():  # rare: \w also admits marks, superscripts and other number signs
        letters = "".join(c for c in letters if c.isalpha())
    counts: Counter[str] = Counter()
    for name, pattern in _SCRIPT_CLASSES.items():
        n = len(pattern.findall(letters))
        if n:
            counts[name] = n
    other = len(letters) - sum(counts.values())
    if other > 0:
        counts["other"] = other
    return counts


def script_of(ch: str) -> str:
    cp = ord(ch)
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= cp <= hi:
            return name
    return "other"


@dataclass(slots=True)
class Line:
    """One non-blank input line and the cleaner's verdict on it."""

    no: int  # 1-based line number in the body
    text: str
    words: int
    letters: int
    script: str | None
    scripts: Counter[str]
    terminal: bool
    title_case: bool
    label: str = ""  # "bad" | "good" | "short"
    reason: str = ""

    @property
    def norm(self) -> str:
        """Lower-cased words only: the form used to compare lines."""
        return " ".join(_WORD.findall(self.text.lower()))


def make_line(no: int, text: str) -> Line:
    scripts = count_scripts(text)
    letters = sum(scripts.values())
    script = scripts.most_common(1)[0][0] if scripts else None
    tokens = _WORD.findall(text)
    words = len(tokens)
    if script in _CJK_LIKE:
        words = max(words, letters // 2)
    stripped = text.rstrip().rstrip(_CLOSERS)
    terminal = bool(stripped) and stripped[-1] in _TERMINAL
    long_words = [t for t in tokens if len(t) >= 4 and t[0].isalpha()]
    capitals = sum(1 for t in long_words if t[0].isupper())
    title_case = len(long_words) >= 3 and capitals / len(long_words) >= 0.75
    return Line(no=no, text=text, words=words, letters=letters, script=script, scripts=scripts,
                terminal=terminal, title_case=title_case)


def dominant_script(lines: list[Line]) -> tuple[str | None, Counter[str]]:
    """The script most of the body's letters are written in, and the letter counts."""
    total: Counter[str] = Counter()
    for line in lines:
        total.update(line.scripts)
    return (total.most_common(1)[0][0] if total else None), total
