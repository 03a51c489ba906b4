"""Passes that look across turns, after the recognizers have read each turn on its own.

Recognizers (ccaudit.pii.recognizers) find values inside one turn's text. What only the
conversation shows is found here, as detect-secrets keeps its filters apart from its
plugins: a card wrapped onto the next line (wrapped_cards), a number read back with no
context near it (echoes), a number read out in pieces across turns (split_numbers, whose
findings fragments builds), and an expiry date said in words (spoken_expiry, which the
expiry recognizer and the passes share). The detector runs them in that order.
"""
