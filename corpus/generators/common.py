"""Shared vocabularies and slot helpers for the corpus generators.

Every list here was written for this project. A generator module in this folder
defines ``LABEL`` (a taxonomy id) and ``generate(rng) -> list[dict]``; ``build.py``
runs each one with a fixed seed and writes ``corpus/<LABEL>/generated_<module>.jsonl``.

Records are built with :func:`record`; the ``source`` of a generated record is
``gen:<module>:<template id>`` so that the evaluation split can hold out whole
templates.
"""

from __future__ import annotations

import random
import re
import string

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔")
GIVEN = [
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
    "霞", "平", "刚", "桂英", "晓东", "海燕", "建华", "志强", "丽华", "春梅", "子涵", "浩然", "雨桐", "一鸣",
    "思远", "佳怡", "梓萱", "宇航", "欣怡", "俊杰", "婷婷", "国庆", "文博", "嘉怡", "晨曦", "天宇", "美玲",
]
CITIES = [
    "北京", "上海", "广州", "深圳", "杭州", "成都", "重庆", "武汉", "西安", "南京", "苏州", "长沙", "郑州",
    "济南", "青岛", "合肥", "福州", "厦门", "昆明", "南宁", "贵阳", "哈尔滨", "长春", "沈阳", "大连", "石家庄",
    "太原", "兰州", "乌鲁木齐", "南昌", "海口", "温州", "佛山", "东莞", "无锡", "宁波", "泉州", "洛阳", "绵阳",
]
BANKS = [
    "工商银行", "建设银行", "农业银行", "中国银行", "交通银行", "招商银行", "邮储银行", "浦发银行", "中信银行",
    "民生银行", "兴业银行", "光大银行", "平安银行", "广发银行", "华夏银行", "北京银行", "宁波银行",
]
SHOPS = ["淘宝", "天猫", "京东", "拼多多", "抖音商城", "快手小店", "唯品会", "闲鱼", "苏宁易购", "小红书", "得物"]
COURIERS = ["顺丰", "中通", "圆通", "韵达", "申通", "极兔", "邮政EMS", "京东物流", "德邦"]
AIRLINES = ["南方航空", "东方航空", "国航", "海南航空", "四川航空", "厦门航空", "春秋航空", "吉祥航空"]
PAY_APPS = ["支付宝", "微信", "云闪付", "京东金融", "美团月付", "抖音月付"]
MEETING_APPS = ["腾讯会议", "钉钉", "飞书会议", "Zoom", "瞩目", "小鱼易连"]
SCAM_APPS = ["易信通", "畅聊", "币圈通", "云聊", "信达", "蝙蝠", "Telegram", "Skype", "ToTalk", "事密达"]
GAMES = ["王者荣耀", "和平精英", "原神", "英雄联盟", "梦幻西游", "第五人格", "蛋仔派对", "逆水寒", "永劫无间", "CF手游"]

TLDS = [".com", ".cn", ".top", ".xyz", ".vip", ".cc", ".net", ".icu", ".shop", ".club"]
SHORTENERS = ["t.cn", "dwz.cn", "url.cn", "suo.im", "s.id"]


def pick(rng: random.Random, options):
    """One element of ``options``."""
    return options[rng.randrange(len(options))]


def person(rng: random.Random) -> str:
    """A plausible Chinese full name."""
    return pick(rng, SURNAMES) + pick(rng, GIVEN)


def mobile(rng: random.Random) -> str:
    """An 11-digit mainland mobile number."""
    head = pick(rng, ["13", "15", "17", "18", "19", "16", "14"])
    return head + "".join(rng.choice(string.digits) for _ in range(9))


def landline(rng: random.Random) -> str:
    """A landline with area code, or a 400/950xx service number."""
    kind = rng.random()
    if kind < 0.3:
        return "400-" + "".join(rng.choice(string.digits) for _ in range(3)) + "-" + "".join(
            rng.choice(string.digits) for _ in range(4))
    area = pick(rng, ["010", "021", "020", "0755", "0571", "028", "023", "027", "029", "025", "0731", "0371"])
    return area + "-" + "".join(rng.choice(string.digits) for _ in range(8))


