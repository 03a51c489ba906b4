"""Ordinary contact-centre talk without PII: what most turns of a real call look like.

Lines are per language ("th", "en", "mixed" = Thai with English banking words) and role.
"""

from __future__ import annotations

GREETING = {
    "th": [
        "สวัสดีค่ะ ธนาคารยินดีให้บริการค่ะ",
        "สวัสดีครับ ศูนย์บริการลูกค้าบัตรเครดิตยินดีให้บริการครับ",
        "สวัสดีค่ะ ขอบคุณที่รอสายนะคะ",
    ],
    "en": [
        "Good morning, thank you for calling customer care.",
        "Hi, thanks for holding, how can I help you today?",
        "Hello and welcome to the card services line.",
        "Hello, this is Customer Care, how may I help?",
    ],
    "mixed": [
        "สวัสดีค่ะ Card Services ยินดีให้บริการค่ะ",
        "สวัสดีครับ ขอบคุณที่โทรเข้ามาที่ call center ครับ",
    ],
}

AGENT = {
    "th": [
        "รบกวนขอทราบเรื่องที่ต้องการติดต่อค่ะ",
        "สักครู่นะคะ ดิฉันกำลังตรวจสอบข้อมูลให้ค่ะ",
        "ขออนุญาตพักสายสักครู่นะครับ",
        "ขอบคุณที่รอสายค่ะ",
        "ตอนนี้ระบบแสดงว่ามีรายการค้างชำระอยู่ค่ะ",
        "ทางเราจะส่งเรื่องให้ฝ่ายที่เกี่ยวข้องตรวจสอบนะคะ",
        "ขอยืนยันตัวตนก่อนนะคะ",
        "เข้าใจค่ะ ไม่ต้องกังวลนะคะ",
        "รายการนี้จะปรากฏในใบแจ้งยอดรอบถัดไปครับ",
        "มีอะไรให้ช่วยเพิ่มเติมไหมคะ",
        "คุณลูกค้าต้องการให้ส่งบัตรใบใหม่ไปที่อยู่เดิมไหมคะ",
        "ดิฉันเข้าใจค่ะ เดี๋ยวดิฉันช่วยดูให้นะคะ",
        "ผมขอตรวจสอบรายการล่าสุดก่อนนะครับ",
        "คุณต้องการอายัดบัตรเลยไหมคะ",
    ],
    "en": [
        "Let me pull up your account, bear with me.",
        "Thanks for waiting, I can see the transaction now.",
        "I'll need to verify a few details first.",
        "I completely understand, let's get this sorted.",
        "That charge should drop off within a few days.",
        "I've raised a dispute for you.",
        "Is there anything else I can help you with?",
        "Could you hold the line for a moment?",
        "I can see two pending transactions on the account.",
        "No problem at all, I'm happy to help.",
        "It's showing as Pending on my screen.",
        "This is Card Services, the fraud team will call you.",
        "I'm sorry about that, Madam.",
    ],
    "mixed": [
        "ขอตรวจสอบ account ให้ก่อนนะคะ",
        "รายการนี้เป็น pending transaction ค่ะ",
        "ทางเราจะ block บัตรให้ก่อนนะคะ",
        "ขอ verify ข้อมูลนิดนึงนะครับ",
        "ระบบกำลัง update ข้อมูลค่ะ",
    ],
}

CUSTOMER = {
    "th": [
        "อยากสอบถามเรื่องยอดในบัตรเครดิตค่ะ",
        "บัตรหายครับ อยากอายัดบัตร",
        "เมื่อวานโดนตัดเงินสองครั้งค่ะ",
        "ได้ค่ะ รอได้ค่ะ",
        "ครับ ๆ เข้าใจแล้วครับ",
        "สามีของดิฉันเป็นคนใช้บัตรนี้ค่ะ",
        "ห้ามตัดเงินอัตโนมัติได้ไหมครับ",
        "รอมาสองสามวันแล้วค่ะ ยังไม่ได้เงินคืน",
        "โอเคค่ะ ขอบคุณมากนะคะ",
        "ไม่มีแล้วครับ ขอบคุณครับ",
        "ใช้บัตรที่ร้านตรงสี่แยกแล้วเครื่องขัดข้องค่ะ",
        "ผมไม่แน่ใจครับ ต้องถามภรรยาก่อน",
        "ดิฉันใช้บัตรที่ห้างเซ็นทรัลค่ะ",
        "หนูไม่ได้เป็นคนทำรายการนี้ค่ะ",
    ],
    "en": [
        "Hi, I'm calling about a charge I don't recognise.",
        "I lost my card yesterday and want to block it.",
        "Sure, one moment please.",
        "I have two cards with you, it's the gold one.",
        "Okay, that makes sense, thanks.",
        "No, that's everything, thank you.",
        "It was charged twice for the same order.",
        "Can you tell me when the refund will arrive?",
        "Yes, go ahead.",
        "I'd like to raise a complaint about the app.",
        "I'm not sure, I think it was Tuesday.",
        "It's Visa, the Platinum one.",
        "I am calling from Chiang Mai.",
    ],
    "mixed": [
        "อยากเช็ค statement เดือนนี้ค่ะ",
        "app ของธนาคารเข้าไม่ได้ครับ",
        "โอเคค่ะ thank you ค่ะ",
        "บัตร gold ใบที่สองค่ะ",
        "รอ refund มาหลายวันแล้วครับ",
    ],
}

CLOSING = {
    "th": ["ขอบคุณที่ใช้บริการค่ะ สวัสดีค่ะ", "ยินดีให้บริการครับ สวัสดีครับ"],
    "en": ["Thanks for calling, have a great day.", "You're welcome, goodbye."],
    "mixed": ["ขอบคุณที่ใช้บริการ have a nice day ค่ะ", "ยินดีให้บริการครับ bye ครับ"],
}

BACKCHANNEL = {
    "th": ["ค่ะ", "ครับ", "อืม", "ค่ะ ๆ"],
    "en": ["uh-huh", "mm-hmm", "okay", "yep"],
    "mixed": ["ค่ะ", "okay ค่ะ", "ครับ"],
}
