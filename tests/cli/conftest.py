import audit_samples
import pytest


@pytest.fixture
def sample_db(tmp_path):
    """A database holding the store tests' sample runs, for review and report commands."""
    path = tmp_path / "audit.db"
    audit_samples.build_sample_db(path).close()
    return path
