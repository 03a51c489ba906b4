"""De-identified copies: each input rewritten in its own format with every finding replaced.

read (the reader `scan` uses) -> detect (the same Detector) -> plan edits (plan.py) ->
write the copy (documents.py, encoding.py) -> scan the copy again (file_redactor.py);
batch.py runs it over the targets (targets.py) in this process or forked workers, and
spark_copies.py on Spark's executors, the copies written here.
"""
