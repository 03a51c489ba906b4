"""FIFOs, devices and sockets are refused without being opened; a symlink loop or an unreadable
entry in a folder is one error line and the walk goes on (issue 11 §5, defects 8 and 9)."""

import os
import socket
import threading

from hostile import run

from ccaudit.ingest import ReadOptions, iter_input_files
from ccaudit.model import InputError


def test_a_fifo_named_on_the_command_line_is_refused_and_the_batch_goes_on(call, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    outcome = {}
    # Opening the FIFO would block, so the CLI runs in a thread the test does not wait on forever.
    scan = threading.Thread(
        target=lambda: outcome.update(result=run("scan", "--format", "jsonl", "-q", fifo, call)),
        daemon=True,
    )
    scan.start()
    scan.join(timeout=60)
    assert "result" in outcome, "the scan blocked on the FIFO"
    result = outcome["result"]
    assert result.exit_code == 2, result.output
    assert result.stderr == f"ccaudit: error: {fifo}: not a regular file (a FIFO)\n"
    assert '"CREDIT_CARD"' in result.stdout


def test_devices_and_sockets_named_on_the_command_line_are_refused(tmp_path):
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    try:
        items = list(iter_input_files(["/dev/null", str(tmp_path / "sock")], ReadOptions()))
    finally:
        server.close()
    assert [str(i) for i in items] == [
        "/dev/null: not a regular file (a character device)",
        f"{tmp_path / 'sock'}: not a regular file (a socket)",
    ]


def test_special_files_inside_a_folder_are_left_out_silently(call, tmp_path):
    os.mkfifo(tmp_path / "pipe")
    assert list(iter_input_files([str(tmp_path)], ReadOptions())) == [(call, str(call))]


def test_a_symlink_loop_inside_a_folder_is_one_error_and_the_walk_goes_on(call, tmp_path):
    (tmp_path / "a-loop").symlink_to(tmp_path / "a-loop")
    (tmp_path / "b-dangling").symlink_to(tmp_path / "missing")
    result = run("scan", tmp_path, "--format", "jsonl", "-q")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"ccaudit: error: {tmp_path / 'a-loop'}: cannot open (Too many levels of symbolic links)",
        f"ccaudit: error: {tmp_path / 'b-dangling'}: cannot open (broken symbolic link)",
    ]
    assert '"CREDIT_CARD"' in result.stdout


def test_a_symlink_loop_named_on_the_command_line_is_one_error(call, tmp_path):
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    items = list(iter_input_files([str(tmp_path / "loop"), str(call)], ReadOptions()))
    assert isinstance(items[0], InputError) and "symbolic links" in items[0].reason
    assert items[1:] == [(call, str(call))]


def test_an_unreadable_folder_is_one_error_and_the_walk_goes_on(call, tmp_path, monkeypatch):
    locked = tmp_path / "locked"  # chmod alone would not lock root out
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_input_files([str(tmp_path)], ReadOptions()))
    assert items[0] == (call, str(call))
    assert [str(i) for i in items[1:]] == [f"{locked}: cannot list directory (Permission denied)"]
