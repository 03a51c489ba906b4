"""Ids and labels that every output shows display-safe, made display-safe in the copy too.

A call id, an agent id, a metadata value or a speaker label can be a card number, a Thai ID,
a phone number or an e-mail address (`Call ID: 3600400781238`, `Agent ID: 0898765432`, a
caption voice `<v 0898765432>`). Scans show them masked (ccaudit.display_safe) and the
detector never reads them as text, so without this the copy would keep what no scan output
shows. Each place in the file that holds one of them, read as the reader read it, becomes its
display-safe form.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from ccaudit.display_safe import display_safe
from ccaudit.ingest.speaker_labels import role_words
from ccaudit.model import Conversation, machine_speaker_label
from ccaudit.redact.edits import Edit, Redaction
from ccaudit.redact.slots import SweepRegion

REASON_ID = "display-safe id"
ID_ENTITY = "ID"
REASON_SPEAKER_NAME = "speaker name"
# Readers whose speaker labels sit outside the turn text (`<v Somchai Jaidee>`, an SRT
# prefix), where the detector never reads them. No output shows such a name
# (ccaudit.model.machine_speaker_label), so the copy must not either.
_LABELS_OUTSIDE_TEXT = frozenset({"webvtt", "srt"})
# display_safe masks letters of e-mail addresses and digits of numbers, one `*` each.
_MASKED_CHARACTER = r"[0-9A-Za-z\u0e00-\u0e7f]"
_WORDISH = "0-9A-Za-z\u0e50-\u0e59"


def id_edits(
    regions: Iterable[SweepRegion], conversations: Iterable[Conversation]
) -> Iterator[Edit]:
    """An edit for each place holding an id or label whose display-safe form masks part of it."""
    masked = sorted(_masked_ids(conversations), key=len, reverse=True)
    if not masked:
        return
    pattern = re.compile("|".join(_id_pattern(safe) for safe in masked))
    wanted = set(masked)
    for slot, match in _matches(regions, pattern):
        safe = display_safe(match.group())
        if safe in wanted:
            redaction = Redaction(ID_ENTITY, "mask", REASON_ID)
            yield Edit(slot, match.start(), match.end(), safe, redaction)


def _matches(regions: Iterable[SweepRegion], pattern: re.Pattern[str]) -> Iterator[tuple]:
    """(slot, match) for each match of `pattern` inside the regions' ranges."""
    for slot, text, ranges in regions:
        for start, end in ranges if ranges is not None else [(0, len(text))]:
            for match in pattern.finditer(text, start, end):
                yield slot, match


def _masked_ids(conversations: Iterable[Conversation]) -> set[str]:
    """The display-safe forms (already made by the model, or made here for speaker labels)
    that hide part of what the file holds."""
    found: set[str] = set()
    for conversation in conversations:
        names = [conversation.id, conversation.agent_id, *conversation.metadata.values()]
        names += [display_safe(turn.speaker) for turn in conversation.turns if turn.speaker]
        found.update(n for n in names if isinstance(n, str) and "*" in n)
    return found


def _id_pattern(safe: str) -> str:
    body = "".join(_MASKED_CHARACTER if c == "*" else re.escape(c) for c in safe)
    before = rf"(?<![{_WORDISH}])" if safe[0] == "*" or re.match(f"[{_WORDISH}]", safe[0]) else ""
    after = rf"(?![{_WORDISH}])" if safe[-1] == "*" or re.match(f"[{_WORDISH}]", safe[-1]) else ""
    return before + body + after


def speaker_name_edits(
    regions: Iterable[SweepRegion], conversations: Iterable[Conversation]
) -> Iterator[Edit]:
    """An edit for each place holding a caption speaker's name: its letters masked, the words
    that state a role kept (`<v Agent Ploy>` becomes `<v Agent ****>`), so the copy reads
    with the same roles."""
    masked = {}
    for conversation in conversations:
        if conversation.source_format not in _LABELS_OUTSIDE_TEXT:
            continue
        for turn in conversation.turns:
            label = turn.speaker
            if label and label not in masked and machine_speaker_label(label) is None:
                hidden = _name_masked(label)
                if hidden != label:
                    masked[label] = hidden
                    masked.setdefault(html.escape(label, quote=False), hidden)
    if not masked:
        return
    pattern = re.compile("|".join(map(re.escape, sorted(masked, key=len, reverse=True))))
    for slot, match in _matches(regions, pattern):
        redaction = Redaction("PERSON", "mask", REASON_SPEAKER_NAME)
        yield Edit(slot, match.start(), match.end(), masked[match.group()], redaction)


def _name_masked(label: str) -> str:
    kept = role_words(label)
    chars = list(label)
    for i, char in enumerate(chars):
        if char.isalnum() and not any(start <= i < end for start, end in kept):
            chars[i] = "*"
    return "".join(chars)
