"""Loading labelled data (formats, encodings, columns, labels) and the train -> evaluate round trip."""

from __future__ import annotations

import json

import pytest

from conftest import CORPUS, SHARED

from scamtext.cli import main
from scamtext.training import DataError, load_labelled, train
from scamtext.training.data import detect_encoding, label_mapping

ROWS = [("您好，我是公安局的，你涉嫌洗钱", "冒充公检法及政府机关类"), ("妈我到家了", "0"),
        ("低息贷款，先交保证金", "贷款、代办信用卡类"), ("我是你领导，明天来我办公室", "冒充领导、熟人类"),
        ("您的快递丢失，我们双倍理赔", "冒充客服服务"), ("晚上吃火锅", "正常"), ("点赞关注日结佣金", "刷单返利类")]


def _csv(path, rows, encoding="utf-8", bom=False, sep=","):
    body = f"content{sep}label\n" + "".join(f"{t}{sep}{lab}\n" for t, lab in rows)
    data = body.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def test_mixed_encodings_and_chinese_labels_load_without_options(tmp_path):
    _csv(tmp_path / "a.csv", ROWS[:4], bom=True)
    _csv(tmp_path / "b.csv", ROWS[4:], encoding="gbk")
    data = load_labelled(tmp_path)
    assert sorted(data.labels) == sorted(["police", "normal", "fake_loan", "impersonation", "refund", "normal",
                                          "task_rebate"])
    assert "您的快递丢失，我们双倍理赔" in data.texts
    assert data.report.encodings[str(tmp_path / "b.csv")] == "gb18030"
    assert detect_encoding(tmp_path / "a.csv") == "utf-8-sig"


def test_tsv_jsonl_parquet_and_save_to_disk(tmp_path):
    import datasets

    _csv(tmp_path / "x.tsv", ROWS, sep="\t")
    assert len(load_labelled(tmp_path / "x.tsv")) == len(ROWS)
    jl = tmp_path / "x.jsonl"
    jl.write_text("".join(json.dumps({"message": t, "category": lab}, ensure_ascii=False) + "\n"
                          for t, lab in ROWS), encoding="utf-8")
    assert len(load_labelled(jl)) == len(ROWS)
    ds = datasets.Dataset.from_dict({"text": [t for t, _ in ROWS], "label": [lab for _, lab in ROWS]})
    ds.to_parquet(str(tmp_path / "x.parquet"))
    assert len(load_labelled(tmp_path / "x.parquet")) == len(ROWS)
    ds.save_to_disk(str(tmp_path / "saved"))
    assert load_labelled(tmp_path / "saved").labels[0] == "police"


