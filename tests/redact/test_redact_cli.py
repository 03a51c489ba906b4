"""`ccaudit redact` end to end: where copies go, what is refused, exit codes, verification
and the manifest; planted values are searched for in every artifact."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import re
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from ccaudit.cli import main

CARD = "4532015112830366"
THAI_ID = "1101700203450"
PHONE = "0812345678"
NAME = "Somchai"
TRANSCRIPT = (
    "Agent ID: A-1001\n"
    "Agent: Thank you for calling, how can I help?\n"
    f"Customer: my name is {NAME}, my card is {CARD}\n"
    f"Customer: เลขบัตรประชาชน {THAI_ID} เบอร์ {PHONE} ค่ะ\n"
    # The detector finds the name where it is said; the sweep finds it in a reference code.
    f"Agent: thank you, case ref {NAME.upper()}_01\n"
)
PLANTED = (CARD, THAI_ID, PHONE, NAME)


@pytest.fixture
def calls(tmp_path: Path) -> Path:
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "call-1.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (folder / "quiet.txt").write_text("Agent: hello\nCustomer: thanks, bye\n", encoding="utf-8")
    return folder


def run(*args: str, cwd: Path | None = None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_copies_go_under_out_at_the_same_relative_path(calls, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("redact", "calls", "--out", "shared")
    assert result.exit_code == 0, result.output
    copy = (tmp_path / "shared" / "calls" / "call-1.txt").read_text(encoding="utf-8")
    assert not [value for value in PLANTED if value in copy]
    assert (tmp_path / "shared/calls/quiet.txt").read_bytes() == (calls / "quiet.txt").read_bytes()
    assert (calls / "call-1.txt").read_text(encoding="utf-8") == TRANSCRIPT
    assert "2 files redacted" in result.stderr


def test_the_manifest_lists_every_redaction_without_a_value(calls, tmp_path):
    manifest = tmp_path / "manifest.jsonl"
    args = ["redact", str(calls), "--out", str(tmp_path / "out"), "--manifest", str(manifest)]
    result = run(*args, "--hash-key", "k1")
    assert result.exit_code == 0, result.output
    text = manifest.read_text(encoding="utf-8")
    assert not [value for value in PLANTED if value in text]
    rows = [json.loads(line) for line in text.splitlines()]
    entities = sorted(row["entity_type"] for row in rows)
    assert entities == ["CREDIT_CARD", "PERSON", "PERSON", "PHONE_NUMBER", "TH_TNIN"]
    assert {row["reason"] for row in rows} == {"detected", "same value"}
    assert all(row["fingerprint"] and row["locator"]["line"] for row in rows)
    assert {row["path"] for row in rows} == {str(calls / "call-1.txt")}
    run(*args)
    assert not any("fingerprint" in line for line in manifest.read_text().splitlines())


def test_a_policy_that_keeps_an_entity_fails_verification(calls, tmp_path):
    out = tmp_path / "out"
    result = run("redact", str(calls), "--out", str(out), "--operator", "PERSON=keep")
    assert result.exit_code == 1
    failures = [line for line in result.stderr.splitlines() if "verification failed" in line]
    assert len(failures) == 1
    assert failures[0].endswith(": PERSON ******* left")
    assert NAME not in result.stderr
    copy = out / calls.relative_to("/") / "call-1.txt"
    assert f"{copy}:3:" in failures[0]
    assert "1 failed verification" in result.stderr
    relaxed = run("redact", str(calls), "--out", str(out), "--operator", "PERSON=keep",
                  "--fail-on", "medium")  # fmt: skip
    assert relaxed.exit_code == 0


def test_in_place_needs_a_backup_suffix_and_keeps_the_original(calls):
    refused = run("redact", str(calls), "--in-place")
    assert refused.exit_code == 2 and "--backup-suffix" in refused.output
    result = run("redact", str(calls), "--in-place", "--backup-suffix", ".orig")
    assert result.exit_code == 0, result.output
    assert (calls / "call-1.txt.orig").read_text(encoding="utf-8") == TRANSCRIPT
    assert CARD not in (calls / "call-1.txt").read_text(encoding="utf-8")
    again = run("redact", str(calls / "call-1.txt"), "--in-place", "--backup-suffix", ".orig")
    assert again.exit_code == 2 and "already exists" in again.stderr
    assert (calls / "call-1.txt.orig").read_text(encoding="utf-8") == TRANSCRIPT
    (calls / "cut.json").write_text('{"Transcript": [{"Content": "x', encoding="utf-8")
    failed = run("redact", str(calls / "cut.json"), "--in-place", "--backup-suffix", ".orig")
    assert failed.exit_code == 2 and not (calls / "cut.json.orig").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "give --out DIR"),
        (["--out", "x", "--in-place", "--backup-suffix", ".o"], "give --out DIR"),
        (["--out", "x", "--operator", "PERSON=hash"], "needs --hash-key"),
        (["--out", "x", "--operator", "PERSON=shred"], "unknown operator 'shred'"),
        (["--out", "x", "--operator", "PERSONS=mask"], "unknown entity 'PERSONS'"),
        (["--out", "x", "--operator", "mask"], "expects ENTITY=OPERATOR"),
    ],
)
def test_usage_errors_are_one_line(calls, args, message):
    result = run("redact", str(calls), *args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_out_may_not_be_an_input_file_and_inputs_are_never_overwritten(calls, tmp_path):
    result = run("redact", str(calls / "call-1.txt"), "--out", str(calls / "call-1.txt"))
    assert result.exit_code == 2
    assert (calls / "call-1.txt").read_text(encoding="utf-8") == TRANSCRIPT
    manifest = run("redact", str(calls), "--out", str(tmp_path / "o"), "--manifest",
                   str(calls / "quiet.txt"))  # fmt: skip
    assert manifest.exit_code == 2 and "is an input file" in manifest.output
    around = run("redact", str(calls), "--out", str(calls.parent))
    assert around.exit_code == 2 and "holds the input" in around.output


def test_an_out_folder_inside_the_inputs_is_not_redacted_again(calls):
    first = run("redact", str(calls), "--out", str(calls / "redacted"))
    second = run("redact", str(calls), "--out", str(calls / "redacted"))
    assert first.exit_code == second.exit_code == 0
    assert "2 files redacted" in second.stderr
    assert not (calls / "redacted" / calls.relative_to("/") / "redacted").exists()


def test_a_manifest_inside_the_inputs_is_no_input_of_the_next_run(calls, tmp_path):
    args = ("redact", str(calls), "--out", str(tmp_path / "out"), "--manifest")
    first = run(*args, str(calls / "manifest.jsonl"))
    second = run(*args, str(calls / "manifest.jsonl"))
    assert first.exit_code == second.exit_code == 0, second.stderr
    assert "2 files redacted" in second.stderr


def test_a_bad_file_is_one_error_line_and_the_batch_goes_on(calls, tmp_path):
    (calls / "broken.json").write_text('{"Transcript": [{"Content": "' + CARD, encoding="utf-8")
    (calls / "binary.bin").write_bytes(b"\x00\x01PK" * 40)
    result = run("redact", str(calls), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("ccaudit: error:")]
    assert len(errors) == 2 and CARD not in result.stderr
    assert "2 files redacted" in result.stderr
    assert not list((tmp_path / "out").rglob("broken.json"))


def test_an_ndjson_file_with_a_bad_line_is_not_written(tmp_path):
    good = json.dumps({"id": 1, "requester_id": 5, "assignee_id": 2, "comments": [
        {"author_id": 5, "public": True, "plain_body": f"card {CARD}"}]})  # fmt: skip
    export = tmp_path / "export.ndjson"
    export.write_text(good + "\n" + '{"id": 2, "subject": "' + PHONE + "\n", encoding="utf-8")
    result = run("redact", str(export), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "line 2: invalid JSON" in result.stderr and "not redacted" in result.stderr
    assert not list((tmp_path / "out").rglob("*.ndjson"))


def test_a_copy_that_cannot_be_written_is_one_error_line(calls, tmp_path):
    out = tmp_path / "out"
    blocked = out / calls.relative_to("/")
    blocked.parent.mkdir(parents=True)
    blocked.write_text("a file where the copies' folder would be", encoding="utf-8")
    result = run("redact", str(calls), "--out", str(out))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("ccaudit: error:")]
    assert len(errors) == 2 and all(str(calls) in line for line in errors)
    assert all("cannot make the folder for" in line for line in errors)
    assert "Traceback" not in result.output


def test_jobs_give_the_same_copies_and_manifest(tmp_path):
    fixtures = Path(__file__).parents[2] / "fixtures"
    outputs = {}
    for jobs in ("1", "2"):
        out, manifest = tmp_path / f"out{jobs}", tmp_path / f"manifest{jobs}.jsonl"
        result = run("redact", str(fixtures), "--out", str(out), "--manifest", str(manifest),
                     "--jobs", jobs, "--hash-key", "k")  # fmt: skip
        assert result.exit_code == 0, result.output
        copies = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
        outputs[jobs] = (copies, manifest.read_text(encoding="utf-8"), result.stderr)
    assert len(outputs["1"][0]) > 64  # more than one task, so the workers share the batch
    assert outputs["1"] == outputs["2"]


def test_a_value_in_a_file_name_reaches_neither_the_copy_s_name_nor_the_manifest(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / f"card-{CARD}.txt").write_text(TRANSCRIPT, encoding="utf-8")
    manifest = tmp_path / "manifest.jsonl"
    out = tmp_path / "out"
    result = run("redact", str(folder), "--out", str(out), "--manifest", str(manifest))
    assert result.exit_code == 0, result.output
    names = [str(p) for p in out.rglob("*")]
    assert len([n for n in names if n.endswith(".txt")]) == 1
    assert not [n for n in names if CARD in n]
    assert CARD not in manifest.read_text(encoding="utf-8") and CARD not in result.output


def run_on_a_terminal(*args: str) -> tuple[int, str]:
    """The exit code, and what stderr showed when it was a terminal (a pseudo-terminal)."""
    primary, secondary = pty.openpty()
    shown: list[bytes] = []

    def read_until_closed() -> None:
        with contextlib.suppress(OSError):  # EIO once the terminal's other end is closed
            while chunk := os.read(primary, 65536):
                shown.append(chunk)

    reader = threading.Thread(target=read_until_closed)
    reader.start()
    with open(secondary, "w", encoding="utf-8") as terminal, contextlib.redirect_stderr(terminal):
        exit_code = main.main(list(args), standalone_mode=False)
    reader.join()
    os.close(primary)
    return exit_code, b"".join(shown).decode("utf-8")


def test_a_progress_bar_on_a_terminal_and_messages_above_it(calls, tmp_path):
    (calls / "broken.json").write_text('{"Transcript": [{"Content": "' + CARD, encoding="utf-8")
    args = ["redact", str(calls), "--out", str(tmp_path / "out"), "--operator", "PERSON=keep"]
    exit_code, shown = run_on_a_terminal(*args, "--jobs", "1")
    assert exit_code == 2
    assert "redacting" in shown and "\x1b[" in shown
    messages = [m.start() for m in re.finditer("ccaudit: (error|verification failed):", shown)]
    assert len(messages) == 2
    # Each starts a line of its own, the bar erased before it, not drawn after the bar.
    assert all(shown[:at].endswith(("\n", "\x1b[2K")) for at in messages)
    assert "ccaudit: 2 files redacted" in shown and CARD not in shown
    exit_code, quiet = run_on_a_terminal(*args, "--jobs", "1", "--quiet")
    assert exit_code == 2
    assert "redacting" not in quiet and "\x1b[" not in quiet
    assert len(re.findall("ccaudit: (error|verification failed):", quiet)) == 2


def test_a_copy_that_would_overwrite_the_manifest_is_one_error_line(calls, tmp_path):
    out = tmp_path / "out"
    manifest = out / calls.relative_to("/") / "quiet.txt"
    manifest.parent.mkdir(parents=True)
    result = run("redact", str(calls), "--out", str(out), "--manifest", str(manifest))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("ccaudit: error:")]
    assert errors == [
        f"ccaudit: error: {calls / 'quiet.txt'}: its copy would overwrite the --manifest file; "
        "not redacted"
    ]
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    assert rows and {row["path"] for row in rows} == {str(calls / "call-1.txt")}


def test_a_long_line_is_redacted_in_pieces_with_the_scans_warning(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    note = Path("in") / "note.txt"
    note.parent.mkdir()
    note.write_text("word " * 300 + "card 4532 0151 1283 0366 " + "word " * 300 + "\n")
    result = CliRunner().invoke(
        main, ["redact", str(note.parent), "--out", "out", "--max-line-chars",
               "1000", "-q"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"ccaudit: warning: {note}: line 1 is longer than 1000 characters; "
        "it and any longer lines are scanned in pieces"
    ]
    copy = (tmp_path / "out" / "in" / "note.txt").read_text()
    assert "4532 0151 1283 0366" not in copy and len(copy) == len(note.read_text())
