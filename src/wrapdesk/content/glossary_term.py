"""The shape of one glossary entry."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from wrapdesk.content.localizing import tr
from wrapdesk.i18n import Translate

_CONTEXT = "Glossary"


@dataclass(frozen=True)
class GlossaryTerm:
    """One word or phrase, explained in plain words, with keys of related terms."""

    key: str
    term: str
    definition: str
    see_also: tuple[str, ...] = ()

    def localized(self, translate: Translate) -> GlossaryTerm:
        """A copy with the term and definition translated in the "Glossary" context."""
        return dataclasses.replace(
            self,
            term=tr(translate, _CONTEXT, self.term),
            definition=tr(translate, _CONTEXT, self.definition),
        )
