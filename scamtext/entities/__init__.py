"""Entity extraction: the links, numbers and contacts a scam message carries.

Runs on normalised text (see :mod:`scamtext.normalization`), so disguised forms such as
``V信：ａｂｃ１２３``, ``1️⃣3️⃣8️⃣…`` or ``扣扣①②③`` are found too. Each entity has a
``kind`` and a canonical ``value``:

===========  ==================================================================
kind         value
===========  ==================================================================
url          the link as written (lower-case), trailing punctuation dropped
mobile       11 digits of a mainland mobile number
phone        digits of a landline (with area code), 400/800 or 95xxx/96xxx/1xxxx number
qq           digits of a QQ number given as a contact
wechat       a WeChat id (or the number) given as a contact
bank_card    16-19 digits presented as a card or account number
money        amount in yuan as a plain number string ("2万" → "20000")
app          an app the text asks the reader to download or install
===========  ==================================================================

Anti-fraud staff block numbers and domains with these, so precision comes first:
numbers need context (a QQ number needs "QQ", a card number needs 卡号/账户 words or
a valid Luhn checksum), and order numbers, tracking numbers, ID numbers, dates and
codes are excluded.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Entity", "extract_entities", "mask_entities", "OFFICIAL_DOMAINS", "is_official_domain"]


class Entity(NamedTuple):
    """One extracted entity: ``kind`` (see module docs) and its canonical ``value``."""

    kind: str
    value: str
    start: int
    end: int


_TLDS = frozenset((
    "com cn net org top xyz vip cc icu shop club info me io ly co app site online tk ml ga live link fun "
    "work ink ren pro biz wang store tech hk tw gov edu mobi asia im id la to gg bet win cash game loan "
    "xin cloud vip club fit kim men run space world today red ltd group plus cyou bar buzz mom"
).split())
# A candidate is a maximal run of URL characters (linear to scan: nothing after the
# greedy part can force backtracking); _is_url() then decides.
_URL_CAND_RE = re.compile(r"[a-z0-9][\w\-.~/?#@!$&*+;=%:]*", re.ASCII)
_HOST_RE = re.compile(r"(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+([a-z]{2,6})(?::\d+)?", re.ASCII)
_TRAILING = ".,;:!?)'\"-_"

# A run of digits with single separators (space, dash, dot, comma) between them,
# optionally after a currency sign. Every number entity is read off these runs, so
# the text is scanned for numbers once.
_NUM_RUN_RE = re.compile(r"\d(?:\d|[ \-.]{1,3}(?=\d)|,(?=\d{3}(?!\d)))*")
_CURRENCY_RE = re.compile(r"(?:[￥¥]|rmb)\s*$")
_LANDLINE_RE = re.compile(r"0\d{2,3}[ \-]?\d{3,4}[ \-]?\d{4}|[48]00\d?[ \-]?\d{3}[ \-]?\d{3,4}")
_MOBILE_RE = re.compile(r"1[ \-.]{0,3}[3-9](?:[ \-.]{0,3}\d){9}")
_CARD_RE = re.compile(r"\d{4,6}(?:[ \-]?\d{1,6})*")
_MONEY_UNIT_RE = re.compile(r"\s*(万元|万|元|块钱|块|rmb)")
# "2万" is money, "2万件" or "10万+阅读" is not
_NOT_MONEY_AFTER_WAN = set("+次件人个条份单台辆套名户字步平亩粉阅转赞播册张家只位吨斤")
_CALL_CONTEXT_RE = re.compile(r"(电话|致电|拨打|热线|客服|来电|号码|专线|请打|回拨|详询|咨询|查询|联系|拨|call)")
_QQ_RE = re.compile(r"(?<![a-z])(?:qq|q号|q群|q)(?:号码?|群|号是|群号)?(?:联系|私聊|加)?[\s:：是为=]*"
                    r"(?<![0-9])([1-9](?:[ ]?\d){4,10})(?![0-9])")
_WECHAT_RE = re.compile(
    r"(?:微信|wechat)(?:号|id|号码|同号)?[^a-z0-9\n]{0,6}?"
    r"([a-z][a-z0-9_\-]{5,19}|1[3-9]\d{9})(?![a-z0-9_\-])"
)
_CARD_CONTEXT_RE = re.compile(r"(卡号|银行卡|储蓄|信用卡|账号|帐号|账户|帐户|收款|户名|开户|银行|卡|转到|转入|汇到|汇入|打到)")
_NOT_CARD_CONTEXT_RE = re.compile(r"(订单|单号|运单|快递|身份证|流水号|编号|批次|交易号)")
_KNOWN_APPS = ("zoom|skype|telegram|whatsapp|teams|todesk|anydesk|向日葵|钉钉|飞书|腾讯会议|瞩目|小鱼易连|云视讯|易信|"
               "蝙蝠|事密达|imo|tp钱包|imtoken|币安|欧易")
_APP_RE = re.compile(
    rf"(?:下载|安装)(?:一下)?\s*[\"“「『《<【]?({_KNOWN_APPS})(?![a-z0-9])"
    r"|(?:下载|安装|下个|装个|装一个|下一个)(?:一下|一个)?(?:安装)?\s*[\"“「『《<【]?"
    r"([a-z0-9\u4e00-\u9fff]{1,12}?)[\"”」』》>】]?\s*(?:app|软件|客户端|应用)"
    r"|(?:下载|安装)(?:一下)?\s*[\"“「『《<【]([a-z0-9\u4e00-\u9fff ]{1,12}?)[\"”」』》>】]"
)

#: Registered domains of institutions that real notices link to, and the short-link
#: domains that only one brand issues (tb.cn Taobao, 3.cn JD, dpurl.cn Meituan-Dianping;
#: not shared shorteners such as t.cn, which anyone can use). A link elsewhere is
#: "non-official", one of the model's features.
OFFICIAL_DOMAINS = frozenset("""
10086.cn 10010.cn 10010.com 189.cn 12306.cn 12123.gov.cn gov.cn court.gov.cn chinatax.gov.cn
icbc.com.cn ccb.com abchina.com boc.cn bankcomm.com cmbchina.com psbc.com spdb.com.cn citicbank.com
cmbc.com.cn cib.com.cn cebbank.com pingan.com cgbchina.com.cn hxb.com.cn bankofbeijing.com.cn nbcb.com.cn
alipay.com taobao.com tmall.com jd.com pinduoduo.com yangkeduo.com meituan.com ele.me qq.com
weixin.qq.com tencent.com douyin.com kuaishou.com xiaohongshu.com vip.com suning.com dewu.com
sf-express.com ems.com.cn zto.com yto.net.cn yundaex.com sto.cn jtexpress.com.cn cainiao.com
ctrip.com csair.com ceair.com airchina.com.cn hnair.com 95516.com unionpay.com
apple.com mi.com huawei.com baidu.com weibo.com weibo.cn bilibili.com 163.com amap.com ly.com chsi.com.cn
tb.cn 3.cn dpurl.cn
""".split())


def is_official_domain(url: str) -> bool:
    """Whether ``url`` points at (a subdomain of) an :data:`OFFICIAL_DOMAINS` domain."""
    host = re.sub(r"^(?:https?://)?", "", url).split("/", 1)[0].split(":", 1)[0]
    parts = host.split(".")
    return any(".".join(parts[i:]) in OFFICIAL_DOMAINS for i in range(len(parts) - 1))


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _money_value(number: str, wan: bool) -> str:
    number = number.replace(",", "")
    if wan:
        value = float(number) * 10000
        return str(int(value)) if value == int(value) else f"{value:g}"
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number


def extract_entities(text: str) -> list[Entity]:
    """Entities in normalised ``text``, in order of appearance.

    Where two readings overlap the first one found wins, in this order: url, wechat,
    qq, then the numbers (bank card, mobile, landline, service number, money), app.
    """
    found: list[Entity] = []

    def free(start: int, end: int) -> bool:
        return all(end <= e.start or start >= e.end for e in found)

    def add(kind: str, value: str, start: int, end: int) -> None:
        if value and free(start, end):
            found.append(Entity(kind, value, start, end))

    if "." in text:
        for m in _URL_CAND_RE.finditer(text):
            raw = m.group(0).rstrip(_TRAILING)
            if "." in raw and _is_url(raw):
                add("url", raw, m.start(), m.start() + len(raw))
    if "微信" in text or "wechat" in text:
        for m in _WECHAT_RE.finditer(text):
            add("wechat", m.group(1), m.start(1), m.end(1))
    if "q" in text:
        for m in _QQ_RE.finditer(text):
            add("qq", m.group(1).replace(" ", ""), m.start(1), m.end(1))
    for m in _NUM_RUN_RE.finditer(text):
        _read_number(text, m, add)
    if "下" in text or "装" in text:
        for m in _APP_RE.finditer(text):
            name = m.group(m.lastindex).strip()
            if name:
                start = m.start(m.lastindex)
                add("app", name, start, start + len(name))
    found.sort(key=lambda e: e.start)
    return found


def _is_url(raw: str) -> bool:
    if raw.startswith(("http://", "https://")):
        return "." in raw[raw.index("//") + 2:].split("/", 1)[0]
    host = raw.split("/", 1)[0]
    if "@" in host:
        return False  # e-mail address
    m = _HOST_RE.fullmatch(host)
    return bool(m) and (m.group(1) in _TLDS or raw.startswith("www."))


_MONEY_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _read_number(text: str, m: re.Match, add) -> None:
    """Classify one run of digits (see :data:`_NUM_RUN_RE`) and ``add`` what it is."""
    _read_run(text, m.group(0), m.start(), m.end(), add)


def _read_run(text: str, raw: str, start: int, end: int, add) -> bool:
    prev = text[start - 1] if start else ""
    # Digits glued to Latin letters are codes such as g1234, ca1234, iphone15, sf1234567.
    if not (prev.isascii() and prev.isalpha()) or _CURRENCY_RE.search(text, max(0, start - 5), start):
        currency = bool(_CURRENCY_RE.search(text, max(0, start - 5), start))
        unit = _MONEY_UNIT_RE.match(text, end)
        if unit and unit.group(1) == "万" and text[unit.end():unit.end() + 1] in _NOT_MONEY_AFTER_WAN \
                and unit.end() < len(text):
            unit = None
        if (currency or unit) and _MONEY_NUMBER_RE.fullmatch(raw):
            wan = bool(unit) and unit.group(1).startswith("万")
            add("money", _money_value(raw, wan), start, unit.end() if unit else end)
            return True
        if _read_code(text, raw, start, end, add):
            return True
    if " " in raw:
        # "v2.3 3.5元" is two numbers, not one: read the pieces on their own.
        pos = start
        found = False
        for piece in raw.split(" "):
            found |= _read_run(text, piece, pos, pos + len(piece), add)
            pos += len(piece) + 1
        return found
    return False


def _read_code(text: str, raw: str, start: int, end: int, add) -> bool:
    digits = _digits(raw)
    if len(digits) == 13 and digits.startswith("86") and text[max(0, start - 1):start] == "+" \
            and _MOBILE_RE.fullmatch(raw[2:].lstrip(" -")):
        add("mobile", digits[2:], start - 1, end)  # +86 138 ...
        return True
    if 16 <= len(digits) <= 19 and _CARD_RE.fullmatch(raw):
        before = text[max(0, start - 12):start]
        if not _NOT_CARD_CONTEXT_RE.search(before) and (_CARD_CONTEXT_RE.search(before) or _luhn(digits)):
            add("bank_card", digits, start, end)
        return True
    if len(digits) == 11 and _MOBILE_RE.fullmatch(raw):
        add("mobile", digits, start, end)
    elif _LANDLINE_RE.fullmatch(raw):
        add("phone", digits, start, end)
    elif len(digits) == 5 and raw == digits and digits[:2] in ("95", "96", "10", "11", "12") \
            and _CALL_CONTEXT_RE.search(text, max(0, start - 8), start):
        add("phone", digits, start, end)
    else:
        return False
    return True


_PLACEHOLDER = {"url": " 网址 ", "mobile": " 手机号 ", "phone": " 电话号 ", "qq": " qq号 ",
                "wechat": " 微信号 ", "bank_card": " 卡号 ", "money": " 金额 ", "app": None}


def mask_entities(text: str, entities: list[Entity]) -> str:
    """``text`` with each entity's span replaced by a generic word (网址, 手机号, 金额, ...).

    The model then learns "asks to call a mobile number", not one particular number.
    App names are kept: they are words the model should see.
    """
    out = []
    pos = 0
    for ent in entities:
        word = _PLACEHOLDER[ent.kind]
        if word is None:
            continue
        out.append(text[pos:ent.start])
        out.append(word)
        pos = ent.end
    out.append(text[pos:])
    return "".join(out)
