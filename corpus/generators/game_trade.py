"""Generator for ``game_trade`` (网络游戏产品虚假交易).

Templates (each built from independent phrase slots):
  t1  account / skin sale posts that bypass 交易猫 / 藏宝阁
  t2  "free skin" lures aimed at children (scan code on a parent's phone, codes, secrecy)
  t3  discounted top-ups (点券, UC, 原石, 金币) needing prepayment or the account password
  t4  frozen account or frozen sale proceeds, "unfreeze" / deposit / tax fees
  t5  boosting (代练) with prepayment and then "unban" fees
  t6  removing the minors' play-time limit (解除防沉迷)
  t7  SMS from a fake game or trading platform with a link
  t8  fake buyer who sends the seller to a fake trading platform
  t9  Taiwan / Hong Kong wording (8591, 傳說對決, MyCard, 天堂M, 轉數快)
"""

from __future__ import annotations

import common as c

LABEL = "game_trade"
MODULE = "game_trade"

PLATFORMS = ["交易猫", "藏宝阁", "盼之", "螃蟹账号", "闲鱼", "5173"]
CURRENCY = {  # game -> in-game currency / prize
    "王者荣耀": ["点券", "荣耀水晶", "传说皮肤"], "和平精英": ["UC", "玛莎拉蒂皮肤", "冰龙M416"],
    "原神": ["原石", "创世结晶", "空月祝福"], "英雄联盟": ["点券", "至臻皮肤", "蓝色精萃"],
    "梦幻西游": ["游戏币", "点卡", "召唤兽"], "第五人格": ["回声", "金皮", "限定皮肤"],
    "蛋仔派对": ["蛋币", "传说皮肤", "盲盒"], "逆水寒": ["金币", "时装", "坐骑"],
    "永劫无间": ["金块", "限定皮肤", "魂玉"], "CF手游": ["钻石", "英雄级武器", "点券"],
}


SKINS = {
    "王者荣耀": ["传说皮肤", "典藏皮肤", "荣耀水晶皮肤"], "和平精英": ["冰龙M416", "玛莎拉蒂", "兰博基尼"],
    "原神": ["满命雷神", "五星武器", "限定角色"], "英雄联盟": ["至臻皮肤", "终极皮肤", "限定皮肤"],
    "梦幻西游": ["全红装备", "神兽", "满修宝宝"], "第五人格": ["金皮", "限定金皮", "联动皮肤"],
    "蛋仔派对": ["传说皮肤", "隐藏款", "联动皮肤"], "逆水寒": ["绝版时装", "限定坐骑", "神兵"],
    "永劫无间": ["限定皮肤", "红色品质皮肤", "联动时装"], "CF手游": ["英雄级武器", "王者武器", "限定角色"],
}


def _rec(text, channel, tid, tags=()):
    return c.record(text, LABEL, channel, f"gen:{MODULE}:{tid}", c.length_tags(text, tags))


def _qq_contact(rng, tags, rate=0.1):
    """Game scams favour QQ; sometimes WeChat or a QQ group."""
    if rng.random() < rate:
        tags.add("disguised")
        if rng.random() < 0.5:
            return c.contact(rng, disguised=True)
        return c.pick(rng, ["加扣扣", "➕企鹅", "私Q", "Q群", "球球"]) + c.pick(rng, ["：", " ", ""]) + \
            c.disguise_digits(rng, c.qq(rng))
    kind = rng.random()
    if kind < 0.55:
        return c.pick(rng, ["加QQ：", "QQ ", "私聊QQ", "联系QQ：", "扣我"]) + c.qq(rng)
    if kind < 0.75:
        return c.pick(rng, ["进群：", "QQ群 ", "群号"]) + c.qq(rng)
    return c.pick(rng, ["微信：", "加微信 ", "vx同号 "]) + c.wechat_id(rng)


def _game(rng):
    g = c.pick(rng, c.GAMES)
    return g, CURRENCY[g]


