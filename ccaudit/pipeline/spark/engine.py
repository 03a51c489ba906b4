"""`--engine spark`: the batch's files read by Spark from any Hadoop-readable URI, analysed on
the executors, and their events handed back in the order the local engines give them."""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator, Sequence

from ccaudit.model import InputError
from ccaudit.pipeline.spark.executor import analysis_for, document_events
from ccaudit.pipeline.spark.schema import EVENT_COLUMNS, ddl
from ccaudit.pipeline.spark.session import spark_session
from ccaudit.pipeline.spec import AnalysisSpec

# Below this many partitions per core, a small batch would leave cores idle.
PARTITIONS_PER_CORE = 4


class SparkEngine:
    def __init__(self, spec: AnalysisSpec):
        self.spec = spec
        self.session = spark_session()

    def run_paths(self, paths: Sequence[str]) -> Iterator[object]:
        """Like the local engines: each directory walked recursively, files in name order at
        every level, named by the path given plus their place under it. (Spark's file listing
        also leaves out names starting with `_`.)"""
        roots = [self._qualified(p) for p in paths]
        found = [(n, p) for n, (p, root) in enumerate(zip(paths, roots, strict=True)) if root]
        rows = self._event_rows(found, roots) if found else iter(())
        missing = [n for n, root in enumerate(roots) if root is None]
        try:
            for row in rows:
                while missing and missing[0] < row.argument:
                    yield InputError(paths[missing.pop(0)], "no such file or directory")
                yield from pickle.loads(row.events)
            for number in missing:
                yield InputError(paths[number], "no such file or directory")
        finally:
            self.session.catalog.clearCache()

    def _event_rows(self, found: list[tuple[int, str]], roots: list[str | None]) -> Iterator:
        from pyspark import StorageLevel
        from pyspark.sql import functions as F

        frames = [
            self.session.read.format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(path)
            .select(F.lit(number).alias("argument"), "path", "content")
            for number, path in found
        ]
        files = frames[0]
        for frame in frames[1:]:
            files = files.unionByName(frame)
        cores = self.session.sparkContext.defaultParallelism
        files = files.repartition(cores * PARTITIONS_PER_CORE)
        given = {number: path for number, path in found}
        events = files.mapInPandas(_file_events(self.spec, given, roots), schema=ddl(EVENT_COLUMNS))
        # Sorting samples its input first: kept, the files are analysed once, not twice.
        events = events.persist(StorageLevel.MEMORY_AND_DISK)
        return events.orderBy("argument", "order").toLocalIterator()

    def _qualified(self, path: str) -> str | None:
        """The path as Spark lists it (`file:/…`, `s3a://…`), or None where there is nothing."""
        jvm = self.session.sparkContext._jvm
        hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
        filesystem = hadoop_path.getFileSystem(self.session.sparkContext._jsc.hadoopConfiguration())
        if not filesystem.exists(hadoop_path):
            return None
        return filesystem.makeQualified(hadoop_path).toString()


def _file_events(spec: AnalysisSpec, given: dict[int, str], roots: list[str | None]):
    """The function each executor runs over its share of the files (a closure Spark ships)."""

    def run(frames):
        import pandas as pd

        analysis = analysis_for(spec)
        skipped = {str(p) for p in spec.read_options.skip_files}
        for frame in frames:
            rows = []
            for argument, uri, content in zip(
                frame["argument"], frame["path"], frame["content"], strict=True
            ):
                inside = uri[len(roots[argument]) :].lstrip("/")
                if uri.startswith("file:") and os.path.realpath(uri[5:]) in skipped:
                    continue
                display = os.path.join(given[argument], inside) if inside else given[argument]
                events = document_events(analysis, display, bytes(content))
                # Name order at every level of the walk: "/" sorts before any name's letters.
                rows.append((argument, inside.replace("/", "\x01"), pickle.dumps(events)))
            yield pd.DataFrame(rows, columns=[name for name, _ in EVENT_COLUMNS])

    return run
