"""Glossary links inside content text: ``[visible words](glossary:KEY)``.

Prompts, purposes, "about" paragraphs, cycle questions, glossary definitions and the
"which is which" paragraphs may link a term this way. Only the first mention of a term in
one text is linked. These helpers find the keys, strip the links, or turn them into HTML.
"""

from __future__ import annotations

import html
import re

_LINK = re.compile(r"\[(?P<words>[^\[\]]+)\]\(glossary:(?P<key>[a-z0-9]+(?:-[a-z0-9]+)*)\)")


def glossary_keys(text: str) -> tuple[str, ...]:
    """The glossary keys linked in ``text``, in the order they appear."""
    return tuple(match["key"] for match in _LINK.finditer(text))


def plain(text: str) -> str:
    """``text`` with every glossary link replaced by its visible words."""
    return _LINK.sub(lambda match: match["words"], text)


def to_html(text: str) -> str:
    """``text`` as safe HTML: everything escaped, each link an ``<a href="glossary:KEY">``."""
    parts: list[str] = []
    position = 0
    for match in _LINK.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        words = html.escape(match["words"])
        parts.append(f'<a href="glossary:{match["key"]}">{words}</a>')
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "".join(parts)
