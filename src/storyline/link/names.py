"""Keys that make spellings of one name meet: transliterations, diacritics, doubled letters.

``name_key("Kassym-Jomart Tokayev") == name_key("Kasym-Zhomart Tokajev")`` and
``name_key("Žanaozen") == name_key("Zhanaozen") == name_key("Жанаозен")``. General
transliteration rules only; no name is listed here.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters with a standard Latin spelling of more than one letter (Slavic, Baltic, Turkic, Cyrillic).
_TRANSLIT = {
    "ž": "zh", "š": "sh", "č": "ch", "ć": "ch", "đ": "dj", "ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "ə": "a",
    "ı": "i", "ğ": "g", "ş": "sh", "ç": "ch",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o",
    "ұ": "u", "ү": "u", "һ": "h",
}
# Spelling variants of one sound across transliteration systems, applied in order.
_SOUNDS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("w", "v"), ("j", "y"), ("ie", "i"))
_DOUBLE = re.compile(r"(.)\1+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def plain(name: str) -> str:
    """Lower case, transliterated to Latin letters, without diacritics."""
    out = "".join(_TRANSLIT.get(ch, ch) for ch in name.lower())
    out = unicodedata.normalize("NFKD", out)
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def clean_surface(text: str) -> str:
    """A mention as a name: no leading article, possessive or stray punctuation."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    text = _POSSESSIVE.sub("", text)
    dotted = re.fullmatch(r"(?:[A-Z]\.){2,}", text.strip())  # "U.S." keeps its dots
    return text.strip() if dotted else text.strip(" \t\"'“”‘’.,;:()[]-–—")


def undotted(text: str) -> str:
    """ "U.S." is "US": initials written with dots are one word."""
    return re.sub(r"\b([A-Z])\.(?=[A-Z]\.|\s|$)", r"\1", text).rstrip(".")


@functools.lru_cache(maxsize=65536)  # names recur across articles, and stories are rebuilt per page
def word_keys(name: str) -> tuple[str, ...]:
    """One key per word: transliterated, sounds unified, doubled letters collapsed."""
    words = re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", plain(name)))
    keys = []
    for word in words:
        for old, new in _SOUNDS:
            word = word.replace(old, new)
        keys.append(_DOUBLE.sub(r"\1", word))
    return tuple(keys)


def name_key(name: str) -> str:
    return " ".join(word_keys(name))
