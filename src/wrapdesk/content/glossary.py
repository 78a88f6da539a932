"""The glossary: every word the app might need to explain, sorted by term, and a lookup.

Definitions may link other terms with ``[words](glossary:KEY)``; see :mod:`markup`. The
entries live in ``glossary_recovery``, ``glossary_plan`` and ``glossary_law``.
"""

from __future__ import annotations

from wrapdesk.content.glossary_law import LAW_TERMS
from wrapdesk.content.glossary_plan import PLAN_TERMS
from wrapdesk.content.glossary_recovery import RECOVERY_TERMS
from wrapdesk.content.glossary_term import GlossaryTerm

__all__ = ("GLOSSARY", "GlossaryTerm", "term")

GLOSSARY: tuple[GlossaryTerm, ...] = tuple(
    sorted(RECOVERY_TERMS + PLAN_TERMS + LAW_TERMS, key=lambda entry: entry.term.casefold())
)
"""Every glossary entry, sorted by its English term (re-sort after translating)."""


def term(key: str) -> GlossaryTerm:
    """The glossary entry with this key; ``KeyError`` if there is none."""
    for candidate in GLOSSARY:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
