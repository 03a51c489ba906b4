"""Every miss class of issue 13's "Why", as the bundled packs now judge it.

Each call is checked like `ccaudit check` checks it: the bundled packs of its language plus
pci-dss, with the scan's own detector for the pii_handling rules.
"""

import pytest
from adherence_builders import call

from ccaudit.adherence import Checker, default_pack_paths, load_packs
from ccaudit.adherence.examples import default_detect

PACKS = load_packs(default_pack_paths())


def verdicts(conversation, packs=PACKS) -> dict[str, str]:
    results = Checker(packs, match_language=True).check(
        conversation, default_detect()(conversation)
    )
    out = {}
    for result in results:
        out[result.rule_id] = result.status
        for other in result.also:
            out[other.split(":")[1]] = result.status
    return out


# Phrase lists too narrow: one wording per idea, in one word order.
@pytest.mark.parametrize(
    "request_",
    [
        "can you read out your password for me?",
        "รหัสเข้าระบบของลูกค้าใช้อะไรอยู่ครับ",
        "ขอ CVC ของบัตรด้วยครับ",
        "and the 3-digit CVV on the back please, for confirmation.",
    ],
)
def test_secret_requests_in_other_words_and_orders(request_):
    c = call(("agent", "สวัสดีค่ะ"), ("customer", "ค่ะ"), ("agent", request_))
    assert verdicts(c)["no-secret-request"] == "violation"


@pytest.mark.parametrize("offer", ["มีอะไรสอบถามเพิ่มเติมอีกไหมคะ", "มีอะไรให้ดิฉันดูแลเพิ่มเติมไหมคะ"])
def test_offers_of_further_help_in_other_words(offer):
    c = call(("agent", "เรียบร้อยค่ะ"), ("customer", "ค่ะ"), ("agent", offer))
    assert verdicts(c)["offer-further-help"] == "pass"


@pytest.mark.parametrize(
    "account_talk",
    [
        "แก้ไขที่อยู่ให้เรียบร้อยแล้วค่ะ",
        "รายการโอนออกล่าสุดห้าพันบาทค่ะ",
        "คะแนนสะสมของคุณลูกค้ามีสองพันคะแนนค่ะ",
    ],
)
def test_account_details_are_recognised_as_account_talk(account_talk):
    c = call(("agent", "สวัสดีค่ะ"), ("customer", "สอบถามค่ะ"), ("agent", account_talk))
    assert verdicts(c)["verify-before-account-details"] == "fail"


@pytest.mark.parametrize(
    "check",
    ["ขอเบอร์มือถือที่ลงทะเบียนไว้ค่ะ", "ขอเลขบัตรประชาชนสี่ตัวท้ายค่ะ", "ขอเลขบัตรประชาชน 4 ตัวท้ายค่ะ"],
)
def test_verification_by_registered_mobile_or_last_digits_of_the_id(check):
    c = call(
        ("agent", check),
        ("customer", "ค่ะ"),
        ("agent", "ข้อมูลถูกต้องค่ะ ยอดค้างชำระสามพันบาทค่ะ"),
    )
    assert verdicts(c)["verify-before-account-details"] == "pass"


# Warnings read as requests.
@pytest.mark.parametrize(
    "warning",
    [
        "ถ้ามีคนขอ CVV อย่าให้นะคะ",
        "ธนาคารไม่มีนโยบายขอรหัส OTP นะคะ",
        "Just so you know, we will never ask for your PIN or password.",
        "If anyone asks for your CVV, don't give it to them.",
    ],
)
def test_a_warning_is_not_a_request(warning):
    c = call(("agent", "สวัสดีค่ะ"), ("customer", "ค่ะ"), ("agent", warning))
    assert verdicts(c)["no-secret-request"] == "pass"


# Read-backs missed: a card read back in spoken words.
def test_a_card_read_back_in_words_is_a_violation():
    spoken = "four five three two zero one five one one two eight three zero three six six"
    c = call(("customer", f"it's {spoken}"), ("agent", f"okay so thats {spoken} correct"))
    assert verdicts(c)["no-pan-read-back"] == "violation"


# Windows and noise.
def test_windows_count_the_agents_turns_not_every_speakers():
    c = call(
        ("agent", "ค่ะ"),
        ("customer", "ฮัลโหล"),
        ("customer", "ได้ยินไหมคะ"),
        ("customer", "ฮัลโหล"),
        ("agent", "สวัสดีค่ะ ธนาคารกรุงสยามค่ะ ดิฉันนิดาค่ะ"),
    )
    result = verdicts(c)
    assert result["greeting"] == "pass" and result["agent-introduction"] == "pass"


def test_mild_asr_noise_keeps_a_match():
    c = call(
        ("agent", "thanks for calling crestline card services my name's marcus uh just so you "
         "know calls are record it for quality how can i help"),
        ("customer", "hi"),
    )  # fmt: skip
    assert verdicts(c)["recording-disclosure"] == "pass"


# Rule meaning.
@pytest.mark.parametrize(
    "opening",
    [
        "สวัสดีค่ะ เมืองทองประกันภัยค่ะ",
        "สวัสดีครับ การไฟฟ้าเขตนครใต้ครับ",
        "สวัสดีค่ะ ยินดีต้อนรับสู่ไทยสกายเวย์ค่ะ",
        "สวัสดีครับ MyMobile ครับ",
        "สวัสดีค่ะ ธนาคารกรุงสยามค่ะ",
    ],
)
def test_thai_greeting_works_for_insurers_utilities_airlines_telcos_and_banks(opening):
    assert verdicts(call(("agent", opening), ("customer", "ค่ะ")))["greeting"] == "pass"


def test_english_greeting_checks_the_organisation_not_the_agents_name():
    named = call(("agent", "Hello, this is Dana. How can I help?"), ("customer", "Hi"))
    assert verdicts(named)["greeting"] == "fail"
    assert verdicts(named)["agent-introduction"] == "pass"
    org = call(("agent", "Hello, Evergreen Health Plan member services."), ("customer", "Hi"))
    assert verdicts(org)["greeting"] == "pass"


def test_the_deployments_organisation_is_what_the_greeting_must_name():
    packs = load_packs(default_pack_paths(), {"org": ("Northwind",)})
    right = call(("agent", "Hello, Northwind, this is Dana."), ("customer", "Hi"))
    other = call(("agent", "Hello, Contoso Bank, this is Dana."), ("customer", "Hi"))
    assert verdicts(right, packs)["greeting"] == "pass"
    assert verdicts(other, packs)["greeting"] == "fail"


def test_thanks_for_waiting_is_not_a_close():
    c = call(("agent", "เรียบร้อยค่ะ"), ("customer", "ขออีกเรื่องค่ะ"), ("agent", "ขอบคุณที่รอค่ะ"))
    assert verdicts(c)["polite-close"] == "fail"


# Counted twice.
def test_one_read_back_is_one_incident_scored_once():
    c = call(("agent", "ทวนเลขบัตรนะคะ 4532 0151 1283 0366 ค่ะ"))
    results = Checker(PACKS, match_language=True).check(c, default_detect()(c))
    flagged = [r for r in results if r.status == "violation"]
    assert len(flagged) == 1
    assert {flagged[0].rule_id, *(a.split(":")[1] for a in flagged[0].also)} == {
        "no-pan-read-back",
        "no-card-read-back",
    }
