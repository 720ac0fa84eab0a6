"""Generator for ``task_rebate`` (刷单返利 / 虚假兼职).

Templates (each built from independent phrase slots):
  t1  recruiting SMS: 点赞员 / 好评员 / 打字员 / 宝妈兼职, 日结, "不收费", contact
  t2  recruiting posts and group ads with testimonials
  t3  接待员 onboarding chat: first free like/follow task, small red packet, download the APP
  t4  派单员 垫付 tasks: prepay an order, 本金 + 佣金 returned, deadlines
  t5  连单 / 组合任务 卡单: next order is bigger, recharge or lose everything
  t6  提现冻结: 财务 asks for 保证金, 解冻金, 税, 信誉分 repair
  t7  phone calls from recruiters, 带教老师 and 财务
  t8  Taiwan / Hong Kong wording (按讚, 儲值, 出金, 轉數快, LINE)
  t9  好评返现 cards, 打字员 / 配音 fees, 主播打榜 and 电影票房 "tasks"
"""

from __future__ import annotations

import common as c

LABEL = "task_rebate"
MODULE = "task_rebate"


def _rec(text, channel, tid, tags=()):
    return c.record(text, LABEL, channel, f"gen:{MODULE}:{tid}", c.length_tags(text, tags))


_sep_word = c.separate_word


def _contact(rng, tags, rate=0.3):
    """A contact phrase; remembers it in ``tags`` so _final() can tag it disguised if it is used."""
    disg = rng.random() < rate
    ct = c.contact(rng, disguised=disg)
    if disg:
        tags.add("?" + ct)
    return ct


_final = c.resolve_pending_tags


TASK_APPS = ["趣赚", "鼎盛优选", "星云", "蜜蜂任务", "点点赚", "金牛任务大厅", "乐享", "快客", "优品推广", "聚宝盆"]
VIDEO_APPS = ["抖音", "快手", "小红书", "视频号", "B站"]
SHOP_APPS = ["淘宝", "拼多多", "京东", "美团", "抖音商城"]


# ---------------------------------------------------------------- t1 recruiting sms
T1_SIGN = ["悦享兼职", "聚贤人力", "快乐兼职", "星辰传媒", "优聘", "E兼职", "速聘", "青蓝兼职", "同城兼职", "兼职宝"]
T1_JOB = [
    "现招{va}点赞员，给指定作品点赞关注",
    "诚招好评员，购买指定商品给五星好评",
    "招聘在家打字员，录入文字资料",
    "宝妈、学生、上班族均可，在家手机兼职",
    "招{sa}店铺体验官，下单体验后全额返款",
    "急招{va}直播间互动员，进直播间刷评论",
    "招募素人种草员，帮品牌发笔记",
    "线上兼职：给商家店铺收藏加购",
]
T1_PAY = [
    "一单{u}元，日结{lo}-{hi}",
    "每天1-2小时，日入{lo}+",
    "多劳多得，当天结算",
    "每千字{k}元，日结工资",
    "佣金{pct}%，本金秒返",
    "时间自由，月入{m}不是梦",
]
T1_SAFE = ["不收任何费用", "无需押金", "零门槛", "不压工资", "名额有限", "零经验可做"]
T1_ACT = ["{ct}", "详询{ct}", "报名 {url}", "回复1获取详情", "点击领取首单红包 {url}", "速加{ct}"]


