"""When the name lists load: each when a text first needs it, so that a one-file scan of
English reads no Thai list and a scan of Thai no census; but all of them before the process
forks, so that the workers of `--jobs` share one copy rather than each reading its own.
"""

from __future__ import annotations

import os
from functools import cache

from ccaudit.pii.names.english_lists import family_names, given_names
from ccaudit.pii.names.thai_cues import thai_name_hint
from ccaudit.pii.names.thai_lists import (
    common_verbs,
    common_words,
    dictionary_words,
    everyday_words,
    verbs,
)


def load_every_list() -> None:
    thai_name_hint()
    everyday_words()
    common_words()
    dictionary_words()
    verbs()
    common_verbs()
    given_names()
    family_names()


@cache
def load_every_list_before_forks() -> None:
    """Once per process; where processes cannot fork, nothing to do."""
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(before=load_every_list)
