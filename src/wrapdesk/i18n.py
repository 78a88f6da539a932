"""The one translation hook for Qt-free layers.

Layers below ``ui`` never import Qt. Strings they show are marked with
:func:`QT_TRANSLATE_NOOP` (so ``pyside6-lupdate`` extracts them) and are
translated at run time through a :class:`Translate` callable that ``app.py``
or ``cli.py`` builds from Qt's translator. Code in these layers calls the
callable by the name ``translate(context, text, disambiguation, n)``, the same
shape as ``QCoreApplication.translate``, which lupdate also extracts.
"""

from __future__ import annotations

import re
from typing import Protocol


class Translate(Protocol):
    """Translate ``source`` in ``context``; ``n`` >= 0 picks a plural form and fills ``%n``."""

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The translation of ``source``."""
        ...


def untranslated(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``source`` as written (English); with a count, its English form and ``%n`` filled."""
    del context, disambiguation
    return english_plural(source, n).replace("%n", str(n)) if n >= 0 else source


_EITHER = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")


def english_plural(source: str, n: int) -> str:
    """The English form of a counted message: "(s)" is dropped for one and is "s" otherwise,
    and "[one|many]" is "one" for one and "many" otherwise.

    Counted sources are written like "%n thing(s) written", or "%n [copy|copies] [is|are]
    kept" where "s" is not enough. This one rule gives "1 thing written" and "3 things
    written" in the terminal (through :func:`untranslated`) and in the window (it writes the
    plural forms of ``translations/wrapdesk_en.ts``). ``%n`` stays.
    """
    one = n == 1
    either = _EITHER.sub(lambda m: m.group(1) if one else m.group(2), source)
    return either.replace("(s)", "" if one else "s")


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str | None = None) -> str:  # noqa: N802
    """Mark ``source`` for extraction into ``context``; returns it unchanged."""
    del context, disambiguation
    return source
