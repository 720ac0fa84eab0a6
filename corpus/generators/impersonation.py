"""Generator for ``impersonation`` (冒充领导、熟人).

Templates (each built from independent phrase slots):
  t1  fake boss on WeChat: new account, a partner / deposit pretext, transfer to an account
  t2  fake boss or leader by SMS: "number changed, add my WeChat", something to hand over
  t3  phone call from a "grandson / son / nephew" in trouble (accident, detained, hospital)
  t4  "我换号了" from a relative or old classmate, then a request for money
  t5  fake teacher in a parent group collecting fees by a personal QR code
  t6  hacked friend account borrowing money with a payment twist
  t7  fake army procurement asking a shop to prepay a "designated supplier" or deposit
  t8  Taiwan wording (LINE, 匯款, 超商點數卡, 猜猜我是誰)
  t9  Hong Kong Cantonese (轉數快, WhatsApp, 估下我係邊個)
"""

from __future__ import annotations

import common as c

LABEL = "impersonation"
MODULE = "impersonation"


def _rec(text, channel, tid, tags=()):
    return c.record(text, LABEL, channel, f"gen:{MODULE}:{tid}", c.length_tags(text, tags))


def _wx_add(rng, tags):
    """'add my new WeChat' phrase, disguised about one time in six."""
    if rng.random() < 0.17:
        tags.add("disguised")
        return c.contact(rng, disguised=True)
    return c.pick(rng, ["加我微信：", "加微信 ", "加一下这个微信 ", "添加新微信：", "联系微信 "]) + c.wechat_id(rng)


def _card(rng, tags):
    bank = c.pick(rng, c.BANKS)
    num = "62" + c.digits(rng, 2) + " " + c.digits(rng, 4) + " " + c.digits(rng, 4) + " " + c.digits(rng, 4)
    if rng.random() < 0.12:
        tags.add("disguised")
        num = c.disguise_digits(rng, num.replace(" ", ""))
    return f"{bank} {num} 户名{c.person(rng)}"


# ---------------------------------------------------------------- t1 boss chat
T1_OPEN = [
    "{n}，我是{boss}，这是我私人微信，通过一下",
    "在吗？我是{boss}，原来的微信不用了，以后用这个联系",
    "{n}你好，我{boss}，手机刚换的，旧号先别打了",
    "我是{boss}，这个号你备注一下，工作上的事以后在这说",
    "小{s}，{boss}，在开会，看到回我",
    "你好，是{n}吧？我是新来的{boss}，先加你认识一下",
    "我是你们{boss}，通讯录里那个号被盗了，别回复那个",
    "{boss}。在不在？急事",
]
T1_PRETEXT = [
    "刚跟{co}谈完合作，对方要求今天先付一笔{what}",
    "{co}那边的{what}一直没付，对方老板刚才打电话催我",
    "有个项目今天要签，按合同要先打{what}给{co}",
    "我在外面陪领导吃饭，{co}的人在旁边，{what}得马上处理",
    "下午{co}来公司验货，{what}必须在他们到之前到账",
    "省里检查组明天到，跟{co}那笔{what}得赶紧结清",
    "我朋友公司{co}资金周转出了点问题，我答应先借他们一笔{what}",
    "刚才董事会定了，{co}的{what}今天付掉",
]
T1_WHAT = ["预付款", "合同保证金", "投标保证金", "货款", "定金", "质保金", "材料款", "履约金"]
T1_HOOK = [
    "你先从公账转{amt}过去，账户：{card}",
    "金额{amt}，收款账户{card}，转完把回单截图发我",
    "你让财务先打{amt}到{card}，审批我回来补",
    "你手上要是能动的话先垫{amt}，打到{card}，明天给你报",
    "对方账户：{card}，先转{amt}，剩下的下周再说",
    "转{amt}到这个卡：{card}，备注写货款",
]
T1_CLOSE = [
    "我这边不方便接电话，办好微信告诉我。",
    "这事先别在群里说，项目还没公开。",
    "越快越好，对方三点前要看到钱。",
    "别打电话，我在会上，手机静音。",
    "办完了给我回个“好”。",
    "财务那边我已经打过招呼了，你直接转就行。",
    "今天银行下班前一定要到账，拜托了。",
    "这个事情我只交代给你一个人。",
]
BOSS_TITLES = ["总", "董", "局", "主任", "校长", "书记", "经理", "处长", "行长"]


