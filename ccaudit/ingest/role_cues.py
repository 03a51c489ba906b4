"""What agents say and what customers say, in Thai and English, as weighted patterns.

Agents answer with the organisation's name or thank the caller for calling, say who they
are ("Nok speaking", "ดิฉันพลอยรับสายค่ะ"), call out on the organisation's behalf ("calling
from", "โทรจาก", "ขอเรียนสายคุณ..."), say the call is recorded, ask for identifying details,
tell the customer what their account shows, and offer more help. Customers say why they
call, what went wrong with *their* card or order, answer "is that Khun X?" with "ผมเอง", and
thank the agent for the help. A recorded message (IVR_CUES) asks the caller to hold or press
a key while it connects them. A weight says how sure a cue is. Patterns are lower case and
matched against lower-cased text (IGNORECASE would lower every character again). Thai cues are
written without spaces between words; ASR text that puts spaces between syllables ("รับ สาย
ค่ะ") is matched with those spaces taken out as well (role_inference).
"""

from __future__ import annotations

_ORG_LATIN = (
    r"bank|support|services?|telecom|insurance|airlines?|airways|energy|hospital|clinic|pharmacy"
    r"|appointments|bookings|reservations|customer care|care|desk|team|department|delivery"
    r"|logistics|express|finance|credit|broadband|mobile"
    r"|company|centre|center|helpdesk|help desk"
)
# How Thai organisation names often start: "ประปานครเมือง", "ธนาคารกรุงสยาม".
_ORG_TH_START = r"ธนาคาร|บริษัท|ประกัน|โรงพยาบาล|คลินิก|การไฟฟ้า|การประปา|ประปา"
_ORG = rf"{_ORG_LATIN}|{_ORG_TH_START}|ศูนย์|คอลเซ็นเตอร์|ฝ่าย"
# How they often end, glued to the name: "เมืองทองประกันภัย", "ตลาดดีดอทคอม".
_ORG_ENDING = r"ประกันภัย|ประกันชีวิต|ดอทคอม|เทเลคอม|ลิสซิ่ง|เอ็กซ์เพรส"
# Words a customer's sentence holds and an organisation's name does not ("i called the bank").
_NOT_A_NAME_ALONE = (
    r"i|i'?m|my|me|we|our|its|it'?s|is|was|were|call(?:ed)?|went|go|for|to|the|a|an|at|from"
    r"|in|your|about|with"
)
_HELLO = r"(?:good (?:morning|afternoon|evening)|hello|hi)"
_NAME = r"(?!calling|ringing|phoning)\w+(?: \w+)?"
# What a customer would like to do, not what an agent would like to do with them.
_WANTING = r"(?!verify|confirm|ask you|ask for your|take|check your|get your|go over|remind)"
_DETAILS = (
    r"(?:full |last |first )?name|surname|date of birth|dob|birthday|postcode|post code"
    r"|zip(?: code)?|address|e-?mail(?: address)?|mobile(?: number)?"
    r"|(?:account|policy|member(?:ship)?|customer|reference|booking|order|claim|phone) number"
)
_ACCOUNT_THINGS = (
    r"account|balance|bill|order|policy|plan|premium|claim|booking|card|payment|statement"
    r"|appointment|subscription|package|parcel|flight|refund|limit|points"
)
_POLITE_END = r"(?:ค่ะ|คะ|ครับ|นะคะ|นะครับ|จ้ะ|\s|$)"
# Thai words that start what someone wants or does, not a name: "ผมอยาก...", "ดิฉันโทร...".
_NOT_A_NAME = (
    r"(?!เอง|โทร|อยาก|จะ|ต้อง|สนใจ|ไม่|มี|ได้|ก็|ขอ|ถาม|ใช้|เป็น|ลืม|ทำ|เคย|ยัง|กำลัง|รู้"
    r"|อยู่|พูด|โดน|หา|เพิ่ง|แค่|ว่า|คิด|เห็น|ชอบ|รับ|จอง|สั่ง|ซื้อ|โอน|ติด|เช็ค|เปลี่ยน|แจ้ง"
    r"|สมัคร|ลง)"
)

