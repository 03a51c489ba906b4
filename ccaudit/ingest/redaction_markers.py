"""Vendors' typed redaction markers in turn text, as spans labelled with the type they name."""

from __future__ import annotations

import re

from ccaudit.model import RedactionSpan

# Amazon Transcribe, Call Analytics and Contact Lens: `[PII]`, `[CREDIT_DEBIT_NUMBER]`.
BRACKET_MARKER = re.compile(r"\[([A-Z][A-Z0-9_]*)\]")
# vCon redacted transcripts: `{{SSN}}`.
BRACE_MARKER = re.compile(r"\{\{([A-Z][A-Z0-9_]*)\}\}")


def vendor_markers(
    text: str, marker: re.Pattern[str] = BRACKET_MARKER
) -> tuple[RedactionSpan, ...]:
    """The markers in `text` as spans labelled with the type inside them (`[PII]` is `PII`)."""
    return tuple(RedactionSpan(m.start(), m.end(), m.group(1)) for m in marker.finditer(text))
