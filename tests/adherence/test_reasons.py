"""Every reason template is worded in English and Thai, and the Thai reads as Thai."""

import re
from string import Formatter
from typing import get_args

import pytest

from ccaudit.adherence.reason_templates import SEPARATORS, TEMPLATES, THAI_TERMS
from ccaudit.adherence.reasons import REASON_LANGUAGES, Joined, Term, reason
from ccaudit.model import Channel
from ccaudit.pii import DEFAULT_ENTITIES

# A value for each placeholder name the templates use; a new name needs one here.
SAMPLE_VALUES = {
    "channel": Term("chat"),
    "who": Term("agent"),
    "role": Term("customer"),
    "phrase": "ดิฉันชื่อ",
    "more": reason("other_phrasings", count=7),
    "window": reason("window", spans=Joined((reason("first_turns_any", count=4),), "slash")),
    "count": 7,
    "seconds": 30,
    "spans": Joined(
        (reason("first_turns", count=2, role=Term("agent")), reason("first_seconds", seconds=15)),
        "slash",
    ),
    "after": reason("said", who=Term("agent"), phrase="ยอดค้างชำระ"),
    "before": reason("said", who=Term("agent"), phrase="วันเกิด"),
    "turn": 4,
    "what": reason("said", who=Term("someone"), phrase="สายหลุด"),
    "entity": Term("OTP"),
    "entities": Joined((Term("CARD_CVV"), Term("OTP")), "or"),
    "reason": reason("nothing_forbidden"),
}
# Quoted phrases come from the pack as written; OTP and CVV are what Thai staff call them.
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
ACRONYMS = re.compile(r"\b(?:OTP|CVV)\b")
LATIN = re.compile("[A-Za-z]")


def placeholders(wording: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(wording) if name}


def sample(code: str):
    names = placeholders(TEMPLATES[code]["en"])
    return reason(code, **{name: SAMPLE_VALUES[name] for name in names})


def latin_outside_quotes(text: str) -> list[str]:
    return LATIN.findall(ACRONYMS.sub("", QUOTED.sub("", text)))


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_template_has_both_wordings_with_the_same_values(code):
    wordings = TEMPLATES[code]
    assert set(wordings) == set(REASON_LANGUAGES)
    assert placeholders(wordings["th"]) == placeholders(wordings["en"])


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_template_renders_and_its_thai_has_no_latin_letters(code):
    english, thai = sample(code).render("en"), sample(code).render("th")
    assert english and thai and english != thai
    assert latin_outside_quotes(thai) == [], thai


def test_separators_and_terms_are_thai():
    assert all(set(s) == set(REASON_LANGUAGES) for s in SEPARATORS.values())
    for code, word in THAI_TERMS.items():
        assert latin_outside_quotes(word) == [], code


def test_every_role_channel_and_entity_has_a_thai_word():
    roles = {"agent", "customer", "any", "someone"}
    assert roles | set(get_args(Channel)) | set(DEFAULT_ENTITIES) <= set(THAI_TERMS)


def test_english_prints_codes_and_thai_words():
    stored = reason("entity_stored", entity=Term("CREDIT_CARD"))
    assert stored.render("en") == "CREDIT_CARD stored"
    assert stored.render("th") == "มีการจัดเก็บเลขบัตรเครดิต"
    assert reason("entity_stored", entity=Term("IBAN")).render("th") == "มีการจัดเก็บIBAN"


def test_brief_examples_read_as_a_thai_qa_team_writes_them():
    missed = reason(
        "never_said",
        role=Term("agent"),
        phrase="ดิฉันชื่อ",
        more=reason("other_phrasings", count=7),
        window=reason(
            "window", spans=Joined((reason("first_turns", count=2, role=Term("agent")),), "slash")
        ),
    )
    assert missed.render("en") == (
        "the agent never said 'ดิฉันชื่อ' (or 7 other phrasings) in the first 2 agent turns"
    )
    assert missed.render("th") == (
        "เจ้าหน้าที่ไม่ได้พูด 'ดิฉันชื่อ' (หรือวลีอื่นอีก 7 แบบ) ใน 2 ประโยคแรกของเจ้าหน้าที่"
    )
    assert reason("roles_unknown").render("th") == "ไม่ทราบบทบาทผู้พูด"
