"""Every word the reports print, in Thai and English (the words live in labels.yaml)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from ccaudit.pii import registry

LANGUAGES = ("th", "en")
LABELS_FILE = Path(__file__).with_name("labels.yaml")


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    document = yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))
    return {lang: {key: words[lang] for key, words in document.items()} for lang in LANGUAGES}


def labels_for(lang: str) -> dict[str, str]:
    return _labels()[lang]


def entity_label(entity_type: str, lang: str) -> str:
    """Card number in English, เลขบัตรเครดิต in Thai (the recognizers' own names)."""
    label = registry.entity_label(entity_type, lang)
    return label[:1].upper() + label[1:] if lang == "en" else label


def section_label(section: str, labels: dict[str, str]) -> str:
    """A scorecard section in the report's language; a section without one prints as named."""
    return labels.get(f"section_{section or 'other'}", section)
