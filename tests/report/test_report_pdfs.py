from dataclasses import replace

import audit_samples
import pytest
from audit_samples import NOTICE_MISSED
from pypdf import PdfReader
from report_helpers import comparable, pdf_text

from ccaudit.errors import CcauditError
from ccaudit.model import Severity
from ccaudit.report.labels import labels_for
from ccaudit.report.writer import ReportRequest, write_reports
from ccaudit.store.context import CallContext
from ccaudit.store.flagged import flagged_items
from ccaudit.store.review import record_decision
from ccaudit.store.selection import CallSelection

EVERY_CALL = {"date_from": "2026-11-01"}


@pytest.fixture
def reports(sample_db, tmp_path):
    _, connection = sample_db

    def write(**options):
        out = tmp_path / options.pop("out", "reports")
        paths = write_reports(connection, ReportRequest(out, team="Card services", **options))
        return {p.name: p for p in paths}

    return write


def pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return "".join(comparable(text).split())


@pytest.mark.parametrize("lang, other", [("en", "th"), ("th", "en")])
def test_labels_in_the_chosen_language(reports, lang, other):
    written = reports(lang=lang)
    assert set(written) == {"agent-A-1001.pdf", "agent-A-2002.pdf", "team-summary.pdf"}
    text = flat(pdf_text(written["agent-A-1001.pdf"]))
    for key in ("agent_report", "sections", "calls_to_review", "coaching", "confidential"):
        assert flat(labels_for(lang)[key]) in text, key
        assert flat(labels_for(other)[key]) not in text, key
    assert flat(f"{labels_for(lang)['page']} 2") in text
    team = flat(pdf_text(written["team-summary.pdf"]))
    assert flat(labels_for(lang)["ranking"].format(minimum=5)) in team
    assert flat(labels_for(lang)["backlog"]) in team


def test_page_one_is_the_scorecard_and_page_two_the_calls_to_listen_to(reports):
    first, second, *_ = pages(reports(lang="en")["agent-A-1001.pdf"])
    for heading in ("Agent scorecard", "Scores by section", "Score by week", "PII incidents"):
        assert heading in first
    assert "Calls to listen to" not in first and "Calls to listen to" in second


def test_scorecard_sections_against_the_team_and_auto_fail_says_why(reports):
    first = " ".join(pages(reports(lang="en", run_id=2)["agent-A-1001.pdf"])[0].split())
    # CALL-3 asked for an OTP (auto-fail: 0); CALL-4 missed the greeting (5 of 6 points).
    assert "41.7% Score Team average 61.1%" in first
    assert "Greeting 50.0% 66.7% -16.7" in first and "Compliance 50.0% 66.7% -16.7" in first
    assert "Calls zeroed by an auto-fail rule: CALL-3 (Title of no-otp-request)" in first
    assert "Based on 2 calls, fewer than 5" in first


def test_trend_by_call_week_with_the_team_line(reports):
    first = pages(reports(lang="en", **EVERY_CALL)["agent-A-1001.pdf"])[0]
    assert "11-02" in first and "11-09" in first
    assert "This agent" in first and "Team average" in first
    assert "Change since the previous week: +41.7" in first


def test_calls_without_a_date_are_counted_apart(sample_db, reports):
    _, connection = sample_db
    undated = audit_samples.call("CALL-6", "A-2002", False, "pass", day=None)
    run = audit_samples.record_run(connection, [undated], "undated.jsonl")
    first = pages(reports(lang="en", run_id=run)["team-summary.pdf"])[0]
    assert "1 without a call date" in first
    assert "1 calls have no call date" in first


def test_rule_titles_not_ids_where_a_person_reads(reports):
    for lang in ("en", "th"):
        text = pdf_text(reports(lang=lang, out=lang)["agent-A-1001.pdf"])
        assert "th-banking:" not in text and "Title of no-otp-request" in text


@pytest.mark.parametrize("lang, other", [("en", "th"), ("th", "en")])
def test_flagged_rule_without_evidence_shows_its_reason_in_the_report_language(
    reports, lang, other
):
    text = flat(pdf_text(reports(lang=lang)["agent-A-1001.pdf"]))
    assert flat(NOTICE_MISSED.render(lang)) in text
    assert flat(NOTICE_MISSED.render(other)) not in text


def test_calls_to_listen_to_worst_first_with_their_moments(reports):
    text = pdf_text(reports(lang="en")["agent-A-1001.pdf"])
    listen = text[text.index("Calls to listen to") : text.index("Coaching")]
    assert listen.index("CALL-3") < listen.index("CALL-4")
    assert "CALL-5" not in text
    assert "critical · Card number · turn 2 · 00:07" in listen


