"""Impersonated police, procuratorate, court and government offices.

Templates (ids t1..t9):
  t1  call: first contact from courier / 医保 / 社保 / 税务 / 海关 / 市场监管 / 通信管理局, then "转接公安"
  t2  call: the "police officer": case (洗钱, 贩毒, 诈骗团伙, 帮信), the victim's card or ID found, 资金清查,
      安全账户, secrecy, remote statement over a meeting app
  t3  call: procuratorate / court: 逮捕令, 冻结令, 通缉令, 传票, 取保, 清查专户
  t4  call: recorded-voice opener (请按九号键转人工) plus a short live line
  t5  SMS with official 【signature】, case number, link to a "warrant" or number to call
  t6  chat: after the call on QQ / WeChat: warrant link, 警官证 picture, 保密协议, hotel, transfer, delete records
  t7  call transcript (警官：... 我：...)
  t8  traditional (Taiwan 假檢警 / HK 內地公安)
  t9  disguised: 公·安, 通·缉·令, sfz, yhk, 安全zhang户, 企鹅 with disguised digits
"""

from __future__ import annotations

import re

from common import (take_templates, BANKS, CITIES, COURIERS, MEETING_APPS, SCAM_APPS, digits, disguise_digits, landline,
                    mobile, money, person, pick, scam_url, separate, sms_sign)

LABEL = "police"
MODULE = "police"

# ---------------------------------------------------------------- vocabulary
FIRST_CONTACT = [
    ("我这里是{courier}客服，工号{no}。", [
        "您寄往{city}的包裹在安检时被查出多张银行卡和护照", "您有一个包裹里被查出违禁药品，已经被扣押",
        "您的快件里夹带了管制刀具，被海关扣留了", "寄件人信息是您的身份证，里面查出了伪造的证件"]),
    ("这里是医保局。", [
        "您的医保卡在{city}有多笔违规药品消费，涉嫌骗取医保基金", "您的医保卡在外地药店大量购药，怀疑被倒卖",
        "您的医保账户余额异常，有人在{city}用您的卡住院报销"]),
    ("我是社保中心的工作人员。", [
        "您的社保卡在{city}被人冒用补办了新卡", "您的社保卡涉嫌冒领养老金，已经被冻结",
        "有人用您的社保信息在{city}领取了失业补助"]),
    ("我是税务局稽查局的。", [
        "您名下有一家公司涉嫌虚开增值税发票", "您去年有一笔劳务收入未申报，属于偷税", "您的身份证被人用来注册公司偷逃税款"]),
    ("这里是海关缉私局。", [
        "您的国际包裹里查获了违禁品和伪造护照", "您申报的一批货物涉嫌走私", "寄往香港的包裹里有三万美元现金"]),
    ("这里是市场监督管理局。", [
        "您的营业执照被人用来在网上销售假货", "您名下的网店被举报销售有毒化妆品", "您注册的公司被列入严重违法失信名单"]),
    ("这里是通信管理局。", [
        "您名下的号码二十四小时内发送了大量诈骗短信", "您的手机号被多人举报传播违法信息，两小时后停机",
        "您的身份证在{city}被人办了十几张电话卡"]),
    ("这里是出入境管理局。", [
        "您的护照在过关时被发现被他人冒用", "您的身份信息被用来办理了多本护照，涉嫌偷渡",
        "您的港澳通行证被人冒用办理了签注"]),
]
DENY = [
    "您说不是您本人？那很可能是您的身份信息被冒用了，", "如果不是您办的，那就是您的个人信息泄露了，",
    "这件事跟您没关系是吧？那这个事情就比较严重了，", "这个情况我们无权处理，", "您要是不知情，就要马上报案，",
]
TRANSFER = [
    "我现在帮您转接{city}市公安局刑侦大队，您跟警官说明一下。", "我这边直接给您转到{city}警方，请不要挂断。",
    "需要向公安机关报案，我帮您接通经侦支队。", "我把电话转给联合办案的公安局，您直接跟民警说。",
    "我现在帮您转接网警支队处理。",
]

