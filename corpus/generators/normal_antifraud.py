"""Normal messages ABOUT scams: police / bank / carrier / platform warnings, news,
victim stories, questions, refusals, Q&A posts and 96110 call transcripts.

Every row is labelled ``normal`` and tagged ``antifraud``. Each template composes
independent phrase slots (warning opener x scam type x tell-tale sign x advice x
hotline) so that rows differ in whole phrases, and a similarity filter keeps the
output free of near-duplicates.
"""

from __future__ import annotations


from common import (trigrams, BANKS, CITIES, COURIERS, GAMES, MEETING_APPS, SHOPS, SURNAMES, contact, money, pick, record,
                    separate)

LABEL = "normal"
MODULE = "normal_antifraud"

# ---------------------------------------------------------------------------
# Scam types, each with its own vocabulary. Type-level ``name`` / ``sign`` /
# ``advice`` apply to every sub-variant; each sub-variant (``subs``) keeps its
# scammer identity (who), scammer lines (claim), victim actions (act), specific
# signs and advice and keywords together so that composed rows stay coherent.
# ---------------------------------------------------------------------------
TYPES = {
    "refund": {
        "name": ["冒充电商物流客服诈骗", "假客服退款理赔诈骗", "冒充客服诈骗", "冒充客服退款诈骗"],
        "sign": ["主动联系您说要退款、理赔", "要求您下载{meeting}并开启屏幕共享", "让您在借呗、微粒贷借款后转账\"验证流水\"",
                 "索要银行卡号和短信验证码"],
        "advice": ["退款理赔请以App订单页面为准", "挂断电话后通过官方客服电话核实", "任何\"客服\"让您屏幕共享都要立即挂断",
                   "不要在对方指导下借款或转账"],
        "subs": [
            {"who": ["自称{shop}客服的人", "\"{shop}售后客服\""],
             "claim": ["您购买的商品检测出质量问题，我们给您三倍赔偿", "您买的衣服甲醛超标，平台要给您退款",
                       "您的订单被系统误设为批发商，需要帮您取消"],
             "act": ["按照\"客服\"的指引下载了{meeting}，开启了屏幕共享", "加了\"客服\"的QQ，按要求填写了银行卡号和验证码"],
             "sign": ["要求您加QQ或扫码进群办理退款"], "advice": ["退款会原路退回，不需要您提供任何信息"],
             "key": ["退款理赔", "质量问题赔偿"]},
            {"who": ["自称{courier}理赔专员的人", "冒充快递员的人"],
             "claim": ["您的快递在运输途中丢失了，现在给您理赔", "您的包裹被仓库损坏了，我们按三倍赔偿"],
             "act": ["把收到的验证码报给了自称{courier}理赔专员的人", "扫码进了一个\"理赔群\"，按要求填写了银行卡信息"],
             "sign": ["说快递丢失后主动要求赔钱"], "advice": ["快递理赔请联系快递公司官方客服"],
             "key": ["快递丢失理赔", "快递理赔"]},
            {"who": ["冒充支付宝客服的人", "自称微信支付客服的人"],
             "claim": ["您误开通了百万保障，不关闭每月扣费", "您的百万保障即将扣费，需要我们帮您关闭"],
             "act": ["为了\"关闭百万保障\"开启了屏幕共享", "在\"客服\"指导下从借款平台借出一笔钱转入\"验证账户\""],
             "sign": ["说百万保障要收费、必须关闭"], "advice": ["百万保障是免费服务，不存在关闭扣费一说"],
             "key": ["百万保障", "关闭百万保障"]},
            {"who": ["自称抖音客服的人", "自称快手客服的人"],
             "claim": ["您开通了直播会员，每月自动扣款800元", "您的会员到期会自动续费，不取消会影响征信"],
             "act": ["为了取消\"直播会员\"，在对方指导下借款转账", "相信\"不取消会员影响征信\"的说法，按对方说法操作了手机银行"],
             "sign": ["说不取消会员就会每月扣费影响征信"], "advice": ["会员状态请在App里自己查看"],
             "key": ["关闭会员", "取消自动续费"]},
            {"who": ["自称航空公司客服的人", "冒充机票代理的人"],
             "claim": ["您的航班因机械故障取消，可以办理改签补偿", "航班取消了，我们给您补偿300元，请提供银行卡号"],
             "act": ["接到\"航班取消\"的电话后，按要求提供了银行卡号和验证码", "为了领取\"航班延误补偿\"在对方指导下转了账"],
             "sign": ["说航班取消要给您补偿"], "advice": ["航班变动请以航空公司官方App为准"],
             "key": ["航班取消理赔", "改签补偿"]},
        ],
    },
    "fake_loan": {
        "name": ["虚假网络贷款诈骗", "网贷诈骗", "虚假贷款诈骗", "贷款类诈骗"],
        "sign": ["放款前要求缴纳各种费用", "通过陌生链接下载贷款App", "声称\"不看征信、秒批秒到\""],
        "advice": ["正规贷款放款前不收取任何费用", "贷款请通过银行或持牌金融机构办理", "凡是先交钱的贷款都是诈骗",
                   "不要从陌生链接下载任何贷款App"],
        "subs": [
            {"who": ["自称贷款平台客服的人", "网贷App里的\"在线客服\""],
             "claim": ["您的银行卡号填写错误，资金已被冻结，需要缴纳解冻金", "无抵押、不看征信，最快10分钟到账"],
             "act": ["在一个陌生链接下载的贷款App上申请贷款，随后被要求缴纳解冻金", "为了让\"冻结\"的贷款到账先交了一笔解冻金"],
             "sign": ["以\"卡号填错\"为由要求交解冻金"], "advice": ["贷款显示\"冻结\"要先交钱的，马上卸载App"],
             "key": ["解冻金", "贷款冻结"]},
            {"who": ["自称银行信贷经理的人", "贷款\"中介\""],
             "claim": ["您的流水不足，需要刷一下流水才能放款", "先交一笔保证金，证明您有还款能力"],
             "act": ["为了\"刷流水\"先后向对方账户转账", "按对方要求缴纳了保证金却迟迟没有收到贷款"],
             "sign": ["以\"流水不足\"\"信用分不够\"为由让您先转账"], "advice": ["正规贷款看征信，不看您转了多少\"流水\""],
             "key": ["贷款保证金", "刷流水"]},
            {"who": ["号称有内部渠道的\"中介\"", "自称银行内部人员的人"],
             "claim": ["黑户也能办信用卡，额度5万起", "内部渠道办大额信用卡，包过"],
             "act": ["交了\"资料审核费\"\"激活费\"办理所谓的内部信用卡", "花钱找\"内部渠道\"办信用卡，卡一直没寄到"],
             "sign": ["让您先交\"包装费\"\"激活费\"代办信用卡"], "advice": ["信用卡请到银行网点或官方App申请"],
             "key": ["代办信用卡", "信用卡提额"]},
        ],
    },
    "police": {
        "name": ["冒充公检法诈骗", "冒充公安机关诈骗", "假警察诈骗", "冒充公检法及政府机关诈骗"],
        "sign": ["要求把钱转到所谓的\"安全账户\"", "要求您签保密协议、不得告诉家人", "让您独自到宾馆开房\"配合调查\""],
        "advice": ["公检法机关不存在所谓\"安全账户\"", "公安机关不会通过电话、视频办案", "接到此类电话请直接挂断并拨打110核实",
                   "可以挂断后到就近派出所当面咨询"],
        "subs": [
            {"who": ["自称公安局民警的人", "自称\"刑侦支队警官\"的人"],
             "claim": ["您的身份证涉嫌一起洗钱案，需要配合调查", "这是您的逮捕令，案件需要保密，不得告诉家人"],
             "act": ["按照\"警官\"的要求把存款转到所谓安全账户", "被\"警官\"要求到宾馆开房接受\"视频调查\""],
             "sign": ["通过视频出示\"通缉令\"\"逮捕令\""], "advice": ["公安机关不会网上发通缉令"],
             "key": ["安全账户", "洗钱案"]},
            {"who": ["冒充医保局的人", "自称社保中心工作人员的人"],
             "claim": ["您的医保卡在外地被违规使用，已被冻结", "您的社保卡涉嫌违规，需要转接公安配合调查"],
             "act": ["接到\"医保局\"电话后被转接给\"警官\"，相信了自己涉案", "为了\"解冻医保卡\"把钱转到了对方指定的账户"],
             "sign": ["电话从医保、社保一路\"转接\"到公安"], "advice": ["医保、社保部门不会电话要求转账"],
             "key": ["医保卡冻结", "社保卡异常"]},
            {"who": ["自称快递公司的人", "自称海关工作人员的人"],
             "claim": ["您有一个快递被海关扣押，里面有违禁品", "您寄往国外的包裹里查出了护照和银行卡"],
             "act": ["被\"快递员\"转接给\"警官\"后，下载了{meeting}做\"视频笔录\"", "相信包裹涉案，把存款转给了\"检察官\""],
             "sign": ["以包裹藏有违禁品为由把电话转给\"警方\""], "advice": ["海关、快递都不会替公安打电话办案"],
             "key": ["包裹违禁品", "海关扣押"]},
            {"who": ["自称检察院工作人员的人", "自称法院书记员的人"],
             "claim": ["请下载{meeting}，我们要给您做视频笔录", "您的资金要接受清查，清查完会原路退回"],
             "act": ["在\"检察官\"指导下下载了{meeting}并签了\"保密协议\"", "相信了\"资金清查\"的说法，准备去银行转账"],
             "sign": ["说要对您的资金进行\"清查\""], "advice": ["检察院、法院不会要求您转账接受清查"],
             "key": ["冒充公检法", "资金清查"]},
        ],
    },
    "romance": {
        "name": ["网络婚恋交友诈骗", "\"杀猪盘\"诈骗", "网恋诈骗", "交友类诈骗"],
        "sign": ["网上认识的\"恋人\"从不视频见面", "感情升温后开始谈钱", "先让您小额提现尝到甜头"],
        "advice": ["网恋不谈钱，谈钱必有诈", "素未谋面的网友让您投资，立即停止联系", "已经充值的请保存聊天记录立即报警"],
        "victims": ["一名离异女子", "一名单身男子", "一名大龄青年", "一名女白领", "一名中年男子"],
        "subs": [
            {"who": ["网恋对象", "交友软件上认识的\"高富帅\""],
             "claim": ["亲爱的，我舅舅在平台内部，知道漏洞稳赚不赔", "宝贝，我们一起为将来的家努力，我带你投资"],
             "act": ["在交友App上结识了一名\"成功人士\"，在其推荐的平台上陆续充值", "和\"男友\"聊了两个月，按照对方说法投资虚拟币"],
             "sign": ["带您到陌生平台投资、充值"], "advice": ["不要在网友推荐的平台充值"],
             "key": ["杀猪盘", "网恋投资"]},
            {"who": ["相亲网站上认识的\"白富美\"", "\"加错好友\"的陌生人"],
             "claim": ["不好意思加错人了，不过能认识你也是缘分", "这个博彩平台有规律，跟着我下注就行"],
             "act": ["相信\"加错人了\"的陌生人，后来被带进博彩平台", "被网恋对象带进一个\"博彩平台\"，提现时被要求交保证金"],
             "sign": ["以\"加错人了\"为开场主动搭讪"], "advice": ["网络赌博本身违法，所谓\"漏洞\"都是诱饵"],
             "key": ["加错人了", "博彩平台"]},
            {"who": ["自称在国外维和的\"军官\"", "自称海外医生的网友"],
             "claim": ["我在国外维和，退役需要一笔手续费", "我给你寄了礼物，海关要你先交清关费"],
             "act": ["为了让\"军官男友\"回国，先后交了\"退役手续费\"", "为了收到网友寄来的\"礼物\"交了清关费"],
             "sign": ["以寄礼物、退役、看病为由要钱"], "advice": ["海外网友要您交清关费、手续费的，都是骗局"],
             "key": ["海外军官", "清关费"]},
        ],
    },
    "investment": {
        "name": ["虚假投资理财诈骗", "虚假网络投资诈骗", "投资理财类诈骗", "虚假理财诈骗"],
        "sign": ["承诺保本高收益、稳赚不赔", "引导您下载非正规的投资App", "大额提现时以\"税费\"\"风控\"为由拒绝出金"],
        "advice": ["投资请认准持牌金融机构", "保本高收益的承诺就是诈骗信号", "不要下载陌生人推荐的投资App"],
        "subs": [
            {"who": ["荐股群里的\"老师\"", "自称券商分析师的人"],
             "claim": ["跟着老师操作，明天必涨停", "入群免费送三只牛股", "这是内部消息，只给群里的VIP"],
             "act": ["被拉进一个荐股群，在\"老师\"推荐的App上充值买\"内部股\"", "跟着群里的\"老师\"打新股，账面收益很高却无法提现"],
             "sign": ["群里\"老师\"天天荐股、群友晒收益"], "advice": ["群里的\"老师\"和\"群友\"可能都是骗子"],
             "key": ["荐股群", "内幕股"]},
            {"who": ["自称券商内部人员的人", "\"投资顾问\""],
             "claim": ["新股申购有内部通道，中签率100%", "原始股马上上市，现在买能翻十倍"],
             "act": ["买了所谓的\"内部原始股\"，之后对方失联", "在\"投资顾问\"指导下把钱转入\"平台专用通道\""],
             "sign": ["要求把钱转到个人账户或\"平台专用通道\""], "advice": ["证券账户请通过正规券商开立"],
             "key": ["内部原始股", "打新通道"]},
            {"who": ["自称区块链专家的人", "数字货币群的\"导师\""],
             "claim": ["USDT挖矿，每天稳定收益2%", "年化收益30%，保本保息"],
             "act": ["听信\"导师\"的话投资数字货币，提现时被要求交税", "在一个\"矿机\"平台充值后发现无法提现"],
             "sign": ["宣传虚拟币挖矿、数字藏品高回报"], "advice": ["虚拟货币投资炒作在我国属于非法金融活动"],
             "key": ["虚拟币挖矿", "稳赚不赔"]},
        ],
    },
    "task_rebate": {
        "name": ["刷单返利诈骗", "网络兼职刷单诈骗", "刷单类诈骗", "虚假兼职诈骗"],
        "sign": ["先给小额返利建立信任", "以\"操作失误\"\"账户冻结\"为由拒绝返款", "把您拉进满是\"托\"的任务群"],
        "advice": ["所有刷单都是诈骗", "正规兼职不会让您先垫钱", "做任务前先交钱的一律拉黑"],
        "victims": ["一名宝妈", "一名在校大学生", "一名待业青年", "一名外卖骑手", "一名退休阿姨"],
        "subs": [
            {"who": ["兼职群里的\"派单员\"", "任务App的\"接待员\""],
             "claim": ["点赞关注一单返3元，当天结算", "在家动动手指，日赚300", "宝妈学生都能做，零门槛"],
             "act": ["做了几单点赞任务拿到小额返利，随后被要求垫付\"联单\"", "下载了一个任务App，充值后无法提现"],
             "sign": ["用\"点赞关注\"小任务引流"], "advice": ["\"动动手指就赚钱\"的兼职都是陷阱"],
             "key": ["刷单", "点赞返利"]},
            {"who": ["任务群的\"导师\"", "自称电商运营的人"],
             "claim": ["完成三联单就能一起返佣金", "你操作超时了，需要再做一单才能解冻", "充值1000返1300，福利任务限时"],
             "act": ["在任务群里连续垫付多次，最后被告知账户冻结", "为了\"解冻\"佣金又充值了一大笔钱"],
             "sign": ["派发\"联单\"\"福利单\"让您大额垫付"], "advice": ["不要相信\"再做一单就能提现\""],
             "key": ["联单", "兼职垫付"]},
            {"who": ["发\"追星福利\"的群主", "游戏陪玩群的\"管理员\""],
             "claim": ["做任务就送明星签名照", "帮主播冲榜，每单返利20%"],
             "act": ["为了领\"明星周边\"做任务，用爸妈的手机付了款", "为了给主播\"冲榜\"返利，先后充值了好几次"],
             "sign": ["以追星福利、冲榜返利为诱饵"], "advice": ["学生不要参加所谓的\"福利群任务\""],
             "key": ["追星返利", "冲榜返利"]},
        ],
    },
    "impersonation": {
        "name": ["冒充领导、熟人诈骗", "冒充熟人诈骗", "冒充身边人诈骗", "冒充熟人类诈骗"],
        "sign": ["用熟人的头像和昵称添加您", "以\"不方便接电话\"为由拒绝通话", "一上来就要求紧急转账"],
        "advice": ["涉及转账一定要电话或当面核实", "用原来的号码打过去确认", "视频时让对方做个动作，谨防AI换脸"],
        "subs": [
            {"who": ["冒充领导的人", "冒充老板的人"],
             "claim": ["我是你领导，明天来我办公室一趟，先加我新微信", "我在开会不方便接电话，你先帮我给客户转一笔钱"],
             "act": ["收到\"老板\"的QQ消息后没核实就给\"客户\"转了账", "被拉进一个假的\"公司管理群\"，按\"老板\"指示汇了款"],
             "sign": ["拉您进一个假的\"公司群\"再下指令"], "advice": ["财务付款必须走审批流程"],
             "key": ["冒充领导", "冒充老板"]},
            {"who": ["冒充亲友的人", "冒充\"儿子\"的人"],
             "claim": ["我换号了，这是我新号码，存一下", "爸，我手机掉水里了，急需交一笔培训费"],
             "act": ["以为是儿子换了新号，给对方转了钱", "接到\"孙子\"的求救电话后准备把现金交给\"律师\""],
             "sign": ["自称换了新号码"], "advice": ["家人说换号借钱，先打旧号码确认"],
             "key": ["我换号了", "冒充亲友"]},
            {"who": ["冒充班主任的人", "冒充辅导员的人"],
             "claim": ["各位家长，本学期资料费请扫码缴纳", "同学，学院有笔费用需要你先垫付一下"],
             "act": ["扫了冒充班主任的人在家长群里发的收款码", "替\"辅导员\"垫付了一笔所谓的学院费用"],
             "sign": ["在家长群里发个人收款码"], "advice": ["学校收费只走官方缴费渠道"],
             "key": ["冒充老师", "家长群收费"]},
            {"who": ["冒充老同学的人", "冒充老战友的人"],
             "claim": ["老同学，我在外地出差，能不能先借我点钱周转", "钱我已经转给你了，你帮我转给客户"],
             "act": ["相信了\"老同学\"发来的转账截图，先把钱转了出去", "被\"老战友\"叙了几天旧后借出了一笔钱"],
             "sign": ["发来一张假的\"转账截图\""], "advice": ["不要只凭截图就转账"],
             "key": ["冒充熟人", "AI换脸"]},
        ],
    },
    "credit_repair": {
        "name": ["虚假征信诈骗", "征信类诈骗", "\"影响征信\"诈骗", "虚假征信类诈骗"],
        "sign": ["声称您的征信会受影响", "让您在多个平台借款\"清空额度\"", "能准确说出您的姓名、学校等个人信息"],
        "advice": ["征信问题请到人民银行征信中心查询", "征信报告有误可免费提出异议", "不要把借来的钱转给任何\"客服\""],
        "subs": [
            {"who": ["自称网贷平台客服的人", "自称银保监会工作人员的人"],
             "claim": ["您大学时开通过校园贷账户，现在必须注销", "不注销的话会影响您的征信，以后买不了房"],
             "act": ["为了\"注销校园贷账户\"在多个App上借款后转给对方", "担心征信受影响，按对方要求清空了网贷额度"],
             "sign": ["声称不注销校园贷就会影响征信"], "advice": ["没借过校园贷就不存在注销"],
             "key": ["注销校园贷", "校园贷注销"]},
            {"who": ["自称京东金融客服的人", "自称支付宝客服的人"],
             "claim": ["您的花呗、白条不符合监管要求，需要关闭", "您的京东金条利率过高，需要调整", "需要把额度清空，才能注销账户"],
             "act": ["听信\"客服\"关闭白条的说法，把借来的钱转入指定账户", "为了\"关闭花呗\"在对方指导下借款转账"],
             "sign": ["要求把借来的钱转到\"指定账户\""], "advice": ["花呗、白条的调整请在官方App内查看"],
             "key": ["关闭花呗", "白条注销"]},
            {"who": ["号称能修复征信的\"公司\"", "自称征信中心内部人员的人"],
             "claim": ["我们可以帮您消除逾期记录，洗白征信", "交服务费，三天删除不良记录"],
             "act": ["交了几千元\"征信修复费\"却毫无结果", "付了\"洗白征信\"的定金后对方失联"],
             "sign": ["承诺花钱就能删除逾期记录"], "advice": ["不良记录不存在花钱修复"],
             "key": ["征信修复", "征信洗白"]},
        ],
    },
    "fake_shopping": {
        "name": ["虚假购物诈骗", "虚假网购诈骗", "虚假购物、服务类诈骗", "网购类诈骗"],
        "sign": ["价格远低于市场价", "要求脱离平台私下转账", "付款后又以各种名目继续收钱"],
        "advice": ["网购请在平台内完成交易", "价格低得离谱的商品多半是骗局", "先付款后发货的私下交易风险很大"],
        "subs": [
            {"who": ["朋友圈的\"微商\"", "二手平台上的卖家"],
             "claim": ["飞天茅台出厂价，一箱只要1800", "全新手机只卖市场价一半，平台手续费高咱们私下交易"],
             "act": ["在朋友圈买了\"低价\"名酒，付款后被拉黑", "私下转账买了一部低价手机，对方收钱后消失"],
             "sign": ["朋友圈全是\"买家好评\"截图"], "advice": ["名酒、手机远低于市场价的，一定有问题"],
             "key": ["低价茅台", "低价手机"]},
            {"who": ["黄牛", "自称有内部票源的人"],
             "claim": ["演唱会内场票原价转让，先付全款", "有内部票，先付定金锁票"],
             "act": ["私下购买演唱会门票，付了全款没拿到票", "给\"黄牛\"付了定金后被拉黑"],
             "sign": ["要求先付全款再\"验票\""], "advice": ["买票请认准官方售票渠道"],
             "key": ["黄牛票", "演唱会门票"]},
            {"who": ["宠物\"托运公司\"", "网上的宠物卖家"],
             "claim": ["宠物免费送养，只需要付运费", "狗狗已经上飞机了，还要交一笔保险费"],
             "act": ["网购一只宠物，先后被收了运费、疫苗费、笼子押金", "为了\"免费领养\"一只猫先后转了好几笔钱"],
             "sign": ["以运费、疫苗费、笼子押金层层加价"], "advice": ["买宠物请到正规宠物店当面挑选"],
             "key": ["宠物运费", "免费送养"]},
            {"who": ["号称有内部关系的\"中介\"", "办证广告上的\"客服\""],
             "claim": ["不用考试，内部渠道包拿驾照", "教师资格证包过，不过退款"],
             "act": ["花钱找\"内部渠道\"代办证书，交钱后对方失联", "交了\"包过费\"办驾照，最后什么也没拿到"],
             "sign": ["承诺不用考试就能拿证"], "advice": ["证书只能通过正规考试取得"],
             "key": ["代办驾照", "包过证书"]},
        ],
    },
    "game_trade": {
        "name": ["网络游戏产品虚假交易诈骗", "游戏账号交易诈骗", "游戏类诈骗", "网游虚假交易诈骗"],
        "sign": ["诱导脱离官方平台私下交易", "以\"账号冻结\"\"交易失败\"为由要求交保证金", "发来假的\"担保平台\"链接"],
        "advice": ["游戏交易请走官方平台", "官方客服不会让你转账解封", "不要添加陌生玩家的私人联系方式"],
        "victims": ["一名初中生", "一名小学生", "一名高中生", "一名大学生", "一名五年级学生"],
        "subs": [
            {"who": ["游戏交易群里的\"卖家\"", "陌生玩家"],
             "claim": ["{game}账号低价出售，加QQ私下交易", "代充点券五折，先付款后到账"],
             "act": ["为了低价买{game}账号，在对方发来的\"交易平台\"上交了保证金", "找人低价代充点券，付款后被拉黑"],
             "sign": ["账号、点券价格低得离谱"], "advice": ["低价代充、低价卖号多半是骗局"],
             "key": ["游戏账号交易", "低价代充"]},
            {"who": ["自称游戏客服的人", "陌生玩家"],
             "claim": ["免费领取限定皮肤，扫码验证身份就行", "未成年人领取奖励需要家长手机验证"],
             "act": ["用家长的手机扫码领取\"免费皮肤\"，被转走一大笔钱", "为了领\"限定皮肤\"按对方要求扫了好几个二维码"],
             "sign": ["让孩子用家长手机扫码付款"], "advice": ["家长要保管好支付密码，免费送的皮肤都是陷阱"],
             "key": ["免费皮肤", "送皮肤"]},
            {"who": ["游戏交易群里的\"买家\"", "\"担保平台\"客服"],
             "claim": ["你的游戏账号涉嫌违规，交解封费才能解冻", "交易平台显示您的账户被冻结，需要交保证金"],
             "act": ["卖游戏号时被\"买家\"要求缴纳解冻费", "轻信\"游戏客服\"说的账号违规，缴纳了解封费"],
             "sign": ["说账号违规要交\"解封费\""], "advice": ["账号被封请走游戏官方申诉渠道"],
             "key": ["解封费", "私下交易"]},
        ],
    },
    "phishing": {
        "name": ["钓鱼链接诈骗", "钓鱼短信诈骗", "虚假链接诈骗", "钓鱼网站诈骗"],
        "sign": ["短信里附带不明链接", "打开的网页和官网几乎一模一样", "要求输入银行卡号、密码和验证码",
                 "声称账户\"即将冻结\"\"今日过期\"制造紧张"],
        "advice": ["陌生短信里的链接一律不点", "办理业务请登录官方App", "验证码谁问都不给", "误点链接后请立即修改密码并联系银行"],
        "subs": [
            {"who": ["冒充ETC客服发短信的人", "冒充高速公路管理部门的人"],
             "claim": ["您的ETC认证已失效，请点击链接重新认证", "您的ETC卡将被停用，请尽快更新信息"],
             "act": ["点开\"ETC认证\"短信里的链接填写了银行卡信息", "在仿冒的ETC页面上输入了验证码"],
             "sign": ["以ETC失效为由发来认证链接"], "advice": ["ETC不会短信要求您点链接认证"],
             "key": ["ETC认证", "ETC失效"]},
            {"who": ["冒充银行发短信的人", "冒充运营商发短信的人"],
             "claim": ["您的积分即将清零，请尽快兑换", "您的手机银行证书已过期，请登录更新"],
             "act": ["在\"积分兑换\"页面输入了卡号、密码和验证码", "点击\"证书更新\"链接后银行卡被盗刷"],
             "sign": ["以积分清零、证书过期为由催您登录"], "advice": ["银行不会通过短信链接要求您登录"],
             "key": ["积分兑换", "证书过期"]},
            {"who": ["冒充税务部门发短信的人", "冒充医保部门发短信的人"],
             "claim": ["您有一笔个税退税待领取", "您的医保账户将于今日冻结，请点击验证"],
             "act": ["在仿冒的\"退税\"网站上填写了银行卡信息", "点了\"医保冻结\"短信里的链接，卡里的钱被转走"],
             "sign": ["以退税、补贴、医保为名发来链接"], "advice": ["退税请通过个人所得税App办理"],
             "key": ["退税链接", "补贴链接"]},
            {"who": ["盗号后的\"好友\"", "被盗号的同学"],
             "claim": ["你看这相册里是不是你", "这是聚会的照片，点开看看"],
             "act": ["点击好友发来的\"相册\"链接后账号被盗", "点开同学发来的\"照片\"链接，社交账号被人登录"],
             "sign": ["好友发来陌生的\"相册\"\"文件\"链接"], "advice": ["好友发的陌生链接先打电话问清楚"],
             "key": ["相册链接", "盗号链接"]},
        ],
    },
    "prize": {
        "name": ["虚假中奖诈骗", "中奖类诈骗", "虚假抽奖诈骗", "抽奖类诈骗"],
        "sign": ["领奖前要求先交税、公证费、手续费", "交了一笔钱后还要再交", "您从未参加过抽奖却被告知中奖"],
        "advice": ["中奖先交钱的都是骗局", "真正的奖金税款会从奖金里直接扣除", "天上不会掉馅饼"],
        "subs": [
            {"who": ["自称节目组工作人员的人", "自称电视台的人"],
             "claim": ["恭喜您被选为节目场外幸运观众，获得现金大奖", "您是本期节目的幸运观众，奖金12万"],
             "act": ["收到\"幸运观众\"短信后交了手续费和个人所得税", "为了领\"节目大奖\"登录陌生网站交了保证金"],
             "sign": ["声称您是节目\"幸运观众\""], "advice": ["节目组不会短信通知中奖"],
             "key": ["幸运观众", "场外观众大奖"]},
            {"who": ["\"商城周年庆\"工作人员", "自称公证处的人"],
             "claim": ["您在周年庆抽奖中获得一等奖", "还需要交一笔公证费才能发放奖品", "领奖前需要先缴纳个人所得税"],
             "act": ["为了领取\"一等奖\"先后交了公证费、保证金", "为了领一台电视先交了一笔\"税\""],
             "sign": ["要求先交\"公证费\"再发奖"], "advice": ["不要登录陌生网站填写领奖信息"],
             "key": ["中奖交税", "领奖公证费"]},
            {"who": ["冒充明星粉丝福利官的人", "直播间的\"抽奖客服\""],
             "claim": ["您的手机号被抽中，奖品是一辆汽车", "恭喜抽中粉丝福利，奖品已寄出，请先付保证金"],
             "act": ["为了领\"粉丝福利\"交了运费和保证金", "被告知抽中汽车，先交了上牌费"],
             "sign": ["说奖品已寄出，要先付运费、保证金"], "advice": ["正规抽奖不会先收取任何费用"],
             "key": ["抽奖大奖", "粉丝福利抽奖"]},
        ],
    },
}