ORG_TITLES = {
    "集团": ["总", "董", "总经理"], "分公司": ["总", "经理"], "局里": ["局", "处长", "科长"],
    "市委办": ["主任", "书记"], "学校": ["校长", "主任", "书记"], "医院": ["院长", "主任"],
    "总部": ["总", "董", "总监"], "区政府": ["区长", "主任", "秘书长"],
}


def _boss(rng, org=None):
    t = c.pick(rng, ORG_TITLES[org]) if org else c.pick(rng, BOSS_TITLES)
    return c.pick(rng, c.SURNAMES) + t


def t1(rng):
    tags = set()
    s = c.pick(rng, c.SURNAMES)
    n = c.pick(rng, ["小" + s, s + "会计", s + "姐", "小" + c.pick(rng, c.SURNAMES), s + "经理"])
    co = c.pick(rng, c.CITIES) + c.pick(rng, ["鑫达", "恒通", "宏远", "华盛", "嘉禾", "永泰", "顺达", "中联"]) + \
        c.pick(rng, ["贸易公司", "建材", "科技", "物流", "工程公司", "实业"])
    parts = [
        c.pick(rng, T1_OPEN).format(n=n, boss=_boss(rng), s=s),
        c.pick(rng, T1_PRETEXT).format(co=co, what=c.pick(rng, T1_WHAT)),
        c.pick(rng, T1_HOOK).format(amt=c.money(rng, 30000, 480000, 1000), card=_card(rng, tags)),
        c.pick(rng, T1_CLOSE),
    ]
    # chat turns come separately or as one long message
    if rng.random() < 0.35:
        k = rng.randrange(1, 4)
        parts = parts[:k] if rng.random() < 0.5 else parts[k:]
    sep = c.pick(rng, ["，", "。", " ", "\n"])
    text = sep.join(p.rstrip("。，") for p in parts)
    if text[-1] not in "。！？":
        text += c.pick(rng, ["", "。", "！"])
    if rng.random() < 0.1:
        tags.add("disguised")
        text = text.replace("转", c.pick(rng, ["zhuan", "转·", "砖", "Z"]), 1)
    return _rec(text, "chat", "t1", tags)


# ---------------------------------------------------------------- t2 boss sms
T2_WHO = ["我是你们{boss}", "{boss}。我换号了", "你好，我是{org}{boss}", "我是你领导{boss}",
          "{n}，我{boss}", "我是{org}的{boss}", "我是{boss}的秘书", "老领导{boss}"]
T2_REASON = ["原号码停用", "旧手机坏了", "工作需要换了号", "之前的号被人冒用了", "手机丢了补办不了",
             "换了个保密号", "那个号不方便用了", "出差用的新卡"]
T2_ASK = ["明早到我办公室来一趟", "有件事需要你私下帮忙", "有急事交代你", "有份材料要你马上准备",
          "找你商量点事，电话里不方便", "有个领导的事要你配合", "有笔款项要你处理一下", "有个人事安排想听听你意见"]
T2_CONTACT = ["{wx}", "速{wx}", "请{wx}，勿外传", "{wx} 备注名字", "看到后{wx}", "回复此号或{wx}"]
ORGS = ["集团", "分公司", "局里", "市委办", "学校", "医院", "总部", "区政府"]


def t2(rng):
    tags = set()
    org = c.pick(rng, ORGS)
    boss = _boss(rng, org)
    who = c.pick(rng, T2_WHO).format(boss=boss, org=org, n="小" + c.pick(rng, c.SURNAMES))
    text = "，".join([
        who,
        c.pick(rng, T2_REASON),
        c.pick(rng, T2_ASK),
        c.pick(rng, T2_CONTACT).format(wx=_wx_add(rng, tags)),
    ]) + c.pick(rng, ["。", "！", "", "。收到回复"])
    return _rec(text, "sms", "t2", tags)


def _nick(rng):
    g = c.pick(rng, c.GIVEN)
    return "小" + g if len(g) == 1 else g


