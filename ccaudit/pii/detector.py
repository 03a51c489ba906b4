"""The detector the pipeline calls: a conversation in, its PII findings out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult

from ccaudit.errors import CcauditError
from ccaudit.model import Conversation, Finding
from ccaudit.normalize import NormalizedText, normalize
from ccaudit.pii.batch import build_batches
from ccaudit.pii.echoes import add_echoes
from ccaudit.pii.engine import build_analyzer, empty_artifacts
from ccaudit.pii.entities import ALL_ENTITIES
from ccaudit.pii.findings import Detection, build_finding, keep_best
from ccaudit.pii.fragments import fragment_findings
from ccaudit.pii.numbers import forget_digit_runs
from ccaudit.pii.prefilter import may_contain_pii
from ccaudit.pii.split_numbers import find_split_numbers
from ccaudit.pii.wrapped_cards import add_wrapped_cards

LANGUAGE_CHOICES = ("auto", "th", "en")
_THAI_LETTER = re.compile(r"[\u0E01-\u0E4E]")


@dataclass(frozen=True)
class DetectorOptions:
    entities: frozenset[str] | None = None  # None = all
    min_score: float = 0.0
    language: str = "auto"  # auto|th|en
    hash_key: bytes | None = None
    spacy_model: str | None = None


class Detector:
    def __init__(self, options: DetectorOptions = DetectorOptions()):
        if options.language not in LANGUAGE_CHOICES:
            raise CcauditError(f"language must be one of {', '.join(LANGUAGE_CHOICES)}")
        unknown = sorted((options.entities or frozenset()) - set(ALL_ENTITIES))
        if unknown:
            raise CcauditError(f"unknown entity {', '.join(unknown)}")
        self.options = options
        self._analyzer = build_analyzer(options.spacy_model)
        self._use_ner = bool(options.spacy_model) and options.language != "th"
        self._wanted: dict[str, tuple[str, ...]] = {}

    def wants(self, entity_type: str) -> bool:
        return self.options.entities is None or entity_type in self.options.entities

    def scan(self, conversation: Conversation) -> list[Finding]:
        forget_digit_runs()
        turns = conversation.turns
        # With a NER model every English turn is a candidate: names need no cue then.
        english_only = (
            {p for p, t in enumerate(turns) if not _THAI_LETTER.search(t.text)}
            if self._use_ner
            else set()
        )
        normalized = {
            position: normalize(turn.text)
            for position, turn in enumerate(turns)
            if position in english_only or may_contain_pii(turn.text)
        }
        if not normalized:
            return []
        texts = [normalized[p].text if p in normalized else t.text for p, t in enumerate(turns)]
        detections: dict[int, list[Detection]] = {p: [] for p in normalized}
        for position, detection in self._analyze(
            texts, [p for p in normalized if p not in english_only]
        ):
            detections[position].append(detection)
        if english_only:
            for position, detection in self._analyze(texts, sorted(english_only), use_ner=True):
                detections[position].append(detection)
        add_wrapped_cards(texts, detections)
        add_echoes(texts, detections)
        findings = self._split_findings(conversation, normalized, texts, detections)
        for position, turn_detections in detections.items():
            for detection in keep_best(turn_detections):
                if detection.score >= self.options.min_score:
                    finding = build_finding(
                        conversation,
                        turns[position],
                        normalized[position],
                        detection,
                        self.options.hash_key,
                    )
                    findings.append(finding)
        return sorted(findings, key=lambda f: (f.turn, f.start))

    def _analyze(
        self, texts: list[str], selected: list[int], use_ner: bool = False
    ) -> Iterator[tuple[int, Detection]]:
        language = "en" if use_ner or self.options.language == "en" else "th"
        recognizers = self._analyzer.registry.get_recognizers(language, all_fields=True)
        for batch in build_batches(texts, selected, texts):
            text = batch.text
            entities = self._entities_to_run(recognizers, text)
            if not entities:
                continue
            if use_ner:
                artifacts = self._analyzer.nlp_engine.process_text(text, language)
            else:
                artifacts = empty_artifacts(self._analyzer.nlp_engine, language)
            results = self._analyzer.analyze(
                text,
                language,
                entities=entities,
                nlp_artifacts=artifacts,
                return_decision_process=True,
            )
            for result in results:
                located = batch.locate(result.start, result.end)
                if located:
                    position, start, end = located
                    yield position, _detection(result, start, end)

    def _entities_to_run(self, recognizers: list[EntityRecognizer], text: str) -> list[str]:
        """The wanted entities of the recognizers that have somewhere to look in the text."""
        entities = set()
        for recognizer in recognizers:
            wanted = self._wanted_of(recognizer)
            if wanted and _may_match(recognizer, text):
                entities.update(wanted)
        return sorted(entities)

    def _wanted_of(self, recognizer: EntityRecognizer) -> tuple[str, ...]:
        """The wanted entities a recognizer supports, worked out once per recognizer."""
        wanted = self._wanted.get(recognizer.id)
        if wanted is None:
            wanted = tuple(e for e in recognizer.supported_entities if self.wants(e))
            self._wanted[recognizer.id] = wanted
        return wanted

    def _split_findings(
        self,
        conversation: Conversation,
        normalized: dict[int, NormalizedText],
        texts: list[str],
        detections: dict[int, list[Detection]],
    ) -> list[Finding]:
        """Findings for numbers split across turns; their pieces' own detections go."""
        if len(normalized) < 2:
            return []
        splits = find_split_numbers(conversation.turns, texts, normalized.keys())
        findings = []
        for number, split in enumerate(s for s in splits if self.wants(s.entity_type)):
            group = f"{conversation.id}#{number + 1}"
            findings.extend(
                fragment_findings(conversation, normalized, split, group, self.options.hash_key)
            )
            for fragment in split.fragments:
                detections[fragment.position] = [
                    d
                    for d in detections[fragment.position]
                    if d.end <= fragment.start or fragment.end <= d.start
                ]
        return [f for f in findings if f.score >= self.options.min_score]


def _may_match(recognizer: EntityRecognizer, text: str) -> bool:
    """Ours say whether they have anything to look at; others (a spaCy NER model) always run."""
    may_match = getattr(recognizer, "may_match", None)
    return may_match is None or may_match(text)


def _detection(result: RecognizerResult, start: int, end: int) -> Detection:
    explanation = result.analysis_explanation
    return Detection(
        entity_type=result.entity_type,
        start=start,
        end=end,
        score=result.score,
        validated=bool(explanation and explanation.validation_result is True),
        recognizer=result.recognition_metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, ""),
    )