POLICE_ID = [
    "我是{city}市公安局{district}分局刑侦大队的民警，警号{badge}。", "我这里是{city}市公安局经侦支队，我姓{sur}。",
    "我是公安部刑侦局的，专案组民警。", "我是{city}市公安局反诈中心的警官。", "这里是{city}市公安局禁毒大队。",
    "我是{district}派出所的民警小{sur}。", "我是{city}市公安局网安支队的。",
]
CASES = [
    "我们在侦办一起特大跨境洗钱案", "我们破获了一个电信诈骗团伙", "我们抓获了一批贩毒嫌疑人", "我们正在查一个地下钱庄",
    "我们在查一起非法集资案", "我们端掉了一个网络赌博窝点",
]
EVIDENCE = [
    "嫌疑人交代从你手里买了一张{bank}的卡，转移赃款{big}", "现场查获的银行卡里有一张是你名下的",
    "你的身份证号码出现在嫌疑人的账本上", "你的银行卡接收了一笔{big}的涉案资金", "嫌疑人供述你收了好处费出借身份证",
    "你的手机号在嫌疑人的通讯录里",
]
DEMAND = [
    "要证明你的清白，必须配合我们做资金清查，把名下所有账户的钱转到清查账户，核对完七十二小时内退回。",
    "为了保护你的资金，你要把卡里的钱转到我们的安全账户，案子结束后再转回给你。",
    "你现在下载“{app}”，会议号{mid}，打开摄像头，我们给你做远程笔录。",
    "你把所有银行卡的卡号和余额报给我，我们逐一核查。", "你先去附近的宾馆开一个房间，我们接下来要进行长时间通话。",
    "你先交一笔{fee}的保证金，我们申请把你从嫌疑人转为证人。", "你现在去银行办一张新卡，把钱集中到新卡上进行保护。",
]
SECRECY = [
    "这个案子是保密案件，你不能告诉任何人，包括你的家人。", "如果泄露案情导致侦破失败，你要承担法律责任。",
    "不要去银行柜台咨询，嫌疑人里面有银行内部人员。", "通话期间有人给你打电话一律挂断，你的电话可能被监听了。",
    "这通电话全程录音，会作为证据。", "",
]
THREAT = [
    "如果你不配合，我们只能对你采取强制措施。", "不然明天就派人到你单位把你带回来调查。", "逮捕令已经签发了，就看你的态度。",
    "你现在是唯一的突破口，配合了就是证人。", "",
]

PROC_ID = [
    "我是{city}市人民检察院的检察官，姓{sur}。", "这里是最高人民检察院。", "我是{city}市中级人民法院的书记员。",
    "这里是法院执行局。", "我是{district}区人民检察院的承办检察官。",
]
PROC_FACT = [
    "你涉嫌的洗钱案已经移交到我们检察院", "本院已经对你签发了逮捕令", "你名下的资产已经被冻结", "你因为信用卡透支被银行起诉了，明天开庭",
    "你已经被列为网上追逃对象", "你涉及的案件已进入审查起诉阶段",
]
PROC_OFFER = [
    "你可以申请资金清查，把资金转入国家清查账户，确认合法后退还", "如果想申请取保候审，需要缴纳{fee}保证金",
    "你可以登录我们的官网查看通缉令，网址发到你手机上了：{url}", "如果对此有异议，可以现在申请庭前调解，调解要缴纳诉讼保证金{fee}",
    "配合优先清查，你就可以从嫌疑人变成证人", "要解除冻结，需要提交资产清白证明，把资金转到监管账户核验",
]

ROBO = [
    "您好，这里是{org}，您有一份{doc}未签收，", "您好，本电话来自{org}，您的身份证已涉嫌违法犯罪，",
    "这里是{org}语音通知，您有一份{doc}即将被强制执行，", "您好，您的{card2}即将被冻结，",
]
ROBO_KEY = ["请按九号键转人工服务。", "查询详情请按一，转人工请按零。", "了解详情请按九号键。", "请按一号键查询。"]
ROBO_LIVE = [
    "……您好，我是{org}的工作人员，请问您的身份证号多少？", "……您好，这边查到您的身份证被人盗用了，我帮您转接办案民警。",
    "……您好，您被一家银行起诉了，要不要申请调解？", "……您好，您的案件已经立案，请保持电话畅通。", "",
]
ORGS = ["北京市公安局", "最高人民法院", "公安部", "{city}市中级人民法院", "国家医保局", "社保中心", "法院执行局"]
DOCS = ["法院传票", "加急公文", "法律文书", "起诉书", "协助调查函"]
CARDS2 = ["医保卡", "社保卡", "身份证", "银行卡"]

