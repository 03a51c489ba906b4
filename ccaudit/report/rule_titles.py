"""Rule titles in the report's language.

A rule result stores its title in the language its call was checked in, so a Thai call's
rules carry Thai titles. An English report looks the title up in the bundled packs instead;
rules from a custom pack keep the title that was stored.
"""

from __future__ import annotations

from functools import lru_cache

from ccaudit.adherence import default_pack_paths, load_packs
from ccaudit.report.data import AgentFigures


@lru_cache(maxsize=1)
def _bundled_titles() -> dict[str, dict[str, str]]:
    return {
        f"{pack.name}:{rule.id}": rule.title
        for pack in load_packs(default_pack_paths())
        for rule in pack.rules
    }


def localize_rule_titles(figures: dict[str | None, AgentFigures], lang: str) -> None:
    titles = _bundled_titles()
    for agent in figures.values():
        for key, stat in agent.rules.items():
            stat.title = titles.get(key, {}).get(lang, stat.title)
