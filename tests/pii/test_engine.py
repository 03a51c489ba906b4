"""The engine's context step gives what Presidio's own gives, sorted in one pass."""

import copy

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from ccaudit.pii.engine import build_analyzer, empty_artifacts

BATCH = "\n".join(
    [
        "Card number 4532015112830366 please, and my phone is 081-234-5678",
        "เลขบัตรประชาชน 1-1017-00230-70-8 ค่ะ โทร 0812345678",
        "account 123-4-56789-0 and otp 482913, email somchai.j@example.co.th",
        "คุณสมชาย born 12/03/1985, passport AA1234567",
    ]
)


def _raw_results(analyzer: AnalyzerEngine, language: str) -> tuple[list, list, object]:
    recognizers = analyzer.registry.get_recognizers(language, all_fields=True)
    artifacts = empty_artifacts(analyzer.nlp_engine, language)
    results = []
    for recognizer in recognizers:
        for result in recognizer.analyze(BATCH, None, artifacts) or []:
            result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = recognizer.id
            results.append(result)
    return recognizers, results, artifacts


def _summary(results: list[RecognizerResult]) -> list[tuple]:
    return [(r.entity_type, r.start, r.end, round(r.score, 6)) for r in results]


def test_context_step_matches_presidios_own():
    analyzer = build_analyzer()
    for language in ("th", "en"):
        recognizers, results, artifacts = _raw_results(analyzer, language)
        assert len({r.entity_type for r in results}) >= 5
        ours = analyzer._enhance_using_context(
            BATCH, copy.deepcopy(results), artifacts, recognizers
        )
        presidios = AnalyzerEngine._enhance_using_context(
            analyzer, BATCH, copy.deepcopy(results), artifacts, recognizers
        )
        assert _summary(ours) == _summary(presidios)


def test_a_recognizer_with_its_own_context_hook_sees_its_results_and_the_others():
    analyzer = build_analyzer()
    recognizers, results, artifacts = _raw_results(analyzer, "en")
    key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
    found_by = {r.recognition_metadata[key] for r in results}
    hooked = next(r for r in recognizers if r.id in found_by)
    seen = {}

    def hook(text, raw_recognizer_results, other_raw_recognizer_results, nlp_artifacts, context):
        seen["own"], seen["others"] = raw_recognizer_results, other_raw_recognizer_results
        return []

    subclass = type("Hooked", (type(hooked),), {"enhance_using_context": staticmethod(hook)})
    hooked.__class__ = subclass
    try:
        enhanced = analyzer._enhance_using_context(BATCH, results, artifacts, recognizers)
    finally:
        hooked.__class__ = subclass.__bases__[0]
    assert seen["own"] and seen["others"]
    assert seen["own"] == [r for r in results if r.recognition_metadata[key] == hooked.id]
    assert seen["others"] == [r for r in results if r.recognition_metadata[key] != hooked.id]
    assert not any(r.recognition_metadata[key] == hooked.id for r in enhanced)
