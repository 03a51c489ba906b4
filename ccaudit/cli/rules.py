"""`ccaudit rules`: run a pack's own examples, validate pack files, list and document rules."""

from __future__ import annotations

import json
from itertools import groupby

import click

from ccaudit.cli.main_group import SuggestingGroup
from ccaudit.errors import EXIT_FINDINGS, EXIT_USAGE, CcauditError


@click.group(cls=SuggestingGroup)
def rules() -> None:
    """Test, validate, list and describe rule packs (bundled packs: rules/*.yaml).

    PACK is a file path or the name of a bundled pack (th-banking, en-support, pci-dss).
    """


@rules.command("test")
@click.argument("packs", nargs=-1)
@click.option("--verbose", "-v", is_flag=True, help="Show every example, not only failures.")
def test_command(packs: tuple[str, ...], verbose: bool) -> None:
    """Run every rule's pass/fail examples; exit 1 if any rule gets its own example wrong."""
    from ccaudit.adherence import load_packs, run_pack_examples
    from ccaudit.adherence.resolve import resolve_pack_paths

    failed = 0
    for pack in load_packs(resolve_pack_paths(packs)):
        outcomes = run_pack_examples(pack)
        for rule_id, group in groupby(outcomes, key=lambda o: o.rule_id):
            group = list(group)
            bad = [o for o in group if not o.ok]
            failed += bool(bad)
            mark = "FAIL" if bad else "OK  "
            click.echo(f"{mark} {pack.name}::{rule_id} ({len(group)} examples)")
            for outcome in group if verbose else bad:
                click.echo(
                    f"       {outcome.example.kind}{outcome.example.index} "
                    f"(line {outcome.example.line}): expected {outcome.example.kind}, "
                    f"got {outcome.status} ({outcome.reason})"
                )
    if failed:
        click.echo(f"{failed} rules failed their own examples", err=True)
        click.get_current_context().exit(EXIT_FINDINGS)


@rules.command("validate")
@click.argument("files", nargs=-1, required=True)
def validate_command(files: tuple[str, ...]) -> None:
    """Check pack files against the schema; errors are printed as FILE:LINE: message."""
    from ccaudit.adherence import load_pack
    from ccaudit.adherence.resolve import resolve_pack_path

    errors = 0
    for name in files:
        try:
            pack = load_pack(resolve_pack_path(name))
        except CcauditError as exc:
            click.echo(exc.format_message(), err=True)
            errors += 1
            continue
        click.echo(f"{pack.path}: OK ({pack.name} {pack.version}, {len(pack.rules)} rules)")
    if errors:
        click.get_current_context().exit(EXIT_USAGE)


@rules.command("list")
@click.argument("packs", nargs=-1)
@click.option(
    "--lang", type=click.Choice(["en", "th"]), default="en", show_default=True, help="Titles in."
)
def list_command(packs: tuple[str, ...], lang: str) -> None:
    """Show what each pack checks: rule id, severity, kind and title, then the concepts and
    variables each rule uses, and the variables' values (ccaudit.yaml `vars:` applied)."""
    from ccaudit.adherence import load_packs
    from ccaudit.adherence.resolve import resolve_pack_paths
    from ccaudit.adherence.variables import project_variables

    for pack in load_packs(resolve_pack_paths(packs), project_variables()):
        click.echo(f"{pack.name} {pack.version} (language: {pack.language}) {pack.path}")
        for name, values in sorted(pack.variables.items()):
            shown = ", ".join(repr(v) for v in values) if values else "(not set)"
            click.echo(f"  variable {name} = {shown}")
        width = max(len(r.id) for r in pack.rules)
        for rule in pack.rules:
            click.echo(
                f"  {rule.id:<{width}}  {rule.severity.name:<8}  {rule.kind:<16}  "
                f"{rule.title_in(lang)}"
            )
            uses = []
            if rule.concepts:
                uses.append(f"concepts: {', '.join(rule.concepts)}")
            if rule.variables:
                uses.append(f"variables: {', '.join(rule.variables)}")
            if uses:
                click.echo(f"  {'':<{width}}  {'; '.join(uses)}")


@rules.command("schema")
def schema_command() -> None:
    """Print the rule-pack JSON Schema."""
    from ccaudit.adherence import pack_schema

    click.echo(json.dumps(pack_schema(), indent=2, ensure_ascii=False))


@rules.command("docs")
@click.argument("packs", nargs=-1)
@click.option(
    "--lang", type=click.Choice(["en", "th"]), default="en", show_default=True, help="Titles in."
)
def docs_command(packs: tuple[str, ...], lang: str) -> None:
    """Print the rule reference in Markdown, with each rule's fail and pass examples."""
    from ccaudit.adherence import load_packs
    from ccaudit.adherence.examples import default_detect
    from ccaudit.adherence.reference import render_reference
    from ccaudit.adherence.resolve import resolve_pack_paths

    packs_loaded = load_packs(resolve_pack_paths(packs))
    click.echo(render_reference(packs_loaded, default_detect(), lang))
