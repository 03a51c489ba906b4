"""What an analysis is made of, small enough to ship: a worker, an executor or a notebook
builds the same Analysis from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ccaudit.ingest import ReadOptions
from ccaudit.pipeline.analysis import Analysis

if TYPE_CHECKING:
    from ccaudit.adherence import RulePack
    from ccaudit.pii import DetectorOptions


@dataclass(frozen=True)
class AnalysisSpec:
    read_options: ReadOptions
    detector: DetectorOptions
    # None: scan only, no rules checked.
    packs: tuple[RulePack, ...] | None = None
    check_lang: str = "auto"
    match_language: bool = False
    keep_context: bool = False

    def build(self) -> Analysis:
        # Presidio, spaCy and the packs' matchers load here, not when a command is parsed;
        # a scan, with no packs, never loads the matchers.
        from ccaudit.pii import Detector

        checker = None
        if self.packs is not None:
            from ccaudit.adherence import Checker

            checker = Checker(list(self.packs), self.check_lang, self.match_language)
        detect = Detector(self.detector).scan_many
        return Analysis(self.read_options, detect, checker, self.keep_context)
