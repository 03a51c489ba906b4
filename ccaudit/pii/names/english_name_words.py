"""Reading the words of an English name after a cue: how many, and which can be part of one.

A name runs to three words and stops at a word that is never part of one. How sure the cue
is (its strength) decides what the first word may be: after a STRONG cue (a title, "my name
is") any word; after a MEDIUM one ("this is", "thanks") a capitalised word, or in lower case a
listed given name; after a KIN one ("my son", "her cleaner") the same, and a listed given name
that is an everyday word too (`my son bill`, `my cleaner grace`), since a word there that is no
name is mostly a verb or a stop word (`my son said`, `my son will`); after a WEAK one (a
preposition) only a listed given name with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.english_lists import (
    EVERYDAY_WORDS_LISTED_AS_NAMES,
    NOT_NAME_WORDS,
    is_listed_family,
    is_listed_given,
)
from ccaudit.pii.names.english_words import (
    ORGANISATION_WORDS,
    OTHER_WORDS_AFTER_CUES,
    PLACE_GIVEN_NAMES,
)

STRONG, KIN, MEDIUM, WEAK = 4, 3, 2, 1
# A word of a name: `Smith`, `McLeod`, `O'Brien`, `Adeyemi-Clarke`, `SMITH`, `Tomás`, or an
# initial `R.`; it must end where the word ends (`HealthPlus`, `PIMCHANOK_ST` and `DIY` are
# not read as `Health`, `PIMCHANOK`, `D`), though Thai may follow it (Jayครับ).
# Latin-1 letters and Latin Extended-A (Ilić, Łukasz, Dvořák), whose cases interleave.
_LOWER = "a-zß-öø-ÿ\u0100-\u017f"
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_WORD = re.compile(
    rf"[{_UPPER}]\.(?![0-9A-Za-z_@])"
    rf"|(?:[{_UPPER}]{{2,}}|[{_UPPER}{_LOWER}][{_LOWER}]*(?:[{_UPPER}][{_LOWER}]+)?"
    rf"(?:['’][{_UPPER}{_LOWER}][{_LOWER}]+)?(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*)"
    r"(?![0-9A-Za-zÀ-ÿ\u0100-\u017f_@])"
)
MAX_WORDS = 3
_NEXT_WORD = re.compile(r" ([A-Za-z]+)")
_OBJECT_WORDS = frozenset(
    (
        "the", "a", "an", "it", "me", "him", "her", "them", "us", "up", "out", "off", "on", "in",
        "into", "back", "that", "this", "my", "his", "our", "your", "their", "some", "any", "all",
        "down", "over", "away",
    )
)  # fmt: skip
# Words the census lists as family names that, after a lower-case name, are what the person
# did (`kenneth said`, `rose early`).
_VERBS_AFTER_NAMES = frozenset(
    ("said", "says", "told", "asked", "wants", "wanted", "called", "early", "late")
)
_VERB_ENDING = re.compile(r"(?:ed|s)$")
_CONTRACTED = re.compile(r"['’]")
# The words after a name, joined as businesses join them (`Harbour & Vale Bank`, `harlow and
# vine home insurance`).
_FOLLOWING = re.compile(r"(?: ?['’]s)? ((?:(?:&|and) )?(?:[A-Z][A-Za-z.,]* ?){1,2})")
_FOLLOWING_LOWER = re.compile(
    r"(?: ?['’]s)? ((?:(?:&|and) )?(?:[a-z][a-z.,]* ?){1,2}(?:[a-z][a-z.,]*)?)"
)


def name_end(text: str, start: int, strength: int, cased: bool) -> int:
    """End of the name that starts at `start`, or 0 when the words there are no name."""
    end = 0
    if start and (text[start - 1].isalnum() or text[start - 1] in "_@"):
        return 0
    for count, word in enumerate(_words(text, start)):
        bare = word.group().rstrip(".").lower()
        if bare in ORGANISATION_WORDS or any(p in ORGANISATION_WORDS for p in bare.split("-")):
            return 0
        if (bare in NOT_NAME_WORDS or bare in OTHER_WORDS_AFTER_CUES) and not (
            count == 0
            and strength >= MEDIUM
            and (_place_given_name(text, word, cased) or _place_named_alone(text, word, strength))
        ):
            break
        if count and bare in _VERBS_AFTER_NAMES and not word[0].isupper():
            break
        # A pronoun's contraction starts the next clause: `luis he'll call`.
        if count and _CONTRACTED.split(bare)[0] in NOT_NAME_WORDS and _CONTRACTED.search(bare):
            break
        if not _may_be_name(word.group(), bare, count, strength, cased):
            break
        end = word.end()
    if end and (business_follows(text, end) or _initial_alone(text, start, end)):
        return 0
    if end and strength == KIN and _verb_with_object(text, start, end):
        return 0
    return end


_SENTENCE_END = re.compile(r"[ \t]*(?:[.,!?]|\n|\Z)")
# Census family names that make a place of the word before: `Houston Street`, `Victoria Park`.
_PLACE_WORDS = frozenset(
    (
        "street", "road", "avenue", "lane", "drive", "court", "place", "square", "park", "hill",
        "city", "county", "state", "river", "beach", "bay", "station", "bridge", "hall", "green",
        "power", "light", "blue", "energy", "gas", "electric", "water", "cross", "shield", "health",
    )
)  # fmt: skip


def _place_given_name(text: str, word: re.Match[str], cased: bool) -> bool:
    """A place that is a given name too, before a listed family name: `Jordan Kessler`."""
    if word.group().lower() not in PLACE_GIVEN_NAMES or text[word.end() : word.end() + 1] != " ":
        return False
    family = _WORD.match(text, word.end() + 1)
    return (
        family is not None
        and (family.group()[0].isupper() or not cased)
        and family.group().lower() not in _PLACE_WORDS
        and is_listed_family(family.group().lower(), strong=True)
    )


def _place_named_alone(text: str, word: re.Match[str], strength: int) -> bool:
    """A place that is a given name too, named by a person's cue: `my name is Jordan`, or
    `I'm Jordan.`, `thanks jordan` with the sentence ending there."""
    if word.group().lower() not in PLACE_GIVEN_NAMES:
        return False
    return strength == STRONG or _SENTENCE_END.match(text, word.end()) is not None


def _verb_with_object(text: str, start: int, end: int) -> bool:
    """`my husband drew the money`: an everyday word that the census lists as a name, read
    after a kin word, is a verb when an object or a particle follows it."""
    first = text[start:end].split(" ", 1)[0]
    if first.lower() not in EVERYDAY_WORDS_LISTED_AS_NAMES:
        return False
    following = _NEXT_WORD.match(text, start + len(first))
    return following is not None and following.group(1).lower() in _OBJECT_WORDS


def _initial_alone(text: str, start: int, end: int) -> bool:
    return end - start == 2 and text[end - 1] == "."


# A firm's legal form a few capitalised words on: `Teak and Rattan Home Co., Ltd.`
_LEGAL_FORM_AHEAD = re.compile(
    r"(?:,? (?:&|and|[A-Z][\w'&.-]*)){0,4},? (?:Co\.,? ?Ltd|Ltd|Limited|Inc|LLC|Plc|PLC|GmbH|Corp"
    r"|Company|Co\.|S\.r\.l|S\.p\.A|S\.A|B\.V|Pty|Sdn Bhd|Bhd|SARL|SAS|GmbH|AG|NV|Pte|Pvt|LLP)\b"
)


def business_follows(text: str, end: int) -> bool:
    """`Fender's Auto Body`, `Wanchai Photography`, `harlow and vine home insurance`: an
    organisation word in the next two."""
    # Lower-case words follow a lower-case name only: `Mrs. Amélie Bernard supplementary card`.
    last_word = max(text.rfind(space, 0, end) for space in " \n\t") + 1
    lower = text[last_word : last_word + 1].islower()
    following = (_FOLLOWING_LOWER if lower else _FOLLOWING).match(text, end)
    words = [w.strip(".,") for w in following.group(1).lower().split()] if following else []
    if words[:1] in (["and"], ["&"]):
        # `Hawthorn & Pike Customer Care`: two names joined by & and a third word that is no
        # family name (`John & Mary Smith` are two people) trade as one.
        if words[0] == "&" and len(words) >= 3 and not lower and not is_listed_family(words[2]):
            return True
        words = words[1:]
    if words and words[0] in NOT_NAME_WORDS:  # `Dan from support`, `Sarah and the team`
        return False
    return any(word in ORGANISATION_WORDS for word in words[:2]) or bool(
        _LEGAL_FORM_AHEAD.match(text, end)
    )


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
        if capital and strength in (MEDIUM, KIN):
            return len(bare) > 1
        listed = is_listed_given(bare, strong=strength == KIN and not _VERB_ENDING.search(bare))
        return listed and (capital or not cased or strength > WEAK)
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
