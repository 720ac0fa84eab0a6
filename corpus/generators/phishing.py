"""Phishing links posing as banks, carriers, ETC, couriers, public services and payment apps.

Templates (ids t1..t10):
  t1  SMS bank: U盾 / 证书 / 密码器 expired, card frozen, 积分 about to be cleared, 提额
  t2  SMS carrier: 话费积分兑换现金, 5G 升级, 实名 / 套餐 stop notices
  t3  SMS ETC: 认证失效, 停用, 欠费黑名单, 设备异常
  t4  SMS parcel: 地址不详 / 面单破损, 重新填写 or 补运费
  t5  SMS public services: 医保 / 社保电子认证, 个税退税, 补贴申领, 违章, 公积金
  t6  SMS payment accounts: 支付宝 / 微信 / 云闪付 / 抖音支付 abnormal login, frozen, limits
  t7  chat: bare links from friends' hacked accounts ("你看这相册", "这是你吗")
  t8  traditional (Taiwan / HK) SMS
  t9  disguised: links and keywords split or written with look-alike characters
  t10 post / group notice with QR code or link
"""

from __future__ import annotations

import random
import re
import string

from common import take_templates, BANKS, SHORTENERS, digits, money, pick, separate, unsubscribe

LABEL = "phishing"
MODULE = "phishing"

BANK_ABBR = {
    "工商银行": "icbc", "建设银行": "ccb", "农业银行": "abc", "中国银行": "boc", "交通银行": "bcm", "招商银行": "cmb",
    "邮储银行": "psbc", "浦发银行": "spdb", "中信银行": "citic", "民生银行": "cmbc", "兴业银行": "cib",
    "光大银行": "ceb", "平安银行": "pab", "广发银行": "cgb", "华夏银行": "hxb", "北京银行": "bjb", "宁波银行": "nbcb",
}
TLDS = [".top", ".vip", ".cc", ".xyz", ".icu", ".club", ".shop", ".com", ".cn.com", ".net", ".wang", ".ink"]


def _url(rng: random.Random, brand: str, purposes) -> str:
    """A look-alike link: brand + purpose on a throw-away domain, or a short link."""
    r = rng.random()
    if r < 0.2:
        return pick(rng, SHORTENERS) + "/" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6))
    sep = pick(rng, ["-", "", "-", "."])
    host = brand + sep + pick(rng, list(purposes))
    if rng.random() < 0.3:
        host += digits(rng, 2)
    path = "" if rng.random() < 0.6 else "/" + "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 3)))
    scheme = pick(rng, ["", "", "http://", "https://", "www."])
    return scheme + host + pick(rng, TLDS) + path


# ---------------------------------------------------------------- vocabulary
BANK_GENERIC = [
    "请点击 {url} 完成身份验证", "请尽快访问 {url} 处理", "请于今日内通过 {url} 办理",
    "请访问 {url} 输入卡号及短信验证码完成验证",
]
BANK_PROBLEMS = [
    ("您的电子密码器(U盾)已于今日过期", ["ud", "ukey", "up"], ["请登录 {url} 进行升级更新", "请登录 {url} 在线更换"]),
    ("您的网银数字证书即将失效", ["zs", "cert", "ca"], ["请点击链接 {url} 重新下载安装证书", "更新入口：{url}"]),
    ("您尾号{tail}的账户因身份信息过期已被临时冻结", ["jd", "dj", "sf"], ["请登录 {url} 完成验证解除冻结", "解冻请访问 {url}"]),
    ("您的账户积分{pts}分将于{when}清零，可兑换现金{cash}", ["jf", "dh", "point"], ["兑换请登录 {url}", "请通过 {url} 兑换"]),
    ("您的信用卡已获临时额度提升至{quota}，尚未激活", ["te", "ed", "jh"], ["激活入口：{url}", "请于24小时内访问 {url} 激活"]),
    ("您的手机银行登录设备发生变更", ["sb", "dl", "aq"], ["如非本人操作请立即登录 {url} 修改密码", "若非本人请点击 {url} 锁定账户"]),
    ("您的借记卡未按央行要求完成年度核验，将限制非柜面交易", ["nj", "hy", "rz"], ["请登录 {url} 上传身份证完成核验"]),
    ("您的储蓄卡存在异常交易，已被风控系统锁定", ["fk", "js", "sd"], ["解锁请登录 {url}", "如非本人交易请点击 {url} 申诉"]),
    ("您的信用卡账单存在异常扣款{cash}", ["zd", "tk", "hk"], ["请点击 {url} 核对账单", "退款申请入口 {url}"]),
]
BANK_TAILS = ["逾期将影响正常使用。", "逾期作废。", "以免影响转账功能。", "否则账户将被注销。", "", "详询官网。",
              "如已办理请忽略。", "本短信为系统自动发送。"]