def test_column_mapping_errors_list_the_columns(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("msg_body,kind\n你好,0\n", encoding="utf-8")
    with pytest.raises(DataError, match="columns found: msg_body, kind"):
        load_labelled(f)
    with pytest.raises(DataError, match="no text column 'body'"):
        load_labelled(f, text_column="body", label_column="kind")
    assert load_labelled(f, text_column="msg_body", label_column="kind").labels == ["normal"]


def test_unknown_labels_error_or_drop_with_counts(tmp_path):
    f = _csv(tmp_path / "u.csv", ROWS + [("随便", "7"), ("再来", "7"), ("还有", "垃圾")])
    with pytest.raises(DataError, match=r"'7' \(2 rows\).*'垃圾' \(1 rows\)"):
        load_labelled(f)
    data = load_labelled(f, drop_unknown=True)
    assert len(data) == len(ROWS) and data.report.dropped_unknown == {"7": 2, "垃圾": 1}
    mapped = load_labelled(f, label_map={"7": "prize", "垃圾": "normal"})
    assert mapped.labels.count("prize") == 2
    with pytest.raises(DataError, match="not a taxonomy id"):
        label_mapping({"7": "spam"})


def test_empty_duplicate_and_conflicting_rows_are_reported(tmp_path):
    f = _csv(tmp_path / "d.csv", [("你好", "0"), ("你好", "0"), ("  ", "0"), ("你好", "冒充客服服务")])
    data = load_labelled(f)
    assert data.report.empty_texts == 1 and data.report.duplicate_rows == 1 and data.report.conflicting_texts == 1
    lines = "\n".join(data.report.lines())
    assert "1 rows with an empty text" in lines and "more than one label" in lines


def test_undecodable_bytes_name_file_and_line(tmp_path):
    f = tmp_path / "bad.csv"
    f.write_bytes("content,label\n好,0\n".encode() + b"\xff\xfe\xfa\xfb,0\n")
    with pytest.raises(DataError, match=r"bad.csv, line 3"):
        load_labelled(f)
    j = tmp_path / "bad.jsonl"
    j.write_bytes(b'{"text": "ok", "label": "normal"}\n{"text": "\xff", "label": "normal"}\n')
    with pytest.raises(DataError, match=r"bad.jsonl, line 2"):
        load_labelled(j)


def test_hub_names_fail_fast_offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(DataError, match="HF_HUB_OFFLINE"):
        load_labelled("someone/some-scam-dataset")


def test_missing_paths_and_unsupported_files(tmp_path):
    with pytest.raises(DataError, match="no such file"):
        load_labelled(tmp_path / "nope.csv")
    (tmp_path / "x.docx").write_bytes(b"x")
    with pytest.raises(DataError, match="unsupported file type"):
        load_labelled(tmp_path / "x.docx")


def test_train_then_evaluate_round_trip(tmp_path, sample_rows, capsys):
    src = tmp_path / "small.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample_rows), encoding="utf-8")
    out = tmp_path / "model"
    assert main(["train", str(src), "--out", str(out), "--seed", "3", "--test-size", "0.25"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    training = manifest["training"]
    assert training["rows"] == len(sample_rows) and training["seed"] == 3
    assert 0 < training["test_rows"] < len(sample_rows)
    assert training["held_out"]["macro_f1"] > 0.3
    report = tmp_path / "r.json"
    assert main(["evaluate", str(src), "--model", str(out), "--split", "test", "--json", str(report),
                 "--markdown", str(tmp_path / "r.md")]) == 0
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert figures["n"] == training["test_rows"]
    assert figures["macro_f1"] == pytest.approx(training["held_out"]["macro_f1"])
    assert "## Per label" in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_label_subset_is_recorded(tmp_path, sample_rows):
    rows = [r for r in sample_rows if r["label"] in ("normal", "police", "refund")]
    src = tmp_path / "three.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    clf = train(src, tmp_path / "m3", test_size=0, log=lambda *_: None)
    assert json.loads((tmp_path / "m3" / "manifest.json").read_text())["labels"] == ["normal", "police", "refund"]
    assert clf.classify("公安局通知你涉嫌洗钱").label in {"normal", "police", "refund"}


def test_bundled_model_is_reproduced_from_the_corpus(bundled):
    """`scamtext train corpus/` gives the bundled model: same data, labels, predictions, figures."""
    clf = train(CORPUS, log=lambda *_: None)
    m = bundled.manifest_
    assert clf.training_["data_sha256"] == m["training"]["data_sha256"]
    assert list(clf.classes_) == m["labels"]
    sample = load_labelled(CORPUS).texts[::53]
    assert [p.label for p in clf.classify(sample)] == [p.label for p in bundled.classify(sample)]
    held = clf.training_["held_out"]
    assert held["macro_f1"] == pytest.approx(m["training"]["held_out"]["macro_f1"], abs=0.005)
    assert held["false_positive_rate"] == pytest.approx(m["training"]["held_out"]["false_positive_rate"], abs=0.005)


@pytest.mark.skipif(not (SHARED / "telecom_fraud_texts_5").is_dir(), reason="shared datasets not present")
def test_telecom_fraud_texts_5_loads_as_is():
    data = load_labelled(SHARED / "telecom_fraud_texts_5")
    assert set(data.labels) == {"normal", "police", "fake_loan", "refund", "impersonation"}
    assert data.report.duplicate_rows > 100  # the README's ~200 exact duplicates
    assert len(data) > 11_000
