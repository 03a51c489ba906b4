"""Chat display names that open a line: `12/03/2024, 14:22 - Somchai Jaidee: hi`,
`[3:14 PM] Agent Bri: ...`, `Ffion (Octavia): ...`, `แอดมินโบว์: ...`.

A label is a person's name when the name part of it (without a role word such as Agent,
Support or แอดมิน, and apart from what stands in brackets, but for a company's one word before
a given name and initial: `Oakline (Marcus B.)`) looks like a name and is no role, business
(`GadgetHub TH`) or machine label. A Thai label with no role word is a name only as a chat export's
display name (`ปูเป้ 🌷<tab>`: one word, then nothing but marks, before a tab) or as a given
and a listed family name (`ปิ่นมุก ทองมาก:`); ร้าน..., เพจ..., ลูกค้า are not. A bare `Word:`
counts only when it opens lines of two turns or more, so ticket fields (`Status:`,
`Priority:`) stay quiet. A time after the label
(`Kanya (staff) 13:02:`) is no part of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccaudit.pii.names.english_lists import (
    CONTACT_CENTRE_WORDS,
    NOT_NAME_WORDS,
    is_listed_family,
    is_listed_given,
)
from ccaudit.pii.names.english_name_words import STRONG, name_end
from ccaudit.pii.names.english_words import NATIONALITIES
from ccaudit.pii.names.social_authors import handle_holds_a_name
from ccaudit.pii.names.thai_lists import common_words, name_lists
from ccaudit.pii.names.thai_words import is_never_a_name, unlisted_name_length
from ccaudit.thai_script import THAI_LETTER, THAI_WORD, is_thai_letter

_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?"
_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},? ?"
# A label ends with its colon or tab, or is a name and a time alone on their line, the message
# below (`Kittipong Saelim · 18:02`, as Messenger, Teams and Slack copy a chat).
LABEL_LINE = re.compile(
    rf"[ \t]*(?P<stamp>\[?(?:{_DATE})?{_CLOCK}\]?[ \t]*(?:- )?)?"
    rf"(?P<label>[^\s:：\[\]<>@][^:：\t\n<>@·•|]{{0,40}}?)"
    rf"(?:(?: {_CLOCK})? ?(?:[:：][ \t]|\t|\][ \t]|[ \t]+\|[ \t])|(?<=\S)>[ \t]"
    rf"|(?P<alone>[ \t]+(?:[·•|][ \t]+)?{_CLOCK}"
    r"(?: ?[AaPp]\.?[Mm]\.?)?[ \t]*(?=\r?\n)))"
)
_ROLE_WORDS = re.compile(
    r"(?i:agent|support|staff|admin|advisor|rep|csr|operator|customer|cust|client|caller"
    r"|visitor|page|colleague|banker|driver|user|assistant|system|bot|host|guest|member"
    r"|patient|buyer|seller|shop|store)\b ?|เจ้าหน้าที่ ?|พนักงาน ?|แอดมิน ?|ลูกค้า ?"
)
_PART = re.compile(r"[^()]+")
# A chatbot's label or self-introduction: `Skye (virtual assistant)`, `น้องใบเตย (Auto)`, `I'm
# Ava, your virtual assistant`. A bot's name is no person's.
BOT_WORDS = re.compile(
    r"(?i:\b(?:virtual|digital|ai|automated|chat) ?(?:assistant|agent|bot)\b|\bchatbot\b"
    r"|\((?:bot|auto|automated|ai)\)|บอท)|🤖|ผู้ช่วยอัตโนมัติ|ผู้ช่วยเสมือน|แชทบอท|\(อัตโนมัติ\)"
)
# The channel a transcriber notes beside a role (`Agent(Voice):`, `Customer (chat):`).
_CHANNEL_NOTE = re.compile(r"(?i:voice|chat|phone|call|email|e-mail|sms|web|line|whatsapp|ivr)")
# A brand written as one word with a capital inside (`QuickMart`, `ShopDee`); family names
# with one are written after Mc, Mac, O', De, Di, La, Le or Van, and a listed given name
# (`JoAnn`, `MaryAnn`) is none either.
_BRAND_WORD = re.compile(r"(?!Mc|Mac|De|Di|La|Le|Van|Von)[A-Z][a-z]+[A-Z][a-z]+")
_MACHINE_LABEL = re.compile(r"(?i:[a-z]{2,8}[ _]?\d{1,3}|speaker[ _]?[a-z0-9]{1,2})")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_TRAILING_TIME = re.compile(rf" ?{_CLOCK}$")


def labelled_turns(texts: list[str]) -> list[int]:
    """Positions of the texts that may hold a label: one with a colon or a tab."""
    return [p for p, text in enumerate(texts) if _may_hold_label(text)]


def _may_hold_label(text: str) -> bool:
    """A colon, a tab, or what the reader leaves of a label in brackets (`Mint] hi`, `Nok> hi`)
    or in a table's column (`MARCUS | Hi`)."""
    return (
        ":" in text or "\t" in text or "：" in text or "] " in text or "> " in text or " | " in text
    )


