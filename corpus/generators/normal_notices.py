"""Normal notification SMS: codes, bank / card / loan notices, carrier bills, parcels,
rides and food, tickets, hospitals, utilities, government, refunds, courts, schools,
property, subscriptions and points, plus Taiwan / Hong Kong notices.

Every template composes several independent phrase slots (and optional slots, and
several sentence orders), so two rows of one template differ in wording, not just in
names and numbers. ``diverse_take`` then keeps only candidates that are not near-copies
of rows already kept (same masking and trigram Jaccard as the corpus checker, with a
stricter threshold), so the label stays far below the near-duplicate cap.
"""

from __future__ import annotations

import re
import string

from common import length_tags, NearDupPool, AIRLINES, BANKS, CITIES, COURIERS, SHOPS, digits, pick, record

LABEL = "normal"
MODULE = "normal_notices"

# ---------------------------------------------------------------- shared helpers

_MASK_RE = re.compile(r"[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ]+")
_SPACE_RE = re.compile(r"\s+")
_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in string.digits}
_KEYCAP = {d: d + "\ufe0f\u20e3" for d in string.digits}
_CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨"))


def diverse_take(rng, make, quota: int, pool: NearDupPool, tries: int = 12):
    """Call ``make(rng)`` until ``quota`` rows are kept or ``quota * tries`` attempts are used.

    A candidate is dropped when it is a near-copy of a row kept in ``pool`` (shared by the
    whole module).
    """
    out = []
    for _ in range(quota * tries):
        if len(out) >= quota:
            break
        row = make(rng)
        if pool.add(row["text"]):
            out.append(row)
    return out


def take_diverse(rng, templates) -> list[dict]:
    """``diverse_take`` for each ``(make, quota)`` of ``templates``, sharing one pool of kept
    rows (trigram Jaccard limit 0.55)."""
    pool = NearDupPool(0.55)
    rows: list[dict] = []
    for make, quota in templates:
        rows.extend(diverse_take(rng, make, quota, pool))
    return rows


_URL_RE = re.compile(r"((?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|cn|net|top|cc|dm|ee)(?:\.[a-z]{2})?(?:/[A-Za-z0-9._\-/]*)?)")


def odd_digits(rng, text: str) -> str:
    """Rewrite the digits of ``text`` (outside links) as full-width, keycap emoji or circled digits."""
    table = pick(rng, [_FULLWIDTH, _FULLWIDTH, _KEYCAP, _CIRCLED])
    parts = _URL_RE.split(text)
    return "".join(p if i % 2 else "".join(table.get(c, c) for c in p) for i, p in enumerate(parts))


def finish(text: str, template: str, tags=(), channel: str = "sms") -> dict:
    return record(text, LABEL, channel, f"gen:{MODULE}:{template}", length_tags(text, tags))


def maybe_odd(rng, text: str, tags: list, rate: float = 0.06) -> str:
    if rng.random() < rate:
        tags.append("disguised")
        return odd_digits(rng, text)
    return text


def opt(rng, text: str, p: float = 0.5) -> str:
    return text if rng.random() < p else ""


def tail4(rng) -> str:
    return digits(rng, 4)


def bank_amount(rng, lo: float, hi: float) -> str:
    value = rng.uniform(lo, hi)
    style = rng.random()
    if style < 0.5:
        return f"{value:,.2f}元"
    if style < 0.7:
        return f"人民币{value:,.2f}元"
    if style < 0.85:
        return f"RMB{value:.2f}"
    return f"{value:.2f}元"


def md(rng) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return pick(rng, [f"{m}月{d}日", f"{m:02d}月{d:02d}日", f"{m}/{d}", f"{m:02d}-{d:02d}"])


def month(rng) -> str:
    return pick(rng, [f"{rng.randint(1, 12)}月", "上月", "本月", "10月份", "11月份"])


def hm(rng) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def plate(rng) -> str:
    prov = pick(rng, list("京沪粤浙苏川鄂湘鲁豫闽渝陕皖津冀辽"))
    sep = pick(rng, ["·", "", "***"])
    return prov + rng.choice("ABCDEFGH") + sep + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2 if sep == "***" else 5))


APPS = [
    "淘宝", "支付宝", "京东", "美团", "拼多多", "抖音", "快手", "小红书", "哔哩哔哩", "滴滴出行", "饿了么",
    "携程旅行", "12306", "高德地图", "百度", "网易", "知乎", "闲鱼", "得物", "唯品会", "微博", "钉钉", "飞书",
    "Keep", "喜马拉雅", "大众点评", "盒马", "叮咚买菜", "58同城", "BOSS直聘", "链家", "贝壳找房", "同程旅行",
    "去哪儿旅行", "猫眼", "大麦", "米哈游", "网易游戏", "腾讯游戏", "华为帐号", "小米帐号", "vivo帐号",
    "OPPO帐号", "个人所得税", "交管12123", "国家医保服务平台", "电子社保卡", "掌上12333", "学习强国",
    "中国移动", "中国联通", "中国电信", "云闪付", "京东金融", "顺丰速运", "瑞幸咖啡", "蜜雪冰城", "WPS",
]
BANK_SIGNS = BANKS + ["微众银行", "网商银行", "上海银行", "江苏银行", "杭州银行", "长沙银行", "农商银行", "浙商银行"]
MERCHANTS = [
    "财付通-美团", "支付宝-淘宝", "京东商城", "拼多多平台商户", "中国石化", "盒马鲜生", "星巴克", "滴滴出行",
    "携程旅行网", "国家电网", "中国移动", "肯德基", "永辉超市", "抖音电商", "12306", "美团外卖", "屈臣氏",
    "瑞幸咖啡", "华为商城", "沃尔玛", "全家便利店", "麦当劳", "苹果App Store", "饿了么", "中国联通",
]

# ---------------------------------------------------------------- t1 verification codes

CODE_KIND = ["验证码", "短信验证码", "动态码", "校验码", "随机码", "安全码", "动态密码", "登录验证码", "确认码"]
CODE_ACTION = [
    "登录", "注册新账号", "修改登录密码", "绑定新手机号", "进行实名认证", "找回密码", "在新设备上登录",
    "解绑银行卡", "开通免密支付", "申请注销账号", "修改支付密码", "绑定银行卡", "更换绑定邮箱",
    "进行身份核验", "开通小额免密", "提现至银行卡", "领取会员权益", "添加常用联系人",
]
CODE_VALID = [
    "5分钟内有效", "有效期10分钟", "请在3分钟内完成输入", "30分钟内有效", "有效时间为5分钟",
    "15分钟后失效", "请于2分钟内使用", "仅本次操作有效", "10分钟内输入有效",
]
CODE_WARN = [
    "切勿泄露给他人", "请勿告诉他人", "工作人员不会向您索取，请勿泄露", "验证码提供给他人可能导致账号被盗",
    "任何人索要验证码都是诈骗，请勿提供", "请勿转发", "如有人索要请立即挂断电话",
    "切勿将验证码告知包括客服在内的任何人", "不要告诉任何人，包括自称客服的人员", "打死也不要告诉别人哦",
    "请妥善保管，不要泄露", "泄露验证码将导致资金损失", "请勿向任何人透露", "千万不要告诉别人",
    "谨防诈骗，不要提供给陌生人",
]
CODE_IGNORE = [
    "如非本人操作，请忽略本短信。", "若非本人操作，请及时修改密码。", "如非本人操作请立即联系官方客服。",
    "如不是你本人在操作，请忽略。", "非本人操作请忽略。", "", "", "",
]
CODE_GREET = ["", "", "尊敬的用户，", "您好，", "亲爱的用户，", "温馨提示："]


