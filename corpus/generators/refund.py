"""Fake e-commerce / courier / airline customer service offering refunds or compensation.

Templates (ids t1..t8):
  t1  SMS: shop product quality problem, recall, 下架, 甲醛超标 -> double / triple refund
  t2  SMS: lost or damaged parcel -> 理赔
  t3  SMS: cancelled or delayed flight -> 改签 / 退票 / 补偿
  t4  SMS: wrongly opened membership, 百万保障, live-stream VIP, student account -> "cancel it"
  t5  call: spoken caller script (identity, pretext, offer, hook steps, pressure)
  t6  chat: customer-service turns on WeChat/QQ with a hook
  t7  traditional (Taiwan / HK): 解除分期, 誤設會員, 包裹遺失
  t8  disguised SMS/chat: contact and keywords split or written in look-alike characters
"""

from __future__ import annotations

import re

from common import (take_templates, AIRLINES, COURIERS, MEETING_APPS, SHOPS, contact, digits, disguise_digits,
                    landline, mobile, money, person, pick, scam_url, separate, sms_sign, unsubscribe)

LABEL = "refund"
MODULE = "refund"

# ---------------------------------------------------------------- vocabulary
PRODUCTS = [
    "儿童羽绒服", "婴儿爬行垫", "实木衣柜", "乳胶枕", "电热毯", "儿童保温杯", "面膜套装", "加湿器", "空气炸锅",
    "学生书桌", "羊毛大衣", "宝宝辅食机", "床上四件套", "蓝牙耳机", "充电宝", "儿童安全座椅", "电动牙刷",
    "洗发水", "猫粮", "婴儿奶瓶", "沙发垫", "奶粉", "皮鞋", "卫生巾", "孕妇防辐射服",
]
DEFECTS = [
    "经质检部门抽检甲醛含量超标", "被检测出荧光剂超标", "存在严重质量问题", "因生产批次问题被厂家紧急召回",
    "经市场监管局抽查判定为不合格产品", "被消费者投诉引发皮肤过敏", "存在漏电自燃安全隐患",
    "因供应商资质问题已被平台强制下架", "被检出重金属含量超标", "因仓库受潮霉变无法正常使用",
    "与详情页描述严重不符被判定虚假宣传", "含有违禁添加成分",
]
OFFERS_SHOP = [
    "平台将为您办理双倍退款", "我们将按订单金额三倍进行赔付", "可申请“退一赔三”", "为您办理全额退款并额外补偿{m}",
    "商家承诺“假一赔十”，赔付金额{m}", "您可获得理赔金{m}", "平台已启动先行赔付，赔付{m}", "现为您办理召回退款及赔偿{m}",
]
SHOP_HOOKS = [
    "请于今日内联系专属理赔专员{ph}办理", "请点击 {url} 填写收款银行卡信息", "登记请{ct}",
    "请回电{ph}核对退款账户", "详情请扫描包裹内卡片二维码添加售后", "请下载“{app}”与理赔专员视频核验后领取",
    "请回复“1”，专员将致电为您办理", "请登录 {url} 输入支付宝账号及短信验证码完成退款",
]
DEADLINES = [
    "逾期视为自动放弃。", "24小时内有效。", "名额有限，请尽快处理。", "超时将无法受理。", "", "", "过期作废。",
    "今晚20点前未办理将自动关闭理赔通道。", "请勿错过。",
]
GREETINGS_SMS = ["尊敬的客户您好，", "亲爱的顾客：", "您好，", "尊敬的会员，", "温馨提示：", "", "亲，"]

