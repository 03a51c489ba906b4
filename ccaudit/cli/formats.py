"""`ccaudit formats`: the input formats ccaudit reads, in detection order."""

import click

from ccaudit.ingest import READERS


@click.command()
def formats() -> None:
    """List the input formats, in the order they are detected (first match wins).

    Pass a name to --format-in to force a format instead of detecting it.
    """
    width = max(len(reader.name) for reader in READERS)
    for reader in READERS:
        click.echo(f"{reader.name:<{width}}  {reader.description}")