# ---------------------------------------------------------------- t1 account sale off-platform
T1_HI = [
    "{n}个皮肤", "V{v}", "满级", "带{item}", "有绝版的{item}", "{k}套{item}", "{item}齐全", "实名可改",
    "{item}+{item2}", "十年老号",
]
T1_WHY = [
    "{p}扣手续费太多，私下交易", "不走{p}，比{p}便宜一半", "{p}要公示好几天，急出直接转账",
    "在{p}挂了没人要，私聊便宜", "{p}上是原价，私下直接少{off}", "不上{p}，一手钱一手号",
]
T1_PAY = ["先付定金{dep}，验号后付尾款", "先转账后给账号密码", "全款后换绑", "微信转账即交号",
          "付一半给号，验完再付一半", "只收支付宝"]
T1_END = ["诚心要的来", "不议价", "手慢无", "有意私聊", "可小刀", ""]


def t1(rng):
    tags = set()
    g, cur = _game(rng)
    p = c.pick(rng, PLATFORMS[:5])
    parts = [
        c.pick(rng, ["出", "卖", "急出", "低价出", "转让"]) + g + c.pick(rng, ["号", "账号", "成品号", "小号"]),
        c.pick(rng, T1_HI).format(n=rng.randrange(30, 500), v=rng.randrange(6, 11), k=rng.randrange(2, 12),
                                  item=SKINS[g][0], item2=SKINS[g][rng.randrange(1, 3)]),
        c.pick(rng, ["只要", "", "价格", "仅"]) + c.money(rng, 120, 6000, 10),
        c.pick(rng, T1_WHY).format(p=p, off=c.money(rng, 100, 800, 50)),
        c.pick(rng, T1_PAY).format(dep=c.money(rng, 50, 600, 50)),
        _qq_contact(rng, tags),
        c.pick(rng, T1_END),
    ]
    if rng.random() < 0.08:
        tags.add("disguised")
        parts[3] = parts[3].replace(p, c.separate(rng, p, 1.0))
    text = c.pick(rng, ["，", " ", "。", "\n"]).join(x for x in parts if x)
    return _rec(text, c.pick(rng, ["post", "post", "chat"]), "t1", tags)


# ---------------------------------------------------------------- t2 free-skin lure to kids
T2_OPEN = ["小朋友你好", "弟弟", "妹妹", "小同学", "嗨，小可爱", "你好呀", "哥们", "同学你好"]
T2_PROMISE = [
    "你被抽中送{g}{item}一份", "{g}周年庆官方送{item}", "我这有内部福利，免费领{item}",
    "想不想要永久{item}？免费的", "只要做个小任务就能领{item}", "官方在做活动，全服送{item}",
]
T2_DO = [
    "拿你爸爸妈妈的手机扫一下我发的码", "用你妈妈的微信扫码，输入一下支付密码就行",
    "把你家长手机收到的验证码告诉我", "先扫码验证一下身份，扣的钱会退回来",
    "打开你爸妈的支付宝，按我说的操作", "把你的账号和密码发给我，我帮你领",
    "加我QQ，我拉你进领取群", "点这个链接登录一下 {u}",
]
T2_SECRET = ["不要告诉爸爸妈妈哦", "告诉大人福利就没了", "这是我们的小秘密", "别让家长知道，给他们个惊喜",
             "聊天记录记得删掉", "不然你的号会被封", ""]
T2_URGE = ["活动只剩十分钟", "快点哦", "名额马上没了", "今天最后一天", "抓紧时间", ""]


def t2(rng):
    tags = set()
    g, cur = _game(rng)
    parts = [
        c.pick(rng, T2_OPEN),
        c.pick(rng, T2_PROMISE).format(g=g, item=c.pick(rng, cur)),
        c.pick(rng, T2_DO).format(u=c.scam_url(rng, ("skin", "fl", "gift", "wz", "hd"))),
        c.pick(rng, T2_SECRET),
        c.pick(rng, T2_URGE),
    ]
    if rng.random() < 0.25:
        parts.insert(3, _qq_contact(rng, tags, 0.3))
    text = c.pick(rng, ["，", "～", " ", "！"]).join(x for x in parts if x)
    if rng.random() < 0.07:
        tags.add("disguised")
        text = text.replace("皮肤", c.separate(rng, "皮肤", 1.0)).replace("免费", c.separate(rng, "免费", 1.0))
    return _rec(text, "chat", "t2", tags)


