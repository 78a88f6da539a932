"""What every command shares: exit codes, the console, reading secrets, reading a plan."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from wrapdesk.i18n import Translate, untranslated

if TYPE_CHECKING:
    from wrapdesk.store import PlanDatabase

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NOT_A_PLAN = 3
EXIT_DAMAGED = 4
EXIT_WRONG_KEY = 5
EXIT_ALTERED = 6
EXIT_BUSY = 7


class UsageError(Exception):
    """The command line asked for something that cannot be done as typed."""


def build_translate() -> Translate:
    """English as written, or Qt's translator for the person's language when we have it.

    English needs no Qt: :func:`untranslated` writes its plural forms by the same rule that
    writes ``wrapdesk_en.qm``. Under another language that .qm goes in first, so a message
    not translated yet still reads "1 page", not "1 page(s)".
    """
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
    english = QTranslator(app)
    if english.load(str(translations_dir() / "wrapdesk_en.qm")):
        QCoreApplication.installTranslator(english)
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


# Bidirectional overrides and isolates: they can make text read differently than it is.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def for_terminal(text: str) -> str:
    """``text`` without the control characters a terminal would obey.

    Plan text can come from a file someone else made (a shared copy): an escape sequence in
    it could retitle the window, clear the screen or fake a line. Each such character is
    shown as U+FFFD instead; new lines and tabs stay.
    """
    return "".join(
        "\ufffd"
        if (unicodedata.category(c) == "Cc" and c not in "\n\t") or c in _BIDI_CONTROLS
        else c
        for c in text
    )


def json_for_terminal(raw: bytes | str) -> str:
    """JSON text re-written with every non-ASCII and control character escaped.

    The data is exactly the same once parsed, and nothing in it can act on a terminal.
    """
    return json.dumps(json.loads(raw), ensure_ascii=True, sort_keys=True, indent=2)


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
        print(for_terminal(text), file=self.stderr)

    def result(self, text: str) -> None:
        """A line of the command's result (stdout)."""
        print(for_terminal(text), file=self.stdout)

    def result_json(self, raw: bytes | str) -> None:
        """A JSON result (stdout), escaped so it is both exact and safe on a terminal."""
        print(json_for_terminal(raw), file=self.stdout)

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


def read_passphrase(console: Console, from_stdin: bool, prompt: str) -> str:
    """A passphrase from stdin's next line, or asked at the terminal."""
    translate = console.translate
    if from_stdin:
        return console.stdin_line(translate("Cli", "a passphrase"))
    return console.ask_secret(prompt)


def new_passphrase(console: Console, from_stdin: bool) -> str:
    """A new passphrase: typed twice at the terminal (or one stdin line), and strong enough
    (the same rule as the window: long enough, and not easy to guess)."""
    from wrapdesk.services.passphrase_rules import MIN_LENGTH, strength, too_short

    translate = console.translate
    if from_stdin:
        chosen = console.stdin_line(translate("Cli", "a new passphrase"))
    else:
        chosen = console.ask_secret(translate("Cli", "New passphrase: "))
        again = console.ask_secret(translate("Cli", "The same passphrase again: "))
        if chosen != again:
            raise UsageError(
                translate("Cli", "The two passphrases are different. Nothing was changed.")
            )
    if too_short(chosen):
        raise UsageError(
            translate(
                "Cli",
                "Please choose a passphrase of at least {count} characters. A few unrelated "
                "words are long and easy to remember.",
            ).format(count=MIN_LENGTH)
        )
    verdict = strength(chosen, translate)
    if not verdict.acceptable:
        raise UsageError(verdict.words)
    return chosen


def secret_for(console: Console, args: argparse.Namespace) -> object:
    """Passphrase or recovery key, as the options say; None when neither was asked for."""
    from wrapdesk.vault import RecoveryKey

    translate = console.translate
    if getattr(args, "recovery_key_stdin", False):
        return RecoveryKey.parse(console.stdin_line(translate("Cli", "a recovery key")))
    if getattr(args, "passphrase_stdin", False):
        return console.stdin_line(translate("Cli", "a passphrase"))
    return None


# ---------------------------------------------------------------------------- commands


@contextlib.contextmanager
def read_plan(args: argparse.Namespace, console: Console) -> Iterator[PlanDatabase]:
    """The plan named on the command line, read into memory without locking or writing it.

    ``--demo`` gives the built-in demo plan; a PATH asks for its passphrase.
    """
    from wrapdesk.services.demo import build_demo_database
    from wrapdesk.services.plan_file import read_plan

    translate = console.translate
    if args.demo:
        db = build_demo_database()
    else:
        if args.path is None:
            raise UsageError(
                translate("Cli", "Name a plan file, or use --demo to try the demo plan.")
            )
        secret = read_passphrase(console, args.passphrase_stdin, translate("Cli", "Passphrase: "))
        db = read_plan(Path(args.path), secret)
    try:
        yield db
    finally:
        db.close()


def add_plan_source(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """``PATH [--passphrase-stdin] | --demo``, shared by every command that reads a plan."""
    parser.add_argument(
        "path", metavar="PATH", nargs="?", help=translate("Cli", "the plan file (.wrapdesk)")
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate("Cli", "read the passphrase from the first line of standard input"),
    )
    parser.add_argument(
        "--demo", action="store_true", help=translate("Cli", "use the built-in demo plan instead")
    )