def label_lines(text: str) -> Iterator[re.Match[str]]:
    """The labels opening the text's lines, tried at each line start only."""
    if not _may_hold_label(text):
        return
    start = 0
    while start != -1:
        line = LABEL_LINE.match(text, start)
        if line:
            yield line
        start = text.find("\n", start)
        start = start + 1 if start != -1 else -1


def recurring_labels(texts: list[str], labelled: list[int]) -> set[str]:
    """Labels that open two lines or more (of one turn or of several); `labelled` are the
    positions `labelled_turns(texts)` gives."""
    seen: set[str] = set()
    recurring: set[str] = set()
    for position in labelled:
        for line in label_lines(texts[position]):
            (recurring if line["label"] in seen else seen).add(line["label"])
    return recurring


# A shop or a page named as one somewhere in the text (`[LINE] ร้าน Mellow Basic`): its label
# is no person's name.
_NAMED_SHOP = re.compile(r"(?:ร้าน|เพจ)[ \t]*([^\n:：\t]{2,40}?)[ \t]*(?=\n|$|[:：])")
# `Cutie Closet by Nam`: a brand made by someone, not that someone.
_MADE_BY = re.compile(r"\S \(?by [A-Z\u0e01-\u0e4e]")


def named_shops(texts: list[str]) -> frozenset[str]:
    """The names of shops and pages the conversation names as such."""
    return frozenset(
        match.group(1)
        for text in texts
        if "ร้าน" in text or "เพจ" in text
        for match in _NAMED_SHOP.finditer(text)
    )


# Someone introducing themself on a label's line: `Samitivej: Hello, this is Khwan from ...`.
_INTRODUCES = re.compile(
    r"(?i:\bthis is|\bmy name is|\bmy name['’]s|\bi['’]m|\bi am) ([A-Z][a-z]+)"
    r"|(?:ดิฉัน|ดิชั้น|ผม) ?(?:ชื่อ ?)?([\u0e01-\u0e4e]{2,12}?) ?(?:ค่ะ|ครับ|นะ|รับ ?สาย|พูด ?สาย|ยินดี)"
)


