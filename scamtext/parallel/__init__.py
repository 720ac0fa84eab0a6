"""Scale-out: all cores of one machine, and Dask for many machines.

:func:`classify_processes` splits a batch over worker processes (jieba-style
tokenisation holds the GIL, so threads do not help). Each worker receives the model
once, when it starts, not with every chunk.

The Dask adapter (``pip install scamtext[dask]``) classifies a ``dask.bag`` of strings or
a ``dask.dataframe`` column partition by partition. Each worker process loads the
model once and keeps it (a module-level cache keyed by model path), so no model is
pickled per task: tasks carry only the path. :func:`classify_files` is the
``scamtext classify-files`` command: text files in, one ``.jsonl`` per file out, on a
local cluster or on the ``dask.distributed`` scheduler you name.
"""

from __future__ import annotations

import glob
import json
import os
import pathlib
import threading

from .._prediction import Prediction

__all__ = ["classify_processes", "classify_bag", "classify_dataframe", "classify_files", "PREDICTION_COLUMNS"]

PREDICTION_COLUMNS = ("label", "label_zh", "score", "is_scam", "scam_score")

# -- processes on one machine -------------------------------------------------------------
_worker_clf = None


def _init_worker(clf) -> None:
    global _worker_clf
    _worker_clf = clf


def _classify_chunk(args) -> list[Prediction]:
    texts, threshold, evidence = args
    return _worker_clf.classify(texts, threshold, evidence=evidence)


def classify_processes(clf, texts, *, threshold=None, n_jobs: int = -1, chunk_size: int = 2000,
                       evidence: int = 5) -> list[Prediction]:
    """Classify ``texts`` with ``clf`` in ``n_jobs`` processes (-1: all cores); order is kept.
    ``threshold`` and ``evidence`` are passed to :meth:`Classifier.classify`."""
    from concurrent.futures import ProcessPoolExecutor

    from ..model.classifier import validate_evidence, validate_texts

    batch, single = validate_texts(texts)
    evidence = validate_evidence(evidence)  # refused here, not in a worker process
    workers = (os.cpu_count() or 1) if n_jobs == -1 else n_jobs
    if workers < 1:
        raise ValueError(f"n_jobs must be -1 or at least 1, got {n_jobs}")
    if workers == 1 or len(batch) <= chunk_size:
        out = clf.classify(batch, threshold, evidence=evidence)
        return out[0] if single else out
    chunks = [(batch[i:i + chunk_size], threshold, evidence) for i in range(0, len(batch), chunk_size)]
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(clf,)) as pool:
        out = [p for part in pool.map(_classify_chunk, chunks) for p in part]
    return out[0] if single else out


# -- Dask ---------------------------------------------------------------------------------
_cache: dict[str, object] = {}
_cache_lock = threading.Lock()


def _model(path: str | None):
    """The model for ``path`` in this worker process, loaded on first use."""
    key = path or ""
    clf = _cache.get(key)
    if clf is None:
        with _cache_lock:
            clf = _cache.get(key)
            if clf is None:
                from .._api import default_classifier, load

                clf = default_classifier() if path is None else load(path)
                _cache[key] = clf
    return clf


def _classify_partition(texts, model_path, threshold) -> list[dict]:
    preds = _model(model_path).classify(list(texts), threshold)
    return [p.to_dict() for p in preds]


def classify_bag(bag, *, model_path: str | None = None, threshold=None):
    """A ``dask.bag`` of prediction dicts (see ``Prediction.to_dict``), one per input string."""
    return bag.map_partitions(_classify_partition, model_path, threshold)


def _frame_partition(df, column, model_path, threshold):
    import pandas as pd

    preds = _model(model_path).classify(df[column].tolist(), threshold)
    out = df.copy()
    for name in PREDICTION_COLUMNS:
        out[name] = [getattr(p, name) for p in preds]
    out["evidence"] = [list(p.evidence) for p in preds]
    return out if len(out) else pd.DataFrame(out)


def classify_dataframe(ddf, column: str = "text", *, model_path: str | None = None, threshold=None):
    """``ddf`` with the prediction columns added, computed partition by partition."""
    import pandas as pd

    if column not in ddf.columns:
        raise KeyError(f"no column {column!r}; columns: {list(ddf.columns)}")
    meta = ddf._meta.copy()
    for name, dtype in zip(PREDICTION_COLUMNS, ("object", "object", "float64", "bool", "float64")):
        meta[name] = pd.Series(dtype=dtype)
    meta["evidence"] = pd.Series(dtype="object")
    return ddf.map_partitions(_frame_partition, column, model_path, threshold, meta=meta)


def _classify_file(path: str, out_dir: str, model_path, threshold) -> str:
    from ..cli import _read_lines

    texts = [t for _, t in _read_lines(path)]
    target = pathlib.Path(out_dir) / (pathlib.Path(path).stem + ".jsonl")
    tmp = target.with_suffix(".jsonl.tmp")
    clf = _model(model_path)
    with open(tmp, "w", encoding="utf-8") as fh:
        for start in range(0, len(texts), 4096):
            for p in clf.classify(texts[start:start + 4096], threshold):
                fh.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
    os.replace(tmp, target)
    return str(target)


def classify_files(pattern: str, out_dir: str, *, model=None, threshold=None, scheduler: str | None = None,
                   n_workers: int = 2) -> list[str]:
    """Classify every file matching ``pattern`` (one message a line) into ``out_dir/<stem>.jsonl``.

    ``scheduler`` is a ``dask.distributed`` address (``tcp://host:8786``); without it a
    ``LocalCluster`` with ``n_workers`` processes is started and stopped.
    """
    from dask.distributed import Client, LocalCluster

    files = sorted(str(pathlib.Path(f).resolve()) for f in glob.glob(pattern))
    if not files:
        raise FileNotFoundError(f"no files match {pattern!r}")
    stems = [pathlib.Path(f).stem for f in files]
    if len(set(stems)) != len(stems):
        raise ValueError("input files must have distinct names: outputs are named after them")
    pathlib.Path(out_dir).mkdir(parents=True, exist_ok=True)
    model_path = None if model is None else str(pathlib.Path(model).resolve())
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        futures = client.map(_classify_file, files, out_dir=str(pathlib.Path(out_dir).resolve()),
                             model_path=model_path, threshold=threshold, pure=False)
        return client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