# ---------------------------------------------------------------- t3 relative in trouble (call)
T3_OPEN = [
    "喂，{kin}，是我啊，听不出来了吗？我感冒了嗓子哑了。",
    "喂，猜猜我是谁？……对，我是你{me}，换了个号。",
    "{kin}，我是{name}，你先别挂电话，听我说。",
    "喂，{kin}吗？是我，手机摔坏了，借别人电话打的。",
    "{kin}……是我……（哭）我出事了……",
    "喂喂，{kin}，信号不好，我是你{me}！",
]
T3_TROUBLE = [
    "我开车把人撞了，对方在医院，家属说不给钱就报警",
    "我跟人打架被带到派出所了，对方要私了，不然要拘留",
    "我在外地住院了，要做手术，押金还差一些",
    "我喝了酒跟人起冲突，把人家店里东西砸了，老板扣着我不让走",
    "我在学校把同学打伤了，老师说要赔医药费，不赔就报警",
    "我被人骗进了传销，手机被收了，这是偷偷借的",
    "我骑电动车撞了个老人，人家要我先交医药费",
    "我考试作弊被抓了，学校说交罚款就不记档案",
    "我替朋友担保借了钱，他跑了，人家找上我",
]
T3_MONEY = [
    "要{amt}，",
    "人家开口就是{amt}，",
    "差{amt}，",
    "现在急需{amt}，",
    "交了{amt}就没事了，",
]
T3_SECRET = [
    "千万别告诉我爸妈，我妈心脏不好",
    "你别跟家里说，我回去自己跟他们讲",
    "别打我原来的号，那个号打不通",
    "这事别让别人知道，不然要留案底",
    "你就当帮我这一次，别问那么多",
    "等会有个{helper}给你打电话，你按他说的做",
]
T3_PAY = [
    "钱打到我同学的卡上，我把卡号发你短信。",
    "你直接转给{helper}，他在我旁边帮我处理。",
    "你去银行转，别用手机转，怕限额。",
    "你先转一半也行，剩下的我再想办法。",
    "我一会儿把账号发给你，你快点，人家等着呢。",
    "你微信转我新号就行，就是这个手机号。",
]
KIN = ["奶奶", "爷爷", "外婆", "外公", "妈", "爸", "舅舅", "姑姑", "二姨", "大伯", "姐", "叔"]
ME = ["孙子", "外孙", "儿子", "侄子", "外甥", "表弟", "孙女", "女儿"]
HELPERS = ["律师", "警察", "医生", "老师", "我同学", "对方家属", "交警", "辅导员"]


T3_OPEN_3P = [
    "喂，请问是{name}的{kin2}吗？我是他同学，",
    "{kin2}你好，我是{name}的朋友，他让我给你打电话，",
    "喂，是{name}家里吗？我是他单位的同事，",
    "您好，我是{name}的室友，",
    "喂，{kin2}吗？我是{name}的辅导员，",
]
T3_TROUBLE_3P = [
    "他开车把人撞了，对方家属扣着不让走",
    "他跟人打架被派出所带走了，对方要私了",
    "他突发急病在医院抢救，押金不够",
    "他在工地上摔伤了，现在在ICU",
    "他喝了酒跟人起冲突，被扣在派出所",
    "他骑电动车撞了人，对方要他先赔钱",
]
T3_SECRET_3P = [
    "他不敢跟家里说，让我偷偷联系你", "他手机摔坏了打不了电话", "医生说越快越好", "他让你先别声张",
]
T3_PAY_3P = [
    "你先转到我卡上，我帮他去交，卡号我短信发你。", "你转给我就行，我现在就在他旁边。",
    "我把医院的收款账户发给你，你直接转。", "钱到了我马上去办，你们赶紧过来。",
]


def t3(rng):
    tags = set()
    helper = c.pick(rng, HELPERS)
    if rng.random() < 0.25:
        text = "".join([
            c.pick(rng, T3_OPEN_3P).format(name=_nick(rng), kin2=c.pick(rng, ["阿姨", "叔叔", "家长", "大姐", "大哥"])),
            c.pick(rng, T3_TROUBLE_3P) + "，",
            c.pick(rng, T3_MONEY).format(amt=c.money(rng, 5000, 80000, 1000)),
            c.pick(rng, T3_SECRET_3P) + "，",
            c.pick(rng, T3_PAY_3P),
        ])
        return _rec(text, "call", "t3", tags)
    parts = [
        c.pick(rng, T3_OPEN).format(kin=c.pick(rng, KIN), me=c.pick(rng, ME), name=_nick(rng),
                                    kin2=c.pick(rng, ["家长", "妈妈", "爸爸", "奶奶"])),
        c.pick(rng, T3_TROUBLE) + "，",
        c.pick(rng, T3_MONEY).format(amt=c.money(rng, 3000, 80000, 500)),
        c.pick(rng, T3_SECRET).format(helper=helper) + "。",
        c.pick(rng, T3_PAY).format(helper=helper),
    ]
    if rng.random() < 0.3:
        del parts[3]
    return _rec("".join(parts), "call", "t3", tags)


