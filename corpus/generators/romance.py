"""Generator for ``romance`` (网络婚恋交友 / 杀猪盘).

Templates (each built from independent phrase slots):
  t1  "加错人了" / stranger opening that pivots to a compliment and an overseas persona
  t2  sweet talk + shared future + an insider "loophole" platform (博彩 / 数字货币 / 外汇)
  t3  withdrawal blocked: tax, 保证金, 信誉分, 流水 — the lover pushes to pay once more
  t4  paid "dating" app: 会员, 诚意金, 开房押金, 派单保证金 (often female persona to men)
  t5  裸聊 lure: video app download, VIP fee, then extortion with the recording
  t6  fake dating-platform SMS notifications with a link or a fee
  t7  posts: personal ads of rich overseas singles and "my boyfriend made me rich" stories
  t8  phone calls from the lover or the platform's "财务" pushing a deposit or tax
  t9  Taiwan / Hong Kong wording (LINE, 匯款, 出金, 轉數快, 超商點數)
"""

from __future__ import annotations

import common as c

LABEL = "romance"
MODULE = "romance"
TARGET = 345


def _rec(text, channel, tid, tags=()):
    return c.record(text, LABEL, channel, f"gen:{MODULE}:{tid}", c.length_tags(text, tags))


PET = ["宝贝", "亲爱的", "老婆", "宝", "宝宝", "乖", "傻瓜", "小公主", "honey", "老公"]
EMO = ["❤️", "😘", "🥰", "😊", "💕", "🌹", "😢", "🤗", "💋", "", "", ""]
COUNTRIES = [("新加坡", "做航运"), ("迪拜", "做石油贸易"), ("马来西亚", "开建材公司"), ("澳洲", "做红酒进口"),
             ("加拿大", "做地产投资"), ("香港", "做基金经理"), ("柬埔寨", "做工程项目"), ("英国", "做珠宝设计"),
             ("日本", "做跨境电商"), ("泰国", "做酒店管理"), ("美国", "做外科医生"), ("菲律宾", "做物流")]
PLATFORMS = ["金沙国际", "威尼斯人娱乐", "BitHK", "Coinsky", "鼎盛环球", "万利汇", "汇丰金业", "Zebex",
             "HTX Pro", "永利在线", "恒信贵金属", "AEX Global", "星辰数藏", "TokenMax"]


def _amt(rng, lo, hi, step=1000):
    return c.money(rng, lo, hi, step)


def _turns(rng, parts):
    """Join chat parts as one message or several short turns."""
    sep = c.pick(rng, ["，", "。", " ", "\n", "～", "。\n"])
    text = sep.join(p.rstrip("。，") for p in parts if p)
    for a in "？！?!":
        for b in "，。～":
            text = text.replace(a + b, a)
    return text


def _maybe_disguise(rng, text, tags, words, rate=0.12):
    if rng.random() < rate:
        for w in words:
            if w in text:
                tags.add("disguised")
                sep = c.pick(rng, ["·", ".", " ", "*", "丨", "/", "\u200b", "-"])
                return text.replace(w, sep.join(w), 1)
    return text