CARRIERS = [("中国移动", "10086", ["cmcc", "10086", "yd"]), ("中国联通", "10010", ["10010", "lt", "unicom"]),
            ("中国电信", "10000", ["189", "ct", "dx"]), ("中国广电", "10099", ["gd", "10099"])]
CARRIER_HOOKS = [
    ("您的话费积分{pts}分已满足兑换{ccash}现金条件，{when}未兑换将自动清零", ["请于3日内登录 {url} 领取", "兑换请登录 {url}"]),
    ("您的号码已获5G免费升级资格，升级后流量翻倍月租不变", ["点击 {url} 完成升级", "办理地址：{url}"]),
    ("您的号码因实名信息不完整将于今晚停机", ["请点击 {url} 上传身份证完成登记", "请于24小时内访问 {url} 完成人脸识别"]),
    ("您的积分可兑换：①现金{ccash} ②电饭煲 ③蓝牙音箱", ["兑换请登录 {url}", "详情点击 {url}"]),
    ("您的号码已被列入5G网络升级名单，4G套餐将停止服务", ["请于今日登录 {url} 升级", "办理地址：{url}"]),
    ("您的话费账户存在异常扣费{ccash}，可申请退还", ["请访问 {url} 提交申请", "退费入口：{url}"]),
    ("您当前套餐已到期，需续费以免暂停服务", ["续费请点击 {url}", "请访问 {url} 办理续约"]),
]

ETC_PROBLEMS = [
    "您的ETC卡因未完成实名认证已被停用", "您的ETC设备检测到异常，将于今日24点失效", "您的ETC账户已欠费，将被列入高速黑名单",
    "根据交通运输部通知，所有ETC设备需二次激活", "您的ETC绑定的银行卡已失效", "您的ETC电子标签信息未同步，即将注销",
    "您的ETC通行卡有效期即将到期", "您有一笔ETC通行费退款{ccash}未领取",
]
ETC_ACTIONS = [
    "为避免影响高速通行，请立即登录 {url} 重新认证", "请点击 {url} 进行信息更新", "请在3日内办理：{url}",
    "请重新绑定：{url}", "处理入口 {url}，处理时长约1分钟", "请点击 {url} 填写银行卡号领取",
    "未处理将按最高标准扣费，详见 {url}",
]
ETC_SIGNS = ["ETC服务中心", "ETC", "高速ETC", "ETC客服", "交通运输部", "粤通卡", "鲁通卡", "苏通卡"]

PARCEL_REASONS = [
    "因收件地址不详无法派送", "因门牌号错误投递失败", "因面单污损无法识别收件人", "因地址不详且需补缴超重运费{fee}",
    "因手机号有误无法通知取件", "已到达本市但地址无法识别", "多次派送未果", "因地址信息不全滞留在我站",
]
PARCEL_ACTIONS = [
    "请在24小时内点击 {url} 重新填写地址", "请点击 {url} 更新收件信息", "请于今日访问 {url} 核实地址并支付{fee}改派费",
    "请登录 {url} 补填详细地址", "回复1重新派送，或点击 {url} 修改信息", "请点击 {url} 验证身份后领取",
]
PARCEL_TAILS = ["逾期将退回寄件人。", "超时将自动退回。", "以免包裹被销毁。", "我们将尽快安排二次投递。", "", "请尽快处理。"]
PARCEL_SIGNS = {"顺丰速运": "sf", "中通快递": "zto", "圆通速递": "yto", "韵达快递": "yd", "中国邮政": "ems", "菜鸟驿站": "cainiao",
                "京东物流": "jdwl", "极兔速递": "jt", "快递通知": "kd", "申通快递": "sto", "邮政EMS": "ems"}

