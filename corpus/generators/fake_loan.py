"""Fake online loans and credit-card agents: easy-credit ads, then up-front fees.

Templates (ids t1..t8):
  t1  SMS loan ad with 【signature】: pre-approved limit, 无抵押 / 不看征信 / 秒批, link or number
  t2  post / group ad: 黑户可贷, 口子, 助贷 "包装", contact
  t3  chat: loan agent pitching and asking for ID card / bank card / app download
  t4  chat: after "approval" the fee: 保证金, 解冻金 (卡号填错), 刷流水, 会员费, 工本费, 验资, 保险费
  t5  call: spoken loan-platform customer service / credit manager script with a fee hook
  t6  代办信用卡 / 信用卡提额 (sms, post, chat)
  t7  traditional (Taiwan / HK): 信貸, 免照會, 財務公司, 解凍金, LINE / WhatsApp
  t8  disguised: 带款, dai款, zx, yhk, V信, emoji / full-width digits, separators
"""

from __future__ import annotations

import re

from common import (take_templates, BANKS, MEETING_APPS, contact, digits, disguise_digits, landline, mobile, money, person,
                    pick, scam_url, separate, sms_sign, unsubscribe)

LABEL = "fake_loan"
MODULE = "fake_loan"

# ---------------------------------------------------------------- vocabulary
LENDERS = [
    "融易贷", "安心借", "速享金融", "鑫瑞普惠", "好期借", "闪电花", "众信金服", "恒通小贷", "钱满满", "易借宝",
    "信达快贷", "中鼎金融", "惠民贷", "秒下借", "金象分期", "华信消费金融", "民富贷", "月月花", "e路贷", "乐享借",
]
LOAN_TYPES = [
    "信用贷", "备用金", "消费贷", "经营贷", "公积金贷", "保单贷", "社保贷", "税贷", "车主贷", "应急借款",
]
SELL_POINTS = [
    "无抵押无担保", "不看征信", "不查负债", "黑户白户均可", "征信花了也能做", "无需流水", "不打电话不回访",
    "身份证即可申请", "不上征信", "无视大数据", "逾期也可申请", "全程线上无需面签", "学生上班族都能贷",
]
SPEED = [
    "秒批秒到", "最快5分钟到账", "当天放款", "30分钟下款", "1小时内到卡", "审核只需3分钟", "随借随还",
    "当日审批次日放款", "刷脸即可提现",
]
RATES = [
    "日息低至万分之二", "月息3厘起", "年化3.6%起", "借1万每天仅需1元", "首月免息", "利息比银行还低",
    "前3期0利息", "月供低至几百元",
]
SMS_OPEN = [
    "尊敬的客户，", "{sur}先生您好，", "{sur}女士您好，", "恭喜！", "好消息：", "亲爱的用户，", "温馨提示：",
    "您好，", "老客户专享：", "",
]
SMS_OFFER = [
    "您已获得最高{amt}信用额度", "您的预审额度{amt}已生成", "您有一笔{amt}{ltype}待领取",
    "您的借款额度已提升至{amt}", "您已通过大数据筛选，可申请{amt}{ltype}", "您的{ltype}申请已进入终审，额度{amt}",
    "系统为您匹配了{amt}专属额度", "您的{ltype}额度{amt}尚未激活",
]
SMS_HOOK = [
    "立即领取：{url}", "激活请点 {url}", "回复1申请", "详询{ph}", "请添加专属客服微信{wx}领取",
    "下载APP：{url}", "请于今日内登录 {url} 签约", "请回电{ph}确认放款", "点击 {url} 刷脸提现",
]
SMS_DEADLINE = [
    "", "今日内有效。", "逾期自动作废。", "名额有限。", "过时额度将让给他人。", "24小时后清零。", "仅限前100名。",
]

