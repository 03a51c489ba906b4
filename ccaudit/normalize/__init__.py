"""Thai-aware normalisation in front of detection; every change keeps an offset map back.

Steps, in order: Thai numerals and full-width digits to ASCII digits, unusual spaces
(no-break, thin, ideographic) to ASCII spaces, dashes between digits to hyphens and a letter O
typed for a zero to 0 (offsets unchanged), HTML space entities to spaces, spoken English and
Thai digits (and runs that mix the two) to digits, then a space at every Thai-letter/digit
boundary, then a card or ID glued to Latin letters or grouped with slashes set apart and a tab
before a month/year typed right after a long number. The steps' offset maps compose into one,
so `to_source` leads from any span of the result to the text as written. Text in ASCII only
skips the other steps before spoken digits, and the Thai ones.
"""

from ccaudit.normalize.codes_apart import codes_set_apart
from ccaudit.normalize.compose import compose
from ccaudit.normalize.dates_apart import dates_set_apart
from ccaudit.normalize.glued import glued_digit_spaces
from ccaudit.normalize.letter_o import letter_o_as_zero
from ccaudit.normalize.lookalikes import html_space_entities, lookalikes_as_ascii
from ccaudit.normalize.offsets import EditBuilder, NormalizedText, Replacement, apply_replacements
from ccaudit.normalize.spoken_digits_en import spoken_english_digits
from ccaudit.normalize.spoken_digits_mixed import spoken_mixed_digits
from ccaudit.normalize.spoken_digits_th import spoken_thai_digits
from ccaudit.normalize.thai_numerals import thai_numerals_to_ascii


def normalize(text: str) -> NormalizedText:
    thai = not text.isascii()
    ascii_like = lookalikes_as_ascii(thai_numerals_to_ascii(text)) if thai else text
    digits = letter_o_as_zero(ascii_like)
    spoken = spoken_english_digits(digits) + html_space_entities(digits)
    if thai:
        spoken += spoken_thai_digits(digits)
        spoken = _with_mixed_runs(digits, spoken)
    # Most turns change no further; a NormalizedText for a step that changes nothing costs.
    step = apply_replacements(digits, sorted(spoken)) if spoken else None
    current = step.text if step else digits
    spaces = glued_digit_spaces(current) if thai else []
    if spaces:
        spaced = apply_replacements(current, spaces)
        step = compose(step, spaced) if step else spaced
        current = step.text
    apart = codes_set_apart(current) + dates_set_apart(current)
    if apart:
        set_apart = apply_replacements(current, sorted(apart))
        step = compose(step, set_apart) if step else set_apart
    if step is None:
        return NormalizedText.identity(text) if digits == text else NormalizedText(text, digits)
    if step.text == text:
        return NormalizedText.identity(text)
    if step.source == text:
        return step
    return NormalizedText(text, step.text, step.edits)


def _with_mixed_runs(text: str, spoken: list[Replacement]) -> list[Replacement]:
    """Runs that mix English and Thai digit words replace what either language's step made
    of their pieces."""
    mixed = spoken_mixed_digits(text)
    if not mixed:
        return spoken
    kept = [r for r in spoken if not any(s < r.end and r.start < e for s, e, _ in mixed)]
    return kept + [r for _, _, replacements in mixed for r in replacements]


__all__ = ["EditBuilder", "NormalizedText", "normalize"]
