import os
from collections.abc import Callable

import pytest

from ccaudit.normalize.offsets import NormalizedText

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


def _assert_consistent(result: NormalizedText, source: str) -> None:
    """Outside its edits the text equals the source, shifted by the edits before it."""
    src_pos = norm_pos = 0
    for edit in result.edits:
        assert src_pos <= edit.src_start <= edit.src_end <= len(source)
        assert norm_pos <= edit.norm_start <= edit.norm_end <= len(result.text)
        assert result.text[norm_pos : edit.norm_start] == source[src_pos : edit.src_start]
        src_pos, norm_pos = edit.src_end, edit.norm_end
    assert result.text[norm_pos:] == source[src_pos:]


@pytest.fixture(scope="session")
def assert_consistent() -> Callable[[NormalizedText, str], None]:
    return _assert_consistent