PARCEL_EVENTS = [
    "在转运中心分拣时丢失", "在运输途中因车辆事故损毁", "因外包装破损导致内件损坏", "被快递员误派后无法找回",
    "在中转仓库受潮浸泡", "因面单脱落无法派送已遗失", "在航空运输中被安检扣留后遗失", "因网点失火被烧毁",
    "被系统标记为异常件，目前已确认丢失",
]
PARCEL_OFFERS = [
    "按保价规则可获赔付{m}", "我司将按货值三倍赔偿，共计{m}", "公司承担全部责任，理赔金额{m}",
    "已为您申请快速理赔{m}", "除退还运费外另赔偿{m}", "理赔款{m}已审核通过",
]
PARCEL_HOOKS = [
    "请添加理赔专员微信{wx}提交银行卡信息", "请点击 {url} 确认收款账户", "请于2小时内拨打{ph}受理",
    "理赔请{ct}，备注单号", "请回复本短信您的姓名及银行卡号", "请扫描派件员留下的理赔二维码填写资料",
    "请下载“{app}”进入理赔房间办理", "请致电{ph}，按提示提供卡号及验证码",
]

FLIGHT_REASONS = [
    "因机械故障", "因天气原因", "因航路管制", "因机组调配", "因飞机调配原因", "因目的地机场关闭",
    "因台风影响", "因前序航班延误",
]
FLIGHT_STATES = ["已取消", "取消执行", "延误超过4小时", "停飞", "被临时取消"]
FLIGHT_OFFERS = [
    "每位旅客可获延误补偿{m}", "可免费改签并领取补偿金{m}", "可全额退票并获补偿{m}",
    "为表歉意特赠送航延理赔{m}/人", "改签成功后另行补偿{m}", "可申请退票并领取慰问金{m}",
]
FLIGHT_HOOKS = [
    "请致电航空客服{ph}办理", "请点击 {url} 办理改签及补偿", "退票须通过人工客服{ph}办理",
    "领取请{ct}", "请于2小时内拨打{ph}确认，否则座位将释放", "补偿金领取需提供银行卡号，请回电{ph}",
    "请下载“航旅理赔”APP（{url}）实名认证后领取",
]

MEMBERSHIPS = [
    "“百万保障”服务", "“百万医疗保障”", "直播间尊享VIP会员", "学生会员", "“商家代理”服务", "月付会员",
    "“批发商”身份", "直播间守护者年卡", "“超级会员”自动续费", "“保险代扣”服务", "粉丝团VIP",
]
MEMBER_PLATFORMS = SHOPS + ["抖音", "快手", "支付宝", "微信支付", "美团", "京东金融"]
MEMBER_FEES = ["每月将自动扣费{m}", "年费{m}将于明日扣除", "每月扣除服务费{m}", "试用期结束后每月扣{m}",
               "将从绑定银行卡扣除{m}", "首期扣款{m}将于今晚执行"]
MEMBER_THREATS = [
    "如非本人操作请立即取消", "否则将影响个人征信", "逾期将自动扣款且无法退还", "不取消将持续扣费",
    "如不需要请尽快关闭", "未及时关闭将上报征信系统",
]
MEMBER_HOOKS = [
    "请联系客服{ph}", "请在今日内回电{ph}", "关闭请点击 {url}", "取消请{ct}",
    "请下载“{app}”进行身份核验后关闭", "请回复1，人工客服将致电为您办理",
]

