"""Generator for ``investment`` (虚假网络投资理财), no romance frame.

Templates (each built from independent phrase slots):
  t1  SMS invitations to free stock-tip groups, "牛股" and 涨停 lists, 助理 WeChat
  t2  chat from a teacher's 助理 to a new group member: credentials, free 诊股, next step
  t3  group posts by the "teacher" / 管理员: today's 涨停, tomorrow's plan, VIP upsell
  t4  打新 / 机构专户 / 大宗交易 on a private APP: download link, 认缴 deadline, penalty
  t5  crypto: new coins, 矿机 / 云算力, 质押挖矿, 合约 signals, 量化机器人
  t6  外汇 / 黄金 / 原油期货 喊单 with leverage and "保本" promises
  t7  the platform's customer service blocking a withdrawal: tax, 保证金, 风控, 流水
  t8  cold-call scripts: 原始股, 私募, 定增, 养老项目, 荐股群 invitations
  t9  Taiwan / Hong Kong wording (LINE 群組, 投顧, 飆股, 出金, 港股打新)
  t10 直播间荐股: live-stream previews and post-stream invitations
"""

from __future__ import annotations

import common as c

LABEL = "investment"
MODULE = "investment"


def _rec(text, channel, tid, tags=()):
    return c.record(text, LABEL, channel, f"gen:{MODULE}:{tid}", c.length_tags(text, tags))


_sep_word = c.separate_word


def _wx(rng, tags, rate=0.2):
    """助理's contact, disguised some of the time (tagged by _final only if it is used)."""
    if rng.random() < rate:
        ct = c.contact(rng, disguised=True)
        tags.add("?" + ct)
        return ct
    return c.pick(rng, ["加微信：", "助理微信 ", "加V：", "微信号 ", "请添加助理微信"]) + c.wechat_id(rng)


_final = c.resolve_pending_tags


TEACHER_CRED = [
    "前公募基金经理", "二十年实战经验的私募操盘手", "新财富最佳分析师", "清华金融硕士、前券商首席",
    "前外资投行研究总监", "管理过五十亿资金的基金经理", "某大型私募创始合伙人", "央视财经特邀嘉宾",
]
TEACHERS = ["王建国", "李明哲", "陈志远", "张海峰", "刘宏", "杨卫东", "赵博文", "孙正清", "周立群"]
SECTORS = ["军工", "半导体", "新能源", "医药", "AI算力", "低空经济", "固态电池", "机器人", "券商", "光模块"]
FAKE_APPS = ["汇金宝", "中泰国际", "鼎盛证券VIP", "华鑫机构版", "恒泰国际", "金源通", "博瑞资本", "盈富通"]


# ---------------------------------------------------------------- t1 sms invitation
T1_SIGN = ["鑫盛投顾", "牛市先锋", "金股早知道", "财富学院", "涨停战队", "股友之家", "智投学院", "慧眼财经", "龙头研究社"]
T1_HOOK = [
    "明日有一只主力重仓的{sec}低位牛股即将拉升",
    "本周{k}只{sec}龙头免费送，上周推荐已斩获{z}个涨停",
    "您的持仓股已被机构盯上，明早可能大幅低开",
    "内部消息：某{sec}龙头重组方案已获批，本周必有连板",
    "恭喜您获得价值{fee}的实战课程免费名额",
    "{sec}板块即将迎来主升浪，{cred}亲自选股",
    "您已获得VIP内参群体验资格，每日盘前推送一只短线票",
    "解套专家一对一诊股，被套不再焦虑",
]
T1_LIMIT = ["名额仅限前{n}名", "今日截止", "限时免费", "先到先得", "不收任何费用", "仅剩{n}个名额", ""]
T1_ACT = ["{wx}", "回复“股”获取代码", "回复1领取", "点击领取 {url}", "立即进群 {url}", "{wx}，备注“股票”"]