POST_HEAD = [
    "【急用钱的看过来】", "📢资金周转找我！", "新口子上线🔥", "兄弟们，", "【本地放款】", "有没有急需用钱的？",
    "【正规渠道 大额低息】", "亲测下款！", "【助贷服务】", "宝妈、自由职业者看过来～",
]
POST_WHO = [
    "黑户、征信花、网贷多统统可做", "白户、逾期、负债高都能申请", "学生、宝妈、个体户均可", "没有社保公积金也能贷",
    "芝麻分550就能下", "征信有逾期的也不怕", "只要18-55周岁都能办", "被银行拒了的都来找我",
]
POST_HOW = [
    "有身份证就下", "专业团队帮你包装资料", "走内部通道绕过风控", "人工审批不走大数据", "不成功不收费",
    "凭营业执照即可", "押车不押证", "手机实名满半年即可",
]
POST_CLOSE = [
    "私信我拿链接", "评论区扣1", "需要的私聊", "名额有限先到先得", "看主页联系方式", "点赞留言我私你",
    "同城可上门办理", "非诚勿扰",
]

AGENT_OPEN = [
    "哥，", "姐，", "亲，", "老板，", "在吗？", "您好呀，", "兄弟，", "美女，", "hi，", "宝子，",
]
AGENT_WHO = [
    "我是{lender}的信贷专员小{sur}，", "我是之前给您打电话的贷款顾问，", "我是对接你借款申请的专员，",
    "我这边是助贷服务中心的，", "我是{lender}放款部的，", "看到您在平台填了借款申请，", "",
]
AGENT_PITCH = [
    "你的借款审核通过了，额度{amt}", "我们这边不看征信，额度最高{amt}", "你要的那个口子能下，额度{amt}",
    "现在申请{ltype}首月免息", "你这种情况我们做过很多，{amt}没问题", "今天放款名额还剩几个，{amt}额度给你留着",
    "我们是内部通道，{sell}",
]
AGENT_ASK = [
    "把身份证正反面和银行卡照片发我一下", "先下载这个APP注册一下：{url}", "你加我微信详聊：{wx}",
    "把你的银行卡号和预留手机号发我", "等下你会收到验证码，发我一下", "你填一下这个资料表，我帮你提交",
    "你先录个人脸视频发我做预审",
]
AGENT_TAIL = ["", "😊", "～", "，很快的", "，放心", "，抓紧哦", "！", "🙏"]

FEE_STATUS = [
    "你的借款已经审批通过了", "系统显示你的借款已经放款", "你的{amt}已经打到平台账户了", "放款流程已经走到财务这一步了",
    "恭喜，{amt}额度已批", "你的合同已经生成",
]
FEE_PROBLEM = [
    ("但是你提现时填写的银行卡号错了一位，资金被冻结", "解冻金"),
    ("但是风控检测到你银行流水不足，还款能力不够", "流水"),
    ("但是你是首次借款，系统要求先交押金", "保证金"),
    ("但是你的信用评分偏低，普通通道提不出来", "会员费"),
    ("但是你的借款合同还没做电子公证", "工本费"),
    ("但是系统要验证你的还款能力", "验资"),
    ("但是你的收款卡户名和身份证不一致，触发了风控", "解冻金"),
    ("但是借款金额超出了你的信用评估", "保证金"),
    ("但是放款前必须购买履约保险", "保险费"),
]
FEE_ASK = {
    "解冻金": ["需要缴纳借款额{pct}的解冻金，也就是{fee}", "要交{fee}解冻金，财务人工解冻", "解冻要先转{fee}到解冻账户"],
    "流水": ["需要往指定账户转入{fee}刷一下流水", "你先转{fee}到公司账户做流水，半小时原路退回", "要在卡里走几轮流水，先转{fee}"],
    "保证金": ["需要先交{fee}保证金，还款后全额退还", "要补交{fee}风险保证金", "先交{fee}押金才能放款"],
    "会员费": ["需要开通VIP会员，费用{fee}，开通后百分百放款", "开个加速会员{fee}就能提现", "交{fee}会员年费走绿色通道"],
    "工本费": ["要交{fee}的工本费和公证费", "合同公证费{fee}需要30分钟内支付", "电子签章费加工本费一共{fee}"],
    "验资": ["需要把{fee}转到验资账户，验完秒退", "你卡里要存入{fee}截图给我，再转到监管账户验证", "要做一笔{fee}的验资，系统识别后原路返回"],
    "保险费": ["保费{fee}，保险生效后立即放款", "需要先交{fee}的借款保险", "买一份{fee}的资金安全险才能出款"],
}
FEE_PUSH = [
    "钱会和贷款一起打给你", "放款时全额退还", "这是系统规定，每个客户都一样", "不交的话资金一直冻着还要收滞纳金",
    "不处理的话按合同算你违约，还要上征信", "今天交今天到账", "交完马上安排放款", "我也是按流程办事，你理解一下",
]
FEE_OPEN = ["", "亲，", "您好，", "客服：", "放款专员：", "财务部通知：", "姐，", "哥，"]

