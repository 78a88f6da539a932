"""Asking once, in words, before anything destructive: a window-modal question.

Opened with ``open()`` (not ``exec()``), so the event loop keeps running and tests can
reach the dialog and press its buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


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
    box.setWindowTitle(parent.tr("Please check"))
    box.setText(text)
    do = box.addButton(do_label, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(keep_label or parent.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("confirm")

    def clicked(button: object) -> None:
        if button is do:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Say something that needs no answer (one OK button), without blocking."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setObjectName("tell")
    box.open()
    return box
