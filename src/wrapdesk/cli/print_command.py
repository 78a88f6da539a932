"""``wrapdesk print``: a printout of the plan, or its recovery sheet, saved as a PDF.

The PDF is made in memory and written once, straight to the file the person named: that
file is their explicit choice to have the plan on disk in plain form. Nothing else is
written, not even a temporary file. (Importing the printouts is cheap; reportlab loads
only when a PDF is made.)
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from wrapdesk.cli.console import (
    EXIT_ERROR,
    EXIT_OK,
    Console,
    UsageError,
    add_plan_source,
    read_plan,
)
from wrapdesk.i18n import Translate, untranslated
from wrapdesk.printouts import (
    KINDS,
    CrisisPlanTooLong,
    Paper,
    PrintOptions,
    build_pdf,
    build_recovery_sheet,
    check_adrt,
    default_paper,
)

RECOVERY_SHEET = "recovery-sheet"
_VAULT_MAGIC = b"WRAPDESK"


def _locale(*names: str) -> str:
    """The first locale setting that is set, in the order POSIX gives them priority."""
    return next((os.environ[name] for name in names if os.environ.get(name)), "")


def _language(translate: Translate) -> str:
    """The BCP 47 tag of the words being printed: English unless a translation is loaded."""
    if translate is untranslated:
        return "en"
    code = _locale("LC_ALL", "LC_MESSAGES", "LANG").split(".")[0].split("@")[0]
    return code.replace("_", "-") or "en"


def _paper(args: argparse.Namespace) -> Paper:
    chosen: Paper | None = args.paper
    return chosen or default_paper(_locale("LC_ALL", "LC_PAPER", "LANG"))


def _refuse_to_overwrite_a_plan(output: Path, console: Console) -> None:
    """A PDF must never replace a plan file (or one of its backups) by a slip of the pen."""
    try:
        with output.open("rb") as existing:
            is_plan = existing.read(len(_VAULT_MAGIC)) == _VAULT_MAGIC
    except OSError:  # not there yet, or not readable: writing will say if it can't
        return
    if is_plan:
        raise UsageError(
            console.translate(
                "Cli",
                "{name} is a WrapDesk plan file, so WrapDesk won't write a PDF over it. Choose "
                "another name for the PDF.",
            ).format(name=output.name)
        )


def _recovery_sheet(args: argparse.Namespace, console: Console, options: PrintOptions) -> bytes:
    """The recovery sheet, once the key is shown to open the file. Nothing of the plan is
    read into the sheet: the decrypted bytes are only proof that the key is right."""
    from wrapdesk.vault import RecoveryKey, decrypt_file

    translate = console.translate
    if args.demo or args.path is None:
        raise UsageError(
            translate(
                "Cli", "Name the plan file the recovery sheet is for (the demo plan has none)."
            )
        )
    if args.recovery_key_stdin:
        typed = console.stdin_line(translate("Cli", "a recovery key"))
    else:
        typed = console.ask_secret(translate("Cli", "Recovery key: "))
    key = RecoveryKey.parse(typed)
    path = Path(args.path)
    decrypt_file(path, key)  # raises WrongRecoveryKey (and friends) before anything prints
    return build_recovery_sheet(key.formatted(), str(path.absolute()), translate, options)


def _plan_printout(args: argparse.Namespace, console: Console, options: PrintOptions) -> bytes:
    """A printout of the plan; for the advance decision, first say what it is missing."""
    from wrapdesk.services.editor import PlanEditor

    translate = console.translate
    if args.recovery_key_stdin:
        raise UsageError(
            translate(
                "Cli",
                "--recovery-key-stdin is for the recovery sheet. To print your plan, open it "
                "with its passphrase (--passphrase-stdin).",
            )
        )
    with read_plan(args, console) as db:
        editor = PlanEditor(db)
        document = editor.document()
        editor.close()
    if args.kind == "adrt":
        missing = check_adrt(document, translate)
        if missing:
            console.say(
                translate("Cli", "Before you sign your advance decision, it needs these things:")
            )
            for item in missing:
                console.say(f"  • {item.message}")
    return build_pdf(args.kind, document, translate, options)


def cmd_print(args: argparse.Namespace, console: Console) -> int:
    """Make the printout and write it to the file named with ``-o``."""
    translate = console.translate
    output = Path(args.output)
    _refuse_to_overwrite_a_plan(output, console)
    options = PrintOptions(
        paper=_paper(args),
        large_type=args.large,
        language=_language(translate),
        allow_long=args.long,
    )
    try:
        if args.kind == RECOVERY_SHEET:
            pdf = _recovery_sheet(args, console, options)
        else:
            pdf = _plan_printout(args, console, options)
    except CrisisPlanTooLong as too_long:
        console.say(
            translate(
                "Cli",
                "Your crisis plan needs %n pages, and it is easiest to read in a hurry on 2. "
                "Nothing was saved. Add --long to print every page, or choose in WrapDesk "
                "which parts go first.",
                None,
                too_long.pages,
            )
        )
        return EXIT_ERROR
    from wrapdesk.services.private_files import write_private_file

    write_private_file(output, pdf)
    console.say(translate("Cli", "Your printout is saved in {path}.").format(path=output))
    return EXIT_OK


def register(sub: Any, translate: Translate) -> None:
    """Add ``print`` to the ``wrapdesk`` parser."""
    p = sub.add_parser(
        "print",
        help=translate("Cli", "save a printout of the plan, or its recovery sheet, as a PDF"),
        description=translate(
            "Cli",
            "Save a printout as a PDF. KIND is one of: crisis-plan (for family), wrap (the "
            "whole plan), advance-statement, adrt, scottish-statement, wallet-card, or "
            "recovery-sheet (with --recovery-key-stdin; it holds nothing from the plan).",
        ),
    )
    p.add_argument(
        "kind",
        metavar="KIND",
        choices=(*KINDS, RECOVERY_SHEET),
        help=translate("Cli", "which printout (see above)"),
    )
    add_plan_source(p, translate)
    p.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help=translate("Cli", "for recovery-sheet: read the recovery key from standard input"),
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        required=True,
        help=translate("Cli", "the PDF file to write (your choice to have the plan on disk)"),
    )
    p.add_argument(
        "--paper",
        choices=("A4", "Letter"),
        help=translate("Cli", "paper size (normally chosen from your locale)"),
    )
    p.add_argument(
        "--large",
        action="store_true",
        help=translate("Cli", "extra-large type for the crisis plan"),
    )
    p.add_argument(
        "--long",
        action="store_true",
        help=translate("Cli", "let the crisis plan run past two pages"),
    )
    p.set_defaults(run=cmd_print)
