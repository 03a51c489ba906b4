"""CSV of findings for spreadsheets, streamed."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from ccaudit.model import Finding

COLUMNS = [
    "path",
    "conversation_id",
    "entity_type",
    "severity",
    "start",
    "end",
    "score",
    "validated",
    "masked",
    "speaker",
    "speaker_inferred",
    "turn",
    "start_ms",
    "group",
    "missed_by_vendor",
    "internal_note",
    "locator",
    "fingerprint",
]


class CsvFindingWriter:
    def __init__(self, stream: TextIO):
        self.writer = csv.DictWriter(stream, fieldnames=COLUMNS, extrasaction="ignore")
        self.writer.writeheader()

    def add(self, finding: Finding) -> None:
        row = finding.as_dict()
        if "locator" in row:
            row["locator"] = json.dumps(row["locator"], ensure_ascii=False)
        self.writer.writerow(row)

    def add_file(self, tally: object) -> None:
        pass

    def finish(self, summary: object) -> None:
        pass
