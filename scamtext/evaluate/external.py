"""Readers for the two public external data sets used to *measure* scamtext.

They live outside the repository (``../shared/datasets`` beside the checkout, see
:func:`find_shared_datasets`) and are never trained on by the bundled model. Every
reader returns ``None`` (and the caller prints why) when the folder is absent, so
notebooks and benchmarks skip cleanly on a user's machine.

``telecom_fraud_texts_5``
    Five classes mapped to taxonomy ids as its README says (0→normal, 公检法→police,
    贷款/代办信用卡→fake_loan, 冒充客服→refund, 领导熟人→impersonation); mixed encodings and
    Chinese labels are handled by :func:`scamtext.training.load_labelled`; exact duplicates
    are dropped.
``teleantifraud_dialogues``
    Simulated phone calls; each row becomes one transcript with the caller's and the
    callee's turns interleaved, one turn a line. Labels are binary for scoring
    (``normal`` or the scam type mapped where the taxonomy has it, else ``scam``).
"""

from __future__ import annotations

import json
import os
import pathlib

__all__ = ["find_shared_datasets", "telecom_fraud_texts_5", "teleantifraud_dialogues", "TELEANTIFRAUD_TYPES"]

#: fraud_type of teleantifraud_dialogues → taxonomy id, where one fits; others score as "scam".
TELEANTIFRAUD_TYPES = {"客服诈骗": "refund", "投资诈骗": "investment", "彩票诈骗": "prize", "邮件诈骗": "refund"}


def find_shared_datasets(start: str | os.PathLike | None = None) -> pathlib.Path | None:
    """``$SCAMTEXT_DATASETS``, else the first ``shared/datasets`` folder beside ``start``
    (default: the current directory) or one of its parents; ``None`` if there is none."""
    env = os.environ.get("SCAMTEXT_DATASETS")
    if env:
        return pathlib.Path(env) if pathlib.Path(env).is_dir() else None
    here = pathlib.Path(start or os.getcwd()).resolve()
    for folder in [here, *here.parents]:
        candidate = folder / "shared" / "datasets"
        if candidate.is_dir():
            return candidate
    return None


def telecom_fraud_texts_5(root: str | os.PathLike | None = None):
    """``LabelledData`` of telecom_fraud_texts_5, or ``None`` when it is not there."""
    from ..training.data import load_labelled

    base = pathlib.Path(root) if root else find_shared_datasets()
    folder = base / "telecom_fraud_texts_5" if base else None
    if folder is None or not folder.is_dir():
        return None
    return load_labelled(folder, text_column="content", label_column="label")


def teleantifraud_dialogues(root: str | os.PathLike | None = None, *, limit_per_file: int | None = None):
    """``(texts, labels, fraud_types)`` of the teleantifraud dialogues, or ``None``."""
    base = pathlib.Path(root) if root else find_shared_datasets()
    folder = base / "teleantifraud_dialogues" if base else None
    if folder is None or not folder.is_dir():
        return None
    texts, labels, types = [], [], []
    for path in sorted(folder.glob("*_dialogues-*.jsonl")):
        is_fraud = path.name.startswith("fraud_")
        with path.open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if limit_per_file is not None and k >= limit_per_file:
                    break
                row = json.loads(line)
                left, right = row.get("left") or [], row.get("right") or []
                turns = []
                for i in range(max(len(left), len(right))):
                    if i < len(left):
                        turns.append(str(left[i]))
                    if i < len(right):
                        turns.append(str(right[i]))
                text = "\n".join(t for t in turns if t.strip())
                if not text.strip():
                    continue
                fraud_type = row.get("fraud_type", "") if is_fraud else ""
                texts.append(text)
                types.append(fraud_type)
                labels.append(TELEANTIFRAUD_TYPES.get(fraud_type, "scam") if is_fraud else "normal")
    return texts, labels, types
