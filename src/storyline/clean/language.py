"""Language identification with CLD2 (Chromium's compact language detector, via pycld2).

CLD2 is fast (C++, microseconds per article), covers 80+ languages, and ships its model
inside the wheel: it runs offline. It is unreliable on a few words, so it is only
asked about whole articles, never about single lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycld2

# CLD2 uses a few legacy codes; the dossier wants ISO 639-1.
_ISO = {"iw": "he", "jw": "jv", "zh-Hant": "zh", "zh": "zh", "tl": "tl"}


@dataclass(frozen=True, slots=True)
class Detected:
    code: str
    percent: int
    reliable: bool


def detect_language(text: str) -> Detected | None:
    """The main language of ``text``, or None when CLD2 cannot tell."""
    if len(text.strip()) < 20:
        return None
    try:
        reliable, _, details = pycld2.detect(text.encode("utf-8", "replace").decode("utf-8"), isPlainText=True)
    except pycld2.error:
        return None
    name, code, percent, _ = details[0]
    if code in ("un", "xxx") or name == "Unknown":
        return None
    return Detected(code=_ISO.get(code, code.split("-")[0]), percent=int(percent), reliable=bool(reliable))


# English names of the languages news is most often translated from, for translator's notes.
LANGUAGE_NAMES = {
    "arabic": "ar", "chinese": "zh", "czech": "cs", "danish": "da", "dutch": "nl", "english": "en",
    "estonian": "et", "finnish": "fi", "french": "fr", "german": "de", "greek": "el", "hebrew": "he",
    "hindi": "hi", "hungarian": "hu", "italian": "it", "japanese": "ja", "kazakh": "kk", "korean": "ko",
    "latvian": "lv", "lithuanian": "lt", "norwegian": "no", "persian": "fa", "polish": "pl",
    "portuguese": "pt", "romanian": "ro", "russian": "ru", "serbian": "sr", "spanish": "es", "swedish": "sv",
    "turkish": "tr", "ukrainian": "uk", "urdu": "ur", "uzbek": "uz", "vietnamese": "vi",
}
TRANSLATION_NOTE = re.compile(
    r"\b(?:(?:machine[- ]|automatically\s+)?translated|translation)\b[^.\n]{0,40}?\bfrom\s+(?:the\s+)?"
    rf"(?P<lang>{'|'.join(LANGUAGE_NAMES)})\b", re.IGNORECASE)


def translation_note(line: str) -> str | None:
    """The ISO code of the language a translator's note says the text was translated from."""
    m = TRANSLATION_NOTE.search(line)
    return LANGUAGE_NAMES[m.group("lang").lower()] if m else None
