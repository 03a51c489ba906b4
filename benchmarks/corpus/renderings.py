"""How a number is written or said: the variants the benchmark reports on.

Each renderer takes the digits and their usual grouping and returns the text as it would
appear in a transcript. `glued_thai` returns plain digits: the template glues them to Thai
words. Split numbers (one number over several turns) are built in corpus.py from `spaced`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

THAI_NUMERALS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ENGLISH_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
THAI_WORDS = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]

Renderer = Callable[[random.Random, str, tuple[int, ...]], str]


def groups(number: str, grouping: tuple[int, ...]) -> list[str]:
    out, position = [], 0
    for size in grouping:
        out.append(number[position : position + size])
        position += size
    if position < len(number):
        out.append(number[position:])
    return [g for g in out if g]


def plain(rng: random.Random, number: str, grouping: tuple[int, ...]) -> str:
    return number


def spaced(rng: random.Random, number: str, grouping: tuple[int, ...]) -> str:
    return " ".join(groups(number, grouping))


def hyphenated(rng: random.Random, number: str, grouping: tuple[int, ...]) -> str:
    return "-".join(groups(number, grouping))


def thai_numerals(rng: random.Random, number: str, grouping: tuple[int, ...]) -> str:
    separator = rng.choice([" ", "-", ""])
    return separator.join(groups(number, grouping)).translate(THAI_NUMERALS)


def spoken_en(rng: random.Random, number: str, grouping: tuple[int, ...]) -> str:
    zero = rng.choice(["oh", "zero"])
    use_double = rng.random() < 0.4
    spoken_groups = []
    for group in groups(number, grouping):
        words, i = [], 0
        while i < len(group):
            word = zero if group[i] == "0" else ENGLISH_WORDS[int(group[i])]
            if use_double and i + 1 < len(group) and group[i + 1] == group[i]:
                words.append(f"double {word}")
                i += 2
            else:
                words.append(word)
                i += 1
        spoken_groups.append(" ".join(words))
    return rng.choice([", ", " "]).join(spoken_groups)


def spoken_th(rng: random.Random, number: str, grouping: tuple[int, ...]) -> str:
    two = "โท" if rng.random() < 0.25 else "สอง"
    inner = rng.choice(["", " "])
    spoken_groups = [
        inner.join(two if d == "2" else THAI_WORDS[int(d)] for d in group)
        for group in groups(number, grouping)
    ]
    return rng.choice([" ", "", " "]).join(spoken_groups)


def international(rng: random.Random, number: str, grouping: tuple[int, ...]) -> str:
    """Thai phone numbers as +66: the trunk 0 goes."""
    rest = number[1:]
    if rng.random() < 0.3:
        return "+66" + rest
    return "+66 " + " ".join(groups(rest, (grouping[0] - 1, *grouping[1:])))


NUMBER_VARIANTS: dict[str, Renderer] = {
    "plain": plain,
    "spaced": spaced,
    "hyphenated": hyphenated,
    "glued_thai": plain,
    "thai_numerals": thai_numerals,
    "spoken_en": spoken_en,
    "spoken_th": spoken_th,
}
