"""Names that the layout of a ticket, an e-mail or a form points at: `From: Jane Doe <...>`,
`Requester:` and other name fields, and the name under a closing ("Best regards,\\nJane").

The field or the closing says a name follows, so the words need no list; they must still
look like a name (capitalised words or initials, or Thai letters) and not a business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from ccaudit.line_starts import AtLineStarts
from ccaudit.pii.context import lowered
from ccaudit.pii.names.english_lists import NOT_NAME_WORDS, is_listed_family, is_listed_given
from ccaudit.pii.names.english_name_words import STRONG, name_end
from ccaudit.pii.names.english_words import ORGANISATION_WORDS, OTHER_WORDS_AFTER_CUES
from ccaudit.pii.names.named_fields import quoted_field_name_spans
from ccaudit.pii.names.social_authors import (
    handle_author_spans,
    romanised_thai_name,
    social_author_spans,
)
from ccaudit.pii.names.thai_lists import common_words, name_lists
from ccaudit.pii.names.thai_words import unlisted_name_length
from ccaudit.thai_script import THAI_LETTER, THAI_WORD_FIRSTS, is_thai_letter

_FIELD_KEYS = (
    r"from|to|cc|reply-to|sender|requester|requested by|assignee|assigned to|owner|opened by"
    r"|logged by|raised by|created by|submitted by|handled by|analyst|cardholder(?: name)?"
    r"|contact|assigned|primary contact|reporter|reported by"
    r"|account (?:name|holder)|customer name|client name|caller name|visitor name|contact name"
    r"|site contact|linked customer|applicant|patient(?: name)?|policy ?holder|insured"
    r"|beneficiary|full name|name|agent name|staff name|employee name"
    r"|evaluator|supervisor|team lead(?:er)?|case owner|approved by|approver|reviewed by"
    r"|reviewer|qa by|escalated to|account holder name|payee name|written by|prepared by"
    r"|updated by|closed by|new name|(?:customer |caller |client )?nick ?name"
    r"|(?:claims? |case )?handler"
)
_THAI_FIELD_KEYS = (
    r"ชื่อ-นามสกุล|ชื่อ-สกุล|ชื่อลูกค้า|ชื่อผู้ติดต่อ|ชื่อเล่น|ผู้ร้องเรียน|ผู้แจ้ง|ผู้ส่ง|ผู้รับ|จาก|ถึง|ชื่อ"
    r"|ผู้เขียน|ผู้รายงาน|ผู้ประสานงาน|เผยแพร่|ผู้สร้าง|เจ้าหน้าที่ผู้รับสาย|ผู้รับสาย"
    r"|ผู้อนุมัติ|หัวหน้าทีม|ผู้ดำเนินการ|ผู้ตรวจสอบ|ผู้จ่ายงาน|ชื่อบัญชี(?:ปลายทาง)?|ผู้รับผิดชอบ"
)
# Note-takers sign without a colon: `ผู้บันทึก วิไลพร ก.`
_THAI_SIGNING_KEYS = r"(?:เจ้าหน้าที่)?ผู้บันทึก|ผู้รับเรื่อง|ผู้ดูแล"
# A field opens a line, or follows another on it (`Status: Pending / Owner: Rattana`).
_FIELD = (
    rf"(?:(?:(?i:{_FIELD_KEYS})|{_THAI_FIELD_KEYS})[ \t.]*[:：][ \t]*"
    rf"|(?:{_THAI_SIGNING_KEYS})[ \t]*[:：]?[ \t]*)(?=\S)"
)
_FIELD_OPENING_TEXT = re.compile(rf"[ \t]*(?:[-•*][ \t]+)?{_FIELD}")
# Opening with a line break or a bar lets `re` jump from one of them to the next, where a
# pattern opening with `^` would be tried at every character (each alternative must open with
# a literal for that: a class such as `[/|]` would not do); a list's bullet may open the line
# (`- Name: Maria Santiago`); `(?=\S)` passes over blank lines
# (the detector parts conversations with a hundred) before the slow caseless keys. Three spaces
# or a middle dot part the fields of a ticket's header line (`Language: EN   Assigned: Ana
# Lopez`, `Created: 2024-09-02 · Owner: Kanokwan S. · Queue: ...`).
_FIELD_AFTER_BREAK_OR_BAR = re.compile(
    rf"(?:\n[ \t]*(?=\S)(?:[-•*][ \t]+)?|/ |\| |· |   [ \t]*){_FIELD}"
)
# Who wrote or handled a note, named inside a line: `(agent: Dara K.)`, `— agent: Orapin /`,
# `Agent notes (Dara):`, `บันทึกโดย อรพิน ส.`, `(จนท. อรพิน)`. Inside a line "agent:" is no
# speaker label, but the name must still end the field: a bracket, a slash, a comma, two
# spaces or the line's end.
# Lower case: the keys are looked for in the lowered text.
_NOTE_KEY_WORDS = (
    r"agent|reviewer|advisor|handled by|opened by|closed by|logged by|team lead(?:er)?"
    r"|supervisor|shift lead|coach|escalated to|sales"
)
_NOTE_KEYS = rf"(?:{_NOTE_KEY_WORDS})"
# The heading of an entry in a case's log: `Agent reply (Dara)`, `Internal note (Dara, L1):`;
# after a heading that names no one who writes, the name stands before a comma and the team
# (`Call notes (Outbound):` is the call's kind).
_ENTRY_KINDS = r"(?:notes?|response|reply|comments?|update)"
_ENTRY_HEADING_WORDS = r"internal|case|call|staff|customer|cust"
_ENTRY_HEADING = rf"(?:{_ENTRY_HEADING_WORDS})"
_THAI_BY_KEYS = r"บันทึกโดย|เปิดโดย|ปิดโดย|รับเรื่องโดย"
# Opening a line these are speaker labels: only inside one.
_THAI_OFFICER_KEYS = r"จนท\.|เจ้าหน้าที่"
# The pattern opens on the key itself; what must stand before a key inside a line (a bracket,
# a dash, a bar, two spaces) is checked after.
_NOTE_FIELD = re.compile(
    rf"(?P<inside>{_NOTE_KEYS}[ \t]*[:：]"
    rf"|(?P<thai>{_THAI_BY_KEYS}|{_THAI_OFFICER_KEYS})[ \t]*[:：]?)[ \t]*(?=\S)"
    rf"|{_NOTE_KEYS} {_ENTRY_KINDS} \("
    rf"|{_ENTRY_HEADING} {_ENTRY_KINDS} \((?=[^(),\n]{{2,30}}, )"
    # Keys quoted as JSON writes them: `{"author": "Dara Reyes", ...}`.
    rf'|"(?:author|agent|agent_name|assignee|requester|created_by|full_?name|display_?name)"'
    rf'[ \t]*:[ \t]*"'
)
# The words that end a note's key before its colon or its bracket (`agent:`, `notes (`): the
# key pattern is tried only where one of them does, which in most texts is nowhere.
_BEFORE_COLON = (
    "agent", "reviewer", "advisor", " by", "lead", "leader", "supervisor", "coach", "escalated to",
    "sales",
)  # fmt: skip
_BEFORE_BRACKET = ("note", "notes", "response", "reply", "comment", "comments", "update")
# Where an alternative of `_NOTE_FIELD` can start: `re` skips ahead by first letter to the
# words of a flat alternation, not to `_NOTE_FIELD`, which opens with a group; that is tried
# only here.
_NOTE_KEY_START = re.compile(
    rf'{_NOTE_KEY_WORDS}|{_THAI_BY_KEYS}|{_THAI_OFFICER_KEYS}|{_ENTRY_HEADING_WORDS}|"'
)
_THAI_NOTE_WORDS = ("โดย", "จนท", "เจ้าหน้าที่")
_INSIDE_A_LINE = re.compile(r"(?:[(—–·]|[ \t][-/|>]{1,2}|[ \t]{2}) ?$")
_THAI_BY_KEY = re.compile(_THAI_BY_KEYS)
# A family name cut to its initial: `อรพิน ส.`.
_FAMILY_INITIAL = re.compile(r" [\u0e01-\u0e2e]\.")
_NOTE_FIELD_ENDS = re.compile(r"[ \t]*(?:[)(/,|\n\"—–]|$)|[ \t]{2}")
_CLOSINGS = (
    r"best regards|kind regards|warm regards|regards|sincerely|yours sincerely|yours truly"
    r"|best wishes|best|many thanks|thanks|thank you|cheers|rgds"
)
_ONE_CLOSING = (
    rf"(?:(?i:{_CLOSINGS})(?: (?i:krub|ka|kha)| ?(?:ครับ|ค่ะ|คะ))?|ขอบคุณ(?:ครับ|ค่ะ|คะ)?|ด้วยความเคารพ"
    r"|ขอแสดงความนับถือ)"
)
# Lines of a quoted reply open with `>`. A closing may be said in two languages (`Best regards
# / ขอแสดงความนับถือ`), and a blank line may stand between it and the name.
_QUOTED = r"(?:>[ \t]?)*"
_CLOSING_LINE = (
    rf"[ \t]*{_QUOTED}[ \t]*(?=\S){_ONE_CLOSING}(?:[ \t]*/[ \t]*{_ONE_CLOSING})?"
    r"[ \t]*[,.!]*[ \t]*\r?"
)
# The name's line is looked at, not taken, so that it may hold a closing in turn; group 1 ends
# where the name starts.
_NAME_LINE_AHEAD = rf"(?=\n(?:{_QUOTED}[ \t]*\r?\n)?({_QUOTED}[ \t]*))"
_CLOSING_OPENING_TEXT = re.compile(rf"{_CLOSING_LINE}{_NAME_LINE_AHEAD}")
_CLOSING_AFTER_BREAK = re.compile(rf"\n{_CLOSING_LINE}{_NAME_LINE_AHEAD}")
# `— Rakesh, Saffron Travel` or `– JM` closing a note.
DASH_SIGNATURE = re.compile(r"[–—] ?(?=[A-Z])")
# Before a dash signature that ends a line within a text: the end of a sentence, or nothing.
_SENTENCE_ENDS = re.compile(r"(?:^|[.!?)]) ?$", re.MULTILINE)
# `We've sent you a DM. - Fon`: a hyphen signs off only after a sentence, never at a line's
# start, where it opens a list item.
_HYPHEN_SIGNATURE = re.compile(r"(?<=[.!?)] )- (?=[A-Z])")
# `^Jess`, `^กช`, `^แอดมินบี`: how a social-media team signs its public replies.
_CARET_SIGNATURE = re.compile(rf"(?<!\S)\^(?:แอดมิน|[Aa]dmin ?)?(?=[A-Z{THAI_WORD_FIRSTS}])")
_THAI_SIGNED = re.compile(r"[\u0e01-\u0e4e]{1,12}")


# `Jane Doe <jane.doe@example.com>`: the address after a name in a header or a field.
_ADDRESS_AFTER = re.compile(r" ?<([^@<>\s]+)@")
# Capitalised words right before an address in brackets, wherever they stand (`From Giulia
# Ferraresi <g.ferraresi@...>`): a name when the address's local part holds one of them.
_WORDS_BEFORE_ADDRESS = re.compile(
    r"(?<![\w.'’-])((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) ?<([^@<>\s]+)@"
)
# A closing and the name after a comma on its line: `Best regards, Giulia Ferraresi, Finance`.
# Searched in the lowered text: a caseless search costs several times more.
_INLINE_CLOSING = re.compile(
    r"(?:regards|sincerely|yours truly|best wishes|many thanks|cheers|rgds),[ \t]+"
)
# Mailboxes of a business, not of a person: `From: Parcelly <no-reply@...>`.
_SHARED_MAILBOX = re.compile(
    r"(?i:no-?reply|do-?not-?reply|info|support|billing|care|service|contact|hello|admin|sales"
    r"|help|team|news|notifications?|reservations|disputes|accounts?|office|enquiries|admissions"
    r"|finance|hr|payroll|recruitment|registrar|frontdesk|concierge)$"
)


def layout_name_spans(text: str) -> Iterator[tuple[int, int]]:
    # Substring tests first: most turns have no field, no second line and no dash.
    if ":" in text or "：" in text:
        for line in _FIELD_LINES.finditer(text) if _FIELD_SEPARATOR.search(text) else ():
            start = line.start(1)
            end = initialled_name_at(text, start)
            if end and _NEXT_FIELD.match(text, end) and holds_a_listed_name(text[start:end]):
                yield start, end
        for start in _field_values(text):
            end = name_at(text, start)
            if end and _person_mailbox(text, start, end):
                yield start, end
        if _A_TIME.search(text):
            yield from _log_entry_authors(text)
        if "):" in text or ") :" in text:
            yield from _entry_authors_with_team(text)
    low = lowered(text)
    for note in _note_fields(low) if _may_hold_note_field(low) else ():
        if note["inside"] and not _opens_a_field(text, note):
            continue
        start = note.end()
        end = name_at(text, start)
        if THAI_LETTER.match(text, end):
            end = start + _unlisted_given_length(text, start)
        initial = _FAMILY_INITIAL.match(text, end)
        end = initial.end() if initial and end > start else end
        if end > start and _NOTE_FIELD_ENDS.match(text, end):
            yield start, end
    if "<" in text:
        yield from _names_before_addresses(text)
    if '":' in text or '" :' in text:
        for start, end in quoted_field_name_spans(text):
            if _opens_with_a_given_name(text[start:end]):
                yield start, end
    if "," in text:
        for closing in _INLINE_CLOSING.finditer(lowered(text)):
            if not text[closing.end() : closing.end() + 1].isupper():
                continue
            end = name_end(text, closing.end(), STRONG, cased=True)
            if end and _line_ends(text, end) and holds_a_listed_name(text[closing.end() : end]):
                yield closing.end(), end
    if "\n" in text:
        for start in _lines_after_closings(text):
            end = name_at(text, start)
            if end and _line_ends(text, end):
                yield start, end
    if not text.isascii():
        yield from _contact_line_spans(text)
    if "–" in text or "—" in text:
        for match in DASH_SIGNATURE.finditer(text):
            end = name_end(text, match.end(), STRONG, cased=True)
            if end and _signs_off(text, match.start(), end):
                yield match.end(), end
    if "- " in text:
        for match in _HYPHEN_SIGNATURE.finditer(text):
            end = name_end(text, match.end(), STRONG, cased=True)
            if (
                end
                and _line_ends(text, end)
                and text[end : end + 1] != ","
                and holds_a_listed_name(text[match.end() : end])
            ):
                yield match.end(), end
    if "^" in text:
        for match in _CARET_SIGNATURE.finditer(text):
            thai = _THAI_SIGNED.match(text, match.end())
            end = thai.end() if thai else name_end(text, match.end(), STRONG, cased=True)
            if end and _line_ends(text, end):
                yield match.end(), end
    yield from social_author_spans(text)
    if "@" in text:
        yield from handle_author_spans(text)


# A ticket's header line read as a speaker's turn (`Customer: Tom Whitaker · App lang: EN`,
# `Agent: Hafiz (KL site)   Date: ...`): the name that opens a line is a field's value when the
# line's next field follows it.
_NEXT_FIELD = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]{2,}|[ \t]+[·|•][ \t]+|(?:[ \t]*\r?\n){1,2})"
    r"[A-Za-z][A-Za-z .&/#-]{0,24}:"
)
_FIELD_LINES = AtLineStarts(
    rf"[ \t]*([A-Z{THAI_WORD_FIRSTS}])(?=[^\n:]{{1,80}}"
    r"(?:(?:[ \t]{2}|[·|•])[^\n]*:|\n(?:[ \t]*\n)?[A-Za-z][^\n:]{0,24}:))"
)
# What `_FIELD_LINES` needs between its fields: a line break, two spaces or a separator.
_FIELD_SEPARATOR = re.compile(r"\n|[ \t]{2}|[·|•]")
_KEY_AS_LABEL = re.compile(rf"(?:{_THAI_FIELD_KEYS}|{_THAI_SIGNING_KEYS}|{_THAI_OFFICER_KEYS}|จนท)")
# The field's value ends before a slash, a bracket, a phone, two spaces or the line's end.
_LABELLED_VALUE_ENDS = re.compile(r"[ \t]*(?:$|\n|/|\(|โทร|เบอร์)|[ \t]{2}")


def is_field_key(label: str) -> bool:
    """A Thai field's key that the reader took for a speaker label (ผู้แจ้ง, จนท.)."""
    return _KEY_AS_LABEL.fullmatch(label.strip()) is not None


