"""Known synthetic values planted in CLI tests, so every artifact can be searched for them."""

import json

CARD = "4532015112830366"
THAI_ID = "1101700203450"  # passes the mod-11 checksum, so it is detected, not merely ignored
PHONE = "0812345678"

TRANSCRIPT = (
    "Agent ID: A-1001\n"
    "เจ้าหน้าที่: สวัสดีค่ะ ธนาคารตัวอย่าง ยินดีให้บริการค่ะ\n"
    f"ลูกค้า: บัตรเครดิตเลข{CARD}ค่ะ\n"
    f"ลูกค้า: เลขบัตรประชาชน {THAI_ID} เบอร์ {PHONE} ค่ะ\n"
)


def zendesk_line(ticket_id: int, body: str) -> str:
    comment = {"author_id": 9000 + ticket_id, "public": True, "plain_body": body}
    ticket = {"id": ticket_id, "subject": "Help", "requester_id": 9000 + ticket_id}
    return json.dumps({**ticket, "assignee_id": 42, "comments": [comment]}, ensure_ascii=False)


# A line cut off mid-string; what it holds must never reach any output.
CUT_LINE = '{"id": 302, "subject": "Somchai Jaidee", "comments": [{"plain_body": "' + PHONE
CUT_LINE_TEXT = ("Somchai", "Jaidee", PHONE)

# Three tickets, one per line: the second is cut off, the third holds a Thai ID.
NDJSON_WITH_A_CUT_LINE = (
    "\n".join(
        [zendesk_line(301, "My card is blocked."), CUT_LINE, zendesk_line(303, f"บัตร {THAI_ID} ค่ะ")]
    )
    + "\n"
)
CUT_LINE_ERROR = "line 2: invalid JSON at column 70: unexpected end of data (truncated line?)"
