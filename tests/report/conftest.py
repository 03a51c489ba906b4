import pytest
from report_helpers import audit_samples


@pytest.fixture
def sample_db(tmp_path):
    path = tmp_path / "audit.db"
    connection = audit_samples.build_sample_db(path)
    yield path, connection
    connection.close()
