"""Shared fixtures: a small model trained in seconds on a slice of the project corpus."""

from __future__ import annotations

import json
import pathlib
import random

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared" / "datasets"


def corpus_rows() -> list[dict]:
    rows = []
    for path in sorted(CORPUS.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    return rows


@pytest.fixture(scope="session")
def sample_rows() -> list[dict]:
    """60 rows per label from the corpus (fixed seed)."""
    rng = random.Random(7)
    by_label: dict[str, list[dict]] = {}
    for row in corpus_rows():
        by_label.setdefault(row["label"], []).append(row)
    out = []
    for label in sorted(by_label):
        out.extend(rng.sample(by_label[label], 60))
    return out


@pytest.fixture(scope="session")
def small_model(sample_rows):
    from scamtext import Classifier

    return Classifier(calibrate=False).fit([r["text"] for r in sample_rows], [r["label"] for r in sample_rows])


@pytest.fixture(scope="session")
def bundled():
    import scamtext

    return scamtext.default_classifier()
