"""UK numbers a person may need in a hard moment, and the date they were last checked.

The person's own contacts always come first; these follow, and the person can edit or hide
them. Check every number before each release and move :data:`HELPLINES_CHECKED`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from wrapdesk.content.localizing import tr
from wrapdesk.i18n import QT_TRANSLATE_NOOP, Translate

_CONTEXT = "Helplines"


@dataclass(frozen=True)
class Helpline:
    """One service: its name, the number, how to reach it, what it is for and where."""

    key: str
    name: str
    number: str
    how: str
    description: str
    region: str

    def localized(self, translate: Translate) -> Helpline:
        """A copy with its words translated in the "Helplines" context; the number stays."""
        return dataclasses.replace(
            self,
            name=tr(translate, _CONTEXT, self.name),
            how=tr(translate, _CONTEXT, self.how),
            description=tr(translate, _CONTEXT, self.description),
            region=tr(translate, _CONTEXT, self.region),
        )


_CALL = QT_TRANSLATE_NOOP("Helplines", "Call")
_UK = QT_TRANSLATE_NOOP("Helplines", "UK")

HELPLINES: tuple[Helpline, ...] = (
    Helpline(
        key="nhs-111",
        name=QT_TRANSLATE_NOOP("Helplines", "NHS 111"),
        number="111",
        how=_CALL,
        description=QT_TRANSLATE_NOOP(
            "Helplines",
            "For urgent help when it isn't an emergency. In England, choose option 2 for mental "
            "health.",
        ),
        region=QT_TRANSLATE_NOOP("Helplines", "England, Scotland and Wales"),
    ),
    Helpline(
        key="emergency",
        name=QT_TRANSLATE_NOOP("Helplines", "Emergency services"),
        number="999",
        how=_CALL,
        description=QT_TRANSLATE_NOOP(
            "Helplines", "In an emergency, when someone's life is in danger or they are badly hurt."
        ),
        region=_UK,
    ),
    Helpline(
        key="samaritans",
        name=QT_TRANSLATE_NOOP("Helplines", "Samaritans"),
        number="116 123",
        how=_CALL,
        description=QT_TRANSLATE_NOOP(
            "Helplines", "Someone to listen, any time of day or night. Calls are free."
        ),
        region=_UK,
    ),
    Helpline(
        key="shout",
        name=QT_TRANSLATE_NOOP("Helplines", "Shout"),
        number="85258",
        how=QT_TRANSLATE_NOOP("Helplines", "Text"),
        description=QT_TRANSLATE_NOOP(
            "Helplines", "Text if you would rather write than talk. It's free, day or night."
        ),
        region=_UK,
    ),
)
"""The helplines, in the order they are shown after the person's own contacts."""

HELPLINES_CHECKED = date(2026, 11, 27)
"""When the numbers above were last checked; shown to people beside them."""

CHECKED_NOTE = QT_TRANSLATE_NOOP("Helplines", "These numbers were last checked on {date}.")
"""The line shown under the numbers; fill ``{date}`` after translating."""


def helpline(key: str) -> Helpline:
    """The helpline with this key; ``KeyError`` if there is none."""
    for candidate in HELPLINES:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
