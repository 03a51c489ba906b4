"""Scoring ccaudit and Presidio against the labelled corpus, and printing the results."""
