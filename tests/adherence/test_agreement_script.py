"""The agreement script runs on a labelled folder and counts disagreements (not the rate)."""

import csv
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "check_agreement.py"

CALL = """\
Call ID: t1
Agent: Hello, this is Dana at Northwind. This call is recorded.
Customer: Hi.
Agent: Anything else? Thanks for calling, bye.
"""


def load_script():
    spec = importlib.util.spec_from_file_location("check_agreement", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_measure_counts_agreements_and_lists_disagreements(tmp_path):
    (tmp_path / "t1.txt").write_text(CALL, encoding="utf-8")
    with (tmp_path / "labels.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "pack", "rule_id", "expected"])
        writer.writerow(["t1.txt", "en-support", "greeting", "pass"])
        writer.writerow(["t1.txt", "en-support", "recording-disclosure", "fail"])
        writer.writerow(["t1.txt", "pci-dss", "no-card-data-over-chat", "not_applicable"])
    report = load_script().measure(tmp_path, tmp_path / "labels.csv")
    assert (report["calls"], report["verdicts"], report["agreed"]) == (1, 3, 2)
    [miss] = report["disagreements"]
    assert miss["rule"] == "en-support::recording-disclosure"
    assert (miss["expected"], miss["got"]) == ("fail", "pass")


def test_every_fixture_call_is_labelled_for_its_packs():
    calls = SCRIPT.parents[1] / "fixtures" / "calls"
    with (SCRIPT.parent / "labels" / "calls.csv").open(newline="", encoding="utf-8") as handle:
        labelled = {row["file"] for row in csv.DictReader(handle)}
    files = {p.name for p in calls.glob("*.txt")}
    assert files == labelled and len(files) >= 60
