"""One way to say where in a call: turns from 1, mm:ss or h:mm:ss, and links to the moment."""

import pytest

from ccaudit.errors import CcauditError
from ccaudit.moments import check_link_template, clock, moment, moment_link


@pytest.mark.parametrize(
    "ms, text",
    [(None, ""), (0, "00:00"), (24_000, "00:24"), (24_999, "00:24"), (725_000, "12:05"),
     (3_729_000, "1:02:09"), (-5, "00:00")],
)  # fmt: skip
def test_clock(ms, text):
    assert clock(ms) == text


def test_moment_counts_turns_from_one():
    assert moment(4, 28_000) == "turn 5 · 00:28"
    assert moment(0, None, "ประโยคที่") == "ประโยคที่ 1"
    assert moment(None, None) == "-"


def test_link_fills_the_template_and_quotes_the_call_id():
    template = "https://rec.example/calls/{call_id}?t={start_s}&turn={turn}"
    link = moment_link(template, "TH CALL/1", 28_500, 4, "A-1")
    assert link == "https://rec.example/calls/TH%20CALL%2F1?t=28&turn=5"
    assert moment_link(template, "C-1") == "https://rec.example/calls/C-1?t=0&turn="
    assert moment_link(None, "C-1", 1000) is None


@pytest.mark.parametrize(
    "template, message",
    [("https://x/{call}", "unknown field {call}"), ("https://x/{", "--link-template")],
)
def test_a_bad_template_is_one_line(template, message):
    with pytest.raises(CcauditError, match=message):
        check_link_template(template)
