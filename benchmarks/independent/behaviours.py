"""Which rules of the bundled packs judge each labelled behaviour of the adherence eval set.

The set is labelled per behaviour, not per rule (benchmarks/eval/adherence/GUIDE.md). Several
rules may judge one behaviour (a card read-back is a pci-dss and a th-banking rule): their
verdicts combine as the worst of them, violation over fail over pass over not_applicable.
"""

from __future__ import annotations

BEHAVIOURS: dict[str, tuple[str, ...]] = {
    "greeting": ("greeting",),
    "agent_introduction": ("agent-introduction",),
    "recording_disclosure": ("recording-disclosure",),
    "verification_before_account": (
        "verify-before-account-details",
        "verify-before-account-change",
        "verify-before-account",
    ),
    "secret_request": ("no-secret-request",),
    "card_read_back": ("no-pan-read-back", "no-card-read-back"),
    "offer_further_help": ("offer-further-help",),
    "polite_close": ("polite-close", "closing"),
}
# Until a pack has a rule of its own for a behaviour, the rule that covers it stands in.
FALLBACK = {"agent_introduction": ("greeting",)}
_RANK = {"violation": 3, "fail": 2, "pass": 1, "not_applicable": 0}


def verdict(behaviour: str, results: dict[str, str]) -> str | None:
    """The combined verdict of the rules judging `behaviour`; `results` maps rule id -> status.
    None when no loaded rule judges it."""
    statuses = [results[r] for r in BEHAVIOURS[behaviour] if r in results]
    if not statuses:
        statuses = [results[r] for r in FALLBACK.get(behaviour, ()) if r in results]
    if not statuses:
        return None
    return max(statuses, key=_RANK.__getitem__)