# spoken call parts
CALL_OPEN = [
    "喂您好，请问是{name}吗？", "您好，打扰一下，是尾号{tail}的机主吗？", "喂，你好，是{sur}先生吧？",
    "您好，请问是{sur}女士吗？不好意思打扰您了。", "喂？听得到吗？您好，", "哎您好，", "您好，",
]
_ID_SHOP = ["我这边是{shop}售后客服，工号{no}。", "我是{shop}官方客服，您可以叫我小{sur}。", "我这边是{shop}平台的风控部门。"]
_ID_COURIER = ["我是{courier}的理赔专员，我姓{sur}。", "这边是{courier}快递理赔部。", "我是{courier}客服，工号{no}。"]
_ID_AIR = ["这里是{air}客服中心。", "我这边是{air}的退改签专员，工号{no}。", "这边是航空公司客服，我姓{sur}。"]
_ID_PLATFORM = ["我是{pay}的客服，工号{no}。", "我这边是{pay}官方客服中心。", "我是{shop}会员中心的客服。"]
_PAY_OFFERS = [
    "我们这边给您做一个双倍退款，金额是{m}。", "按照规定给您赔付三倍，一共是{m}。",
    "您放心，不会让您有损失的，我们会全额退款，还补偿您{m}。", "我们主动给您理赔，已经申请下来{m}了。",
]
_CANCEL_OFFERS = [
    "这个我们可以帮您关掉，不收任何费用。", "不是您本人开的话，我这边马上帮您取消。",
    "您放心，取消之后已经扣的钱也会退给您。", "如果不处理的话每个月都会扣，我现在帮您关。",
]
_FLIGHT_OFFERS = [
    "除了退票款之外，还有{m}的补偿金。", "我们给您免费改签，另外每位旅客补偿{m}。",
    "您可以选择全额退票，我们再补偿您{m}。", "改签到明天同一时间，外加{m}现金补偿。",
]
CALL_PRETEXT = [
    ("您上个月买的那个{prod}，{defect}，现在全部下架了。", _PAY_OFFERS, _ID_SHOP),
    ("您有一个快递{event}，真的很抱歉。", _PAY_OFFERS, _ID_COURIER),
    ("您明天的航班{reason}{state}了。", _FLIGHT_OFFERS, _ID_AIR),
    ("系统显示您的账号开通了{member}，{fee}。", _CANCEL_OFFERS, _ID_PLATFORM),
    ("您之前在学生时期开通了一个借款账户，按照规定现在必须注销，不然会影响征信。", _CANCEL_OFFERS, _ID_PLATFORM),
    ("您的订单因为我们仓库工作人员操作失误，被重复扣款了。", _PAY_OFFERS, _ID_SHOP),
    ("您在直播间买的那个{prod}，主播卖的是假货，已经被封号了。", _PAY_OFFERS, _ID_SHOP),
    ("您在直播间被误开通了{member}，{fee}。", _CANCEL_OFFERS, _ID_PLATFORM),
]
CALL_HOOK = [
    "您先下载一个“{app}”，我发会议号给您，进去之后点共享屏幕，我一步一步教您。",
    "等一下您手机会收到一个六位数的验证码，您把验证码念给我就可以了。",
    "您打开支付宝，在搜索框里搜“备用金”，领取出来，我这边要核实一下您的资金流水。",
    "您打开支付宝看一下借呗能借多少，借出来转到我们的验证账户，核对完连同理赔款一起退给您。",
    "您报一下您常用的银行卡号和开户行，还有预留手机号，我这边给您登记。",
    "我这边发一个二维码到您微信，您扫一下，页面出来之后填写一下银行卡信息。",
    "您需要先到手机银行里点转账，输入我给您的核验账户，这只是走个流程，钱会原路退回。",
    "我给您发个链接，您点进去登录一下，填完信息之后把收到的验证码告诉我。",
]
CALL_PRESS = [
    "您先别挂电话，挂了的话流程要重新走。", "这个今天必须办完，明天系统就关闭了。",
    "您别担心，我们是正规客服，全程录音的。", "这个过程大概五分钟，您找个安静的地方。",
    "您不要跟别人说，不然流程会作废。", "您身边有电脑吗？没有的话手机也可以。", "",
]
CALL_TURNS = [
    "我：哦，那怎么弄？", "我：我没买过这个啊？", "我：真的假的？", "我：嗯，你说。", "我：要钱吗？",
    "我：那我要怎么操作？",
]

# chat parts
CHAT_OPEN = ["亲，", "亲亲~", "宝，", "您好～", "在吗亲？", "哈喽亲，", "姐，", "哥，", "亲爱的，", ""]
CHAT_PRETEXT = [
    "您买的{prod}被查出有问题，我们给您退款哈", "您的快递丢了，我们赔您三倍😭", "您的航班取消了，补偿金给您批下来了",
    "您误开的会员今天不关明天就扣钱了", "退款已经申请好了，就差最后一步验证", "店铺要关了，给您退双倍货款",
    "您的赔偿款打不进去，系统说账户要激活", "理赔审核通过啦💰",
]
CHAT_HOOK = [
    "验证码发我一下哦", "您开下屏幕共享我教您", "您把卡号发我，财务马上打款", "支付宝搜一下备用金，领出来我帮您核对",
    "扫一下这个码[图片]", "点这里填一下信息👉 {url}", "下个{app}，会议号{mid}", "借呗借一笔转过来验证下，马上退",
    "先转1块钱到这个账户激活一下", "理赔专员在这，{ct}",
]
CHAT_TAIL = ["", "😊", "哈", "～", "放心哦", "很快的", "不会扣您钱的", "别挂哈", "🙏", "👌"]