def t1(rng):
    tags = set()
    vals = dict(va=c.pick(rng, VIDEO_APPS), sa=c.pick(rng, SHOP_APPS), u=c.pick(rng, ["2", "3", "5", "8"]),
                lo=c.pick(rng, ["100", "150", "200", "300"]), hi=c.pick(rng, ["500", "800"]), k=rng.choice([20, 30, 40]),
                pct=rng.choice([10, 15, 20]), m=c.pick(rng, ["五千", "八千", "过万"]),
                ct=_contact(rng, tags, 0.35), url=c.scam_url(rng, ("jz", "job", "rw", "zan", "hd")))
    parts = [c.pick(rng, T1_JOB), c.pick(rng, T1_PAY), c.pick(rng, T1_SAFE), c.pick(rng, T1_ACT)]
    if rng.random() < 0.3:
        parts.pop(2)
    lead = c.pick(rng, ["您好，", "", "恭喜您获得兼职体验名额，", "您的简历已通过初筛，"])
    text = c.sms_sign(rng, T1_SIGN) + lead + "，".join(p.format(**vals) for p in parts) + " " + c.unsubscribe(rng)
    text = _sep_word(rng, text.strip(), tags, ["兼职", "日结", "点赞", "好评", "佣金"], 0.22)
    _final(text, tags)
    return _rec(text, "sms", "t1", tags)


# ---------------------------------------------------------------- t2 recruiting posts
T2_HEAD = ["【兼职招聘】", "【宝妈兼职】", "【日结兼职】", "【线上兼职】", "急招！", "学生党看过来！", "寻找靠谱宝妈～", ""]
T2_BODY = [
    "给{va}视频点赞评论关注，一个{u}元",
    "在家带娃也能赚钱，一部手机就够",
    "帮商家提升店铺信誉，一单{lo}-{hi}元",
    "招网络评论员，在各平台发评论",
    "手机刷视频、做任务，每天{h}小时",
    "给商品点赞收藏，每单2-10元",
]
T2_PROOF = [
    "我做了半年，稳定月入五六千",
    "昨天做了{n}单，已经提现到微信",
    "不是微商，不用囤货，不用拉人头",
    "已经稳定提现三个月，截图为证👇",
    "时间自由，不影响带娃上班",
    "",
]
T2_END = ["有意私信", "想做的评论区留言", "扫码加群", "{ct}", "私我拿邀请码", "名额有限，先到先得"]


def t2(rng):
    tags = set()
    vals = dict(va=c.pick(rng, VIDEO_APPS), u=c.pick(rng, ["1", "2", "3"]), lo=rng.choice([5, 10, 15]), hi=rng.choice([30, 50, 80]),
                h=c.pick(rng, ["1", "1-2", "2"]), n=rng.randint(40, 120), ct=_contact(rng, tags, 0.35))
    parts = [c.pick(rng, T2_BODY), c.pick(rng, T2_PROOF), c.pick(rng, ["日结，无押金", "当天结算", "不交任何费用", "多劳多得"]),
             c.pick(rng, T2_END)]
    text = c.pick(rng, T2_HEAD) + c.pick(rng, ["，", "。", "！"]).join(p.format(**vals) for p in parts if p)
    text = _sep_word(rng, text, tags, ["兼职", "日结", "点赞", "提现", "押金"], 0.22)
    _final(text, tags)
    return _rec(text, "post", "t2", tags)


# ---------------------------------------------------------------- t3 接待员 onboarding
T3_HI = [
    "您好，欢迎加入我们的兼职团队👏 我是您的接待员{nm}",
    "欢迎新朋友！我是带教老师{nm}，有问题随时问我😊",
    "您好，我是今天的接待员{nm}，请回复“1”开始任务",
    "亲，欢迎来到{app}任务群",
    "您好，我是{nm}，负责给新人讲解工作流程",
]
T3_TASK = [
    "第一个任务：打开{va}，搜索“{acc}”，点赞最新的三个作品并关注",
    "先给这个直播间刷三条评论，截图发我",
    "搜索我发的ID，关注后截图，不能马上取关",
    "给这三个商品点收藏加购，不用付款",
    "点赞完记得截图，两张都要",
]
T3_PAY = [
    "佣金{u}元马上发您红包🧧",
    "审核通过✅ 佣金已发，请查收",
    "完成3个任务额外奖励{bonus}元",
    "新人首单免费，做完领{bonus}元",
]
T3_NEXT = [
    "接下来的正式任务要下载“{app}”，链接：{url}",
    "下一步加派单员{ct}，说是{nm}介绍的",
    "注册时邀请码一定填{code}，不然派单员找不到您",
    "点赞只是入门，主营业务是电商补单，佣金更高",
    "安装提示风险不用管，点继续安装",
]


