"""A Thai full name with no cue before it: "โอนมาที่ 036-2-71904-8 กรุงศรี ชนิดา ใจดี",
"แฟน ภาณุวัฒน์ ดีประเสริฐ เบอร์ ...".

A given name from pythainlp's list, one space, and a family name from its list, each a whole
word between spaces or marks (a particle may be glued to the family name). Many names of
either list are everyday words too (ใจดี "kind", ทองดี), so at most one of the two may be
among the Thai National Corpus's common words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.thai_lists import common_words, name_lists

# Two Thai words a space apart, from every word start (a lookahead: "กรุงศรี ชนิดา ใจดี" must
# try ชนิดา ใจดี after กรุงศรี ชนิดา).
_TWO_WORDS = re.compile(
    r"(?<![\u0e01-\u0e4e])(?=([\u0e01-\u0e4e]{2,20}) ([\u0e01-\u0e4e]{2,30})(?![\u0e01-\u0e4e]))"
)
# A particle glued to the family name: "ชนิดา ใจดีค่ะ"; a family name may end as one (ไชยชนะ).
_PARTICLES = ("ค่ะ", "คะ", "ครับ", "นะ", "จ้า")
MIN_FAMILY_LETTERS = 2
# สวัสดี is a family name too, but before a particle it is the goodbye after a given name
# (ขอบคุณค่ะ คุณวีระพงษ์ สวัสดีค่ะ).
FAREWELL = re.compile(r"สวัสดี ?(?:ค่ะ|ครับ|คะ|ค่า|คับ|นะ)")


def thai_full_name_spans(text: str) -> Iterator[tuple[int, int]]:
    given_names, family_names = name_lists()
    common = common_words()
    for match in _TWO_WORDS.finditer(text):
        given, word = match.group(1), match.group(2)
        if given_names.name_at(given, 0) != len(given) or FAREWELL.match(text, match.start(2)):
            continue
        for family in (word, *(word[: -len(p)] for p in _PARTICLES if word.endswith(p))):
            if len(family) < MIN_FAMILY_LETTERS:
                continue
            if family_names.name_at(family, 0) == len(family) and not (
                given in common and family in common
            ):
                yield match.start(), match.start() + len(given) + 1 + len(family)
                break