def shared_accounts(texts: list[str], labelled: list[int], roles: list[str]) -> frozenset[str]:
    """Labels of the business's side whose speaker gives another name than the label's
    (`Samitivej: ... this is Khwan`): an organisation's or a team's account, no person's name.
    `labelled` are the positions `labelled_turns(texts)` gives; `roles[p]` is the role of
    `texts[p]`'s turn; a customer's nickname may differ from their display name."""
    accounts = set()
    for position in labelled:
        text = texts[position]
        if roles[position] == "customer" or not _INTRODUCES.search(text):
            continue
        for line in label_lines(text):
            line_end = text.find("\n", line.end())
            said = _INTRODUCES.search(text, line.end(), line_end if line_end != -1 else len(text))
            if said is None:
                continue
            name = said.group(1) or said.group(2)
            label = line["label"]
            if said.group(2) and (name in common_words() or is_never_a_name(name)):
                continue  # ผมเองครับ ("it's me")
            if bool(said.group(2)) != bool(THAI_LETTER.search(label)):
                continue  # the name in the other script (`Agent (Jirawan)`: ดิฉันจิราวรรณค่ะ)
            if (
                name.lower() not in NOT_NAME_WORDS
                and name.lower() not in NATIONALITIES
                and name.lower() not in label.lower()
                and not (said.group(1) and text.startswith(("'s", "’s"), said.end(1)))
            ):
                accounts.add(label)
    return frozenset(accounts)


def display_name_spans(
    text: str, recurring: set[str], shops: frozenset[str] = frozenset()
) -> Iterator[tuple[int, int]]:
    for line in label_lines(text):
        if not (line["stamp"] or line["label"] in recurring):
            continue
        label = _TRAILING_TIME.sub("", line["label"]).strip()
        if label in shops or _MADE_BY.search(label):
            continue
        tabbed = text[line.end() - 1] == "\t" and text[line.end() - 2] not in ":："
        alone = line["alone"] is not None
        yield from _names_in_label(text, line.start("label"), line.end("label"), tabbed, alone)


def _names_in_label(
    text: str, start: int, end: int, tabbed: bool = False, alone: bool = False
) -> Iterator[tuple[int, int]]:
    """The name in the label text[start:end]: outside its brackets (`Ffion (Octavia)`, where
    the brackets hold the company), else inside them (`Support (Jonah)`)."""
    label = _TRAILING_TIME.sub("", text[start:end])
    if (
        _MACHINE_LABEL.fullmatch(label.strip())
        or _is_role_code(label.strip())
        or BOT_WORDS.search(label)
        or any(_BRAND_WORD.fullmatch(w) and not is_listed_given(w.lower()) for w in label.split())
    ):
        return
    parts = list(_PART.finditer(label))
    if _company_outside_person_inside(parts):
        parts = parts[1:]  # `Oakline (Marcus B.)`: the person is in the brackets
    for part in parts:
        first = start + part.start()
        role = _ROLE_WORDS.match(text, first)
        first = role.end() if role else first
        if not role and part.start() == 0 and THAI_LETTER.match(text, first):
            name = _thai_label_name(text, first, start + part.end(), tabbed)
            if name:
                yield first, name
                return
            continue
        while first < start + part.end() and text[first] == " ":
            first += 1
        last = start + part.end()
        if first >= last or _CHANNEL_NOTE.fullmatch(text, first, last):
            continue
        name = _name_in(text, first, last, alone)
        if name:
            yield first, name
            return


def _company_outside_person_inside(parts: list[re.Match[str]]) -> bool:
    """A label of one word that is no listed name, and brackets that hold a listed given name
    and a family name or its initial: `Oakline (Marcus B.)`; `Ffion (Octavia)` names the
    person first."""
    if len(parts) < 2:
        return False
    outside, inside = parts[0].group().split(), parts[1].group().split()
    return (
        len(outside) == 1
        and outside[0][:1].isupper()
        and not is_listed_given(outside[0].lower())
        and not is_listed_family(outside[0].lower())
        and len(inside) == 2
        and is_listed_given(inside[0].lower())
    )


MAX_ROLE_CODE = 3


def _is_role_code(label: str) -> bool:
    """`AGT`, `CUS`, `CM`: a label of two or three capitals that is no listed given name
    (`AMY`) abbreviates a role."""
    return (
        2 <= len(label) <= MAX_ROLE_CODE
        and label.isalpha()
        and label.isupper()
        and not is_listed_given(label.lower())
    )