def t1_code(rng):
    tags: list = []
    app = pick(rng, APPS)
    code = digits(rng, pick(rng, [4, 6, 6, 6]))
    kind, act, valid = pick(rng, CODE_KIND), pick(rng, CODE_ACTION), pick(rng, CODE_VALID)
    warn, ign, greet = pick(rng, CODE_WARN), pick(rng, CODE_IGNORE), pick(rng, CODE_GREET)
    s = rng.randrange(6)
    if s == 0:
        text = f"【{app}】{greet}{kind}：{code}，您正在{act}，{valid}。{warn}。{ign}"
    elif s == 1:
        text = f"【{app}】您的{kind}为{code}，{valid}，{warn}！{ign}"
    elif s == 2:
        text = f"{kind}{code}（{valid}），用于{app}{act}。{warn}。【{app}】"
    elif s == 3:
        text = f"【{app}】{greet}你正在{act}，本次{kind}是 {code}。{ign}{warn}。"
    elif s == 4:
        text = f"【{app}】{code}是你的{kind}，{warn}。"
    else:
        text = f"【{app}】{kind}：{code}。{act}需要验证身份，{valid}；{warn}。{ign}"
    text = maybe_odd(rng, text, tags, 0.12)
    return finish(text, "t1", tags)


BANK_CODE_OPS = [
    "网上支付", "快捷支付绑定", "手机银行登录", "转账", "信用卡激活", "修改交易密码", "跨行转账",
    "设置预留信息", "开通云闪付", "Apple Pay绑卡", "理财购买",
]


PAY_OPS = {"网上支付", "转账", "跨行转账", "理财购买"}


def t2_bank_code(rng):
    bank = pick(rng, BANK_SIGNS)
    code = digits(rng, 6)
    op = pick(rng, BANK_CODE_OPS)
    parts = [
        f"您尾号{tail4(rng)}的{pick(rng, ['卡', '账户', '信用卡', '借记卡'])}正在进行{op}",
        opt(rng, f"，金额{bank_amount(rng, 1, 9000)}", 0.7 if op in PAY_OPS else 0),
        opt(rng, f"，商户：{pick(rng, MERCHANTS)}", 0.5 if op in PAY_OPS else 0),
        f"，{pick(rng, ['验证码', '动态码', '动态密码'])}{pick(rng, ['', '：', '为'])}{code}",
        f"，{pick(rng, CODE_WARN)}",
        pick(rng, ["。银行工作人员不会索取此码。", "。如非本人操作请致电客服热线。", "。", "，请核实收款人信息，谨防诈骗。",
                   "。任何人以退款、理赔为由索要均为诈骗。"]),
    ]
    body = "".join(parts)
    text = f"【{bank}】{body}" if rng.random() < 0.8 else f"{body}【{bank}】"
    return finish(text, "t2")


# ---------------------------------------------------------------- t3 account changes

ACC_EVENTS = [
    ("快捷支付({m})支出{a}", "out"), ("消费{a}", "out"), ("{m}扣款{a}", "out"), ("网上支付{a}", "out"),
    ("ATM取款{a}", "out"), ("向{n}转账支出{a}", "out"), ("代发工资收入{a}", "in"), ("工资入账{a}", "in"),
    ("收到{n}转入{a}", "in"), ("跨行汇入{a}", "in"), ("退款入账{a}（{m}）", "in"), ("存入{a}", "in"),
    ("代发劳务费{a}", "in"), ("收到报销款{a}", "in"), ("结息入账{a}", "in"), ("养老金入账{a}", "in"),
]


def masked_name(rng) -> str:
    from common import SURNAMES
    return pick(rng, SURNAMES) + pick(rng, ["*", "**", "*明", "*芳", "*华"])


def t3_account(rng):
    bank = pick(rng, BANK_SIGNS)
    ev, _ = pick(rng, ACC_EVENTS)
    ev = ev.format(m=pick(rng, MERCHANTS), a=bank_amount(rng, 3, 30000), n=masked_name(rng))
    who = pick(rng, ["您尾号{t}的卡", "您账户{t}", "您的借记卡账户{t}", "您尾号*{t}的储蓄卡", "尾号{t}账户", "您{t}账户"]).format(t=tail4(rng))
    when = pick(rng, [f"于{md(rng)} {hm(rng)}", f"于{md(rng)}", f"在{md(rng)} {hm(rng)}",
                      f"于{md(rng)}{pick(rng, ['上午', '下午', '晚间'])}"])
    bal = pick(rng, [f"，余额{bank_amount(rng, 10, 60000)}", f"，可用余额{bank_amount(rng, 10, 60000)}",
                     f"。活期余额{bank_amount(rng, 10, 60000)}", "", f"，交易后余额{bank_amount(rng, 10, 60000)}"])
    extra = pick(rng, ["", "", "。如有疑问请致电客服热线", "【摘要：房租】", "，附言：还款", "。",
                       "，详情可登录手机银行查询", "。如非本人操作，请及时冻结账户并联系银行",
                       "，摘要：网银转账", "。感谢您的使用"])
    text = f"【{bank}】{who}{when}{ev}{bal}{extra}"
    tags: list = []
    text = maybe_odd(rng, text, tags, 0.08)
    return finish(text, "t3", tags)


# ---------------------------------------------------------------- t4 credit card bills / repayment

