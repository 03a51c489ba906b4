"""The name someone asks to be called by: "เรียกแพรก็ได้ค่ะ", "เรียกแบงค์ได้ครับ", "พนักงานคนก่อน
เรียกดิฉันว่ามดตลอด".

After "เรียก(ผม|ดิฉัน|หนู|ฉัน)ว่า" any short word is the name, as after ชื่อ. After a bare
เรียก ("call", "summon") only a short Thai word that "ก็ได้" or "ได้" and a particle close is one
(`เรียก Grab ได้ค่ะ` books a ride), and not a verb or what is summoned or charged (เรียกเก็บ,
เรียกรถ, เรียกคืน): "เรียกเก็บได้ค่ะ" is "it can be charged".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.thai_lists import common_verbs
from ccaudit.pii.names.thai_words import is_never_a_name

_NAME = r"([ก-ฮเ-ไ][\u0e01-\u0e4e]{1,9}?|[A-Z][a-z]{1,11})"
_CALLED_AS = re.compile(
    rf"เรียก(?:ผม|ดิฉัน|ดิชั้น|หนู|ฉัน|เค้า|เขา)ว่า ?{_NAME}"
    r"(?=ค่ะ|คะ|ครับ|นะ|ก็ได้|ได้|ตลอด|เฉยๆ| |$|[^\u0e01-\u0e4e])"
)
# Thai letters only: "เรียก Grab ได้ค่ะ" books a ride.
_CALL_ME = re.compile(
    r"เรียก ?([ก-ฮเ-ไ][\u0e01-\u0e4e]{1,9}?) ?(?=ก็ได้|ได้ ?(?:ค่ะ|คะ|ครับ|นะ|เลย|จ้ะ|จ้า))"
)
# What is called for, charged or called back, not a person: เรียกเก็บ, เรียกรถ, เรียกคืน.
_SUMMONED = (
    "เก็บ", "รถ", "แท็กซี่", "คืน", "ร้อง", "ค่า", "เงิน", "ประชุม", "ตัว", "ดู", "ใช้", "หา",
    "ชื่อ", "ว่า", "กลับ", "ให้", "มา", "ไป", "ตำรวจ", "หมอ", "ช่าง",
)  # fmt: skip


def called_name_spans(text: str) -> Iterator[tuple[int, int]]:
    if "เรียก" not in text:
        return
    for match in _CALLED_AS.finditer(text):
        if not is_never_a_name(match.group(1)):
            yield match.span(1)
    for match in _CALL_ME.finditer(text):
        name = match.group(1)
        if (
            not name.startswith(_SUMMONED)
            and name not in common_verbs()
            and not is_never_a_name(name)
        ):
            yield match.span(1)