def t1(rng):
    tags = set()
    parts = [
        c.pick(rng, T1_HOOK).format(sec=c.pick(rng, SECTORS), k=rng.randint(2, 5), z=rng.randint(3, 12),
                                    fee=c.pick(rng, ["3980元", "2999元", "6800元"]), cred=c.pick(rng, TEACHER_CRED)),
        c.pick(rng, T1_LIMIT).format(n=c.pick(rng, ["30", "50", "100", "20"])),
        c.pick(rng, T1_ACT).format(wx=_wx(rng, tags), url=c.scam_url(rng, ("gp", "nsx", "zt", "vip", "stock"))),
    ]
    lead = c.pick(rng, ["尊敬的股民朋友：", "您好，", "", "股民朋友注意，", "重要提醒："])
    text = c.sms_sign(rng, T1_SIGN) + lead + "，".join(p for p in parts if p) + " " + c.unsubscribe(rng)
    text = _sep_word(rng, text.strip(), tags, ["牛股", "涨停", "内部消息", "代码", "诊股"], 0.22)
    _final(text, tags)
    return _rec(text, "sms", "t1", tags)


# ---------------------------------------------------------------- t2 assistant chat
T2_HI = [
    "您好，感谢您通过群聊添加我，我是{t}老师的助理{a}",
    "{sir}好，我是{a}，{t}老师的助理，今天老师在群里分享的票您看到了吗",
    "您好，欢迎加入{t}老师的股票学习群，我是本群助理{a}",
    "{sir}您好，我是投资研究院的{a}，负责对接新学员",
    "哈喽{sir}，我是{a}，您昨天在直播间留言老师看到了",
]
T2_CRED = [
    "{t}老师是{cred}，这个月已经带大家吃了{z}个涨停",
    "老师为了积累口碑，目前免费带学员，不收任何费用",
    "老师今天推的{sec}那只已经封板了🚀",
    "我们老师有上市公司的内部资源，能提前拿到消息",
    "跟着老师操作的学员，近三个月平均收益{pct}%",
]
T2_OFFER = [
    "请问您现在持有哪些股票？老师可以免费帮您诊股",
    "您被套的票把代码发我，老师帮您出解套方案",
    "明天老师还有一只，要提前布局，我单独发您",
    "您手上大概有多少资金？老师按资金量给您定制方案",
    "下周进入VIP实战阶段，需要在合作平台开户",
    "现在加入VIP，年费{fee}，收益不达标全额退",
]
T2_END = ["", "您看方便吗？", "收到请回复1", "机会不等人哦", "有问题随时找我😊", "名额有限，先到先得"]


def t2(rng):
    tags = set()
    vals = dict(t=c.pick(rng, TEACHERS), a=c.pick(rng, ["小雅", "小美", "小林", "小陈", "思思", "婷婷", "小周"]),
                sir=c.pick(rng, ["王总", "大哥", "李姐", "张先生", "刘阿姨", "陈哥", "您"]),
                cred=c.pick(rng, TEACHER_CRED), z=rng.randint(4, 15), sec=c.pick(rng, SECTORS),
                pct=rng.choice([35, 42, 56, 68, 80]), fee=c.pick(rng, ["一万二", "两万八", "3.8万", "9800元"]))
    parts = [c.pick(rng, T2_HI), c.pick(rng, T2_CRED), c.pick(rng, T2_OFFER), c.pick(rng, T2_END)]
    if rng.random() < 0.3:
        parts = parts[1:3]
    sep = c.pick(rng, ["，", "。", "\n", " "])
    text = sep.join(p.format(**vals).rstrip("，。") for p in parts if p)
    text = _sep_word(rng, text, tags, ["涨停", "开户", "诊股", "内部", "VIP"], 0.22)
    _final(text, tags)
    return _rec(text, "chat", "t2", tags)


