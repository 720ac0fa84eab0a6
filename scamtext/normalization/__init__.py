"""Text normalisation: undo the disguises scammers use to slip past filters.

The same function runs before training and before classification, so the model
only ever sees normalised text. In order, :func:`normalize`

1. drops zero-width characters, variation selectors and keycap marks
   (``3️⃣`` becomes ``3``) and folds circled / emoji digits to ASCII digits;
2. applies Unicode NFKC (full-width letters and digits become ASCII, compatibility
   forms fold) and lower-cases Latin letters;
3. converts traditional text to simplified with mainland wording through OpenCC's
   ``tw2sp`` conversion (the ``opencc`` package), called only when the text has a
   traditional-only character (found with a table derived from OpenCC at first use);
4. writes numbers spelled out in Chinese numerals (``二九三八四七五``, ``幺三八 零零…``,
   at least six of them, one separator allowed between two) as digits, so that a QQ or
   phone number read out or typed in numerals is a number to the entity extractor;
   shorter runs (``三五百``, ``一二三四五``) stay words;
5. removes decorative separators between CJK characters (``刷·单``, ``加 微 信``), and
   symbols or emoji inserted between CJK characters as a disguise (``无✔抵✔押``,
   ``刷★单☆兼🔥职``): a symbol goes when it stands between two CJK characters twice or
   more, or when three or more such symbols do; one emoji between two words
   (``好开心😊明天见``) stays, because it is how people write;
6. rewrites a curated map of slang and look-alike spellings of contact and money
   terms (``薇信``/``V信``/``vx`` → ``微信``, ``扣扣`` → ``qq``, ``带款`` → ``贷款``,
   ``征x`` → ``征信``; pinyin initials such as ``dk``, ``zx``, ``sd`` only as a word of
   their own and not as the start of an id like ``dk2233``), see :data:`SLANG`;
7. writes bulk-SMS placeholders (``XXX``, ``xx元``, ``XX月XX日``) as ``某``, the word they
   stand for, so a template's placeholder does not look like a feature of one class;
8. folds runs of repeated punctuation and white space.

Digits, URLs and Latin words are kept, because the entity extractor and the model use them.
"""

from __future__ import annotations

import re
import threading
import unicodedata

__all__ = ["normalize", "to_simplified", "SLANG"]

# Invisible characters: zero-width space/joiners, word joiner, BOM, soft hyphen,
# variation selectors, the combining keycap, bidi controls.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x20E3, 0x180E, 0x200E, 0x200F]
    + list(range(0xFE00, 0xFE10)) + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)),
    None,
)
# Digit look-alikes NFKC leaves alone (or maps to something else).
_DIGITS = {}
for _base, _chars in ((0, "⓪🄀"), (1, "①⑴⒈❶➀➊"), (2, "②⑵⒉❷➁➋"), (3, "③⑶⒊❸➂➌"), (4, "④⑷⒋❹➃➍"),
                      (5, "⑤⑸⒌❺➄➎"), (6, "⑥⑹⒍❻➅➏"), (7, "⑦⑺⒎❼➆➐"), (8, "⑧⑻⒏❽➇➑"), (9, "⑨⑼⒐❾➈➒")):
    for _c in _chars:
        _DIGITS[ord(_c)] = str(_base)
_DIGITS.update({0x1F51F: "10", 0x24EA: "0"})
_HALFWIDTH = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}  # exactly NFKC's mapping
_HALFWIDTH[0x3000] = " "
_PRE_TABLE = {**_INVISIBLE, **_DIGITS, **_HALFWIDTH, 0x2795: "+"}
_PRE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _PRE_TABLE) + "]")
_PRE_BY_CHAR = {chr(c): v or "" for c, v in _PRE_TABLE.items()}

