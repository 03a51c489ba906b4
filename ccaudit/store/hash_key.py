"""The hash key a database was audited with, checked before a run adds to it.

Decisions are keyed on keyed fingerprints; audit with another key and every item would come
back unreviewed and every file would be stored again. The database keeps a check value (an
HMAC of a fixed string under the key, never the key) and refuses a run with another key, or
with none once a key was used.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ccaudit.errors import CcauditError
from ccaudit.masking import fingerprint

CHECK_SETTING = "hash_key_check"


def key_check_value(key: bytes | None) -> str | None:
    return fingerprint(key, "KEY_CHECK", "ccaudit")


def stored_key_check(connection: sqlite3.Connection) -> str | None:
    row = connection.execute(
        "SELECT value FROM settings WHERE name = ?", (CHECK_SETTING,)
    ).fetchone()
    return row[0] if row else None


def check_hash_key(connection: sqlite3.Connection, path: Path, key: bytes | None) -> None:
    """Record the key's check value on first use; refuse a key that does not match it."""
    stored = stored_key_check(connection)
    check = key_check_value(key)
    if stored is None:
        if check is not None:
            with connection:
                connection.execute("INSERT INTO settings VALUES (?, ?)", (CHECK_SETTING, check))
        return
    if check != stored:
        given = "another hash key" if key else "no hash key"
        raise CcauditError(
            f"{path}: audited with a hash key, and this run has {given}; pass the same "
            "--hash-key (or CCAUDIT_HASH_KEY), or audit into a new --db"
        )
