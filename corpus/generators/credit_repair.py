"""Fake credit-record scams: student accounts to cancel, non-compliant 花呗/白条, paid credit repair.

Templates (ids t1..t9):
  t1  call: 学生贷 / 校园贷 account "must be cancelled" or the credit record suffers
  t2  call: 花呗 / 白条 / 借呗 / 月付 "不合规" (student rate, opened under 18, rate over 24%) must be closed
  t3  call transcript (客服：... 我：...) ending in 额度清零 transfer, screen sharing or a verification code
  t4  SMS with 【signature】 from a platform or a "监管" office, deadline, number or link
  t5  post / chat: 征信修复, 洗白, 铲单, 逾期删除 offers priced per record
  t6  网贷逾期 "即将上报征信" threats with payment to a private or "对公" account (sms, chat, call)
  t7  chat: step-by-step instructions after the call (会议号, 借出额度, 转入监管账户, 保密)
  t8  traditional (Taiwan / HK): 聯徵紀錄, 信用修復, 債務協商, TU 評級
  t9  disguised: zx, 征❤信, 铲dan, 白·条, V信 / 企鹅 with disguised digits
"""

from __future__ import annotations

import re

from common import (take_templates, MEETING_APPS, contact, digits, disguise_digits, landline, mobile, money, person, pick,
                    scam_url, separate, sms_sign, unsubscribe)

LABEL = "credit_repair"
MODULE = "credit_repair"

# ---------------------------------------------------------------- vocabulary
PLATFORMS = ["支付宝", "京东金融", "微粒贷", "度小满", "美团", "抖音", "分期乐", "360借条", "招联金融", "拍拍贷",
             "网商银行", "唯品会", "苏宁金融", "携程金融", "滴滴金融", "小米金融", "哈啰"]
PRODUCTS = {
    "支付宝": ["花呗", "借呗"], "京东金融": ["白条", "金条"], "微粒贷": ["微粒贷"], "度小满": ["有钱花"],
    "美团": ["美团月付", "美团借钱"], "抖音": ["抖音月付", "放心借"], "分期乐": ["乐花卡", "分期乐账户"],
    "360借条": ["360借条"], "招联金融": ["好期贷"], "拍拍贷": ["拍拍贷账户"], "网商银行": ["网商贷"],
    "唯品会": ["唯品花"], "苏宁金融": ["任性付"], "携程金融": ["拿去花"], "滴滴金融": ["滴水贷"],
    "小米金融": ["随星借"], "哈啰": ["哈啰借钱"],
}
REGULATORS = ["银保监会", "国家金融监督管理总局", "金融监管局", "人民银行征信中心", "金融消费者保护局", "校园贷清理办公室",
              "网贷清退工作组"]

CALL_OPEN = [
    "喂，您好，请问是{name}吗？", "您好，请问是{sur}先生吗？", "喂，你好，是{sur}同学吧？", "您好，打扰一下，",
    "喂？您好，", "您好，是尾号{tail}的机主吗？", "哎您好，您先别挂，", "你好，",
]
CALL_ID = [
    "我这边是{plat}的客服，工号{no}。", "我是{reg}的工作人员，姓{sur2}。", "这里是{plat}风控中心。",
    "我是{plat}专属客服小{sur2}。", "我这边是{reg}派驻的专员。", "我是{plat}的注销专员。", "这里是{reg}。",
]
STUDENT_PRETEXT = [
    "后台查到您在大学期间开通过{plat}的学生账户，",
    "您在校期间注册的校园贷账户一直没有注销，",
    "系统显示您毕业以后学生身份的借款账户还处于激活状态，",
    "您上学时候用过的分期账户属于学生贷，",
    "您名下有一个{year}年开通的校园金融账户，",
    "国家在集中清理校园贷，您的账户在清理名单里，",
]
STUDENT_RULE = [
    "根据最新规定毕业后必须注销，", "现在属于违规账户，需要今天处理，", "按银保监会要求要全部关闭，",
    "身份不匹配，要转成普通账户或者注销，", "这个账户不注销会被认定为骗贷，", "今天是最后的处理期限，",
]
CREDIT_THREAT = [
    "否则会在您的个人征信上留下不良记录", "不然买房买车贷款都会受影响", "不处理就上报人民银行征信中心",
    "今晚十二点系统会自动上传征信", "影响会很大，以后信用卡都办不了", "以后考公、政审、子女上学都会受影响",
    "会被纳入征信黑名单，高铁飞机都坐不了", "到时候要撤销就要走法律程序",
]
NONCOMP = [
    ("您的{prod}是按学生利率开通的，不符合最新监管规定，", ["需要马上关闭，", "要转成普通账户，", "必须注销后重新开通，"]),
    ("您的{prod}开通时您还未满十八周岁，属于违规开通，", ["需要马上关闭，", "监管要求全部清理，", "必须今天注销，"]),
    ("您的{prod}利率超过了百分之二十四，属于违规产品，", ["要做降息处理，", "需要关闭后重新申请，", "要先结清再降息，"]),
    ("您的{prod}被系统检测出存在套现风险，", ["需要配合我们做账户整改，", "要配合做一次资金核验，", "要先解除风险标记，"]),
    ("您的{prod}因为长期未使用被判定为异常账户，", ["需要激活或者注销，", "要配合做一次资金核验，", "需要马上关闭，"]),
    ("您的{prod}开通时身份信息有误，被标记为冒名开通，", ["要进行身份转换，", "必须注销后重新开通，", "需要重新认证，"]),
]


