"""Readers for every supported input format, auto-detected from content."""

from ccaudit.ingest.base import Reader, ReadOptions, Source
from ccaudit.ingest.detect import READERS, iter_input_files, read_conversations

__all__ = ["READERS", "ReadOptions", "Reader", "Source", "iter_input_files", "read_conversations"]
