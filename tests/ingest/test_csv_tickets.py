"""Ticket CSV: header sniffing, --map, embedded newlines, row/column locators."""

from __future__ import annotations

import csv

import pytest
from ingest_helpers import FIXTURES

from ccaudit.errors import InputFileError

TICKETS = FIXTURES / "tickets" / "helpdesk_tickets.csv"


def cell(path, row: int, column: str) -> str:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))[row - 1][column]


def test_each_row_is_a_ticket_with_its_agent_and_channel(read_path):
    tickets = read_path(TICKETS)
    assert [(t.id, t.agent_id, t.channel) for t in tickets] == [
        ("T-2001", "AG-1042", "voice"),
        ("T-2002", "AG-2001", "email"),
        ("T-2003", "AG-3100", "chat"),
    ]
    assert tickets[0].metadata == {"date": "2024-05-03"}
    assert [t.speaker for t in tickets[0].turns] == ["requester", "subject", "body", "comments"]
    assert {t.role for ticket in tickets for t in ticket.turns} == {"unknown"}


def test_cells_with_newlines_and_locators(read_path):
    tickets = read_path(TICKETS)
    body = tickets[0].turns[2]
    assert body.text == "ลูกค้าแจ้งบัตรหาย เลขบัตร 4532 0151 1283 0366\nขออายัดบัตรด่วน"
    assert (body.locator.row, body.locator.column, body.locator.line) == (
        1,
        "Ticket Description",
        2,
    )
    second = tickets[1].turns[0]
    assert (second.locator.row, second.locator.line) == (2, 5)
    for ticket in tickets:
        for turn in ticket.turns:
            assert cell(TICKETS, turn.locator.row, turn.locator.column) == turn.text


def test_column_map_names_unusual_headers(tmp_path, read_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "เลขอ้างอิง;ผู้รับผิดชอบ;ข้อความลูกค้า\nR-1;AG-9;เบอร์ 0812345678\nR-2;AG-8;สวัสดี\n",
        encoding="utf-8",
    )
    column_map = {"id": "เลขอ้างอิง", "agent": "ผู้รับผิดชอบ", "body": "ข้อความลูกค้า"}
    tickets = read_path(path, format_in="csv", column_map=column_map)
    assert [(t.id, t.agent_id, t.turns[0].text) for t in tickets] == [
        ("R-1", "AG-9", "เบอร์ 0812345678"),
        ("R-2", "AG-8", "สวัสดี"),
    ]


def test_rows_without_an_id_are_named_by_row(tmp_path, read_path):
    path = tmp_path / "export.csv"
    path.write_text("Subject,Body\na,b\n\nc,d\n", encoding="utf-8")
    tickets = read_path(path, format_in="csv")
    assert [t.id for t in tickets] == ["export-row1", "export-row2"]


def test_unknown_map_field_and_no_text_column_are_errors(tmp_path, read_path):
    path = tmp_path / "export.csv"
    path.write_text("Ticket ID,Status\n1,open\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="no text column found"):
        read_path(path, format_in="csv")
    with pytest.raises(InputFileError, match="--map field 'bdy' is not one of"):
        read_path(path, format_in="csv", column_map={"bdy": "Status"})


def test_oversized_cell_is_a_malformed_csv_error(tmp_path, read_path):
    path = tmp_path / "export.csv"
    path.write_text('Ticket ID,Description\n1,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(InputFileError, match="malformed CSV at line 2: field larger"):
        read_path(path)


def test_column_map_makes_an_unrecognised_header_csv_without_format_in(tmp_path, read_path):
    path = tmp_path / "export.txt"
    path.write_text("Ref|Text\nR-1|call me on 0812345678\n", encoding="utf-8")
    (ticket,) = read_path(path, column_map={"id": "Ref", "body": "Text"})
    assert (ticket.source_format, ticket.id, ticket.turns[0].text) == (
        "csv",
        "R-1",
        "call me on 0812345678",
    )
    (as_text,) = read_path(path)
    assert as_text.source_format == "text"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('Ticket ID,Description\n1,"unterminated\n2,next\n3,x\n', 2),
        ('Ticket ID,Description\n1,ok\n2,"a ""quoted"" word\nstill open\n', 3),
        ('Ticket ID,Description\n1,"closed\nacross lines",x\n2,"open\n', 4),
    ],
)
def test_an_unterminated_quote_names_the_line_where_its_field_started(
    tmp_path, read_path, text, line
):
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        read_path(path)
    assert caught.value.reason == f"unterminated quoted field starting at line {line}"


def test_an_unterminated_quote_in_a_long_file_stops_at_the_cell_limit(tmp_path, read_path):
    path = tmp_path / "export.csv"
    rows = "".join(f"{n},row {n} text\n" for n in range(3, 20_000))
    path.write_text('Ticket ID,Description\n1,ok\n2,"open\n' + rows, encoding="utf-8")
    with pytest.raises(InputFileError, match="unterminated quoted field starting at line 3"):
        read_path(path)


