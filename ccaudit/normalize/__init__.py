"""Thai-aware normalisation in front of detection; every change keeps an offset map back.

Steps, in order: Thai numerals to ASCII digits (offsets unchanged), spoken English and Thai
digits to digits, then a space at every Thai-letter/digit boundary. The steps' offset maps
compose into one, so `to_source` leads from any span of the result to the text as written.
"""

from ccaudit.normalize.compose import compose
from ccaudit.normalize.glued import glued_digit_spaces
from ccaudit.normalize.offsets import EditBuilder, NormalizedText, apply_replacements
from ccaudit.normalize.spoken_digits_en import spoken_english_digits
from ccaudit.normalize.spoken_digits_th import spoken_thai_digits
from ccaudit.normalize.thai_numerals import has_digits, thai_numerals_to_ascii


def normalize(text: str) -> NormalizedText:
    written = has_digits(text)
    digits = thai_numerals_to_ascii(text) if written else text
    spoken = spoken_english_digits(digits) + spoken_thai_digits(digits)
    if not spoken and not written:
        return NormalizedText.identity(text)
    step = apply_replacements(digits, sorted(spoken)) if spoken else NormalizedText.identity(digits)
    spaces = glued_digit_spaces(step.text)
    if spaces:
        step = compose(step, apply_replacements(step.text, spaces))
    if step.text == text:
        return NormalizedText.identity(text)
    return NormalizedText(text, step.text, step.edits)


__all__ = ["EditBuilder", "NormalizedText", "normalize"]
