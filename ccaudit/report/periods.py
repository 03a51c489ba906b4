"""Periods for trends: calls are bucketed by the day they took place, by week or by month."""

from __future__ import annotations

from datetime import date, timedelta

PERIODS = ("week", "month")


def period_start(call_date: str, period: str) -> str:
    """The first day of the call's week (Monday) or month, as YYYY-MM-DD."""
    day = date.fromisoformat(call_date)
    if period == "month":
        return day.replace(day=1).isoformat()
    return (day - timedelta(days=day.weekday())).isoformat()


def period_label(start: str, period: str) -> str:
    """Short and ASCII, for chart axes (graphics strings are not shaped): 11-02 for the week
    starting 2 November, 2026-11 for a month."""
    return start[:7] if period == "month" else start[5:]


def periods_between(first: str, last: str, period: str) -> list[str]:
    """Every period start from `first` to `last`, so a week without calls shows as a gap."""
    starts = []
    day = date.fromisoformat(first)
    end = date.fromisoformat(last)
    while day <= end:
        starts.append(day.isoformat())
        if period == "month":
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            day += timedelta(days=7)
    return starts
