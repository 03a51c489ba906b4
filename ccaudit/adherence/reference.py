"""The rule reference in Markdown, generated from the packs so it cannot drift from them.

Each rule shows its fail examples before its pass examples: what to avoid, then what to say.
Values the PII detector finds in an example are masked, as in every other output.
"""

from __future__ import annotations

from ccaudit.adherence.examples import Detect, example_conversation, example_text
from ccaudit.adherence.pack import RulePack
from ccaudit.masking import mask_spans

_ORDER = ("fail", "pass", "not_applicable")
_HEADINGS = {"fail": "Fails", "pass": "Passes", "not_applicable": "Not applicable"}


def render_reference(packs: list[RulePack], detect: Detect, lang: str = "en") -> str:
    lines: list[str] = []
    for pack in packs:
        lines += [f"## {pack.name} {pack.version} (language: {pack.language})", ""]
        if pack.description:
            lines += [pack.description, ""]
        for rule in pack.rules:
            channels = ", ".join(sorted(rule.channels)) if rule.channels else "all channels"
            lines += [
                f"### `{rule.id}`: {rule.title_in(lang)}",
                "",
                f"Severity **{rule.severity.name}**, kind `{rule.kind}`, {channels}.",
                "",
            ]
            if rule.description:
                lines += [rule.description, ""]
            if rule.concepts:
                uses = f"Concepts: {', '.join(f'`{c}`' for c in rule.concepts)}"
                if rule.variables:
                    uses += f"; variables: {', '.join(f'`{v}`' for v in rule.variables)}"
                lines += [uses + " (rules/concepts/*.yaml).", ""]
            for kind in _ORDER:
                examples = [e for e in rule.examples if e.kind == kind]
                for example in examples:
                    channel = "" if example.channel == "voice" else f" ({example.channel})"
                    lines += [f"{_HEADINGS[kind]}{channel}:", "", "```text"]
                    findings = detect(example_conversation(example))
                    spans = [(f.start, f.end) for f in findings]
                    lines += mask_spans(example_text(example), spans).splitlines()
                    lines += ["```", ""]
    return "\n".join(lines)
