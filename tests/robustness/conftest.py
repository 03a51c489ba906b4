"""The robustness suite (issue 11): hostile names, undetected values, faults and fuzzing."""

import pytest
from hostile import CALL


@pytest.fixture
def call(tmp_path):
    """A call with a card number in it, alone in its folder."""
    path = tmp_path / "call.txt"
    path.write_text(CALL, encoding="utf-8")
    return path