def t3(rng):
    tags = set()
    vals = dict(nm=c.pick(rng, ["小雨", "小林", "可可", "安安", "小周", "琳琳", "阿敏"]), app=c.pick(rng, TASK_APPS),
                va=c.pick(rng, VIDEO_APPS), acc=c.pick(rng, ["芳芳日常", "小可爱", "阿杰美食", "甜甜穿搭", "老李钓鱼"]),
                u=c.pick(rng, ["3", "5", "6", "8"]), bonus=rng.choice([8, 10, 18]), code=c.pick(rng, ["QZ", "RW", "DS"]) + c.digits(rng, 4),
                url=c.scam_url(rng, ("rw", "qz", "app", "dl")), ct=_contact(rng, tags, 0.3))
    parts = [c.pick(rng, T3_HI), c.pick(rng, T3_TASK), c.pick(rng, T3_PAY), c.pick(rng, T3_NEXT)]
    if rng.random() < 0.35:
        k = rng.randrange(1, 3)
        parts = parts[k:]
    sep = c.pick(rng, ["，", "。", "\n", " "])
    text = sep.join(p.format(**vals).rstrip("，。") for p in parts)
    text = _sep_word(rng, text, tags, ["佣金", "任务", "点赞", "派单员"], 0.22)
    _final(text, tags)
    return _rec(text, "chat", "t3", tags)


# ---------------------------------------------------------------- t4 派单员 垫付
T4_INTRO = [
    "派单员：这单是商家的冲量单",
    "亲，今天给您派一单高佣金任务",
    "您好，这是您的第{n}单进阶任务",
    "系统为您匹配到一单幸运订单",
    "今天的福利单来了🎁",
    "这是垫付任务，流程很简单",
]
T4_AMT = [
    "本金{amt}，佣金{pct}%",
    "需要先垫付{amt}，完成返{back}",
    "订单金额{amt}，佣金是普通单的5倍",
    "充值{amt}得{back}，限量{k}单",
    "先用自己的钱拍下{item}，商家确认后返还本金加佣金",
]
T4_RULE = [
    "付款后截图给我，五分钟内返款",
    "要在十分钟内完成，超时影响信誉分",
    "不能退款，退款佣金会被扣",
    "转账不要备注任何东西",
    "收款账户以我发的为准，每天都换",
    "余额不足的话先在APP里充值",
]


def t4(rng):
    tags = set()
    amt_v = rng.randrange(300, 30001, 100)
    vals = dict(n=rng.randint(2, 6), amt=c.money(rng, amt_v, amt_v), pct=rng.choice([10, 15, 20, 25, 30]),
                back=f"{int(amt_v * c.pick(rng, [1.2, 1.3, 1.35])):d}元", k=rng.randint(5, 20),
                item=c.pick(rng, ["一部手机", "五件衣服", "两瓶酒", "一台平板", "三套护肤品"]))
    parts = [c.pick(rng, T4_INTRO), c.pick(rng, T4_AMT), c.pick(rng, T4_RULE), c.pick(rng, ["做吗？", "确认接单回复1", "", "我给您锁定了"])]
    sep = c.pick(rng, ["，", "。", "\n"])
    text = sep.join(p.format(**vals).rstrip("，。") for p in parts if p)
    text = _sep_word(rng, text, tags, ["垫付", "本金", "佣金", "充值"], 0.22)
    _final(text, tags)
    return _rec(text, "chat", "t4", tags)


