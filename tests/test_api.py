"""The public API contract of scamtext.classify / Prediction / LABELS."""

from __future__ import annotations

import json
import math
import threading

import numpy as np
import pytest

import scamtext
from scamtext import LABELS, Prediction

POLICE = "您好，我是公安局的，你的银行卡涉嫌洗钱，请把钱转到安全账户"
TAXONOMY_IDS = ["normal", "refund", "fake_loan", "police", "romance", "investment", "task_rebate",
                "impersonation", "credit_repair", "fake_shopping", "game_trade", "phishing", "prize"]


def test_labels_match_the_taxonomy():
    assert [lab.id for lab in LABELS] == TAXONOMY_IDS
    for lab in LABELS:
        assert lab.zh and lab.description and lab.tip


def test_single_string_gives_one_prediction():
    p = scamtext.classify(POLICE)
    assert isinstance(p, Prediction)
    assert p.label == "police" and p.is_scam and p.label_zh == "冒充公检法及政府机关"
    assert p.scam_score > 0.9


def test_batch_keeps_arity_and_order():
    texts = [POLICE, "妈，我今晚不回家吃饭了", "【顺丰速运】您的快件已放入丰巢柜，取件码 4491"]
    preds = scamtext.classify(texts)
    assert isinstance(preds, list) and len(preds) == 3
    assert [p.label for p in preds] == [scamtext.classify(t).label for t in texts]
    assert preds[0].is_scam and not preds[1].is_scam and not preds[2].is_scam
    assert scamtext.classify(iter(texts))[0].label == "police"  # any iterable
    assert scamtext.classify(()) == []


# Everyday messages the bundled model used to flag, beside the same openings with a scam's
# hook. Written for this test; none is in corpus/.
EVERYDAY_AND_HOOKED = [
    ("我现在在开会，等下给你回电话", "normal"),
    ("我换号了，这个是新号码，微信没变，有事打这个 —— 小林", "normal"),
    ("亲爱的，生日快乐！爱你哦", "normal"),
    ("王总，下午三点的会议改到会议室B了，材料我已经打印好了", "normal"),
    ("我是你领导，明天上午到我办公室来一趟", "impersonation"),
    ("小王，我是张总，换新号了，加我微信zhang1688，有事跟你说", "impersonation"),
    ("哥哥在吗？我是之前加错的那个女生，我舅舅在博彩公司上班知道漏洞，带你一起赚", "romance"),
    ("急✔用✔钱？无✔抵✔押✔，当✔天✔下✔款，联系Ｑ：７７８８９９", "fake_loan"),
]


@pytest.mark.parametrize(("text", "label"), EVERYDAY_AND_HOOKED)
def test_bundled_model_reads_the_hook_not_the_opening(text, label):
    assert scamtext.classify(text).label == label


def _same_prediction(a, b):
    assert a.label == b.label and a.evidence == b.evidence and a.entities == b.entities
    assert all(math.isclose(a.scores[k], b.scores[k], rel_tol=1e-5, abs_tol=1e-6) for k in a.scores)
    assert math.isclose(a.scam_score, b.scam_score, rel_tol=1e-5, abs_tol=1e-6)


def test_one_message_path_equals_batch_path(bundled, sample_rows):
    """classify(str) takes a faster route than classify(list); the answers are the same."""
    texts = [r["text"] for r in sample_rows] + [POLICE, "短", "http://a.cn 加v：ab12345 验证码发我", "  \n"]
    for one, batch in zip([bundled.classify(t) for t in texts], bundled.classify(texts)):
        _same_prediction(one, batch)


@pytest.mark.parametrize(("binary_tf", "char_ngrams"), [(False, (2, 2)), (True, (2, 2)), (True, (1, 3))])
def test_one_message_path_equals_batch_path_for_both_tf_schemes(sample_rows, binary_tf, char_ngrams):
    from scamtext import Classifier

    texts, labels = [r["text"] for r in sample_rows], [r["label"] for r in sample_rows]
    clf = Classifier(binary_tf=binary_tf, char_ngrams=char_ngrams, calibrate=False).fit(texts, labels)
    assert clf.featurizer_.binary is binary_tf
    repeated = "刷单刷单刷单，日结日结，加微信加微信"  # counts > 1: sublinear and binary differ here
    probe = texts[::7] + [repeated]
    for one, batch in zip([clf.classify(t) for t in probe], clf.classify(probe)):
        _same_prediction(one, batch)
    if binary_tf:
        _, indices, data = clf.featurizer_._tfidf_one(clf.featurizer_.prepare(repeated))
        assert np.allclose(data, clf.featurizer_.idf_[indices] / np.linalg.norm(clf.featurizer_.idf_[indices]))


