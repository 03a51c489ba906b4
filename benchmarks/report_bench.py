"""Time the audit store and the PDF reports at contact-centre scale.

Builds a store of 5,000 synthetic calls by 200 agents (two runs of 2,500, so reports show a
trend) directly through the store API, with synthetic findings and rule results, then writes
every agent's PDF plus the team summary. Prints the figures; asserts nothing.

    python benchmarks/report_bench.py [--calls 5000] [--agents 200] [--lang th] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ccaudit.adherence import adherence_score  # noqa: E402
from ccaudit.masking import mask_card_number, mask_value  # noqa: E402
from ccaudit.model import Conversation, Finding, RuleResult, Severity, Turn  # noqa: E402
from ccaudit.pipeline.events import ConversationInfo, ConversationResult  # noqa: E402
from ccaudit.report.writer import ReportRequest, write_reports  # noqa: E402
from ccaudit.store import RunInfo, RunRecorder, open_database  # noqa: E402

CALLS_PER_FILE = 50
ENTITIES = [
    ("CREDIT_CARD", Severity.critical, "4532015112830366"),
    ("TH_TNIN", Severity.high, "1103700221574"),
    ("PHONE_NUMBER", Severity.medium, "0812345678"),
    ("EMAIL_ADDRESS", Severity.medium, "somchai@example.com"),
]
RULES = [
    ("greeting", "ทักทายและแนะนำตัว", Severity.medium),
    ("recording-disclosure", "แจ้งว่ามีการบันทึกเสียง", Severity.high),
    ("verify-identity", "ยืนยันตัวตนก่อนให้ข้อมูลบัญชี", Severity.high),
    ("no-otp-request", "ห้ามขอรหัส OTP", Severity.critical),
    ("offer-further-help", "ถามว่ามีอะไรให้ช่วยอีก", Severity.low),
    ("closing", "กล่าวปิดการสนทนา", Severity.low),
]
INFO = RunInfo("bench", [e for e, _, _ in ENTITIES], [{"pack": "th-banking", "version": "1.0"}])


def synthetic_call(rng: random.Random, number: int, agent: str, skill: float):
    call_id = f"CALL-{number:06d}"
    turns = [Turn(i, "agent" if i % 2 == 0 else "customer", "สวัสดีค่ะ") for i in range(12)]
    conversation = Conversation(call_id, f"{call_id}.txt", "text", turns, "voice", agent, "th")
    findings = []
    for entity, severity, raw in ENTITIES:
        if rng.random() < 0.15:
            masked = mask_card_number(raw) if entity == "CREDIT_CARD" else mask_value(entity, raw)
            findings.append(
                Finding(f"{call_id}.txt", call_id, entity, 0, len(raw), 0.9, True, masked,
                        severity, turn=3, speaker="customer", start_ms=rng.randint(0, 600_000))
            )  # fmt: skip
    results = []
    for rule_id, title, severity in RULES:
        status = "pass" if rng.random() < skill else "fail"
        results.append(
            RuleResult(f"{call_id}.txt", call_id, agent, "th-banking", rule_id, title, status,
                       severity, turn=2, start_ms=rng.randint(0, 600_000),
                       evidence="ลูกค้าแจ้งเลขบัตร **************** ค่ะ" if status == "fail" else "")
        )  # fmt: skip
    return ConversationResult(ConversationInfo.of(conversation), findings, results)


def build_store(path: Path, calls: int, agents: int, seed: int) -> tuple[float, float]:
    rng = random.Random(seed)
    skills = {f"A-{i:04d}": rng.uniform(0.5, 0.98) for i in range(agents)}
    names = list(skills)
    connection = open_database(path, create=True)
    started, cpu_started = time.perf_counter(), time.process_time()
    number = 0
    for run in range(2):
        recorder = RunRecorder(connection, INFO, adherence_score)
        for file_number in range(calls // 2 // CALLS_PER_FILE):
            batch = []
            for _ in range(CALLS_PER_FILE):
                agent = names[number % agents]
                batch.append(synthetic_call(rng, number, agent, skills[agent] + run * 0.03))
                number += 1
            name = f"run{run}-file{file_number}.jsonl"
            recorder.record_file(name, name, "bench", 1000, batch)
        recorder.finish()
    elapsed = time.perf_counter() - started, time.process_time() - cpu_started
    connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--agents", type=int, default=200)
    parser.add_argument("--lang", choices=["th", "en"], default="th")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="Keep the database and PDFs in this directory.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        base.mkdir(parents=True, exist_ok=True)
        db = base / "bench.db"
        db.unlink(missing_ok=True)
        insert_seconds, insert_cpu = build_store(db, args.calls, args.agents, args.seed)
        connection = open_database(db)
        started, cpu_started = time.perf_counter(), time.process_time()
        written = write_reports(
            connection, ReportRequest(base / "reports", args.lang, since="2000-01-01")
        )
        report_seconds = time.perf_counter() - started
        report_cpu = time.process_time() - cpu_started
        connection.close()
        size_mb = sum(p.stat().st_size for p in written) / 1e6
        print(f"store:   {args.calls} calls, {args.agents} agents, 2 runs")
        print(
            f"insert:  {insert_seconds:.2f} s wall, {insert_cpu:.2f} s CPU "
            f"({args.calls / insert_cpu:,.0f} calls per CPU second)"
        )
        print(
            f"reports: {len(written)} PDFs ({args.lang}), {size_mb:.1f} MB, "
            f"{report_seconds:.1f} s wall, {report_cpu:.1f} s CPU "
            f"({report_cpu / len(written) * 1000:.0f} ms CPU per PDF)"
        )
        print(f"database: {db.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
