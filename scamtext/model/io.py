"""Saving and loading models as plain arrays + JSON (no pickle).

A model is a directory:

``model.npz``
    ``coef`` (classes × features, float32), ``intercept``, ``idf`` and ``vocabulary``
    (the feature strings, UTF-8, joined by newlines, as a uint8 array). Loaded with
    ``numpy.load(allow_pickle=False)``, so opening a model never runs code, and nothing
    in it depends on scikit-learn's private class layout.
``manifest.json``
    Format version, labels, hyper-parameters, temperature, library versions, and what
    the trainer adds (training-corpus hash and counts, date, evaluation figures).

A pickle or joblib file is loaded only with ``allow_unsafe_pickle=True``: unpickling
runs arbitrary code from the file.
"""

from __future__ import annotations

import datetime as _dt
import importlib.metadata
import json
import os
import pathlib
import shutil
import tempfile

import numpy as np

from ..features import FeatureExtractor
from .classifier import Classifier

__all__ = ["save_model", "load_model", "read_manifest", "FORMAT", "ModelError"]

FORMAT = "scamtext-linear/1"
_PARAMS = ("tokenizer", "word_ngrams", "char_ngrams", "cues", "min_df", "max_features", "binary_tf", "C",
           "class_weight", "max_iter", "calibrate", "threshold", "random_state")


class ModelError(ValueError):
    """A model file or directory that cannot be used (missing, corrupt, wrong format)."""


def library_versions(tokenizer: str) -> dict[str, str]:
    out = {}
    for name in ("scamtext", "numpy", "scipy", "scikit-learn", "opencc", tokenizer):
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def save_model(clf: Classifier, path, metadata: dict | None = None) -> pathlib.Path:
    """Write ``clf`` to directory ``path`` (created or replaced atomically); return the path."""
    clf._check_fitted()
    path = pathlib.Path(path)
    feat = clf.featurizer_
    names = clf._feature_names()
    if any("\n" in n for n in names):  # pragma: no cover - analyze() never emits newlines
        raise ModelError("a feature contains a newline; cannot store the vocabulary")
    params = clf.get_params()
    manifest = {
        "format": FORMAT,
        "labels": [str(c) for c in clf.classes_],
        "params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in params.items() if k in _PARAMS},
        "temperature": clf.temperature_,
        "n_features": len(names),
        "versions": library_versions(clf.tokenizer),
        "saved": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    }
    manifest.update(metadata or {})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=".scamtext-", dir=path.parent))
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private; a model directory is an ordinary folder
        vocab = np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)
        np.savez_compressed(tmp / "model.npz", coef=clf.coef_.astype(np.float32),
                            intercept=clf.intercept_.astype(np.float64),
                            idf=feat.idf_.astype(np.float32), vocabulary=vocab)
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
        if path.exists():
            shutil.rmtree(path)
        os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return path


def read_manifest(path) -> dict:
    """The ``manifest.json`` of the model directory ``path``."""
    path = pathlib.Path(path)
    file = path / "manifest.json"
    if not file.is_file():
        raise ModelError(f"{path} is not a scamtext model directory (no manifest.json)")
    try:
        manifest = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{file}: unreadable manifest ({exc})") from None
    if manifest.get("format") != FORMAT:
        raise ModelError(f"{file}: format {manifest.get('format')!r} is not supported (expected {FORMAT!r})")
    return manifest


def load_model(path, *, allow_unsafe_pickle: bool = False) -> Classifier:
    """Load a model directory written by :func:`save_model`.

    ``path`` may also be a ``.pkl``/``.joblib`` file holding a pickled
    :class:`Classifier`, but only with ``allow_unsafe_pickle=True``.
    """
    path = pathlib.Path(path)
    if path.is_file() and path.suffix in {".pkl", ".pickle", ".joblib"}:
        if not allow_unsafe_pickle:
            raise ModelError(f"{path} is a pickle: loading it can run arbitrary code. Pass "
                             "allow_unsafe_pickle=True only if you trust its origin, or re-save it with save_model().")
        import joblib

        clf = joblib.load(path)
        if not isinstance(clf, Classifier):
            raise ModelError(f"{path} holds a {type(clf).__name__}, not a scamtext Classifier")
        return clf
    if not path.exists():
        raise ModelError(f"model not found: {path}")
    manifest = read_manifest(path)
    try:
        with np.load(path / "model.npz", allow_pickle=False) as arrays:
            coef, intercept, idf = arrays["coef"], arrays["intercept"], arrays["idf"]
            names = arrays["vocabulary"].tobytes().decode("utf-8").split("\n")
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"{path / 'model.npz'}: unreadable model arrays ({exc})") from None
    labels = manifest["labels"]
    if coef.shape != (len(labels), len(names)) or idf.shape != (len(names),) or intercept.shape != (len(labels),):
        raise ModelError(f"{path}: array shapes do not match the manifest")
    params = {k: (tuple(v) if isinstance(v, list) else v) for k, v in manifest["params"].items()}
    params.setdefault("binary_tf", False)  # models written before the option existed counted terms
    clf = Classifier(**params)
    feat: FeatureExtractor = clf._make_featurizer()
    feat.idf_ = idf
    feat._set_vocabulary(names)
    clf.featurizer_ = feat
    clf.classes_ = np.array(labels, dtype=object)
    clf.coef_ = coef
    clf.intercept_ = intercept
    clf.temperature_ = float(manifest.get("temperature", 1.0))
    clf.manifest_ = manifest
    clf.__dict__["_names"] = names
    return clf