# ---------------------------------------------------------------- t3 teacher's group posts
T3_CHEER = [
    "恭喜各位家人🎉",
    "今天又是大丰收的一天！",
    "大盘跌了，我们的票逆势涨停💪",
    "各位群友早上好☀️",
    "感谢老师！",
    "又一个涨停板🚀🚀",
]
T3_RESULT = [
    "早盘推荐的{sec}龙头已经封板，跟上的家人吃肉了",
    "本周推荐{k}只，{z}只涨停，平均涨幅{pct}%",
    "按老师的策略，明天冲高卖出，大家不要贪",
    "昨天的票今天高开{pct2}个点，老师说继续拿",
    "跟着老师一个月，群里学员平均收益{pct}%",
]
T3_NEXT = [
    "明天九点二十五集合竞价，老师会在VIP群发代码",
    "明天还有一只更强的，没上车的私聊助理",
    "下周有大事件，准备好资金",
    "今晚八点老师直播复盘，记得准时",
    "机构票明天下午两点开放申购，最低{buy}",
    "新进群的朋友先把持仓报给助理",
]
T3_RULE = [
    "群内禁止私聊，谨防骗子",
    "VIP名额只剩{n}个",
    "收益截图发群里，老师统计",
    "一切听老师安排",
    "",
    "错过等一年",
]


def t3(rng):
    tags = set()
    vals = dict(sec=c.pick(rng, SECTORS), k=rng.randint(3, 6), z=rng.randint(2, 5), pct=rng.choice([18, 25, 32, 45, 60]),
                pct2=rng.randint(3, 9), buy=c.pick(rng, ["十万", "二十万", "五万", "50万"]), n=rng.randint(3, 12))
    parts = [c.pick(rng, T3_CHEER), c.pick(rng, T3_RESULT), c.pick(rng, T3_NEXT), c.pick(rng, T3_RULE)]
    if rng.random() < 0.3:
        parts.pop(0)
    text = "".join(p.format(**vals) + ("" if p.endswith(("！", "🎉", "💪", "☀️", "🚀")) else c.pick(rng, ["，", "。", "！"]))
                   for p in parts if p).rstrip("，")
    text = _sep_word(rng, text, tags, ["涨停", "代码", "VIP", "申购", "私聊"], 0.22)
    _final(text, tags)
    return _rec(text, c.pick(rng, ["post", "post", "chat"]), "t3", tags)


# ---------------------------------------------------------------- t4 打新 / 机构专户 APP
T4_NOTICE = [
    "您好，系统已为您匹配一只新股，中签{shares}股",
    "恭喜您，您申购的新股已中签，中签金额{amt}",
    "各位学员注意，今天统一在平台做“大宗交易”，买入价低于市价{pct}%",
    "机构专户本周开放优先申购，中签率高达{pct2}%",
    "老师拿到了一个机构定增额度，价格是市价的七折",
    "您的账户已开通机构通道，可参与打新和大宗交易",
]
T4_APP = [
    "请下载“{app}”APP完成开户，链接：{url}",
    "用我给的链接下载{app}，应用商店那个是盗版",
    "注册时邀请码填老师工号{code}，不然进不了机构通道",
    "入金请联系助理获取当日收款账户，备注学员编号",
    "在{app}里提交申购即可",
]
T4_DEAD = [
    "请在今天下午三点前完成认缴",
    "需在规定时间内补缴{amt}",
    "最低申购额{buy}，额度有限先到先得",
    "明早九点前截止",
    "T+1日必须足额到账",
]
T4_PEN = [
    "逾期视为违约，账户冻结六个月",
    "未补缴将被列入失信名单并影响征信",
    "违约将扣除信用分并收取违约金",
    "上市首日平均涨幅{rise}%",
    "",
]


