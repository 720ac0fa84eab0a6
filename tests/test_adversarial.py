"""The adversarial perturbations disguise text the way scammers do, and normalisation
undoes the ones that only change the form of the text."""

from __future__ import annotations

import random

import pytest

from scamtext.entities import extract_entities
from scamtext.evaluate.adversarial import PERTURBATIONS, numerals, perturb
from scamtext.normalization import normalize

TEXTS = ["兼职刷单日结，加QQ 2938475 详聊，一单返佣金", "您的银行卡涉嫌洗钱，请拨打 13800138000 配合调查",
         "明天下午三点开会，记得带上周报"]


def _contacts(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.value) for e in extract_entities(normalize(text))]


@pytest.mark.parametrize("name", sorted(PERTURBATIONS))
def test_perturbations_are_deterministic_and_change_scam_texts(name):
    once, again = perturb(TEXTS, name, seed=3), perturb(TEXTS, name, seed=3)
    assert once == again and len(once) == len(TEXTS)
    assert once[0] != TEXTS[0]


@pytest.mark.parametrize("name", ["fullwidth", "separators", "numerals"])
def test_normalisation_undoes_form_only_disguises(name):
    for clean, disguised in zip(TEXTS, perturb(TEXTS, name, seed=1)):
        assert normalize(disguised) == normalize(clean)
        assert _contacts(disguised) == _contacts(clean)


def test_numerals_spell_long_digit_runs_only():
    text = numerals("QQ 2938475，价格 300 元", random.Random(0))
    assert "300" in text and "2938475" not in text
    assert set(text.split("，")[0][3:].replace(" ", "")) <= set("零一二三四五六七八九幺")


def test_unknown_perturbation_is_refused():
    with pytest.raises(ValueError, match="unknown perturbation"):
        perturb(TEXTS, "rot13")
