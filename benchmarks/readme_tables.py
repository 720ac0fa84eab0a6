"""Regenerate the generated tables of README.md and corpus/README.md from the reports.

    python benchmarks/evaluate_all.py    # -> reports/accuracy.json
    python benchmarks/bench_speed.py     # -> reports/performance.json
    python benchmarks/bench_train.py     # -> reports/training.json
    python benchmarks/compare_tf.py      # -> reports/tf_variants.json
    python benchmarks/readme_tables.py   # -> README.md, corpus/README.md

Each table sits between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->`` markers; the text
around them is left alone. Nothing in these tables is typed by hand.
"""

from __future__ import annotations

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _pct(x) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _f(x) -> str:
    return "–" if x is None else f"{x:.3f}"


def accuracy_table(acc: dict) -> str:
    rows = ["| data set (never trained on, except the corpus train split) | messages | accuracy | macro-F1 | "
            "scam recall | false-positive rate |", "|---|---:|---:|---:|---:|---:|"]
    names = [("corpus_held_out", "scamtext corpus, held-out split (templates and near-duplicates grouped)"),
             ("telecom_fraud_texts_5", "telecom_fraud_texts_5, full 13-label taxonomy"),
             ("telecom_fraud_texts_5_restricted", "telecom_fraud_texts_5, answers restricted to its 5 labels"),
             ("teleantifraud_dialogues", "teleantifraud_dialogues, call transcripts (scam vs normal)"),
             ("screenshots", "scamtext screenshot set: OCR text of chat and SMS screenshots, a format not in the corpus")]
    for key, label in names:
        r = acc.get(key)
        if r is None:
            rows.append(f"| {label} | not measured (data set absent) | | | | |")
            continue
        rows.append(f"| {label} | {r['n']} | {_f(r.get('accuracy'))} | {_f(r.get('macro_f1'))} | "
                    f"{_pct(r['scam_recall'])} | {_pct(r['false_positive_rate'])} |")
    rows += ["", "Robustness (held-out split, each disguise applied to every message):", "",
             "| perturbation | accuracy, bundled model | drop | accuracy, model trained without disguised rows | drop |",
             "|---|---:|---:|---:|---:|"]
    adv = {r["perturbation"]: r for r in acc["adversarial"]["rows"]}
    plain = {r["perturbation"]: r for r in acc.get("adversarial_undisguised_training", {}).get("rows", [])}
    for name, r in adv.items():
        p = plain.get(name)
        plain_acc = _f(p["accuracy"]) if p else "–"
        plain_drop = f"{100 * p['accuracy_drop']:.2f} pt" if p else "–"
        rows.append(f"| {name} | {_f(r['accuracy'])} | {100 * r['accuracy_drop']:.2f} pt | {plain_acc} | {plain_drop} |")
    return "\n".join(rows)


def per_label_table(acc: dict) -> str:
    keys = [k for k in ("corpus_held_out", "telecom_fraud_texts_5") if k in acc]
    rows = ["| label | " + " | ".join(f"F1, {k}" for k in keys) + " |", "|---|" + "---:|" * len(keys)]
    labels = list(acc["corpus_held_out"]["per_label_f1"])
    for lab in labels:
        rows.append(f"| {lab} | " + " | ".join(_f(acc[k]["per_label_f1"].get(lab)) for k in keys) + " |")
    return "\n".join(rows)


def _range(pair) -> str:
    return f"{pair[0]}–{pair[1]} ms" if pair else "one pass"


