"""Normalisation undoes disguises but keeps numbers and links."""

from __future__ import annotations

import pytest

from scamtext.normalization import normalize


@pytest.mark.parametrize("raw, expected", [
    ("加‌微‌信", "加微信"),                              # zero-width non-joiners
    ("刷·单返·利", "刷单返利"),                          # decorative separators
    ("加 微 信", "加微信"),
    ("３️⃣０️⃣０️⃣元", "300元"),                          # keycap emoji digits
    ("①②③④⑤", "12345"),
    ("ＶＸ：ＡＢＣ１２３", "微信:abc123"),                 # full width + slang
    ("薇信，V信，威信，vx", "微信,微信,微信,微信"),
    ("扣扣号", "qq号"),
    ("无抵押带款", "无抵押贷款"),
    ("请提供yhk号码", "请提供银行卡号码"),
    ("您的帳戶已被凍結，請點擊連結", "您的帐户已被冻结,请点击链接"),  # traditional -> simplified, TW wording
    ("網路 簡訊", "网络短信"),
    ("赶紧！！！！转账？？？", "赶紧!转账?"),
    ("加扣扣 三八二九一 四五六", "加qq 38291456"),         # numerals, one separator between two
    ("幺三八零零一二三四五六", "13800123456"),
    ("贷k 不看征x 秒p", "贷款 不看征信 秒批"),
    ("加wei xin了解，weixin号", "加微信了解,微信号"),
])
def test_disguises_are_undone(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("text", [
    "https://wx.qq.com/abc", "www.wxyz.com", "订单号20231112345678901234", "3.5元", "2024-11-20 14:30",
])
def test_links_and_numbers_survive(text):
    assert normalize(text) == text


def test_short_numeral_runs_stay_words():
    """Fewer than six numerals are words (amounts, counting, idioms), not a spelled number."""
    for text in ["三五百块", "一二三四五,上山打老虎", "七七八八", "二〇二四年"]:
        assert normalize(text) == text
    assert normalize("警号零四七七一九") == "警号047719"


def test_latin_slang_only_as_a_word():
    assert normalize("wxjd-safe.top") == "wxjd-safe.top"
    assert normalize("wx-jiedong.top") == "wx-jiedong.top"
    assert normalize("加v信") == "加微信"
    assert normalize("https://weixin.qq.com/x") == "https://weixin.qq.com/x"


def test_pinyin_initials_only_as_words_and_not_in_ids():
    assert normalize("不看zx 秒下dk") == "不看征信 秒下贷款"
    assert normalize("招sd兼职，有sfz就能做，xyk逾期也行") == "招刷单兼职,有身份证就能做,信用卡逾期也行"
    # an id that starts with initials, a memory card, a domain and a longer word stay
    assert normalize("加v：dk2233") == "加微信:dk2233"
    assert normalize("SD卡坏了") == "sd卡坏了"
    assert normalize("https://dk.com/a zxcv") == "https://dk.com/a zxcv"
    # whole pinyin words likewise, but not inside a link or a longer word
    assert normalize("jianzhi shuadan ri jie 300") == "兼职 刷单 ri jie 300"
    assert normalize("https://jianzhi.com/daikuan") == "https://jianzhi.com/daikuan"
    assert normalize("fanlixyz") == "fanlixyz"


def test_bad_code_points_are_dropped_not_raised():
    assert normalize("a\ud800b\x00c\x1fd") == "ab c d"
    with pytest.raises(TypeError):
        normalize(b"bytes")


def test_idempotent_on_its_output():
    for raw in ["加‌微‌信：ａｂ１２３ 帳戶 ３️⃣", "【工商银行】验证码 123456"]:
        once = normalize(raw)
        assert normalize(once) == once


def test_symbols_inserted_between_words_are_dropped():
    """A symbol between CJK characters twice, or three symbols, is a disguise; one is writing."""
    assert normalize("急✔用✔钱，无✔抵✔押") == "急用钱,无抵押"
    assert normalize("刷★单☆兼🔥职") == "刷单兼职"
    assert normalize("加 ❤ 微 ❤ 信") == "加微信"
    # one emoji, two different ones, symbols at phrase ends, and arrows in a run stay
    assert normalize("好开心😊明天见") == "好开心😊明天见"
    assert normalize("今天😊开心,明天🌞见") == "今天😊开心,明天🌞见"
    assert normalize("💰兼职💰 收到👍") == "💰兼职💰 收到👍"
    assert normalize("价格↑↑涨") == "价格↑↑涨"


def test_bulk_sms_placeholders_read_as_mou():
    assert normalize("尊敬的XXX先生，XX月XX日起xx元") == "尊敬的某先生,某月某日起某元"
    assert normalize("xxl码 box") == "xxl码 box"