# ---------------------------------------------------------------- t1 wrong person opening
T1_WRONG = [
    "你好，请问是{n}吗？上次{thing}的事想跟你确认一下",
    "不好意思，我好像加错人了😅",
    "抱歉抱歉，通讯录导错了，本来想加{n}的",
    "诶？你不是{n}啊，那我存错号码了",
    "在吗？{n}，你让我发的资料我整理好了",
    "Hi，是{n}吗？朋友推荐我来找你{thing}",
    "你好呀，在“附近的人”里看到你，不知道为什么觉得很亲切",
    "我们好像在{group}里聊过？你头像我有印象",
    "打扰了，我刚回国手机号换了，好多人都加乱了",
]
T1_THING = ["看房", "买保险", "定茶叶", "报钢琴课", "做账", "订酒店", "拿样品", "签合同"]
T1_GROUP = ["读书群", "跑步群", "钓鱼群", "老乡群", "宠物群", "摄影群", "旅游群"]
T1_PIVOT = [
    "不过既然加上了也是缘分，可以交个朋友吗{e}",
    "你的朋友圈好有生活气息，我就不删了哈",
    "看你签名感觉你是个很温柔的人",
    "你头像是本人吗？很有气质",
    "我平时很少主动聊天，但是感觉跟你聊得来",
    "既然认识了，以后多多关照{e}",
    "我这人比较相信缘分，你别介意啊",
]
T1_PERSONA = [
    "我叫{en}，在{ctry}{job}，常年一个人在外面",
    "我在{ctry}{job}，离异好几年了，孩子跟着我",
    "自我介绍下，{age}岁，在{ctry}{job}，平时就健身看盘",
    "我是{city}人，现在在{ctry}{job}，明年打算回国发展",
    "我目前在{ctry}{job}，工作很忙，身边没什么能说话的人",
    "我前妻几年前生病走了，现在一个人在{ctry}{job}",
]
T1_ASK = [
    "你是做什么工作的呀？",
    "你在哪个城市呀？",
    "你平时下班都喜欢干嘛？",
    "方便问一下你单身吗？",
    "你吃饭了吗？",
    "你那边天气怎么样？",
    "可以发张你的照片看看吗？",
    "",
]
EN_NAMES = ["Kevin", "Jason", "David", "Eric", "Leo", "Andy", "Vincent", "Michael", "Tony", "Ryan"]


def t1(rng):
    tags = set()
    ctry, job = c.pick(rng, COUNTRIES)
    parts = [
        c.pick(rng, T1_WRONG).format(n=c.pick(rng, c.SURNAMES) + c.pick(rng, ["总", "姐", "经理", "老师", "律师"]),
                                     thing=c.pick(rng, T1_THING), group=c.pick(rng, T1_GROUP)),
        c.pick(rng, T1_PIVOT).format(e=c.pick(rng, EMO)),
        c.pick(rng, T1_PERSONA).format(en=c.pick(rng, EN_NAMES), ctry=ctry, job=job, age=rng.randint(33, 49),
                                       city=c.pick(rng, c.CITIES)),
        c.pick(rng, T1_ASK),
    ]
    if rng.random() < 0.3:
        parts = parts[:rng.randrange(2, 4)]
    return _rec(_turns(rng, parts), "chat", "t1", tags)


# ---------------------------------------------------------------- t2 sweet talk + platform hook
T2_SWEET = [
    "{p}早安{e}，昨晚又梦到你了",
    "{p}，今天忙完第一件事就是想你",
    "{p}，你上班累不累，心疼你每天那么辛苦",
    "{p}，我跟我妈说了你，她说过年一定带你回家",
    "{p}晚安前想跟你说件正事",
    "{p}，我们认识一个多月了，我是认真想和你过日子的",
    "{p}你别再吃泡面了，以后我养你",
    "{p}，看到你朋友圈说房租又涨了，我好难受",
]
T2_FUTURE = [
    "等我这边项目结束就回国，我们在{city}买个带院子的房子",
    "我想让你早点辞职，不用再看老板脸色",
    "我们的婚礼我都想好了，就在海边办",
    "以后孩子的教育基金我都规划好了",
    "我想给我们攒一笔婚房首付",
    "我想带你去马尔代夫度蜜月",
    "",
]
T2_INSIDER = [
    "我{rel}在{plat}做{post}，能看到后台数据",
    "我{rel}是{plat}的{post}，每周有一个内部窗口",
    "我最近在{plat}做{kind}，跟着{rel}的信号操作，从没亏过",
    "有个{kind}的漏洞，只有我们内部几个人知道，是我{rel}发现的",
    "{plat}这周有一波{kind}大行情，{rel}提前拿到了点位",
    "我这两年的钱都是在{plat}上做{kind}赚的",
]
T2_REL = ["舅舅", "叔叔", "表哥", "大学室友", "干爹", "导师", "表姐夫", "老同学"]
T2_POST = ["技术主管", "风控经理", "分析师", "操盘手", "数据工程师", "VIP客户经理"]
T2_KIND = ["USDT合约", "比特币永续合约", "数字货币", "黄金现货", "外汇", "时时彩", "百家乐", "大小盘", "原油期货", "虚拟币量化"]
T2_ACTION = [
    "你先注册一个，{url}，我手把手教你",
    "你先充{amt}试试水，按我说的时间下单，赚了马上就能提",
    "你下载一下{plat}的APP，邀请码填{code}，注册完截图给我",
    "先去交易所买点U，转到我发你的地址，最少{u}U",
    "今晚{hh}点整开，你准备{amt}，我带你上车",
    "你就跟着我买，亏了算我的",
    "就试一次，你赚到了就知道我没骗你",
]
T2_SECRET = [
    "这事千万别跟你闺蜜说{e}",
    "别跟家里人提，他们不懂",
    "只告诉你一个人哦",
    "错过这次要等很久",
    "我们的未来就靠这一把了{e}",
    "",
    "",
]


