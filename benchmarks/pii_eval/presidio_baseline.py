"""Presidio AnalyzerEngines with their predefined recognizers, as the baselines.

Two setups, each the generous one for what it is compared on:
- speed: a plain engine, Presidio's predefined recognizers for "en" and "th" as it ships
  them (most are English only), plus its ThTninRecognizer for English too;
- recall: the same plus a Thai copy of every English-only recognizer, which finds more in
  Thai turns but runs several times as many recognizers on them.
Both run over blank spaCy pipelines so nothing is downloaded. Turns containing Thai letters
are analysed as "th" (pythainlp tokenisation), the others as "en". The email recognizer's
tldextract is pointed at its bundled suffix list, so the run stays offline.
"""

from __future__ import annotations

import copy
import re
import time
from dataclasses import dataclass

from benchmarks.corpus import Call
from benchmarks.pii_eval.scoring import Detection
from ccaudit.pipeline.analysis import DETECT_CHUNK

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


def build_presidio(thai_copies: bool):
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
        if (
            thai_copies
            and recognizer.supported_language == "en"
            and recognizer.name not in thai_names
        ):
            thai = copy.copy(recognizer)
            thai.supported_language = "th"
            registry.add_recognizer(thai)
    for language in ("en", "th"):
        names = {r.name for r in registry.recognizers if r.supported_language == language}
        if "ThTninRecognizer" not in names:
            registry.add_recognizer(ThTninRecognizer(supported_language=language))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en", "th"])


def language_of(text: str) -> str:
    return "th" if _THAI.search(text) else "en"


@dataclass
class SideBySide:
    """ccaudit and Presidio engines timed on the same calls, block by block in turn."""

    calls: list[Call]
    seconds: dict[str, float]  # "ccaudit", and each engine's name
    detections: dict[str, list[Detection]]  # the recall engine's


def run_side_by_side(
    engines: dict[str, object], recall_engine: str, detector, calls: list[Call], budget: float
) -> SideBySide:
    """Analyse calls in corpus order, in blocks of BLOCK_CALLS, until the slowest engine has
    spent `budget` CPU seconds: ccaudit scans a block as the scan pipeline would
    (DETECT_CHUNK calls per detector call), then each engine analyses every turn of it.

    Alternating keeps all of them under the same machine conditions: on a shared virtual
    machine the speed of one core drifts by tens of percent within minutes. Blocks rather
    than single chunks, because each side then runs long enough to work from warm CPU caches.
    """
    for engine in engines.values():
        engine.analyze("warm up 4532 0151 1283 0366", language="en")
        engine.analyze("อุ่นเครื่อง 081-234-5678", language="th")
    side = SideBySide([], dict.fromkeys(["ccaudit", *engines], 0.0), {})
    for first in range(0, len(calls), BLOCK_CALLS):
        if max(side.seconds[name] for name in engines) >= budget:
            break
        block = calls[first : first + BLOCK_CALLS]
        started = time.process_time()
        for chunk in range(0, len(block), DETECT_CHUNK):
            detector.scan_many([call.conversation for call in block[chunk : chunk + DETECT_CHUNK]])
        side.seconds["ccaudit"] += time.process_time() - started
        for name, engine in engines.items():
            for call in block:
                started = time.process_time()
                results = [
                    (turn.index, engine.analyze(turn.text, language=language_of(turn.text)))
                    for turn in call.conversation.turns
                ]
                side.seconds[name] += time.process_time() - started
                if name == recall_engine:
                    side.detections[call.conversation.id] = [
                        Detection(call.conversation.id, index, entity, r.start, r.end)
                        for index, turn_results in results
                        for r in turn_results
                        for entity in ENTITY_MAP.get(r.entity_type, ())
                    ]
        side.calls.extend(block)
    return side
