"""Commands for plan files: new, verify, change-passphrase, show."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wrapdesk.cli.console import (
    EXIT_OK,
    Console,
    add_plan_source,
    for_terminal,
    new_passphrase,
    read_passphrase,
    read_plan,
    secret_for,
)
from wrapdesk.i18n import Translate


def cmd_new(args: argparse.Namespace, console: Console) -> int:
    """Create a new, empty plan file and print its recovery key once."""
    from wrapdesk.services.plan_file import PlanFile

    translate = console.translate
    passphrase = new_passphrase(console, args.passphrase_stdin)
    console.say(translate("Cli", "Creating your plan. This takes a few seconds…"))
    plan, recovery = PlanFile.create(Path(args.path), passphrase)
    plan.close()
    console.say(
        translate(
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

    translate = console.translate
    secret = secret_for(console, args)
    assert secret is None or isinstance(secret, str | RecoveryKey)
    report = verify_file(Path(args.path), secret)
    console.result(
        translate(
            "Cli",
            "{name}: a WrapDesk plan file (format {version}, save number {count}). Its "
            "checksum matches.",
        ).format(name=report.path.name, version=report.format_version, count=report.save_counter)
    )
    if report.decrypted:
        console.result(
            translate("Cli", "It opens with the key you gave, and its contents are sound.")
        )
    else:
        console.result(
            translate(
                "Cli",
                "To check its contents too, add --passphrase-stdin or --recovery-key-stdin.",
            )
        )
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace, console: Console) -> int:
    """Change the passphrase of a plan file (the recovery key stays the same)."""
    from wrapdesk.services.plan_file import PlanFile

    translate = console.translate
    old = read_passphrase(console, args.passphrase_stdin, translate("Cli", "Current passphrase: "))
    with PlanFile.open(Path(args.path), old) as plan:
        new = new_passphrase(console, args.passphrase_stdin)
        recovery = plan.change_passphrase(new, new_recovery_key=args.new_recovery_key)
    if recovery is None:
        console.say(translate("Cli", "Your passphrase is changed. Your recovery key still works."))
        return EXIT_OK
    console.say(
        translate(
            "Cli",
            "Your passphrase is changed, and below is your new recovery key. Your old one no "
            "longer works. Print it or write it down, and keep it somewhere safe. WrapDesk "
            "will not show it again.",
        )
    )
    console.result(recovery.formatted())
    return EXIT_OK


def cmd_show(args: argparse.Namespace, console: Console) -> int:
    """Print the plan as readable text, or as the plan document (JSON)."""
    from wrapdesk.document import dumps
    from wrapdesk.services.editor import PlanEditor
    from wrapdesk.services.plan_text import render_text

    with read_plan(args, console) as db:
        editor = PlanEditor(db)
        document = editor.document()
        editor.close()
    if args.json:
        console.result_json(dumps(document))
    else:
        console.stdout.write(for_terminal(render_text(document, console.translate)))
    return EXIT_OK


def register(sub: Any, translate: Translate) -> None:
    """Add this module's commands to the ``wrapdesk`` parser."""
    p = sub.add_parser(
        "new", help=translate("Cli", "create a new plan file and show its recovery key")
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate("Cli", "read the passphrase from the first line of standard input"),
    )
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("verify", help=translate("Cli", "check that a plan file is whole and sound"))
    p.add_argument("path", metavar="PATH")
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate(
            "Cli", "also decrypt and check the contents, reading the passphrase from stdin"
        ),
    )
    group.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help=translate("Cli", "the same, with the recovery key read from stdin"),
    )
    p.set_defaults(run=cmd_verify)

    p = sub.add_parser(
        "change-passphrase", help=translate("Cli", "set a new passphrase for a plan")
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate("Cli", "read the old, then the new passphrase from stdin, one per line"),
    )
    p.add_argument(
        "--new-recovery-key",
        action="store_true",
        help=translate(
            "Cli",
            "also replace the recovery key and print the new one (do this if someone else "
            "may have known the old passphrase)",
        ),
    )
    p.set_defaults(run=cmd_change_passphrase)

    p = sub.add_parser(
        "show", help=translate("Cli", "print the plan as text (you choose to see it in plain text)")
    )
    add_plan_source(p, translate)
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "print the plan document (JSON) instead"),
    )
    p.set_defaults(run=cmd_show)