def test_prediction_fields(bundled):
    p = scamtext.classify("加我V信：ab12345，日结300，点赞关注就能赚佣金")
    assert set(p.scores) == set(bundled.classes_)
    assert math.isclose(sum(p.scores.values()), 1.0, abs_tol=1e-6)
    assert p.score == p.scores[p.label]
    assert math.isclose(p.scam_score, 1 - p.scores["normal"], abs_tol=1e-9)
    assert p.is_scam == (p.label != "normal")
    assert 0 < len(p.evidence) <= 5 and all(isinstance(e, str) and e for e in p.evidence)
    assert ("wechat", "ab12345") in [(e.kind, e.value) for e in p.entities]
    d = json.loads(json.dumps(p.to_dict(), ensure_ascii=False))
    assert d["label"] == p.label and d["label_zh"] == p.label_zh and d["is_scam"] == p.is_scam
    assert d["entities"][0]["kind"] in {"wechat", "money"}


def test_prediction_is_immutable():
    p = scamtext.classify(POLICE)
    with pytest.raises(AttributeError):
        p.label = "normal"
    with pytest.raises(TypeError):
        p.scores["normal"] = 1.0


def test_evidence_explains_the_label():
    p = scamtext.classify(POLICE)
    assert any(word in "".join(p.evidence) for word in ("公安", "洗钱", "安全账户", "涉嫌"))


def test_threshold_per_call_and_per_classifier(bundled):
    text = "你好，在吗？有个事想请你帮忙"
    p = scamtext.classify(text)
    strict = scamtext.classify(text, threshold=0.0)
    lenient = scamtext.classify(POLICE, threshold=1.0)
    assert strict.is_scam and strict.threshold == 0.0
    assert lenient.label == "normal" or lenient.scam_score == 1.0
    assert p.threshold == bundled.threshold
    clf = scamtext.load()
    clf.set_params(threshold=0.999999)
    assert clf.classify(text).threshold == 0.999999
    with pytest.raises(ValueError, match="between 0 and 1"):
        scamtext.classify(text, threshold=1.5)


def test_evidence_count_per_call():
    """scamtext.classify(evidence=n) lists at most n features, 0 lists none, and the
    decision does not depend on it, for one message and for a batch."""
    full = scamtext.classify(POLICE)
    assert len(full.evidence) == 5
    two = scamtext.classify(POLICE, evidence=2)
    assert two.evidence == full.evidence[:2]
    none = scamtext.classify(POLICE, evidence=0)
    assert none.evidence == () and none.label == full.label and none.scores == full.scores
    batch = scamtext.classify([POLICE, "明天见"], evidence=0)
    assert [p.evidence for p in batch] == [(), ()] and batch[0].label == full.label


@pytest.mark.parametrize(("bad", "error"), [(-1, ValueError), (2.0, TypeError), ("5", TypeError), (True, TypeError)])
def test_bad_evidence_count_is_refused(bad, error):
    with pytest.raises(error, match="evidence must be"):
        scamtext.classify(POLICE, evidence=bad)


@pytest.mark.parametrize("bad", [None, 42, 3.5, b"bytes", bytearray(b"x"), {"a": 1}])
def test_bad_types_raise_type_error(bad):
    with pytest.raises(TypeError, match="expected str"):
        scamtext.classify(bad)


def test_bad_element_names_its_index():
    with pytest.raises(TypeError, match="element 2 is NoneType"):
        scamtext.classify(["好的", "收到", None, "谢谢"])


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_text_is_normal_with_defined_score(text):
    p = scamtext.classify(text)
    assert p.label == "normal" and p.score == 1.0 and p.scam_score == 0.0 and not p.is_scam


