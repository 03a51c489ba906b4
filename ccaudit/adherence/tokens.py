"""Turn text into the words a phrase is matched against, the same way for calls and phrases.

Thai runs are segmented with pythainlp's newmm so polite particles and fillers can be dropped
as whole words (dropping the substring คะ would also break คะแนน). Tone marks are folded
after segmentation, because ASR often loses them and newmm segments better with them present.
Number words become digits ("four", "สี่" -> 4) so a phrase may say either. Sentence marks
(. ? ! ;) split a turn into clauses: a warning in one sentence does not excuse a request in
the next.

Every word also has a phonetic skeleton for Thai: vowel marks above and below the line
dropped and letters that sound alike merged (ณ/น, ศ/ษ/ซ/ส, ธ/ท ...). Thai ASR misspells by
sound, so "ขอบคุน" and "ขอบคุณ", "บตร" and "บัตร" share a skeleton.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from pythainlp.corpus import (  # noqa: E402
    thai_female_names,
    thai_male_names,
    thai_stopwords,
    thai_words,
)
from pythainlp.tokenize import word_tokenize  # noqa: E402

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TONE_MARKS = re.compile("[\u0e48-\u0e4b]")
_THAI_RUN = re.compile("[\u0e00-\u0e7f]+")
# A full stop between digits (42.50) is not the end of a sentence.
_CLAUSE_BREAK = re.compile(r"[!?;…\n\r]+|\.(?!\d)|(?<!\d)\.")
# Everything that is not a letter, digit or Thai character separates words.
_SEPARATORS = re.compile(r"[^\w\u0e00-\u0e7f]+|_")
_SKELETON_DROPPED = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_SOUNDS_ALIKE = str.maketrans("ณญศษซฎฏฐฑฒธภฆฬฌฅฃใ", "นยสสสดตททททพคลชคขไ")

POLITE_PARTICLES = ("ครับ", "ค่ะ", "คะ", "นะคะ", "นะครับ", "จ้ะ", "จ้า", "คับ", "ฮะ", "คร่ะ")
FILLERS = (
    "เอ่อ", "อ่า", "อืม", "เออ", "อ้า", "um", "uh", "umm", "uhm", "erm", "hmm", "er", "actually",
    "basically",
)  # fmt: skip
NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10",
    "ศูนย์": "0", "หนึ่ง": "1", "สอง": "2", "สาม": "3", "สี่": "4", "ห้า": "5", "หก": "6",
    "เจ็ด": "7", "แปด": "8", "เก้า": "9", "สิบ": "10",
}  # fmt: skip


def fold_tones(text: str) -> str:
    return _TONE_MARKS.sub("", text)


def skeleton(word: str) -> str:
    """A Thai word as it sounds, near enough: marks above and below dropped, like letters merged."""
    return _SKELETON_DROPPED.sub("", word).translate(_SOUNDS_ALIKE)


_DROPPED = frozenset(POLITE_PARTICLES + FILLERS)
# Particles as ASR writes them without tone marks, except where that spells another word:
# จ้ะ without its tone mark is จะ ("will").
_DROPPED_FOLDED = frozenset(fold_tones(w) for w in _DROPPED) - {"จะ"}
_NUMBERS = {fold_tones(word): digits for word, digits in NUMBER_WORDS.items()}


@dataclass(frozen=True)
class TurnWords:
    """A turn's words (folded), the clause each belongs to, and each word as written (its
    tone marks tell ฝ้าย, a name, from ฝ่าย, a department)."""

    words: tuple[str, ...]
    clauses: tuple[int, ...]
    written: tuple[str, ...]


def clean(text: str) -> str:
    """NFC, no zero-width characters, lower case."""
    return _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text)).lower()


@lru_cache(maxsize=8192)
def turn_words(text: str) -> TurnWords:
    """Cached, so each turn is segmented once however many rules and packs look at it."""
    words: list[str] = []
    clauses: list[int] = []
    written: list[str] = []
    for clause, sentence in enumerate(_CLAUSE_BREAK.split(clean(text))):
        for chunk in _SEPARATORS.split(sentence):
            if not chunk:
                continue
            pieces = _split_thai(chunk) if _THAI_RUN.search(chunk) else [chunk]
            for piece in pieces:
                word = fold_tones(piece)
                if word and piece not in _DROPPED and word not in _DROPPED_FOLDED:
                    words.append(_NUMBERS.get(word, word))
                    clauses.append(clause)
                    written.append(piece)
    return TurnWords(tuple(words), tuple(clauses), tuple(written))


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    return frozenset(fold_tones(w) for w in thai_words())


def in_dictionary(word: str) -> bool:
    """A (folded) Thai word pythainlp's dictionary knows: newmm cuts such words reliably.
    Names, brands and ASR misspellings are not in it, and their cuts are guesses."""
    return word in _dictionary()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(thai_female_names() | thai_male_names())


def is_given_name(word: str) -> bool:
    """A Thai given name (as written) from pythainlp's bundled lists."""
    return word in _given_names()


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(thai_stopwords())


def is_stopword(word: str) -> bool:
    """A Thai function word as written (จะ, ได้, เพื่อ ...), from pythainlp's bundled list."""
    return word in _stopwords()


def words(text: str) -> list[str]:
    return list(turn_words(text).words)


def is_latin(word: str) -> bool:
    return word[0].isascii()


def _split_thai(chunk: str) -> list[str]:
    """Segment the Thai runs of a chunk; Latin or digit runs glued to Thai stay whole words."""
    pieces: list[str] = []
    position = 0
    for run in _THAI_RUN.finditer(chunk):
        if run.start() > position:
            pieces.append(chunk[position : run.start()])
        pieces.extend(word_tokenize(run.group(), engine="newmm", keep_whitespace=False))
        position = run.end()
    if position < len(chunk):
        pieces.append(chunk[position:])
    return pieces
