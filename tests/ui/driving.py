"""Driving the real window as a person would: what they can see, and typing a passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.helpers import PASSPHRASE
from wrapdesk.ui.main_window import MainWindow


def visible_texts(root: QWidget) -> list[str]:
    """Every piece of text a visible widget shows (labels, fields, lists, titles)."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for getter in ("text", "toPlainText", "title", "windowTitle", "placeholderText"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    result = value()
                except TypeError:
                    continue
                if isinstance(result, str) and result:
                    out.append(result)
        model = getattr(widget, "model", None)
        if callable(model) and model() is not None:
            m = model()
            for row in range(m.rowCount()):
                out.append(str(m.index(row, 0).data()))
    return out


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    page = window.unlock_page
    page.passphrase.edit.clear()
    qtbot.keyClicks(page.passphrase.edit, passphrase)
    qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Return)