def t2(rng):
    tags = set()
    p = c.pick(rng, PET)
    plat = c.pick(rng, PLATFORMS)
    parts = [
        c.pick(rng, T2_SWEET).format(p=p, e=c.pick(rng, EMO)),
        c.pick(rng, T2_FUTURE).format(city=c.pick(rng, ["三亚", "大理", "杭州", "厦门", "成都", "青岛"])),
        c.pick(rng, T2_INSIDER).format(rel=c.pick(rng, T2_REL), plat=plat, post=c.pick(rng, T2_POST),
                                       kind=c.pick(rng, T2_KIND)),
        c.pick(rng, T2_ACTION).format(url=c.scam_url(rng, ("bet", "vip", "hj", "ex", "coin", "js")), plat=plat,
                                      amt=_amt(rng, 500, 30000, 500), code=c.digits(rng, 6),
                                      u=c.pick(rng, ["500", "1000", "2000", "3000", "5000"]),
                                      hh=rng.choice([8, 9, 10, 21, 22])),
        c.pick(rng, T2_SECRET).format(e=c.pick(rng, EMO)),
    ]
    if rng.random() < 0.35:
        parts = parts[2:]
    text = _turns(rng, parts)
    text = _maybe_disguise(rng, text, tags, ["博彩", "合约", "漏洞", "充", "注册", "USDT", "下单", "APP"], rate=0.3)
    return _rec(text, "chat", "t2", tags)


# ---------------------------------------------------------------- t3 withdrawal blocked
T3_CALM = [
    "{p}别急，我刚问过客服了",
    "{p}你先别哭，听我说",
    "{p}，提现失败很正常，我之前也遇到过",
    "{p}你别乱想，钱都还在你账户里",
    "我知道你很慌{e}，我比你还着急",
    "客服跟我说清楚了，{p}你别担心",
]
T3_REASON = [
    "因为你收益超过了{big}，按规定要先交{pct}%的个人所得税",
    "你的账户触发了反洗钱审核，要交一笔{pct}%的保证金证明资金干净",
    "你提现的卡号填错了，账户被冻结，需要交解冻金",
    "你的信誉分掉到了{score}分，要补到100分才能出金，一分{per}元",
    "系统说你流水不够，要再充{amt}做流水验证",
    "你操作太频繁被判定为恶意套利，要交{pct}%的罚金才能退本金",
    "平台升级成VIP通道了，余额超过{big}要先交升级费",
    "你的账户和我的是关联账户，你不交税我这边也提不了",
]
T3_HELP = [
    "我已经先帮你垫了{amt}，剩下的你想想办法",
    "我这边的钱都压在仓里了，你先自己凑一下",
    "实在不行你先借点网贷，提出来当天就能还",
    "信用卡、花呗都可以用，就这最后一次",
    "我把车都卖了帮你补保证金，你就差这一点了",
    "你找家里人借一下，别说是干嘛用的",
]
T3_PRESS = [
    "你现在放弃，之前投的{big}就全没了",
    "今晚十二点前不交，账户就清零了",
    "你是不是不信我了？我们的未来你不要了吗{e}",
    "交完两小时就到账，我拿我们的婚礼跟你保证",
    "听话，交完我们就去看房子",
    "别跟任何人说，他们只会劝你放弃",
]


