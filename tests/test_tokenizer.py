"""Tokenisation: scam dictionary words stay whole; jieba stays quiet; init is once and thread-safe."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from scamtext.tokenizer import Tokenizer, user_words

DOMAIN_WORDS = ["安全账户", "刷单", "解冻金", "百万保障", "备用金", "屏幕共享"]


@pytest.mark.parametrize("engine", ["rjieba", "jieba"])
def test_domain_words_are_single_tokens(engine):
    tok = Tokenizer(engine)
    text = "请把钱转到安全账户，刷单要交解冻金，开通了百万保障，借呗备用金，打开屏幕共享"
    tokens = tok.cut(text)
    for word in DOMAIN_WORDS:
        assert word in tokens, (engine, word, tokens)
    assert "".join(tokens) == text


def test_engines_agree_on_the_dictionary_words():
    fast, ref = Tokenizer("rjieba"), Tokenizer("jieba")
    for word in user_words():
        assert fast.cut(f"，{word}。") == ref.cut(f"，{word}。") == ["，", word, "。"], word


def test_unknown_engine_is_rejected():
    with pytest.raises(ValueError, match="unknown tokenizer engine"):
        Tokenizer("spacy")


def test_jieba_engine_prints_nothing_to_stderr(tmp_path):
    code = "from scamtext.tokenizer import Tokenizer; print(Tokenizer('jieba').cut('安全账户'))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 0 and "安全账户" in r.stdout
    assert r.stderr == ""


def test_initialisation_is_once_and_thread_safe(monkeypatch):
    import scamtext.tokenizer as mod

    calls = []
    real = mod._make_rjieba

    def counting():
        calls.append(1)
        return real()

    monkeypatch.setattr(mod, "_make_rjieba", counting)
    tok = Tokenizer("rjieba")
    results = []
    threads = [threading.Thread(target=lambda: results.append(tok.cut("刷单返利"))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert all(r == results[0] for r in results) and len(results) == 8


def test_tokenizer_pickles_without_its_engine():
    import pickle

    tok = Tokenizer("rjieba")
    tok.cut("初始化")
    clone = pickle.loads(pickle.dumps(tok))
    assert clone.cut("安全账户") == ["安全账户"]
