"""``wrapdesk``: the plan's services from a terminal, one plain sentence per problem.

No Qt widgets are imported here; QtCore only when a translation is needed (a language
other than English with a compiled translation available). Exit codes are stable and
listed in ``--help`` and the README.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from wrapdesk import __version__
from wrapdesk.i18n import Translate, untranslated

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NOT_A_PLAN = 3
EXIT_DAMAGED = 4
EXIT_WRONG_KEY = 5
EXIT_ALTERED = 6
EXIT_BUSY = 7

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


class UsageError(Exception):
    """The command line asked for something that cannot be done as typed."""


def build_translate() -> Translate:
    """English as written, or Qt's translator for the person's language when we have it."""
    lang = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG", "")
    code = lang.split(".")[0].split("_")[0].lower()
    if code in ("", "c", "posix", "en"):
        return untranslated
    from wrapdesk.bundled import translations_dir

    qm = translations_dir() / f"wrapdesk_{code}.qm"
    if not qm.is_file():
        return untranslated
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        return untranslated
    QCoreApplication.installTranslator(translator)

    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, source, disambiguation, n)

    return translate


def exit_code_for(error: BaseException) -> int:
    """The documented exit code for a typed error."""
    from wrapdesk.store import DatabaseDamaged, SchemaTooNew
    from wrapdesk.vault import (
        AlreadyOpen,
        ChangedOnDisk,
        NewerFormat,
        NotAVault,
        RecoveryKeyMistyped,
        VaultAltered,
        VaultDamaged,
        WrongPassphrase,
        WrongRecoveryKey,
    )

    table: tuple[tuple[tuple[type[BaseException], ...], int], ...] = (
        ((NotAVault, NewerFormat, SchemaTooNew), EXIT_NOT_A_PLAN),
        ((VaultDamaged,), EXIT_DAMAGED),
        ((WrongPassphrase, WrongRecoveryKey, RecoveryKeyMistyped), EXIT_WRONG_KEY),
        ((VaultAltered, DatabaseDamaged), EXIT_ALTERED),
        ((AlreadyOpen, ChangedOnDisk), EXIT_BUSY),
        ((UsageError,), EXIT_USAGE),
    )
    for kinds, code in table:
        if isinstance(error, kinds):
            return code
    return EXIT_ERROR


class Console:
    """Where a command reads secrets and writes results: stdin/stdout/stderr, or a terminal."""

    def __init__(self, stdin: TextIO, stdout: TextIO, stderr: TextIO, translate: Translate):
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.translate = translate
        self._stdin_lines: list[str] | None = None

    def say(self, text: str) -> None:
        """A line for the person (stderr, so stdout stays clean for results)."""
        print(text, file=self.stderr)

    def result(self, text: str) -> None:
        """A line of the command's result (stdout)."""
        print(text, file=self.stdout)

    def stdin_line(self, what: str) -> str:
        """The next line of stdin (for ``--passphrase-stdin`` and friends)."""
        line = self.stdin.readline()
        if not line:
            raise UsageError(
                self.translate(
                    "Cli", "Expected {what} on standard input, but it was empty."
                ).format(what=what)
            )
        return line.rstrip("\r\n")

    def ask_secret(self, prompt: str) -> str:
        """Ask at the terminal without echoing."""
        return getpass.getpass(prompt)


# ---------------------------------------------------------------------------- secrets


def _read_passphrase(console: Console, from_stdin: bool, prompt: str) -> str:
    tr = console.translate
    if from_stdin:
        return console.stdin_line(tr("Cli", "a passphrase"))
    return console.ask_secret(prompt)


def _new_passphrase(console: Console, from_stdin: bool) -> str:
    from wrapdesk.services.passphrase_rules import MIN_LENGTH, too_short

    tr = console.translate
    if from_stdin:
        chosen = console.stdin_line(tr("Cli", "a new passphrase"))
    else:
        chosen = console.ask_secret(tr("Cli", "New passphrase: "))
        again = console.ask_secret(tr("Cli", "The same passphrase again: "))
        if chosen != again:
            raise UsageError(tr("Cli", "The two passphrases are different. Nothing was changed."))
    if too_short(chosen):
        raise UsageError(
            tr(
                "Cli",
                "Please choose a passphrase of at least {count} characters. A few unrelated "
                "words are long and easy to remember.",
            ).format(count=MIN_LENGTH)
        )
    return chosen