def test_links_to_the_moment(reports):
    template = "https://recordings.example/calls/{call_id}?t={start_s}"
    path = reports(lang="en", link_template=template)["agent-A-1001.pdf"]
    links = {
        annotation.get_object()["/A"]["/URI"]
        for page in PdfReader(path).pages
        for annotation in page.get("/Annots", [])
    }
    assert "https://recordings.example/calls/CALL-3?t=7" in links


def test_reviewer_notes_are_printed_in_the_agent_report(sample_db, reports):
    _, connection = sample_db
    card = next(
        i for i in flagged_items(connection, CallSelection((2,))) if i.what == "CREDIT_CARD"
    )
    record_decision(connection, card.item_id, "confirmed", "Nok", "coached on 12 Nov")
    text = " ".join(pdf_text(reports(lang="en")["agent-A-1001.pdf"]).split())
    assert "Note by Nok: coached on 12 Nov" in text


def test_no_planted_raw_value_in_pdf_text_or_bytes(reports):
    for lang in ("en", "th"):
        for path in reports(lang=lang, out=lang, link_template="https://x/{call_id}").values():
            text = pdf_text(path)
            data = path.read_bytes()
            for raw in audit_samples.PLANTED:
                assert raw not in text and raw.encode() not in data


def test_false_positive_leaves_the_incidents_and_is_counted_as_reviewed(sample_db, reports):
    _, connection = sample_db
    card = next(
        i for i in flagged_items(connection, CallSelection((2,))) if i.what == "CREDIT_CARD"
    )
    before = " ".join(pages(reports(lang="en", out="before")["agent-A-1001.pdf"])[0].split())
    assert "Card number critical 1" in before
    record_decision(connection, card.item_id, "false_positive", "Nok", "training card")
    after = pages(reports(lang="en", out="after")["agent-A-1001.pdf"])[0]
    assert "Card number" not in after
    assert "Items reviewed as false positives and left out: 1" in " ".join(after.split())


def test_ranking_shows_agents_with_enough_calls_and_groups_the_rest(reports):
    team = " ".join(pdf_text(reports(lang="en", min_calls=2)["team-summary.pdf"]).split())
    ranking = team[team.index("Agents ranked by score (at least 2 calls)") :]
    assert "1 A-1001 2" in ranking
    assert "1 agents with fewer than 2 calls (1 calls, mean score 100.0%) are not ranked" in team


def test_agent_without_calls_in_the_selection(sample_db, reports):
    _, connection = sample_db
    audit_samples.record_run(
        connection, [audit_samples.call("CALL-8", "A-4004", False, "pass")], "x"
    )
    with pytest.raises(CcauditError, match="'A-4004' has no calls in the selection"):
        reports(agent_id="A-4004", run_id=1)


def test_one_agent_and_one_run(reports):
    written = reports(lang="en", agent_id="A-2002", run_id=1)
    assert list(written) == ["agent-A-2002.pdf"]
    text = pdf_text(written["agent-A-2002.pdf"])
    assert "#1" in text and "CALL-2" not in text  # CALL-2 passed everything: nothing flagged


def test_runs_audited_since_a_day_and_calls_by_their_own_dates(reports):
    text = pdf_text(
        reports(lang="en", since="2000-01-01", date_to="2026-11-02")["team-summary.pdf"]
    )
    assert "#1" in text and "#2" in text  # both runs, but only the calls of 2 November
    assert "Calls from 2026-11-02 – 2026-11-02" in text


def test_call_dates_select_calls_from_every_run(reports):
    text = pdf_text(reports(lang="en", date_from="2026-11-09")["team-summary.pdf"])
    assert "#2" in text and "#1 " not in text
    assert "Calls from 2026-11-10 – 2026-11-12" in text  # the days the calls took place


@pytest.mark.parametrize(
    "options, message",
    [
        ({"run_id": 42}, "no run 42"),
        ({"agent_id": "NOBODY"}, "no agent 'NOBODY'"),
        ({"date_from": "last week"}, "--from expects a date"),
        ({"date_from": "2999-01-01"}, "the selected runs hold no calls from 2999-01-01"),
        ({"since": "2999-01-01"}, "no runs started on or after 2999-01-01"),
        ({"agent_id": "A-1001", "run_id": 99}, "no run 99"),
        ({"period": "fortnight"}, "--period is one of week, month"),
    ],
)
def test_bad_selection_is_a_one_line_error(reports, options, message):
    with pytest.raises(CcauditError, match=message) as info:
        reports(lang="en", **options)
    assert "\n" not in info.value.message


