"""De-identified copies: each input rewritten in its own format with every finding replaced.

read (the reader `scan` uses) -> detect (the same Detector) -> plan edits (plan.py) ->
write the copy (documents.py, encoding.py) -> scan the copy again (file_redactor.py).
"""

from ccaudit.redact.batch import redact_batch
from ccaudit.redact.file_redactor import FileOutcome, RedactSettings, redact_file
from ccaudit.redact.policy import RedactionPolicy, build_policy
from ccaudit.redact.targets import Target, plan_targets

__all__ = [
    "FileOutcome",
    "RedactSettings",
    "RedactionPolicy",
    "Target",
    "build_policy",
    "plan_targets",
    "redact_batch",
    "redact_file",
]