TYPE_IDS = list(TYPES)

# Typical loss per case (yuan) for each type, so stories quote believable amounts.
AMOUNTS = {"refund": (2000, 150000), "fake_loan": (800, 50000), "police": (20000, 2000000), "romance": (20000, 1500000),
           "investment": (10000, 3000000), "task_rebate": (1000, 200000), "impersonation": (5000, 500000),
           "credit_repair": (3000, 150000), "fake_shopping": (300, 30000), "game_trade": (100, 20000),
           "phishing": (1000, 80000), "prize": (500, 50000)}

# Traditional-Chinese (Taiwan / Hong Kong) wording per scam type: (warning sentence, short name).
TRAD = {
    "refund": (["假冒網購客服謊稱「訂單設定錯誤」「重複扣款」，要求您操作ATM或網路銀行解除", "歹徒假冒物流客服說包裹遺失要理賠，要您提供信用卡資料"],
               ["解除分期付款詐騙", "假客服詐騙"]),
    "fake_loan": (["網路貸款聲稱「免審核、快速撥款」，卻要先繳保證金、手續費", "歹徒以「帳戶凍結需繳解凍金」為由拒絕撥款"],
                  ["假貸款詐騙", "借貸詐騙"]),
    "police": (["自稱檢警來電說您涉及洗錢案，要求監管帳戶或交付現金", "假冒檢察署傳送偽造公文，要求您把存款交給「專員」保管"],
               ["假檢警詐騙", "冒充公務機關詐騙"]),
    "romance": (["交友軟體認識的對象不願視訊，卻一直跟您談投資、借錢", "網友自稱在國外工作，以寄送包裹、繳關稅為由要您匯款"],
                ["假交友真詐財", "網上情緣騙案"]),
    "investment": (["LINE投資群組的「老師」「助理」保證獲利，要您下載APP入金", "臉書名人投資廣告引導您加入群組，先讓您小賺再大額入金"],
                   ["假投資詐騙", "投資騙案"]),
    "task_rebate": (["網路打工「按讚賺佣金」，先給小額報酬再要求儲值", "兼職刷單要您先墊付貨款，之後以「操作錯誤」拒絕出金"],
                    ["假打工詐騙", "網上兼職騙案"]),
    "impersonation": (["LINE好友自稱換了新號碼，接著開口借錢或要您代買禮品卡", "歹徒冒用主管名義要求員工緊急匯款"],
                      ["猜猜我是誰詐騙", "假冒主管詐騙"]),
    "credit_repair": (["來電稱您的信用紀錄有問題，付費就能幫您「洗白」", "假冒銀行說您的貸款帳戶要註銷，否則影響信用"],
                      ["假信用修復詐騙", "信用紀錄詐騙"]),
    "fake_shopping": (["社群平台販售低價演唱會門票、名牌包，要求先以轉數快或超商代碼付款", "免費送養寵物只需付運費，之後不斷加價"],
                      ["網購詐騙", "假賣家詐騙"]),
    "game_trade": (["遊戲帳號私下交易，對方要您先到超商買點數", "自稱遊戲客服說您中了稀有寶物，要先繳認證費"],
                   ["遊戲點數詐騙", "遊戲帳號詐騙"]),
    "phishing": (["簡訊稱包裹地址不全、帳單逾期，夾帶不明連結要您付款", "假冒銀行簡訊要您點連結更新資料、輸入OTP"],
                 ["釣魚簡訊詐騙", "假連結詐騙"]),
    "prize": (["來電說您中了大獎，領獎前要先匯稅金、手續費", "社群抽獎說您中獎，要先付運費、保證金"],
              ["假中獎詐騙", "抽獎騙案"]),
}