# traditional parts
_TW_SHOP_PRETEXT = [
    "您上次的訂單因工作人員疏失被誤設為批發商，每月將自動扣款", "您的帳戶被誤設為12期分期付款",
    "系統錯誤導致您的訂單重複扣款十二次", "您被誤升級為高級會員，月費將從信用卡扣除",
    "您購買的商品因瑕疵被下架，將全額退款並補償",
]
TW_PAIRS = [
    (["蝦皮購物客服", "momo購物網客服中心", "博客來客服", "PChome客服", "露天拍賣客服", "全家網購客服"], _TW_SHOP_PRETEXT),
    (["黑貓宅急便", "新竹物流客服", "順豐速運香港理賠部", "7-11交貨便客服"],
     ["您的包裹配送途中遺失，本公司將依價賠償", "您的包裹在轉運時毀損，理賠金已核准", "您的貨件因地址錯誤遺失，將全額賠償"]),
    (["長榮航空客服", "華航客服中心", "國泰航空客服", "星宇航空客服"],
     ["您的航班因颱風取消，將退還全額機票款並補償", "您明日的航班因機件故障取消，可退票並領取補償金", "您的航班延誤超過五小時，可申請延誤賠償"]),
]
TW_HOOK = [
    "請至附近ATM依客服指示解除設定", "請提供銀行帳號及網銀密碼以便退款", "請加LINE ID：{line} 由專員協助取消",
    "稍後銀行專員將來電教您操作，請保持手機暢通", "請點擊 {url} 登入網路銀行申請退款", "請提供提款卡背面號碼以核對身分",
    "請把手機收到的簡訊驗證碼告訴客服", "請用街口支付掃描客服提供的QR Code",
]
TW_OPEN = ["您好，這邊是", "喂，您好，我是", "【通知】", "親愛的會員您好，這裡是", ""]


# ---------------------------------------------------------------- helpers


def _fill(rng, s: str) -> str:
    return s.format(
        m=money(rng, 120, 3600, 1), ph=pick(rng, [landline(rng), mobile(rng), "400-" + digits(rng, 3) + "-" + digits(rng, 4)]),
        url=scam_url(rng, ("tk", "pf", "lp", "kf", "refund", "pei", "bc")), ct=contact(rng, False),
        wx=pick(rng, ["sf", "kd", "lp", "pei", "kf"]) + digits(rng, 4), app=pick(rng, MEETING_APPS + ["云视讯"]),
        mid=" ".join(digits(rng, 3) for _ in range(3)), line=pick(rng, ["svc", "kf", "help", "tw"]) + digits(rng, 3),
        prod=pick(rng, PRODUCTS), defect=pick(rng, DEFECTS), event=pick(rng, PARCEL_EVENTS),
        reason=pick(rng, FLIGHT_REASONS), state=pick(rng, FLIGHT_STATES), member=pick(rng, MEMBERSHIPS),
        fee=pick(rng, MEMBER_FEES).format(m=money(rng, 199, 2400, 1)), name=person(rng), sur=person(rng)[0],
        tail=digits(rng, 4), no=digits(rng, 4), shop=pick(rng, SHOPS), courier=pick(rng, COURIERS),
        air=pick(rng, AIRLINES), pay=pick(rng, ["支付宝", "微信支付", "京东金融", "美团"]),
    )


def _order_no(rng) -> str:
    return pick(rng, ["订单号", "订单", "单号"]) + pick(rng, ["", "JD", "TB", "PDD"]) + digits(rng, rng.randint(10, 14))


