"""`ccaudit ... | head -1`: a reader that goes away keeps the exit code the command means, with
no traceback and no "Exception ignored" message. Real processes, since the message comes from
the interpreter's last flush."""

import io
import os
import subprocess
import sys

import pytest
from planted import TRANSCRIPT

from ccaudit.cli.stdout import PipeSafeStream

ENTRY = "from ccaudit.cli import main; main()"


def run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess:
    """The command's stdout is a pipe whose reader has already gone, as after `| head -1`."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        env = {k: v for k, v in os.environ.items() if k != "CI"}
        return subprocess.run(
            [sys.executable, "-c", ENTRY, *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=600,
        )
    finally:
        os.close(write_end)


def assert_quiet(stderr: str) -> None:
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
    assert "BrokenPipeError" not in stderr


def test_scan_keeps_its_exit_code(tmp_path):
    (tmp_path / "call-1.txt").write_text(TRANSCRIPT, encoding="utf-8")
    # Findings, none at or above critical: the scan means 0 (Click's pipe handling said 1).
    done = run_into_closed_pipe("scan", str(tmp_path), "--format", "jsonl", "--fail-on",
                                "critical", "--entities", "PHONE_NUMBER,TH_TNIN", "-q")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert_quiet(done.stderr)


@pytest.mark.parametrize("args", [("formats",), ("review", "--db", "{db}", "list")])
def test_commands_writing_to_stdout_keep_exit_0(sample_db, args):
    done = run_into_closed_pipe(*(a.format(db=sample_db) for a in args))
    assert done.returncode == 0, done.stderr
    assert_quiet(done.stderr)


def test_the_rest_of_the_output_is_dropped_once_the_reader_is_gone():
    read_end, write_end = os.pipe()
    os.close(read_end)
    raw = io.TextIOWrapper(io.FileIO(write_end, "w"), encoding="utf-8", write_through=True)
    stream = PipeSafeStream(raw)
    assert stream.write("first line\n") == len("first line\n")
    assert stream.write("second line\n") == len("second line\n")
    stream.buffer.write(b"bytes too\n")
    stream.flush()
    raw.close()


def test_other_write_errors_still_raise():
    class Full(io.StringIO):
        def write(self, text):
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        PipeSafeStream(Full()).write("x")