# ---------------------------------------------------------------- t4 changed number, then money
T4_OPEN = [
    "{kin}，我换号了，原来那个不用了，你存一下",
    "是我，{name}，手机丢了这是新号",
    "老同学，我是{name}啊，换了个微信，加回来",
    "{kin}，我原来的微信被盗了，这是新的，别信旧号发的东西",
    "你好，我是你{rel}{name}，好久没联系了，这是我新号",
    "我是{name}，之前那个号停机了，以后找我打这个",
    "{kin}我手机进水了，卡也坏了，先用这个号",
    "嗨，还记得我吗？{rel}{name}，刚换的号",
]
T4_ASK = [
    "最近手头有点紧，能不能先借我{amt}，{when}还你",
    "有个急事，房东催房租，你能先转我{amt}吗",
    "我在医院陪{who}看病，钱不够了，借我{amt}",
    "我这边{biz}缺点周转资金，借{amt}，{when}就还",
    "帮个忙，我支付宝被风控了，你先转我{amt}，我回头还你",
    "我要交{fee}，差{amt}，你先帮我垫一下",
    "我在外地钱包被偷了，先借{amt}买票回去",
    "我急着给{who}交住院押金，还差{amt}",
]
T4_CLOSE = [
    "转这个卡：{card}",
    "直接转这个号的微信就行",
    "别打电话，我现在不方便接",
    "拜托了，真的很急",
    "你放心，我肯定还",
    "转好了跟我说一声",
    "",
]
REL = ["高中同学", "大学室友", "表哥", "堂妹", "老乡", "初中同桌", "以前的同事", "战友"]


def t4(rng):
    tags = set()
    channel = c.pick(rng, ["chat", "chat", "sms"])
    parts = [
        c.pick(rng, T4_OPEN).format(kin=c.pick(rng, KIN), name=_nick(rng), rel=c.pick(rng, REL)),
        c.pick(rng, T4_ASK).format(
            amt=c.money(rng, 800, 30000, 100),
            when=c.pick(rng, ["下周", "月底", "发工资", "明天", "过两天", "下个月一号"]),
            who=c.pick(rng, ["我妈", "我爸", "孩子", "我爷爷", "我老婆"]),
            biz=c.pick(rng, ["开的店", "小生意", "项目", "装修", "进货"]),
            fee=c.pick(rng, ["培训费", "报名费", "押金", "违约金", "学费"])),
    ]
    close = c.pick(rng, T4_CLOSE)
    if close:
        parts.append(close.format(card=_card(rng, tags)))
    if rng.random() < 0.2:
        parts.insert(1, _wx_add(rng, tags))
    text = c.pick(rng, ["，", "。", "\n", " "]).join(parts)
    return _rec(text, channel, "t4", tags)


# ---------------------------------------------------------------- t5 teacher in parent group
T5_OPEN = [
    "各位家长好，我是{cls}班主任{t}老师",
    "@所有人 {cls}家长请注意",
    "家长们晚上好，{t}老师通知",
    "【班级通知】{cls}家长",
    "各位家长，接学校通知",
    "我是{cls}新接班的{t}老师，",
    "打扰各位家长，",
    "{cls}的家长们，",
]
T5_ITEM = ["本学期资料费", "教辅资料费", "班费", "校服费", "课后服务费", "研学活动费", "校园保险费",
           "练习册和试卷费", "午托费", "期中复习资料费"]
T5_WAY = [
    "请扫下方二维码缴纳",
    "由于学校系统维护，本次统一转我个人微信",
    "请加我私人微信缴费，群里不方便收款",
    "请扫群里的收款码，备注孩子姓名",
    "直接转给我，我统一交到学校",
    "扫我发的码支付，交完截图发群里",
    "请家长私聊我缴纳",
    "统一用这个收款码，之前的作废",
]
T5_DEADLINE = [
    "今晚八点前交齐", "明天中午截止", "今天之内交完", "周五前交清", "截止到今晚九点", "两小时内交齐"]