CALL_OPEN = [
    "喂，您好，请问是{name}吗？", "您好打扰了，", "喂，你好，", "您好，请问是{sur2}先生吗？", "哎，你好，你别挂，",
    "喂，是{sur2}女士吧？", "您好，",
]
CALL_ID = [
    "我这边是{lender}的信贷经理，姓{sur}。", "这里是{lender}客服中心，工号{no}。", "我是您申请那笔贷款的放款专员。",
    "我这边是{bank}合作机构的客户经理。", "我是{lender}风控部的。", "我这里是助贷服务中心的。",
    "我是之前跟您联系过的融资顾问小{sur}。",
]
CALL_PRETEXT = [
    "您之前在网上咨询过贷款，我们现在有个活动，{sell}，最高能批{amt}。",
    "您在我们平台申请的借款已经审批通过了，额度是{amt}。",
    "您有一笔{amt}的预授信额度，今天是最后一天了。",
    "您的借款已经放到平台账户了，但您现在提不出来是吧？",
    "您上周申请的那笔{ltype}，我们领导已经签字了，就差最后一步。",
    "系统给您自动提额到了{amt}，利率也下调了。",
]
CALL_HOOK = [
    "是这样的，您填的银行卡号写错了一位，钱被冻结了，需要交{fee}的解冻金，交完会跟借款一起打给您。",
    "财务那边审核您的流水不够，您先找朋友借{fee}转到验资账户上，验完马上退回，然后贷款就下来了。",
    "您的负债有点高，直接走系统批不下来，我们可以给您走人工通道，要交{fee}的加急审批费。",
    "首次借款的客户按规定要先交首期还款作为保证，也就是{fee}，交了马上放款。",
    "您需要开通我们的信用加速包，费用是{fee}，开通以后百分之百通过。",
    "您先下载一个“{app}”，进会议之后共享屏幕，我帮您核对一下银行卡余额。",
    "您把银行卡号、开户行和手机号报给我，等下收到的验证码也念一下，我帮您录入系统。",
    "这笔要先交{fee}担保金，由我们公司给您做担保，还完第一期就全退。",
]
CALL_PRESS = [
    "您要是不交，这个贷款就只能取消了，取消了征信上还会留一条记录。", "这个今天必须办，过了今天额度就作废了。",
    "您放心，我们是正规持牌机构，全程录音的。", "钱一分都不会少您的，只是要先交后退。", "",
    "转到我们财务的个人账户就行，公账走得慢。", "您别挂电话，挂了流程要重新走。",
]
CALL_TURNS = ["我：那不能从贷款里扣吗？", "我：怎么还要交钱？", "我：真的会退吗？", "我：好的，你说。",
              "我：我没填错啊。", "我：那我要怎么操作？"]

