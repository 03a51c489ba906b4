"""IBANs read out in pieces across turns: "it's a German account, d e one two" / "mm-hm" /
"six zero eight two" / "yes" / "nine five three two" / ... / "and nine nine".

A chain starts with a turn that ends with a country's two letters and what follows them, and
goes on through the same speaker's next turns that say nothing but letters and digits (with
a filler word or two: "and", "okay"), stepping over one turn of the other speaker between
them that holds no digits ("mm-hm", "go on") or says the last piece back. The IBAN's check
digits are what make the pieces one number: spoken_iban reads the joined pieces, and each
turn's part of a valid IBAN is a piece of one split number, reported as split_numbers' are
(see fragments).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ccaudit.model import Turn
from ccaudit.pii.passes.split_numbers import Fragment, SplitNumber
from ccaudit.pii.spoken_iban import (
    IBAN_TOKEN,
    may_hold_spoken_iban,
    said_characters,
    spoken_ibans,
)

_TOKEN = re.compile(rf"(?<![^\W\d_]){IBAN_TOKEN}(?![^\W\d_])", re.IGNORECASE)
_WORD = re.compile(r"[^\s.,!?;:\-…]+")
_FILLER_WORDS = """
    and then so okay ok yes yeah yep uh um er erm it's its is the rest last bit part that's
    ค่ะ ครับ คะ นะ
"""
_FILLERS = frozenset(_FILLER_WORDS.split())
_COUNTRY = re.compile(r"[a-z]", re.IGNORECASE)
MAX_PIECES = 12
MAX_INTERJECTION_WORDS = 6


def find_split_ibans(
    turns: Sequence[Turn], texts: Sequence[str], normalised: Collection[int]
) -> list[SplitNumber]:
    """`texts` are the turns' texts, normalised where `normalised` says; an IBAN's first piece
    is in a normalised turn, the rest in any."""
    speakers = [turn.speaker or turn.role for turn in turns]
    found = []
    for position in sorted(normalised):
        if not may_hold_spoken_iban(texts[position]):
            continue
        first = _opening_tokens(texts[position])
        if not first:
            continue
        pieces = [(position, first)]
        following = position + 1
        stepped_over = False
        while following < len(texts) and len(pieces) < MAX_PIECES:
            if speakers[following] != speakers[position]:
                said_back = _piece_tokens(texts[following])
                if stepped_over or not (
                    _is_interjection(texts[following]) or _same(said_back, pieces[-1][1])
                ):
                    break
                stepped_over = True
            elif tokens := _piece_tokens(texts[following]):
                pieces.append((following, tokens))
                stepped_over = False
            else:
                break
            following += 1
        if len(pieces) > 1:
            found.extend(_splits(pieces))
    return found


def _splits(pieces: list[tuple[int, list[re.Match[str]]]]) -> list[SplitNumber]:
    joined, owners = "", []
    for position, tokens in pieces:
        for token in tokens:
            joined += (" " if joined else "") + token.group()
            owners.append((len(joined), position, token))
    splits = []
    for start, end, _ in spoken_ibans(joined):
        said: dict[int, list[re.Match[str]]] = {}
        for token_end, position, token in owners:
            if start < token_end <= end:
                said.setdefault(position, []).append(token)
        if len(said) > 1:
            fragments = tuple(
                Fragment(p, t[0].start(), t[-1].end(), said_characters([w.group() for w in t]))
                for p, t in said.items()
            )
            splits.append(SplitNumber("BANK_ACCOUNT", fragments, validated=True))
    return splits


def _opening_tokens(text: str) -> list[re.Match[str]]:
    """The letters, digits and digit words that end the turn, from the last two letters alone
    that open an IBAN ("... account d e one two")."""
    tokens = _tail_tokens(text)
    for n in range(len(tokens) - 3, -1, -1):
        if _is_letter(tokens[n]) and _is_letter(tokens[n + 1]) and not _is_letter(tokens[n + 2]):
            return tokens[n:]
    return []


def _tail_tokens(text: str) -> list[re.Match[str]]:
    """The run of IBAN tokens at the end of the text, fillers after it allowed."""
    tokens: list[re.Match[str]] = []
    for word in reversed(list(_WORD.finditer(text))):
        token = _TOKEN.fullmatch(text, word.start(), word.end())
        if token:
            tokens.append(token)
        elif tokens or word.group().lower() not in _FILLERS:
            break
    return tokens[::-1]


def _piece_tokens(text: str) -> list[re.Match[str]]:
    """Every word of the turn an IBAN token, fillers before and after it allowed."""
    tokens: list[re.Match[str]] = []
    words = list(_WORD.finditer(text))
    for word in words:
        token = _TOKEN.fullmatch(text, word.start(), word.end())
        if token:
            tokens.append(token)
        elif word.group().lower() not in _FILLERS:
            return []
    return tokens


def _same(tokens: list[re.Match[str]], others: list[re.Match[str]]) -> bool:
    """The other speaker saying the last piece back ("D E one two, yes")."""
    return bool(tokens) and [t.group().lower() for t in tokens] == [
        t.group().lower() for t in others
    ]


def _is_letter(token: re.Match[str]) -> bool:
    return len(token.group()) == 1 and _COUNTRY.fullmatch(token.group()) is not None


def _is_interjection(text: str) -> bool:
    return not any(c.isdigit() for c in text) and len(text.split()) <= MAX_INTERJECTION_WORDS
