"""Edits on word items: a word-built turn's own words, the words that spell a redacted field
again, and second copies of a redacted word (see ccaudit.redact.word_sources)."""

from __future__ import annotations

from collections.abc import Iterator

from ccaudit.errors import InputFileError
from ccaudit.model import Conversation, Locator
from ccaudit.redact.edits import Edit, Redaction, apply_edits
from ccaudit.redact.json_file import JsonFile, NdjsonFile
from ccaudit.redact.slots import EditsBySlot, RedactableFile
from ccaudit.redact.word_sources import spelling_words, turn_words, word_twins
from ccaudit.redact.words import TextEdit, WordRef, locate_words, project

# Carries a redaction into the word items of its text; the manifest lists the redaction once,
# not each item.
_FOLLOWS = Redaction("", "", reason="word items")


def turn_word_edits(
    file: RedactableFile, conversation: Conversation, edits_by_turn: dict[int, list[TextEdit]]
) -> list[Edit]:
    """Edits on the word items that a conversation's turns were rebuilt from."""
    found: list[Edit] = []
    first_turn = conversation.turns[min(edits_by_turn)]
    document = _document(file, file.slot_for(first_turn.locator))
    words = turn_words(document.document, conversation.source_format, first_turn.locator.pointer)
    position = {word.item: i for i, word in enumerate(words or [])}
    starts = sorted(position[p] for t in conversation.turns if (p := t.locator.pointer) in position)
    for index, text_edits in edits_by_turn.items():
        turn = conversation.turns[index]
        begin = position.get(turn.locator.pointer or "")
        if words is None or begin is None:
            raise InputFileError(f"{turn.locator.pointer}: the turn's word items cannot be found")
        end = next((s for s in starts if s > begin), len(words))
        own = words[begin:end]
        spans = locate_words(turn.text, own, strict=True)
        found.extend(_leaf_edits(document, own, project(spans, own, text_edits)))
    return found


def field_word_edits(file: RedactableFile, edits: EditsBySlot) -> Iterator[Edit]:
    """Edits on the word items that spell a redacted JSON string field again."""
    for slot, slot_edits in list(edits.items()):
        if slot.pointer is None or not slot_edits:
            continue
        document = _document(file, slot)
        words = spelling_words(document.document, slot.pointer)
        if not words:
            continue
        text = document.slot_text(slot) or ""
        spans = locate_words(text, words, strict=False)
        text_edits = [TextEdit(e.start, e.end, e.replacement) for e in slot_edits]
        yield from _leaf_edits(document, words, project(spans, words, text_edits))


def twin_edits(file: RedactableFile, edits: EditsBySlot) -> Iterator[Edit]:
    """The same new word for every other copy of a redacted word item."""
    if not edits:
        return
    for document in _documents(file):
        for leaves in word_twins(document.document):
            slots = [document.slot(leaf) for leaf in leaves]
            changed = [s for s in slots if edits.get(s)]
            if not changed:
                continue
            old = document.slot_text(changed[0]) or ""
            new = apply_edits(old, edits[changed[0]])
            for slot in slots:
                if not edits.get(slot) and document.slot_text(slot) == old:
                    yield Edit(slot, 0, len(old), new, _FOLLOWS)


def _leaf_edits(
    document: JsonFile, words: list[WordRef], changed: dict[int, str]
) -> Iterator[Edit]:
    for index, new in changed.items():
        for leaf in words[index].leaves:
            slot = document.slot(leaf)
            old = document.slot_text(slot)
            if old is not None:
                yield Edit(slot, 0, len(old), new, _FOLLOWS)


def _document(file: RedactableFile, slot: Locator) -> JsonFile:
    if not isinstance(file, JsonFile | NdjsonFile):
        raise InputFileError("word items outside a JSON file")
    return file.json_document(slot)


def _documents(file: RedactableFile) -> Iterator[JsonFile]:
    if isinstance(file, JsonFile):
        yield file
    elif isinstance(file, NdjsonFile):
        yield from file.loaded_documents()