T5_PRESSURE = [
    "未交的孩子明天领不到资料",
    "逾期影响孩子报名",
    "已交的家长在群里接龙",
    "没交的我会单独联系",
    "请大家配合，不要影响孩子",
    "名额有限，先交先得",
    "",
]


def t5(rng):
    tags = set()
    cls = c.pick(rng, ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "初一", "初二", "高一"]) + \
        c.pick(rng, ["(1)班", "(2)班", "三班", "五班", "二班", "(6)班"])
    item = c.pick(rng, T5_ITEM)
    amt = c.money(rng, 60, 1980, 10)
    way = c.pick(rng, T5_WAY)
    if rng.random() < 0.15:
        tags.add("disguised")
        item = c.separate(rng, item, 0.9)
        amt = c.disguise_digits(rng, "".join(ch for ch in amt if ch.isdigit())) + "元"
    if "私人微信" in way and rng.random() < 0.6:
        way += "：" + c.wechat_id(rng)
    parts = [
        c.pick(rng, T5_OPEN).format(cls=cls, t=c.pick(rng, c.SURNAMES)),
        f"{item}每人{amt}" if rng.random() < 0.5 else f"{item}{amt}/人",
        way,
        c.pick(rng, T5_DEADLINE),
        c.pick(rng, T5_PRESSURE),
    ]
    text = "，".join(p.rstrip("，") for p in parts if p) + "。"
    return _rec(text, c.pick(rng, ["chat", "chat", "chat", "post"]), "t5", tags)


# ---------------------------------------------------------------- t6 hacked friend account
T6_OPEN = ["在吗？", "在不在", "亲，在忙吗", "哥，方便吗？", "姐妹在吗", "兄弟", "宝，睡了没", "在？急事"]
T6_REASON = [
    "我在{place}，{issue}",
    "{issue}，人在{place}",
    "我这边{issue}，",
    "刚才{issue}，现在在{place}",
]
T6_ISSUE = ["微信钱包被限额了", "卡被冻结了转不出来", "手机支付出问题了", "银行卡被吞了",
            "支付宝被风控了", "零钱不够了", "网银U盾没带"]
T6_PLACE = ["医院缴费", "外地出差", "4S店提车", "朋友婚礼上", "银行门口", "机场", "装修市场"]
T6_ASK = [
    "你先帮我转{amt}给这个账户，{card}，晚上还你",
    "能不能先帮我付一下，{amt}，我发个码给你扫",
    "借我{amt}，明天一早就还",
    "帮我买两张{card_kind}，每张{face}，卡密发我，我马上转你",
    "帮我垫{amt}，直接转给我朋友：{card}",
    "你先转{amt}过来，我这边收到马上还你双倍",
    "帮我充个{face}话费，手机马上停机了",
]
T6_CLOSE = ["急！", "拜托了", "谢谢你了", "别打电话，我这边吵听不见", "回头请你吃饭", "快点哈", ""]


def t6(rng):
    tags = set()
    parts = [
        c.pick(rng, T6_OPEN),
        c.pick(rng, T6_REASON).format(place=c.pick(rng, T6_PLACE), issue=c.pick(rng, T6_ISSUE)),
        c.pick(rng, T6_ASK).format(amt=c.money(rng, 500, 20000, 100), card=_card(rng, tags),
                                   card_kind=c.pick(rng, ["京东E卡", "话费充值卡", "加油卡", "超市购物卡"]),
                                   face=c.pick(rng, ["500", "1000", "200", "300"])),
        c.pick(rng, T6_CLOSE),
    ]
    text = c.pick(rng, [" ", "，", "\n"]).join(p for p in parts if p)
    return _rec(text, "chat", "t6", tags)


# ---------------------------------------------------------------- t7 army procurement
T7_WHO = [
    "老板你好，我是{unit}后勤处的{rank}",
    "您好，这里是{unit}采购办，我姓{s}",
    "老板，我们是驻地{unit}的",
    "你好，我是{unit}的司务长",
    "打扰了，我是{unit}{rank}，负责这次采购",
]
T7_GOODS = ["一批矿泉水", "五十套床上用品", "两百箱方便面", "一批劳保手套", "三十桌团餐", "一批医用酒精",
            "四十套迷彩服", "一批办公桌椅", "每天的蔬菜肉类", "一批烟酒慰问品"]
