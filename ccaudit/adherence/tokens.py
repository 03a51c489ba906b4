"""Turn text into the words a phrase is matched against, the same way for calls and phrases.

Thai runs are segmented with pythainlp's newmm so polite particles and fillers can be dropped
as whole words (dropping the substring คะ would also break คะแนน). Tone marks are folded
after segmentation, because ASR often loses them and newmm segments better with them present.
Number words become digits ("four", "สี่" -> 4) so a phrase may say either. Sentence marks
(. ? ! ;) split a turn into clauses: a warning in one sentence does not excuse a request in
the next.

Words also fall into units: the stretches a speaker says between pauses (a polite particle,
a comma, a sentence end) and, in Thai written with its usual spaces, between spaces; a unit
that ends at a pause is closed. A Thai nickname said alone ("…ธนาคารเอบีซี สมศรี ค่ะ") is a
closed unit of its own. ASR that puts a space after every syllable ("เพ็ญ ศรี") spaces out
every word, so there only pauses end a unit, and pieces that spell a given name together are
joined back into one word.

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
_SEPARATORS = re.compile(r"([^\w\u0e00-\u0e7f]+|_)")
# Separators that mark a pause (an apostrophe or a hyphen inside a word does not).
_PAUSE_MARK = re.compile(r"[,:()\[\]{}\"“”«»/|]|\s[-–—]|[-–—]\s")
_SKELETON_DROPPED = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_SOUNDS_ALIKE = str.maketrans("ณญศษซฎฏฐฑฒธภฆฬฌฅฃใ", "นยสสสดตททททพคลชคขไ")

POLITE_PARTICLES = (
    "ครับ", "ค่ะ", "คะ", "นะคะ", "นะครับ", "จ้ะ", "จ้า", "คับ", "ฮะ", "คร่ะ",
    # romanised in code-mixed chat ("hello ka")
    "ka", "kha", "krub", "krab", "khrap", "khrub",
)  # fmt: skip
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
_PARTICLES = frozenset(POLITE_PARTICLES)
_PARTICLES_FOLDED = frozenset(fold_tones(w) for w in POLITE_PARTICLES) - {"จะ"}
_PAUSE, _PARTICLE, _SPACE = "pause", "particle", "space"
# A clause is spaced out when it has this many Thai chunks and this share are single words.
SPACED_OUT_CHUNKS = 4
SPACED_OUT_SHARE = 0.75
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
    units: tuple[int, ...] = ()
    closed: frozenset[int] = frozenset()  # units that end at a pause
    polite: frozenset[int] = frozenset()  # units that end with a polite particle


# ASR and chat drop the apostrophe: "youve used", "youre booked", "thats done" read as the
# phrases say them ("you ve used"). Only those that are no word of their own.
_UNMARKED_CONTRACTIONS = {
    "youve": ["you", "ve"], "youre": ["you", "re"], "ive": ["i", "ve"], "im": ["i", "m"],
    "thats": ["that", "s"], "whats": ["what", "s"], "theres": ["there", "s"],
    "dont": ["don", "t"], "cant": ["can", "t"], "didnt": ["didn", "t"], "isnt": ["isn", "t"],
    "weve": ["we", "ve"], "theyre": ["they", "re"], "youll": ["you", "ll"], "itll": ["it", "ll"],
    "wasnt": ["wasn", "t"], "doesnt": ["doesn", "t"], "hasnt": ["hasn", "t"],
}  # fmt: skip


def clean(text: str) -> str:
    """NFC, no zero-width characters, lower case."""
    return _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text)).lower()


@lru_cache(maxsize=8192)
def turn_words(text: str) -> TurnWords:
    """Cached, so each turn is segmented once however many rules and packs look at it."""
    words: list[str] = []
    clauses: list[int] = []
    written: list[str] = []
    units: list[int] = []
    closed: set[int] = set()
    polite: set[int] = set()
    unit = -1
    for clause, sentence in enumerate(_CLAUSE_BREAK.split(clean(text))):
        parts = _SEPARATORS.split(sentence)
        thai = [_THAI_RUN.search(c) is not None for c in parts[0::2]]
        chunks = [
            _strays_joined(_split_thai(c)) if t else [c]
            for c, t in zip(parts[0::2], thai, strict=True)
        ]
        spaced = _spaced_out(chunks, thai)
        if spaced:
            parts = _syllables_joined(parts)
            thai = [_THAI_RUN.search(c) is not None for c in parts[0::2]]
            chunks = [
                _strays_joined(_split_thai(c)) if t else [c]
                for c, t in zip(parts[0::2], thai, strict=True)
            ]
        clause_words: list[tuple[str, int]] = []
        boundary = _PAUSE
        for number, pieces in enumerate(chunks):
            if not thai[number] and pieces[0] in _UNMARKED_CONTRACTIONS:
                pieces = _UNMARKED_CONTRACTIONS[pieces[0]]
            if number and _PAUSE_MARK.search(parts[2 * number - 1]):
                boundary = _PARTICLE if boundary == _PARTICLE else _PAUSE
            elif number and not spaced and (thai[number] or thai[number - 1]):
                boundary = boundary or _SPACE
            for piece in pieces:
                folded = fold_tones(piece) if thai[number] else piece
                if piece in _PARTICLES or folded in _PARTICLES_FOLDED:
                    boundary = _PARTICLE
                    continue
                if not folded or piece in _DROPPED or folded in _DROPPED_FOLDED:
                    continue
                if boundary:
                    if boundary != _SPACE and clause_words and clause_words[-1][1] == unit:
                        closed.add(unit)
                        if boundary == _PARTICLE:
                            polite.add(unit)
                    unit += 1
                    boundary = None
                clause_words.append((piece, unit))
        if clause_words and clause_words[-1][1] == unit:
            closed.add(unit)
            if boundary == _PARTICLE:
                polite.add(unit)
        for piece, piece_unit in _names_joined(clause_words) if any(thai) else clause_words:
            word = fold_tones(piece)
            words.append(_NUMBERS.get(word, word))
            clauses.append(clause)
            written.append(piece)
            units.append(piece_unit)
    return TurnWords(
        tuple(words),
        tuple(clauses),
        tuple(written),
        tuple(units),
        frozenset(closed),
        frozenset(polite),
    )


def _syllables_joined(parts: list[str]) -> list[str]:
    """`_SEPARATORS.split` parts (chunks at even places) with two to four Thai chunks set apart
    by spaces joined where they spell a dictionary word that one of them is not: spaced-out ASR
    cuts words into syllables ("สวัส ดี", "บัน ทึก", "สน ทนา"), and phrases are written whole.
    Names stay apart: `_names_joined` reads them."""
    chunks, separators = parts[0::2], parts[1::2]
    out = []
    index = 0
    while index < len(chunks):
        size = next((n for n in (4, 3, 2) if _spell_a_word(chunks, separators, index, n)), 1)
        out.append("".join(chunks[index : index + size]))
        index += size
        if index - 1 < len(separators):
            out.append(separators[index - 1])
    return out


def _spell_a_word(chunks: list[str], separators: list[str], index: int, size: int) -> bool:
    group = chunks[index : index + size]
    return (
        len(group) == size
        and all(separator.isspace() for separator in separators[index : index + size - 1])
        and all(_THAI_RUN.fullmatch(chunk) for chunk in group)
        and in_dictionary(fold_tones("".join(group)))
        and not all(in_dictionary(fold_tones(chunk)) for chunk in group)
    )


def _spaced_out(chunks: list[list[str]], thai: list[bool]) -> bool:
    """Thai with a space after (nearly) every word, as some ASR writes it."""
    if sum(thai) < SPACED_OUT_CHUNKS:
        return False
    said = [[p for p in c if p not in _DROPPED] for c, t in zip(chunks, thai, strict=True) if t]
    thai = [c for c in said if c]  # a particle standing alone says nothing of the spacing
    single = sum(1 for c in thai if len(c) == 1)
    return len(thai) >= SPACED_OUT_CHUNKS and single >= SPACED_OUT_SHARE * len(thai)


def _names_joined(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Two to four pieces of one unit that spell a given name together ("สม|ศรี", "เพ็ญ ศรี",
    "ป|ภาว|ริ|นทร์") as one word, unless together they are a dictionary word."""
    out: list[tuple[str, int]] = []
    index = 0
    while index < len(pieces):
        for size in (4, 3, 2):
            group = pieces[index : index + size]
            if len(group) < size or group[0][1] != group[-1][1]:
                continue  # units only grow along a clause: same first and last, same unit
            joined = "".join(p for p, _ in group)
            if (
                is_given_name(joined)
                and _THAI_RUN.fullmatch(joined)
                and not in_dictionary(fold_tones(joined))
                and not any(fold_tones(p) in _NUMBERS for p, _ in group)
            ):
                out.append((joined, group[0][1]))
                index += size
                break
        else:
            out.append(pieces[index])
            index += 1
    return out


def _strays_joined(pieces: list[str]) -> list[str]:
    """newmm cuts an unknown name after the word it begins with (จอย as จอ|ย|รับสาย): a
    consonant it leaves alone before a dictionary word or the end joins the piece before it,
    glued to it in the text (one chunk). One before more pieces may open a name
    (ดิฉัน|ป|ภาว|ริ|นทร์), which `_names_joined` puts together."""
    out: list[str] = []
    for index, piece in enumerate(pieces):
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if (
            out
            and len(piece) == 1
            and "ก" <= piece <= "ฮ"
            and not in_dictionary(piece)
            and (following is None or in_dictionary(fold_tones(following)))
            and not any(
                is_given_name(piece + "".join(pieces[index + 1 : index + 1 + size]))
                for size in (1, 2, 3)
            )
        ):
            out[-1] += piece
        else:
            out.append(piece)
    return out


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
