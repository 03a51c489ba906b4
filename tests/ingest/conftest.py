"""Fixtures for the ingest tests: read a file the way the pipeline does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ccaudit.ingest import ReadOptions, read_conversations
from ccaudit.model import Conversation

ReadPath = Callable[..., list[Conversation]]


@pytest.fixture
def read_path() -> ReadPath:
    def read(path: Path, **options: Any) -> list[Conversation]:
        return list(read_conversations(path, str(path), ReadOptions(**options)))

    return read