SMS_PAIRS = [
    (["最高人民检察院", "检察院通知", "{city}市人民检察院"], ["您涉嫌一起重大洗钱案件", "您的账户已被列入洗钱嫌疑名单", "您已被批准逮捕"]),
    (["公安部", "{city}市公安局", "刑侦支队", "网警"], ["您的身份信息涉嫌被用于非法开户", "您的银行卡涉嫌参与电信诈骗洗钱，已被司法冻结",
                                                 "您已被列为网上追逃对象", "您的手机号在网上传播违法信息，已被锁定"]),
    (["人民法院", "{city}市中级人民法院", "法院执行局"], ["您有一份法院传票待签收，逾期将缺席审判", "您已被纳入失信被执行人名单", "您的财产即将被冻结拍卖"]),
    (["国家税务总局", "税务稽查"], ["您的个人所得税汇算存在异常，涉嫌偷逃税款", "您的企业涉嫌虚开增值税发票"]),
    (["医保局", "医疗保障局"], ["您的医保卡发生多笔异常结算", "您的医保账户涉嫌骗保已被锁定"]),
    (["社保中心"], ["您的社保卡涉嫌被冒用领取养老金", "您的社保卡在外地被冒用补办"]),
    (["海关总署"], ["您的国际包裹被查出违禁品", "您申报的物品涉嫌走私"]),
    (["市场监督管理局"], ["您名下的营业执照涉嫌违法经营", "您的网店被举报销售假冒伪劣产品"]),
    (["通信管理局"], ["您的号码因涉嫌发送违法信息将被停机", "您的身份证名下有多张电话卡涉诈"]),
    (["出入境管理"], ["您的护照被他人冒用出境", "您的出入境证件存在异常，已被限制出境"]),
]
SMS_CASE = ["", "案件编号：{caseno}，", "案号（{year}）刑初字第{n}号，", "卷宗号{caseno}，"]
SMS_ACT = [
    "请于24小时内登录 {url} 查阅通缉令", "请点击 {url} 查看立案通知书", "请于今日内联系专案组{ph}", "请点击 {url} 查看详情",
    "请立即致电{ph}说明情况", "请登录 {url} 提交申诉", "如非本人请回电{ph}报案",
]
SMS_END = ["，逾期将依法拘捕。", "，否则将冻结您名下账户。", "，勿告知他人。", "，逾期移交司法机关。", "。", "，逾期后果自负。"]

CHAT_LINES = [
    "这是你的逮捕令，你自己看看：{url}", "我是刚才电话里的{sur}警官，这是我的警官证[图片]", "你登录这个网站输入身份证号就能看到你的案件：{url}",
    "保密协议发你了，签字拍照发我", "下载“{sapp}”，以后在这上面联系，其他软件不安全", "去附近宾馆开个房间，开好把房间号发我",
    "转完截图发我，然后把转账记录和短信都删掉", "银行问你就说是买房，千万别说配合公安调查", "你把所有卡的余额截图发我，我们要逐一核查",
    "这是资产冻结令[图片]，不配合明天就执行", "每隔一小时向我报告一次位置，不能离开房间", "不要打110，打过去也是我们接，你打了就是不配合",
    "这是清查账户，户名：国家资金清查中心，账号：{card}", "你的定期也要提前取出来清查，不然前面的钱退不了",
    "下载{app}，会议号{mid}，打开摄像头做笔录",
]
CHAT_OPEN = ["", "听好，", "记住，", "我再强调一遍，", "现在开始，", "好，", "不要再问了，"]

