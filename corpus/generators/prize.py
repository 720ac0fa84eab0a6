"""Fake prizes: TV-show lucky viewer, anniversary draws, lotteries, scratch cards, game / live-stream prizes.

Templates (ids t1..t10):
  t1  SMS: TV-show 场外幸运观众 with 领奖网址 + 验证码 or a hotline
  t2  SMS: shop / platform anniversary draw, then fee (运费, 保险费, 个税, 手续费)
  t3  SMS: lottery / phone-number draw (福彩, 体彩, carrier, bank card draw)
  t4  SMS: 刮刮卡 found in a parcel
  t5  game or live-stream prize (SMS or chat): login link or deposit / shipping fee
  t6  call: spoken "节目组 / 公证处 / 活动中心" script demanding tax, notarisation or deposit
  t7  chat: follow-up pushes to pay the fee
  t8  traditional (Taiwan / HK)
  t9  disguised: amounts, contacts and links disguised
  t10 post: winners list / draw announcement with QR code or link
"""

from __future__ import annotations

import random
import re
import string

from common import take_templates, GAMES, SHOPS, SHORTENERS, contact, digits, disguise_digits, landline, mobile, money, person, pick, separate

LABEL = "prize"
MODULE = "prize"

SHOWS = ["奔跑吧", "中国好声音", "王牌对王牌", "极限挑战", "星光大道", "非诚勿扰", "快乐大本营", "开门大吉",
         "中国梦想秀", "向往的生活", "最强大脑", "我是歌手", "挑战不可能", "幸运52"]
SHOW_ABBR = {"奔跑吧": "pbb", "中国好声音": "hsy", "王牌对王牌": "wpdwp", "极限挑战": "jxtz", "星光大道": "xgdd",
             "非诚勿扰": "fcwr", "快乐大本营": "kldby", "开门大吉": "kmdj", "中国梦想秀": "mxs", "向往的生活": "xwdsh",
             "最强大脑": "zqdn", "我是歌手": "wsgs", "挑战不可能": "tzbkn", "幸运52": "xy52"}
GOODS = ["苹果笔记本电脑一台", "华为手机一部", "iPhone 15一部", "联想电脑一台", "小米电视一台", "iPad一台", "宝马轿车一辆（可折现）",
         "戴森吹风机一台", "足金手镯一只", "茅台酒一箱", "扫地机器人一台", "按摩椅一台"]
GAME_PRIZES = ["典藏皮肤", "限定皮肤+现金红包", "648元充值返还", "限定坐骑", "神兽一只", "周年庆至尊礼包", "现金奖励"]
STREAMERS = ["小雅", "阿杰", "大胃王小美", "老K", "甜甜", "东北虎哥", "琪琪"]
STREAM_APPS = ["抖音", "快手", "斗鱼", "虎牙", "B站", "视频号", "小红书"]
TLDS = [".top", ".vip", ".cc", ".xyz", ".icu", ".club", ".com", ".wang", ".cn.com"]


def _url(rng: random.Random, brand: str) -> str:
    if rng.random() < 0.15:
        return pick(rng, SHORTENERS) + "/" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6))
    host = brand + pick(rng, ["-", "", "-"]) + pick(rng, ["lj", "zj", "dj", "cj", "gw", "jj", "lq", "win"])
    if rng.random() < 0.3:
        host += digits(rng, 2)
    return pick(rng, ["", "", "www.", "http://"]) + host + pick(rng, TLDS)


FEES = [
    "需先缴纳20%个人所得税", "需支付公证费{fee}", "需缴纳手续费{fee}", "需支付运费及保险费{small}",
    "需缴纳保证金{fee}（领奖后退还）", "需先缴纳税款及公证费", "需支付账户激活费{fee}", "仅需支付邮费{small}",
    "领奖前需缴纳个人所得税{tax}",
]
DEADLINES = ["逾期作废。", "逾期视为自动放弃。", "请于3日内办理。", "过期不候。", "名额有限。", "", "本活动已经公证处公证。",
             "详询活动客服。"]