# ---------------------------------------------------------------- t5 卡单 / 组合任务
T5_STATUS = [
    "系统提示您触发了连单任务",
    "您好，您现在做的是组合任务，一组{k}单",
    "您的第{n}单操作超时，系统已锁定",
    "您填写的任务编号有误，资金被冻结了",
    "您已经完成了{done}单，还差最后一单",
    "亲，您卡单了",
]
T5_NEED = [
    "需要连续完成才能一起结算，下一单本金{amt}",
    "需要再充值{amt}把这一单补上",
    "最后一单是系统随机派的，金额{amt}，无法更换",
    "需要做一单纠错任务才能解冻，本金{amt}",
    "要完成一单信誉分提升任务，本金{amt}",
]
T5_PRESS = [
    "现在放弃的话，之前的{prev}就全部作废了",
    "卡单是随机的，很多人都遇到过",
    "可以先用信用卡或花呗，提现后马上就能还",
    "我私人先帮您垫一部分，您补剩下的",
    "主管同意宽限到明天中午十二点",
    "全部完成后本金加佣金一次性返还",
]


def t5(rng):
    tags = set()
    vals = dict(k=rng.choice([3, 4, 5]), n=rng.randint(2, 5), done=rng.randint(3, 28), amt=c.money(rng, 5000, 90000, 100),
                prev=c.pick(rng, ["八万多", "五万多块", "三万二", "十几万"]))
    parts = [c.pick(rng, T5_STATUS), c.pick(rng, T5_NEED), c.pick(rng, T5_PRESS)]
    if rng.random() < 0.4:
        parts.append(c.pick(rng, [x for x in T5_PRESS if x != parts[2]]))
    sep = c.pick(rng, ["，", "。", "\n"])
    text = sep.join(p.format(**vals) for p in parts)
    text = _sep_word(rng, text, tags, ["卡单", "充值", "本金", "佣金", "花呗"], 0.22)
    _final(text, tags)
    return _rec(text, "chat", "t5", tags)


# ---------------------------------------------------------------- t6 提现冻结
T6_WHO = ["您好，这边是财务部", "财务说", "您好，我是财务{sur}经理", "亲，我帮您问了财务", "您好，客服中心通知", "系统提示"]
T6_WHY = [
    "您的提现因为银行卡号输入错误被冻结",
    "您的账户被判定为恶意刷单",
    "您的账户信誉分不足{score}分，无法提现",
    "您本次提现金额超过一万，需要缴纳个人所得税",
    "系统检测到多人操作风险，账户已锁定",
    "您切换了网络，被判定为异常操作",
    "您的收款账户与注册信息不符",
]
T6_FEE = [
    "需要充值解冻金{amt}",
    "需缴纳提现金额{pct}%的保证金",
    "要交一笔罚款，是本金的一半",
    "需再做一单流水验证",
    "要充值同等金额验证还款能力",
    "税率是{pct}%",
]
T6_OK = ["审核通过后原路退还", "交完立马给您提现", "缴纳后半小时内解冻", "今天之内不处理系统会清零", "这是规定，我们也没办法"]


def t6(rng):
    tags = set()
    vals = dict(sur=c.pick(rng, c.SURNAMES), score=rng.choice([60, 80, 90]), amt=c.money(rng, 3000, 50000, 100),
                pct=rng.choice([10, 20, 30]))
    parts = [c.pick(rng, T6_WHO), c.pick(rng, T6_WHY), c.pick(rng, T6_FEE), c.pick(rng, T6_OK)]
    text = "，".join(p.format(**vals) for p in parts) + c.pick(rng, ["。", "", "！"])
    text = text.replace("财务说，", "财务说")
    text = _sep_word(rng, text, tags, ["提现", "解冻金", "保证金", "冻结"], 0.22)
    _final(text, tags)
    return _rec(text, "chat", "t6", tags)