def labelled_field_name_end(text: str) -> int:
    """In a turn whose label is a field's key (`ผู้แจ้ง: อรพิน มีชัย  โทร`, `จนท.: อรพิน / ทีม B`),
    where the name that opens its text ends, or 0."""
    if not THAI_LETTER.match(text):
        return 0
    end = name_at(text, 0)
    return end if end and _LABELLED_VALUE_ENDS.match(text, end) else 0


# A line of a contact list or a signature block: a Thai given and family name, then a phone
# (`ปิยะดา มีชัย   081-234-5678   piyada@...`). Later lines open with their line break, which
# lets `re` jump from one break to the next (`^|\n` would have it try every character); no
# match holds a break, so the first line's cannot reach the next.
_CONTACT = r"[ \t\xa0]*([\u0e01-\u0e4e]{2,20}) ([\u0e01-\u0e4e]{2,20})[ \t\xa0]+(?=\+?\d[\d -]{7})"
_CONTACT_FIRST_LINE = re.compile(_CONTACT)
_CONTACT_LATER_LINE = re.compile(rf"\n{_CONTACT}")


def _contact_line_spans(text: str) -> Iterator[tuple[int, int]]:
    given_names, family_names = name_lists()
    first = _CONTACT_FIRST_LINE.match(text)
    for line in chain([first] if first else [], _CONTACT_LATER_LINE.finditer(text)):
        start, family_start = line.start(1), line.start(2)
        given = given_names.name_at(text, start) or _unlisted_given_length(text, start)
        family = max(
            family_names.name_at(text, family_start),
            unlisted_name_length(text, family_start, surname=True),
        )
        if start + given == line.end(1) and family_start + family == line.end(2):
            yield start, line.end(2)