OPEN_SMS = ["恭喜您！", "尊敬的用户，", "您好，", "喜讯！", "", "温馨提示："]
OPEN_SHOW = ["恭喜您！", "尊敬的观众朋友，", "您好，", "", "节目组温馨提示："]

ANNIV_HOSTS = SHOPS + ["美团", "苏宁易购", "支付宝", "微信", "国美", "本店", "本商城", "中国移动", "中国平安"]
ANNIV_EVENTS = ["{n}周年庆抽奖", "店庆大抽奖", "“感恩回馈”抽奖", "会员日幸运大转盘", "双11免单抽奖", "年度幸运用户评选",
                "“618狂欢节”抽奖", "老客户回馈活动"]
ANNIV_PRIZES = ["一等奖：{goods}", "二等奖现金{big}", "幸运奖{mid}", "特等奖：{goods}", "免单返现{mid}", "锦鲤大奖（现金{big}）"]
ANNIV_HOOKS = ["请登录 {surl} 填写收货地址", "请联系客服{ct}领取", "请添加店长微信{wx}领取", "请致电{ph}办理领奖手续",
               "请点击 {surl} 完善银行卡信息", "回复1确认领取"]

LOTTERY_SRCS = ["中国福利彩票", "中国体育彩票", "福彩电话投注", "全国手机号码大抽奖", "通信运营商联合抽奖", "银联62节抽奖",
                "信用卡积分抽奖", "爱心公益抽奖", "“快乐8”电话投注"]
LOTTERY_WINS = ["您的手机号码被抽中二等奖，奖金{big}", "您中得三等奖，奖金{mid}", "您的号码与开奖号码一致，中得{big}",
                "您获得幸运奖现金{mid}", "您的银行卡被抽为一等奖，奖金{big}", "您的号码幸运中奖，奖金{big}"]
LOTTERY_HOOKS = ["请于3日内登录 {lurl} 兑奖", "兑奖请致电{ph}", "请联系兑奖专员{ph}", "请回复您的银行卡号及有效期确认",
                 "请登录 {lurl} 输入卡号领奖"]
LOTTERY_FEES = ["兑奖需先缴纳20%个人所得税", "需支付公证费{fee}", "需缴纳手续费{fee}", "需先缴纳税款及公证费",
                "需支付账户激活费{fee}", "领奖前需缴纳个人所得税{tax}", "需缴纳大额转账保证金{fee}"]

SCRATCH_LEADS = ["您包裹中附赠的刮刮卡为{level}", "您购物随包裹附送的“幸运刮刮卡”已中{level}", "您收到的店铺刮刮卡刮中{level}",
                 "您快递里的周年庆刮刮卡中了{level}"]
SCRATCH_LEVELS = ["特等奖", "一等奖", "二等奖", "三等奖"]
SCRATCH_PRIZES = ["现金{big}", "{goods}", "轿车一辆，可折现{big}", "价值{mid}的家电套装"]
SCRATCH_HOOKS = ["请拨打卡片背面的客服热线{ph}核对中奖编码", "请登录官网 {url} 输入卡号及密码查询", "请添加客服微信{wx}发送刮刮卡照片",
                 "请刮开密码区后登录 {url} 领奖", "请致电{ph}并提供卡号"]

CALL_OPEN = ["喂，您好，请问是机主本人吗？", "您好，请问是{name}吗？", "喂您好，恭喜您！", "您好，打扰了，", "喂，听得到吗？您好，"]
CALL_WHO = ["我这里是《{show}》节目组，", "我是{shop}周年庆活动组的工作人员，", "这里是公证处，我姓{sur}，",
            "我是节目组的财务，", "这边是{app}直播平台客服，", "这里是福利彩票兑奖中心，", "我是节目组的法律顾问，"]
_CASH_FEES = ["按照国家规定，领奖前要先交百分之二十的个人所得税，", "现在需要您先做中奖公证，公证费两千元我们可以代办，",
              "需要先交一个保证金，证明您是真实用户，", "您一直没来领奖已经违约了，需要支付违约金，不然会起诉您，",
              "打款时系统显示您的银行卡需要激活，激活费三千元，"]
