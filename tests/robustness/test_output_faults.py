"""A full disk or another I/O error while writing an output is `ccaudit: error:`, exit 2, and
the old target is kept (issue 11 §6, defect 10)."""

import contextlib
import errno
import io
import os
import resource
import sys

import pytest
from hostile import run

from ccaudit.errors import CcauditError
from ccaudit.output.atomic import atomic_output

CALL = "Agent ID: A-1\nAgent: สวัสดีค่ะ\nCustomer: บัตร 4532015112830366 ค่ะ\n" * 20
OLD = "the previous report\n"


@pytest.fixture
def call(tmp_path):
    path = tmp_path / "in" / "call.txt"
    path.parent.mkdir()
    path.write_text(CALL, encoding="utf-8")
    return path


@contextlib.contextmanager
def file_size_limit(limit: int):
    """Writing a file past `limit` bytes fails with EFBIG, as writing to a full disk fails with
    ENOSPC (Python ignores the SIGXFSZ that comes with it)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def test_scan_output_that_cannot_be_written(call, tmp_path):
    out = tmp_path / "findings.jsonl"
    out.write_text(OLD, encoding="utf-8")
    with file_size_limit(2000):
        result = run("scan", call, "--format", "jsonl", "-o", out)
    assert result.exit_code == 2
    assert result.stderr == f"ccaudit: error: {out}: cannot write (File too large)\n"
    assert out.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.jsonl", "in"]


def test_report_that_cannot_be_written(call, tmp_path):
    db = tmp_path / "audit.db"
    assert run("audit", call, "--db", db).exit_code == 1
    out = tmp_path / "reports"
    out.mkdir()
    (out / "agent-A-1.pdf").write_text(OLD, encoding="utf-8")
    with file_size_limit(8000):
        result = run("report", "--db", db, "--out", out)
    assert result.exit_code == 2
    assert (
        result.stderr == f"ccaudit: error: {out / 'agent-A-1.pdf'}: cannot write (File too large)\n"
    )
    assert (out / "agent-A-1.pdf").read_text(encoding="utf-8") == OLD
    assert [p.name for p in out.iterdir()] == ["agent-A-1.pdf"]


def test_a_failure_at_the_last_moment_keeps_the_old_target(call, tmp_path, monkeypatch):
    out = tmp_path / "findings.jsonl"
    out.write_text(OLD, encoding="utf-8")

    def full_disk(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_disk)
    result = run("scan", call, "--format", "jsonl", "-o", out)
    assert result.exit_code == 2
    assert result.stderr == f"ccaudit: error: {out}: cannot write (No space left on device)\n"
    assert out.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.jsonl", "in"]


def test_full_disk_on_stdout(monkeypatch):
    with open("/dev/full", "w") as full:
        monkeypatch.setattr(sys, "stdout", full)
        with pytest.raises(CcauditError) as raised, atomic_output(None) as stream:
            stream.write("x" * io.DEFAULT_BUFFER_SIZE * 2)
    assert raised.value.format_message() == "cannot write the output (No space left on device)"


def test_an_output_that_is_a_fifo_or_device_is_written_to_not_replaced(call, tmp_path):
    import stat
    import threading

    fifo = tmp_path / "findings.pipe"  # stands for /dev/null or /dev/stdout, which must survive
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()), daemon=True)
    reader.start()
    result = run("scan", "--format", "jsonl", "-q", "-o", fifo, call)
    reader.join(timeout=60)
    assert result.exit_code == 1, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received and '"CREDIT_CARD"' in received[0]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