CARD_SERVICE = [
    "代办{bank}大额信用卡", "{bank}信用卡提额", "各大银行信用卡内部提额通道", "白户代办信用卡", "代办{bank}白金卡",
    "信用卡临时额度转固定额度",
]
CARD_PROMISE = [
    "额度{amt}起，包下卡", "不管哪个银行都能提到{amt}", "白户黑户都能下卡，额度最低三万", "下卡后收10个点手续费",
    "后台直接改额度，最高{amt}", "无需流水无需社保，额度{amt}", "银行内部员工操作，三天出额度",
]
CARD_FEE = [
    "前期只收{fee}资料费", "需先交{fee}预约金，不成功全退", "先交{fee}办卡费", "提额前支付{fee}验证金",
    "把卡号、有效期和背面三位数发我，再报一下验证码", "先在支付宝转{fee}额度保证金到指定账户",
]
CARD_CLOSE = ["", "有需要的私聊。", "名额有限。", "{ct}", "当天办理。", "不成功不收费。"]

TW_WHO = ["信貸專員", "貸款客服", "撥款部門", "銀行信貸部", "代辦專員", "信貸顧問"]
TW_OFFER = [
    "免保人、免照會，信用小白也OK，最高可貸{tw}", "您的信貸已核准{tw}，年利率超低", "聯徵分數不足也能辦，當天撥款",
    "卡債協商中、遲繳都能辦，最快30分鐘撥款", "學生、家管、自營商都能申請，額度{tw}", "免留車、免保人，機車汽車都能貸",
]
TW_FEE = [
    "撥款前需先匯保證金{twfee}到公司帳戶", "因帳號輸入錯誤款項遭凍結，需繳交解凍金{twfee}", "需要先做財力證明，請把{twfee}匯入指定帳戶",
    "請至超商繳納開戶費{twfee}", "請購買GASH點數卡{twfee}並把序號傳給我", "撥款前要先繳交保險費{twfee}，撥款後退費",
]
TW_CONTACT = ["加LINE：{line}", "請加賴詳談：{line}", "撥打{twph}", "請回覆此簡訊", "私訊我", "LINE ID：{line}"]
HK_WHO = ["財務公司客戶經理", "貸款部", "私人貸款專員", "信貸顧問"]
HK_OFFER = [
    "閣下已獲批私人貸款{hk}，免TU、免文件", "TU差、破產都可以借，最快1小時過數", "學生、家庭主婦都可申請，最高批出{hk}",
    "你申請嘅貸款已經批咗{hk}", "無需入息證明，即日批即日過數",
]
HK_FEE = [
    "要先俾{hkfee}手續費，轉數快過咗即日放款", "需要先買一份還款保險，保費{hkfee}", "你個戶口名唔夾，要交{hkfee}解凍費",
    "先入{hkfee}保證金去指定戶口", "要交{hkfee}行政費先可以過數",
]
HK_CONTACT = ["WhatsApp：{hkph}", "請即WhatsApp {hkph} 確認", "熱線：{hkph}", "PM我", "加我WhatsApp傾"]

DIS_HEAD = [
    "带款", "dai款", "d款", "带k", "放米", "借米", "口子", "贷·款", "資·金·周·转", "网·贷",
]
DIS_POINT = [
    "不看zx", "不查dsj", "有yhk有sfz就下", "黑白户都可", "不看徴信", "秒下🉐️", "不回访", "当天到💰", "额度1-5w",
    "无前期", "逾q也能做",
]
DIS_FEE = [
    "先交点zbj，下款就退", "卡号填错了要交jdj（解冻金）", "流水不够要刷ls", "开个hy（会员）就能提", "交个gbf就放款",
]


# ---------------------------------------------------------------- helpers


def _amount(rng) -> str:
    return pick(rng, [money(rng, 5000, 200000, 1000), f"{rng.randint(2, 50)}万", f"{rng.randrange(8000, 98000, 2000)}元"])