def t4_card_bill(rng):
    bank = pick(rng, BANK_SIGNS[:17])
    due = md(rng)
    total = bank_amount(rng, 200, 30000)
    s = rng.randrange(5)
    if s == 0:
        text = (f"【{bank}】您尾号{tail4(rng)}的信用卡{pick(rng, ['本期账单', '11月账单', '当期账单'])}已出，"
                f"{pick(rng, ['应还', '账单金额', '本期应还款额'])}{total}，{pick(rng, ['最低还款', '最低应还'])}"
                f"{bank_amount(rng, 20, 3000)}，到期还款日{due}。"
                f"{pick(rng, ['可在手机银行查询明细。', '请按时还款以免影响个人征信。', '已设置自动还款的请确保账户余额充足。', '如需分期可登录官方App办理。', ''])}")
    elif s == 1:
        text = (f"【{bank}】{pick(rng, ['温馨提示', '还款提醒', '尊敬的客户'])}：您尾号{tail4(rng)}的信用卡"
                f"{pick(rng, ['还款日为明天', '将于3天后到期还款', '到期还款日为' + due])}，"
                f"本期应还{total}，{pick(rng, ['截至目前已还款0.00元', '尚未还款', '剩余未还' + bank_amount(rng, 50, 5000)])}。"
                f"{pick(rng, ['如已还款请忽略。', '请注意按时还款。', '可通过手机银行、支付宝等渠道还款。', ''])}")
    elif s == 2:
        text = (f"【{bank}】您的信用卡还款{total}已{pick(rng, ['入账', '到账', '成功入账'])}，"
                f"{pick(rng, ['可用额度已恢复', '当前剩余应还0.00元', '感谢您的支持', '本期账单已还清'])}。")
    elif s == 3:
        text = (f"【{bank}】您尾号{tail4(rng)}信用卡{md(rng)} {hm(rng)}在{pick(rng, MERCHANTS)}消费{total}，"
                f"{pick(rng, ['可用额度', '当前可用额度', '剩余额度'])}{bank_amount(rng, 500, 80000)}。"
                f"{pick(rng, ['', '如需分期请登录官方App。', '非本人交易请致电客服。'])}")
    else:
        text = (f"【{bank}】尊敬的客户，您的信用卡{pick(rng, ['账单已逾期' + str(rng.randint(1, 20)) + '天', '已超过到期还款日'])}，"
                f"欠款{total}，请尽快{pick(rng, ['通过官方App或网点还款', '还款', '存入还款账户'])}，"
                f"{pick(rng, ['避免产生不良信用记录。', '以免产生违约金及影响征信。', '如已还款请忽略。'])}")
    return finish(text, "t4")


# ---------------------------------------------------------------- t5 loans from real banks

LOAN_PRODUCTS = [
    ("招商银行", "闪电贷"), ("建设银行", "快贷"), ("工商银行", "融e借"), ("中国银行", "中银E贷"),
    ("农业银行", "网捷贷"), ("邮储银行", "邮享贷"), ("微众银行", "微粒贷"), ("网商银行", "网商贷"),
    ("宁波银行", "白领通"), ("浦发银行", "浦银点贷"), ("交通银行", "惠民贷"), ("平安银行", "新一贷"),
    ("中信银行", "信秒贷"), ("兴业银行", "兴闪贷"), ("招联金融", "好期贷"), ("马上消费金融", "安逸花"),
]


def t5_loan(rng):
    bank, prod = pick(rng, LOAN_PRODUCTS)
    amt = pick(rng, ["5,000.00", "10,000.00", "20,000.00", "30,000.00", "50,000.00", "80,000.00", "3,000.00", "100,000.00", "12,000.00"]) + "元"
    s = rng.randrange(4)
    if s == 0:
        text = (f"【{bank}】您申请的{prod}{amt}已{pick(rng, ['成功放款至', '发放至', '到账至'])}尾号{tail4(rng)}的"
                f"{pick(rng, ['银行卡', '账户', '借记卡'])}，{pick(rng, ['首期还款日', '首个还款日'])}{md(rng)}"
                f"{opt(rng, '，应还' + bank_amount(rng, 300, 9000), 0.5)}。"
                f"{pick(rng, ['请按期还款。', '我行不会以任何形式收取放款前费用。', '还款计划可在App中查看。', '任何要求您先交费的都是诈骗。', ''])}")
    elif s == 1:
        text = (f"【{bank}】{pick(rng, ['尊敬的客户，', '温馨提示：', ''])}您的{prod}本期应还{bank_amount(rng, 200, 9000)}，"
                f"还款日{md(rng)}，{pick(rng, ['请确保尾号' + tail4(rng) + '账户余额充足', '系统将自动扣款', '将从绑定卡自动扣款'])}。"
                f"{pick(rng, ['如已还款请忽略。', '逾期将产生罚息并影响征信。', ''])}")
    elif s == 2:
        text = (f"【{bank}】您的{prod}已于{md(rng)}{pick(rng, ['结清', '提前结清', '全部还清'])}，"
                f"{pick(rng, ['结清证明可在App内下载', '感谢您的信任', '如需再次借款可登录App申请'])}。")
    else:
        text = (f"【{bank}】您申请的{prod}已审批通过，{pick(rng, ['额度', '可用额度'])}{amt}，"
                f"{pick(rng, ['可登录手机银行自助提款', '随借随还，按日计息', '年化利率以合同为准'])}，"
                f"{pick(rng, ['我行不会以任何理由收取保证金。', '请通过官方渠道操作。', '请勿向他人提供验证码。'])}")
    return finish(text, "t5")


# ---------------------------------------------------------------- t6 carrier

CARRIERS = ["中国移动", "中国联通", "中国电信", "中国广电"]


def t6_carrier(rng):
    c = pick(rng, CARRIERS)
    gb = f"{rng.uniform(0.5, 40):.2f}GB"
    s = rng.randrange(6)
    greet = pick(rng, ["尊敬的客户，", "您好，", "尊敬的用户：", "温馨提示：", ""])
    if s == 0:
        text = (f"【{c}】{greet}截至{md(rng)}{pick(rng, ['24时', '', '18时'])}，您本月已产生费用{bank_amount(rng, 8, 300)}，"
                f"{pick(rng, ['当前可用余额', '账户余额', '余额'])}{bank_amount(rng, 0, 200)}。"
                f"{pick(rng, ['', '为避免影响使用请及时充值。', '可登录营业厅App查询详单。'])}")
    elif s == 1:
        text = (f"【{c}】{greet}您本月套餐内{pick(rng, ['通用流量', '国内流量', '定向流量'])}已使用"
                f"{pick(rng, ['80%', '90%', '100%', '50%'])}，剩余{gb}。"
                f"{pick(rng, ['月底清零，请合理使用。', '超出部分按5元/GB计费。', '可在App订购流量包。', ''])}")
    elif s == 2:
        base, extra = rng.randint(8, 199), rng.randint(0, 30)
        text = (f"【{c}】{greet}您{month(rng)}账单已出：{pick(rng, ['套餐费', '月租费'])}{base}元，"
                f"{pick(rng, ['语音费', '增值业务费', '流量费'])}{extra}元，合计{base + extra}.00元。"
                f"{pick(rng, ['如有疑问请咨询客服热线。', '详情可登录营业厅App查询。', ''])}")
    elif s == 3:
        text = (f"【{c}】您已成功充值{pick(rng, ['30', '50', '100', '200'])}.00元，当前余额{bank_amount(rng, 20, 300)}，"
                f"{pick(rng, ['感谢使用', '祝您生活愉快', '充值发票可在App中开具'])}。")
    elif s == 4:
        text = (f"【{c}】{greet}您的手机余额已不足{pick(rng, ['5', '10', '20'])}元，"
                f"{pick(rng, ['为避免停机，请及时缴费', '请尽快充值以免影响使用', '欠费后将暂停服务'])}。"
                f"{pick(rng, ['可通过官方App、微信、支付宝充值。', '充值可至营业厅或官方App。', ''])}")
    else:
        pack = pick(rng, ["5G畅享套餐", "5G智享套餐", "大流量卡", "融合宽带套餐", "冰激凌套餐", "家庭共享套餐"])
        text = (f"【{c}】{greet}您办理的“{pack}{rng.choice([39, 59, 79, 99, 129, 169, 199])}元”"
                f"{pick(rng, ['将于下月1日生效', '已办理成功', '已变更成功'])}，"
                f"包含{pick(rng, ['通用流量', '国内流量'])}{rng.choice([20, 30, 40, 60, 100])}GB、"
                f"{pick(rng, ['国内通话', '语音'])}{rng.choice([100, 300, 500, 1000])}分钟，"
                f"{pick(rng, ['详询客服热线', '可在App查看套餐详情', '感谢您的支持'])}。")
    return finish(text, "t6")


