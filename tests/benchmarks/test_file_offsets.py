import json

from benchmarks.independent.file_offsets import file_span

LINES = [
    json.dumps({"speaker": "spk_0", "text": "hello"}, ensure_ascii=False),
    json.dumps({"speaker": "spk_1", "text": "เบอร์ 0812345678 ค่ะ"}, ensure_ascii=False),
]


def test_a_jsonl_finding_is_placed_in_its_line():
    text = "\n".join(LINES) + "\n"
    finding = {"start": 6, "end": 16, "locator": {"pointer": "/text", "line": 2}}
    start, end = file_span(text, finding)
    assert text[start:end] == "0812345678"


def test_a_whole_file_finding_is_placed_by_its_pointer():
    text = json.dumps({"turns": [{"text": "hi"}, {"text": "card 4111"}]})
    start, end = file_span(text, {"start": 5, "end": 9, "locator": {"pointer": "/turns/1/text"}})
    assert text[start:end] == "4111"


def test_a_value_that_fills_several_fields_is_placed_in_its_own():
    text = json.dumps(
        {"records": [{"name": "Ann Lee", "owner": "K. Navarro"}, {"owner": "K. Navarro"}]}
    )
    finding = {"start": 0, "end": 10, "locator": {"pointer": "/records/1/owner"}}
    start, end = file_span(text, finding)
    assert text[start:end] == "K. Navarro"
    assert start == text.rindex("K. Navarro")


def test_a_text_finding_keeps_its_offsets_and_an_unplaceable_one_is_dropped():
    assert file_span("Agent: hi", {"start": 7, "end": 9, "locator": {"line": 1}}) == (7, 9)
    escaped = json.dumps({"text": 'say "hi" 0812345678'})
    assert file_span(escaped, {"start": 9, "end": 19, "locator": {"pointer": "/text"}}) is None


def test_a_csv_finding_is_placed_in_its_cell():
    text = 'id,who,text\n1,agent,"hello,\nthere"\n2,customer,card 4111\n'
    finding = {"start": 5, "end": 9, "locator": {"row": 2, "column": "text", "line": 4}}
    start, end = file_span(text, finding)
    assert text[start:end] == "4111"
    quoted = {"start": 0, "end": 5, "locator": {"row": 1, "column": "text", "line": 2}}
    start, end = file_span(text, quoted)
    assert text[start:end] == "hello"


def test_a_tab_separated_finding_is_placed_in_its_cell():
    text = "start\tend\tspeaker\ttext\n00:01\t00:04\tspk_1\tid 3126822068019 ok\n"
    finding = {"start": 3, "end": 16, "locator": {"row": 1, "column": "text", "line": 2}}
    start, end = file_span(text, finding)
    assert text[start:end] == "3126822068019"
