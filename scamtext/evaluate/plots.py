"""Matplotlib figures for evaluation reports (``pip install scamtext[notebooks]``)."""

from __future__ import annotations

import numpy as np

from .metrics import Report, pr_curve

__all__ = ["confusion_heatmap", "pr_plot", "threshold_plot", "reliability_plot"]


def _axes(ax):
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(7, 6))
    return ax


def confusion_heatmap(report: Report, ax=None, normalize: bool = True):
    """Row-normalised confusion matrix (rows: true label) of a :class:`Report`."""
    ax = _axes(ax)
    cm = np.asarray(report.confusion, dtype=float)
    keep = cm.sum(axis=1) > 0
    labels = [lab for lab, k in zip(report.confusion_labels, keep) if k]
    cm = cm[keep]
    if normalize:
        cm = cm / cm.sum(axis=1, keepdims=True)
    im = ax.imshow(cm, cmap="Blues", vmin=0, vmax=1 if normalize else None, aspect="auto")
    ax.set_xticks(range(len(report.confusion_labels)), report.confusion_labels, rotation=60, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(report.name)
    for i in range(cm.shape[0]):
        for j in range(cm.shape[1]):
            if cm[i, j] >= 0.01:
                ax.text(j, i, f"{cm[i, j]:.2f}" if normalize else int(cm[i, j]), ha="center", va="center",
                        fontsize=7, color="white" if cm[i, j] > 0.6 else "black")
    ax.figure.colorbar(im, ax=ax)
    return ax


def pr_plot(curves: dict, ax=None):
    """Scam-vs-normal precision-recall curves: ``{name: (y_true, scam_scores)}``."""
    ax = _axes(ax)
    for name, (y_true, scores) in curves.items():
        c = pr_curve(y_true, scores)
        ax.plot(c["recall"], c["precision"], label=f"{name} (AP {c['average_precision']:.3f})")
    ax.set_xlabel("scam recall")
    ax.set_ylabel("scam precision")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, 1.01)
    ax.legend(loc="lower left")
    ax.set_title("scam vs normal")
    return ax


def threshold_plot(tables: dict, ax=None):
    """Scam recall and false-positive rate against the threshold: ``{name: threshold_table(...)}``."""
    ax = _axes(ax)
    for name, rows in tables.items():
        th = [r["threshold"] for r in rows]
        line, = ax.plot(th, [r["scam_recall"] for r in rows], marker="o", label=f"{name}: scam recall")
        ax.plot(th, [r["false_positive_rate"] for r in rows], marker="x", linestyle="--", color=line.get_color(),
                label=f"{name}: false-positive rate")
    ax.set_xlabel("threshold on scam_score")
    ax.set_ylabel("rate")
    ax.legend(fontsize=7)
    ax.set_title("threshold trade-off")
    return ax


def reliability_plot(report: Report, ax=None):
    """Accuracy against mean confidence per bin (the diagonal is perfect calibration)."""
    ax = _axes(ax)
    bins = report.reliability.get("bins", [])
    ax.plot([0, 1], [0, 1], color="grey", linestyle=":")
    ax.plot([b["confidence"] for b in bins], [b["accuracy"] for b in bins], marker="o")
    ax.set_xlabel("mean score of the predicted label")
    ax.set_ylabel("accuracy")
    ax.set_title(f"reliability, ECE {report.reliability.get('ece', float('nan')):.3f}")
    return ax
