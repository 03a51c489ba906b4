"""Writing without holding: JSON laid out as json.dumps lays it out, spooled items coming back
as they went in, and tables that keep only the worst rows and say so."""

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from ccaudit.model import Severity
from ccaudit.output import rule_table, table
from ccaudit.output.streamed import JsonDocument, Spool, WorstKept
from ccaudit.pipeline.summary import CallScore, CheckSummary, FileTally, ScanSummary

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@given(st.dictionaries(st.text(), JSON_VALUES, max_size=4), st.lists(JSON_VALUES, max_size=4))
def test_a_streamed_document_reads_and_looks_like_json_dumps(head, items):
    stream = io.StringIO()
    document = JsonDocument(stream)
    document.begin("{")
    for key, value in head.items():
        document.value(value, key)
    document.begin("[", '\n items "quoted"')
    for item in items:
        document.value(item)
    document.end("]")
    document.end("}")
    expected = {**head, '\n items "quoted"': items}
    assert stream.getvalue() == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def test_spooled_items_come_back_in_order():
    spool = Spool()
    items = [FileTally(f"f{n}.txt", conversations=n) for n in range(5)]
    for item in items:
        spool.append(item)
    assert list(spool) == items and spool.count == 5


def test_the_worst_are_kept_in_the_order_they_came_the_first_of_equals_first():
    kept = WorstKept(3, badness=lambda pair: pair[1])
    for item in [("a", 1), ("b", 5), ("c", 2), ("d", 5), ("e", 5), ("f", 9)]:
        kept.add(item)
    assert kept.kept() == [("b", 5), ("d", 5), ("f", 9)]
    assert (kept.seen, kept.left_out) == (6, 3)


def test_the_scan_table_lists_the_worst_files_and_counts_the_rest(monkeypatch):
    monkeypatch.setattr(table, "FILE_ROWS", 2)
    stream = io.StringIO()
    writer = table.TableFindingWriter(stream)
    for name, worst, count in [("a", "low", 1), ("b", "critical", 1), ("c", "high", 3)]:
        tally = FileTally(f"{name}.txt", worst=Severity[worst])
        tally.findings["PERSON"] = count
        writer.add_file(tally)
    writer.add_file(FileTally("clean.txt"))
    writer.finish(ScanSummary())
    text = stream.getvalue()
    assert "the 2 worst of 3 files with findings" in text
    assert "b.txt" in text and "c.txt" in text and "a.txt" not in text
    assert "1 conversation files with no findings" in text


def test_the_check_table_lists_the_lowest_scores_and_counts_the_rest(monkeypatch):
    monkeypatch.setattr(rule_table, "CALL_ROWS", 2)
    stream = io.StringIO()
    writer = rule_table.RuleTableWriter(stream)
    for call_id, score in [("good", 0.9), ("bad", 0.1), ("none", None), ("worse", 0.05)]:
        writer.add_call(CallScore(f"{call_id}.txt", call_id, None, score), [])
    writer.finish(CheckSummary(calls=4))
    text = stream.getvalue()
    assert "the 2 lowest scores of 4 calls" in text
    assert "bad" in text and "worse" in text and "good" not in text
