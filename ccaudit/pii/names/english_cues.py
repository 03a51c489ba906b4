"""English names after a cue, in written text and in lower-case, unpunctuated ASR text.

Each cue has a strength: what it says about the words after it. After a title (Mr, Mrs, Dr,
Khun, K.) or "my name is" a name follows whatever its case, listed or not (`khun
natsitaphat`). After "this is", "thanks" or "my wife" a capitalised word is a name, and a
lower-case word only when the census lists it as a given name (`this is travis`, never
`this is correct`). After "with", "to" or "for" only a listed given name is (`transfer to
Peter`). A name runs to three words and stops at a word that is never part of one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.english_lists import NOT_NAME_WORDS, is_listed_family, is_listed_given
from ccaudit.pii.names.english_words import (
    BRANDS_AFTER_TITLES,
    ORGANISATION_WORDS,
    OTHER_WORDS_AFTER_CUES,
)

STRONG, MEDIUM, WEAK = 3, 2, 1
_SPEAKING = r"(?:you['’]re|you are|i['’]m|i am) (?:speaking|talking|through) (?:with|to)"
_KIN = (
    r"wife|husband|son|daughter|mother|mom|mum|father|dad|brother|sister|aunt|uncle|partner"
    r"|spouse|friend|landlord|landlady|colleague|boss|neighbou?r|grandma|grandpa|cousin"
    r"|nephew|niece|fianc[eé]e?|boyfriend|girlfriend|son-in-law|daughter-in-law"
)
_ROLE = (
    r"agent|advisor|adviser|technician|tech|engineer|surveyor|driver|rider|adjuster|cleaner"
    r"|analyst|supervisor|sup|manager|officer|courier|nurse|caller|cx|cardholder|holder"
    r"|signatory|receiver|recipient|payee|beneficiary|staff|rep"
)
# Group names give each cue's strength; the name starts where the match ends. A preposition
# is a cue only before a capital: lower-case text has too many of them to look behind each.
EN_CUE = re.compile(
    r"(?P<title>(?i:mrs|mr|ms|mx|miss|dr|khun|nong)(?:\. ?| )|[Kk]\. ?)"
    r"|(?P<named>(?i:my name is|my name['’]s|name is|name['’]s|name was|named|by the name of"
    rf"|call me|{_SPEAKING}|speaking with|speaking to) )"
    r"|(?P<intro>(?i:this is|it['’]s|it is|i am|i['’]m|here['’]s|hi|hello|hey|dear|thanks"
    r"|thank you|bye|goodbye|congrats|congratulations|welcome|meet|ask for|speak with"
    r"|speak to|pulled up for|put you through to|transfer you to|name"
    rf"|(?:{_KIN})(?:['’]s name is| named| is)?|{_ROLE}),? )"
    r"|(?P<preposition>(?i:with|to|for|from|and|by|about) (?=[A-Z]))"
)
# A word of a name: `Smith`, `McLeod`, `O'Brien`, `Adeyemi-Clarke`, `SMITH`, or an initial
# `R.`; it must end where the word ends (`HealthPlus`, `PIMCHANOK_ST` and `DIY` are not read
# as `Health`, `PIMCHANOK`, `D`).
_WORD = re.compile(
    r"(?:[A-Z]{2,}|[A-Za-z][a-z]*(?:[A-Z][a-z]+)?(?:['’][A-Za-z][a-z]+)?(?:-[A-Za-z][a-z]+)*)"
    r"(?![\w@])"
    r"|[A-Z]\.(?![\w@])"
)
MAX_WORDS = 3
_FOLLOWING = re.compile(r"(?: ?['’]s)? ((?:[A-Z][A-Za-z.,&]* ?){1,2})")
# "tan speaking", "this is fah speaking": the word before "speaking" in a greeting.
_BEFORE_SPEAKING = re.compile(r"(?i:([a-z]{2,}) speaking)\b")


def english_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names after English cues; `text` in any case (all capitals reads as lower case)."""
    cased = not (text.islower() or text.isupper())
    for cue in EN_CUE.finditer(text):
        start = cue.start()
        if start and text[start - 1].isalpha():
            continue
        kind = cue.lastgroup
        strength = {"title": STRONG, "named": STRONG, "intro": MEDIUM}.get(kind, WEAK)
        if strength == WEAK and not cased:
            continue
        end = name_end(text, cue.end(), strength, cased)
        if end and not _brand_after_title(kind, text, cue.end(), end):
            yield cue.end(), end
    yield from _names_before_speaking(text)


def _names_before_speaking(text: str) -> Iterator[tuple[int, int]]:
    for match in _BEFORE_SPEAKING.finditer(text):
        start, end = match.span(1)
        word = match.group(1).lower()
        if start and text[start - 1].isalpha():
            continue
        if word.endswith("ing") or _never_a_name(word):
            continue
        yield start, end


def name_end(text: str, start: int, strength: int, cased: bool) -> int:
    """End of the name that starts at `start`, or 0 when the words there are no name."""
    end = 0
    if start and (text[start - 1].isalnum() or text[start - 1] in "_@."):
        return 0
    for count, word in enumerate(_words(text, start)):
        bare = word.group().rstrip(".").lower()
        if bare in ORGANISATION_WORDS or any(p in ORGANISATION_WORDS for p in bare.split("-")):
            return 0
        if bare in NOT_NAME_WORDS or bare in OTHER_WORDS_AFTER_CUES:
            break
        if not _may_be_name(word.group(), bare, count, strength, cased):
            break
        end = word.end()
    if end and business_follows(text, end):
        return 0
    return end


def business_follows(text: str, end: int) -> bool:
    """`Fender's Auto Body`, `Wanchai Photography`: an organisation word in the next two."""
    following = _FOLLOWING.match(text, end)
    words = following.group(1).lower().split() if following else ()
    return any(word.strip(".,") in ORGANISATION_WORDS for word in words)


def _never_a_name(word: str) -> bool:
    return word in NOT_NAME_WORDS or word in OTHER_WORDS_AFTER_CUES or word in ORGANISATION_WORDS


def _may_be_name(word: str, bare: str, count: int, strength: int, cased: bool) -> bool:
    capital = cased and word[0].isupper()
    if count == 0:
        if bare.endswith("ing") and not is_listed_given(bare):
            return False
        if strength == STRONG:
            return capital or not cased or len(bare) > 1
        if capital and strength == MEDIUM:
            return len(bare) > 1
        return is_listed_given(bare) and (capital or not cased or strength > WEAK)
    if capital:
        return True
    return (
        is_listed_family(bare, strong=True)
        or is_listed_given(bare)
        or (strength == STRONG and not cased and count == 1 and len(bare) > 2)
    )


def _words(text: str, start: int) -> Iterator[re.Match[str]]:
    """Up to MAX_WORDS words from `start`, one space (or a space and an initial's dot) apart."""
    position = start
    for _ in range(MAX_WORDS):
        word = _WORD.match(text, position)
        if word is None:
            return
        yield word
        position = word.end()
        if text[position : position + 1] != " ":
            return
        position += 1


def _brand_after_title(kind: str | None, text: str, start: int, end: int) -> bool:
    """Mr. DIY, Mr Clean: a brand that begins with a title."""
    first = text[start:end].split(" ")[0].rstrip(".").lower()
    return kind == "title" and first in BRANDS_AFTER_TITLES
