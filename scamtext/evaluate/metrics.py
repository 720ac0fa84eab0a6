"""Evaluation metrics: the numbers every scamtext report shows.

All functions take plain lists / arrays, so they serve the CLI, the notebooks and the
benchmarks alike. Scam-vs-normal figures treat every label other than ``normal`` as
"scam": *scam recall* is the share of scam messages flagged (any scam label), *false
positive rate* is the share of normal messages flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .._labels import LABEL_IDS, NORMAL

__all__ = ["Report", "build_report", "binary_rates", "pr_curve", "threshold_table", "reliability"]


def _safe_div(a: float, b: float) -> float:
    return float(a) / float(b) if b else 0.0


def binary_rates(y_true, y_pred) -> dict[str, float]:
    """Scam-vs-normal recall, false-positive rate, precision and counts."""
    t = np.asarray([y != NORMAL for y in y_true])
    p = np.asarray([y != NORMAL for y in y_pred])
    tp = int((t & p).sum())
    fp = int((~t & p).sum())
    fn = int((t & ~p).sum())
    tn = int((~t & ~p).sum())
    return {
        "scam_recall": _safe_div(tp, tp + fn),
        "false_positive_rate": _safe_div(fp, fp + tn),
        "scam_precision": _safe_div(tp, tp + fp),
        "scam_f1": _safe_div(2 * tp, 2 * tp + fp + fn),
        "n_scam": tp + fn,
        "n_normal": fp + tn,
    }


def pr_curve(y_true, scam_scores) -> dict[str, list[float]]:
    """Precision-recall curve of scam-vs-normal over ``scam_score`` thresholds."""
    from sklearn.metrics import average_precision_score, precision_recall_curve

    t = np.asarray([y != NORMAL for y in y_true], dtype=int)
    s = np.asarray(scam_scores, dtype=float)
    if t.min() == t.max():
        return {"precision": [], "recall": [], "thresholds": [], "average_precision": float("nan")}
    precision, recall, thresholds = precision_recall_curve(t, s)
    return {"precision": precision.tolist(), "recall": recall.tolist(), "thresholds": thresholds.tolist(),
            "average_precision": float(average_precision_score(t, s))}


def threshold_table(y_true, scam_scores, thresholds=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)) -> list[dict]:
    """Scam recall and false-positive rate at each threshold on ``scam_score``."""
    t = np.asarray([y != NORMAL for y in y_true])
    s = np.asarray(scam_scores, dtype=float)
    rows = []
    for th in thresholds:
        flagged = s >= th
        rows.append({"threshold": float(th),
                     "scam_recall": _safe_div((flagged & t).sum(), t.sum()),
                     "false_positive_rate": _safe_div((flagged & ~t).sum(), (~t).sum())})
    return rows


def reliability(y_true, y_pred, confidences, bins: int = 10) -> dict:
    """Reliability of ``score`` (the probability of the predicted label): per-bin accuracy
    vs. mean confidence, and the expected calibration error (ECE)."""
    correct = np.asarray([a == b for a, b in zip(y_true, y_pred)], dtype=float)
    conf = np.asarray(confidences, dtype=float)
    edges = np.linspace(0, 1, bins + 1)
    table, ece = [], 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        n = int(sel.sum())
        if not n:
            continue
        acc, mean_conf = float(correct[sel].mean()), float(conf[sel].mean())
        ece += n / len(conf) * abs(acc - mean_conf)
        table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": n, "accuracy": acc, "confidence": mean_conf})
    return {"ece": float(ece), "bins": table}


@dataclass
class Report:
    """An evaluation report (see :func:`build_report`); ``to_dict`` / ``to_markdown`` render it."""

    name: str
    n: int
    threshold: float
    accuracy: float
    macro_f1: float
    labels: list[str]
    per_label: dict[str, dict]
    binary: dict[str, float]
    confusion: list[list[int]]
    confusion_labels: list[str]
    worst: dict[str, list[dict]] = field(default_factory=dict)
    reliability: dict = field(default_factory=dict)
    threshold_table: list[dict] = field(default_factory=list)
    average_precision: float = float("nan")

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    def to_markdown(self) -> str:
        b = self.binary
        lines = [f"# Evaluation: {self.name}", "",
                 f"{self.n} messages, threshold {self.threshold:.2f} on scam_score.", "",
                 "| metric | value |", "|---|---:|",
                 f"| accuracy | {self.accuracy:.4f} |",
                 f"| macro-F1 (over {len(self.labels)} labels present) | {self.macro_f1:.4f} |",
                 f"| scam recall | {b['scam_recall']:.4f} |",
                 f"| false-positive rate (normal flagged) | {b['false_positive_rate']:.4f} |",
                 f"| scam precision | {b['scam_precision']:.4f} |",
                 f"| average precision (scam vs normal) | {self.average_precision:.4f} |",
                 f"| expected calibration error | {self.reliability.get('ece', float('nan')):.4f} |",
                 "", "## Per label", "", "| label | precision | recall | F1 | support |", "|---|---:|---:|---:|---:|"]
        for lab in self.labels:
            r = self.per_label[lab]
            lines.append(f"| {lab} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['support']} |")
        lines += ["", "## Confusion matrix (rows: true, columns: predicted)", "",
                  "| true \\ predicted | " + " | ".join(self.confusion_labels) + " |",
                  "|---|" + "---:|" * len(self.confusion_labels)]
        for lab, row in zip(self.confusion_labels, self.confusion):
            if sum(row):
                lines.append(f"| {lab} | " + " | ".join(str(v) for v in row) + " |")
        if self.worst:
            lines += ["", "## Worst misclassified examples", ""]
            for lab, items in self.worst.items():
                for it in items:
                    text = it["text"].replace("\n", " ").replace("|", "/")
                    text = text[:120] + ("…" if len(text) > 120 else "")
                    lines.append(f"- **{lab}** → {it['predicted']} ({it['score']:.2f}): {text}")
        return "\n".join(lines) + "\n"


def build_report(y_true, y_pred, *, scam_scores=None, confidences=None, texts=None, threshold=0.5,
                 name="data", worst_per_label: int = 3) -> Report:
    """Compute every figure of a :class:`Report`.

    ``macro_f1`` averages F1 over the labels that occur in ``y_true`` (a prediction of
    another label counts as an error, not as an extra class). ``worst`` lists, per true
    label, the misclassified messages the model was most confident about.
    """
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    y_true = [str(y) for y in y_true]
    y_pred = [str(y) for y in y_pred]
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} true labels but {len(y_pred)} predictions")
    if not y_true:
        raise ValueError("nothing to evaluate: no messages")
    present = [lab for lab in LABEL_IDS if lab in set(y_true)] + sorted(set(y_true) - set(LABEL_IDS))
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=present, zero_division=0)
    per_label = {lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                 for i, lab in enumerate(present)}
    everything = [lab for lab in LABEL_IDS if lab in set(y_true) | set(y_pred)] + \
        sorted((set(y_true) | set(y_pred)) - set(LABEL_IDS))
    cm = confusion_matrix(y_true, y_pred, labels=everything)
    worst: dict[str, list[dict]] = {}
    if texts is not None and confidences is not None:
        wrong = [i for i, (a, b) in enumerate(zip(y_true, y_pred)) if a != b]
        for lab in present:
            mine = sorted((i for i in wrong if y_true[i] == lab), key=lambda i: -confidences[i])[:worst_per_label]
            if mine:
                worst[lab] = [{"text": texts[i], "predicted": y_pred[i], "score": float(confidences[i])} for i in mine]
    report = Report(
        name=name, n=len(y_true), threshold=float(threshold),
        accuracy=float(np.mean([a == b for a, b in zip(y_true, y_pred)])),
        macro_f1=float(np.mean(f)), labels=present, per_label=per_label,
        binary=binary_rates(y_true, y_pred), confusion=cm.tolist(), confusion_labels=everything, worst=worst)
    if confidences is not None:
        report.reliability = reliability(y_true, y_pred, confidences)
    if scam_scores is not None:
        report.threshold_table = threshold_table(y_true, scam_scores)
        report.average_precision = pr_curve(y_true, scam_scores)["average_precision"]
    return report
