"""What runs on a Spark executor: the analysis, built once per Python worker process, over
documents that arrive as bytes.

A document is written to a private temporary file under its own name and read by the same
readers as a local file (a reader may name a call after its file), so an executor's events
for it are the ones a local engine gives.
"""

from __future__ import annotations

import hashlib
import pickle
import tempfile
from pathlib import Path, PurePosixPath

from ccaudit.pipeline.analysis import Analysis
from ccaudit.pipeline.events import FileDone, InputFile
from ccaudit.pipeline.spec import AnalysisSpec

_BUILT: dict[str, Analysis] = {}


def analysis_for(spec: AnalysisSpec) -> Analysis:
    """Spark hands every task its own copy of the spec; one built analysis serves them all."""
    key = hashlib.sha256(pickle.dumps(spec)).hexdigest()
    if key not in _BUILT:
        _BUILT.clear()
        _BUILT[key] = spec.build()
    return _BUILT[key]


def document_events(analysis: Analysis, display: str, content: bytes) -> list[object]:
    with tempfile.TemporaryDirectory(prefix="ccaudit-") as folder:
        path = Path(folder) / (PurePosixPath(display).name or "document")
        path.write_bytes(content)
        events = list(analysis.run([InputFile(path, display)]))
    return [FileDone(Path(display), e.size) if isinstance(e, FileDone) else e for e in events]