T_OFFICER = ["警官：", "民警：", "检察官：", "办案人员："]
T_PAIRS = [
    ("你名下的卡被用来转了诈骗的赃款。", "我：不可能，我从来没借过卡给别人。", "那你的卡在哪个银行？卡里还有多少钱？"),
    ("你叫什么名字？身份证号报一下。", "我：我叫{name}，身份证……", "好，你的身份证号在我们系统里涉及一起洗钱案。"),
    ("你现在在哪里？周围有人吗？", "我：在公司。", "找一个没人的地方，或者去附近宾馆开个房间，这个案子是机密。"),
    ("你有没有丢过身份证？", "我：好像前几年丢过一次。", "那就对了，你的身份证被犯罪分子捡到开了银行卡。"),
    ("现在要对你做笔录，你下载一个“{app}”。", "我：一定要视频吗？", "这是规定，远程笔录跟到公安局做笔录是一样的。"),
    ("你要签一份保密协议。", "我：为什么要保密？", "嫌疑人还没抓完，你说出去就是妨碍侦查。"),
    ("你们家孩子涉嫌帮信罪被我们控制了。", "我：让我跟孩子说话。", "孩子手机已经扣押了，你先交保证金才能取保。"),
]
T_CLOSE = [
    "我们会把你的钱转到安全账户里保管。", "你现在不要告诉任何人。", "清查结束后资金全额退回。", "配合调查你就是证人，不配合就是嫌疑人。",
    "你可以拨打110核实，不过打过去也是转到我这里。",
]

TW_FIRST = [
    "您好，這裡是中華電信，您的門號在{twcity}有欠費未繳，您說沒有申辦？那是個資被盜用了，我幫您轉接{twcity}刑事警察大隊報案",
    "您好，這裡是健保署，您的健保卡在{twcity}有異常刷卡紀錄，如果不是您本人，請報案，我幫您轉接{twcity}警察局",
    "您好，這裡是戶政事務所，您的身分證在{twcity}被冒用申請新證，需要幫您轉接警察局嗎",
    "喂，您好，這裡是郵局，您有一件包裹被查出提款卡和毒品，已經通報警方，現在幫您轉接刑事警察局",
]
TW_OFFICIAL = [
    "您好，我是{twcity}地檢署的檢察官，您的帳戶被詐騙集團當作人頭帳戶，",
    "您好，我是刑事警察局的偵查佐，您的帳戶已被列為警示帳戶，涉及洗錢案，",
    "這裡是{twcity}地方法院，您涉及一起洗錢防制法案件，已核發羈押令，",
    "我是警政署的，您的身分證被冒用申請人頭帳戶，現在您也是嫌疑人，",
    "您好，這裡是法務部行政執行署，您有罰鍰逾期未繳，即將扣押您的薪水與存款，",
    "您好，我是國稅局的，您的綜合所得稅申報短報，已移送地檢署，",
]
TW_DEMAND = [
    "請您把存款領出來，我們派書記官到府收取", "請到ATM依照指示把錢轉到法院監管帳戶", "請到超商買點數卡保管資金",
    "這是偵查不公開，不能跟家人說", "請加承辦檢察官LINE：{line}", "請把定存解約，匯到監管帳戶",
    "收款的書記官會穿便服過去，出示公文後把現金交給他", "請把網銀帳號密碼提供給我們做資金比對",
]
HK_OPEN = [
    "你好，我係速遞公司職員，你寄去內地嘅包裹入面搵到假護照，", "你好，我係上海市公安局嘅警官，你涉嫌參與一宗洗黑錢案，",
    "你好，呢度係入境事務處，你嘅身份證喺深圳被人冒用，", "喂，我係中國大陸嘅公安，你喺內地嘅銀行戶口牽涉洗黑錢，",
    "你好，我係衛生署職員，你嘅醫療記錄顯示你喺內地有大量購藥記錄，",
    "你好，我係內地檢察院嘅，你已經俾人通緝，拘捕令喺網上面可以查到，",
    "喂，你好，你嘅電話卡喺內地俾人用嚟發詐騙短訊，",
]
HK_DEMAND = [
    "而家幫你轉駁去內地公安", "你要下載視像會議軟件錄口供", "你要將戶口嘅錢轉去指定戶口做審查", "你唔可以話俾屋企人知",
    "用轉數快將錢轉去監管戶口", "你上呢個網站輸入身份證號碼睇你嘅通緝令：{url}", "你要搵間酒店一個人住低配合調查",
    "你要先交保證金先可以擔保你唔使返內地受審",
]

