"""From a file's findings to the edits that redact it, and the manifest entries they make.

Each finding is redacted where its turn's text lies in the file: a span of the decoded text,
of a JSON string or of a CSV cell, or the word items a turn was rebuilt from. Fields that
hold personal data by definition go whole (ccaudit.redact.personal_fields). Then every
other place holding a redacted value is redacted too (ccaudit.redact.sweep), ids and labels
take the display-safe form outputs show them in (ccaudit.redact.id_fields), and the word
items that spell a redacted field again follow it (ccaudit.redact.word_edits). A finding
that does not land exactly on its own value fails the file: no half-redacted copy is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain

from ccaudit.errors import InputFileError
from ccaudit.model import Conversation, Finding, Turn
from ccaudit.redact.csv_file import CsvFile
from ccaudit.redact.edits import Edit, Redaction, SlotEdits
from ccaudit.redact.id_fields import id_edits, speaker_name_edits
from ccaudit.redact.manifest import ManifestEntry
from ccaudit.redact.operators import replacement
from ccaudit.redact.personal_fields import personal_field_edits
from ccaudit.redact.policy import RedactionPolicy
from ccaudit.redact.slots import EditsBySlot, RedactableFile
from ccaudit.redact.sweep import sweep_edits
from ccaudit.redact.text_file import TextFile
from ccaudit.redact.word_edits import field_word_edits, turn_word_edits, twin_edits
from ccaudit.redact.words import TextEdit


@dataclass
class RedactionPlan:
    edits: EditsBySlot = field(default_factory=dict)
    entries: list[ManifestEntry] = field(default_factory=list)
    # The redacted values and how each was redacted, for the sweep.
    origins: list[Edit] = field(default_factory=list)
    values: list[str] = field(default_factory=list)

    def add(self, edit: Edit) -> bool:
        return self.edits.setdefault(edit.slot, SlotEdits()).add(edit)


def plan_redactions(
    file: RedactableFile,
    found: Sequence[tuple[Conversation, list[Finding]]],
    policy: RedactionPolicy,
    lang: str,
    hash_key: bytes | None = None,
) -> RedactionPlan:
    plan = RedactionPlan()
    for conversation, findings in found:
        word_turns: dict[int, list[TextEdit]] = {}
        for finding in findings:
            operator = policy.operator_for(finding.entity_type)
            if operator != "keep":
                _plan_finding(file, plan, conversation, finding, operator, lang, word_turns)
        if word_turns:
            for edit in turn_word_edits(file, conversation, word_turns):
                plan.add(edit)
    formats = [conversation.source_format for conversation, _ in found]
    fields = personal_field_edits(file.sweep_regions(), formats, policy, lang, hash_key)
    for edit, value in fields:
        if plan.add(edit):
            plan.origins.append(edit)
            plan.values.append(value)
            plan.entries.append(_entry(file, edit))
    for edit in sweep_edits(file.sweep_regions(), plan.origins, plan.values, plan.edits):
        if plan.add(edit):
            plan.entries.append(_entry(file, edit))
    conversations = [conversation for conversation, _ in found]
    names = id_edits(file.sweep_regions(), conversations)
    if policy.operator_for("PERSON") != "keep":
        names = chain(names, speaker_name_edits(file.sweep_regions(), conversations))
    if isinstance(file, CsvFile):
        names = chain(names, file.header_edits())
    for edit in names:
        if plan.add(edit):
            plan.entries.append(_entry(file, edit))
    for derived in (field_word_edits, twin_edits):
        for edit in derived(file, plan.edits):
            plan.add(edit)
    return plan


def _plan_finding(
    file: RedactableFile,
    plan: RedactionPlan,
    conversation: Conversation,
    finding: Finding,
    operator: str,
    lang: str,
    word_turns: dict[int, list[TextEdit]],
) -> None:
    turn = conversation.turns[finding.turn]
    value = _value(turn, finding)
    new = replacement(operator, finding.entity_type, finding.masked, finding.fingerprint, lang)
    redaction = Redaction(
        finding.entity_type,
        operator,
        fingerprint=finding.fingerprint,
        score=finding.score,
        recognizer=finding.recognizer,
        group=finding.group,
    )
    slot = file.slot_for(finding.locator)
    edit = Edit(slot, finding.start, finding.end, new, redaction)
    held = file.slot_text(slot)
    if held is None and finding.locator.pointer is not None:
        word_turns.setdefault(finding.turn, []).append(TextEdit(finding.start, finding.end, new))
    elif held is None or (turn.source_index is None and held[edit.start : edit.end] != value):
        raise InputFileError(f"a finding in turn {finding.turn} does not map back to the file")
    elif not plan.add(edit):
        return
    plan.origins.append(edit)
    plan.values.append(value)
    plan.entries.append(_entry(file, edit, finding))


def _value(turn: Turn, finding: Finding) -> str:
    start, end = turn.text_span(finding.start, finding.end)
    return turn.text[start:end]


def _entry(file: RedactableFile, edit: Edit, finding: Finding | None = None) -> ManifestEntry:
    locator = finding.locator if finding is not None else edit.slot
    if isinstance(file, TextFile):
        locator = type(locator)(line=file.line_of(edit.start))
    return ManifestEntry(locator, edit.start, edit.end, edit.redaction)