# ---------------------------------------------------------------- t7 parcels

STATIONS = [
    "菜鸟驿站", "丰巢", "兔喜生活", "妈妈驿站", "京东自提柜", "中通快递超市", "邮政驿站", "熊猫快收",
    "递管家", "近邻宝", "速递易",
]
PLACES = [
    "幸福里小区南门", "学府路12号", "东方花园3栋旁", "大学城北区食堂旁", "锦绣家园西门", "科技园A座负一楼",
    "人民路便利店", "翠湖苑物业旁", "万科城东门", "城南新村菜市场对面", "时代广场B1", "和平里社区服务站",
]


def pickup_code(rng) -> str:
    return pick(rng, [
        f"{rng.randint(1, 20)}-{rng.randint(1, 6)}-{rng.randint(1000, 9999)}",
        digits(rng, 6), digits(rng, 8), f"{rng.choice('ABCDEF')}{rng.randint(1, 9)}-{rng.randint(100, 999)}",
        f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
    ])


def t7_parcel(rng):
    st, place, cour = pick(rng, STATIONS), pick(rng, PLACES), pick(rng, COURIERS)
    code = pickup_code(rng)
    s = rng.randrange(5)
    if s == 0:
        text = (f"【{st}】您的{cour}包裹已到{place}{st}，凭取件码{code}取件"
                f"{pick(rng, ['，营业时间8:00-21:00', '，请尽快领取', '', '，如有疑问请联系驿站'])}。")
    elif s == 1:
        text = (f"【{st}】取件码：{code}，{pick(rng, ['您的快递已存入', '您的包裹已放入', '快件已到达'])}{place}"
                f"{pick(rng, ['', '的智能柜', '自提点'])}，{pick(rng, ['超时将收取保管费', '请于24小时内取件', '取件时请核对收件人'])}。")
    elif s == 2:
        text = (f"【{cour}】{pick(rng, ['您好，', '', '亲，'])}您的快件{pick(rng, ['已由', '已送至'])}{st}代收，"
                f"{pick(rng, ['地址', '位置'])}：{place}，取件码{code}。{pick(rng, ['', '请及时领取。', '有问题请联系派件员。'])}")
    elif s == 3:
        n = rng.randint(2, 4)
        codes = "、".join(pickup_code(rng) for _ in range(n))
        text = f"【{st}】您有{n}个包裹待取，取件码分别为{codes}，请到{place}领取。"
    else:
        text = (f"【{st}】{pick(rng, ['您的包裹已滞留超过', '您的快件已在柜中存放'])}{rng.choice([24, 48, 72])}小时，"
                f"{pick(rng, ['请尽快取件', '将于明日退回', '超时后将按规定收取保管费'])}，取件码{code}。")
    tags: list = []
    text = maybe_odd(rng, text, tags, 0.12)
    return finish(text, "t7", tags)


# ---------------------------------------------------------------- t8 rides, food, delivery ETA

RIDE = ["滴滴出行", "高德打车", "曹操出行", "T3出行", "花小猪打车", "如祺出行", "享道出行", "首汽约车"]
FOOD = ["美团外卖", "饿了么", "肯德基宅急送", "麦当劳麦乐送", "达美乐", "必胜客"]
CARS = ["白色大众朗逸", "黑色丰田卡罗拉", "蓝色比亚迪秦", "白色日产轩逸", "灰色本田雅阁", "白色比亚迪汉", "黑色埃安S"]


def t8_ride_food(rng):
    s = rng.randrange(6)
    if s == 0:
        text = (f"【{pick(rng, RIDE)}】{pick(rng, ['司机已接单', '已为您派车', '司机正在赶来'])}，{pick(rng, CARS)} "
                f"{plate(rng)}，预计{rng.randint(1, 9)}分钟到达{pick(rng, ['上车点', '您的位置', '约定地点'])}。")
    elif s == 1:
        text = (f"【{pick(rng, RIDE)}】{pick(rng, ['您的行程已结束', '行程结束', '本次行程已完成'])}，"
                f"{pick(rng, ['车费', '实付', '费用'])}{bank_amount(rng, 9, 120)}"
                f"{pick(rng, ['，已从微信支付扣除', '，已自动扣款', '，请在App内确认支付', ''])}。"
                f"{pick(rng, ['感谢乘坐。', '欢迎评价本次服务。', '发票可在App中开具。', ''])}")
    elif s == 2:
        text = (f"【{pick(rng, FOOD)}】{pick(rng, ['骑手已取餐', '您的订单已被骑手接单', '商家已出餐'])}，"
                f"预计{hm(rng)}送达{pick(rng, ['，请留意来电', '，请保持电话畅通', ''])}。")
    elif s == 3:
        text = (f"【{pick(rng, FOOD)}】您的订单已送达{pick(rng, ['', '，放在门口', '，骑手已交给前台'])}，"
                f"{pick(rng, ['祝您用餐愉快', '欢迎对骑手评价', '如有问题请在订单页联系商家'])}！")
    elif s == 4:
        cour = pick(rng, COURIERS)
        text = (f"【{cour}】{pick(rng, ['您好，', '', '今日派送：'])}您的包裹{pick(rng, ['正在派送中', '已由派件员领取', '已到达本地网点'])}，"
                f"{pick(rng, ['预计', '将于'])}{pick(rng, ['今天14:00-16:00', '今日下午', '明天上午', '18:00前'])}送达，"
                f"{pick(rng, ['请保持电话畅通', '不在家可选择放置驿站', '派件员会提前联系您'])}。")
    else:
        text = (f"【{pick(rng, ['瑞幸咖啡', '喜茶', '肯德基', '星巴克', '奈雪的茶', '麦当劳', '塔斯汀'])}】"
                f"{pick(rng, ['您的订单已制作完成', '你的饮品做好啦', '餐品已出餐'])}，"
                f"{pick(rng, ['取餐码', '取单号', '取餐号'])}{rng.randint(100, 9999)}，"
                f"{pick(rng, ['请到店出示', '请尽快取走', '请到前台取餐'])}。")
    return finish(text, "t8")


# ---------------------------------------------------------------- t9 trains and flights

