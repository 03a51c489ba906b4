"""The Presidio AnalyzerEngine ccaudit runs: our recognizers, blank spaCy, window context.

Nothing is downloaded: the NLP engine holds `spacy.blank` pipelines, or a NER model the
user installed themselves. Presidio's predefined recognizers are registered only for the
entity types asked for that ccaudit does not cover itself (ccaudit.pii.presidio_entities),
never its e-mail recognizer, whose tldextract would fetch the public suffix list.
"""

from __future__ import annotations

import logging
from collections import defaultdict

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from ccaudit.errors import CcauditError
from ccaudit.pii.context import WindowContextEnhancer
from ccaudit.pii.presidio_entities import recognizers_for
from ccaudit.pii.registry import RECOGNIZERS

LANGUAGES = ("en", "th")

# Presidio logs analysis decisions at INFO; those lines could quote the analysed text.
logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)


class LocalSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine that loads blank pipelines, or an installed model, never a download."""

    def __init__(self, spacy_model: str | None = None):
        models = [{"lang_code": code, "model_name": f"blank:{code}"} for code in LANGUAGES]
        if spacy_model:
            models[0] = {"lang_code": "en", "model_name": spacy_model}
        super().__init__(models=models)

    def load(self) -> None:
        self.nlp = _PipelinesOnDemand()
        for model in self.models:
            name = model["model_name"]
            if name.startswith("blank:"):
                self.nlp[model["lang_code"]] = name.removeprefix("blank:")
                continue
            try:
                self.nlp[model["lang_code"]] = spacy.load(name)
            except OSError:
                raise CcauditError(
                    f"spaCy model {name!r} is not installed; install it or drop --spacy-model"
                ) from None


class _PipelinesOnDemand(dict):
    """Language code -> spaCy pipeline, where a blank pipeline is made on first use.

    Without a NER model ccaudit's recognizers read characters and never ask spaCy for
    tokens, so a scan need not pay for building tokenizers it will not run.
    """

    def __getitem__(self, code: str):
        pipeline = super().__getitem__(code)
        if isinstance(pipeline, str):
            pipeline = self[code] = spacy.blank(pipeline)
        return pipeline


class CachedRecognizerRegistry(RecognizerRegistry):
    """A RecognizerRegistry that remembers which recognizers answer a request.

    AnalyzerEngine asks the registry twice per `analyze` call, and each time the registry
    filters every recognizer again. The answer depends only on the request and on the
    registered recognizers, which are part of the key, so adding one still takes effect.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._answers: dict[tuple, list[EntityRecognizer]] = {}

    def get_recognizers(
        self,
        language: str,
        entities: list[str] | None = None,
        all_fields: bool = False,
        ad_hoc_recognizers: list[EntityRecognizer] | None = None,
    ) -> list[EntityRecognizer]:
        if ad_hoc_recognizers:
            return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        key = (language, tuple(entities or ()), all_fields, tuple(self.recognizers))
        if key not in self._answers:
            self._answers[key] = super().get_recognizers(language, entities, all_fields)
        return list(self._answers[key])


class GroupingAnalyzerEngine(AnalyzerEngine):
    """An AnalyzerEngine whose context step sorts the results by recognizer in one pass.

    Presidio's own step walks every result once per recognizer to find that recognizer's
    results and the others', which on a batch of many turns costs recognizers times
    results. The same hooks are called with the same arguments, in the same order.
    """

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_recognizer: dict[str, list[RecognizerResult]] = defaultdict(list)
        for result in raw_results:
            by_recognizer[result.recognition_metadata[_RECOGNIZER_ID]].append(result)
        results = []
        for recognizer in recognizers:
            own = by_recognizer.get(recognizer.id, [])
            # The base hook returns its own results unchanged; only an override needs the others.
            if type(recognizer).enhance_using_context is not _BASE_RECOGNIZER_HOOK:
                others = [
                    r
                    for r in raw_results
                    if r.recognition_metadata[_RECOGNIZER_ID] != recognizer.id
                ]
                own = recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts,
                    context=context,
                )
            results.extend(own)
        return self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=results,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )


_RECOGNIZER_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_BASE_RECOGNIZER_HOOK = EntityRecognizer.enhance_using_context


def empty_artifacts(nlp_engine: NlpEngine, language: str) -> NlpArtifacts:
    """Artifacts for character-based recognizers: no tokens, so no tokenizer run."""
    return NlpArtifacts(
        entities=[], tokens=None, tokens_indices=[], lemmas=[], nlp_engine=None, language=language
    )


def build_analyzer(
    spacy_model: str | None = None, presidio_entities: frozenset[str] = frozenset()
) -> AnalyzerEngine:
    """`presidio_entities`: entity types of Presidio's predefined recognizers to add."""
    nlp_engine = LocalSpacyNlpEngine(spacy_model)
    registry = CachedRecognizerRegistry(supported_languages=list(LANGUAGES))
    for language in LANGUAGES:
        for recognizer_class in RECOGNIZERS:
            registry.add_recognizer(recognizer_class(supported_language=language))
    for recognizer in recognizers_for(presidio_entities, LANGUAGES):
        registry.add_recognizer(recognizer)
    if spacy_model:
        registry.add_recognizer(
            SpacyRecognizer(supported_language="en", supported_entities=["PERSON"])
        )
    return GroupingAnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=list(LANGUAGES),
        context_aware_enhancer=WindowContextEnhancer(),
    )