# ---------------------------------------------------------------- templates
def t1(rng):
    shop = pick(rng, SHOPS)
    sign = sms_sign(rng, [shop, shop + "售后", shop + "客服中心", "消费者权益保障中心", "售后理赔部"])
    parts = [pick(rng, GREETINGS_SMS),
             pick(rng, ["您于近期购买的", "您在" + shop + "购买的", "您" + _order_no(rng) + "中的", "您在我店购买的"]),
             pick(rng, PRODUCTS), pick(rng, DEFECTS), "，", pick(rng, OFFERS_SHOP), "，", pick(rng, SHOP_HOOKS), "。",
             pick(rng, DEADLINES)]
    text = _fill(rng, sign + "".join(parts))
    if rng.random() < 0.3:
        text += unsubscribe(rng)
    return text, "sms", []


def t2(rng):
    courier = pick(rng, COURIERS)
    sign = sms_sign(rng, [courier, courier + "理赔中心", "菜鸟驿站", "快递理赔部", "物流客服"])
    waybill = pick(rng, ["SF", "YT", "ZT", "JT", "YD", ""]) + digits(rng, 12)
    body = (pick(rng, GREETINGS_SMS) + pick(rng, ["您的快件", "您的包裹", "您单号" + waybill + "的快递", "您寄出的件", "运单" + waybill])
            + pick(rng, PARCEL_EVENTS) + "，" + pick(rng, ["我司深表歉意，", "", "经核实，", "责任在我方，"])
            + pick(rng, PARCEL_OFFERS) + "，" + pick(rng, PARCEL_HOOKS) + "。" + pick(rng, DEADLINES))
    return _fill(rng, sign + body), "sms", []


def t3(rng):
    air = pick(rng, AIRLINES)
    code = pick(rng, ["MU", "CZ", "CA", "HU", "3U", "MF", "9C", "HO"]) + digits(rng, 4)
    sign = sms_sign(rng, [air, "航班变动", "航旅通知", "航空客服", "民航服务中心"])
    route = pick(rng, ["", f"{pick(rng, ['上海', '广州', '成都', '北京', '深圳', '杭州'])}-{pick(rng, ['三亚', '昆明', '西安', '重庆', '厦门', '哈尔滨'])} "])
    body = (pick(rng, ["尊敬的旅客：", "旅客您好，", "您好！", "非常抱歉地通知您，"])
            + pick(rng, ["您预订的", "您乘坐的", "您购买的明日", "您订购的"]) + route + code + "航班"
            + pick(rng, FLIGHT_REASONS) + pick(rng, FLIGHT_STATES) + "，" + pick(rng, FLIGHT_OFFERS) + "，"
            + pick(rng, FLIGHT_HOOKS) + "。" + pick(rng, ["", "给您带来不便敬请谅解。", "名额有限，先到先得。", "请勿延误。"]))
    return _fill(rng, sign + body), "sms", []


def t4(rng):
    plat = pick(rng, MEMBER_PLATFORMS)
    sign = sms_sign(rng, [plat, plat + "客服", "扣费提醒", "会员中心"])
    body = (pick(rng, ["您好，", "尊敬的用户，", "", "系统检测到"]) + pick(rng, ["您的账户已开通", "您于昨日误开通了", "您的账号被开通了", "您名下"])
            + plat + pick(rng, MEMBERSHIPS) + "，" + pick(rng, MEMBER_FEES) + "，" + pick(rng, MEMBER_THREATS) + "，"
            + pick(rng, MEMBER_HOOKS) + "。" + unsubscribe(rng))
    return _fill(rng, sign + body), "sms", []