STATIONS_RAIL = ["北京南", "上海虹桥", "广州南", "深圳北", "杭州东", "南京南", "成都东", "武汉", "西安北", "长沙南", "郑州东", "重庆北"]
AIRPORTS = ["首都", "大兴", "虹桥", "浦东", "白云", "宝安", "双流", "天府", "萧山", "江北", "咸阳", "禄口"]
AIR_CODES = {"南方航空": "CZ", "东方航空": "MU", "国航": "CA", "海南航空": "HU", "四川航空": "3U",
             "厦门航空": "MF", "春秋航空": "9C", "吉祥航空": "HO"}


def t9_travel(rng):
    s = rng.randrange(6)
    train = rng.choice("GDCKZ") + str(rng.randint(10, 9999))
    seat = f"{rng.randint(1, 16)}车{rng.randint(1, 20):02d}{rng.choice('ABCDF')}号"
    if s == 0:
        text = (f"【{pick(rng, ['铁路客服', '12306', '中国铁路'])}】订单E{digits(rng, 9)}，{pick(rng, ['您', '王先生您', '李女士您', '旅客您'])}"
                f"已购{md(rng)}{train}次{seat}，{pick(rng, STATIONS_RAIL)}站{hm(rng)}开。"
                f"{pick(rng, ['请凭购票证件检票乘车。', '检票口请以车站公告为准。', '请提前30分钟到站。', ''])}")
    elif s == 1:
        text = (f"【12306】{pick(rng, ['您候补的', '您预约的'])}{md(rng)}{train}次车票已兑现成功，{seat}，"
                f"{pick(rng, ['请及时查看订单', '请按时乘车', '如需改退请在12306办理'])}。")
    elif s == 2:
        text = (f"【{pick(rng, ['铁路客服', '12306'])}】{pick(rng, ['您购买的', '您乘坐的'])}{train}次列车"
                f"{pick(rng, ['因故停运，请于30日内办理全额退票，不收退票费', '晚点约' + str(rng.randint(10, 90)) + '分钟，请关注车站公告', '检票口变更为' + rng.choice('AB') + str(rng.randint(1, 30))])}。"
                f"{pick(rng, ['给您带来不便，敬请谅解。', ''])}")
    elif s == 3:
        al = pick(rng, AIRLINES)
        fl = AIR_CODES[al] + str(rng.randint(1000, 9999))
        text = (f"【{al}】{pick(rng, ['尊敬的旅客，', '您好，'])}您预订的{md(rng)} {fl}航班"
                f"（{pick(rng, CITIES)}-{pick(rng, CITIES)}）已出票，起飞时间{hm(rng)}，"
                f"{pick(rng, ['请至少提前90分钟到达机场', '可提前在官方App值机选座', '请携带有效证件办理乘机手续'])}。")
    elif s == 4:
        al = pick(rng, AIRLINES)
        fl = AIR_CODES[al] + str(rng.randint(1000, 9999))
        reason = pick(rng, ["受天气影响", "因航空管制", "因前序航班晚到", "受航路天气影响", "因机场流量控制"])
        result = pick(rng, [f"预计起飞时间调整为{hm(rng)}", "已取消", f"延误，新的起飞时间为{hm(rng)}"])
        fix = pick(rng, ["如需改退请通过官方渠道办理，免收手续费", "请关注机场广播", "已为您保护至次日同航线航班，不接受可免费退票",
                         "请以机场信息为准"])
        text = f"【{al}】{pick(rng, ['尊敬的旅客，', ''])}{reason}，您乘坐的{fl}航班{result}，{fix}。"
    else:
        al = pick(rng, AIRLINES)
        fl = AIR_CODES[al] + str(rng.randint(1000, 9999))
        text = (f"【{al}】您已{pick(rng, ['办理值机', '完成网上值机'])}，{fl} 座位{rng.randint(3, 45)}{rng.choice('ABCDEFJKL')}，"
                f"{pick(rng, AIRPORTS)}机场{pick(rng, ['T1', 'T2', 'T3', ''])}，登机时间{hm(rng)}"
                f"{pick(rng, ['，登机口以机场显示为准', '，请提前到达登机口', ''])}。")
    return finish(text, "t9")


# ---------------------------------------------------------------- t10 hospitals

HOSPITALS = ["市第一人民医院", "市中心医院", "省人民医院", "华西医院", "协和医院", "中山大学附属第一医院",
             "市妇幼保健院", "儿童医院", "中医院", "口腔医院", "社区卫生服务中心", "瑞金医院", "同济医院", "湘雅医院"]
DEPTS = ["心内科", "消化内科", "皮肤科", "眼科", "口腔科", "儿科", "妇科", "骨科", "呼吸内科", "耳鼻喉科", "内分泌科", "神经内科"]


def t10_hospital(rng):
    h, d = pick(rng, HOSPITALS), pick(rng, DEPTS)
    s = rng.randrange(4)
    if s == 0:
        text = (f"【{h}】您已成功预约{md(rng)}{pick(rng, ['上午', '下午'])}{d}{pick(rng, ['', '专家', '普通'])}门诊，"
                f"{pick(rng, ['就诊序号', '序号'])}{rng.randint(1, 60):02d}，"
                f"{pick(rng, ['请携带身份证、医保卡按时就诊', '请提前30分钟到自助机签到', '如需退号请提前一天在App办理', '请于报到时间前到门诊报到'])}。")
    elif s == 1:
        exam = pick(rng, ["核磁共振", "CT", "彩超", "胃镜", "肠镜", "心电图", "骨密度"])
        text = (f"【{h}】温馨提示：您的{exam}检查已预约于{md(rng)} {hm(rng)}，"
                f"{pick(rng, ['检查前需空腹8小时', '请携带检查申请单', '地点：门诊楼二楼检查科'])}，"
                f"{pick(rng, ['如需改期请致电预约中心', '请准时到达', '过号需重新排队'])}。")
    elif s == 2:
        text = (f"【{h}】{pick(rng, ['您的检验报告已出', '您的检查报告已发布', '您的体检报告已生成'])}，"
                f"{pick(rng, ['可登录医院公众号查看', '可到院自助机打印', '可在App中查看'])}"
                f"{pick(rng, ['，如有异常请及时复诊', '', '。'])}")
    else:
        text = (f"【{h}】{pick(rng, ['您好', '提醒您'])}，{pick(rng, ['孩子的疫苗', '您的复诊', '您的产检', '您的理疗'])}"
                f"时间为{md(rng)}，{pick(rng, ['请携带接种证', '请按时到院', '请带好既往病历'])}。"
                f"{pick(rng, ['本短信无需回复。', '如需改约请提前联系。', ''])}")
    return finish(text, "t10")


# ---------------------------------------------------------------- t11 utilities

