"""Printouts: a plan document in, PDF bytes out (reportlab, in memory, never a temp file).

Every printout embeds DejaVu Sans, sets the PDF's title, author and language, and carries
on every page which copy it is and its date. The words come from ``translate`` in the
"Printouts" context; the plan's own words are printed as written.

Importing this package is cheap: reportlab loads only when a PDF is first made, so the
command line starts quickly.
"""

from __future__ import annotations

from wrapdesk.document import PlanDocument
from wrapdesk.i18n import Translate
from wrapdesk.printouts.adrt_check import Missing, check_adrt
from wrapdesk.printouts.limits import CRISIS_PARTS, MAX_CRISIS_PAGES, CrisisPlanTooLong
from wrapdesk.printouts.options import KINDS, Paper, PrintOptions, default_paper

__all__ = [
    "CRISIS_PARTS",
    "KINDS",
    "MAX_CRISIS_PAGES",
    "CrisisPlanTooLong",
    "Missing",
    "Paper",
    "PrintOptions",
    "build_pdf",
    "build_recovery_sheet",
    "check_adrt",
    "crisis_plan_pages",
    "default_paper",
]


def build_pdf(
    kind: str,
    document: PlanDocument,
    translate: Translate,
    options: PrintOptions = PrintOptions(),  # noqa: B008 - frozen, so one shared default is safe
) -> bytes:
    """The printout ``kind`` (one of :data:`KINDS`) of ``document``, as PDF bytes.

    Raises :class:`CrisisPlanTooLong` for a crisis plan past two pages unless
    ``options.allow_long``, and ``ValueError`` for an unknown kind.
    """
    if kind == "crisis-plan":
        from wrapdesk.printouts.crisis_plan import build_crisis_plan

        return build_crisis_plan(document, translate, options)
    if kind == "wrap":
        from wrapdesk.printouts.full_plan import build_full_plan

        return build_full_plan(document, translate, options)
    if kind == "advance-statement":
        from wrapdesk.printouts.advance_statement import build_advance_statement

        return build_advance_statement(document, translate, options)
    if kind == "adrt":
        from wrapdesk.printouts.adrt import build_adrt

        return build_adrt(document, translate, options)
    if kind == "scottish-statement":
        from wrapdesk.printouts.scottish_statement import build_scottish_statement

        return build_scottish_statement(document, translate, options)
    if kind == "wallet-card":
        from wrapdesk.printouts.wallet_card import build_wallet_card

        return build_wallet_card(document, translate, options)
    raise ValueError(f"unknown printout {kind!r}; expected one of {', '.join(KINDS)}")


def crisis_plan_pages(
    document: PlanDocument,
    translate: Translate,
    options: PrintOptions = PrintOptions(),  # noqa: B008 - frozen, so one shared default is safe
) -> int:
    """How many pages the crisis plan needs with these options (it is laid out to count)."""
    from wrapdesk.printouts.crisis_plan import render_crisis_plan

    return render_crisis_plan(document, translate, options)[1]


def build_recovery_sheet(
    recovery_key: str,
    plan_path: str,
    translate: Translate,
    options: PrintOptions = PrintOptions(),  # noqa: B008 - frozen, so one shared default is safe
) -> bytes:
    """The recovery sheet: the key (as ``RecoveryKey.formatted()``), where the plan file
    is, and what to do with them. It is made without the plan, so it holds none of it."""
    from wrapdesk.printouts.recovery_sheet import build_recovery_sheet as build

    return build(recovery_key, plan_path, translate, options)
