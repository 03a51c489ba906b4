"""Names only the conversation shows, added after the recognizers: the answer to a request
for a name (name_answers) or for its spelling (spelled_names), chat display names that open
lines (display_names), a post's author on a turn of its own above a Thai one
(social_authors), a name that a field's key taken for a speaker label introduces (layout),
the value of a field named for a name (named_fields: a CSV `customer_name` cell, or a cell of
a table pasted into text, pasted_tables), a found name's other form in brackets after it
(bracketed_names), and every repeat of a name found once (name_echoes), in that order, so
that an answer's name is carried over too.

Turns the prefilter left out (`priya nair` has no cue, no digit) are normalised here when a
name is found in them, as the detector does for its candidates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ccaudit.ingest.field_names import names_a_person
from ccaudit.model import Turn
from ccaudit.normalize import NormalizedText, normalize
from ccaudit.pii.findings import Detection
from ccaudit.pii.names.bracketed_names import bracketed_name_spans
from ccaudit.pii.names.layout import is_field_key, labelled_field_name_end
from ccaudit.pii.names.named_fields import named_field_name_span
from ccaudit.pii.names.pasted_tables import table_name_spans
from ccaudit.pii.names.social_authors import lone_author_span
from ccaudit.pii.names.spelled_names import spelled_answer_spans
from ccaudit.pii.passes.display_names import (
    display_name_spans,
    labelled_turns,
    named_shops,
    recurring_labels,
    shared_accounts,
)
from ccaudit.pii.passes.name_answers import answer_spans, answers
from ccaudit.pii.passes.name_echoes import echo_spans, echo_words, turns_holding

ENTITY = "PERSON"
ANSWER_SCORE = 0.7
DISPLAY_NAME_SCORE = 0.7


def add_dialogue_names(
    turns: Sequence[Turn],
    normalized: dict[int, NormalizedText],
    texts: list[str],
    detections: dict[int, list[Detection]],
) -> None:
    """`texts[p]` is turn p's text, normalised where `normalized` has it; adds to all three."""
    found: list[tuple[int, int, int, float, str]] = []
    for answer in answers(turns):
        prepare_turn(answer.position, turns, normalized, texts, detections)
        for span in answer_spans(texts[answer.position], answer):
            found.append((answer.position, *span, ANSWER_SCORE, "NameAnswerFinder"))
    for position in range(1, len(texts)):
        spans = list(spelled_answer_spans(texts[position - 1], texts[position]))
        if spans and prepare_turn(position, turns, normalized, texts, detections):
            spans = list(spelled_answer_spans(texts[position - 1], texts[position]))
        found += [(position, s, e, ANSWER_SCORE, "NameAnswerFinder") for s, e in spans]
    # A turn's own speaker label opens its text when it holds a name (see text_parser).
    labelled = labelled_turns(texts)
    recurring = recurring_labels(texts, labelled) | {turn.speaker for turn in turns if turn.speaker}
    shops = named_shops(texts) | shared_accounts(texts, labelled, [turn.role for turn in turns])
    for position in labelled:
        spans = list(display_name_spans(texts[position], recurring, shops))
        if spans and prepare_turn(position, turns, normalized, texts, detections):
            spans = list(display_name_spans(texts[position], recurring, shops))
        found += [(position, s, e, DISPLAY_NAME_SCORE, "DisplayNameFinder") for s, e in spans]
    # A key that labels one turn; one that labels many (`เจ้าหน้าที่: อื้ม` ... `เจ้าหน้าที่: ครับ`)
    # is a speaker's label.
    labels = Counter(turn.speaker for turn in turns if turn.speaker)
    field_keys = {label for label, count in labels.items() if count == 1 and is_field_key(label)}
    for position, turn in enumerate(turns):
        if field_keys and turn.speaker in field_keys and labelled_field_name_end(turn.text):
            prepare_turn(position, turns, normalized, texts, detections)
            end = labelled_field_name_end(texts[position])
            if end:
                found.append((position, 0, end, DISPLAY_NAME_SCORE, "DisplayNameFinder"))
    for position, turn in enumerate(turns):
        if names_a_person(turn.locator) and named_field_name_span(turn.text):
            prepare_turn(position, turns, normalized, texts, detections)
            span = named_field_name_span(texts[position])
            if span:
                found.append((position, *span, DISPLAY_NAME_SCORE, "NamedFieldFinder"))
    speakers = [turn.speaker or turn.role for turn in turns]
    cells = list(table_name_spans(texts, speakers))
    changed = [prepare_turn(p, turns, normalized, texts, detections) for p in {c[0] for c in cells}]
    if any(changed):
        cells = list(table_name_spans(texts, speakers))
    found += [(*cell, DISPLAY_NAME_SCORE, "NamedFieldFinder") for cell in cells]
    for position in range(len(texts) - 1):
        # An agent's or a customer's turn is said, not a post's author line (`เจ้าหน้าที่: อื้ม`).
        if turns[position].role != "unknown":
            continue
        span = lone_author_span(texts[position], texts[position + 1])
        if span and prepare_turn(position, turns, normalized, texts, detections):
            span = lone_author_span(texts[position], texts[position + 1])
        if span:
            found.append((position, *span, DISPLAY_NAME_SCORE, "DisplayNameFinder"))
    for position, start, end, score, recognizer in found:
        detections[position].append(Detection(ENTITY, start, end, score, False, recognizer))
    if shops:
        _drop_business_names(texts, detections, shops)
    _add_other_forms(texts, detections)
    _add_echoes(turns, normalized, texts, detections)
    _add_speakers_named(turns, normalized, texts, detections)