DIS_SIGN = ["【公·安·局】", "【最·高·检】", "【法·院】", "【检·察·院】", "【公 安 部】", "【刑·侦·支·队】"]
DIS_FACT = ["您涉嫌洗·钱", "您的yhk涉案已冻结", "您的sfz被冒用", "您有一份传·票未签收", "通·缉·令已下发", "您涉嫌帮·信·罪"]
DIS_CHAT = [
    "把钱转到安全zhang户，转完截图", "你的sfz被冒用开卡，涉及xq（洗钱）", "下载会·议软件，开视频做笔录",
    "这是jm（机密）案件，不能告诉家人", "你的zc要清查，卡里的钱转到jg账户", "我是gong安局的，你配合调查",
]


# ---------------------------------------------------------------- helpers


CITY_DISTRICTS = [("广州", "白云"), ("广州", "天河"), ("北京", "朝阳"), ("北京", "海淀"), ("上海", "浦东"), ("上海", "徐汇"),
                  ("武汉", "江汉"), ("西安", "雁塔"), ("成都", "锦江"), ("南京", "鼓楼"), ("济南", "历下"), ("杭州", "西湖"),
                  ("哈尔滨", "南岗"), ("重庆", "渝中"), ("深圳", "福田"), ("长沙", "岳麓"), ("郑州", "金水"), ("福州", "鼓楼"),
                  ("昆明", "五华"), ("合肥", "蜀山"), ("沈阳", "和平"), ("厦门", "思明")]
TW_CITIES = ["高雄", "台中", "台南", "桃園", "新北", "台北", "彰化"]


def _fill(rng, s: str) -> str:
    city, district = pick(rng, CITY_DISTRICTS)
    if rng.random() < 0.4:
        city = pick(rng, CITIES)
        s = s.replace("{district}分局", "").replace("{district}派出所", "{city}市公安局城区派出所").replace("{district}区", "{city}市")
    for _ in range(2):
        s = s.format(
            city=city, district=district, courier=pick(rng, COURIERS), no=digits(rng, 4),
            badge=digits(rng, 6), sur=person(rng)[0], name=person(rng), bank=pick(rng, BANKS),
            big=pick(rng, ["两百八十多万", "一千二百万", "五十多万", money(rng, 100000, 3000000, 10000)]),
            app=pick(rng, MEETING_APPS + ["云视讯"]), sapp=pick(rng, SCAM_APPS), mid=" ".join(digits(rng, 3) for _ in range(3)),
            fee=money(rng, 5000, 100000, 1000), url=scam_url(rng, ("ga", "jcy", "fy", "tjl", "aj", "gov", "sf")),
            org=pick(rng, ORGS), doc=pick(rng, DOCS), card2=pick(rng, CARDS2), caseno=digits(rng, 10), year=rng.randint(2023, 2025),
            n=digits(rng, 4), ph=pick(rng, [landline(rng), mobile(rng)]),
            card=pick(rng, ["6222", "6217", "6228"]) + " " + " ".join(digits(rng, 4) for _ in range(3)),
            twcity=pick(rng, TW_CITIES), line=pick(rng, ["jc", "tpc", "law"]) + digits(rng, 4),
        ) if "{" in s else s
    return s


# ---------------------------------------------------------------- templates
def t1(rng):
    who, issues = pick(rng, FIRST_CONTACT)
    text = (pick(rng, ["喂，您好，请问是{name}吗？", "您好，", "喂，你好，", "您好，打扰一下，", "喂？"]) + who + pick(rng, issues) + "。"
            + pick(rng, DENY) + pick(rng, TRANSFER))
    if rng.random() < 0.5:
        text += "……" + pick(rng, ["您好，", "喂，"]) + pick(rng, POLICE_ID) + pick(rng, ["刚才的情况我们已经了解了，", "资料已经转过来了，"]) \
            + pick(rng, DEMAND)
    return _fill(rng, text), "call", []


