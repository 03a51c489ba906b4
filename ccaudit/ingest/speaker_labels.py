"""The words people use to say who is speaking, in Thai and English, and the role each names.

One table serves every reader: the plain-text reader builds its label pattern from it, and
readers whose turns carry a speaker name (SRT prefixes, WebVTT voices, vendor speaker
names) look the name up with `role_of_label`. Bare labels (`Speaker 1`, `spk_0`, `ch_1`,
`ผู้พูด 1`) name nobody's role; the single letters `A`/`C` name the agent and the customer
only in documents labelled that way throughout (see text_patterns).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ccaudit.model import Role
from ccaudit.trie_pattern import trie_pattern

# kind -> the words that label it. A kind is a role, or `note`/`subject` in tickets and notes.
LABEL_WORDS: dict[str, tuple[str, ...]] = {
    "agent": (
        "agent",
        "representative",
        "rep",
        "csr",
        "operator",
        "advisor",
        "adviser",
        "staff",
        "admin",
        "receptionist",
        "consultant",
        "specialist",
        "cs",
        # Contact-centre shorthand: agent, customer service agent/officer, telesales rep.
        "agt",
        "ag",
        "agnt",
        "csa",
        "cso",
        "tsr",
        "officer",
        "clerk",
        "op",  # operator, as a transcriber shortens it
        "พนักงานรับสาย",
        "พนักงาน",
        "เจ้าหน้าที่",
        "จนท.",
        "จนท",
        "แอดมิน",
        "ตัวแทน",
    ),
    "customer": (
        "customer",
        "cust",
        "client",
        "caller",
        "member",
        "user",
        "patient",
        "passenger",
        "guest",
        "visitor",
        "policyholder",
        "subscriber",
        "buyer",
        "shopper",
        "resident",
        "consumer",  # a collection agency's debtor
        "debtor",
        # Shorthand: customer, caller, card member, member, client, customer (CX).
        "cus",
        "clr",
        "cm",
        "mbr",
        "clt",
        "cx",
        "cst",
        "cardmember",
        "card member",
        "cardholder",
        "card holder",
        "คุณลูกค้า",
        "ลูกค้า",
        "ลค.",
        "ลค",
        "ผู้โทร",
        "ผู้ติดต่อ",
        "ผู้ซื้อ",
        "ผู้โดยสาร",
        "สมาชิก",
        "ผู้ถือบัตร",
        "ผู้แจ้ง",
        "ประชาชน",  # a government hotline's caller
        "ผู้ใช้บริการ",
        "ผู้ใช้",  # a chat's user
        "ผู้เอาประกัน",  # an insurer's policyholder
        "dtmf",  # the caller's keypad presses, logged as a line of their own
    ),
    "ivr": (
        "ivr",
        "recording",
        "announcement",
        "automated message",
        "ระบบอัตโนมัติ",
        "เสียงอัตโนมัติ",
        "ข้อความอัตโนมัติ",
        "ระบบตอบรับอัตโนมัติ",
        "ระบบตอบรับ",
        "ระบบ",
    ),
    "bot": ("virtual agent", "chatbot", "bot", "บอท"),
    "system": ("system", "sys"),
    "note": ("internal note", "agent note", "note", "บันทึกภายใน", "บันทึก"),
    "subject": ("subject", "เรื่อง"),
}
# Words that name a role inside a display name (`Kindred Goods Bot`, `WaveTel Care`,
# `Nova Bank - Admin Som`, a shop's `Official` account), though they would not label a line
# on their own.
NAME_WORDS: dict[str, tuple[str, ...]] = {
    "agent": (
        "customer care",
        "customer service",
        "customer support",
        "support",
        "care",
        "help desk",
        "helpdesk",
        "service desk",
        "official",  # a shop's or a brand's own account (a LINE Official Account)
    ),
    "bot": ("virtual assistant", "assistant"),
}
WORD_KIND: dict[str, str] = {word: kind for kind, words in LABEL_WORDS.items() for word in words}
# Kinds whose words label a person in the dialogue, and so may stand alone on their line.
PEOPLE_KINDS = ("agent", "customer")


def caseless(literal: str) -> str:
    """A pattern for `literal` in any letter case. Patterns spelled this way run faster than
    with re.IGNORECASE, which lowers every character it compares."""
    return "".join(
        f"[{char.lower()}{char.upper()}]" if char.lower() != char.upper() else re.escape(char)
        for char in literal
    )


GENERIC_LABEL = "|".join(
    (
        caseless("speaker") + r"[ _]?\d{1,2}",
        caseless("speaker") + r"[ ][a-zA-Z]",
        caseless("spk") + r"_?\d{1,2}",
        caseless("ch_") + r"\d{1,2}",
        caseless("channel") + r"[ ]\d{1,2}",
        caseless("line") + r"[ ]\d{1,2}",
        r"ผู้พูด[ ]?\d{1,2}",
    )
)
# The two letters that label a call's agent and customer (`A: ...`, `C: ...`).
LETTER_ROLES: dict[str, Role] = {"A": "agent", "C": "customer"}


def words_pattern(kinds: tuple[str, ...]) -> str:
    """The label words of these kinds as one pattern in any case (see words_pattern_of)."""
    return words_pattern_of(tuple(word for kind in kinds for word in LABEL_WORDS[kind]))


def words_pattern_of(words: tuple[str, ...]) -> str:
    """Words as one pattern in any case, a trie (`[rR][eE][pP](?:...)?`): a regex tries the
    branches of a plain alternation one by one at every line start, and skips a trie's
    branches on their first character."""
    return trie_pattern(words, caseless)


# Every kind of label but `letter` (A or C) and the role it names, if any.
KIND_ROLES: dict[str, Role] = {
    "agent": "agent",
    "customer": "customer",
    "ivr": "ivr",
    "bot": "bot",
    "system": "system",
    "note": "agent",  # a `Note:` line is the agent's own note
    "subject": "unknown",
    "generic": "unknown",
    "name": "unknown",
    "extra": "unknown",
    "unlabelled": "unknown",
}


def role_of_kind(kind: str, label: str | None = None) -> Role:
    """The role a kind of label names; bare labels and display names name none."""
    if kind == "letter" and label:
        return LETTER_ROLES.get(label[:1].upper(), "unknown")
    return KIND_ROLES.get(kind, "unknown")


@lru_cache(maxsize=1)
def _label_word() -> re.Pattern[str]:
    # A word of the label vocabulary at the start of a speaker name or of a word in it, not
    # inside a longer English word (`Agent Ploy`, `ลูกค้าสมชาย` and `Kindred Goods Bot` name a
    # role, `Report` and `Userland` do not). At one place the agent's words are tried first,
    # so `Customer Care` is the agent.
    people = [k for k in LABEL_WORDS if k not in ("note", "subject")]
    groups = "|".join(
        f"(?P<{kind}>{words_pattern_of(LABEL_WORDS[kind] + NAME_WORDS.get(kind, ()))})"
        for kind in people
    )
    return re.compile(rf"(?:^|(?<=[\s_\-·|@(\[*]))(?:{groups})(?![a-z])", re.IGNORECASE)


def role_words(label: str) -> list[tuple[int, int]]:
    """Where the words that state a role sit in a speaker name (`Agent` in `Agent Ploy`)."""
    return [m.span() for m in _label_word().finditer(label) if m.lastgroup]


def role_of_label(label: str | None) -> Role:
    """The role a speaker name states (`Agent Ploy`, `CUSTOMER (Dana)`, `ลค.`,
    `Orbit Virtual Agent`); unknown when it states none, or two (`Support Bot`)."""
    if not label:
        return "unknown"
    roles = {KIND_ROLES[m.lastgroup] for m in _label_word().finditer(label) if m.lastgroup}
    if _GLUED_BOT.search(label):
        roles.add("bot")
    return roles.pop() if len(roles) == 1 else "unknown"


# A bot's name with `Bot` glued on, as brands name them (`SkyBot`, `ShopBot`); not `Talbot`.
_GLUED_BOT = re.compile(r"[a-z]Bot\b")
