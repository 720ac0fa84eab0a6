"""Generator for ``fake_shopping`` (虚假购物、服务).

Templates (each built from independent phrase slots):
  t1  too-cheap goods post (phones, liquor, luxury, appliances) with a prepay term
  t2  seller chat steering the buyer off the platform to pay directly
  t3  follow-up after payment: extra 运费 / 保价费 / 关税 / 押金 before "delivery"
  t4  concert / match / theme-park tickets from an "internal channel"
  t5  pets (cats, dogs) with deposit, then transport / quarantine fees
  t6  certificates, licences, prescription drugs and other "services"
  t7  marketing-style SMS with a link to a fake shop
  t8  second-hand / mortgaged cars with a deposit and logistics fees
  t9  Taiwan / Hong Kong wording (一頁式廣告, 蝦皮, LINE, 轉數快, 超商)
"""

from __future__ import annotations

import common as c

LABEL = "fake_shopping"
MODULE = "fake_shopping"


def _rec(text, channel, tid, tags=()):
    return c.record(text, LABEL, channel, f"gen:{MODULE}:{tid}", c.length_tags(text, tags))


def _contact(rng, tags, rate=0.1):
    disguised = rng.random() < rate
    if disguised:
        tags.add("disguised")
    return c.contact(rng, disguised=disguised)


def _maybe_sep(rng, text, tags, rate=0.06):
    if rng.random() < rate:
        tags.add("disguised")
        return c.separate(rng, text, 0.8)
    return text


def _price(rng, lo, hi, step=1):
    v = rng.randrange(lo, hi + 1, step)
    return c.pick(rng, [f"{v}元", f"{v}", f"￥{v}", f"{v}块", f"{v}米"])


# ---------------------------------------------------------------- t1 cheap goods post
GOODS = [  # name, fake price range
    ("全新iPhone 15 Pro Max 256G", 1999, 3999), ("iPhone 14 国行未激活", 1299, 2599),
    ("华为Mate60 Pro", 1699, 3299), ("飞天茅台53度 500ml", 680, 1180), ("茅台1935 整箱", 1800, 3600),
    ("戴森吹风机", 299, 699), ("MacBook Air M2", 2399, 3999), ("PS5 国行光驱版", 1299, 2199),
    ("LV老花手袋", 680, 1800), ("劳力士绿水鬼", 1500, 4800), ("索尼A7M4相机", 3500, 6800),
    ("大疆无人机 Mini 4", 899, 1999), ("小米65寸电视", 999, 1599), ("五粮液第八代", 380, 680),
    ("中华烟 整条", 260, 420), ("黄金手镯 足金", 2800, 6800), ("RTX4090显卡", 4999, 7999),
]
T1_SOURCE = [
    "海关罚没处理", "公司年会奖品用不上", "抵债货急出", "工厂内部渠道", "员工内购名额多出来",
    "机场免税渠道", "仓库清仓", "拍卖会流拍货", "朋友在厂里上班拿的", "银行积分兑换的",
]
T1_CLAIM = [
    "原封未拆，支持验货", "假一赔十", "全新未使用", "可视频看实物", "正品保证，有小票",
    "品质跟专柜一样", "包装完好，可拍细节图", "数量不多，要的抓紧",
]
T1_TERM = [
    "先付{dep}定金锁货，发货前付尾款", "只收全款，不走平台", "不支持货到付款，先款后货",
    "平台扣点太高，私下交易再让{off}", "微信转账即发顺丰", "先转账后发货，当天发出",
    "付款后48小时内发货", "需要先交{dep}押金防止拒收",
]
T1_END = ["手慢无", "数量有限，先到先得", "非诚勿扰", "有意私聊", "今天截止", "仅剩{n}台", ""]


def t1(rng):
    tags = set()
    name, lo, hi = c.pick(rng, GOODS)
    price = _price(rng, lo, hi, 10)
    parts = [
        c.pick(rng, T1_SOURCE),
        _maybe_sep(rng, name, tags) + c.pick(rng, ["只要", "仅需", " ", "低价", "特价"]) + price,
        c.pick(rng, T1_CLAIM),
        c.pick(rng, T1_TERM).format(dep=c.money(rng, 100, 800, 50), off=c.money(rng, 50, 300, 50)),
        _contact(rng, tags),
        c.pick(rng, T1_END).format(n=rng.randrange(2, 9)),
    ]
    if rng.random() < 0.5:
        parts[0], parts[1] = parts[1], parts[0]
    text = c.pick(rng, ["，", " ", "。", "\n"]).join(p for p in parts if p)
    return _rec(text, "post", "t1", tags)


