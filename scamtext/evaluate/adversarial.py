"""Adversarial evaluation: the disguises scammers use, applied to held-out messages.

Each perturbation takes a text and a ``random.Random`` and returns the disguised text:

``traditional``   simplified → traditional with Taiwan wording (OpenCC ``s2twp``)
``fullwidth``     ASCII letters and digits → full-width forms
``separators``    zero-width spaces, dots or spaces between Chinese characters
``slang``         contact / money words → slang (微信→薇信/V信/vx, QQ→扣扣, 贷款→带款/dk, 银行卡→yhk,
                  刷单→刷dan/sd, 征信→zx) and digit runs → emoji keycaps (3️⃣0️⃣0️⃣)
``numerals``      digit runs of six or more (QQ, phone, account numbers) spelled in Chinese
                  numerals, 1 sometimes as 幺, a space now and then (``二九三八 四七五``)
``emoji``         emoji noise inserted at random positions
``combined``      all of the above: numerals, slang, traditional, full-width, separators, emoji

:func:`adversarial_report` classifies the clean and each perturbed version of the same
messages and reports accuracy and scam recall for each, with the drop from clean.
"""

from __future__ import annotations

import random
import re
import threading

import numpy as np

from .metrics import binary_rates

__all__ = ["PERTURBATIONS", "perturb", "adversarial_report", "traditional", "fullwidth", "separators", "slang",
           "numerals", "emoji_noise", "combined"]

_s2t = None
_s2t_lock = threading.Lock()


def traditional(text: str, rng: random.Random | None = None) -> str:
    global _s2t
    if _s2t is None:
        with _s2t_lock:
            if _s2t is None:
                import opencc

                _s2t = opencc.OpenCC("s2twp")
    return _s2t.convert(text)


def fullwidth(text: str, rng: random.Random | None = None) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


_SEPARATORS = ["\u200b", "\u200c", "·", ".", " ", "*", "丨", "★", "❤"]


def separators(text: str, rng: random.Random) -> str:
    sep = rng.choice(_SEPARATORS)
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if "\u4e00" <= ch <= "\u9fff" and "\u4e00" <= nxt <= "\u9fff" and rng.random() < 0.3:
            out.append(sep)
    return "".join(out)


_SLANG = {
    "微信": ["薇信", "V信", "vx", "威信", "徽信"], "QQ": ["扣扣", "企鹅号"], "qq": ["扣扣", "抠抠"],
    "贷款": ["带款", "dai款", " dk "], "银行卡": ["yhk", "银hang卡"], "刷单": ["刷dan", "s单", " sd "], "博彩": ["菠菜"],
    "征信": ["征x", " zx "], "信用卡": [" xyk "],
}
_SLANG_RE = re.compile("|".join(map(re.escape, _SLANG)))
_KEYCAP = {str(d): f"{d}\ufe0f\u20e3" for d in range(10)}


def slang(text: str, rng: random.Random) -> str:
    text = _SLANG_RE.sub(lambda m: rng.choice(_SLANG[m.group(0)]), text)
    return re.sub(r"[0-9]{3,}", lambda m: "".join(_KEYCAP[c] for c in m.group(0)), text)


_NUMERALS = "零一二三四五六七八九"


def numerals(text: str, rng: random.Random) -> str:
    def spell(match: re.Match) -> str:
        out = []
        for i, digit in enumerate(match.group(0)):
            if i and rng.random() < 0.15:
                out.append(" ")
            out.append("幺" if digit == "1" and rng.random() < 0.5 else _NUMERALS[int(digit)])
        return "".join(out)

    return re.sub(r"[0-9]{6,}", spell, text)


_EMOJI = ["🔥", "💰", "🎁", "✨", "👉", "❤️", "🧧", "⭐", "😊", "📢"]


def emoji_noise(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(max(1, len(chars) // 15)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(_EMOJI))
    return "".join(chars)


def combined(text: str, rng: random.Random) -> str:
    for fn in (numerals, slang, traditional, fullwidth, separators, emoji_noise):
        text = fn(text, rng)
    return text


PERTURBATIONS = {"traditional": traditional, "fullwidth": fullwidth, "separators": separators,
                 "slang": slang, "numerals": numerals, "emoji": emoji_noise, "combined": combined}


def perturb(texts, name: str, seed: int = 0) -> list[str]:
    """``texts`` with perturbation ``name`` applied (deterministic for a seed)."""
    if name not in PERTURBATIONS:
        raise ValueError(f"unknown perturbation {name!r}; choose from {', '.join(PERTURBATIONS)}")
    rng = random.Random(seed)
    return [PERTURBATIONS[name](t, rng) for t in texts]


def adversarial_report(clf, texts, labels, *, seed: int = 0, perturbations=None) -> dict:
    """Accuracy and scam recall of ``clf`` on clean and perturbed ``texts`` (see module docs)."""
    names = list(perturbations or PERTURBATIONS)
    rows = []
    clean_acc = clean_recall = None
    for name in ["clean", *names]:
        variant = list(texts) if name == "clean" else perturb(texts, name, seed)
        pred = [p.label for p in clf.classify(variant, evidence=0)]
        acc = float(np.mean([a == b for a, b in zip(labels, pred)]))
        rates = binary_rates(labels, pred)
        if name == "clean":
            clean_acc, clean_recall = acc, rates["scam_recall"]
        rows.append({"perturbation": name, "accuracy": acc, "scam_recall": rates["scam_recall"],
                     "false_positive_rate": rates["false_positive_rate"],
                     "accuracy_drop": clean_acc - acc, "scam_recall_drop": clean_recall - rates["scam_recall"]})
    single = [r["accuracy_drop"] for r in rows if r["perturbation"] not in ("clean", "combined")]
    combo = [r["accuracy_drop"] for r in rows if r["perturbation"] == "combined"]
    return {"n": len(texts), "rows": rows, "worst_single_drop": max(single) if single else None,
            "combined_drop": combo[0] if combo else None}
