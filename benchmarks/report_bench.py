"""Time the audit store and the PDF reports at contact-centre scale.

Builds a store of 5,000 synthetic calls by 200 agents (two runs of 2,500) directly through
the store API, with synthetic findings (the agent's own name among them, which is expected
PII) and rule results in scorecard sections with weights and an auto-fail rule, the calls
spread over four weeks, then writes every agent's PDF plus the team summary with a weekly
trend. Prints the figures; asserts nothing.

    python benchmarks/report_bench.py [--calls 5000] [--agents 200] [--lang th] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ccaudit.adherence import adherence_score  # noqa: E402
from ccaudit.masking import mask_card_number, mask_value  # noqa: E402
from ccaudit.model import Conversation, Finding, RuleResult, Severity, Turn  # noqa: E402
from ccaudit.pipeline.events import ConversationInfo, ConversationResult  # noqa: E402
from ccaudit.report.writer import ReportRequest, write_reports  # noqa: E402
from ccaudit.store import RunInfo, RunRecorder, open_database  # noqa: E402
from ccaudit.store.context import call_context  # noqa: E402

CALLS_PER_FILE = 50
ENTITIES = [
    ("CREDIT_CARD", Severity.critical, "4532015112830366"),
    ("TH_TNIN", Severity.high, "1103700221574"),
    ("PHONE_NUMBER", Severity.medium, "0812345678"),
    ("EMAIL_ADDRESS", Severity.medium, "somchai@example.com"),
]
# id, title, severity, scorecard section, weight, auto_fail
RULES = [
    ("greeting", "ทักทายและแนะนำตัว", Severity.medium, "greeting", 1.0, False),
    ("recording-disclosure", "แจ้งว่ามีการบันทึกเสียง", Severity.high, "greeting", 2.0, False),
    ("verify-identity", "ยืนยันตัวตนก่อนให้ข้อมูลบัญชี", Severity.high, "verification", 3.0, False),
    ("no-otp-request", "ห้ามขอรหัส OTP", Severity.critical, "compliance", 5.0, True),
    ("offer-further-help", "ถามว่ามีอะไรให้ช่วยอีก", Severity.low, "closing", 1.0, False),
    ("closing", "กล่าวปิดการสนทนา", Severity.low, "closing", 1.0, False),
]
FIRST_DAY = date(2026, 11, 2)
INFO = RunInfo("bench", [e for e, _, _ in ENTITIES], [{"pack": "th-banking", "version": "1.0"}])


EXCERPTS = [
    "ลูกค้าแจ้งเลขบัตร **************** ค่ะ",
    "ขอรหัส OTP ที่ได้รับทาง SMS ด้วยค่ะ",
    "เดี๋ยวดิฉันทวนเลขบัตรให้นะคะ",
    "ยอดคงเหลือในบัญชีตอนนี้คือสองหมื่นบาทค่ะ",
    "ขอบคุณค่ะ วางสายได้เลยค่ะ",
    "รบกวนแจ้งวันเดือนปีเกิดอีกครั้งค่ะ",
]


def excerpt(rng: random.Random, number: int) -> str:
    """Evidence differs from call to call, as a real transcript's does."""
    return f"{rng.choice(EXCERPTS)} (สายที่ {number % 89} รอบ {rng.randint(10, 99)})"


def synthetic_call(rng: random.Random, number: int, agent: str, skill: float):
    call_id = f"CALL-{number:06d}"
    turns = [Turn(i, "agent" if i % 2 == 0 else "customer", "สวัสดีค่ะ") for i in range(12)]
    conversation = Conversation(call_id, f"{call_id}.txt", "text", turns, "voice", agent, "th")
    day = FIRST_DAY + timedelta(days=rng.randrange(26))
    conversation.metadata["started_at"] = f"{day.isoformat()}T10:00:00"
    # The agent's own name in her greeting: expected PII, counted apart from incidents.
    findings = [
        Finding(f"{call_id}.txt", call_id, "PERSON", 0, 4, 0.85, False, "****", Severity.low,
                turn=0, speaker="agent", start_ms=1000)
    ]  # fmt: skip
    for entity, severity, raw in ENTITIES:
        if rng.random() < 0.15:
            masked = mask_card_number(raw) if entity == "CREDIT_CARD" else mask_value(entity, raw)
            findings.append(
                Finding(f"{call_id}.txt", call_id, entity, 0, len(raw), 0.9, True, masked,
                        severity, turn=3, speaker="customer", start_ms=rng.randint(0, 600_000))
            )  # fmt: skip
    results = []
    for rule_id, title, severity, section, weight, auto_fail in RULES:
        status = "pass" if rng.random() < (skill if not auto_fail else 0.5 + skill / 2) else "fail"
        results.append(
            RuleResult(f"{call_id}.txt", call_id, agent, "th-banking", rule_id, title, status,
                       severity, turn=2, start_ms=rng.randint(0, 600_000),
                       evidence=excerpt(rng, number) if status == "fail" else "",
                       section=section, weight=weight, auto_fail=auto_fail)
        )  # fmt: skip
    context = call_context(conversation, findings, results)
    return ConversationResult(ConversationInfo.of(conversation), findings, results, context)


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
            connection, ReportRequest(base / "reports", args.lang, date_from="2000-01-01")
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