# ---------------------------------------------------------------- t2 off-platform chat
T2_GREET = ["亲", "宝", "哥", "姐妹", "老板", "你好", "兄弟", "亲爱的"]
T2_REASON = [
    "{shop}上扣手续费太多了", "{shop}要压款七天才到账", "{shop}那边我号被限流了",
    "平台上这个价拍不了", "{shop}上挂的是原价", "在{shop}聊天会被屏蔽",
    "{shop}订单要实名，我这边不方便", "我刚注册的{shop}号还没开通收款",
]
T2_ASK = [
    "咱们加微信私下交易吧", "你直接转我支付宝，我给你便宜{off}", "你扫我码付款，我马上发货",
    "直接微信转我，包邮", "你转我银行卡，发货单号马上给你", "我们走微信，我给你少{off}",
    "你别在平台拍了，直接转账给我", "转账备注写“还款”就行，别写购物",
]
T2_PUSH = [
    "好几个人在问了", "今天不付我就卖别人了", "放心，我做了好几年了", "我可以发身份证给你看",
    "你去看我朋友圈，天天发货", "要的话尽快", "不相信可以视频", "",
]


def t2(rng):
    tags = set()
    parts = [
        c.pick(rng, T2_GREET),
        c.pick(rng, T2_REASON).format(shop=c.pick(rng, c.SHOPS)),
        c.pick(rng, T2_ASK).format(off=c.money(rng, 50, 400, 10)),
    ]
    if rng.random() < 0.4:
        parts.append(_contact(rng, tags, 0.25))
    parts.append(c.pick(rng, T2_PUSH))
    text = c.pick(rng, ["，", " ", "～"]).join(p for p in parts if p)
    return _rec(text, "chat", "t2", tags)


# ---------------------------------------------------------------- t3 follow-up fees
T3_STATUS = [
    "您的货已经发出了", "包裹已到您所在城市中转站", "您的订单已出库", "货物已到海关",
    "东西到{city}了", "快递员准备派送了", "货已经装车", "已经帮你打包好了",
]
T3_PROBLEM = [
    "但是包裹超重", "但物流说属于贵重物品", "但被海关抽检扣下了", "但是地址信息不完整被退回",
    "但系统显示您没有签收权限", "但是航空件需要安检", "但是属于进口商品", "但运输途中外箱破损",
]
T3_FEE = ["运费差价", "保价费", "关税", "清关费", "押运保证金", "防拒收押金", "仓储滞留费", "消杀费",
          "重新派送费", "行邮税"]
T3_PROMISE = ["签收后全额退还", "交完马上派送", "这是最后一笔费用", "系统自动原路退回",
              "不交的话货物会被退回", "逾期将被销毁，已付货款不退", "超过24小时每天加收{late}"]
T3_HOW = ["转到这个账户：{card}", "扫我发的二维码", "直接微信转我", "转给物流专员{m}",
          "点击 {url} 补缴", "联系客服{m}办理"]


def t3(rng):
    tags = set()
    channel = c.pick(rng, ["chat", "chat", "sms", "call"])
    card = c.pick(rng, c.BANKS) + " " + "62" + c.digits(rng, 14)
    parts = [
        c.pick(rng, ["亲，", "您好，", "", "买家您好，", "宝，"]) + c.pick(rng, T3_STATUS).format(city=c.pick(rng, c.CITIES)),
        c.pick(rng, T3_PROBLEM),
        "需要补交" + _maybe_sep(rng, c.pick(rng, T3_FEE), tags) + c.money(rng, 30, 3800, 1),
        c.pick(rng, T3_PROMISE).format(late=c.money(rng, 20, 100, 10)),
        c.pick(rng, T3_HOW).format(card=card, m=c.mobile(rng), url=c.scam_url(rng, ("wl", "kd", "hg", "pay", "sf"))),
    ]
    if channel == "sms":
        parts[0] = c.sms_sign(rng, ["物流中心", "海关清关", "快递通知", "跨境物流", "仓储中心"]) + parts[0]
    text = "，".join(parts) + c.pick(rng, ["。", "", "！"])
    if channel == "call":
        text = c.pick(rng, ["喂，你好，", "喂，是{n}吗？".format(n=c.person(rng)), "您好，我这边是物流公司的，"]) + text
    return _rec(text, channel, "t3", tags)


