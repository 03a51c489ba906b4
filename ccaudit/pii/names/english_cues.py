"""English names after a cue, in written text and in lower-case, unpunctuated ASR text.

Each cue has a strength: what it says about the words after it. After a title (Mr, Mrs, Dr,
Khun, K.) or "my name is" a name follows whatever its case, listed or not (`khun
natsitaphat`). After "this is", "thanks" or "my wife" a capitalised word is a name, and a
lower-case word only when the census lists it as a given name (`this is travis`, never
`this is correct`). After "with", "to" or "for" only a listed given name is (`transfer to
Peter`). How the words after a cue are read is english_name_words'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ccaudit.pii.context import lowered
from ccaudit.pii.names.address_owners import address_owner_spans
from ccaudit.pii.names.english_lists import NOT_NAME_WORDS, is_listed_family, is_listed_given
from ccaudit.pii.names.english_name_words import (
    KIN,
    MEDIUM,
    STRONG,
    WEAK,
    name_end,
    never_a_name,
)
from ccaudit.pii.names.english_word_names import WORD_NAMES, word_name_end
from ccaudit.pii.names.english_words import (
    BRANDS_AFTER_TITLES,
    ORGANISATION_WORDS,
    OTHER_WORDS_AFTER_CUES,
    PLACE_GIVEN_NAMES,
    STATES,
)
from ccaudit.pii.names.spelled_names import spelled_name_spans
from ccaudit.pii.names.thai_lists import alternation

KIN_WORDS = (
    "wife", "husband", "son", "daughter", "mother", "mom", "mum", "father", "dad", "brother",
    "sister", "aunt", "uncle", "partner", "spouse", "friend", "landlord", "landlady",
    "colleague", "boss", "neighbour", "neighbor", "grandma", "grandpa", "cousin", "nephew",
    "niece", "fiance", "fiancee", "boyfriend", "girlfriend", "helper", "maid", "nanny",
    "caregiver", "carer", "housekeeper", "tenant", "roommate", "flatmate"
)  # fmt: skip
# Cues only after a possessive (`my assistant Jason Tsui`): alone they open title-case phrases
# (`Child Seat`, `Kid Meal`).
OWNED_WORDS = (
    "grandson", "granddaughter", "grandmother", "grandfather", "stepson", "stepdaughter", "child",
    "kid", "assistant", "secretary", "bookkeeper", "accountant"
)  # fmt: skip
ROLE_WORDS = (
    "agent", "advisor", "adviser", "technician", "tech", "engineer", "surveyor", "driver",
    "rider", "adjuster", "cleaner", "analyst", "supervisor", "sup", "manager", "officer",
    "courier", "nurse", "caller", "cx", "cardholder", "holder", "signatory", "receiver",
    "recipient", "payee", "beneficiary", "staff", "rep", "tl", "agt", "cust", "csr"
)  # fmt: skip
# Roles that also open title-case phrases (`Patient Advocacy Office`, `Passenger Locator Form`):
# only a listed given name after them.
LISTED_ONLY_ROLE_WORDS = (
    "patient", "appraiser", "inspector", "guarantor", "claimant", "policyholder", "insured",
    "passenger"
)  # fmt: skip
# Each cue phrase (lower case, `'` standing for either apostrophe) and its strength.
CUES: dict[str, int] = {
    **dict.fromkeys(("mr", "mrs", "ms", "mx", "miss", "dr", "khun", "nong", "k."), STRONG),
    **dict.fromkeys(("encik", "puan", "cik", "tuan"), STRONG),
    **dict.fromkeys(("mister", "missus", "everybody calls me", "everyone calls me"), STRONG),
    **dict.fromkeys(("prof", "professor"), STRONG),
    **dict.fromkeys(("name on card", "name on the card", "name on the account"), STRONG),
    **dict.fromkeys(
        (*(f"{k} name" for k in KIN_WORDS), *(f"{k}'s name" for k in KIN_WORDS)), STRONG
    ),
    **dict.fromkeys(
        (
            "my name is", "my name's", "name is", "name's", "name was", "name will be",
            "name'll be", "named", "nickname",
            "nick name",
            "by the name of", "call me", "speaking with", "speaking to", "you're speaking with",
            "you're speaking to", "you're through to", "you are speaking with",
            "you are through to", "i'm speaking with", "you're talking to",
            "chatting with", "you're chatting with", "you are chatting with",
            "you're talking with", "you are talking with",
        ),
        STRONG,
    ),
    **dict.fromkeys(
        (
            "this is", "it's", "it is", "i am", "i'm", "here's", "hi", "hello", "hey", "dear",
            "have a great day", "have a good day", "have a nice day", "take care",
            "thanks", "thank you", "thx", "admin", "bye", "goodbye", "congrats", "congratulations",
            "welcome",
            "meet", "ask for", "speak with", "speak to", "pulled up for", "put you through to",
            "transfer you to", "assigned is", "assigned to", "claimed to be", "called",
            "she's", "he's", "she is", "he is", "is this", "i go by", "goes by",
            # Chat drops the apostrophe: `im Tasha`, `its Jon`, `thats derek`.
            "im", "its", "thats",
            "name", "ma'am", "maam", "madam", "sir", *KIN_WORDS, *ROLE_WORDS,
            *(f"{k}'s name is" for k in KIN_WORDS), *(f"{k} named" for k in KIN_WORDS),
            *(f"{k} is" for k in KIN_WORDS),
        ),
        MEDIUM,
    ),
    **dict.fromkeys(
        (
            f"{owner} {k}"
            for owner in ("my", "his", "her", "our", "their", "your")
            for k in (*KIN_WORDS, *OWNED_WORDS, "cleaner", "driver", "gardener", "tutor")
        ),
        KIN,
    ),
    **dict.fromkeys(LISTED_ONLY_ROLE_WORDS, WEAK),
}  # fmt: skip
# Prepositions are cues only before a capital: lower-case text has too many of them to look
# behind each (`transfer to Peter`).
_PREPOSITION = re.compile(r"(?:with|to|for|from|and|by|about) (?=[A-Z])")
_TITLE_END = re.compile(r"\. ?| ")
_CUE_END = re.compile(r",? ")
_INITIAL_K_END = re.compile(" ?")  # K. Dolo, K.Jum
_WORD_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz'")


# A doctor's credential after a name: `David Quincy, M.D.`, `alissa scanlin psyd`.
_CREDENTIAL_MARK = re.compile(r"md|m\.d\.|psy|phd|ph\.d\.|dds|dmd")
_CREDENTIAL = re.compile(r",? (?:m\.d\.|md|psy\.?d\.?|phd|ph\.d\.|dds|dmd)(?![a-z])")
_NAME_WORD_OR_INITIAL = r"(?:[A-Za-z]\.|[A-Za-z][a-z'’-]*)"
_NAME_WORDS_BEFORE = re.compile(
    rf"(?<![A-Za-z'’.-])((?:{_NAME_WORD_OR_INITIAL} ){{0,2}}{_NAME_WORD_OR_INITIAL})$"
)
# "tan speaking", "this is fah speaking": the word before "speaking" in a greeting.
# The lookbehind starts a try only where a word starts, not at each of its letters.
_BEFORE_SPEAKING = re.compile(r"(?i:(?<![a-z])([a-z]{2,}) speaking)\b")
_SPEAKING = re.compile(r"(?i: speaking)")
_LETTER_ANY_CASE = re.compile(r"(?i:[a-z])")


# An agent's greeting in lower-case ASR, then `this is kwan` or `i'm raj how can i help`: a
# name in no list, told by where it stands (after the greeting, before `from`, `speaking`,
# `how can i help` or the end) rather than by a capital.
_GREETING = re.compile(
    r"\b(?:hello|hi|good (?:morning|afternoon|evening)|thanks? (?:you )?for (?:calling|contacting)"
    r"|welcome to|support|service|centre|center|helpdesk)\b"
)
# These two open on a word, which `_at_word_starts` checks is whole: `re` skips ahead by first
# letter to a pattern that opens with a letter, not to one that opens with `\b`.
# A caller introduces themselves the same way before what they want: `hi this is dmitri volkov
# i need to reset my pin`, `hello this is ana and i'm calling about`.
_INTRODUCED = re.compile(
    r"(?:this is|i'm|i am) ([a-z]{2,12})(?: ([a-z]{2,15}))?"
    r"(?=[.,!]?[ \t]*(?:$|\n)|,? (?:from|speaking|here|how (?:can|may) i)\b"
    r"|,? (?:and )?(?:i(?:'m| am|'d| would| need| want| wanted| was| have| just| got| lost| think"
    r"| called| tried)|calling)\b)"
)
_LOWER_PREPOSITION = re.compile(
    r"(?:with|about|see|to|for|from|by|and|called) ([a-z]{2,}) ([a-z]{2,})(?![a-z'])"
)
_WORD_CHARACTER = re.compile(r"\w")
# `its name is called Bedouin`, `it's called Nando's`: the cue's name comes after the verb, and
# the verb's own cue (`called`) reads it.
_NAMING_VERBS = ("called ", "named ", "known as ")
_NOT_NAME_ENDINGS = ("ing", "ed", "ly", "ful", "ous", "ive", "able", "ible", "less", "ness")


# `Hi! I'm Tina, SingaTel's virtual assistant`, `I'm Kira 🤖`: a chatbot introducing itself.
_BOT_AFTER = re.compile(
    r"(?:['’]s)?,? ?(?:(?:your|our|the|[A-Z]\w*['’]s) )?(?:virtual|digital|ai|automated|chat) ?"
    r"(?:assistant|agent|bot)\b|(?:['’]s)?,? ?(?:your |our |the )?chatbot\b| ?🤖",
    re.IGNORECASE,
)


def english_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names after English cues; `text` in any case (all capitals reads as lower case), told
    line by line: the detector joins many turns into one text, and one written turn among them
    must not make the lower-case ASR turns around it read as written."""
    casing = _LineCasing(text)
    low = lowered(text)
    if "’" in low:
        low = low.replace("’", "'")
    for cue in _cues_at_word_starts(low):
        phrase = cue.group()
        strength = CUES[phrase]
        title = strength == STRONG and len(phrase) <= 5 and " " not in phrase
        ending = _INITIAL_K_END if phrase == "k." else _TITLE_END if title else _CUE_END
        follows = ending.match(low, cue.end())
        if follows is None or low.startswith(_NAMING_VERBS, follows.end()):
            continue
        end = name_end(text, follows.end(), strength, casing.cased(cue.start()))
        end = end or word_name_end(text, follows.end())
        if (
            end
            and not (title and _brand_after_title(text, follows.end(), end))
            and not _code_follows(text, follows.end(), end)
            and not _BOT_AFTER.match(text, end)
        ):
            yield follows.end(), end
    if not casing.all_uncased:
        for cue in _PREPOSITION.finditer(text):
            at_word_start = cue.start() == 0 or not text[cue.start() - 1].isalpha()
            if at_word_start and casing.cased(cue.start()) and not _brand_by(text, cue):
                end = name_end(text, cue.end(), WEAK, True)
                if end and not _code_follows(text, cue.end(), end):
                    yield cue.end(), end
    if not casing.all_cased:
        if _may_introduce(low) and _GREETING.search(low):
            yield from _introduced_names(low, casing)
        yield from _listed_full_names_after_prepositions(low, casing)
    if "speaking" in low:
        yield from _names_before_speaking(text)
    if _CREDENTIAL_MARK.search(low):
        for credential in _CREDENTIAL.finditer(low):
            yield from _name_before(text, credential.start())
    yield from spelled_name_spans(text)
    if "@" in text:
        yield from address_owner_spans(text)


