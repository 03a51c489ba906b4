"""Redacting opens no connection: presidio-anonymizer and the writers work offline too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
SCRIPT = """
import socket
def refuse(*a, **k):
    raise SystemExit("network access")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from ccaudit.cli import main
main(["redact", "fixtures/vendor", "--out", {out!r}, "--operator", "PERSON=hash",
      "--operator", "CREDIT_CARD=replace", "--hash-key", "k", "-q"])
"""


def test_a_fresh_interpreter_redacts_offline(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(out=str(tmp_path / "out"))],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"},
        cwd=str(ROOT),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(list((tmp_path / "out").rglob("*.json"))) > 10