# ---------------------------------------------------------------- t3 discounted top-ups
T3_DISC = ["五折", "4折", "六折", "打三折", "半价", "七折", "买一送一"]
T3_CLAIM = ["官方内部渠道", "外服渠道充值", "工作室批量充", "退款渠道，绝对安全", "代理商折扣", "苹果漏洞渠道"]
T3_NEED = [
    "需要提供账号密码，我们上号帮你充", "先转账，十分钟到账", "先付款后充值，不接受担保",
    "充值前把验证码发我", "首单先付全款，熟了可以后付", "量大从优，先款后充",
]


def t3(rng):
    tags = set()
    g, cur = _game(rng)
    cur_item = cur[0]
    parts = [
        g + _sep_maybe(rng, cur_item, tags) + c.pick(rng, ["代充", "充值", "低价", "特价"]),
        c.pick(rng, T3_DISC),
        c.pick(rng, T3_CLAIM),
        c.pick(rng, T3_NEED),
        _qq_contact(rng, tags),
    ]
    if rng.random() < 0.4:
        parts.insert(2, c.pick(rng, ["648档只要", "328档只要", "充一千只要", "月卡只要"]) + c.money(rng, 15, 420, 1))
    text = c.pick(rng, ["，", " ", "｜", "。"]).join(parts)
    return _rec(text, c.pick(rng, ["post", "chat", "chat"]), "t3", tags)


def _sep_maybe(rng, text, tags, rate=0.08):
    if rng.random() < rate:
        tags.add("disguised")
        return c.separate(rng, text, 1.0)
    return text


# ---------------------------------------------------------------- t4 frozen account / funds
T4_WHO = ["您好，我是{p}客服", "{g}安全中心通知", "我是{g}官方客服", "你好，这里是{p}风控部",
          "{p}平台：", "你好，我是游戏GM"]
T4_PROBLEM = [
    "您出售的账号买家已付款，但您的收款账户未认证，资金已冻结",
    "您的账号涉嫌违规交易，已被临时冻结",
    "系统检测到您的账号异常充值，即将被回收",
    "您的提现因银行卡信息错误被冻结",
    "您的账号被举报使用外挂，将被永久封禁",
    "买家投诉您的账号有问题，交易已暂停",
]
T4_FEE = ["解冻费", "认证保证金", "申诉押金", "个人所得税", "VIP提现费", "资金验证金"]
T4_PROMISE = ["完成后连同货款一起退还", "验证通过后原路退回", "24小时内未处理将永久冻结",
              "逾期资金将被没收", "处理完马上解封", "三个月无违规自动退还"]
T4_HOW = ["请联系专员{q}", "请转入指定账户完成验证", "请点击 {u} 处理", "按我的指示操作", "扫描客服发的二维码缴纳"]


def t4(rng):
    tags = set()
    g, _ = _game(rng)
    p = c.pick(rng, PLATFORMS[:3])
    channel = c.pick(rng, ["chat", "sms", "call", "chat"])
    parts = [
        c.pick(rng, T4_WHO).format(p=p, g=g).rstrip("："),
        c.pick(rng, T4_PROBLEM),
        "需缴纳" + _sep_maybe(rng, c.pick(rng, T4_FEE), tags) + c.money(rng, 100, 5000, 50),
        c.pick(rng, T4_PROMISE),
        c.pick(rng, T4_HOW).format(q=_qq_contact(rng, tags), u=c.scam_url(rng, ("jy", "kf", "safe", "cbg", "jym"))),
    ]
    text = "，".join(parts) + "。"
    if channel == "sms":
        text = "【" + c.pick(rng, [p, g, "游戏交易", "账号安全"]) + "】" + text.split("，", 1)[1]
    if channel == "call":
        text = "喂，" + text
    return _rec(text, channel, "t4", tags)


