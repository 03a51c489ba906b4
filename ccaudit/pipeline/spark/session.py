"""The Spark session ccaudit runs in, and the one sentence it says when Spark is not there."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from ccaudit.errors import CcauditError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

NEEDS_SPARK = (
    "--engine spark needs pyspark and Java 17 or newer: pip install 'ccaudit[spark]' "
    "(and a JDK on PATH or JAVA_HOME)"
)


def spark_session() -> SparkSession:
    """The active session, or a new one: its master and settings come from Spark's own
    configuration (spark-submit, spark-defaults.conf, PYSPARK_SUBMIT_ARGS); without any,
    local[*]. Python workers run this interpreter unless PYSPARK_PYTHON names another: on a
    cluster, one with ccaudit installed on every executor."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise CcauditError(NEEDS_SPARK) from None
    try:
        builder = SparkSession.builder.appName("ccaudit")
        # Stage progress would be drawn over the output and ccaudit's own progress bar.
        session = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
    except Exception as exc:  # the JVM did not start: no Java, or no room for it
        raise CcauditError(f"{NEEDS_SPARK}; Spark did not start ({type(exc).__name__})") from None
    session.sparkContext.setLogLevel("ERROR")
    return session