# ---------------------------------------------------------------- t4 tickets
EVENTS = ["周杰伦演唱会", "五月天演唱会", "林俊杰演唱会", "薛之谦演唱会", "张学友演唱会", "刀郎演唱会",
          "中超决赛", "CBA总决赛", "NBA中国赛", "国足世预赛", "草莓音乐节", "陈奕迅演唱会",
          "德云社专场", "周深演唱会"]
T4_SEAT = ["内场前五排", "VIP区", "看台正面", "内场", "一楼看台", "连座两张", "前排", ""]
T4_SOURCE = ["内部员工票", "主办方留票", "赞助商渠道", "临时有事去不了原价转", "朋友在场馆工作拿的",
             "工作证渠道", "黄牛也拿不到的票"]
T4_PAY = ["先转账后出票", "先付{dep}锁票", "只收微信转账，不走平台", "付款后发电子票",
          "实名可换绑，需付换绑费{dep}", "不面交，先款"]
T4_END = ["最后{n}张", "手慢无", "要的私", "今晚就出", "不议价", ""]


def t4(rng):
    tags = set()
    ev = c.pick(rng, EVENTS)
    price = _price(rng, 300, 3800, 10)
    parts = [
        c.pick(rng, [c.pick(rng, c.CITIES) + "站", "", "本周六", "下个月"]) + _maybe_sep(rng, ev, tags),
        c.pick(rng, T4_SEAT),
        c.pick(rng, T4_SOURCE),
        c.pick(rng, ["每张", "一张", "只要", "单价"]) + price,
        c.pick(rng, T4_PAY).format(dep=c.money(rng, 100, 500, 50)),
        c.pick(rng, T4_END).format(n=rng.randrange(2, 6)),
    ]
    if rng.random() < 0.6:
        parts.append(_contact(rng, tags))
    channel = c.pick(rng, ["post", "post", "chat"])
    text = c.pick(rng, ["，", " ", "｜"]).join(p for p in parts if p)
    return _rec(text, channel, "t4", tags)


# ---------------------------------------------------------------- t5 pets
PETS = ["布偶猫", "英短蓝猫", "金渐层", "暹罗猫", "柯基", "柴犬", "比熊", "金毛", "边牧", "萨摩耶", "法斗", "泰迪"]
T5_CLAIM = ["纯种双血统", "疫苗驱虫已做", "包健康包纯种", "品相好", "两个月大", "家养的不是猫舍狗场", "附血统证书",
            "签协议包活"]
T5_REASON = ["家里老人过敏", "搬家养不了", "找个有缘人", "一窝太多", "出国了没法带", "不图钱"]
T5_DEAL = [
    "只要{p}，先付{dep}定金留{it}", "{p}包邮，空运到家", "只收运费和疫苗费", "{p}，先款后发，航空托运",
    "定金{dep}，剩下的到了再付", "送养，只要出笼子钱{dep}",
]
T5_FOLLOW = [
    "已到机场，航空公司要求买活体运输险{fee}",
    "的检疫证明过期了，需要补办{fee}",
    "路上有点应激，要打营养针{fee}",
    "的托运笼子不合格，要换航空箱{fee}",
    "到了中转站，需要交防疫押金{fee}，签收后退",
    "还没打狂犬疫苗证明，航空不让上飞机，补办要{fee}",
]


def t5(rng):
    tags = set()
    pet = c.pick(rng, PETS)
    it = "猫" if "猫" in pet or "渐层" in pet else "狗"
    if rng.random() < 0.35:
        text = c.pick(rng, ["亲，", "宝，", "", "您好，"]) + c.pick(rng, ["猫猫" if it == "猫" else "狗狗", "小" + it, "你的" + pet, "宝宝"]) + \
            c.pick(rng, T5_FOLLOW).format(fee=c.money(rng, 200, 1500, 10)) + \
            c.pick(rng, ["，交了马上起飞", "，不交就要被隔离", "，你先付一下，到了退你", "，今天必须交", ""])
        return _rec(text, "chat", "t5", tags)
    parts = [
        _maybe_sep(rng, pet, tags) + c.pick(rng, ["幼崽", "宝宝", "", "出售", "送养"]),
        c.pick(rng, T5_CLAIM),
        c.pick(rng, T5_REASON),
        c.pick(rng, T5_DEAL).format(p=c.money(rng, 200, 1200, 50), dep=c.money(rng, 100, 500, 50), it=it),
        _contact(rng, tags),
    ]
    rng.shuffle(parts[1:3])
    return _rec(c.pick(rng, ["，", " ", "。"]).join(parts), c.pick(rng, ["post", "post", "chat"]), "t5", tags)