# (pattern, weight): said by the agent.
AGENT_CUES: tuple[tuple[str, int], ...] = (
    (r"thank(?:s| you) for (?:calling|contacting|choosing|holding|waiting|messaging)", 3),
    (r"thank(?:s| you) for chatting with us", 3),
    (r"you(?:'?re| are) (?:through|connected|speaking) (?:to|with)|you(?:'?ve| have) reached", 3),
    (r"welcome to\b", 2),
    (rf"\b(?:this is|my name is|i'?m|i am) {_NAME},? (?:from|at)\b", 3),
    (r"\b\w+ speaking\b(?! (?:to|with|about))", 3),
    (r"\bcalling (?:you )?(?:from|on behalf of)\b(?! (?:my|home|work|the office|abroad|a ))", 2),
    (r"\bam i speaking (?:to|with) (?:mr|mrs|ms|miss|khun)\b", 2),
    (
        r"how (?:can|may|could) i (?:help|assist)|what can (?:i|we) do for you"
        r"|what (?:do you need|can i help you with)\b",
        3,
    ),
    (
        r"anything else (?:today|for (?:you|today)|(?:that )?(?:i|we) (?:can|could)"
        r"|you(?:'?d| would) like (?:to know|help with))",
        3,
    ),
    (r"(?:this|the) call (?:may be|is being|is|will be) recorded|recorded line", 3),
    (r"calls? (?:are|is) (?:being )?(?:recorded|monitored)", 3),
    (r"(?:verify|confirm) (?:your|the) (?:identity|account|details|" + _DETAILS + ")", 2),
    (r"(?:can|could|may) i (?:have|get|take|confirm) your\b", 2),
    (
        rf"\bwhat(?:'?s| is) (?:your|the (?:patient|account holder|cardholder|policyholder)'?s)"
        rf" (?:{_DETAILS})|\b(?:and|also) (?:your|her|his|their) (?:{_DETAILS})\b"
        r"|\bwhat(?:'?s| is) the (?:full )?name on the (?:account|card|booking|order|policy)",
        2,
    ),
    (r"\bnumber\s?\?", 1),
    (r"for (?:security|verification)(?: purposes| reasons)?\b", 2),
    (rf"\byour (?:{_ACCOUNT_THINGS})(?<!policy) (?:is|was|has|shows|will)\b", 2),
    (r"\bi (?:can )?see (?:your|that your|a |the |you have\b)", 2),
    (r"\bi see (?:two|three|four|\d|an|that)\b", 2),
    (r"(?:can|could) you (?:spell|confirm|verify|give me|tell me|read me) (?:your|the)\b", 2),
    (r"\bi(?:'?ll| will) (?:refund|cancel|update|change|block|reset|waive|credit|rebook)\b", 2),
    (r"sorry to hear|sorry for the (?:trouble|inconvenience|wait)", 2),
    (rf"^\W*{_HELLO}\W+(?:(?!my |i )\S+\s+){{0,3}}?(?:{_ORG})", 2),
    (r"ยินดี(?:ให้|ที่ได้|ที่ให้)บริการ|ยินดีช่วยเหลือ", 3),
    (r"ขอบคุณที่(?:โทร|ติดต่อ|ใช้บริการ|รอสาย|เลือก|แจ้ง)", 3),
    (r"ขออภัยใน(?:ความไม่สะดวก|ความล่าช้า)|sorry for any inconvenience", 2),
    (r"ขอ\s?(?:date of birth|dob|e-?mail|booking|passport|id card|account number)", 2),
    (r"(?:ดิฉัน|ผม|ชื่อ)\S{0,20}(?:รับสาย|พูดสาย)|(?:รับ|พูด)สาย(?:ค่ะ|คะ|ครับ|นะ)", 3),
    (rf"^\W*สวัสดี.{{0,60}}?(?:ดิฉัน|ผม)(?:ชื่อ)?\s?{_NOT_A_NAME}\S{{1,10}}?{_POLITE_END}", 2),
    (r"(?:โทร|ติดต่อ)(?:มา)?จาก(?!เบอร์|ต่างประเทศ|มือถือ|ที่)", 2),
    (r"ขอเรียนสาย|คุณ\S{1,15}ใช่ไหม", 2),
    (r"มีอะไรให้\S{0,12}(?:ช่วย|ดูแล|บริการ)|(?:สอบถาม|ช่วย)\S{0,6}เพิ่มเติม(?:อีก)?ไหม", 3),
    (r"มี(?:เรื่อง|อะไร)\S{0,8}(?:อื่น|เพิ่มเติม|อีก)\S{0,12}(?:ไหม|มั้ย|มั๊ย|หรือเปล่า)", 3),
    (r"(?:เบอร์|อีเมล)\S{0,12}ที่ลงทะเบียนไว้", 2),
    (r"บันทึก(?:เสียง)?การสนทนา|การสนทนา\S{0,10}บันทึก|มีการ\s?(?:บันทึก|record)", 3),
    (
        r"ยืนยันตัวตน|ขอ(?:ทราบ|อนุญาต(?:ทราบ)?|ยืนยัน)?"
        r"(?:ชื่อ|(?:หมาย)?เลข|เบอร์|วันเดือนปีเกิด|วันเกิด|ที่อยู่|อีเมล)",
        2,
    ),
    (r"(?:ตรวจสอบ|เช็ค|เช็ก|ดำเนินการ|แก้ไข)ให้|ทีมช่าง", 2),
    (r"ขอ\s?verify", 2),
    (
        r"รบกวน(?:ขอ|แจ้ง|ลูกค้า|พิมพ์|ระบุ|ทวน|ยืนยัน|ส่ง|(?:หมาย)?เลข|ชื่อ|วัน(?:เดือนปี)?เกิด)"
        r"|คุณลูกค้า",
        2,
    ),
    # Warning the customer to keep a secret: "ห้ามบอกรหัสกับใคร", "never share your PIN".
    (r"(?:ห้าม|อย่า)(?:ส่ง|บอก|ให้|แจ้ง|เปิดเผย)\S{0,6}(?:รหัส|otp|pin|พิน|พาสเวิร์ด)", 2),
    (r"(?:never|don'?t|do not) (?:share|give|tell)\b.{0,30}\b(?:pin|otp|password|passcode)", 2),
    (r"แอดมิน(?:จะ|ขอ|ได้|ตรวจสอบ|เช็ค|เปิด|ส่ง|แจ้ง|ยินดี|ดำเนินการ)", 2),
    (r"ทางเรา", 1),
    (rf"^\W*สวัสดี\S{{0,6}}\s*(?:\S+\s+){{0,2}}?(?:{_ORG}|\S{{0,20}}?(?:{_ORG_ENDING}))", 2),
    # The organisation's name, then the greeting: "การไฟฟ้าเมืองหลวง สวัสดีครับ".
    (rf"^\W*(?:{_ORG_TH_START})[ก-๎]{{1,20}}\s*สวัสดี", 2),
    # A turn that is only the organisation's name: "riverside family clinic", "ตลาดดีดอทคอมค่ะ".
    (
        rf"^(?!.*(?:\?|ไหม|มั้ย|ใช่|(?<![a-z'])(?:{_NOT_A_NAME_ALONE})(?![a-z'])))"
        rf"\W*(?:(?:{_HELLO}|สวัสดี\S{{0,6}})\W+)?"
        rf"(?:(?:\S+\s+){{0,4}}?(?:{_ORG_LATIN})\W*|\S{{0,20}}?(?:{_ORG_ENDING})\W*"
        # A Thai name after its kind, a space, then a particle (not ประปาไม่ไหลค่ะ).
        rf"|(?:{_ORG_TH_START})[ก-๎]{{1,20}}\s+)(?:ค่ะ|คะ|ครับ)?\W*$",
        2,
    ),
    # Done for the customer, or being done: "เช็คให้นะคะ", "แก้ไขให้เรียบร้อยแล้วค่ะ".
    (r"(?<!ช่วย)(?:เช็ค|เช็ก|ตรวจสอบ)ให้(?:นะ|ค่ะ|ครับ|สักครู่)", 2),
    (r"(?:ดำเนินการ|อัพเดท|อัปเดต|แก้ไข|เปลี่ยน|ยกเลิก|คืนเงิน)ให้(?:เรียบร้อย)?แล้ว", 2),
    # A case opened for the customer, and an invitation to call back: "เปิดเรื่องให้แล้ว".
    (r"(?:เปิด|ส่ง)เรื่องให้|ถ้ามีปัญหา\S{0,12}โทร(?:มา|กลับ)", 2),
)
# (pattern, weight): said by the customer.
CUSTOMER_CUES: tuple[tuple[str, int], ...] = (
    (r"i(?:'?m| am) (?:calling|ringing|phoning) (?:about|because|to|regarding|for|with)", 3),
    (rf"i(?:'?d| would) like to {_WANTING}|i (?:want|need) to {_WANTING}", 2),
    (r"i need (?:some )?help|can you help me|\bi (?:lost|forgot)\b", 2),
    (r"\bi(?:'?ve| have)? (?:got )?(?:a|an|some) (?:problem|issue|question|complaint)", 2),
    (rf"\bmy (?:{_ACCOUNT_THINGS}|password|phone)\b", 1),
    (r"(?:hasn't|has not|haven't|didn't|never) (?:arrived|come|received|got)", 2),
    (r"\bi (?:was|have been|got|'ve been) (?:charged|billed)", 2),
    (r"thank(?:s| you) (?:so much )?for (?:your|the|all your) help", 2),
    # Opening by asking whether they reached the organisation: "สวัสดีค่ะ โรงพยาบาลกรุงธนใช่ไหม
    # คะ", "hi is this Acme Bank?"; not an agent checking a detail ("โอนมาจากธนาคารกสิกรใช่ไหม",
    # "is this your mobile number", "is that the credit card ending 4411").
    (
        rf"^\W*(?:(?:สวัสดี|ฮัลโหล|ฮาโหล)\S{{0,6}}\s*)?(?:{_ORG_TH_START})[ก-๎]{{0,25}}\s?"
        r"ใช่(?:ไหม|มั้ย|หรือเปล่า)",
        3,
    ),
    (
        rf"^\W*(?:{_HELLO}\W+)?(?:um\W+)?is (?:this|that) (?!your|my)(?:the )?(?:\w+ ){{0,3}}"
        rf"(?:{_ORG_LATIN})\W*$",
        3,
    ),
    (r"โทร(?:มา)?(?:ตาม)?(?:เรื่อง|สอบถาม|แจ้ง|ขอ)", 3),
    (r"อยาก(?:จะ)?(?:สอบถาม|ทราบ|ขอ|แจ้ง|เปลี่ยน|ยกเลิก|เช็ค|เช็ก|ถาม|ได้|เพิ่ม|จอง|สมัคร)", 2),
    (r"จะ(?:ขอ)?(?:เช็ค|เช็ก|สอบถาม|ถาม)", 2),
    (r"(?:บัตร|บัญชี|เบอร์)\S{0,6}(?:ของ)?(?:ผม|ดิฉัน|หนู|ฉัน)", 2),
    (r"(?:ผม|ดิฉัน|หนู|ฉัน)เอง|พูดอยู่(?:ค่ะ|ครับ)", 2),
    (r"(?:ผม|ดิฉัน|หนู|ฉัน)?(?:โดน|ถูก)(?:ตัด|หัก|เก็บ)เงิน|เข้าไม่ได้|ลืม(?:รหัส|password|พาส)", 2),
    (r"ทำ(?:ยัง|อย่าง)ไง(?:ดี)?", 1),
    (r"(?:ไฟ|น้ำ|เน็ต|สัญญาณ)\S{0,6}(?:ดับ|ไม่ไหล|หลุด|ไม่มี)|ยังไม่ได้รับ|ยังไม่มา|(?:ทำ)?บัตรหาย", 2),
    (r"\bmy \w+ (?:isn't|is not|doesn't|does not|won't|stopped|keeps)\b", 2),
    (r"ช่วย\S{0,20}หน่อย", 1),
    # What their own bill did: "บิลค่าน้ำเดือนนี้มันแพงผิดปกติ".
    (r"(?:บิล|ค่าน้ำ|ค่าไฟ|ค่าโทร)\S{0,20}แพง", 2),
)
# (pattern, weight): said by a recorded message before a person answers.
IVR_CUES: tuple[tuple[str, int], ...] = (
    (r"please (?:hold|wait|stay on the line)|while (?:we|i) (?:connect|transfer)", 2),
    (r"\bpress (?:\d|one|two|three|four|five|six|seven|eight|nine|zero|star|hash)\b", 3),
    (r"your call is (?:important|valuable)|next available", 3),
    (r"\bcalls? (?:may be|is being|is|will be|are|are being) (?:recorded|monitored)", 1),
    (r"welcome to\b|ยินดีต้อนรับ(?:สู่)?", 1),
    (r"กด\s?(?:\d|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|ศูนย์|ดอกจัน|สี่เหลี่ยม)", 3),
    (r"(?:โปรด|กรุณา)(?:รอ|ถือ)สาย|(?:โปรด|กรุณา)รอสักครู่|กำลังโอนสาย|เพื่อโอนสาย", 2),
    (r"บันทึก(?:เสียง)?การสนทนา|การสนทนา\S{0,10}บันทึก", 1),
    # Why it is recorded, said by the recording: "เพื่อพัฒนาคุณภาพการให้บริการ".
    (
        r"เพื่อ(?:พัฒนา|ปรับปรุง|รักษา)?คุณภาพ(?:การ)?(?:ให้)?บริการ|for (?:quality|training) (?:and|&) "
        r"(?:training|quality)",
        1,
    ),
)
