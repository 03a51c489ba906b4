"""Timed runs of ccaudit's detector: accuracy pass, throughput, and memory as a batch grows."""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass

from benchmarks.corpus import Call, generate_calls
from benchmarks.pii_eval.scoring import Detection
from ccaudit.model import Conversation
from ccaudit.pipeline.analysis import DETECT_CHUNK

WARM_UP_CALLS = 5


@dataclass
class DetectorRun:
    detections: dict[str, list[Detection]]
    seconds: float
    init_seconds: float


def text_bytes(calls: list[Call]) -> int:
    return sum(len(t.text.encode("utf-8")) for c in calls for t in c.conversation.turns)


def build_detector():
    from ccaudit.pii import Detector

    started = time.process_time()
    detector = Detector()
    return detector, time.process_time() - started


def run_detector(detector, calls: list[Call], init_seconds: float, passes: int = 3) -> DetectorRun:
    """CPU time over the corpus, after a warm-up on the first calls (lazy caches, first regex
    use). Calls go through the detector DETECT_CHUNK at a time, as the scan pipeline feeds it.
    The corpus is scanned `passes` times and the median total counts: one pass takes under a
    second, short enough for another process on the machine to skew it either way.
    """
    detector.scan_many([call.conversation for call in calls[:WARM_UP_CALLS]])
    seconds = []
    for _ in range(passes):
        detections, spent = _timed_pass(detector, calls)
        seconds.append(spent)
    return DetectorRun(detections, sorted(seconds)[len(seconds) // 2], init_seconds)


def _timed_pass(detector, calls: list[Call]) -> tuple[dict[str, list[Detection]], float]:
    detections: dict[str, list[Detection]] = {}
    spent = 0.0
    for first in range(0, len(calls), DETECT_CHUNK):
        chunk = [call.conversation for call in calls[first : first + DETECT_CHUNK]]
        started = time.process_time()
        found = detector.scan_many(chunk)
        spent += time.process_time() - started
        for conversation, findings in zip(chunk, found, strict=True):
            detections[conversation.id] = [
                Detection(conversation.id, f.turn, f.entity_type, f.start, f.end, f.group)
                for f in findings
                if f.turn is not None
            ]
    return detections, spent


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_growth(detector, calls: int, seed: int) -> tuple[float, float, float]:
    """Peak RSS after streaming 1x, then 4x, freshly generated calls through the detector.

    Calls are generated and scanned DETECT_CHUNK at a time and findings are dropped, as a
    batch scan streams files. A flat memory profile means the 4x stream adds almost nothing.
    """
    before = peak_rss_mb()
    for multiple, stream_seed in ((1, seed + 1), (4, seed + 2)):
        chunk: list[Conversation] = []
        for call in generate_calls(calls * multiple, stream_seed):
            chunk.append(call.conversation)
            if len(chunk) == DETECT_CHUNK:
                detector.scan_many(chunk)
                chunk = []
        detector.scan_many(chunk)
        if multiple == 1:
            after_1x = peak_rss_mb()
    after_4x = peak_rss_mb()
    return before, after_1x, after_4x
