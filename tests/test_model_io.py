"""Safe model storage: arrays + JSON, manifest, pickle only with an explicit opt-in."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pytest

import scamtext
from scamtext.model import ModelError, load_model, read_manifest


def test_save_load_round_trip(small_model, sample_rows, tmp_path):
    texts = [r["text"] for r in sample_rows[::7]]
    path = small_model.save(tmp_path / "m", metadata={"training": {"note": "test"}})
    assert sorted(p.name for p in path.iterdir()) == ["manifest.json", "model.npz"]
    loaded = scamtext.load(path)
    assert np.allclose(loaded.predict_proba(texts), small_model.predict_proba(texts), atol=1e-6)
    assert [p.evidence for p in loaded.classify(texts)] == [p.evidence for p in small_model.classify(texts)]
    manifest = read_manifest(path)
    assert manifest["labels"] == list(small_model.classes_)
    assert manifest["training"] == {"note": "test"}
    assert {"numpy", "scikit-learn", "rjieba"} <= set(manifest["versions"])
    with np.load(path / "model.npz", allow_pickle=False) as arrays:  # no object arrays inside
        assert {a.dtype.kind for a in arrays.values()} <= {"f", "u"}


def test_pickles_need_explicit_opt_in(small_model, tmp_path):
    file = tmp_path / "m.pkl"
    file.write_bytes(pickle.dumps(small_model))
    with pytest.raises(ModelError, match="allow_unsafe_pickle=True"):
        scamtext.load(file)
    clf = scamtext.load(file, allow_unsafe_pickle=True)
    assert clf.classify("晚上一起吃饭").label == small_model.classify("晚上一起吃饭").label


def test_bad_model_paths_raise_model_error(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match="no manifest.json"):
        load_model(tmp_path / "empty")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "manifest.json").write_text(json.dumps({"format": "other/9"}), encoding="utf-8")
    with pytest.raises(ModelError, match="not supported"):
        load_model(bad)


def test_bundled_model_manifest(bundled):
    m = bundled.manifest_
    assert m["labels"] == [lab.id for lab in scamtext.LABELS] or set(m["labels"]) == {lab.id for lab in scamtext.LABELS}
    training = m["training"]
    assert len(training["data_sha256"]) == 64 and training["rows"] > 10_000
    assert training["held_out"]["macro_f1"] > 0.85
    assert m["versions"]["rjieba"] != "not installed"
