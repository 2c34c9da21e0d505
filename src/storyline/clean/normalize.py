"""Unicode and whitespace normalisation, applied once before cleaning.

After this step an article's text is fixed: every later offset points into it.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that scrapers leave behind and that break matching.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000\t\x0b\x0c]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_RUN_OF_SPACES = re.compile(r" {2,}")


def normalize_text(text: str) -> str:
    """NFC-normalise, unify line breaks and spaces, drop invisible and control characters.

    Line structure is kept (one scraped line stays one line); spaces inside a line are
    collapsed and trailing spaces removed.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    text = _CONTROL.sub("", text)
    return "\n".join(_RUN_OF_SPACES.sub(" ", line).rstrip() for line in text.split("\n"))