def _note_fields(low: str) -> Iterator[re.Match[str]]:
    """The matches of `_NOTE_FIELD.finditer(low)`, looked for only where a key starts."""
    key = _NOTE_KEY_START.search(low)
    while key is not None:
        note = _NOTE_FIELD.match(low, key.start())
        if note is not None:
            yield note
        key = _NOTE_KEY_START.search(low, note.end() if note else key.start() + 1)


def _may_hold_note_field(low: str) -> bool:
    """A colon or a bracket after a key's last word, a JSON key, or a Thai key word."""
    if '":' in low or any(word in low for word in _THAI_NOTE_WORDS):
        return True
    return _word_before(low, ":", _BEFORE_COLON) or _word_before(low, " (", _BEFORE_BRACKET)


def _word_before(low: str, mark: str, words: tuple[str, ...]) -> bool:
    at = low.find(mark)
    while at != -1:
        if low[max(0, at - 14) : at].rstrip(" \t").endswith(words):
            return True
        at = low.find(mark, at + 1)
    return False


def _opens_a_field(text: str, key: re.Match[str]) -> bool:
    """A note's key inside a line, after a bracket, a dash, a bar or two spaces; a Thai
    `...โดย` key may open its line too."""
    at = key.start()
    if _INSIDE_A_LINE.search(text, max(0, at - 4), at):
        return True
    opens_line = at == 0 or text[at - 1] == "\n"
    return opens_line and key["thai"] is not None and _THAI_BY_KEY.match(key["thai"]) is not None


