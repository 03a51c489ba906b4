"""One cheap regex that every turn able to hold PII matches; the rest skip Presidio.

It must stay a superset of what the recognizers and the normaliser look for: digits (ASCII
and Thai), '@', spoken digits and spoken-email words, and the cues for names.
"""

from __future__ import annotations

import re

_EN_SPOKEN = r"zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|dot"
_TH_SPOKEN = r"ศูนย์|หนึ่ง|สอง|โท|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|จุด|ดอท|แอท|แอ็ท|แอด"
_NAME_CUES = r"name|this is|i am|i'm|mr|mrs|ms|miss|dr|speaking with"
_TH_NAME_CUES = r"คุณ|นาย|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.|ชื่อ"

CANDIDATE = re.compile(
    rf"[0-9\u0E50-\u0E59@]|(?i:\b(?:{_EN_SPOKEN}|{_NAME_CUES})\b)|{_TH_SPOKEN}|{_TH_NAME_CUES}"
)


def may_contain_pii(text: str) -> bool:
    return CANDIDATE.search(text) is not None
