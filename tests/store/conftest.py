import pytest
from audit_samples import build_sample_db


@pytest.fixture
def sample_db(tmp_path):
    path = tmp_path / "audit.db"
    connection = build_sample_db(path)
    yield path, connection
    connection.close()
