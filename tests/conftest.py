"""Helpers shared across test folders, loaded by path so any pytest import mode finds them."""

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import settings

TESTS = Path(__file__).parent

# Properties are about results, not speed: a shared or loaded machine must not fail them on
# Hypothesis's default 200 ms per example.
settings.register_profile("ccaudit", deadline=None)
settings.load_profile("ccaudit")


def load_by_path(name: str, path: Path):
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


audit_samples = load_by_path("audit_samples", TESTS / "store" / "audit_samples.py")
load_by_path("report_helpers", TESTS / "report" / "report_helpers.py")
load_by_path("hostile", TESTS / "robustness" / "hostile.py")


@pytest.fixture
def sample_db(tmp_path):
    """A database holding the store tests' sample runs, and a connection to it."""
    path = tmp_path / "audit.db"
    connection = audit_samples.build_sample_db(path)
    yield path, connection
    connection.close()


@pytest.fixture(scope="session")
def spark():
    """One local[2] session for tests/pipeline and tests/redact; skipped, saying why, without
    pyspark or Java."""
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install ccaudit[spark])")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("no Java: Spark needs a JDK (17 or newer) on PATH or in JAVA_HOME")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # test traffic stays on loopback
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers with ccaudit installed
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    yield session
    session.stop()
