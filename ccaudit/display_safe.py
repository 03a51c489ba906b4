"""Names and ids made safe to print and to store: file names, call ids, agent ids, speakers.

They come from files and file systems, so they can hold what the detector would flag in a
transcript (a card number in a file name, a Thai ID used as a call id) and what a terminal
would obey (escape sequences, a newline that starts a forged error line). The model cleans
each name once, when the object holding it is made, so every output gets the same form:
- control characters, line and paragraph separators and bidirectional overrides are shown
  escaped (`\\x1b`, `\\n`, `\\u202e`), and a file-name byte that is not UTF-8 as `\\xff`;
- email-shaped parts have their letters and digits masked;
- a run of 10 or more digits (ASCII or Thai, joined by up to three spaces, dots, hyphens,
  underscores, plus signs or brackets) and a Thai landline (0[2-7] and 7 more digits) have
  their digits masked, except that a card number (14-19 digits that pass Luhn) keeps its
  first 6 and last 4, as card masks do.
Shorter digit runs stay, so ids such as TH-CALL-0001 and dates remain readable, and so do
UUIDs and Twilio SIDs.
"""

from __future__ import annotations

import re

from stdnum import luhn

from ccaudit.masking import mask_card_number, mask_emails

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED_ESCAPES = {"\n": r"\n", "\r": r"\r", "\t": r"\t"}
# os.fsdecode turns each byte of a file name that is not UTF-8 into one of these.
_SURROGATE_BYTES = range(0xDC80, 0xDD00)
# Machine ids are left whole, their digit runs being happenstance: UUIDs, and Twilio SIDs (two
# capital letters and 32 hexadecimal digits).
_MACHINE_ID = (
    r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}"
    r"|[A-Z]{2}[0-9a-f]{32})(?![0-9A-Za-z])"
)
# A date and time (2026-11-02 09:15): ten digits joined by hyphens and a space, but a call's
# date, which the store needs (ccaudit.store.rows.call_date).
_DATE_TIME = r"(?<![0-9])[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}[ T][0-9]{1,2}(?=[:.][0-9]{2})"
# What people put between the groups of a number: `4716 5260 …`, `4716  5260` (a double
# space), `4716+5260` (a web form's space), `4716 - 5260`, `(089) 876-5432`.
_GROUP_SEPARATOR = r"[ ._+()-]{0,3}"
_NAME_PARTS = re.compile(
    rf"(?P<machine_id>{_MACHINE_ID})|(?P<date_time>{_DATE_TIME})"
    rf"|[0-9\u0E50-\u0E59](?:{_GROUP_SEPARATOR}[0-9\u0E50-\u0E59])*"
)
_TO_ASCII_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_DIGIT = re.compile(r"[0-9\u0E50-\u0E59]")


# Nine digits in a row: the shortest shape masked (a Thai landline).
_DIGIT_BYTES_TO_1 = bytes(ord("1") if b in b"0123456789" else 0 for b in range(256))
_NINE_DIGITS = re.compile(rf"[0-9\u0E50-\u0E59](?:{_GROUP_SEPARATOR}[0-9\u0E50-\u0E59]){{8}}")


def display_safe(text: str) -> str:
    """The form of a name or id that may be printed, logged and stored (see the module)."""
    # Most names need nothing, and these checks are quick (isprintable() is False for every
    # character _UNSAFE matches, and for a few harmless ones such as a no-break space).
    if "@" not in text and text.isprintable() and not _may_hold_a_number(text):
        return text
    return escape_controls(_NAME_PARTS.sub(_mask_number, mask_emails(text)))


def display_safe_prose(text: str) -> str:
    """Words someone wrote for others to read (a rule pack's titles and descriptions): each
    line display-safe, the line breaks kept."""
    return "\n".join(display_safe(line) for line in text.split("\n"))


def _may_hold_a_number(text: str) -> bool:
    if text.isascii():  # counting digits in bytes is many times quicker than a regex search
        return text.encode().translate(_DIGIT_BYTES_TO_1).count(b"1") >= 9
    return _NINE_DIGITS.search(text) is not None


def escape_controls(text: str) -> str:
    """Show control characters and other invisible steering characters as escapes."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    character = match.group()
    if character in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[character]
    code = ord(character)
    if code in _SURROGATE_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _mask_number(match: re.Match) -> str:
    run = match.group()
    if match.group("machine_id") or match.group("date_time"):
        return run
    digits = "".join(_DIGIT.findall(run)).translate(_TO_ASCII_DIGITS)
    if 14 <= len(digits) <= 19 and luhn.is_valid(digits):
        return mask_card_number(run)
    landline = len(digits) == 9 and digits[0] == "0" and digits[1] in "234567"
    return _DIGIT.sub("*", run) if len(digits) >= 10 or landline else run
