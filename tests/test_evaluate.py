"""Metric code on hand-checked examples."""

from __future__ import annotations

import math

import pytest

from scamtext.evaluate import binary_rates, build_report, reliability, threshold_table


def test_binary_rates_by_hand():
    y_true = ["normal", "normal", "normal", "normal", "police", "refund", "prize", "prize"]
    y_pred = ["normal", "normal", "normal", "refund", "police", "police", "normal", "prize"]
    r = binary_rates(y_true, y_pred)
    assert r["scam_recall"] == 3 / 4  # any scam label counts as flagged
    assert r["false_positive_rate"] == 1 / 4
    assert r["scam_precision"] == 3 / 4
    assert r["n_scam"] == 4 and r["n_normal"] == 4


def test_report_figures_by_hand():
    y_true = ["normal", "normal", "police", "police", "refund"]
    y_pred = ["normal", "police", "police", "police", "normal"]
    scores = [0.1, 0.6, 0.9, 0.8, 0.4]
    conf = [0.9, 0.6, 0.9, 0.8, 0.6]
    rep = build_report(y_true, y_pred, scam_scores=scores, confidences=conf,
                       texts=["a", "b", "c", "d", "e"], name="hand")
    assert rep.accuracy == 3 / 5
    # F1: normal 2/3 (p 1/2, r 1/2 -> 0.5); police p 2/3 r 1 -> 0.8; refund 0
    assert rep.per_label["normal"]["f1"] == pytest.approx(0.5)
    assert rep.per_label["police"]["f1"] == pytest.approx(0.8)
    assert rep.per_label["refund"]["f1"] == 0.0
    assert rep.macro_f1 == pytest.approx((0.5 + 0.8 + 0.0) / 3)
    assert rep.confusion_labels == ["normal", "refund", "police"]
    assert rep.confusion == [[1, 0, 1], [1, 0, 0], [0, 0, 2]]
    assert rep.worst["normal"][0]["text"] == "b" and rep.worst["refund"][0]["predicted"] == "normal"
    md = rep.to_markdown()
    assert "| police | 0.667 | 1.000 | 0.800 | 2 |" in md
    assert "false-positive rate" in md


def test_threshold_table_and_reliability():
    y_true = ["normal", "normal", "police", "police"]
    rows = threshold_table(y_true, [0.2, 0.6, 0.7, 0.9], thresholds=(0.5, 0.8))
    assert rows == [{"threshold": 0.5, "scam_recall": 1.0, "false_positive_rate": 0.5},
                    {"threshold": 0.8, "scam_recall": 0.5, "false_positive_rate": 0.0}]
    rel = reliability(["a", "a", "b", "b"], ["a", "b", "b", "b"], [1.0, 1.0, 0.5, 0.5], bins=2)
    # bin 0.0-0.5: two right at 0.5 -> gap 0.5; bin 0.5-1.0: one right of two at 1.0 -> gap 0.5
    assert math.isclose(rel["ece"], 0.5)


def test_report_rejects_bad_input():
    with pytest.raises(ValueError, match="2 true labels but 1"):
        build_report(["normal", "police"], ["normal"])
    with pytest.raises(ValueError, match="no messages"):
        build_report([], [])


def test_readme_names_the_columns_where_a_peer_leads():
    import importlib.util
    import pathlib

    path = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "readme_tables.py"
    spec = importlib.util.spec_from_file_location("readme_tables", path)
    tables = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tables)

    own = {"model": "scamtext", "macro_f1": 0.95, "false_positive_rate": 0.01, "external_macro_f1": 0.89,
           "messages_per_s": 6000, "model_mb": 3.0}
    svm = {**own, "model": "svm", "macro_f1": 0.93, "false_positive_rate": 0.02, "external_macro_f1": 0.90,
           "messages_per_s": 2000, "model_mb": 12.0}
    tiny = {**svm, "model": "tiny", "external_macro_f1": 0.91, "model_mb": 1.5, "false_positive_rate": 0.01}
    assert tables._where_peers_lead([own, svm]) == (
        "Where a peer leads scamtext in this run: telecom_fraud_texts_5 macro-F1 (svm: 0.9000 against 0.8900).")
    # the best peer is named; a tie is not a lead
    assert tables._where_peers_lead([own, svm, tiny]) == (
        "Where a peer leads scamtext in this run: telecom_fraud_texts_5 macro-F1 (tiny: 0.9100 against 0.8900); "
        "size (tiny: 1.5 MB against 3.0 MB).")
    assert tables._where_peers_lead([own, {**own, "model": "same"}]).startswith("In this run scamtext leads")
