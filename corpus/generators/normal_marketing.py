"""Normal commercial SMS: the legitimate marketing that fills real inboxes.

E-commerce sales, malls, restaurants, education, property, cars, bank wealth and card
promotions, insurance, carrier campaigns, beauty and retail memberships, travel,
local services, coupon-expiry reminders (some with unfilled placeholders), app
win-back messages, and Taiwan / Hong Kong marketing. They carry 【签名】, official-looking
short links, amounts and dates, and 回T退订 / 拒收请回复R tails, because the classifier
must learn that this is normal.

Each template composes independent slots (opening, event, offer, time window, call to
action, closing tail) with several sentence orders; ``diverse_take`` from
``normal_notices`` keeps only rows that are not near-copies of rows already kept.
"""

from __future__ import annotations

import string

from common import length_tags, CITIES, pick, record
from normal_notices import take_diverse, odd_digits

LABEL = "normal"
MODULE = "normal_marketing"


def finish(text: str, template: str, tags=(), channel: str = "sms", rng=None) -> dict:
    tags = list(tags)
    if rng is not None:
        text = maybe_odd(rng, text, tags, 0.1)
    return record(text, LABEL, channel, f"gen:{MODULE}:{template}", length_tags(text, tags))


def md(rng) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return pick(rng, [f"{m}月{d}日", f"{m}.{d}", f"{m}/{d}", f"{m:02d}.{d:02d}"])


def span(rng) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 20)
    e = d + rng.randint(1, 8)
    return pick(rng, [f"{m}.{d}-{m}.{e}", f"{m}月{d}日-{m}月{e}日", f"{m}/{d}~{m}/{e}", f"{m}月{d}日至{e}日"])


WHEN = [
    "仅限今日", "本周末", "限时3天", "今晚20点开抢", "活动至月底", "仅剩最后24小时", "本周五至周日",
    "限时48小时", "每周三会员日", "周末两天", "先到先得", "数量有限送完即止", "即日起至年底", "今晚24点截止",
]

UNSUB = ["回T退订", "拒收请回复R", "退订回T", "回TD退订", "退订回TD", "回N退订", "退订请回复TD", "拒收回R",
         "回复T退订", "退订回复0000", "回T退"]


def tail(rng) -> str:
    return pick(rng, UNSUB) if rng.random() < 0.85 else ""


def link(rng, hosts) -> str:
    path = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(3, 7)))
    host = pick(rng, hosts)
    sep = "" if host.endswith((".", "/")) else "/"
    return f"{host}{sep}{path}"


def money(rng, lo, hi, step=1) -> int:
    return rng.randrange(lo, hi + 1, step)


def maybe_odd(rng, text: str, tags: list, rate: float = 0.15) -> str:
    if rng.random() < rate:
        tags.append("disguised")
        return odd_digits(rng, text)
    return text


def emoji(rng, p: float = 0.3) -> str:
    return pick(rng, ["🎉", "🔥", "🎁", "💥", "⏰", "✨", "🧧", "📣", "❤️", "🛒", "👉", "🌟"]) if rng.random() < p else ""


# ---------------------------------------------------------------- m1 e-commerce

EC_SIGNS = {
    "京东": ["u.jd.com", "3.cn"], "淘宝": ["m.tb.cn/h.", "e.tb.cn/h."], "天猫": ["m.tb.cn/h.", "e.tb.cn/h."],
    "拼多多": ["p.pinduoduo.com"], "唯品会": ["t.vip.com"], "苏宁易购": ["m.suning.com"],
    "抖音商城": ["v.douyin.com"], "快手小店": ["v.kuaishou.com"], "得物": ["dewu.com/t"], "小红书": ["xhslink.com"],
    "京东超市": ["3.cn"], "天猫超市": ["m.tb.cn/h."], "当当": ["dangdang.com/t"], "网易严选": ["you.163.com/t"],
}
EC_EVENT = ["双11", "双12", "年货节", "618", "开学季", "换季清仓", "38女神节", "国庆黄金周", "品牌日", "超级秒杀日",
            "周年庆", "年终盛典", "春上新", "夏日狂欢", "中秋囤货节"]
EC_GOODS = ["家电", "手机数码", "羽绒服", "美妆个护", "米面粮油", "母婴用品", "运动鞋服", "零食坚果", "洗护日用",
            "厨房小电", "图书文具", "宠物用品", "家纺床品", "生鲜水果", "大牌腕表", "电脑办公"]
EC_OFFER = [
    "满{a}减{b}", "至高直降{c}元", "低至{n}折", "跨店每满{a}减{b}", "第二件半价", "买一送一", "百亿补贴价直降{c}元",
    "叠券再省{b}元", "以旧换新补贴{c}元", "前{k}名半价", "新人专享{b}元券包", "限量{k}件{c}元秒杀",
]
EC_OPEN = ["", "亲，", "亲爱的用户，", "好消息！", "叮咚～", "尊敬的会员，", "你好呀，", "重磅｜", "提醒：", "Hi，"]
EC_CTA = ["戳 {l}", "点击 {l} 立即抢", "去看看 {l}", "打开App搜索“{e}”", "速抢 {l}", "详情 {l}", "领券 {l}",
          "App首页进入会场", "抢购入口：{l}", "立即查看 {l}"]


