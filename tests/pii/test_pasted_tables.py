"""Names in the person columns of a table pasted into text (ccaudit.pii.names.pasted_tables)."""

from __future__ import annotations

import pytest

from ccaudit.pii.names.pasted_tables import table_name_spans


def names(*texts: str, speakers: tuple[str | None, ...] = ()) -> list[str]:
    speakers = speakers or (None,) * len(texts)
    return [texts[p][s:e] for p, s, e in table_name_spans(texts, speakers)]


def test_a_csv_export_pasted_into_a_note():
    note = (
        "export จาก backoffice ห้ามส่งออกนอกทีม\n"
        "order_no,customer_name,phone,email,cod_amount\n"
        "TH2405-004233,Wanida Srisawat,+66957742018,,459.00\n"
        'TH2405-004301,"Lee, Min-jun",0633018852,minjun@example.com,2750.00\n'
    )
    assert names(note) == ["Wanida Srisawat", "Lee, Min-jun"]


def test_a_table_whose_every_line_is_a_turn_of_its_own():
    lines = (
        "lead_id;ชื่อ;นามสกุล;เบอร์โทร;อีเมล",
        "L-009311;ปิยะนุช;แสงอรุณ;0812267730;piyanuch@example.com",
        "L-009312;Thomas;Becker;+49 171 2283490;t.becker@example.de",
    )
    assert names(*lines) == ["ปิยะนุช", "แสงอรุณ", "Thomas", "Becker"]


def test_a_markdown_table():
    table = (
        "| name | phone | email |\n|---|---|---|\n| Somchai Jaidee | 0812345678 | s@example.com |\n"
    )
    assert names(table) == ["Somchai Jaidee"]


def test_the_table_ends_where_a_line_is_no_row():
    text = (
        "name,phone,email\nSomchai Jaidee,0812345678,s@example.com\n\n"
        "Please call Dana Smith, Ops, today\n"
    )
    assert names(text) == ["Somchai Jaidee"]


def test_a_header_said_by_one_speaker_heads_no_row_of_another():
    said = ("Name,phone,email please", "Sure,0812345678,ok")
    assert names(*said, speakers=("agent", "customer")) == []


@pytest.mark.parametrize(
    "text",
    [
        # A sentence with a space after each comma is no header.
        "Name, phone, email please\nSure, 0812345678, ok\n",
        # A totals row, and branches in the name column.
        "name,phone,email\nTotal,,\nMain Branch,021234567,main@example.com\n",
        # A shop in the name columns.
        "lead_id,ชื่อ,นามสกุล,เบอร์โทร\nL-1,ร้าน,สมใจพาณิชย์,034-251-118\n",
        "customer_name,phone,email\nSiam Trading Co. Ltd,021234567,info@example.com\n",
        # Placeholders and values that hold digits.
        "customer_name,phone,email\nN/A,021234567,\nGuest 4471,0812345678,\n",
        # A sentence with commas is no header: one field name only.
        "Hi, my name, phone and address are below, thanks\nDana, 0812345678, Bangkok, ok\n",
        # Columns of no person.
        "order_no,phone,email,status\nTH-1,0812345678,a@example.com,Pending Review\n",
    ],
)
def test_no_person_in_these_tables(text):
    assert names(text) == []


def test_a_pasted_tables_names_are_found_by_the_detector(detector, conversation):
    note = "order_no,customer_name,phone\nTH2405-004233,Wanida Srisawat,+66957742018\n"
    found = detector.scan(conversation(("agent", note)))
    assert [note[f.start : f.end] for f in found if f.entity_type == "PERSON"] == [
        "Wanida Srisawat"
    ]


def test_a_pasted_tables_birth_dates_and_passports_are_found_by_the_detector(
    detector, conversation
):
    note = (
        "attendee_id;first_name;last_name;passport;dob\n"
        "A-10021;Jonathan;Reyes;P3918274B;1990-02-14\n"
        "A-10022;Priya;Raman;K3381902Q;03/07/1986\n"
        "A-10023;Siam Trading Co. Ltd;;;2001-01-01\n"
        "A-10024;Chen;Wei;;unknown\n"
    )
    found = detector.scan(conversation(("agent", note)))
    values = {(f.entity_type, note[f.start : f.end]) for f in found}
    assert {("DATE_OF_BIRTH", "1990-02-14"), ("DATE_OF_BIRTH", "03/07/1986")} <= values
    assert {("PASSPORT", "P3918274B"), ("PASSPORT", "K3381902Q")} <= values
    # A business's row names no one born; a cell that is no date is none.
    assert not any(value in ("2001-01-01", "unknown") for _, value in values)
