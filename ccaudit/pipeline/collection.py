"""The cyclic garbage collector while the `ccaudit` program starts.

Before its first file, a scan imports Presidio, spaCy and pythainlp and builds the detector:
hundreds of thousands of objects that live until the program ends, and next to no cyclic
garbage. Run on its usual thresholds while they are made, the collector walks them again and
again (a tenth of a one-file scan's CPU, and as much again when the interpreter ends). So the
program (ccaudit.cli.run) pauses it for the commands that analyse a batch, and the engine
freezes what was built and resumes it before the first file: from then on it walks only what
the batch makes. Only the program pauses it: an import of ccaudit leaves the collector alone.
"""

from __future__ import annotations

import gc

_paused_at_start = False
# Allocations between two collections of the youngest objects during a batch (700 by default).
BATCH_YOUNG_THRESHOLD = 10_000


def pause_while_starting() -> None:
    global _paused_at_start
    if gc.isenabled():
        gc.disable()
        _paused_at_start = True


def resume_for_the_batch() -> None:
    """Once the analysis is built; nothing happens unless pause_while_starting paused it."""
    global _paused_at_start
    if _paused_at_start:
        _paused_at_start = False
        gc.freeze()
        # A batch makes millions of short-lived objects, nearly all freed by their reference
        # counts; collecting every 700 allocations spent some 3% of its CPU finding nothing.
        gc.set_threshold(BATCH_YOUNG_THRESHOLD)
        gc.enable()
