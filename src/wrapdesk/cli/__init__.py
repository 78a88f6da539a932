"""``wrapdesk``: the plan's services from a terminal, one plain sentence per problem.

No Qt widgets are imported here; QtCore only when a translation is needed (a language
other than English with a compiled translation available). Exit codes are stable and
listed in ``--help`` and the README. Each group of commands lives in its own module and
adds itself to the parser with ``register(subparsers, translate)``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from wrapdesk import __version__
from wrapdesk.cli import exchange_commands, history_command, plan_commands, print_command
from wrapdesk.cli.console import (
    EXIT_ALTERED,
    EXIT_BUSY,
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_NOT_A_PLAN,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WRONG_KEY,
    Console,
    UsageError,
    build_translate,
    exit_code_for,
)
from wrapdesk.hardening import disable_core_dumps
from wrapdesk.i18n import Translate, untranslated

__all__ = [
    "EXIT_ALTERED",
    "EXIT_BUSY",
    "EXIT_DAMAGED",
    "EXIT_ERROR",
    "EXIT_NOT_A_PLAN",
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_WRONG_KEY",
    "build_parser",
    "main",
    "run",
]

_EXIT_CODES_HELP = """\
exit codes:
  0  done
  1  another problem (the message says what)
  2  the command was not typed as expected
  3  not a WrapDesk plan file, or made by a newer WrapDesk
  4  the file is damaged
  5  wrong passphrase or recovery key
  6  the file was altered by something other than WrapDesk
  7  the plan is open elsewhere, or changed on disk while open
"""


def build_parser(translate: Translate = untranslated) -> argparse.ArgumentParser:
    """The ``wrapdesk`` command line."""
    parser = argparse.ArgumentParser(
        prog="wrapdesk",
        description=translate(
            "Cli",
            "WrapDesk keeps your Wellness and Recovery Action Plan private on this computer. "
            "Run without a command to open the app.",
        ),
        epilog=_EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"wrapdesk {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "with no command: open the app on the built-in demo plan"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (plan_commands, history_command, exchange_commands, print_command):
        module.register(sub, translate)
    return parser


def run(
    argv: Sequence[str],
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    stderr: TextIO = sys.stderr,
) -> int:
    """Run one command; returns its exit code. Problems become one sentence on stderr."""
    from wrapdesk.services.messages import describe

    translate = build_translate()
    parser = build_parser(translate)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return int(exc.code or 0)
    if args.command is None:
        from wrapdesk.app import main as open_app

        return open_app(["--demo"] if args.demo else [])
    console = Console(stdin, stdout, stderr, translate)
    try:
        code: int = args.run(args, console)
    except UsageError as exc:
        console.say(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        console.say(translate("Cli", "Stopped. Nothing was changed."))
        return EXIT_ERROR
    except Exception as exc:  # every error leaves as a sentence, never a traceback
        console.say(describe(exc, translate))
        return exit_code_for(exc)
    return code


def main() -> None:
    """Console-script entry point."""
    disable_core_dumps()
    sys.exit(run(sys.argv[1:]))
