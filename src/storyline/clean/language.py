"""Language identification with CLD2 (Chromium's compact language detector, via pycld2).

CLD2 is fast (C++, microseconds per article), covers 80+ languages, and ships its model
inside the wheel: it runs offline. It is unreliable on a few words, so it is only
asked about whole articles, never about single lines.
"""

from __future__ import annotations

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
