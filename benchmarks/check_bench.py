"""Throughput of `ccaudit check` on a large generated batch of Thai, English and mixed calls.

    python benchmarks/check_bench.py [--calls 5000] [--seed 7] [--skip-pipeline]

Prints calls per second (CPU time, one process) for the adherence stage alone (checker over
conversations and findings already in memory) and for the whole `check` pipeline (read the
files, detect PII, check) on the same calls. Every turn carries a random name or amount, so
no two calls share text and the per-turn segmentation cache gets no free hits.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from ccaudit.adherence import Checker, default_pack_paths, load_packs  # noqa: E402
from ccaudit.adherence.tokens import turn_words  # noqa: E402
from ccaudit.ingest import ReadOptions, read_conversations  # noqa: E402
from ccaudit.pii import Detector  # noqa: E402
from ccaudit.pipeline.analysis import Analysis, input_files  # noqa: E402
from ccaudit.pipeline.check import check_events  # noqa: E402

NAMES = ["มาลี", "สมชาย", "นภา", "กานดา", "Ploy", "Dana", "Sam", "Priya", "Ken", "Leo"]
TH_STEPS = [
    ["สวัสดีค่ะ ธนาคารสยามไทย ดิฉันชื่อ{n}ค่ะ", "ธนาคารกรุงสยาม สวัสดีครับ", "ค่ะ ว่าไงคะ"],
    ["การสนทนานี้มีการบันทึกเสียงเพื่อพัฒนาคุณภาพบริการค่ะ", "ขออนุญาตบันทึกการสนทนานะครับ", ""],
    ["ขอวันเดือนปีเกิดเพื่อยืนยันตัวตนค่ะ คุณ{n}", "ขอชื่อและนามสกุลด้วยครับ", ""],
    ["ยอดค้างชำระ {a} บาทค่ะ", "วงเงินคงเหลือ {a} บาทครับ", "สาขาเปิด {h} โมงค่ะ"],
    ["", "", "รบกวนแจ้งรหัส OTP ด้วยค่ะ", "ธนาคารไม่มีนโยบายขอรหัส OTP นะคะ"],
    ["มีอะไรให้ช่วยเพิ่มเติมไหมคะ", "มีเรื่องอื่นให้ช่วยอีกไหมครับ", ""],
    ["ขอบคุณที่ใช้บริการค่ะ", "สวัสดีครับ", "รอสักครู่นะคะ"],
]
TH_CUSTOMER = ["จะเช็คยอดค่ะ {a}", "ค่ะ", "ครับ ชื่อ{n}ครับ", "ไม่มีแล้วค่ะ", "เอ่อ ได้ค่ะ {h}"]
EN_STEPS = [
    ["Thank you for calling Northwind, my name is {n}.", "Hello, Northwind.", "Yeah?"],
    ["This call is recorded for quality.", "Calls may be recorded.", ""],
    ["Can you confirm your date of birth, {n}?", "I need to verify your identity.", ""],
    ["Your balance is {a} dollars.", "I've updated your address.", "Stores open at {h}."],
    ["", "", "What's your password?", "We will never ask for your OTP."],
    ["Is there anything else I can help with?", "Anything else?", ""],
    ["Thanks for calling, goodbye.", "Have a nice day.", "OK."],
]
EN_CUSTOMER = ["Hi, I need help with {a}.", "Sure.", "It's {n}.", "No, that's all.", "um ok {h}"]
_TONES = re.compile("[\u0e48-\u0e4b]")


def asr_noise(text: str, rng: random.Random) -> str:
    if rng.random() < 0.3:
        text = _TONES.sub("", text)
    if rng.random() < 0.3:
        text = text.lower().replace(",", "").replace(".", "").replace("?", "")
    if rng.random() < 0.2:
        text = rng.choice(["เอ่อ ", "um ", "อ่า "]) + text
    return text


def generate_call(index: int, rng: random.Random) -> str:
    thai = rng.random() < 0.6
    steps, customer = (TH_STEPS, TH_CUSTOMER) if thai else (EN_STEPS, EN_CUSTOMER)
    agent_label, customer_label = ("เจ้าหน้าที่", "ลูกค้า") if thai else ("Agent", "Customer")
    lines = [f"Call ID: bench-{index}", f"Agent ID: A-{index % 97}"]
    seconds = 0
    for step in steps:
        text = rng.choice(step)
        if not text:
            continue
        amount = f"{rng.randint(100, 99999):,}"
        fill = {"n": rng.choice(NAMES), "a": amount, "h": rng.randint(8, 20)}
        stamp = f"[{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}]"
        lines.append(f"{stamp} {agent_label}: {asr_noise(text.format(**fill), rng)}")
        seconds += rng.randint(3, 12)
        reply = rng.choice(customer).format(**fill)
        lines.append(f"{stamp} {customer_label}: {asr_noise(reply, rng)} ({index}-{seconds})")
        seconds += rng.randint(2, 8)
    return "\n".join(lines) + "\n"


class _Discard:
    def add_call(self, call, results) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-pipeline", action="store_true", help="Only time the checker.")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    packs = load_packs(default_pack_paths())
    detector = Detector()
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i in range(args.calls):
            path = Path(folder) / f"call-{i:05d}.txt"
            path.write_text(generate_call(i, rng), encoding="utf-8")
            paths.append(path)
        size = sum(p.stat().st_size for p in paths)
        calls = [c for p in paths for c in read_conversations(p, str(p), ReadOptions())]
        findings = [detector.scan(c) for c in calls]
        turns = sum(len(c.turns) for c in calls)
        print(f"batch: {len(calls)} calls, {turns} turns, {size / 1e6:.2f} MB, seed {args.seed}")
        checker = Checker(packs, match_language=True)
        started = time.process_time()
        verdicts = sum(len(checker.check(c, f)) for c, f in zip(calls, findings, strict=True))
        seconds = time.process_time() - started
        print(
            f"checker only: {len(calls) / seconds:,.0f} calls/s "
            f"({verdicts} rule verdicts in {seconds:.2f} s CPU)"
        )
        if not args.skip_pipeline:
            turn_words.cache_clear()
            fresh = Checker(load_packs(default_pack_paths()), match_language=True)
            started = time.process_time()
            analysis = Analysis(ReadOptions(), detector.scan_many, fresh)
            events = analysis.run(input_files([folder], ReadOptions()))
            summary = check_events(events, _Discard())
            seconds = time.process_time() - started
            print(
                f"full check (read + detect + check): {summary.calls / seconds:,.0f} "
                f"calls/s, {size / 1e6 / seconds:.2f} MB/s ({seconds:.2f} s CPU)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