def t3(rng):
    tags = set()
    p = c.pick(rng, PET)
    parts = [
        c.pick(rng, T3_CALM).format(p=p, e=c.pick(rng, EMO)),
        c.pick(rng, T3_REASON).format(big=c.pick(rng, ["五十万", "80万", "一百万", "200万", "30万"]),
                                      pct=rng.choice([5, 8, 10, 15, 20, 25, 30]), score=rng.choice([40, 50, 60, 70]),
                                      per=rng.choice([500, 800, 1000, 2000]), amt=_amt(rng, 10000, 200000, 1000)),
        c.pick(rng, T3_HELP).format(amt=_amt(rng, 5000, 80000, 1000)),
        c.pick(rng, T3_PRESS).format(big=c.pick(rng, ["四十万", "六十多万", "三十万", "一百多万"]), e=c.pick(rng, EMO)),
    ]
    rng.shuffle(parts[2:])
    if rng.random() < 0.25:
        parts = parts[1:3]
    text = _turns(rng, parts)
    text = _maybe_disguise(rng, text, tags, ["保证金", "提现", "个人所得税", "网贷", "解冻金", "流水", "出金", "垫", "交"], rate=0.3)
    return _rec(text, "chat", "t3", tags)


# ---------------------------------------------------------------- t4 paid dating / 开房费
T4_OPEN = [
    "哥哥{e}我就在你附近{km}公里",
    "哥，我今晚有空，可以出来见面哦",
    "小哥哥我到{place}了",
    "哥你终于回我了，人家等好久了",
    "哥，我是学生兼职的，只陪吃饭看电影",
    "你好，我是{app}的客服，您预约的{girl}已经出发",
    "哥，我们平台的规矩你了解一下",
]
T4_RULE = [
    "平台规定第一次见面要交{fee}诚意金，防止放鸽子",
    "前台说要你先付开房押金{fee}才给房卡",
    "要先在{app}上报名，升级{lv}会员才能配对",
    "系统显示你还没交安全保证金{fee}，订单派不出去",
    "你转账没备注我的编号，资金被冻结了，要再交一笔解冻",
    "你在APP上的信誉分不够，要充{fee}提升等级",
    "我们是正规平台，你先下单选我，付完我就接单出门",
]
T4_REFUND = [
    "见面后全额退还的",
    "结束后24小时原路退回",
    "不是给我的，是平台收的，你放心",
    "完成三次约会任务就全退",
    "",
    "人家又不会跑😢",
]
T4_ACT = [
    "你扫一下这个码吧",
    "下载链接：{url}",
    "快点嘛，超时订单会取消",
    "付完截图给我，我马上上楼",
    "加客服{wx}办理",
    "不交的话我只能被派给别人了",
]
PLACES = ["酒店楼下", "你说的那个商场门口", "如家门口", "万达这边", "你们小区门口"]
DATING_APPS = ["同城蜜约", "缘来", "甜心圈", "心动约", "知心", "夜蝶", "佳人有约", "花间"]