def _noncomp(rng) -> str:
    pre, actions = pick(rng, NONCOMP)
    return pre + pick(rng, actions)


HOOKS = [
    "关闭前要把额度清零，您先把{prod}的额度借出来，转到我们的监管账户，三个工作日原路退回。",
    "您下载一个“{app}”，会议号{mid}，进去以后打开共享屏幕，我一步一步教您操作。",
    "您把其他平台能借的额度也借出来，一起转到清零账户，系统核验完会全部退还。",
    "等一下您手机会收到一条验证码，您念给我听一下，我这边帮您提交注销。",
    "您加一下我们专员的QQ{qq}，他会指导您办理。",
    "您打开手机银行，把卡里的余额转到我给您的核查账户，核查没问题就退回。",
    "您先在{plat}上把额度全部用来买购物卡，把卡号卡密发给我完成清零。",
    "您先交一笔{fee}的注销保证金，注销成功后退还。",
]
PRESS = [
    "您别挂电话，挂了流程要重新走。", "这件事不要告诉别人，包括银行工作人员，否则注销会失败。", "全程免费，不收您一分钱。",
    "今天之内必须办完。", "我们是正规单位，全程录音的，您放心。", "如果银行柜员问您，您就说是给家人转账。", "",
]
TURN_PAIRS = [
    ("我：我不记得开过啊。", "客服：这个是学生专属的隐藏账户，只有后台看得到，您在APP里是找不到的。"),
    ("我：那我关掉不就行了？", "客服：关闭之前必须把额度清零，不然系统不认。"),
    ("我：要钱吗？", "客服：不收钱的，资金只是在监管账户过一下账。"),
    ("我：转过去还能退吗？", "客服：三个工作日内原路退回，全程有记录可查。"),
    ("我：为什么要共享屏幕？", "客服：共享屏幕是为了帮您操作，防止操作失误上征信。"),
    ("我：我没借过钱啊，额度是零吧？", "客服：额度不是借款，可用额度也要清零的。"),
    ("我：我已经毕业好几年了。", "客服：对，就是因为毕业了身份不匹配，才要处理。"),
    ("我：你们真的是官方的吗？", "客服：您可以记一下我的工号，全程录音，正规单位不会骗您。"),
]
FOLLOW_ME = ["我：好吧，那我先借出来。", "我：转完了。", "我：验证码收到了。", "我：会议进去了。", "我：那我试试。"]
FOLLOW_REPLY = [
    "客服：好的，还有一个平台没清零，我们继续。", "客服：收到，您把截图发一下，别挂电话。",
    "客服：您念一下，我这边马上提交。", "客服：看到了，您现在点开手机银行。", "客服：这件事不要告诉银行工作人员。",
]

SMS_SIGNS = ["{plat}", "{prod}", "{reg}", "征信中心", "校园贷清理办", "信用中国", "金融监管"]
SMS_ISSUE = [
    "您在校期间开通的学生账户尚未注销", "您的{prod}被判定为不合规账户", "您名下存在未注销的校园贷账户",
    "您的{prod}利率异常需进行调整", "您的个人征信存在{n}条不良记录", "您的{prod}将因不符合监管要求关停",
    "系统检测到您的{prod}为学生身份开通",
]
SMS_DEADLINE = ["请于今日内", "请在24小时内", "请于本周五前", "请在48小时内", "请于今日16:00前"]
SMS_ACTION = ["回电{ph}办理", "点击 {url} 注销", "联系专属客服{ph}处理", "登录 {url} 完成身份核验", "添加客服QQ {qq} 处理",
              "回复1由专员致电办理"]
