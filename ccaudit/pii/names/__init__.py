"""Finding people's names in Thai, English and mixed text.

Recognizer side (one text at a time): Thai cues (thai_cues), English cues (english_cues) and
the layout of tickets and e-mails (layout), with the name lists they lean on (thai_lists,
english_lists) and the words that guard them (thai_words, english_words). `finder` joins
them and gives the prefilter its one question: may this text hold a name? What only the
conversation shows (answers to a request for a name, repeats, display names) is found in
ccaudit.pii.passes.
"""