T7_HOOK = [
    "我们有指定的供货厂家，你先从他们那进货，我们再按高价从你这采购",
    "按部队规定要先交{amt}入库保证金，验收合格后原路退回",
    "流程要求你先帮我们代购几条特供烟，钱到时候一起结",
    "需要先签合同，交{amt}押金，款项走部队对公账户",
    "我把指定供应商的电话给你，你先跟他们订货付款，到货后我们连本带利结算",
    "我们要先看资质，你先交{amt}的备案费",
]
T7_CONTACT = ["先加个微信，我把清单发你", "你加我微信：{wx}", "联系电话{m}", "价格好商量，长期合作",
              "要得急，今天就要答复", "详细的加我{wx}谈"]


def t7(rng):
    tags = set()
    unit = c.pick(rng, ["部队", "武警支队", "某部", "消防救援支队", "人武部", "驻军", "某团"])
    wx = c.wechat_id(rng)
    if rng.random() < 0.15:
        tags.add("disguised")
        wx = c.pick(rng, ["V信 ", "薇信 ", "➕V "]) + "".join(c._FULLWIDTH.get(ch, ch) for ch in wx)
    parts = [
        c.pick(rng, T7_WHO).format(unit=unit, rank=c.pick(rng, ["张干事", "李参谋", "王班长", "采购员", "刘助理"]),
                                   s=c.pick(rng, c.SURNAMES)),
        "需要采购" + c.pick(rng, T7_GOODS),
        c.pick(rng, T7_HOOK).format(amt=c.money(rng, 2000, 30000, 500)),
        c.pick(rng, T7_CONTACT).format(wx=wx, m=c.mobile(rng)),
    ]
    channel = c.pick(rng, ["chat", "call", "sms", "chat"])
    text = "，".join(parts) + "。"
    if channel == "call":
        text = "喂，" + text
    return _rec(text, channel, "t7", tags)


# ---------------------------------------------------------------- t8 Taiwan
# persona -> (openers, asks); the change-of-number and closing slots are shared
T8_PERSONAS = {
    "family": (
        ["猜猜我是誰？", "媽，是我啦", "阿嬤，我是你孫子", "爸，我手機壞了", "舅舅，是我啦", "阿公，是我，你孫子"],
        ["我出車禍撞到人，對方要和解金{amt}，不要跟爸媽講",
         "學校要繳{small}，你先匯給我，回家再說",
         "我在醫院要繳保證金{amt}，你先幫我",
         "我跟朋友借錢當保人，現在他跑了，對方要我還{amt}",
         "你可以先幫我去超商買{small}的點數卡嗎？把序號拍給我"]),
    "boss": (
        ["{n}，我是{s}董", "{n}，我是{s}總，在開會", "我是{s}經理，{n}在嗎"],
        ["公司有筆款今天要匯給廠商，你先幫我匯{amt}",
         "合作廠商要先收訂金{amt}，你今天處理一下",
         "客戶那邊要送禮，你先去買{small}的禮券，序號傳給我",
         "幫我查一下公司帳戶還有多少，等下要匯{amt}出去"]),
    "friend": (
        ["嗨，老同學，還記得我嗎", "欸，是我啦，國中坐你隔壁的", "好久不見，我是你大學室友"],
        ["我現在急需{amt}，可以先匯到這個帳戶嗎",
         "我家裡出了點事，想跟你借{amt}週轉，下個月一定還",
         "我在超商要繳費卡刷不過，你可以先幫我付{small}嗎"]),
    "teacher": (
        ["家長您好，我是班導{s}老師", "各位家長好，我是新來的{s}老師"],
        ["班費每人{small}，請用街口支付轉給我",
         "課後輔導費{small}，請匯款到我的帳戶，匯完截圖給我"]),
}
T8_CHANGE = [
    "我換新的手機號碼了，舊的先刪掉", "這是我新的LINE，之前那個不用了", "我現在用朋友的手機傳的",
    "我的LINE被盜了，這是新帳號", "先加一下我的新LINE", "",
]
T8_CLOSE = ["帳號等一下傳給你", "拜託了，很急", "不要打電話，我現在不方便", "匯完跟我說一聲",
            "晚點再跟你解釋", "這件事先不要跟別人說", ""]