SMS_TAIL = ["，逾期将影响个人征信。", "，否则将上报征信系统。", "，逾期将纳入失信名单。", "，以免影响您的信用记录。",
            "，逾期影响贷款及出行。"]

REPAIR_HEAD = ["【专业征信修复】", "征信花了？", "铲单了解一下：", "🔥征信洗白🔥", "【信用修复中心】", "买房被拒？",
               "贷款下不来？", "兄弟们亲测有效，", "做征信修复找我，"]
REPAIR_WHAT = [
    "信用卡逾期、网贷逾期、呆账", "逾期记录、查询记录、负债记录", "被执行人、限高、失信名单", "担保代偿、车贷逾期",
    "网贷申请记录、多头借贷", "五年内的逾期记录", "信用卡呆账和网贷铲单",
]
REPAIR_HOW = [
    "内部渠道直接从系统里删除", "走异议申诉通道", "银行内部关系后台修改", "人行有熟人可以直接改数据",
    "专业团队一对一处理", "技术手段清除大数据", "改成正常还款，银行查不出来",
]
REPAIR_PRICE = [
    "一条{fee}", "打包价{fee}", "先交定金{dep}，删完付尾款", "受理费{dep}，成功后再付全款", "不成功全额退款，先付一半",
    "按条收费，{fee}起", "费用可以分期",
]
REPAIR_TIME = ["7个工作日见效", "三天搞定", "15天完成", "一周内查不到记录", "下个月就能贷款买房", "当月见效"]
REPAIR_CT = ["{ct}", "私信我", "加V：{wx}", "咨询{ph}", "评论区扣1", "需要的私聊"]

OVERDUE_WHO = ["法务部", "催收中心", "金融纠纷调解中心", "{plat}贷后部", "律所", "征信预警中心"]
OVERDUE_FACT = [
    "您在{plat}的借款已逾期{days}天", "您的网贷欠款已进入上报程序", "您的逾期信息已提交征信系统待上传",
    "您名下的逾期欠款已委托我方处理", "您的借款因平台清退需一次性结清",
]
OVERDUE_THREAT = [
    "三日内将上传人行征信", "即将通知您的通讯录联系人和单位", "上报后将影响子女入学和乘坐高铁", "将被列入征信黑名单",
    "将依法起诉并上报失信名单",
]
OVERDUE_OFFER = [
    "今日一次性还本金可免除上报", "转到我司对公账户可申请撤销记录", "结清后可出具证明消除逾期记录", "协商价六折，且不上征信",
    "不要在APP里还，APP还款会自动上报，请转到我们的账户",
]

STEP_CHAT = [
    "请您下载“{app}”，会议号{mid}，进去后点共享屏幕", "现在打开{plat}，把{prod}额度全部借出来",
    "借出来之后转到这个账户：{card}，户名：{pname}", "转完截图发我，系统会显示“注销中”", "还有一个平台的额度没清零，继续操作",
    "银行柜员问您转账做什么，就说给家人转的", "这是监管账户，钱只是过一下，验证完原路退回", "不要告诉任何人，泄露信息会导致注销失败",
    "刚才的转账备注没写注销编号，需要重新转一笔", "最后一步，把信用卡额度也转进来就彻底清零了", "请把收到的验证码发给我确认注销",
]
STEP_OPEN = ["", "亲，", "同学，", "您好，", "客服：", "宝，", "好的，", "嗯嗯，"]

TW_ITEMS = [
    "聯徵紀錄不良、信用卡遲繳、呆帳都能處理", "可以把遲繳紀錄改成正常", "能清掉聯徵查詢次數", "債務協商後的註記可以提前刪除",
    "您名下的學生貸款帳戶未註銷，將通報聯徵中心", "您的信用卡帳戶有異常註記，影響聯徵紀錄",
]
TW_PRICE = ["一筆紀錄{twfee}", "先匯訂金{twfee}", "先收規費{twfee}", "請依指示至ATM操作清零", "請提供網銀帳密與驗證碼"]
TW_CT = ["加LINE：{line}", "LINE ID：{line}", "請撥{twph}", "私訊詳談"]
HK_ITEMS = ["TU評級差、有壞帳都可以修復", "可以幫你清除TU上面嘅逾期記錄", "你嘅學生貸款戶口未註銷，會影響信貸評級",
            "閣下的信貸評級已降至J級，將影響按揭批核"]
HK_PRICE = ["一條記錄收{hkfee}", "先收一半按金", "需要將戶口資金轉去監管戶口審查", "唔成功全數退回"]
HK_CT = ["WhatsApp：{hkph}", "請即WhatsApp {hkph}", "加我WhatsApp先"]

