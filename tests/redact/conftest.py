"""Fixtures for the redact tests: one detector for the session, and redact-and-read-back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from ccaudit.ingest import ReadOptions, read_conversations
from ccaudit.model import Conversation, Finding, Severity
from ccaudit.pii import Detector, DetectorOptions
from ccaudit.redact.file_redactor import FileOutcome, RedactSettings, redact_file
from ccaudit.redact.policy import build_policy
from ccaudit.redact.targets import Target

KEY = b"test-key"


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector(DetectorOptions(hash_key=KEY))


@dataclass
class RoundTrip:
    original: list[Conversation]
    findings: list[list[Finding]]
    outcome: FileOutcome
    copy: list[Conversation]

    @property
    def file_format(self) -> str:
        first = self.original[0]
        return first.file_format or first.source_format


def read(path: Path, **options) -> list[Conversation]:
    return list(read_conversations(path, str(path), ReadOptions(**options)))


@pytest.fixture
def round_trip(detector, tmp_path):
    def run(path: Path, *operators: str, lang: str = "auto", fail_on: str = "low") -> RoundTrip:
        original = read(path)
        findings = detector.scan_many(original)
        settings = RedactSettings(build_policy(None, operators), lang, Severity.parse(fail_on), KEY)
        output = tmp_path / "out" / path.name
        target = Target(path, str(path), output)
        outcome = redact_file(target, ReadOptions(), detector.scan_many, settings)
        file_format = original[0].file_format or original[0].source_format
        copy = read(output, format_in=file_format)
        return RoundTrip(original, findings, outcome, copy)

    return run