def _add_other_forms(texts, detections) -> None:
    for position, found in detections.items():
        names = [d for d in found if d.entity_type == ENTITY]
        for name in names:
            found += [
                Detection(ENTITY, start, end, name.score, False, "BracketedNameFinder")
                for start, end in bracketed_name_spans(texts[position], name.end)
            ]


def _drop_business_names(texts, detections, businesses: frozenset[str]) -> None:
    """A shop's or an account's label is a business's name wherever it stands (`is this Blue
    Manta Divers?`), and no words of it are to be found again."""
    lowered = {business.lower() for business in businesses}
    for position, found in detections.items():
        found[:] = [
            d
            for d in found
            if d.entity_type != ENTITY or texts[position][d.start : d.end].lower() not in lowered
        ]


def _add_echoes(turns, normalized, texts, detections) -> None:
    known = {
        texts[p][d.start : d.end]: d.score
        for p, found in detections.items()
        for d in found
        if d.entity_type == ENTITY
    }
    words = echo_words(known)
    if not (words.latin or words.thai):
        return
    score = min(known.values())
    for position in turns_holding(words, texts):
        spans = list(echo_spans(words, texts[position]))
        if not spans:
            continue
        if prepare_turn(position, turns, normalized, texts, detections):
            spans = list(echo_spans(words, texts[position]))
        detections[position] += [
            Detection(ENTITY, start, end, score, False, "NameEchoFinder") for start, end in spans
        ]


def _add_speakers_named(turns, normalized, texts, detections) -> None:
    """A speaker label the text keeps that is a name found in the conversation: `ฝน: ...`
    after `ดิฉันฝนค่ะ`, `มายด์ 🌸: ...` after `ชื่อมายด์ค่ะ`. Short nicknames are too often
    words (ฝน "rain") to be echoed anywhere, but not as the label of who speaks."""
    known = {
        texts[p][d.start : d.end]
        for p, found in detections.items()
        for d in found
        if d.entity_type == ENTITY
    }
    if not known:
        return
    for position, turn in enumerate(turns):
        speaker = turn.speaker
        if not speaker or not turn.text.startswith(speaker):
            continue
        name = speaker if speaker in known else known_first_word(speaker, known)
        if name is None:
            continue
        prepare_turn(position, turns, normalized, texts, detections)
        if texts[position].startswith(name) and not any(
            d.entity_type == ENTITY and d.start < len(name) for d in detections[position]
        ):
            detections[position].append(
                Detection(ENTITY, 0, len(name), DISPLAY_NAME_SCORE, False, "DisplayNameFinder")
            )


def known_first_word(speaker: str, known: set[str]) -> str | None:
    """The name a label opens with, before a space (`มายด์ 🌸`), if it is a known name."""
    first = speaker.split(" ", 1)[0]
    return first if first != speaker and first in known else None


def prepare_turn(position, turns, normalized, texts, detections) -> bool:
    """Normalise a turn the prefilter left out, as the detector does its candidates; whether
    its text changed."""
    if position in normalized:
        return False
    normalized[position] = normalize(turns[position].text)
    detections[position] = []
    changed = normalized[position].text != texts[position]
    texts[position] = normalized[position].text
    return changed
