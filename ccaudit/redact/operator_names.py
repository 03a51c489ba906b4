"""The operators' names, apart from the operators, so `ccaudit --help` loads no Presidio."""

OPERATOR_NAMES = ("mask", "replace", "hash", "remove", "keep")
# Presidio's own name for removal.
ALIASES = {"redact": "remove"}
