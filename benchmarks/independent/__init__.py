"""Scoring on the independent evaluation sets in benchmarks/eval/ (written apart from the code).

The documents carry inline labels (`[[ENTITY|form|value]]`, see benchmarks/eval/pii/GUIDE.md);
ccaudit reads them with the labels stripped, through its own command line, so the score is of
the product as a user runs it. The frozen halves print aggregates only.
"""
