"""Every reason a rule result can give, worded in English and in Thai.

The English wordings are the `reason` strings of the JSON, JSONL, SARIF and JUnit outputs and
must not change. The Thai ones are what a Thai bank's QA team would write: short, polite,
"เจ้าหน้าที่" for the agent and "ประโยค" for a turn, as the Thai report's labels say it.
`{phrase!r}` keeps a rule's phrase quoted as the pack wrote it, in both languages.
"""

from __future__ import annotations

TEMPLATES: dict[str, dict[str, str]] = {
    # Why a rule did not apply.
    "channel_not_covered": {
        "en": "channel {channel} not covered",
        "th": "กฎนี้ไม่ใช้กับช่องทาง{channel}",
    },
    "roles_unknown": {"en": "speaker roles unknown", "th": "ไม่ทราบบทบาทผู้พูด"},
    "no_times": {
        "en": "the rule's window is in seconds and the call has no times",
        "th": "กฎนี้นับเป็นวินาที แต่สายนี้ไม่มีเวลากำกับ",
    },
    "later_step_absent": {
        "en": "the later step never happens in this call",
        "th": "ขั้นตอนถัดมาไม่เกิดขึ้นในสายนี้",
    },
    "skipped": {"en": "not applicable: {what}", "th": "ไม่เข้าเงื่อนไขของกฎ: {what}"},
    # A verdict on a call whose speakers' roles were inferred from what they said.
    "roles_inferred": {
        "en": "{reason} (speaker roles inferred from what was said)",
        "th": "{reason} (บทบาทผู้พูดอนุมานจากสิ่งที่พูด)",
    },
    "no_notes": {
        "en": "no agent notes or ticket text",
        "th": "ไม่มีบันทึกของเจ้าหน้าที่หรือข้อความในทิกเก็ต",
    },
    # What was said, and what was never said.
    "said": {"en": "{who} said {phrase!r}", "th": "{who}พูดว่า {phrase!r}"},
    "matched_pattern": {
        "en": "{who} matched the pattern",
        "th": "{who}พูดข้อความที่ตรงกับรูปแบบ",
    },
    "never_said": {
        "en": "the {role} never said {phrase!r}{more}{window}",
        "th": "{role}ไม่ได้พูด {phrase!r}{more}{window}",
    },
    "nobody_said": {
        "en": "nobody said {phrase!r}{more}{window}",
        "th": "ไม่มีใครพูด {phrase!r}{more}{window}",
    },
    "other_phrasings": {
        "en": " (or {count} other phrasings)",
        "th": " (หรือวลีอื่นอีก {count} แบบ)",
    },
    "no_pattern_match": {
        "en": "nothing {role} said matches the pattern{window}",
        "th": "{role}ไม่ได้พูดข้อความที่ตรงกับรูปแบบ{window}",
    },
    "no_pattern_match_by_anyone": {
        "en": "nothing someone said matches the pattern{window}",
        "th": "ไม่มีใครพูดข้อความที่ตรงกับรูปแบบ{window}",
    },
    "excluded_absent": {
        "en": "the excluded thing never happened",
        "th": "ไม่พบสิ่งที่กฎยกเว้นไว้",
    },
    "excluded_present": {"en": "the excluded thing happened", "th": "พบสิ่งที่กฎยกเว้นไว้"},
    "nothing_forbidden": {"en": "nothing forbidden said", "th": "ไม่มีการพูดข้อความต้องห้าม"},
    # Windows: where in the call a phrase was looked for.
    "window": {"en": " in the {spans}", "th": " ใน {spans}"},
    "first_turns": {"en": "first {count} {role} turns", "th": "{count} ประโยคแรกของ{role}"},
    "first_turns_any": {"en": "first {count} turns", "th": "{count} ประโยคแรกของสาย"},
    "last_turns": {"en": "last {count} {role} turns", "th": "{count} ประโยคสุดท้ายของ{role}"},
    "last_turns_any": {"en": "last {count} turns", "th": "{count} ประโยคสุดท้ายของสาย"},
    "until_event": {"en": "turns before the later step", "th": "ประโยคก่อนขั้นตอนถัดไป"},
    "first_seconds": {"en": "first {seconds:g} seconds", "th": "{seconds:g} วินาทีแรกของสาย"},
    # Order of two steps.
    "required_step_missing": {
        "en": "{after} and the required step never came",
        "th": "{after} โดยไม่ได้ทำขั้นตอนที่กำหนดก่อน",
    },
    "required_step_late": {
        "en": "{after} before the required step (turn {turn})",
        "th": "{after} ก่อนทำขั้นตอนที่กำหนด (ประโยคที่ {turn})",
    },
    "in_order": {
        "en": "in order: {before}, then {after}",
        "th": "ถูกลำดับ: {before} แล้วจึง {after}",
    },
    # Personal data said, stopped or stored.
    "entity_said": {"en": "{role} says {entity}", "th": "{role}พูด{entity}"},
    "no_entity_said": {
        "en": "no {entities} said by {role}",
        "th": "{role}ไม่ได้พูด{entities}",
    },
    "no_entity_said_by_anyone": {
        "en": "no {entities} said by any",
        "th": "ไม่มีใครพูด{entities}",
    },
    "secret_not_stopped": {
        "en": "customer's {entity} not stopped",
        "th": "ไม่ได้หยุดลูกค้าเมื่อพูด{entity}",
    },
    "secret_stopped": {
        "en": "the agent stopped the customer",
        "th": "เจ้าหน้าที่หยุดลูกค้าแล้ว",
    },
    "no_secret_said": {
        "en": "no secret reached the transcript",
        "th": "ไม่มีข้อมูลลับปรากฏในบทสนทนา",
    },
    "entity_stored": {"en": "{entity} stored", "th": "มีการจัดเก็บ{entity}"},
    "none_stored": {"en": "none stored", "th": "ไม่มีการจัดเก็บข้อมูลต้องห้าม"},
}

# How reasons (or terms) in a row are joined.
SEPARATORS: dict[str, dict[str, str]] = {
    "all": {"en": "; ", "th": "; "},
    "and": {"en": " and ", "th": " และ "},
    "or": {"en": ", ", "th": " หรือ "},
    "slash": {"en": " / ", "th": " / "},
}

# Roles, channels and entity types in Thai; English prints their codes. A code missing here
# (an entity of a custom pack) stays a code in Thai too.
THAI_TERMS: dict[str, str] = {
    "agent": "เจ้าหน้าที่",
    "customer": "ลูกค้า",
    "someone": "มีคน",
    "any": "มีคน",
    "voice": "โทรศัพท์",
    "chat": "แชท",
    "email": "อีเมล",
    "ticket": "ทิกเก็ต",
    "note": "บันทึกของเจ้าหน้าที่",
    "unknown": "ที่ไม่ระบุ",
    "ivr": "ระบบอัตโนมัติ",
    "bot": "บอท",
    "system": "ระบบ",
    "CREDIT_CARD": "เลขบัตรเครดิต",
    "CARD_CVV": "รหัส CVV",
    "CARD_EXPIRY": "วันหมดอายุบัตร",
    "TH_TNIN": "เลขบัตรประชาชน",
    "BANK_ACCOUNT": "เลขบัญชีธนาคาร",
    "OTP": "รหัส OTP",
    "PASSPORT": "เลขหนังสือเดินทาง",
    "PHONE_NUMBER": "เบอร์โทรศัพท์",
    "EMAIL_ADDRESS": "อีเมล",
    "DATE_OF_BIRTH": "วันเกิด",
    "PERSON": "ชื่อบุคคล",
}
