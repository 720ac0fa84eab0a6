"""Evaluate a classifier on labelled data and render the report (``scamtext evaluate``)."""

from __future__ import annotations

import json
import pathlib
import sys

from .metrics import Report, build_report

__all__ = ["evaluate_model", "evaluate_command", "held_out_split"]


def evaluate_model(clf, texts, labels, *, threshold=None, name="data", batch_size: int = 4096,
                   restrict_labels: bool = False, examples: bool = True) -> Report:
    """Classify ``texts`` with ``clf`` and compare with ``labels`` (taxonomy ids).

    ``restrict_labels=True`` lets the model answer only with labels that occur in
    ``labels`` (for data sets whose taxonomy is coarser than scamtext's).
    ``examples=False`` leaves the misclassified texts out of the report (for data whose
    rows must not be republished, such as third-party data sets).
    """
    allowed = sorted(set(labels) & set(clf.classes_)) if restrict_labels else None
    preds = []
    for start in range(0, len(texts), batch_size):
        preds.extend(clf.classify(texts[start:start + batch_size], threshold, evidence=0, labels=allowed))
    th = clf.threshold if threshold is None else threshold
    return build_report(labels, [p.label for p in preds], scam_scores=[p.scam_score for p in preds],
                        confidences=[p.score for p in preds], texts=list(texts) if examples else None,
                        threshold=th, name=name)


def held_out_split(data, manifest: dict, which: str):
    """Select the train or test side of ``data`` with the split recorded in a model manifest."""
    from ..corpus.split import group_split

    training = manifest.get("training", {})
    if "test_size" not in training:
        raise ValueError("this model's manifest records no held-out split; use --split all")
    if data.groups is None:
        raise ValueError("--split needs a corpus with a 'source' column (a scamtext corpus folder)")
    train_idx, test_idx = group_split(data.texts, data.groups, test_size=training["test_size"],
                                      seed=training["seed"])
    idx = test_idx if which == "test" else train_idx
    return [data.texts[i] for i in idx], [data.labels[i] for i in idx]


def evaluate_command(args, out) -> int:
    from .._api import default_classifier, load
    from ..training.data import load_labelled, parse_label_map

    clf = default_classifier() if args.model is None else load(args.model)
    data = load_labelled(args.data, text_column=args.text_column, label_column=args.label_column,
                         label_map=parse_label_map(args.label_map), drop_unknown=args.drop_unknown)
    for line in data.report.lines():
        print(line, file=sys.stderr)
    texts, labels = data.texts, data.labels
    if args.split != "all":
        texts, labels = held_out_split(data, getattr(clf, "manifest_", {}), args.split)
    name = args.name or " + ".join(str(d) for d in args.data) + ("" if args.split == "all" else f" ({args.split} split)")
    report = evaluate_model(clf, texts, labels, threshold=args.threshold, name=name,
                            restrict_labels=args.restrict_labels)
    markdown = report.to_markdown()
    out.write(markdown)
    if args.json:
        pathlib.Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        pathlib.Path(args.json).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    if args.markdown:
        pathlib.Path(args.markdown).parent.mkdir(parents=True, exist_ok=True)
        pathlib.Path(args.markdown).write_text(markdown, encoding="utf-8")
    return 0
