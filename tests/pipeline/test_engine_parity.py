"""Every engine yields the same events for the same batch: the property behind outputs that
are the same, byte for byte, whichever engine ran."""

from collections import Counter
from pathlib import Path

from ccaudit.ingest import ReadOptions
from ccaudit.model import InputError
from ccaudit.pipeline.analysis import input_files
from ccaudit.pipeline.events import ConversationResult
from ccaudit.pipeline.forked import TASK_ITEMS, ForkedEngine

FIXTURES = Path(__file__).parents[2] / "fixtures"


def fixture_items() -> list:
    items = list(input_files([str(FIXTURES), "no/such/file.txt"], ReadOptions()))
    return ["a marker before", *items, "a marker after"]


def test_forked_workers_yield_the_in_process_events(fixtures_analysis, fine_cut):
    items = fixture_items()
    expected = list(fixtures_analysis.run(items))

    forked = list(ForkedEngine(fixtures_analysis, 2).run(items))

    assert forked == expected
    per_file = Counter(e.conversation.path for e in expected if isinstance(e, ConversationResult))
    assert max(per_file.values()) > 1  # a file of many documents: sent in several messages
    assert any(isinstance(e, InputError) for e in expected)
    assert sum(len(e.findings) for e in expected if isinstance(e, ConversationResult)) > 100


def test_three_workers_on_the_default_cut_agree_too(fixtures_analysis):
    items = fixture_items()
    assert len(items) > TASK_ITEMS  # more than one task: the workers are used
    assert list(ForkedEngine(fixtures_analysis, 3).run(items)) == list(fixtures_analysis.run(items))
