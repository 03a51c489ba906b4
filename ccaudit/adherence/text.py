"""Turn text into a matching key that survives real speech and ASR output.

Thai runs are segmented with pythainlp's newmm so polite particles and fillers can be dropped
as whole words (dropping the substring คะ would also break คะแนน). Tone marks are stripped
after segmentation because ASR often loses them and newmm segments better with them present.
Thai words are then joined without spaces (Thai writes none between words, and a phrase may
be segmented differently from the call), while Latin words keep a single space between them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from pythainlp.tokenize import word_tokenize  # noqa: E402

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TONE_MARKS = re.compile("[\u0e48-\u0e4b]")
_THAI_RUN = re.compile("[\u0e00-\u0e7f]+")
# Everything that is not a letter, digit or Thai character separates words.
_SEPARATORS = re.compile(r"[^\w\u0e00-\u0e7f]+|_")
_LATIN_WORD = re.compile(r"[0-9a-z]")

POLITE_PARTICLES = ("ครับ", "ค่ะ", "คะ", "นะคะ", "นะครับ", "จ้ะ", "จ้า", "ค่า", "คับ", "ฮะ")
FILLERS = ("เอ่อ", "อ่า", "อืม", "เออ", "อ้า", "um", "uh", "umm", "uhm", "erm", "hmm", "er")


def fold_tones(text: str) -> str:
    return _TONE_MARKS.sub("", text)


_DROPPED = frozenset(fold_tones(w) for w in POLITE_PARTICLES + FILLERS)


@dataclass(frozen=True)
class MatchKey:
    """Normalised text plus where each word starts and ends in it, for word-boundary checks."""

    text: str
    word_starts: frozenset[int]
    word_ends: frozenset[int]


def clean(text: str) -> str:
    """NFC, no zero-width characters, lower case, punctuation as single spaces."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text)).lower()
    return " ".join(_SEPARATORS.split(text)).strip()


def words(text: str) -> list[str]:
    """The words of text, tone marks folded, with particles and fillers dropped."""
    out: list[str] = []
    for chunk in clean(text).split():
        pieces = _split_thai(chunk) if _THAI_RUN.search(chunk) else [chunk]
        out.extend(w for w in (fold_tones(p) for p in pieces) if w and w not in _DROPPED)
    return out


@lru_cache(maxsize=4096)
def match_key(text: str) -> MatchKey:
    """Cached, so each turn is segmented once however many rules look at it."""
    parts: list[str] = []
    starts: set[int] = set()
    ends: set[int] = set()
    length = 0
    previous_latin = False
    for word in words(text):
        latin = bool(_LATIN_WORD.match(word[0]))
        if parts and (latin or previous_latin):
            parts.append(" ")
            length += 1
        starts.add(length)
        parts.append(word)
        length += len(word)
        ends.add(length)
        previous_latin = bool(_LATIN_WORD.match(word[-1]))
    return MatchKey("".join(parts), frozenset(starts), frozenset(ends))


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