def t4(rng):
    tags = set()
    app = c.pick(rng, DATING_APPS)
    wx = c.contact(rng, disguised=False)
    parts = [
        c.pick(rng, T4_OPEN).format(e=c.pick(rng, EMO), km=rng.choice([1, 2, 3, 5]), place=c.pick(rng, PLACES),
                                    app=app, girl=c.pick(rng, ["佳佳", "小雨", "甜甜", "小雪", "可可", "娜娜"]) + "小姐"),
        c.pick(rng, T4_RULE).format(fee=_amt(rng, 300, 5000, 100), app=app, lv=c.pick(rng, ["钻石", "黄金", "VIP3", "至尊"])),
        c.pick(rng, T4_REFUND),
        c.pick(rng, T4_ACT).format(url=c.scam_url(rng, ("yue", "love", "tc", "mm", "date")), wx=wx),
    ]
    if "加客服" in parts[3] and rng.random() < 0.5:
        tags.add("disguised")
        parts[3] = "加客服" + c.contact(rng, disguised=True)
    return _rec(_turns(rng, parts), "chat", "t4", tags)


# ---------------------------------------------------------------- t5 裸聊 lure / extortion
T5_LURE = [
    "哥哥～一个人好无聊，想跟你视频{e}",
    "我刚洗完澡，要不要看看我{e}",
    "微信视频太卡了，我们换个软件聊",
    "哥哥想看我跳舞吗💃",
    "人家穿了你喜欢的那件，开视频给你看",
    "今晚只陪你一个人哦😏",
]
T5_APP = [
    "下载这个：{url}",
    "你下一个“{app}”，我在里面等你",
    "注册要开个会员，才{fee}",
    "软件要充{fee}VIP才能连麦",
    "邀请码填{code}，不然找不到我",
    "你先把摄像头对着自己，让我看看你帅不帅",
]
T5_THREAT = [
    "",
    "",
    "视频我已经录下来了，你通讯录我也拿到了",
    "不想让你老婆同事看到，就转{amt}到这个账户",
    "给你十分钟，不然视频发你家族群",
    "你以为我真是妹子？转{amt}，视频我就删",
]
CHAT_APPS = ["甜聊", "夜语", "蜜糖", "心语", "花房", "月光", "夜聊", "陌缘"]


def t5(rng):
    tags = set()
    parts = [
        c.pick(rng, T5_LURE).format(e=c.pick(rng, EMO)),
        c.pick(rng, T5_APP).format(url=c.scam_url(rng, ("live", "mm", "yy", "vx", "spa")), app=c.pick(rng, CHAT_APPS),
                                   fee=_amt(rng, 99, 699, 100), code=c.digits(rng, 4)),
    ]
    threat = c.pick(rng, T5_THREAT).format(amt=_amt(rng, 8000, 60000, 1000))
    if threat:
        parts = parts[1:] + [threat] if rng.random() < 0.5 else parts + [threat]
    elif rng.random() < 0.5:
        parts.append(c.pick(rng, T5_APP[2:]).format(fee=_amt(rng, 99, 699, 100), code=c.digits(rng, 4)))
    text = _turns(rng, parts)
    if rng.random() < 0.3:
        tags.add("disguised")
        text += " " + c.contact(rng, disguised=True)
    return _rec(text, "chat", "t5", tags)


# ---------------------------------------------------------------- t6 dating SMS
T6_SIGN = ["遇见", "知心交友", "同城缘", "心动邀约", "甜心圈", "牵手吧", "缘分天空", "婚恋VIP", "佳缘会员中心"]
T6_BODY = [
    "您有一位新朋友“{nick}”给您留言：{quote}",
    "有{k}位{who}查看了您的资料，其中1位{rich}",
    "系统为您匹配到一位{who}（{rich}），对方想与您建立联系",
    "{nick}给您送了一朵玫瑰🌹，还说：{quote}",
    "您预约的线下见面已安排，请在30分钟内缴纳{fee}保证金",
    "您的会员即将过期，匹配到的{who}将被释放",
]
T6_QUOTE = ["想认识真诚的你", "我在国外工作，想找个人说说话", "可以做朋友吗", "今晚有空吗", "我们是同城哦"]
T6_WHO = ["优质男士", "海归精英", "单身女生", "成功人士", "海外华人企业家", "附近的异性"]
T6_RICH = ["年薪百万", "资产认证800万", "海外资产认证", "名下三套房", "企业主认证"]
T6_ACT = ["点击查看 {url}", "立即回复 {url}", "开通VIP私聊仅需{fee2} {url}", "回复1查看联系方式，信息费2元/条",
          "逾期视为违约扣除信用分 {url}", "限时特惠{fee2}，{url}"]
