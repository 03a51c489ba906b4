"""`ccaudit redact --engine spark`: in local[2] it writes what `--jobs 1` writes (the copies
byte for byte, the manifest, every message); its --out is a local folder. The Spark runs are
skipped, saying why, without pyspark or Java (the `spark` fixture in tests/conftest.py)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ccaudit.cli import main
from ccaudit.redact.targets import local_file, relative_output_path

FIXTURES = Path(__file__).parents[2] / "fixtures"
CARD = "4532015112830366"
TRANSCRIPT = f"Agent: hello\nCustomer: I am Somchai, my card is {CARD}\n"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def copies(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def calls(tmp_path: Path) -> Path:
    """A transcript and a broken file. Paths are absolute: a Spark session started earlier
    resolves relative ones against the folder it was started in."""
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "call-1.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (folder / "broken.json").write_text('{"Transcript": [{"Content": "' + CARD, encoding="utf-8")
    return folder


def redact_into(out: Path, *args: object) -> tuple[int, str, dict[Path, bytes], str]:
    """Run with a fresh --out holding an earlier run's copy; what the run left behind."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    (out / "earlier.txt").write_text(TRANSCRIPT, encoding="utf-8")
    manifest = out.parent.parent / "manifest.jsonl"
    result = run("redact", *args, "--out", out, "--manifest", manifest)
    return result.exit_code, result.stderr, copies(out), manifest.read_text(encoding="utf-8")


def test_spark_writes_what_one_process_writes(spark, calls):
    args = [
        calls, FIXTURES, calls / "no-such-dir",
        "--hash-key", "k", "--operator", "PERSON=keep",  # some copies fail verification
    ]  # fmt: skip
    out = calls / "shared"  # inside an input folder: its earlier copies are no inputs
    local = redact_into(out, *args, "--jobs", "1")
    assert redact_into(out, *args, "--engine", "spark") == local
    exit_code, stderr, written, manifest = local
    assert exit_code == 2 and len(written) > 90 and manifest
    assert f"ccaudit: error: {calls}/broken.json: " in stderr
    assert f"ccaudit: error: {calls}/no-such-dir: no such file or directory" in stderr
    copy = out / calls.relative_to("/") / "call-1.txt"
    assert f"ccaudit: verification failed: {copy}:2: PERSON" in stderr
    assert written[Path("earlier.txt")] == TRANSCRIPT.encode()
    assert not [path for path in written if "shared" in path.parts]


def test_a_file_uri_is_copied_from_its_root_as_its_path_is(spark, calls, tmp_path):
    local = run("redact", calls, "--out", tmp_path / "local", "--jobs", "1")
    uri = run("redact", f"file://{calls}", "--out", tmp_path / "uri", "--engine", "spark")
    assert local.exit_code == uri.exit_code == 2
    assert copies(tmp_path / "uri") == copies(tmp_path / "local") != {}


def test_out_is_a_local_folder():
    result = run("redact", FIXTURES / "text", "--out", "s3a://bucket/shared")
    assert result.exit_code == 2
    assert result.output == (
        "ccaudit: error: --out s3a://bucket/shared: copies are written to a local folder; "
        "give its path\n"
    )


def test_spark_does_not_redact_in_place(calls):
    result = run("redact", calls, "--in-place", "--backup-suffix", ".orig", "--engine", "spark")
    assert result.exit_code == 2 and len(result.output.splitlines()) == 1
    assert "--engine spark writes its copies under --out DIR" in result.output
    assert (calls / "call-1.txt").read_text(encoding="utf-8") == TRANSCRIPT


def test_without_pyspark_spark_is_a_one_line_error(calls, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    result = run("redact", calls, "--out", calls.parent / "out", "--engine", "spark")
    assert result.exit_code == 2 and len(result.output.splitlines()) == 1
    assert "pip install 'ccaudit[spark]'" in result.output
    assert not (calls.parent / "out").exists()


@pytest.mark.parametrize(
    "display, expected",
    [
        ("s3a://bucket/calls/a.json", "bucket/calls/a.json"),
        ("hdfs://namenode:8020/calls/../a.json", "namenode:8020/a.json"),
        ("s3a://bucket/../../../etc/a.json", "etc/a.json"),  # never above --out
        (f"s3a://bucket/{CARD}.json", "bucket/453201******0366.json"),  # display-safe
    ],
)
def test_a_uri_is_copied_from_its_authority_down(display, expected):
    assert local_file(display) is None
    assert relative_output_path(display, None) == Path(expected)


def test_a_file_uri_and_a_plain_path_are_local_files():
    assert local_file("file:///data/calls") == local_file("file:/data/calls") == Path("/data/calls")
    assert local_file("calls/a:b.txt") == Path("calls/a:b.txt")
