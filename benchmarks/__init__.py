"""Labelled corpus generator and the accuracy/throughput benchmark (see run.py)."""
