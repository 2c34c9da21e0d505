"""Bytes from disk to text: size limits, gzip, binary detection, encodings.

Every refusal is an :class:`IngestError` naming the file and saying why, in words a user
can act on.
"""

from __future__ import annotations

import gzip
import itertools
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from storyline.clean.lines import script_of
from storyline.errors import IngestError

MB = 1024 * 1024
_CHUNK = 1024 * 1024
# Bytes that never occur in text files but always do in binary ones.
_BINARY_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32)])


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def read_bytes(path: Path, *, limit: int) -> bytes:
    """Read a file (gunzipping ``.gz``), refusing more than ``limit`` bytes of content."""
    source = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise IngestError(source, "file vanished before it could be read") from exc
    except OSError as exc:
        raise IngestError(source, f"cannot read file ({exc.strerror or exc})") from exc
    if size == 0:
        raise IngestError(source, "file is empty")
    gz = path.name.lower().endswith(".gz")
    if not gz and size > limit:
        raise IngestError(source, f"file is {size / MB:.0f} MB, over the {limit / MB:.0f} MB limit for one "
                                  "article (raise it with --max-file-mb)")
    try:
        if not gz:
            return path.read_bytes()
        return _gunzip(path, limit=limit)
    except FileNotFoundError as exc:
        raise IngestError(source, "file vanished while it was being read") from exc
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise IngestError(source, f"damaged gzip data ({exc})") from exc
    except OSError as exc:
        raise IngestError(source, f"cannot read file ({exc.strerror or exc})") from exc


def _gunzip(path: Path, *, limit: int) -> bytes:
    parts: list[bytes] = []
    total = 0
    with gzip.open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            total += len(chunk)
            if total > limit:
                raise IngestError(str(path), f"unpacks to over {limit / MB:.0f} MB, over the limit for one "
                                             "article (raise it with --max-file-mb)")
            parts.append(chunk)
    if not total:
        raise IngestError(str(path), "file is empty once unpacked")
    return b"".join(parts)


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding: NUL bytes or many control bytes."""
    head = data[:8192]
    if b"\x00" in data and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):  # anywhere, not just the head
        return True
    controls = len(head) - len(head.translate(None, _BINARY_CONTROL_BYTES))
    return controls > max(8, len(head) // 100)


def decode(data: bytes, *, source: str, declared: str | None = None) -> Decoded:
    """Decode bytes to text: UTF-8 (with or without BOM) first, then a declared charset,
    then the encoding charset-normalizer finds most plausible."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise IngestError(source, "binary file, not text or HTML")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    if sum(1 for c in lenient if ord(c) > 0x7F and c != "\ufffd") >= 5 * broken:
        # Valid multi-byte sequences far outnumber broken ones: UTF-8 with some damage.
        return Decoded(lenient, "utf-8", f"{broken} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
    if declared:
        try:
            return Decoded(data.decode(declared), declared.lower())
        except (LookupError, UnicodeDecodeError):
            pass
    guess = _most_plausible(data, first_bad=first_bad)
    if guess is not None:
        return guess
    if broken > max(16, len(lenient) // 50):
        raise IngestError(source, "text is in no encoding storyline recognises")
    return Decoded(lenient, "utf-8", f"{broken} invalid UTF-8 byte sequence(s) replaced with U+FFFD")


# Legacy encodings news pages still arrive in, most widespread first (the tie-break).
_LEGACY = ("cp1252", "cp1251", "koi8_r", "iso8859_15", "cp1250", "iso8859_2", "cp1253", "cp1254",
           "cp1256", "cp1255", "cp1257", "gb18030", "big5", "shift_jis", "euc_kr", "euc_jp")
_WORD = re.compile(r"[^\W\d_]+")


def _plausibility(text: str) -> float:
    """Share of words a human would read as words: one script, and (for Latin) mostly
    plain letters. Mis-decoded text fails this ("Ïðîòåñòû", "ministčre")."""
    words = _WORD.findall(text[:200_000])
    if not words:
        return 0.0
    good = 0
    for word in words:
        scripts = {script_of(c) for c in word}
        if len(scripts) != 1 or any(a.islower() and b.isupper() for a, b in itertools.pairwise(word)):
            continue
        if scripts == {"latin"} and len(word) > 3:
            accented = sum(1 for c in word if ord(c) > 0x7F)
            if accented / len(word) > 0.34 or (any(0x100 <= ord(c) <= 0x24F for c in word) and accented > 1):
                continue
        good += 1
    symbols = sum(1 for c in text[:200_000] if 0x80 <= ord(c) <= 0xBF and not c.isalpha())
    return good / len(words) - symbols / max(1, len(words))


def _most_plausible(data: bytes, *, first_bad: int) -> Decoded | None:
    sample = data[: 2 * MB]
    candidates = list(_LEGACY)
    best_match = from_bytes(sample).best()
    if best_match is not None and best_match.encoding not in candidates:
        candidates.append(best_match.encoding)
    scored: list[tuple[float, int, str]] = []
    for rank, enc in enumerate(candidates):
        try:
            scored.append((_plausibility(sample.decode(enc)), -rank, enc))
        except (UnicodeDecodeError, LookupError):
            continue
    if not scored:
        return None
    score, _, enc = max(scored)
    if score < 0.5:
        return None
    return Decoded(data.decode(enc, errors="replace"), enc, f"not UTF-8 (first bad byte at {first_bad}); read as {enc}")