# ---------------------------------------------------------------- t6 certificates / drugs / services
SERVICES = [
    ("驾照", "不用考试", "cert"), ("学历证书", "学信网可查", "cert"), ("健康证", "不用体检", "cert"),
    ("四六级证书", "网上可查", "cert"), ("电工证", "不用培训", "cert"), ("护照加急", "不用本人到场", "cert"),
    ("驾照扣分", "一分{u}", "svc"), ("房产证", "可过户", "cert"), ("处方药代购", "不要处方", "drug"),
    ("进口抗癌药", "印度版同效果", "drug"), ("减肥药", "一月瘦二十斤", "drug"), ("春运抢票", "成功率99%", "svc"),
    ("教师资格证", "包过", "cert"), ("考研押题资料", "保证命中", "svc"), ("特效降糖药", "吃了能停胰岛素", "drug"),
]
T6_TIME = {
    "cert": ["三天出证", "一周拿证", "加急48小时", "全国可办", "钢印防伪齐全"],
    "drug": ["国外直邮", "当天发货", "冷链配送", "量大从优", "不用去医院"],
    "svc": ["当天处理", "先交后办", "全国可办", "不用本人到场", "随时可办"],
}
T6_PAY = ["先交一半定金", "全款后办理", "定金{dep}，出证付尾款", "价格私聊，先款后办", "内部关系需先打点{dep}"]


def t6(rng):
    tags = set()
    name, claim, kind = c.pick(rng, SERVICES)
    verb = c.pick(rng, ["出售", "低价", "代购", "特价"]) if kind == "drug" else c.pick(rng, ["代办", "办理", "专业"])
    parts = [
        _maybe_sep(rng, verb + name, tags, 0.15),
        claim.format(u=c.money(rng, 100, 300, 10)),
        c.pick(rng, T6_TIME[kind]),
        c.pick(rng, T6_PAY).format(dep=c.money(rng, 300, 3000, 100)),
        _contact(rng, tags, 0.2),
    ]
    if rng.random() < 0.4:
        parts.insert(2, c.pick(rng, ["诚信经营", "不成功全退", "已办上千单", "保密", "老客户回头多"]))
    text = c.pick(rng, ["，", " ", "。", "｜"]).join(parts)
    return _rec(text, c.pick(rng, ["post", "post", "sms", "chat"]), "t6", tags)


# ---------------------------------------------------------------- t7 marketing sms
T7_SIGN = ["优品特卖", "内购福利", "品牌清仓", "会员专享", "年货节", "数码特惠", "名酒直供", "工厂直销"]
T7_BODY = [
    "{g}限时{p}，仅限今日",
    "您有一个{g}内购名额待领取，员工价{p}",
    "{g}清仓价{p}，库存{n}件",
    "恭喜获得{g}抢购资格，到手价{p}",
    "{g}年终回馈，原价购限{n}份",
    "会员专享{g}低至{p}，先到先得",
]
T7_LINK = ["点击 {u} 抢购", "立即下单 {u}", "登录 {u} 领取", "详情 {u}", "戳 {u} 预约"]


def t7(rng):
    tags = set()
    name, lo, hi = c.pick(rng, GOODS)
    text = c.sms_sign(rng, T7_SIGN) + c.pick(rng, T7_BODY).format(
        g=name, p=_price(rng, lo, hi, 10), n=rng.randrange(5, 200)) + "，" + \
        c.pick(rng, T7_LINK).format(u=c.scam_url(rng, ("mall", "vip", "shop", "buy", "ng", "hg"))) + \
        "，" + c.unsubscribe(rng)
    text = text.rstrip("，")
    if rng.random() < 0.12:
        tags.add("disguised")
        text = text.replace(name, c.separate(rng, name, 0.8), 1)
    return _rec(text, "sms", "t7", tags)


# ---------------------------------------------------------------- t8 cars
CARS = ["2020款本田雅阁", "2019款奔驰C260", "2021款大众帕萨特", "2018款宝马525", "2020款丰田凯美瑞",
        "2022款特斯拉Model 3", "2019款奥迪A4L", "2021款别克GL8"]
T8_WHY = ["车主出国急售", "抵押车无需过户", "公司破产资产处理", "法拍车低价", "离婚分财产急出", "车在外地，便宜出"]
T8_DEAL = ["先付{dep}定金锁车", "视频看车满意后付定金", "物流送车上门，先付一半", "定金{dep}，车到付尾款",
           "过户费保险费你先出"]