def _secret_for(console: Console, args: argparse.Namespace) -> object:
    """Passphrase or recovery key, as the options say; None when neither was asked for."""
    from wrapdesk.vault import RecoveryKey

    tr = console.translate
    if getattr(args, "recovery_key_stdin", False):
        return RecoveryKey.parse(console.stdin_line(tr("Cli", "a recovery key")))
    if getattr(args, "passphrase_stdin", False):
        return console.stdin_line(tr("Cli", "a passphrase"))
    return None


# ---------------------------------------------------------------------------- commands


def cmd_new(args: argparse.Namespace, console: Console) -> int:
    """Create a new, empty plan file and print its recovery key once."""
    from wrapdesk.services.plan_file import PlanFile

    tr = console.translate
    passphrase = _new_passphrase(console, args.passphrase_stdin)
    console.say(tr("Cli", "Creating your plan. This takes a few seconds…"))
    plan, recovery = PlanFile.create(Path(args.path), passphrase)
    plan.close()
    console.say(
        tr(
            "Cli",
            "Your plan is saved in {path}. Below is its recovery key: the only way back in if "
            "you forget your passphrase. Print it or write it down, and keep it somewhere safe. "
            "WrapDesk will not show it again.",
        ).format(path=args.path)
    )
    console.result(recovery.formatted())
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, console: Console) -> int:
    """Check a plan file's structure and checksum, and with a key, its whole contents."""
    from wrapdesk.services.plan_file import verify_file
    from wrapdesk.vault import RecoveryKey

    tr = console.translate
    secret = _secret_for(console, args)
    assert secret is None or isinstance(secret, str | RecoveryKey)
    report = verify_file(Path(args.path), secret)
    console.result(
        tr(
            "Cli",
            "{name}: a WrapDesk plan file (format {version}, save number {count}). Its "
            "checksum matches.",
        ).format(name=report.path.name, version=report.format_version, count=report.save_counter)
    )
    if report.decrypted:
        console.result(tr("Cli", "It opens with the key you gave, and its contents are sound."))
    else:
        console.result(
            tr(
                "Cli",
                "To check its contents too, add --passphrase-stdin or --recovery-key-stdin.",
            )
        )
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace, console: Console) -> int:
    """Change the passphrase of a plan file (the recovery key stays the same)."""
    from wrapdesk.services.plan_file import PlanFile

    tr = console.translate
    old = _read_passphrase(console, args.passphrase_stdin, tr("Cli", "Current passphrase: "))
    with PlanFile.open(Path(args.path), old) as plan:
        new = _new_passphrase(console, args.passphrase_stdin)
        plan.change_passphrase(new)
    console.say(tr("Cli", "Your passphrase is changed. Your recovery key still works."))
    return EXIT_OK


Command = Callable[[argparse.Namespace, Console], int]


def build_parser(translate: Translate = untranslated) -> argparse.ArgumentParser:
    """The ``wrapdesk`` command line."""
    tr = translate
    parser = argparse.ArgumentParser(
        prog="wrapdesk",
        description=tr(
            "Cli",
            "WrapDesk keeps your Wellness and Recovery Action Plan private on this computer. "
            "Run without a command to open the app.",
        ),
        epilog=_EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"wrapdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("new", help=tr("Cli", "create a new plan file and show its recovery key"))
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=tr("Cli", "read the passphrase from the first line of standard input"),
    )
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("verify", help=tr("Cli", "check that a plan file is whole and sound"))
    p.add_argument("path", metavar="PATH")
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=tr("Cli", "also decrypt and check the contents, reading the passphrase from stdin"),
    )
    group.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help=tr("Cli", "the same, with the recovery key read from stdin"),
    )
    p.set_defaults(run=cmd_verify)

    p = sub.add_parser("change-passphrase", help=tr("Cli", "set a new passphrase for a plan"))
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=tr("Cli", "read the old, then the new passphrase from stdin, one per line"),
    )
    p.set_defaults(run=cmd_change_passphrase)
    return parser


def disable_core_dumps() -> None:
    """A crash must never write the plan's plaintext to a core file."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not on this platform
        pass


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
        parser.print_help(stderr)
        return EXIT_USAGE
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