# ---------------------------------------------------------------------------
# General slots
# ---------------------------------------------------------------------------
POLICE_SIGNS = ["国家反诈中心", "全民反诈", "{city}公安", "{city}市公安局", "{city}反诈中心", "{city}警方", "反诈预警",
                "{city}市反诈中心", "平安{city}"]
SMS_OPENERS = ["提醒您：", "温馨提示：", "紧急预警：", "重要提醒！", "反诈预警：", "防范提示：", "您好，", "警方提醒："]
SMS_FRAMES = [
    "近期{name}高发，骗子常说\"{claim}\"，",
    "凡是{sign}的，都是{name}！",
    "有人对您说\"{claim}\"？这是{name}，",
    "警惕{name}：对方{sign}。",
    "{name}的典型特征是{sign}，",
    "听到\"{claim}\"，马上挂断！",
]
ADVICE_GENERAL = ["不听不信不转账。", "请勿向陌生账户转账。", "切勿泄露验证码。", "千万不要上当。", "请立即停止操作。",
                  "转账前务必多方核实。", "请转告家人朋友。"]
HOTLINES = ["如有疑问请拨打96110咨询。", "如已被骗请立即拨打110报警。", "请下载国家反诈中心App开启预警功能。",
            "可拨打96110反诈专线咨询。", "被骗后请保存证据并报警。", "接到96110来电请务必接听。", ""]