def _tw_amt(rng, lo, hi):
    v = rng.randrange(lo, hi, 1000 if lo >= 10000 else 100)
    if v >= 10000 and rng.random() < 0.6:
        return f"{v // 10000}萬" + ("" if rng.random() < 0.7 else "多")
    return c.pick(rng, [f"{v}元", f"台幣{v}", f"NT${v:,}", f"{v}塊"])


def t8(rng):
    tags = {"traditional"}
    persona = c.pick(rng, ["family", "family", "boss", "friend", "teacher"])
    openers, asks = T8_PERSONAS[persona]
    parts = [
        c.pick(rng, openers).format(n="小" + c.pick(rng, list("林陳黃張李王")), s=c.pick(rng, list("陳黃林吳蔡"))),
        c.pick(rng, T8_CHANGE),
        c.pick(rng, asks).format(amt=_tw_amt(rng, 20000, 500000), small=_tw_amt(rng, 500, 9000)),
        c.pick(rng, T8_CLOSE),
    ]
    if rng.random() < 0.2:
        tags.add("disguised")
        parts.insert(2, c.pick(rng, ["加我賴：", "新的賴 ", "LINE ID："]) + c.disguise_digits(rng, c.digits(rng, 9)))
    text = "，".join(p for p in parts if p).replace("？，", "？")
    channel = c.pick(rng, ["chat", "call", "sms", "chat"])
    return _rec(text, channel, "t8", tags)


# ---------------------------------------------------------------- t9 Hong Kong (Cantonese)
T9_PERSONAS = {
    "family": (
        ["阿媽，係我呀", "喂，係我呀，把聲沙咗", "阿爸，我部電話跌咗落水", "表姐，係我呀", "喂，估下我係邊個？"],
        ["我而家急住要{amt}，你可唔可以用轉數快過畀我",
         "我喺大陸撞咗人，對方要賠{amt}，唔好同阿爸講",
         "我入咗醫院，要俾{amt}按金，你幫我畀住先",
         "我喺差館，對方話俾{amt}就唔告我"]),
    "boss": (
        ["陳生，我係你老闆", "阿May，我係黃生", "喂，我係你哋公司嘅李生"],
        ["公司有筆數今日要過畀供應商，你幫我轉住{amt}先",
         "客戶要收訂金{amt}，你即刻用公司戶口過數",
         "幫我去便利店買{amt}嘅點數卡，影張相畀我"]),
    "friend": (
        ["喂，老同學，好耐冇見", "喂，估下我係邊個？我係你中學同學呀"],
        ["我喺外面銀包俾人偷咗，可唔可以借{amt}畀我",
         "屋企有啲事，想問你借{amt}周轉下"]),
}
T9_CHANGE = ["呢個係我新號碼", "我換咗新電話", "用緊朋友部電話", "WhatsApp都換咗", ""]
T9_CLOSE = ["戶口號碼我等陣send畀你", "唔該晒", "唔好打嚟，我唔方便聽電話", "轉完話我知", "聽日還你", ""]


def t9(rng):
    tags = {"traditional"}
    v = rng.randrange(3000, 120000, 500)
    amt = c.pick(rng, [f"{v}蚊", f"HK${v:,}", f"{v}港紙", f"{v // 10000}萬" if v >= 10000 else f"{v}蚊"])
    persona = c.pick(rng, ["family", "family", "boss", "friend"])
    openers, asks = T9_PERSONAS[persona]
    parts = [c.pick(rng, openers), c.pick(rng, T9_CHANGE), c.pick(rng, asks).format(amt=amt), c.pick(rng, T9_CLOSE)]
    if rng.random() < 0.2:
        tags.add("disguised")
        parts.insert(2, "加我WhatsApp " + c.disguise_digits(rng, c.pick(rng, ["5", "6", "9"]) + c.digits(rng, 7)))
    text = "，".join(p for p in parts if p).replace("？，", "？")
    return _rec(text, c.pick(rng, ["chat", "call", "call"]), "t9", tags)


TEMPLATES = [(t1, 60), (t2, 50), (t3, 60), (t4, 60), (t5, 60), (t6, 55), (t7, 45), (t8, 35), (t9, 25)]


def generate(rng):
    rows = []
    for fn, n in TEMPLATES:
        for _ in range(n):
            rows.append(fn(rng))
    return rows