def performance_table(perf: dict) -> str:
    rows = ["| figure | value | target |", "|---|---:|---:|",
            f"| plain `jieba.lcut`, messages/s (one core) | {perf['jieba_lcut_per_s']:,} | |",
            f"| scamtext batch classify, messages/s (one core) | {perf['scamtext_batch_per_s']:,} | |",
            f"| speed-up over `jieba.lcut` | {perf['speedup_vs_jieba']}× | ≥ 3× |",
            (f"| single message latency p50 (middle of 3 passes; range) | {perf['latency_p50_ms']} ms "
             f"({_range(perf.get('latency_p50_range_ms'))}) | ≤ 0.3 ms |"),
            (f"| one `jieba.lcut` call alone, p50, same messages and run | "
             f"{perf.get('jieba_lcut_latency_p50_ms', '–')} ms | |"),
            (f"| classify p50 ÷ `jieba.lcut` p50, the two calls alternating message by message | "
             f"{perf.get('latency_vs_jieba_lcut_interleaved', '–')}× | |"),
            f"| single message latency p99 | {perf['latency_p99_ms']} ms | ≤ 1 ms |",
            (f"| single message latency p50 / p99 with `evidence=0` | "
             f"{perf.get('latency_no_evidence_p50_ms', '–')} / {perf.get('latency_no_evidence_p99_ms', '–')} ms | |"),
            f"| cold start: import + load + first classify | {perf['cold_start_scamtext_s']} s | |",
            f"| cold start: `import jieba` + first `lcut` | {perf['cold_start_jieba_s']} s | |",
            f"| cold-start ratio | {perf['cold_start_ratio']}× | ≤ 1.5× |",
            f"| peak RSS after classifying 10,000 messages | {perf['peak_rss_mb_10k']} MB | ≤ 200 MB |",
            f"| bundled model on disk | {perf['model_mb']} MB | ≤ 20 MB |",
            f"| normalisation per message | {perf['normalize_us_per_msg']} µs ({_pct(perf['normalize_share'])} of classify) | ≤ 20% |",
            f"| rjieba vs jieba: identical segmentation (messages) | {_pct(perf['tokenizer_identical_messages'])} | |",
            f"| rjieba vs jieba: shared token boundaries | {_pct(perf['tokenizer_token_agreement'])} | |"]
    if "jieba_engine_held_out" in perf:
        j, r = perf["jieba_engine_held_out"], perf["rjieba_engine_held_out"]
        rows.append(f"| held-out macro-F1 trained+run with rjieba / with jieba | {_f(r['macro_f1'])} / {_f(j['macro_f1'])} | |")
    if "scaling" in perf:
        s = perf["scaling"]
        rows.append(f"| `classify_processes`, 1 → 2 processes, messages/s | {s['one_process_per_s']:,} → "
                    f"{s['two_processes_per_s']:,} ({s['speedup']}×) | |")
    out = "\n".join(rows)
    if perf.get("peers"):
        peer = ["", "Peers, trained on the same corpus split (telecom_fraud_texts_5 never trained on):", "",
                "| model | held-out accuracy | held-out macro-F1 | held-out false-positive rate | "
                "telecom_fraud_texts_5 macro-F1 | messages/s | size MB |",
                "|---|---:|---:|---:|---:|---:|---:|"]
        for p in perf["peers"]:
            peer.append(f"| {p['model']} | {_f(p['accuracy'])} | {_f(p['macro_f1'])} | "
                        f"{_pct(p.get('false_positive_rate'))} | {_f(p.get('external_macro_f1'))} | "
                        f"{p['messages_per_s']:,} | {p['model_mb']} |")
        out += "\n" + "\n".join(peer) + "\n\n" + _where_peers_lead(perf["peers"])
    return out + f"\n\nMeasured on {perf['messages']} corpus messages of 90-130 characters (mean {perf['mean_chars']}), " \
                 f"{perf['cpu']} cores, by `{perf['command']}`."


def tf_table(tf: dict) -> str:
    rows = [("| term weighting | held-out macro-F1 | held-out false-positive rate | telecom_fraud_texts_5 macro-F1 | "
             "teleantifraud scam recall | latency p50 |"), "|---|---:|---:|---:|---:|---:|"]
    for v in tf["variants"]:
        rows.append(f"| {v['variant']} | {_f(v['held_out_macro_f1'])} | {_pct(v['held_out_false_positive_rate'])} | "
                    f"{_f(v.get('telecom_fraud_texts_5_macro_f1'))} | {_pct(v.get('teleantifraud_scam_recall'))} | "
                    f"{v['latency_p50_ms']} ms |")
    return "\n".join(rows) + f"\n\nGenerated from `{tf['command']}` (latency interleaved in one process: the two models share the CPU cache, so both figures sit above the single-model latency in the Performance section)."


