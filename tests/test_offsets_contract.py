"""For text inputs, a finding's start/end are offsets into the decoded file: check every fixture."""

from pathlib import Path

import pytest

from ccaudit.ingest import ReadOptions
from ccaudit.ingest.base import Source
from ccaudit.masking import mask_value
from ccaudit.normalize import normalize
from ccaudit.pii import Detector
from ccaudit.pipeline.analysis import Analysis, input_files
from ccaudit.pipeline.events import ConversationResult

FIXTURES = Path(__file__).parents[1] / "fixtures"


def text_located_findings():
    detector = Detector()
    analysis = Analysis(ReadOptions(), detector.scan_many)
    for event in analysis.run(input_files([str(FIXTURES)], ReadOptions())):
        if not isinstance(event, ConversationResult):
            continue
        for finding in event.findings:
            if finding.locator.pointer is None and finding.locator.row is None:
                yield finding


FINDINGS = list(text_located_findings())


def test_the_fixtures_have_text_located_findings_in_several_formats():
    assert len({Path(f.path).suffix for f in FINDINGS}) >= 4


@pytest.mark.parametrize(
    "finding",
    [f for f in FINDINGS if f.group is None],
    ids=lambda f: f"{Path(f.path).name}:{f.start}:{f.entity_type}",
)
def test_file_slice_is_the_value_as_written(finding):
    path = Path(finding.path)
    text = Source(path).text()
    written = text[finding.start : finding.end]
    # Masks are made from the value as read (spoken digits as digits): read the slice again.
    assert mask_value(finding.entity_type, normalize(written).text) == finding.masked