T8_FOLLOW = [
    "车已上物流，但要交过户保证金{fee}", "路上被交警查了没临牌，罚款{fee}先处理一下",
    "到你们城市了，押车费{fee}交了就能提", "物流说要先交车辆保险{fee}",
]


def t8(rng):
    tags = set()
    channel = c.pick(rng, ["post", "chat", "call", "post"])
    if channel != "post" and rng.random() < 0.5:
        text = c.pick(rng, ["哥，", "老板，", "你好，", "喂，王先生吗？"]) + c.pick(rng, T8_FOLLOW).format(
            fee=c.money(rng, 1000, 12000, 500)) + c.pick(rng, ["，到了就退你", "，今天要交", "，不交车就拉回去了", ""])
        return _rec(text, channel, "t8", tags)
    parts = [
        c.pick(rng, CARS),
        c.pick(rng, ["跑了两万公里", "车况精品", "无事故无泡水", "一手车", "原版原漆"]),
        c.pick(rng, T8_WHY),
        c.pick(rng, ["只要", "仅售", "", "价格"]) + f"{rng.randrange(3, 12)}.{rng.randrange(0, 10)}万",
        c.pick(rng, T8_DEAL).format(dep=c.money(rng, 2000, 20000, 1000)),
        _contact(rng, tags),
    ]
    return _rec("，".join(parts), channel, "t8", tags)


# ---------------------------------------------------------------- t9 Taiwan / HK
T9_TW_ITEM = [("iPhone 15", 8000, 15000), ("戴森吸塵器", 2000, 4500), ("Switch OLED", 3000, 5500),
              ("日本料理鍋", 990, 1990), ("柴犬幼犬", 6000, 12000), ("五月天演唱會門票", 1500, 4800),
              ("保健食品禮盒", 690, 1490)]
T9_TW_HOOK = [
    "蝦皮手續費太高，加LINE私下交易算你便宜",
    "只接受匯款，確認後寄出",
    "貨到付款免運費，填資料立即下單",
    "先付訂金{dep}保留，其餘寄出前付清",
    "超商取貨付款，但要先到ATM解除分期設定",
    "海關查驗要補繳關稅{dep}才能放行",
]
T9_HK = [
    "旋轉拍賣賣家：{it}全新未拆，只要{p}，轉數快畀錢，收到即寄順豐",
    "{it}平放，原價轉讓{p}，只收FPS，唔面交",
    "你買嘅{it}已經寄出，但海關扣咗，要補{p}關稅先放行",
    "Carousell嗰邊收手續費，我哋WhatsApp傾，{it}算你{p}",
]


def t9(rng):
    tags = {"traditional"}
    it, lo, hi = c.pick(rng, T9_TW_ITEM)
    if rng.random() < 0.35:
        text = c.pick(rng, T9_HK).format(it=it, p=f"HK${rng.randrange(lo // 4, hi // 4, 10)}")
        if rng.random() < 0.3:
            tags.add("disguised")
            text += "，WhatsApp " + c.disguise_digits(rng, c.pick(rng, ["5", "6", "9"]) + c.digits(rng, 7))
        return _rec(text, c.pick(rng, ["post", "chat"]), "t9", tags)
    parts = [
        c.pick(rng, ["限時特價！", "【一頁式】", "出清", "", "粉專獨家"]) + it,
        c.pick(rng, ["只要", "特價", "NT$", "台幣"]) + str(rng.randrange(lo, hi, 10)),
        c.pick(rng, ["全新未拆", "原廠公司貨", "數量有限", "保證正品", "今天最後一天"]),
        c.pick(rng, T9_TW_HOOK).format(dep=f"{rng.randrange(500, 6000, 100)}元"),
    ]
    if rng.random() < 0.4:
        if rng.random() < 0.4:
            tags.add("disguised")
            parts.append("加賴：" + c.disguise_digits(rng, c.digits(rng, 9)))
        else:
            parts.append("LINE ID：" + c.wechat_id(rng))
    return _rec("，".join(parts), c.pick(rng, ["post", "chat", "sms"]), "t9", tags)


TEMPLATES = [(t1, 60), (t2, 50), (t3, 65), (t4, 50), (t5, 50), (t6, 50), (t7, 40), (t8, 40), (t9, 45)]


def generate(rng):
    rows = []
    for fn, n in TEMPLATES:
        for _ in range(n):
            rows.append(fn(rng))
    return rows