_GOODS_FEES = ["寄过去需要您承担运费和保价费，", "需要先交一个保证金，防止有人领了就转卖，", "送货上门要交安装费和保险费，",
               "发货前需要先交百分之十的手续费，"]
CALL_WIN = [("您的号码在场外观众抽奖中被抽中二等奖，奖金{bigsay}。", _CASH_FEES),
            ("您是我们这次抽奖的一等奖得主，奖品是{goods}。", _GOODS_FEES),
            ("您的中奖信息已经公证过了，奖金{bigsay}。", _CASH_FEES),
            ("您前两天参加的直播间抽奖，被抽中了{goods}。", _GOODS_FEES),
            ("您在我们店庆活动里中了特等奖，现金{bigsay}。", _CASH_FEES)]
CALL_PAY = ["您把钱转到我们指定的账户，奖金两个小时内到账。", "您加一下财务的微信，他发收款码给您。", "您是用微信还是支付宝付款？",
            "您现在登录官网，我一步一步教您。", "您报一下您的银行卡号和卡背后三位数，我们这边登记。", "税款不能从奖金里扣，必须分开结算。"]
CALL_PRESS = ["", "今天是最后一天，过了就作废了。", "您别挂电话，这个不是诈骗，官网可以查。", "这个要保密，别跟家里人说，不然名额被取消。",
              "您放心，这笔钱最后都会退给您。"]

CHAT_OPENERS = ["亲，", "亲亲~", "宝，", "恭喜恭喜🎉", "您好，", "姐，", "哥，", "老铁，", "哈喽，", ""]
CHAT_FACTS = ["你是我们直播间今天的幸运粉丝", "本店周年庆抽奖你中了二等奖", "你的刮刮卡是一等奖呢", "你中奖的奖金已经公证了",
              "你抽中的{goods}已经准备好了", "你是本期的锦鲤🐟", "你的奖金已经冻结在账户里了", "节目组那边说你的奖金批下来了"]
CHAT_ASKS = ["领奖要先交{fee}的税费哦", "付个邮费{small}就给你发", "加一下助理{ct}领", "点这里领奖👉 {url}", "交{fee}保证金，收到货退你",
             "把身份证和银行卡照片发我核实下", "公证费{fee}交了马上到账", "今天不交就作废了哦😢", "需要充值{small}激活提现通道",
             "税费不能从奖金里扣，要另外交哦"]
CHAT_GAME = ["你在{game}周年庆抽中了{gprize}", "你的{game}账号被抽为幸运玩家", "官方活动你中了{gprize}"]
CHAT_GAME_ASKS = ["把账号密码发我，我帮你上号领", "扫码登录一下领奖页面[二维码]", "用QQ登录这个领 {gurl}", "先充值{small}激活就能领"]
CHAT_TAILS = ["", "😊", "哈", "～", "放心吧", "👍", "是真的哦", "别错过了"]

TW_SIDES = [
    (["台灣彩券", "蝦皮週年慶活動小組", "momo購物週年慶", "全家便利商店", "7-11集點活動", "中華電信用戶回饋", "LINE官方", "全聯週年慶"],
     ["恭喜您抽中頭獎，獎金新台幣{tw}元", "恭喜您獲得iPhone 15一支", "恭喜您成為年度幸運用戶，獲得現金{tw}元", "恭喜您中了貳獎，獎金{tw}元"],
     ["領獎前須先繳納稅金", "須支付運費及手續費新台幣{twfee}元", "須先到超商ATM轉帳繳交保證金", "須提供信用卡卡號以便寄出獎品"],
     ["請加LINE ID：{line} 辦理領獎", "請登入 {twurl} 領取", "請至 {twurl} 填寫銀行帳戶資料", "可使用街口支付付款"]),
    (["TVB節目組", "香港賽馬會", "百佳超市", "八達通週年慶"],
     ["恭喜閣下於幸運抽獎中獲得港幣{hk}元", "恭喜閣下被抽選為幸運觀眾，獎金港幣{hk}元", "恭喜閣下贏得iPhone 15一部"],
     ["領獎前須先繳付手續費", "請先以轉數快繳付稅款", "須提供信用卡資料以便寄出獎品"],
     ["請WhatsApp {hkph} 聯絡專員", "請登入 {twurl} 領取", "請致電{hkph}"]),
]