GOV_ITEMS = [
    ("国家医保局", "您的医保卡电子凭证需进行年度认证，未认证将暂停报销功能", ["yb", "ybj", "nhsa"]),
    ("社保中心", "您的社保卡需完成电子社保卡激活，逾期将影响待遇发放", ["sb", "shebao", "rs"]),
    ("个人所得税", "您有一笔年度个税退税款{cash}待领取", ["gs", "tax", "ts"]),
    ("人社部", "职工技能提升补贴开始申领，每人可领{cash}", ["rsb", "bt", "jn"]),
    ("交管12123", "您有一条未处理的交通违法记录，罚款200元扣3分", ["122", "wf", "jg"]),
    ("公积金中心", "您的住房公积金账户可线上提取{cash}", ["gjj", "tq"]),
    ("税务局", "您的个人所得税申报存在异常，需更正后方可退税", ["sw", "tax", "gs"]),
    ("医保局", "您的医保个人账户余额{cash}可转入银行卡", ["yb", "zr"]),
    ("人社局", "您的失业保险金领取资格需要确认", ["rsj", "sy"]),
    ("财政局", "您符合条件的育儿补贴{cash}已审批，待确认领取", ["cz", "yr", "bt"]),
]
GOV_ACTIONS = [
    "请点击 {url} 完成认证", "请于5日内登录 {url} 核对银行卡信息办理", "请扫描附件二维码或登录 {url} 申请",
    "请点击 {url} 查询处理，逾期将加收滞纳金", "办理入口：{url}，需准备身份证及银行卡", "请登录 {url} 完成人脸识别验证",
    "请在 {url} 填写银行卡号、预留手机号及验证码",
]

PAY_GENERIC = ["请立即访问 {url} 进行安全验证", "请前往 {url} 完成人脸识别"]
PAY_PROBLEMS = [
    ("您的账户存在异常登录行为，为保障资金安全已限制使用", ["请于今日登录 {url} 解除限制"]),
    ("您的账户因涉嫌违规交易被冻结", ["请在48小时内点击 {url} 进行实名认证解冻"]),
    ("您的实名信息已过期，余额将被冻结", ["请于3日内登录 {url} 更新身份证有效期"]),
    ("检测到您的账户在新设备登录", ["若非本人操作请点击 {url} 冻结账号"]),
    ("您的账户绑定的银行卡存在风险", ["请点击 {url} 重新绑卡"]),
    ("您有一笔{ccash}红包待领取，超时将退回", ["请点击 {url} 领取", "领取入口：{url}"]),
    ("您的账户因身份信息不完整已被限制提现", ["请点击 {url} 补充身份证及银行卡信息"]),
    ("您的额度已提升，请在24小时内确认", ["确认入口：{url}", "请点击 {url} 确认"]),
]
PAY_BRANDS = {"支付宝": "zfb", "微信": "wx", "云闪付": "ysf", "京东金融": "jdjr", "美团月付": "mt", "抖音月付": "dy",
              "微信支付": "wxpay", "抖音支付": "dyzf", "QQ钱包": "qqqb"}

FRIEND_LEADS = [
    "你看这相册是不是你", "这是你吗？", "这照片里的人好像你啊", "快看，有人把你的照片发网上了", "你怎么上新闻了？",
    "这是我们同学聚会的照片，有你", "帮我看看这个视频里是不是你", "群里有人发了你的照片", "哈哈哈这个笑死我了",
    "你看看这个", "这不是你家孩子吗", "帮我投个票，登录一下就行", "帮我砍一刀，用QQ授权就行", "这是你要的文件，QQ登录查看",
    "你被拍了！", "这个是你前任吧", "你的快递单子，看看对不对", "老同学，班级相册更新了",
]
FRIEND_EMOJI = ["", "", "😂", "😱", "😳", "👀", "🙏", "！！", "？", "…"]
FRIEND_WORDS = ["xc", "pic", "photo", "vid", "kan", "news", "xiangce", "img", "tp", "vote", "doc"]