def _fill(rng, s: str) -> str:
    return s.format(
        amt=_amount(rng), fee=money(rng, 199, 12000, 1), pct=pick(rng, ["10%", "15%", "20%", "30%", "百分之八"]),
        ltype=pick(rng, LOAN_TYPES), sell=pick(rng, SELL_POINTS), lender=pick(rng, LENDERS), bank=pick(rng, BANKS),
        url=scam_url(rng, ("dai", "jk", "loan", "kd", "jie", "app", "vip")), ph=pick(rng, [landline(rng), mobile(rng)]),
        wx=pick(rng, ["dk", "jr", "kf", "xd", "loan"]) + digits(rng, rng.randint(4, 6)), ct=contact(rng, False),
        name=person(rng), sur=person(rng)[0], sur2=person(rng)[0], no=digits(rng, 4), app=pick(rng, MEETING_APPS),
        tw=pick(rng, ["NT$300,000", "50萬", "NT$150,000", "100萬", "30萬元"]),
        hk=pick(rng, ["HK$80,000", "HK$200,000", "HK$50,000", "HK$500,000"]),
        twfee=pick(rng, ["8,000元", "1萬5", "NT$12,000", "3,000元", "2萬元"]),
        hkfee=pick(rng, ["$3,000", "$2,800", "$5,000", "HK$1,500"]),
        line=pick(rng, ["@loan", "@dai", "cash", "money"]) + digits(rng, 4),
        hkph=f"{rng.choice('569')}{digits(rng, 3)} {digits(rng, 4)}", twph="09" + digits(rng, 2) + "-" + digits(rng, 3) + "-" + digits(rng, 3),
    )


# ---------------------------------------------------------------- templates
def t1(rng):
    lender = pick(rng, LENDERS)
    sign = sms_sign(rng, [lender, lender + "客服", lender + "服务中心", "信贷服务", "普惠金融"])
    feats = rng.sample(SELL_POINTS, 2)
    parts = [pick(rng, SMS_OPEN), pick(rng, SMS_OFFER), "，", feats[0], pick(rng, ["，", "、"]), feats[1], "，",
             pick(rng, SPEED), pick(rng, ["，" + pick(rng, RATES), ""]), "。", pick(rng, SMS_HOOK), "。", pick(rng, SMS_DEADLINE)]
    text = _fill(rng, sign + "".join(parts))
    if rng.random() < 0.6:
        text += unsubscribe(rng)
    return text, "sms", []


def t2(rng):
    who, how = pick(rng, POST_WHO), pick(rng, POST_HOW)
    order = rng.random()
    mid = f"{who}，{how}" if order < 0.5 else f"{how}，{who}"
    body = (pick(rng, POST_HEAD) + pick(rng, ["专业做", "我这边有", "正规持牌机构，", "本群对接", ""]) + pick(rng, LOAN_TYPES)
            + "，" + mid + "，" + pick(rng, SPEED) + "，" + pick(rng, ["额度{amt}", "最高可贷{amt}", "{amt}随借随还", pick(rng, RATES)])
            + "，" + pick(rng, POST_CLOSE) + pick(rng, ["。", "！", "～", "👇"]))
    if rng.random() < 0.35:
        body += pick(rng, ["电联{ph}", "联系人：" + person(rng)[0] + "经理 {ph}", "微信：{wx}"])
    return _fill(rng, body), "post", []


def t3(rng):
    text = (pick(rng, AGENT_OPEN) + pick(rng, AGENT_WHO) + pick(rng, AGENT_PITCH) + pick(rng, ["，", "。", "！"])
            + pick(rng, AGENT_ASK))
    text += "" if "{url}" in text else pick(rng, AGENT_TAIL)
    return _fill(rng, text), "chat", []


def t4(rng):
    problem, kind = pick(rng, FEE_PROBLEM)
    text = (pick(rng, FEE_OPEN) + pick(rng, FEE_STATUS) + "，" + problem + "，" + pick(rng, FEE_ASK[kind]) + "，"
            + pick(rng, FEE_PUSH) + pick(rng, ["。", "", "哦", "，抓紧时间"]))
    return _fill(rng, text), "chat", []


def t5(rng):
    head = pick(rng, CALL_OPEN) + pick(rng, CALL_ID) + pick(rng, CALL_PRETEXT)
    if rng.random() < 0.35:
        text = "客服：" + head + " " + pick(rng, CALL_TURNS) + " 客服：" + pick(rng, CALL_HOOK) + pick(rng, CALL_PRESS)
    else:
        text = head + pick(rng, ["", "是这样的，", "现在呢，"]) + pick(rng, CALL_HOOK) + pick(rng, CALL_PRESS)
    return _fill(rng, text), "call", []


