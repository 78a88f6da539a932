"""How long a crisis plan may be before the person is asked, and what says it is longer."""

from __future__ import annotations

MAX_CRISIS_PAGES = 2
"""A crisis plan is easiest to read in a hurry on one sheet, printed on both sides."""


class CrisisPlanTooLong(Exception):
    """The crisis plan needs more than two pages and the person hasn't chosen to print more.

    Nothing is ever left out to make it fit: the person chooses which parts go first, or
    to print every page (``PrintOptions.allow_long``).
    """

    def __init__(self, pages: int) -> None:
        super().__init__(f"the crisis plan needs {pages} pages")
        self.pages = pages


# The parts the family crisis plan prints, in its default order (the person can move them
# first when it runs long). "What I'm like when I'm well" stays in the whole-plan printout.
CRISIS_PARTS = (
    "crisis.supporters",
    "crisis.take-over-signs",
    "crisis.helps",
    "crisis.medicines",
    "crisis.places",
    "crisis.treatments",
    "crisis.home-care",
    "crisis.no-longer-needed",
)