def t4(rng):
    tags = set()
    vals = dict(shares=c.pick(rng, ["二十万", "5000", "十五万", "8000"]), amt=c.money(rng, 80000, 600000, 1000),
                pct=rng.choice([10, 15, 20, 25]), pct2=rng.choice([85, 90, 95, 100]), app=c.pick(rng, FAKE_APPS),
                url=c.scam_url(rng, ("ipo", "zq", "xg", "vip", "ht")), code=c.digits(rng, 4),
                buy=c.pick(rng, ["十万", "二十万", "五十万", "30万"]), rise=rng.choice([80, 120, 200]))
    parts = [c.pick(rng, T4_NOTICE), c.pick(rng, T4_APP), c.pick(rng, T4_DEAD), c.pick(rng, T4_PEN)]
    rng.shuffle(parts[1:3])
    text = "，".join(p.format(**vals) for p in parts if p)
    text += c.pick(rng, ["。", "！", ""])
    text = _sep_word(rng, text, tags, ["新股", "申购", "机构", "入金", "大宗交易"], 0.22)
    _final(text, tags)
    return _rec(text, "chat", "t4", tags)


# ---------------------------------------------------------------- t5 crypto
T5_PROJ = [
    "这个新币叫{coin}，总量只有一千万枚，现在{price}一枚",
    "现在买矿机，一台{amt}，放在我们{place}的矿场托管",
    "这是质押挖矿，你存{u}U进去，每天固定收益{d}%",
    "我们的量化机器人24小时自动交易，把U放进去就行",
    "公链项目方在做私募，我们社区有白名单名额",
    "合约信号群每天三到五单，准确率{acc}%以上",
    "云算力套餐每天自动产币，随时可以提",
]
T5_PROMISE = [
    "上了交易所至少涨{x}倍",
    "一年半回本，后面都是纯利润",
    "月化收益稳定在{m}%",
    "100倍杠杆，方向对了一天翻几倍",
    "本金随进随出，保本",
    "前期进场的都已经财富自由了",
]
T5_ENTRY = [
    "最低{u}U起投",
    "钱包地址我发你，TRC20链，别转错",
    "下载{appc}，邀请码{code}",
    "今晚十二点后停止认购",
    "先去交易所买U，再转到我们的平台",
    "月费{fee}，不准全退",
]


def t5(rng):
    tags = set()
    vals = dict(coin=c.pick(rng, ["MTC", "元宇链", "GFT", "星链币", "ABX", "火星币"]),
                price=c.pick(rng, ["0.02U", "一毛钱", "0.5美元", "0.03U"]), amt=c.money(rng, 18000, 68000, 1000),
                place=c.pick(rng, ["内蒙古", "四川", "新疆", "哈萨克斯坦"]), u=c.pick(rng, ["1000", "3000", "5000", "10000"]),
                d=c.pick(rng, ["1.5", "1.8", "2", "3"]), acc=rng.choice([80, 85, 90]), x=rng.choice([10, 30, 50, 100]),
                m=rng.choice([15, 20, 30]), appc=c.pick(rng, ["Coinsky", "BitHK", "ZebexPro", "TokenMax", "AEX"]),
                code=c.digits(rng, 6), fee=c.pick(rng, ["九百九", "1999元", "两千"]))
    parts = [c.pick(rng, T5_PROJ), c.pick(rng, T5_PROMISE), c.pick(rng, T5_ENTRY)]
    lead = c.pick(rng, ["哥，", "老铁，", "兄弟，", "", "", "姐，", "朋友们，"])
    text = lead + c.pick(rng, ["，", "。"]).join(p.format(**vals) for p in parts)
    text = _sep_word(rng, text, tags, ["挖矿", "合约", "收益", "钱包", "U起投", "新币"], 0.22)
    _final(text, tags)
    return _rec(text, c.pick(rng, ["chat", "chat", "post"]), "t5", tags)


