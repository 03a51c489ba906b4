"""A plain Presidio AnalyzerEngine with its predefined recognizers, as the speed baseline.

Setup: Presidio's predefined recognizers for English, plus a Thai copy of each (Presidio
ships most of them for English only) and its own ThTninRecognizer for both, over blank spaCy
pipelines so nothing is downloaded. Turns containing Thai letters are analysed as "th"
(pythainlp tokenisation), the others as "en". The email recognizer's tldextract is pointed
at its bundled suffix list, so the run stays offline.
"""

from __future__ import annotations

import copy
import re
import time
from dataclasses import dataclass

from benchmarks.corpus import Call
from benchmarks.pii_eval.scoring import Detection
from ccaudit.pipeline import DETECT_CHUNK

# Presidio's entity names -> the corpus's. DATE_TIME could be either date entity.
ENTITY_MAP = {
    "CREDIT_CARD": ("CREDIT_CARD",),
    "PHONE_NUMBER": ("PHONE_NUMBER",),
    "EMAIL_ADDRESS": ("EMAIL_ADDRESS",),
    "PERSON": ("PERSON",),
    "TH_TNIN": ("TH_TNIN",),
    "US_BANK_NUMBER": ("BANK_ACCOUNT",),
    "US_PASSPORT": ("PASSPORT",),
    "DATE_TIME": ("DATE_OF_BIRTH", "CARD_EXPIRY"),
}
_THAI = re.compile("[\u0e01-\u0e4e]")
BLOCK_CALLS = 8 * DETECT_CHUNK


def build_presidio():
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import ThTninRecognizer
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    offline = tldextract.TLDExtract(suffix_list_urls=())
    email_recognizer.tldextract = type("OfflineTld", (), {"extract": staticmethod(offline)})

    class BlankSpacy(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en"), "th": spacy.blank("th")}

    nlp = BlankSpacy(models=[{"lang_code": c, "model_name": "blank"} for c in ("en", "th")])
    nlp.load()
    registry = RecognizerRegistry(supported_languages=["en", "th"])
    registry.load_predefined_recognizers(languages=["en", "th"], nlp_engine=nlp)
    thai_names = {r.name for r in registry.recognizers if r.supported_language == "th"}
    for recognizer in list(registry.recognizers):
        if recognizer.supported_language == "en" and recognizer.name not in thai_names:
            thai = copy.copy(recognizer)
            thai.supported_language = "th"
            registry.add_recognizer(thai)
    for language in ("en", "th"):
        registry.add_recognizer(ThTninRecognizer(supported_language=language))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en", "th"])


def language_of(text: str) -> str:
    return "th" if _THAI.search(text) else "en"


@dataclass
class SideBySide:
    """Presidio and ccaudit timed on the same calls, chunk by chunk in turn."""

    calls: list[Call]
    presidio_detections: dict[str, list[Detection]]
    presidio_seconds: float
    ccaudit_seconds: float


def run_side_by_side(engine, detector, calls: list[Call], budget_seconds: float) -> SideBySide:
    """Analyse calls in corpus order until Presidio's CPU budget is spent, in blocks of
    BLOCK_CALLS: ccaudit scans a block as the scan pipeline would (DETECT_CHUNK calls per
    detector call), then Presidio analyses each turn of the same block.

    Alternating keeps both under the same machine conditions: on a shared virtual machine the
    speed of one core drifts by tens of percent within minutes. Blocks rather than single
    chunks, because each side then runs long enough to work from warm CPU caches, as it does
    in a real batch; alternating every 16 calls measured ccaudit about 15% slower than it runs.
    """
    engine.analyze("warm up 4532 0151 1283 0366", language="en")
    engine.analyze("อุ่นเครื่อง 081-234-5678", language="th")
    side_by_side = SideBySide([], {}, 0.0, 0.0)
    for first in range(0, len(calls), BLOCK_CALLS):
        if side_by_side.presidio_seconds >= budget_seconds:
            break
        block = calls[first : first + BLOCK_CALLS]
        started = time.process_time()
        for chunk in range(0, len(block), DETECT_CHUNK):
            detector.scan_many([call.conversation for call in block[chunk : chunk + DETECT_CHUNK]])
        side_by_side.ccaudit_seconds += time.process_time() - started
        for call in block:
            started = time.process_time()
            results = [
                (turn.index, engine.analyze(turn.text, language=language_of(turn.text)))
                for turn in call.conversation.turns
            ]
            side_by_side.presidio_seconds += time.process_time() - started
            side_by_side.presidio_detections[call.conversation.id] = [
                Detection(call.conversation.id, index, entity, r.start, r.end)
                for index, turn_results in results
                for r in turn_results
                for entity in ENTITY_MAP.get(r.entity_type, ())
            ]
        side_by_side.calls.extend(block)
    return side_by_side
