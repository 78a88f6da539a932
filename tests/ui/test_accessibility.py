"""Screen readers and keyboards: every control has a name, plan text is never markup."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wrapdesk.services.demo import DemoPlan
from wrapdesk.ui.main_window import MainWindow
from wrapdesk.ui.settings import AppSettings
from wrapdesk.ui.tasks import TaskRunner

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
)
HOSTILE = "<b>HOSTILE</b><img src='x'>"


def unnamed(root: QWidget) -> list[str]:
    """Visible interactive controls a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own inner parts (spin box arrows…)
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or combo box speaks for its parent
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not (name or "").strip():
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


@pytest.fixture
def demo_window(qtbot: QtBot, app_settings: AppSettings, tasks: TaskRunner) -> Iterator[MainWindow]:
    window = MainWindow(app_settings, tasks)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    demo = DemoPlan()
    window._start_session(demo.plan, demo)
    yield window
    window._closing = True
    if window.session is not None:
        window.session.close()


def test_every_page_names_every_control(demo_window: MainWindow) -> None:
    view = demo_window.view
    assert view is not None
    problems: dict[str, list[str]] = {}
    for page in view.sidebar.page_keys():
        view.show_page(page)
        missing = unnamed(view)
        if missing:
            problems[page] = sorted(set(missing))
    assert problems == {}


def test_welcome_unlock_and_dialogs_name_every_control(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from wrapdesk.ui.create_dialog import CreatePlanDialog
    from wrapdesk.ui.passphrase_dialogs import ChangePassphraseDialog
    from wrapdesk.ui.settings_dialog import SettingsDialog
    from wrapdesk.ui.share_flow import ShareDialog

    assert unnamed(demo_window.welcome) == []
    assert unnamed(demo_window.unlock_page) == []
    session = demo_window.session
    assert session is not None
    for dialog in (
        CreatePlanDialog(demo_window.tasks),
        SettingsDialog(demo_window.settings, "/backups"),
        ChangePassphraseDialog(session, demo_window.tasks),
        ShareDialog(session, demo_window.settings, demo_window.tasks),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__


def test_plan_text_is_never_drawn_as_markup(demo_window: MainWindow) -> None:
    session = demo_window.session
    view = demo_window.view
    assert session is not None and view is not None
    editor = session.editor
    editor.update_owner(preferred_name=HOSTILE)
    editor.add_person(HOSTILE, relationship=HOSTILE, phone="07700 900000", roles=["first-contact"])
    editor.add_entry("triggers", "item", HOSTILE)
    key = editor.add_custom_section(HOSTILE)
    session.versions.freeze(HOSTILE)
    for page in ("overview", "section:triggers", f"section:{key}", "people", "versions", "reviews"):
        view.show_page(page)
        for label in view.findChildren(QLabel):
            if "HOSTILE" in label.text() and label.isVisibleTo(view):
                assert (
                    label.textFormat() == Qt.TextFormat.PlainText or "&lt;b&gt;" in label.text()
                ), f"{page}: {label.text()!r} would be drawn as markup"


def test_the_sidebar_and_lists_work_from_the_keyboard(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    view = demo_window.view
    assert view is not None
    demo_window.focus_sidebar()
    sidebar = view.sidebar
    sidebar.setFocus()
    start = view.current
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    assert view.current != start, "arrow keys in the sidebar change the page"
    demo_window.go("section:triggers")
    page = view.page("section:triggers")
    focus = page.focusWidget()
    assert focus is not None, "going to a page puts the focus inside it"


def test_the_walk_finds_a_control_without_a_name(qtbot: QtBot) -> None:
    """The check above must be able to fail: an unnamed field is reported."""
    from PySide6.QtWidgets import QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    named = QLineEdit()
    named.setAccessibleName("Your name")
    layout.addWidget(named)
    layout.addWidget(QLineEdit())
    root.show()
    assert unnamed(root) == ["QLineEdit in QWidget"]