_TEAM_AFTER = re.compile(r"[ \t]*\([^()\n]{1,30}\)")


def _signs_off(text: str, dash: int, end: int) -> bool:
    """A dash signature's name is followed by a comma (`— Rakesh, Saffron Travel`), or ends
    its line after a sentence or alone on it (`Card replaced. – JM`); so a title (`Live chat –
    Northwind Outfitters`, `Status: Closed – Resolved`) is not one. The end of the text is the
    end of a line like any other: the detector joins turns, and which turn ends the text
    depends on the batch."""
    if text[end : end + 1] == ",":
        return True
    team = _TEAM_AFTER.match(text, end)  # `— J. Whitaker (Collections)` heading a log entry
    end = team.end() if team else end
    line_end = text.find("\n", end)
    return (
        not text[end : line_end if line_end != -1 else len(text)].strip()
        and _SENTENCE_ENDS.search(text, max(0, dash - 2), dash) is not None
    )


def _field_values(text: str) -> Iterator[int]:
    """Where the value of each name field starts."""
    first = _FIELD_OPENING_TEXT.match(text)
    if first:
        yield first.end()
    for field in _FIELD_AFTER_BREAK_OR_BAR.finditer(text, first.end() if first else 0):
        yield field.end()


def _lines_after_closings(text: str) -> Iterator[int]:
    """Where the line under each closing line starts, past its indent. A closing line whose
    own indent the one before it took (`Thanks,\n  Regards,\n  Jane`) does not count."""
    taken = 0
    first = _CLOSING_OPENING_TEXT.match(text)
    if first:
        taken = first.end(1)
        yield taken
    for closing in _CLOSING_AFTER_BREAK.finditer(text, first.end() if first else 0):
        if closing.start() + 1 >= taken:
            taken = closing.end(1)
            yield taken