def test_huge_text_completes_and_is_windowed(bundled):
    huge = "今天天气不错，我们去公园走走吧。" * 65_000  # about 1 MB
    p = scamtext.classify(huge)
    assert p.label == "normal" and 0.0 <= p.scam_score <= 1.0
    call = ("警官：我是市公安局刑侦支队的，你名下的银行卡涉嫌洗钱，马上要冻结。"
            "我：啊？那怎么办？警官：你要把钱转到安全账户配合资金清查，这件事要保密，不能告诉家人。") * 60
    assert len(call) > 4000  # read as windows
    assert scamtext.classify(call).label == "police"
    assert bundled.classify([call, huge])[0].label == "police"


@pytest.mark.parametrize("text", ["\ud800abc\udfff安全账户", "转账\x00\x01\x1b[31m到安全账户\x7f", "\u202e\u200b\ufeff"])
def test_odd_code_points_do_not_crash(text):
    p = scamtext.classify(text)
    assert p.label in TAXONOMY_IDS


def test_classify_from_eight_threads_equals_serial():
    texts = [POLICE, "妈我到了", "恭喜您被抽中为场外幸运观众，奖金8万元，需先交个人所得税",
             "【工商银行】您尾号2231的卡支出300元", "宝贝你在平台充值多少了，这个漏洞很快就会被修复"] * 20
    serial = [p.label for p in scamtext.classify(texts)]
    results: dict[int, list[str]] = {}

    def work(k: int) -> None:
        results[k] = [scamtext.classify(t).label for t in texts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[k] == serial for k in range(8))


def test_module_exports():
    for name in ("classify", "load", "Classifier", "Prediction", "LABELS", "normalize", "extract_entities"):
        assert name in scamtext.__all__ and hasattr(scamtext, name)


def test_refitting_forgets_tables_cached_from_the_previous_fit(sample_rows):
    from scamtext import Classifier

    texts, labels = [r["text"] for r in sample_rows], [r["label"] for r in sample_rows]
    clf = Classifier(calibrate=False).fit(texts, labels)
    clf.classify(POLICE)  # builds the cached weight tables
    shuffled = labels[1:] + labels[:1]
    clf.fit(texts, shuffled)
    fresh = Classifier(calibrate=False).fit(texts, shuffled)
    _same_prediction(clf.classify(POLICE), fresh.classify(POLICE))


def test_evidence_is_the_same_whatever_the_sort_block(bundled, sample_rows, monkeypatch):
    import scamtext.model.classifier as classifier_module

    texts = [r["text"] for r in sample_rows[:200]]
    whole = [p.evidence for p in bundled.classify(texts)]
    monkeypatch.setattr(classifier_module, "_EVIDENCE_BLOCK", 7)
    assert [p.evidence for p in bundled.classify(texts)] == whole
    assert sum(len(e) == 5 for e in whole) > 150  # most messages have five reasons


def test_evidence_breaks_ties_by_feature_order():
    from scamtext.model.classifier import _top_features

    contrib = np.array([0.5, 0.2, 0.5, -0.1, 0.2000001, 0.7])
    indices = np.array([3, 4, 8, 9, 2, 5])
    indptr = np.array([0, 4, 6])
    names = [f"f{i}" for i in range(10)]
    assert _top_features(contrib, indices, indptr, 3, names) == [("f3", "f8", "f4"), ("f5", "f2")]


def test_one_message_evidence_walks_past_unshown_features():
    from scamtext.model.classifier import _top_features, _top_features_one

    # the 12 strongest features cannot be shown (punctuation) or repeat a name, so the
    # answer lies beyond the first 4k candidates: both paths must still find it
    names = [None] * 8 + ["刷单"] * 4 + ["日结", "返利", "<ask:contact>"] + [f"f{i}" for i in range(5)]
    contrib = np.concatenate([np.linspace(0.9, 0.5, 12), [0.3, 0.2, 0.1], np.full(5, -0.2)])
    indices = np.arange(len(contrib))
    expected = ("刷单", "日结", "返利")
    assert _top_features_one(contrib.copy(), indices, 3, names) == expected
    assert _top_features(contrib, indices, np.array([0, len(contrib)]), 3, names) == [expected]
    assert _top_features_one(contrib.copy(), indices, 5, names) == expected + ("<ask:contact>",)
