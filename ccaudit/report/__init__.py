"""Per-agent and team PDF reports from the audit store (ccaudit.report.writer).

Nothing is imported here, so that naming the report's languages does not load the PDF stack.
"""
