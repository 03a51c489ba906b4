"""PASSPORT: passport numbers given passport words: Thai (one or two letters and seven
digits), others with a letter or two and six to nine digits (Hong Kong K12345678, China
E12345678), nine digits alone (United States, United Kingdom) in one run or in threes,
eight alone (Sweden), a letter, seven digits and a letter (Singapore K1234567Z), two
digits, two letters and five digits (France 12AB34567), or nine of the letters and digits
a German passport uses (C4F7R2K19)."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from ccaudit.model import Severity
from ccaudit.pii.context import (
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    context_window,
    find_words,
    has_word,
    words_regex,
)
from ccaudit.pii.recognizers.base import (
    PATTERN,
    ContextPatternRecognizer,
    RePattern,
    Window,
    near_matches,
)

# A passport word earlier on the same line, further back than the context enhancer looks:
# "his Indian passport. The copy we have shows the number as A1234567".
LINE_REACH = 120
# A table or list under a line naming passports: each row holds one, the header is no more
# than this many rows up.
MAX_ROWS = 12
# Where a block of rows under a passport word can end: a blank line, or this far on.
MAX_BLOCK_CHARS = 1200
# As a match beside its own context word scores.
NEAR_WORD_SCORE = 0.5
# A passport's one or two letters, glued to the digits or before a space; two before a space
# are capitals, as a small word ("is 0212345678") is not a passport's letters. Read out, the
# letter may stand apart with a comma: "Z, four six one, ..." (Z, 461 8802).
_LETTERS = r"(?:[A-Za-z]{1,2}|[A-Za-z] |(?-i:[A-Z]{2}) |(?-i:[A-Z]), )"
# Latin letters as Thai speakers name them: เอ เอ (AA) before a Thai passport's digits.
THAI_SPELLED_LETTER = (
    "(?:ดับเบิลยู|เอ็กซ์|เอ็ม|เอ็น|เอฟ|เอช|เอส|แอล|อาร์|คิว|แซด|วาย|เอ|บี|ซี|ดี|อี|จี|ไอ|เจ|เค|โอ|พี|ที|ยู|วี)"
)
# Passport abbreviated in notes ("ID&V: DOB ok, pp E4417829J ok"); "pp" is pages too, so it
# names only a number with letters.
ABBREVIATIONS = ("pp", "pp no", "pp#", "ppt", "ppt no")
# Patterns whose matches hold letters: a bare run of digits further from the word is more
# often a phone or an account number.
_WITH_LETTERS = frozenset(
    {"letters_and_digits", "letters_and_grouped_digits", "letter_digits_letter",
     "digits_letters_digits", "german", "thai_spelled_letters", "spelled_letters_and_digits"}
)  # fmt: skip


class PassportRecognizer(ContextPatternRecognizer):
    """Tracking codes look alike (EE123456789TH, TH1234567890) but differ in digit count
    or carry trailing letters, which the boundaries exclude; booking references (K7HX29)
    and flight numbers (TG602) are too short."""

    ENTITY = "PASSPORT"
    SEVERITY = Severity.high
    LABEL_EN = "passport number"
    LABEL_TH = "เลขหนังสือเดินทาง"
    # (?=[A-Za-z]) changes no match, but lets `re` give up at once where no letter stands,
    # rather than check the lookbehind there.
    PATTERNS = (
        RePattern(
            "letters_and_digits",
            r"(?=[A-Za-z])(?<![A-Za-z0-9])" + _LETTERS + r"[0-9]{6,9}(?![A-Za-z0-9])",
            0.1,
        ),
        # Typed in groups: AB 1234 567, A 123 45678.
        RePattern(
            "letters_and_grouped_digits",
            r"(?=[A-Za-z])(?<![A-Za-z0-9])" + _LETTERS + r"(?=(?:[0-9] ?){7,9}(?![ 0-9]))"
            r"[0-9]{2,5}(?: [0-9]{2,5}){1,2}(?![A-Za-z0-9])",
            0.1,
        ),
        RePattern(
            "letter_digits_letter",
            r"(?=[A-Za-z])(?<![A-Za-z0-9])[A-Za-z][0-9]{7}[A-Za-z](?![A-Za-z0-9])",
            0.1,
        ),
        RePattern(
            "digits_letters_digits",
            r"(?=[0-9])(?<![A-Za-z0-9])[0-9]{2}[A-Za-z]{2}[0-9]{5}(?![A-Za-z0-9])",
            0.1,
        ),
        # Germany: nine of C F G H J K L M N P R T V W X Y Z and digits, a letter first,
        # letters and digits mixed: two letters or more, three digits or more, and a letter
        # after a digit (CFG123456 is a code's prefix and serial).
        RePattern(
            "german",
            r"(?=[CFGHJKLMNPRTVWXYZ])(?<![A-Za-z0-9])"
            r"(?=(?:[0-9]*[CFGHJKLMNPRTVWXYZ]){2})(?=(?:[A-Z]*[0-9]){3})(?=[A-Z]*[0-9]+[A-Z])"
            r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}(?![A-Za-z0-9])",
            0.1,
        ),
        # Letters spelled apart before the digits, read in groups: "a a, 770 41 58", "e r
        # 1244906" (two small letters together, "is 021234567", are a word).
        RePattern(
            "spelled_letters_and_digits",
            r"(?=[A-Za-z])(?<![A-Za-z0-9'])[A-Za-z],? [A-Za-z],? "
            r"(?=(?:[0-9],? ?){6,9}(?![ ,]*[0-9]))[0-9]+(?:,? [0-9]+)*(?![A-Za-z0-9])",
            0.1,
        ),
        RePattern(
            "thai_spelled_letters",
            rf"(?<![\u0e00-\u0e7f]){THAI_SPELLED_LETTER}(?: ?{THAI_SPELLED_LETTER})? ?"
            r"[0-9]{6,9}(?![A-Za-z0-9])",
            0.1,
        ),
        # Nine digits, typed in one run or in threes (551 903 812, 551-903-812), or eight.
        RePattern(
            "nine_digits",
            r"(?=[0-9])(?<![A-Za-z0-9])(?:[0-9]{3}([ \-]?)[0-9]{3}\1[0-9]{3}|[0-9]{8})"
            r"(?![A-Za-z0-9])(?![ \-][0-9])",
            0.1,
        ),
    )
    CONTEXT = (
        "passport", "passports", "passport no", "passport number", "พาสปอร์ต", "หนังสือเดินทาง",
        "เลขหนังสือเดินทาง", "เลขพาสปอร์ต", "พาสฯ",
    ) + ABBREVIATIONS  # fmt: skip
    NEGATIVE_CONTEXT = (
        "tracking", "พัสดุ", "ems", "kerry", "flash", "order", "policy", "ref", "reference",
        "booking", "invoice",
    )  # fmt: skip
    NEEDS_CONTEXT = True

    def windows(self, text: str) -> list[Window]:
        """Around each passport word, and on to the end of the block of lines below it."""
        words = (m.span() for m in find_words(self._context_regex, text))
        return near_matches(text, ((start, _block_end(text, end)) for start, end in words))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if _has_letters(r) or self._near_a_full_word(text, r.start, r.end)
        ]
        rows = {_line_start(text, r.start) for r in results if _has_letters(r)}
        for result in results:
            if (
                _has_letters(result)
                and result.score < NEAR_WORD_SCORE
                and (
                    self._named_on_its_line(text, result.start)
                    or self._under_a_header(text, result.start, rows)
                )
            ):
                result.score = NEAR_WORD_SCORE
        return results

    def _near_a_full_word(self, text: str, start: int, end: int) -> bool:
        first, last = context_window(text, start, end, CONTEXT_BEFORE, CONTEXT_AFTER)
        return has_word(_FULL_WORDS, text, first, start) or has_word(_FULL_WORDS, text, end, last)

    def _named_on_its_line(self, text: str, start: int) -> bool:
        first = max(_line_start(text, start), start - LINE_REACH)
        return has_word(self._context_regex, text, first, start)

    def _under_a_header(self, text: str, start: int, rows: set[int]) -> bool:
        """Whether a line above names passports and every line between holds one."""
        line = _line_start(text, start)
        for _ in range(MAX_ROWS):
            if line == 0:
                return False
            above = _line_start(text, line - 1)
            if has_word(self._context_regex, text, above, line - 1):
                return True
            if above not in rows:
                return False
            line = above
        return False


def _has_letters(result: RecognizerResult) -> bool:
    return result.recognition_metadata[PATTERN] in _WITH_LETTERS


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _block_end(text: str, position: int) -> int:
    blank = text.find("\n\n", position, position + MAX_BLOCK_CHARS)
    return blank if blank != -1 else min(position + MAX_BLOCK_CHARS, len(text))


PASSPORT_WORDS = words_regex(PassportRecognizer.CONTEXT)
_FULL_WORDS = words_regex(w for w in PassportRecognizer.CONTEXT if w not in ABBREVIATIONS)
_SHAPES = tuple(p.compiled for p in PassportRecognizer.PATTERNS)


def passport_shapes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] shaped like a passport number, whatever words are near: the
    widest where spans overlap."""
    spans = sorted(
        (m.span() for shape in _SHAPES for m in shape.finditer(text, start, end)),
        key=lambda span: (span[0], -span[1]),
    )
    widest: list[tuple[int, int]] = []
    for span in spans:
        if widest and span[0] < widest[-1][1]:
            continue
        widest.append(span)
    return widest
