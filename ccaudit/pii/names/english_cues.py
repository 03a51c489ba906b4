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
from functools import cache

from ccaudit.pii.context import lowered
from ccaudit.pii.names.english_lists import NOT_NAME_WORDS, is_listed_family, is_listed_given
from ccaudit.pii.names.english_words import (
    BRANDS_AFTER_TITLES,
    ORGANISATION_WORDS,
    OTHER_WORDS_AFTER_CUES,
)
from ccaudit.pii.names.thai_lists import alternation

STRONG, MEDIUM, WEAK = 3, 2, 1
_APOSTROPHES = ("'", "’")
_KIN = [
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "mom",
    "mum",
    "father",
    "dad",
    "brother",
    "sister",
    "aunt",
    "uncle",
    "partner",
    "spouse",
    "friend",
    "landlord",
    "landlady",
    "colleague",
    "boss",
    "neighbour",
    "neighbor",
    "grandma",
    "grandpa",
    "cousin",
    "nephew",
    "niece",
    "fiance",
    "fiancee",
    "boyfriend",
    "girlfriend",
]
_ROLES = [
    "agent",
    "advisor",
    "adviser",
    "technician",
    "tech",
    "engineer",
    "surveyor",
    "driver",
    "rider",
    "adjuster",
    "cleaner",
    "analyst",
    "supervisor",
    "sup",
    "manager",
    "officer",
    "courier",
    "nurse",
    "caller",
    "cx",
    "cardholder",
    "holder",
    "signatory",
    "receiver",
    "recipient",
    "payee",
    "beneficiary",
    "staff",
    "rep",
]
# Each cue phrase (lower case, `'` standing for either apostrophe) and its strength.
CUES: dict[str, int] = {
    **dict.fromkeys(("mr", "mrs", "ms", "mx", "miss", "dr", "khun", "nong", "k."), STRONG),
    **dict.fromkeys(
        (
            "my name is", "my name's", "name is", "name's", "name was", "named",
            "by the name of", "call me", "speaking with", "speaking to", "you're speaking with",
            "you're speaking to", "you're through to", "you are speaking with",
            "you are through to", "i'm speaking with", "you're talking to",
        ),
        STRONG,
    ),
    **dict.fromkeys(
        (
            "this is", "it's", "it is", "i am", "i'm", "here's", "hi", "hello", "hey", "dear",
            "thanks", "thank you", "bye", "goodbye", "congrats", "congratulations", "welcome",
            "meet", "ask for", "speak with", "speak to", "pulled up for", "put you through to",
            "transfer you to", "assigned is", "assigned to", "claimed to be", "called",
            "name", *_KIN, *_ROLES,
            *(f"{k}'s name is" for k in _KIN), *(f"{k} named" for k in _KIN),
            *(f"{k} is" for k in _KIN),
        ),
        MEDIUM,
    ),
}  # fmt: skip
# Prepositions are cues only before a capital: lower-case text has too many of them to look
# behind each (`transfer to Peter`).
_PREPOSITION = re.compile(r"(?:with|to|for|from|and|by|about) (?=[A-Z])")
_TITLE_END = re.compile(r"\. ?| ")
_CUE_END = re.compile(r",? ")
_INITIAL_K_END = re.compile(" ?")  # K. Dolo, K.Jum
_WORD_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz'")


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
# "tan speaking", "this is fah speaking": the word before "speaking" in a greeting.
_BEFORE_SPEAKING = re.compile(r"(?i:([a-z]{2,}) speaking)\b")


def english_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names after English cues; `text` in any case (all capitals reads as lower case)."""
    cased = not (text.islower() or text.isupper())
    low = lowered(text)
    if "’" in low:
        low = low.replace("’", "'")
    for cue in _cue_search().finditer(low):
        # A leading lookbehind would stop `re` from skipping ahead: the word start is checked here.
        if cue.start() and low[cue.start() - 1] in _WORD_LETTERS:
            continue
        phrase = cue.group()
        strength = CUES[phrase]
        title = strength == STRONG and len(phrase) <= 5 and " " not in phrase
        ending = _INITIAL_K_END if phrase == "k." else _TITLE_END if title else _CUE_END
        follows = ending.match(low, cue.end())
        if follows is None:
            continue
        end = name_end(text, follows.end(), strength, cased)
        if end and not (title and _brand_after_title(text, follows.end(), end)):
            yield follows.end(), end
    if cased:
        for cue in _PREPOSITION.finditer(text):
            if cue.start() == 0 or not text[cue.start() - 1].isalpha():
                end = name_end(text, cue.end(), WEAK, cased)
                if end:
                    yield cue.end(), end
    if "speaking" in low:
        yield from _names_before_speaking(text)


@cache
def _cue_search() -> re.Pattern[str]:
    """Every cue phrase as one trie-shaped alternation, so `re` tests each letter once, where
    a word follows that can begin a name: most cues are followed by a word that never does
    (`thanks for`, `it's the`), and the pattern passes over those without a Python step."""
    never = sorted(w for w in NOT_NAME_WORDS | OTHER_WORDS_AFTER_CUES if w.isalpha())
    gap = r"(?:\. ?|,? |(?<=\.))"
    return re.compile(
        rf"(?:{alternation(sorted(CUES))})"
        rf"(?={gap}[a-z])(?!{gap}{alternation(never)}(?![a-z]))"
    )


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


def _brand_after_title(text: str, start: int, end: int) -> bool:
    """Mr. DIY, Mr Clean: a brand that begins with a title."""
    return text[start:end].split(" ")[0].rstrip(".").lower() in BRANDS_AFTER_TITLES
