"""Evaluate a model everywhere and write the reports the README's Accuracy section is built from.

    python benchmarks/evaluate_all.py                      # the bundled model
    python benchmarks/evaluate_all.py --model models/x     # another model

Writes ``reports/accuracy.json`` and one Markdown report per data set in ``reports/``:

- the corpus's held-out split (the grouped split recorded in the model's manifest);
- ``benchmarks/data/screenshots.jsonl``: 900 messages as OCR reads them off chat and SMS
  screenshots (status bar, names, times, [图片]/[转账] placeholders, OCR slips), written by
  this project for measurement only: no screenshot-format row is in ``corpus/``;
- telecom_fraud_texts_5, with the full taxonomy and with answers restricted to its 5 labels;
- teleantifraud_dialogues, scam-vs-normal on call transcripts;
- the adversarial suite on the held-out split, for this model and for a model trained on
  the same train split with every disguised / traditional-Chinese row removed.

The external data sets are read from ``../shared/datasets`` (or ``$SCAMTEXT_DATASETS``);
without them those sections are skipped with a message. Then run
``python benchmarks/readme_tables.py`` to refresh the README.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

import scamtext
from scamtext.corpus.check import read_rows
from scamtext.corpus.split import group_split
from scamtext.evaluate import binary_rates, evaluate_model
from scamtext.evaluate.adversarial import adversarial_report
from scamtext.evaluate.external import find_shared_datasets, telecom_fraud_texts_5, teleantifraud_dialogues
from scamtext.training import load_labelled

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "benchmarks" / "data" / "screenshots.jsonl"


def _write(report, name: str, out: pathlib.Path) -> dict:
    (out / f"{name}.md").write_text(report.to_markdown(), encoding="utf-8")
    return {"n": report.n, "accuracy": report.accuracy, "macro_f1": report.macro_f1,
            "scam_recall": report.binary["scam_recall"], "false_positive_rate": report.binary["false_positive_rate"],
            "average_precision": report.average_precision, "ece": report.reliability.get("ece"),
            "per_label_f1": {k: v["f1"] for k, v in report.per_label.items()}}


def held_out_rows(clf):
    """Rows (with tags) of the corpus split recorded in ``clf``'s manifest: (train, test)."""
    rows = read_rows(ROOT / "corpus")[0]
    seen, unique = set(), []
    for r in rows:  # the loader drops exact (text, label) duplicates; the corpus has none
        if (r.text, r.label) not in seen:
            seen.add((r.text, r.label))
            unique.append(r)
    training = clf.manifest_["training"]
    tr, te = group_split([r.text for r in unique], [r.source for r in unique],
                         test_size=training["test_size"], seed=training["seed"])
    if len(te) != training["test_rows"]:
        raise SystemExit(f"the corpus has changed since this model was trained ({len(te)} held-out rows, "
                         f"manifest says {training['test_rows']}): retrain it first")
    return [unique[i] for i in tr], [unique[i] for i in te]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--out", default=str(ROOT / "reports"))
    parser.add_argument("--skip-undisguised", action="store_true", help="skip training the undisguised model")
    args = parser.parse_args(argv)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    clf = scamtext.load(args.model)
    results: dict = {"model": clf.manifest_.get("training", {}).get("data_sha256", "")[:12],
                     "threshold": clf.threshold, "command": "python benchmarks/evaluate_all.py"}

    train_rows, test_rows = held_out_rows(clf)
    texts, labels = [r.text for r in test_rows], [r.label for r in test_rows]
    print(f"corpus held-out split: {len(texts)} rows", flush=True)
    results["corpus_held_out"] = _write(evaluate_model(clf, texts, labels, name="corpus held-out split"),
                                        "corpus_held_out", out)

    # OCR text of chat and SMS screenshots, written by this project and never trained on:
    # does the model carry over to a format it has not seen?
    shots = load_labelled(SCREENSHOTS)
    print(f"screenshot set: {len(shots.texts)} rows", flush=True)
    results["screenshots"] = _write(evaluate_model(clf, shots.texts, shots.labels,
                                                   name="screenshot set (OCR text, never trained on)"),
                                    "screenshots", out)

    shared = find_shared_datasets(ROOT)
    if shared is None:
        print("external datasets not found (../shared/datasets): skipping those sections")
    else:
        tft = telecom_fraud_texts_5(shared)
        if tft is not None:
            print(f"telecom_fraud_texts_5: {len(tft)} rows", flush=True)
            results["telecom_fraud_texts_5"] = _write(
                evaluate_model(clf, tft.texts, tft.labels, name="telecom_fraud_texts_5 (full taxonomy)",
                               examples=False),
                "telecom_fraud_texts_5", out)
            results["telecom_fraud_texts_5_restricted"] = _write(
                evaluate_model(clf, tft.texts, tft.labels, restrict_labels=True, examples=False,
                               name="telecom_fraud_texts_5 (answers restricted to its 5 labels)"),
                "telecom_fraud_texts_5_restricted", out)
        tad = teleantifraud_dialogues(shared)
        if tad is not None:
            t_texts, t_labels, _ = tad
            print(f"teleantifraud_dialogues: {len(t_texts)} transcripts", flush=True)
            pred = [p.label for p in clf.classify(t_texts, evidence=0)]
            results["teleantifraud_dialogues"] = {"n": len(t_texts), **binary_rates(t_labels, pred)}

    print("adversarial suite ...", flush=True)
    results["adversarial"] = adversarial_report(clf, texts, labels)
    if not args.skip_undisguised:
        plain = [r for r in train_rows if not {"disguised", "traditional"} & set(r.tags)]
        started = time.perf_counter()
        undisguised = scamtext.Classifier(**{k: v for k, v in clf.get_params().items()}).fit(
            [r.text for r in plain], [r.label for r in plain])
        print(f"undisguised-only model: {len(plain)} training rows, {time.perf_counter() - started:.0f} s", flush=True)
        results["adversarial_undisguised_training"] = adversarial_report(undisguised, texts, labels)
        results["adversarial_undisguised_training"]["train_rows"] = len(plain)
    (out / "accuracy.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out / 'accuracy.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
