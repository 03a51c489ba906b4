"""Engines under test: the fixtures' analysis, built once, and a forked engine cut fine."""

import pytest

from ccaudit.adherence import default_pack_paths, load_packs
from ccaudit.ingest import ReadOptions
from ccaudit.pii import DetectorOptions
from ccaudit.pipeline import forked, workers
from ccaudit.pipeline.spec import AnalysisSpec


@pytest.fixture(scope="session")
def fixtures_spec() -> AnalysisSpec:
    packs = tuple(load_packs(default_pack_paths()))
    return AnalysisSpec(
        ReadOptions(), DetectorOptions(hash_key=b"parity-key"), packs, match_language=True
    )


@pytest.fixture(scope="session")
def fixtures_analysis(fixtures_spec):
    return fixtures_spec.build()


@pytest.fixture
def fine_cut(monkeypatch):
    """Every file its own task, one task ahead per worker, every result its own message: the
    reordering, the hand-out window and the acknowledgements all get used on a small batch."""
    monkeypatch.setattr(forked, "TASK_BYTES", 1)
    monkeypatch.setattr(forked, "AHEAD", 1)
    monkeypatch.setattr(workers, "BATCH_RESULTS", 1)
