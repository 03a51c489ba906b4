"""Timed runs of ccaudit's detector: accuracy pass, throughput, and memory as a batch grows."""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass

from benchmarks.corpus import Call, generate_calls
from benchmarks.pii_eval.scoring import Detection

WARM_UP_CALLS = 5


@dataclass
class DetectorRun:
    detections: dict[str, list[Detection]]
    seconds_by_call: dict[str, float]
    init_seconds: float


def text_bytes(calls: list[Call]) -> int:
    return sum(len(t.text.encode("utf-8")) for c in calls for t in c.conversation.turns)


def build_detector():
    from ccaudit.pii import Detector

    started = time.process_time()
    detector = Detector()
    return detector, time.process_time() - started


def run_detector(detector, calls: list[Call], init_seconds: float) -> DetectorRun:
    """CPU time per call, after a warm-up on the first calls (lazy caches, first regex use)."""
    for call in calls[:WARM_UP_CALLS]:
        detector.scan(call.conversation)
    detections: dict[str, list[Detection]] = {}
    seconds: dict[str, float] = {}
    for call in calls:
        conversation = call.conversation
        started = time.process_time()
        findings = detector.scan(conversation)
        seconds[conversation.id] = time.process_time() - started
        detections[conversation.id] = [
            Detection(conversation.id, f.turn, f.entity_type, f.start, f.end, f.group)
            for f in findings
            if f.turn is not None
        ]
    return DetectorRun(detections, seconds, init_seconds)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_growth(detector, calls: int, seed: int) -> tuple[float, float, float]:
    """Peak RSS after streaming 1x, then 4x, freshly generated calls through the detector.

    Calls are generated and scanned one at a time and findings are dropped, as a batch
    scan streams files. A flat memory profile means the 4x stream adds almost nothing.
    """
    before = peak_rss_mb()
    for multiple, stream_seed in ((1, seed + 1), (4, seed + 2)):
        for call in generate_calls(calls * multiple, stream_seed):
            detector.scan(call.conversation)
        if multiple == 1:
            after_1x = peak_rss_mb()
    after_4x = peak_rss_mb()
    return before, after_1x, after_4x
