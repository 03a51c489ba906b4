"""Spark, for batches beyond one machine (`pip install ccaudit[spark]`).

- `scan_documents` and `check_documents` take a DataFrame of documents (`path`, and `content`
  bytes or `text`) and return a DataFrame of findings or rule results whose columns are the
  JSONL contract's fields: for notebooks on a data lake.
- `SparkEngine` is `ccaudit scan|check --engine spark`: files from any Hadoop-readable URI,
  analysed on the executors, their events back in the order the CLI reads files, so its
  output is the local engines' output.

Each executor builds the detector, the rule packs and the hash key once (per Python worker
process) and reuses them for every document it gets.
"""

from ccaudit.pipeline.spark.documents import check_documents, document_errors, scan_documents

__all__ = ["check_documents", "document_errors", "scan_documents"]