# ---------------------------------------------------------------- t6 forex / gold / futures
T6_EVENT = [
    "今晚美国非农数据公布，{asset}必有大行情",
    "美联储降息预期升温，{asset}至少还有{pct}%的空间",
    "{asset}这波回调就是最佳建仓点",
    "国际局势紧张，{asset}要起飞了",
    "{asset}T+0双向交易，涨跌都能赚",
]
T6_LEV = [
    "{lev}倍杠杆，一万本金一周变十万",
    "老师实盘喊单，胜率九成",
    "首单亏损平台全额补偿",
    "有风险准备金，亏了平台兜底",
    "开户送{bonus}体验金，盈利可提",
    "我们是持牌交易商，资金第三方托管",
]
T6_ACT = [
    "想跟单的进群 {url}",
    "{wx}",
    "入金{amt}起，名额有限",
    "今晚入金还来得及",
    "私聊我拉你进喊单群",
    "下载{app}开户，十分钟搞定",
]


def t6(rng):
    tags = set()
    vals = dict(asset=c.pick(rng, ["黄金", "白银", "原油", "美元指数", "欧元", "伦敦金"]), pct=rng.choice([10, 20, 30]),
                lev=rng.choice([10, 20, 50, 100]), bonus=c.pick(rng, ["888元", "5000元", "1000美元"]),
                url=c.scam_url(rng, ("fx", "gold", "qh", "wh")), wx=_wx(rng, tags, 0.25),
                amt=c.pick(rng, ["五千", "一万", "5万"]), app=c.pick(rng, ["恒信贵金属", "汇丰金业", "金盛国际", "鑫源期货"]))
    parts = [c.pick(rng, T6_EVENT), c.pick(rng, T6_LEV), c.pick(rng, T6_ACT)]
    text = c.pick(rng, ["，", "！", "。"]).join(p.format(**vals) for p in parts)
    text = _sep_word(rng, text, tags, ["喊单", "杠杆", "入金", "开户"], 0.22)
    _final(text, tags)
    return _rec(text, c.pick(rng, ["chat", "post", "chat"]), "t6", tags)


# ---------------------------------------------------------------- t7 withdrawal blocked
T7_STATUS = [
    "您好，您的提现申请已受理",
    "您好，这里是平台客服，您的账户已被冻结",
    "您的账户盈利{gain}，出金申请已提交",
    "系统检测到您的账户存在异常交易",
    "您好，平台已完成系统升级，您的资金已转入新账户",
    "您的出金被风控拦截了",
]
T7_REASON = [
    "需缴纳账户资金的{pct}%作为风险保证金",
    "按规定需先缴纳{pct}%的个人所得税",
    "您的交易量未达标，需再完成{lots}手交易",
    "您违反了“内幕交易”规定，需缴纳罚金{fine}",
    "您的账户未完成高级认证，需充值资产的十分之一验资",
    "需缴纳{pct}%的迁移费才能正常使用",
    "您触发了风控线，需追加保证金，否则强制平仓",
]
T7_ASSURE = [
    "审核通过后原路退回",
    "缴纳后两小时内到账",
    "这是平台规定，不是我们能决定的",
    "逾期未处理资金将被清零",
    "保证金会连同本金一起退还",
]


def t7(rng):
    tags = set()
    vals = dict(gain=c.pick(rng, ["35万", "二十三万", "60多万", "12万"]), pct=rng.choice([5, 10, 15, 20, 30]),
                lots=rng.choice([30, 50, 100]), fine=c.pick(rng, ["五万元", "三万", "8万"]))
    parts = [c.pick(rng, T7_STATUS), c.pick(rng, T7_REASON), c.pick(rng, T7_ASSURE)]
    text = "，".join(p.format(**vals) for p in parts) + c.pick(rng, ["。", "", "，请尽快处理。"])
    text = _sep_word(rng, text, tags, ["保证金", "提现", "出金", "个人所得税"], 0.22)
    _final(text, tags)
    return _rec(text, "chat", "t7", tags)