def digits(rng: random.Random, n: int) -> str:
    """``n`` random digits (first one non-zero)."""
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def money(rng: random.Random, lo: int, hi: int, step: int = 1) -> str:
    """An amount between ``lo`` and ``hi`` written the ways people write it."""
    value = rng.randrange(lo, hi + 1, step)
    style = rng.random()
    if style < 0.45:
        return f"{value}元"
    if style < 0.6 and value >= 10000 and value % 10000 == 0:
        return f"{value // 10000}万"
    if style < 0.75:
        return f"{value:,}元"
    if style < 0.9:
        return f"￥{value}"
    return f"{value}块"


def scam_url(rng: random.Random, words=("kf", "tk", "vip", "pay", "etc", "bank", "yz", "hd")) -> str:
    """A throw-away scam-style link."""
    if rng.random() < 0.25:
        return "http://" + pick(rng, SHORTENERS) + "/" + "".join(
            rng.choice(string.ascii_letters + string.digits) for _ in range(6))
    name = pick(rng, list(words)) + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(rng.randint(2, 5)))
    path = "" if rng.random() < 0.5 else "/" + "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 4)))
    scheme = pick(rng, ["http://", "https://", "", "www."])
    return scheme + name + pick(rng, TLDS) + path


def qq(rng: random.Random) -> str:
    return digits(rng, rng.randint(8, 10))


def wechat_id(rng: random.Random) -> str:
    letters = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 6)))
    return letters + digits(rng, rng.randint(3, 6)) if rng.random() < 0.8 else letters + "_" + digits(rng, 4)


_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in string.digits + string.ascii_letters}
_KEYCAP = {d: d + "\ufe0f\u20e3" for d in string.digits}
_CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨"))


def disguise_digits(rng: random.Random, value: str) -> str:
    """Write a number the way filters miss it: full-width, keycap emoji, circled, spaced."""
    style = rng.randrange(5)
    if style == 0:
        return "".join(_FULLWIDTH.get(c, c) for c in value)
    if style == 1:
        return "".join(_KEYCAP.get(c, c) for c in value)
    if style == 2:
        return "".join(_CIRCLED.get(c, c) for c in value)
    if style == 3:
        return " ".join(value)
    return "-".join(value[i:i + 3] for i in range(0, len(value), 3))


WECHAT_ALIASES = ["微信", "V信", "薇信", "威信", "VX", "vx", "wx", "徽信", "卫星", "V", "➕V", "加薇", "绿色软件"]
QQ_ALIASES = ["QQ", "扣扣", "企鹅", "Q", "球球", "抠抠"]


def contact(rng: random.Random, disguised: bool | None = None) -> str:
    """An 'add me' phrase with a WeChat id, QQ number or phone, disguised or plain."""
    if disguised is None:
        disguised = rng.random() < 0.5
    kind = rng.randrange(3)
    if kind == 0:
        alias = pick(rng, WECHAT_ALIASES) if disguised else "微信"
        value = wechat_id(rng)
        if disguised and rng.random() < 0.5:
            value = "".join(_FULLWIDTH.get(c, c) for c in value)
    elif kind == 1:
        alias = pick(rng, QQ_ALIASES) if disguised else "QQ"
        value = qq(rng)
        if disguised:
            value = disguise_digits(rng, value)
    else:
        alias = pick(rng, ["电话", "手机", "☎", "📞", "热线"]) if disguised else "电话"
        value = mobile(rng)
        if disguised:
            value = disguise_digits(rng, value)
    verb = pick(rng, ["加", "添加", "联系", "加我", "➕", "+", "私", "找"])
    sep = pick(rng, ["：", ":", " ", "", "👉"])
    return f"{verb}{alias}{sep}{value}"


def separate(rng: random.Random, text: str, rate: float = 0.3) -> str:
    """Insert zero-width or decorative separators between some CJK characters."""
    seps = ["\u200b", "\u200c", "\u200d", "·", ".", " ", "*", "丨", "/"]
    sep = pick(rng, seps)
    out = []
    for ch in text:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < rate:
            out.append(sep)
    return "".join(out)


def sms_sign(rng: random.Random, names) -> str:
    """An SMS 【signature】 from ``names``."""
    return "【" + pick(rng, list(names)) + "】"


def unsubscribe(rng: random.Random) -> str:
    return pick(rng, ["回T退订", "拒收请回复R", "退订回T", "回TD退订", "回N退订", "退订请回复TD", ""])


