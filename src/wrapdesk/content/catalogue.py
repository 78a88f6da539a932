"""The catalogue of the plan's parts: groups, sections in display order, and lookups.

Section keys are stored in plan files, so they never change. The section data lives in
``sections_wrap``, ``sections_crisis`` and ``sections_advance``; the types live in
``section_types`` and are re-exported here.
"""

from __future__ import annotations

from wrapdesk.content.section_types import (
    STRUCTURED_KINDS,
    EntryListDef,
    GroupDef,
    SectionDef,
    SectionGroup,
    StructuredKind,
)
from wrapdesk.content.sections_advance import ADVANCE_SECTIONS
from wrapdesk.content.sections_crisis import CRISIS_SECTIONS
from wrapdesk.content.sections_wrap import WRAP_SECTIONS
from wrapdesk.i18n import QT_TRANSLATE_NOOP

__all__ = (
    "GROUPS",
    "SECTIONS",
    "STRUCTURED_KINDS",
    "EntryListDef",
    "GroupDef",
    "SectionDef",
    "SectionGroup",
    "StructuredKind",
    "group",
    "section",
    "sections_in",
)

GROUPS: tuple[GroupDef, ...] = (
    GroupDef(
        key="wrap",
        title=QT_TRANSLATE_NOOP("Sections", "Your WRAP"),
        purpose=QT_TRANSLATE_NOOP(
            "Sections",
            "Your own [Wellness Recovery Action Plan](glossary:wrap): how you stay well, spot "
            "changes early, and get through hard times.",
        ),
    ),
    GroupDef(
        key="crisis",
        title=QT_TRANSLATE_NOOP("Sections", "Crisis plan"),
        purpose=QT_TRANSLATE_NOOP(
            "Sections",
            "Written while you are well, so the people you trust know how to help if you can't "
            "act for yourself.",
        ),
    ),
    GroupDef(
        key="advance",
        title=QT_TRANSLATE_NOOP("Sections", "Advance statements"),
        purpose=QT_TRANSLATE_NOOP(
            "Sections",
            "Your choices about future care, written now for a time when you may not be able to "
            "decide or say.",
        ),
    ),
)
"""The three groups, in sidebar order."""

SECTIONS: tuple[SectionDef, ...] = WRAP_SECTIONS + CRISIS_SECTIONS + ADVANCE_SECTIONS
"""Every built-in part of the plan, in display order."""


def section(key: str) -> SectionDef:
    """The built-in section with this key; ``KeyError`` if there is none."""
    for candidate in SECTIONS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def sections_in(group: SectionGroup) -> tuple[SectionDef, ...]:
    """The sections of one group, in display order."""
    return tuple(candidate for candidate in SECTIONS if candidate.group == group)


def group(key: SectionGroup) -> GroupDef:
    """The group with this key; ``KeyError`` if there is none."""
    for candidate in GROUPS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