def test_unwritable_output_directory(sample_db, tmp_path):
    _, connection = sample_db
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(CcauditError, match="cannot create the output directory"):
        write_reports(connection, ReportRequest(blocker / "reports"))


def test_failed_report_leaves_no_partial_file(sample_db, tmp_path, monkeypatch):
    _, connection = sample_db
    out = tmp_path / "reports"

    def explode(*args):
        raise RuntimeError("layout failed")

    monkeypatch.setattr("ccaudit.report.writer.build_pdf", explode)
    with pytest.raises(RuntimeError):
        write_reports(connection, ReportRequest(out))
    assert list(out.iterdir()) == []


def test_agent_without_scored_calls_or_findings(sample_db, tmp_path):
    _, connection = sample_db
    quiet = audit_samples.call("CALL-7", "A-3003", False, "pass")
    quiet.rule_results.clear()
    run = audit_samples.record_run(connection, [quiet], "quiet.jsonl")
    written = write_reports(connection, ReportRequest(tmp_path / "r", run_id=run))
    text = pdf_text(tmp_path / "r" / "agent-A-3003.pdf")
    assert len(written) == 2 and "A-3003" in text and "None." in text


def test_thai_report_names_entities_sections_and_outcomes_in_thai(reports):
    text = flat(pdf_text(reports(lang="th")["agent-A-1001.pdf"]))
    for thai in ("เลขบัตรเครดิต", "การปฏิบัติตามข้อกำหนด", f"({labels_for('th')['fail']})"):
        assert flat(thai) in text
    assert "(fail)" not in text and "(violation)" not in text and "Compliance" not in text


def test_expected_pii_is_counted_apart_and_not_as_an_incident(sample_db, tmp_path):
    _, connection = sample_db
    greeting = audit_samples.call("CALL-9", "A-5005", False, "pass")
    name = replace(
        audit_samples.finding("CALL-9", "PERSON", "พลอย", 0, Severity.low), speaker="agent"
    )
    greeting.findings = [name]
    greeting.context = CallContext(("expected",))
    run = audit_samples.record_run(connection, [greeting], "greeting.jsonl")
    write_reports(connection, ReportRequest(tmp_path / "r", "en", run_id=run))
    first = " ".join(pages(tmp_path / "r" / "agent-A-5005.pdf")[0].split())
    assert "0 PII incidents" in first
    assert "Expected PII, not counted as incidents" in first and "Person's name 1" in first


def test_one_event_failed_by_several_packs_is_shown_once_naming_the_others(sample_db, tmp_path):
    _, connection = sample_db
    merged = audit_samples.call("CALL-9", "A-5005", True, "pass")
    violation = next(r for r in merged.rule_results if r.status == "violation")
    violation.also = ("th-banking:no-card-read-back",)
    run = audit_samples.record_run(connection, [merged], "merged.jsonl")
    write_reports(connection, ReportRequest(tmp_path / "r", "en", run_id=run))
    text = " ".join(pdf_text(tmp_path / "r" / "agent-A-5005.pdf").split())
    assert "(also fails Never read a full card number back)" in text
    assert text.count("Title of no-otp-request (violation) ·") == 1 + 1  # listen-to and details


def test_coaching_puts_critical_rules_first_then_severity_times_frequency():
    from ccaudit.report.data import Figures, RuleStat

    figures = Figures("A-1")
    figures.rules = {
        "p:offer-help": RuleStat("p:offer-help", "Offer help", Severity.low, failed=9),
        "p:greeting": RuleStat("p:greeting", "Greeting", Severity.medium, failed=4),
        "p:disclosure": RuleStat("p:disclosure", "Disclosure", Severity.high, failed=1),
        "p:cvv": RuleStat("p:cvv", "Asked for CVV", Severity.critical, failed=1),
    }
    ranked = [stat.rule for stat in figures.most_failed(4)]
    # low 9x weighs 18 and medium 4x weighs 12, more than high once (5); critical comes first.
    assert ranked == ["p:cvv", "p:offer-help", "p:greeting", "p:disclosure"]


def test_each_pdf_is_announced_as_soon_as_it_is_in_place(sample_db, tmp_path):
    _, connection = sample_db
    announced = []

    def on_written(path, done, total):
        assert path.exists()
        announced.append((path, done, total))

    written = write_reports(connection, ReportRequest(tmp_path / "r"), on_written)
    assert [a[0] for a in announced] == written
    assert [a[1] for a in announced] == list(range(1, len(written) + 1))
    assert {a[2] for a in announced} == {len(written)}
