"""Two weeks of dated calls for trying the supervisor's week (README) and looking at reports.

Copies the hand-written calls of fixtures/calls/ (Thai, English and mixed; clean calls,
card read-backs, OTP requests, verification asked for, notes with card numbers) onto the ten
working days of two weeks, each copy with its own call id, a call date and an agent of a
team of six, plus one agent with only three calls and two calls without a date. Deterministic
for a seed. Writes text transcripts; prints how many.

    python benchmarks/two_weeks.py --out calls-2w/ [--start 2026-11-02] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
from datetime import date, timedelta
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "calls"
# Thai calls go to the Thai desk, English to the English desk, mixed calls to either; one
# agent on each desk is weaker (gets more of the calls that break rules).
DESKS = {"th": ["TH-01", "TH-02", "TH-03"], "en": ["EN-01", "EN-02", "EN-03"]}
WEAKER = {"TH-03", "EN-02"}
NEWCOMER = "TH-09"
CLEAN = re.compile(r"clean|branch-hours|otp-warning|stopped|last-four|balance-verified")
HEADER = re.compile(r"^(Call ID|Agent ID):.*\n", re.MULTILINE)


def working_days(start: date, count: int) -> list[date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def agent_for(name: str, rng: random.Random) -> str:
    desk = DESKS["th"] if name.startswith("th") else DESKS["en"]
    if name.startswith("mx"):
        desk = DESKS["th"] + DESKS["en"]
    clean = bool(CLEAN.search(name))
    weights = [(0.5 if agent in WEAKER else 1.5) if clean else (2.0 if agent in WEAKER else 1.0)
               for agent in desk]  # fmt: skip
    return rng.choices(desk, weights)[0]


def write_calls(out: Path, start: date, seed: int) -> int:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    sources = sorted(FIXTURES.glob("*.txt"))
    days = working_days(start, 10)
    written = 0
    for copy in range(2):
        for number, source in enumerate(sources):
            day = days[(number + copy * 5) % len(days)]
            agent = agent_for(source.stem, rng)
            hour, minute = rng.randint(8, 17), rng.choice((0, 15, 30, 45))
            stamp = f"{day.isoformat()}T{hour:02d}:{minute:02d}:00"
            _write(out, source, f"{source.stem}-{copy + 1}", agent, stamp)
            written += 1
    for number, source in enumerate(sources[:3], start=1):
        _write(out, source, f"new-{number}", NEWCOMER, f"{days[-1].isoformat()}T10:00:00")
        written += 1
    for number, source in enumerate(sources[3:5], start=1):
        _write(out, source, f"undated-{number}", DESKS["en"][0], None)
        written += 1
    return written


def _write(out: Path, source: Path, call_id: str, agent: str, started: str | None) -> None:
    body = HEADER.sub("", source.read_text(encoding="utf-8"))
    header = f"Call ID: {call_id}\nAgent ID: {agent}\n"
    if started:
        header += f"Date: {started}\n"
    (out / f"{call_id}.txt").write_text(header + body, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--start", type=date.fromisoformat, default=date(2026, 11, 2))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"{write_calls(args.out, args.start, args.seed)} calls written to {args.out}")


if __name__ == "__main__":
    main()