# A speaker label the reader left at a line's start (`Agent 2: `) says nothing of the casing.
_LINE_LABEL = re.compile(r"[^\s:][^:\n]{0,30}: ")


class _LineCasing:
    """Whether the line holding a position is written with capitals (`cased`), or is all lower
    or all upper case, as ASR writes, apart from a speaker label at its start; each line is
    looked at once."""

    def __init__(self, text: str):
        self._text = text
        whole_cased = not (text.islower() or text.isupper())
        self.all_uncased = not whole_cased
        # Lines may differ only where the text as a whole is mixed.
        self.all_cased = whole_cased and "\n" not in text and not _LINE_LABEL.match(text)
        self._by_line_start: dict[int, bool] = {}

    def cased(self, position: int) -> bool:
        if self.all_uncased or self.all_cased:
            return self.all_cased
        start = self._text.rfind("\n", 0, position) + 1
        known = self._by_line_start.get(start)
        if known is None:
            end = self._text.find("\n", position)
            if end == -1:
                end = len(self._text)
            label = _LINE_LABEL.match(self._text, start, end)
            line = self._text[label.end() if label else start : end]
            known = self._by_line_start[start] = not (line.islower() or line.isupper())
        return known


def _cues_at_word_starts(low: str) -> Iterator[re.Match[str]]:
    """The cues that start a word. A leading lookbehind would stop `re` from skipping ahead,
    so the word start is checked here; a cue found inside a word is looked for again one
    letter on, since it may hide one that starts a word (`her driver` in `other driver`)."""
    search = _cue_search().search
    cue = search(low)
    while cue is not None:
        if cue.start() and low[cue.start() - 1] in _WORD_LETTERS:
            cue = search(low, cue.start() + 1)
            continue
        yield cue
        cue = search(low, cue.end())


