"""Training: load labelled data, split it without leaks, fit, evaluate, save with a manifest.

``scamtext train corpus/ --out models/scamtext-zh`` rebuilds the bundled model. The model is
fitted on the train side of a grouped split (templates and near-duplicates never straddle
it) and its held-out figures are measured on the test side and written to the manifest, so
evaluating the bundled model on that test side is honest.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import sys
import time
from collections import Counter

from .._labels import NORMAL
from ..model import Classifier
from .data import DataError, LabelledData, LoadReport, load_labelled, parse_label_map

__all__ = ["train", "train_data", "data_hash", "DataError", "LabelledData", "LoadReport", "load_labelled"]


def data_hash(texts, labels) -> str:
    """SHA-256 over the (text, label) rows in order: the training-corpus fingerprint."""
    h = hashlib.sha256()
    for t, lab in zip(texts, labels):
        h.update(lab.encode("utf-8"))
        h.update(b"\t")
        h.update(t.encode("utf-8", "surrogatepass"))
        h.update(b"\n")
    return h.hexdigest()


def train_data(data: LabelledData, *, seed: int = 0, test_size: float = 0.2, progress: bool = False,
               log=print, **params) -> Classifier:
    """Fit a :class:`Classifier` on ``data`` (see module docs); ``params`` go to the classifier."""
    from ..corpus.split import group_split
    from ..evaluate.report import evaluate_model

    texts, labels = data.texts, data.labels
    if test_size:
        log(f"splitting {len(texts)} rows by template / near-duplicate group (test share {test_size}, seed {seed}) ...")
        train_idx, test_idx = group_split(texts, data.groups, test_size=test_size, seed=seed)
        missing = sorted(set(labels[i] for i in train_idx) ^ set(labels))
        if missing:
            raise DataError(f"labels with no training rows after the split: {', '.join(missing)}; "
                            "add data or lower --test-size")
    else:
        train_idx, test_idx = list(range(len(texts))), []
    tr_texts = [texts[i] for i in train_idx]
    tr_labels = [labels[i] for i in train_idx]
    params.setdefault("random_state", seed)
    clf = Classifier(**params)
    started = time.perf_counter()
    clf.fit(tr_texts, tr_labels, progress=progress)
    fit_seconds = time.perf_counter() - started
    log(f"fitted on {len(tr_texts)} rows in {fit_seconds:.1f} s ({clf.coef_.shape[1]} features)")
    held_out = {}
    if len(test_idx):
        report = evaluate_model(clf, [texts[i] for i in test_idx], [labels[i] for i in test_idx],
                                name="held-out split")
        held_out = {"n": report.n, "accuracy": report.accuracy, "macro_f1": report.macro_f1,
                    "scam_recall": report.binary["scam_recall"],
                    "false_positive_rate": report.binary["false_positive_rate"],
                    "ece": report.reliability.get("ece"),
                    "per_label_f1": {k: v["f1"] for k, v in report.per_label.items()}}
        log(f"held-out: accuracy {report.accuracy:.4f}, macro-F1 {report.macro_f1:.4f}, "
            f"scam recall {held_out['scam_recall']:.4f}, false-positive rate {held_out['false_positive_rate']:.4f}")
    clf.training_ = {
        "data_sha256": data_hash(texts, labels),
        "rows": len(texts),
        "train_rows": len(tr_texts),
        "test_rows": len(test_idx),
        "label_counts": dict(sorted(Counter(labels).items())),
        "seed": seed,
        "test_size": test_size,
        "fit_seconds": round(fit_seconds, 1),
        "date": _dt.date.today().isoformat(),
        "held_out": held_out,
    }
    if NORMAL not in set(labels):
        log("note: no 'normal' rows: every message will be given one of the scam labels")
    return clf


def train(sources, out=None, *, text_column=None, label_column=None, label_map=None, drop_unknown=False,
          seed: int = 0, test_size: float = 0.2, progress: bool = False, log=print, **params) -> Classifier:
    """Load ``sources``, fit, and (when ``out`` is given) save the model with its manifest."""
    data = load_labelled(sources, text_column=text_column, label_column=label_column,
                         label_map=label_map, drop_unknown=drop_unknown)
    for line in data.report.lines():
        log(line)
    clf = train_data(data, seed=seed, test_size=test_size, progress=progress, log=log, **params)
    if out is not None:
        clf.save(out, metadata={"training": clf.training_})
        log(f"saved model to {out}")
    return clf


def train_command(args, out) -> int:
    params = {}
    if args.no_calibrate:
        params["calibrate"] = False
    if args.C is not None:
        params["C"] = args.C
    if args.tokenizer is not None:
        params["tokenizer"] = args.tokenizer

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    train(args.data, args.out, text_column=args.text_column, label_column=args.label_column,
          label_map=parse_label_map(args.label_map), drop_unknown=args.drop_unknown, seed=args.seed,
          test_size=args.test_size, progress=sys.stderr.isatty(), log=log, **params)
    return 0