BANK_OPENERS = ["风险提示：", "温馨提示：", "尊敬的客户，", "防诈提醒：", "您好，"]
BANK_NEVER = ["本行不会以任何理由要求您把资金转入\"安全账户\"", "本行工作人员不会索要您的密码和短信验证码",
              "本行不会通过短信链接要求您登录网银", "本行客服不会要求您开启屏幕共享或下载会议软件",
              "本行从未委托第三方办理征信修复、额度提升", "本行不会要求您向个人账户转账\"验证资金\""]
BANK_TAILS = ["如有疑问请拨打本行官方客服热线。", "请以卡背面客服电话核实。", "谨防诈骗，守护资金安全。",
              "如非本人操作请立即致电本行。", "大额转账请多加核实。"]

# platform -> scam types its safety tips are about
PLATFORMS = {"淘宝": ["refund", "fake_shopping", "task_rebate"], "京东": ["refund", "credit_repair", "fake_loan"],
             "拼多多": ["refund", "task_rebate", "prize"], "抖音": ["refund", "task_rebate", "prize", "investment"],
             "闲鱼": ["fake_shopping", "game_trade", "refund"], "美团": ["refund", "fake_loan"],
             "支付宝": ["refund", "credit_repair", "phishing"], "微信支付": ["impersonation", "task_rebate", "phishing"],
             "快手": ["refund", "task_rebate", "romance"], "携程": ["refund", "fake_shopping"],
             "腾讯游戏": ["game_trade"], "网易游戏": ["game_trade"], "QQ安全中心": ["phishing", "impersonation", "game_trade"]}
