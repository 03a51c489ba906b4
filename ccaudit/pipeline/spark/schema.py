"""Spark schemas: the JSONL contract's fields as columns, and the rows the CLI engine uses.

tests/pipeline/test_spark.py checks these against Finding.as_dict and RuleResult.as_dict, so
a field added to the contract cannot be forgotten here.
"""

LOCATOR = "struct<`line`: int, `pointer`: string, `row`: int, `column`: string>"

FINDING_COLUMNS = (
    ("path", "string"),
    ("conversation_id", "string"),
    ("entity_type", "string"),
    ("start", "int"),
    ("end", "int"),
    ("score", "double"),
    ("validated", "boolean"),
    ("masked", "string"),
    ("severity", "string"),
    ("speaker", "string"),
    ("speaker_inferred", "boolean"),
    ("speaker_label", "string"),
    ("turn", "int"),
    ("start_ms", "long"),
    ("group", "string"),
    ("recognizer", "string"),
    ("missed_by_vendor", "boolean"),
    ("internal_note", "boolean"),
    ("locator", LOCATOR),
    ("fingerprint", "string"),
)

RULE_RESULT_COLUMNS = (
    ("path", "string"),
    ("call_id", "string"),
    ("agent_id", "string"),
    ("pack", "string"),
    ("rule_id", "string"),
    ("title", "string"),
    ("status", "string"),
    ("severity", "string"),
    ("turn", "int"),
    ("start_ms", "long"),
    ("evidence", "string"),
    ("reason", "string"),
    ("reason_th", "string"),
    ("section", "string"),
    ("weight", "double"),
    ("auto_fail", "boolean"),
    ("also_rules", "array<string>"),
    ("locator", LOCATOR),
)

ERROR_COLUMNS = (("path", "string"), ("reason", "string"))

# One row per input file for the CLI engine: where the file stands in the batch's order, and
# its events, pickled (they go from ccaudit on an executor to ccaudit on the driver).
EVENT_COLUMNS = (("argument", "int"), ("order", "string"), ("events", "binary"))


def ddl(columns: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in columns)