def test_a_cell_holding_a_whole_call_becomes_its_turns(tmp_path, read_path):
    call = (
        "Agent: สวัสดีค่ะ ธนาคารตัวอย่างค่ะ\n"
        "Customer: บัตร 4111 1111 1111 1111 หายค่ะ\n"
        "Agent: ขอวันเกิดเพื่อยืนยันตัวตนค่ะ\n"
        "Customer: 5 มีนาคม 2530"
    )
    path = tmp_path / "qa-export.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [["call_id", "notes", "transcript"], ["C-1", "two\nlines", call], ["C-2", "", "hi"]]
        )
    first, second = read_path(path)
    turns, notes = first.turns[:4], first.turns[4]
    assert (notes.text, notes.role, notes.index) == ("two\nlines", "unknown", 4)
    assert [(t.role, t.said) for t in turns] == [
        ("agent", "สวัสดีค่ะ ธนาคารตัวอย่างค่ะ"),
        ("customer", "บัตร 4111 1111 1111 1111 หายค่ะ"),
        ("agent", "ขอวันเกิดเพื่อยืนยันตัวตนค่ะ"),
        ("customer", "5 มีนาคม 2530"),
    ]
    assert first.channel == "unknown"
    for turn in turns:
        start = turn.locator.offset
        assert call[start : start + len(turn.text)] == turn.text
        assert (turn.locator.row, turn.locator.column) == (1, "transcript")
    assert [t.locator.line for t in turns] == [3, 4, 5, 6]  # after the notes cell's two lines
    assert [(t.text, t.role) for t in second.turns] == [("hi", "unknown")]


def test_other_columns_are_turns_of_their_own(tmp_path, read_path):
    """A CRM export's name, phone and e-mail columns are scanned, not passed over."""
    path = tmp_path / "crm.csv"
    path.write_text(
        "ticket_id,agent,customer_name,customer_phone,email,description,created_at\n"
        "T-1,AG-7,Wanida Srisuk,0812345678,wanida@example.co.th,Refund please,2026-12-01\n",
        encoding="utf-8",
    )
    (ticket,) = read_path(path)
    assert [(t.speaker, t.text, t.locator.column) for t in ticket.turns] == [
        ("requester", "Wanida Srisuk", "customer_name"),
        ("body", "Refund please", "description"),
        ("customer_phone", "0812345678", "customer_phone"),
        ("email", "wanida@example.co.th", "email"),
    ]
    assert (ticket.id, ticket.agent_id, ticket.metadata) == ("T-1", "AG-7", {"date": "2026-12-01"})


def test_a_table_with_no_text_column_is_read_as_fields(tmp_path, read_path):
    path = tmp_path / "customers.txt"
    path.write_text(
        "customer_id,full_name,mobile,dob\n"
        "C-1,Wanida Srisuk,0812345678,1979-12-03\n"
        "C-2,Somchai Jaidee,0898765432,1980-01-02\n",
        encoding="utf-8",
    )
    first, second = read_path(path)
    assert first.source_format == "csv"
    assert [(t.locator.column, t.text) for t in second.turns] == [
        ("customer_id", "C-2"),
        ("full_name", "Somchai Jaidee"),
        ("mobile", "0898765432"),
        ("dob", "1980-01-02"),
    ]


def test_a_table_whose_amounts_split_cells_is_still_a_table(tmp_path, read_path):
    path = tmp_path / "payouts.txt"
    path.write_text(
        "customer_id,name_en,mobile,payout\n"
        "C-1,Wanida Srisuk,0812345678,980.00\n"
        "C-2,Somchai Jaidee,0898765432,12,500.00\n",
        encoding="utf-8",
    )
    first, second = read_path(path)
    assert first.source_format == "csv"
    assert [(t.locator.column, t.text) for t in second.turns][-2:] == [
        ("payout", "12"),
        ("column 5", "500.00"),
    ]


def test_prose_whose_lines_vary_in_commas_is_no_table(tmp_path, read_path):
    path = tmp_path / "note.txt"
    path.write_text(
        "Called back, no answer, left voicemail\n"
        "Customer rang again, wants refund, card blocked, new card sent, ok\n",
        encoding="utf-8",
    )
    (note,) = read_path(path)
    assert note.source_format == "text"


def test_a_row_longer_than_its_header_has_every_cell_read(tmp_path, read_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "ticket_id,subject,amount\nT-1,refund,3,200.00 to 0812345678\n", encoding="utf-8"
    )
    (ticket,) = read_path(path)
    assert [(t.locator.column, t.text) for t in ticket.turns][-2:] == [
        ("amount", "3"),
        ("column 4", "200.00 to 0812345678"),
    ]


def test_lines_with_commas_are_no_table(tmp_path, read_path):
    path = tmp_path / "call.txt"
    path.write_text(
        "Agent: hello, thank you for calling, how can I help\n"
        "Customer: hi, I lost my card, can you block it\n",
        encoding="utf-8",
    )
    (call,) = read_path(path)
    assert call.source_format == "text"
