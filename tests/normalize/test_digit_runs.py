import pytest

from ccaudit.normalize.digit_runs import DigitToken, RunPolicy, run_replacements
from ccaudit.normalize.offsets import apply_replacements

POLICY = RunPolicy(min_spoken=3, min_spoken_beside_written=2, min_spoken_standing_alone=3)


def tokens_of(text: str, words: dict[str, str]) -> list[DigitToken]:
    """Tokens for the space- or comma-separated words of `text`; digits stand for themselves."""
    tokens, position = [], 0
    for word in text.replace(",", " ").split():
        start = text.index(word, position)
        position = start + len(word)
        spoken = word in words
        tokens.append(DigitToken(start, position, words[word] if spoken else word, spoken))
    return tokens


WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "oh": "0"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one two three", [(0, 13, "123")]),
        ("one\ntwo  three", [(0, 14, "123")]),
        ("oh one, two three", [(0, 6, "01"), (6, 8, " "), (8, 17, "23")]),
        ("081 two three", [(4, 13, "23")]),
        ("081  two three 45", [(3, 5, " "), (5, 14, "23")]),
        ("one two 45 67", [(0, 7, "12")]),
        ("one two", []),
    ],
)
def test_spoken_digits_said_without_a_break_become_one_replacement(text, expected):
    assert run_replacements(text, tokens_of(text, WORDS), POLICY) == expected


def test_a_kept_break_maps_each_side_back_to_its_own_words():
    text = "four five, oh one"
    result = apply_replacements(text, run_replacements(text, tokens_of(text, WORDS), POLICY))
    assert result.text == "45 01"
    assert text[slice(*result.to_source(0, 2))] == "four five"
    assert text[slice(*result.to_source(3, 5))] == "oh one"
