"""The command group's own error handling: every error a user can cause is one line.

Click prints a usage block before its own errors (a missing option, a bad choice) and exits 1
on some; ccaudit prints `ccaudit: error: reason (see `ccaudit CMD --help`)` and exits 2 for
them all, as it does for its own errors and for unreadable inputs.
"""

from __future__ import annotations

import difflib
import sys

import click
from click.exceptions import NoArgsIsHelpError

from ccaudit.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CcauditError, error_line


class SuggestingGroup(click.Group):
    """A mistyped command name gets the nearest real one (`ccaudit sacn`: did you mean
    'scan'?), and the list of commands shows each summary whole."""

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name = args[0] if args else ""
        commands = self.list_commands(ctx)
        if name and not name.startswith("-") and name not in commands:
            nearest = difflib.get_close_matches(name, commands, n=1)
            if nearest:
                ctx.fail(f"no such command '{name}'; did you mean '{nearest[0]}'?")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each subcommand's first paragraph whole, wrapped, not cut short with an ellipsis."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, " ".join((command.help or "").split("\n\n")[0].split())))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


class CcauditGroup(SuggestingGroup):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # Click would print an empty line before its Abort; main() prints the one line.
            raise click.Abort() from None

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except (CcauditError, NoArgsIsHelpError) as exc:  # the latter shows the help
            exc.show()
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(error_line(click_error_message(exc)), err=True)
            sys.exit(EXIT_USAGE)
        except click.Abort:
            click.echo(error_line("interrupted"), err=True)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(code if isinstance(code, int) else EXIT_OK)


def click_error_message(exc: click.ClickException) -> str:
    """Click's message in ccaudit's voice, pointing at the command's help for usage errors."""
    message = exc.format_message().strip().rstrip(".")
    message = message[:1].lower() + message[1:]
    context = getattr(exc, "ctx", None)
    if isinstance(exc, click.UsageError) and context is not None:
        message += f" (see `{context.command_path} --help`)"
    return message
