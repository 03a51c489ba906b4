"""The day a call took place, as its source states it, and `--from/--to` ranges of days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ccaudit.pipeline.events import ConversationInfo

CALL_TIME_KEYS = ("started_at", "start_time", "call_start", "created_at", "date", "timestamp")
# 2026-11-02, 2026/11/02, 2026-11-02T09:15:00+07:00, 2026-11-02 09:15; Thai sources may give
# the Buddhist-era year (2569 is 2026).
_ISO_DATE = re.compile(r"\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")
BUDDHIST_ERA_OFFSET = 543


def call_started_at(conversation: ConversationInfo) -> str | None:
    for key in CALL_TIME_KEYS:
        value = conversation.metadata.get(key)
        if value:
            return str(value)
    return None


def call_date(started_at: str | None) -> str | None:
    """The day a call took place, as YYYY-MM-DD; None when the source gave no date it reads."""
    match = _ISO_DATE.match(started_at or "")
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    if year > 2400:
        year -= BUDDHIST_ERA_OFFSET
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True)
class CallDateRange:
    """The days (YYYY-MM-DD, inclusive) whose calls count. A call whose source gives no date
    is outside every range, and counted apart by those who use one."""

    first: str | None = None
    last: str | None = None

    def admits(self, day: str | None) -> bool:
        if day is None:
            return False
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)