# Slang and look-alike spellings, matched after NFKC + lower-casing + t2s.
# Only unambiguous forms are listed: 企鹅 alone (the animal) or 卫星 are not rewritten,
# only when a number or 号 follows.
SLANG: dict[str, str] = {
    "薇信": "微信", "威信": "微信", "徽信": "微信", "微芯": "微信", "维信": "微信", "v信": "微信",
    "wei信": "微信", "vx": "微信", "wx": "微信", "v❤": "微信", "薇❤": "微信", "加v": "加微信",
    "+v": "加微信", "➕v": "加微信", "加薇": "加微信", "绿泡泡": "微信",
    "扣扣": "qq", "抠抠": "qq", "口口": "qq", "球球号": "qq号", "企鹅号": "qq号", "企鹅群": "qq群",
    "带款": "贷款", "dai款": "贷款", "代款": "贷款", "袋款": "贷款", "贷k": "贷款",
    "yhk": "银行卡", "银hang卡": "银行卡", "刷dan": "刷单", "s单": "刷单", "佣j": "佣金",
    "菠菜": "博彩", "博cai": "博彩", "bc平台": "博彩平台",
    "ｕｓｄｔ": "usdt", "u币": "usdt", "泰达币": "usdt",
    "加+": "加", "+微信": "加微信", "+qq": "加qq",
    "weixin": "微信", "wei xin": "微信", "v♥": "微信", "薇♥": "微信",
    "征x": "征信", "征xin": "征信", "秒p": "秒批",
    # pinyin initials, only as a word of their own (see _slang_regex) and not before a
    # digit, where they would be part of an account id ("dk2233"); "sd卡" is a memory card
    "dk": "贷款", "zx": "征信", "xyk": "信用卡", "sd": "刷单", "sfz": "身份证",
    # whole words in pinyin, also only as words of their own
    "jianzhi": "兼职", "shuadan": "刷单", "daikuan": "贷款", "zhengxin": "征信", "fanli": "返利",
    "xinyongka": "信用卡", "yinhangka": "银行卡",
}
# Characters that may not follow a key for it to count as slang, beyond the Latin rule.
_NOT_BEFORE = {"dk": "0-9", "zx": "0-9", "xyk": "0-9", "sd": "0-9卡", "sfz": "0-9"}


def _slang_regex(keys) -> re.Pattern:
    """One alternation per first character (a one-level trie: Python's re has none), longest
    key first. Latin ends must not be glued to other Latin letters or digits: ``wx`` is slang,
    the ``wx`` inside ``wxyz.com`` is not."""
    by_first: dict[str, list[str]] = {}
    for key in sorted(keys, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key[1:])
    latin = "[a-z0-9./\\-]"
    parts = []
    for first, rests in by_first.items():
        head = re.escape(first)
        if first.isascii() and first.isalnum():
            head += f"(?<!{latin}{re.escape(first)})"
        alts = []
        for rest in rests:
            last = rest[-1] if rest else first
            # not the start of a longer key ("加薇" in "加薇信" is "加" + "薇信")
            onward = "".join(k[1] for k in keys if k[0] == last and len(k) > 1)
            extra = _NOT_BEFORE.get(first + rest, "")
            if last.isascii() and last.isalnum():
                # and Latin slang not glued to more Latin ("wx" in "wxyz.com")
                tail = f"(?![a-z./\\-{re.escape(onward)}{extra}])"
            else:
                tail = f"(?![{re.escape(onward)}{extra}])" if onward or extra else ""
            alts.append(re.escape(rest) + tail)
        parts.append(head + "(?:" + "|".join(alts) + ")")
    return re.compile("|".join(parts))


_SLANG_RE = _slang_regex(SLANG)

_CJK = r"\u4e00-\u9fff"
# One or more separators (not sentence punctuation) before a CJK character; whether a CJK
# character also precedes them is checked in _unseparate. (A leading look-behind would cost
# more: the regex engine could no longer skip ahead to the next separator.)
_SEPARATED_RE = re.compile(rf"[\s·•・.\-_*~|丨/\\^#`'\"]+(?=[{_CJK}])")
# Symbol blocks (arrows, maths, technical, geometric shapes, dingbats, ★♥✔❤, emoji); not
# CJK punctuation, letters or digits.
_SYMBOLS = "\u2190-\u23ff\u25a0-\u27bf\u2900-\u2bff\u203b\U0001f000-\U0001faff"
_SYMBOL_ANY_RE = re.compile(f"[{_SYMBOLS}]")
_SYMBOL_BETWEEN_RE = re.compile(rf"(?<=[{_CJK}]) ?([{_SYMBOLS}]+) ?(?=[{_CJK}])")
# Chinese numerals as digits (幺 is how 1 is read out in phone numbers); six or more in a
# run, with at most one separator between two, are a spelled-out number
_NUMERAL_DIGIT = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "幺": "1"}
_NUMERAL = "[" + "".join(_NUMERAL_DIGIT) + "]"
_NUMERALS_RE = re.compile(rf"{_NUMERAL}(?:[\s·•・.\-_*~|丨]?{_NUMERAL}){{5,}}")
_PLACEHOLDER_RE = re.compile(r"(?<![a-z])x{2,}(?![a-z])")
_REPEAT_PUNCT_RE = re.compile(r"([!?。，,.~…！？、；;：:—\-=*#])\1+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")

