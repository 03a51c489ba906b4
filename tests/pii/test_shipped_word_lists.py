"""Word lists ccaudit ships, derived from the installed pythainlp, must be what deriving them
again gives; otherwise regenerate the file:

    python -c "from ccaudit.pii.names.thai_lists import COMMON_WORDS_FILE as f, \
common_words_file_text as t; f.write_text(t(), encoding='utf-8')"
"""

from ccaudit.pii.names.thai_lists import COMMON_WORDS_FILE, common_words_file_text


def test_common_words_file_is_what_pythainlp_gives():
    assert COMMON_WORDS_FILE.read_text(encoding="utf-8") == common_words_file_text()