# ---------------------------------------------------------------- t5 boosting
T5_SERVICE = ["星耀上王者", "钻石上大师", "代打上分", "代肝日常", "代跑图", "国服代练", "赛季段位包上", "深渊满星"]
T5_PROMISE = ["纯手打不封号", "包上，不上全退", "专业团队", "三天完成", "职业选手代打", "价格全网最低"]
T5_PAY = ["先付全款，之前被跑单过", "先付一半定金", "需要账号密码和验证码", "先付款后开工", "定金{dep}，打完付尾款"]
T5_FOLLOW = [
    "代练中号被系统检测到了，要交{fee}解除风控",
    "号打完了，但被封七天，交{fee}帮你申诉",
    "还差两颗星，再加{fee}包上",
    "尾款{fee}不付的话我把段位打回去",
    "你中途上号了，系统判定异常，补{fee}我继续打",
    "这段位对面太强了，打手要加价{fee}",
    "上号要手机验证码，你发我一下，顺便把{fee}定金结了",
    "代练完成，验收前先付{fee}保号费，不然容易被找回",
    "你的号信誉分太低，要先花{fee}刷信誉才能排位",
]


def t5(rng):
    tags = set()
    g, _ = _game(rng)
    if rng.random() < 0.35:
        text = c.pick(rng, ["兄弟，", "老板，", "亲，", "", "哥，", "你好，"]) + g + c.pick(rng, ["那个号", "代练单", "的号"]) + "，" + \
            c.pick(rng, T5_FOLLOW).format(fee=c.money(rng, 80, 800, 10)) + \
            c.pick(rng, ["，快点", "，不然不负责", "", "，今天要", "，我们工作室规定的", "，转我微信就行"])
        return _rec(text, "chat", "t5", tags)
    parts = [
        g + c.pick(rng, T5_SERVICE),
        c.pick(rng, T5_PROMISE),
        c.pick(rng, ["只要", "", "价格"]) + c.money(rng, 50, 1500, 10),
        c.pick(rng, T5_PAY).format(dep=c.money(rng, 50, 300, 10)),
        _qq_contact(rng, tags),
    ]
    text = c.pick(rng, ["，", " ", "｜"]).join(x for x in parts if x)
    return _rec(text, c.pick(rng, ["post", "chat"]), "t5", tags)


# ---------------------------------------------------------------- t6 anti-addiction removal
T6_OFFER = ["解除防沉迷", "破解防沉迷", "防沉迷解封", "未成年解除时间限制", "换成年实名"]
T6_HOW = ["用成年人身份证实名", "改实名信息", "装个破解软件", "我们后台操作", "给你一个成年号绑定"]
T6_PRICE = ["一个月{a}", "永久{a}", "一次{a}", "{a}包永久", "三个月{a}"]
T6_HOOK = ["不被系统检测", "随便玩不限时", "不用告诉家长", "王者和平原神都能弄", "先付款后操作", "晚上也能玩"]


def t6(rng):
    tags = set()
    g, _ = _game(rng)
    parts = [
        c.pick(rng, [g, "各类手游", "王者/和平", ""]) + _sep_maybe(rng, c.pick(rng, T6_OFFER), tags, 0.15),
        c.pick(rng, T6_HOW),
        c.pick(rng, T6_PRICE).format(a=c.money(rng, 20, 199, 1)),
        c.pick(rng, T6_HOOK),
        _qq_contact(rng, tags),
    ]
    rng.shuffle(parts[1:4])
    text = c.pick(rng, ["，", " ", "！"]).join(x for x in parts if x)
    return _rec(text, c.pick(rng, ["post", "chat", "chat"]), "t6", tags)