# Who wrote an entry of a case's log, after its date and time (`18/03 10:14 Lachlan McAuley -
# called cx`, `09/03 10:11 Arthit P.: cust called`, `10/07 13:20 Somkiat: ตรวจเอกสาร`, `[11/03
# 08:22 A. Ogunleye] Line test run`), or
# after a time and "by" (`Created: 2025-03-11 14:22 by Bogdan Ilić`).
_LOG_ENTRY = AtLineStarts(
    r"[ \t]*(?:[-•*][ \t]*)?\[?(?:(?P<date>[0-9]{1,4}[/.-][0-9]{1,2}(?:[/.-][0-9]{2,4})?),?[ \t]+)?"
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[AaPp][Mm])?[ \t]+(?:[·—–][ \t]+)?"
    rf"(?=[A-Z{THAI_WORD_FIRSTS}])"
)
_A_TIME = re.compile(r"[0-9]:[0-9]")
# A dash after the author; a colon, or the line's end after their team in brackets (the
# entry's text below), only after a date too: a time and a colon alone head a chat's messages,
# whose display names the dialogue pass reads with the whole chat in view.
_AFTER_LOG_AUTHOR = re.compile(
    r"[ \t]*(?:\(([^()\r\n]{1,30})\))?[ \t]*"
    r"(?:[-–—·](?P<dash>)[ \t]|\](?P<bracket>)[ \t]|:[ \t]|:(?=[\r\n]|\Z)"
    r"|(?<=\))(?P<alone>)(?=[\r\n]|\Z))"
)
# A chat's bot heads its lines so too: `09:02 Ava (bot): Hi!`.
_BOT_NOTE = re.compile(r"(?i:bot|assistant|virtual|automated)")
# A given or a family name cut to its initial (`T. ADEYEMI`, `Ploypailin N.`): a person's.
_INITIALLED = re.compile(r"(?:^|(?<= ))[A-Z]\.(?= [A-Z])|(?<=[a-z] )[A-Z]\.$")
_BY_AFTER_TIME = re.compile(
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[AaPp][Mm])?(?: [A-Z]{2,4})? by (?=[A-Z])"
)