def t2(rng):
    parts = [pick(rng, ["喂，你好，", "你好，", "喂，是{name}吗？", "你先别紧张，听我说完。", ""]), pick(rng, POLICE_ID),
             pick(rng, CASES), "，", pick(rng, EVIDENCE), "。", pick(rng, DEMAND), pick(rng, SECRECY), pick(rng, THREAT)]
    return _fill(rng, "".join(parts)), "call", []


def t3(rng):
    text = (pick(rng, ["喂，你好，", "您好，", ""]) + pick(rng, PROC_ID) + pick(rng, PROC_FACT) + "，"
            + pick(rng, PROC_OFFER) + "。" + pick(rng, SECRECY) + pick(rng, THREAT))
    return _fill(rng, text), "call", []


def t4(rng):
    text = pick(rng, ROBO) + pick(rng, ROBO_KEY) + pick(rng, ROBO_LIVE)
    return _fill(rng, text), "call", []


def t5(rng):
    signs, facts = pick(rng, SMS_PAIRS)
    text = (sms_sign(rng, signs) + pick(rng, ["", "{name}您好，", "通知："]) + pick(rng, facts) + "，" + pick(rng, SMS_CASE)
            + pick(rng, SMS_ACT) + pick(rng, SMS_END))
    return _fill(rng, text.replace("，，", "，")), "sms", []


def t6(rng):
    lines = rng.sample(CHAT_LINES, rng.randint(1, 2))
    text = pick(rng, CHAT_OPEN) + "。".join(lines) + pick(rng, ["", "。", "，快点", "，听明白了吗"])
    return _fill(rng, text), "chat", []


def t7(rng):
    off = pick(rng, T_OFFICER)
    q, a, r = pick(rng, T_PAIRS)
    text = off + q + " " + a + " " + off + r
    if rng.random() < 0.6:
        text += pick(rng, T_CLOSE)
    if rng.random() < 0.4:
        text = off + pick(rng, PROC_ID if off == "检察官：" else POLICE_ID) + " " + text
    return _fill(rng, text), "call", []


def t8(rng):
    if rng.random() < 0.6:
        if rng.random() < 0.4:
            text = pick(rng, TW_FIRST) + pick(rng, ["，請稍候。", "，不要掛電話。", "。"])
        else:
            text = pick(rng, TW_OFFICIAL) + pick(rng, TW_DEMAND) + pick(rng, ["。", "，不要掛電話。", "，請配合偵辦。"])
        channel = pick(rng, ["call", "call", "chat"])
    else:
        text = pick(rng, HK_OPEN) + pick(rng, HK_DEMAND) + pick(rng, ["。", "，你唔好收線。", "，否則你可能要坐監。"])
        channel = pick(rng, ["call", "call", "chat"])
    return _fill(rng, text), channel, ["traditional"]


def t9(rng):
    kind = rng.randrange(2)
    if kind == 0:
        text = (pick(rng, DIS_SIGN) + pick(rng, DIS_FACT) + "，" + pick(rng, ["请点", "速看", "查询："]) + " "
                + scam_url(rng, ("ga", "jcy", "tjl")) + pick(rng, ["", "，勿告知他人", "，逾期拘·捕"]))
        channel = "sms"
    else:
        text = (pick(rng, DIS_CHAT) + "，" + pick(rng, ["加我", "后面用", "联系"]) + pick(rng, ["企鹅", "扣扣", "V信", "威信"])
                + "：" + disguise_digits(rng, digits(rng, rng.randint(9, 10))) + pick(rng, ["", "，不要声张", "，验证写案件编号"]))
        channel = "chat"
    if rng.random() < 0.3:
        text = separate(rng, text, 0.15)
    return text, channel, ["disguised"]


TEMPLATES = {"t1": (t1, 55), "t2": (t2, 55), "t3": (t3, 45), "t4": (t4, 25), "t5": (t5, 45), "t6": (t6, 50),
             "t7": (t7, 35), "t8": (t8, 42), "t9": (t9, 35)}


def generate(rng):
    return take_templates(rng, TEMPLATES, LABEL, MODULE, tidy=lambda text: re.sub(r"，。|。。", "。", text).replace("，，", "，").replace("。，", "。"),
                          tries_per_row=40)