# ---------------------------------------------------------------- t7 calls
T7_WHO = [
    "您好，请问是{sur}女士吗？我们这边是{va}的合作商家",
    "喂，你好，我是{co}的招聘专员，您在招聘网站投过简历对吧",
    "您好，我是{co}的带教老师，您报名的点赞员岗位审核通过了",
    "喂，是{sur}同学吗？我是勤工助学推荐的兼职平台老师",
    "您好，我是{co}财务部的{sur}经理",
    "喂，{sur}姐，我是咱们兼职群的管理员",
]
T7_WHAT = [
    "现在招聘点赞员，给指定视频点赞关注，一个赞两块",
    "有个线上兼职帮商家做好评，一天两个小时能赚两三百",
    "帮店铺下几单，下单的钱全额返还，每单再给百分之十佣金",
    "您的提现没到账，是因为账户被标记为异常",
    "您的第三轮任务已经卡了两天了",
    "今天有个年终冲量大单，一组五单，佣金特别高",
]
T7_HOW = [
    "第一单是体验单，只有三十块",
    "您加一下微信，我拉您进工作群",
    "需要缴纳提现金额百分之三十的信誉保证金",
    "最晚明天中午要把剩下的{amt}补进去",
    "做完当天就能结算，不收任何费用",
    "这种单很少的，您要的话我现在给您锁定",
]


def t7(rng):
    tags = set()
    vals = dict(sur=c.pick(rng, c.SURNAMES), va=c.pick(rng, VIDEO_APPS),
                co=c.pick(rng, ["蜂巢传媒", "乐享兼职", "星光传媒", "优品推广", "速达兼职", "点点赚"]),
                amt=c.pick(rng, ["三万二", "两万八", "一万五", "四万"]))
    parts = [c.pick(rng, T7_WHO), c.pick(rng, T7_WHAT), c.pick(rng, T7_HOW)]
    text = "，".join(p.format(**vals) for p in parts) + c.pick(rng, ["。", "，您看怎么样？", "，您现在方便操作吗？"])
    _final(text, tags)
    return _rec(text, "call", "t7", tags)


# ---------------------------------------------------------------- t8 traditional
T8_SCEN = [
    (["您好，我們在招聘網路兼職", "寶媽兼職，在家用手機就能做", "親，這是我們的按讚賺錢群組"],
     ["幫{yt}頻道按讚訂閱，一個讚{u}元", "幫網拍店家衝評價，一單賺{u2}元", "每天發布任務，追蹤一次{u}元"],
     ["每天結算", "有興趣請加LINE了解", "當天匯款到您的帳戶", "不需押金"]),
    (["你好，呢份工好簡單", "我哋係網店推廣公司，請人喺屋企做兼職", "搵緊兼職？喺屋企用手機就做得"],
     ["喺手機度幫主播撳讚同追蹤，一個讚三蚊", "幫商戶俾好評，每單佣金{u2}蚊", "做完任務即日轉數快過數"],
     ["唔使本錢", "有興趣WhatsApp我", "一日輕鬆有幾百蚊"]),
    (["親，您已完成{n}筆任務", "您好，系統派發的第{n}筆訂單已生成", "親，這是組合任務"],
     ["下一筆需要先儲值{twd}", "訂單金額為{twd}，完成後就能全部出金", "需要先墊付{twd}，完成後一次退還本金加佣金"],
     ["請盡快完成", "中途停止整組任務會被凍結", "超過時間系統會扣信用分"]),
    (["財務部通知", "親，提領沒成功是因為系統把款項退回了", "系統偵測到您的帳戶在不同裝置登入"],
     ["必須先繳交{twd}保證金才可解凍", "您的信用分數只有六十分，不符合提領資格", "依規定要繳一筆違約金才能恢復提領"],
     ["繳完半小時內就會匯到您的戶頭", "再補兩筆任務分數就會回來", "逾期帳戶餘額將全部歸零"]),
]