def t11_utility(rng):
    kind = rng.randrange(4)
    acct = digits(rng, pick(rng, [8, 10]))
    if kind == 0:
        sign = pick(rng, ["国家电网", "南方电网", "网上国网"])
        text = (f"【{sign}】{pick(rng, ['尊敬的客户，', '您好，', ''])}您户号{acct}的{pick(rng, ['10月', '11月', '上月', '本期'])}电费为"
                f"{bank_amount(rng, 30, 600)}，{pick(rng, ['请于月底前缴纳', '已从签约账户扣除', '可通过网上国网App缴费', '余额不足请及时充值'])}。")
    elif kind == 1:
        sign = pick(rng, ["自来水公司", "水务集团", "供水公司"])
        text = (f"【{sign}】您户号{acct}的水费{bank_amount(rng, 10, 200)}（用水{rng.randint(3, 40)}吨）已出账，"
                f"{pick(rng, ['请于本月底前缴纳', '逾期将收取滞纳金', '可在公众号缴费'])}。")
    elif kind == 2:
        sign = pick(rng, ["港华燃气", "华润燃气", "新奥燃气", "昆仑燃气", "燃气集团"])
        text = pick(rng, [
            f"【{sign}】尊敬的用户，您家的燃气{pick(rng, ['安全检查', '年度安检'])}定于{md(rng)}进行，检查人员将佩戴工作证，入户检查不收取任何费用。",
            f"【{sign}】您的燃气表余额不足{rng.randint(10, 50)}元，请尽快充值，可通过官方公众号办理。",
            f"【{sign}】您{month(rng)}燃气费{bank_amount(rng, 20, 300)}已扣缴成功，感谢您的支持。",
        ])
    else:
        area = pick(rng, ["锦绣路片区", "东城区部分区域", "高新区", "城南街道", "滨江小区", "开发区"])
        sign, what, why = pick(rng, [("国家电网", "停电", "因线路检修"), ("供电公司", "暂停供电", "因设备改造"),
                                     ("自来水公司", "停水", "因管网施工"), ("水务集团", "降压供水", "因主管道维修"),
                                     ("燃气集团", "暂停供气", "因燃气管线改造")])
        span = pick(rng, ["08:00-17:00", "09:00-12:00", "22:00至次日06:00", "13:30-18:00", "全天"])
        text = (f"【{sign}】{why}，{md(rng)} {span}{area}将{what}，"
                f"{pick(rng, ['请提前做好准备', '敬请谅解', '给您带来不便深表歉意'])}。")
    return finish(text, "t11")


# ---------------------------------------------------------------- t12 government

def t12_gov(rng):
    s = rng.randrange(8)
    if s == 0:
        text = (f"【{pick(rng, ['住房公积金', '公积金中心', '住房公积金管理中心'])}】您的公积金账户于{md(rng)}"
                f"{pick(rng, ['汇缴入账', '缴存'])}{bank_amount(rng, 500, 6000)}，当前余额{bank_amount(rng, 3000, 200000)}。")
    elif s == 1:
        text = (f"【{pick(rng, ['社保局', '人社局', '医保局'])}】{pick(rng, ['您', '您的'])}"
                f"{pick(rng, ['城乡居民医保', '灵活就业养老保险', '职工医保个人账户', '社保'])}"
                f"{pick(rng, ['缴费已成功', '本月已扣缴', '本月划入'])}，金额{bank_amount(rng, 50, 1500)}，"
                f"{pick(rng, ['感谢您的配合', '详情可在掌上12333查询', '可在电子社保卡中查看'])}。")
    elif s == 2:
        text = (f"【{pick(rng, ['电子税务局', '税务局', '个人所得税'])}】"
                f"{pick(rng, ['您的单位已为您申报', '您'])}{month(rng)}工资薪金所得"
                f"{pick(rng, ['已申报', '个税扣缴'])}{bank_amount(rng, 0, 3000)}，"
                f"{pick(rng, ['可在个人所得税App查询', '如有异议可在App内申诉', '请通过官方App核对'])}。")
    elif s == 3:
        issue = pick(rng, ["小区夜间施工噪音", "路灯损坏", "占道经营", "垃圾清运不及时", "停车难", "井盖缺失"])
        text = (f"【12345】您反映的“{issue}”问题{pick(rng, ['已转交相关部门办理', '已办结', '已派单处理'])}，"
                f"工单号{digits(rng, 11)}，{pick(rng, ['将在5个工作日内答复', '请对本次服务评价，回复1满意2不满意', '感谢您的监督'])}。")
    elif s == 4:
        text = (f"【交管12123】您名下{plate(rng)}{pick(rng, ['小型汽车', '车辆'])}于{md(rng)}在"
                f"{pick(rng, ['深南大道', '中山路', '解放大道', '人民路', '环城高速'])}有一条"
                f"{pick(rng, ['违法停车', '超速10%以下', '不按导向车道行驶', '闯红灯'])}记录，"
                f"{pick(rng, ['请通过交管12123 App查询并处理', '请登录交管12123 App处理', '可到交警窗口处理'])}。"
                f"{pick(rng, ['本短信不含链接。', '', '请勿相信其他渠道缴款。'])}")
    elif s == 5:
        text = (f"【{pick(rng, ['交管12123', '车管所', '交警支队'])}】{pick(rng, ['您的驾驶证', '您的机动车'])}"
                f"{pick(rng, ['将于' + md(rng) + '有效期满', '将于下月到期检验', '已到审验期'])}，"
                f"{pick(rng, ['请通过交管12123 App预约办理', '请在期满前到车管所办理', '可通过交管12123 App在线办理'])}。")
    elif s == 6:
        sign, thing = pick(rng, [("公安局", "居民身份证"), ("户政", "居住证"), ("出入境管理", "港澳通行证"),
                                 ("出入境管理", "护照"), ("人社局", "社保卡"), ("不动产登记中心", "不动产权证书"),
                                 ("市场监管局", "营业执照"), ("政务服务中心", "居住证")])
        text = (f"【{sign}】"
                f"您{pick(rng, ['申请的', '办理的'])}{thing}已{pick(rng, ['制作完成', '办理完毕', '制证完成'])}，"
                f"{pick(rng, ['请携带受理回执到窗口领取', '可选择邮寄送达', '请于工作日领取'])}。")
    else:
        text = (f"【{pick(rng, ['人社局', '公积金中心', '医保局'])}】您的"
                f"{pick(rng, ['公积金提取', '失业保险金', '生育津贴', '医保报销'])}申请已审核通过，"
                f"{bank_amount(rng, 500, 30000)}将在{rng.randint(3, 10)}个工作日内{pick(rng, ['转至您本人银行卡', '发放至社保卡金融账户'])}。")
    return finish(text, "t12")


# ---------------------------------------------------------------- t13 refunds

def t13_refund(rng):
    shop = pick(rng, SHOPS + ["美团", "饿了么", "携程", "12306", "东方航空", "南方航空", "唯品会", "苏宁易购"])
    amt = bank_amount(rng, 5, 3000)
    how = pick(rng, ["将在1-7个工作日原路退回", "已原路退回", "已退回至您的付款账户", "已退至支付宝余额", "预计1-3个工作日到账", "已退回微信零钱"])
    head = pick(rng, ["您的订单", "您申请的退款", "您的退货", "您的退票", "您的取消申请"])
    mid = pick(rng, ["已处理", "已审核通过", "已完成", "卖家已同意", "已受理"])
    tail = pick(rng, ["无需联系任何人。", "请勿向陌生来电提供验证码。", "可在App订单中查看进度。", "请留意查收。", "", ""])
    s = rng.randrange(3)
    if s == 0:
        text = f"【{shop}】{head}{mid}，退款金额{amt}{how}。{tail}"
    elif s == 1:
        text = f"【{shop}】退款通知：{amt}{how}，{pick(rng, ['订单号', '单号'])}{digits(rng, 12)}。{tail}"
    else:
        text = f"【{shop}】{pick(rng, ['亲，', '您好，', ''])}{head}{mid}，{amt}{how}，{pick(rng, ['请注意查收', '感谢您的理解'])}。"
    return finish(text, "t13")


