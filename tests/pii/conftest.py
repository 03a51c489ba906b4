from collections.abc import Callable

import pytest

from ccaudit.model import Conversation, Locator, Turn
from ccaudit.pii import Detector


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector()


def build_conversation(*turns: tuple[str, str], offset: int = 0) -> Conversation:
    """(role, text) turns laid out one per line in a file, the first at `offset`."""
    built = []
    for index, (role, text) in enumerate(turns):
        built.append(Turn(index, role, text, speaker=role, locator=Locator(offset=offset)))
        offset += len(text) + 1
    return Conversation("conv-1", "calls/conv-1.txt", "text", built)


@pytest.fixture
def conversation() -> Callable[..., Conversation]:
    return build_conversation
