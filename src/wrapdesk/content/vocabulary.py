"""Labelled choices for structured data: medicine status, preferences and people's roles."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from wrapdesk.content.localizing import tr
from wrapdesk.i18n import QT_TRANSLATE_NOOP, Translate


@dataclass(frozen=True)
class Choice:
    """One labelled choice; ``key`` is stored, ``label`` and ``hint`` are shown.

    ``context`` is the translation context its words were marked in: "Vocabulary" here,
    other modules (the cycle's ratings) mark theirs in their own context.
    """

    key: str
    label: str
    hint: str = ""
    context: str = "Vocabulary"

    def localized(self, translate: Translate) -> Choice:
        """A copy with the label and hint translated in this choice's context."""
        return dataclasses.replace(
            self,
            label=tr(translate, self.context, self.label),
            hint=tr(translate, self.context, self.hint),
        )


# One label shared by medicines, treatments and places.
_AVOID = QT_TRANSLATE_NOOP("Vocabulary", "Please avoid")

MEDICINE_STATUSES: tuple[Choice, ...] = (
    Choice(
        key="current",
        label=QT_TRANSLATE_NOOP("Vocabulary", "Taking now"),
        hint=QT_TRANSLATE_NOOP("Vocabulary", "A medicine you take at the moment."),
    ),
    Choice(
        key="acceptable",
        label=QT_TRANSLATE_NOOP("Vocabulary", "Would accept"),
        hint=QT_TRANSLATE_NOOP("Vocabulary", "A medicine you are willing to take if it's needed."),
    ),
    Choice(
        key="avoid",
        label=_AVOID,
        hint=QT_TRANSLATE_NOOP(
            "Vocabulary", "A medicine that didn't suit you, or that you don't want."
        ),
    ),
    Choice(
        key="allergy",
        label=QT_TRANSLATE_NOOP("Vocabulary", "Allergic"),
        hint=QT_TRANSLATE_NOOP("Vocabulary", "You are allergic to this. It must not be given."),
    ),
)
"""Where a medicine stands for you, in the order a crisis plan lists them."""

TREATMENT_PREFERENCES: tuple[Choice, ...] = (
    Choice(
        key="wanted",
        label=QT_TRANSLATE_NOOP("Vocabulary", "I'd want this"),
        hint=QT_TRANSLATE_NOOP("Vocabulary", "A treatment you would like if you become unwell."),
    ),
    Choice(
        key="avoid",
        label=_AVOID,
        hint=QT_TRANSLATE_NOOP("Vocabulary", "A treatment you would rather not have."),
    ),
)
"""Whether you want a treatment or want to avoid it."""

PLACE_PREFERENCES: tuple[Choice, ...] = (
    Choice(
        key="preferred",
        label=QT_TRANSLATE_NOOP("Vocabulary", "I'd like to go here"),
        hint=QT_TRANSLATE_NOOP("Vocabulary", "A place where you would like to be treated."),
    ),
    Choice(
        key="avoid",
        label=_AVOID,
        hint=QT_TRANSLATE_NOOP("Vocabulary", "A place you would rather not go."),
    ),
)
"""Whether a treatment place is one you prefer or one to avoid."""

PERSON_ROLES: tuple[Choice, ...] = (
    Choice(
        key="first-contact",
        label=QT_TRANSLATE_NOOP("Vocabulary", "Call first"),
        hint=QT_TRANSLATE_NOOP("Vocabulary", "The first person to call in a crisis."),
    ),
    Choice(
        key="supporter",
        label=QT_TRANSLATE_NOOP("Vocabulary", "Supporter"),
        hint=QT_TRANSLATE_NOOP("Vocabulary", "Supports you and your plan."),
    ),
    Choice(
        key="planning-partner",
        label=QT_TRANSLATE_NOOP("Vocabulary", "Planning partner"),
        hint=QT_TRANSLATE_NOOP("Vocabulary", "Helps you think things through as you plan."),
    ),
    Choice(
        key="care-team",
        label=QT_TRANSLATE_NOOP("Vocabulary", "Care team"),
        hint=QT_TRANSLATE_NOOP(
            "Vocabulary", "Part of your care team, such as a nurse, doctor or social worker."
        ),
    ),
    Choice(
        key="task-helper",
        label=QT_TRANSLATE_NOOP("Vocabulary", "Task helper"),
        hint=QT_TRANSLATE_NOOP("Vocabulary", "Does a practical job for you, like feeding a pet."),
    ),
)
"""The roles a person can have in your plan; one person can have several."""


def choice(choices: tuple[Choice, ...], key: str) -> Choice:
    """The choice with this key in ``choices``; ``KeyError`` if there is none."""
    for candidate in choices:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