def _listed_author(name: str, after: re.Match[str]) -> bool:
    """A heading alone on its line with a bracket after the name (`Northwind Outfitters
    (Bangkok)`) names a person only when the name opens with a listed given name."""
    if after.group("alone") is not None:
        return is_thai_letter(name[0]) or is_listed_given(name.split()[0].lower())
    return holds_a_listed_name(name)


# A log entry whose date and time the reader took off as a timestamp: its author, perhaps
# after a dash, then their team in brackets and a colon (`— จิราพร ส. (CS Level 1): โทรหา...`,
# `Teerapong (Finance): refund approved`).
_ENTRY_AUTHOR = re.compile(rf"[ \t]*(?:[—–][ \t]+)?(?=[A-Z{THAI_WORD_FIRSTS}])")
_TEAM_AND_COLON = re.compile(r"[ \t]*\(([^()\r\n]{1,30})\)[ \t]*:")
_TEAM_WORD = re.compile(r"[A-Za-z]+|[0-9]+")
_TEAM_WORDS = ORGANISATION_WORDS | frozenset(
    ("supervisor", "level", "tier", "l1", "l2", "l3", "qa", "front", "ops", "cs", "billing",
     "sales", "manager", "agent", "admin", "accounts", "dept", "escalations", "retention")
)  # fmt: skip


