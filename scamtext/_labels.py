"""The scam taxonomy (ids are stable API; see TAXONOMY.md in the project's shared folder)."""

from __future__ import annotations

from typing import NamedTuple


class Label(NamedTuple):
    """One taxonomy entry."""

    id: str
    zh: str
    description: str
    tip: str


LABELS: tuple[Label, ...] = (
    Label("normal", "正常",
          "Not a scam: chats, notifications, codes, bills, legitimate ads, anti-fraud warnings and news.",
          "未发现诈骗特征，但仍请勿向任何人透露验证码和银行卡密码。"),
    Label("refund", "冒充电商物流客服（退款理赔）",
          "Fake platform, courier or airline customer service offering a refund or compensation.",
          "退款理赔请在官方App内办理，客服不会要求共享屏幕、提供验证码或先转账。"),
    Label("fake_loan", "虚假网络贷款、代办信用卡",
          "Easy loans or credit limits that then demand deposits, unfreezing or membership fees.",
          "正规贷款放款前不收取任何保证金、解冻金或刷流水费用。"),
    Label("police", "冒充公检法及政府机关",
          "Poses as police, procuratorate, court or officials; money laundering, warrants, safe accounts.",
          "公检法机关不会通过电话办案，也没有所谓的“安全账户”，不会要求转账。"),
    Label("romance", "网络婚恋交友（杀猪盘）",
          "Online romance that steers to a gambling, investment or crypto platform or a fee.",
          "网恋对象带你投资、博彩或充值，极可能是杀猪盘，切勿转账。"),
    Label("investment", "虚假网络投资理财",
          "Stock-tip groups, teachers, insider shares, crypto, guaranteed high returns.",
          "承诺稳赚不赔、高额回报的“老师”和投资群都是诈骗，请通过正规券商投资。"),
    Label("task_rebate", "刷单返利（虚假兼职）",
          "Part-time likes, reviews or order brushing with prepaid tasks and frozen withdrawals.",
          "刷单本身违法，所有先垫付再返利的兼职都是诈骗。"),
    Label("impersonation", "冒充领导、熟人",
          "Poses as a boss, teacher, relative or friend and asks for an urgent transfer.",
          "“领导”“熟人”换号借钱或要求转账，务必先打原号码或当面核实。"),
    Label("credit_repair", "虚假征信",
          "Claims the credit record will suffer (student loans, 花呗/白条) or offers to delete bad records.",
          "征信无法花钱修复，注销学生贷、关闭花呗无需转账，以征信中心和官方App为准。"),
    Label("fake_shopping", "虚假购物、服务",
          "Too-cheap goods or services paid in advance and never delivered.",
          "远低于市价的商品和私下交易风险极高，请通过平台担保交易付款。"),
    Label("game_trade", "网络游戏产品虚假交易",
          "Game accounts, skins, top-ups or currency traded off-platform, fake freeze fees.",
          "游戏账号和装备请在官方或正规平台交易，不要私下转账或扫码。"),
    Label("phishing", "钓鱼链接",
          "Poses as a bank, carrier, ETC or parcel service and sends a link to log in or verify.",
          "不要点击短信中的陌生链接，登录银行和运营商请使用官方App或官网。"),
    Label("prize", "虚假中奖",
          "Announces a prize that needs tax, notarisation or handling fees, or a login to claim.",
          "天上不会掉馅饼，要求先交税费、手续费才能领奖的都是诈骗。"),
)

LABEL_IDS: tuple[str, ...] = tuple(label.id for label in LABELS)
LABELS_BY_ID: dict[str, Label] = {label.id: label for label in LABELS}
NORMAL = "normal"