T6_NICK = ["海边的风", "成熟稳重的大叔", "小鹿乱撞", "等风来", "午夜咖啡", "Alex", "一个人的旅行"]


def t6(rng):
    tags = set()
    body = c.pick(rng, T6_BODY).format(nick=c.pick(rng, T6_NICK), quote=c.pick(rng, T6_QUOTE), k=rng.randint(2, 9),
                                       who=c.pick(rng, T6_WHO), rich=c.pick(rng, T6_RICH), fee=_amt(rng, 500, 3000, 100))
    act = c.pick(rng, T6_ACT).format(url=c.scam_url(rng, ("love", "yj", "jy", "hn", "tc")),
                                     fee2=c.pick(rng, ["99元", "199元", "299元", "88元"]))
    lead = c.pick(rng, ["尊敬的会员，", "亲爱的用户，", "您好，", "", "恭喜！"])
    text = c.sms_sign(rng, T6_SIGN) + lead + body + "，" + act + " " + c.unsubscribe(rng)
    text = _maybe_disguise(rng, text, tags, ["保证金", "开通VIP", "查看", "回复"], rate=0.3)
    return _rec(text.strip(), "sms", "t6", tags)


# ---------------------------------------------------------------- t7 posts
T7_AD_SELF = [
    "【征婚】男，{age}岁，{ctry}籍华人，{job}",
    "寻有缘人：本人{age}岁，常年在{ctry}{job}",
    "离异男士，{age}岁，在{ctry}{job}，有一个女儿",
    "丧偶男，{age}岁，{ctry}{job}多年，身高18{d}",
    "女，{age2}岁，{jobf}，性格开朗，想找成熟稳重的哥哥",
    "单身女士，{age2}岁，{jobf}，有房有车",
]
T7_AD_MID = [
    "经济条件不是问题，真心最重要",
    "不看重对方经济条件，只求温柔善良",
    "年龄不是问题，人品第一",
    "想找一个懂生活、爱家的人共度余生",
    "工作忙没时间谈恋爱，希望在这里遇到对的人",
    "可以带你一起做点小投资，一起规划未来",
]
T7_AD_END = [
    "有意者加微信详聊",
    "诚心者私信，骗子勿扰",
    "有缘的朋友{contact}",
    "不回复陌生链接，请直接加我",
    "主动的加我，看到必回",
]
T7_ST_SELF = [
    "真实经历分享：去年认识了一个在{ctry}{job}的男朋友",
    "姐妹们，我现在的收入全靠我老公带我做{kind}",
    "离婚后在交友软件上遇到了他，一个在{ctry}{job}的男人",
    "感谢老天让我遇见我家那位，他在{ctry}{job}，还带我做{kind}",
    "记录一下：网恋半年，男朋友手把手教我做{kind}",
]
T7_ST_MID = [
    "第一次投了两万，三天就赚了六千，还顺利提了现",
    "三个月赚了{gain}，已经辞职在家了",
    "每天跟着他的点位下单，从来没亏过",
    "现在每个月稳定几万收入，房贷都提前还了",
    "他说这是他叔叔公司的内部平台，外面的人进不来",
]
T7_ST_END = [
    "想了解平台的姐妹私我",
    "评论区扣1，我拉你进内部群",
    "想知道平台名字的私信我，我让他也带带你们",
    "有需要的姐妹{contact}",
]


