"""Run ccaudit's own command line over a folder and read its JSONL, as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CLI = "from ccaudit.cli import main; main()"


def ccaudit_jsonl(command: str, folder: Path, *options: str) -> list[dict]:
    """`ccaudit COMMAND FOLDER --format jsonl`; exit 1 (findings) is expected, 2 is reported."""
    env = dict(os.environ, PYTHAINLP_OFFLINE="1")
    done = subprocess.run(
        [sys.executable, "-c", CLI, command, str(folder), "--format", "jsonl", "-q", *options],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
