import sqlite3

import pytest

from ccaudit.errors import CcauditError
from ccaudit.store import open_database
from ccaudit.store.flagged import flagged_items
from ccaudit.store.migrations import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from ccaudit.store.selection import CallSelection


def test_new_database_is_at_the_current_schema(tmp_path):
    connection = open_database(tmp_path / "a.db", create=True)
    assert schema_version(connection) == SCHEMA_VERSION == len(MIGRATIONS)


def test_version_1_database_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    migrate(old, target=1)
    old.execute(
        "INSERT INTO runs (started_at, tool_version, recognizers, rule_packs, options, "
        "hash_keyed) VALUES ('2026-01-01', '0.0.1', '[]', '[]', '{}', 0)"
    )
    old.commit()
    assert "decisions" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    old.close()

    connection = open_database(path)
    assert schema_version(connection) == SCHEMA_VERSION
    assert connection.execute("SELECT tool_version FROM runs").fetchone()[0] == "0.0.1"
    assert connection.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0


def test_version_2_database_gets_an_empty_thai_reason_and_falls_back_to_english(tmp_path):
    path = tmp_path / "v2.db"
    old = sqlite3.connect(path)
    migrate(old, target=2)
    old.executescript(
        """
        INSERT INTO runs VALUES (1, '2026-01-01', NULL, '0.0.1', '[]', '[]', '{}', 0);
        INSERT INTO input_files VALUES (1, 'abc', 'sig', 10, 'text', 'a.txt', 1);
        INSERT INTO run_files VALUES (1, 1, 'a.txt', 0);
        INSERT INTO calls VALUES (1, 1, 'CALL-1', NULL, 'voice', 'th', 'text', NULL, 2, 0.0);
        INSERT INTO rule_results VALUES (1, 1, 'th-banking', 'greeting', 'ทักทาย', 'fail', 2,
            NULL, NULL, '', 'speaker roles unknown', 'key');
        """
    )
    old.close()

    connection = open_database(path)
    assert schema_version(connection) == SCHEMA_VERSION
    assert connection.execute("SELECT reason_th FROM rule_results").fetchone()[0] == ""
    [item] = flagged_items(connection, CallSelection((1,)), lang="th")
    assert item.excerpt == "speaker roles unknown"


def test_missing_database_is_a_one_line_error(tmp_path):
    with pytest.raises(CcauditError, match="no such audit database"):
        open_database(tmp_path / "absent.db")


def test_corrupt_database_is_a_one_line_error(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(CcauditError, match="not a ccaudit audit database") as info:
        open_database(path)
    assert "\n" not in info.value.message


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE songs (title TEXT)")
    other.commit()
    other.close()
    with pytest.raises(CcauditError, match="not one ccaudit wrote"):
        open_database(path)


def test_database_from_a_newer_ccaudit_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_database(path, create=True).close()
    newer = sqlite3.connect(path)
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    newer.close()
    with pytest.raises(CcauditError, match="newer ccaudit"):
        open_database(path)


def test_database_in_a_missing_directory_is_a_one_line_error(tmp_path):
    with pytest.raises(CcauditError, match="cannot open"):
        open_database(tmp_path / "no" / "such" / "dir.db", create=True)


def test_version_3_database_gains_scorecard_columns_and_call_dates(tmp_path):
    path = tmp_path / "v3.db"
    old = sqlite3.connect(path)
    migrate(old, target=3)
    old.executescript(
        """
        INSERT INTO runs VALUES (1, '2026-01-01', NULL, '0.0.1', '[]', '[]', '{}', 0);
        INSERT INTO input_files VALUES (1, 'abc', 'sig', 10, 'text', 'a.txt', 1);
        INSERT INTO run_files VALUES (1, 1, 'a.txt', 0);
        INSERT INTO calls VALUES (1, 1, 'CALL-1', NULL, 'voice', 'th', 'text',
            '2026-11-03T10:00:00', 2, 0.0);
        INSERT INTO calls VALUES (2, 1, 'CALL-2', NULL, 'voice', 'th', 'text', 'Tuesday', 2, 0.0);
        INSERT INTO findings VALUES (1, 1, 'PERSON', 1, 0.9, 0, '****', NULL, 0, NULL,
            'agent', NULL, '{}', 0, 'person', 'k', 'f');
        """
    )
    old.commit()
    old.close()
    connection = open_database(path)
    dates = dict(connection.execute("SELECT call_id, call_date FROM calls"))
    assert dates == {"CALL-1": "2026-11-03", "CALL-2": None}
    assert connection.execute("SELECT disposition FROM findings").fetchone()[0] == "incident"
    assert connection.execute("SELECT count(*) FROM context_turns").fetchone()[0] == 0
