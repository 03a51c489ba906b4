"""ccaudit: privacy and script-adherence auditing for Thai and English contact centres."""

import os

# pythainlp must never try to download a corpus at run time.
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

__version__ = "0.1.0"
