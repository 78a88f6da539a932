"""Commands for sharing: export part of a plan for a supporter, open a plan someone shared.

``export`` writes a standard age file; with ``--to-passphrase`` standard output carries
only the generated passphrase (its words separated by single spaces, then a newline), so
it can be piped, and everything said to the person goes to standard error. ``open-shared``
reads a share in memory and prints the plan; plaintext reaches the disk only in a PDF the
person asks for with ``--pdf``.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wrapdesk.cli.console import (
    EXIT_ALTERED,
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_NOT_A_PLAN,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WRONG_KEY,
    Console,
    UsageError,
    add_plan_source,
    for_terminal,
    read_passphrase,
)
from wrapdesk.i18n import Translate

if TYPE_CHECKING:
    from wrapdesk.exchange import AgeIdentity
    from wrapdesk.services.sharing import ExportResult, SharedPlan

Command = Callable[[argparse.Namespace, Console], int]
_VAULT_MAGIC = b"WRAPDESK"
_MAX_KEY_FILE = 64 * 1024


def exit_code_for_share(error: BaseException) -> int:
    """The documented exit code for an error met while sharing (as for plan files)."""
    from wrapdesk.exchange import (
        IdentityInvalid,
        NotAShareFile,
        RecipientInvalid,
        SharedPlanInvalid,
        SharedPlanTooNew,
        ShareFileDamaged,
        SharePackageUnsafe,
        ShareTooCostly,
        WrongShareKey,
    )
    from wrapdesk.services.sharing import NoSupporterKeyYet, SharingProblem

    table: tuple[tuple[tuple[type[BaseException], ...], int], ...] = (
        ((NotAShareFile, SharedPlanTooNew), EXIT_NOT_A_PLAN),
        ((ShareFileDamaged,), EXIT_DAMAGED),
        ((WrongShareKey, IdentityInvalid, NoSupporterKeyYet), EXIT_WRONG_KEY),
        ((SharePackageUnsafe, SharedPlanInvalid, ShareTooCostly), EXIT_ALTERED),
        ((RecipientInvalid, SharingProblem), EXIT_USAGE),
    )
    for kinds, code in table:
        if isinstance(error, kinds):
            return code
    return EXIT_ERROR


def _sharing_errors(command: Command) -> Command:
    """Say a sharing error in one sentence and exit with its code (others go to ``run``)."""

    @functools.wraps(command)
    def wrapped(args: argparse.Namespace, console: Console) -> int:
        from wrapdesk.exchange import ShareError
        from wrapdesk.services.messages import describe
        from wrapdesk.services.sharing import SharingProblem

        try:
            return command(args, console)
        except (ShareError, SharingProblem) as exc:
            console.say(describe(exc, console.translate))
            return exit_code_for_share(exc)

    return wrapped


def _write_file(path: Path, data: bytes) -> None:
    """Write a file the person asked for, all at once or not at all, read back to check."""
    from wrapdesk.services.private_files import write_private_file

    write_private_file(path, data)


def _read_limited(path: Path, limit: int) -> bytes:
    """A file's bytes, reading at most one byte past ``limit`` (the caller refuses more)."""
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def _check_output(console: Console, output: Path, plan_path: Path | None) -> None:
    """Never write the shared file over a plan file (this one, or any other)."""
    translate = console.translate
    same = plan_path is not None and output.resolve() == plan_path.resolve()
    try:
        is_plan = output.is_file() and _read_limited(output, 8)[:8] == _VAULT_MAGIC
    except OSError:
        is_plan = False
    if same or is_plan:
        raise UsageError(
            translate(
                "Cli",
                "{name} is a WrapDesk plan file. Choose another name for the shared file, so "
                "your plan isn't overwritten.",
            ).format(name=output.name)
        )


@_sharing_errors
def cmd_export(args: argparse.Namespace, console: Console) -> int:
    """Export chosen sections for a supporter, to their key or to a new passphrase."""
    from wrapdesk.services.editor import PlanEditor
    from wrapdesk.services.plan_file import PlanFile
    from wrapdesk.services.sharing import export_for, record_export
    from wrapdesk.services.versions import Versions
    from wrapdesk.vault import ReadOnlyVault

    translate = console.translate
    output = Path(args.output)
    if args.demo and args.path:
        raise UsageError(translate("Cli", "Name a plan file or use --demo, not both."))
    if not args.demo and args.path is None:
        raise UsageError(translate("Cli", "Name a plan file, or use --demo to try the demo plan."))
    _check_output(console, output, None if args.demo else Path(args.path))
    choice = {
        "sections": [key for key in args.sections.split(",") if key.strip()],
        "method": "age-key" if args.to_recipient is not None else "passphrase",
        "recipient": args.to_recipient,
        "armor": args.armor,
        "translate": translate,
        "record": False,
    }
    result: ExportResult
    if args.demo:
        from wrapdesk.services.demo import build_demo_database

        db = build_demo_database()
        editor = PlanEditor(db)
        try:
            result = export_for(editor, Versions(editor), person_id=None, **choice)
        finally:
            editor.close()
            db.close()
        _write_file(output, result.data)
    else:
        secret = read_passphrase(console, args.passphrase_stdin, translate("Cli", "Passphrase: "))
        with PlanFile.open(Path(args.path), secret) as plan:
            if plan.read_only:  # every export is recorded in the plan, so it must save
                raise ReadOnlyVault(plan.path)
            editor = PlanEditor(plan.db)
            try:
                versions = Versions(editor)
                result = export_for(editor, versions, person_id=None, **choice)
                _write_file(output, result.data)
                record_export(versions, result)
                plan.save()
            finally:
                editor.close()
    _report_export(console, result, output)
    return EXIT_OK


