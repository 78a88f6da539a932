"""A made-up language for finding clipped and untranslated text: ``WRAPDESK_PSEUDO_LOCALE=1``.

Every message in WrapDesk's catalogue comes out accented, about 40 % longer and in brackets:
"Welcome to WrapDesk" becomes "[Ŵęłćómę ţó ŴřâpĎęśķ·····]". On a screenshot, a missing
closing bracket is text that would clip in a longer language, and text without brackets is
text no translator can reach. The accents are Welsh and Polish letters where they exist, so
a font that lacks them shows too.

Placeholders (``{name}``, ``%n``, ``%1``), glossary links, rich-text tags and entities,
keyboard accelerators, file-dialog patterns, web addresses and command-line options pass
through unchanged, so everything works as it would in a real translation.

Only messages in the catalogue change: a string lupdate never extracted, or extracted under a
context the program doesn't ask for, stays in plain English, as it would for a Welsh speaker.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QObject, QTranslator, QXmlStreamReader

from wrapdesk.i18n import english_plural

log = logging.getLogger(__name__)

ENVIRONMENT = "WRAPDESK_PSEUDO_LOCALE"
"""Set it to 1 to use the pseudo-language."""

STRETCH = 0.4
"""How much longer the pseudo text is than the English, brackets included."""

PAD = "·"

Key = tuple[str, str, str]
"""A message as Qt looks it up: context, source text, disambiguation ("" when none)."""

_ACCENTS = str.maketrans(
    "acdeghijklnorstuwyzACDEGHIJKLNORSTUWYZ",
    "âćďęĝĥîĵķłńóřśţûŵŷżÂĆĎĘĜĤÎĴĶŁŃÓŘŚŢÛŴŶŻ",
)

_KEEP = re.compile(
    r"""
      \{\{ | \}\}                                # escaped braces
    | \{[^{}]*\}                                 # a str.format field: {name}, {count:d}
    | %L?n | %L?[1-9][0-9]?                      # Qt's %n, %Ln, %1 … %99
    | <[^<>]*>                                   # a rich-text tag, attributes and all
    | &(?:[A-Za-z]+|\#[0-9]+|\#x[0-9A-Fa-f]+);   # an entity: &amp; &nbsp; &#8230;
    | &&                                         # a literal ampersand in a label
    | &[^\s&]                                    # an accelerator: &New
    | \]\(glossary:[^()\s]*\)                    # the key half of [words](glossary:key)
    | \b(?:https?|mailto):[^\s<>"]+              # a web or mail address
    | \([^()]*\*[^()]*\)                         # a file-dialog pattern: (*.age)
    | (?<![\w-])--[a-z][a-z0-9-]*                # a command-line option: --demo
    """,
    re.VERBOSE,
)
_TAG = re.compile(r"<[^<>]*>")


def wanted() -> bool:
    """Whether the pseudo-language was asked for (``WRAPDESK_PSEUDO_LOCALE`` set, not 0)."""
    return os.environ.get(ENVIRONMENT, "").strip() not in ("", "0")


def pseudo(text: str) -> str:
    """``text`` in the pseudo-language: accented, bracketed and padded to about 140 %."""
    if not text:
        return text
    pieces: list[tuple[str, bool]] = []  # (piece, kept as it is)
    position = 0
    for match in _KEEP.finditer(text):
        if match.start() > position:
            pieces.append((text[position : match.start()], False))
        pieces.append((match[0], True))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    shown = [i for i, (piece, _kept) in enumerate(pieces) if not _TAG.fullmatch(piece)]
    if not shown:
        return text
    visible = len(_TAG.sub("", text))
    padding = PAD * max(0, math.ceil(visible * STRETCH) - 2)
    out = []
    for i, (piece, kept) in enumerate(pieces):
        if i == shown[0]:
            out.append("[")
        out.append(piece if kept else piece.translate(_ACCENTS))
        if i == shown[-1]:
            out.append(padding + "]")
    return "".join(out)


def read_catalogue(ts: Path) -> frozenset[Key]:
    """Every message in a Qt .ts file, as (context, source, disambiguation)."""
    reader = QXmlStreamReader(ts.read_text(encoding="utf-8"))
    keys: set[Key] = set()
    context = ""
    message: dict[str, str] = {}
    while not reader.atEnd():
        token = reader.readNext()
        if token == QXmlStreamReader.TokenType.StartElement:
            name = reader.name()
            if name == "message":
                message = {}
            elif name == "name":
                context = reader.readElementText()
            elif name in ("source", "comment"):
                message[name] = reader.readElementText()
        elif token == QXmlStreamReader.TokenType.EndElement and reader.name() == "message":
            keys.add((context, message.get("source", ""), message.get("comment", "")))
    if reader.hasError():
        raise ValueError(f"{ts}: {reader.errorString()}")
    return frozenset(keys)


class PseudoTranslator(QTranslator):
    """Turns every message in ``catalogue`` into the pseudo-language (counted ones in English
    plural form first); any other message is left to the translators installed before it."""

    def __init__(self, catalogue: Collection[Key], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = frozenset(catalogue)

    @classmethod
    def from_ts(cls, ts: Path, parent: QObject | None = None) -> PseudoTranslator | None:
        """A translator for the messages in ``ts``; None (and a warning) when it can't be read."""
        try:
            return cls(read_catalogue(ts), parent)
        except (OSError, ValueError) as error:
            log.warning("No pseudo-language: cannot read %s (%s)", ts, error)
            return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        """Empty only without a catalogue (Qt skips empty translators)."""
        return not self._catalogue

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803 - Qt's name
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The pseudo text, or None (Qt's "not here") for a message outside the catalogue."""
        if (context, sourceText, disambiguation or "") not in self._catalogue:
            return None
        return pseudo(english_plural(sourceText, n) if n >= 0 else sourceText)