# ---------------------------------------------------------------- t14 courts and police (no money asked)

def t14_court_police(rng):
    s = rng.randrange(4)
    case = f"（{rng.choice([2024, 2025])}）{pick(rng, ['京', '沪', '粤', '浙', '苏', '川'])}{digits(rng, 4)}{pick(rng, ['民初', '民终', '执', '民特'])}{digits(rng, 4)}号"
    no_money = pick(rng, ["本短信不会要求您转账或提供验证码。", "法院不会通过短信索要银行卡信息。", "如有疑问请拨打法院诉讼服务热线核实。", ""])
    if s == 0:
        text = f"【人民法院】您{pick(rng, ['诉', '与'])}{pick(rng, ['李某', '王某', '某公司'])}{pick(rng, ['民间借贷纠纷', '买卖合同纠纷', '劳动争议', '房屋租赁合同纠纷'])}一案已立案，案号{case}，{pick(rng, ['请留意后续开庭通知', '请登录人民法院在线服务查看'])}。{no_money}"
    elif s == 1:
        text = f"【人民法院】{case}案件定于{md(rng)} {hm(rng)}在第{rng.randint(1, 20)}法庭开庭，请准时到庭。{no_money}"
    elif s == 2:
        text = (f"【{pick(rng, ['公安局', '派出所'])}】您好，"
                + pick(rng, ["您报案的电动车被盗案件已立案，如有进展民警会与您联系", "您办理的无犯罪记录证明已出具，请携带身份证到窗口领取",
                             "您丢失的证件已有人拾到并送至派出所，请本人携带有效证件来所认领", "您的交通事故认定书已出具，请本人到事故处理中队领取",
                             "您报警求助的事项已处理完毕，感谢您的配合", "您申请的户口迁移已办结，请到户籍窗口领取新户口页"]) + "。")
    else:
        text = (f"【人民法院】您的电子送达文书已推送，{pick(rng, ['请登录人民法院在线服务小程序查看', '可登录法院诉讼服务网查收'])}。"
                f"{no_money}")
    return finish(text, "t14")


# ---------------------------------------------------------------- t15 school and property

def t15_school_property(rng):
    s = rng.randrange(6)
    if s == 0:
        sign = pick(rng, ["实验小学", "第二中学", "育才小学", "外国语学校", "阳光幼儿园", "第十五中学"])
        ev = pick(rng, ["期中考试成绩已发布", "下周一起实行冬季作息时间", "本周五下午提前放学", "家长会定于本周六上午举行",
                        "明天组织学生秋游", "寒假将于1月18日开始"])
        text = (f"【{sign}】{pick(rng, ['各位家长：', '家长您好，', '尊敬的家长，'])}{ev}，"
                f"{pick(rng, ['请按时接送孩子', '详情请查看班级群通知', '请督促孩子注意安全', '请登录智慧校园查看'])}。")
    elif s == 1:
        sign = pick(rng, ["教务处", "研究生院", "学生处", "图书馆", "校园卡中心"])
        ev = pick(rng, ["选课将于下周一开始", "期末考试安排已发布", "您借阅的图书即将到期", "你的校园卡余额不足5元",
                        "奖学金评定结果已公示", "宿舍寒假封闭通知已发布"])
        text = f"【{sign}】{pick(rng, ['同学你好，', '', '温馨提示：'])}{ev}，{pick(rng, ['请登录系统查看', '请及时处理', '逾期不补'])}。"
    elif s == 2:
        sign = pick(rng, ["万科物业", "碧桂园服务", "绿城物业", "保利物业", "龙湖智慧服务", "中海物业", "物业服务中心"])
        ev = pick(rng, [f"{rng.randint(1, 20)}号楼电梯将于{md(rng)}年检，期间暂停使用",
                        f"小区将于{md(rng)}进行消防演练", "地下车库将于本周六晚清洗，请提前移车",
                        f"{md(rng)}小区二次供水水箱清洗，届时暂停供水", "近期气温骤降，请关好门窗、做好水管防冻",
                        "小区将进行外墙维修，请注意高空安全"])
        text = f"【{sign}】{pick(rng, ['尊敬的业主，', '各位业主：', '亲爱的业主您好，'])}{ev}，{pick(rng, ['给您带来不便敬请谅解', '请相互转告', '感谢您的配合'])}。"
    elif s == 3:
        sign = pick(rng, ["物业服务中心", "碧桂园服务", "万科物业", "招商积余"])
        text = (f"【{sign}】您{pick(rng, ['2025年第四季度', '2026年度', '本月'])}物业费为{bank_amount(rng, 300, 5000)}，"
                f"请于{md(rng)}前缴纳，{pick(rng, ['可通过物业App在线缴费', '可到物业前台缴纳', '已开通线上缴费'])}。")
    elif s == 4:
        text = (f"【{pick(rng, ['物业', '物业管家', '前台'])}】您好，{pick(rng, ['您有一个大件快递放在物业前台', '您的报修已派单，师傅下午上门', '您的车位月租将于月底到期'])}，"
                f"{pick(rng, ['请方便时来领取', '请留意来电', '续费请到物业中心办理'])}。")
    else:
        sign = pick(rng, ["驾校", "考试中心", "教育考试院"])
        text = (f"【{sign}】{pick(rng, ['您预约的科目二练车', '您报名的考试', '您的准考证'])}"
                f"{pick(rng, ['时间为' + md(rng) + ' ' + hm(rng), '已可下载打印', '已报名成功'])}，"
                f"{pick(rng, ['请准时到场', '请按时参加', '请携带身份证'])}。")
    return finish(text, "t15")


# ---------------------------------------------------------------- t16 subscriptions, memberships, points

SUBS = ["腾讯视频", "爱奇艺", "优酷", "芒果TV", "哔哩哔哩", "网易云音乐", "QQ音乐", "酷狗音乐", "百度网盘",
        "WPS", "喜马拉雅", "Keep", "京东PLUS", "88VIP", "美团会员", "饿了么超级会员", "知乎盐选", "iCloud+"]
POINTS = ["星巴克", "屈臣氏", "南航明珠", "国航知音", "华住会", "中国石化", "沃尔玛", "银泰百货", "中国移动",
          "招商银行", "名创优品", "盒马", "山姆会员商店", "麦当劳"]