# ---------------------------------------------------------------- t8 cold calls
T8_WHO = [
    "喂，您好，是{sur}先生吗？我是{firm}的客户经理",
    "您好，我这边是{firm}投资研究院的助理",
    "{aunt}您好，我是上次养生讲座的小{sur2}啊",
    "您好，我是{firm}的理财顾问，您之前在我们网站留过言",
    "喂，老爷子您好，我们是{firm}养老服务中心的",
]
T8_OFFER = [
    "我们有一个原始股认购项目，公司明年{board}上市，现在{px}一股",
    "老师有个免费交流群，每天九点前分享当天的操作策略",
    "现在有个私募基金，投拟上市公司股权，预期年化{pct}%",
    "有个养老公寓项目，投{amt}每月返{mon}，还能优先入住",
    "我们拿到了一个定增额度，机构价是市价的七折",
    "我们有个外汇产品，月收益百分之八到十二",
]
T8_SAFE = [
    "签正规合同，保本保息",
    "有保险公司担保，本金绝对安全",
    "亏了平台兜底，不用担心",
    "政府有批文，好多退休干部都投了",
    "我们老师带的票这周已经涨了四十多个点",
]
T8_PUSH = [
    "名额只剩三个了，您看要不要先占一个",
    "这周六有推介会，管午饭还送油，您带老伴来看看",
    "我加您微信把资料发给您好吗",
    "这个项目只对老客户开放，今天是最后一天",
    "您考虑一下，明天给我回个话",
]


def t8(rng):
    tags = set()
    vals = dict(sur=c.pick(rng, c.SURNAMES), sur2=c.pick(rng, c.SURNAMES),
                firm=c.pick(rng, ["明德", "恒泰资本", "长江财富", "博远投资", "众诚财富", "康宁国际", "鑫源", "华信资本"]),
                aunt=c.pick(rng, ["张阿姨", "王叔叔", "李大爷", "刘阿姨", "陈老师"]),
                board=c.pick(rng, ["在香港", "在新三板", "在科创板", "在纳斯达克"]), px=c.pick(rng, ["一块八", "两块", "三块五"]),
                pct=rng.choice([25, 30, 35, 40]), amt=c.pick(rng, ["五万", "十万", "二十万"]),
                mon=c.pick(rng, ["一千", "两千", "三千"]))
    parts = [c.pick(rng, T8_WHO), c.pick(rng, T8_OFFER), c.pick(rng, T8_SAFE), c.pick(rng, T8_PUSH)]
    text = "，".join(p.format(**vals) for p in parts) + "。"
    _final(text, tags)
    return _rec(text, "call", "t8", tags)


# ---------------------------------------------------------------- t9 traditional
T9_SCEN = [
    (  # LINE stock group
        ["您好，感謝您加入我們的LINE投資群組，我是{t}老師的助理", "{sir}您好，老師今天推薦的那檔已經漲停鎖死了",
         "各位投資朋友大家好，我是本群的老師，從事{mkt}操盤{y}年", "{sir}，您目前的持股是不是都套牢了？"],
        ["老師每天早上八點半會在群組分享當沖飆股", "明天還有一檔更強的，要提早卡位", "老師可以一對一免費幫您診斷持股",
         "這檔是主力股，已經吃貨完畢，接下來會有五成漲幅"],
        ["名額有限喔", "代碼請私訊助理領取", "跟著做穩賺不賠", "加LINE：{lid} 就好"],
    ),
    (  # IPO / 外資專戶 remittance
        ["恭喜您！您申購的新股已中籤", "{sir}您好，我們有跟券商合作的外資專戶", "港股打新通道本週開放"],
        ["請於今日下午三點前匯款認購金額共計{twd}", "可以用比市價低三成的價格認購，當天就能賣出", "中籤率高達八成，上市首日平均漲幅四成"],
        ["否則列入違約名單", "逾期帳戶將被凍結", "請聯絡助理開戶", "額度有限，先搶先贏"],
    ),
    (  # blocked 出金
        ["{sir}您好，您的帳戶獲利已達出金標準", "您好，這邊是平台客服，您的出金申請已退回", "您的帳戶目前顯示「資金異常」"],
        ["依規定需先繳納{pct}%的所得稅", "需要先繳交保證金{twd}", "需補繳驗資金才能解凍"],
        ["繳清後即可出金", "繳完兩小時內入帳", "這是主管機關的規定，請盡快處理"],
    ),
    (  # 保本 private fund
        ["您好，我們是香港的持牌資產管理公司", "{sir}，跟您介紹一個保本型的投資方案", "{sir}您好，我是理財專員小林", "這個方案只對內部客戶開放"],
        ["放一百萬台幣每個月領兩萬利息", "美元私募基金保證年化收益二成五", "認購我們礦場的礦機，一台九萬台幣，每個月分紅一萬"],
        ["比定存好太多了", "最低認購五萬美元", "一年就回本", "名額只剩三位"],
    ),
]