PLATFORM_NEVER = ["{p}客服不会主动联系您退款理赔", "{p}不会要求您添加QQ或微信办理业务", "{p}不会让您下载第三方会议软件",
                  "{p}官方不会让您借款\"验证流水\"", "{p}不会通过短信链接让您输入验证码", "{p}从不收取\"解冻费\"\"保证金\""]
CARRIERS = ["中国移动", "中国联通", "中国电信", "中国广电"]
CARRIER_HOT = {"中国移动": "10086", "中国联通": "10010", "中国电信": "10000", "中国广电": "10099"}

NEWS_ACTION = ["破获一起{name}案", "打掉一个{name}团伙", "侦破系列{name}案件", "捣毁一个{name}窝点", "破获一批{name}案件"]
NEWS_RESULT = ["抓获犯罪嫌疑人{n}名", "涉案金额{amount}", "为群众挽回损失{amount}", "涉及全国{n}个省市的受害人",
               "冻结涉案资金{amount}", "查获手机、银行卡一批"]
NEWS_SRC = ["据{city}警方通报，", "记者从{city}市公安局获悉，", "{city}讯　", "【警方通报】", "近日，", "本报讯　", ""]
PEOPLE = ["一名男子", "一名女子", "一位七旬老人", "一名大学生", "一名宝妈", "一名退休教师", "一名公司会计", "一名初中生的家长",
          "一位外卖骑手", "一名程序员", "一对年轻夫妻", "一名高三学生"]
