"""Per-agent and team PDF reports from the audit store."""

from ccaudit.report.writer import ReportRequest, write_reports

__all__ = ["ReportRequest", "write_reports"]
