"""Asking once, in words, before anything destructive: a window-modal question.

Opened with ``open()`` (not ``exec()``), so the event loop keeps running and tests can
reach the dialog and press its buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from wrapdesk.ui.cards import qt_translate as translate


def ask(
    parent: QWidget,
    text: str,
    do_label: str,
    on_yes: Callable[[], None],
    keep_label: str | None = None,
) -> QMessageBox:
    """Ask ``text``; the button ``do_label`` runs ``on_yes``. Keep is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Confirm", "Please check"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text may quote a plan's own words
    box.setText(text)
    do = box.addButton(do_label, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(
        keep_label or translate("Confirm", "Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("confirm")

    def clicked(button: object) -> None:
        if button is do:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str, *, rich: bool = False) -> QMessageBox:
    """Say something that needs no answer (one OK button), without blocking.

    ``text`` is shown as plain text (it may hold file names or a plan's words) unless
    ``rich``: only for text written entirely by WrapDesk, such as the About box.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    box.setText(text)
    box.setObjectName("tell")
    box.open()
    return box