NEWS_TAIL = ["警方提醒：{advice}。", "民警提示：{advice}。", "目前案件正在进一步侦办中。", "警方已立案侦查。",
             "所幸银行工作人员及时发现并报警。", "在民警帮助下，部分资金已被紧急止付。"]

RELATIONS = ["我同事", "我妈", "我室友", "我表姐", "我邻居阿姨", "我爸", "我大学同学", "我们楼下的大爷", "我老公的朋友",
             "我闺蜜", "我小舅子", "我奶奶", "我们单位一个小姑娘", "我堂弟"]
STORY_OPEN = ["跟你们说个事，", "气死我了，", "唉，", "大家注意啊，", "说出来你们别笑，", "真是防不胜防，", "", "刚听说，"]
STORY_END = ["大家千万小心😭", "现在报警了，不知道能不能追回来", "幸好被我们拦住了", "我都不知道说什么好了",
             "你们家里人也提醒一下", "真的太可怕了", "钱估计是要不回来了", "还好最后一笔没转出去"]

ASK_OPEN = ["这是不是诈骗啊？", "大家帮我看看，", "求助！", "是骗子吗？", "问一下，", "有人知道吗，", "急急急，"]
ASK_Q = ["这个靠谱吗？", "我要不要照做？", "是真的假的？", "我该怎么办？", "是不是骗子？", "我有点慌", "你们遇到过吗"]

REFUSE = ["我知道你是骗子，别打了。", "你这套话术我在反诈宣传里听过了。", "我已经录音了，号码也举报了。",
          "行了，别装了，我直接去派出所问。", "不需要，谢谢，我会自己打官方电话核实。", "你再打我就报警了。",
          "我不会转一分钱的，死心吧。", "挂了，我去问问96110。"]

# (sender, audiences, scam types the notice is about)
SCHOOL_FROM = [
    ("XX小学", ["各位家长", "家长朋友们"], ["impersonation", "game_trade", "task_rebate", "phishing"]),
    ("XX中学", ["各位家长", "同学们"], ["game_trade", "task_rebate", "impersonation", "fake_shopping"]),
    ("XX幼儿园", ["各位家长", "亲爱的家长们"], ["impersonation", "phishing", "task_rebate"]),
    ("XX大学保卫处", ["同学们", "全体学生"], ["credit_repair", "task_rebate", "police", "fake_loan", "romance"]),
    ("XX学院学生处", ["各位同学", "同学们"], ["credit_repair", "fake_loan", "game_trade", "investment"]),
    ("XX社区居委会", ["各位居民", "叔叔阿姨们"], ["police", "prize", "phishing", "impersonation", "investment"]),
    ("XX街道", ["各位居民", "辖区群众"], ["police", "refund", "prize", "investment"]),
    ("XX村委会", ["乡亲们", "各位村民"], ["police", "prize", "impersonation", "fake_loan"]),
    ("XX物业服务中心", ["各位业主", "各位住户"], ["phishing", "refund", "fake_shopping", "police"]),
    ("XX老年大学", ["各位学员", "叔叔阿姨们"], ["police", "investment", "prize", "romance", "impersonation"]),
]
SCHOOL_ASK = ["请提醒家里的老人和孩子", "请大家相互转告", "遇到可疑情况请先打电话核实", "有任何疑问可以到社区警务室咨询",
              "请和孩子一起学习防骗知识", "欢迎参加本周六的反诈宣传活动"]

QA_Q = ["问：有人说\"{claim}\"，是真的吗？", "问：{who}联系我，说{claim}，怎么办？", "问：怎样识别{name}？",
        "问：遇到{key}这类说法该怎么应对？"]
QA_A = ["答：是诈骗！{sign}，就是骗子的套路。{advice}。", "答：请立即挂断。{advice}，凡是{sign}的都是诈骗。",
        "答：记住一个特征：{sign}。{advice}。", "答：这是典型的{name}。{advice}，如已转账请立即报警。"]
QA_HEAD = ["【反诈知识问答】", "【反诈小课堂】", "反诈每日一问｜", "【防骗100问】", "【普法时间】"]

CASE_HEAD = ["【以案说法】", "【以案为鉴】", "【真实案例】", "【反诈案例】", "案例分享："]
CASE_WHEN = ["近日，", "今年{m}月，", "上周，", "{m}月{d}日，", "前不久，"]

CALL_OPEN = ["您好，这里是96110反诈预警中心。", "您好，我是{city}市公安局反诈中心的民警。", "您好，这里是国家反诈中心预警劝阻专线。",
             "喂，您好，请问是{surname}先生吗？我是派出所的民警。", "您好，请问是{surname}女士吗？这里是96110。"]
CALL_MID = ["我们监测到您刚才接听了涉诈电话，对方是不是{who}？", "系统显示您正在和{who}联系，是吗？",
            "我们预警到您的账户可能正在向涉诈账户转账，是不是有人在指导您操作？",
            "您的手机上可能安装了诈骗团伙使用的App，是不是{who}让您装的？"]
CALL_CLOSE = ["请您千万不要转账，也不要提供验证码。", "请马上停止操作，我们的同事正在赶来。",
              "已经转的钱请保留记录，尽快到派出所报案。", "您可以在国家反诈中心App上核实我们的号码。",
              "请您一定相信我们，不要再联系对方了。"]

SLOGANS = ["{key}？诈骗！", "警惕{key}", "{key}=骗局", "谨防{name}", "小心{key}陷阱", "远离{key}", "{key}都是骗人的"]

HK_TW_SIGNS = ["165反詐騙", "刑事局提醒", "內政部警政署", "香港警務處", "防騙易", "反詐騙宣導", "守護錢包"]
HK_TW_TAIL = {"tw": ["有疑問請撥165反詐騙諮詢專線。", "請撥打165或110查證。", "切勿匯款，撥165求證。"],
              "hk": ["如有懷疑，請致電防騙易熱線18222。", "可用「防騙視伏器」查核可疑電話及網址。", "切勿轉賬，立即報警。"]}


def _fill(rng, s: str) -> str:
    """Fill small placeholders inside vocabulary entries."""
    return (s.replace("{meeting}", pick(rng, MEETING_APPS)).replace("{shop}", pick(rng, SHOPS))
            .replace("{courier}", pick(rng, COURIERS)).replace("{game}", pick(rng, GAMES))
            .replace("{city}", pick(rng, CITIES)))


