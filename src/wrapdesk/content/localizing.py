"""Small helpers that translate the content's marked strings at run time."""

from __future__ import annotations

from collections.abc import Iterable

from wrapdesk.i18n import Translate

SHORT = "short"
"""The disambiguation on every short label (sidebar titles), so translators can shorten it."""


def tr(translate: Translate, context: str, text: str, disambiguation: str | None = None) -> str:
    """Translate one marked string; an empty string stays empty."""
    return translate(context, text, disambiguation) if text else text


def tr_all(translate: Translate, context: str, texts: Iterable[str]) -> tuple[str, ...]:
    """Translate each marked string in ``texts``, keeping their order."""
    return tuple(tr(translate, context, text) for text in texts)