DIS_CORE = [
    "zx修复", "征❤信修复", "逾q删除", "铲dan", "洗白zx", "白·条注·销", "学·生·账·户注销", "花bei关闭", "征·信·洗·白",
    "网dai逾期处理", "查询记录清零",
]
DIS_POINT = ["内部通道", "七天见效", "不成功不收费", "一条八百", "包删除", "不注销影响zx", "逾期能删", "百分百成功"]


# ---------------------------------------------------------------- helpers


def _card(rng) -> str:
    return pick(rng, ["6222", "6217", "6228", "6214", "6230"]) + " " + " ".join(digits(rng, 4) for _ in range(3)) + " " + digits(rng, 3)


def _fill(rng, s: str, plat: str | None = None) -> str:
    plat = plat or pick(rng, PLATFORMS)
    return s.format(
        plat=plat, prod=pick(rng, PRODUCTS[plat]), reg=pick(rng, REGULATORS), name=person(rng), sur=person(rng)[0],
        sur2=person(rng)[0], tail=digits(rng, 4), no=digits(rng, 4), year=rng.randint(2015, 2022),
        app=pick(rng, MEETING_APPS + ["云视讯", "ToDesk"]), mid=" ".join(digits(rng, 3) for _ in range(3)), qq=digits(rng, 10),
        fee=money(rng, 800, 9000, 100), dep=money(rng, 300, 3000, 100), ph=pick(rng, [landline(rng), mobile(rng)]),
        url=scam_url(rng, ("zx", "xf", "zhuxiao", "hb", "jd", "xy", "gov")), n=rng.randint(1, 5), ct=contact(rng, False),
        wx=pick(rng, ["zx", "xf", "xb", "cd"]) + digits(rng, 4), days=rng.randint(30, 400), card=_card(rng), pname=person(rng),
        twfee=pick(rng, ["8,000元", "1萬2", "NT$15,000", "5,000元", "3,000元"]), hkfee=pick(rng, ["$6,000", "$4,500", "HK$8,000"]),
        line=pick(rng, ["@fix", "@jcic", "credit", "xf"]) + digits(rng, 3), twph="02-" + digits(rng, 4) + "-" + digits(rng, 4),
        hkph=f"{rng.choice('569')}{digits(rng, 3)} {digits(rng, 4)}",
    )


# ---------------------------------------------------------------- templates
def t1(rng):
    text = (pick(rng, CALL_OPEN) + pick(rng, CALL_ID) + pick(rng, STUDENT_PRETEXT) + pick(rng, STUDENT_RULE)
            + pick(rng, CREDIT_THREAT) + "。" + pick(rng, ["", "我现在帮您处理，", "您需要配合一下，", "具体流程是这样的，"])
            + pick(rng, HOOKS) + pick(rng, PRESS))
    return _fill(rng, text), "call", []


def t2(rng):
    text = (pick(rng, CALL_OPEN) + pick(rng, CALL_ID) + _noncomp(rng)
            + pick(rng, CREDIT_THREAT) + "。" + pick(rng, HOOKS) + pick(rng, PRESS))
    return _fill(rng, text), "call", []


def t3(rng):
    first = pick(rng, [pick(rng, STUDENT_PRETEXT) + pick(rng, STUDENT_RULE), _noncomp(rng)])
    me, reply = pick(rng, TURN_PAIRS)
    text = "客服：" + pick(rng, CALL_ID) + first + pick(rng, CREDIT_THREAT) + "。 " + me + " " + reply + pick(rng, HOOKS)
    if rng.random() < 0.45:
        text += " " + pick(rng, FOLLOW_ME) + " " + pick(rng, FOLLOW_REPLY)
    return _fill(rng, text), "call", []


def t4(rng):
    plat = pick(rng, PLATFORMS)
    text = (sms_sign(rng, SMS_SIGNS) + pick(rng, ["尊敬的用户，", "您好，", "", "温馨提示："]) + pick(rng, SMS_ISSUE) + "，"
            + pick(rng, SMS_DEADLINE) + pick(rng, SMS_ACTION) + pick(rng, SMS_TAIL))
    if rng.random() < 0.25:
        text += unsubscribe(rng)
    return _fill(rng, text, plat), "sms", []