POST_HEADS = ["【官方抽奖】", "🎁周年庆 感恩回馈🎁", "【中奖名单公布】", "🎉宠粉福利🎉", "紧急扩散！！", "【活动说明】", "玩家福利："]
POST_BODIES = ["《{show}》场外幸运观众名单已公布，一等奖现金{big}", "凡在{shop}消费过的顾客均可参与抽奖，100%中奖",
               "{app}直播间抽奖结果出来了，中奖粉丝请私信助理", "《{game}》周年庆，前1000名登录可领限定皮肤+现金",
               "转发本条并关注即可参与抽奖，奖品有iPhone和现金红包", "以下手机尾号用户中奖：{tails}",
               "快递刮刮卡中奖查询通道开放，一等奖轿车一辆"]
POST_HOOKS = ["查询入口：{url}", "扫描下方二维码参与👇[二维码]", "中奖者需缴纳个人所得税及公证费后领取", "中奖者需自付运费和保价费",
              "请登录 {url} 用账号密码领取", "请添加助理{ct}领奖"]


# ---------------------------------------------------------------- helpers


_SAY = ["十八万", "九万八千", "十二万八", "六万八千", "十五万八", "二十八万", "八万八千八百八十八"]


def _fill(rng, s: str) -> str:
    return s.format(
        big=money(rng, 30000, 280000, 1000), mid=money(rng, 6000, 30000, 100), small=money(rng, 19, 399),
        fee=money(rng, 200, 2000, 50), tax=money(rng, 800, 4800, 100), goods=pick(rng, GOODS), gprize=pick(rng, GAME_PRIZES),
        url=_url(rng, pick(rng, ["ggk", "cj", "dy", "ks", "zb", "lj", "zj", "hd"])),
        ct=contact(rng, False), wx=pick(rng, ["kf", "zl", "dz", "ggk", "lj"]) + pick(rng, ["_", "-", ""]) + digits(rng, 3),
        ph=pick(rng, [landline(rng), mobile(rng)]), name=person(rng), sur=person(rng)[0], show=pick(rng, SHOWS),
        shop=pick(rng, SHOPS), app=pick(rng, STREAM_APPS), game=pick(rng, GAMES), bigsay=pick(rng, _SAY),
        n=pick(rng, ["三", "五", "八", "十", "20", "15"]), tails="、".join(digits(rng, 4) for _ in range(rng.randint(3, 5))),
        tw=pick(rng, ["五十萬", "十五萬", "三十萬", "88,888", "100,000"]), hk=pick(rng, ["八萬", "十二萬", "三萬", "50,000"]),
        twfee=pick(rng, ["500", "1,200", "199", "3,000"]), line=pick(rng, ["win", "gift", "lucky"]) + digits(rng, 3),
        hkph="852-" + pick(rng, ["5", "6", "9"]) + digits(rng, 3) + "-" + digits(rng, 4),
        lurl=_url(rng, pick(rng, ["fc", "tc", "cp", "dj", "fucai", "ticai"])),
        surl=_url(rng, pick(rng, ["tb", "jd", "pdd", "znq", "dq", "hd", "sn", "mt"])),
        twurl=_url(rng, pick(rng, ["tw", "hk", "lucky", "gift", "win"])), gurl=_url(rng, pick(rng, ["wzry", "hpjy", "ys", "lol", "yx"])),
    )


