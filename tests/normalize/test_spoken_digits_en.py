import pytest

from ccaudit.normalize import normalize


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "my number is oh eight one two three four five six seven eight",
            "my number is 0812345678",
        ),
        ("spk_2\tnine four one one two three", "spk_2\t941123"),
        ("call oh eight one 234 5678 please", "call 081 234 5678 please"),
        ("Four Five Three Two, oh one five one", "4532 0151"),
        ("FOUR FIVE THREE TWO", "4532"),
        ("it is double five triple oh seven", "it is 550007"),
        ("nine-one-one-two", "9112"),
        ("the code is one two three", "the code is 123"),
        ("the pin is oh oh nine", "the pin is 009"),
        ("is it oh oh four?", "is it 004?"),
        ("just that one.", "just that one."),
        ("Oh, one two three", "Oh, 123"),
        ("one two three, oh", "123 0"),
        ("my ID is eight, oh three four nine, one oh, oh", "my ID is 8 0349 10 0"),
        ("Café, one two three", "Café, 123"),
        ("เบอร์ครับ oh eight one 234", "เบอร์ครับ 081 234"),
        ("the account is sixty two fourteen oh nine", "the account is 621409"),
        ("expires ten twenty-eight", "expires 1028"),
        ("born nineteen seventy", "born 1970"),
        ("card is five two one three uh eight eight four", "card is 5213884"),
        ("sort code two zero dash four one dash one one", "sort code 204111"),
        ("it's oh nine one um oh nine one three three", "it's 091 um 09133"),
        ("dial one eight hundred five five five two one two one", "dial 18005552121"),
        ("plus six six eight one two three four five six seven", "+6681234567"),
        ("one plus two three four", "one plus 234"),
        (
            "visa four to four two for two four two four two four to four two for two",
            "visa 4242424242424242",
        ),
        ("I went to one two three and ate four five six", "I went to 123 and ate 456"),
        ("sure five to won eight", "sure 5218"),
        ("to won seven oh", "2170"),
        ("it's for won won oh to seven", "it's 411027"),
        ("sure one two three four to", "sure 1234 to"),
        ("okay it says six to eight oh oh four", "okay it says 628004"),
    ],
)
def test_spoken_english_digit_runs_become_digits(source, expected):
    assert normalize(source).text == expected


@pytest.mark.parametrize(
    "source",
    [
        "one moment please",
        "I have two cards",
        "one or two",
        "this is for you, to keep",
        "Oh, one moment",
        "at five o'clock one day",
        "call 02 123 4567 one more time",
        "someone two-faced",
        "stone one",
        "see you at seven fifteen",
        "that was four twenty-one baht",
        "I have twenty two cards",
        "about twenty five people",
        "that came to six hundred seventy two baht",
        "five to ten",
        "four to six weeks",
        "i went to two stores for four hours",
        "to for six",
    ],
)
def test_ordinary_english_words_stay(source):
    assert normalize(source).text == source


def test_spoken_run_maps_back_to_exactly_the_spoken_words():
    source = "sure, it's oh eight one, two three four. thanks"
    result = normalize(source)
    assert result.text == "sure, it's 081 234. thanks"
    start = result.text.index("081")
    assert source[slice(*result.to_source(start, start + 7))] == "oh eight one, two three four"
    assert source[slice(*result.to_source(start, start + 3))] == "oh eight one"
    assert source[slice(*result.to_source(start + 4, start + 7))] == "two three four"
