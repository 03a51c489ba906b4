"""The prefilter lets through every turn that can hold PII and few that cannot."""

from pathlib import Path

import pytest
import yaml

from ccaudit.pii.names.finder import may_hold_name, name_spans
from ccaudit.pii.prefilter import may_contain_pii


@pytest.mark.parametrize(
    "text",
    [
        "4532", "๑๒๓", "mail me @ home", "คุณสมชาย ใจดี", "ดิฉันชื่อสมหญิงค่ะ", "ผมสมชายพูดครับ",
        "สี่ห้าสาม สองศูนย์", "four five three two", "john dot smith at gmail dot com",
        "รหัส เอ็ดศูนหนึง", "สูนหนึงสอง", "ผมชื่อคุณานนท์ครับ",
        "สมชาย จุด ดี แอท จีเมล จุด คอม", "my name is Sarah", "It's David Smith", "Mr. Evans",
        "เบอร์ 081", "ขอบคุณค่ะ คุณ Suda", "ค่ะ my name is Sarah", "ครับ four five six",
        "Café: one, two, three", "ค่ะ john at mail dot com", "expiry is twelve twenty-seven",
        "Expiration date: March twenty twenty-seven", "บัตรหมดอายุ สิบสอง ยี่สิบเจ็ด ค่ะ",
        "expiry date สิบเอ็ด สามสิบ", "หมดอายุ twelve twenty-seven ครับ",
        "the ninth of august sixty one", "umm october the thirtieth",
        "สิบเอ็ด กุมภา สี่หนึ่ง", "ตุลาคม ปี สามสิบ", "บัตรใช้ได้ถึง ธันวา ยี่สิบแปด",
        "ได้ค่ะ สาม nine ศูนย์", "ok ค่ะ two สี่ one", "หมด อายุ มีนา ยี่ สิบ เก้า",
        "เจ็ด สาม ขีด หก ค่ะ", "nought four two",
    ],
)  # fmt: skip
def test_lets_through(text):
    assert may_contain_pii(text)


@pytest.mark.parametrize(
    "text",
    [
        "ขอบคุณมากค่ะ", "คุณต้องการอายัดบัตรเลยไหมคะ", "รอมาสองสามวันแล้วค่ะ",
        "I'm not sure, I think it was Tuesday.", "It's Visa, the Platinum one.",
        "one moment please", "I am calling from Chiang Mai.", "what was that about",
        "ขอบคุณ Sarah", "คุณลูกค้าค่ะ", "สวัสดีค่ะ hello", "someone two three", "Café: one two",
        "ค่ะ this is Card Services", "let me explain at seven fifteen",
        "it expires in twenty days", "บัตรหมดอายุแล้วค่ะ", "the expiry is fine, I have twelve cards",
        "may I ask who is calling", "see you in march then", "it's valid until june",
        "เดือนตุลาคมนี้ว่างไหมคะ", "สวัสดีค่ะ one moment นะคะ", "หมด อายุ แล้ว ค่ะ",
    ],
)  # fmt: skip
def test_holds_back(text):
    assert not may_contain_pii(text)


def _person_case_texts() -> list[str]:
    path = Path(__file__).parents[1] / "cases" / "recognizers" / "person.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [case["text"] for kind in ("positives", "negatives", "todo") for case in data[kind]]


def test_may_hold_name_answers_as_the_finders_do():
    """The prefilter's own walk through the name finders (may_hold_name) says a text holds a
    name exactly when the PERSON recognizer's finders (name_spans) find one in it."""
    texts = _person_case_texts() + [
        "ขอบคุณ Sarah", "คุณลูกค้าค่ะ", "From: Jane Doe", "Best regards,\nJane", "Brenda",
        "ผู้แจ้ง: อรพิน มีชัย", "ปิยะดา มีชัย   081-234-5678", "Card replaced. – JM", "",
    ]  # fmt: skip
    assert [may_hold_name(text) for text in texts] == [bool(name_spans(text)) for text in texts]
