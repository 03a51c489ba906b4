"""Opening the audit database: one SQLite file, checked and migrated before anything reads it."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ccaudit.errors import CcauditError
from ccaudit.store.migrations import SCHEMA_VERSION, migrate, schema_version

EXPECTED_TABLES = {"runs", "input_files", "calls", "findings", "rule_results"}


def open_database(path: Path, create: bool = False) -> sqlite3.Connection:
    """A migrated connection; CcauditError for a missing, corrupt or too-new database."""
    if not path.exists() and not create:
        raise CcauditError(f"{path}: no such audit database (run `ccaudit audit --db {path}`)")
    if path.is_dir():
        raise CcauditError(f"{path}: is a directory, not an audit database")
    try:
        connection = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise CcauditError(f"{path}: cannot open audit database ({exc})") from None
    try:
        _check_and_migrate(connection, path)
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise CcauditError(f"{path}: not a ccaudit audit database ({exc})") from None
    except CcauditError:
        connection.close()
        raise
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _check_and_migrate(connection: sqlite3.Connection, path: Path) -> None:
    version = schema_version(connection)
    if version > SCHEMA_VERSION:
        raise CcauditError(
            f"{path}: written by a newer ccaudit (schema {version}, this version reads up to "
            f"{SCHEMA_VERSION}); upgrade ccaudit"
        )
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if version == 0 and tables:
        raise CcauditError(f"{path}: an SQLite database, but not one ccaudit wrote")
    if version > 0 and not tables >= EXPECTED_TABLES:
        raise CcauditError(f"{path}: audit database is missing tables; it may be damaged")
    migrate(connection)


def translate_database_errors(command: Callable) -> Callable:
    """A locked or damaged database mid-command is one line for the user, not a traceback."""

    @functools.wraps(command)
    def guarded(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except sqlite3.Error as exc:
            raise CcauditError(f"audit database error ({exc})") from None

    return guarded