# What heads an entry whose author stands in the brackets: `Comment (Priti Shah, QA):`.
_ENTRY_HEADINGS = frozenset(
    ("comment", "comments", "note", "notes", "update", "reply", "remark", "remarks", "summary",
     "response", "feedback", "review", "escalation", "action", "outcome", "resolution")
)  # fmt: skip


def _entry_authors_with_team(text: str) -> Iterator[tuple[int, int]]:
    # From each team in brackets back to its line's start: there are far fewer than lines.
    for team in _TEAM_AND_COLON.finditer(text):
        author = _ENTRY_AUTHOR.match(text, text.rfind("\n", 0, team.start()) + 1)
        start = author.end() if author else 0
        if (
            author
            and initialled_name_at(text, start) == team.start()
            and any(word.lower() in _TEAM_WORDS for word in _TEAM_WORD.findall(team.group(1)))
            and not _BOT_NOTE.search(team.group(1))
            and text[start : team.start()].lower() not in _ENTRY_HEADINGS
        ):
            yield start, team.start()


def _log_entry_authors(text: str) -> Iterator[tuple[int, int]]:
    for entry in _LOG_ENTRY.finditer(text):
        start = entry.end()
        end = initialled_name_at(text, start)
        after = _AFTER_LOG_AUTHOR.match(text, end) if end else None
        if (
            after
            and (
                after.group("dash") is not None
                or after.group("bracket") is not None
                or entry.group("date")
            )
            and not (after.group(1) and _BOT_NOTE.search(after.group(1)))
            and (_INITIALLED.search(text, start, end) or _listed_author(text[start:end], after))
        ):
            yield start, end
    if " by " in text:
        for by in _BY_AFTER_TIME.finditer(text):
            end = name_at(text, by.end())
            if end and holds_a_listed_name(text[by.end() : end]):
                yield by.end(), end


def initialled_name_at(text: str, start: int) -> int:
    """`_name_at`, with a family name cut to its initial after it (`อรพิน ส.`)."""
    end = name_at(text, start)
    initial = _FAMILY_INITIAL.match(text, end) if end else None
    return initial.end() if initial else end


# Listed among given names, though they are titles.
_THAI_TITLE = re.compile(r"นางสาว|นาง|นาย")
_GIVEN_INITIAL = re.compile(r"[A-Z]\. ?(?=[A-Z][a-z])")


def name_at(text: str, start: int) -> int:
    """End of the name that starts a field's value or a signature line; 0 for none."""
    if start < len(text) and is_thai_letter(text[start]):
        given = name_lists()[0].name_at(text, start) or _unlisted_given_length(text, start)
        if _THAI_TITLE.fullmatch(text, start, start + given):
            return 0  # the title's cue finds the name after it (นายอนุชา)
        if given and text[start + given : start + given + 1] == " ":
            family = unlisted_name_length(text, start + given + 1, surname=True)
            return start + given + 1 + family if family else start + given
        return start + given if given else 0
    if start < len(text) and text[start].isupper():
        # A given name cut to its initial (`A. Ogunleye`, `J. Torres`).
        initial = _GIVEN_INITIAL.match(text, start)
        if initial:
            end = name_end(text, initial.end(), STRONG, cased=True)
            return end if end else 0
        return name_end(text, start, STRONG, cased=True)
    return 0


def _opens_with_a_given_name(name: str) -> bool:
    """A Thai name, or one whose first word is a listed given name (`Premium Plan`, `Finance
    Team` are not)."""
    first = name.split()[0].strip(".").lower()
    return is_thai_letter(name[0]) or is_listed_given(first) or romanised_thai_name(first)


def holds_a_listed_name(name: str) -> bool:
    """Capitals alone do not make a name where no cue names the field (`Refund Pending`)."""
    if is_thai_letter(name[0]):
        return True
    words = [w.strip(".").lower() for w in name.split()]
    return any(
        is_listed_given(w) or is_listed_family(w) or romanised_thai_name(w)
        for w in words
        if len(w) > 1
    )


def _unlisted_given_length(text: str, start: int) -> int:
    """A field's value in no name list, unless it is a common word: a transcript's speaker
    label can be a field's key too (ผู้แจ้ง: ทะเบียน รถ "the car's registration")."""
    length = unlisted_name_length(text, start)
    return 0 if text[start : start + length] in common_words() else length