# ---------------------------------------------------------------- templates
def t1(rng):
    show = pick(rng, SHOWS)
    url = _url(rng, SHOW_ABBR[show])
    code = digits(rng, 4)
    sign = pick(rng, ["【" + show + "】", "【" + show + "节目组】", "", "【CCTV】" if rng.random() < 0.3 else ""])
    text = (sign + pick(rng, OPEN_SHOW) + pick(rng, ["您的手机号码已被", "您已被", "经电脑随机抽取，您被"]) + "《" + show + "》"
            + pick(rng, ["节目组抽选为场外幸运观众", "第十季场外观众抽奖选中", "栏目组选为本期幸运观众"]) + "，"
            + pick(rng, ["获得二等奖现金{big}及{goods}", "奖金{big}", "获得特别奖{big}", "奖品为{goods}及现金{mid}"]) + "，"
            + pick(rng, [f"请登录 {url} 领取，验证码：{code}", f"领奖网址 {url}，个人验证码{code}", "领奖请致电节目组：{ph}",
                         f"请登录 {url} 查看领奖流程"]) + "。"
            + pick(rng, ["", "领奖需先缴纳公证费。", "逾期作废。", "如有疑问请拨打节目组客服{ph}。", "领奖编号HS" + digits(rng, 4) + "。"]))
    return _fill(rng, text), "sms", []


def t2(rng):
    host = pick(rng, ANNIV_HOSTS)
    sign = "" if host.startswith("本") else "【" + host + "】"
    text = (sign + pick(rng, OPEN_SMS) + pick(rng, ["您在", "您的账号在", "感谢支持，您在"]) + host + pick(rng, ANNIV_EVENTS)
            + "中" + pick(rng, ["获得", "被抽中", "荣获"]) + pick(rng, ANNIV_PRIZES) + "，" + pick(rng, ANNIV_HOOKS) + "，"
            + pick(rng, FEES) + "。" + pick(rng, DEADLINES))
    return _fill(rng, text), "sms", []


def t3(rng):
    src = pick(rng, LOTTERY_SRCS)
    text = (pick(rng, ["【" + src + "】", "", "【中奖通知】"]) + pick(rng, OPEN_SMS) + pick(rng, ["在" + src + "中，", "经" + src + "抽取，", ""])
            + pick(rng, LOTTERY_WINS) + "，" + pick(rng, LOTTERY_HOOKS) + "，" + pick(rng, LOTTERY_FEES) + "。" + pick(rng, DEADLINES))
    return _fill(rng, text), "sms", []


def t4(rng):
    text = (pick(rng, ["", "【中奖通知】", "尊敬的顾客，", "您好，"]) + pick(rng, SCRATCH_LEADS).format(level=pick(rng, SCRATCH_LEVELS))
            + "，奖品为" + pick(rng, SCRATCH_PRIZES) + "，" + pick(rng, SCRATCH_HOOKS) + "。"
            + pick(rng, ["", "领奖需缴纳个人所得税。", "核实后需缴纳公证费即可发放。", "逾期视为放弃。"]))
    return _fill(rng, text), pick(rng, ["sms", "sms", "chat"]), []


def t5(rng):
    if rng.random() < 0.5:
        game = pick(rng, GAMES)
        text = ("【" + game + "】" + pick(rng, ["恭喜您在", "亲爱的玩家，您在", "尊敬的玩家，您在"]) + game
                + pick(rng, ["周年庆抽奖中获得", "狂欢节中被抽为幸运玩家，获得", "竞猜活动中获得"]) + "{gprize}，"
                + pick(rng, ["请登录 {gurl} 使用游戏账号密码领取", "请用QQ账号登录 {gurl} 领取", "需先充值{small}激活领取",
                             "请添加官方客服{ct}领取"]) + "。" + pick(rng, ["24小时内有效。", "", "仅限前1000名。"]))
    else:
        app = pick(rng, STREAM_APPS)
        star = pick(rng, STREAMERS)
        text = (pick(rng, ["【" + app + "直播】", "", "【" + app + "】"])
                + pick(rng, ["恭喜您成为主播“" + star + "”的幸运粉丝，获得", "您在主播“" + star + "”的直播间宠粉抽奖中获得",
                             "老铁，你在“" + star + "”直播间抽中了", "恭喜您在" + app + "直播间福袋中抽中"]) + "{goods}，"
                + pick(rng, ["请添加助理{ct}领取", "请私信助理领取", "请点击 {url} 填写地址"]) + "，"
                + pick(rng, ["需支付运费及保险费{small}", "需缴纳保证金{fee}（收货后退还）", "仅需支付邮费{small}", "需先支付手续费{fee}"]) + "。")
    return _fill(rng, text), pick(rng, ["sms", "chat"]), []


