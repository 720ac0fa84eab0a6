"""Module-level API: a lazily loaded, thread-safe default classifier."""

from __future__ import annotations

import importlib.resources
import threading

from .model import Classifier, load_model

__all__ = ["classify", "load", "default_classifier", "bundled_model_path", "BUNDLED_MODEL"]

#: Directory name of the bundled model inside the ``scamtext._models`` package
#: (``models/`` in the source tree).
BUNDLED_MODEL = "scamtext-zh"

_default: Classifier | None = None
_lock = threading.Lock()


def bundled_model_path():
    """Where the bundled model lives (an ``importlib.resources`` traversable)."""
    return importlib.resources.files("scamtext._models").joinpath(BUNDLED_MODEL)


def load(path=None, *, allow_unsafe_pickle: bool = False) -> Classifier:
    """Load a :class:`Classifier`: the bundled model by default, else the model at ``path``.

    ``path`` is a model directory written by ``Classifier.save`` / ``scamtext train``.
    Pickle and joblib files are refused unless ``allow_unsafe_pickle=True``.
    """
    if path is None:
        with importlib.resources.as_file(bundled_model_path()) as where:
            return load_model(where)
    return load_model(path, allow_unsafe_pickle=allow_unsafe_pickle)


def default_classifier() -> Classifier:
    """The shared bundled classifier, loaded on first use (once, even under threads)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = load()
    return _default


def classify(texts, threshold: float | None = None, *, evidence: int = 5, n_jobs: int | None = None):
    """Classify with the bundled model.

    ``texts`` is a ``str`` (returns one :class:`~scamtext.Prediction`) or an iterable of
    ``str`` (returns a ``list`` of the same length and order). ``threshold`` overrides
    the model's decision threshold on ``scam_score`` for this call. ``evidence`` is how
    many features each prediction lists in ``Prediction.evidence`` (0: none, a little
    faster). ``n_jobs`` > 1 (or -1 for all cores) splits a large batch over worker
    processes.
    """
    clf = default_classifier()
    if n_jobs is None or n_jobs == 1:
        return clf.classify(texts, threshold, evidence=evidence)
    from .parallel import classify_processes

    return classify_processes(clf, texts, threshold=threshold, n_jobs=n_jobs, evidence=evidence)