_TW_PAY = ["請立即至 {url} 線上繳費", "請點擊 {url} 補繳", "繳費請至 {url}"]
_TW_FIX = ["請點擊 {url} 更新資料", "請於24小時內登入 {url} 驗證", "請即登入 {url} 重新驗證信用卡資料", "請立即至 {url} 處理"]
_TW_GET = ["請點 {url} 填寫帳戶資料以便匯款", "請至 {url} 登入領取", "請點擊 {url} 兌換"]
TW_ITEMS = [
    ("中華電信", "您的電信帳單已逾期未繳，金額{amt}元，將於今日停話", ["cht", "pay"], _TW_PAY),
    ("台灣電力", "您本期電費帳單未繳，金額{amt}元，即將斷電", ["taipower", "bill"], _TW_PAY),
    ("監理站", "您有一筆交通罰單尚未繳納，逾期將吊扣駕照", ["mvdis", "fine"], _TW_PAY),
    ("ETC遠通電收", "您的eTag帳戶餘額不足已欠費三筆", ["fetc", "etag"], _TW_PAY),
    ("中華郵政", "您的包裹因地址不完整無法寄達", ["post", "addr"], _TW_FIX),
    ("財政部", "您的綜所稅退稅款{amt}元尚未領取", ["mof", "refund"], _TW_GET),
    ("健保署", "您的健保卡需進行線上認證，未認證將影響就醫權益", ["nhi", "card"], _TW_FIX),
    ("香港郵政", "閣下的包裹因地址不詳未能派遞", ["hkpost", "redo"], _TW_FIX),
    ("八達通", "閣下的自動增值服務已暫停", ["octopus", "hk"], _TW_FIX),
    ("國泰世華", "您的網路銀行帳戶異常已暫停使用", ["cathay", "verify"], _TW_FIX),
    ("LINE", "您的帳號在其他裝置登入，如非本人操作", ["line", "safe"], _TW_FIX),
    ("玉山銀行", "您的信用卡紅利點數即將到期，可兌換{amt}元現金回饋", ["esun", "point"], _TW_GET),
    ("台灣大哥大", "您的電信點數即將到期，可兌換購物金", ["twm", "pt"], _TW_GET),
]
TW_TAILS = ["，以免影響您的權益。", "。", "，謝謝。", "，逾期恕不受理。", "！"]

POST_HEADS = ["【重要通知】", "紧急通知！！", "【群公告】", "@所有人", "【小区公告】", "【学校通知】", "转发扩散：", "【福利】", "各位同事："]
POST_BODIES = [
    ("{year}年个人所得税退税开始办理，符合条件的均可申领，平均退税{cash}", ["", "财务部", "人事行政部"]),
    ("{year}年度工作生活补贴开始申领，每人{cash}，名额有限", ["财务部", "人事行政部", ""]),
    ("ETC系统全面升级，未完成认证的设备将于月底停用", ["", "转给身边有车的朋友！"]),
    ("医保卡需要在本月底前完成电子认证，不认证下月起不能报销", ["", "社区工作站"]),
    ("移动积分兑换现金活动今天最后一天，我刚兑了{ccash}直接到零钱", ["", "亲测有效！"]),
    ("燃气系统升级，各业主须登记燃气卡信息，未登记将暂停供气", ["××物业服务中心", "社区工作站"]),
    ("学生暑期安全教育平台已开通，家长须登记身份证号和银行卡号用于补贴发放", ["班主任", "德育处"]),
    ("社保补贴开始发放，每人{cash}，仅限今日", ["", "社区工作站"]),
    ("公司工资卡信息更新，未登记者本月工资暂缓发放", ["财务部", "人事行政部"]),
]
POST_ACTIONS = [
    "请扫描下方二维码办理👇[二维码]", "入口：{url}，大家互相转告！", "请扫描群内二维码进行登记，逾期视为放弃。",
    "请点击 {url} 按提示填写身份证号、银行卡号及验证码。", "扫码即可，三个工作日到账。[图片]", "办理链接：{url} 转给身边的人！",
]


# ---------------------------------------------------------------- helpers


