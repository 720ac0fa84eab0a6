"""The corpus validator and the leak-free split."""

from __future__ import annotations

import json

from conftest import CORPUS, ROOT, corpus_rows

from scamtext.corpus.check import check_corpus, near_duplicate_clusters, near_dup_share, table
from scamtext.corpus.split import group_keys, group_split


def test_project_corpus_passes_the_validator():
    report = check_corpus(CORPUS)
    assert report.errors == []
    counts = {}
    for row in report.rows:
        counts[row.label] = counts.get(row.label, 0) + 1
    assert counts["normal"] >= 6000 and min(v for k, v in counts.items() if k != "normal") >= 400
    assert "| **total** |" in table(report)


def test_validator_reports_each_problem(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    rows = [
        {"text": "你好", "label": "normal", "channel": "chat", "source": "handwritten"},
        {"text": "你好", "label": "normal", "channel": "chat", "source": "handwritten"},
        {"text": "x", "label": "spam", "channel": "chat", "source": "handwritten"},
        {"text": "y", "label": "normal", "channel": "fax", "source": "handwritten"},
        {"text": "z", "label": "normal", "channel": "sms", "source": "copied"},
        {"text": " ", "label": "normal", "channel": "sms", "source": "handwritten"},
    ]
    body = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{not json\n"
    (folder / "a.jsonl").write_text(body, encoding="utf-8")
    (folder / "b.jsonl").write_bytes("好".encode("gbk") + b"\n")
    report = check_corpus(folder, enforce_minimums=True)
    text = "\n".join(report.errors)
    for expected in ("exact duplicate of a.jsonl:1", "unknown label 'spam'", "unknown channel 'fax'",
                     "source must be", "empty text", "a.jsonl:7: not JSON", "b.jsonl:1: not UTF-8",
                     "need at least 6000", "anti-fraud"):
        assert expected in text, expected


def test_screenshot_set_is_valid_and_shares_nothing_with_the_corpus(tmp_path):
    """benchmarks/data/screenshots.jsonl measures a format the model never trained on, so no
    message in it may be in corpus/, not even as a near-duplicate; the validator accepts it."""
    path = ROOT / "benchmarks" / "data" / "screenshots.jsonl"
    shots = [json.loads(line) for line in path.open(encoding="utf-8")]
    assert len(shots) >= 900 and all("screenshot" in r["tags"] for r in shots)
    assert {r["label"] for r in shots} == {r["label"] for r in corpus_rows()}
    corpus_texts = [r["text"] for r in corpus_rows()]
    assert not {r["text"] for r in shots} & set(corpus_texts)
    clusters = near_duplicate_clusters(corpus_texts + [r["text"] for r in shots])
    assert not set(clusters[:len(corpus_texts)]) & set(clusters[len(corpus_texts):])
    (tmp_path / "shots").mkdir()
    (tmp_path / "shots" / "rows.jsonl").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    report = check_corpus(tmp_path / "shots", enforce_minimums=False)
    assert not report.errors


def test_near_duplicates_are_found_and_capped():
    texts = ["您好，我是淘宝客服，您购买的商品有质量问题，我们将为您退款300元",
             "您好，我是京东客服，您购买的商品有质量问题，我们将为您退款500元",
             "宝贝在吗，晚上一起吃饭"]
    clusters = near_duplicate_clusters(texts)
    assert clusters[0] == clusters[1] != clusters[2]
    assert abs(near_dup_share(clusters) - 1 / 3) < 1e-9


def test_split_keeps_templates_and_near_duplicates_on_one_side():
    rows = corpus_rows()
    texts = [r["text"] for r in rows]
    sources = [r["source"] for r in rows]
    train, test = group_split(texts, sources, test_size=0.2, seed=0)
    assert len(train) + len(test) == len(rows) and 0.1 < len(test) / len(rows) < 0.3
    keys = group_keys(texts, sources)
    assert not {keys[i] for i in train} & {keys[i] for i in test}
    train_templates = {sources[i] for i in train if sources[i] != "handwritten"}
    test_templates = {sources[i] for i in test if sources[i] != "handwritten"}
    assert not train_templates & test_templates
    again = group_split(texts, sources, test_size=0.2, seed=0)
    assert (again[1] == test).all()  # deterministic


def test_split_does_not_move_rows_when_unrelated_rows_are_added_or_reordered():
    """A corpus change must move only the rows it touches, so that figures measured before
    and after it are on the same held-out rows."""
    rows = corpus_rows()
    texts = [r["text"] for r in rows[:4000]]
    sources = [r["source"] for r in rows[:4000]]
    _, test = group_split(texts, sources, test_size=0.2, seed=0)
    before = {texts[i] for i in test}
    added = [r["text"] for r in rows[-300:] if r["source"] == "handwritten"]
    order = list(range(len(texts)))[::-1]
    half = len(added) // 2
    texts2 = added[:half] + [texts[i] for i in order] + added[half:]
    sources2 = ["handwritten"] * half + [sources[i] for i in order] + ["handwritten"] * (len(added) - half)
    _, test2 = group_split(texts2, sources2, test_size=0.2, seed=0)
    after = {texts2[i] for i in test2} - set(added)
    assert after == before
    assert 0 < len({texts2[i] for i in test2} & set(added)) < len(added)  # the new rows are split too
    # two templates chained by one near-duplicate cluster get one key, whatever the order
    chained = ["您好，我是淘宝客服，您购买的商品有质量问题，我们将为您退款300元",
               "您好，我是京东客服，您购买的商品有质量问题，我们将为您退款500元"]
    chain_sources = ["gen:refund:t1", "gen:refund:t2"]
    forward = group_keys(chained, chain_sources)
    backward = group_keys(chained[::-1], chain_sources[::-1])
    assert forward[0] == forward[1] == backward[0] == backward[1]


def test_generators_reproduce_the_checked_in_rows(tmp_path, monkeypatch):
    import importlib.util
    import sys

    gen_dir = CORPUS / "generators"
    spec = importlib.util.spec_from_file_location("corpus_build", gen_dir / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    monkeypatch.setattr(build, "CORPUS", tmp_path)
    monkeypatch.syspath_prepend(str(gen_dir))
    for name in ("refund", "normal_notices"):
        out = build.build(name)
        module = sys.modules[name]
        checked_in = CORPUS / module.LABEL / out.name
        assert out.read_bytes() == checked_in.read_bytes(), name