def record(text: str, label: str, channel: str, source: str, tags=()) -> dict:
    """One corpus row. ``channel`` is sms, chat, call or post."""
    if channel not in {"sms", "chat", "call", "post"}:
        raise ValueError(f"bad channel {channel!r}")
    row = {"text": text, "label": label, "channel": channel, "source": source}
    if tags:
        row["tags"] = sorted(set(tags))
    return row


_MASK_RE = re.compile(r"[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ]+")


def trigrams(text: str, ignore_punctuation: bool = False) -> set[str]:
    """Character trigrams of ``text`` with digit and Latin runs masked (as the corpus checker
    does) and white space dropped; ``ignore_punctuation`` drops punctuation and emoji too."""
    masked = _MASK_RE.sub("#", text)
    masked = re.sub(r"[\W_]+" if ignore_punctuation else r"\s+", "", masked)
    return {masked[i:i + 3] for i in range(max(1, len(masked) - 2))}


class NearDupPool:
    """Keeps only texts that are not near-duplicates (trigram Jaccard >= ``limit``) of kept ones.

    Generators use a stricter ``limit`` than the checker's 0.7, so their output stays varied.
    """

    def __init__(self, limit: float = 0.5, ignore_punctuation: bool = False):
        self.limit = limit
        self.ignore_punctuation = ignore_punctuation
        self.kept: list[set[str]] = []

    def add(self, text: str, limit: float | None = None) -> bool:
        """Keep ``text`` and return True, unless it repeats a kept text (at ``limit``, the
        pool's own unless given for this text)."""
        grams = trigrams(text, self.ignore_punctuation)
        limit = self.limit if limit is None else limit
        for other in self.kept:
            if len(grams & other) >= limit * len(grams | other):
                return False
        self.kept.append(grams)
        return True


def length_tags(text: str, tags=()) -> list[str]:
    """``tags`` plus ``short`` (< 15 characters) or ``long`` (> 150 characters)."""
    out = list(tags)
    if len(text) < 15:
        out.append("short")
    if len(text) > 150:
        out.append("long")
    return out


def take_templates(rng: random.Random, templates: dict, label: str, module: str, tidy=None,
                   tries_per_row: int = 40, limit: float = 0.5) -> list[dict]:
    """Rows from ``templates`` (``{template_id: (make, wanted)}``, ``make(rng)`` returning
    ``(text, channel, tags)``): each template is called until it gave ``wanted`` rows that
    are not near-duplicates of any row kept so far, or ``wanted * tries_per_row`` times.
    ``tidy(text)`` cleans the text first (e.g. doubled punctuation left by empty slots)."""
    pool = NearDupPool(limit)
    rows = []
    for tid, (make, wanted) in templates.items():
        got = tries = 0
        while got < wanted and tries < wanted * tries_per_row:
            tries += 1
            text, channel, tags = make(rng)
            if tidy is not None:
                text = tidy(text)
            if not pool.add(text):
                continue
            rows.append(record(text, label, channel, f"gen:{module}:{tid}", length_tags(text, tags)))
            got += 1
    return rows


def separate_word(rng: random.Random, text: str, tags: set, words, rate: float) -> str:
    """With probability ``rate``, split the first of ``words`` found in ``text`` with a
    separator (刷单 → 刷·单) and tag the row ``disguised``."""
    if rng.random() < rate:
        for w in words:
            if w in text:
                tags.add("disguised")
                sep = pick(rng, ["·", ".", " ", "*", "丨", "/", "\u200b", "-"])
                return text.replace(w, sep.join(w), 1)
    return text


def resolve_pending_tags(text: str, tags: set) -> set:
    """Turn pending ``?<contact>`` marks into ``disguised`` when that disguised contact
    phrase made it into the final text (templates may drop the slot)."""
    for t in [t for t in tags if t.startswith("?")]:
        tags.discard(t)
        if t[1:] in text:
            tags.add("disguised")
    return tags


def take_distinct(rng: random.Random, templates, tries_per_row: int = 50) -> list[dict]:
    """Rows from ``templates`` (``[(make, wanted)]``, ``make(rng)`` returning a row): each
    template is called until it gave ``wanted`` rows with new texts, or ``wanted *
    tries_per_row`` times."""
    rows, seen = [], set()
    for make, wanted in templates:
        made = tries = 0
        while made < wanted and tries < wanted * tries_per_row:
            tries += 1
            row = make(rng)
            if row["text"] in seen:
                continue
            seen.add(row["text"])
            rows.append(row)
            made += 1
    return rows