def t8(rng):
    tags = {"traditional"}
    vals = dict(yt=c.pick(rng, ["YouTube", "IG", "TikTok"]), u=rng.choice([3, 5, 10]), u2=rng.choice([50, 80, 100]),
                n=rng.randint(3, 5), twd=c.pick(rng, ["新台幣八萬元", "一萬五台幣", "兩萬", "三萬元", "五萬台幣"]))
    opens, mids, ends = c.pick(rng, T8_SCEN)
    parts = [c.pick(rng, opens), c.pick(rng, mids), c.pick(rng, ends)]
    text = "，".join(p.format(**vals) for p in parts)
    ch = c.pick(rng, ["chat", "chat", "post", "sms"])
    if ch == "sms":
        text = "【" + c.pick(rng, ["網路兼職", "樂賺平台", "兼職通", "高薪兼職"]) + "】" + text
    _final(text, tags)
    return _rec(text, ch, "t8", tags)


# ---------------------------------------------------------------- t9 好评返现 / 打字员 / 打榜 / 电影
T9_SCEN = [
    (["亲，收到宝贝后给五星好评+晒图", "【好评返现】亲，五星好评带三张图", "亲，追评再加一张买家秀"],
     ["截图加售后{ct}领{u}元红包", "返现{u}元，进福利群还有更多返利任务", "联系客服领现金，后续还有高佣任务"],
     ["评价不要出现“返现”字样哦", "名额有限，今天截止", "群里每天派单，日结"]),
    (["您好，打字员岗位需要先下载专业录入软件，软件费{fee}元，第一个月返还",
      "您的打字稿件审核不合格，错误率超标，按合同需赔偿违约金{fee2}元",
      "录入兼职入职前要交培训押金{fee}元，工作满一个月退",
      "有声书配音兼职需要先买我们的声卡设备，{fee}元，接单后返还"],
     ["交完马上派稿", "不处理将影响征信", "正规公司，请放心", "不交的话之前的稿费不予结算"],
     [""]),
    (["亲，今天的主播冲榜任务来了", "粉丝福利计划开始啦🎉", "主播今晚PK，打榜任务佣金翻倍"],
     ["在直播间刷礼物，刷多少返多少再加{pct}%", "下载“粉丝助手”APP给主播投票，一票{u}元，投满返{pct}%", "先充值{fee}元买礼物，结束后统一返还"],
     ["PK结束统一结算", "大家冲啊！", "错过等下周"]),
    (["这个是电影投资任务，一份{fee}元，每天返{ret}元，{days}天返本",
      "团长推荐的电影票房项目，投一份{fee}元的份额，每天返收益{ret}元",
      "亲，短剧推广任务了解一下，先开通推广权限{fee}元，有人点击你就有收益"],
     ["之后的都是纯收益", "电影延期的话补一笔宣发费就能结算", "推荐朋友加入还有奖励", "份额有限，今晚截止"],
     [""]),
]


def t9(rng):
    tags = set()
    fee = rng.choice([98, 198, 298, 300, 599, 900])
    days = rng.choice([20, 30])
    vals = dict(ct=_contact(rng, tags, 0.3), u=rng.choice([3, 5, 8, 10, 15]), fee=fee, fee2=rng.choice([1500, 2000, 3000]),
                pct=rng.choice([20, 30, 50]), days=days, ret=max(1, round(fee / days * rng.choice([1.0, 1.0, 1.5]))))
    opens, mids, ends = c.pick(rng, T9_SCEN)
    parts = [c.pick(rng, opens), c.pick(rng, mids), c.pick(rng, ends)]
    text = c.pick(rng, ["，", "。", "！"]).join(p.format(**vals) for p in parts if p)
    text = _sep_word(rng, text, tags, ["返现", "好评", "打榜", "佣金", "押金"], 0.22)
    _final(text, tags)
    return _rec(text, c.pick(rng, ["chat", "chat", "post"]), "t9", tags)


TEMPLATES = [(t1, 42), (t2, 36), (t3, 42), (t4, 40), (t5, 40), (t6, 36), (t7, 30), (t8, 36), (t9, 38)]


def generate(rng):
    return c.take_distinct(rng, TEMPLATES)