def ec_offer(rng) -> str:
    a = money(rng, 99, 3000, 50)
    return pick(rng, EC_OFFER).format(a=a, b=max(10, a // money(rng, 5, 12)), c=money(rng, 20, 2000, 10),
                                      n=pick(rng, ["1", "2", "3", "5", "5.9", "7"]), k=money(rng, 50, 1000, 50))


EC_GOODS_BY_SIGN = {
    "得物": ["球鞋", "潮流卫衣", "冲锋衣", "潮玩手办"], "当当": ["图书", "童书绘本", "教辅", "文具"],
    "网易严选": ["羊毛被", "四件套", "家居拖鞋", "保温杯"], "京东超市": ["米面粮油", "纸巾洗衣液", "牛奶饮品", "零食坚果"],
    "天猫超市": ["纸巾洗衣液", "米面粮油", "洗护日用", "宠物粮"], "小红书": ["美妆个护", "穿搭好物", "香薰蜡烛", "家居好物"],
}


def m1_ecommerce(rng):
    sign = pick(rng, list(EC_SIGNS))
    ev, goods = pick(rng, EC_EVENT), pick(rng, EC_GOODS_BY_SIGN.get(sign, EC_GOODS))
    cta = pick(rng, EC_CTA).format(l=link(rng, EC_SIGNS[sign]), e=ev)
    s = rng.randrange(5)
    if s == 0:
        text = f"【{sign}】{emoji(rng)}{ev}{pick(rng, ['来了', '开抢', '火热进行中', '最后一天'])}！{goods}{ec_offer(rng)}，{pick(rng, WHEN)}，{cta} {tail(rng)}"
    elif s == 1:
        text = f"【{sign}】{pick(rng, EC_OPEN)}你{pick(rng, ['购物车里', '收藏夹里', '关注'])}的{rng.randint(1, 6)}件{goods}{pick(rng, ['降价啦', '有新优惠', '库存紧张'])}，{ec_offer(rng)}，{pick(rng, WHEN)}。{cta} {tail(rng)}"
    elif s == 2:
        b = money(rng, 5, 200, 5)
        coupon = f"{b}元{goods}{pick(rng, ['券', '品类券', '红包'])}"
        got = pick(rng, [f"你有一张{coupon}即将过期", f"已为你发放{coupon}", f"{coupon}已到账", f"你的{coupon}待使用", f"送你一张{coupon}"])
        text = f"【{sign}】{pick(rng, EC_OPEN)}{got}，满{b * money(rng, 3, 10)}可用，{pick(rng, ['今天23:59失效', '3天后过期', md(rng) + '到期'])}，{cta} {tail(rng)}"
    elif s == 3:
        text = f"【{sign}】{emoji(rng, 0.5)}{ev}预告｜{md(rng)}{pick(rng, ['晚8点', '0点', '上午10点'])}{pick(rng, ['正式开抢', '开启', '准时开售'])}：{goods}{ec_offer(rng)}，{pick(rng, ['记得定好闹钟', '提前加购更省心', '会员提前1小时购'])}。{tail(rng)}"
    else:
        text = f"【{sign}】{pick(rng, EC_OPEN)}{pick(rng, ['你关注的店铺', '你常买的店铺', '你逛过的品牌'])}{pick(rng, ['上新了', '开播了', '开启会员日'])}，{goods}{ec_offer(rng)}，{pick(rng, ['直播间专享', '仅限粉丝', '店铺会员专享'])}。{cta} {tail(rng)}"
    tags: list = []
    text = maybe_odd(rng, text.strip(), tags)
    return finish(text, "m1", tags)


# ---------------------------------------------------------------- m2 malls and supermarkets

MALLS = ["万达广场", "银泰百货", "大悦城", "万象城", "龙湖天街", "印象城", "凯德广场", "吾悦广场", "来福士",
         "太古汇", "爱琴海购物公园", "永辉超市", "沃尔玛", "华润万家", "大润发", "家乐福", "物美", "盒马鲜生", "山姆会员商店"]
SUPERMARKETS = {"永辉超市", "沃尔玛", "华润万家", "大润发", "家乐福", "物美", "盒马鲜生", "山姆会员商店"}
MALL_EVENT = ["周年庆", "会员日", "店庆", "圣诞季", "跨年夜", "女神节", "五一嘉年华", "国庆购物节", "冬季特卖", "开业"]
MALL_OFFER = ["全场满{a}减{b}", "会员积分{k}倍", "消费满{a}元赠{b}元礼券", "餐饮品牌低至{n}折", "免费停车{h}小时",
              "指定品牌{n}折起", "满{a}元抽奖一次", "生鲜特价{c}元起", "进店即送{gift}"]
MALL_GIFT = ["帆布袋", "精美台历", "保温杯", "定制红包", "鲜花一支", "冰淇淋一份", "儿童气球", "新年挂历"]
MALL_EXTRA = ["另有亲子活动", "晚8点有灯光秀", "现场乐队演出", "会员可享专属礼遇", "凭小票参与抽奖", ""]


def mall_offer(rng) -> str:
    a = money(rng, 100, 2000, 100)
    return pick(rng, MALL_OFFER).format(a=a, b=a // pick(rng, [4, 5, 10]), k=pick(rng, [2, 3, 5]),
                                        n=pick(rng, ["5", "6", "7", "8", "8.8"]), h=pick(rng, [2, 3, 4]),
                                        c=pick(rng, ["0.99", "1.99", "2.98", "5.9"]), gift=pick(rng, MALL_GIFT))


def m2_mall(rng):
    sign, ev = pick(rng, MALLS), pick(rng, MALL_EVENT)
    s = rng.randrange(4)
    if s == 0:
        text = f"【{sign}】{ev}{pick(rng, ['盛典', '狂欢', '开启', '来啦'])}｜{span(rng)}{mall_offer(rng)}，{mall_offer(rng)}，{pick(rng, MALL_EXTRA) or '欢迎光临'}！{tail(rng)}"
    elif s == 1:
        text = f"【{sign}】{pick(rng, ['亲爱的会员，', '尊敬的顾客，', '街坊们好！', ''])}{pick(rng, WHEN)}{mall_offer(rng)}，{pick(rng, ['欢迎到店选购', '详询服务台', '会员小程序可预约', '附近门店同步'])}。{tail(rng)}"
    elif s == 2 and sign in SUPERMARKETS:
        item = pick(rng, ["鸡蛋", "五花肉", "大米", "纯牛奶", "苹果", "食用油", "卷纸", "洗衣液", "车厘子", "三文鱼"])
        text = f"【{sign}】本周特价：{item}{rng.randint(1, 39)}.{pick(rng, ['9', '99', '98', '8', '5'])}元/{pick(rng, ['斤', '盒', '箱', '袋', '瓶'])}，{pick(rng, ['限会员购买', '每人限购2份', '售完即止'])}；{mall_offer(rng)}。{tail(rng)}"
    else:
        text = f"【{sign}】{emoji(rng, 0.6)}{ev}倒计时{rng.randint(1, 5)}天！{mall_offer(rng)}，{pick(rng, MALL_EXTRA) or '不见不散'}～{pick(rng, ['详见会员小程序', '地址：' + pick(rng, CITIES) + '店', ''])} {tail(rng)}"
    tags: list = []
    text = maybe_odd(rng, text.strip(), tags)
    return finish(text, "m2", tags)


# ---------------------------------------------------------------- m3 restaurants and drinks

FOOD_SIGNS = {
    "肯德基": "KFC App", "麦当劳": "麦当劳App", "必胜客": "必胜客App", "汉堡王": "小程序", "德克士": "小程序",
    "海底捞": "海底捞App", "西贝莜面村": "门店", "瑞幸咖啡": "luckin App", "星巴克": "星巴克App", "喜茶": "喜茶GO",
    "奈雪的茶": "小程序", "蜜雪冰城": "小程序", "茶百道": "小程序", "太二酸菜鱼": "门店", "呷哺呷哺": "门店",
    "外婆家": "门店", "绿茶餐厅": "门店", "塔斯汀": "小程序", "库迪咖啡": "App", "老乡鸡": "小程序",
    "美团外卖": "美团App", "饿了么": "饿了么App",
}
DISHES = ["招牌套餐", "新品汉堡", "生椰拿铁", "双人火锅套餐", "烤全翅", "酸菜鱼", "冬季暖饮", "杨枝甘露",
          "早餐套餐", "下午茶套餐", "全家桶", "牛肉面", "工作日午市套餐", "比萨", "奶茶", "招牌烤鸭"]
FOOD_OFFER = ["第二份半价", "{c}元尝鲜", "立减{b}元", "买一送一", "满{a}减{b}", "会员{n}折", "{c}元起",
              "加{s}元升级大份", "赠送{gift}"]
FOOD_GIFT = ["小食一份", "饮品一杯", "甜品一份", "生日长寿面", "冰淇淋", "烤肠一根"]


def food_offer(rng) -> str:
    a = money(rng, 30, 300, 10)
    return pick(rng, FOOD_OFFER).format(a=a, b=max(3, a // pick(rng, [3, 5, 6])), c=pick(rng, ["9.9", "12.9", "19.9", "29.9", "39.9", "6.6"]),
                                        n=pick(rng, ["8", "8.5", "8.8", "9"]), s=pick(rng, [1, 2, 3]), gift=pick(rng, FOOD_GIFT))


DISH_BY_KIND = {
    "fast": ["新品汉堡", "全家桶", "烤全翅", "早餐套餐", "脆皮鸡腿堡", "薯条可乐套餐", "比萨", "鸡块"],
    "drink": ["生椰拿铁", "冬季暖饮", "杨枝甘露", "奶茶", "美式咖啡", "水果茶", "热可可", "柠檬水"],
    "meal": ["双人火锅套餐", "酸菜鱼", "工作日午市套餐", "招牌烤鸭", "羊肉串", "牛肉面", "家常小炒", "招牌套餐"],
    "platform": ["下午茶套餐", "热汤面", "麻辣烫", "炸鸡", "轻食沙拉", "夜宵烧烤", "奶茶", "早餐"],
}
FOOD_KIND = {"肯德基": "fast", "麦当劳": "fast", "必胜客": "fast", "汉堡王": "fast", "德克士": "fast", "塔斯汀": "fast",
             "瑞幸咖啡": "drink", "星巴克": "drink", "喜茶": "drink", "奈雪的茶": "drink", "蜜雪冰城": "drink",
             "茶百道": "drink", "库迪咖啡": "drink", "美团外卖": "platform", "饿了么": "platform"}


def m3_food(rng):
    sign = pick(rng, list(FOOD_SIGNS))
    where = FOOD_SIGNS[sign]
    dish = pick(rng, DISH_BY_KIND[FOOD_KIND.get(sign, "meal")])
    s = rng.randrange(5)
    if s == 0:
        text = f"【{sign}】{emoji(rng, 0.4)}{pick(rng, ['新品上市', '限时特惠', '会员日', '周末福利', '疯狂星期四'])}！{dish}{food_offer(rng)}，{pick(rng, WHEN)}，{where}下单{pick(rng, ['更方便', '即享', '立享'])}。{tail(rng)}"
    elif s == 1:
        b = money(rng, 3, 50)
        text = f"【{sign}】你有一张{b}元{pick(rng, ['代金券', '优惠券', '无门槛券', '红包'])}{pick(rng, ['即将过期', '已到账'])}（{pick(rng, ['有效期至' + md(rng), '3天内有效', '今天23:59过期'])}），{pick(rng, ['满' + str(b * 4) + '元可用', '全场通用', '外卖堂食均可用'])}，{pick(rng, ['期待你的光临', '快来用掉吧', '打开' + where + '即可使用'])}！{tail(rng)}"
    elif s == 2:
        text = f"【{sign}】{pick(rng, ['老顾客回馈', '生日月礼遇', '会员专享', '新店开业'])}：{pick(rng, ['凭此短信到店', '到店出示会员码', '在' + where + '点单'])}{food_offer(rng)}，{pick(rng, ['酒水除外', '每人限享一次', '不与其他优惠同享', '堂食外带均可'])}，{md(rng)}前有效。{tail(rng)}"
    elif s == 3:
        text = f"【{sign}】{pick(rng, ['天冷了', '下午三点', '加班辛苦了', '周末好', '下雨天'])}，来份{dish}吧～{food_offer(rng)}，{pick(rng, ['附近门店见', '外卖30分钟送达', '手慢无'])}{emoji(rng, 0.5)} {tail(rng)}"
    elif FOOD_KIND.get(sign) != "platform":
        a = money(rng, 50, 500, 50)
        text = f"【{sign}】储值有礼：充{a}送{a // pick(rng, [5, 10])}，{pick(rng, ['储值金全国门店通用', '可与会员折扣同享', '储值即升级银卡会员'])}，{pick(rng, WHEN)}。{tail(rng)}"
    else:
        text = f"【{sign}】{pick(rng, ['超级会员', '会员'])}{pick(rng, ['首月' + str(rng.choice([1, 3, 5])) + '元', '限时' + str(rng.choice([6, 8])) + '折开通'])}，每月{pick(rng, ['领' + str(rng.choice([4, 6])) + '张无门槛红包', '免配送费' + str(rng.choice([5, 10])) + '次'])}，{pick(rng, WHEN)}。{tail(rng)}"
    tags: list = []
    text = maybe_odd(rng, text.strip(), tags)
    return finish(text, "m3", tags)


# ---------------------------------------------------------------- m4 education and training

EDU_SIGNS = ["新东方", "学而思", "作业帮", "猿辅导", "高途", "粉笔教育", "中公教育", "华图教育", "尚德机构", "英孚教育",
             "乐读", "小码王", "恒企教育", "环球教育", "有道精品课", "驾校", "美术培训中心", "跆拳道馆", "钢琴教室", "少儿编程"]
EDU_COURSE = ["寒假班", "暑假班", "秋季班", "考研冲刺班", "国考面试班", "四六级冲刺营", "雅思精品小班", "初级会计班",
              "少儿编程体验课", "英语口语课", "PMP认证班", "C1学车班", "书法启蒙课", "少儿舞蹈班", "围棋兴趣班", "高考一轮复习"]
EDU_OFFER = ["早鸟价立减{b}元", "老生续报享{n}折", "{c}元体验{k}节课", "免费试听一节", "两人同行各减{b}元",
             "报名即赠教辅礼包", "学费支持分期0手续费", "名额仅剩{k}个", "限时赠送{k}节课"]


EDU_KIND = {
    "k12": (["新东方", "学而思", "作业帮", "猿辅导", "高途", "乐读", "有道精品课"],
            ["寒假班", "暑假班", "秋季班", "初高中数理化小班", "小学数学思维课", "高考一轮复习", "中考冲刺营", "英语单词营"]),
    "exam": (["粉笔教育", "中公教育", "华图教育"], ["国考面试班", "省考笔试系统班", "事业单位联考班", "教师资格证班", "考研冲刺班"]),
    "adult": (["尚德机构", "恒企教育", "环球教育", "英孚教育"], ["初级会计班", "自考本科班", "PMP认证班", "雅思精品小班", "职场英语口语课", "四六级冲刺营"]),
    "hobby": (["小码王", "少儿编程", "美术培训中心", "跆拳道馆", "钢琴教室"], ["少儿编程体验课", "素描水彩班", "跆拳道冬令营", "钢琴一对一课", "书法启蒙课", "乐高机器人课"]),
    "drive": (["驾校"], ["C1学车班", "C2自动挡班", "周末学车班", "学生暑期班"]),
}


def m4_edu(rng):
    signs, courses = EDU_KIND[pick(rng, ["k12", "k12", "exam", "adult", "hobby", "drive"])]
    sign, course = pick(rng, signs), pick(rng, courses)
    off = pick(rng, EDU_OFFER).format(b=money(rng, 100, 800, 50), n=pick(rng, ["9", "8.5", "8"]),
                                      c=pick(rng, ["1", "9.9", "19", "49"]), k=rng.randint(2, 12))
    contact = pick(rng, ["详询课程顾问", "到就近校区报名", "登录App查看", f"咨询电话400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                         "关注公众号回复“报名”", "回复1预约试听"])
    s = rng.randrange(4)
    if s == 0:
        text = f"【{sign}】{pick(rng, ['家长您好！', '同学你好，', '您好，', ''])}{course}{pick(rng, ['火热报名中', '即将开课', '开放报名', '最后一期'])}，{off}，{contact}。{tail(rng)}"
    elif s == 1:
        text = f"【{sign}】{pick(rng, ['2026', '新学期', '考前30天', '寒假'])}{pick(rng, ['备考', '提分', '学习'])}{pick(rng, ['关键期', '好时机'])}！{course}{pick(rng, ['小班教学', '名师直播', '一对一答疑', '每班不超过12人'])}，{off}。{contact}。{tail(rng)}"
    elif s == 2 and sign != "驾校":
        what = pick(rng, [f"免费公开课：{pick(rng, ['本周六晚7点', md(rng) + '下午', '今晚8点'])}名师解析",
                          f"直播讲座：{pick(rng, ['本周日上午', md(rng) + '晚上'])}在线答疑",
                          "备考资料包免费领取，关注公众号即可获取"])
        text = f"【{sign}】{what}，{course}学员{off}。{tail(rng)}"
    else:
        text = f"【{sign}】{pick(rng, ['您咨询的', '您关注的', '孩子适合的'])}{course}{pick(rng, ['还有名额', '开班时间已确定', '已更新课表'])}，{off}，{contact}。{tail(rng)}"
    return finish(text.strip(), "m4", rng=rng)


# ---------------------------------------------------------------- m5 property

DEVELOPERS = ["万科", "保利发展", "华润置地", "中海地产", "招商蛇口", "绿城", "龙湖", "越秀地产", "建发房产", "金茂",
              "链家", "贝壳找房", "我爱我家", "安居客", "自如", "中原地产"]
PROJECTS = ["翡翠公园", "天悦府", "春江天境", "云玺", "学仕里", "桂语兰庭", "江山府", "湖光里", "未来城", "壹号院"]


BUILDERS = ["万科", "保利发展", "华润置地", "中海地产", "招商蛇口", "绿城", "龙湖", "越秀地产", "建发房产", "金茂"]
BROKERS = ["链家", "贝壳找房", "我爱我家", "安居客", "中原地产"]
RENTALS = ["自如", "相寓", "链家", "泊寓", "冠寓"]


def m5_property(rng):
    proj = pick(rng, PROJECTS)
    area = f"{rng.randint(70, 110)}-{rng.randint(120, 200)}㎡"
    s = rng.randrange(4)
    dev = pick(rng, BROKERS if s == 1 else RENTALS if s == 2 else BUILDERS)
    if s == 0:
        text = (f"【{dev}】{dev}·{proj}{pick(rng, ['样板间开放', '新品加推', '现房发售', '二期认筹中', '年末特惠'])}，"
                f"建面约{area}{pick(rng, ['三房四房', '精装三房', '洋房', '低密叠墅'])}，{pick(rng, ['首付' + str(rng.randint(10, 60)) + '万起', '总价' + str(rng.randint(150, 900)) + '万起', '限时' + pick(rng, ['98', '97', '95']) + '折', '地铁口学区房'])}，"
                f"{pick(rng, ['周末到访送精美礼品', '欢迎莅临品鉴', '预约看房请致电售楼处', '认筹享额外1%优惠'])}。{tail(rng)}")
    elif s == 1:
        text = (f"【{dev}】{pick(rng, ['您关注的小区', '您所在小区', '您浏览过的区域'])}{pick(rng, ['本月成交均价已更新', '有' + str(rng.randint(2, 9)) + '套新房源降价', '新增挂牌房源'])}，"
                f"{pick(rng, ['点击查看 ' + link(rng, ['lianjia.com/r', 'ke.com/s', 'anjuke.com/m']), '免费评估房价请回复1', '可在App中查看'])}。{tail(rng)}")
    elif s == 2:
        text = (f"【{dev}】{pick(rng, ['租房季', '毕业季', '年末'])}特惠：{pick(rng, ['新签约首月房租立减500元', '年付享9折', '免中介费', '拎包入住送保洁一次'])}，"
                f"{pick(rng, ['房源覆盖地铁沿线', '支持月付', '可线上VR看房'])}，{pick(rng, WHEN)}。{tail(rng)}")
    else:
        text = (f"【{dev}】{pick(rng, ['尊敬的客户', '您好'])}，{pick(rng, CITIES)}{proj}{pick(rng, ['本周六开放日', '交房在即', '最后' + str(rng.randint(3, 20)) + '套特价房'])}，"
                f"{pick(rng, ['到访即送伴手礼', '团购享额外优惠', '欢迎携家人参观'])}。{tail(rng)}")
    return finish(text.strip(), "m5", rng=rng)


# ---------------------------------------------------------------- m6 cars

CAR_SIGNS = ["一汽大众4S店", "广汽丰田", "东风日产", "上汽大众", "比亚迪", "吉利汽车", "长安汽车", "宝马", "奔驰",
             "奥迪", "蔚来", "理想汽车", "小鹏汽车", "途虎养车", "天猫养车", "京东养车", "中石化", "中石油", "e代驾"]
CAR_SERVICE = ["保养工时", "机油保养套餐", "空调滤芯更换", "冬季轮胎", "玻璃镀膜", "钣金喷漆", "刹车片更换",
               "四轮定位", "电池检测", "延保服务", "洗车美容"]


CAR_MODELS = {"一汽大众4S店": ["迈腾", "探岳", "速腾"], "广汽丰田": ["凯美瑞", "汉兰达", "锋兰达"], "东风日产": ["轩逸", "奇骏", "天籁"],
              "上汽大众": ["朗逸", "帕萨特", "途观L"], "比亚迪": ["秦PLUS", "宋L", "海豹"], "吉利汽车": ["星越L", "银河L7", "博越"],
              "长安汽车": ["CS75", "UNI-V", "逸动"], "宝马": ["X3", "3系", "i3"], "奔驰": ["C级", "GLC", "E级"],
              "奥迪": ["A4L", "Q5L", "A6L"], "蔚来": ["ES6", "ET5", "EC6"], "理想汽车": ["L6", "L7", "L8"], "小鹏汽车": ["G6", "P7+", "MONA"]}
CAR_CARE = ["途虎养车", "天猫养车", "京东养车"]
CAR_FUEL = ["中石化", "中石油", "e代驾", "途虎养车"]


def m6_car(rng):
    s = rng.randrange(4)
    sign = pick(rng, list(CAR_MODELS) + CAR_CARE if s in (0, 3) else list(CAR_MODELS) if s == 1 else CAR_FUEL)
    svc = pick(rng, CAR_SERVICE)
    if s == 0:
        text = (f"【{sign}】{pick(rng, ['尊敬的车主，', '您好，', '亲爱的车主：'])}{pick(rng, ['您的爱车已接近保养周期', '冬季用车关怀月来了', '您的车辆已满两年', '春季检修季开启'])}，"
                f"{pick(rng, ['本月到店', '预约到店', '即日起'])}{svc}享{pick(rng, ['8折', '7.5折', '立减100元', '买三送一'])}，"
                f"{pick(rng, ['另有免费' + str(rng.choice([20, 26, 36])) + '项安全检测', '还送玻璃水一瓶', '赠送免费洗车一次', '欢迎预约'])}。{tail(rng)}")
    elif s == 1:
        model = pick(rng, CAR_MODELS[sign])
        text = (f"【{sign}】{model}{pick(rng, ['限时购车权益', '年终冲量优惠', '置换补贴季'])}：{pick(rng, ['5年0息', '首付1成起', '置换补贴8000元', '赠送价值8000元选装包', '综合优惠至高2万'])}，"
                f"{pick(rng, ['欢迎到店试驾', '详询当地经销商', '试驾即送定制礼品'])}。{tail(rng)}")
    elif s == 2:
        kind = {"中石化": "加油", "中石油": "加油", "e代驾": "代驾", "途虎养车": "养车"}[sign]
        offers = {"加油": ["满300减20", "每升直降0.3元", "会员日满200减15", "加油送洗车券"],
                  "代驾": ["首单立减20元", "夜间代驾9折", "新用户送30元券包"],
                  "养车": ["会员日9折", "机油买四送一", "首单立减50元"]}[kind]
        text = (f"【{sign}】{kind}优惠：{pick(rng, offers)}，"
                f"{pick(rng, ['使用官方App支付即享', '附近门店可用', '限周末'])}，{pick(rng, WHEN)}。{tail(rng)}")
    else:
        text = (f"【{sign}】{pick(rng, ['您的车险即将到期', '您的车辆质保即将到期', '您的年检时间临近'])}，"
                f"{pick(rng, ['到店续保送保养一次', '可购买延保服务', '到店检测享免费预检'])}，{pick(rng, ['详询服务顾问', '预约请回复Y', '详询门店'])}。{tail(rng)}")
    return finish(text.strip(), "m6", rng=rng)


# ---------------------------------------------------------------- m7 banks: wealth and card promotions

BANK_PROMO = {
    "招商银行": "掌上生活", "工商银行": "工银e生活", "建设银行": "建行生活", "农业银行": "农行掌银", "中国银行": "缤纷生活",
    "交通银行": "买单吧", "浦发银行": "浦大喜奔", "中信银行": "动卡空间", "广发银行": "发现精彩", "平安银行": "口袋银行",
    "光大银行": "阳光惠生活", "兴业银行": "兴业生活", "民生银行": "全民生活", "邮储银行": "邮储信用卡", "华夏银行": "华彩生活",
}
WEALTH = ["大额存单", "定期理财", "朝朝宝", "稳健理财", "储蓄国债", "七日年化产品", "养老理财", "结构性存款"]
RISK = ["理财非存款，产品有风险，投资须谨慎。", "理财有风险，投资需谨慎。", "以产品说明书为准。", "详询客户经理。", ""]
CARD_OFFER = ["周五精选餐厅5折", "超市满100减20", "加油满200减15", "观影9.9元", "境外消费返现{p}%", "首刷礼送行李箱",
              "账单分期手续费{n}折", "积分兑换话费", "十元风暴", "周三半价日", "{b}元立减金"]


def m7_bank(rng):
    bank = pick(rng, list(BANK_PROMO))
    app = BANK_PROMO[bank]
    s = rng.randrange(4)
    if s == 0:
        text = (f"【{bank}】{pick(rng, WEALTH)}{pick(rng, ['新品发行', '限时加码', '额度有限', '火热认购中'])}："
                f"{pick(rng, ['3年期', '1年期', '180天', '90天'])}{pick(rng, ['年利率', '业绩比较基准', '预期年化'])}"
                f"{rng.uniform(1.5, 3.2):.2f}%{pick(rng, ['', '起', '-' + format(rng.uniform(3.2, 3.8), '.2f') + '%'])}，"
                f"{pick(rng, ['起存金额20万元', '1元起购', '新客专享', '存完即止'])}。{pick(rng, RISK)}{tail(rng)}")
    elif s == 1:
        off = pick(rng, CARD_OFFER).format(p=rng.randint(3, 10), n=pick(rng, ["5", "7", "8"]), b=pick(rng, [5, 10, 20, 88]))
        text = (f"【{bank}】{pick(rng, ['信用卡', '借记卡', ''])}{pick(rng, ['福利', '优惠', '活动'])}：{off}，"
                f"{pick(rng, ['每月限享' + str(rng.randint(1, 3)) + '次', '名额有限先到先得', '每卡限一次'])}，"
                f"{pick(rng, ['登录' + app + '报名', app + 'App抢购', '详情以' + app + '活动页为准'])}。{tail(rng)}")
    elif s == 2:
        text = (f"【{bank}】{pick(rng, ['你有一份年终好礼待领取', '新客礼', '老客户回馈'])}：{pick(rng, ['首次登录并绑卡', '参与岁末抽奖', '完成任务'])}"
                f"{pick(rng, ['即有机会获得最高88元微信立减金', '100%中奖，奖品含刷卡金', '可领视频会员月卡'])}，"
                f"入口：{app}App-{pick(rng, ['首页', '活动', '福利'])}。{tail(rng)}")
    else:
        what, perk = pick(rng, [("ETC免费办理", pick(rng, ["首年免年费", "高速通行费95折", "免费上门安装"])),
                                ("个人养老金账户开户有礼", pick(rng, ["开户缴存即送立减金", "缴存满1000元送好礼"])),
                                ("代发工资客户专属福利", pick(rng, ["专属理财额度", "跨行转账免手续费", "存款利率上浮"])),
                                ("社保卡激活有礼", pick(rng, ["到网点办理送好礼", "首笔消费立减10元"]))])
        text = (f"【{bank}】{what}，{perk}，"
                f"{pick(rng, ['详询网点', '详询客户经理', '详见' + app + 'App'])}。{tail(rng)}")
    return finish(text.strip(), "m7", rng=rng)


# ---------------------------------------------------------------- m8 insurance

INS_SIGNS = ["中国人寿", "平安保险", "太平洋保险", "泰康人寿", "新华保险", "友邦保险", "众安保险", "人保财险", "阳光保险",
             "大地保险", "水滴保", "太平人寿"]
INS_PRODUCTS = ["百万医疗险", "少儿重疾险", "防癌险", "意外险", "家财险", "车险", "年金险", "定期寿险", "门诊险"]


def m8_insurance(rng):
    sign, prod = pick(rng, INS_SIGNS), pick(rng, INS_PRODUCTS)
    s = rng.randrange(4)
    if s == 0:
        text = (f"【{sign}】{pick(rng, ['天冷添衣，保障也要添！', '关爱家人健康，', '岁末关怀：', ''])}{prod}{pick(rng, ['限时优惠', '全新升级', '开放投保'])}，"
                f"{pick(rng, ['每年保费百余元起', '保额最高' + str(rng.choice([50, 100, 200, 300])) + '万', '60岁也可投', '0免赔额'])}，"
                f"{pick(rng, ['投保须知以官方页面为准', '详询您的专属顾问', '详情见官网'])}。{tail(rng)}")
    elif s == 1:
        car = prod == "车险"
        text = (f"【{sign}】{pick(rng, ['尊敬的车主，', '您好，'] if car else ['尊敬的客户，', '您好，', ''])}您的{prod}将于{md(rng)}到期，"
                f"{pick(rng, ['提前续保可享专属优惠', '续保送免费洗车5次', '续保送保养一次'] if car else ['提前续保可享专属优惠', '续保可保持保障不中断', '续保无需重新健康告知'])}，"
                f"{pick(rng, ['详询官方客服', '可在官方App一键续保', '详询您的业务员'])}。{tail(rng)}")
    elif s == 2:
        text = (f"【{sign}】{pick(rng, ['您的保单已生成年度报告', '您的保单即将到周年', '您的健康权益已开通'])}，"
                f"{pick(rng, ['可登录官方App查看保障详情', '含免费体检一次', '可预约免费健康咨询'])}。{pick(rng, ['', tail(rng)])}")
    else:
        text = (f"【{sign}】{pick(rng, ['您领取的免费', '您的赠险'])}{prod}{pick(rng, ['已到期', '即将到期'])}，"
                f"{pick(rng, ['可续保正式版', '升级后保额更高'])}，{pick(rng, ['保费每月' + str(rng.randint(5, 60)) + '元起', '详情见投保页面'])}。{tail(rng)}")
    return finish(text.strip(), "m8", rng=rng)


# ---------------------------------------------------------------- m9 carriers

CARRIER_LINKS = {"中国移动": ["dx.10086.cn", "t.10086.cn"], "中国联通": ["u.10010.cn"], "中国电信": ["a.189.cn"],
                 "中国广电": ["m.10099.com.cn"]}
CARRIER_OFFER = ["话费充{a}得{b}", "升级5G套餐每月仅加{c}元流量翻倍", "{c}元{g}GB流量月包", "宽带升级千兆仅加{c}元/月",
                 "新用户首月免费", "购5G手机享至高{d}元优惠", "积分兑换视频会员", "免费领取{g}GB流量", "副卡免月租",
                 "视频彩铃会员首月1元", "家庭融合套餐{e}元/月含300M宽带"]


def m9_carrier(rng):
    c = pick(rng, list(CARRIER_LINKS))
    a = pick(rng, [50, 100, 200])
    off = pick(rng, CARRIER_OFFER).format(a=a, b=a + a // pick(rng, [10, 5]), c=pick(rng, [5, 10, 15, 20]),
                                          g=pick(rng, [5, 10, 20, 30]), d=pick(rng, [500, 1000, 1500, 2000]),
                                          e=pick(rng, [99, 129, 159, 199]))
    how = pick(rng, [f"回复“{pick(rng, ['1', 'KT', '5G', 'BL'])}”办理", f"点此了解 {link(rng, CARRIER_LINKS[c])}",
                     "登录官方App-权益中心领取", f"详询{'10086' if c == '中国移动' else '10010' if c == '中国联通' else '10000' if c == '中国电信' else '10099'}",
                     "到营业厅办理", "在App“充值”页面参与"])
    s = rng.randrange(4)
    if s == 0:
        text = f"【{c}】{pick(rng, ['尊享5G！', '冰雪季特惠，', '感恩回馈，', '好消息：', ''])}{off}，{pick(rng, WHEN)}，{how}。{tail(rng)}"
    elif s == 1:
        text = f"【{c}】{pick(rng, ['尊敬的客户，', '您好，'])}{pick(rng, ['您当前为4G套餐', '您近3个月流量均超出套餐', '您在网已满' + str(rng.randint(3, 15)) + '年', '您的合约即将到期'])}，{pick(rng, ['特为您推荐：', '现有专属活动：', '可参与：'])}{off}。{how}。{tail(rng)}"
    elif s == 2:
        text = f"【{c}】{emoji(rng, 0.6)}{pick(rng, ['月末', '周末', '双11', '年终'])}福利：{off}，{how}{pick(rng, ['，本活动无需另行付费', '，请勿点击陌生链接', ''])}。{tail(rng)}"
    else:
        sub = pick(rng, {"中国移动": ["咪咕视频", "和彩云", "咪咕音乐"], "中国联通": ["沃音乐", "联通云盘"],
                         "中国电信": ["天翼云盘", "天翼超高清"], "中国广电": ["广电慧家", "视频彩铃"]}[c])
        perk = pick(rng, ["会员首月1元", "年卡限时" + str(rng.choice([9.9, 19.9, 49])) + "元", "新用户免费体验" + str(rng.randint(1, 3)) + "个月",
                          "空间升级至" + str(rng.choice([100, 200, 500])) + "G每月仅需" + str(rng.choice([5, 10, 15])) + "元"])
        text = f"【{c}】【{sub}】{pick(rng, ['会员限时特惠', '新用户专享', '空间不足提醒', '年终福利'])}：{perk}，{how}。{tail(rng)}"
    tags: list = []
    text = maybe_odd(rng, text.strip(), tags, 0.12)
    return finish(text, "m9", tags)


# ---------------------------------------------------------------- m10 beauty, fashion, retail brands

BRANDS = ["屈臣氏", "完美日记", "优衣库", "ZARA", "安踏", "李宁", "耐克", "迪卡侬", "周大福", "老凤祥", "名创优品",
          "孩子王", "兰蔻", "欧莱雅", "小米之家", "华为终端", "戴森", "宜家", "红星美凯龙", "索菲亚", "海尔智家", "格力"]
BRAND_ITEMS = ["羽绒服", "跑鞋", "口红", "面霜", "黄金饰品", "纸尿裤", "吹风机", "空调", "衣柜", "沙发", "手机", "冲锋衣", "香水", "卫衣"]
BRAND_OFFER = ["2件8折3件7折", "满{a}减{b}", "第二件0元", "会员积分{k}倍", "低至{n}折", "买即赠{gift}", "加{s}元换购{gift}"]
GOLD = {"周大福", "老凤祥"}
HOME = {"小米之家", "华为终端", "戴森", "宜家", "红星美凯龙", "索菲亚", "海尔智家", "格力"}
BRAND_GIFT = ["小样三件套", "定制帆布袋", "保温杯", "香氛蜡烛", "运动水壶", "限定钥匙扣"]


BRAND_ITEMS_BY = {
    "屈臣氏": ["面膜", "洗发水", "身体乳"], "完美日记": ["口红", "眼影盘", "粉底液"], "优衣库": ["摇粒绒外套", "羽绒服", "保暖内衣"],
    "ZARA": ["大衣", "针织衫", "牛仔裤"], "安踏": ["跑鞋", "羽绒服", "运动套装"], "李宁": ["跑鞋", "卫衣", "篮球鞋"],
    "耐克": ["跑鞋", "运动裤", "卫衣"], "迪卡侬": ["冲锋衣", "滑雪服", "瑜伽垫"], "周大福": ["黄金饰品", "钻戒", "婚嫁对戒"],
    "老凤祥": ["黄金手镯", "足金吊坠", "金条"], "名创优品": ["盲盒", "香薰", "毛绒玩具"], "孩子王": ["纸尿裤", "奶粉", "儿童推车"],
    "兰蔻": ["面霜", "精华", "香水"], "欧莱雅": ["面霜", "精华", "洗发水"], "小米之家": ["手机", "扫地机器人", "电视"],
    "华为终端": ["手机", "平板", "智能手表"], "戴森": ["吹风机", "吸尘器", "空气净化器"], "宜家": ["沙发", "衣柜", "床垫"],
    "红星美凯龙": ["沙发", "地板", "橱柜"], "索菲亚": ["衣柜", "橱柜", "书柜"], "海尔智家": ["冰箱", "洗衣机", "热水器"],
    "格力": ["空调", "空气能热水器", "除湿机"],
}


def m10_brand(rng):
    sign = pick(rng, BRANDS)
    item = pick(rng, BRAND_ITEMS_BY[sign])
    a = money(rng, 100, 1500, 50)
    offers = BRAND_OFFER + (["每克立减{d}元", "工费5折"] if sign in GOLD else ["以旧换新补贴{c}元", "12期免息"] if sign in HOME else [])
    off = pick(rng, offers).format(a=a, b=a // 5, k=pick(rng, [2, 3]), c=money(rng, 100, 2000, 100), d=pick(rng, [20, 30, 50]),
                                        n=pick(rng, ["3", "5", "7"]), gift=pick(rng, BRAND_GIFT), s=pick(rng, [1, 9, 19]))
    s = rng.randrange(4)
    if s == 0:
        text = f"【{sign}】{emoji(rng, 0.4)}{pick(rng, ['会员日', '感谢祭', '换季特卖', '新品首发', '年终大促'])}｜{item}{off}，{span(rng)}，{pick(rng, ['全国门店与官网同步', '官方小程序同享', '门店专享'])}。{tail(rng)}"
    elif s == 1:
        text = f"【{sign}】{pick(rng, ['亲爱的会员，', '尊敬的会员：', 'Hi～'])}{pick(rng, ['您的生日礼已准备好', '您的会员礼包已到账', '您的积分即将清零', '您已升级为金卡会员'])}，{pick(rng, ['当月到店领取', '购' + item + off, '可兑换' + pick(rng, BRAND_GIFT)])}。{tail(rng)}"
    elif s == 3 and sign in HOME:
        text = f"【{sign}】{pick(rng, ['家装节', '以旧换新季', '焕新季'])}{span(rng)}：{item}{off}，{pick(rng, ['另享国家补贴', '更有抽奖送家电', '到店即送礼品'])}，{pick(rng, ['详询门店', '预约到店', '详见官方小程序'])}。{tail(rng)}"
    else:
        text = f"【{sign}】{item}{pick(rng, ['到货', '上新', '补货'])}啦！{off}，{pick(rng, WHEN)}，{pick(rng, ['附近门店可试', '官方旗舰店下单包邮', '扫码进入会员商城'])}。{tail(rng)}"
    tags: list = []
    text = maybe_odd(rng, text.strip(), tags)
    return finish(text, "m10", tags)


# ---------------------------------------------------------------- m11 travel, hotels, airlines, tickets

TRAVEL = {"携程": "ctrip.cn", "飞猪": "m.fliggy.com", "去哪儿": "qunar.cn", "同程旅行": "ly.com/t", "美团酒店": "i.meituan.com",
          "华住会": "huazhu.com/t", "锦江酒店": "jinjiang.com/t", "亚朵": "atour.cn", "东方航空": "ceair.cn", "南方航空": "csair.cn",
          "海南航空": "hnair.cn", "春秋航空": "ch.com", "猫眼": "maoyan.com", "大麦": "damai.cn", "万达影城": "wandafilm.cn"}
DEST = ["三亚", "哈尔滨", "大理", "西双版纳", "厦门", "成都", "日本", "泰国", "新加坡", "长白山", "丽江", "桂林"]


TRAVEL_KIND = {0: ["携程", "飞猪", "去哪儿", "同程旅行", "美团酒店"], 1: ["华住会", "锦江酒店", "亚朵", "携程", "美团酒店"],
               2: ["猫眼", "大麦", "万达影城"], 3: ["东方航空", "南方航空", "海南航空", "春秋航空"]}


def m11_travel(rng):
    s = rng.randrange(4)
    sign = pick(rng, TRAVEL_KIND[s])
    url = link(rng, [TRAVEL[sign]])
    dest = pick(rng, DEST)
    if s == 0:
        text = (f"【{sign}】{emoji(rng, 0.5)}{pick(rng, ['元旦', '春节', '寒假', '五一', '暑期', '国庆'])}出游季，"
                f"{pick(rng, ['机票低至3折', dest + '自由行' + str(rng.randint(9, 59)) + '99元起', '酒店满500减80', '门票买一送一'])}，"
                f"{pick(rng, ['名额有限', '学生认证再享优惠', '会员再享95折'])}，戳 {url} {tail(rng)}")
    elif s == 1:
        text = (f"【{sign}】{pick(rng, ['会员日特惠', '住满3晚送1晚', '连住2晚85折', '会员节全国门店8折'])}，"
                f"{pick(rng, ['早餐免费', '延迟退房至14点', '入住即送暖身茶饮', '积分双倍'])}，{pick(rng, WHEN)}。{tail(rng)}")
    elif s == 2:
        text = (f"【{sign}】{pick(rng, ['周二半价日', '新片点映', '演出预告', '周末观影'])}：{pick(rng, ['2D影片29.9元起', '首日购票享特惠价', '即将开票请关注官方通知', '会员积分翻倍'])}，"
                f"{pick(rng, ['谨防黄牛', '选座戳 ' + url, '会员专享'])}。{tail(rng)}")
    else:
        text = (f"【{sign}】{pick(rng, ['里程兑换机票7折', '特价机票' + str(rng.choice([99, 199, 299])) + '元起', '周末随心飞再度开售'])}，"
                f"{pick(rng, [dest + '航线', '多条热门航线', '全国航线'])}{pick(rng, ['限时开放', '先到先得', '本周有效'])}，详见 {url} {tail(rng)}")
    return finish(text.strip(), "m11", rng=rng)


# ---------------------------------------------------------------- m12 local services

LOCAL = ["健身房", "瑜伽馆", "美容院", "美发沙龙", "宠物医院", "洗衣店", "家政服务", "58到家", "摄影工作室",
         "口腔诊所", "眼镜店", "养生馆", "游泳馆", "汽车美容店", "干洗店", "月子中心", "体检中心", "花店"]
LOCAL_SVC = ["私教体验课", "深度保洁", "空调清洗", "洗牙", "验光配镜", "儿童写真", "宠物洗护", "烫染", "肩颈理疗",
             "年卡", "体检套餐", "鲜花包月", "羽绒服干洗"]


LOCAL_SVC_BY = {
    "健身房": ["私教体验课", "年卡", "团课月卡"], "瑜伽馆": ["瑜伽体验课", "季卡", "普拉提小班课"], "美容院": ["面部护理", "补水疗程", "肩颈护理"],
    "美发沙龙": ["烫染", "剪发", "头皮护理"], "宠物医院": ["宠物洗护", "疫苗接种", "体检"], "洗衣店": ["羽绒服干洗", "大衣干洗", "窗帘清洗"],
    "家政服务": ["深度保洁", "空调清洗", "擦玻璃"], "58到家": ["空调清洗", "深度保洁", "油烟机清洗"], "摄影工作室": ["儿童写真", "全家福", "证件照"],
    "口腔诊所": ["洗牙", "牙齿检查", "儿童涂氟"], "眼镜店": ["验光配镜", "镜片升级", "隐形眼镜"], "养生馆": ["肩颈理疗", "足疗", "艾灸"],
    "游泳馆": ["儿童游泳课", "季卡", "成人游泳班"], "汽车美容店": ["打蜡镀晶", "内饰清洁", "漆面修复"], "干洗店": ["羽绒服干洗", "皮衣护理", "西装干洗"],
    "月子中心": ["参观体验", "产后修复", "月子套餐"], "体检中心": ["体检套餐", "父母体检", "入职体检"], "花店": ["鲜花包月", "生日花束", "开业花篮"],
}


BIG_SVC = {"年卡", "季卡", "团课月卡", "月子套餐", "产后修复", "父母体检", "体检套餐", "入职体检", "鲜花包月", "漆面修复",
           "补水疗程", "成人游泳班", "儿童游泳课", "普拉提小班课"}


def m12_local(rng):
    sign = pick(rng, LOCAL)
    svc = pick(rng, LOCAL_SVC_BY[sign])
    big = svc in BIG_SVC
    price = pick(rng, ["699", "999", "1299", "1999", "2999"] if big else ["39", "59", "68", "89", "99", "129", "159"])
    s = rng.randrange(4)
    if s == 0:
        text = (f"【{sign}】{pick(rng, ['尊敬的会员，', '您好，', '老顾客回馈：', ''])}{pick(rng, ['本月推出', '限时特惠', '新客专享'])}{svc}{price}元，"
                f"{pick(rng, ['欢迎到店咨询', '预约请回电', '名额有限', '新客再减20'])}。{tail(rng)}")
    elif s == 1:
        text = (f"【{sign}】{pick(rng, ['您的储值卡余额还有', '您的会员卡内剩余'])}{rng.randint(50, 2000)}元，"
                f"{pick(rng, ['本月到店赠送', '续充享'])}{pick(rng, ['护理一次', '9折', '充1000送200'] + ([] if big else [svc + '一次']))}。{tail(rng)}")
    elif s == 2:
        text = (f"【{sign}】{pick(rng, ['开业酬宾', '周年庆', '换季特惠'])}！{pick(rng, ['充300送100', '办卡享8折', '全场项目7折', '首次体验' + price + '元'])}，"
                f"{pick(rng, ['地址：' + pick(rng, ['学府路', '人民路', '中山路', '建设大道']) + str(rng.randint(1, 300)) + '号', '详询前台', '可在大众点评预约'])}。{tail(rng)}")
    else:
        text = (f"【{sign}】{pick(rng, ['天冷前', '换季时', '节前'])}来一次{svc}吧！{pick(rng, ['限时', '本周'])}{price}元，"
                f"{pick(rng, ['上门服务', '到店即享', '支持线上预约'])}，{pick(rng, WHEN)}。{tail(rng)}")
    return finish(text.strip(), "m12", rng=rng)


# ---------------------------------------------------------------- m13 coupon / points expiry, some with unfilled placeholders

EXPIRY_SIGNS = ["美团", "饿了么", "京东", "淘宝", "拼多多", "滴滴出行", "高德地图", "瑞幸咖啡", "肯德基", "盒马", "屈臣氏",
                "中国移动", "招商银行", "星巴克", "唯品会", "大众点评", "苏宁易购", "抖音商城"]
PLACEHOLDERS = [("${amount}", "${date}"), ("{{amount}}", "{{expire_date}}"), ("XX", "X月X日"), ("#money#", "#date#"),
                ("【金额】", "【日期】"), ("%amount%", "%date%"), ("{金额}", "{日期}")]


def m13_expiry(rng):
    sign = pick(rng, EXPIRY_SIGNS)
    kind = pick(rng, ["打车券", "优惠券", "红包"] if sign in {"滴滴出行", "高德地图"} else ["优惠券", "红包", "代金券", "满减券", "立减金", "券包"])
    if rng.random() < 0.3:
        amt, date = pick(rng, PLACEHOLDERS)
        name = pick(rng, ["${name}", "{{用户名}}", "#name#", "XXX", "{姓名}", "会员"])
    else:
        amt, date = str(rng.choice([3, 5, 8, 10, 15, 20, 30, 50, 100])), md(rng)
        name = pick(rng, ["会员", "用户", "顾客", "客户"])
    s = rng.randrange(4)
    if s == 0:
        text = f"【{sign}】尊敬的{name}，您的{amt}元{kind}将于{date}到期，请尽快使用。{tail(rng)}"
    elif s == 1:
        text = f"【{sign}】{pick(rng, ['亲爱的', 'Hi，', '温馨提示：'])}{name}{pick(rng, ['你有', '账户中还有'])}{amt}元{kind}未使用，{date}后{pick(rng, ['失效', '过期', '清零'])}，{pick(rng, ['打开App即可使用', '别浪费哦', '戳 ' + link(rng, ['t.cn', 'dwz.cn', 'url.cn'])])}。{tail(rng)}"
    elif s == 2:
        text = f"【{sign}】{pick(rng, ['提醒', '通知'])}：{name}您好，{pick(rng, ['本月', '本周'])}{pick(rng, ['专属', '会员专享', '新人'])}{kind}（{amt}元）已发放，有效期至{date}，{pick(rng, ['可与满减叠加', '全场通用', '限指定商品'])}。{tail(rng)}"
    else:
        text = f"【{sign}】{kind}到期提醒｜{amt}元 · 截止{date}｜{pick(rng, ['去使用', '立即查看', '点击领取'])} {link(rng, ['t.cn', 'dwz.cn', 'c.tb.cn', '3.cn', 'dpurl.cn'])} {tail(rng)}"
    return finish(" ".join(text.split()).strip(), "m13", rng=rng)


# ---------------------------------------------------------------- m14 app win-back / new-user gifts

WINBACK_SIGNS = ["美团", "饿了么", "滴滴出行", "拼多多", "京东", "淘宝", "哈啰", "花小猪打车", "曹操出行", "T3出行",
                 "叮咚买菜", "朴朴超市", "Keep", "网易云音乐", "喜马拉雅", "得物", "转转", "闲鱼", "携程", "美团优选"]


def m14_winback(rng):
    sign = pick(rng, WINBACK_SIGNS)
    ride = sign in {"滴滴出行", "哈啰", "花小猪打车", "曹操出行", "T3出行"}
    gift = pick(rng, [f"{rng.randint(5, 9)}折打车券", f"{rng.randint(5, 30)}元打车券包"] + (["骑行卡首月" + str(rng.choice([1, 3, 5])) + "元"] if sign == "哈啰" else []) if ride else
                [f"{rng.randint(10, 80)}元新人礼包", f"{rng.randint(3, 20)}元无门槛券", "首单立减" + str(rng.randint(5, 30)) + "元",
                 f"{rng.randint(2, 7)}天会员体验", "回归红包"])
    s = rng.randrange(4)
    if s == 0:
        text = f"【{sign}】{pick(rng, ['好久不见', '想你了', '好久没来逛逛啦', '最近还好吗'])}～{pick(rng, ['送你一份', '为你准备了', '专属'])}{gift}，{pick(rng, ['7天内有效', '今日领取有效', '限时领取'])}{emoji(rng, 0.5)} {tail(rng)}"
    elif s == 1:
        text = f"【{sign}】{pick(rng, ['新用户注册即送', '邀请好友各得', '回归用户专享'])}{gift}，{pick(rng, ['打开App首页领取', '点击 ' + link(rng, ['t.cn', 'dwz.cn', 'url.cn']) + ' 领取', '登录即自动到账'])}。{tail(rng)}"
    elif s == 2:
        text = f"【{sign}】{pick(rng, ['下雨天', '周一', '降温了', '月底了', '周末'])}{pick(rng, ['不想出门？', '犒劳一下自己～', '出行更要省！'])}{gift}已放入你的账户，{pick(rng, WHEN)}。{tail(rng)}"
    else:
        text = f"【{sign}】你的{pick(rng, ['账户', '卡包', '会员中心'])}有{gift}{pick(rng, ['待领取', '即将过期', '还没用'])}，{pick(rng, ['别错过', '记得用哦', '快去看看'])}！{tail(rng)}"
    return finish(text.strip(), "m14", rng=rng)


# ---------------------------------------------------------------- m15 Taiwan / Hong Kong marketing

TW_MKT = ["momo購物網", "PChome 24h", "蝦皮購物", "全家便利商店", "7-ELEVEN", "新光三越", "SOGO", "家樂福", "全聯福利中心",
          "中華電信", "台灣大哥大", "遠傳電信", "國泰世華銀行", "台新銀行", "85度C", "誠品書店", "燦坤", "HOLA"]
HK_MKT = ["HKTVmall", "惠康", "百佳", "豐澤", "萬寧", "屈臣氏", "大快活", "美心西餅", "Klook", "DCH食品"]
HK_TELCO = ["3香港", "csl", "smartone", "中國移動香港"]
TW_BANK_OFFER = {
    "中華電信": ["5G吃到飽方案月付599元起，攜碼再送禮券", "光世代升級500M，首年月付優惠", "Hami Video首月免費"],
    "台灣大哥大": ["加入myfone會員拿好禮", "門市辦理指定方案送藍牙耳機", "續約享購機優惠"],
    "遠傳電信": ["friDay影音首月免費", "攜碼辦理送禮券NT$1,000", "5G資費升級首6個月半價"],
    "國泰世華銀行": ["CUBE卡指定通路最高3%小樹點回饋", "新戶申辦數位帳戶送NT$200", "海外消費最高回饋5%"],
    "台新銀行": ["Richart數位帳戶活存利率加碼", "新戶首刷禮最高送NT$1,000", "指定通路消費回饋3.8%"],
}
TW_OFFER = ["全館滿{a}折{b}", "第二件半價", "買一送一", "指定商品{n}折起", "點數{k}倍送", "免運券已入帳", "刷指定卡滿{a}送{b}",
            "限時下殺{n}折", "新戶首購折{b}"]
HK_OFFER = ["指定貨品買二送一", "滿${a}免運費", "會員賺雙倍積分", "下午茶餐${c}起", "指定貨品低至半價", "上台即送{gift}", "優惠碼即減${b}"]


def m15_traditional(rng):
    a = money(rng, 500, 5000, 100)
    if rng.random() < 0.6:
        sign = pick(rng, TW_MKT)
        if sign in TW_BANK_OFFER:
            text = f"【{sign}】{pick(rng, TW_BANK_OFFER[sign])}，{pick(rng, ['活動至' + md(rng) + '止', '詳情請見官網', '名額有限'])}。{pick(rng, ['', '拒收請回覆STOP'])}"
            return finish(text, "m15", ["traditional"])
        off = pick(rng, TW_OFFER).format(a=f"{a:,}", b=a // 10, n=pick(rng, ["3", "5", "7", "85"]), k=pick(rng, [2, 3, 5]))
        end = pick(rng, ["如不想收到簡訊請回覆N", "拒收請回覆STOP", "詳情請見官網", "", "", "活動詳情以官網公告為準"])
        s = rng.randrange(3)
        if s == 0:
            text = f"【{sign}】{pick(rng, ['雙11狂歡倒數！', '週年慶開跑！', '年終慶！', '會員日！', '限時優惠！'])}{off}，{md(rng)}止，{pick(rng, ['數量有限售完為止', '會員獨享', '門市與APP同步'])}。{end}"
        elif s == 1:
            text = f"【{sign}】{pick(rng, ['親愛的會員，', '您好，', ''])}{pick(rng, ['您的優惠券已入帳', '本週DM商品', '您的生日禮已送上'])}：{off}，{pick(rng, ['請於APP領取', '請至門市使用', '限本週使用'])}。{end}"
        else:
            goods = {"85度C": ["蛋糕", "人氣咖啡"], "全家便利商店": ["指定鮮食", "人氣咖啡"], "7-ELEVEN": ["指定鮮食", "City Cafe"],
                     "燦坤": ["熱銷家電", "冷氣"], "HOLA": ["寢具", "收納用品"], "誠品書店": ["暢銷書", "文具"]}.get(sign, ["熱銷家電", "冬季新品", "生活用品"])
            text = f"【{sign}】{emoji(rng, 0.6)}{pick(rng, goods)}{off}，詳情 {link(rng, ['momo.dm', 'reurl.cc', 'lihi.cc', 'pse.is'])} {end}"
    else:
        telco = rng.random() < 0.25
        sign = pick(rng, HK_TELCO if telco else HK_MKT)
        off = (pick(rng, ["5G月費計劃上台即送{gift}", "攜號轉台首6個月月費半價", "數據漫遊日費${b}起"]) if telco else pick(rng, HK_OFFER)).format(a=a // 10, c=pick(rng, [28, 32, 38]), b=pick(rng, [30, 50, 80]),
                                         gift=pick(rng, ["Netflix 6個月", "藍牙耳機", "超市現金券"]))
        s = rng.randrange(2)
        if s == 0:
            text = f"【{sign}】{pick(rng, ['週末大激賞！', '聖誕優惠！', '會員日！', '新春優惠：'])}{off}，{pick(rng, ['優惠以店內公佈為準', '即日起至' + md(rng), '數量有限'])}。{pick(rng, ['如不欲接收推廣訊息，請回覆STOP', ''])}"
        else:
            text = f"【{sign}】{pick(rng, ['會員專享：', '限時優惠：', '快啲嚟！'])}{off}，{pick(rng, ['詳情請致電客戶服務熱線', '詳情請瀏覽官網', '歡迎親臨門市'] if telco else ['出示APP會員碼即享', '網上訂購更方便', '詳情請瀏覽官網'])}。"
    return finish(text.strip(), "m15", ["traditional"])


TEMPLATES = [
    (m1_ecommerce, 110), (m2_mall, 50), (m3_food, 70), (m4_edu, 45), (m5_property, 35), (m6_car, 40), (m7_bank, 50),
    (m8_insurance, 30), (m9_carrier, 45), (m10_brand, 50), (m11_travel, 35), (m12_local, 35), (m13_expiry, 40),
    (m14_winback, 30), (m15_traditional, 60),
]


def generate(rng) -> list[dict]:
    return take_diverse(rng, TEMPLATES)
