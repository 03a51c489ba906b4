"""Layout: no heading alone at the foot of a page, no near-empty page before the last."""

import audit_samples
import pytest
from pypdf import PdfReader

from ccaudit.report.labels import labels_for
from ccaudit.report.writer import ReportRequest, write_reports
from ccaudit.store import open_database

HEADINGS = ("sections", "incidents_by_type", "calls_to_review", "coaching", "rules_failed_most",
            "flagged_items", "backlog")  # fmt: skip


@pytest.fixture(scope="module")
def busy_reports(tmp_path_factory):
    """Six agents, forty calls each over four weeks: reports several pages long."""
    base = tmp_path_factory.mktemp("busy")
    connection = open_database(base / "audit.db", create=True)
    calls = [
        audit_samples.call(
            f"CALL-{n:03d}", f"A-{n % 6}", n % 2 == 0, "fail" if n % 4 else "pass",
            f"2026-11-{2 + n % 26:02d}",
        )
        for n in range(240)
    ]  # fmt: skip
    audit_samples.record_run(connection, calls, "busy.jsonl")
    written = {}
    for lang in ("en", "th"):
        request = ReportRequest(base / lang, lang, date_from="2026-11-01")
        written[lang] = write_reports(connection, request)
    connection.close()
    return written


@pytest.mark.parametrize("lang", ["en", "th"])
def test_no_heading_ends_a_page(busy_reports, lang):
    # A heading, or the heading and the coaching introduction, with nothing below them.
    headings = {labels_for(lang)[key] for key in (*HEADINGS, "coaching_intro")}
    for path in busy_reports[lang]:
        for number, page in enumerate(PdfReader(path).pages, start=1):
            lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
            assert lines[-1] not in headings, (path.name, number)


def lowest_text(page) -> float:
    """The y (points from the bottom) of the lowest line of text above the footer."""
    ys = []

    def visit(text, cm, tm, font_dict, font_size):
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and y > FOOTER_TOP:
            ys.append(y)

    page.extract_text(visitor_text=visit)
    return min(ys)


# The footer's rule is 24 mm up the page; A4 is 842 points high, the text starts 51 down.
FOOTER_TOP = 70
PAGE_TOP = 842 - 51


@pytest.mark.parametrize("lang", ["en", "th"])
def test_no_near_empty_page_before_the_last(busy_reports, lang):
    for path in busy_reports[lang]:
        pages = PdfReader(path).pages
        for number, page in enumerate(pages[1:-1], start=2):  # page 1 is the scorecard alone
            filled = (PAGE_TOP - lowest_text(page)) / (PAGE_TOP - FOOTER_TOP)
            assert filled > 0.5, (path.name, number, round(filled, 2))
