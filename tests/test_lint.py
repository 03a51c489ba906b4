"""The code keeps the project's style: ruff's checks and its formatting (pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
CHECKED = ["ccaudit", "tests", "benchmarks"]


def _ruff(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *arguments, *CHECKED],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_ruff_finds_nothing():
    result = _ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_code_is_formatted():
    result = _ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout[-3000:]
