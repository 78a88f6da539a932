"""Driving the real window as a person would: what they can see, and typing a passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
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


def rows_in_view(view: QListWidget) -> int:
    """How many of ``view``'s rows a person sees whole, top to bottom, without scrolling it."""
    shown = view.viewport().rect()
    rects = [view.visualItemRect(view.item(row)) for row in range(view.count())]
    return sum(1 for r in rects if shown.top() <= r.top() and r.bottom() <= shown.bottom())


def open_demo_in_a_short_window(qtbot: QtBot, window: MainWindow, page: str) -> QWidget:
    """The demo plan on ``page``, in a window only 420 pixels tall."""
    window.resize(1100, 420)
    window.open_demo()
    qtbot.waitUntil(lambda: window.view is not None, timeout=20000)
    assert window.view is not None
    window.view.show_page(page)
    QApplication.processEvents()  # the page is laid out at this size
    return window.view.page(page)
