"""Icons by what they mean, from one outline family (Phosphor, through qtawesome).

Every icon is always shown with a text label or a tooltip and an accessible name; an
icon never carries meaning on its own.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QIcon

NAMES = {
    "overview": "ph.house",
    "wrap": "ph.leaf",
    "crisis": "ph.lifebuoy",
    "advance": "ph.book-open",
    "people": "ph.users",
    "care": "ph.pill",
    "reviews": "ph.arrows-clockwise",
    "versions": "ph.clock-counter-clockwise",
    "lock": "ph.lock-simple",
    "unlock": "ph.lock-simple-open",
    "add": "ph.plus",
    "delete": "ph.trash",
    "edit": "ph.pencil-simple",
    "more": "ph.dots-three-vertical",
    "find": "ph.magnifying-glass",
    "settings": "ph.gear",
    "saved": "ph.check-circle",
    "problem": "ph.warning-circle",
    "show": "ph.eye",
    "hide": "ph.eye-slash",
    "print": "ph.printer",
    "share": "ph.share-network",
    "phone": "ph.phone",
    "info": "ph.info",
    "key": "ph.key",
    "open": "ph.folder-open",
    "new": "ph.file-plus",
    "demo": "ph.sparkle",
    "up": "ph.arrow-up",
    "down": "ph.arrow-down",
    "expand": "ph.caret-right",
    "collapse": "ph.caret-down",
    "close": "ph.x",
    "calendar": "ph.calendar",
    "chart": "ph.chart-line",
    "backup": "ph.shield-check",
    "glossary": "ph.book-open",
    "done": "ph.check",
    "empty": "ph.circle",
    "started": "ph.circle-half",
    "full": "ph.check-circle",
}


MEANING = "icon_meaning"  # property naming the icon a widget or action should get


def later(target: QObject, meaning: str) -> None:
    """Give ``target`` (an action or button) its icon once icons are loaded (see
    :func:`attach_all`): loading the icon font costs time the first window should not wait."""
    target.setProperty(MEANING, meaning)
    if "qtawesome" in sys.modules and hasattr(target, "setIcon"):  # already loaded: now
        target.setIcon(icon(meaning))


def attach_all(root: QObject) -> None:
    """Set every icon asked for with :func:`later` under ``root`` (and ``root`` itself)."""
    for target in [root, *root.findChildren(QObject)]:
        meaning = target.property(MEANING)
        if meaning and hasattr(target, "setIcon"):
            target.setIcon(icon(str(meaning)))


def icon(meaning: str, colour: str | None = None) -> QIcon:
    """The icon for ``meaning`` (a key of :data:`NAMES`), optionally in a colour."""
    import qtawesome

    options = {"color": QColor(colour)} if colour else {}
    result: QIcon = qtawesome.icon(NAMES[meaning], **options)
    return result
