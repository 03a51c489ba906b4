"""Sentences that carry a value ({v}) or ask for one, per entity and language.

`CARRY[entity][language]` puts the value between words with spaces, sometimes bare (the
context is then only in the agent's question the turn before); `GLUED[entity]` glues it to
Thai words as ASR and hurried agents write it. Negatives use the same shape.
"""

from __future__ import annotations

ASK = {
    "CREDIT_CARD": {
        "th": "รบกวนขอหมายเลขบัตรเครดิตค่ะ",
        "en": "Could I have the long number on the card?",
        "mixed": "ขอ card number หน่อยค่ะ",
    },
    "TH_TNIN": {
        "th": "ขอเลขบัตรประชาชนเพื่อยืนยันตัวตนค่ะ",
        "en": "For verification, may I have your Thai national ID number?",
        "mixed": "ขอเลข ID card ค่ะ",
    },
    "BANK_ACCOUNT": {
        "th": "ต้องการให้โอนเข้าบัญชีไหนครับ",
        "en": "Which account should we refund to?",
        "mixed": "ขอเลข account ที่จะรับเงินค่ะ",
    },
    "PHONE_NUMBER": {
        "th": "ขอเบอร์ติดต่อกลับค่ะ",
        "en": "What's the best number to call you back on?",
        "mixed": "ขอเบอร์ mobile ติดต่อกลับครับ",
    },
}

CARRY = {
    "CREDIT_CARD": {
        "th": [
            "หมายเลขบัตรเครดิต {v} ค่ะ",
            "เลขบัตรคือ {v} ครับ",
            "บัตรใบนี้ค่ะ {v}",
            "{v} ค่ะ",
            "เลขหน้าบัตร {v} นะคะ",
            "เลขบัตรเครดิตของดิฉันคือ {v} ค่ะ",
        ],
        "en": [
            "The card number is {v}.",
            "it's {v}",
            "my card {v} was charged",
            "{v}",
            "the number on the front is {v}",
            "It's a Visa, {v}",
        ],
        "mixed": ["card number {v} ค่ะ", "เลขบัตร credit {v} ครับ", "{v} ครับ", "เลขบน card {v} ค่ะ"],
    },
    "TH_TNIN": {
        "th": [
            "เลขบัตรประชาชน {v} ค่ะ",
            "เลขประจำตัวประชาชนของผม {v} ครับ",
            "{v} ค่ะ",
            "เลขสิบสามหลัก {v} ครับ",
        ],
        "en": ["My national ID is {v}", "ID number {v}, yes.", "{v}", "the ID on my card is {v}"],
        "mixed": ["เลข ID card {v} ค่ะ", "บัตรประชาชน number {v} ครับ", "{v}", "ID {v} ค่ะ"],
    },
    "BANK_ACCOUNT": {
        "th": [
            "โอนเข้าบัญชีกสิกร เลขที่ {v} ค่ะ",
            "บัญชีไทยพาณิชย์ เลขบัญชี {v} ครับ",
            "{v} ครับ",
            "ธนาคารกรุงเทพ บัญชีออมทรัพย์ {v} ค่ะ",
        ],
        "en": [
            "Please refund to my Bangkok Bank account {v}",
            "account number {v} at SCB",
            "{v}",
            "my savings account is {v}",
            "transfer it to {v}, Kasikorn",
        ],
        "mixed": [
            "เลข account {v} ธนาคารกรุงไทยค่ะ",
            "โอนเข้า bank account {v} ครับ",
            "{v} ค่ะ",
            "บัญชี savings {v} ครับ",
        ],
    },
    "PHONE_NUMBER": {
        "th": [
            "เบอร์โทร {v} ค่ะ",
            "ติดต่อกลับที่เบอร์ {v} ได้เลยครับ",
            "{v} นะคะ",
            "มือถือ {v} ค่ะ",
            "เบอร์ที่ติดต่อได้คือ {v} ครับ",
        ],
        "en": [
            "You can reach me on {v}",
            "call me back at {v} please",
            "{v}",
            "my mobile is {v}",
            "the number is {v}, that's my cell",
        ],
        "mixed": ["เบอร์ mobile {v} ค่ะ", "โทรกลับ {v} ได้เลยครับ", "{v}", "ติดต่อ mobile {v} ได้ครับ"],
    },
    "OTP": {
        "th": ["รหัส OTP ที่ได้รับคือ {v} ค่ะ", "รหัสผ่านครั้งเดียว {v} ครับ"],
        "en": ["The OTP I got is {v}", "the one-time code says {v}"],
        "mixed": ["OTP ที่ได้คือ {v} ค่ะ"],
    },
    "CARD_CVV": {
        "th": ["เลขสามตัวหลังบัตร {v} ค่ะ", "รหัส CVV {v} ครับ"],
        "en": ["The CVV is {v}", "security code on the back is {v}"],
        "mixed": ["CVV หลังบัตร {v} ค่ะ"],
    },
    "CARD_EXPIRY": {
        "th": ["บัตรหมดอายุ {v} ค่ะ", "วันหมดอายุบัตร {v} ครับ", "วันหมดอายุคือ {v} ค่ะ"],
        "en": ["It expires {v}", "expiry date {v}", "The expiry date is {v}."],
        "mixed": ["expiry date {v} ค่ะ", "หมดอายุ {v} ครับ"],
    },
    "DATE_OF_BIRTH": {
        "th": ["วันเกิด {v} ค่ะ", "เกิดวันที่ {v} ครับ"],
        "en": ["My date of birth is {v}", "I was born on {v}"],
        "mixed": ["date of birth {v} ค่ะ"],
    },
    "PASSPORT": {
        "th": ["หนังสือเดินทางเลขที่ {v} ค่ะ", "เลขพาสปอร์ต {v} ครับ"],
        "en": ["My passport number is {v}", "passport {v}"],
        "mixed": ["passport number {v} ค่ะ"],
    },
    "EMAIL_ADDRESS": {
        "th": ["อีเมล {v} ค่ะ", "ส่งเอกสารมาที่อีเมล {v} ได้เลยครับ"],
        "en": ["My email is {v}", "send it to {v} please"],
        "mixed": ["email {v} ค่ะ"],
    },
}