def _vals(rng):
    return dict(tail=digits(rng, 4), pts=str(rng.randrange(5000, 60000, 10)), cash=money(rng, 56, 3800),
                when=pick(rng, ["本月底", "今日24点", "3日后", "明日", "本周日"]), quota=money(rng, 20000, 100000, 5000),
                ccash=money(rng, 30, 400), fee=pick(rng, ["0.99元", "1.5元", "2元", "3.2元", "5元"]), year=pick(rng, ["2024", "2025"]))


# ---------------------------------------------------------------- templates
def t1(rng):
    bank = pick(rng, BANKS)
    problem, purposes, specific = pick(rng, BANK_PROBLEMS)
    url = _url(rng, BANK_ABBR[bank], purposes)
    sign = "【" + pick(rng, [bank, bank, bank[:2] if bank.endswith("银行") and len(bank) == 4 else bank, bank + "客服"]) + "】"
    text = (sign + pick(rng, ["尊敬的客户，", "尊敬的用户：", "", "温馨提示：", "您好，"]) + problem + "，"
            + pick(rng, specific + BANK_GENERIC) + "，" + pick(rng, BANK_TAILS))
    return text.format(url=url, **_vals(rng)), "sms", []


def t2(rng):
    name, short, brands = pick(rng, CARRIERS)
    url = _url(rng, pick(rng, brands), ["jf", "5g", "dh", "sm", "tc", "hd", "tf"])
    sign = "【" + pick(rng, [name, name, short, name[2:] + "营业厅", "积分商城"]) + "】"
    hook, actions = pick(rng, CARRIER_HOOKS)
    text = (sign + pick(rng, ["尊敬的客户，", "恭喜您！", "", "尊敬的用户："]) + hook + "，"
            + pick(rng, actions) + pick(rng, ["。", "，过期作废。", "，逾期资格作废。", "。"]) + unsubscribe(rng))
    return text.format(url=url, **_vals(rng)), "sms", []


def t3(rng):
    url = _url(rng, "etc", ["rz", "jh", "qf", "bk", "xq", "tk", "gx", "sj"])
    text = ("【" + pick(rng, ETC_SIGNS) + "】" + pick(rng, ["尊敬的车主，", "尊敬的用户，", "", "您好，"]) + pick(rng, ETC_PROBLEMS)
            + "，" + pick(rng, ETC_ACTIONS) + pick(rng, ["。", "，逾期将停用ETC。", "，以免影响通行。", "，并将按照最高费率收取通行费。"]))
    return text.format(url=url, **_vals(rng)), "sms", []


def t4(rng):
    sign = pick(rng, list(PARCEL_SIGNS))
    url = _url(rng, PARCEL_SIGNS[sign], ["dz", "addr", "xg", "tj", "qj", "cs"])
    who = pick(rng, ["您的快件", "您的包裹", "您的邮件", f"您运单尾号{digits(rng, 4)}的快递", "亲，您的快递", "收件人您好，您的件"])
    text = ("【" + sign + "】" + who + pick(rng, PARCEL_REASONS) + "，" + pick(rng, PARCEL_ACTIONS) + "，"
            + pick(rng, PARCEL_TAILS))
    return text.format(url=url, **_vals(rng)), "sms", []


def t5(rng):
    sign, body, purposes = pick(rng, GOV_ITEMS)
    url = _url(rng, pick(rng, purposes), ["rz", "gov", "dz", "bl", "lq", "cx", "sq"])
    text = ("【" + sign + "】" + pick(rng, ["", "根据最新政策，", "温馨提示：", "您好，"]) + body + "，"
            + pick(rng, GOV_ACTIONS) + pick(rng, ["。", "，逾期不予办理。", "，名额有限。", "，请勿泄露本短信。"]))
    return text.format(url=url, **_vals(rng)), "sms", []


def t6(rng):
    brand = pick(rng, list(PAY_BRANDS))
    problem, actions = pick(rng, PAY_PROBLEMS)
    url = _url(rng, PAY_BRANDS[brand], ["aq", "yz", "jd", "sm", "bk", "hb", "rz"])
    text = ("【" + pick(rng, [brand, brand + "安全中心", brand + "团队"]) + "】" + pick(rng, ["", "尊敬的用户，", "您好，"])
            + problem + "，" + pick(rng, actions + PAY_GENERIC) + pick(rng, ["。", "，逾期将永久冻结。", "，以免资金损失。"]))
    return text.format(url=url, **_vals(rng)), "sms", []


