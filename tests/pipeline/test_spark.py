"""Spark in local[2] gives what the local engines give: the same events, the same CLI output,
and the JSONL contract's rows from the DataFrame functions. Skipped, saying why, where pyspark
or Java is missing."""

import json
import sys
from pathlib import Path

from click.testing import CliRunner

from ccaudit.cli import main
from ccaudit.ingest import ReadOptions
from ccaudit.model import Finding, Locator, RuleResult, Severity
from ccaudit.pipeline.analysis import input_files
from ccaudit.pipeline.spark.schema import FINDING_COLUMNS, RULE_RESULT_COLUMNS

FIXTURES = Path(__file__).parents[2] / "fixtures"


def test_the_schemas_have_the_jsonl_contracts_fields():
    finding = Finding("p", "c", "CREDIT_CARD", 0, 1, 1.0, True, "*", Severity.high)
    finding.locator, finding.fingerprint = Locator(line=1), "fp"
    result = RuleResult("p", "c", "a", "pack", "rule", "title", "pass", Severity.low)
    result.locator = Locator(line=1)
    assert [name for name, _ in FINDING_COLUMNS] == list(finding.as_dict())
    assert [name for name, _ in RULE_RESULT_COLUMNS] == list(result.as_dict())


def test_the_spark_engine_yields_the_local_events(spark, fixtures_spec, fixtures_analysis):
    from ccaudit.pipeline.spark.engine import SparkEngine

    paths = [str(FIXTURES / "text"), "no/such/dir", str(FIXTURES / "vendor")]
    expected = list(fixtures_analysis.run(input_files(paths, ReadOptions())))

    assert list(SparkEngine(fixtures_spec).run_paths(paths)) == expected


def cli_output(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout


def test_scan_with_the_spark_engine_writes_what_one_process_writes(spark):
    args = ["scan", FIXTURES, "--format", "jsonl", "-q", "--hash-key", "k"]
    assert cli_output(*args, "--engine", "spark") == cli_output(*args, "--jobs", "1")


def test_check_with_the_spark_engine_writes_what_one_process_writes(spark):
    args = ["check", FIXTURES / "calls", "--format", "junit", "-q"]
    assert cli_output(*args, "--engine", "spark") == cli_output(*args, "--jobs", "1")


def without_nulls(value):
    """A null column and a missing JSON key say the same thing."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    return value


def rows(frame) -> list[dict]:
    return [without_nulls(row.asDict(recursive=True)) for row in frame.collect()]


def test_documents_frames_give_the_jsonl_rows(spark):
    from ccaudit.pipeline.spark import check_documents, document_errors, scan_documents

    folder = FIXTURES / "vendor"
    documents = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
    documents = documents.load(str(folder)).selectExpr("substr(path, 6) AS path", "content")
    texts = spark.createDataFrame(
        [("a.txt", "Agent: hello\nCustomer: my card is 4532015112830366\n"), ("b.bin", "\x00")],
        "path string, text string",
    )
    scan = ["scan", folder, "--format", "jsonl", "-q", "--jobs", "1"]
    check = ["check", folder, "--format", "jsonl", "-q", "--jobs", "1"]
    for frame, command in ((scan_documents(documents), scan), (check_documents(documents), check)):
        expected = []
        for line in cli_output(*command)[1].splitlines():
            row = without_nulls(json.loads(line))
            expected.append(row | {"path": str(Path(row["path"]).resolve())})
        assert sorted(rows(frame), key=json.dumps) == sorted(expected, key=json.dumps)
    assert [r["masked"] for r in rows(scan_documents(texts))] == ["453201******0366"]
    assert [r["path"] for r in rows(document_errors(texts))] == ["b.bin"]


def test_without_pyspark_the_spark_engine_is_a_one_line_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    result = CliRunner().invoke(main, ["scan", str(FIXTURES / "text"), "--engine", "spark"])
    assert result.exit_code == 2
    assert "pip install 'ccaudit[spark]'" in result.output and "Traceback" not in result.output
