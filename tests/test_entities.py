"""Entity extraction: precision and recall on a labelled file, and look-alike negatives."""

from __future__ import annotations

import json
import pathlib

import pytest

from scamtext.entities import extract_entities, is_official_domain
from scamtext.normalization import normalize

DATA = pathlib.Path(__file__).parent / "data" / "entities.jsonl"


def _cases():
    with DATA.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _found(text):
    return [(e.kind, e.value) for e in extract_entities(normalize(text))]


def test_precision_and_recall_on_the_labelled_file():
    tp = fp = fn = 0
    for case in _cases():
        want = [tuple(e) for e in case["entities"]]
        got = _found(case["text"])
        remaining = list(want)
        for item in got:
            if item in remaining:
                remaining.remove(item)
                tp += 1
            else:
                fp += 1
        fn += len(remaining)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"entities: precision {precision:.3f}, recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    assert precision >= 0.98
    assert recall >= 0.95


@pytest.mark.parametrize("text, expected", [
    ("加V信：ａｂｃ１２３４５ 扣扣①②③④⑤⑥⑦⑧", [("wechat", "abc12345"), ("qq", "12345678")]),
    ("电话 138 1234 5678，点击 http://jd-tk.top/r 领取", [("mobile", "13812345678"), ("url", "http://jd-tk.top/r")]),
    ("退款300元，￥1,999，2万，3.5万", [("money", "300"), ("money", "1999"), ("money", "20000"), ("money", "35000")]),
    ("请转入安全账户：6222 0213 8123 4567 890", [("bank_card", "6222021381234567890")]),
    ("下载“瞩目”app，再安装zoom", [("app", "瞩目"), ("app", "zoom")]),
    ("请拨打95588或致电010-88886666", [("phone", "95588"), ("phone", "01088886666")]),
])
def test_positive_examples(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "订单号20231112345678901234已发货", "验证码834201，5分钟内有效", "2024-11-20 14:30 开会",
    "iPhone15 新品", "G1234次列车", "报告.pdf", "版本v2.3", "加我微信吧", "用QQ音乐听歌",
])
def test_look_alikes_are_not_entities(text):
    assert _found(text) == []


def test_official_domains():
    assert is_official_domain("https://u.10010.cn/qAE9U")
    assert is_official_domain("www.icbc.com.cn/login")
    assert not is_official_domain("http://icbc-com.cn.vip/login")
    assert not is_official_domain("jd-tk.top/r")
    # a brand's own short-link domain is official; a shortener anyone can use is not
    assert is_official_domain("https://m.tb.cn/h.5Kx2Lq") and is_official_domain("3.cn/1-Ab9Xk")
    assert not is_official_domain("t.cn/A6pLk2x") and not is_official_domain("tb.cn.vip/x")