def t16_subs_points(rng):
    s = rng.randrange(4)
    if s == 0:
        sub = pick(rng, SUBS)
        price = rng.choice([15, 19.8, 25, 30, 148, 198])
        text = (f"【{sub}】{pick(rng, ['您的会员', '您的VIP会员', '你的会员'])}{pick(rng, ['将于' + md(rng) + '到期', '即将到期', '已到期'])}，"
                f"{pick(rng, [f'届时将按连续包月自动续费{price}元', '续费可继续享受会员权益', '如不需要可在会员中心关闭自动续费', f'续费{price}元可继续使用'])}。")
    elif s == 1:
        sub = pick(rng, SUBS)
        text = (f"【{sub}】{pick(rng, ['已成功自动续费', '续费成功', '扣款成功'])}，扣款{rng.choice([6, 9.9, 15, 19.8, 25, 89, 148, 258])}元，"
                f"有效期至{md(rng)}。{pick(rng, ['', '如需取消可在设置中操作。', '感谢支持～'])}")
    elif s == 2:
        p = pick(rng, POINTS)
        text = (f"【{p}】{pick(rng, ['尊敬的会员，', '亲爱的会员，', ''])}您的积分{rng.randint(100, 30000)}分"
                f"将于{md(rng)}{pick(rng, ['到期', '清零'])}，{pick(rng, ['可在小程序兑换礼品', '请及时使用', '可兑换停车券或商品'])}。")
    else:
        p = pick(rng, POINTS)
        text = (f"【{p}】{pick(rng, ['恭喜您', '您已'])}{pick(rng, ['升级为金卡会员', '获得积分' + str(rng.randint(10, 2000)), '本次累积里程' + str(rng.randint(300, 3000)) + '公里'])}，"
                f"{pick(rng, ['可享专属权益', '当前可用积分' + str(rng.randint(100, 50000)), '感谢您的支持'])}。")
    return finish(text, "t16")


# ---------------------------------------------------------------- t17 Taiwan / Hong Kong notices

TW_SIGNS_CODE = ["蝦皮購物", "LINE", "街口支付", "國泰世華銀行", "中國信託", "玉山銀行", "台新銀行", "momo購物網",
                 "PChome", "Yahoo奇摩", "中華電信", "台灣大哥大", "遠傳電信", "郵局", "全支付", "一卡通"]
HK_TELCOS = ["csl", "3香港", "smartone", "中國移動香港", "1O1O"]


def t17_traditional(rng):
    s = rng.randrange(6)
    if s == 0:
        text = (f"【{pick(rng, TW_SIGNS_CODE)}】{pick(rng, ['您的簡訊驗證碼為', '驗證碼：', '一次性密碼(OTP)：'])}{digits(rng, 6)}，"
                f"{pick(rng, ['請於5分鐘內輸入', '10分鐘內有效', '僅限本次使用'])}，"
                f"{pick(rng, ['切勿提供給他人', '請勿洩漏', '任何人索取皆為詐騙', '包括客服人員也不會向您索取'])}。")
    elif s == 1:
        store = pick(rng, ["7-ELEVEN", "全家便利商店", "萊爾富", "OK超商", "蝦皮店到店"])
        text = (f"【{store}】您的包裹已送達{pick(rng, ['南京', '信義', '中山', '板橋', '西屯', '鳳山'])}門市，"
                f"請於{md(rng)}前{pick(rng, ['攜帶證件取貨', '取貨付款', '完成取件'])}"
                f"{opt(rng, '，取貨驗證碼' + digits(rng, 4), 0.5)}。")
    elif s == 2:
        bank = pick(rng, ["台新銀行", "中國信託", "國泰世華銀行", "玉山銀行", "富邦銀行", "郵局"])
        text = (f"【{bank}】您於{md(rng)} {hm(rng)}以卡號末四碼{tail4(rng)}之信用卡在"
                f"{pick(rng, ['全聯福利中心', '家樂福', '蝦皮購物', '統一超商', '誠品', '好市多'])}"
                f"刷卡NT${rng.randint(50, 20000):,}，{pick(rng, ['若有疑問請洽客服', '如非本人交易請立即來電', '感謝您的使用'])}。")
    elif s == 3:
        c = pick(rng, ["中華電信", "台灣大哥大", "遠傳電信", "台電", "台灣自來水"])
        text = (f"【{c}】您{pick(rng, ['11月份', '本期', '本月'])}{pick(rng, ['電信費用', '帳單金額', '應繳金額'])}NT${rng.randint(199, 3000):,}，"
                f"繳費期限{md(rng)}，{pick(rng, ['可使用超商或信用卡繳費', '可至郵局或網路銀行繳納', '已由帳戶自動扣繳'])}。")
    elif s == 4:
        text = pick(rng, [
            f"【{pick(rng, HK_TELCOS)}】{pick(rng, ['數據用量提示', '溫馨提示'])}：你本月本地數據已用{pick(rng, ['80', '90', '100'])}%，{pick(rng, ['如需加購數據請使用App', '超出後將減速至1Mbps', '下個賬單週期將自動重設'])}。",
            f"【{pick(rng, ['滙豐', '中銀香港', '恒生銀行', '東亞銀行'])}】你的戶口於{rng.randint(1, 28)}/{rng.randint(1, 12)}收到轉數快款項HKD {rng.randint(50, 20000):,}.00。",
            f"【{pick(rng, ['滙豐', '中銀香港', '恒生銀行', '渣打銀行'])}】你的一次性密碼為 {digits(rng, 6)}，用於登入網上理財，切勿向任何人透露。",
            f"【{pick(rng, ['PayMe', 'AlipayHK', 'WeChat Pay HK'])}】{pick(rng, ['付款成功', '交易完成'])}：你已向{pick(rng, ['百佳', '惠康', '萬寧', '屈臣氏', '大家樂', '7-Eleven便利店'])}支付HKD {rng.uniform(10, 900):.2f}，{pick(rng, ['多謝使用', '如有疑問請聯絡客戶服務', '詳情可於交易紀錄查看'])}。",
            f"【八達通】你的八達通卡餘額不足，自動增值服務已為你增值HKD {rng.choice([150, 250, 500])}.00。",
        ])
    else:
        text = (f"【{pick(rng, ['中華郵政', '郵局', '黑貓宅急便', '新竹物流', '香港郵政'])}】"
                f"{pick(rng, ['您的包裹已送達', '您的掛號郵件已到', '您的包裹預計今日送達'])}"
                f"{pick(rng, ['，請於7日內憑證件領取', '，配送人員將與您聯絡', '，請至郵局領取'])}。")
    return finish(text, "t17", ["traditional"])


TEMPLATES = [
    (t1_code, 105), (t2_bank_code, 60), (t3_account, 80), (t4_card_bill, 60), (t5_loan, 50),
    (t6_carrier, 60), (t7_parcel, 70), (t8_ride_food, 60), (t9_travel, 55), (t10_hospital, 40),
    (t11_utility, 40), (t12_gov, 60), (t13_refund, 45), (t14_court_police, 25), (t15_school_property, 55),
    (t16_subs_points, 45), (t17_traditional, 90),
]


def generate(rng) -> list[dict]:
    return take_diverse(rng, TEMPLATES)
