"""The detector the pipeline calls: a conversation in, its PII findings out."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from presidio_analyzer import RecognizerResult

from ccaudit.errors import CcauditError
from ccaudit.masking import fingerprint, mask_card_number, mask_value
from ccaudit.model import Conversation, Finding
from ccaudit.normalize import NormalizedText, normalize
from ccaudit.pii.batch import build_batches
from ccaudit.pii.echoes import add_echoes
from ccaudit.pii.engine import build_analyzer, empty_artifacts
from ccaudit.pii.entities import ALL_ENTITIES
from ccaudit.pii.findings import Detection, build_finding, keep_best
from ccaudit.pii.prefilter import may_contain_pii
from ccaudit.pii.split_numbers import SplitNumber, find_split_numbers

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
        self._entities = sorted(options.entities) if options.entities else None
        self._analyzer = build_analyzer(options.spacy_model)
        self._use_ner = bool(options.spacy_model) and options.language != "th"

    def wants(self, entity_type: str) -> bool:
        return self.options.entities is None or entity_type in self.options.entities

    def scan(self, conversation: Conversation) -> list[Finding]:
        turns = conversation.turns
        english_only = [self._use_ner and not _THAI_LETTER.search(t.text) for t in turns]
        normalized = {
            position: normalize(turn.text)
            for position, turn in enumerate(turns)
            if english_only[position] or may_contain_pii(turn.text)
        }
        texts = [normalized[p].text if p in normalized else t.text for p, t in enumerate(turns)]
        detections: dict[int, list[Detection]] = {p: [] for p in normalized}
        for use_ner in (False, True):
            selected = [p for p in normalized if english_only[p] == use_ner]
            for position, detection in self._analyze(texts, selected, use_ner):
                detections[position].append(detection)
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

    def _analyze(self, texts: list[str], selected: list[int], use_ner: bool):
        language = "en" if use_ner or self.options.language == "en" else "th"
        for batch in build_batches(texts, selected, texts):
            text = batch.text
            if use_ner:
                artifacts = self._analyzer.nlp_engine.process_text(text, language)
            else:
                artifacts = empty_artifacts(self._analyzer.nlp_engine, language)
            results = self._analyzer.analyze(
                text,
                language,
                entities=self._entities,
                nlp_artifacts=artifacts,
                return_decision_process=True,
            )
            for result in results:
                located = batch.locate(result.start, result.end)
                if located:
                    position, start, end = located
                    yield position, _detection(result, start, end)

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
        splits = find_split_numbers(conversation.turns, texts)
        findings = []
        for number, split in enumerate(s for s in splits if self.wants(s.entity_type)):
            group = f"{conversation.id}#{number + 1}"
            findings.extend(self._fragment_findings(conversation, normalized, split, group))
            for fragment in split.fragments:
                detections[fragment.position] = [
                    d
                    for d in detections[fragment.position]
                    if d.end <= fragment.start or fragment.end <= d.start
                ]
        return [f for f in findings if f.score >= self.options.min_score]

    def _fragment_findings(
        self,
        conversation: Conversation,
        normalized: dict[int, NormalizedText],
        split: SplitNumber,
        group: str,
    ) -> list[Finding]:
        digits = "".join(f.digits for f in split.fragments)
        total = len(digits)
        # Every piece carries the whole number's fingerprint, so repeats match however split.
        whole = fingerprint(self.options.hash_key, split.entity_type, digits)
        score = 0.9 if split.validated else 0.6
        findings = []
        digits_before = 0
        for fragment in split.fragments:
            turn = conversation.turns[fragment.position]
            norm = normalized[fragment.position]
            start, end = norm.to_source(fragment.start, fragment.end)
            raw = turn.text[start:end]
            if split.entity_type == "CREDIT_CARD":
                masked = mask_card_number(raw, digits_before=digits_before, total_digits=total)
            else:
                masked = mask_value(split.entity_type, raw)
            detection = Detection(
                split.entity_type, fragment.start, fragment.end, score, split.validated,
                "SplitNumberFinder",
            )  # fmt: skip
            finding = build_finding(conversation, turn, norm, detection, None, group, masked)
            findings.append(replace(finding, fingerprint=whole))
            digits_before += len(fragment.digits)
        return findings


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
