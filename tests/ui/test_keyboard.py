"""The main flows by keyboard alone: make a plan, unlock it, print, share, lock.

Each step moves focus only with Tab, types into whatever has focus, and presses Return
or Space, as someone who cannot use a mouse would. If a control cannot be reached with
Tab, or a step needs a click, these tests fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from wrapdesk.ui.main_window import MainWindow

MAX_TABS = 40


@pytest.fixture
def window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window, given the focus (the window manager's job)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_to(qtbot: QtBot, target: QWidget) -> None:
    """Press Tab until ``target`` (or a child of it) has the focus."""
    for _ in range(MAX_TABS):
        now = focused()
        if now is target or target.isAncestorOf(now):
            return
        qtbot.keyClick(now, Qt.Key.Key_Tab)
    pytest.fail(f"{target.accessibleName() or target!r} cannot be reached with Tab")


def type_here(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def shortcut(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+``key`` in the window (given back the focus, as the window manager would)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(focused(), key, Qt.KeyboardModifier.ControlModifier)


def modal(qtbot: QtBot, kind: type[QDialog]) -> QDialog:
    """The open dialog of ``kind``, once it has the focus (the window manager's job)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    dialog = found[-1]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def test_make_a_plan_lock_and_unlock_by_keyboard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from wrapdesk.ui.create_dialog import CreatePlanDialog

    shortcut(qtbot, window, Qt.Key.Key_N)
    dialog = modal(qtbot, CreatePlanDialog)
    assert isinstance(dialog, CreatePlanDialog)
    dialog.folder = tmp_path  # the folder picker is the system's own dialog
    tab_to(qtbot, dialog.name)
    focused().selectAll()  # type: ignore[attr-defined]
    type_here(qtbot, "Keyboard plan")
    tab_to(qtbot, dialog.passphrase.edit)
    type_here(qtbot, "river lantern maple quietly")
    tab_to(qtbot, dialog.again.edit)
    type_here(qtbot, "river lantern maple quietly")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1, timeout=20000)
    assert focused() is dialog.confirm, "the recovery key step starts where you type"
    last_group = dialog.key_label.accessibleName().split()[-1]
    type_here(qtbot, last_group)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert (tmp_path / "Keyboard plan.wrapdesk").is_file()

    shortcut(qtbot, window, Qt.Key.Key_L)
    assert window.view is None and window.stack.currentWidget() is window.unlock_page
    assert focused() is window.unlock_page.passphrase.edit
    type_here(qtbot, "river lantern maple quietly")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)


def open_demo(qtbot: QtBot, window: MainWindow) -> None:
    tab_to(qtbot, window.welcome.demo_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.view is not None, timeout=20000)


def test_print_preview_and_save_as_pdf_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    from wrapdesk.ui.print_flow import PreviewDialog

    open_demo(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_P)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PreviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=20000,
    )
    preview = modal(qtbot, PreviewDialog)
    save = next(b for b in preview.findChildren(QPushButton) if b.text() == "Save as PDF…")
    tab_to(qtbot, save)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: preview.findChild(QFileDialog, "save-pdf") is not None, timeout=5000)
    chooser = preview.findChild(QFileDialog, "save-pdf")
    assert chooser is not None and chooser.isVisible()
    chooser.reject()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=5000)


def test_share_with_a_supporter_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    from wrapdesk.ui.share_flow import ShareDialog

    open_demo(qtbot, window)
    window.act_share.trigger()  # File menu ▸ Share… (menus themselves are Qt's own)
    dialog = modal(qtbot, ShareDialog)
    assert isinstance(dialog, ShareDialog)
    tab_to(qtbot, dialog.person)
    press(qtbot, Qt.Key.Key_Down)  # the next person in the list
    assert dialog.person.currentIndex() >= 0
    tab_to(qtbot, dialog.by_words)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.by_words.isChecked()
    tab_to(qtbot, dialog.make)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.findChild(QFileDialog, "save-share") is not None, timeout=60000)
    chooser = dialog.findChild(QFileDialog, "save-share")
    assert chooser is not None and chooser.isVisible()
    chooser.reject()
    dialog.reject()
