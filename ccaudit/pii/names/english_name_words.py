"""Reading the words of an English name after a cue: how many, and which can be part of one.

A name runs to three words and stops at a word that is never part of one. How sure the cue
is (its strength) decides what the first word may be: after a STRONG cue (a title, "my name
is") any word; after a MEDIUM one ("this is", "thanks") a capitalised word, or in lower case a
listed given name; after a WEAK one (a preposition) only a listed given name with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.english_lists import NOT_NAME_WORDS, is_listed_family, is_listed_given
from ccaudit.pii.names.english_words import ORGANISATION_WORDS, OTHER_WORDS_AFTER_CUES

STRONG, MEDIUM, WEAK = 3, 2, 1
# A word of a name: `Smith`, `McLeod`, `O'Brien`, `Adeyemi-Clarke`, `SMITH`, `Tomás`, or an
# initial `R.`; it must end where the word ends (`HealthPlus`, `PIMCHANOK_ST` and `DIY` are
# not read as `Health`, `PIMCHANOK`, `D`), though Thai may follow it (Jayครับ).
_LOWER = "a-zß-öø-ÿ"
_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = re.compile(
    rf"[{_UPPER}]\.(?![0-9A-Za-z_@])"
    rf"|(?:[{_UPPER}]{{2,}}|[{_UPPER}{_LOWER}][{_LOWER}]*(?:[{_UPPER}][{_LOWER}]+)?"
    rf"(?:['’][{_UPPER}{_LOWER}][{_LOWER}]+)?(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*)"
    r"(?![0-9A-Za-zÀ-ÿ_@])"
)
MAX_WORDS = 3
_FOLLOWING = re.compile(r"(?: ?['’]s)? ((?:[A-Z][A-Za-z.,&]* ?){1,2})")


def name_end(text: str, start: int, strength: int, cased: bool) -> int:
    """End of the name that starts at `start`, or 0 when the words there are no name."""
    end = 0
    if start and (text[start - 1].isalnum() or text[start - 1] in "_@"):
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
    if end and (business_follows(text, end) or _initial_alone(text, start, end)):
        return 0
    return end


def _initial_alone(text: str, start: int, end: int) -> bool:
    return end - start == 2 and text[end - 1] == "."


def business_follows(text: str, end: int) -> bool:
    """`Fender's Auto Body`, `Wanchai Photography`: an organisation word in the next two."""
    following = _FOLLOWING.match(text, end)
    words = following.group(1).lower().split() if following else ()
    return any(word.strip(".,") in ORGANISATION_WORDS for word in words)


def never_a_name(word: str) -> bool:
    return word in NOT_NAME_WORDS or word in OTHER_WORDS_AFTER_CUES or word in ORGANISATION_WORDS


def _may_be_name(word: str, bare: str, count: int, strength: int, cased: bool) -> bool:
    capital = cased and word[0].isupper()
    if count == 0:
        # `call me directly`, `it's pending`: an adverb or a participle, unless a listed name.
        if bare.endswith(("ing", "ly")) and not is_listed_given(bare):
            return False
        if word.endswith(".") and len(bare) == 1:  # an initial: D. Okafor
            return capital
        if strength == STRONG:
            return capital or not cased or len(bare) > 1
        if capital and strength == MEDIUM:
            return len(bare) > 1
        return is_listed_given(bare) and (capital or not cased or strength > WEAK)
    if capital:
        return True
    if cased:  # after a capitalised word, a lower-case one is no part of the name
        return False
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