def scen(rng, t: str) -> dict:
    """One coherent scenario of scam type ``t``: a sub-variant with its words."""
    typ = TYPES[t]
    sub = pick(rng, typ["subs"])
    return {
        "name": pick(rng, typ["name"]),
        "who": _fill(rng, pick(rng, sub["who"])),
        "claim": _fill(rng, pick(rng, sub["claim"])),
        "act": _fill(rng, pick(rng, sub["act"])),
        "key": pick(rng, sub["key"]),
        "sign": _fill(rng, pick(rng, sub["sign"] + typ["sign"])),
        "sign2": _fill(rng, pick(rng, typ["sign"])),
        "advice": _fill(rng, pick(rng, sub["advice"] + typ["advice"])),
        "victim": pick(rng, typ.get("victims", PEOPLE)),
        "amt": money(rng, *AMOUNTS[t], 100),
    }


def wan(rng, lo: int, hi: int) -> str:
    """A news-style amount: 386万元, 1200余万元, 2.3亿元."""
    value = rng.randint(lo, hi)
    if value >= 10000:
        return f"{value / 10000:.1f}亿元".replace(".0亿", "亿")
    return f"{value}{pick(rng, ['万元', '余万元', '万余元'])}"


_grams = trigrams


# ---------------------------------------------------------------------------
# Templates. Each returns (text, channel, extra tags).
# ---------------------------------------------------------------------------
def t1(rng):  # police / anti-fraud centre SMS
    s = scen(rng, pick(rng, TYPE_IDS))
    sign = "【" + _fill(rng, pick(rng, POLICE_SIGNS)) + "】"
    frame = pick(rng, SMS_FRAMES).format(name=s["name"], claim=s["claim"], sign=s["sign"])
    body = frame + s["advice"] + "，" + pick(rng, ADVICE_GENERAL) + pick(rng, HOTLINES)
    return sign + pick(rng, SMS_OPENERS) + body, "sms", []


def t2(rng):  # bank risk reminder
    s = scen(rng, pick(rng, TYPE_IDS))
    parts = [pick(rng, BANK_NEVER) + "。",
             pick(rng, ["近期", "目前", "据监测，近期", ""]) + s["name"] + pick(rng, ["多发", "高发", "频发"]) +
             pick(rng, ["，如发现对方", "，一旦发现对方", "，若对方"]) + s["sign"] + "，请" +
             pick(rng, ["立即挂断", "提高警惕", "停止转账", "不予理会"]) + "。"]
    rng.shuffle(parts)
    return f"【{pick(rng, BANKS)}】" + pick(rng, BANK_OPENERS) + "".join(parts) + pick(rng, BANK_TAILS), "sms", []


def t3(rng):  # platform / carrier safety tip
    if rng.random() < 0.3:
        s = scen(rng, pick(rng, TYPE_IDS))
        c = pick(rng, CARRIERS)
        text = (f"【{c}】" + pick(rng, ["温馨提示：", "防诈提醒：", "尊敬的用户，"]) + "请警惕" + s["name"] + "。" +
                pick(rng, [f"骗子常称\"{s['claim']}\"", f"对方往往{s['sign']}"]) + "，" +
                pick(rng, ["运营商不会通过短信链接要求您登录", "请勿出租出借电话卡", "请勿向陌生人透露验证码"]) +
                f"，如有疑问请拨打{CARRIER_HOT[c]}。")
        return text, "sms", []
    p = pick(rng, list(PLATFORMS))
    s = scen(rng, pick(rng, PLATFORMS[p]))
    never = pick(rng, PLATFORM_NEVER).format(p=p)
    text = (pick(rng, [f"【{p}】安全提示：", f"【{p}】温馨提醒：", f"{p}安全中心提醒您："]) + never + "。" +
            pick(rng, [f"如有人说\"{s['claim']}\"", f"凡是对方{s['sign']}的", f"遇到{s['who']}"]) + "，" +
            pick(rng, ["均为诈骗", "请立即停止沟通", "请谨慎核实", "请直接挂断"]) + "。" + s["advice"] + "。")
    return text, "sms", []


def t4(rng):  # news headline / sentence about a case
    s = scen(rng, pick(rng, TYPE_IDS))
    city = pick(rng, CITIES)
    name = s["name"].replace("\"", "")
    res = rng.sample(NEWS_RESULT, 2)
    res = [r.format(n=rng.randint(3, 90), amount=wan(rng, 30, 60000)) for r in res]
    if rng.random() < 0.4:
        text = f"{city}警方" + pick(rng, NEWS_ACTION).format(name=name) + "，" + "，".join(res) + "。"
    else:
        text = (pick(rng, NEWS_SRC).format(city=city) + pick(rng, [f"{city}", "当地", "某地"]) +
                pick(rng, ["警方", "公安机关", "反诈中心"]) + pick(rng, NEWS_ACTION).format(name=name) + "，" + "，".join(res) +
                pick(rng, [f"。据介绍，嫌疑人冒充{s['who']}，", "。办案民警介绍，嫌疑人往往", "。该类诈骗的特点是"]) +
                s["sign"] + "。" + pick(rng, NEWS_TAIL).format(advice=s["advice"]))
    return text, "post", []


def t5(rng):  # victim news item
    s = scen(rng, pick(rng, TYPE_IDS))
    city = pick(rng, CITIES)
    who = s["victim"]
    amt = s["amt"]
    if rng.random() < 0.35:
        text = pick(rng, [f"{who[2:]}{s['act']}，被骗{amt}", f"轻信\"{s['claim']}\"，{who[2:]}被骗{amt}",
                          f"{city}{who[2:]}遭遇{s['name']}，损失{amt}", f"{who[2:]}遇上{s['who']}，{amt}没了"])
    else:
        text = (f"{city}{who}" + pick(rng, ["近日", "日前", "上周"]) + s["act"] + "，" +
                pick(rng, [f"前后共被骗{amt}。", f"损失{amt}。", f"险些损失{amt}，幸被民警劝阻。", f"直到对方失联才发现被骗，共损失{amt}。"]) +
                pick(rng, NEWS_TAIL).format(advice=s["advice"]))
    return text, "post", []


def t6(rng):  # friend tells a victim story (chat)
    s = scen(rng, pick(rng, TYPE_IDS))
    rel = pick(rng, RELATIONS)
    amt = s["amt"]
    mid = pick(rng, [f"{rel}被{s['who']}骗了{amt}，", f"{rel}差点被{s['who']}骗了，",
                     f"{rel}遇到{s['key']}的骗局了，", f"{rel}上当了，"])
    detail = pick(rng, [f"对方说\"{s['claim']}\"，", f"{s['act']}，", f"人家{s['sign'].replace('您', '她')}，居然还信了，"])
    return pick(rng, STORY_OPEN) + mid + detail + pick(rng, STORY_END), "chat", []


def t7(rng):  # asking whether something is a scam
    s = scen(rng, pick(rng, TYPE_IDS))
    body = pick(rng, [f"有人跟我说\"{s['claim']}\"，", f"{s['who']}联系我，说{s['claim']}，",
                      f"刚接到个电话，感觉不对劲，对方{s['sign'].replace('您', '我')}，", f"我收到条消息：\"{s['claim']}\"，"])
    answer = ""
    if rng.random() < 0.4:
        answer = pick(rng, ["\n——是诈骗！", "\n回复：百分百骗子，", "\n楼下：别信，"]) + s["advice"]
    return pick(rng, ASK_OPEN) + body + pick(rng, ASK_Q) + answer, "chat", []


