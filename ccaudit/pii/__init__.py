"""PII detection: Presidio recognizers for Thai and English contact-centre text."""

import os

# Set before pythainlp is imported: offline, a missing corpus is an error, not a download.
os.environ["PYTHAINLP_OFFLINE"] = "1"

from ccaudit.pii.detector import Detector, DetectorOptions  # noqa: E402
from ccaudit.pii.registry import DEFAULT_ENTITIES, KNOWN_ENTITIES, entity_label, facts_of  # noqa: E402

__all__ = [
    "DEFAULT_ENTITIES",
    "KNOWN_ENTITIES",
    "Detector",
    "DetectorOptions",
    "entity_label",
    "facts_of",
]