def t5(rng):
    channel = pick(rng, ["post", "post", "chat"])
    parts = [pick(rng, REPAIR_WHAT) + pick(rng, ["都可以处理", "均可删除", "统统能修复", "都能铲"]), pick(rng, REPAIR_HOW),
             pick(rng, REPAIR_TIME), pick(rng, REPAIR_PRICE)]
    rng.shuffle(parts)
    if channel == "post":
        text = pick(rng, REPAIR_HEAD) + "，".join(parts) + "。" + pick(rng, REPAIR_CT)
    else:
        text = pick(rng, ["姐，", "兄弟，", "亲，", "你好，", "老哥，"]) + pick(rng, ["你征信上那几条", "你这种情况", "你的征信我看过了，"]) \
            + pick(rng, ["能处理，", "我们做过很多，", "可以删，"]) + "，".join(parts[:3]) + pick(rng, ["", "，你看要不要做"])
    return _fill(rng, text.replace("？，", "？")), channel, []


def t6(rng):
    channel = pick(rng, ["sms", "chat", "call"])
    core = pick(rng, OVERDUE_FACT) + "，" + pick(rng, OVERDUE_THREAT) + "，" + pick(rng, OVERDUE_OFFER)
    if channel == "sms":
        text = "【" + pick(rng, OVERDUE_WHO) + "】" + core + "，联系专员{ph}。"
    elif channel == "chat":
        text = pick(rng, ["你好，", "", "最后通知：", "亲，"]) + core + pick(rng, ["，你自己看着办", "，今天必须处理", "", "，账户我发你"])
    else:
        text = (pick(rng, ["喂，你好，", "您好，"]) + pick(rng, ["我是", "这里是"]) + pick(rng, OVERDUE_WHO) + "的，" + core + "，"
                + pick(rng, ["我们也不想把事情闹大。", "机会只有这一次。", "你考虑清楚。", "今天之内给我答复。"]))
    return _fill(rng, text), channel, []


def t7(rng):
    steps = rng.sample(STEP_CHAT, rng.randint(1, 3))
    text = pick(rng, STEP_OPEN) + "，".join(steps) + pick(rng, ["", "哦", "，别中断", "，不然直接上征信", "～"])
    return _fill(rng, text), "chat", []


def t8(rng):
    channel = pick(rng, ["post", "chat", "call", "sms"])
    if rng.random() < 0.65:
        body = pick(rng, ["【信用修復】", "您好，", "這裡是聯徵中心，", "我們是信用顧問公司，", "妳好～"]) + pick(rng, TW_ITEMS) + "，" + pick(rng, TW_PRICE) + "，" + pick(rng, TW_CT) + "。"
    else:
        body = pick(rng, ["【TU修復】", "你好，", "我哋係專業團隊，"]) + pick(rng, HK_ITEMS) + "，" + pick(rng, HK_PRICE) + "，" + pick(rng, HK_CT) + "。"
    if channel in ("call", "chat") and body.startswith("【"):
        body = body[body.index("】") + 1:]
    return _fill(rng, body), channel, ["traditional"]


def t9(rng):
    kind = rng.randrange(3)
    pts = rng.sample(DIS_POINT, 2)
    if kind == 0:
        text = pick(rng, DIS_CORE) + " " + pts[0] + " " + pts[1] + " " + contact(rng, True)
        channel = "post"
    elif kind == 1:
        text = (pick(rng, ["亲，", "你好，", "兄弟，", "同学，"]) + separate(rng, pick(rng, ["你的学生账户要注销", "白条不合规要关闭", "花呗学生版必须关", "征信逾期能删"]), 0.4)
                + "，" + pts[0] + "，" + contact(rng, True))
        channel = "chat"
    else:
        text = (sms_sign(rng, ["征❤信中心", "京＊东金融", "支·付·宝", "z信修复"]) + separate(rng, pick(rng, ["您的学生账户未注销", "您的白条需清零关闭", "您有逾期记录可修复"]), 0.4)
                + "，" + pick(rng, ["请回电", "速联系", "➕"]) + disguise_digits(rng, mobile(rng)) + pick(rng, ["", "，否则影响征·信"]))
        channel = "sms"
    return text, channel, ["disguised"]


TEMPLATES = {"t1": (t1, 52), "t2": (t2, 46), "t3": (t3, 40), "t4": (t4, 45), "t5": (t5, 45), "t6": (t6, 40),
             "t7": (t7, 40), "t8": (t8, 42), "t9": (t9, 45)}


def generate(rng):
    return take_templates(rng, TEMPLATES, LABEL, MODULE, tidy=lambda text: re.sub(r"，。|。。|，，", "。", text).replace("。，", "。").replace("，。", "。"),
                          tries_per_row=40)