def _holds_a_word_never_named(words: list[str]) -> bool:
    """A word that is never part of a name; though a capitalised nickname before a family
    name may be a stop word (`Top Wattana`), as `The Shop` is not for its second word."""
    first, rest = words[0], words[1:]
    if any(w.lower() in NOT_NAME_WORDS for w in rest):
        return True
    if rest and first[:1].isupper():
        return first.lower() in CONTACT_CENTRE_WORDS
    return first.lower() in NOT_NAME_WORDS


def _abbreviation_after(words: list[str]) -> bool:
    """`Vintage Closet BKK`: a shop's sign of three words or more ends with a place's or a
    firm's short form; a name in capitals is written so whole (`SOMCHAI JAIDEE`), and a short
    family name in capitals is a listed one (`Jenny LIM`, `David NG`)."""
    last = words[-1]
    return (
        len(words) > 2
        and not words[0].isupper()
        and 2 <= len(last) <= MAX_ROLE_CODE
        and last.isalpha()
        and last.isupper()
        and not is_listed_given(last.lower())
        and not is_listed_family(last.lower())
    )


def _thai_label_name(text: str, start: int, end: int, tabbed: bool) -> int:
    """End of the name that a Thai label with no role word is, or 0 (see the module's doc)."""
    given_names, family_names = name_lists()
    label = text[:end]
    word = THAI_WORD.match(label, start)
    after = word.end()
    if label[after : after + 1] == " " and not is_never_a_name(word.group()):
        # A family name, or in a chat export a given name after a nickname (`ฝ้าย ภัทราภรณ์`).
        family = family_names.name_at(label, after + 1) or (
            tabbed and given_names.name_at(label, after + 1)
        )
        if family and not _LETTER_OR_DIGIT.search(label, after + 1 + family):
            return after + 1 + family
    given = given_names.name_at(label, start) or unlisted_name_length(label, start)
    if not (tabbed and given) or label[start : start + given] in common_words():
        return 0
    return 0 if _LETTER_OR_DIGIT.search(label, start + given) else start + given


# A nickname is short; a longer dictionary word after a role word names a department.
MAX_NICKNAME = 5


def _a_word_no_name(word: str) -> bool:
    """A dictionary word, or two run together (เวช|ระเบียน), that no name list holds."""
    given = name_lists()[0]
    if given.name_at(word, 0) == len(word):
        return False
    words = given.words
    return word in words or any(
        word[:n] in words and word[n:] in words for n in range(2, len(word) - 1)
    )


def _name_in(text: str, start: int, end: int, alone: bool = False) -> int:
    """`alone`: the label is a line of its own above the message (Messenger's `name · 18:02`),
    where a lower-case handle that holds a name is the author's display name."""
    if is_thai_letter(text[start]):
        length = unlisted_name_length(text[:end], start)
        if length > MAX_NICKNAME and _a_word_no_name(text[start : start + length]):
            return 0  # a department after the role (เจ้าหน้าที่เวชระเบียน "records officer")
        return start + length if length else 0
    words = text[start:end].rstrip().split()
    if not words or _holds_a_word_never_named(words) or _abbreviation_after(words):
        return 0
    if "_" in words[0] and len(words) == 1 and words[0][0].isupper():
        return start + len(words[0])
    if alone and len(words) == 1 and words[0][0].islower() and handle_holds_a_name(words[0]):
        return start + len(words[0])
    found = name_end(text[:end], start, STRONG, cased=True)
    if not found and len(words) > 1 and words[0].lower() in NOT_NAME_WORDS:
        # A nickname that is a stop word (`Top`), before the family name.
        found = name_end(text[:end], text.index(words[1], start), STRONG, cased=True)
    # The whole part is the name, but for an emoji or a mark after it (`Wiroj 🐘`); one letter
    # (`A:`, `C:`) labels a role.
    if not found or found - start < 2 or not text[start].isupper():
        return 0
    return 0 if _LETTER_OR_DIGIT.search(text, found, end) else found
