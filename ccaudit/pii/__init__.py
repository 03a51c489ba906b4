"""PII detection: Presidio recognizers for Thai and English contact-centre text."""

import os

# Set before pythainlp is imported: offline, a missing corpus is an error, not a download.
os.environ["PYTHAINLP_OFFLINE"] = "1"

from ccaudit.pii.detector import Detector, DetectorOptions  # noqa: E402
from ccaudit.pii.registry import DEFAULT_ENTITIES, KNOWN_ENTITIES, entity_label, facts_of  # noqa: E402

# The entity types ccaudit's own recognizers find, which a scan looks for by default.
ALL_ENTITIES = DEFAULT_ENTITIES

__all__ = [
    "ALL_ENTITIES",
    "DEFAULT_ENTITIES",
    "KNOWN_ENTITIES",
    "Detector",
    "DetectorOptions",
    "entity_label",
    "facts_of",
]
