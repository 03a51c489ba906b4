"""The audit store: SQLite runs, calls, findings, rule results, review decisions, baselines."""

from ccaudit.store.baseline import Baseline, load_baseline, write_baseline
from ccaudit.store.database import open_database
from ccaudit.store.decisions import DECISIONS, DecisionRecord
from ccaudit.store.recorder import RunInfo, RunRecorder

__all__ = [
    "DECISIONS",
    "Baseline",
    "DecisionRecord",
    "RunInfo",
    "RunRecorder",
    "load_baseline",
    "open_database",
    "write_baseline",
]