_t2s: tuple | None = None
_t2s_lock = threading.Lock()


def _load_t2s():
    """OpenCC's Taiwan-to-mainland converter and a regex that finds the characters it changes."""
    import opencc

    converter = opencc.OpenCC("tw2sp")
    chars = [chr(c) for c in range(0x3400, 0xA000)] + [chr(c) for c in range(0xF900, 0xFB00)]
    # One call, one character a line, so no phrase rule fires: this lists exactly the
    # characters that are traditional-only.
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - defensive: OpenCC changed behaviour
        raise RuntimeError("OpenCC returned a different number of characters")
    changed = "".join(src for src, dst in zip(chars, converted) if dst != src)
    return converter, re.compile("[" + re.escape(changed) + "]")


def _traditional():
    global _t2s
    if _t2s is None:
        with _t2s_lock:
            if _t2s is None:
                _t2s = _load_t2s()
    return _t2s


def to_simplified(text: str) -> str:
    """Traditional → simplified with mainland wording (OpenCC ``tw2sp``: 網路→网络, 簡訊→短信).

    Text without traditional-only characters is returned as is, without calling OpenCC.
    """
    converter, finder = _traditional()
    return converter.convert(text) if finder.search(text) else text


def normalize(text: str) -> str:
    """Return ``text`` with disguises undone (see the module docstring).

    Lone surrogates and control characters are removed, never raised on. Each step
    first checks cheaply whether it has anything to do, because most messages need
    only one or two of them.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() expects str, got {type(text).__name__}")
    # invisible characters, digit look-alikes, and what NFKC does to full-width forms
    # (Chinese text is full of ，：！？): only the matched characters are looked up, which
    # costs less than NFKC or str.translate over the whole text
    text = _PRE_RE.sub(_pre_replacement, text)
    if _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub("", text)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.lower()
    if _CONTROL_RE.search(text):
        text = _CONTROL_RE.sub(" ", text)
    text = to_simplified(text)
    # before separators go: "二九三八 四七五 详聊" keeps the space after the number
    text = _NUMERALS_RE.sub(_numeral_digits, text)
    text = _SEPARATED_RE.sub(_unseparate, text)
    if _SYMBOL_ANY_RE.search(text):
        text = _drop_inserted_symbols(text)
    text = _SLANG_RE.sub(_slang_replacement, text)
    if "xx" in text:
        text = _PLACEHOLDER_RE.sub("某", text)
    if _REPEAT_PUNCT_RE.search(text):
        text = _REPEAT_PUNCT_RE.sub(r"\1", text)
    return " ".join(text.split())


def _drop_inserted_symbols(text: str) -> str:
    """Remove symbols inserted between CJK characters as a disguise (see step 5)."""
    between = _SYMBOL_BETWEEN_RE.findall(text)
    if len(between) >= 3 or (len(between) == 2 and between[0] == between[1]):
        return _SYMBOL_BETWEEN_RE.sub("", text)
    return text


def _unseparate(match: re.Match) -> str:
    """Drop separators that stand between two CJK characters (``刷·单``, ``加 微 信``)."""
    start = match.start()
    return "" if start and "\u4e00" <= match.string[start - 1] <= "\u9fff" else match.group(0)


def _numeral_digits(match: re.Match) -> str:
    """The digits of a run of numerals; the separators inside the run are dropped."""
    return "".join(_NUMERAL_DIGIT.get(c, "") for c in match.group(0))


def _pre_replacement(match: re.Match) -> str:
    return _PRE_BY_CHAR[match.group(0)]


def _slang_replacement(match: re.Match) -> str:
    return SLANG[match.group(0)]
