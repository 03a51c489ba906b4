import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "audit_samples", Path(__file__).parents[1] / "store" / "audit_samples.py"
)
audit_samples = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(audit_samples)


@pytest.fixture
def sample_db(tmp_path):
    """A database holding the store tests' sample runs, for review and report commands."""
    path = tmp_path / "audit.db"
    audit_samples.build_sample_db(path).close()
    return path