# (title, key, which value is better, how to show it) of the peer-table columns; F1 to four
# decimals, since a lead can be smaller than the table's three
_PEER_COLUMNS = (("held-out macro-F1", "macro_f1", max, lambda v: f"{v:.4f}"),
                 ("held-out false-positive rate", "false_positive_rate", min, lambda v: _pct(v)),
                 ("telecom_fraud_texts_5 macro-F1", "external_macro_f1", max, lambda v: f"{v:.4f}"),
                 ("messages/s", "messages_per_s", max, lambda v: f"{v:,}"),
                 ("size", "model_mb", min, lambda v: f"{v} MB"))


def _where_peers_lead(peers: list[dict]) -> str:
    """One sentence naming every column in which a peer beats scamtext (the first row)."""
    own, others = peers[0], peers[1:]
    notes = []
    for title, key, better, show in _PEER_COLUMNS:
        rivals = [p for p in others if p.get(key) is not None]
        if own.get(key) is None or not rivals:
            continue
        leader = better(rivals, key=lambda p: p[key])
        if leader[key] != own[key] and better(leader[key], own[key]) == leader[key]:
            notes.append(f"{title} ({leader['model']}: {show(leader[key])} against {show(own[key])})")
    if not notes:
        return "In this run scamtext leads every column of the peer table."
    return "Where a peer leads scamtext in this run: " + "; ".join(notes) + "."


def corpus_table() -> str:
    from scamtext.corpus.check import check_corpus, table

    report = check_corpus(ROOT / "corpus")
    return table(report) + f"\n\nGenerated by `scamtext corpus check corpus` ({len(report.rows)} rows, " \
                           f"{len(report.errors)} errors)."


def usage_output(text: str) -> str:
    """Run the README's usage block in a fresh interpreter and return what it prints."""
    import subprocess
    import tempfile

    block = re.search(r"<!-- usage:start -->\n```python\n(.*?)```", text, re.S)
    if not block:
        raise SystemExit("usage block not found")
    out = subprocess.run([sys.executable, "-c", block.group(1)], capture_output=True, text=True, check=True,
                         cwd=tempfile.gettempdir())
    return "```\n" + out.stdout + "```"


def replace(text: str, name: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(\n<!-- {name}:end -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"marker {name} not found")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def main() -> int:
    reports = ROOT / "reports"
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    acc_file, perf_file = reports / "accuracy.json", reports / "performance.json"
    if acc_file.exists():
        acc = json.loads(acc_file.read_text(encoding="utf-8"))
        text = replace(text, "accuracy", accuracy_table(acc) + f"\n\nGenerated from `{acc['command']}`.")
        text = replace(text, "per-label", per_label_table(acc))
    if perf_file.exists():
        body = performance_table(json.loads(perf_file.read_text(encoding="utf-8")))
        train_file = reports / "training.json"
        if train_file.exists():
            t = json.loads(train_file.read_text(encoding="utf-8"))
            body += (f"\n\nTraining at scale (`{t['command']}`): `scamtext train` on {t['rows']:,} messages "
                     f"(split, tokenise, fit with calibration, evaluate, save) took {t['seconds']} s with a peak of "
                     f"{t['peak_memory_mb']} MB (targets: under 10 minutes and 4 GB on 2 cores).")
        text = replace(text, "performance", body)
    tf_file = reports / "tf_variants.json"
    if tf_file.exists():
        text = replace(text, "tf-variants", tf_table(json.loads(tf_file.read_text(encoding="utf-8"))))
    text = replace(text, "corpus", corpus_table())
    text = replace(text, "usage-output", usage_output(text))
    readme.write_text(text, encoding="utf-8")
    card = ROOT / "corpus" / "README.md"
    card.write_text(replace(card.read_text(encoding="utf-8"), "corpus", corpus_table()), encoding="utf-8")
    print("updated README.md and corpus/README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
