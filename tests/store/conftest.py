import importlib.util
import sys
from pathlib import Path

import pytest


def load_by_path(name: str, path: Path):
    """Shared test helpers, importable whatever pytest's import mode."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


audit_samples = load_by_path("audit_samples", Path(__file__).with_name("audit_samples.py"))


@pytest.fixture
def sample_db(tmp_path):
    path = tmp_path / "audit.db"
    connection = audit_samples.build_sample_db(path)
    yield path, connection
    connection.close()
