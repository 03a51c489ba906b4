"""Rule titles in the report's language, wherever a person reads about a rule.

A rule result stores its title in the language its call was checked in, so a Thai call's
rules carry Thai titles. A report looks the title up in the bundled packs in its own
language instead; rules from a custom pack keep the title that was stored.
"""

from __future__ import annotations

from functools import lru_cache

from ccaudit.adherence import default_pack_paths, load_packs


@lru_cache(maxsize=1)
def _bundled_titles() -> dict[str, dict[str, str]]:
    return {
        f"{pack.name}:{rule.id}": rule.title
        for pack in load_packs(default_pack_paths())
        for rule in pack.rules
    }


def rule_title(rule: str, lang: str, stored: str = "") -> str:
    """The title of `pack:rule-id` in `lang`; the stored title, or the id, when unknown."""
    return _bundled_titles().get(rule, {}).get(lang) or stored or rule
