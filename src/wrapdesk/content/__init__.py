"""The plan's content: parts, cycle, glossary, helplines and legal notes, as translatable data.

Qt-free and logic-free. Every visible string is marked with ``QT_TRANSLATE_NOOP`` and is
translated at run time through each type's ``localized(translate)``.
"""

from __future__ import annotations

from wrapdesk.content.catalogue import (
    GROUPS,
    SECTIONS,
    STRUCTURED_KINDS,
    EntryListDef,
    GroupDef,
    SectionDef,
    SectionGroup,
    StructuredKind,
    group,
    section,
    sections_in,
)
from wrapdesk.content.cycle import (
    LIFE_AREAS,
    RATINGS,
    STEPS,
    CycleStepDef,
    LifeArea,
    StatementDef,
    StepKey,
    statement,
    step,
)
from wrapdesk.content.glossary import GLOSSARY, GlossaryTerm, term
from wrapdesk.content.helplines import (
    CHECKED_NOTE,
    HELPLINES,
    HELPLINES_CHECKED,
    Helpline,
    helpline,
)
from wrapdesk.content.legal import NOT_LEGAL_ADVICE, WHICH_IS_WHICH
from wrapdesk.content.markup import glossary_keys, plain, to_html
from wrapdesk.content.vocabulary import (
    MEDICINE_STATUSES,
    PERSON_ROLES,
    PLACE_PREFERENCES,
    TREATMENT_PREFERENCES,
    Choice,
    choice,
)

__all__ = (
    "CHECKED_NOTE",
    "GLOSSARY",
    "GROUPS",
    "HELPLINES",
    "HELPLINES_CHECKED",
    "LIFE_AREAS",
    "MEDICINE_STATUSES",
    "NOT_LEGAL_ADVICE",
    "PERSON_ROLES",
    "PLACE_PREFERENCES",
    "RATINGS",
    "SECTIONS",
    "STEPS",
    "STRUCTURED_KINDS",
    "TREATMENT_PREFERENCES",
    "WHICH_IS_WHICH",
    "Choice",
    "CycleStepDef",
    "EntryListDef",
    "GlossaryTerm",
    "GroupDef",
    "Helpline",
    "LifeArea",
    "SectionDef",
    "SectionGroup",
    "StatementDef",
    "StepKey",
    "StructuredKind",
    "choice",
    "glossary_keys",
    "group",
    "helpline",
    "plain",
    "section",
    "sections_in",
    "statement",
    "step",
    "term",
    "to_html",
)
