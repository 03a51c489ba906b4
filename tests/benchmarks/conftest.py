import os
import sys
from pathlib import Path

# benchmarks/ is a top-level folder of the checkout, not part of the installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
