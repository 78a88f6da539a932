"""Words every printout shares: dates written out in full, names, and which copy this is.

Dates are written with the month in words ("16 May 2026"), never as 05/06/2026, which
readers in different countries read differently.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from xml.sax.saxutils import escape

from wrapdesk.document import OwnerDoc, PlanDocument
from wrapdesk.i18n import Translate
from wrapdesk.printouts.options import PrintOptions

_BETWEEN_DIGITS = re.compile(r"(?<=\d) (?=\d)")


def markup(text: str) -> str:
    """The person's own text, made safe inside paragraph markup: line breaks kept, and a
    space between digits (a phone number, "029 2018 0312") never breaks across lines."""
    kept = _BETWEEN_DIGITS.sub("\u00a0", text.strip())
    return escape(kept).replace("\n", "<br/>")


def number(text: str) -> str:
    """A phone number as markup that never breaks across two lines."""
    return markup(text).replace(" ", "\u00a0")


def _months(translate: Translate) -> tuple[str, ...]:
    return (
        translate("Printouts", "January", "month"),
        translate("Printouts", "February", "month"),
        translate("Printouts", "March", "month"),
        translate("Printouts", "April", "month"),
        translate("Printouts", "May", "month"),
        translate("Printouts", "June", "month"),
        translate("Printouts", "July", "month"),
        translate("Printouts", "August", "month"),
        translate("Printouts", "September", "month"),
        translate("Printouts", "October", "month"),
        translate("Printouts", "November", "month"),
        translate("Printouts", "December", "month"),
    )


def long_date(day: date, translate: Translate) -> str:
    """``day`` written out: "16 May 2026"."""
    month = _months(translate)[day.month - 1]
    return translate("Printouts", "{day} {month} {year}", "a date: 16 May 2026").format(
        day=day.day, month=month, year=day.year
    )


def parse_day(text: str) -> date:
    """The calendar day of an ISO date or moment; moments are read in this computer's time."""
    if len(text) == 10:
        return date.fromisoformat(text)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def written_date(text: str | None, translate: Translate) -> str:
    """An ISO date from the plan, written out; empty when there is none."""
    return long_date(parse_day(text), translate) if text else ""


def call_name(owner: OwnerDoc) -> str:
    """What the person likes to be called: their preferred name, else their name."""
    return (owner.preferred_name or owner.name).strip()


def full_name(owner: OwnerDoc, translate: Translate) -> str:
    """The person's full name, or "WrapDesk" when the plan has none (for the PDF's author)."""
    return owner.name.strip() or call_name(owner) or translate("Printouts", "WrapDesk")


def name_line(owner: OwnerDoc) -> str:
    """The person's name and pronouns, for the line above a printout's title."""
    name = owner.name.strip() or call_name(owner)
    return " · ".join(part for part in (name, owner.pronouns.strip()) if part)


def which_copy(document: PlanDocument, options: PrintOptions, translate: Translate) -> str:
    """The saved version and its date, or that this print is not a saved version."""
    if document.version is not None:
        return translate("Printouts", "Version {number} · {date}").format(
            number=document.version.number,
            date=long_date(parse_day(document.version.created_at), translate),
        )
    return translate("Printouts", "Printed {date} — not a saved version").format(
        date=long_date(options.printed_on(), translate)
    )


def newest_copy(owner: OwnerDoc, translate: Translate) -> str:
    """The reminder on every page that a newer copy may exist, and whom to ask."""
    name = call_name(owner)
    if not name:
        return translate("Printouts", "Check this is the newest copy")
    return translate("Printouts", "Check this is the newest copy — ask {name}").format(name=name)


def page_of(translate: Translate) -> str:
    """The page number pattern; ``{page}`` and ``{pages}`` are filled on each page."""
    return translate("Printouts", "Page {page} of {pages}")
