"""Rule kinds, windows, roles, channels, evidence masking and the adherence score."""

import textwrap
from dataclasses import replace

import pytest
from adherence_builders import call, finding

from ccaudit.adherence import Checker, adherence_score, call_language, load_pack
from ccaudit.model import RuleResult, Severity

CARD = "4532015112830366"
PACK = """\
pack: test
version: 1
language: any
rules:
  - id: greeting
    title: {th: ทักทาย, en: Greeting}
    severity: medium
    applies_to: {channels: [voice, chat], role: agent}
    required_phrase:
      phrases: [สวัสดี, hello]
      window: {first_turns: 1}
  - id: greeting-10s
    title: {th: ทักทายใน 10 วินาที, en: Greeting in 10 seconds}
    severity: low
    required_phrase:
      phrases: [hello]
      window: {first_seconds: 10}
  - id: no-otp
    title: {th: ห้ามขอ OTP, en: No OTP request}
    severity: critical
    forbidden_phrase:
      phrases: [otp]
      exceptions: [never ask for your otp]
  - id: verify-first
    title: {th: ยืนยันก่อน, en: Verify first}
    severity: high
    order:
      before: {phrases: [date of birth]}
      after: {phrases: [your balance]}
  - id: read-back
    title: {th: ห้ามทวนเลขบัตร, en: No card read back}
    severity: critical
    pii_handling: {check: read_back, entities: [CREDIT_CARD]}
  - id: stop-otp
    title: {th: หยุด OTP, en: Stop OTP}
    severity: high
    pii_handling:
      check: unstopped_secret
      entities: [OTP]
      within_turns: 1
      stop_phrases: [please don't]
  - id: notes
    title: {th: โน้ต, en: Notes}
    severity: critical
    pii_handling: {check: stored, entities: [CREDIT_CARD], scope: notes}
  - id: ref
    title: {th: อ้างอิง, en: Reference}
    severity: info
    custom_pattern: {pattern: 'ref\\s*\\d+', expect: present, role: agent}
  - id: not-rude
    title: {th: สุภาพ, en: Polite}
    severity: low
    required_phrase:
      not: {phrases: [shut up]}
  - id: greet-and-close
    title: {th: ทักทายและปิด, en: Greet and close}
    severity: low
    required_phrase:
      all:
        - phrases: [hello]
          window: {first_turns: 1}
        - any:
            - phrases: [goodbye]
            - phrases: [thank you]
          window: {last_turns: 1}
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    path = tmp_path_factory.mktemp("packs") / "test.yaml"
    path.write_text(textwrap.dedent(PACK), encoding="utf-8")
    return Checker([load_pack(path)])


def statuses(checker, conversation, findings=()):
    return {r.rule_id: r for r in checker.check(conversation, list(findings))}


def test_good_english_call(checker):
    c = call(
        ("agent", "Hello, this is Dana."),
        ("customer", "Hi."),
        ("agent", "Can you confirm your date of birth?"),
        ("customer", "May 3rd."),
        ("agent", "Your balance is 40 dollars, ref 1234. Goodbye."),
    )
    r = statuses(checker, c)
    assert {k: v.status for k, v in r.items()} == {
        "greeting": "pass",
        "greeting-10s": "not_applicable",
        "no-otp": "pass",
        "verify-first": "pass",
        "read-back": "pass",
        "stop-otp": "pass",
        "notes": "not_applicable",
        "ref": "pass",
        "not-rude": "pass",
        "greet-and-close": "pass",
    }
    assert r["greeting"].turn == 0 and r["verify-first"].turn == 2
    assert r["greeting-10s"].reason == "the rule's window is in seconds and the call has no times"


def test_failures_and_violations(checker):
    c = call(
        ("agent", "Yes?"),
        ("customer", "Hi."),
        ("agent", "Your balance is 40. What is the OTP?"),
        ("agent", "Shut up please."),
    )
    r = statuses(checker, c)
    assert r["greeting"].status == "fail" and r["greeting"].turn is None
    assert r["no-otp"].status == "violation" and r["no-otp"].turn == 2
    assert r["verify-first"].status == "fail" and r["verify-first"].turn == 2
    assert r["ref"].status == "fail"
    assert r["not-rude"].status == "fail"


def test_warning_is_an_exception_not_a_violation(checker):
    c = call(("agent", "Hello. We will never ask for your OTP."))
    assert statuses(checker, c)["no-otp"].status == "pass"


def test_window_in_seconds_uses_turn_times(checker):
    late = call(("agent", "Yes?"), ("agent", "Hello"), times=[0, 12_000])
    early = call(("agent", "Yes?"), ("agent", "Hello"), times=[0, 8_000])
    assert statuses(checker, late)["greeting-10s"].status == "fail"
    assert statuses(checker, early)["greeting-10s"].status == "pass"
    assert statuses(checker, early)["greeting-10s"].start_ms == 8_000


def test_roles_unknown_make_role_rules_not_applicable(checker):
    c = call(("unknown", "Hello, what is your OTP?"), ("unknown", "123456"))
    r = statuses(checker, c)
    assert r["greeting"].status == "not_applicable"
    assert r["greeting"].reason == "speaker roles unknown"
    assert r["read-back"].status == "not_applicable"


def test_channel_outside_applies_to_is_not_applicable(checker):
    c = call(("agent", "Hello"), channel="email")
    r = statuses(checker, c)
    assert r["greeting"].status == "not_applicable"
    assert "channel email" in r["greeting"].reason


def test_agent_reading_back_a_full_card_is_a_violation_and_evidence_is_masked(checker):
    c = call(("customer", f"card {CARD}"), ("agent", f"So that is {CARD}, right?"))
    findings = [finding(c, 0, CARD), finding(c, 1, CARD)]
    r = statuses(checker, c, findings)["read-back"]
    assert r.status == "violation" and r.turn == 1
    # The card reads as its finding's mask, as in every other output.
    assert CARD not in r.evidence and r.evidence == "So that is 453201******0366, right?"


def test_card_split_over_agent_turns_counts_whole(checker):
    c = call(("agent", "4532 0151"), ("customer", "uh-huh"), ("agent", "1283 0366"))
    findings = [finding(c, 0, "4532 0151", group="g1"), finding(c, 2, "1283 0366", group="g1")]
    assert statuses(checker, c, findings)["read-back"].status == "violation"


def test_last_four_digits_are_not_a_read_back(checker):
    c = call(("agent", "The card ending 0366?"))
    assert statuses(checker, c, [finding(c, 0, "0366")])["read-back"].status == "pass"


def test_customer_secret_must_be_stopped_within_n_agent_turns(checker):
    stopped = call(("customer", "OTP 482913"), ("agent", "Please don't share that."))
    unstopped = call(("customer", "OTP 482913"), ("agent", "Thanks."), ("agent", "Please don't."))
    r1 = statuses(checker, stopped, [finding(stopped, 0, "482913", "OTP")])["stop-otp"]
    r2 = statuses(checker, unstopped, [finding(unstopped, 0, "482913", "OTP")])["stop-otp"]
    assert r1.status == "pass"
    assert r2.status == "violation" and r2.turn == 0
    assert "482913" not in r2.evidence


def test_card_in_a_note_is_a_violation(checker):
    c = call(("agent", "Done."), ("note", f"blocked {CARD}"))
    r = statuses(checker, c, [finding(c, 1, CARD)])["notes"]
    assert r.status == "violation" and CARD not in r.evidence


def test_card_in_a_ticket_body_is_a_violation(checker):
    c = call(("unknown", f"Card {CARD} blocked"), channel="ticket")
    assert statuses(checker, c, [finding(c, 0, CARD)])["notes"].status == "violation"


def test_evidence_masks_number_shaped_text_even_without_findings(checker):
    c = call(("agent", "What is your OTP, is it 482913?"))
    r = statuses(checker, c)["no-otp"]
    assert r.status == "violation" and "482913" not in r.evidence


def test_result_carries_call_identity(checker):
    r = statuses(checker, call(("agent", "Hello")))["greeting"]
    assert (r.path, r.call_id, r.agent_id, r.pack) == ("c1.txt", "c1", "A1", "test")
    assert r.severity is Severity.medium and r.title == "Greeting"


def result(status, severity, weight):
    return RuleResult("p", "c", None, "x", "r", "t", status, severity, weight=weight)


def test_adherence_score_is_weighted_without_not_applicable():
    results = [
        result("pass", Severity.critical, 8),
        result("fail", Severity.low, 2),
        result("not_applicable", Severity.high, 5),
    ]
    assert adherence_score(results) == pytest.approx(8 / 10)
    assert adherence_score([result("violation", Severity.critical, 8)]) == 0.0
    assert adherence_score([result("not_applicable", Severity.low, 2)]) is None


def test_call_language_by_share_of_thai_letters():
    assert call_language(call(("agent", "สวัสดีค่ะ OTP app"))) == "th"
    assert call_language(call(("agent", "Hello, how can I help?"))) == "en"


def test_call_language_reads_a_vendor_locale_as_its_language():
    english_words_thai_locale = replace(call(("agent", "OTP app card")), language="th-TH")
    assert call_language(english_words_thai_locale) == "th"
    assert call_language(replace(call(("agent", "สวัสดีค่ะ")), language="en_US")) == "en"


def test_match_language_picks_packs_by_call_language(tmp_path):
    th = tmp_path / "th.yaml"
    th.write_text(
        textwrap.dedent(PACK)
        .replace("pack: test", "pack: th-only")
        .replace("language: any", "language: th")
    )
    checker = Checker([load_pack(th)], match_language=True)
    assert checker.check(call(("agent", "Hello")), []) == []
    assert checker.check(call(("agent", "สวัสดีค่ะ")), [])


def test_reasons_name_what_was_said_or_missed(checker):
    c = call(("agent", "Yes?"), ("agent", "Your balance is 40. What is the OTP?"))
    r = statuses(checker, c)
    assert r["greeting"].reason == "the agent never said 'สวัสดี' (or 1 other phrasings)" + (
        " in the first 1 agent turns"
    )
    assert r["no-otp"].reason == "agent said 'otp'"
    assert r["verify-first"].reason == "agent said 'your balance' and the required step never came"
    assert r["greeting"].reason_th == "เจ้าหน้าที่ไม่ได้พูด 'สวัสดี' (หรือวลีอื่นอีก 1 แบบ)" + (
        " ใน 1 ประโยคแรกของเจ้าหน้าที่"
    )
    assert r["no-otp"].reason_th == "เจ้าหน้าที่พูดว่า 'otp'"
    assert r["verify-first"].reason_th == "เจ้าหน้าที่พูดว่า 'your balance' โดยไม่ได้ทำขั้นตอนที่กำหนดก่อน"


def test_every_result_has_its_reason_in_thai(checker):
    calls = [
        call(("agent", "Yes?"), ("customer", "OTP 482913"), ("agent", "Thanks."), ("note", CARD)),
        call(("unknown", "Hello"), channel="email"),
        call(("agent", "Hello, your balance is 40."), ("agent", "Date of birth?"), times=[0, 5]),
    ]
    results = [
        r
        for c in calls
        for r in checker.check(c, [finding(c, t.index, CARD) for t in c.turns if CARD in t.text])
    ]
    assert {r.status for r in results} == {"pass", "fail", "violation", "not_applicable"}
    for r in results:
        assert r.reason and r.reason_th and r.reason_th != r.reason, r.rule_id
        assert r.reason_in("th") == r.reason_th and r.reason_in("en") == r.reason


def test_reasons_of_combined_conditions_join_in_each_language(checker):
    r = statuses(checker, call(("agent", "Yes?"), ("agent", "Bye.")))["greet-and-close"]
    assert r.reason == (
        "the agent never said 'hello' in the first 1 agent turns; the agent never said "
        "'goodbye' and the agent never said 'thank you'"
    )
    assert r.reason_th == (
        "เจ้าหน้าที่ไม่ได้พูด 'hello' ใน 1 ประโยคแรกของเจ้าหน้าที่; เจ้าหน้าที่ไม่ได้พูด "
        "'goodbye' และ เจ้าหน้าที่ไม่ได้พูด 'thank you'"
    )


def test_long_turn_evidence_is_cut_around_the_finding(checker):
    text = "x " * 200 + f"card {CARD} " + "y " * 200
    c = call(("agent", "Done."), ("note", text))
    r = statuses(checker, c, [finding(c, 1, CARD)])["notes"]
    assert r.status == "violation"
    assert "card 453201******0366" in r.evidence and CARD not in r.evidence
    assert r.evidence.startswith("…") and r.evidence.endswith("…")


def test_seconds_count_from_the_call_start_not_the_agents_first_turn(checker):
    c = call(("ivr", "Please hold."), ("agent", "Hello"), times=[0, 15_000])
    assert statuses(checker, c)["greeting-10s"].status == "fail"