# ---------------------------------------------------------------- t7 sms with link
T7_BODY = [
    "恭喜您在{act}中获得{item}，请于{t}内登录 {u} 领取",
    "您的账号存在异常交易，将于{t}内冻结，请访问 {u} 验证身份",
    "您的账号因违规已被限制，申诉请登录 {u}",
    "您有一笔{amt}的账号交易款待领取，请登录 {u} 完成认证",
    "{act}补偿礼包已发放，内含{item}，点击 {u} 领取",
    "您的防沉迷限制可申请解除，登录 {u} 提交资料",
]


def t7(rng):
    tags = set()
    g, cur = _game(rng)
    text = "【" + c.pick(rng, [g, g, "游戏中心", c.pick(rng, PLATFORMS[:3])]) + "】" + c.pick(rng, T7_BODY).format(
        act=c.pick(rng, ["周年庆活动", "新春活动", "版本更新", "峡谷福利", "老玩家回归"]),
        item=c.pick(rng, cur), t=c.pick(rng, ["24小时", "48小时", "今日", "3天"]),
        u=c.scam_url(rng, ("game", "gm", "wz", "ys", "hp", "jy", "fl")), amt=c.money(rng, 500, 9000, 100))
    tail = c.unsubscribe(rng) if rng.random() < 0.4 else c.pick(rng, ["，逾期作废", "，过期不补", ""])
    text = text + ("，" + tail if tail and not tail.startswith("，") else tail)
    return _rec(text, "sms", "t7", tags)


# ---------------------------------------------------------------- t8 fake buyer -> fake platform
T8_OPEN = ["兄弟，你的号还卖吗", "你好，看到你挂的{g}号了", "号我要了", "老板，{g}号还在吗", "你那个号我朋友想要"]
T8_ASK = [
    "我们去这个平台交易，比{p}安全：{u}",
    "你在{u}上架，我马上去下单",
    "我已经在{u}付款了，你去提现就行",
    "我付了款，平台说你要先交{fee}保证金才能提现",
    "你先注册一下 {u}，填好收款信息",
    "平台客服说你的账户要激活，激活费{fee}，到账后一起退",
]


def t8(rng):
    tags = set()
    g, _ = _game(rng)
    parts = [
        c.pick(rng, T8_OPEN).format(g=g),
        c.pick(rng, ["", "我出" + c.money(rng, 500, 8000, 100), "价格没问题", "开个价"]),
        c.pick(rng, T8_ASK).format(p=c.pick(rng, PLATFORMS[:3]), u=c.scam_url(rng, ("jy", "trade", "jym", "hao")),
                                   fee=c.money(rng, 200, 3000, 100)),
    ]
    if rng.random() < 0.3:
        parts.append(c.pick(rng, ["截图发你了", "快点，我急着玩", "放心，正规平台", "别在这聊，" + _qq_contact(rng, tags)]))
    text = c.pick(rng, ["，", " ", "\n"]).join(x for x in parts if x)
    return _rec(text, "chat", "t8", tags)


