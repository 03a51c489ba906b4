import audit_samples
import pytest
from audit_samples import NOTICE_MISSED
from report_helpers import comparable, pdf_text

from ccaudit.errors import CcauditError
from ccaudit.report.labels import LABELS
from ccaudit.report.writer import ReportRequest, write_reports
from ccaudit.store.flagged import flagged_items
from ccaudit.store.review import record_decision


@pytest.fixture
def reports(sample_db, tmp_path):
    _, connection = sample_db

    def write(**options):
        out = tmp_path / options.pop("out", "reports")
        paths = write_reports(connection, ReportRequest(out, team="Card services", **options))
        return {p.name: p for p in paths}

    return write


@pytest.mark.parametrize("lang, other", [("en", "th"), ("th", "en")])
def test_labels_in_the_chosen_language(reports, lang, other):
    written = reports(lang=lang)
    assert set(written) == {"agent-A-1001.pdf", "agent-A-2002.pdf", "team-summary.pdf"}
    text = comparable(pdf_text(written["agent-A-1001.pdf"]))
    for key in ("agent_report", "key_figures", "flagged_calls", "coaching", "confidential"):
        assert comparable(LABELS[lang][key]) in text, key
        assert comparable(LABELS[other][key]) not in text, key
    assert comparable(f"{LABELS[lang]['page']} 2") in text
    team = comparable(pdf_text(written["team-summary.pdf"]))
    assert comparable(LABELS[lang]["ranking"]) in team
    assert "A-1001" in team and "A-2002" in team


@pytest.mark.parametrize("lang, other", [("en", "th"), ("th", "en")])
def test_flagged_rule_without_evidence_shows_its_reason_in_the_report_language(
    reports, lang, other
):
    text = pdf_text(reports(lang=lang)["agent-A-1001.pdf"])
    flagged = text[text.index("CALL-3") :]

    def unwrapped(value: str) -> str:
        return "".join(comparable(value).split())

    assert unwrapped(NOTICE_MISSED.render(lang)) in unwrapped(flagged)
    assert unwrapped(NOTICE_MISSED.render(other)) not in unwrapped(text)


def test_agent_report_content(reports):
    text = pdf_text(reports(lang="en")["agent-A-1001.pdf"])
    assert "A-1001" in text and "Card services" in text and "th-banking 1.2.0" in text
    assert "453201******0366" in text
    assert "CALL-3" in text and "CALL-4" in text and "CALL-5" not in text
    assert "00:07" in text
    assert "th-banking:no-otp-request" in text
    assert "50.0%" in text  # mean adherence of CALL-3 (1 of 3 rules passed) and CALL-4 (2 of 3)


def test_flagged_calls_worst_first(reports):
    text = pdf_text(reports(lang="en")["agent-A-1001.pdf"])
    flagged = text[text.index("Flagged calls") :]
    assert flagged.index("CALL-3") < flagged.index("CALL-4")


def test_no_planted_raw_value_in_pdf_text_or_bytes(reports):
    for lang in ("en", "th"):
        for path in reports(lang=lang, out=lang).values():
            text = pdf_text(path)
            data = path.read_bytes()
            for raw in audit_samples.PLANTED:
                assert raw not in text and raw.encode() not in data


def test_false_positive_leaves_the_incidents_and_is_counted_as_reviewed(sample_db, reports):
    _, connection = sample_db
    card = next(i for i in flagged_items(connection, [2]) if i.what == "CREDIT_CARD")
    before = pdf_text(reports(lang="en", out="before")["agent-A-1001.pdf"])
    assert "453201******0366" in before
    record_decision(connection, card.item_id, "false_positive", "Nok", "training card")
    after = pdf_text(reports(lang="en", out="after")["agent-A-1001.pdf"])
    assert "453201******0366" not in after
    assert "Items reviewed as false positives and left out\n1" in after


def test_agent_without_calls_in_the_run(sample_db, reports):
    _, connection = sample_db
    audit_samples.record_run(
        connection, [audit_samples.call("CALL-8", "A-4004", False, "pass")], "x"
    )
    with pytest.raises(CcauditError, match="'A-4004' has no calls in the selected runs"):
        reports(agent_id="A-4004", run_id=1)


def test_one_agent_and_one_run(reports):
    written = reports(lang="en", agent_id="A-2002", run_id=1)
    assert list(written) == ["agent-A-2002.pdf"]
    text = pdf_text(written["agent-A-2002.pdf"])
    assert "#1" in text and "CALL-2" not in text  # CALL-2 passed everything: nothing flagged


def test_since_covers_several_runs(reports):
    text = pdf_text(reports(lang="en", since="2000-01-01")["team-summary.pdf"])
    assert "#1–#2" in text


@pytest.mark.parametrize(
    "options, message",
    [
        ({"run_id": 42}, "no run 42"),
        ({"agent_id": "NOBODY"}, "no agent 'NOBODY'"),
        ({"since": "last week"}, "--since expects a date"),
        ({"since": "2999-01-01"}, "no runs started on or after"),
        ({"agent_id": "A-1001", "run_id": 99}, "no run 99"),
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


def test_thai_report_names_entities_and_rule_outcomes_in_thai(reports):
    text = "".join(comparable(pdf_text(reports(lang="th")["agent-A-1001.pdf"])).split())
    assert "".join(comparable("เลขบัตรเครดิต").split()) in text
    assert "".join(comparable(f"({LABELS['th']['fail']})").split()) in text
    assert "(fail)" not in text and "(violation)" not in text
