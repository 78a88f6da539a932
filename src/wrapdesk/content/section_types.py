"""The shapes of the plan's parts: groups, sections and the entry lists inside them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

from wrapdesk.content.localizing import SHORT, tr, tr_all
from wrapdesk.i18n import Translate

SectionGroup = Literal["wrap", "crisis", "advance"]
"""The three groups of parts shown in the sidebar."""

StructuredKind = Literal[
    "people",
    "not-involved",
    "medicines",
    "treatments",
    "places",
    "refusals",
    "scottish-witness",
    "adrt-details",
]
"""The structured data a part can show beside (or instead of) its free-text lists."""

STRUCTURED_KINDS: tuple[StructuredKind, ...] = (
    "people",
    "not-involved",
    "medicines",
    "treatments",
    "places",
    "refusals",
    "scottish-witness",
    "adrt-details",
)
"""Every value allowed in :attr:`SectionDef.structured`."""

_CONTEXT = "Sections"


@dataclass(frozen=True)
class EntryListDef:
    """One free-text list inside a part, such as "Things I must do"."""

    kind: str
    label: str
    add_label: str
    hint: str = ""

    def localized(self, translate: Translate) -> EntryListDef:
        """A copy with every visible string translated in the "Sections" context."""
        return dataclasses.replace(
            self,
            label=tr(translate, _CONTEXT, self.label),
            add_label=tr(translate, _CONTEXT, self.add_label),
            hint=tr(translate, _CONTEXT, self.hint),
        )


@dataclass(frozen=True)
class SectionDef:
    """One part of the plan: its stable key, words on screen and what it holds."""

    key: str
    group: SectionGroup
    title: str
    short_title: str
    purpose: str
    prompts: tuple[str, ...]
    examples: tuple[str, ...]
    lists: tuple[EntryListDef, ...]
    structured: tuple[StructuredKind, ...] = ()
    about: tuple[str, ...] = ()

    def localized(self, translate: Translate) -> SectionDef:
        """A copy with every visible string translated in the "Sections" context."""
        return dataclasses.replace(
            self,
            title=tr(translate, _CONTEXT, self.title),
            short_title=tr(translate, _CONTEXT, self.short_title, SHORT),
            purpose=tr(translate, _CONTEXT, self.purpose),
            prompts=tr_all(translate, _CONTEXT, self.prompts),
            examples=tr_all(translate, _CONTEXT, self.examples),
            lists=tuple(entry_list.localized(translate) for entry_list in self.lists),
            about=tr_all(translate, _CONTEXT, self.about),
        )


@dataclass(frozen=True)
class GroupDef:
    """One group of parts: "Your WRAP", "Crisis plan" or "Advance statements"."""

    key: SectionGroup
    title: str
    purpose: str

    def localized(self, translate: Translate) -> GroupDef:
        """A copy with its title and purpose translated in the "Sections" context."""
        return dataclasses.replace(
            self,
            title=tr(translate, _CONTEXT, self.title),
            purpose=tr(translate, _CONTEXT, self.purpose),
        )
