"""`ccaudit report` (being built: issue 5)."""

import click


@click.command()
def report() -> None:
    """Not yet available."""
    raise click.ClickException("ccaudit report is not built yet")
