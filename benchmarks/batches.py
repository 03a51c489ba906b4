"""Batches of plain-text transcripts on disk for the scale benchmarks: the benchmark corpus's
calls written as transcripts, and grown to a size by concatenation.

Every file starts with its own call id, so no two files have the same bytes (an audit would
link a repeated file instead of analysing it again).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from benchmarks.corpus import Call, build_corpus

BASE_CALLS = 1000


def transcript(call: Call) -> str:
    conversation = call.conversation
    lines = [f"{turn.speaker}: {turn.text}" for turn in conversation.turns]
    return f"Agent ID: {conversation.agent_id}\n" + "\n".join(lines) + "\n"


def base_transcripts(seed: int = 5) -> list[str]:
    """About 1 MB of calls, with PII in every variant the corpus plants."""
    return [transcript(call) for call in build_corpus(BASE_CALLS, seed)]


def write_files(folder: Path, size: int, files: int, seed: int = 5) -> int:
    """`files` transcripts of about size/files bytes each; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    calls = itertools.cycle(base_transcripts(seed))
    per_file = max(size // files, 1)
    written = 0
    for number in range(files):
        parts = [f"Call ID: batch-{number:06d}\n"]
        length = len(parts[0].encode())
        while length < per_file:
            parts.append(next(calls))
            length += len(parts[-1].encode())
        path = folder / f"{number // 1000:03d}" / f"call-{number:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text("".join(parts), encoding="utf-8")
        written += length
    return written


def write_one_file(path: Path, size: int, seed: int = 5) -> int:
    """One transcript of about `size` bytes: the base calls over and over."""
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Call ID: one-large-file\n")
        for call in itertools.cycle(base_transcripts(seed)):
            if written >= size:
                break
            handle.write(call)
            written += len(call.encode())
    return written