def _report_export(console: Console, result: ExportResult, output: Path) -> None:
    """Say where the file went; with a passphrase, print it alone on standard output."""
    translate = console.translate
    if result.passphrase is not None:
        console.say(
            translate(
                "Cli",
                "Saved version {number} of the plan, encrypted, in {path}. It opens with the "
                "passphrase on standard output: give it to your supporter a different way from "
                "the file, for example by phone.",
            ).format(number=result.version_number, path=output)
        )
        console.result(result.passphrase)
    else:
        console.say(
            translate(
                "Cli",
                "Saved version {number} of the plan, encrypted, in {path}. It opens only with "
                "your supporter's own key.",
            ).format(number=result.version_number, path=output)
        )


def _identity_from(console: Console, args: argparse.Namespace, data: bytes) -> SharedPlan:
    """Open with ``--identity FILE``: an age key file, or the supporter's own WrapDesk plan."""
    from wrapdesk.exchange import IdentityInvalid, parse_identities
    from wrapdesk.services.editor import PlanEditor
    from wrapdesk.services.plan_file import read_plan
    from wrapdesk.services.sharing import open_shared, open_with_my_key

    translate = console.translate
    key_path = Path(args.identity)
    head = _read_limited(key_path, _MAX_KEY_FILE)
    if head.startswith(_VAULT_MAGIC):
        secret = read_passphrase(
            console, args.passphrase_stdin, translate("Cli", "Passphrase of your plan: ")
        )
        db = read_plan(key_path, secret)
        editor = PlanEditor(db)
        try:
            return open_with_my_key(editor, data, translate=translate)
        finally:
            editor.close()
            db.close()
    if args.passphrase_stdin:
        raise UsageError(
            translate(
                "Cli", "Use --identity or --passphrase-stdin, not both (unless FILE is a plan)."
            )
        )
    if len(head) > _MAX_KEY_FILE:
        raise IdentityInvalid("malformed")
    try:
        identity: AgeIdentity = parse_identities(head.decode("utf-8"))
    except UnicodeDecodeError:
        raise IdentityInvalid("malformed") from None
    return open_shared(data, identity, translate=translate)


@_sharing_errors
def cmd_open_shared(args: argparse.Namespace, console: Console) -> int:
    """Open a plan someone shared, with a passphrase or a key, and print or save it."""
    from wrapdesk.document import dumps
    from wrapdesk.exchange import NotAShareFile
    from wrapdesk.exchange.age_format import MAX_FILE_BYTES
    from wrapdesk.services.plan_text import render_text
    from wrapdesk.services.sharing import open_shared, share_needs

    translate = console.translate
    data = _read_limited(Path(args.file), MAX_FILE_BYTES)
    if len(data) > MAX_FILE_BYTES:
        raise NotAShareFile("too-large")
    if args.identity is not None:
        shared = _identity_from(console, args, data)
    elif args.passphrase_stdin:
        shared = open_shared(
            data, console.stdin_line(translate("Cli", "a passphrase")), translate=translate
        )
    elif share_needs(data) == "passphrase":
        words = console.ask_secret(translate("Cli", "Passphrase (the words you were given): "))
        shared = open_shared(data, words, translate=translate)
    else:
        raise UsageError(
            translate(
                "Cli", "This file opens with a supporter key: add --identity FILE to open it."
            )
        )
    if args.pdf is not None:
        _write_file(Path(args.pdf), shared.pdf)
        console.say(translate("Cli", "Saved the plan as a PDF in {path}.").format(path=args.pdf))
    if args.json:
        console.result_json(dumps(shared.document))
    elif args.pdf is None:
        console.stdout.write(for_terminal(render_text(shared.document, translate)))
    return EXIT_OK


def register(sub: Any, translate: Translate) -> None:
    """Add this module's commands to the ``wrapdesk`` parser."""
    p = sub.add_parser(
        "export", help=translate("Cli", "save chosen parts of a plan, encrypted, for a supporter")
    )
    add_plan_source(p, translate)
    p.add_argument(
        "--sections",
        required=True,
        metavar="KEY[,KEY…]",
        help=translate(
            "Cli",
            "the parts to share: section keys, or crisis-plan, wrap, advance-statements for "
            "whole groups",
        ),
    )
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--to-recipient",
        metavar="age1…",
        help=translate("Cli", "encrypt to your supporter's key (one line starting with age1)"),
    )
    how.add_argument(
        "--to-passphrase",
        action="store_true",
        help=translate(
            "Cli", "encrypt to a new passphrase of six words, printed on standard output"
        ),
    )
    p.add_argument(
        "--armor",
        action="store_true",
        help=translate("Cli", "write the file as text, to paste into an email"),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.age",
        help=translate("Cli", "where to save it"),
    )
    p.set_defaults(run=cmd_export)

    p = sub.add_parser(
        "open-shared", help=translate("Cli", "open a plan someone shared with you and print it")
    )
    p.add_argument(
        "file", metavar="FILE.age", help=translate("Cli", "the file someone shared with you")
    )
    p.add_argument(
        "--identity",
        metavar="FILE",
        help=translate(
            "Cli", "your age key file, or your own WrapDesk plan holding your supporter key"
        ),
    )
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate("Cli", "read the passphrase from the first line of standard input"),
    )
    p.add_argument(
        "--pdf",
        metavar="OUT.pdf",
        help=translate("Cli", "save the plan as a PDF instead of printing it"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "print the plan document (JSON) instead"),
    )
    p.set_defaults(run=cmd_open_shared)