def t6(rng):
    channel = pick(rng, ["sms", "post", "chat", "post"])
    bank = pick(rng, BANKS)
    core = (pick(rng, CARD_SERVICE).replace("{bank}", bank) + pick(rng, ["，", "：", "！"])
            + pick(rng, CARD_PROMISE) + "，" + pick(rng, CARD_FEE) + "。" + pick(rng, CARD_CLOSE))
    if channel == "sms":
        text = sms_sign(rng, [bank + "信用卡中心", "信用卡服务", "卡中心提额", "金卡服务"]) + pick(rng, ["尊敬的持卡人，", "您好，", ""]) + core + unsubscribe(rng)
    elif channel == "chat":
        text = pick(rng, ["亲，", "你好，", "姐，", "老板，"]) + core
    else:
        text = pick(rng, ["【信用卡】", "💳", "【代办】", ""]) + core
    return _fill(rng, text), channel, []


def t7(rng):
    channel = pick(rng, ["sms", "chat", "post", "call"])
    if rng.random() < 0.6:
        who, offer, fee, ct = TW_WHO, TW_OFFER, TW_FEE, TW_CONTACT
        opener = ["您好，我是", "親愛的客戶您好，這裡是", "【", ""]
    else:
        who, offer, fee, ct = HK_WHO, HK_OFFER, HK_FEE, HK_CONTACT
        opener = ["你好，我哋係", "【", "閣下好，呢度係", ""]
    text = (pick(rng, opener) + pick(rng, who) + pick(rng, ["，", "】", "：", "。"]) + pick(rng, offer) + "，" + pick(rng, fee)
            + "，" + pick(rng, ct) + pick(rng, ["。", "", "，謝謝。"]))
    text = re.sub(r"^(?!【)(.*?)】", r"\1，", text)
    if channel != "sms":
        text = text.replace("請回覆此簡訊", "請加LINE：{line}")
    return _fill(rng, text), channel, ["traditional"]


def t8(rng):
    kind = rng.randrange(3)
    pts = rng.sample(DIS_POINT, 2)
    if kind == 0:
        text = (pick(rng, DIS_HEAD) + " " + pts[0] + " " + pts[1] + " " + pick(rng, ["额度", "最高", "可下"])
                + disguise_digits(rng, str(rng.randrange(3000, 80000, 1000))) + " " + contact(rng, True))
        channel = "post"
    elif kind == 1:
        text = (pick(rng, ["亲，", "哥，", "宝子，", "兄弟，"]) + pick(rng, ["你的", "那个"]) + pick(rng, DIS_HEAD)
                + pick(rng, ["批了", "能下", "审过了"]) + "，" + pick(rng, DIS_FEE) + pick(rng, ["，", " "]) + contact(rng, True))
        channel = "chat"
    else:
        lead = pick(rng, ["您的借款额度已审批", "无抵押贷款秒批", "黑户可贷当天放款", "您的贷款资金已冻结"])
        text = (sms_sign(rng, [pick(rng, LENDERS)]) + separate(rng, lead, 0.45) + "，"
                + pick(rng, ["额度", "金额"]) + disguise_digits(rng, str(rng.randrange(5000, 90000, 1000))) + "元，"
                + contact(rng, True))
        channel = "sms"
    return text, channel, ["disguised"]


TEMPLATES = {"t1": (t1, 52), "t2": (t2, 44), "t3": (t3, 45), "t4": (t4, 58), "t5": (t5, 55),
             "t6": (t6, 40), "t7": (t7, 46), "t8": (t8, 40)}


def generate(rng):
    return take_templates(rng, TEMPLATES, LABEL, MODULE, tidy=lambda text: re.sub(r"，。|。。|，，", "。", text).replace("！。", "！").replace("～。", "～"),
                          tries_per_row=40)
