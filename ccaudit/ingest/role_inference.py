"""Which of two unnamed speakers is the agent, from what each says in their first turns.

Agents greet with the organisation's name or thank the caller for calling, say who they are
("Nok speaking", "ดิฉันพลอยรับสายค่ะ", "ยินดีให้บริการ"), ask the caller to verify their
identity, and offer help. Customers say why they call and what they need. Each speaker's
first turns score for the agent's cues and against the customer's; a speaker is the agent
only when the evidence clearly favours them, otherwise nobody is (roles stay unknown).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ccaudit.model import Turn

# Only the opening of a conversation: the first turns of each speaker.
OPENING_TURNS = 12
TURNS_PER_SPEAKER = 4
# The agent's score must reach MIN_SCORE and beat the other speaker's by MARGIN.
MIN_SCORE = 2
MARGIN = 3

_ORG = (
    r"bank|support|services|telecom|insurance|airlines?|energy"
    r"|company|centre|center|helpdesk|help desk|ธนาคาร|บริษัท|ศูนย์|คอลเซ็นเตอร์|ฝ่าย|ประกัน"
)
_HELLO = r"(?:good (?:morning|afternoon|evening)|hello|hi)"
_NAME = r"(?!calling|ringing|phoning)\w+(?: \w+)?"
_ASKING = r"(?!verify|confirm|ask|take|check|get your)"
# (pattern, weight): said by the agent.
_AGENT_CUES: tuple[tuple[str, int], ...] = (
    (r"thank(?:s| you) for (?:calling|contacting|choosing|holding)", 3),
    (r"you(?:'re| are) (?:through|connected|speaking) (?:to|with)|you(?:'ve| have) reached", 3),
    (r"welcome to\b", 2),
    (rf"\b(?:this is|my name is|i'm|i am) {_NAME},? (?:from|at)\b", 3),
    (r"\b\w+ speaking\b(?! (?:to|with|about))", 3),
    (r"how (?:can|may|could) i (?:help|assist)|what can i do for you", 3),
    (r"anything else (?:i can|that i can|i could) (?:help|do|assist)", 3),
    (r"(?:this|the) call (?:may be|is being|is|will be) recorded|recorded line", 3),
    (r"(?:verify|confirm) (?:your|the) (?:identity|account|date of birth|details|name|address)", 2),
    (r"(?:can|could|may) i (?:have|get|take|confirm) your\b", 2),
    (r"for (?:security|verification)(?: purposes| reasons)?\b", 2),
    (rf"^\W*{_HELLO}\W+(?:(?!my |i )\S+\s+){{0,3}}?(?:{_ORG})", 2),
    (r"ยินดี(?:ให้|ที่ได้|ที่ให้)บริการ", 3),
    (r"ขอบคุณที่(?:โทร|ติดต่อ|ใช้บริการ|รอสาย)", 3),
    (r"(?:ดิฉัน|ผม|ชื่อ)\S{0,20}รับสาย|รับสาย(?:ค่ะ|คะ|ครับ|นะ)", 3),
    (r"มีอะไรให้\S{0,12}(?:ช่วย|ดูแล|บริการ)", 3),
    (r"บันทึก(?:เสียง)?การสนทนา|การสนทนา\S{0,10}บันทึก", 3),
    (r"ยืนยันตัวตน|ขอ(?:ทราบ|อนุญาต(?:ทราบ)?)?(?:ชื่อ|เลข|เบอร์|วันเดือนปีเกิด|วันเกิด)", 2),
    (r"รบกวน(?:ขอ|แจ้ง|ลูกค้า)", 2),
    (rf"^\W*สวัสดี\S{{0,6}}\s*(?:{_ORG})", 2),
)
# (pattern, weight): said by the customer.
_CUSTOMER_CUES: tuple[tuple[str, int], ...] = (
    (r"i(?:'m| am) (?:calling|ringing|phoning) (?:about|because|to|regarding|for|with)", 3),
    (rf"i(?:'d| would) like to {_ASKING}|i (?:want|need) to {_ASKING}", 2),
    (r"i need (?:some )?help|can you help me|\bi (?:lost|forgot)\b", 2),
    (r"\bmy (?:card|account|bill|order|password|phone|balance|payment|statement|booking)\b", 1),
    (r"โทร(?:มา)?(?:เรื่อง|สอบถาม|แจ้ง|ขอ)", 3),
    (r"อยาก(?:จะ)?(?:สอบถาม|ทราบ|ขอ|แจ้ง|เปลี่ยน|ยกเลิก|เช็ค|เช็ก|ถาม|ได้)", 2),
    (r"จะ(?:ขอ)?(?:เช็ค|เช็ก|สอบถาม|ถาม)", 2),
    (r"(?:บัตร|บัญชี|เบอร์)\S{0,6}(?:ของ)?(?:ผม|ดิฉัน|หนู|ฉัน)", 2),
    (r"ช่วย\S{0,20}หน่อย", 1),
)


def _compiled(cues: tuple[tuple[str, int], ...]) -> tuple[tuple[re.Pattern[str], int], ...]:
    return tuple((re.compile(pattern, re.IGNORECASE), weight) for pattern, weight in cues)


_AGENT = _compiled(_AGENT_CUES)
_CUSTOMER = _compiled(_CUSTOMER_CUES)


def agent_score(text: str) -> int:
    """How much one turn sounds like the agent (positive) or the customer (negative)."""
    text = text.lower()
    said = sum(weight for cue, weight in _AGENT if cue.search(text))
    return said - sum(weight for cue, weight in _CUSTOMER if cue.search(text))


def infer_agent(turns: Sequence[Turn], people: tuple[str, str]) -> str | None:
    """Which of `people` (two speaker labels, casefolded) is clearly the agent, or None."""
    scores = dict.fromkeys(people, 0)
    counted: Counter[str] = Counter()
    for turn in turns[:OPENING_TURNS]:
        speaker = turn.speaker.casefold() if turn.speaker else None
        if speaker in scores and counted[speaker] < TURNS_PER_SPEAKER:
            counted[speaker] += 1
            scores[speaker] += agent_score(turn.text)
    first, second = people
    for agent, other in ((first, second), (second, first)):
        if scores[agent] >= MIN_SCORE and scores[agent] - scores[other] >= MARGIN:
            return agent
    return None
