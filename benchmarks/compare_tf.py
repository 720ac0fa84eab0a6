"""Term weighting: sublinear counts (the default) against presence (``binary_tf=True``).

    python benchmarks/compare_tf.py        # -> reports/tf_variants.json

Trains both variants on the corpus train split recorded in the bundled model's manifest,
then reports for each: held-out macro-F1 and false-positive rate, telecom_fraud_texts_5
macro-F1, teleantifraud_dialogues scam recall (long call transcripts, where repeated terms
carry signal), and single-message latency p50. Latency is measured interleaved (message i
goes to variant i mod 2), so both variants see the same machine noise.
"""

from __future__ import annotations

import json
import pathlib
import sys
import time

import numpy as np

import scamtext
from scamtext.evaluate import binary_rates, evaluate_model
from scamtext.evaluate.external import (
    find_shared_datasets,
    teleantifraud_dialogues,
    telecom_fraud_texts_5,
)

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from evaluate_all import held_out_rows


def main() -> int:
    bundled = scamtext.default_classifier()
    train, test = held_out_rows(bundled)
    params = bundled.get_params()
    shared = find_shared_datasets()
    t5 = telecom_fraud_texts_5(shared) if shared else None
    tad = teleantifraud_dialogues(shared) if shared else None
    variants = {}
    for name, binary in (("sublinear counts (default)", False), ("presence (binary_tf=True)", True)):
        clf = scamtext.Classifier(**{**params, "binary_tf": binary}).fit([r.text for r in train], [r.label for r in train])
        held = evaluate_model(clf, [r.text for r in test], [r.label for r in test])
        res = {"binary_tf": binary, "held_out_macro_f1": held.macro_f1,
               "held_out_false_positive_rate": held.binary["false_positive_rate"]}
        if t5 is not None:
            res["telecom_fraud_texts_5_macro_f1"] = evaluate_model(clf, t5.texts, t5.labels).macro_f1
        if tad is not None:
            texts, labels, _ = tad
            pred = [p.label for p in clf.classify(texts, evidence=0)]
            res["teleantifraud_scam_recall"] = binary_rates(labels, pred)["scam_recall"]
        variants[name] = (clf, res)
        print(name, {k: round(v, 4) for k, v in res.items() if isinstance(v, float)}, flush=True)

    texts = sorted({r.text for r in train + test if 90 <= len(r.text) <= 130})[:2000]
    models = [clf for clf, _ in variants.values()]
    for clf in models:
        clf.classify(texts[:100])
    latencies: list[list[float]] = [[] for _ in models]
    for rep in range(3):
        for i, text in enumerate(texts):
            which = (i + rep) % len(models)
            start = time.perf_counter()
            models[which].classify(text)
            latencies[which].append(time.perf_counter() - start)
    out = []
    for (name, (_, res)), lat in zip(variants.items(), latencies):
        res["latency_p50_ms"] = round(float(np.percentile(lat, 50)) * 1e3, 3)
        out.append({"variant": name, **res})
        print(name, "latency p50", res["latency_p50_ms"], "ms", flush=True)
    path = ROOT / "reports" / "tf_variants.json"
    path.write_text(json.dumps({"command": "python benchmarks/compare_tf.py", "variants": out}, indent=2,
                               ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