GLUED = {
    "CREDIT_CARD": ["บัตรเครดิตเลข{v}ค่ะ", "เลขบัตร{v}ครับ"],
    "TH_TNIN": ["เลขบัตรประชาชน{v}ค่ะ", "บัตรประชาชนเลข{v}ครับ"],
    "BANK_ACCOUNT": ["เลขบัญชีกสิกร{v}ค่ะ", "บัญชีเลขที่{v}ครับ"],
    "PHONE_NUMBER": ["เบอร์โทร{v}ค่ะ", "ติดต่อที่เบอร์{v}นะครับ"],
    "OTP": ["รหัสOTPคือ{v}ค่ะ", "รหัส{v}ครับ"],
}

# Said before an answer: the customer acknowledging, hesitating or checking the card.
LEAD_IN = {
    "th": ["", "", "ได้ค่ะ ", "โอเคครับ ", "อ๋อ ", "แป๊บนึงนะคะ "],
    "en": ["", "", "Sure, ", "Okay, ", "Um, ", "Right, "],
    "mixed": ["", "", "ok ค่ะ ", "ได้ครับ "],
}

SPLIT_OPEN = {"th": "เลขคือ {v}", "en": "okay it's {v}", "mixed": "number คือ {v}"}
SPLIT_GO_ON = {"th": "{v} ค่ะ", "en": "{v}", "mixed": "{v} ครับ"}

NEGATIVE = {
    "imei": {
        "th": ["เลข IMEI เครื่อง {v} ค่ะ", "IMEI ของมือถือคือ {v} ครับ"],
        "en": ["the phone's IMEI is {v}", "IMEI {v} on the box"],
    },
    "order_number": {
        "th": ["หมายเลขคำสั่งซื้อ {v} ค่ะ", "เลขที่ออเดอร์ {v} ครับ"],
        "en": ["order number {v}", "my reference is {v}"],
    },
    "amount": {
        "th": ["ยอดที่ถูกตัดคือ {v} บาทค่ะ", "ชำระขั้นต่ำ {v} บาทครับ"],
        "en": ["I was charged {v} baht", "the balance shows {v} THB"],
    },
    "date": {
        "th": ["ทำรายการวันที่ {v} ค่ะ", "ครบกำหนดชำระ {v} ครับ"],
        "en": ["the payment was on {v}", "due date is {v}"],
    },
    "be_year": {
        "th": ["สมัครบัตรตั้งแต่ปี {v} ค่ะ", "ใบแจ้งยอดปี {v} ครับ"],
        "en": ["card issued in {v} BE", "statement for year {v}"],
    },
    "tracking": {
        "th": ["เลขพัสดุ {v} ค่ะ", "ส่งบัตรใหม่ทางไปรษณีย์ เลขติดตาม {v} ครับ"],
        "en": ["the tracking number is {v}", "parcel {v} was returned"],
    },
    "bad_checksum_13": {
        "th": ["เลขที่ใบแจ้งหนี้ {v} ค่ะ", "เลขอ้างอิง {v} ครับ"],
        "en": ["invoice number {v}", "reference {v}"],
    },
    "extension": {
        "th": ["โทรเข้าสายภายในต่อ {v} ได้เลยค่ะ", "ต่อ {v} นะครับ"],
        "en": ["ask for extension {v}", "ext. {v}"],
    },
    "link_ids": {
        "th": ["ดูรายละเอียดบัตรที่ลิงก์นี้ค่ะ {v}", "ลิงก์โปรโมชั่นบัตร {v} ครับ"],
        "en": ["the card offer is at {v}", "I saw this card post {v}"],
    },
    "product_expiry": {
        "th": ["สินค้าชิ้นนี้หมดอายุ {v} ค่ะ", "คูปองหมดอายุ {v} ครับ"],
        "en": ["the coupon expires {v}", "the voucher expiry is {v}"],
    },
}