def t7(rng):
    tags = set()
    ctry, job = c.pick(rng, COUNTRIES)
    disg = rng.random() < 0.25
    contact = c.contact(rng, disguised=disg)
    vals = dict(age=rng.randint(36, 52), age2=rng.randint(28, 38), ctry=ctry, job=job, d=rng.randint(0, 6),
                jobf=c.pick(rng, ["空姐", "护士", "幼师", "外企白领", "舞蹈老师", "瑜伽教练"]),
                kind=c.pick(rng, T2_KIND), gain=c.pick(rng, ["六十万", "三十多万", "一百万", "二十万"]), contact=contact)
    if rng.random() < 0.55:
        pools = (T7_AD_SELF, T7_AD_MID, T7_AD_END)
    else:
        pools = (T7_ST_SELF, T7_ST_MID, T7_ST_END)
    parts = [c.pick(rng, pool).format(**vals) for pool in pools]
    if disg and contact in parts[2]:
        tags.add("disguised")
    text = c.pick(rng, ["，", "。", "！"]).join(parts) + c.pick(rng, ["", "💕", "🙏", "。"])
    return _rec(text, "post", "t7", tags)


# ---------------------------------------------------------------- t8 calls
T8_LOVER_OPEN = [
    "喂，{p}，是我，我这边信号不好，长话短说",
    "{p}你别挂，听我说完",
    "喂，{p}，我马上登机了，只有几分钟",
    "喂，{p}，我刚跟客服确认过了",
    "{p}，你终于接电话了，我急死了",
    "喂，是我，{p}你现在方便说话吗",
]
T8_LOVER_MID = [
    "那个平台今晚{hh}点开仓，你赶紧把钱充进去，我来操作",
    "平台说我们俩是绑定账户，一人出一半，你出{amt}，我出剩下的",
    "客服说你信誉分不够，要补{amt}才能提，我这边已经凑了一半",
    "你现在就去银行，柜员问你就说是给亲戚还钱，别提投资",
    "保证金交了，明天上午十点前一定到账",
    "我舅舅刚发消息，今晚这一期稳的，你账户里至少要有{amt}",
]
T8_LOVER_END = [
    "别跟你家里人说，他们不懂，会坏事的",
    "我拿我们的未来跟你保证",
    "今天之内一定要办好，听话",
    "过了今晚就没机会了",
    "交完我们就去领证，好不好",
    "等钱出来我就飞回去陪你",
]
T8_STAFF_OPEN = [
    "喂，您好，这里是{plat}财务部，您的男朋友{en}先生帮您申请了快速提现",
    "您好，我是{plat}的客服经理，您的账户出金被风控了",
    "您好，{plat}风控中心，您好友{en}为您开通的账户出现异常",
    "喂，是{sur}女士吗？{plat}结算部，关于您的提现申请",
]
T8_STAFF_MID = [
    "按规定首次大额出金需缴纳{pct}%的个人所得税，共计{amt}",
    "系统检测到您的账户存在异常流水，需要缴纳{amt}的资金证明",
    "您的信誉分低于规定标准，需要补缴{amt}修复",
    "您的收款卡号与实名信息不符，账户已冻结，需缴纳解冻金{amt}",
]
T8_STAFF_END = [
    "请您在下午五点前完成缴纳，逾期账户将被冻结",
    "缴纳后两小时内资金连同保证金一并到账",
    "您的男朋友那边已经缴纳了一半，剩下的需要您本人完成",
    "请勿向他人透露账户信息，以免影响审核",
]


