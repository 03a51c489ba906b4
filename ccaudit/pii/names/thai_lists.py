"""pythainlp's bundled Thai name lists, looked up by prefix, and the Thai words that are
too common to be read as a name on weak evidence.

Many Thai given names are also words (คง "surely", ส่ง "send", พลอย "gem"). The Thai National
Corpus frequencies pythainlp ships say which of them are everyday words: after a pronoun
(ผม, คุณ) such a word is far more often a verb (ผมคงได้, คุณชอบ) than a name.

pythainlp is imported when a list is first asked for, so that a scan of English text never
loads it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from itertools import groupby
from pathlib import Path

# The this-many most frequent words of the Thai National Corpus are everyday words: the ranks
# of คง, ส่ง, ชอบ and ที่ are all under 300, those of names that are also nouns (พลอย, ลำดวน)
# over 1000.
EVERYDAY_WORD_RANKS = 1000
# A wider net for a word after a bare pronoun, which is mostly a verb or an adjective: the ranks
# of เหนื่อย, งง, โสด, ปวดหัว are under this, those of nicknames (แนน, เบนซ์, แพรว, โอ๊ต) over.
COMMON_WORD_RANKS = 5000
# ranked_tnc_words() as shipped with ccaudit. pythainlp publishes its TNC frequency list
# (tnc_freq.txt) under CC0-1.0, which allows redistribution.
COMMON_WORDS_FILE = Path(__file__).with_name("tnc_common_words.json")


class NameList:
    """Names (of two letters or more, as pythainlp's are) indexed by their first letters, so
    a lookup tries only lengths that exist; and the dictionary words that are not names, so a
    name that only begins a longer word is not taken for one."""

    def __init__(self, names: Iterable[str], words: frozenset[str] = frozenset()):
        self.names = frozenset(names)
        self.words = words
        self._first_two = frozenset(name[:2] for name in self.names)
        lengths: dict[str, set[int]] = {}
        for name in self.names:
            if len(name) > 2:
                lengths.setdefault(name[:3], set()).add(len(name))
        self._lengths = {k: sorted(v, reverse=True) for k, v in lengths.items()}

    def longest_at(self, text: str, start: int) -> int:
        """Length of the longest name text[start:] begins with, or 0."""
        first_two = text[start : start + 2]
        if first_two not in self._first_two:
            return 0
        room = len(text) - start
        for length in self._lengths.get(text[start : start + 3], ()):
            if length <= room and text[start : start + length] in self.names:
                return length
        return len(first_two) if first_two in self.names else 0

    def name_at(self, text: str, start: int) -> int:
        """Length of the longest name that starts here, unless it starts a longer word; or 0."""
        length = self.longest_at(text, start)
        if length and self._inside_longer_word(text, start, length):
            return 0
        return length

    def _inside_longer_word(self, text: str, start: int, length: int) -> bool:
        # Up to 8 more letters; slices running past the end of the text would all be the same.
        for n in range(length + 1, min(length + 9, len(text) - start + 1)):
            if text[start : start + n] in self.words:
                return True
        return False


@cache
def name_lists() -> tuple[NameList, NameList]:
    """The given names and the family names."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

    given = frozenset([*thai_female_names(), *thai_male_names()])
    family = thai_family_names()
    words = frozenset(w for w in thai_words() if w not in given and w not in family)
    return NameList(given, words), NameList(family, words)


@cache
def dictionary_words() -> frozenset[str]:
    """pythainlp's Thai dictionary, names included."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@cache
def everyday_words() -> frozenset[str]:
    """The Thai National Corpus's most frequent words."""
    return frozenset(_ranked_words()[:EVERYDAY_WORD_RANKS])


@cache
def common_words() -> frozenset[str]:
    """The Thai National Corpus's COMMON_WORD_RANKS most frequent words."""
    return frozenset(_ranked_words()[:COMMON_WORD_RANKS])


# pythainlp's unigram taggers (each word's commonest tag in a corpus) and their tags for a
# verb: Orchid's of action (ส่ง, สมัคร) and of state (เข้าใจ), Thai UD's. Adjectives are left
# out: many nicknames are one (แดง, น้อย, อ้วน).
ORCHID_TAGS = "pos_orchid_unigram.json"
_ORCHID_VERB_TAGS = ("VACT", "VSTA")
_VERB_TAGS = {ORCHID_TAGS: _ORCHID_VERB_TAGS, "pos_tud_unigram.json": ("VERB",)}


@cache
def verbs() -> frozenset[str]:
    """Words tagged most often as a verb: after a pronoun or a kin word used as one (พี่ด่า
    ค่ะ "I scolded them") such a word is what the speaker does, not who they are."""
    found: set[str] = set()
    for name, verb_tags in _VERB_TAGS.items():
        found.update(word for word, tag in _unigram_tags(name).items() if tag in verb_tags)
    return frozenset(found)


@cache
def common_verbs() -> frozenset[str]:
    """Common words Orchid tags as a verb of action or state (ส่ง, แนบ, สมัคร, ยินดี). Listed
    names among them (ฉลอง, เจริญ) are said as names less often than the verbs are."""
    tags = _unigram_tags(ORCHID_TAGS)
    return frozenset(w for w in common_words() if tags.get(w) in _ORCHID_VERB_TAGS)


def _unigram_tags(name: str) -> dict[str, str]:
    from pythainlp.corpus import corpus_path

    return json.loads((Path(corpus_path()) / name).read_text(encoding="utf-8-sig"))


@cache
def _ranked_words() -> tuple[str, ...]:
    """The COMMON_WORD_RANKS most frequent words, most frequent first, as shipped in
    COMMON_WORDS_FILE: reading pythainlp's whole frequency list and sorting it would take a
    fifth of a second at every start."""
    shipped = json.loads(COMMON_WORDS_FILE.read_text(encoding="utf-8"))
    return tuple(shipped["words"])


def common_words_file_text() -> str:
    """What COMMON_WORDS_FILE holds: the Thai National Corpus's COMMON_WORD_RANKS most frequent
    words, most frequent first. Words of equal frequency are in alphabetical order: pythainlp
    hands its list out as a set, whose order changes from one process to the next, and seven
    words share the frequency of rank 5000."""
    from pythainlp.corpus.tnc import word_freqs

    ranked = sorted(word_freqs(), key=lambda pair: (-pair[1], pair[0]))[:COMMON_WORD_RANKS]
    shipped = {
        "source": "pythainlp/corpus/tnc_freq.txt (Thai National Corpus word frequencies)",
        "licence": "CC0-1.0",
        "words": [word for word, _ in ranked],
    }
    return json.dumps(shipped, ensure_ascii=False, indent=0) + "\n"


def alternation(words: list[str]) -> str:
    """A regex for sorted, distinct words, nested by shared first letters so `re` tests each
    letter once rather than every word in turn; a word may begin another (`mr`, `mrs`)."""
    branches = []
    for letter, group in groupby(words, key=lambda word: word[0]):
        rests = [word[1:] for word in group]
        longer = [rest for rest in rests if rest]
        if not longer:
            branches.append(re.escape(letter))
            continue
        inner = alternation(longer)
        if len(longer) < len(rests):
            inner = f"(?:{inner})?"
        branches.append(re.escape(letter) + inner)
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
