"""Thai-aware normalisation in front of detection; every change keeps an offset map back."""

from ccaudit.normalize.offsets import EditBuilder, NormalizedText

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def normalize(text: str) -> NormalizedText:
    """Thai numerals become ASCII digits (one character each, so offsets do not move)."""
    translated = text.translate(THAI_DIGITS)
    if translated == text:
        return NormalizedText.identity(text)
    return NormalizedText(text, translated, ())


__all__ = ["EditBuilder", "NormalizedText", "normalize"]
