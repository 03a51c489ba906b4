"""One JSON object per line, streamed as findings or rule results arrive."""

from __future__ import annotations

import json
from typing import TextIO

from ccaudit.model import Finding, RuleResult


class JsonLinesWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream

    def add(self, item: Finding | RuleResult) -> None:
        self.stream.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")

    def add_file(self, tally: object) -> None:
        pass

    def add_call(self, call: object, results: list[RuleResult]) -> None:
        for result in results:
            self.add(result)

    def finish(self, summary: object) -> None:
        self.stream.flush()