# ---------------------------------------------------------------- t9 Taiwan / Hong Kong
TW_ITEMS = {
    "傳說對決": ["點券", "限定造型", "造型"], "天堂M": ["鑽石", "天幣", "變身卡"], "原神": ["創世結晶", "原石"],
    "楓之谷": ["楓幣", "楓點", "造型"], "英雄聯盟": ["RP點數", "造型"], "RO仙境傳說": ["鑽石", "造型"],
    "天堂W": ["鑽石", "天幣"],
}
TW_GAMES = list(TW_ITEMS)
# offer -> compatible hooks
T9_TW = [
    ("{g}帳號出售，{hi}，只要{p}", ["不走8591，加LINE私下交易", "先匯款後給帳密", "用街口支付轉帳就好", "8591手續費太貴，私下算你便宜"]),
    ("免費送{g}{item}，數量有限", ["把帳號密碼私訊給小編就能領取", "登入這個網址就能領：{u}", "分享貼文再私訊帳號就送"]),
    ("你在8591賣的{g}帳號買家已付款", ["但你的帳戶要先繳保證金{p}才能提領", "但款項被凍結，要到ATM依指示解除", "請先到這個網址驗證收款帳戶：{u}"]),
    ("{g}代儲{d}折，{item}便宜賣", ["到超商繳費代碼後給你序號", "先匯款再儲值，要提供帳密", "用街口支付轉帳就好"]),
    ("小朋友，想要免費的{g}{item}嗎", ["拿爸媽手機到這個網址登入就可以：{u}", "去超商買點數卡把序號拍給我就送你", "把爸媽手機收到的驗證碼告訴我"]),
    ("你的{g}帳號因異常交易被凍結", ["需繳交解凍金{p}，請到ATM依指示操作", "請於24小時內至 {u} 驗證身分", "需購買{p}點數卡驗證身分"]),
    ("MyCard點數卡{d}折出售", ["先匯款再給序號", "超商代碼繳費後給卡號", "量大再優惠"]),
]
T9_TW_END = ["請加客服LINE", "要的快", "限今天", "不要跟爸媽說喔", "私訊我", "逾期不候", ""]
T9_HK = [
    ("{g}戶口平放，{hi}，{p}就賣", ["轉數快過數即交號", "唔經平台，慳手續費", "PayMe都得"]),
    ("遊戲幣低過市價，{item}要幾多有幾多", ["FPS畀錢即刻發", "先過訂金{p}", "轉數快過數即發"]),
    ("你嘅{g}帳號有異常，要交{p}保證金先解封", ["唔係就永久封號", "轉數快過數後即刻處理", "24小時內唔處理就凍結"]),
    ("{g}代課金七折，{item}即刻到", ["要畀帳號密碼我哋上號", "FPS畀錢即刻充", "先過數後課金"]),
    ("收{g}戶口，價錢高過平台", ["唔經平台，當日過數", "先交{p}驗號費", "WhatsApp傾"]),
]


def t9(rng):
    tags = {"traditional"}
    g = c.pick(rng, TW_GAMES)
    item = c.pick(rng, TW_ITEMS[g])
    hi = c.pick(rng, ["全造型", "滿等滿裝", "限定造型十套", "五星角色齊全", "絕版坐騎", "課金十萬的號"])
    if rng.random() < 0.3:
        p = f"HK${rng.randrange(200, 6000, 50)}"
        offer, hooks = c.pick(rng, T9_HK)
        parts = [offer.format(g=g, item=item, hi=hi, p=p), c.pick(rng, hooks).format(p=p)]
        if rng.random() < 0.5:
            parts.append(c.pick(rng, ["WhatsApp我", "有意PM", "唔好錯過", "即日交收"]))
    else:
        p = c.pick(rng, ["", "台幣", "NT$"]) + str(rng.randrange(500, 20000, 100))
        offer, hooks = c.pick(rng, T9_TW)
        parts = [
            offer.format(g=g, item=item, hi=hi, p=p, d=rng.randrange(5, 9)),
            c.pick(rng, hooks).format(p=p, u=c.scam_url(rng, ("game", "tw", "gift", "card"))),
            c.pick(rng, T9_TW_END),
        ]
    if rng.random() < 0.2:
        tags.add("disguised")
        parts.append(c.pick(rng, ["賴：", "LINE ID：", "加賴 "]) + c.disguise_digits(rng, c.digits(rng, 9)))
    text = "，".join(x for x in parts if x)
    return _rec(text, c.pick(rng, ["chat", "post", "chat", "sms"]), "t9", tags)


TEMPLATES = [(t1, 60), (t2, 60), (t3, 45), (t4, 60), (t5, 45), (t6, 40), (t7, 40), (t8, 45), (t9, 45)]


def generate(rng):
    rows = []
    for fn, n in TEMPLATES:
        for _ in range(n):
            rows.append(fn(rng))
    return rows
