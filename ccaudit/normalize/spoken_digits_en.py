"""Spoken English digits become digits: "oh eight one, double two three" -> "081 223".

Words: zero, nought, oh/o, one ... nine, "double X" / "triple X", and the pairs people read long
numbers in: ten ... nineteen, twenty ... ninety with or without a unit ("forty five thirty
two" -> "4532"). Only runs that look like a number change (see digit_runs for the output
shape): three spoken digits on their own, or two beside written digits ("oh eight one 234
5678"); a run with a pair word needs four digits, since "seven fifteen" is a time and "four
twenty-one" an amount as often as a code. "one moment", "I have two cards", "for" and "to"
stay as they are. "oh" opening a run and set off by a comma is an interjection ("Oh, one two
three"), not a zero; at the end of a run it is a zero ("one oh, oh"). A hesitation ("uh",
"um") or a said "dash" between two digits is a pause inside the number.
"""

from __future__ import annotations

import re
from itertools import groupby
from operator import itemgetter

from ccaudit.normalize.digit_runs import BLANK, DigitToken, RunPolicy, run_replacements
from ccaudit.normalize.offsets import Replacement

_DIGIT_OF_WORD = {
    "zero": "0",
    "nought": "0",  # British
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
# The words that say one digit each ("o" is left out: alone it is a letter).
ENGLISH_DIGITS = {w: d for w, d in _DIGIT_OF_WORD.items() if w != "o"}
REPEATS = {"double": 2, "triple": 3}
_TEENS = {
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
}
_TENS = {
    "twenty": "2",
    "thirty": "3",
    "forty": "4",
    "fifty": "5",
    "sixty": "6",
    "seventy": "7",
    "eighty": "8",
    "ninety": "9",
}
_UNITS = [w for w in _DIGIT_OF_WORD if w not in ("zero", "nought", "oh", "o")]
_PAIR_WORDS = frozenset([*_TEENS, *_TENS])
_PAIR_IN = re.compile("|".join(_PAIR_WORDS))
PAIR_RUN_DIGITS = 4
HUNDRED_RUN_DIGITS = 7
PLUS_RUN_DIGITS = 8
_INTERJECTIONS = ("oh", "o")


def _spellings(words: list[str]) -> str:
    """The words as one alternation nested by shared first letters (t(?:w(?:o|elve)|en)), so
    that `re` tests a letter once where a flat list tests every word that starts with it.
    Matched against the text lowercased (see `lowered`): a case-blind pattern is slower."""
    branches = []
    for letter, group in groupby(sorted(set(words)), key=itemgetter(0)):
        rests = [word[1:] for word in group]
        longer = [rest for rest in rests if rest]
        if not longer:
            branches.append(re.escape(letter))
        elif len(rests) == 1:
            branches.append(re.escape(letter + rests[0]))
        else:
            optional = "?" if len(longer) < len(rests) else ""
            branches.append(f"{re.escape(letter)}(?:{_spellings(longer)}){optional}")
    return "|".join(branches)


def lowered(text: str) -> str:
    """Lowercase with every position unchanged (str.lower turns İ into two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_WORD = _spellings([*(w for w in _DIGIT_OF_WORD if w != "o"), "o"])
_REPEAT = _spellings(list(REPEATS))
# A count said after the number ("two seven nine six, nineteen digits") is no part of it.
_COUNT_AFTER = rf"(?!{BLANK}+(?:digit|number))"
_PAIR = (
    rf"(?:(?:{_spellings(list(_TENS))})(?:[ -](?:{_spellings(_UNITS)}))?"
    rf"|{_spellings(list(_TEENS))}){_COUNT_AFTER}"
)
_HUNDRED = rf"(?:{_spellings(_UNITS)})[ -](?:{_spellings(['hundred'])})"
_TOKEN = rf"(?:(?:{_REPEAT})[ \t-]+(?:{_WORD})|{_HUNDRED}|{_PAIR}|{_WORD}|[0-9]+)(?![A-Za-z0-9'])"
# "plus" said right before a number is its international prefix.
_PLUS_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_spellings(['plus'])}){BLANK}+$")
PLUS_REACH = 6
_PAUSE = _spellings(["uh", "um", "er", "dash"])
_SEPARATOR = rf"(?:{BLANK}*[,-]{BLANK}*|{BLANK}+(?:(?:{_PAUSE}){BLANK}+)?)"
_PAUSE_WORD = re.compile(rf"(?<![A-Za-z])(?:{_spellings(['uh', 'um', 'er'])})(?![A-Za-z])")
# Words ASR writes for digits it heard ("for nine to three ate"): digits only in a run as
# long as a card number that holds several of them, since each is a common word.
HOMOPHONES = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
HOMOPHONE_RUN_DIGITS = 13
MIN_HOMOPHONES = 2
_HOMOPHONE = _spellings(list(HOMOPHONES))
_WITH_HOMOPHONE = rf"(?:{_TOKEN}|(?:{_HOMOPHONE})(?![A-Za-z0-9']))"
_TOKEN_PATTERN = re.compile(_TOKEN)
_RUN_PATTERN = re.compile(rf"(?<![A-Za-z0-9'_]){_TOKEN}(?:{_SEPARATOR}{_TOKEN})+")
# Looked for only in a text with this many digit words: the longer alternation costs.
MIN_WORDS_FOR_HOMOPHONES = 6
_TOKEN_WITH_HOMOPHONE_PATTERN = re.compile(_WITH_HOMOPHONE)
_RUN_WITH_HOMOPHONE_PATTERN = re.compile(
    rf"(?<![A-Za-z0-9'_]){_WITH_HOMOPHONE}(?:{_SEPARATOR}{_WITH_HOMOPHONE})+"
)
_HOMOPHONE_IN = re.compile(rf"(?<![a-z])(?:{'|'.join(HOMOPHONES)})(?![a-z])")
# A short turn of nothing but a number read out: there a run of four digits may hold them.
_PREPOSITIONS = frozenset(("to", "too", "for"))
MAX_WHOLE_TURN = 80
MIN_WHOLE_TURN_DIGITS = 4
MIN_WHOLE_TURN_WORDS = 2
_BEFORE_A_WHOLE_TURN_RUN = re.compile(
    rf"{BLANK}*(?:(?:yeah|yes|yep|sure|ok|okay|um|uh|so|and|then|it's|its|it is|that's"
    rf"|the number is|number is|it says|says){BLANK}*,?{BLANK}*)*"
)
_AFTER_A_WHOLE_TURN_RUN = re.compile(rf"[{BLANK[1:-1]}.,!?]*")
_HOMOPHONE_BEFORE = re.compile(rf"(?<![A-Za-z0-9'])(?:{_HOMOPHONE}){BLANK}+$")
HOMOPHONE_REACH = 4
# A cheap first look: a digit word other than oh/o, then a separator or the end of a sentence.
# Every run of two or more spoken digits has one ("oh oh seven" at the end of a turn too).
_GATE_WORDS = [w for w in [*_DIGIT_OF_WORD, *REPEATS, *_TEENS, *_TENS] if w not in _INTERJECTIONS]
_GATE = re.compile(rf"(?:{_spellings(_GATE_WORDS)})(?:{BLANK}|[,\-.?!]|$)")
_RUN_PREFIX_CHARACTERS = frozenset("0123456789 \t\r\n,-ohOH")
POLICY = RunPolicy(min_spoken=3, min_spoken_beside_written=2, min_spoken_standing_alone=3)


def spoken_english_digits(text: str) -> list[Replacement]:
    replacements: list[Replacement] = []
    text = lowered(text)
    gate = _gate(text)
    if gate is None:
        return replacements
    short_turn = len(text) <= MAX_WHOLE_TURN and _HOMOPHONE_IN.search(text) is not None
    homophones = short_turn or len(_GATE.findall(text, gate)) >= MIN_WORDS_FOR_HOMOPHONES
    runs, token_pattern = (
        (_RUN_WITH_HOMOPHONE_PATTERN, _TOKEN_WITH_HOMOPHONE_PATTERN)
        if homophones
        else (_RUN_PATTERN, _TOKEN_PATTERN)
    )
    start = 0 if short_turn else _run_search_start(text, gate, homophones)
    for run in runs.finditer(text, start):
        tokens = [
            english_digit_token(m) for m in token_pattern.finditer(text, run.start(), run.end())
        ]
        tokens = _without_leading_interjection(text, tokens)
        # Most runs hold none of the rarer words: one look at the run spares the token checks.
        words = run.group().lower()
        parts = _homophones_resolved(text, tokens) if _HOMOPHONE_IN.search(words) else [tokens]
        if _PAUSE_WORD.search(words):
            parts = [piece for part in parts for piece in _restarts_apart(text, part)]
        with_pairs = _PAIR_IN.search(words) is not None
        with_hundred = "hundred" in words
        for said in parts:
            if (with_pairs or with_hundred) and not _reads_as_number(text, said):
                continue
            changed = run_replacements(text, said, POLICY)
            plus = _PLUS_BEFORE.search(text, max(said[0].start - PLUS_REACH, 0), said[0].start)
            if changed and plus and _spoken_digits(said) >= PLUS_RUN_DIGITS:
                changed.append(Replacement(plus.start(), said[0].start, "+"))
            replacements.extend(changed)
    return replacements


def _reads_as_number(text: str, tokens: list[DigitToken]) -> bool:
    """Pair words need four digits in all; "X hundred" counts only inside a phone number
    read out ("one eight hundred four three two ..."), followed by single digits, never by
    a pair ("four hundred eighty nine" is an amount)."""
    words = [text[t.start : t.end].lower() for t in tokens]
    if any(w.endswith("hundred") for w in words):
        following = [
            len(t.digits) for t, w in zip(tokens, words, strict=True) if not w.endswith("hundred")
        ]
        if words[-1].endswith("hundred") or max(following, default=0) > 1:
            return False
        return _spoken_digits(tokens) >= HUNDRED_RUN_DIGITS
    return not _has_pair(text, tokens) or _spoken_digits(tokens) >= PAIR_RUN_DIGITS


def _gate(text: str) -> int | None:
    """Where the first gate word that starts a word is (the gate finds "ten " in "often ")."""
    match = _GATE.search(text)
    while match is not None:
        start = match.start()
        if start == 0 or not (text[start - 1].isascii() and text[start - 1].isalpha()):
            return start
        match = _GATE.search(text, start + 1)
    return None


def _run_search_start(text: str, gate_start: int, homophones: bool) -> int:
    """Where the first run can begin: the gate found the leftmost digit word other than oh/o,
    so before it a run holds only written digits, oh/o and separators."""
    start = gate_start
    while start > 0 and text[start - 1] in _RUN_PREFIX_CHARACTERS:
        start -= 1
    if not homophones:
        return start
    # A homophone right before (see HOMOPHONES) may open the run; the run check decides.
    blanks_end = start
    while blanks_end < gate_start and text[blanks_end].isspace():
        blanks_end += 1
    homophone = _HOMOPHONE_BEFORE.search(text, max(start - HOMOPHONE_REACH, 0), blanks_end)
    return homophone.start() if homophone else start


def has_english_digit_word(text: str) -> bool:
    """The English step's first look: a digit word other than oh/o, then a separator or the
    end of a sentence.
    `text` is lowercased (see `lowered`)."""
    return _gate(text) is not None


def english_token_regex() -> str:
    """One English digit word (or double/triple and one) or written digits, as a regex for
    the text lowercased (see `lowered`)."""
    return _TOKEN


def english_digit_token(match: re.Match[str]) -> DigitToken:
    """The token an `english_token_regex` match stands for."""
    start, end = match.span()
    word = match.group().lower()
    digit = _DIGIT_OF_WORD.get(word) or HOMOPHONES.get(word)
    if digit is not None:
        return DigitToken(start, end, digit, True)
    if word[0].isdigit():
        return DigitToken(start, end, word, False)
    if word.endswith("hundred"):
        return DigitToken(start, end, _DIGIT_OF_WORD[word.split()[0].split("-")[0]] + "00", True)
    if word in _TEENS:
        return DigitToken(start, end, _TEENS[word], True)
    parts = word.replace("-", " ").split()
    if parts[0] in _TENS:
        unit = _DIGIT_OF_WORD[parts[1]] if len(parts) > 1 else "0"
        return DigitToken(start, end, _TENS[parts[0]] + unit, True)
    repeat = REPEATS.get(parts[0], 1)
    return DigitToken(start, end, _DIGIT_OF_WORD[parts[-1]] * repeat, True)


def _homophones_resolved(text: str, tokens: list[DigitToken]) -> list[list[DigitToken]]:
    """The run as it is where its homophones are digits (see HOMOPHONES), else the parts
    between them."""
    homophones = sum(1 for t in tokens if _is_homophone(text, t))
    if not homophones:
        return [tokens]
    if homophones >= MIN_HOMOPHONES and _spoken_digits(tokens) >= HOMOPHONE_RUN_DIGITS:
        return [tokens]
    if _is_the_whole_turn(text, tokens) and homophones < len(tokens):
        return [tokens]
    parts: list[list[DigitToken]] = [[]]
    for token in tokens:
        if _is_homophone(text, token):
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


def _is_the_whole_turn(text: str, tokens: list[DigitToken]) -> bool:
    """A short turn that says nothing but the run (after "sure", "it's"), of four digits or
    more, two or more of them digit words proper and none written, not ending on "to" or "for"
    (`one two three four to`): a piece of a number read out, where ASR's "to", "for" and "won"
    are digits ("sure five to won eight"); a time ("five to ten") holds a pair word."""
    spoken = [t for t in tokens if not _is_homophone(text, t)]
    return (
        len(text) <= MAX_WHOLE_TURN
        and text[tokens[-1].start : tokens[-1].end].lower() not in _PREPOSITIONS
        and all(t.spoken for t in tokens)
        and not _has_pair(text, tokens)
        and sum(len(t.digits) for t in tokens) >= MIN_WHOLE_TURN_DIGITS
        and len(spoken) >= MIN_WHOLE_TURN_WORDS
        and _BEFORE_A_WHOLE_TURN_RUN.fullmatch(text, 0, tokens[0].start) is not None
        and _AFTER_A_WHOLE_TURN_RUN.fullmatch(text, tokens[-1].end) is not None
    )


def _is_homophone(text: str, token: DigitToken) -> bool:
    return text[token.start : token.end].lower() in HOMOPHONES


def _restarts_apart(text: str, tokens: list[DigitToken]) -> list[list[DigitToken]]:
    """A hesitation either pauses inside a number ("four seven uh two nine") or starts it
    again ("oh eight one um oh eight one two ..."): where the digits after it begin with those
    said since the last break, the speaker started over and the two are apart."""
    parts: list[list[DigitToken]] = [[]]
    for i, token in enumerate(tokens):
        current = parts[-1]
        if current and _PAUSE_WORD.search(text, current[-1].end, token.start):
            said = "".join(t.digits for t in current)
            following = "".join(t.digits for t in tokens[i:])
            if following.startswith(said):
                parts.append([])
        parts[-1].append(token)
    return parts


def _spoken_digits(tokens: list[DigitToken]) -> int:
    return sum(len(t.digits) for t in tokens if t.spoken)


def _has_pair(text: str, tokens: list[DigitToken]) -> bool:
    """Whether a token is a pair word (ten ... ninety-nine)."""
    return any(
        t.spoken and text[t.start : t.end].lower().replace("-", " ").split()[0] in _PAIR_WORDS
        for t in tokens
    )


def _without_leading_interjection(text: str, tokens: list[DigitToken]) -> list[DigitToken]:
    while (
        len(tokens) > 1
        and text[tokens[0].start : tokens[0].end].lower() in _INTERJECTIONS
        and "," in text[tokens[0].end : tokens[1].start]
    ):
        tokens = tokens[1:]
    return tokens