def t6(rng):
    win, fees = pick(rng, CALL_WIN)
    parts = [pick(rng, CALL_OPEN), pick(rng, CALL_WHO), win, pick(rng, fees), pick(rng, CALL_PAY), pick(rng, CALL_PRESS)]
    if rng.random() < 0.35:
        text = ("客服：" + "".join(parts[:3]) + " " + pick(rng, ["我：真的吗？怎么领？", "我：我没参加过啊。", "我：要交钱吗？", "我：能从奖金里扣吗？"])
                + " 客服：" + "".join(parts[3:]))
    else:
        text = "".join(parts)
    return _fill(rng, text), "call", []


def t7(rng):
    facts, asks = (CHAT_GAME, CHAT_GAME_ASKS) if rng.random() < 0.25 else (CHAT_FACTS, CHAT_ASKS)
    text = (pick(rng, CHAT_OPENERS) + pick(rng, facts) + pick(rng, ["，", "！", " ", "～"]) + pick(rng, asks)
            + pick(rng, [pick(rng, ["，", " ", "～"]) + pick(rng, CHAT_TAILS[1:]), ""]))
    return _fill(rng, text), "chat", []


def t8(rng):
    whos, wins, fees, hooks = pick(rng, TW_SIDES)
    who = pick(rng, whos)
    text = (pick(rng, ["【" + who + "】", "您好，這裡是" + who + "，", "喂，您好，我這邊是" + who + "，"]) + pick(rng, wins) + "，"
            + pick(rng, fees) + "，" + pick(rng, hooks) + pick(rng, ["。", "，謝謝。", "喔！", "，逾期視同放棄。"]))
    channel = "sms" if text.startswith("【") else pick(rng, ["call", "chat"])
    return _fill(rng, text), channel, ["traditional"]


def t9(rng):
    kind = rng.randrange(3)
    if kind == 0:
        amount = disguise_digits(rng, str(rng.randrange(10000, 200000, 1000)))
        text = (pick(rng, ["【" + pick(rng, SHOWS) + "】", "【中奖通知】", "【" + pick(rng, SHOPS) + "】"])
                + separate(rng, pick(rng, ["恭喜您中奖，奖金", "您被抽为幸运观众，奖金", "恭喜获得现金大奖"]), 0.4) + amount + "元，"
                + contact(rng, True) + pick(rng, [" 领取", "，过期作废", ""]))
        channel = "sms"
    elif kind == 1:
        text = (pick(rng, ["亲，", "宝，", "恭喜🎉"]) + pick(rng, ["中jiang了", "你的奖pin到了", "领jiang"])
                + pick(rng, ["要先交shui费哦", "需要先交手xu费", "付个you费就发", "交bao证金就行"]) + pick(rng, ["，", " "]) + contact(rng, True))
        channel = "chat"
    else:
        url = _url(rng, pick(rng, list(SHOW_ABBR.values())))
        spelt = pick(rng, [" ".join(url), url.replace(".", "（点）"), "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in url)])
        text = (pick(rng, ["【" + pick(rng, SHOWS) + "】", "【幸运观众】"]) + separate(rng, "场外幸运观众领奖，请登录", 0.4) + " " + spelt
                + "，验证码" + disguise_digits(rng, digits(rng, 4)))
        channel = "sms"
    return text, channel, ["disguised"]


def t10(rng):
    text = pick(rng, POST_HEADS) + pick(rng, POST_BODIES) + "！" + pick(rng, POST_HOOKS) + pick(rng, ["。", "！", "，仅限今日！", "～"])
    return _fill(rng, text), "post", []


TEMPLATES = {"t1": (t1, 45), "t2": (t2, 50), "t3": (t3, 40), "t4": (t4, 35), "t5": (t5, 40), "t6": (t6, 45),
             "t7": (t7, 40), "t8": (t8, 25), "t9": (t9, 35), "t10": (t10, 20)}


def generate(rng):
    return take_templates(rng, TEMPLATES, LABEL, MODULE, tidy=lambda text: re.sub(r"，。|。。|，，", lambda m: m.group(0)[-1], text),
                          tries_per_row=60)