def t7(rng):
    url = _url(rng, pick(rng, FRIEND_WORDS), ["", "kan", "x", "v", "p", "share"]).replace("-.", ".").replace("..", ".")
    lead = pick(rng, FRIEND_LEADS)
    text = pick(rng, ["", "在吗？", "哎，", "兄弟，", "姐，", "老同学，"]) + lead + pick(rng, FRIEND_EMOJI) + pick(rng, [" ", "\n", " 👉 ", "："]) + url
    if rng.random() < 0.3:
        text += pick(rng, [" 要用QQ登录才能看", " 点开看看", " 快看", " 用微信授权一下就行"])
    return text, "chat", []


def t8(rng):
    sign, body, brands, actions = pick(rng, TW_ITEMS)
    url = _url(rng, brands[0], [brands[1], "tw", "hk", "verify"])
    text = "【" + sign + "】" + body + "，" + pick(rng, actions) + pick(rng, TW_TAILS)
    return text.format(url=url, amt=rng.randint(300, 3000)), "sms", ["traditional"]


def _spell(rng, url: str) -> str:
    style = rng.randrange(4)
    if style == 0:
        return " ".join(url)
    if style == 1:
        return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else ("．" if c == "." else c) for c in url)
    if style == 2:
        return url.replace(".", pick(rng, ["（点）", "点", "。", "丨"]))
    return url.replace(".", " . ")


def t9(rng):
    kind = rng.randrange(3)
    if kind == 0:
        bank = pick(rng, BANKS)
        problem, purposes, specific = pick(rng, BANK_PROBLEMS)
        url = _url(rng, BANK_ABBR[bank], purposes)
        text = "【" + bank + "】" + separate(rng, problem.format(**_vals(rng)), 0.3) + "，" + pick(rng, ["请登录", "请访问", "复制到浏览器打开"]) + " " + _spell(rng, url)
        channel = "sms"
    elif kind == 1:
        sign, body, purposes = pick(rng, GOV_ITEMS + [("ETC", "您的ETC认证失效", ["etc"]), ("快递", "您的包裹地址不详", ["kd"])])
        url = _url(rng, pick(rng, purposes), ["rz", "dz", "lq"])
        text = "【" + sign + "】" + separate(rng, body.format(**_vals(rng)), 0.35) + "，" + pick(rng, ["点击：", "请登录 ", "入口 "]) + _spell(rng, url)
        channel = "sms"
    else:
        url = _url(rng, pick(rng, FRIEND_WORDS), ["", "kan", "x"])
        text = separate(rng, pick(rng, FRIEND_LEADS), 0.3) + pick(rng, [" ", "：", "复制到浏览器打开："]) + _spell(rng, url)
        channel = "chat"
    return text, channel, ["disguised"]


def t10(rng):
    url = _url(rng, pick(rng, ["gs", "bt", "etc", "yb", "jf", "sb", "gz", "rq"]), ["sq", "dj", "rz", "lq"])
    body, signs = pick(rng, POST_BODIES)
    text = (pick(rng, POST_HEADS) + body + "，" + pick(rng, POST_ACTIONS)
            + pick(rng, ["", " ", "（截止本周五）"]) + pick(rng, signs))
    return text.format(url=url, **_vals(rng)), pick(rng, ["post", "post", "chat"]), []


TEMPLATES = {"t1": (t1, 50), "t2": (t2, 40), "t3": (t3, 35), "t4": (t4, 35), "t5": (t5, 45), "t6": (t6, 35),
             "t7": (t7, 35), "t8": (t8, 25), "t9": (t9, 35), "t10": (t10, 25)}


def generate(rng):
    return take_templates(rng, TEMPLATES, LABEL, MODULE, tidy=lambda text: re.sub(r"，。|。。|，，", lambda m: m.group(0)[-1], text),
                          tries_per_row=60)
