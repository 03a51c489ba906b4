"""DataFrames in, DataFrames out, for notebooks: documents to findings or rule results.

    from ccaudit.pipeline.spark import scan_documents
    documents = spark.read.format("binaryFile").load("s3a://exports/calls/")
    findings = scan_documents(documents, DetectorOptions(hash_key=key))
    findings.write.json("s3a://audits/findings/")  # the JSONL contract, one finding a line

A documents frame has `path` and either `content` (bytes, as Spark's binaryFile source
gives) or `text` (a string). Each document is read as a file of that name would be.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ccaudit.ingest import ReadOptions
from ccaudit.model import InputError
from ccaudit.pipeline.events import ConversationResult
from ccaudit.pipeline.spark.executor import analysis_for, document_events
from ccaudit.pipeline.spark.schema import (
    ERROR_COLUMNS,
    FINDING_COLUMNS,
    RULE_RESULT_COLUMNS,
    ddl,
)
from ccaudit.pipeline.spec import AnalysisSpec

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

    from ccaudit.pii import DetectorOptions


def scan_documents(
    documents: DataFrame,
    detector: DetectorOptions | None = None,
    read_options: ReadOptions | None = None,
) -> DataFrame:
    """One row per finding, with the JSONL contract's fields as columns."""
    from ccaudit.pii import DetectorOptions

    spec = AnalysisSpec(read_options or ReadOptions(), detector or DetectorOptions())
    return _rows(documents, spec, FINDING_COLUMNS, _findings)


def check_documents(
    documents: DataFrame,
    packs: list[str] | None = None,
    lang: str = "auto",
    read_options: ReadOptions | None = None,
) -> DataFrame:
    """One row per rule result, as `ccaudit check --format jsonl` writes them. Without
    packs, each call is checked against the bundled packs of its language and pci-dss."""
    from ccaudit.adherence import load_packs
    from ccaudit.adherence.resolve import resolve_pack_paths
    from ccaudit.pii import DetectorOptions

    loaded = tuple(load_packs(resolve_pack_paths(packs or [])))
    spec = AnalysisSpec(
        read_options or ReadOptions(), DetectorOptions(language=lang), loaded, lang, not packs
    )
    return _rows(documents, spec, RULE_RESULT_COLUMNS, _rule_results)


def document_errors(documents: DataFrame, read_options: ReadOptions | None = None) -> DataFrame:
    """The documents that could not be read, and why (a document of many, such as an NDJSON
    file, has one row per bad line)."""
    from ccaudit.pii import DetectorOptions

    spec = AnalysisSpec(read_options or ReadOptions(), DetectorOptions())
    return _rows(documents, spec, ERROR_COLUMNS, _errors)


def _findings(event: object) -> list[dict]:
    return [f.as_dict() for f in event.findings] if isinstance(event, ConversationResult) else []


def _rule_results(event: object) -> list[dict]:
    if isinstance(event, ConversationResult):
        return [r.as_dict() for r in event.rule_results]
    return []


def _errors(event: object) -> list[dict]:
    return [{"path": event.path, "reason": event.reason}] if isinstance(event, InputError) else []


def _rows(
    documents: DataFrame,
    spec: AnalysisSpec,
    columns: tuple[tuple[str, str], ...],
    rows_of: Callable[[object], list[dict]],
) -> DataFrame:
    from pyspark.sql import functions as F

    content = F.col("content") if "content" in documents.columns else F.encode("text", "utf-8")
    frame = documents.select("path", content.alias("content"))
    names = [name for name, _ in columns]

    def run(frames):
        import pandas as pd

        analysis = analysis_for(spec)
        for batch in frames:
            rows = []
            for path, data in zip(batch["path"], batch["content"], strict=True):
                for event in document_events(analysis, path, bytes(data)):
                    rows.extend(rows_of(event))
            yield pd.DataFrame([[row.get(n) for n in names] for row in rows], columns=names)

    return frame.mapInPandas(run, schema=ddl(columns))