def t9(rng):
    tags = {"traditional"}
    vals = dict(t=c.pick(rng, ["林", "陳", "黃", "張", "吳"]), sir=c.pick(rng, ["陳大哥", "林先生", "黃小姐", "王媽媽", "李董"]),
                mkt=c.pick(rng, ["台股", "港股"]), y=rng.choice([10, 15, 20]), pct=rng.choice([15, 20]),
                lid=c.wechat_id(rng), twd=c.pick(rng, ["新台幣一百二十萬元", "五萬", "二十萬台幣", "港幣八萬"]))
    opens, mids, ends = c.pick(rng, T9_SCEN)
    parts = [c.pick(rng, opens), c.pick(rng, mids), c.pick(rng, ends)]
    text = "，".join(p.format(**vals) for p in parts if p)
    ch = c.pick(rng, ["chat", "chat", "post", "sms"])
    if ch == "sms":
        text = "【" + c.pick(rng, ["財經先知", "台股贏家", "鼎盛投顧", "飆股學院"]) + "】" + text
    _final(text, tags)
    return _rec(text, ch, "t9", tags)


# ---------------------------------------------------------------- t10 live-stream stock tips
T10_PRE = [
    "直播预告：今晚{hh}，{cred}做客直播间",
    "【直播回放】昨晚{t}老师直播间讲的{k}只票今天全部涨停",
    "恭喜您成为直播间第{n}位粉丝",
    "您好，直播间的老师给您点名了",
    "今晚直播揭秘主力洗盘手法",
]
T10_MID = [
    "现场公布下周{k}只潜力牛股",
    "老师送您一次一对一诊股机会",
    "现场解盘并送出三只必涨股",
    "老师邀请您进入他的私人学员群",
    "没赶上的朋友别错过今晚",
]
T10_ACT = [
    "点击预约直播间：{url}",
    "请添加助理领取：{wx}",
    "点击头像进入直播间",
    "直播间链接找助理要",
    "预约后私信“股票”进群",
]


def t10(rng):
    tags = set()
    vals = dict(hh=c.pick(rng, ["7", "7:30", "8", "9"]),
                cred=c.pick(rng, TEACHER_CRED), t=c.pick(rng, TEACHERS), k=rng.randint(2, 5), n=rng.choice([88, 100, 200, 666]),
                url=c.scam_url(rng, ("live", "zb", "gs", "tv")), wx=_wx(rng, tags, 0.2))
    parts = [c.pick(rng, T10_PRE), c.pick(rng, T10_MID), c.pick(rng, T10_ACT)]
    text = "，".join(p.format(**vals) for p in parts)
    text = _sep_word(rng, text, tags, ["直播间", "牛股", "诊股", "必涨"], 0.22)
    _final(text, tags)
    return _rec(text, c.pick(rng, ["post", "sms", "chat"]), "t10", tags)


TEMPLATES = [(t1, 38), (t2, 40), (t3, 36), (t4, 36), (t5, 40), (t6, 30), (t7, 30), (t8, 30), (t9, 36), (t10, 26)]


def generate(rng):
    return c.take_distinct(rng, TEMPLATES)