def t8(rng):
    tags = set()
    p = c.pick(rng, PET)
    vals = dict(p=p, plat=c.pick(rng, PLATFORMS), en=c.pick(rng, EN_NAMES), sur=c.pick(rng, c.SURNAMES),
                hh=rng.choice([8, 9, 10, 11]), pct=rng.choice([10, 15, 20]), amt=_amt(rng, 20000, 300000, 1000))
    if rng.random() < 0.65:
        parts = [c.pick(rng, T8_LOVER_OPEN), c.pick(rng, T8_LOVER_MID)]
        if rng.random() < 0.4:
            parts.append(c.pick(rng, T3_REASON).format(big=c.pick(rng, ["五十万", "一百万", "二百万"]), pct=rng.choice([10, 15]),
                                                       score=60, per=1000, amt=_amt(rng, 20000, 200000, 1000)))
        parts.append(c.pick(rng, T8_LOVER_END))
    else:
        parts = [c.pick(rng, T8_STAFF_OPEN), c.pick(rng, T8_STAFF_MID), c.pick(rng, T8_STAFF_END)]
    return _rec("，".join(x.format(**vals) for x in parts) + "。", "call", "t8", tags)


# ---------------------------------------------------------------- t9 traditional (TW / HK)
T9_OPEN = [
    "不好意思，我好像加錯LINE了，你也在{twcity}嗎？",
    "{p}，我在{ctry}剛開完會，好想你",
    "{p}早安，昨晚夢到我們在{twcity}的海邊散步",
    "你好，我們在交友軟體上配對過，還記得我嗎？",
    "{p}，等這個案子結束我就飛回台灣找你",
    "{p}你別急，我剛幫你問過客服了",
]
T9_HOOK = [
    "我表哥在交易所上班，這個平台有漏洞，你先匯款{tw}進去試試",
    "我在做加密貨幣套利，每天穩定有3%的收益，我幫你開個帳戶",
    "我叔叔在澳門賭場做荷官，今晚那桌的牌我們都知道",
    "客服說出金要先繳{pct}%的稅金，繳完帳戶就解凍了",
    "你去超商買點數卡，刮開拍照傳給我，我幫你儲值",
    "你的帳戶要補繳保證金才能出金，三天內沒繳就會被凍結",
    "你用網銀匯款到這個帳號就好，帳號我傳給你了",
    "平台出金要先繳一筆驗資金，繳完馬上就能提領",
]
T9_END = [
    "這是我們的結婚基金{e}",
    "只跟你一個人說喔",
    "你加我的賴 ID:{lid}，那邊比較方便",
    "相信我就好{e}",
    "別跟你家人講，他們不會懂",
    "",
]
TW_CITIES = ["台北", "台中", "高雄", "台南", "新竹", "桃園"]


def t9(rng):
    tags = {"traditional"}
    p = c.pick(rng, ["寶貝", "親愛的", "老婆", "寶寶", "老公"])
    ctry, _ = c.pick(rng, COUNTRIES)
    parts = [
        c.pick(rng, T9_OPEN).format(p=p, ctry=ctry.replace("迪拜", "杜拜").replace("马来西亚", "馬來西亞").replace("澳洲", "澳洲")
                                    .replace("加拿大", "加拿大").replace("柬埔寨", "柬埔寨").replace("英国", "英國").replace("美国", "美國")
                                    .replace("泰国", "泰國").replace("菲律宾", "菲律賓"),
                                    twcity=c.pick(rng, TW_CITIES)),
        c.pick(rng, T9_HOOK).format(tw=c.pick(rng, ["五萬台幣", "十萬台幣", "三萬", "二十萬港幣", "八萬"]),
                                    pct=rng.choice([10, 15, 20])),
        c.pick(rng, T9_END).format(e=c.pick(rng, EMO), lid=c.wechat_id(rng)),
    ]
    return _rec(_turns(rng, parts).replace("～", "，"), "chat", "t9", tags)


TEMPLATES = [(t1, 40), (t2, 48), (t3, 44), (t4, 38), (t5, 36), (t6, 36), (t7, 32), (t8, 34), (t9, 37)]


def generate(rng):
    return c.take_distinct(rng, TEMPLATES)
