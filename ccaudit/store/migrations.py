"""Numbered schema migrations; `PRAGMA user_version` records how many have been applied.

Migrations only ever append: a database written by an older ccaudit is brought forward when
it is opened, and one written by a newer ccaudit is refused rather than misread.
"""

from __future__ import annotations

import sqlite3

MIGRATION_1_CORE = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    tool_version TEXT NOT NULL,
    recognizers TEXT NOT NULL,
    rule_packs TEXT NOT NULL,
    options TEXT NOT NULL,
    hash_keyed INTEGER NOT NULL
);
CREATE TABLE input_files (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    analysis TEXT NOT NULL,
    size INTEGER NOT NULL,
    format TEXT,
    path TEXT NOT NULL,
    first_run_id INTEGER NOT NULL REFERENCES runs(id),
    UNIQUE (sha256, analysis)
);
CREATE TABLE run_files (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    file_id INTEGER NOT NULL REFERENCES input_files(id),
    path TEXT NOT NULL,
    reused INTEGER NOT NULL,
    PRIMARY KEY (run_id, file_id)
);
CREATE TABLE run_errors (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    path TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE TABLE agents (
    id TEXT PRIMARY KEY,
    first_run_id INTEGER NOT NULL REFERENCES runs(id)
);
CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES input_files(id),
    call_id TEXT NOT NULL,
    agent_id TEXT REFERENCES agents(id),
    channel TEXT NOT NULL,
    language TEXT,
    source_format TEXT NOT NULL,
    started_at TEXT,
    turn_count INTEGER NOT NULL,
    adherence_score REAL
);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    call_row INTEGER NOT NULL REFERENCES calls(id),
    entity TEXT NOT NULL,
    severity INTEGER NOT NULL,
    score REAL NOT NULL,
    validated INTEGER NOT NULL,
    masked TEXT NOT NULL,
    fingerprint TEXT,
    turn INTEGER,
    start_ms INTEGER,
    speaker TEXT NOT NULL,
    group_id TEXT,
    locator TEXT NOT NULL,
    missed_by_vendor INTEGER NOT NULL,
    recognizer TEXT NOT NULL,
    identity_key TEXT NOT NULL,
    fallback_key TEXT NOT NULL
);
CREATE TABLE rule_results (
    id INTEGER PRIMARY KEY,
    call_row INTEGER NOT NULL REFERENCES calls(id),
    pack TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    severity INTEGER NOT NULL,
    turn INTEGER,
    start_ms INTEGER,
    evidence TEXT NOT NULL,
    reason TEXT NOT NULL,
    identity_key TEXT NOT NULL
);
"""

MIGRATION_2_REVIEW = """
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('finding', 'rule')),
    item TEXT NOT NULL,
    item_key TEXT NOT NULL,
    fallback_key TEXT NOT NULL,
    decision TEXT NOT NULL
        CHECK (decision IN ('confirmed', 'false_positive', 'accepted_risk')),
    reviewer TEXT NOT NULL,
    note TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
CREATE INDEX decisions_item ON decisions (item_key);
CREATE INDEX decisions_fallback ON decisions (fallback_key);
CREATE INDEX calls_file ON calls (file_id);
CREATE INDEX findings_call ON findings (call_row);
CREATE INDEX rule_results_call ON rule_results (call_row);
"""

# Rule results from before have no Thai reason; readers fall back to the English one.
MIGRATION_3_THAI_REASON = """
ALTER TABLE rule_results ADD COLUMN reason_th TEXT NOT NULL DEFAULT '';
"""

# A run whose finished_at is NULL never finished (killed, interrupted, or still going). A later
# run that finished with every file of it is its replacement.
MIGRATION_4_REPLACED_RUNS = """
ALTER TABLE runs ADD COLUMN replaced_by INTEGER REFERENCES runs(id);
"""

# Scorecards, call dates, expected PII apart from incidents, the masked turns around flagged
# items, and the hash key's check value. Rows stored before keep the defaults: a finding is an
# incident, a rule scores in no section with weight 1, and `review show` has no turns to show.
MIGRATION_5_SUPERVISOR = """
ALTER TABLE calls ADD COLUMN call_date TEXT;
UPDATE calls SET call_date = substr(started_at, 1, 10)
    WHERE started_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*';
CREATE INDEX calls_date ON calls (call_date);
ALTER TABLE findings ADD COLUMN disposition TEXT NOT NULL DEFAULT 'incident'
    CHECK (disposition IN ('expected', 'incident'));
ALTER TABLE findings ADD COLUMN internal_note INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rule_results ADD COLUMN section TEXT NOT NULL DEFAULT '';
ALTER TABLE rule_results ADD COLUMN weight REAL NOT NULL DEFAULT 1.0;
ALTER TABLE rule_results ADD COLUMN auto_fail INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rule_results ADD COLUMN also TEXT NOT NULL DEFAULT '[]';
CREATE TABLE context_turns (
    call_row INTEGER NOT NULL REFERENCES calls(id),
    turn INTEGER NOT NULL,
    role TEXT NOT NULL,
    start_ms INTEGER,
    text TEXT NOT NULL,
    PRIMARY KEY (call_row, turn)
);
CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

MIGRATIONS: tuple[str, ...] = (
    MIGRATION_1_CORE,
    MIGRATION_2_REVIEW,
    MIGRATION_3_THAI_REASON,
    MIGRATION_4_REPLACED_RUNS,
    MIGRATION_5_SUPERVISOR,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Apply each missing migration in its own transaction, bumping user_version with it."""
    current = schema_version(connection)
    for number in range(current + 1, target + 1):
        script = MIGRATIONS[number - 1]
        connection.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