def t5(rng):
    pretext, offers, ids = pick(rng, CALL_PRETEXT)
    parts = [pick(rng, CALL_OPEN), pick(rng, ids), pretext, pick(rng, offers)]
    if rng.random() < 0.4:
        parts = ["客服：" + "".join(parts), pick(rng, CALL_TURNS), "客服：" + pick(rng, CALL_HOOK) + pick(rng, CALL_PRESS)]
        text = " ".join(parts)
    else:
        parts += [pick(rng, ["那现在", "接下来", "是这样的，", "麻烦您配合一下，", "好的，"]) + pick(rng, CALL_HOOK), pick(rng, CALL_PRESS)]
        text = "".join(parts)
    return _fill(rng, text), "call", []


def t6(rng):
    text = pick(rng, CHAT_OPEN) + pick(rng, CHAT_PRETEXT) + pick(rng, ["，", "，", "！", " "]) + pick(rng, CHAT_HOOK) + pick(rng, ["", "，", " "]) + pick(rng, CHAT_TAIL)
    if rng.random() < 0.25:
        text = pick(rng, ["客服小" + pick(rng, ["美", "雅", "琳", "陈", "王"]) + "：", "【售后】", "理赔专员：", ""]) + text
    return _fill(rng, text), "chat", []


def t7(rng):
    ids, pretexts = pick(rng, TW_PAIRS)
    who = pick(rng, ids)
    body = pick(rng, TW_OPEN) + who + "，" + pick(rng, pretexts) + "，" + pick(rng, TW_HOOK) + pick(rng, ["。", "，謝謝。", "喔！", "，以免影響您的權益。"])
    channel = pick(rng, ["sms", "call", "chat"])
    if channel == "sms" and not body.startswith("【"):
        body = "【" + who[:4] + "】" + body
    return _fill(rng, body), channel, ["traditional"]


def t8(rng):
    kind = rng.randrange(3)
    if kind == 0:
        core = pick(rng, ["退款", "理赔", "赔付", "补偿金", "取消会员"])
        hook = f"{pick(rng, ['请➕', '联系', '加', '找'])}{pick(rng, ['V信', '薇信', 'VX', '卫星', '扣扣', '企鹅'])}：{disguise_digits(rng, digits(rng, rng.randint(8, 10)))}"
        lead = pick(rng, ["您的快件丢失，", "您的订单商品已下架，", "航班取消，", "您误开的会员即将扣费，", "您购买的商品质检不合格，"])
        text = pick(rng, ["【" + pick(rng, SHOPS) + "】", "【理赔】", ""]) + separate(rng, lead + core + "请尽快办理，", 0.35) + hook
        channel = "sms"
    elif kind == 1:
        text = (pick(rng, ["亲，", "宝，", "您好，"]) + pick(rng, ["tui款", "li赔", "赔fu", "退kuan"]) + pick(rng, ["需要", "要"])
                + pick(rng, ["yhk号", "验证ma", "支fu宝账号", "卡号和mi码", "备用j转一下验证"]) + pick(rng, ["哦", "哈", "", "～"])
                + pick(rng, ["，", " "]) + contact(rng, True))
        channel = "chat"
    else:
        amount = disguise_digits(rng, str(rng.randrange(200, 3000, 10)))
        text = (pick(rng, ["【" + pick(rng, COURIERS) + "】", "【航班通知】", "【售后】"]) + pick(rng, ["您的赔偿款", "补偿金", "理赔金额"])
                + amount + "元" + pick(rng, ["已审核，", "待领取，", "已到账待确认，"])
                + separate(rng, pick(rng, ["请点击", "请登录", "复制到浏览器打开"]), 0.5) + " "
                + " ".join(scam_url(rng, ("tk", "lp", "pei"))) + pick(rng, ["", " 逾期作废", " 填写卡号领取"]))
        channel = "sms"
    return text, channel, ["disguised"]


TEMPLATES = {"t1": (t1, 60), "t2": (t2, 50), "t3": (t3, 45), "t4": (t4, 45), "t5": (t5, 55),
             "t6": (t6, 45), "t7": (t7, 25), "t8": (t8, 35)}


def generate(rng):
    return take_templates(rng, TEMPLATES, LABEL, MODULE, tidy=lambda text: re.sub(r"，。|。。", "。", text).replace("，，", "，"),
                          tries_per_row=40)
