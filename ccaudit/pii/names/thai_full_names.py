"""A Thai full name with no cue before it: "โอนมาที่ 036-2-71904-8 กรุงศรี ชนิดา ใจดี",
"แฟน ภาณุวัฒน์ ดีประเสริฐ เบอร์ ...".

A given name from pythainlp's list, one space, and a family name from its list, each a whole
word: not the start of a longer dictionary word, and closed by a space, a mark, a particle or
the end of the line. Many names of either list are everyday words too (ใจดี "kind", ทองดี),
so at most one of the two may be among the Thai National Corpus's common words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.thai_lists import common_words, name_lists

# Two Thai words a space apart, from every word start (a lookahead: "กรุงศรี ชนิดา ใจดี" must
# try ชนิดา ใจดี after กรุงศรี ชนิดา).
_TWO_WORDS = re.compile(
    r"(?<![\u0e01-\u0e4e])(?=([\u0e01-\u0e4e]{2,20}) ([\u0e01-\u0e4e]{2,25}?)"
    r"(?:ค่ะ|คะ|ครับ|นะ|จ้า|[^\u0e01-\u0e4e]|$))",
    re.MULTILINE,
)


def thai_full_name_spans(text: str) -> Iterator[tuple[int, int]]:
    given_names, family_names = name_lists()
    common = common_words()
    for match in _TWO_WORDS.finditer(text):
        given, family = match.group(1), match.group(2)
        if (
            given_names.name_at(given, 0) == len(given)
            and family_names.name_at(family, 0) == len(family)
            and not (given in common and family in common)
        ):
            yield match.start(), match.start() + len(given) + 1 + len(family)
