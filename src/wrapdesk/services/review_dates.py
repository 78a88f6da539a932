"""When to look at the plan again: the review dates WrapDesk suggests, and "today".

Advance statements are usually reviewed every six to twelve months, and a plan soon
after a crisis, so a pass after a crisis suggests one or three months instead.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

from wrapdesk.i18n import Translate

USUAL_MONTHS = (6, 12)
"""Suggested gaps between reviews, in months, soonest first."""

AFTER_CRISIS_MONTHS = (1, 3)
"""Suggested gaps after a crisis: sooner, to see how the changes are working."""


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or that month's last day if it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def local_day(moment: datetime) -> date:
    """The calendar day ``moment`` falls on where the person is (the computer's time zone)."""
    return moment.astimezone().date()


@dataclass(frozen=True)
class ReviewDateChoice:
    """A suggested review date: ``months`` from today, falling ``on`` that day."""

    months: int
    on: date

    def label(self, translate: Translate) -> str:
        """ "In 6 months", in the person's language (the UI adds the date in its own format)."""
        return translate("Cycle", "In %n month(s)", None, self.months)


def suggest_review_dates(today: date, *, after_crisis: bool) -> tuple[ReviewDateChoice, ...]:
    """Review dates to offer, soonest first; the first is the one WrapDesk picks if the person
    chooses none."""
    gaps = AFTER_CRISIS_MONTHS if after_crisis else USUAL_MONTHS
    return tuple(ReviewDateChoice(months, add_months(today, months)) for months in gaps)