@cache
def _cue_search() -> re.Pattern[str]:
    """Every cue phrase as one trie-shaped alternation, so `re` tests each letter once, where
    a word follows that can begin a name: most cues are followed by a word that never does
    (`thanks for`, `it's the`), and the pattern passes over those without a Python step."""
    never = sorted(
        w
        for w in NOT_NAME_WORDS | OTHER_WORDS_AFTER_CUES
        if w.isalpha() and w not in WORD_NAMES and w not in PLACE_GIVEN_NAMES
    )
    gap = r"(?:\. ?|,? |(?<=\.))"
    return re.compile(
        rf"(?:{alternation(sorted(CUES))})"
        # Lower-case letters with accents too: `in` is no word of `inés`, nor `an` of `ánh`.
        rf"(?={gap}[a-zß-öø-ÿ])(?!{gap}{alternation(never)}(?![a-zß-öø-ÿ]))"
    )


def _name_before(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The two or three name-like words before a doctor's credential (`David Quincy, M.D.`,
    `chen m dwight md`); one word alone could be a place (`located in sonoma md`)."""
    words = _NAME_WORDS_BEFORE.search(text, max(0, end - 60), end)
    if words is None:
        return
    bare = words.group(1).lower().split()
    kept: list[str] = []
    for word in reversed(bare):
        if word in NOT_NAME_WORDS or word in OTHER_WORDS_AFTER_CUES or word in ORGANISATION_WORDS:
            break
        kept.insert(0, word)
    # A third word first must be a listed name, or stand before an initial (`chen m dwight
    # md`): `would you like alphaeus wise md`.
    first, second = kept[0], kept[1] if len(kept) > 1 else ""
    if (
        len(kept) == 3
        and len(second.strip(".")) > 1
        and not (is_listed_given(first) or is_listed_family(first))
    ):
        kept.pop(0)
    if len(kept) >= 2:
        yield words.end(1) - len(" ".join(kept)), words.end(1)


def _names_before_speaking(text: str) -> Iterator[tuple[int, int]]:
    for match in _words_before_speaking(text):
        start, end = match.span(1)
        word = match.group(1).lower()
        if start and text[start - 1].isalpha():
            continue
        if word.endswith("ing") or (never_a_name(word) and word not in WORD_NAMES):
            continue
        yield start, end


# `EVM-4471-2093`, `AL 1207`: letters that begin a code or a flight number.
_DIGIT_AFTER = re.compile(r"[- ]?\d")
MAX_CODE_LETTERS = 4


def _code_follows(text: str, start: int, end: int) -> bool:
    if text[end : end + 1] == "-" and _DIGIT_AFTER.match(text, end):
        return True
    letters = text[start:end]
    return (
        len(letters) <= MAX_CODE_LETTERS
        and letters.isupper()
        and _DIGIT_AFTER.match(text, end) is not None
    )


def _brand_after_title(text: str, start: int, end: int) -> bool:
    """Mr. DIY, Mr Clean: a brand that begins with a title."""
    return text[start:end].split(" ")[0].rstrip(".").lower() in BRANDS_AFTER_TITLES


def _listed_full_names_after_prepositions(
    low: str, casing: _LineCasing
) -> Iterator[tuple[int, int]]:
    """`an appointment with bert epstein`: on a lower-case line a preposition is a cue only
    before a listed given name and a listed family name, neither an everyday word; or the
    family name first, as a directory lists doctors (`with withington deborah`)."""
    for match in _at_word_starts(_LOWER_PREPOSITION, low):
        first, second = match.group(1), match.group(2)
        listed = (is_listed_given(first) and is_listed_family(second)) or (
            is_listed_family(first) and not is_listed_given(first) and is_listed_given(second)
        )
        if (
            listed
            and not (never_a_name(first) or never_a_name(second))
            and not casing.cased(match.start())
        ):
            yield match.start(1), match.end(2)


def _may_introduce(low: str) -> bool:
    return "this is" in low or "i'm" in low or "i am" in low


_CAPITALISED_BEFORE = re.compile(r"[A-Z][a-z]+ $")


def _brand_by(text: str, cue: re.Match[str]) -> bool:
    """`Cutie Closet by Nam`: a brand made by someone, named so, is no mention of them."""
    return text.startswith("by", cue.start()) and (
        _CAPITALISED_BEFORE.search(text, max(0, cue.start() - 20), cue.start()) is not None
    )


def _introduced_names(low: str, casing: _LineCasing) -> Iterator[tuple[int, int]]:
    """`this is kwan`, `i'm raj how can i help` after a greeting earlier on the same line."""
    for intro in _at_word_starts(_INTRODUCED, low):
        if not all(_may_introduce_itself(word) for word in intro.groups() if word):
            continue
        line_start = low.rfind("\n", 0, intro.start()) + 1
        if not casing.cased(intro.start()) and _GREETING.search(low, line_start, intro.start()):
            yield intro.start(1), intro.end(2) if intro.group(2) else intro.end(1)


def _may_introduce_itself(word: str) -> bool:
    return not (never_a_name(word) or word in STATES or word.endswith(_NOT_NAME_ENDINGS))


def _at_word_starts(pattern: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """The matches a word boundary and then `pattern` would give, for a pattern that opens with
    a letter."""
    match = pattern.search(low)
    while match is not None:
        start = match.start()
        if start and _WORD_CHARACTER.match(low, start - 1):
            match = pattern.search(low, start + 1)
        else:
            yield match
            match = pattern.search(low, match.end())


def _words_before_speaking(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_BEFORE_SPEAKING.finditer(text)`. The word before " speaking" runs
    back to the first letter not after another, so the pattern is tried only there: its
    opening lookbehind would have `re` try it at every character."""
    searched_to = 0
    for speaking in _SPEAKING.finditer(text):
        start = speaking.start()
        while start > searched_to and _LETTER_ANY_CASE.match(text, start - 1):
            start -= 1
        match = _BEFORE_SPEAKING.match(text, start)
        if match is not None:
            yield match
            searched_to = match.end()
