"""A scan must not touch the network: no model downloads, no public-suffix-list fetch."""

import socket
import subprocess
import sys

from ccaudit.model import Conversation, Turn
from ccaudit.pii import Detector

TEXTS = [
    "please email john.smith@example.com or visit https://www.example.co.th/help",
    "อีเมลคือสมชาย จุด ดี แอท จีเมล จุด คอม ดูที่ www.example.com ค่ะ",
    "บัตรเครดิตเลข4532015112830366ค่ะ ชื่อนายสมชาย ใจดี",
    "my name is John Smith, call me on +44 20 7946 0958",
]


def _refuse(*args, **kwargs):
    raise AssertionError("network access during a scan")


def test_building_and_scanning_opens_no_connection(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    detector = Detector()
    turns = [Turn(i, "customer", text) for i, text in enumerate(TEXTS)]
    findings = detector.scan(Conversation("c", "p", "text", turns))
    assert {"EMAIL_ADDRESS", "CREDIT_CARD", "PERSON", "PHONE_NUMBER"} <= {
        f.entity_type for f in findings
    }


SCRIPT = """
import socket
def refuse(*a, **k):
    raise SystemExit("network access")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from ccaudit.model import Conversation, Turn
from ccaudit.pii import Detector
texts = {texts!r}
turns = [Turn(i, "customer", t) for i, t in enumerate(texts)]
print(len(Detector().scan(Conversation("c", "p", "text", turns))))
"""


def test_a_fresh_interpreter_imports_and_scans_offline():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(texts=TEXTS)],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(__import__("pathlib").Path(__file__).parents[2]),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.strip()) >= 5