def t8(rng):  # refusing a scammer (call or chat)
    s = scen(rng, pick(rng, TYPE_IDS))
    if rng.random() < 0.5:
        text = (pick(rng, ["你说", "你刚才说", "哦，", "呵呵，"]) + f"\"{s['claim']}\"？" +
                pick(rng, ["这不就是新闻里说的骗局嘛，", "我又不傻，", "我刚看过反诈宣传，", "你当我没看过新闻？", ""]) +
                pick(rng, REFUSE))
    else:
        text = (pick(rng, REFUSE) + pick(rng, ["你们这种", "像你这样", "搞"]) + s["key"] + pick(rng, ["的", "的骗子", "这一套的"]) +
                pick(rng, ["我见多了。", "反诈App早就提醒过了。", "该收手了。", "我妈都知道。"]))
    return text, pick(rng, ["call", "chat"]), []


def t9(rng):  # knowledge Q&A post
    s = scen(rng, pick(rng, TYPE_IDS))
    q = rng.randrange(len(QA_Q))
    if q < 2:  # a concrete case
        answers = QA_A
    elif q == 2:  # "how to recognise"
        answers = [QA_A[2], "答：主要看两点：一是{sign}，二是{sign2}。{advice}。"]
    else:  # "how to respond"
        answers = QA_A[1:3]
    text = pick(rng, QA_HEAD) + QA_Q[q].format(**s) + pick(rng, answers).format(**s)
    if rng.random() < 0.5:
        text += pick(rng, HOTLINES)
    return text, "post", []


def t10(rng):  # case explanation post
    t = pick(rng, TYPE_IDS)
    s = scen(rng, t)
    city = pick(rng, CITIES)
    sur = pick(rng, SURNAMES)
    if t in ("game_trade", "task_rebate") and rng.random() < 0.6:
        victim, ref = pick(rng, [("初中生小" + sur, "小" + sur), ("小学生" + sur + "某", sur + "某"), ("高中生小" + sur, "小" + sur)])
    else:
        victim, ref = pick(rng, [("市民" + sur + "女士", sur + "女士"), ("市民" + sur + "先生", sur + "先生"),
                                 ("大学生小" + sur, "小" + sur), ("某公司员工" + sur + "某", sur + "某"),
                                 ("退休职工老" + sur, "老" + sur), (sur + "阿姨", sur + "阿姨"), ("宝妈" + sur + "女士", sur + "女士")])
    verb, tails = pick(rng, [("接到", ["的电话", "打来的电话"]), ("收到", ["的消息", "的私信", "发来的信息"]), ("遇到", [""]),
                             ("被", ["主动联系"])])
    text = (pick(rng, CASE_HEAD) + pick(rng, CASE_WHEN).format(m=rng.randint(1, 12), d=rng.randint(1, 28)) + f"{city}{victim}" +
            verb + s["who"] + pick(rng, tails) +
            f"，对方称\"{s['claim']}\"。随后{ref}" + s["act"] + "，" +
            pick(rng, [f"共计损失{s['amt']}", f"被骗{s['amt']}",
                       "所幸在转账前被民警劝阻"]) + "。" + pick(rng, ["警方提醒：", "民警提示：", "划重点："]) +
            s["sign2"] + "的，都是" + s["name"] + "；" + s["advice"] + "。")
    return text, "post", []


def t11(rng):  # 96110 call transcript
    s = scen(rng, pick(rng, TYPE_IDS))
    open_ = pick(rng, CALL_OPEN).format(city=pick(rng, CITIES), surname=pick(rng, SURNAMES))
    mid = pick(rng, CALL_MID).format(who=s["who"])
    if rng.random() < 0.5:
        text = (f"民警：{open_}{mid}\n对方：对啊，他说\"{s['claim']}\"。\n民警：那是{s['name']}，" +
                f"{s['advice']}。{pick(rng, CALL_CLOSE)}")
    else:
        text = open_ + mid + "这是" + s["name"] + "的典型手法，" + s["sign"] + "的都是骗子。" + pick(rng, CALL_CLOSE)
    return text, "call", []


def t12(rng):  # school / community notice
    src, auds, types = pick(rng, SCHOOL_FROM)
    a, b = (scen(rng, t) for t in rng.sample(types, 2))
    text = (pick(rng, [f"【{src}】", f"{src}通知：", f"【{src}反诈提醒】"]) + pick(rng, auds) + "：" +
            pick(rng, ["近期", "最近", "开学以来，", "节假日期间，"]) + a["name"] + "和" + b["name"] +
            pick(rng, ["多发", "时有发生", "高发"]) + "。骗子往往" + a["sign"] + "，或者" + b["sign"] + "。" +
            pick(rng, SCHOOL_ASK) + "，" + pick(rng, ADVICE_GENERAL))
    return text, pick(rng, ["post", "sms"]), []


def t13(rng):  # traditional Chinese (Taiwan / HK)
    t = pick(rng, TYPE_IDS)
    warn, names = TRAD[t]
    region = "hk" if rng.random() < 0.4 else "tw"
    if region == "hk":
        sign, lead = pick(rng, ["香港警務處", "防騙易", "守護錢包"]), pick(rng, ["提提你：", "最新騙案手法：", "防騙貼士：", ""])
    else:
        sign, lead = pick(rng, ["165反詐騙", "刑事局提醒", "內政部警政署", "反詐騙宣導"]), pick(rng, ["提醒您：", "最新詐騙手法：", "防詐宣導：", ""])
    text = f"【{sign}】{lead}" + pick(rng, warn) + "，" + pick(rng, ["這就是", "極可能是", "一律是"]) + pick(rng, names) + "！" + \
        pick(rng, HK_TW_TAIL[region])
    return text, pick(rng, ["sms", "post"]), ["traditional"]


def t14(rng):  # short slogans
    s = scen(rng, pick(rng, TYPE_IDS))
    text = pick(rng, SLOGANS).format(key=s["key"], name=s["name"].replace("\"", ""))
    return text, pick(rng, ["post", "sms", "chat"]), []


def t15(rng):  # warning that quotes a disguised scam ad
    s = scen(rng, pick(rng, ["task_rebate", "fake_loan", "investment", "game_trade", "fake_shopping"]))
    ad = separate(rng, s["claim"], rate=0.35) + "，" + contact(rng, disguised=True)
    text = (pick(rng, ["看到这种：", "群里又有人发：", "收到这样的私信：", "评论区常见的："]) + f"\"{ad}\"" +
            pick(rng, ["——这就是", "，别信，是", "，一律是", "，这就是典型的"]) + s["name"] + "，" +
            pick(rng, ["故意用符号和谐音躲避审核。", "请直接举报。", "管理员已踢出。", "大家别加。"]))
    return text, pick(rng, ["post", "chat"]), ["disguised"]


TEMPLATES = {"t1": (t1, 70), "t2": (t2, 45), "t3": (t3, 55), "t4": (t4, 55), "t5": (t5, 55), "t6": (t6, 60),
             "t7": (t7, 55), "t8": (t8, 45), "t9": (t9, 50), "t10": (t10, 45), "t11": (t11, 45), "t12": (t12, 35),
             "t13": (t13, 60), "t14": (t14, 25), "t15": (t15, 30)}
MAX_SIMILARITY = 0.55


def generate(rng) -> list[dict]:
    rows: list[dict] = []
    kept: list[set[str]] = []
    for tid, (fn, want) in TEMPLATES.items():
        got = 0
        for _ in range(want * 40):
            if got >= want:
                break
            text, channel, tags = fn(rng)
            grams = _grams(text)
            if any(len(grams & g) >= MAX_SIMILARITY * len(grams | g) for g in kept):
                continue
            kept.append(grams)
            tags = ["antifraud", *tags]
            if len(text) < 15:
                tags.append("short")
            elif len(text) > 150:
                tags.append("long")
            rows.append(record(text, LABEL, channel, f"gen:{MODULE}:{tid}", tags))
            got += 1
    return rows
