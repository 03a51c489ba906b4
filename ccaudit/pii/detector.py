"""The detector the pipeline calls: a conversation in, its PII findings out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from presidio_analyzer import EntityRecognizer, RecognizerResult

from ccaudit.errors import CcauditError
from ccaudit.model import Conversation, Finding
from ccaudit.normalize import NormalizedText, normalize
from ccaudit.pii.batch import TurnKey, build_batches
from ccaudit.pii.engine import build_analyzer, empty_artifacts
from ccaudit.pii.findings import Detection, build_finding, keep_best
from ccaudit.pii.numbers import forget_digit_runs
from ccaudit.pii.passes.answers import add_answers
from ccaudit.pii.passes.birth_date_answers import add_birth_date_answers
from ccaudit.pii.passes.bot_names import drop_bot_names
from ccaudit.pii.passes.card_ends import drop_card_ends
from ccaudit.pii.passes.code_answers import add_code_answers
from ccaudit.pii.passes.dialogue_names import add_dialogue_names
from ccaudit.pii.passes.echoes import add_echoes
from ccaudit.pii.passes.expiry_answers import add_expiry_answers
from ccaudit.pii.passes.field_values import add_field_values
from ccaudit.pii.passes.fragments import split_number_findings
from ccaudit.pii.passes.passport_topic import add_passport_topic
from ccaudit.pii.passes.wrapped_cards import add_wrapped_cards
from ccaudit.pii.prefilter import candidate_turns
from ccaudit.pii.recognizers.base import VALIDATED
from ccaudit.pii.registry import DEFAULT_ENTITIES, KNOWN_ENTITIES, PRESIDIO_ENTITIES
from ccaudit.thai_script import THAI_LETTER

LANGUAGE_CHOICES = ("auto", "th", "en")


@dataclass(frozen=True)
class DetectorOptions:
    entities: frozenset[str] | None = None  # None = ccaudit's own (DEFAULT_ENTITIES)
    min_score: float = 0.0
    language: str = "auto"  # auto|th|en
    hash_key: bytes | None = None
    spacy_model: str | None = None


@dataclass
class _SeenTexts:
    """What one `Detector.scan_many` call worked out for a turn's text alone. Scripted turns
    ("ขอบคุณค่ะ", "one moment please") repeat from one conversation to the next; nothing
    carries over to the next call."""

    may_hold_pii: dict[str, bool] = field(default_factory=dict)
    normalized: dict[str, NormalizedText] = field(default_factory=dict)

    def normalize(self, text: str) -> NormalizedText:
        found = self.normalized.get(text)
        if found is None:
            found = self.normalized[text] = normalize(text)
        return found


@dataclass
class _ConversationScan:
    """One conversation on its way through `Detector.scan_many`."""

    conversation: Conversation
    normalized: dict[int, NormalizedText]  # by turn position: the turns that may hold PII
    texts: list[str]  # every turn's text, normalised where it may hold PII
    ner: set[int]  # turns analysed by the user's NER model
    expiry_answers: set[int]  # turns right after one that names the expiry date
    detections: dict[int, list[Detection]]


class Detector:
    def __init__(self, options: DetectorOptions = DetectorOptions()):
        if options.language not in LANGUAGE_CHOICES:
            raise CcauditError(f"language must be one of {', '.join(LANGUAGE_CHOICES)}")
        unknown = sorted((options.entities or frozenset()) - set(KNOWN_ENTITIES))
        if unknown:
            raise CcauditError(f"unknown entity {', '.join(unknown)}")
        self.options = options
        self._wanted = options.entities if options.entities is not None else DEFAULT_ENTITIES
        presidio = frozenset(self._wanted) & PRESIDIO_ENTITIES.keys()
        self._analyzer = build_analyzer(options.spacy_model, presidio)
        self._use_ner = bool(options.spacy_model) and options.language != "th"
        # The prefilter knows what ccaudit's recognizers look for, not what Presidio's do.
        self._every_turn = bool(presidio)
        self._candidates: dict[str, list[tuple[tuple[str, ...], Callable[[str], bool]]]] = {}

    def wants(self, entity_type: str) -> bool:
        return entity_type in self._wanted

    def scan(self, conversation: Conversation) -> list[Finding]:
        return self.scan_many([conversation])[0]

    def scan_many(self, conversations: Sequence[Conversation]) -> list[list[Finding]]:
        """Findings per conversation, in order. The conversations share Presidio calls, which
        spares its per-call work; nothing found or scored in one reaches another (see
        ccaudit.pii.batch)."""
        forget_digit_runs()
        seen = _SeenTexts()
        scans = [self._prepare(conversation, seen) for conversation in conversations]
        texts = [s.texts for s in scans]
        regular = [(c, p) for c, s in enumerate(scans) for p in s.normalized if p not in s.ner]
        for (c, position), detection in self._analyze(texts, regular):
            scans[c].detections[position].append(detection)
        # A NER model reads tokens, and to it the gap between two conversations is one token:
        # its turns go to Presidio one conversation at a time.
        for c, scan in enumerate(scans):
            with_ner = [(c, p) for p in sorted(scan.ner)]
            for (_, position), detection in self._analyze(texts, with_ner, use_ner=True):
                scan.detections[position].append(detection)
        return [self._findings(s) for s in scans]

    def _prepare(self, conversation: Conversation, seen: _SeenTexts) -> _ConversationScan:
        """The turns that may hold PII, normalised; the others stay as they are."""
        turns = conversation.turns
        # With a NER model every English turn is a candidate: names need no cue then.
        ner = (
            {p for p, t in enumerate(turns) if not THAI_LETTER.search(t.text)}
            if self._use_ner
            else set()
        )
        candidates, answers = candidate_turns(
            [t.text for t in turns], self.wants("CARD_EXPIRY"), seen.may_hold_pii
        )
        if self._every_turn:
            candidates = set(range(len(turns)))
        normalized = {p: seen.normalize(turns[p].text) for p in sorted(candidates | ner)}
        texts = [normalized[p].text if p in normalized else t.text for p, t in enumerate(turns)]
        detections: dict[int, list[Detection]] = {p: [] for p in normalized}
        return _ConversationScan(conversation, normalized, texts, ner, answers, detections)

    def _findings(self, scan: _ConversationScan) -> list[Finding]:
        conversation, texts, detections = scan.conversation, scan.texts, scan.detections
        if self.wants("PERSON"):
            add_dialogue_names(conversation.turns, scan.normalized, texts, detections)
            drop_bot_names(conversation.turns, texts, detections)
        add_field_values(conversation.turns, scan.normalized, texts, detections, self.wants)
        if not scan.normalized:
            return []
        min_score, hash_key = self.options.min_score, self.options.hash_key
        add_wrapped_cards(texts, detections)
        speakers = [turn.speaker or turn.role for turn in conversation.turns]
        add_answers(texts, detections, scan.normalized.keys(), self.wants, speakers)
        if self.wants("DATE_OF_BIRTH"):
            add_birth_date_answers(texts, detections, scan.normalized.keys())
        if self.wants("CARD_EXPIRY"):
            add_expiry_answers(texts, detections, scan.expiry_answers)
        if self.wants("OTP"):
            add_code_answers(texts, detections, scan.normalized.keys(), speakers)
        if self.wants("PASSPORT"):
            add_passport_topic(texts, detections, scan.normalized.keys())
        add_echoes(texts, detections)  # last: it repeats what the others found
        if self.wants("OTP"):
            drop_card_ends(texts, detections)
        findings = split_number_findings(
            conversation, scan.normalized, texts, detections, self.wants, hash_key
        )
        findings = [f for f in findings if f.score >= min_score]
        for position, turn_detections in detections.items():
            turn, normalized = conversation.turns[position], scan.normalized[position]
            for detection in keep_best(turn_detections):
                if detection.score >= min_score:
                    findings.append(
                        build_finding(conversation, turn, normalized, detection, hash_key)
                    )
        findings.sort(key=attrgetter("turn", "start"))
        return findings

    def _analyze(
        self, texts: list[list[str]], selected: list[TurnKey], use_ner: bool = False
    ) -> Iterator[tuple[TurnKey, Detection]]:
        language = "en" if use_ner or self.options.language == "en" else "th"
        candidates = self._candidates_for(language)
        for batch in build_batches(texts, selected):
            text = batch.text
            entities = sorted(
                {e for wanted, may_match in candidates if may_match(text) for e in wanted}
            )
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
                    key, start, end = located
                    yield key, _detection(result, start, end)

    def _candidates_for(self, language: str) -> list[tuple[tuple[str, ...], Callable[[str], bool]]]:
        """The registry's recognizers for a language that find a wanted entity, each with its
        wanted entities and its check for whether a text gives it anywhere to look."""
        if language not in self._candidates:
            candidates = []
            for recognizer in self._analyzer.registry.get_recognizers(language, all_fields=True):
                wanted = tuple(e for e in recognizer.supported_entities if self.wants(e))
                if wanted:
                    candidates.append((wanted, _may_match_of(recognizer)))
            self._candidates[language] = candidates
        return self._candidates[language]


def _may_match_of(recognizer: EntityRecognizer) -> Callable[[str], bool]:
    """Ours say whether they have anything to look at, which spares Presidio's per-recognizer
    work on the rest; others (a spaCy NER model) always run."""
    return getattr(recognizer, "may_match", None) or _always


def _always(text: str) -> bool:
    return True


def _detection(result: RecognizerResult, start: int, end: int) -> Detection:
    metadata = result.recognition_metadata
    validated = metadata.get(VALIDATED)
    if validated is None:  # a recognizer of Presidio's own
        explanation = result.analysis_explanation
        validated = bool(explanation and explanation.validation_result is True)
    return Detection(
        result.entity_type,
        start,
        end,
        result.score,
        validated,
        metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, ""),
    )