def _person_mailbox(text: str, start: int, end: int) -> bool:
    """A name before an address is a person's unless the address is a shared mailbox whose
    local part holds none of the name's words (`Cardmember Services <disputes@...>`), or
    whose name is the mailbox's own (`Admissions <admissions@...>`)."""
    address = _ADDRESS_AFTER.match(text, end)
    if address is None:
        return True
    local = address.group(1).lower()
    words = [w for w in re.split(r"[\s.]+", text[start:end].lower()) if len(w) > 2]
    if _SHARED_MAILBOX.search(local) and all(_SHARED_MAILBOX.search(w) for w in words):
        return False  # `Admissions <admissions@...>`: the mailbox named for itself
    return any(w in local for w in words) or not _SHARED_MAILBOX.search(local)


def _names_before_addresses(text: str) -> Iterator[tuple[int, int]]:
    """The words before the address, from the first that starts a name running to it (`From`
    does not), when the address holds its last word or it holds a listed name."""
    for match in _WORDS_BEFORE_ADDRESS.finditer(text):
        start, end = match.span(1)
        local = match.group(2).lower()
        while start < end:
            words = [w for w in text[start:end].lower().split() if len(w) > 2]
            # The family name in the address (`g.ferraresi`), or a listed name: a firm's address
            # holds its first word (`Orchid Air <orchid@...>`).
            family = len(words) > 1 and words[-1] == text[start:end].lower().split()[-1]
            named = (family and words[-1] in local) or (
                any(w in local for w in words) and holds_a_listed_name(text[start:end])
            )
            if named and name_end(text, start, STRONG, True) == end:
                yield start, end
                break
            space = text.find(" ", start, end)
            start = end if space == -1 else space + 1


def _line_ends(text: str, end: int) -> bool:
    """A signature's name stands alone on its line, or before a comma (`Kanokporn, Card
    Services`), a bracket (`Kanokporn Dee (Nok)`, `Kanokporn (Sales)`) or a dot or dash before
    the team (`ภัทรา · ทีมดูแลลูกค้า`)."""
    rest = text[end : end + 2]
    return rest[:1] in ("", "\n", "\r", ",") or rest in (" \n", " (", " ·", " –", " —")


# A line that holds only one to three capitalised words (`Brenda`, `Hiroshi Tanaka`).
_LONE_NAME = r"[ \t]*([A-Z][A-Za-z'’-]+\.?(?: [A-Z][A-Za-z'’-]*\.?){0,2})[ \t]*(?=\r?\n|$)"
_LONE_LINES = AtLineStarts(_LONE_NAME)


# A Thai given and family name and their romanisation, alone on a line: how Messenger heads a
# customer's messages (`ต้น ศรีสวัสดิ์ (Ton Srisawat)`); one word so is a place as often
# (`พัทยา (Pattaya)`).
_THAI_LONE_NAME = AtLineStarts(
    r"[ \t]*([\u0e01-\u0e4e]{2,20} [\u0e01-\u0e4e]{2,20})"
    r" \(([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)[ \t]*(?=\r?\n|$)"
)


def lone_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """A line that is nothing but a name, with a listed given name first or a listed family
    name last: a signature under an e-mail, a name typed alone in a chat; or a Thai name with
    a listed given or family name, and its romanisation in brackets."""
    if "(" in text:
        for line in _THAI_LONE_NAME.finditer(text):
            if _romanised_thai_name_pair(line.group(1), line.group(2)):
                yield line.span(1)
                yield line.span(2)
    for line in _LONE_LINES.finditer(text):
        words = line.group(1).replace(".", "").lower().split()
        if any(w in NOT_NAME_WORDS or w in OTHER_WORDS_AFTER_CUES for w in words):
            continue
        if any(w in ORGANISATION_WORDS for w in words):
            continue
        listed = is_listed_given(words[0]) or (len(words) > 1 and is_listed_family(words[-1]))
        if listed:
            yield line.span(1)


def _romanised_thai_name_pair(thai: str, latin: str) -> bool:
    given, family = name_lists()
    words = thai.split()
    listed = given.longest_at(words[0], 0) == len(words[0]) and words[0] not in common_words()
    listed = listed or family.longest_at(words[1], 0) == len(words[1])
    return listed and any(
        romanised_thai_name(word.lower()) or is_listed_given(word.lower()) for word in latin.split()
    )
